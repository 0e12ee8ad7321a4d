/**
 * PostgreSQL: a replica starting while another replica holds the migrations' advisory lock (it is
 * running, or waiting in, a migration) waits a bounded time, saying what it waits for, and then
 * fails start-up with a clear reason (what it waited for, how long, what to check), as one JSON
 * error line from `tms-doctor start`, exit 2. It never queues a pg_advisory_lock on the server.
 * The "other replica" here is a plain session holding the same advisory lock.
 */
import { Client } from 'pg';
import { start } from '../../src/cli/start';
import { MigrationWaitError, postgresStore } from '../../src/store/postgres';
import { makeIO } from '../cli/helpers';
import { freshPgDatabase, pgUrl } from './backends';

// `tms-doctor start` with a short replica wait (the option the store already takes for its lock limits).
jest.mock('../../src/store/postgres', () => {
  const real = jest.requireActual<typeof import('../../src/store/postgres')>('../../src/store/postgres');
  return { ...real, postgresStore: (url: string, opts: Parameters<typeof real.postgresStore>[1] = {}) => real.postgresStore(url, { ...opts, migrationLock: { replicaWaitMs: 1_500 } }) };
});

const url = pgUrl();
const suite = url ? describe : describe.skip;
jest.setTimeout(60_000);

/** The lock migratePg runs under (src/store/postgres.ts MIGRATION_LOCK). */
const MIGRATION_LOCK = 7_301_130;

suite('a replica waiting for another replica\'s migrations', () => {
  const clients: Client[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.end().catch(() => undefined);
  });
  async function holder(db: string): Promise<Client> {
    const c = new Client({ connectionString: db });
    await c.connect();
    clients.push(c);
    await c.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return c;
  }
  const waiters = async (c: Client) => Number((await c.query<{ n: string }>("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted", [MIGRATION_LOCK])).rows[0]!.n);

  it('the store gives up with MigrationWaitError naming the wait, its length and pg_locks, and leaves no queued lock behind', async () => {
    const db = await freshPgDatabase(url!, 'tmsd_repl');
    const h = await holder(db);
    const notes: string[] = [];
    const t0 = Date.now();
    const err = await postgresStore(db, { onMigrationWait: (n) => notes.push(n), migrationLock: { replicaWaitMs: 1_200 } }).then(() => undefined, (e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(err).toBeInstanceOf(MigrationWaitError);
    const e = err as MigrationWaitError;
    expect(e.message).toMatch(/another replica's PostgreSQL migrations/);
    expect(e.message).toMatch(/pg_locks/);
    expect(e.message).not.toMatch(/Query read timeout/);
    expect(e.fields.waitedS).toBeGreaterThanOrEqual(1);
    expect(notes[0]).toMatch(/waiting for another replica's migrations/);
    expect(await waiters(h)).toBe(0);
  });

  it('completes once the other replica releases the lock', async () => {
    const db = await freshPgDatabase(url!, 'tmsd_repl');
    const h = await holder(db);
    const opening = postgresStore(db, { onMigrationWait: () => undefined, migrationLock: { replicaWaitMs: 20_000 } });
    await new Promise((r) => setTimeout(r, 1_200));
    await h.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    const s = await opening;
    await s.close();
  });

  it('tms-doctor start: one JSON error line saying what it waited for, how long and what to check; exit 2', async () => {
    const db = await freshPgDatabase(url!, 'tmsd_repl');
    await holder(db);
    const t = makeIO(undefined, { env: { SLACK_BOT_TOKEN: 'xoxb-1-2-ok', SLACK_SIGNING_SECRET: 'secret-for-tests', DATABASE_URL: db, LOG_LEVEL: 'info' } });
    const code = await start([], t);
    expect(code).toBe(2);
    const lines = t.err().trim().split('\n');
    const errors = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ waitedFor: expect.stringMatching(/another replica/), advisoryLock: MIGRATION_LOCK, check: expect.stringMatching(/pg_locks/) });
    expect(errors[0]!.waitedS).toEqual(expect.any(Number));
    expect(String(errors[0]!.msg)).toMatch(/cannot open the database PostgreSQL.*gave up after \d+ s waiting for another replica/);
    // Every line on stderr is JSON (the wait notes too).
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });
});
