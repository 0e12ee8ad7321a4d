/**
 * R44C (QA round 29 §3): "No HTTPS response cleared after Force Refresh." says it works (closed); "did not clear",
 * "hasn't gone away", 「消えません」「消えない」 say it still fails (the still-failing route), not a failed answer to the open
 * question. A question (「…消えないですか？」) is not a report.
 */
import { runIn } from './helpers';

const P = 'TMS 15.9 shows No HTTPS response after endpoints went to CE 9.15';

describe('R44C: cleared, or not cleared', () => {
  it('cleared after Force Refresh: closed as working', () => {
    expect(runIn('en', [P, 'No HTTPS response cleared after Force Refresh.']).route).toBe('closing');
  });

  it.each([
    ['en', 'The error did not clear.'],
    ['en', 'No HTTPS response did not clear after Force Refresh.'],
    ['en', "The error hasn't gone away."],
    ['en', "It hasn't gone away."],
    ['ja', '消えません'],
    ['ja', '消えない'],
    ['ja', 'エラーが消えません'],
  ] as const)('%s %s: still failing', (lang, msg) => {
    expect(runIn(lang, [P, msg]).route).toBe('intent-still-failing');
  });

  it.each(['TLS 1.0を無効にしても消えないですか？', '消えないようにするには？'])('%s: not a report', (msg) => {
    expect(runIn('ja', [P, msg]).route).not.toBe('intent-still-failing');
  });
});
