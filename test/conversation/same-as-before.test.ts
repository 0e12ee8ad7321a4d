/**
 * "same as before", "same versions as last time", 「前と同じです」「さっきと同じ構成」: the bot only knows
 * this conversation (a DM thread starts from the DM conversation's facts). A value the conversation
 * holds is used; one it never had is asked for again, politely and with the usual example, never guessed.
 */
import { step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { last, questions, rendered, talk, text } from './helpers';

/** A conversation's state after these messages (what a DM thread is seeded with). */
function stateAfter(...msgs: string[]): ConversationState {
  return last(talk(...msgs)).state;
}

describe('"same as before" with values this conversation holds (a thread seeded from the DM)', () => {
  it.each([
    ['en', 'TMS 15.2.1, CE 9.15, SQL 2016', 'same versions as before', /This conversation already has TMS 15\.2\.1 · CE 9\.15 · SQL Server 2016: I will go on with those\./],
    ['en', 'TMS 15.2.1, CE 9.15, SQL 2016', 'same setup as the other site', /This conversation already has TMS 15\.2\.1 · CE 9\.15 · SQL Server 2016/],
    ['ja', 'TMS 15.2.1、CE 9.15、SQL 2016 です', 'さっきと同じ構成', /この会話では TMS 15\.2\.1、CE 9\.15、SQL Server 2016 とお聞きしています。この内容で進めます。/],
    ['ja', 'TMS 15.2.1、CE 9.15、SQL 2016 です', '前回と同じバージョンです', /この会話では TMS 15\.2\.1、CE 9\.15、SQL Server 2016 とお聞きしています/],
  ] as const)('%s: "%s" then "%s" keeps the facts and says which', (lang, first, same, said) => {
    const seeded = stateAfter(first);
    const r = step(seeded, text(same));
    expect(r.state.facts).toEqual(seeded.facts);
    expect(r.state.lang).toBe(lang);
    expect(rendered(r)).toMatch(said);
    expect(rendered(r)).not.toMatch(/could not find|読み取れませんでした|do not remember|覚えていません/);
    // The answer goes on: the optional Windows question is still offered.
    expect(questions(r)).toEqual(['need-windows-version']);
  });

  it.each([
    ['same as before', /will not guess the Windows Server version/],
    ['前回と同じです', /Windows Server のバージョンを推測することはしません/],
  ])('a bare "%s" while the Windows question is open answers it: not known here, so asked again', (msg, said) => {
    const seeded = stateAfter(/[a-z]/.test(msg) ? 'TMS 15.2.1, CE 9.15, SQL 2016' : 'TMS 15.2.1、CE 9.15、SQL 2016 です');
    const r = step(seeded, text(msg));
    expect(r.state.facts).toEqual(seeded.facts);
    expect(rendered(r)).toMatch(said);
    expect(questions(r)).toEqual(['need-windows-version']);
  });

  it('"SQL is the same as before" while Windows is asked: SQL stays, Windows is asked again', () => {
    const r = step(stateAfter('TMS 15.2.1, CE 9.15, SQL 2016'), text('SQL is the same as before'));
    expect(r.state.facts.sql?.year).toBe(2016);
    expect(rendered(r)).toMatch(/SQL Server 2016/);
    expect(questions(r)).toEqual(['need-windows-version']);
  });

  it('a field the seeded conversation never had is not filled: the bot says so and asks for it with its example (EN/JA)', () => {
    const en = step(stateAfter('TMS 15.2.1, CE 9.15'), text('same versions as last time'));
    expect(en.state.facts.sql).toBeUndefined();
    expect(questions(en)).toEqual(['need-sql-version']);
    expect(rendered(en)).toMatch(/I do not remember other cases[^]*e\.g\. SQL Server 2012 SP1/);
    const ja = step(stateAfter('TMS 15.2.1、CE 9.15 です'), text('前と同じです'));
    expect(ja.state.facts.sql).toBeUndefined();
    expect(questions(ja)).toEqual(['need-sql-version']);
    expect(rendered(ja)).toMatch(/ほかの件の内容は覚えていません[^]*例：SQL Server 2012 SP1/);
  });
});

describe('"same as before" after a correction goes back to the earlier value', () => {
  it.each([
    ['no, same as before', /Back to SQL Server 2016, as you said before in this conversation/],
    ['actually same as earlier', /Back to SQL Server 2016/],
  ])('"%s"', (msg, said) => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016', 'sorry, SQL 2014 SP3', msg));
    expect(r.state.facts.sql?.year).toBe(2016);
    expect(rendered(r)).toMatch(said);
    expect(rendered(r)).toMatch(/SQL Server 2014 SP3 → SQL Server 2016/);
  });

  it('only right after the correction: later, "same as before" keeps the value now held', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016', 'sorry, SQL 2014 SP3', 'Windows 2019', 'SQL is same as before'));
    expect(r.state.facts.sql?.year).toBe(2014);
  });

  it('a correction of the TMS version undone in Japanese: 「いや、さっきと同じです」', () => {
    const r = last(talk('TMS 15.2.1、CE 9.15、SQL 2016 です', '訂正です。TMS は 15.6 です', 'いや、さっきと同じです'));
    expect(r.state.facts.tms?.semver).toBe('15.2.1');
    expect(rendered(r)).toMatch(/この会話で前にお聞きした TMS 15\.2\.1 に戻します/);
  });

  it('"start over" forgets the earlier value too', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016', 'sorry, SQL 2014', 'start over', 'same as before'));
    expect(r.state.facts).toEqual({});
    expect(rendered(r)).toMatch(/I do not remember other cases/);
  });
});

describe('what "same as before" is not', () => {
  it.each([
    ['still the same', 'still-failing'],
    ['same problem as before', 'still-failing'],
    ['同じエラーのままです', 'other'],
    ['it is the same for all endpoints', 'scope'],
    ['same thing happens', 'still-failing'],
  ])('"%s" is not read as "same versions"', (msg) => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016', msg));
    expect(rendered(r)).not.toMatch(/already has|do not remember|お聞きしています|覚えていません/);
  });

  it('"the SQL is on the same server as TMS" is where SQL runs', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15', 'SQL 2016, on the same server as TMS'));
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(rendered(r)).not.toMatch(/do not remember/);
  });

  it('a message with versions in it is read as usual', () => {
    const r = last(talk('TMS 15.2.1', 'CE 9.15, SQL same as before'));
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
  });

  it('stays pure: the same state and message give the same turn, the state given is not changed', () => {
    const s = stateAfter('TMS 15.2.1, CE 9.15, SQL 2016', 'sorry, SQL 2014');
    const copy = JSON.parse(JSON.stringify(s));
    const a = step(s, text('no, same as before'));
    const b = step(s, text('no, same as before'));
    expect(a).toEqual(b);
    expect(s).toEqual(copy);
    expect(JSON.parse(JSON.stringify(a.state))).toEqual(a.state);
  });
});

describe('a stored state with the values a correction replaced', () => {
  it('a malformed one (hand-edited, older) is dropped, a good one is used', () => {
    const s = stateAfter('TMS 15.2.1, CE 9.15, SQL 2016', 'sorry, SQL 2014');
    const bad = { ...s, earlier: { sql: 'SQL 2016', windows: { year: 'x' } } } as unknown as ConversationState;
    const r = step(bad, text('no, same as before'));
    expect(r.state.facts.sql?.year).toBe(2014);
    expect(rendered(r)).not.toMatch(/Back to/);
    const good = step(JSON.parse(JSON.stringify(s)), text('no, same as before'));
    expect(good.state.facts.sql?.year).toBe(2016);
    expect(good.state.earlier).toBeUndefined();
  });
});
