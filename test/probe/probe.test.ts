/**
 * The probe against REAL local servers: Node TLS servers per version, a hand-built SSL 3.0
 * responder and hostile responders. Every server must see its connections closed afterwards.
 */
import { Socket, createServer } from 'node:net';
import { runProbe, policyFromEnv, type ProbePolicy, conclusion, formatProbeText } from '../../src/probe';
import { startSimulatedEndpoint, type SimKind, type SimulatedEndpoint } from '../../src/probe/sim';
import { summariseClientHello } from '../../src/probe/wire/clienthello';
import type { ProbeResult } from '../../src/probe/types';

const T = 600; // per-attempt timeout in these tests
const SIMS: SimKind[] = ['tc733', 'ce81', 'roomos', 'tls12only', 'tls13hrr', 'ssl3', 'silent', 'http', 'http-redirect', 'garbage', 'huge-record', 'huge-handshake', 'slowloris', 'reset', 'close'];
const sims = new Map<SimKind, SimulatedEndpoint>();
let policy: ProbePolicy;

beforeAll(async () => {
  for (const k of SIMS) sims.set(k, await startSimulatedEndpoint(k, { keyBits: 1024, slowMs: 150 }));
  policy = policyFromEnv({ PROBE_PORTS: [...sims.values()].map((s) => s.port).join(',') }, ['127.0.0.0/8']);
});

afterAll(async () => {
  await Promise.all([...sims.values()].map((s) => s.close()));
});

async function allClosed(sim: SimulatedEndpoint): Promise<number> {
  for (let i = 0; i < 100 && sim.open() > 0; i++) await new Promise((r) => setTimeout(r, 20));
  return sim.open();
}

async function probe(kind: SimKind, extra: Partial<Parameters<typeof runProbe>[1]> = {}): Promise<ProbeResult> {
  const sim = sims.get(kind)!;
  const before = sim.accepted();
  const t0 = Date.now();
  const r = await runProbe(`127.0.0.1:${sim.port}`, { policy, timeoutMs: T, ...extra });
  const elapsed = Date.now() - t0;
  if (!r.ok) throw new Error(r.reason);
  expect(elapsed).toBeLessThan(T + 3000); // bounded: about one timeout at most (generous margin for a loaded CI box)
  expect(sim.accepted() - before).toBeGreaterThanOrEqual(5); // one connection per version (+ certificate)
  expect(await allClosed(sim)).toBe(0); // nothing left open on the server side
  return r.result;
}

const V = (ssl3: boolean | null, t10: boolean | null, t11: boolean | null, t12: boolean | null, t13: boolean | null) => ({
  ssl3,
  'tls1.0': t10,
  'tls1.1': t11,
  'tls1.2': t12,
  'tls1.3': t13,
});

describe('verdicts against real local TLS servers', () => {
  it('TC 7.3.3 look-alike: TLS 1.0-1.2 accepted, TMS Medium works', async () => {
    const r = await probe('tc733');
    expect(r.protocols).toEqual(V(false, true, true, true, false));
    expect(r.tms).toEqual({ medium: true, mediumHigh: true });
    expect(r).toMatchObject({ reachable: true, tls: true, error: null, address: '127.0.0.1' });
    expect(r.certificate).toMatchObject({ subject: expect.stringContaining('CN=codec.sim.local'), keyType: 'RSA', keyBits: 1024, selfSigned: true, expired: false });
    expect(r.certificate!.subjectAltNames).toEqual(expect.arrayContaining(['DNS:codec.sim.local', 'IP Address:127.0.0.1']));
    expect(r.certificate!.signatureAlgorithm).toBe('sha256WithRSAEncryption');
    expect(r.certificate!.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(conclusion(r)).toMatch(/TLS 1\.0 accepted/);
  });

  it('CE 8.1 look-alike: TLS 1.0 reset (as in TMS captures), Medium fails, Medium-High works', async () => {
    const r = await probe('ce81');
    expect(r.protocols).toEqual(V(false, false, true, true, false));
    expect(r.detail!['tls1.0']).toMatch(/reset/);
    expect(r.tms).toEqual({ medium: false, mediumHigh: true });
    expect(conclusion(r)).toMatch(/TLS 1\.0 refused: TMS at Medium cannot manage this endpoint.*Medium-High.*can/);
  });

  it('RoomOS look-alike: TLS 1.2 and 1.3', async () => {
    const r = await probe('roomos');
    expect(r.protocols).toEqual(V(false, false, false, true, true));
    expect(r.tms).toEqual({ medium: false, mediumHigh: true });
  });

  it('TLS 1.2 only', async () => {
    const r = await probe('tls12only');
    expect(r.protocols).toEqual(V(false, false, false, true, false));
  });

  it('TLS 1.3 only: a HelloRetryRequest counts as TLS 1.3 support; TMS fails at every level', async () => {
    const r = await probe('tls13hrr');
    expect(r.protocols).toEqual(V(false, false, false, false, true));
    expect(r.detail!['tls1.3']).toMatch(/HelloRetryRequest/);
    expect(r.tms).toEqual({ medium: false, mediumHigh: false });
  });

  it('hand-built SSL 3.0 server: SSL 3.0 accepted; its SSL 3.0 answer to newer hellos means refused', async () => {
    const r = await probe('ssl3');
    expect(r.protocols).toEqual(V(true, false, false, false, false));
    expect(r.detail!['tls1.0']).toMatch(/SSL 3\.0 instead of TLS 1\.0/);
    expect(r.tls).toBe(true);
    expect(r.certificate).toBeNull(); // Node cannot speak SSL 3.0 for the certificate handshake
  });

  it('over IPv6 loopback with an explicit ::1 allowance', async () => {
    const sim = await startSimulatedEndpoint('tls12only', { keyBits: 1024, host: '::1' });
    try {
      const p6 = policyFromEnv({ PROBE_PORTS: String(sim.port) }, ['::1/128']);
      const r = await runProbe(`[::1]:${sim.port}`, { policy: p6, timeoutMs: T });
      expect(r.ok && r.result.protocols).toEqual(V(false, false, false, true, false));
      expect(r.ok && r.result.target).toBe(`[::1]:${sim.port}`);
      expect(await allClosed(sim)).toBe(0);
    } finally {
      await sim.close();
    }
  });
});

describe('unreachable, silent and non-TLS endpoints', () => {
  it('port closed: refused TCP connection, fast', async () => {
    // Port 1 (tcpmux): no test binds it, unlike an ephemeral port found free and released, which a
    // parallel test file's server may take in between.
    const port = 1;
    const t0 = Date.now();
    const r = await runProbe(`127.0.0.1:${port}`, { policy: policyFromEnv({ PROBE_PORTS: String(port) }, ['127.0.0.0/8']), timeoutMs: 5000 });
    expect(Date.now() - t0).toBeLessThan(4000); // well under the 5 s timeout
    expect(r.ok && r.result).toMatchObject({ reachable: false, tls: null, error: expect.stringMatching(/port closed/), protocols: V(null, null, null, null, null) });
    expect(r.ok && r.result.tms).toEqual({ medium: null, mediumHigh: null });
    expect(r.ok && conclusion(r.result)).toMatch(/could not be reached/);
  });

  it('host silent (TCP connect never completes): costs one timeout, not 30 s', async () => {
    const sockets: Socket[] = [];
    const connect = () => {
      const s = new Socket(); // never connected: like SYNs dropped by a firewall
      sockets.push(s);
      return s;
    };
    const t0 = Date.now();
    const r = await runProbe('10.20.30.40', { policy: policyFromEnv({}), timeoutMs: 400, connect });
    const ms = Date.now() - t0;
    expect(ms).toBeGreaterThanOrEqual(380);
    expect(ms).toBeLessThan(3000);
    expect(r.ok && r.result).toMatchObject({ reachable: false, error: expect.stringMatching(/host silent/) });
    expect(sockets.length).toBe(6); // five versions + the certificate handshake, all to the checked address
    expect(sockets.every((s) => s.destroyed)).toBe(true);
  });

  it('silent TLS port (accepts TCP, never answers): unknown per version, bounded', async () => {
    const r = await probe('silent');
    expect(r.protocols).toEqual(V(null, null, null, null, null));
    expect(r).toMatchObject({ reachable: true, tls: null, error: expect.stringMatching(/never answers/) });
    expect(r.durationMs).toBeLessThan(T + 3000);
  });

  it('the whole-probe deadline cuts a long per-attempt timeout', async () => {
    const sim = sims.get('silent')!;
    const t0 = Date.now();
    const r = await runProbe(`127.0.0.1:${sim.port}`, { policy, timeoutMs: 20000, deadlineMs: 300 });
    expect(Date.now() - t0).toBeLessThan(3000); // far below the 20 s per-attempt timeout
    expect(r.ok && r.result.protocols['tls1.0']).toBeNull();
    expect(await allClosed(sim)).toBe(0);
  });

  it('HTTP on the HTTPS port: not TLS', async () => {
    const r = await probe('http');
    expect(r).toMatchObject({ reachable: true, tls: false, certificate: null, error: expect.stringMatching(/plain HTTP/) });
    expect(r.protocols).toEqual(V(null, null, null, null, null));
    expect(conclusion(r)).toMatch(/does not speak TLS/);
    expect(conclusion(r)).not.toMatch(/on port \d+/); // the target already names the port
  });

  it('garbage bytes: not TLS', async () => {
    const r = await probe('garbage');
    expect(r).toMatchObject({ tls: false, error: expect.stringMatching(/not TLS/) });
  });
});

describe('hostile TLS-looking servers', () => {
  it('record header claiming a huge record: unknown, no waiting for it', async () => {
    const r = await probe('huge-record');
    expect(r.protocols).toEqual(V(null, null, null, null, null));
    expect(r.detail!['tls1.2']).toMatch(/record length 65535/); // concluded from the header, not by timing out
    // a broken answer is named as such; a longer timeout would not help
    expect(conclusion(r)).toMatch(/answers with malformed TLS/);
    expect(conclusion(r)).not.toMatch(/--timeout/);
  });

  it('handshake header claiming 16 MB: unknown, no buffering', async () => {
    const r = await probe('huge-handshake');
    expect(r.detail!['tls1.2']).toMatch(/16777215/); // concluded from the header, not by timing out
  });

  it('one byte at a time (slowloris): unknown after the timeout', async () => {
    const r = await probe('slowloris');
    expect(r.protocols).toEqual(V(null, null, null, null, null));
    expect(r.detail!['tls1.2']).toMatch(/no complete answer/);
    expect(conclusion(r)).toMatch(/longer --timeout/);
    expect(r.durationMs).toBeGreaterThanOrEqual(T - 20);
  });

  it('reset after ClientHello: refused', async () => {
    const r = await probe('reset');
    expect(r.protocols).toEqual(V(false, false, false, false, false));
    expect(r.tms).toEqual({ medium: false, mediumHigh: false });
    expect(r.error).toMatch(/drops every TLS ClientHello/);
  });

  it('close at once: refused', async () => {
    const r = await probe('close');
    expect(r.protocols).toEqual(V(false, false, false, false, false));
  });
});

describe('SNI, HTTP redirect and output', () => {
  it('sends SNI for a host name (connecting to the resolved address) and never for an IP literal', async () => {
    const seen: (string | null)[] = [];
    const s = createServer((sock) => {
      sock.once('data', (d: Buffer) => {
        seen.push(summariseClientHello(d)?.serverName ?? null);
        sock.destroy();
      });
    });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
    const port = (s.address() as { port: number }).port;
    const p = policyFromEnv({ PROBE_PORTS: String(port), PROBE_ALLOW_NAMES: 'localhost' }, ['127.0.0.0/8']);
    try {
      const byName = await runProbe(`localhost:${port}`, { policy: p, timeoutMs: T, resolve: async () => ['127.0.0.1'], certificate: false });
      expect(byName.ok && byName.result).toMatchObject({ target: `localhost:${port}`, address: '127.0.0.1' });
      const named = seen.splice(0);
      expect(named.filter((n) => n === 'localhost').length).toBe(4); // every TLS hello, not the SSL 3.0 one
      await runProbe(`127.0.0.1:${port}`, { policy: p, timeoutMs: T, certificate: false });
      expect(seen.length).toBe(5);
      expect(seen.every((n) => n === null)).toBe(true);
    } finally {
      await new Promise<void>((r) => s.close(() => r()));
    }
  });

  it('--http: reports the 301 to https:// like a codec on port 80', async () => {
    const https = sims.get('ce81')!;
    const web = sims.get('http-redirect')!;
    const r = await probe('ce81', { http: true, httpPort: web.port });
    expect(r.http).toEqual({ port: web.port, status: 301, location: 'https://127.0.0.1/tcs/systemunit.xml', redirectsToHttps: true });
    expect(https.port).not.toBe(web.port);
    const plain = await runProbe(`127.0.0.1:${https.port}`, { policy, timeoutMs: T, http: true, httpPort: sims.get('http')!.port });
    expect(plain.ok && plain.result.http).toMatchObject({ status: 200, redirectsToHttps: false });
  });

  it('--http: a hostile Location header cannot put terminal control sequences into the output', async () => {
    const evil = Buffer.from('HTTP/1.1 301 Moved\r\nLocation: https://x.example/\x1b[2J\x1b]0;pwned\x07\x9b31m!\r\n\r\n', 'latin1');
    const s = createServer((sock) => {
      sock.on('error', () => undefined);
      sock.once('data', () => sock.end(evil));
    });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
    const port = (s.address() as { port: number }).port;
    try {
      const https = sims.get('ce81')!;
      const p = policyFromEnv({ PROBE_PORTS: `${https.port},${port}` }, ['127.0.0.0/8']);
      const out = await runProbe(`127.0.0.1:${https.port}`, { policy: p, timeoutMs: T, http: true, httpPort: port, certificate: false });
      expect(out.ok && out.result.http).toMatchObject({ status: 301, location: 'https://x.example/[2J]0;pwned31m!', redirectsToHttps: true });
      expect(out.ok && formatProbeText(out.result)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    } finally {
      await new Promise<void>((r) => s.close(() => r()));
    }
  });

  it('the JSON has exactly the ProbeResult shape and the text has the table and verdicts', async () => {
    const r = await probe('ce81');
    const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(
      ['target', 'address', 'port', 'reachable', 'tls', 'protocols', 'tms', 'certificate', 'error', 'durationMs', 'detail'].sort(),
    );
    expect(Object.keys(json.protocols as object)).toEqual(['ssl3', 'tls1.0', 'tls1.1', 'tls1.2', 'tls1.3']);
    const text = formatProbeText(r);
    expect(text).toMatch(/TLS 1\.0\s+refused/);
    expect(text).toMatch(/TLS 1\.2\s+accepted/);
    expect(text).toMatch(/TMS at Medium \(TLS 1\.0 only\):\s+fails/);
    expect(text).toMatch(/Medium-High.*works/);
    expect(text).toMatch(/Certificate:/);
    // the simulator's certificate is self-signed: at High, where TMS checks it, that likely fails
    expect(text).toMatch(/TMS at High \(certificate checked\):\s+likely fails \(self-signed certificate\)/);
    const ca = { ...r, certificate: { ...r.certificate!, selfSigned: false, expired: false } };
    expect(formatProbeText(ca)).toMatch(/TMS at High \(certificate checked\):\s+works if the TMS server trusts the issuer/);
    expect(formatProbeText({ ...r, certificate: null })).toMatch(/TMS at High \(certificate checked\):\s+unknown/);
    // no High line when Medium-High itself does not work
    expect(formatProbeText({ ...r, tms: { ...r.tms, mediumHigh: false } })).not.toMatch(/TMS at High/);
  });
});
