/**
 * QA round 22 M7: in a redundant pair, "Medium-High on node 1 done, restarted IIS and services" is the level step done on
 * that node: the level is recorded (not "That does not change my previous answer" at "Medium (assumed)"), and the reply says
 * to do the other node too before a failover (knowledge.md, Fix step 6, redundant TMS).
 */
import { rendered, runIn } from './helpers';

const EN = 'Redundant TMS 15.11 pair, Windows 2016, SQL 2016 local. CE 9.14, No HTTPS response.';
const JA = '冗長構成のTMS 15.11、Windows 2016、SQL 2016同居。CE 9.14でNo HTTPS response';

describe('M7: a step done on one node', () => {
  it.each(['Medium-High on node 1 done, restarted IIS and services', 'set Medium-High on node 1, restarted IIS and services', 'I set Medium-High on tms01 only'])('EN %s', (msg) => {
    const r = runIn('en', [EN, msg]);
    const out = rendered(r);
    expect(r.state.facts.level).toBe('medium-high');
    expect(out).not.toMatch(/does not change my previous answer/);
    expect(out).toMatch(/Noted as done: Communication Security is Medium-High/);
    expect(out).toMatch(/Do the same on the other node too .* before any failover/);
  });
  it.each(['1台目はMedium-Highにして再起動しました', 'ノード1でMedium-High設定完了、IISとサービス再起動済み'])('JA %s', (msg) => {
    const r = runIn('ja', [JA, msg]);
    const out = rendered(r);
    expect(r.state.facts.level).toBe('medium-high');
    expect(out).toMatch(/実施済みとして記録しました/);
    expect(out).toMatch(/もう一方のノードでも同じ作業/);
  });
  it.each([
    ['en', 'set Medium-High, restarted IIS and services'],
    ['en', 'Medium-High done on both nodes, restarted IIS and services'],
    ['ja', '2台ともMedium-Highにして再起動しました'],
  ] as const)('no node note when no single node is named (%s: %s)', (lang, msg) => {
    const out = rendered(runIn(lang, [lang === 'en' ? EN : JA, msg]));
    expect(out).toMatch(/Noted as done|実施済みとして記録しました/);
    expect(out).not.toMatch(/other node too|もう一方のノードでも同じ作業/);
  });
});
