/**
 * FIX4C: the hourly purge is not cut off by the turns' 4 s statement limit (PG_STATEMENT_TIMEOUT_MS): an unbatched
 * DELETE that waits longer (here behind a row another connection holds) still completes, in its own transaction with
 * its own limit, and the pool's connections keep the turns' limit afterwards.
 */
import { Client } from 'pg';
import { CONVERSATION_TTL_MS } from '../../src/store/port';
import { PG_STATEMENT_TIMEOUT_MS, postgresStore, type PostgresStore } from '../../src/store/postgres';
import { freshPgDatabase, pgUrl } from './backends';
import { freshState } from '../../src/conversation/engine';

const url = pgUrl();
const suite = url ? describe : describe.skip;

jest.setTimeout(30_000);

suite('PostgreSQL purge and the statement limit', () => {
  let store: PostgresStore | undefined;
  let holder: Client | undefined;
  afterEach(async () => {
    await holder?.end().catch(() => undefined);
    await store?.close();
    holder = store = undefined;
  });

  it('a DELETE held up past the 4 s limit still purges, and the pool keeps the 4 s limit', async () => {
    const db = await freshPgDatabase(url!, 'tmsd_purge');
    let now = 1_000_000;
    store = await postgresStore(db, { now: () => now, poolSize: 2 });
    await store.conversations.put('C1:1.0', freshState('en'), []);
    now += CONVERSATION_TTL_MS + 1;
    // Another connection holds the expired row: the purge's DELETE waits for it.
    holder = new Client({ connectionString: db });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query("SELECT 1 FROM conversations WHERE key = 'C1:1.0' FOR UPDATE");
    const purge = store.purge();
    const outcome = purge.then(
      (counts) => counts,
      (error: Error) => error,
    );
    await new Promise((r) => setTimeout(r, PG_STATEMENT_TIMEOUT_MS + 1_500));
    await holder.query('COMMIT');
    const got = await outcome;
    expect(got).not.toBeInstanceOf(Error);
    expect((got as { conversations: number }).conversations).toBe(1);
    // SET LOCAL ended with the purge's transaction: the pool's connections are back at the turns' limit.
    const limits = await Promise.all([0, 1].map(() => store!.pool.query<{ statement_timeout: string }>('SHOW statement_timeout')));
    for (const l of limits) expect(l.rows[0]!.statement_timeout).toBe(`${PG_STATEMENT_TIMEOUT_MS / 1000}s`);
  });
});
