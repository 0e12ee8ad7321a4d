import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli';
import { runConsoleChat } from '../../src/console/chat';
import { makeIO } from './helpers';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');

describe('tms-doctor evidence', () => {
  it('--json: one object with a file entry per file, an error for the unreadable one, exit 0', async () => {
    const io = makeIO();
    const code = await main(['evidence', '--json', join(FIX, 'tls10-reset-http301.pcap'), join(FIX, 'schannel-defaults-netfx.reg'), join(FIX, 'nope.pcap')], io);
    expect(code).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.files).toHaveLength(3);
    expect(out.files[0]).toMatchObject({ kind: 'pcap', facts: {} });
    expect(out.files[0].observations.map((o: { code: string }) => o.code)).toEqual(['capture-clienthello-tls10-only', 'capture-reset-after-clienthello', 'capture-http-301-fallback']);
    expect(out.files[0].observations[0].detail.ja).toMatch(/リセット/);
    expect(out.files[1].kind).toBe('reg');
    expect(out.files[1].observations.map((o: { code: string }) => o.code)).toEqual(['schannel-keys-absent', 'netfx-strong-crypto-on', 'netfx-strong-crypto-off']);
    expect(out.files[2]).toEqual({ file: join(FIX, 'nope.pcap'), error: { en: 'There is no such file.', ja: expect.any(String) } });
  });

  it('exit 2 only when no file could be read; the size limit is a clear reason', async () => {
    const io = makeIO(undefined, { env: { EVIDENCE_MAX_BYTES: '100' } });
    expect(await main(['evidence', join(FIX, 'tls10-reset-http301.pcap'), '/nonexistent'], io)).toBe(2);
    expect(io.out()).toMatch(/more than the 1 KB limit \(EVIDENCE_MAX_BYTES\)/);
    const usage = makeIO();
    expect(await main(['evidence'], usage)).toBe(2);
    expect(await main(['evidence', '--port', 'x', 'f'], makeIO())).toBe(2);
  });

  it('a readable summary in Japanese, and text files (event log export) read as eventlog', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ev-'));
    const log = join(dir, 'system.txt');
    writeFileSync(log, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Level\tDate and Time\tSource\tEvent ID\tTask Category\r\nError\t5/25/2016 9:31:16 PM\tMSSQL$SQLTMS\t26011\tServer\r\n', 'utf16le')]));
    const io = makeIO();
    expect(await main(['evidence', '--lang', 'ja', log], io)).toBe(0);
    expect(io.out()).toContain('(eventlog)');
    expect(io.out()).toContain('[event-sql-encryption-init-failed] SQL Server のイベント');
  });
});

describe('tms-doctor diagnose --evidence', () => {
  it('folds the observations into the diagnosis and the JSON gains "evidence"', async () => {
    const io = makeIO();
    const code = await main(['diagnose', '--json', '--tms', '15.2.1', '--endpoint', 'CE 9.15.3', '--sql', '2016', '--evidence', join(FIX, 'tls10-reset-http301.pcap.gz'), '--evidence', join(FIX, 'schannel-tls10-off-tls12-on.reg')], io);
    expect(code).toBe(0);
    const out = JSON.parse(io.out());
    // The .reg has TLS 1.0 Client off, the capture a TLS 1.0 hello: the conflict comes first (QA round 8 #10).
    expect(out.findings[0].code).toBe('evidence-contradicts-itself');
    expect(out.findings.map((f: { code: string }) => f.code)).toContain('evidence-capture-confirms-cause');
    expect(out.findings.map((f: { code: string }) => f.code)).toContain('evidence-schannel-tls12-client-on');
    expect(out.evidence.map((e: { kind: string }) => e.kind)).toEqual(['pcap', 'reg']);
    expect(out.facts.evidence.sources).toHaveLength(2);
  });

  it('an unreadable evidence file is invalid input (exit 2, named)', async () => {
    const io = makeIO();
    expect(await main(['diagnose', '--evidence', '/nonexistent/x.pcap'], io)).toBe(2);
    expect(io.err()).toMatch(/--evidence "\/nonexistent\/x\.pcap": There is no such file/);
  });
});

describe('console chat: evidence PATH', () => {
  it('reads the file, says what it shows and keeps it for the next turns', async () => {
    const io = makeIO(`evidence ${join(FIX, 'split-clienthello.pcap')}\nTMS 15.2.1, CE 9.15.3, SQL 2016, Windows 2019, we are at medium-high\n`);
    await runConsoleChat(io, { lang: 'en' });
    const out = io.out();
    // Every line of the file is quoted under the finding that explains it, so the lead only names the file.
    expect(out).toContain('I read split-clienthello.pcap (packet capture): what it shows is quoted below, with what it means.');
    // (The second reply, at Medium-High with TLS 1.2 accepted in the capture, leads with it: QA round 19 #2.)
    const first = out.slice(0, out.indexOf('The capture shows TLS 1.2 working: the TLS part of the fix has taken effect'));
    expect(first.length).toBeGreaterThan(0);
    expect(first.split('the ClientHello offered up to TLS 1.2 (client_version 0x0303)').length).toBe(2);
    expect(out).toContain('The capture shows TLS 1.2 working');
    expect(out.split('The capture shows TLS 1.2 working').length).toBeGreaterThan(2);
  });
});

describe('tms-doctor evidence --json: what answered each ClientHello (left-e #2)', () => {
  it('a ClientHello observation carries "answer", as the text output says it after the hello', async () => {
    const io = makeIO();
    expect(await main(['evidence', '--json', join(FIX, 'qa55', 'multi.pcap')], io)).toBe(0);
    const obs = JSON.parse(io.out()).files[0].observations as { code: string; answer?: string }[];
    expect(obs.find((o) => o.code === 'capture-clienthello-tls10-only')?.answer).toBe('capture-reset-after-clienthello');
    expect(obs.find((o) => o.code === 'capture-clienthello-tls12')?.answer).toBe('capture-serverhello');
    // Only hellos have one.
    expect(obs.filter((o) => !o.code.startsWith('capture-clienthello')).every((o) => o.answer === undefined)).toBe(true);
    const text = makeIO();
    await main(['evidence', join(FIX, 'qa55', 'multi.pcap')], text);
    expect(text.out()).toMatch(/TLS 1\.0 only .*; the server reset the connection \(RST\)/);
  });

  it('diagnose --evidence JSON carries it too', async () => {
    const io = makeIO();
    expect(await main(['diagnose', '--json', '--tms', '15.2.1', '--endpoint', 'CE 9.15.3', '--evidence', join(FIX, 'tls10-reset-http301.pcap')], io)).toBe(0);
    const obs = JSON.parse(io.out()).evidence[0].observations as { code: string; answer?: string }[];
    expect(obs.find((o) => o.code === 'capture-clienthello-tls10-only')?.answer).toBe('capture-reset-after-clienthello');
  });
});
