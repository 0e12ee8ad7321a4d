/**
 * QA60 #7, #8: pastes in the forms people send in Slack. A paste quoted with Slack's quote marker ("> " on each line, `&gt;`
 * decoded by the adapter) and a registry paste with a lead-in on its first line ("here you go: HKEY_LOCAL_MACHINE\…",
 * 「ここです：」, "output: Get-ItemProperty …") are read as the same paste without them. A quoted question above its answer
 * and a quoted sentence of prose read as before.
 */
import { readPastedText } from '../../src/evidence/text';
import { last, rendered, runIn, talk } from './helpers';

const BASE = 'TMS 15.13 at Medium, Windows Server 2019, SQL 2019 on a separate server. After upgrading our SX80s to ce9.15.3 TMS shows No HTTPS response';
const BASE_JA = 'TMS 15.13（Medium）、Windows Server 2019、SQL 2019 は別サーバーです。SX80 を ce9.15.3 に上げたら TMS で No HTTPS response になりました';
const KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';
const REG_OFF = [KEY, '    DisabledByDefault    REG_DWORD    0x1', '    Enabled    REG_DWORD    0x0'].join('\n');
const PS_OFF = ['Get-ItemProperty "HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client"', '', 'DisabledByDefault : 1', 'Enabled : 0'].join('\n');
const TLS1_OK = [
  '$ openssl s_client -connect 10.1.2.3:443 -tls1',
  'CONNECTED(00000003)',
  'depth=0 CN = sx80.example.com',
  'verify error:num=18:self signed certificate',
  'verify return:1',
  '---',
  'New, TLSv1, Cipher is ECDHE-RSA-AES256-SHA',
  'SSL-Session:',
  '    Protocol  : TLSv1',
  '    Cipher    : ECDHE-RSA-AES256-SHA',
  '    Verify return code: 18 (self signed certificate)',
  '---',
].join('\n');
const quoted = (s: string): string =>
  s
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
const codes = (s: string): string[] => readPastedText(s).observations.map((o) => o.code);

describe('QA60 #7: Slack-quoted pastes', () => {
  it('a quoted reg query reads as the same paste unquoted', () => {
    expect(codes(quoted(REG_OFF))).toContain('schannel-tls12-client-disabled');
    const out = rendered(runIn('en', [BASE, quoted(REG_OFF)]));
    expect(out).toMatch(/The registry keeps TLS 1\.2 off for TMS/);
    expect(out).not.toMatch(/I could not find a version or a request/);
  });

  it('a quoted openssl -tls1 success keeps the contradiction with CE 9.15.3 (not "Could it be the certificate?")', () => {
    const r = runIn('en', [BASE, quoted(TLS1_OK)]);
    expect(r.route).not.toBe('catalogue');
    expect(rendered(r)).toMatch(/contradicts the endpoint version you gave/);
  });

  it('JA: a quoted reg query', () => {
    const out = rendered(runIn('ja', [BASE_JA, quoted(REG_OFF)]));
    expect(out).toMatch(/レジストリで TMS の TLS 1\.2 が無効になっています/);
    expect(codes(quoted(REG_OFF))).toEqual(codes(REG_OFF));
  });

  it('a quoted question above its answer, and a quoted line of prose, read as before', () => {
    const r = last(talk('TMS shows No HTTPS response for SX80s on ce9.15.3', '> Which TMS version?\n15.9'));
    expect(r.state.facts.tms).toMatchObject({ semver: '15.9.0' });
    expect(codes('> we disabled TLS 1.0 on the TMS server last week')).toEqual(codes('we disabled TLS 1.0 on the TMS server last week'));
  });
});

describe('QA60 #8: a lead-in on the first line of a registry paste', () => {
  const leads = ['here you go: ', 'reg query output: ', 'TMS server: ', 'and this is from node 2: '];
  it.each(leads)('EN "%s" + reg query', (lead) => {
    expect(codes(lead + REG_OFF)).toContain('schannel-tls12-client-disabled');
    expect(rendered(runIn('en', [BASE, lead + REG_OFF]))).toMatch(/The registry keeps TLS 1\.2 off for TMS/);
  });

  it('EN "output: Get-ItemProperty …"', () => {
    expect(codes(`output: ${PS_OFF}`)).toContain('schannel-tls12-client-disabled');
  });

  it('JA 「ここです: 」 and 「ここです：」', () => {
    for (const lead of ['ここです: ', 'ここです：']) {
      expect(codes(lead + REG_OFF)).toContain('schannel-tls12-client-disabled');
      expect(rendered(runIn('ja', [BASE_JA, lead + REG_OFF]))).toMatch(/レジストリで TMS の TLS 1\.2 が無効になっています/);
    }
  });

  it("PowerShell's padded \"Name : HKEY_…\" property line is not a lead-in", () => {
    const item = [`Name     : ${KEY}`, 'Property : {DisabledByDefault, Enabled}'].join('\n');
    expect(codes(item)).toEqual([]);
  });
});
