/**
 * FIX17A (QA41 #5 #6, FIX16D leftover): a damaged capture is not "no polling seen"; a TLS 1.0 re-enable is a registry change
 * with its own restart; a .reg that deletes values is a change script, not the server's state. EN and JA.
 * Files from QA41 (test/fixtures/evidence/qa41).
 */
import { readFileSync } from 'node:fs';
import { diagnose } from '../../src/domain/diagnose';
import { parseEndpoint, parseSql, parseTms, parseWindows } from '../../src/domain/versions';
import type { Facts } from '../../src/domain/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { addReading, type EvidenceReading, type EvidenceSummary } from '../../src/evidence/types';

const FIX = `${__dirname}/../fixtures/evidence/qa41`;
const v = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : (undefined as never));

async function readBuf(name: string, buf: Buffer): Promise<EvidenceReading> {
  const r = await readEvidenceBuffer(name, buf);
  if (!r.ok) throw new Error(r.reason.en);
  return r.reading;
}
const read = (name: string) => readBuf(name, readFileSync(`${FIX}/${name}`));
const summaryOf = (name: string, r: EvidenceReading): EvidenceSummary => addReading(undefined, name, r);
const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);

const BASE = (over: Partial<Facts> = {}): Facts => ({
  tms: v(parseTms('15.13')),
  endpoint: v(parseEndpoint('CE 9.15')),
  windows: v(parseWindows('2012 R2')),
  level: 'medium',
  ...over,
});
const findingCodes = (f: Facts) => diagnose(f).findings.map((x) => x.code);
const card = (f: Facts, code: string) => diagnose(f).findings.find((x) => x.code === code);
const body = (f: Facts, code: string, lang: 'en' | 'ja') => (card(f, code)?.body ?? []).map((b) => b[lang]).join('\n');

/** A pcap with its global header only (Ethernet): readable, and holding no packet. */
const HEADER_ONLY_PCAP = Buffer.from('d4c3b2a1020004000000000000000000ffff000001000000', 'hex');

describe('FIX16D leftover: a capture no packet could be read from is not "the capture shows no polling"', () => {
  it.each(['caplen_huge.pcap', 'linktype_user0.pcap', 'shb_len_huge.pcapng'])('%s at Medium-High: no "does not show TMS polling" card', async (name) => {
    const r = await read(name);
    expect(codes(r)).toContain('capture-unreadable');
    const f = BASE({ level: 'medium-high', sql: v(parseSql('2017')), sqlLocation: 'remote', evidence: summaryOf(name, r) });
    expect(findingCodes(f)).not.toContain('evidence-capture-no-polling-seen');
  });

  it('guard: a readable capture that holds no packet still gets the card', async () => {
    const r = await readBuf('empty.pcap', HEADER_ONLY_PCAP);
    expect(codes(r)).toContain('capture-no-tls-traffic');
    const f = BASE({ level: 'medium-high', sql: v(parseSql('2017')), sqlLocation: 'remote', evidence: summaryOf('empty.pcap', r) });
    expect(findingCodes(f)).toContain('evidence-capture-no-polling-seen');
  });
});

describe('QA41 #6: TLS 1.0 to re-enable for SQL 2008 R2 is a registry change, not "no change, no reboot"', () => {
  it.each(['06_iiscrypto_bestpractice.reg', '14_tls10_client_off.reg'])('%s: the TLS 1.2 card does not say the registry needs no change; the TLS 1.0 card says when it takes effect (EN/JA)', async (name) => {
    const f = BASE({ sql: v(parseSql('2008 R2')), sqlLocation: 'local', evidence: summaryOf(name, await read(name)) });
    const on = body(f, 'evidence-schannel-tls12-client-on', 'en');
    expect(on).toMatch(/TLS 1\.2 keys need no change/);
    expect(on).not.toMatch(/registry needs no change|no reboot/);
    expect(body(f, 'evidence-schannel-tls12-client-on', 'ja')).not.toMatch(/レジストリ変更は不要で、そのための再起動も要りません/);
    const t10 = card(f, 'evidence-tls10-off-sql2008r2')!;
    expect(t10.literal).toBeDefined();
    expect(body(f, 'evidence-tls10-off-sql2008r2', 'en')).toMatch(/reboot the server once after the import \(the sure way; restarting every process that uses Schannel, the SQL Server service, IIS and the TMS services, may be enough\)/);
    expect(body(f, 'evidence-tls10-off-sql2008r2', 'ja')).toMatch(/インポートの後にサーバを 1 回再起動し（確実な方法。Schannel を使うすべてのプロセス、つまり SQL Server のサービス、IIS、TMS のサービスの再起動で足りる場合もあります）/);
  });

  it('guard: TLS 1.2 on and TLS 1.0 off with a remote SQL 2017: the registry still needs no change', async () => {
    const f = BASE({ sql: v(parseSql('2017')), sqlLocation: 'remote', evidence: summaryOf('06_iiscrypto_bestpractice.reg', await read('06_iiscrypto_bestpractice.reg')) });
    expect(body(f, 'evidence-schannel-tls12-client-on', 'en')).toMatch(/registry needs no change for this fix, and no reboot for it/);
  });
});

describe('QA41 #5: a .reg that deletes values or keys is a change script, not the server\'s state', () => {
  it('07_deletions.reg: said to be a change script (EN/JA), no "the Windows defaults apply" reading', async () => {
    const r = await read('07_deletions.reg');
    const o = r.observations.find((x) => x.code === 'reg-change-script')!;
    expect(o.detail.en).toMatch(/change script/);
    expect(o.detail.en).toMatch(/TLS 1\.2\\Client: "Enabled"=-/);
    expect(o.detail.ja).toMatch(/変更スクリプト/);
    expect(codes(r)).not.toContain('schannel-keys-absent');
    const f = BASE({ sql: v(parseSql('2008 R2')), sqlLocation: 'local', evidence: summaryOf('07_deletions.reg', r) });
    expect(findingCodes(f)).not.toContain('evidence-schannel-defaults');
  });

  it('a value deletion alone ("Enabled"=-) is a change script too', async () => {
    const text = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]\r\n"Enabled"=-\r\n';
    const r = await readBuf('del.reg', Buffer.from(text, 'utf8'));
    expect(codes(r)).toContain('reg-change-script');
    expect(codes(r)).not.toContain('schannel-keys-absent');
  });

  it('guard: an export of an empty Protocols key still reads as "the defaults apply"', async () => {
    const text = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols]\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 2.0]\r\n\r\n';
    const r = await readBuf('empty.reg', Buffer.from(text, 'utf8'));
    expect(codes(r)).toContain('schannel-keys-absent');
    expect(codes(r)).not.toContain('reg-change-script');
  });
});
