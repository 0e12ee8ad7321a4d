/**
 * A PostgreSQL that stops answering (its processes stopped with SIGSTOP: a frozen or black-holed
 * server; a refused connection is another case): a turn fails within the pool's query time limit
 * as "store unavailable" (tried again, never hung), a turn's retry budget holds, and close() ends.
 * The server stopped is a private one this file starts for itself (scripts/with-postgres.sh in a child
 * process), never the shared one of DATABASE_URL: other test files use that one at the same time (jest runs
 * two workers), and stopping it stalled them (fleet tests with short leases then saw takeovers). The
 * private server is always continued, then stopped and its folder removed in afterAll.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { PG_CLOSE_MS, PG_QUERY_TIMEOUT_MS, postgresStore, type PostgresStore } from '../../src/store/postgres';
import { transientStoreError, type TurnStep } from '../../src/store/port';
import { ConversationService } from '../../src/slack/service';
import { KeyedQueue } from '../../src/slack/queue';
import { MemoryLogger } from '../../src/slack/logger';
import { echoEngine } from '../slack/echo-engine';
import { freshPgDatabase, pgUrl } from './backends';
import type { ConversationState } from '../../src/conversation/types';

const url = pgUrl();
const suite = url ? describe : describe.skip;

const WITH_POSTGRES = path.resolve(__dirname, '../../scripts/with-postgres.sh');
const START_MS = 60_000;
/**
 * The stores here give up on an answer after 2 s (queryTimeoutMs; PG_QUERY_TIMEOUT_MS, 5 s, in production): the same
 * pool settings (query_timeout, connectionTimeoutMillis), sooner. The retry budget below is scaled with it.
 */
const QUERY_MS = 2_000;
const open = (url: string) => postgresStore(url, { queryTimeoutMs: QUERY_MS });
/** Printed by the child once its server runs; the child then waits until its stdin closes (or the worker dies). */
const HOLD = "console.log(process.env.DATABASE_URL);process.stdin.resume();process.stdin.on('end',()=>process.exit(0))";

interface PrivateServer {
  child: ChildProcess;
  url: string;
  port: string;
}

/** A throw-away server of its own: with-postgres.sh (initdb, pg_ctl, trap cleanup) in its own process group. */
function startPrivateServer(): Promise<PrivateServer> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(WITH_POSTGRES, ['node', '-e', HOLD], { detached: true, stdio: ['pipe', 'pipe', 'pipe'], env });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`postgres-frozen: private PostgreSQL server not started (${why}); with-postgres.sh said: ${err.trim() || '(nothing)'}`));
    };
    const timer = setTimeout(() => {
      fail(`no DATABASE_URL from ${WITH_POSTGRES} within ${START_MS / 1000} s`);
      void stopPrivateServer(child);
    }, START_MS);
    child.once('error', (e) => fail(e.message));
    child.once('exit', (code, sig) => fail(`with-postgres.sh exited early, code ${code}, signal ${sig}`));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = /^(postgres(?:ql)?:\/\/\S+)\r?\n/m.exec(out);
      if (!line) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      const u = new URL(line[1]!);
      resolve({ child, url: line[1]!, port: u.port });
    });
  });
}

const exited = (c: ChildProcess, ms: number): Promise<boolean> =>
  c.exitCode !== null || c.signalCode !== null
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        const t = setTimeout(() => resolve(false), ms);
        c.once('exit', () => {
          clearTimeout(t);
          resolve(true);
        });
      });

/** Closing stdin ends the child, and the script's trap stops the server and removes its folder; a hung one is signalled. */
async function stopPrivateServer(child: ChildProcess): Promise<void> {
  child.stdin?.end();
  if (await exited(child, 20_000)) return;
  const group = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig); // SIGTERM still runs the script's EXIT trap
    } catch {
      /* gone */
    }
  };
  group('SIGTERM');
  if (await exited(child, 8_000)) return;
  group('SIGKILL');
  await exited(child, 2_000);
}

const ppid = (pid: number): number => Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
/** The server's postmaster (the parent of a backend) and all its children; only ever the private server (on `port`). */
function serverPids(backend: number, port: string): number[] {
  const master = ppid(backend);
  const argv = fs.readFileSync(`/proc/${master}/cmdline`, 'utf8').split('\0');
  if (!argv.some((a, i) => (a === '-p' && argv[i + 1] === port) || a === `-p${port}`))
    throw new Error(`postgres-frozen: pid ${master} is not the private server on port ${port} (${argv.join(' ')}); nothing stopped`);
  const kids = fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((p) => {
      try {
        return ppid(p) === master;
      } catch {
        return false;
      }
    });
  return [master, ...kids];
}

suite('PostgreSQL that stops answering', () => {
  let server: PrivateServer | undefined;
  let dbUrl: string;
  let store: PostgresStore | undefined;
  let frozen: number[] = [];
  const thaw = () => {
    for (const p of frozen) {
      try {
        process.kill(p, 'SIGCONT');
      } catch {
        /* gone */
      }
    }
    frozen = [];
  };
  const freeze = async (s: PostgresStore) => {
    const pid = (await s.pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    // (A short-lived server process, an autovacuum worker or a backend of an earlier store, may exit between the listing and
    // its stop: ESRCH there is no failure, it is simply not frozen.)
    frozen = serverPids(pid, server!.port).filter((p) => {
      try {
        process.kill(p, 'SIGSTOP');
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
        throw e;
      }
    });
  };

  beforeAll(async () => {
    server = await startPrivateServer();
    dbUrl = await freshPgDatabase(server.url, 'tmsd_frozen');
  }, START_MS + 15_000);
  afterAll(async () => {
    thaw();
    await store?.close();
    store = undefined;
    if (server) await stopPrivateServer(server.child);
    server = undefined;
  }, 40_000);
  afterEach(async () => {
    thaw();
    await store?.close();
    store = undefined;
  });

  it('the pool gives up on an answer and on a new connection after PG_QUERY_TIMEOUT_MS, or after queryTimeoutMs when given', async () => {
    const limits = (st: PostgresStore) => {
      const o = st.pool.options as { query_timeout?: number; connectionTimeoutMillis?: number };
      return [o.query_timeout, o.connectionTimeoutMillis];
    };
    const plain = await postgresStore(dbUrl);
    try {
      expect(limits(plain)).toEqual([PG_QUERY_TIMEOUT_MS, PG_QUERY_TIMEOUT_MS]);
    } finally {
      await plain.close();
    }
    store = await open(dbUrl);
    expect(limits(store)).toEqual([QUERY_MS, QUERY_MS]);
  });

  const state = { v: 1, lang: 'en', facts: {}, pending: null } as unknown as ConversationState;
  const step: TurnStep = () => ({ state, replies: [], keepReplies: false, outbox: null });

  it('a turn fails within the query time limit as the store being unavailable, and close() ends', async () => {
    store = await open(dbUrl);
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:warm'] }, step); // a pooled connection, open
    await freeze(store);
    const t0 = Date.now();
    const err = await store.conversations.turn({ key: 'K1', dedupe: ['ev:frozen'] }, step).then(
      () => null,
      (e: unknown) => e,
    );
    const took = Date.now() - t0;
    expect(err).not.toBeNull();
    expect(transientStoreError(err)).toBe(true);
    expect(took).toBeLessThan(QUERY_MS + 1500);
    // A new connection to the frozen server is given up too (connectionTimeoutMillis).
    const t1 = Date.now();
    expect(transientStoreError(await store.check().then((c) => (c.ok ? null : { message: c.reason })))).toBe(true);
    expect(Date.now() - t1).toBeLessThan(QUERY_MS + 1500);
    const t2 = Date.now();
    await store.close();
    expect(Date.now() - t2).toBeLessThan(PG_CLOSE_MS + 1000);
  }, 30_000);

  it("a turn's retry budget holds: the service gives up within it, logging the retries, not hanging", async () => {
    store = await open(dbUrl);
    await store.conversations.turn({ key: 'K2', dedupe: ['ev:warm2'] }, step);
    const logger = new MemoryLogger(LogLevel.DEBUG);
    // An attempt takes one query time limit (2 s) and the next is started only when it could end by the deadline:
    // 6 s lets a second attempt start (the retry logged) with ~1 s to spare per attempt, as 12 s did with 5 s.
    const retryMs = 6_000;
    const service = new ConversationService({ store, engine: echoEngine, logger, queue: new KeyedQueue(), retryMs });
    await freeze(store);
    const t0 = Date.now();
    const out = await service.apply('K2', { kind: 'text', text: 'hello' } as never, ['ev:frozen2']);
    expect(out.status).toBe('error');
    expect(Date.now() - t0).toBeLessThan(retryMs + 1000);
    expect(logger.lines.some((l) => /store unavailable, trying the turn again/.test(String(l.msg)))).toBe(true);
  }, 30_000);

  it('a turn still waiting on the frozen server at shutdown is abandoned with one warn line when the store closes', async () => {
    store = await open(dbUrl);
    await store.conversations.turn({ key: 'K3', dedupe: ['ev:warm3'] }, step);
    const logger = new MemoryLogger(LogLevel.DEBUG);
    const service = new ConversationService({ store, engine: echoEngine, logger, queue: new KeyedQueue() });
    await freeze(store);
    const running = service.apply('K3', { kind: 'text', text: 'hello' } as never, ['ev:Ev040']);
    await new Promise((r) => setTimeout(r, 300));
    service.abandon();
    const t0 = Date.now();
    await store.close();
    const out = await running;
    expect(Date.now() - t0).toBeLessThan(PG_CLOSE_MS + 1000);
    expect(out.status).toBe('error');
    const warn = logger.lines.filter((l) => /abandoned/.test(String(l.msg)));
    expect(warn).toHaveLength(1);
    expect(warn[0]).toMatchObject({ level: 'warn', key: 'K3', event_id: 'Ev040' });
    expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  }, 30_000);
});
