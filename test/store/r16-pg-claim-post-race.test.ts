/**
 * FIX7C: a post's claim on PostgreSQL answers 'claimed' to the run that holds it, also when that
 * run's earlier attempt (its answer lost) is still being committed when the retry arrives: the
 * retry waits on the row and must see it once committed, not answer 'taken' from its snapshot.
 */
import { Client } from 'pg';
import { fleetJobStoreFor } from '../../src/store/fleet-jobs';
import { postgresStore, type PostgresStore } from '../../src/store/postgres';
import { freshPgDatabase, pgUrl } from './backends';

const url = pgUrl();
const suite = url ? describe : describe.skip;

jest.setTimeout(30_000);

suite('PostgreSQL claimPost while an earlier attempt commits', () => {
  let store: PostgresStore | undefined;
  let other: Client | undefined;
  afterEach(async () => {
    await other?.end().catch(() => undefined);
    await store?.close();
    other = store = undefined;
  });

  async function setup(): Promise<{ jobs: ReturnType<typeof fleetJobStoreFor>; db: string; id: string }> {
    const db = await freshPgDatabase(url!, 'tmsd_claim');
    store = await postgresStore(db);
    const jobs = fleetJobStoreFor(store);
    const id = 'job:race';
    const plan = JSON.stringify([{ line: 1, input: '127.0.4.1:443', name: null, stated: null }]);
    await jobs.claim({ id, who: 'Urace', owner: 'r1', surface: 'slash', lang: 'en', channel: 'C1', total: 1, leaseMs: 60_000, plan });
    return { jobs, db, id };
  }

  /** Another connection writes `post`'s claim for `mark` and holds it uncommitted while `ask` runs; then commits. */
  async function whileCommitting<T>(db: string, jobId: string, idx: number, mark: string, ask: () => Promise<T>): Promise<T> {
    other = new Client({ connectionString: db });
    await other.connect();
    await other.query('BEGIN');
    await other.query('INSERT INTO fleet_job_results(job_id, idx, item) VALUES ($1, $2, $3)', [jobId, idx, mark]);
    const pending = ask();
    await new Promise((r) => setTimeout(r, 300)); // the ask now waits on the uncommitted row
    await other.query('COMMIT');
    return pending;
  }

  it("the same run's retry gets its own claim back ('claimed')", async () => {
    const { jobs, db, id } = await setup();
    // The report's claim of run 'run-a', as the store itself writes it (found by a first claim).
    const probe = await jobs.claimPost(id, 'r1', 'report', 'probe-run');
    expect(probe).toBe('claimed');
    const row = new Client({ connectionString: db });
    await row.connect();
    const { rows } = await row.query<{ idx: number; item: string }>('DELETE FROM fleet_job_results WHERE job_id = $1 AND idx < 0 RETURNING idx, item', [id]);
    await row.end();
    const idx = Number(rows[0]!.idx);
    const mark = rows[0]!.item.replace('probe-run', 'run-a');
    expect(await whileCommitting(db, id, idx, mark, () => jobs.claimPost(id, 'r1', 'report', 'run-a'))).toBe('claimed');
    expect(await jobs.claimPost(id, 'r1', 'report', 'run-a')).toBe('claimed');
  });

  it("another run's claim committed meanwhile is 'taken'", async () => {
    const { jobs, db, id } = await setup();
    expect(await jobs.claimPost(id, 'r1', 'summary', 'probe-run')).toBe('claimed');
    const row = new Client({ connectionString: db });
    await row.connect();
    const { rows } = await row.query<{ idx: number; item: string }>('DELETE FROM fleet_job_results WHERE job_id = $1 AND idx < 0 RETURNING idx, item', [id]);
    await row.end();
    const idx = Number(rows[0]!.idx);
    const mark = rows[0]!.item.replace('probe-run', 'run-a');
    expect(await whileCommitting(db, id, idx, mark, () => jobs.claimPost(id, 'r1', 'summary', 'run-b'))).toBe('taken');
    expect(await jobs.claimPost(id, 'r1', 'summary', 'run-a')).toBe('claimed');
    expect(await jobs.claimPost(id, 'r2', 'summary', 'run-a')).toBe('lost');
  });
});
