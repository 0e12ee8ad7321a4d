/**
 * QA round 27 (helper R37), most harmful first:
 * W4 「C40は緑になった」「Navigatorで緑になりました」 read as fixed (no reboot prescribed on a working system);
 * W1 "upgraded to 15.9, what next?" / 「15.9にアップグレードしました。次は？」 with TMS 14.6.2 on record: TMS 15.9 (knowledge.md,
 *    TMS before 15: upgrade to 15.x, then the fix);
 * W2 redundant pair: "node 2 is Medium-High too" = both nodes done; "it had failed over, node 2 is active" = node 2 needs
 *    the change (knowledge.md, Fix step 6).
 */
import { rendered, runIn } from './helpers';

const C40 = 'TMS 15.10、Windows Server 2008 R2、TC7.3.7のC40がNo HTTPS response。SQLは別サーバの2016';

describe('W4: JA "turned green" closes as working', () => {
  it.each(['レジストリ入れて再起動、Medium-Highにしました。C40は緑になった', 'Navigatorで緑になりました', 'C40は緑になった'])('%s', (m) => {
    const r = runIn('ja', [C40, m]);
    expect(r.route).toBe('closing');
    const out = rendered(r);
    expect(out).toMatch(/直ってよかった/);
    expect(out).not.toMatch(/再起動する/);
  });
  it.each(['まだ緑になってない', '緑になったら教えます', 'C40だけ緑になった', '緑になったけどSX20はまだ'])('not closed: %s', (m) => {
    expect(runIn('ja', [C40, m]).route).not.toBe('closing');
  });
});

describe('W1: "upgraded to 15.9" after TMS 14.6.2 is the new TMS release', () => {
  it('EN', () => {
    const r = runIn('en', ['TMS shows No HTTPS response, endpoints CE9.15 Room Kits, TMS 14.6.2', 'upgraded to 15.9, what next?']);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    const out = rendered(r);
    expect(out).not.toMatch(/Upgrade TMS to 15/);
    expect(out).toMatch(/SQL Server/);
  });
  it.each(['15.9にアップグレードしました。次は？', '15.9にアップグレードしました'])('JA %s', (m) => {
    const r = runIn('ja', ['TMSでNo HTTPS response、端末はCE9.15のRoom Kit、TMSは14.6.2', m]);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(rendered(r)).not.toMatch(/お答えできません|読み取れませんでした/);
  });
  it('TMS 15 on record: unchanged; 9.15 is no TMS release', () => {
    expect(runIn('en', ['TMS 15.2, endpoints show No HTTPS response', 'upgraded to 15.9']).state.facts.tms?.semver).toBe('15.2.0');
    expect(runIn('en', ['TMS 14.6.2, endpoints show No HTTPS response', 'upgraded to 9.15']).state.facts.tms?.semver).toBe('14.6.2');
  });
});

describe('W2: redundant pair, the second node', () => {
  const EN = ['TMS 15.13 redundant pair, Windows 2016, SQL remote 2016, SX80 CE9.15 No HTTPS response', 'node 1: checked registry, set Medium-High, restarted services'];
  const JA = ['【チケット】TMS 15.13 冗長構成（2台）、Windows Server 2016、SQLは別サーバ(2016)。CE9.15のSX80でNo HTTPS response', '1号機でレジストリ確認、Medium-Highにしてサービス再起動した'];
  it.each(['set node 2 to Medium-High too, iisreset and scanner service restarted', 'node 2 is now Medium-High as well'])('EN both done: %s', (m) => {
    const out = rendered(runIn('en', [...EN, m]));
    expect(out).toMatch(/both nodes are at Medium-High/);
    expect(out).not.toMatch(/different levels|the other one does/);
  });
  it('JA both done', () => {
    const out = rendered(runIn('ja', [...JA, '2号機もMedium-Highにしました。iisresetとTMSDatabaseScannerServiceの再起動も済み']));
    expect(out).toMatch(/両方のノードが Medium-High/);
    expect(out).not.toMatch(/ノードごとに設定が違います/);
  });
  it('EN/JA failed over: node 2 needs the change', () => {
    expect(rendered(runIn('en', [...EN, 'still failing, it had failed over, node 2 is active']))).toMatch(/on node 2 too/);
    expect(rendered(runIn('ja', [...JA, '直らない。フェイルオーバーしてたみたいで、今は2号機がアクティブ']))).toMatch(/2 号機でも/);
  });
  it('a question about node 2 is not a report of it done', () => {
    expect(rendered(runIn('en', [...EN, 'should I set node 2 to Medium-High too?']))).not.toMatch(/both nodes are at Medium-High now/);
    expect(rendered(runIn('ja', [...JA, '2号機もMedium-Highにしますか？']))).not.toMatch(/両方のノードが Medium-High になりました/);
  });
});
