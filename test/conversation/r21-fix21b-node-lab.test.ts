/**
 * FIX21B #3: "The other TMS node doesn't work either." and "done on the lab TMS, still failing" got "I could not find a
 * version". The other node: the change on each node (its own Communication Security and keys). The lab: not this system,
 * nothing recorded, production asked. "15.13 was the lab box too" with TMS 15.13 held keeps it (was dropped and asked again).
 */
import { rendered, runIn } from './helpers';

const SETUP = { en: 'TMS 15.2, endpoints CE 9.15, SQL 2016 on a separate server, level Medium', ja: 'TMS 15.2、エンドポイントは CE 9.15、SQL 2016 は別サーバ、レベルは Medium です' } as const;

describe('the other node fails too', () => {
  it.each([
    ['en', "The other TMS node doesn't work either."],
    ['en', 'node 2 fails too'],
    ['en', 'still failing on the other node'],
    ['ja', 'もう片方のノードもダメです'],
    ['ja', '2号機でも同じエラーです'],
  ] as const)('%s %j: the change on each node', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.route).toBe('other-node-or-lab');
    expect(rendered(r)).toMatch(lang === 'en' ? /change is needed on each node: each one has its own Communication Security setting.*own Schannel registry keys/s : /ノードごとに変更が必要です.*Schannel のレジストリ\s*キーもノードごと/s);
    expect(r.state.facts).toEqual(runIn(lang, [SETUP[lang]]).state.facts);
  });

  it.each([
    ['en', 'does the other node need it too?'],
    ['en', 'if the other node fails too, what then?'],
    ['en', 'the other node works fine'],
    ['en', 'we will check whether node 2 fails too'],
    ['en', 'Not working on the other TMS, which is 15.12'],
    ['ja', 'もう片方のノードもやりますか？'],
  ] as const)('%s %j is not that report', (lang, msg) => {
    expect(runIn(lang, [SETUP[lang], msg]).route).not.toBe('other-node-or-lab');
  });

  it('TMS before 15: no per-node Medium-High steps', () => {
    const r = runIn('en', ['TMS 14.6.2, endpoints CE 9.15, SQL 2016 on a separate server', "The other TMS node doesn't work either."]);
    expect(r.route).not.toBe('other-node-or-lab');
    expect(rendered(r)).not.toMatch(/Medium-High in TMS Tools and Save/);
  });
});

describe('done on the lab TMS', () => {
  it.each([
    ['en', 'done on the lab TMS, still failing'],
    ['en', 'set Medium-High on the test server, still failing'],
    ['ja', '検証環境の TMS で実施しましたが、まだ失敗します'],
  ] as const)('%s %j: not this system, production asked, nothing recorded', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.route).toBe('other-node-or-lab');
    expect(rendered(r)).toMatch(lang === 'en' ? /not the system of this case, so I record nothing as done.*What does production show/s : /作業済みとしては記録せず.*本番ではどうなっていますか/s);
    expect(r.state.facts).toEqual(runIn(lang, [SETUP[lang]]).state.facts);
  });

  it.each([
    ['en', "we'll try it on the lab TMS first"],
    ['en', 'done on the lab TMS and prod, still failing'],
    ['en', 'should I try it on the lab TMS?'],
    ['en', 'we set Medium-High on the lab TMS'],
    ['ja', '検証環境で試してから本番でやります'],
  ] as const)('%s %j is not that report', (lang, msg) => {
    expect(runIn(lang, [SETUP[lang], msg]).route).not.toBe('other-node-or-lab');
  });
});

describe('"15.13 was the lab box too"', () => {
  const HELD = 'TMS 15.13, endpoints CE 9.15, SQL 2016 on a separate server, level Medium';
  it('keeps the held TMS 15.13 and says so', () => {
    const r = runIn('en', [HELD, '15.13 was the lab box too']);
    expect(r.state.facts.tms?.semver).toBe('15.13.0');
    expect(rendered(r)).toMatch(/the lab or test system runs TMS 15\.13 too\. I keep TMS 15\.13/);
  });
  it('"15.13 was the lab box" (no "too") still drops it and asks', () => {
    expect(runIn('en', [HELD, '15.13 was the lab box']).state.facts.tms).toBeUndefined();
  });
});
