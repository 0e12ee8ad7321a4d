/**
 * QA55 #3: one capture, the same client and server:port, a TLS 1.0 hello reset (or refused with alert 70) and then, on a
 * later connection, a TLS 1.2 hello accepted. Hellos pair with the answer on their own connection: the TLS 1.2 hello is
 * not "offered and still refused", and the capture does not show "only TLS 1.0 offered". The verdict: the TLS 1.0 hello
 * was refused (the cause, knowledge.md Symptom), the TLS 1.2 hello accepted (the fix works, knowledge.md Fix 7). EN/JA.
 *
 * Fixtures: qa55/multi.pcap (QA round 55, tcpdump -i lo -s 0 around `openssl s_client -tls1` then `-tls1_2` to a CE-like
 * look-alike on 127.0.0.2:443 that resets TLS 1.0-only hellos; see test/fixtures/evidence/README.md) and
 * tls10-alert-tls12-accepted.pcapng (scripts/make-captures.sh: s_server -no_tls1 -no_tls1_1, alert 70, then TLS 1.2).
 */
import { readEvidenceFile } from '../../src/evidence';
import { findings, rendered } from '../conversation/helpers';
import { chatFile, FIX, SETUP } from './capture-chat';



const STILL_REFUSED = { en: 'TLS 1.2 is offered and still refused', ja: 'TLS 1.2 を提示しても拒否されています' };
const ONLY_TLS10 = { en: 'only TLS 1.0 offered', ja: 'TLS 1.0 しか提示されていません' };
const WORKS = { en: 'The capture shows TLS 1.2 working', ja: 'キャプチャでは TLS 1.2 が動作しています' };
const CAUSE = { en: 'the TLS 1.0 hello refused (the cause)', ja: 'TLS 1.0 の hello が拒否されています（原因）' };

describe('the reader: each hello carries the answer on its own connection', () => {
  it.each(['qa55/multi.pcap', 'tls10-alert-tls12-accepted.pcapng'])('%s', async (file) => {
    const r = await readEvidenceFile(`${FIX}/${file}`);
    if (!r.ok) throw new Error(r.reason.en);
    const hellos = r.reading.observations.filter((o) => o.code.startsWith('capture-clienthello'));
    expect(hellos.map((o) => [o.code, o.answer])).toEqual([
      ['capture-clienthello-tls10-only', file.endsWith('.pcap') ? 'capture-reset-after-clienthello' : 'capture-alert-after-clienthello'],
      ['capture-clienthello-tls12', 'capture-serverhello'],
    ]);
    // Both hellos share one subject (client → server:port): the subject alone cannot pair them.
    expect(new Set(hellos.map((o) => o.subject)).size).toBe(1);
  });
});

describe.each(['en', 'ja'] as const)('%s: TLS 1.0 refused, then TLS 1.2 accepted, in one capture', (lang) => {
  it.each(['qa55/multi.pcap', 'tls10-alert-tls12-accepted.pcapng'])('at Medium-High (%s): the cause before, the fix working after', async (file) => {
    const r = await chatFile(lang, SETUP[lang].mh, file);
    const f = findings(r);
    const out = rendered(r);
    expect(f).not.toContain('evidence-capture-tls12-refused');
    expect(f).not.toContain('evidence-contradicts-level');
    expect(f).toContain('evidence-capture-before-after');
    expect(f).toContain('evidence-capture-fix-verified');
    expect(out).not.toContain(STILL_REFUSED[lang]);
    expect(out).not.toContain(ONLY_TLS10[lang]);
    expect(out).toContain(CAUSE[lang]);
    expect(out).toContain(WORKS[lang]);
  });

  it('with the level not named (Medium assumed): no "still refused", the level is asked', async () => {
    const r = await chatFile(lang, SETUP[lang].none, 'qa55/multi.pcap');
    const f = findings(r);
    expect(f).not.toContain('evidence-capture-tls12-refused');
    expect(f).toContain('evidence-capture-before-after');
    expect(f).toContain('evidence-capture-tls12-at-medium');
    expect(rendered(r)).not.toContain(STILL_REFUSED[lang]);
    expect(rendered(r)).toContain(CAUSE[lang]);
  });
});
