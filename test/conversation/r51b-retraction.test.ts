/**
 * QA round 33 F2 and F5: verbal retractions in a thread. "ignore that, it was a different server",
 * 「さっきのは無視してください、別のサーバでした」 are no answer to where SQL runs (the SQL question is asked again), and
 * "ignore that, wrong server", "scratch that", 「今のは無視してください」 after a fact say what is still used from that message
 * (nothing dropped silently). Real answers about SQL's place still count.
 */
import { questions, rendered, runIn } from './helpers';
import { normalizeState } from '../../src/conversation/guards';
import { step } from '../../src/conversation/engine';
import { retractionIn } from '../../src/domain/understand/retraction';

const TICKET_EN = 'TMS 15.2.1, endpoints CE 9.15.3 show No HTTPS response';
const TICKET_JA = 'TMS 15.2.1 で CE 9.15.3 が No HTTPS response です';
const FULL_EN = 'TMS 15.2.1, endpoints CE 9.15.3, Windows 2019, SQL 2016 remote';
const FULL_JA = 'TMS 15.2.1、エンドポイントは CE 9.15.3、Windows 2019、SQL 2016 は別サーバです';

describe('F2: a retraction about another server is not where SQL runs', () => {
  it.each([
    ['en', TICKET_EN, 'ignore that, it was a different server'],
    ['en', TICKET_EN, 'sorry, wrong server, ignore that'],
    ['en', TICKET_EN, 'that was about a different server'],
    ['ja', TICKET_JA, 'さっきのは無視してください、別のサーバでした'],
    ['ja', TICKET_JA, '別のサーバの話でした、すみません'],
  ] as const)('%s: %s', (lang, ticket, retract) => {
    const r = runIn(lang, [ticket, retract]);
    expect(r.state.facts.sqlLocation).toBeUndefined();
    // The SQL question is asked again, and the reply says the remark was not taken as its answer.
    expect(questions(r)).toContain('need-sql-version');
    expect(rendered(r)).toMatch(lang === 'en' ? /did not take that as where SQL Server runs/ : /SQL Server の場所.*回答とは受け取っていません/);
    // What is still used is said, not dropped.
    expect(rendered(r)).toContain('CE 9.15.3');
    expect(r.state.facts.tms?.semver).toBe('15.2.1');
  });

  it('after the SQL version: still no place taken from a retraction', () => {
    const r = runIn('en', [TICKET_EN, 'SQL 2012 SP1', 'ignore that, it was a different server']);
    expect(r.state.facts.sqlLocation).toBeUndefined();
    expect(r.state.facts.sql?.year).toBe(2012);
  });

  it.each([
    ['en', TICKET_EN, 'ignore that, it was a different server', 'SQL is on a different server'],
    ['en', TICKET_EN, 'ignore that, it was a different server', 'different server'],
    ['en', TICKET_EN, 'that was about a different server', "it's on a different server"],
    ['ja', TICKET_JA, 'さっきのは無視してください、別のサーバでした', 'SQLは別のサーバです'],
    ['ja', TICKET_JA, '別のサーバの話でした、すみません', '別サーバ'],
    ['ja', TICKET_JA, '別のサーバの話でした', '別のサーバです'],
  ] as const)('a real answer after the retraction still counts (%s: %s / %s)', (lang, ticket, retract, answer) => {
    expect(runIn(lang, [ticket, retract]).state.facts.sqlLocation).toBeUndefined();
    expect(runIn(lang, [ticket, retract, answer]).state.facts.sqlLocation).toBe('remote');
  });

  it('a retraction with SQL named is read as a statement of its place', () => {
    expect(runIn('en', [TICKET_EN, 'ignore that, SQL is on a different server']).state.facts.sqlLocation).toBe('remote');
  });
});

describe('F5: a retraction after a fact says what is still used', () => {
  it.each([
    ['en', FULL_EN, 'level is High', 'ignore that, wrong server', /still use: level High/],
    ['en', FULL_EN, 'level is High', 'scratch that', /still use: level High/],
    ['en', FULL_EN, 'level is High', 'please ignore my last message', /still use: level High/],
    ['ja', FULL_JA, 'レベルは High です', '今のは無視してください', /「レベル High」は引き続き使っています/],
    ['ja', FULL_JA, 'レベルは High です', 'さっきのは間違いです', /「レベル High」は引き続き使っています/],
  ] as const)('%s: %s then %s', (lang, ticket, fact, retract, says) => {
    const r = runIn(lang, [ticket, fact, retract]);
    const out = rendered(r);
    expect(out).toMatch(says);
    // Nothing dropped silently, and how to correct is said.
    expect(r.state.facts.level).toBe('high');
    expect(out).toMatch(lang === 'en' ? /start over/ : /最初からやり直す/);
    expect(out).not.toMatch(/could not find|見つかりません/);
  });

  it('a second retraction still names the same message', () => {
    const r = runIn('en', [FULL_EN, 'level is High', 'scratch that', 'ignore that']);
    expect(rendered(r)).toMatch(/still use: level High/);
  });

  it('a line with no value in between: what the last message with a value gave is still named', () => {
    const r = runIn('en', [FULL_EN, 'level is High', 'thanks', 'ignore that']);
    expect(rendered(r)).toMatch(/last message that gave me a value, I still use: level High/);
  });

  it('nothing recorded (a state stored before lastSet): nothing dropped, how to correct; nothing held: nothing taken', () => {
    const held = runIn('en', [FULL_EN]).state;
    const r = step({ ...held, lastSet: undefined }, { kind: 'text', text: 'ignore that' });
    expect(rendered(r)).toMatch(/dropped nothing/);
    expect(rendered(r)).not.toMatch(/still use:/);
    expect(r.state.facts).toEqual(held.facts);
    expect(rendered(runIn('en', ['ignore that']))).toMatch(/taken nothing/);
  });

  it('a retraction with a fact: the fact is read', () => {
    const r = runIn('en', [FULL_EN, 'level is High', 'ignore that, TMS is 15.9']);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    // Read as the fact, not answered as a bare retraction.
    expect(rendered(r)).not.toMatch(/dropped nothing|still use:/);
    // ("wrong server" beside a fact, the SQL question open: the fact is read, "server" is not SQL's place.)
    const w = runIn('en', [TICKET_EN, 'ignore that, wrong server, TMS is 15.9']);
    expect(w.state.facts.tms?.semver).toBe('15.9.0');
    expect(w.state.facts.sqlLocation).toBeUndefined();
    expect(rendered(w)).not.toMatch(/dropped nothing|still use:/);
  });

  it('still a retraction: softened, or with that/this ending the clause', () => {
    for (const t of ['oops ignore that', 'Ignore that please', 'sorry ignore this', 'さっきのを取り消してください', '今の発言を取り消します', '取り消します']) expect(retractionIn(t)).not.toBeNull();
  });

  it('other readings are kept: "forget it" starts over, "never mind, it works now" closes', () => {
    expect(runIn('en', [FULL_EN, 'level is High', 'forget it']).state.facts.tms).toBeUndefined();
    expect(rendered(runIn('en', [FULL_EN, 'level is High', 'never mind, it works now']))).toMatch(/works now/);
  });

  it('a stored lastSet survives normalisation; junk is dropped', () => {
    const s = runIn('en', [FULL_EN, 'level is High']).state;
    expect(s.lastSet).toEqual(['level']);
    expect(normalizeState({ ...s, lastSet: ['level', 'bogus', 3] } as unknown as typeof s, { kind: 'text', text: 'x' }).lastSet).toEqual(['level']);
  });
});

describe('retractionIn: negatives', () => {
  it.each([
    'can I ignore that?',
    'ignore the Telnet warning, we have no MXPs',
    'SQL is on a different server',
    'different server',
    '別サーバです',
    'the server is wrong about the certificate',
    'we were talking about the upgrade yesterday',
    'TMS 15.2.1 on Windows 2019',
    // A habit, a plan, a cancelled booking or a symptom told: no retraction (review of R51B).
    'TMS shows a certificate warning for the SX20 but we ignore it',
    "I'll ignore that warning",
    'TMSで会議の予約を取り消したらエラーになります',
    '予約を取り消します',
    'TMS 15.9, it shows the wrong system type for the SX20',
    // JA habits, quotes and requests about an alert (QA34 R2): 無視 only as a request about an earlier message.
    'ブラウザの警告はいつも無視しています',
    '「無視してください」とベンダーに言われました',
    'このアラートは無視してください',
    'いつも無視しているアラートです',
    'あのアラートは無視しています',
  ])('%s', (t) => {
    expect(retractionIn(t)).toBeNull();
  });
});

describe('retractionIn: Japanese requests to ignore an earlier message (QA34 R2)', () => {
  it.each(['今のは無視してください', '無視してください', 'すみません、無視してください', 'さっきのメッセージは無視してください', '無視でお願いします', 'あ、今のは無視して下さい'])('%s', (t) => {
    expect(retractionIn(t)).not.toBeNull();
  });
});
