/**
 * FIX62C: QA62's evidence-reading findings, part 1 (/work/wt/qa-report-62.md).
 * 1. IIS Crypto listing: the Server column's TLS 1.0 and SSL 3.0 are read (SQL 2008 R2's outage card), not merged into the Client's;
 *    boxes whose side cannot be told are taken as nothing, with a note saying what to check.
 * 2. TLS 1.0\Server off alone does not say "TMS sends no ClientHello": TMS polling an endpoint is the Client side.
 */
import { checkboxClaims, checkboxObservations } from '../../src/domain/understand/iis-crypto-boxes';
import { findings, rendered, runIn } from './helpers';

const K = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
const VERTICAL = 'Server Protocols\n[ ] SSL 2.0\n[ ] SSL 3.0\n[ ] TLS 1.0\n[ ] TLS 1.1\n[x] TLS 1.2\nClient Protocols\n[ ] SSL 2.0\n[ ] SSL 3.0\n[x] TLS 1.0\n[ ] TLS 1.1\n[x] TLS 1.2';
const SIDE_BY_SIDE = 'Server Protocols        Client Protocols\n[ ] SSL 3.0    [ ] SSL 3.0\n[ ] TLS 1.0   [x] TLS 1.0\n[x] TLS 1.2   [x] TLS 1.2';
const STACKED = 'Server Protocols\nClient Protocols\n[ ] SSL 3.0\n[ ] SSL 3.0\n[ ] TLS 1.0\n[x] TLS 1.0\n[x] TLS 1.2\n[x] TLS 1.2';

describe('FIX62C #1: IIS Crypto Server and Client columns', () => {
  it('the Server column is read on its own: TLS 1.0 and SSL 3.0 off there are observations; the Client\'s TLS 1.0 is not said "on"', () => {
    const obs = checkboxObservations(VERTICAL);
    expect(obs.map((o) => o.code)).toEqual(['schannel-tls10-disabled', 'schannel-ssl3-disabled']);
    expect(obs[0].detail.en).toMatch(/^Schannel TLS 1\.0 Server is turned off/);
    const c = checkboxClaims(VERTICAL);
    expect(c?.tls10).toBeUndefined();
    expect(c?.tls12).toBe('on');
  });
  it.each([
    ['side by side', SIDE_BY_SIDE],
    ['headings stacked', STACKED],
  ])('columns run together (%s): nothing taken, a note says what to check', (_, listing) => {
    expect(checkboxClaims(listing)).toBeNull();
    const obs = checkboxObservations(listing);
    expect(obs.map((o) => o.code)).toEqual(['iis-crypto-sides-unclear']);
    expect(obs[0].detail.en).toMatch(/cannot tell which box is whose/);
    expect(obs[0].detail.ja).toMatch(/どちらの側のものか判断できません/);
  });
  it('a Client list alone reads as before (TLS 1.0 off there: the claim)', () => {
    expect(checkboxClaims('Client Protocols\n[ ] TLS 1.0\n[x] TLS 1.2')).toEqual({ tls10: 'off', tls12: 'on' });
    expect(checkboxObservations('Client Protocols\n[ ] TLS 1.0\n[x] TLS 1.2')).toEqual([]);
  });
  it.each([
    ['en', 'TMS 15.9 on 2012 R2, SQL 2008 R2 SP2 on the TMS server, level Medium, SX80 CE 9.15 No HTTPS response. IIS Crypto shows:\n', /TLS 1\.0 is off, and SQL Server 2008 R2 needs it/, /TLS 1\.0 on \(as you said\)|TLS 1\.0 and SSL 3\.0: leave them as they are/],
    ['ja', 'TMS 15.9、Windows 2012 R2、SQL 2008 R2 SP2 が TMS サーバ上にあります。レベルは Medium、SX80 CE 9.15 で No HTTPS response です。IIS Crypto の画面：\n', /TLS 1\.0 が無効ですが、SQL Server 2008 R2 はそれを必要としています/, /TLS 1\.0 有効（お聞きした内容）|TLS 1\.0 と SSL 3\.0 は現状のままにしてください/],
  ] as const)('%s: SQL 2008 R2 SP2 on the server gets the outage card, and nothing says TLS 1.0 is on', (lang, lead, card, not) => {
    const r = runIn(lang, [lead + VERTICAL]);
    expect(findings(r)).toContain('evidence-tls10-off-sql2008r2');
    const out = rendered(r);
    expect(out).toMatch(card);
    expect(out).not.toMatch(not);
  });
  it('side by side with SQL 2008 R2: the note, and TLS 1.0 neither on nor off', () => {
    const r = runIn('en', ['TMS 15.9 on 2012 R2, SQL 2008 R2 SP2 on the TMS server, level Medium, SX80 CE 9.15 No HTTPS response. IIS Crypto:\n' + SIDE_BY_SIDE]);
    expect(rendered(r)).toMatch(/cannot tell which box is whose/);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
  });
});

describe('FIX62C #2: TLS 1.0\\Server off is not "TMS sends no ClientHello"', () => {
  const reg = `\n[${K}\\TLS 1.0\\Server]\n"Enabled"=dword:00000000\n"DisabledByDefault"=dword:00000001\n[${K}\\TLS 1.0\\Client]\n"Enabled"=dword:00000001\n"DisabledByDefault"=dword:00000000`;
  it.each([
    ['en', 'TMS 15.9 on 2016, SQL 2016 remote, SX80 CE 9.15 No HTTPS response, level Medium.', /TMS then sends no ClientHello/, /does not change what TMS sends: at Medium it still offers TLS 1\.0/],
    ['ja', 'TMS 15.9、Windows 2016、SQL 2016 はリモート、SX80 CE 9.15 で No HTTPS response、レベル Medium です。', /Medium のままでは TMS は ClientHello をまったく送りません/, /Server のキーは TMS が送る内容を変えません/],
  ] as const)('%s: the Server key alone', (lang, lead, wrong, right) => {
    const r = runIn(lang, [lead + reg]);
    expect(findings(r)).toContain('evidence-schannel-tls10-off');
    const out = rendered(r);
    expect(out).not.toMatch(wrong);
    expect(out).toMatch(right);
  });
  it('TLS 1.0\\Client off still says no ClientHello', () => {
    const r = runIn('en', [`TMS 15.9 on 2016, SQL 2016 remote, SX80 CE 9.15 No HTTPS response, level Medium.\n[${K}\\TLS 1.0\\Client]\n"Enabled"=dword:00000000\n"DisabledByDefault"=dword:00000001`]);
    expect(rendered(r)).toMatch(/sends no ClientHello at all/);
  });
});

describe('FIX62C #4: a value cut by the end of the paste is not a value', () => {
  it('xStatus Version cut inside its quotes: not TC 7.3.2; the Name line gives TC 7.3.21; the note asks for the line', () => {
    const r = runIn('en', ['TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX20 No HTTPS response.\n*s SystemUnit Software Name: "s52010tc7_3_21"\n*s SystemUnit Software Version: "TC7.3.2']);
    expect(r.state.facts.endpoint?.semver).toBe('7.3.21');
    const out = rendered(r);
    expect(out).toMatch(/Software Version line looks cut off/);
    expect(out).not.toMatch(/This is not the TLS 1\.0 problem|runs TC 7\.3\.2\b/);
  });
  it('xStatus Version cut and nothing else: no release taken, it is asked (JA note too)', () => {
    const r = runIn('ja', ['TMS 15.9、Windows 2016、SQL 2016 はリモート、レベル Medium、SX20 で No HTTPS response です。\n*s SystemUnit Software Version: "TC7.3.2']);
    expect(r.state.facts.endpoint).toBeUndefined();
    expect(rendered(r)).toMatch(/Software Version の行は途中で切れているようです/);
  });
  it('a whole Version line is read as before', () => {
    const r = runIn('en', ['TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX20 No HTTPS response.\n*s SystemUnit Software Version: "TC7.3.2"']);
    expect(r.state.facts.endpoint?.semver).toBe('7.3.2');
  });
  it('.reg ending in a dword cut short: not "Enabled=0, required"; the note asks for the rest', () => {
    const r = runIn('en', [`TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response.\n[${K}\\TLS 1.2\\Client]\n"DisabledByDefault"=dword:00000000\n"Enabled"=dword:0000`]);
    const out = rendered(r);
    expect(findings(r)).not.toContain('evidence-schannel-tls12-client-off');
    expect(out).not.toMatch(/Enabled=0|required, not a check/);
    expect(out).toMatch(/The \.reg paste looks cut off/);
    const j = rendered(runIn('ja', [`TMS 15.9、Windows 2016、SQL 2016 はリモート、レベル Medium、SX80 CE 9.15 で No HTTPS response です。\n[${K}\\TLS 1.2\\Client]\n"DisabledByDefault"=dword:00000000\n"Enabled"=dword:0000`]));
    expect(j).toMatch(/\.reg の貼り付けは途中で切れているようです/);
  });
  it('a whole dword is read as before (Enabled=0: required)', () => {
    const r = runIn('en', [`TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response.\n[${K}\\TLS 1.2\\Client]\n"DisabledByDefault"=dword:00000000\n"Enabled"=dword:00000000`]);
    expect(findings(r)).toContain('evidence-schannel-tls12-client-off');
  });
});

describe('FIX62C #7: netsh http show sslcert "Disable TLS 1.2 : Set" is not TLS 1.2 off', () => {
  const netsh = '\nnetsh http show sslcert\n\nSSL Certificate bindings:\n-------------------------\n\n    IP:port                      : 0.0.0.0:443\n    Certificate Store Name       : MY\n    Disable HTTP2                : Not Set\n    Disable TLS 1.2              : Set\n    Disable Legacy TLS Versions  : Not Set\n';
  it.each([
    ['en', 'TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response.', /HTTP\.sys option of that inbound binding/, /TLS 1\.2 off \(as you said\)|You say TLS 1\.2 is not enabled/],
    ['ja', 'TMS 15.9、Windows 2016、SQL 2016 はリモート、レベル Medium、SX80 CE 9.15 で No HTTPS response です。', /HTTP\.sys のオプション/, /TLS 1\.2 無効（お聞きした内容）/],
  ] as const)('%s: no TLS 1.2 claim; the flag is said to be an inbound binding option', (lang, lead, said, not) => {
    const r = runIn(lang, [lead + netsh]);
    expect(r.state.facts.tlsClaims?.tls12).toBeUndefined();
    const out = rendered(r);
    expect(out).toMatch(said);
    expect(out).not.toMatch(not);
  });
  it('"we disabled TLS 1.2" in words is still a claim', () => {
    const r = runIn('en', ['TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response. We disabled TLS 1.2 last week.']);
    expect(r.state.facts.tlsClaims?.tls12).toBe('off');
  });
});

describe('FIX62C #8: Medium-High and the pasted TLS 1.2\\Client keys enabled: the reply does not contradict them', () => {
  const reg = `\n[${K}\\TLS 1.2\\Client]\n"Enabled"=dword:00000001\n"DisabledByDefault"=dword:00000000`;
  it.each([
    ['en', 'TMS 15.9 on Windows 2008 R2, SQL 2016 remote, SX80 CE 9.15 No HTTPS response, level Medium-High.', /Raising the level in TMS Tools|The likely gap is Windows: TLS 1\.2 not enabled/, /neither the level nor those keys is the gap/],
    ['ja', 'TMS 15.9、Windows 2008 R2、SQL 2016 はリモート、SX80 CE 9.15 で No HTTPS response、レベルは Medium-High です。', /TMS ツールでのレベル変更|Client 側で TLS 1\.2 が有効になっていない/, /レベルもそのキーも原因ではありません/],
  ] as const)('%s: no "raise the level", no "keys not enabled" guess', (lang, lead, wrong, right) => {
    const r = runIn(lang, [lead + reg]);
    expect(findings(r)).toContain('already-medium-high');
    const out = rendered(r);
    expect(out).not.toMatch(wrong);
    expect(out).toMatch(right);
  });
  it('at Medium the same paste still says the level is what remains', () => {
    const out = rendered(runIn('en', ['TMS 15.9 on Windows 2008 R2, SQL 2016 remote, SX80 CE 9.15 No HTTPS response, level Medium.' + reg]));
    expect(out).toMatch(/Raising the level in TMS Tools/);
  });
});
