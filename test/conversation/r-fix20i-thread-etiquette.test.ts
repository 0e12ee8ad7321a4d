/**
 * FIX20I (QA49 F5, F14, F20), the engine's part: thread etiquette in a shared thread.
 * - F14: an unaddressed question the bot has no answer for is people talking to each other: no reply.
 * - F20 / F5: a line said to a named colleague ("Mike, …", 「田中さん、…」, "@carol …" as the Slack adapter now
 *   passes it) gets no reply unless a fact is read in it; a one-sentence question to them takes nothing.
 * DMs and lines addressed to the bot are answered as before.
 */
import { step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';
import { rendered } from './helpers';

const shared = (text: string): IncomingMessage => ({ kind: 'text', text, keepLang: true, unaddressed: true });
/** As the Slack adapter sends a thread line that mentions a colleague (first or later in the line). */
const sharedAt = (text: string): IncomingMessage => ({ kind: 'text', text, keepLang: true, unaddressed: true, othersMentioned: true });
/** A line that mentions the bot in the thread (keepLang only). */
const addressed = (text: string): IncomingMessage => ({ kind: 'text', text, keepLang: true });

function opened(first: string): ConversationState {
  return step(null, { kind: 'text', text: first, keepLang: true }).state;
}

const EN = 'TMS 15.2.1 with endpoints on CE 9.15.3 shows No HTTPS response';
const JA = 'TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response になっています';
const EN_FULL = 'TMS 15.2.1 with endpoints on CE 9.15.3 shows No HTTPS response, SQL 2016 remote, Windows 2019, level Medium';

describe('F14: unaddressed questions the bot cannot answer', () => {
  it.each([
    [EN, 'ugh, again? who did the upgrade?'],
    [EN, 'ok so we wait until Thursday?'],
    [EN, 'is SQL on a separate server?'],
    [JA, '誰がアップグレードしたの？'],
    [JA, 'じゃあ木曜まで待つってこと？'],
  ])('%s / %j: no reply, the state as it was; a mention or a DM still gets the answer', (first, line) => {
    const s = opened(first);
    const out = step(s, shared(line));
    expect(out.replies).toHaveLength(0);
    expect(out.route).toBe('chatter');
    expect(out.state).toEqual(s);
    // Asked of the bot (a mention) or in a DM: answered as before (it says it does not know, and what it can do).
    expect(step(s, addressed(line)).replies.length).toBeGreaterThan(0);
    expect(step(s, { kind: 'text', text: line }).replies.length).toBeGreaterThan(0);
  });

  it('unaddressed questions it can answer are still answered', () => {
    const s = opened(EN);
    expect(rendered(step(s, shared('does this need a reboot?')))).toMatch(/reboot/i);
    expect(step(s, shared('SQL 2014')).replies.length).toBeGreaterThan(0);
  });
});

describe('F20: a line addressed to a named colleague', () => {
  it.each([
    [EN_FULL, 'Mike, did you check whether the HDX units still use SNMP?'],
    [EN, 'Mike, can you check the SQL version?'],
    [EN, '田中さん、SQL のバージョン確認してもらえますか？'],
    [JA, '田中さん、SQL のバージョン確認してもらえますか？'],
    [JA, '鈴木さん、SQL のビルド番号わかりますか？'],
    [JA, '田中さん、SQL は 2016 ですか？'],
  ])('%s / %j: no reply, nothing taken (in a DM: answered as before)', (first, line) => {
    const s = opened(first);
    const out = step(s, shared(line));
    expect(out.replies).toHaveLength(0);
    expect(out.route).toBe('chatter');
    expect(out.state).toEqual(s);
    expect(step(s, { kind: 'text', text: line }).replies.length).toBeGreaterThan(0);
  });

  it('a fact said to a colleague is read and answered (EN, JA)', () => {
    const en = step(opened(EN), shared('Mike, fyi SQL is 2008 R2 on the TMS box'));
    expect(en.state.facts.sql?.year).toBe(2008);
    expect(en.state.facts.sql?.r2).toBe(true);
    expect(en.replies.length).toBeGreaterThan(0);
    const ja = step(opened(JA), shared('田中さん、SQL は 2008 R2 で TMS サーバ上でした'));
    expect(ja.state.facts.sql?.year).toBe(2008);
    expect(ja.state.facts.sqlLocation).toBe('local');
    expect(ja.replies.length).toBeGreaterThan(0);
  });
});

describe('F5: a line that opens with a colleague\'s @mention (as the Slack adapter passes it)', () => {
  it('a fact is read: "@UCAROL fyi SQL is 2008 R2 on the TMS box"', () => {
    const s = opened(EN);
    expect(s.pending).toBe('need-sql-version');
    const out = step(s, sharedAt('@UCAROL fyi SQL is 2008 R2 on the TMS box'));
    expect(out.state.facts.sql?.year).toBe(2008);
    expect(out.state.facts.sqlLocation).toBe('local');
    expect(out.state.pending).not.toBe('need-sql-version');
    expect(out.replies.length).toBeGreaterThan(0);
  });

  it('a correction is read: "@bob it\'s SQL 2014, not 2012" (JA: 「@佐藤さん SQL は 2012 ではなく 2014 でした」)', () => {
    const en = step(opened(`${EN}, SQL 2012 on another server`), sharedAt("@bob it's SQL 2014, not 2012"));
    expect(en.state.facts.sql?.year).toBe(2014);
    const ja = step(opened(`${JA}。SQL 2012 は別サーバです`), sharedAt('@佐藤さん SQL は 2012 ではなく 2014 でした'));
    expect(ja.state.facts.sql?.year).toBe(2014);
    // A tag question states the value ("…, right?"): read, not left to them.
    expect(step(opened(EN), sharedAt("@bob it's SQL 2014, right?")).state.facts.sql?.year).toBe(2014);
  });

  it.each([
    '@UBOB can you check the endpoint version?',
    '@bob CE 9.15.3?',
    '@tms-admins ping',
    '@佐藤さん SQL のバージョンを確認してもらえますか？',
    // A guess beside the request is theirs to confirm: not the level (the Medium-High step must stay in the plan).
    '@U0OTHER can you check the level? I think it is Medium-High',
    '@佐藤さん レベルを確認してもらえますか？たぶん Medium-High です',
  ])('%j: left to them: no reply, nothing taken', (line) => {
    const s = opened('TMS 15.2.1 shows No HTTPS response');
    const out = step(s, sharedAt(line));
    expect(out.replies).toHaveLength(0);
    expect(out.state).toEqual(s);
  });
});
