/**
 * R46B item 3 (QA round 30 M3): a bracket that counts TMS's nodes between "TMS" and its release ("TMS is a redundant pair
 * (2 nodes) on 15.11", 「TMSは冗長構成（2台、ロードバランサ配下）で15.11です」) keeps the release; a node's number (「2号機」,
 * "node 2") is never read as TMS release "2".
 */
import { runIn, rendered } from './helpers';

describe('node count in brackets, node numbers', () => {
  it.each([
    ['en', 'TMS is a redundant pair (2 nodes) on 15.11. MX300 G2 on ce9.15 shows No HTTPS response'],
    ['en', 'TMS (2 servers, load balanced) is on 15.11, MX300 G2 on ce9.15 shows No HTTPS response'],
    ['ja', 'TMSは冗長構成（2台、ロードバランサ配下）で15.11です。MX300 G2をce9.15にしたらNo HTTPS response'],
    ['ja', 'TMS（2ノード）は15.11、MX300 G2をce9.15にしたらNo HTTPS response'],
  ] as const)('%s %s: TMS 15.11', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.tms?.semver).toBe('15.11.0');
  });

  it.each([
    ['ja', 'あ、いまアクティブなのは2号機でした'],
    ['ja', '2号機です'],
    ['en', 'node 2 is the active one'],
  ] as const)('%s "%s" with the TMS question open: not TMS release "2"', (lang, msg) => {
    const r = runIn(lang, ['MX300 G2をce9.15にしたらNo HTTPS response', msg]);
    expect(r.state.facts.tms).toBeUndefined();
    expect(rendered(r)).not.toMatch(/「2」は TMS|"2" does not look like a TMS release/);
  });

  it('the whole QA round 30 j3 opening keeps TMS 15.11 and asks no TMS version', () => {
    const r = runIn('ja', ['TMSは冗長構成（2台、ロードバランサ配下）で15.11です。MX300 G2をce9.15にしたらNo HTTPS response', 'Windowsは2016、SQLは別サーバの2017', 'あ、いまアクティブなのは2号機でした']);
    expect(r.state.facts.tms?.semver).toBe('15.11.0');
    expect(rendered(r)).not.toMatch(/TMS のバージョンを教えてください|リリース番号として見当たりません/);
  });

  it('a count of endpoints in brackets is left alone; a release after a node number is still read', () => {
    expect(runIn('ja', ['TMS 15.9、SX20（2台）がTC7.3.21でNo HTTPS response']).state.facts.tms?.semver).toBe('15.9.0');
    expect(runIn('ja', ['MX300 G2をce9.15にしたらNo HTTPS response', 'TMSの2号機は15.11です']).state.facts.tms?.semver).toBe('15.11.0');
  });
});
