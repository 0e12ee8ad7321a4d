/**
 * FIX10D item 3: units that still accept TLS 1.0 said to fail too after hardening (fix10b, QA36 #5): the note was on the first
 * turn only; turn 2 said "This is the TLS 1.0 problem … The endpoint resets the connection". Now kept (facts.hardeningAllFail):
 * later answers lead with checking TLS 1.0 on the TMS server (Medium then sends no ClientHello at all, knowledge.md), and the
 * cause is said both ways. Not said twice when the answer comes in the same turn; not at Medium-High; EN and JA.
 */
import { findings, rendered, runIn } from './helpers';

const EN1 = 'TMS 15.9: every system shows no https response, including old SX20s on TC 7.3.3 that were never upgraded, and the new ones on ce9.15. started after GPO hardening';
const JA1 = 'TMS 15.9です。GPOでセキュリティ強化をしてから、アップグレードしていないTC 7.3.3のSX20も含め、ce9.15の新しい機器もすべてNo HTTPS responseになりました';

describe('r68: the hardening note stays on later turns', () => {
  it('EN: turn 2 leads with the TLS 1.0 check, not "This is the TLS 1.0 problem" nor "The endpoint resets the connection"', () => {
    const r = runIn('en', [EN1, 'sql is remote, windows 2019']);
    expect(r.state.facts.hardeningAllFail).toEqual(['TC 7.3.3']);
    expect(findings(r)[0]).toBe('hardening-tls10-client-suspected');
    const out = rendered(r);
    expect(out).not.toMatch(/This is the TLS 1\.0 problem: here is the fix/);
    expect(out).not.toMatch(/The endpoint resets the connection/);
    expect(out).toMatch(/Check TLS 1\.0 on the TMS server first: units that still accept TLS 1\.0 fail too/);
    expect(out).toMatch(/TLS 1\.0\\Client/);
    expect(out).toMatch(/sends no ClientHello at all/);
    expect(r.replies.find((x) => x.summary)?.summary?.headline).not.toMatch(/TLS 1\.0 problem/);
  });

  it('JA', () => {
    const out = rendered(runIn('ja', [JA1, 'SQLは別サーバ、Windows 2019']));
    expect(out).toMatch(/まず TMS サーバの TLS 1\.0 を確認してください/);
    expect(out).toMatch(/ClientHello をまったく送らない/);
    expect(out).not.toMatch(/TLS 1\.0 の問題です/);
  });

  it('answer in the same turn: the note is said once', () => {
    const out = rendered(runIn('en', [`${EN1}. sql is remote, windows 2019`]));
    expect(out.match(/TC 7\.3\.3 still accepts TLS 1\.0/g)).toHaveLength(1);
  });

  it('at Medium-High the Medium explanation is not given', () => {
    const r = runIn('en', [EN1, 'sql is remote, windows 2019, level is medium-high already']);
    expect(findings(r)).not.toContain('hardening-tls10-client-suspected');
  });

  it('without hardening, or with the older units working, nothing is kept', () => {
    expect(runIn('en', ['TMS 15.9: every system shows no https response, including old SX20s on TC 7.3.3 and the new ones on ce9.15', 'sql is remote, windows 2019']).state.facts.hardeningAllFail).toBeUndefined();
    expect(runIn('en', ['TMS 15.9: the SX20s on TC 7.3.3 work fine, only the new ones on ce9.15 show no https response since GPO hardening', 'sql is remote, windows 2019']).state.facts.hardeningAllFail).toBeUndefined();
  });
});
