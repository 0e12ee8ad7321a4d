/**
 * The PostgreSQL turn functions keep using their indexes as the tables grow.
 *
 * PL/pgSQL caches the plan of each statement per connection: after a few calls it may keep a
 * generic plan made while a table was nearly empty, where a sequential scan looks cheapest, and use
 * it long after the table has grown (until an ANALYZE happens to invalidate it). The dedupe table
 * holds every delivery id of the last hours, so a turn that scans it gets slower with every event.
 * These tests warm the functions on small tables, grow the tables without an ANALYZE, and read the
 * plans each statement then runs with (auto_explain, sent to this client as notices).
 */
import { Client } from 'pg';
import { postgresStore, type PostgresStore } from '../../src/store/postgres';
import { freshPgDatabase, pgUrl } from './backends';

const url = pgUrl();
const suite = url ? describe : describe.skip;

suite('PostgreSQL turn functions as tables grow', () => {
  let dbUrl: string;
  let store: PostgresStore;
  let client: Client;
  const plans: string[] = [];

  beforeAll(async () => {
    dbUrl = await freshPgDatabase(url!, 'tmsd_plans');
    store = await postgresStore(dbUrl);
    client = new Client({ connectionString: dbUrl });
    await client.connect();
    client.on('notice', (n) => plans.push(String(n.message ?? '')));
    await client.query("LOAD 'auto_explain'");
    await client.query('SET auto_explain.log_min_duration = 0');
    await client.query('SET auto_explain.log_nested_statements = on');
    await client.query('SET client_min_messages = log');
  }, 30_000);

  afterAll(async () => {
    await client?.end();
    await store?.close();
  });

  const turn = (i: number) =>
    client.query(
      `SELECT r_status FROM tmsd_turn($1, $2, 0, NULL, NULL, '{"v":1}', NULL, $3, '{"channel":"C1"}', ARRAY['{"text":"hi","blocks":[]}'], 'en', 'me', 30000, $4, 3600000)`,
      [`K${i}`, [`ev:${i}`, `msg:${i}`], `turn${i}`, Date.now()],
    );

  const plansOf = (fragment: string): string[] => plans.filter((p) => p.includes(fragment));

  it('the dedupe check of tmsd_turn reads seen_events by its key, not by a scan', async () => {
    for (let i = 0; i < 12; i++) expect((await turn(i)).rows[0].r_status).toBe('ok');
    await client.query("INSERT INTO seen_events(id, seen_at) SELECT 'old:' || g, 0 FROM generate_series(1, 20000) g");
    plans.length = 0;
    expect((await turn(100)).rows[0].r_status).toBe('ok');
    const check = plansOf('FROM seen_events s WHERE s.id = ANY(p_dedupe)');
    expect(check.length).toBe(1);
    expect(check[0]).not.toMatch(/Seq Scan on seen_events/);
    expect(check[0]).toMatch(/Index (Only )?Scan using seen_events_pkey/);
    // and a duplicate is still a duplicate
    expect((await turn(100)).rows[0].r_status).toBe('duplicate');
  });

  it('tmsd_done finds the item and the rest of its key by index in a long outbox', async () => {
    for (let i = 200; i < 212; i++) {
      await turn(i);
      await client.query('SELECT tmsd_done($1)', [`turn${i}/0`]);
    }
    await client.query(
      "INSERT INTO outbox(id, key, turn, idx, target, message, lang, created_at) SELECT 'x' || g, 'other' || g, 'x' || g, 0, '{}', '{}', 'en', 0 FROM generate_series(1, 20000) g",
    );
    await turn(300);
    plans.length = 0;
    expect((await client.query('SELECT tmsd_done($1) AS more', ['turn300/0'])).rows[0].more).toBe(false);
    const inDone = plans.filter((p) => /outbox x WHERE x\.(id|key)/.test(p));
    expect(inDone.length).toBeGreaterThanOrEqual(2);
    for (const p of inDone) expect(p).not.toMatch(/Seq Scan on outbox/);
  });
});
