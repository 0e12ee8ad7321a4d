/**
 * FIX19F (REV11 #1 #4 #5 #6): a question naming a probed address that also states facts keeps the facts; the kept
 * probe list holds slim records under a size cap (old states with whole results shrink on load); "which it accepts"
 * only when TLS 1.2 was accepted; an address refusing TLS 1.0-1.2 points at the endpoint's MinimumTLSVersion first.
 * Probe results are built in memory (127.0.0.1 only); nothing is probed.
 */
import { step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';
import { PROBES_KEPT_JSON } from '../../src/domain/probes-kept';
import { probeResult } from '../fixtures/probe';
import { chatWith, probeAt, rendered } from './helpers';

const at = probeAt;
const FIRST = { en: 'TMS 15.2.1 No HTTPS response on CE 9.15 codecs, SQL 2014 SP2, Windows 2016, Medium', ja: 'TMS 15.2.1 で CE 9.15 のコーデックが No HTTPS response、SQL 2014 SP2、Windows 2016、レベルは Medium です' };

const run = (lang: 'en' | 'ja', msgs: (string | IncomingMessage)[], from: ConversationState | null = null) => chatWith(FIRST[lang], msgs, from);

const bigCert = () => ({
  subject: 'CN=' + 'x'.repeat(200),
  issuer: 'CN=' + 'y'.repeat(200),
  subjectAltNames: Array.from({ length: 100 }, (_, i) => `DNS:${'a'.repeat(190)}${i}.example.invalid`),
  validFrom: '2020-01-01T00:00:00Z',
  validTo: '2021-01-01T00:00:00Z',
  keyType: 'RSA',
  keyBits: 2048,
  signatureAlgorithm: 'sha256WithRSAEncryption',
  selfSigned: true,
  expired: true,
  fingerprint256: 'AB'.repeat(32),
});

describe('#1 a question naming a probed address does not drop the facts said with it', () => {
  const cases = {
    en: ['We set Medium-High and rebooted the TMS server. What did the probe of 127.0.0.1:8443 show?', 'so 127.0.0.1:8443 is on CE 8.0 and we set Medium-High and rebooted, is 127.0.0.1:8443 ok now?'],
    ja: ['127.0.0.1:8443 は CE 9.15 で、Medium-High にして再起動しました。127.0.0.1:8443 はどうですか'],
  };
  it('en: the level is stored', () => {
    const { r, s } = run('en', [at(8443), cases.en[0]]);
    expect(s.facts.level).toBe('medium-high');
    expect(r.route).not.toBe('probes-asked');
  });
  it('en: a status said in the same sentence as the question is recorded', () => {
    const { r, s } = run('en', [at(8443), cases.en[1]]);
    expect(r.route).not.toBe('probes-asked');
    expect(s.facts.level).toBe('medium-high');
    expect(s.facts.tlsClaims?.restarted).toBe(true);
  });
  it('ja: the level is stored', () => {
    const { r, s } = run('ja', [at(8443), cases.ja[0]]);
    expect(s.facts.level).toBe('medium-high');
    expect(r.route).not.toBe('probes-asked');
  });
  it('the address question alone is still answered from the kept probe (en, ja)', () => {
    expect(run('en', [at(8443), at(9443), 'what did the probe of 127.0.0.1:8443 show?']).r.route).toBe('probes-asked');
    expect(run('ja', [at(8443), at(9443), '127.0.0.1:8443 のプローブ結果はどうでしたか？']).r.route).toBe('probes-asked');
    expect(run('en', [at(8443), at(9443), 'are 127.0.0.1:8443 and 127.0.0.1:9443 refusing TLS 1.0 too?']).r.route).toBe('probes-asked');
  });
});

describe('#4 kept probes are slim and bounded', () => {
  it('16 probes with huge certificates keep the list under the cap; the latest keeps its whole result', () => {
    const ports = Array.from({ length: 16 }, (_, i) => 40000 + i);
    const { s } = run('en', ports.map((p) => at(p, { target: `127.0.0.1:${p}`, certificate: bigCert() })));
    expect(JSON.stringify(s.facts.probes).length).toBeLessThanOrEqual(PROBES_KEPT_JSON);
    expect(JSON.stringify(s).length).toBeLessThan(90_000);
    expect(s.facts.probe?.certificate?.subjectAltNames).toHaveLength(100);
    expect(s.facts.probes![s.facts.probes!.length - 1].port).toBe(40015);
  });
  it('long addresses: the oldest are dropped and counted to stay under the cap', () => {
    const ports = Array.from({ length: 16 }, (_, i) => 41000 + i);
    const { s, text } = run('en', [...ports.map((p) => at(p, { error: 'e'.repeat(1000) }))]);
    expect(JSON.stringify(s.facts.probes).length).toBeLessThanOrEqual(PROBES_KEPT_JSON);
    expect(s.facts.probes!.length).toBeLessThan(16);
    expect(s.facts.probesDropped).toBe(16 - s.facts.probes!.length);
    expect(text).toContain('older');
  });
  it('an old state with whole results in `probes` loads slim, and still answers', () => {
    const { s } = run('en', [at(8443)]);
    const old = JSON.parse(JSON.stringify(s)) as ConversationState;
    old.facts.probes = Array.from({ length: 16 }, (_, i) => probeResult({ target: `127.0.0.1:${42000 + i}`, port: 42000 + i, certificate: bigCert() }));
    old.facts.probe = old.facts.probes[15];
    expect(JSON.stringify(old).length).toBeGreaterThan(350_000);
    const r = step(old, { kind: 'text', text: 'what did the probe of 127.0.0.1:42015 show?' });
    expect(r.route).toBe('probes-asked');
    expect(JSON.stringify(r.state.facts.probes).length).toBeLessThanOrEqual(PROBES_KEPT_JSON);
    expect(rendered(r)).toContain('127.0.0.1:42015');
  });
});

describe('#5 "which it accepts" only when TLS 1.2 was accepted', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: TLS 1.1 only`, () => {
      const q = lang === 'en' ? 'what did the probe of 127.0.0.1:8443 show?' : '127.0.0.1:8443 のプローブ結果はどうでしたか？';
      const { text } = run(lang, [at(8443, { protocols: { 'tls1.2': false } }), at(9443), q]);
      expect(text).not.toContain(lang === 'en' ? 'which it accepts' : 'これは受け付けられます');
      expect(text).toContain(lang === 'en' ? 'did not accept TLS 1.2' : 'TLS 1.2 を受け付けませんでした');
      expect(text).toContain(lang === 'en' ? 'should offer TLS 1.2' : '提示するはず');
    });
    it(`${lang}: TLS 1.2 accepted still says so`, () => {
      const q = lang === 'en' ? 'what did the probe of 127.0.0.1:8443 show?' : '127.0.0.1:8443 のプローブ結果はどうでしたか？';
      const { text } = run(lang, [at(8443), at(9443), q]);
      expect(text).toContain(lang === 'en' ? 'which it accepts' : 'TLS 1.2 を受け付けました');
    });
  }
});

describe('#6 refusing TLS 1.0, 1.1 and 1.2: the endpoint minimum first', () => {
  const ONLY13 = (port: number) => at(port, { protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': false, 'tls1.2': false, 'tls1.3': true } });
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: "why is this one different?" names MinimumTLSVersion before HTTP Mode and proxies, softened`, () => {
      const q = lang === 'en' ? 'why is this one different?' : 'なぜこれだけ違うのですか';
      const { text } = run(lang, [at(8443), ONLY13(9443), q]);
      const min = text.indexOf('MinimumTLSVersion');
      expect(min).toBeGreaterThan(-1);
      expect(min).toBeLessThan(text.indexOf('HTTP Mode'));
      expect(text).toContain('TLS 1.3');
      expect(text).not.toContain(lang === 'en' ? 'no TC or CE release' : 'TC や CE のリリースはこのような動作をせず');
    });
    it(`${lang}: the per-address line too`, () => {
      const q = lang === 'en' ? 'what did the probe of 127.0.0.1:9443 show?' : '127.0.0.1:9443 のプローブ結果はどうでしたか？';
      const { text } = run(lang, [at(8443), ONLY13(9443), q]);
      expect(text).toContain('MinimumTLSVersion');
      expect(text).not.toContain(lang === 'en' ? 'No TC or CE release' : 'TC や CE のリリースはこのような動作をせず');
    });
  }
});
