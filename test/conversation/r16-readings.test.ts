/**
 * QA round 18 (evidence readers with real files), brief M: what the readings say.
 * #3 a capture where the endpoint ACCEPTS TLS 1.0 while the release named refuses it: the contradiction is said and asked;
 * #5 36871 for a TLS *server* credential is not explained as TMS polling (no "no ClientHello" story for it);
 * #6 TLS 1.0\Client with only DisabledByDefault=1: values shown, the consequence worded as a check;
 * smaller: reg query error for one key names that key; NUL runs in a text file are skipped; CR-only line ends are line ends.
 * Fixtures under test/fixtures/evidence/r18 were made by QA 18 on loopback (/tmp/qa18).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TurnResult } from '../../src/conversation/types';
import type { EvidenceReading } from '../../src/evidence/types';
import { readEvidenceBuffer, readEvidenceFile } from '../../src/evidence';
import { readPastedText } from '../../src/evidence/text';
import { blocksText, findings, last, talk } from './helpers';

const fx = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'r18', name));

async function reading(name: string): Promise<EvidenceReading> {
  const r = await readEvidenceBuffer(name, fx(name));
  if (!r.ok) throw new Error(`${name}: ${r.reason.en}`);
  return r.reading;
}

async function withEvidence(name: string, ...before: string[]): Promise<TurnResult> {
  const ev = await reading(name);
  return last(talk(...before, { kind: 'evidence', source: name, reading: ev }));
}

const textOf = (r: TurnResult) => blocksText(r.replies);
const card = (r: TurnResult) => r.replies.find((x) => x.summary)?.summary;

describe('#3 a capture with TLS 1.0 accepted, against the endpoint release named', () => {
  it('CE 9.15 named: the contradiction is a warning that asks which system the capture is of', async () => {
    const r = await withEvidence('p443-srv10ok-cli10.pcap', 'TMS 15.9, endpoints CE 9.15');
    // The SQL question is still open: the findings ride as blocks, the contradiction as a warning.
    const warnings = r.replies.flatMap((x) => x.blocks).filter((b) => b.type === 'warning').map((b) => JSON.stringify(b));
    expect(warnings.some((w) => w.includes('TLS 1.0 accepted, which does not fit the endpoint version you gave'))).toBe(true);
    const t = textOf(r);
    expect(t).toMatch(/TLS 1\.0 is not what fails/);
    expect(t).toMatch(/Which system is at the server address in the capture/);
    // Not for a TLS 1.0 hello that the endpoint reset.
    const pasted = readPastedText('1 0.000 10.0.0.5 → 10.0.0.9 TLSv1 Client Hello\n2 0.001 10.0.0.9 → 10.0.0.5 TCP 443 → 50123 [RST, ACK] Seq=1 Ack=1');
    expect(pasted.observations.length).toBeGreaterThan(0);
    const reset = last(talk('TMS 15.9, endpoints CE 9.15', { kind: 'evidence', source: 'paste', reading: pasted }));
    expect(textOf(reset)).not.toContain('TLS 1.0 accepted');
  });

  it('with every fact given, the answer leads with the contradiction (heading and card), as for a scan', async () => {
    const r = await withEvidence('p443-srv10ok-cli10.pcap', 'TMS 15.9, endpoints CE 9.15, SQL 2016 on the TMS server, Windows 2016');
    expect(textOf(r)).toContain('What you pasted contradicts the endpoint version you gave');
    const c = card(r)!;
    expect(c.verdict).toBe('check');
    expect(c.next).toMatch(/which system is at the server address in the capture/i);
  });

  it('JA: the same warning in Japanese', async () => {
    const r = await withEvidence('p443-srv10ok-cli10.pcap', 'TMS 15.9、エンドポイントは CE 9.15');
    const t = textOf(r);
    expect(t).toContain('キャプチャでは TLS 1.0 が受け入れられており');
    expect(t).toContain('キャプチャのサーバのアドレスにあるのはどのシステム');
  });

  it('a release that accepts TLS 1.0 named (TC 7.3.5): said as information (this connection works at TLS 1.0), not as a contradiction', async () => {
    const r = await withEvidence('p443-srv10ok-cli10.pcap', 'TMS 15.9, SQL 2016 on the TMS server, Windows 2016, endpoints TC 7.3.5');
    const d = r.replies.find((x) => x.diagnosis)!.diagnosis!;
    const f = d.findings.find((x) => x.code === 'evidence-capture-accepts-tls10');
    expect(f?.severity).toBe('info');
    expect(textOf(r)).toMatch(/this connection works at TLS 1\.0|that connection works at TLS 1\.0/);
    expect(textOf(r)).not.toContain('What you pasted contradicts');
  });
});

describe('#5 Schannel 36871 names its side', () => {
  it('a TLS server credential: read as something serving HTTPS here, without the "no ClientHello" explanation', async () => {
    const ev = await reading('en-36871-server.txt');
    const o = ev.observations.find((x) => x.code === 'event-schannel-error')!;
    expect(o.detail.en).toContain('TLS server credential');
    expect(o.detail.en).toContain('not TMS polling an endpoint');
    const t = textOf(last(talk({ kind: 'evidence', source: 'en-36871-server.txt', reading: ev })));
    expect(t).toMatch(/The 36871 here is for a TLS server credential/);
    expect(t).not.toMatch(/sends no ClientHello at all/);
  });

  it('JA event text (サーバーの資格情報): the same side, in Japanese', () => {
    const ev = readPastedText('エラー\t2026/12/03 9:14:02\tSchannel\t36871\tなし\t"TLS サーバーの資格情報の作成中に致命的なエラーが発生しました。内部エラー状態は 10013 です。"');
    const o = ev.observations.find((x) => x.code === 'event-schannel-error')!;
    expect(o.detail.ja).toContain('サーバの資格情報');
    const r = last(talk('TMS 15.9、エンドポイントは CE 9.15', { kind: 'evidence', source: 'ev.txt', reading: ev }));
    expect(textOf(r)).toContain('ここでの 36871 は TLS のサーバの資格情報');
  });

  it('a TLS client credential keeps the TMS explanation (TLS 1.0 off: no ClientHello at Medium)', () => {
    const ev = readPastedText('Error\t12/3/2026 9:14:02 AM\tSchannel\t36871\tNone\t"A fatal error occurred while creating a TLS client credential. The internal error state is 10013."');
    expect(ev.observations[0].detail.en).toContain('TLS client credential');
    const t = textOf(last(talk({ kind: 'evidence', source: 'ev.txt', reading: ev })));
    expect(t).toMatch(/sends no ClientHello at all/);
    expect(t).not.toMatch(/The 36871 here is for a TLS server credential/);
  });
});

describe('#6 TLS 1.0\\Client with only DisabledByDefault=1', () => {
  it('the reading shows the values and does not assert that TMS sends no ClientHello', async () => {
    const ev = await reading('tls10-client-dbd1-only.reg');
    const o = ev.observations.find((x) => x.code.startsWith('schannel-tls10'))!;
    expect(o.code).toBe('schannel-tls10-not-default');
    expect(o.detail.en).toContain('DisabledByDefault=1');
    expect(o.detail.en).toContain('Enabled not set');
    expect(o.detail.en).not.toMatch(/sends no ClientHello at all/);
    expect(o.detail.ja).toContain('DisabledByDefault=1');
  });

  it('the conversation says what to check, and does not take TLS 1.0 as off (no "your evidence shows it")', async () => {
    const r = await withEvidence('tls10-client-dbd1-only.reg', 'TMS 15.9 at Medium, endpoints TC 7.3.5, SQL 2016 on another server, Windows 2016');
    expect(findings(r)).toContain('evidence-schannel-tls10-not-default');
    expect(findings(r)).not.toContain('evidence-schannel-tls10-off');
    const t = textOf(r);
    expect(t).toMatch(/is not certain/);
    expect(t).not.toMatch(/your evidence shows it/);
  });

  it('Enabled=0 stays "turned off", now with its values', () => {
    const ev = readPastedText('Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client]\r\n"Enabled"=dword:00000000\r\n');
    const o = ev.observations.find((x) => x.code === 'schannel-tls10-disabled')!;
    expect(o.detail.en).toMatch(/TLS 1\.0 Client is turned off \(Enabled=0\): at Medium, TMS then sends no ClientHello at all/);
  });
});

describe('smaller reading fixes', () => {
  it('reg query of TLS 1.2\\Client answered "unable to find": that key is named, not "no SCHANNEL\\Protocols keys"', async () => {
    const ev = await reading('rq-tls12-client-missing.txt');
    const o = ev.observations.find((x) => x.code === 'schannel-keys-absent')!;
    expect(o.detail.en).toContain('TLS 1.2\\Client does not exist');
    expect(o.detail.en).not.toMatch(/no SCHANNEL\\Protocols keys/);
    const t = textOf(last(talk({ kind: 'evidence', source: 'rq.txt', reading: ev })));
    expect(t).not.toContain('No Schannel protocol keys');
  });

  it('a text file with a run of NUL bytes is read (with a note), not rejected', async () => {
    const r = await readEvidenceBuffer('nuls.txt', fx('nuls.txt'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.reading.facts.sql?.year).toBe(2012);
    expect((r.reading.problems ?? []).map((p) => p.en).join(' ')).toMatch(/NUL bytes/);
    // Binary and all-zero files are still not taken for text.
    const bin = Buffer.alloc(4096);
    for (let i = 0; i < bin.length; i++) bin[i] = (i * 7919 + 13) % 256;
    expect((await readEvidenceBuffer('x.bin', bin)).ok).toBe(false);
    expect((await readEvidenceBuffer('z.bin', Buffer.alloc(4096))).ok).toBe(false);
  });

  it('systeminfo with CR-only line ends is read like the LF version', async () => {
    const r = await readEvidenceBuffer('si-cr.txt', fx('si-cr.txt'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.reading.facts.windows?.year).toBe(2016);
  });
});

describe('wording of readings (QA round 18 F10)', () => {
  it('the ERRORLOG startup banner is labelled as the error log, not as SELECT @@VERSION', () => {
    const log = readPastedText('2026-12-03 09:20:10.51 Server      Microsoft SQL Server 2008 R2 (SP3) - 10.50.6000.34 (X64) \n2026-12-03 09:20:10.51 Server      Error: 26011, Severity: 16, State: 1.\n');
    const o = log.observations.find((x) => x.code === 'fact-sql-version')!;
    expect(o.detail.en).toMatch(/^SQL Server's error log/);
    expect(o.detail.ja).toMatch(/^SQL Server のエラーログ/);
    const q = readPastedText('Microsoft SQL Server 2008 R2 (SP3) - 10.50.6000.34 (X64)   Aug 19 2014 12:21:34   Copyright (c) Microsoft Corporation  Standard Edition (64-bit) on Windows NT 6.1 <X64> (Build 7601: Service Pack 1)');
    expect(q.observations.find((x) => x.code === 'fact-sql-version')!.detail.en).toMatch(/^SELECT @@VERSION:/);
  });

  it('a Schannel event\'s alert number carries its name (48: unknown_ca)', () => {
    const ev = readPastedText('Log Name:      System\nSource:        Schannel\nEvent ID:      36887\nDescription:\nA fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 48.\n');
    expect(ev.observations.find((x) => x.code === 'event-schannel-error')!.detail.en).toContain('alert 48, unknown_ca');
  });

  it('a text file over the size limit gets log advice, a capture keeps the capture filter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'r18-'));
    writeFileSync(join(dir, 'app.log'), 'x'.repeat(3000));
    writeFileSync(join(dir, 'cap.pcap'), Buffer.alloc(3000));
    const log = await readEvidenceFile(join(dir, 'app.log'), { maxBytes: 1000 });
    const cap = await readEvidenceFile(join(dir, 'cap.pcap'), { maxBytes: 1000 });
    expect(!log.ok && log.reason.en).toMatch(/Send only the part that matters/);
    expect(!log.ok && log.reason.en).not.toMatch(/tcp port 443/);
    expect(!cap.ok && cap.reason.en).toMatch(/tcp port 443 or tcp port 80/);
    rmSync(dir, { recursive: true, force: true });
  });
});
