/**
 * QA round 20, finding 1: "we also have 2 MXPs, those are managed over http", 「MXPはHTTPで管理してます」: HTTP said of
 * OTHER devices keeps the TLS 1.0 verdict for the failing CE codecs (knowledge.md "Symptom": only an endpoint managed
 * over plain HTTP escapes the error) and adds a note (HTTP-managed devices are not touched; Medium-High takes
 * Telnet/SNMP: "Caveats - Telnet and SNMP"). HTTP said of the endpoints themselves keeps today's "HTTP only" reading.
 */
import { extractFacts } from '../../src/domain/extract';
import { last, rendered, runIn, talk } from './helpers';

const EN = 'TMS 15.12, CE 9.15, win 2016, sql 2016 local';
const JA = 'TMS15.12 / CE9.15 / Win2016 / SQL2016同居 / レベルはもうMedium-Highです';

describe('#1 HTTP said of other devices does not flip the verdict', () => {
  it.each([
    'we also have 2 MXPs, those are managed over http',
    'the polycoms use http, not telnet',
    'we have 2 MXPs. They are managed over plain http.',
    'some old ones are on http only',
    'the others use plain http',
    'we use http for the polycoms',
    'MXP endpoints are managed over http',
  ])('EN %s', (msg) => {
    const r = last(talk(EN, msg));
    const out = rendered(r);
    expect(r.state.facts.https).toBeUndefined();
    expect(out).not.toMatch(/not the TLS 1\.0 problem/);
    expect(out).not.toMatch(/· managed over HTTP/);
    expect(out).toMatch(/That is about them only/);
    expect(out).toMatch(/What Medium-High takes away is Telnet and SNMP/);
  });

  it('JA: 「あ、MXPはHTTPで管理してます」 at Medium-High keeps the verdict and adds the note', () => {
    const r = runIn('ja', [JA, 'MXP残ってるけど大丈夫？', 'あ、MXPはHTTPで管理してます']);
    const out = rendered(r);
    expect(r.state.facts.https).toBeUndefined();
    expect(out).not.toMatch(/TLS 1\.0 の問題ではありません/);
    expect(out).not.toMatch(/、HTTP で管理/);
    expect(out).toMatch(/これはその機器だけの話です/);
    expect(out).toMatch(/Medium-High で使えなくなるのは Telnet と SNMP です/);
  });

  it.each(['ポリコムはHTTP経由です', '他の機器はHTTPで管理してます', '古い端末はHTTPで管理'])('JA %s', (msg) => {
    const r = runIn('ja', [JA, msg]);
    expect(r.state.facts.https).toBeUndefined();
    expect(rendered(r)).not.toMatch(/TLS 1\.0 の問題ではありません/);
  });

  // Negatives: the failing endpoints themselves on HTTP keep today's reading.
  it.each([
    'TMS talks to the codecs over http only',
    'all our endpoints are managed over HTTP',
    'the endpoints are managed over http',
    "it's managed over http",
    'the MXPs are on telnet. the codecs are managed over http',
  ])('about the endpoints themselves: %s', (msg) => {
    const r = last(talk(EN, msg));
    expect(r.state.facts.https).toBe(false);
    expect(rendered(r)).not.toMatch(/That is about them only/);
  });
  it.each(['端末はHTTPで管理しています', 'CE9.15の端末、HTTPで管理'])('JA about the endpoints themselves: %s', (msg) => {
    expect(runIn('ja', [JA, msg]).state.facts.https).toBe(false);
  });
  it('a first message with the release and HTTP keeps "managed over HTTP"', () => {
    expect(extractFacts('TMS 15.12, CE 9.15, managed over http').facts.https).toBe(false);
  });
  it('HTTPS said of the MXPs still counts (raised-failing reads it)', () => {
    const ex = extractFacts('the MXPs fail with No HTTPS response, they are managed over HTTPS');
    expect(ex.facts.https).toBe(true);
    expect(ex.othersOverHttp).toBeUndefined();
  });
});
