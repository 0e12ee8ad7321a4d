/**
 * R42A #5: a request to disable TLS 1.0 that was then carried out is a report (TLS 1.0 off): 「TLS 1.0を無効にしろと言われたので
 * そうしました」, "we were told to disable TLS 1.0, so we did". A request not carried out stays a request.
 */
import { rendered, runIn } from './helpers';

const ASKED_TITLE = /Can TLS 1\.0 be turned off too\?|TLS 1\.0 も無効にしてよいか/;

describe('R42A: a request to disable TLS 1.0, carried out', () => {
  it.each([
    ['ja', 'TLS 1.0を無効にしろと言われたのでそうしました'],
    ['ja', 'TLS 1.0を無効にするよう指示されたので、言われたとおりにしました'],
    ['en', 'we were told to disable TLS 1.0, so we did'],
    ['en', 'we were told to disable TLS 1.0, which we did last week'],
  ] as const)('%s %s: TLS 1.0 off, not answered as the request', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
    expect(rendered(r)).not.toMatch(ASKED_TITLE);
  });

  it.each([
    ['en', "we were asked to disable TLS 1.0 but haven't yet"],
    ['en', 'we were told to disable TLS 1.0'],
    ['ja', 'TLS 1.0を無効にしろと言われましたが、まだそうしていません'],
  ] as const)('%s %s: still a request, nothing stored', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(rendered(r)).toMatch(ASKED_TITLE);
  });
});
