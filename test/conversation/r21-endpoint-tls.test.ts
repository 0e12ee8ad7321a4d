/**
 * QA round 20, finding 9: "the codec accepts tls 1.0 but it's on ce 9.15??" (often after a probe) is the endpoint's TLS,
 * not the TMS server's Schannel claim "TLS 1.0 on (as you said)"; real server claims still count.
 */
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { last, rendered, runIn, talk } from './helpers';

describe('#9 the endpoint accepting TLS 1.0 is not the TMS server claim "TLS 1.0 on"', () => {
  const P = 'TMS 15.9, CE 9.15 on the codec, sql 2016 remote, win 2019';
  it.each(['the codec accepts tls 1.0 but it\'s on ce 9.15??', "wait that one says it accepts tls 1.0 but it's on ce 9.15??", 'the codecs have TLS 1.0 disabled'])('EN %s', (msg) => {
    const r = last(talk(P, msg));
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(rendered(r)).not.toMatch(/TLS 1\.0 (?:on|off) \(as you said\)/);
  });
  it.each(['コーデックがTLS1.0を受け付けてるけどCE9.15なのに？', 'コーデックはTLS1.0が有効になってる'])('JA %s', (msg) => {
    const r = runIn('ja', [P, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
  });
  it('"it\'s on CE 9.15" after a protocol is no state of it', () => {
    expect(readTlsClaims('TLS 1.0 was the problem, it is on CE 9.15').tls10).toBeUndefined();
  });
  // Real server claims keep working.
  it.each([
    ['TLS 1.0 is enabled on the TMS server', 'tls10', 'on'],
    ['we disabled TLS 1.0 with IIS Crypto', 'tls10', 'off'],
    ['TLS 1.0 was enabled, but IIS Crypto later disabled it', 'tls10', 'off'],
    ["TLS 1.2 was enabled, it's on again", 'tls12', 'on'],
    ['the endpoints fail, so we disabled TLS 1.0 on the server', 'tls10', 'off'],
    ['端末がエラーなのでサーバでTLS1.0を無効にしました', 'tls10', 'off'],
    ['TLS 1.0 on the server is enabled, the codec refuses it', 'tls10', 'on'],
    ['TLS1.0は有効のままです', 'tls10', 'on'],
  ] as const)('server claim: %s', (msg, key, value) => {
    expect(readTlsClaims(msg)[key]).toBe(value);
    expect(last(talk(P, msg)).state.facts.tlsClaims?.[key]).toBe(value);
  });
});
