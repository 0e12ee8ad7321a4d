/**
 * Helper R20C (QA18 F10): a Schannel value stored as a QWORD is not silently used as if it were the
 * documented DWORD: where its value is used it is marked, and the type line says Schannel may not read it.
 */
import { readEvidenceBuffer } from '../../src/evidence';

describe('a Schannel value stored as a QWORD (QA18 F10)', () => {
  it('where its value is used, it is marked (QWORD), and the type line says Schannel may not read it', async () => {
    const reg = [
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]',
      '"Enabled"="1"',
      '"DisabledByDefault"=hex(b):00,00,00,00,00,00,00,00',
      '',
    ].join('\r\n');
    const r = await readEvidenceBuffer('wrongtype.reg', Buffer.from(reg, 'utf8'));
    if (!r.ok) throw new Error('not read');
    const o = (code: string) => r.reading.observations.find((x) => x.code === code);
    expect(o('schannel-value-wrong-type')?.detail.en).toMatch(/QWORD .*Schannel may not read it/);
    expect(o('schannel-value-wrong-type')?.detail.ja).toContain('読まれない可能性');
    expect(o('schannel-tls12-client-partial')?.detail.en).toContain('DisabledByDefault=0 (QWORD)');
    expect(o('schannel-tls12-client-partial')?.detail.ja).toContain('DisabledByDefault=0 (QWORD)');
  });
});
