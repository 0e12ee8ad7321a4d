/**
 * R44D #3 (QA round 29 §4): "Please make sure TLS 1.2 is enabled for Client.", 「TLS 1.2を有効にしてください」 are requests (no
 * state stored) and are answered: TLS 1.2 Client is what the registry step of the fix sets or verifies.
 */
import { rendered, runIn } from './helpers';

const F16 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const F08 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2008 R2 on the TMS server, Windows 2008 R2';
const JA16 = 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQLは2016でTMSサーバ上、Windows Server 2016です';

describe('R44D: a request for TLS 1.2 on the Client side', () => {
  it.each([
    ['en', F16, 'Please make sure TLS 1.2 is enabled for Client.'],
    ['en', F08, 'Please make sure TLS 1.2 is enabled for Client.'],
    ['en', F16, 'Please enable TLS 1.2'],
    ['ja', JA16, 'TLS 1.2を有効にしてください'],
  ] as const)('%s %s / %s: the registry step named, Client subkey, Medium-High still needed', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.tlsClaims?.tls12).toBeUndefined();
    const out = rendered(r);
    expect(out).toMatch(/TLS 1\.2\\Client/);
    expect(out).toMatch(/registry step|レジストリの手順/);
    expect(out).toMatch(/Medium-High/);
    expect(out).not.toMatch(/could not find|読み取れませんでした/);
  });

  it('on Windows Server 2008 R2 the keys are required, on 2016 a check', () => {
    expect(rendered(runIn('en', [F08, 'Please make sure TLS 1.2 is enabled for Client.']))).toMatch(/off by default/);
    expect(rendered(runIn('en', [F16, 'Please make sure TLS 1.2 is enabled for Client.']))).toMatch(/a check, not a change/);
  });

  it('a statement of the state is still stored, not answered as a request', () => {
    const r = runIn('en', [F16, 'TLS 1.2 is enabled for Client.']);
    expect(r.state.facts.tlsClaims?.tls12).toBe('on');
    expect(rendered(r)).not.toMatch(/registry step of the fix/);
  });
});
