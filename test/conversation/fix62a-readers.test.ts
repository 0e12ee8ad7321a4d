/**
 * FIX62A (reader leftovers): #1 a paste from "another codec that fails too" (same message or announced in the one before) adds a
 * failing group instead of replacing the release held; #2 a guessed TMS release ("I think prod is 14.6") never replaces the one held
 * (taken, and said, when none is); #3 hearsay about the level ("supposedly Medium-High", 「Medium-High のようです」) is not recorded;
 * #4 "Level is Medium, I think the problem started …" keeps Medium; #5 "tonight we set Medium-High" is a plan; #6 "… and next week
 * TMS goes to 15.9" is split off as a plan; #7 IIS Crypto's boxes read from a paste are "(in what you pasted)", not "(as you said)";
 * #8 "OS and SQL both 2008 R2 in the lab" is the lab's; #9 「TMS 15.9 で明日 Medium-High にします」 keeps TMS 15.9.
 */
import { hedgedMedium, hedgedRaisedLevel } from '../../src/domain/understand/level-hedge';
import { anotherFailingUnitIn } from '../../src/domain/understand/paste-label';
import { labPlaceIn } from '../../src/domain/understand/lab-release';
import { planIn } from '../../src/domain/understand/plan';
import { parseSqlLocation } from '../../src/domain/versions';
import { rendered, runIn } from './helpers';

const B = {
  en: 'TMS 15.9 at Medium, Windows Server 2019, SQL 2019 on a separate server. SX80 on CE 9.15 shows No HTTPS response',
  ja: 'TMS 15.9（Medium）、Windows Server 2019、SQL 2019 は別サーバーです。SX80 (CE 9.15) で No HTTPS response です',
} as const;
const XSTATUS = '*s SystemUnit Software Version: "ce9.8.1.12345"';
const groups = (r: ReturnType<typeof runIn>) => (r.state.facts.endpointGroups ?? []).map((g) => `${g.endpoint.family} ${g.endpoint.semver}:${g.fails ? 'fails' : 'works'}`);

describe('FIX62A #1: a paste from another codec that fails too adds a failing group', () => {
  it.each([
    ['en', [B.en, `from another codec that fails too:\n${XSTATUS}`]],
    ['en', [B.en, 'from another codec that fails too', XSTATUS]],
    ['en', [B.en, `here is a second endpoint, same error:\n${XSTATUS}`]],
    ['ja', [B.ja, `別のコーデックも同じエラーです。こちら：\n${XSTATUS}`]],
    ['ja', [B.ja, '別のコーデックも同じエラーです', XSTATUS]],
  ] as const)('%s %j: CE 9.15 kept, CE 9.8.1 added, both failing, no disagreement', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.0' });
    expect(groups(r)).toEqual(['CE 9.15.0:fails', 'CE 9.8.1:fails']);
    const out = rendered(r);
    expect(out).toMatch(lang === 'en' ? /endpoints on CE 9\.8\.1 fail too, beside those on CE 9\.15/ : /CE 9\.8\.1 のエンドポイントでも失敗している/);
    expect(out).not.toMatch(/The evidence disagrees|食い違っています/);
  });

  it('a paste with no such words adds no group: the release held stays and the disagreement is asked (QA62 #3)', () => {
    const r = runIn('en', [B.en, XSTATUS]);
    expect(r.state.facts.endpoint).toMatchObject({ semver: '9.15.0' });
    expect(r.state.facts.endpointGroups).toBeUndefined();
    expect(rendered(r)).toMatch(/If the paste is from another unit, nothing changes/);
  });

  it('the announcement holds for the next message only', () => {
    const r = runIn('en', [B.en, 'from another codec that fails too', 'ok', XSTATUS]);
    expect(r.state.facts.endpointGroups).toBeUndefined();
  });

  it.each([
    ['from another codec that fails too', true],
    ['別のコーデックも同じエラーです。こちら：', true],
    ['another codec that works:', false],
    ['is another codec failing?', false],
    ['from another site codec that fails too', false],
    ['the lab has another codec that fails', false],
  ] as const)('anotherFailingUnitIn(%j) = %s', (text, want) => {
    expect(anotherFailingUnitIn(text)).toBe(want);
  });

  it('"another codec" says nothing of where SQL runs ("another server" still does)', () => {
    expect(parseSqlLocation('from another codec that fails too')).toBeNull();
    expect(parseSqlLocation('SQL is on another server')).toBe('remote');
    const r = runIn('en', ['TMS 15.9 at Medium, SX80 on CE 9.15 shows No HTTPS response', 'from another codec that fails too']);
    expect(r.state.facts.sqlLocation).toBeUndefined();
  });
});

describe('FIX62A #2: a guessed TMS release does not replace the one held', () => {
  it.each([
    ['en', 'I think prod is 14.6', /You think it may be TMS 14\.6 but are not sure, so I keep TMS 15\.9, as said before\. The answer depends on it/],
    ['en', 'I think TMS is 14.6', /so I keep TMS 15\.9, as said before[^]*About page/],
    ['ja', '本番は14.6だと思います', /TMS 14\.6 かもしれないものの確かではない、とのことなので、先ほどの TMS 15\.9 のままにしています。回答はこれで変わります/],
  ] as const)('%s %j: TMS 15.9 kept, said', (lang, msg, re) => {
    const r = runIn(lang, [B[lang], msg]);
    expect(r.state.facts.tms).toMatchObject({ semver: '15.9.0' });
    expect(rendered(r)).toMatch(re);
  });

  it('with no TMS held the guess is taken, said so, and where to check', () => {
    const r = runIn('en', ['SX80 on CE 9.15 shows No HTTPS response', 'I think TMS is 14.6']);
    expect(r.state.facts.tms).toMatchObject({ semver: '14.6.0' });
    expect(rendered(r)).toMatch(/You think it is TMS 14\.6 but are not sure: I take TMS 14\.6 for now[^]*About page/);
  });

  it('a doubt about something else in another sentence is no guess of the TMS release', () => {
    const r = runIn('en', ['SX80 shows No HTTPS response', 'the codecs are on TC 7.3.3 or CE 9.15, not sure which. TMS 15.2.1, SQL 2016']);
    expect(r.state.facts.tms).toMatchObject({ semver: '15.2.1' });
    expect(rendered(r)).not.toMatch(/You think it/);
  });

  it('a release said plainly still replaces the one held', () => {
    const r = runIn('en', [B.en, 'TMS is 14.6']);
    expect(r.state.facts.tms).toMatchObject({ semver: '14.6.0' });
    expect(rendered(r)).not.toMatch(/You think it/);
  });
});

describe('FIX62A #3: hearsay about the level is not recorded', () => {
  it.each([
    ['en', 'supposedly Medium-High'],
    ['en', 'apparently they set it to Medium-High'],
    ['en', 'Level: Medium-High, I was told'],
    ['ja', 'Medium-High のようです'],
    ['ja', 'Medium-High らしいです'],
    ['ja', 'Medium-High みたいです'],
    ['ja', 'Medium-High だそうです'],
  ] as const)('%s %j: no level, the guess said', (lang, msg) => {
    const r = runIn(lang, ['TMS 15.9, SX80 on CE 9.15 shows No HTTPS response', msg]);
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(lang === 'en' ? /but are not sure, so I have not recorded it/ : /確かではない、とのことなので、レベルは記録していません/);
  });

  it.each(['Medium-High です', 'we set Medium-High and apparently it works', 'we were told to set Medium-High, so we did'])('stated: %j', (msg) => {
    expect(runIn(/です/.test(msg) ? 'ja' : 'en', ['TMS 15.9, SX80 on CE 9.15 shows No HTTPS response', msg]).state.facts.level).toBe('medium-high');
  });

  it('the reader', () => {
    expect(hedgedRaisedLevel('supposedly Medium-High', 'medium-high')).toBe(true);
    expect(hedgedRaisedLevel('以下のようです: Medium-High', 'medium-high')).toBe(false);
  });
});

describe('FIX62A #4: a doubt about something else beside the level keeps the level', () => {
  it('"Level is Medium, I think the problem started after the upgrade" keeps Medium', () => {
    const r = runIn('en', ['TMS 15.9, SX80 on CE 9.15 shows No HTTPS response', 'Level is Medium, I think the problem started after the upgrade']);
    expect(r.state.facts.level).toBe('medium');
    expect(hedgedMedium('Level is Medium, I think the problem started after the upgrade')).toBe(false);
  });
  it.each(['Medium, not sure', 'Medium, I think', "I think it's Medium, not sure", 'Medium, as far as I know', 'supposedly Medium'])('still a guess: %j', (t) => {
    expect(hedgedMedium(t)).toBe(true);
  });
});

describe('FIX62A #5: "tonight we set Medium-High" is a plan', () => {
  it.each(['tonight we set Medium-High', 'we set Medium-High tonight', 'tomorrow we set Medium-High'])('%j: no level, the plan answer', (msg) => {
    const r = runIn('en', ['TMS 15.9, SX80 on CE 9.15 shows No HTTPS response', msg]);
    expect(r.state.facts.level).toBeUndefined();
    expect(r.route).toBe('plan');
    expect(planIn(msg)).toMatchObject({ level: true });
  });
  it.each(['Tonight we set Medium-High. It works now.', 'Tonight we changed it to Medium-High', 'we set Medium-High tonight and restarted IIS, still failing'])('reported: %j', (msg) => {
    expect(runIn('en', ['TMS 15.9, SX80 on CE 9.15 shows No HTTPS response', msg]).state.facts.level).toBe('medium-high');
  });
});

describe('FIX62A #6: a change next week (this weekend, on Friday) after "and" is a plan in its own clause', () => {
  it.each([
    'We upgraded the SX80s to CE 9.15 and next week TMS goes to 15.9',
    'We upgraded the SX80s to CE 9.15 and on Friday TMS goes to 15.9',
    'We upgraded the SX80s to CE 9.15 and this weekend we move TMS to 15.9',
  ])('%j: CE 9.15 recorded, TMS 14.6 kept', (msg) => {
    const r = runIn('en', ['TMS 14.6, the SX80s show No HTTPS response', msg]);
    expect(r.state.facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.0' });
    expect(r.state.facts.tms).toMatchObject({ semver: '14.6.0' });
  });
  it.each(['next week TMS goes to 15.9', 'On Friday TMS goes to 15.9', 'this weekend we move TMS to 15.9'])('%j alone: the plan answer, TMS 14.6 kept', (msg) => {
    const r = runIn('en', ['TMS 14.6, SX80 on CE 9.15 shows No HTTPS response', msg]);
    expect(r.route).toBe('plan');
    expect(r.state.facts.tms).toMatchObject({ semver: '14.6.0' });
  });
  it('done on Friday stays done', () => {
    expect(runIn('en', ['SX80 on CE 9.15 shows No HTTPS response', 'we upgraded TMS to 15.9 on Friday']).state.facts.tms).toMatchObject({ semver: '15.9.0' });
    for (const m of ['SQL was upgraded to SP3 on Monday', 'the DBA patched SQL to SP3 on Thursday']) {
      expect(runIn('en', ['TMS 15.9, SX80 on CE 9.15 shows No HTTPS response, SQL 2016 SP2 local', m]).state.facts.sql).toMatchObject({ year: 2016, sp: 3 });
    }
    expect(planIn('we changed the registry on Monday')).toBeNull();
  });
});

describe('FIX62A #7: protocols read from pasted IIS Crypto boxes are said as pasted', () => {
  const PASTE = 'IIS Crypto 3.3\nServer Protocols: SSL 2.0 [ ] SSL 3.0 [ ] TLS 1.0 [ ] TLS 1.1 [ ] TLS 1.2 [x] TLS 1.3 [x]\nTemplate: Best Practices';
  it.each([
    ['en', /SSL 3\.0 off \(in what you pasted\)/, /SSL 3\.0 off \(as you said\)/],
    ['ja', /SSL 3\.0 無効（貼り付けられた内容より）/, /SSL 3\.0 無効（お聞きした内容）/],
  ] as const)('%s', (lang, pasted, said) => {
    const r = runIn(lang, [B[lang], PASTE]);
    expect(rendered(r)).toMatch(pasted);
    expect(rendered(r)).not.toMatch(said);
    expect(r.state.facts.tlsClaims?.pasted).toEqual(['ssl3']);
  });
  it('said again in words: as you said', () => {
    const r = runIn('en', [B.en, PASTE, 'SSL 3.0 is off, we disabled it']);
    expect(rendered(r)).toMatch(/SSL 3\.0 off \(as you said\)/);
    expect(r.state.facts.tlsClaims?.pasted).toBeUndefined();
  });
});

describe('FIX62A #8: Windows and SQL said of the lab are not this case\'s', () => {
  const HELD = 'TMS 15.9, SX80 on CE 9.15 shows No HTTPS response, Windows 2019, SQL 2016 on the TMS server';
  it.each([
    ['en', 'OS and SQL both 2008 R2 in the lab', /Noted: Windows Server 2008 R2, SQL Server 2008 R2 is what the lab or test system runs, so I have not recorded it/],
    ['en', 'in the lab, SQL 2008 R2', /SQL Server 2008 R2 is what the lab or test system runs/],
    ['en', 'Windows 2008 R2 on the test server', /Windows Server 2008 R2 is what the lab/],
    ['ja', '検証環境では OS も SQL も 2008 R2 です', /Windows Server 2008 R2、SQL Server 2008 R2 は検証環境（テスト用のシステム）のものなので、この件の値としては記録していません/],
  ] as const)('%s %j: held values kept, said', (lang, msg, re) => {
    const r = runIn(lang, [HELD, msg]);
    expect(r.route).toBe('lab-place-line');
    expect(r.state.facts).toMatchObject({ windows: { year: 2019 }, sql: { year: 2016 }, sqlLocation: 'local' });
    expect(rendered(r)).toMatch(re);
  });
  it('with nothing held, not the answer to the SQL question', () => {
    const r = runIn('en', ['TMS 15.9, SX80 on CE 9.15 shows No HTTPS response', 'OS and SQL both 2008 R2 in the lab']);
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.facts.windows).toBeUndefined();
  });
  it('production beside it is read', () => {
    const r = runIn('en', [HELD, 'SQL 2008 R2 in the lab, prod is SQL 2014 SP2']);
    expect(r.state.facts.sql).toMatchObject({ year: 2014, sp: 2 });
  });
  it.each([
    ['OS and SQL both 2008 R2 in the lab', true],
    ['SQL 2008 R2 on the test server', true],
    ['not in the lab: SQL 2008 R2', false],
    ['in the lab and in production: SQL 2016', false],
    ['we tested the latest build', false],
  ] as const)('labPlaceIn(%j) = %s', (t, want) => {
    expect(labPlaceIn(t)).toBe(want);
  });
});

describe('FIX62A #9: 「TMS 15.9 で明日 Medium-High にします」 keeps TMS 15.9, the level a plan', () => {
  it.each([
    ['TMS 15.9 で明日 Medium-High にします', '15.9.0'],
    ['TMS 14.6 で来週 15.9 に上げます', '14.6.0'],
  ])('%j', (msg, tms) => {
    const r = runIn('ja', ['SX80 (CE 9.15) で No HTTPS response です', msg]);
    expect(r.state.facts.tms).toMatchObject({ semver: tms });
    expect(r.state.facts.level).toBeUndefined();
    expect(r.route).toBe('plan-with-facts');
  });
});
