/**
 * FIX11 item 3: the hardening note (facts.hardeningAllFail) was never cleared. Now cleared, with a 'Noted' line, when a later
 * message or paste shows the TLS 1.0 Client key on, the older units are said to work after all, or the hardening is said not
 * to have touched TLS 1.0; kept for a question, a denial, the Server side alone, or a paste showing it off. EN and JA.
 */
import { findings, rendered, runIn } from './helpers';

const EN1 = 'TMS 15.9: every system shows no https response, including old SX20s on TC 7.3.3 that were never upgraded, and the new ones on ce9.15. started after GPO hardening';
const JA1 = 'TMS 15.9です。GPOでセキュリティ強化をしてから、アップグレードしていないTC 7.3.3のSX20も含め、ce9.15の新しい機器もすべてNo HTTPS responseになりました';
const KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client';
const pasteOf = (enabled: number, dbd: number) => [KEY, `    Enabled    REG_DWORD    0x${enabled}`, `    DisabledByDefault    REG_DWORD    0x${dbd}`].join('\n');

describe('r69: the hardening note is cleared when TLS 1.0 is said or shown on', () => {
  it.each([
    ['en', 'TLS 1.0 is still enabled on the TMS server'],
    ['en', 'the TLS 1.0 client key is Enabled=1, DisabledByDefault=0'],
    ['en', pasteOf(1, 0)],
    ['en', 'sorry, the older units work after all'],
    ['en', 'the hardening did not touch TLS 1.0'],
    ['en', 'the GPO left TLS 1.0 alone'],
    ['ja', '古い機器は正常に動いていました'],
    ['ja', 'TC 7.3.3は問題ありませんでした'],
    ['ja', 'GPOではTLS 1.0は変更していません'],
    ['ja', 'TLS 1.0のClientキーはEnabled=1、DisabledByDefault=0です'],
  ] as const)('%s: %s', (lang, msg) => {
    const r = runIn(lang, [lang === 'en' ? EN1 : JA1, 'sql is remote, windows 2019', msg]);
    expect(r.state.facts.hardeningAllFail).toBeUndefined();
    expect(findings(r)).not.toContain('hardening-tls10-client-suspected');
    expect(rendered(r)).toMatch(lang === 'en' ? /Noted: nothing now points to TLS 1\.0 being off/ : /TLS 1\.0 が無効になっていると考える理由はなくなった/);
  });

  it.each([
    ['en', 'the older units still don\'t work'],
    ['en', 'does the GPO touch TLS 1.0?'],
    ['en', 'TLS 1.0 Server key is enabled'],
    ['en', pasteOf(0, 1)],
    ['ja', '古い機器はまだ動いていません'],
  ] as const)('%s: kept: %s', (lang, msg) => {
    const r = runIn(lang, [lang === 'en' ? EN1 : JA1, 'sql is remote, windows 2019', msg]);
    expect(r.state.facts.hardeningAllFail).toEqual(['TC 7.3.3']);
  });
});
