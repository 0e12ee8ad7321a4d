/**
 * R54 §3: "TMS won't open" after IIS Crypto's Best Practices, SQL on the TMS server not said running: asked for the fix
 * files in a later turn, the chat says first what the kit says first (check SQL Server, check-tls.cmd before
 * enable-tls12.reg). Before, the stored "won't open" claim was dropped by the state guard on the next turn, so the
 * answer (and a kit built then) described enable-tls12.reg first with no SQL check.
 */
import { buildFixKit } from '../../src/fixkit';
import { rendered, runIn } from './helpers';

const EN = "TMS 15.6, SX20 TC7.3.21 No HTTPS response. another team applied IIS Crypto best practices and now TMS won't open. SQL 2014 SP1 on the same server, Windows 2012 R2";
const JA = 'TMS 15.6、SX20 TC7.3.21 で No HTTPS response。別チームが IIS Crypto の Best Practices を当てたらTMSが開かなくなった。SQL 2014 SP1 が同じサーバー、Windows 2012 R2';

describe('fix files asked after "TMS won\'t open"', () => {
  it.each([
    ['en', EN, 'give me the fix files', /FIRST, before importing anything/],
    ['ja', JA, '修正ファイルをください', /最初に（何もインポートしないうちに）/],
  ] as const)('%s: the SQL check and check-tls.cmd come before enable-tls12.reg', (lang, ticket, ask, first) => {
    const r = runIn(lang, [ticket, ask]);
    const out = rendered(r).split(/\n/).filter((l) => l.trim()).join('\n');
    const sqlAt = out.search(first);
    expect(sqlAt).toBeGreaterThanOrEqual(0);
    const cmd = out.indexOf('check-tls.cmd', sqlAt + 1);
    const reg = out.indexOf('enable-tls12.reg');
    expect(sqlAt).toBeLessThan(reg);
    // In the files' own paragraph, check-tls.cmd is named before enable-tls12.reg.
    const para = out.split('\n').find((l) => /TMS 15\.6/.test(l) && l.includes('enable-tls12.reg'))!;
    expect(para.indexOf('check-tls.cmd')).toBeLessThan(para.indexOf('enable-tls12.reg'));
    expect(cmd).toBeGreaterThan(0);
  });

  it('the claim survives a later turn, so a kit built then still leads with the check', () => {
    const r = runIn('en', [EN, 'is a reboot needed?']);
    expect(r.state.facts.tlsClaims?.tmsWontOpen).toBe(true);
    const kit = buildFixKit({ facts: r.state.facts, lang: 'en' });
    if (!kit.ok) throw new Error('no kit');
    expect(kit.files[0]!.name).toBe('check-tls.cmd');
  });

  it('without "won\'t open" the files are described as before', () => {
    const r = runIn('en', ['TMS 15.6, SX20 TC7.3.21 No HTTPS response. SQL 2016 on the same server, Windows 2012 R2, level Medium', 'give me the fix files']);
    const out = rendered(r);
    expect(out).not.toMatch(/FIRST, before importing anything/);
    expect(out).toMatch(/enable-tls12\.reg sets TLS 1\.2/);
  });
});
