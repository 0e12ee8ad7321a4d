/**
 * QA54 (brief fix54a): wrong answers in the conversation, EN and JA.
 * #1 versions on a first line above a long pasted log of "No HTTPS response" lines: the versions are read and answered, and
 *    the log is never said to lack "No HTTPS response".
 */
import { runIn, runText } from './helpers';

/** JSON text with its quotes unescaped, to match the words as shown. */
const plain = (s: string) => s.replace(/\\"/g, '"');
const logOf = (n: number) =>
  Array.from({ length: n }, (_, i) => `2024-03-04 09:11:${String(i % 60).padStart(2, '0')} ERROR TMSDatabaseScannerService: system 10.1.0.${i + 1} No HTTPS response`).join('\n');

describe('#1 versions written above a long log of "No HTTPS response" lines', () => {
  it.each([
    ['en', `TMS 15.2.1, endpoints CE 9.15.3, SQL 2016 on TMS server, Windows 2019. log:\n${logOf(30)}`, /CE 9\.15\.3/, /Every line shows "No HTTPS response"/],
    ['ja', `TMS 15.2.1、エンドポイントは CE 9.15.3、SQL 2016 は TMS サーバ上、Windows 2019 です。ログ：\n${logOf(30)}`, /CE 9\.15\.3/, /すべての行に「No HTTPS response」/],
  ] as const)('%s: the versions are read and the answer given; the log is said to show the symptom', (lang, msg, seen, said) => {
    const r = runIn(lang, [msg]);
    const card = r.replies.find((x) => x.summary);
    expect(card).toBeDefined();
    expect(r.state.facts.tms).toBeDefined();
    expect(r.state.facts.endpoint).toBeDefined();
    expect(r.state.facts.sqlLocation).toBe('local');
    const text = plain(JSON.stringify(r.replies));
    expect(text).toMatch(seen);
    expect(text).toMatch(said);
    expect(text).not.toMatch(/no "No HTTPS response"|「No HTTPS response」、TLS/);
  });

  it.each([
    ['en', /Every line shows "No HTTPS response"/],
    ['ja', /すべての行に「No HTTPS response」/],
  ] as const)('%s: the log alone is never said to lack "No HTTPS response", and the first question is asked', (lang, said) => {
    const { text: raw, state } = runText(lang, [logOf(30)]);
    const text = plain(raw);
    expect(text).toMatch(said);
    expect(text).not.toMatch(/no "No HTTPS response"|「No HTTPS response」、TLS/);
    expect(state.pending).toBeDefined();
  });

  it('a log with nothing relevant is still said so, and not taken as the pending answer', () => {
    const quiet = Array.from({ length: 40 }, (_, i) => `2026-12-01 10:${String(i % 60).padStart(2, '0')}:02,123 [12] INFO  tms.Scheduler - poll ${i} ok`).join('\n');
    const { text } = runText('en', ['TMS 15.2.1 shows No HTTPS response after upgrading endpoints to CE 9.15', quiet]);
    expect(text).toContain('I found nothing in it about this problem');
    expect(text).toContain('I have not taken it as an answer to my question');
  });
});

/** The card's caveat titles after the turns (the last card of the conversation). */
function caveatsAfter(lang: 'en' | 'ja', msgs: string[]): { caveats: string[]; facts: ReturnType<typeof runIn>['state']['facts'] } {
  const r = runIn(lang, msgs);
  const card = r.replies.find((x) => x.summary);
  return { caveats: card?.summary?.caveats.map((c) => c.text) ?? [], facts: r.state.facts };
}

describe('#2 a correction of SQL\'s place with its release: the release is taken, so the SQL 2008 R2 caveat appears', () => {
  const EN = 'TMS 15.2.1, endpoints CE 9.15.3, SQL 2017 on a separate cluster, Windows 2019, level Medium';
  const JA = 'TMS 15.2.1、エンドポイントは CE 9.15.3、SQL 2017 は別のクラスタ、Windows 2019、レベルは Medium です';
  it.each([
    ['en', EN, 'SQL is actually on the TMS server, 2008 R2 SP2', 2],
    ['en', EN, 'SQL is on the TMS server, version 2008 R2 SP2', 2],
    ['en', EN, 'SQL is local, 2008 R2', null],
    // (Hedged, read as "SQL is 2008 R2 I think" is: the caveat said rather than the old release kept silently.)
    ['en', EN, 'SQL is local, 2008 R2 I think', null],
    ['ja', JA, 'SQL は TMS サーバ上で、2008 R2 だと思います', null],
    ['ja', JA, 'SQL は実は TMS サーバ上で、2008 R2 SP2 です', 2],
  ] as const)('%s: %s / %s', (lang, opening, correction, sp) => {
    const { caveats, facts } = caveatsAfter(lang, [opening, correction]);
    expect(facts.sqlLocation).toBe('local');
    expect(facts.sql).toMatchObject({ year: 2008, r2: true, sp });
    expect(caveats.join('\n')).toMatch(/SQL Server 2008 R2/);
  });

  it.each([
    // SQL's own release already said: the bare year after it is not read as SQL's.
    ['SQL 2016 on the TMS server, 2019', 2016],
    // "2012 R2" is no SQL Server release.
    ['SQL is local, 2012 R2', 2017],
    // A plan states nothing.
    ['we will move SQL to the TMS server next month, 2019', 2017],
  ])('not taken: %s', (correction, year) => {
    const { facts } = caveatsAfter('en', [EN, correction]);
    expect(facts.sql?.year).toBe(year);
  });
});

describe('#10 "what did you understand so far?" is the status asked: the same summary as "where are we?"', () => {
  const EN = ['TMS 15.2.1, endpoints CE 9.15.3, SQL 2016 on the TMS server'];
  const JA = ['TMS 15.2.1、エンドポイントは CE 9.15.3、SQL 2016 は TMS サーバ上です'];
  const blocksOf = (lang: 'en' | 'ja', msgs: string[]) => JSON.stringify(runIn(lang, msgs).replies.map((x) => x.blocks));
  it.each([
    ['en', 'what did you understand so far?', EN, 'where are we?'],
    ['en', 'what do you know so far?', EN, 'where are we?'],
    ['en', 'So, what have you understood so far?', EN, 'where are we?'],
    ['en', 'can you tell me what you understood?', EN, 'where are we?'],
    ['ja', 'ここまでで何が分かりましたか？', JA, '状況は？'],
    ['ja', '分かっていることは？', JA, '状況は？'],
    ['ja', 'ここまでの理解を教えてください', JA, '状況は？'],
  ] as const)('%s: %s', (lang, asked, setup, status) => {
    expect(blocksOf(lang, [...setup, asked])).toBe(blocksOf(lang, [...setup, status]));
  });

  it.each([
    ['en', 'what did you understand from the log?', EN],
    ['en', 'what do you understand by Medium-High?', EN],
    ['ja', 'ログから何が分かりましたか？', JA],
    ['ja', 'TLS について何を知っていますか？', JA],
  ] as const)('%s: not about something named: %s', (lang, asked, setup) => {
    expect(blocksOf(lang, [...setup, asked])).not.toBe(blocksOf(lang, [...setup, lang === 'en' ? 'where are we?' : '状況は？']));
  });
});
