/**
 * R46B item 1 (QA round 30 M1): 「IIS Crypto の Best Practices を当てた」 is read like "applied IIS Crypto Best Practices"
 * (TLS 1.0 and SSL 3.0 taken as off), and "TMS won't open" / 「TMSが開かなくなった」 after it, with a SQL Server on the TMS
 * server that may lack TLS 1.2 support, leads with what to check on SQL Server (hedged: not said down, so not stated down).
 */
import { tmsWontOpenIn } from '../../src/domain/understand/tms-wont-open';
import { rendered, runIn } from './helpers';

const EN = "TMS 15.6, SX20 TC7.3.21 No HTTPS response. another team applied IIS Crypto best practices and now TMS won't open. SQL 2014 SP1 on the same server, Windows 2012 R2";
const JA = 'TMS 15.6、SX20 TC7.3.21でNo HTTPS response。別チームが IIS Crypto の Best Practices を当てたらTMSが開かなくなった。SQL 2014 SP1が同居、Windows 2012 R2';

/** The reply's text before its first heading (the fix's title). */
const lead = (r: ReturnType<typeof runIn>) => rendered(r).split(/\n={3,}|\n-{3,}/)[0];

describe('IIS Crypto Best Practices, then TMS does not open', () => {
  it.each([
    ['ja', 'TMS 15.6、SX20 TC7.3.21でNo HTTPS response。IIS Crypto の Best Practices を当てました'],
    ['ja', 'TMS 15.6、SX20 TC7.3.21でNo HTTPS response。IIS Crypto でベストプラクティスを当てた'],
    ['ja', 'TMS 15.6、SX20 TC7.3.21でNo HTTPS response。IIS Crypto でベストプラクティスを適用した'],
  ] as const)('%s %s: TLS 1.0 and SSL 3.0 taken as off', (lang, msg) => {
    const c = runIn(lang, [msg]).state.facts.tlsClaims;
    expect(c?.iisCryptoBestPractices).toBe(true);
    expect(c?.tls10).toBe('off');
  });
  it('「当てていません」 is not read as applied', () => {
    expect(runIn('ja', ['TMS 15.6、SX20 TC7.3.21でNo HTTPS response。IIS Crypto の Best Practices は当てていません']).state.facts.tlsClaims?.iisCryptoBestPractices).toBeUndefined();
  });

  it.each([
    ['en', EN, /SQL Server.*MSSQLSERVER/s],
    ['ja', JA, /SQL Server.*MSSQLSERVER/s],
  ] as const)('%s: the SQL check comes before the fix, hedged', (lang, msg, re) => {
    const r = runIn(lang, [msg]);
    const head = lead(r);
    expect(head).toMatch(re);
    expect(head).toMatch(lang === 'en' ? /if .* runs a build without TLS 1\.2 support/ : /対応していなければ/);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
    // the fix is still given after it
    expect(rendered(r)).toMatch(/Medium-High/);
  });

  it('said in a later turn, it answers with the SQL check alone', () => {
    const r = runIn('en', ['TMS 15.6, SX20 TC7.3.21 No HTTPS response. SQL 2008 R2 SP2 local', 'we applied IIS Crypto best practices yesterday', "now TMS won't open"]);
    expect(rendered(r)).toMatch(/check SQL Server first/);
    expect(rendered(r)).toMatch(/TLS 1\.0 back on for Client and Server/);
  });

  it.each([
    ['SQL 2016 local', "TMS 15.6, SX20 TC7.3.21. applied IIS Crypto best practices and TMS won't open. SQL 2016 local"],
    ['remote SQL', "TMS 15.6, SX20 TC7.3.21. applied IIS Crypto best practices and TMS won't open. SQL 2014 on a separate server"],
    ['no hardening', "TMS 15.6, SX20 TC7.3.21, TMS won't open. SQL 2014 SP1 local"],
  ])('not for %s', (_n, msg) => {
    expect(lead(runIn('en', [msg]))).not.toMatch(/check SQL Server first/);
  });

  it('reads only reports', () => {
    expect(tmsWontOpenIn("now TMS won't open")).toBe(true);
    expect(tmsWontOpenIn("we can't open TMS anymore")).toBe(true);
    expect(tmsWontOpenIn('TMSの画面が開けません')).toBe(true);
    expect(tmsWontOpenIn("if TMS won't open, what then?")).toBe(false);
    expect(tmsWontOpenIn("can't open TMS Tools")).toBe(false);
    expect(tmsWontOpenIn('TMSが開かない場合は？')).toBe(false);
    expect(tmsWontOpenIn('the endpoint page does not open')).toBe(false);
  });
});
