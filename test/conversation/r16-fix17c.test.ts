/**
 * QA43 #1, #2, #4: tms-doctor probe's own output pasted back (or read with `evidence`) is the tool's what-if wording,
 * never the user's level, TLS settings or certificates. The lines are made with the formatter itself (no sockets).
 */
import { formatProbeText } from '../../src/probe/report';
import type { ProbeResult } from '../../src/probe/types';
import { readPastedText } from '../../src/evidence/text';
import { isProbeOutputLine } from '../../src/probe/output-read';
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { rendered, runIn } from './helpers';

const result: ProbeResult = {
  target: '127.0.0.1:35535',
  address: '127.0.0.1',
  port: 35535,
  reachable: true,
  tls: true,
  protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': true, 'tls1.2': true, 'tls1.3': false },
  tms: { medium: false, mediumHigh: true },
  certificate: {
    subject: 'CN=codec.sim.local', issuer: 'CN=codec.sim.local', subjectAltNames: [], validFrom: '2026-01-01T00:00:00.000Z',
    validTo: '2027-01-01T00:00:00.000Z', keyType: 'RSA', keyBits: 2048, signatureAlgorithm: 'sha256WithRSAEncryption',
    selfSigned: true, expired: false, fingerprint256: 'AA:BB',
  },
  error: null,
  durationMs: 19,
  detail: { 'tls1.0': 'connection reset after the TLS 1.0 ClientHello' },
};
const out = formatProbeText(result).split('\n');
const line = (start: string) => out.find((l) => l.trim().startsWith(start))!;
const SETUP = 'TMS 15.2.1, codecs on CE 9.15.3, SQL 2014 SP2, Windows Server 2016, Communication Security Medium';

describe('probe output pasted into the chat (QA43 #1, #2)', () => {
  it.each([['TMS at High'], ['TLS 1.0 refused: TMS at Medium'], ['TLS 1.0  ']])('"%s…" leaves the level at Medium', (start) => {
    const r = runIn('en', [SETUP, line(start)]);
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).not.toMatch(/does not look like/);
    expect(r.state.facts.tlsClaims?.untrustedCerts ?? null).toBeNull();
    expect(r.state.facts.tlsClaims?.tls12 ?? null).toBeNull();
    expect(rendered(r)).not.toMatch(/level High|level Medium-High|TLS 1\.2 on \(as you said\)/);
  });
  it('"TMS at Medium (TLS 1.0 only): fails" does not undo the user\'s Medium-High', () => {
    const r = runIn('en', [SETUP.replace('Medium', 'Medium-High'), line('TMS at Medium (')]);
    expect(r.state.facts.level).toBe('medium-high');
    expect(rendered(r)).not.toMatch(/Updated: level/);
  });
  it('a lone pasted line is said to be the probe\'s output, in the conversation\'s language, and nothing is recorded', () => {
    const en = runIn('en', [SETUP, line('TMS at High')]);
    expect(rendered(en)).toMatch(/tms-doctor's own probe output/);
    const ja = runIn('ja', ['TMS 15.2.1、エンドポイントは CE 9.15.3、SQL 2014 SP2、Windows Server 2016、Communication Security は Medium です', line('TMS at High')]);
    expect(rendered(ja)).toMatch(/プローブ出力/);
    expect(ja.state.lang).toBe('ja');
    expect(ja.state.facts.level).toBe('medium');
  });
  it('quoted inside the user\'s own line, the verdict sets neither the level, TLS 1.2 nor where SQL runs', () => {
    const r = runIn('en', [SETUP, `the probe said: ${line('TLS 1.0 refused: TMS at Medium')}`]);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.tls12 ?? null).toBeNull();
    expect(r.state.facts.sqlLocation ?? null).toBeNull();
  });
  it('the fix keeps the Medium-High step after the whole table is pasted', () => {
    const r = runIn('en', [SETUP, out.join('\n')]);
    expect(r.state.facts.level).toBe('medium');
  });
  it('a user\'s own words still count', () => {
    expect(isProbeOutputLine('we are at High now')).toBe(false);
    expect(isProbeOutputLine('TLS 1.0 refused by the codec')).toBe(false);
    expect(isProbeOutputLine('TMS at Medium-High now, still failing')).toBe(false);
    expect(runIn('en', [SETUP, 'we raised it to Medium-High']).state.facts.level).toBe('medium-high');
  });
});

describe('probe output read as evidence (QA43 #4)', () => {
  it('says it is the probe\'s output and states the TLS 1.0 / 1.2 verdict per target, not the TLS 1.3 alert', () => {
    const r = readPastedText(out.join('\n'));
    const text = r.observations.map((o) => o.detail.en).join('\n');
    expect(text).toMatch(/tms-doctor's own probe output/);
    expect(text).toMatch(/127\.0\.0\.1:35535: TLS 1\.0 refused, TLS 1\.2 accepted/);
    expect(text).not.toMatch(/alert 70/);
    expect(r.observations[0].detail.ja).toMatch(/プローブ出力/);
  });
});

describe('"why then?" after a probe that accepts TLS 1.0 lists what to look at (QA43 #5)', () => {
  const accepts: ProbeResult = { ...result, target: '127.0.0.1:46051', protocols: { ...result.protocols, 'tls1.0': true }, tms: { medium: true, mediumHigh: true }, certificate: null };
  const run = (lang: 'en' | 'ja', msgs: (string | ProbeResult)[]): TurnResult => {
    let st: ConversationState = freshState(lang);
    let r!: TurnResult;
    for (const m of msgs) {
      r = step(st, typeof m === 'string' ? { kind: 'text', text: m } : { kind: 'probe', result: m });
      st = r.state;
    }
    return r;
  };
  it.each([
    ['en', ['TMS 15.2.1 shows No HTTPS response for a codec after upgrade. SQL 2012 SP4, Windows Server 2012 R2, level is Medium', accepts, 'so is it the TLS thing?', 'why would it show No HTTPS response then?'], /Look at these instead:/],
    ['ja', ['TMS 15.2.1 でコーデックが No HTTPS response になります。SQL 2012 SP4、Windows Server 2012 R2、レベルは Medium です', accepts, 'では TLS の問題ですか？', 'ではなぜ No HTTPS response になるのですか？'], /次の点を確認してください。/],
  ] as const)('%s: the lead-in is followed by its list', (lang, msgs, lead) => {
    const r = run(lang, [...msgs]);
    const blocks = r.replies.flatMap((x) => x.blocks);
    const at = blocks.findIndex((b) => b.type === 'paragraph' && lead.test(b.text));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(blocks[at + 1]?.type).toBe('bullets');
  });
});
