/**
 * QA rounds 23/24 (R30A): the level said not raised yet ("haven't set Medium-High yet", 「Medium-Highにはまだしてない」)
 * is Medium, not Medium-High; the Telnet worry that comes with it names the user's systems.
 */
import { extractFacts } from '../../src/domain/extract';
import { findings, rendered, runIn } from './helpers';

const EN = 'TMS 15.9, CE 9.15, win 2016, SQL 2016 local';
const JA = 'TMS15.9、CE9.15、Win2016、SQL2016ローカル';

describe('not raised to Medium-High yet: the level is still Medium', () => {
  it.each([
    ['en', [EN, "haven't set Medium-High yet, we have 5 MXPs on telnet"]],
    ['en', [EN, 'not on Medium-High yet']],
    ['en', [`${EN}, haven't set Medium-High yet`]],
    ['ja', [JA, 'Medium-Highにはまだしてない。Telnet管理のMXPが5台あるので']],
    ['ja', [JA, 'Medium-Highにはまだしてない']],
    ['ja', [JA, 'Medium-Highにはまだしてないです']],
    ['ja', [JA, 'Telnet管理のMXPが5台あるので、Medium-Highにはまだしてない']],
    ['ja', [JA, 'まだMedium-Highにしていない']],
    ['ja', [JA, 'Medium-Highにはしていません']],
  ] as const)('%s %j', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
  });

  it('a single message gets the fix with its Medium-High step, and the Telnet caveat names the MXPs as Telnet-managed', () => {
    const r = runIn('en', [`${EN}, haven't set Medium-High yet, we have 5 MXPs on telnet`]);
    expect(findings(r)).toContain('tms-tools-medium-high');
    expect(r.state.facts.telnetVia).toBe('telnet');
    expect(rendered(r)).toMatch(/You said TMS manages Tandberg MXP over Telnet/);
  });

  it('JA: 「Telnet管理のMXP」 is Telnet-managed', () => {
    const r = runIn('ja', [JA, 'Medium-Highにはまだしてない。Telnet管理のMXPが5台あるので']);
    expect(r.state.facts.telnetVia).toBe('telnet');
  });

  it.each([
    ['en', [EN, 'we set Medium-High yesterday']],
    ['en', [EN, 'I set Medium-High']],
    ['ja', [JA, 'Medium-Highにしました']],
    ['ja', [JA, 'Medium-Highに変更して保存しました']],
  ] as const)('still Medium-High: %s %j', (lang, msgs) => {
    expect(runIn(lang, msgs).state.facts.level).toBe('medium-high');
  });

  it.each([
    ['en', [EN, "haven't we set Medium-High yet?"]],
    ['en', [EN, "we're not on Medium-High"]],
  ] as const)('no Medium read: %s %j', (lang, msgs) => {
    expect(runIn(lang, msgs).state.facts.level).not.toBe('medium');
  });
});

describe('not raised yet, read narrowly (extractFacts)', () => {
  it.each([
    ['we can not go to Medium-High because of the MXPs', undefined],
    ['we should not go to Medium-High', undefined],
    ['Medium-Highにしていないと直りませんか', undefined],
    ['Medium-High isn’t set yet', 'medium'],
    ['TMS is not on Medium-High yet', 'medium'],
  ])('%j → %j', (text, level) => {
    expect(extractFacts(text).facts.level).toBe(level);
  });
});

describe('「AじゃなくてB」 and a ~struck~ value: the value after is the one (QA round 23 W1)', () => {
  it.each([
    ['ja', 'TMS 15.9、CE 9.15.3、SQL 2016、Windows 2019 です。Medium-High じゃなくて Medium のままです。No HTTPS response が出ています'],
    ['ja', 'TMS 15.9、CE 9.15.3、SQL 2016、Windows 2019 です。Medium-High じゃなく Medium のままです'],
    ['ja', 'TMS 15.9、CE 9.15.3、SQL 2016、Windows 2019 です。Medium-High でなく Medium です'],
    ['ja', '*TMS 15.9* です、CE 9.15.3、SQL 2016、Windows 2019、~Medium-High~ じゃなくて _Medium_ のままです'],
    ['en', 'TMS 15.9, CE 9.15.3, SQL 2016, Win 2019, level is ~Medium-High~ Medium, still No HTTPS response'],
  ] as const)('%s %s → Medium, and the Medium-High step is given', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(findings(r)).toContain('tms-tools-medium-high');
  });

  it.each([
    ['Medium じゃなくて Medium-High です', 'medium-high'],
    ['level is ~Medium~ Medium-High', 'medium-high'],
    ['Medium-Highにしました', 'medium-high'],
    ['about ~50 endpoints on CE 9.15, level Medium-High', 'medium-high'],
  ])('%j → %j', (text, level) => {
    expect(extractFacts(text).facts.level).toBe(level);
  });

  it('a struck release is not the release: "TMS ~15.2~ 15.9"', () => {
    expect(extractFacts('TMS ~15.2~ 15.9, CE 9.15').facts.tms?.raw).toBe('15.9');
  });
});

describe('a supposed level, asked, is no level and gets the answer (QA round 24 W1/M4)', () => {
  it.each([
    ['en', [EN, 'if it were on Medium-High, would it work?']],
    ['en', [EN, 'hypothetically, if it were on Medium-High, would it work?']],
    ['ja', [JA, 'もしMedium-Highだったら直りますか？']],
    ['ja', [JA, 'Medium-Highにすれば直りますか？']],
  ] as const)('%s %j', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.level).toBeUndefined();
    // The Medium-High step is explained (what it changes), not "I could not find a version or a request".
    expect(rendered(r)).toMatch(lang === 'en' ? /TMS offers TLS 1\.2/ : /TLS 1\.2 を提示します/);
  });
  it('an answer that opens with "if I remember right" is answered, as a guess: not recorded, the step kept with its condition (FIX61C)', () => {
    const r = runIn('en', [EN, 'if I remember right it is Medium-High']);
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(/You think the level is Medium-High but are not sure/);
    expect(rendered(r)).toMatch(/do that step only if TMS Tools shows Medium/);
  });
});
