/**
 * REV35 #8: a .reg asked for that turns TLS 1.2 on and TLS 1.0 off (Windows Server 2008 R2, SQL Server 2008 R2 on the TMS server)
 * recorded "TLS 1.2 on" (the registry step, required on 2008 R2, became a check) and gave no warning about TLS 1.0 off with SQL
 * 2008 R2 (EN: not understood). A request records nothing: the "can TLS 1.0 be turned off too?" answer comes first, then the files.
 */
import { rendered, runIn } from './helpers';

const F8 = 'TMS 15.2, SX20 on TC 7.3.21 shows No HTTPS response, Windows Server 2008 R2, SQL Server 2008 R2 on the TMS server';

describe('REV35 #8: the .reg for TLS 1.2 on and TLS 1.0 off, asked for', () => {
  it.each([
    ['ja', 'TLS 1.2 を有効にして TLS 1.0 を無効にする reg をください', /いいえ。SQL Server 2008 R2 は TMS サーバ上で動いており、TLS 1\.0 を必要とします/],
    ['ja', 'TLS 1.0 を無効にして TLS 1.2 を有効にするレジストリファイルがほしいです', /TLS 1\.0 を必要とします/],
    ['en', 'send me the reg to enable TLS 1.2 and disable TLS 1.0', /No\. SQL Server 2008 R2 runs on the TMS server and needs TLS 1\.0/],
    ['en', 'can I have a reg file that disables TLS 1.0 and enables TLS 1.2?', /needs TLS 1\.0/],
  ] as const)('%s: %s', (lang, q, warning) => {
    const r = runIn(lang, [F8, q]);
    expect(r.state.facts.tlsClaims?.tls12).toBeUndefined();
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    const out = rendered(r);
    expect(out).toMatch(warning);
    expect(out).toMatch(lang === 'en' ? /Fix files/ : /修正ファイル/);
    // The warning comes before the files.
    expect(out.search(warning)).toBeLessThan(out.search(lang === 'en' ? /Fix files/ : /修正ファイル/));
  });

  it.each([
    "the reg to enable TLS 1.2 and disable TLS 1.0 didn't work",
    'we imported the reg to enable TLS 1.2 and disable TLS 1.0',
    'TLS 1.2 is already enabled, send me the reg to disable TLS 1.0',
  ])('not a request for it: %s', (q) => {
    expect(runIn('en', [F8, q]).route).not.toBe('tls12-reg');
  });
});
