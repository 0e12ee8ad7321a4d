/**
 * PostgreSQL migration 8 (surface_meta's index rebuilt) while another session keeps a transaction on
 * surface_meta open, as an older replica's turn or the hourly purge does in a rolling deploy: the
 * migration waits for its lock a bounded time, rolls back, says so and tries again, so statements
 * on surface_meta from the running replicas are not queued behind it past their own time limit; it
 * completes once the other transaction ends, and gives start-up a clear reason when it never does.
 */
import { Client } from 'pg';
import { postgresStore, type PostgresStore } from '../../src/store/postgres';
import { freshPgDatabase, pgUrl } from './backends';

const url = pgUrl();
const suite = url ? describe : describe.skip;

jest.setTimeout(60_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

suite('PostgreSQL migration 8 behind an open transaction on surface_meta', () => {
  const clients: Client[] = [];
  let store: PostgresStore | undefined;
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.end().catch(() => undefined);
    await store?.close().catch(() => undefined);
    store = undefined;
  });

  async function client(db: string): Promise<Client> {
    const c = new Client({ connectionString: db });
    await c.connect();
    clients.push(c);
    return c;
  }

  /** A database at schema version 7 (migration 8 not applied), with a row in surface_meta. */
  async function atVersion7(): Promise<string> {
    const db = await freshPgDatabase(url!, 'tmsd_mig8');
    const s = await postgresStore(db);
    await s.close();
    const c = await client(db);
    await c.query('DELETE FROM schema_migrations WHERE version = 8');
    await c.query('DROP INDEX surface_meta_by_user');
    await c.query('CREATE INDEX surface_meta_user ON surface_meta(usr, updated_at)');
    await c.query("INSERT INTO surface_meta(key, usr, meta, updated_at) VALUES ('k1', 'U1', '{}', 1)");
    return db;
  }

  const indexes = async (c: Client) => (await c.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'surface_meta' ORDER BY 1")).rows.map((r) => r.indexname);

  it('running replicas keep reading surface_meta while it waits; it completes after the transaction ends, saying it waited', async () => {
    const db = await atVersion7();
    const holder = await client(db);
    await holder.query('BEGIN');
    await holder.query("DELETE FROM surface_meta WHERE key = 'none'"); // a purge-like transaction: ROW EXCLUSIVE on the table
    const notes: string[] = [];
    const migrating = postgresStore(db, { onMigrationWait: (n) => notes.push(n), migrationLock: { waitMs: 300, pauseMs: 300, giveUpMs: 30_000 } });
    let done = false;
    void migrating.then(() => (done = true), () => (done = true));
    await sleep(200);
    const replica = await client(db);
    await replica.query('SET statement_timeout = 1500');
    for (let i = 0; i < 5; i++) {
      // An older replica's turn: reads and writes surface_meta under its own statement limit.
      const r = await replica.query<{ n: string }>("SELECT count(*) AS n FROM surface_meta WHERE usr = 'U1'");
      expect(r.rows[0]!.n).toBe('1');
      await replica.query("UPDATE surface_meta SET updated_at = updated_at + 1 WHERE key = 'k1'");
      await sleep(250);
    }
    expect(done).toBe(false);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]).toMatch(/migration 8 .*waiting.*lock/);
    await holder.query('COMMIT');
    store = await migrating;
    const c = await client(db);
    expect(await indexes(c)).toEqual(['surface_meta_by_user', 'surface_meta_pkey']);
    expect((await c.query('SELECT 1 FROM schema_migrations WHERE version = 8')).rowCount).toBe(1);
  });

  it('gives start-up a clear reason when the transaction never ends, and changes nothing', async () => {
    const db = await atVersion7();
    const holder = await client(db);
    await holder.query('BEGIN');
    await holder.query("DELETE FROM surface_meta WHERE key = 'none'");
    await expect(postgresStore(db, { onMigrationWait: () => undefined, migrationLock: { waitMs: 200, pauseMs: 200, giveUpMs: 1_000 } })).rejects.toThrow(/migration 8 .*could not lock/);
    await holder.query('ROLLBACK');
    const c = await client(db);
    expect(await indexes(c)).toEqual(['surface_meta_pkey', 'surface_meta_user']);
    expect((await c.query('SELECT 1 FROM schema_migrations WHERE version = 8')).rowCount).toBe(0);
  });
});
