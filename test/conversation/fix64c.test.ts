/**
 * FIX64C: QA64 MISSING 7, 8, 9, 11, 12 and AWKWARD 14–17 (engine side; the Slack side: test/slack/fix64c-*.test.ts).
 */
import { withoutCodeSpans } from '../../src/domain/understand/code-spans';
import { last, questions, rendered, runIn, talk } from './helpers';

const EN = 'TMS 15.9, Windows 2019, SQL 2019 remote, SX80 CE 9.15 No HTTPS response, level Medium';
const JA = 'TMS 15.9、Windows 2019、SQL 2019 は別サーバ、SX80 CE 9.15 で No HTTPS response、レベルは Medium です';

describe('QA64 #7: the steps asked for in words', () => {
  it.each([
    [EN, 'show me the steps'],
    [JA, '手順を見せてください'],
    [JA, '具体的な手順は？'],
  ])('%s / %s: the answer again, marked for a card surface to post its steps', (first, ask) => {
    const r = last(talk(first, ask));
    expect(r.route).toBe('details-again');
    const withSummary = r.replies.filter((x) => x.summary);
    expect(withSummary.length).toBe(1);
    expect(withSummary[0]!.again).toBe(true);
  });

  it('a first answer is not marked', () => {
    expect(talk(EN)[0]!.replies.some((x) => x.again)).toBe(false);
  });
});

describe('QA64 #9: a version in backticks', () => {
  it.each([
    ['TMS 15.9 no https response on CE `9.15` codecs, Windows 2019, SQL 2019 remote', '9.15.0'],
    ['TMS `15.9` で No HTTPS response、エンドポイントは CE `9.15` です', '9.15.0'],
    ['codecs on `CE 9.15`, TMS 15.9 shows No HTTPS response', '9.15.0'],
  ])('%s: the endpoint release is read', (msg, ce) => {
    const r = last(talk(msg));
    expect(r.state.facts.endpoint?.semver).toBe(ce);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
  });

  it('only short inline spans lose their marks; a fence and a long span stay', () => {
    expect(withoutCodeSpans('CE `9.15` and TMS `15.9`')).toBe('CE 9.15 and TMS 15.9');
    expect(withoutCodeSpans('```\nreg query HKLM\n```')).toBe('```\nreg query HKLM\n```');
    const long = '`' + 'x'.repeat(60) + '`';
    expect(withoutCodeSpans(long)).toBe(long);
  });

  it('is linear on a long run of backticks and text', () => {
    const s = '`a'.repeat(20000);
    const t0 = Date.now();
    withoutCodeSpans(s);
    expect(Date.now() - t0).toBeLessThan(500);
  });
});

describe('QA64 #8: files announced are no plan for the fix', () => {
  it.each([
    ['en', 'TMS 15.9 shows No HTTPS response. I will attach the registry export and the event log.', 'I will read the files'],
    ['ja', 'TMS 15.9 で No HTTPS response が出ています。レジストリとイベントログを添付します。', 'ファイルを共有していただければ'],
    ['ja', 'TMS 15.9 で No HTTPS response が出ています。キャプチャを添付します。', 'ファイルを共有していただければ'],
  ] as const)('%s: %s', (lang, msg, ack) => {
    const r = runIn(lang, [msg]);
    const t = rendered(r);
    expect(t).toContain(ack);
    expect(t).not.toMatch(/Noted as a plan|予定として承知しました/);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    // The endpoint version is still asked.
    expect(questions(r)).toEqual(['need-endpoint-version']);
  });

  it('"attaching the capture now" alone: acknowledged, the open question kept, no "could not find a version"', () => {
    const [, r] = talk('TMS 15.9 shows No HTTPS response', 'attaching the capture now');
    const t = rendered(r!);
    expect(t).toContain('I will read the files');
    expect(t).not.toContain('could not find');
    expect(r!.state.pending).toBe('need-endpoint-version');
  });

  it('a step of the fix in the same sentence is still a plan', () => {
    const r = last(talk('TMS 15.9, CE 9.15, level Medium', 'I will attach the .reg and set Medium-High tonight'));
    expect(rendered(r)).toContain('Noted as a plan');
  });
});

const logLines = (n: number) =>
  '```\n' + Array.from({ length: n }, (_, i) => `2026-12-07 09:${String(i).padStart(2, '0')}:01,123 [TMSDatabaseScannerService] WARN No HTTPS response from 10.1.1.${i}: connection reset`).join('\n') + '\n```';
const ROOM = 'TMS 15.9, Windows 2019, SQL 2019 remote, Room Kit on RoomOS 11.14 No HTTPS response, level Medium';
const unaddressed = (t: string) => ({ kind: 'text' as const, text: t, unaddressed: true });

describe('QA64 #11: direct questions answered', () => {
  it('a log whose every line ends "connection reset" is not said to show no reset', () => {
    const r = last(talk(ROOM, logLines(30)));
    const t = rendered(r);
    expect(t).toContain('connection reset by the endpoint');
    expect(t).not.toMatch(/no ClientHello, reset/);
  });

  it.each([
    ['what do you make of the log?', false],
    ['what do you make of the log?', true],
    ['anything useful in the log?', false],
  ])('"%s" after the log (unaddressed in a thread: %s) says what it showed', (q, shared) => {
    const r = last(talk(ROOM, logLines(30), shared ? unaddressed(q) : q));
    expect(r.route).toBe('log-asked');
    const t = rendered(r);
    expect(t).toContain('You pasted a log of 30 lines');
    expect(t).not.toMatch(/I don't know that one/);
  });

  it('JA: 「このログから何かわかりますか？」 with no log read: where to paste it', () => {
    const r = runIn('ja', ['TMS 15.9 で No HTTPS response です', 'このログから何かわかりますか？']);
    expect(r.route).toBe('log-asked');
    expect(rendered(r)).toContain('まだログを読んでいません');
  });

  it('JA 「TLS 1.0 を有効に戻す必要がありますか？」 in a shared thread is answered, as the EN "do we need to re-enable TLS 1.0?"', () => {
    const j = last(talk(JA, unaddressed('TLS 1.0 を有効に戻す必要がありますか？')));
    expect(j.replies.length).toBeGreaterThan(0);
    expect(j.route).toBe('catalogue');
    expect(rendered(j)).toContain('TLS 1.0 を有効に戻せばよいのでは');
  });

  it.each([
    ['what is the SQL build that supports TLS 1.2 for 2008 R2?'],
    ['does SQL 2008 R2 have a TLS 1.2 build?'],
    ['is there a TLS 1.2 build for SQL 2008 R2?'],
  ])('"%s" names the build from knowledge.md (10.50.6542.0)', (q) => {
    const r = last(talk('TMS 15.6.1, SX10 CE 9.3, Windows 2008 R2, SQL 2008 R2 SP3 on the TMS server, level Medium', q));
    const t = rendered(r);
    expect(t).toContain('10.50.6542.0');
    expect(t).not.toMatch(/I don't know that one/);
  });

  it('JA: 「SQL 2008 R2 で TLS 1.2 に対応したビルドはありますか？」 names it too', () => {
    const r = runIn('ja', ['TMS 15.6.1 で SX10 (CE 9.3) が No HTTPS response です。Windows Server 2008 R2、SQL 2008 R2 SP3 が同じサーバにあります。レベルは Medium です。', 'SQL 2008 R2 で TLS 1.2 に対応したビルドはありますか？']);
    expect(rendered(r)).toContain('10.50.6542.0');
  });
});

describe('QA64 #12: a request to switch language', () => {
  it.each([
    ['en', ROOM, 'すみません、日本語で回答してもらえますか？', 'ja', '日本語でお答えします'],
    ['en', ROOM, 'can you answer in Japanese for my colleague?', 'ja', '日本語でお答えします'],
    ['ja', JA, 'actually can you answer in English from now on? my colleague will take over', 'en', 'I will answer in English'],
    ['ja', JA, 'English please', 'en', 'I will answer in English'],
    ['en', EN, '日本語でお願いします', 'ja', '日本語でお答えします'],
  ] as const)('%s: "%s" then "%s" switches', (lang, first, ask, to, said) => {
    const r = runIn(lang, [first, ask]);
    expect(r.route).toBe('language-request');
    expect(r.state.lang).toBe(to);
    expect(rendered(r)).toContain(said);
  });

  it('unaddressed in a shared thread, the request is still answered', () => {
    const r = last(talk(ROOM, unaddressed('can you answer in Japanese for my colleague?')));
    expect(r.state.lang).toBe('ja');
    expect(rendered(r)).toContain('日本語でお答えします');
  });

  it('a line naming the translation is no request', () => {
    const r = runIn('en', [ROOM, 'the Japanese translation says Medium-High to Medium']);
    expect(r.route).not.toBe('language-request');
  });
});

describe('QA64 #16: a typo in the symptom', () => {
  it.each(['tms 15.9 no https respnse after upgade to ce 9.15, windows 2019, sql 2019 remote', 'TMS 15.9 no https repsonse on CE 9.15, Windows 2019, SQL 2019 remote'])('%s: the symptom is read, no hedged heading', (msg) => {
    const r = last(talk(msg));
    const t = rendered(r);
    expect(t).toContain('This is the TLS 1.0 problem');
    expect(t).not.toContain('if TMS shows');
  });
});

describe('QA64 #17: Windows Server 2025 steps do not warn against turning off what is already off', () => {
  it.each([
    ['en', 'TMS 15.13 on Windows Server 2025, SQL 2019 remote, Room Kit RoomOS 11.14 No HTTPS response, level Medium', 'already off by default', /Do not disable TLS 1\.0 or SSL 3\.0|it disables SSL 3\.0 and TLS 1\.0/],
    ['ja', 'TMS 15.13、Windows Server 2025、SQL 2019 は別サーバ、Room Kit RoomOS 11.14 で No HTTPS response、レベルは Medium です', '既定で無効です', /TLS 1\.0 や SSL 3\.0 を無効にしないでください|SSL 3\.0 と TLS 1\.0 を無効にします/],
  ] as const)('%s', (lang, msg, said, notSaid) => {
    const r = runIn(lang, [msg]);
    const t = rendered(r);
    expect(t).toContain(said);
    expect(t).not.toMatch(notSaid);
  });

  it('on 2019 the warning stays', () => {
    expect(rendered(last(talk(EN)))).toContain('Do not disable TLS 1.0 or SSL 3.0 as part of this fix');
  });
});

describe('QA64 #8: a paste under "…の結果貼ります" is the paste, not files to come', () => {
  it('「@@VERSIONの結果貼ります」 with the output below: no "files" line', () => {
    const r = runIn('ja', ['@@VERSIONの結果貼ります\nMicrosoft SQL Server 2012 (SP1) - 11.0.3000.0 (X64)\n\tStandard Edition (64-bit) on Windows NT 6.3 <X64> (Build 9600: ) (Hypervisor)']);
    expect(rendered(r)).not.toContain('ファイルを共有していただければ');
    expect(r.state.facts.sql?.build).toBe('11.0.3000.0');
  });
});

describe('QA64 #12: "a reply in Japanese" said in passing is no request', () => {
  it.each(['we got a reply in Japanese', 'the vendor sent a reply in Japanese yesterday'])('%s', (t) => {
    expect(runIn('en', [ROOM, t]).route).not.toBe('language-request');
  });
});
