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
