/**
 * R44C (QA round 29 R5): 「TLS 1.0を無効にしてもらえたので、確認しています」 reports a change someone made: 「してもらえた/してもらった/
 * してくれた」 are past, so TLS 1.0 is stored off (not answered as the request 'may TLS 1.0 be turned off too?').
 * 「してもらえますか」「してくれと言われました」 stay requests.
 */
import { runIn } from './helpers';

const J = 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQLは2016でTMSサーバ上、Windows Server 2016です';

describe('R44C: JA change done by someone else', () => {
  it.each(['TLS 1.0を無効にしてもらえたので、確認しています', 'TLS 1.0を無効にしてもらったので、確認しています', 'TLS 1.0を無効にしてくれたので、確認しています'])('%s: TLS 1.0 off stored', (msg) => {
    const r = runIn('ja', [J, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
    expect(r.route).not.toBe('catalogue');
  });

  it.each(['TLS 1.0を無効にしてもらえますか', 'TLS 1.0を無効にしてくれと言われました'])('%s: still a request, nothing stored', (msg) => {
    expect(runIn('ja', [J, msg]).state.facts.tlsClaims?.tls10).toBeUndefined();
  });
});
