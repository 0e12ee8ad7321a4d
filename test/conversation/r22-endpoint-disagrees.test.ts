/**
 * QA round 20 #9 leftover: "The codec accepts tls 1.0 but it's on ce 9.15??" / 「コーデックがTLS1.0を受け付けてるけどCE9.15なのに？」
 * is the user noticing that the endpoint's behaviour and its stated release disagree. Answered with the checks that
 * settle it (what was tested is this endpoint, the version is current: xStatus SystemUnit Software Version), short:
 * not the whole fix again (EN), not "make the endpoint accept TLS 1.0 instead?" (JA). Nothing is recorded.
 */
import { endpointSeenAcceptingTls10 } from '../../src/domain/understand/endpoint-tls-seen';
import { probeResult } from '../fixtures/probe';
import { last, rendered, runIn, talk } from './helpers';

const P = 'TMS 15.9, CE 9.15 on the codec, sql 2016 remote, win 2019';

describe('the endpoint seen accepting TLS 1.0 against a release that refuses it', () => {
  it.each(["The codec accepts tls 1.0 but it's on ce 9.15??", 'wait that one says it accepts tls 1.0 but it\'s on ce 9.15??', 'the endpoint still supports TLS 1.0'])('EN %s', (msg) => {
    const before = last(talk(P)).state;
    const r = last(talk(P, msg));
    const out = rendered(r);
    expect(out).toMatch(/CE 9\.15[^\n]*refuses TLS 1\.0/);
    expect(out).toMatch(/proxy, a load balancer/);
    expect(out).toMatch(/xStatus SystemUnit Software Version/);
    expect(out).not.toMatch(/Steps, in order/);
    expect(out.length).toBeLessThan(1800);
    expect(r.state.facts).toEqual(before.facts);
    expect(r.state.pending).toBe('need-security-level');
  });
  it.each(['コーデックがTLS1.0を受け付けてるけどCE9.15なのに？', 'コーデックはTLS1.0が有効になってる'])('JA %s', (msg) => {
    const r = runIn('ja', [P, msg]);
    const out = rendered(r);
    expect(out).toMatch(/CE 9\.15 は TLS 1\.0 を拒否します/);
    expect(out).toMatch(/xStatus SystemUnit Software Version/);
    expect(out).not.toMatch(/代わりにエンドポイントで TLS 1\.0 を受け付ける/);
    expect(r.state.facts.tlsClaims).toBeUndefined();
  });
  it('a release that accepts TLS 1.0 is no disagreement', () => {
    const out = rendered(last(talk('TMS 15.9, TC 7.3.3 on the codec, sql 2016 remote, win 2019', 'the codec accepts tls 1.0')));
    expect(out).not.toMatch(/Both cannot be right/);
  });
  it('after a probe that saw TLS 1.0 accepted, the probe explains it', () => {
    const probe = probeResult({ protocols: { 'tls1.0': true } });
    const out = rendered(last(talk(P, { kind: 'probe', result: probe }, "wait that one says it accepts tls 1.0 but it's on ce 9.15??")));
    expect(out).toMatch(/probe and the version cannot both be right/);
  });
  it.each([
    'does the codec accept tls 1.0?',
    'can we make the codec accept TLS 1.0?',
    'what if the codec accepts tls 1.0?',
    "the codec doesn't accept TLS 1.0",
    'the codec no longer accepts TLS 1.0',
    'it only speaks tls 1.0 at medium',
    'TLS 1.0 is enabled on the TMS server',
    'the endpoints accept TLS 1.2',
    'コーデックはTLS1.0を受け付けない',
    'コーデックはTLS1.0を受け付けますか？',
    '端末でTLS1.0を有効にする方法は？',
  ])('not such a report: %s', (msg) => {
    expect(endpointSeenAcceptingTls10(msg)).toBe(false);
  });
});
