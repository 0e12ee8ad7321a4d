/**
 * QA59 #8: "the browser works, so it can't be TLS, right?" with "No HTTPS response" already said: the doubt is answered (a browser
 * offers TLS 1.2+, TMS at Medium only TLS 1.0: a working browser fits this problem; a capture or a probe settles it; what would
 * make it not this problem), not "That does not change my previous answer" nor a card about TMS's own web interface.
 */
import { browserWorksTmsFailsIn } from '../../src/domain/understand/browser-works';
import { runIn, runText } from './helpers';

const B = { en: 'TMS 15.13 at Medium, Win 2019, SQL 2019 remote. SX80s on ce9.15.3 show No HTTPS response', ja: 'TMS 15.13（Medium）、Windows 2019、SQL 2019 は別サーバー。ce9.15.3 の SX80 が No HTTPS response です' } as const;

describe('QA59 #8: a browser that works, as a doubt', () => {
  it.each([
    ['en', 'The web UI of the codec works over HTTPS in a browser, so it can\'t be a TLS problem, right?', /does not rule it out; it fits this problem/],
    ['en', 'the codec\'s web page opens fine in a browser from the TMS server', /does not rule it out/],
    ['en', 'I can open https://codec in Chrome on my laptop, so HTTPS works on the codec', /does not rule it out/],
    ['ja', 'ブラウザで開けるのでコーデック側の HTTPS は問題ないと思います。TLS の問題ではないですよね？', /この問題を否定するものではなく/],
  ] as const)('%s %j', (lang, msg, re) => {
    const r = runIn(lang, [B[lang], msg]);
    expect(r.route).toBe('browser-works');
    const { text } = runText(lang, [B[lang], msg]);
    expect(text).toMatch(re);
    expect(text).toMatch(/capture|キャプチャ/);
  });

  it.each([
    // Without the symptom held, or TMS's own web interface, or the browser failing too: not read.
    ['The web UI of the codec works over HTTPS in a browser', false],
    ['I can log in to TMS from the browser', true],
    ['the codec does not open in the browser either', true],
    ['the codec opens in the browser over http only, https fails too', true],
  ] as const)('%j (symptom held: %s) is not read', (msg, held) => {
    expect(browserWorksTmsFailsIn(msg, held)).toBe(false);
  });
});
