/**
 * FIX16D (QA41): evidence files read right, and the SQL 2008 R2 cards say what the facts settle.
 * Real files from QA41 (test/fixtures/evidence/qa41, see the README there).
 */
import { readFileSync } from 'node:fs';
import { diagnose } from '../../src/domain/diagnose';
import { parseEndpoint, parseSql, parseTms, parseWindows } from '../../src/domain/versions';
import type { Facts } from '../../src/domain/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { addReading, type EvidenceSummary, type Observation } from '../../src/evidence/types';

const FIX = `${__dirname}/../fixtures/evidence/qa41`;
const v = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : (undefined as never));

async function read(name: string, opts?: Parameters<typeof readEvidenceBuffer>[2]) {
  const r = await readEvidenceBuffer(name, readFileSync(`${FIX}/${name}`), opts);
  if (!r.ok) throw new Error(r.reason.en);
  return r.reading;
}
async function summary(...names: string[]): Promise<EvidenceSummary> {
  let s: EvidenceSummary | undefined;
  for (const n of names) s = addReading(s, n, await read(n));
  return s!;
}
const obs = (os: Observation[], code: string) => os.find((o) => o.code === code);

const BASE = (sql: string, windows = '2012 R2'): Facts => ({
  tms: v(parseTms('15.13')),
  endpoint: v(parseEndpoint('CE 9.15')),
  sql: v(parseSql(sql)),
  sqlLocation: 'local',
  windows: v(parseWindows(windows)),
  level: 'medium',
});
const card = (f: Facts, code: string) => diagnose(f).findings.find((x) => x.code === code);

describe('#1 SQL 2008 R2 with TLS 1.0 off: the build and the failing case are not overstated', () => {
  it('build unknown, IIS Crypto best practices (SSL 3.0 + TLS 1.0 off): still critical and re-enables TLS 1.0, but says it depends on the build (EN/JA)', async () => {
    const f = card({ ...BASE('2008 R2'), evidence: await summary('06_iiscrypto_bestpractice.reg') }, 'evidence-tls10-off-sql2008r2')!;
    expect(f.severity).toBe('critical');
    expect(f.literal).toContain('TLS 1.0\\Server]');
    const { en, ja } = f.body[0];
    expect(en).not.toMatch(/has no TLS 1\.2 support, so it needs/);
    expect(en).toMatch(/unless its build is 10\.50\.6542\.0 or later \(check with `SELECT @@VERSION`\)/);
    expect(en).toMatch(/SSL 3\.0 is disabled here too, so if the build has no TLS 1\.2 support, this server is in that case/);
    expect(en).toMatch(/Re-enable TLS 1\.0 \(both sides\) until the build is known/);
    expect(ja).not.toMatch(/TLS 1\.2 に対応していないため、TLS 1\.0 を必要とします/);
    expect(ja).toMatch(/10\.50\.6542\.0 以降でない限り/);
  });

  it('only TLS 1.0 Client off, TLS 1.0 Server and SSL 3.0 on (2012 R2): not the critical failing case; says what to check, keeps the re-enable', async () => {
    const f = card({ ...BASE('2008 R2'), evidence: await summary('14_tls10_client_off.reg') }, 'evidence-tls10-off-sql2008r2')!;
    expect(f.severity).not.toBe('critical');
    expect(f.body[0].en).toMatch(/not the case Microsoft names/);
    expect(f.body[0].en).toMatch(/Check that TLS 1\.0\\Server and SSL 3\.0 stay enabled/);
    expect(f.body[0].en).not.toMatch(/this server is in that case/);
    expect(f.body[0].ja).toMatch(/Microsoft が挙げている条件ではありません/);
    expect(f.literal).toContain('TLS 1.0\\Client]');
  });

  it('a known build without TLS 1.2 (2008 R2 SP2) keeps its statement', async () => {
    const f = card({ ...BASE('2008 R2 SP2'), evidence: await summary('06_iiscrypto_bestpractice.reg') }, 'evidence-tls10-off-sql2008r2')!;
    expect(f.severity).toBe('critical');
    expect(f.body[0].en).toMatch(/SQL Server 2008 R2 SP2 on this server has no TLS 1\.2 support, so it needs TLS 1\.0/);
    expect(f.body[0].en).toMatch(/SSL 3\.0 is disabled here too, so this server is in that case/);
  });
});

describe('#2 a 2008 R2 build with TLS 1.2 support and TLS 1.0 off: agrees with the "keep TLS 1.0 on" caveat', () => {
  it('says Microsoft\'s case does not apply, and that the document still wants TLS 1.0 on: check before leaving it off (EN/JA)', async () => {
    const ev = await summary('sqlver_2008r2_6560.txt', '06_iiscrypto_bestpractice.reg');
    const f = card({ ...BASE('2008 R2 SP3 10.50.6560.0'), evidence: ev }, 'evidence-schannel-tls10-off')!;
    expect(f.body[0].en).not.toMatch(/TLS 1\.0 off does not stop it/);
    expect(f.body[0].en).toMatch(/The document still says to keep TLS 1\.0 on for SQL Server 2008 R2/);
    expect(f.body[0].en).toMatch(/check that the SQL service runs/);
    expect(f.body[0].ja).toMatch(/TLS 1\.0 を有効のままにするよう求めています/);
  });

  it('SQL 2016 keeps "supports TLS 1.2, so TLS 1.0 off does not stop it"', async () => {
    const f = card({ ...BASE('2016'), evidence: await summary('06_iiscrypto_bestpractice.reg') }, 'evidence-schannel-tls10-off')!;
    expect(f.body[0].en).toMatch(/supports TLS 1\.2, so TLS 1\.0 off does not stop it/);
  });
});

describe('#3 Get-TlsCipherSuite as a table with columns between Name and Protocols', () => {
  it('counts the TLS 1.2 rows (not "no TLS 1.2 suite")', async () => {
    const r = await read('get_tlsciphersuite_ft.txt');
    expect(obs(r.observations, 'windows-tls12-suites-absent')).toBeUndefined();
    expect(obs(r.observations, 'windows-tls12-suites-present')?.detail.en).toMatch(/lists 2 cipher suites for TLS 1\.2/);
  });

  it('a TLS 1.3-only table is still read as no TLS 1.2 suite; rows it cannot read do not make "absent"', async () => {
    const only13 = await readEvidenceBuffer('s.txt', Buffer.from('Name                    Protocols\n----                    ---------\nTLS_AES_256_GCM_SHA384  {772}\n'));
    if (!only13.ok) throw new Error('not read');
    expect(obs(only13.reading.observations, 'windows-tls12-suites-absent')).toBeDefined();
    const mixed = await readEvidenceBuffer('s.txt', Buffer.from('TLS_AES_256_GCM_SHA384  {772}\nTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384  ECDH  AES  771, 65277\n'));
    if (!mixed.ok) throw new Error('not read');
    expect(obs(mixed.reading.observations, 'windows-tls12-suites-absent')).toBeUndefined();
  });
});

describe('#4 Schannel keys under ControlSet001 or HKEY_CURRENT_USER', () => {
  it('ControlSet001 only: read (TLS 1.2 Client off), with a note naming the set', async () => {
    const r = await read('19_controlset001_only.reg');
    expect(obs(r.observations, 'reg-nothing-relevant')).toBeUndefined();
    expect(obs(r.observations, 'schannel-tls12-client-disabled')).toBeDefined();
    expect(obs(r.observations, 'schannel-controlset-keys')?.detail.en).toMatch(/HKLM\\SYSTEM\\ControlSet001, not CurrentControlSet/);
    expect(obs(r.observations, 'schannel-controlset-keys')?.detail.ja).toContain('ControlSet001');
  });

  it('HKEY_CURRENT_USER: said that Schannel does not read them there', async () => {
    const r = await read('12_hkcu.reg');
    expect(obs(r.observations, 'schannel-hkcu-keys')?.detail.en).toMatch(/HKEY_CURRENT_USER, where Schannel does not read them/);
    expect(obs(r.observations, 'schannel-tls12-client-enabled')).toBeUndefined();
  });

  it('CurrentControlSet and ControlSet001 both: CurrentControlSet wins, no note', async () => {
    const reg = [
      'Windows Registry Editor Version 5.00', '',
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]', '"Enabled"=dword:00000001', '"DisabledByDefault"=dword:00000000', '',
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]', '"Enabled"=dword:00000000', '"DisabledByDefault"=dword:00000000', '',
    ].join('\r\n');
    const r = await readEvidenceBuffer('c.reg', Buffer.from(reg));
    if (!r.ok) throw new Error('not read');
    expect(obs(r.reading.observations, 'schannel-tls12-client-disabled')).toBeDefined();
    expect(obs(r.reading.observations, 'schannel-controlset-keys')).toBeUndefined();
  });
});

describe('#7 #8 #9 damaged captures, a closed port, a bare reg query error', () => {
  it.each(['caplen_huge.pcap', 'shb_len_huge.pcapng', 'trunc_10bytes.pcap'])('%s: the main line says the file is damaged, not "stopped early?"', async (name) => {
    const r = await read(name);
    const o = obs(r.observations, 'capture-unreadable')!;
    expect(o.detail.en).toMatch(/No packet could be read from this capture: the file is damaged or cut short/);
    expect(o.detail.en).not.toMatch(/Was it stopped/);
    expect(o.detail.ja).toMatch(/壊れている/);
  });

  it('an unreadable link type is said on the main line', async () => {
    const o = obs((await read('linktype_user0.pcap')).observations, 'capture-unreadable')!;
    expect(o.detail.en).toMatch(/link type I cannot read/);
    expect(o.detail.en).not.toMatch(/Was it stopped/);
  });

  it('SYN answered by a RST: the port is closed, not silence', async () => {
    const o = obs((await read('rst_closed.pcap', { tlsPorts: [44307] })).observations, 'capture-tcp-not-completed')!;
    expect(o.detail.en).toMatch(/answered with a RST, so the port is closed/);
    expect(o.detail.ja).toMatch(/RST が返された/);
  });

  it('reg query\'s "unable to find" alone: the key is missing, the Windows default applies by release, paste the command line', async () => {
    const r = await read('regquery_err.txt');
    expect(obs(r.observations, 'text-nothing-relevant')).toBeUndefined();
    const o = obs(r.observations, 'schannel-key-missing')!;
    expect(o.detail.en).toMatch(/does not exist/);
    expect(o.detail.en).toMatch(/TLS 1\.2 is on by default from Windows Server 2012 and off on 2008 R2/);
    expect(o.detail.en).toMatch(/paste the reg query command line/);
    // Not read as "no Schannel keys at all" (that would drop the registry step).
    expect(obs(r.observations, 'schannel-keys-absent')).toBeUndefined();
  });
});
