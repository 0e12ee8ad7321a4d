/**
 * The closed-socket exit of a real process: `node dist/cli.js start` (built from this tree) in Socket
 * Mode against the local fake Web API and fake Socket Mode server on 127.0.0.1, SQLite, no
 * METRICS_PORT, SOCKET_CLOSED_EXIT_S=2. After start-up Slack asks for a reconnect and
 * apps.connections.open answers 503 from then on: the process itself exits with status 1 (the forced
 * exit and the exit-code mapping of cli.ts included, which driving start() in-process skips) and
 * writes exactly one stop line.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeSlack } from './fake-slack';
import { FakeSocketMode } from './fake-socket';
import { sleep } from './wait';

jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'tmsd-closed-exit-build-'));

beforeAll(async () => {
  await new Promise<void>((resolve, reject) =>
    // The real build (tsconfig.build.json), without its type check: `npm test` type-checks first (npm run typecheck), and
    // under isolatedModules the emitted files are the same byte for byte (checked); ~10 s of CPU instead of ~22.
    execFile(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir, '--tsBuildInfoFile', join(outDir, '.tsbuildinfo'), '--noCheck'], (err, so, se) =>
      err ? reject(new Error(`${err.message}\n${so}\n${se}`)) : resolve(),
    ),
  );
}, 300_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }));

it('exit status 1 and exactly one stop line, after SOCKET_CLOSED_EXIT_S', async () => {
  const fake = new FakeSlack();
  await fake.start();
  const sock = new FakeSocketMode();
  await sock.start();
  fake.socketUrl = sock.url;
  const dir = mkdtempSync(join(tmpdir(), 'tmsd-closed-exit-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_PATH: join(root, 'node_modules'),
    SLACK_BOT_TOKEN: 'xoxb-1-2-ok',
    SLACK_APP_TOKEN: 'xapp-1-A1-sock',
    SLACK_API_URL: fake.apiUrl,
    TMS_DOCTOR_DB: join(dir, 'bot.db'),
    SOCKET_CLOSED_EXIT_S: '2',
    LOG_LEVEL: 'warn',
  };
  const child = spawn(process.execPath, [join(outDir, 'cli.js'), 'start'], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  try {
    await Promise.race([sock.connected(), exited.then(() => Promise.reject(new Error(`exited before connecting: ${err}`)))]);
    await sleep(1500); // start-up finishes after the hello
    fake.fail('apps.connections.open', { status: 503 });
    sock.sendRaw(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
    const t0 = Date.now();
    const end = await Promise.race([exited, sleep(40_000).then(() => null)]);
    expect(end).not.toBeNull();
    expect(end!.code).toBe(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1900);
    const stops = err.split('\n').filter((l) => l.startsWith('tms-doctor start: stopping the Slack app'));
    expect(stops).toHaveLength(1);
    expect(stops[0]).toMatch(/stayed closed for 2 s after start-up/);
    expect(err).not.toContain('xapp-1-A1-sock');
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all([fake.stop(), sock.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
});
