/**
 * R44D #2 (QA round 29 §3): an instruction to keep TLS 1.0 ("Don't disable TLS 1.0, the customer said so", "Keep TLS 1.0
 * enabled", 「TLS 1.0は有効のままにしてください」「TLS 1.0は無効にしないでください」) is a request: it stores no state, and gets
 * the "leave TLS 1.0 on, add TLS 1.2" answer. A statement of the state ("We don't disable TLS 1.0 on our servers",
 * 「TLS 1.0は有効のままです」) is still stored.
 */
import { rendered, runIn } from './helpers';

const F16 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const JA16 = 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQLは2016でTMSサーバ上、Windows Server 2016です';
const KEEP_TITLE = /Leave TLS 1\.0 on and add TLS 1\.2\?|TLS 1\.0 はそのままで TLS 1\.2 を追加するか/;

describe('R44D: a request to keep TLS 1.0', () => {
  it.each([
    ['en', F16, "Don't disable TLS 1.0, the customer said so."],
    ['en', F16, 'Keep TLS 1.0 enabled.'],
    ['en', F16, 'Do not turn off TLS 1.0 please'],
    ['ja', JA16, 'TLS 1.0は有効のままにしてください'],
    ['ja', JA16, 'TLS 1.0は無効にしないでください'],
  ] as const)('%s %s / %s: no state stored, answered as the request', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    const out = rendered(r);
    expect(out).toMatch(KEEP_TITLE);
    expect(out).not.toMatch(/Can TLS 1\.0 be turned off too\?|could not find|読み取れませんでした/);
  });

  it.each([
    ['en', F16, "We don't disable TLS 1.0 on our servers."],
    ['en', F16, 'TLS 1.0 is not disabled.'],
    ['ja', JA16, 'TLS 1.0は有効のままです'],
  ] as const)('%s %s / %s: a state, still stored', (lang, setup, msg) => {
    expect(runIn(lang, [setup, msg]).state.facts.tlsClaims?.tls10).toBe('on');
  });
});
