/**
 * FIX61C (QA61 #1, #2, #9).
 * 1. A level given with doubt ("I think it's Medium-High, not sure", "probably", "(unverified)", "but I haven't checked",
 *    「たぶん」「未確認」) or as an either/or ("Medium or Medium-High", 「Medium か Medium-High か」) is not recorded: the note says
 *    so, the Medium-High step stays (to do only at Medium or Low), and where to look is said.
 * 2. A doubt holds for the fact in its own clause: a doubt about the level leaves a plainly stated remote SQL recorded.
 * 3. "WinSrv 2008 R2", "Win Srv 2012", "OS and SQL both 2008 R2 on one server", 「OS も SQL も 2008 R2（同じサーバー）」 are read.
 */
import { extractFacts } from '../../src/domain/extract';
import { hedgedRaisedLevel, levelEitherOr } from '../../src/domain/understand/level-hedge';
import { sqlRemoteHedged } from '../../src/domain/understand/sql-place-hedge';
import { findings, rendered, runIn, talk } from './helpers';

const EN = (level: string) => `TMS 15.5 on Windows 2016, SQL 2016 remote, ${level} Room Kits on RoomOS 11.14 show No HTTPS response.`;
const JA = (level: string) => `TMS 15.5、Windows 2016、SQL 2016 は別サーバーです。${level}RoomOS 11.14 の Room Kit で No HTTPS response が出ます。`;

describe('FIX61C #1: a level given with doubt or as an either/or is not recorded', () => {
  it.each([
    ['en', EN("Communication Security: I think it's Medium-High, not sure.")],
    ['en', EN('Communication Security is either Medium or Medium-High, not sure which.')],
    ['en', EN('Communication Security is Medium or Medium-High.')],
    ['en', EN('Communication Security is Medium-High I believe, not sure.')],
    ['en', EN('Communication Security probably Medium-High.')],
    ['en', EN('Communication Security Medium-High (unverified).')],
    ['en', EN("Communication Security Medium-High, but I haven't checked.")],
    ['en', EN('Communication Security is I think someone set it to High.')],
    ['ja', JA('Communication Security は Medium か Medium-High か分かりません。')],
    ['ja', JA('Communication Security はたぶん Medium-High（未確認）。')],
    ['ja', JA('Communication Security は Medium-High だったと思うが未確認。')],
  ] as const)('%s %j', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.level).toBeUndefined();
    const text = rendered(r);
    expect(text).toMatch(lang === 'ja' ? /確かではない、とのことなので、レベルは記録していません/ : /but are not sure, so I have not recorded it/);
    // The Medium-High step stays, to be done only where TMS Tools shows Medium (or Low); where to look is said.
    expect(findings(r)).toContain('tms-tools-medium-high');
    expect(findings(r)).not.toContain('already-medium-high');
    expect(text).toMatch(lang === 'ja' ? /Medium（または Low）と表示されている場合だけ/ : /only if TMS Tools shows Medium \(or Low\)/);
    expect(text).toContain('Transport Layer Security Options');
  });
  it('an either/or is said with both levels', () => {
    expect(rendered(runIn('en', [EN('Communication Security is Medium or Medium-High.')]))).toMatch(/level is Medium or Medium-High but/);
    expect(rendered(runIn('ja', [JA('Communication Security は Medium か Medium-High か分かりません。')]))).toMatch(/Medium または Medium-High だと思う/);
  });
  it.each([
    ['en', EN('Communication Security Medium-High.'), 'medium-high'],
    ['en', EN('Communication Security High.'), 'high'],
    ['en', EN('Communication Security Medium-High, not sure why it still fails.'), 'medium-high'],
    ['en', EN('Communication Security Medium-High, I think the keys are wrong.'), 'medium-high'],
    ['en', EN("Communication Security High, but I haven't checked the certificates."), 'high'],
    ['en', EN('I set Medium-High I think.'), 'medium-high'],
    ['en', EN('Communication Security is Medium-High, not Medium.'), 'medium-high'],
    ['en', 'TMS 15.5 on Windows 2016, SQL 2016 I think, Communication Security Medium-High. Room Kits on RoomOS 11.14 show No HTTPS response.', 'medium-high'],
    ['ja', JA('Communication Security は Medium-High です。'), 'medium-high'],
    ['ja', JA('Communication Security は Medium-High に変更しました。'), 'medium-high'],
    ['ja', JA('Communication Security は Medium-High（確認済み）。'), 'medium-high'],
    ['ja', JA('Communication Security は High です。理由は分かりません。'), 'high'],
    // REV38 #2: a guess or an opinion about another level (a step being weighed) leaves the level said plainly.
    ['en', EN('Communication Security is Medium-High. I think High would break the certificate checks.'), 'medium-high'],
    ['en', EN('Communication Security: Medium-High. I think we should try High next.'), 'medium-high'],
    ['ja', JA('Communication Security は Medium-High です。High にすべきかもしれません。'), 'medium-high'],
  ] as const)('a level said plainly (or a doubt about something else) is still recorded: %s %j', (lang, msg, level) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.level).toBe(level);
    expect(rendered(r)).not.toMatch(/so I have not recorded it|レベルは記録していません/);
  });
  it('a guess against a level held keeps the level held', () => {
    const [, r] = talk(EN('Communication Security Medium.'), 'hmm, probably Medium-High actually, not sure');
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).toMatch(/I keep Medium, as said before/);
  });
  it('a guess given as the answer to the level question is not recorded, and the question is not put again', () => {
    const [, r] = talk('TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019', 'not sure, medium-high I think');
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(/so I have not recorded it/);
    expect(r.state.pending).not.toBe('need-security-level');
    const [, , r2] = talk('TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019', 'not sure, medium-high I think', 'it shows Medium-High');
    expect(r2.state.facts.level).toBe('medium-high');
  });
  it('readers', () => {
    expect(hedgedRaisedLevel('Medium-High (unverified)')).toBe(true);
    expect(hedgedRaisedLevel("Medium-High, but I haven't checked")).toBe(true);
    expect(hedgedRaisedLevel('I think someone set it to High')).toBe(true);
    expect(hedgedRaisedLevel('I set Medium-High, I think')).toBe(false);
    expect(hedgedRaisedLevel("Medium-High, but I haven't checked the keys")).toBe(false);
    expect(hedgedRaisedLevel('Medium-High, I think the keys are wrong')).toBe(false);
    expect(hedgedRaisedLevel('Medium-High. I think High would break it', 'medium-high')).toBe(false);
    expect(hedgedRaisedLevel('Medium-High. I think High would break it', 'high')).toBe(true);
    expect(hedgedRaisedLevel('I think it is Medium-High', 'medium-high')).toBe(true);
    expect(levelEitherOr('Medium or Medium-High')).toEqual(['medium', 'medium-high']);
    expect(levelEitherOr('Medium か Medium-High か分かりません')).toEqual(['medium', 'medium-high']);
    expect(levelEitherOr('we went from Medium to Medium-High')).toBeNull();
    expect(levelEitherOr('Medium-High, not Medium')).toBeNull();
  });
});

describe('FIX61C #2: a doubt holds for the fact in its own clause', () => {
  it.each([
    'TMS 15.5 on Windows 2016, SQL 2016 remote, Communication Security is I think someone set it to High. Room Kits on RoomOS 11.14 show No HTTPS response.',
    'TMS 15.5 on Windows 2016, SQL 2016 remote, Communication Security is not sure, maybe Medium-High. Room Kits on RoomOS 11.14 show No HTTPS response.',
  ])('the remote SQL stays, the level is not recorded: %j', (msg) => {
    const r = runIn('en', [msg]);
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).not.toMatch(/Not recorded: where SQL runs/);
  });
  it('a doubt in the SQL clause still drops the place (and leaves the level)', () => {
    const r = runIn('en', ['TMS 15.5 on Windows 2016, SQL 2016 remote I think, Communication Security Medium-High. Room Kits on RoomOS 11.14 show No HTTPS response.']);
    expect(r.state.facts.sqlLocation).toBeUndefined();
    expect(r.state.facts.level).toBe('medium-high');
    expect(sqlRemoteHedged('SQL 2016 remote, not sure')).toBe(true);
    expect(sqlRemoteHedged('SQL 2016 remote, Communication Security is I think High')).toBe(false);
  });
});

describe('FIX61C #9: more spellings of the Windows release', () => {
  it.each([
    ['TMS 15.5 on WinSrv 2008 R2, SQL 2016 remote, Communication Security Medium.', 2008, true],
    ['TMS 15.5 on Win Srv 2012, SQL 2016 remote, Medium.', 2012, false],
    ['TMS 15.5 on WinServer 2012, SQL 2016 remote, Medium.', 2012, false],
    ['TMS 15.5 on Win Svr 2016, SQL 2016 remote, Medium.', 2016, false],
  ] as const)('%j', (msg, year, r2) => {
    const f = extractFacts(msg).facts;
    expect(f.windows).toMatchObject({ year, r2 });
    expect(f.tms?.semver).toBe('15.5.0');
  });
  it.each([
    ['TMS 15.5, OS and SQL both 2008 R2 on one server, Medium.', 2008, true, 'local'],
    ['TMS 15.5, SQL and OS both 2019 on the same box, Medium.', 2019, false, 'local'],
    ['TMS 15.5, both Windows and SQL are 2012, Medium.', 2012, false, undefined],
    ['TMS 15.5, OS and SQL are both 2016, SQL remote, Medium.', 2016, false, 'remote'],
    ['TMS 15.5、OS も SQL も 2008 R2（同じサーバー）、レベルは Medium。', 2008, true, 'local'],
    ['TMS 15.5、OS と SQL は両方 2012、レベルは Medium。', 2012, false, undefined],
  ] as const)('one release for both: %j', (msg, year, r2, place) => {
    const f = extractFacts(msg).facts;
    expect(f.windows).toMatchObject({ year, r2 });
    expect(f.sql).toMatchObject({ year, r2 });
    expect(f.sqlLocation).toBe(place);
  });
  it.each([
    'TMS 15.5, Windows and SQL 2016, Medium.',
    'TMS 15.5. We plan to have OS and SQL both 2019 next month.',
    'TMS 15.5. Is it OK if OS and SQL are both 2008 R2?',
    'TMS 15.5、来月 OS も SQL も 2019 に移行予定です。',
    'TMS 15.5、OS も SQL も 2019 にする予定です。',
    'TMS 15.5、OS も SQL も 2008 R2 で問題ないですか？',
  ])('no Windows release where none is stated as the one in use: %j', (msg) => {
    expect(extractFacts(msg).facts.windows).toBeUndefined();
  });
  it('the registry step for 2008 R2 is required, not a check', () => {
    const r = runIn('en', ['TMS 15.5 on WinSrv 2008 R2, SQL 2016 remote, Communication Security Medium. SX80s on CE 9.15 show No HTTPS response.']);
    expect(rendered(r)).not.toMatch(/Which Windows Server release/);
    expect(rendered(r)).not.toMatch(/Check that TLS 1\.2 is enabled/);
  });
});
