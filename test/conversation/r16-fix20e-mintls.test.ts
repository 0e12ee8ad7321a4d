/**
 * QA49 F8: the endpoint's MinimumTLSVersion TLSv1.3 said in a sentence or after a speaker's name was ignored ("That does not
 * change my previous answer"), though the bare xAPI line is read. Read like the bare paste; a question, a plan or a denial
 * gets the rule, not a value.
 */
import type { TurnResult } from '../../src/conversation/types';
import { renderReply } from '../../src/console/render';
import { threadLines } from './helpers';

/** A Slack thread: the root mention, then lines said without a mention (the adapter's flags). */
const thread = (lang: 'en' | 'ja', root: string, ...lines: string[]): TurnResult => threadLines(lang, root, lines).r;
const shown = (r: TurnResult) => r.replies.map((x) => renderReply(x)).join('\n');

const ROOT = 'TMS 15.9 on 2012 R2, SQL 2016 remote, RoomOS 11.14, No HTTPS response';
const ROOT_JA = 'TMS 15.9、Windows 2012 R2、SQL 2016 は別サーバ、RoomOS 11.14 で No HTTPS response です';
const VALUE = /This endpoint's minimum is TLS 1\.3, above TLS 1\.2/;

describe('QA49 F8: MinimumTLSVersion said in prose', () => {
  it.each([
    'Alice: I checked one codec, xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.3',
    'the codec has MinimumTLSVersion TLSv1.3',
    'xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.3',
  ])('EN: %s', (line) => {
    const out = shown(thread('en', ROOT, 'Medium-High set and saved, rebooted the server', line));
    expect(out).toMatch(VALUE);
    expect(out).not.toMatch(/That does not change my previous answer/);
  });
  it('JA: 「コーデックの MinimumTLSVersion は TLSv1.3 でした」', () => {
    const out = shown(thread('ja', ROOT_JA, 'コーデックの MinimumTLSVersion は TLSv1.3 でした'));
    expect(out).toMatch(/このエンドポイントの最小は TLS 1\.3 で/);
  });
  it.each([
    'should we set MinimumTLSVersion TLSv1.3 on the codecs?',
    "what if the codec has MinimumTLSVersion TLSv1.3, would that break it?",
    "I'll set MinimumTLSVersion: TLSv1.3 on the new codecs next week",
    "the codec doesn't have MinimumTLSVersion TLSv1.3",
  ])('no value read: %s', (line) => {
    const out = shown(thread('en', ROOT, 'Medium-High set and saved, rebooted the server', line));
    expect(out).not.toMatch(VALUE);
  });
});
