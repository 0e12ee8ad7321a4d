/**
 * A PostgreSQL that stops answering (its processes stopped with SIGSTOP: a frozen or black-holed
 * server; a refused connection is another case): a turn fails within the pool's query time limit
 * as "store unavailable" (tried again, never hung), a turn's retry budget holds, and close() ends.
 * Only the throw-away server of scripts/with-postgres.sh is stopped, and it is always continued.
 */
import fs from 'node:fs';
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

const ppid = (pid: number): number => Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
/** The server's postmaster (the parent of a backend) and all its children. */
function serverPids(backend: number): number[] {
  const master = ppid(backend);
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
    // (A short-lived server process, an autovacuum worker or another test file's backend, may exit between the listing and
    // its stop: ESRCH there is no failure, it is simply not frozen.)
    frozen = serverPids(pid).filter((p) => {
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
    dbUrl = await freshPgDatabase(url!, 'tmsd_frozen');
  }, 30_000);
  afterEach(async () => {
    thaw();
    await store?.close();
    store = undefined;
  });

  const state = { v: 1, lang: 'en', facts: {}, pending: null } as unknown as ConversationState;
  const step: TurnStep = () => ({ state, replies: [], keepReplies: false, outbox: null });

  it('a turn fails within the query time limit as the store being unavailable, and close() ends', async () => {
    store = await postgresStore(dbUrl);
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
    expect(took).toBeLessThan(PG_QUERY_TIMEOUT_MS + 1500);
    // A new connection to the frozen server is given up too (connectionTimeoutMillis).
    const t1 = Date.now();
    expect(transientStoreError(await store.check().then((c) => (c.ok ? null : { message: c.reason })))).toBe(true);
    expect(Date.now() - t1).toBeLessThan(PG_QUERY_TIMEOUT_MS + 1500);
    const t2 = Date.now();
    await store.close();
    expect(Date.now() - t2).toBeLessThan(PG_CLOSE_MS + 1000);
  }, 30_000);

  it("a turn's retry budget holds: the service gives up within it, logging the retries, not hanging", async () => {
    store = await postgresStore(dbUrl);
    await store.conversations.turn({ key: 'K2', dedupe: ['ev:warm2'] }, step);
    const logger = new MemoryLogger(LogLevel.DEBUG);
    const retryMs = 12_000;
    const service = new ConversationService({ store, engine: echoEngine, logger, queue: new KeyedQueue(), retryMs });
    await freeze(store);
    const t0 = Date.now();
    const out = await service.apply('K2', { kind: 'text', text: 'hello' } as never, ['ev:frozen2']);
    expect(out.status).toBe('error');
    expect(Date.now() - t0).toBeLessThan(retryMs + 1000);
    expect(logger.lines.some((l) => /store unavailable, trying the turn again/.test(String(l.msg)))).toBe(true);
  }, 30_000);

  it('a turn still waiting on the frozen server at shutdown is abandoned with one warn line when the store closes', async () => {
    store = await postgresStore(dbUrl);
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
