/**
 * OPS-C #2 (issue 13): a rolling deploy across PostgreSQL migration 9 (fleet_jobs.acked). While it
 * lasts, replicas of the release before it (which knows migrations 1-8 and never reads or writes
 * `acked`) and of the new release serve on one database. The statements below are the older
 * release's own (src/store/fleet-jobs.ts before migration 9, commit 609898e^), sent as an older
 * replica sends them.
 *
 * The migration is additive (a column with a constant default): the older release's writes still
 * work and read as acknowledged jobs. What broke: an older replica ignores `acked`, so it may take
 * over a claim the new release left unacknowledged and run it (its user sees "picked it up again"),
 * and neither its heartbeats nor its pause at a graceful stop (the rolling deploy stopping it) set
 * the column. The new release then never took that job over (only acknowledged ones) and its sweep
 * ended it as a job that never started, though it had run. Now a job already taken over counts as
 * started: the new release finishes it, or tells its user it was cut short.
 */
import { fleetJobStoreFor, type FleetJobStore } from '../../src/store/fleet-jobs';
import { postgresStore, type PostgresStore } from '../../src/store/postgres';
import { freshPgDatabase, pgUrl } from './backends';

const url = pgUrl();
const suite = url ? describe : describe.skip;

jest.setTimeout(30_000);

const COLS = 'id, who, owner, surface, lang, channel, thread_ts, progress_ts, total, done, state, started_at, heartbeat_at, lease_until, finished_at';
/** The older release's statements (before migration 9). */
const OLD = {
  read: `SELECT ${COLS}, takeovers, (plan IS NOT NULL) AS resumable FROM fleet_jobs WHERE id = $1`,
  insert: `INSERT INTO fleet_jobs(${COLS}, dedupe, plan) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) ON CONFLICT (dedupe) DO NOTHING`,
  heartbeat: `UPDATE fleet_jobs SET done = $3, progress_ts = COALESCE($4, progress_ts), heartbeat_at = $5, lease_until = $6
         WHERE id = $1 AND owner = $2 AND state = 'running'`,
  pause: `WITH j AS (UPDATE fleet_jobs SET done = $3, progress_ts = COALESCE($4, progress_ts), lease_until = $7, paused = 1
                  WHERE id = $1 AND owner = $2 AND state = 'running' RETURNING id, total),
            ins AS (INSERT INTO fleet_job_results(job_id, idx, item)
                    SELECT j.id, x.idx, x.item FROM j, unnest($5::int[], $6::text[]) AS x(idx, item) WHERE x.idx < j.total
                    ON CONFLICT DO NOTHING RETURNING 1)
       SELECT (SELECT count(*) FROM j)::int AS n`,
  adopt: `UPDATE fleet_jobs SET owner = $1, heartbeat_at = $2, lease_until = $3, takeovers = takeovers + 1 - paused, paused = 0
       WHERE id IN (SELECT id FROM fleet_jobs WHERE state = 'running' AND lease_until <= $2 AND plan IS NOT NULL AND (takeovers < $4 OR paused = 1)
                    ORDER BY lease_until LIMIT $5 FOR UPDATE SKIP LOCKED)
         AND state = 'running' AND lease_until <= $2
       RETURNING ${COLS}, takeovers, (plan IS NOT NULL) AS resumable, plan`,
};

const plan = JSON.stringify({ entries: [{ line: 1, input: '127.0.4.1:443', name: null, stated: null }, { line: 2, input: '127.0.4.2:443', name: null, stated: null }] });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

suite('PostgreSQL rolling deploy across migration 9: a replica of the older release beside the new one', () => {
  let store: PostgresStore | undefined;
  let jobs: FleetJobStore;
  const q = (text: string, values: unknown[]) => store!.pool.query(text, values);

  beforeEach(async () => {
    store = await postgresStore(await freshPgDatabase(url!, 'tmsd_mig9'));
    jobs = fleetJobStoreFor(store);
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  /** The new release claims a /tls-probe job awaiting its acknowledgement (the ack refused and the release failed, or its replica died before the ack was recorded). */
  async function unacknowledgedClaim(id: string, who: string): Promise<void> {
    const c = await jobs.claim({ id, who, owner: 'new-A', surface: 'slash', lang: 'en', channel: who, total: 2, leaseMs: 1, plan, awaitingAck: true });
    expect(c).toMatchObject({ status: 'started', job: { acked: false } });
    await sleep(5); // its lease ran out
  }

  it('the migration is additive: the older release claims, reads and beats as before, and its jobs are ordinary acknowledged jobs to the new release', async () => {
    const t = Date.now();
    const ins = await q(OLD.insert, ['job:old', 'UOLD', 'old-B', 'slash', 'en', 'UOLD', null, null, 2, 0, 'running', t, t, t + 1, null, null, plan]);
    expect(ins.rowCount).toBe(1);
    expect(await jobs.get('job:old')).toMatchObject({ acked: true, takeovers: 0, resumable: true });
    // a row the new release wrote, read with the older release's columns
    await unacknowledgedClaim('job:new', 'UNEW');
    expect((await q(OLD.read, ['job:new'])).rows).toEqual([expect.objectContaining({ id: 'job:new', owner: 'new-A' })]);
    expect((await q(OLD.heartbeat, ['job:old', 'old-B', 1, '1.1', t, t + 1])).rowCount).toBe(1);
    await sleep(5);
    const adopted = await jobs.adopt('new-C', 60_000, 3);
    expect(adopted.map((a) => [a.job.id, a.job.acked, a.job.takeovers])).toEqual([['job:old', true, 1]]);
  });

  it('a claim left unacknowledged, taken over and run by an older replica, which is then stopped (paused) by the rolling deploy: the new release resumes it, it is not ended as never started', async () => {
    await unacknowledgedClaim('job:1', 'U1');
    const t = Date.now();
    const old = await q(OLD.adopt, ['old-B', t, t + 60_000, 3, 100]);
    expect(old.rows).toEqual([expect.objectContaining({ id: 'job:1', takeovers: 1 })]); // the older release runs it
    expect((await q(OLD.heartbeat, ['job:1', 'old-B', 1, '9.9', t, t + 60_000])).rowCount).toBe(1);
    expect((await q(OLD.pause, ['job:1', 'old-B', 1, null, [0], [JSON.stringify({ verdict: 'ok' })], Date.now()])).rows[0]).toEqual({ n: 1 });
    expect(await jobs.reap(100, 3)).toEqual([]);
    const [got, ...more] = await jobs.adopt('new-C', 60_000, 3);
    expect(more).toEqual([]);
    expect(got?.job).toMatchObject({ id: 'job:1', owner: 'new-C', acked: true, takeovers: 1, progressTs: '9.9', done: 1 });
    expect(got?.results).toEqual([{ index: 0, item: JSON.stringify({ verdict: 'ok' }) }]);
  });

  it('the same, the older replica died while running it: the new release takes it over; with no takeover left (or no probe) it is reaped as started, so its user is told it was cut short', async () => {
    await unacknowledgedClaim('job:2', 'U2');
    await unacknowledgedClaim('job:3', 'U3');
    const t = Date.now();
    expect((await q(OLD.adopt, ['old-B', t, t + 1, 3, 100])).rows.map((r: { id: string }) => r.id).sort()).toEqual(['job:2', 'job:3']);
    await sleep(5); // the older replica died: its lease runs out
    expect((await jobs.reap(100, 1)).map((j) => [j.id, j.state, j.acked, j.takeovers]).sort()).toEqual([
      ['job:2', 'expired', true, 1],
      ['job:3', 'expired', true, 1],
    ]);
    await unacknowledgedClaim('job:4', 'U4');
    const t2 = Date.now();
    await q(OLD.adopt, ['old-B', t2, t2 + 1, 3, 100]);
    await sleep(5);
    expect((await jobs.adopt('new-C', 60_000, 3)).map((a) => [a.job.id, a.job.acked, a.job.takeovers])).toEqual([['job:4', true, 2]]);
  });

  it('a claim left unacknowledged that no older replica took over is still never taken over by the new release, and reaped as unacknowledged', async () => {
    await unacknowledgedClaim('job:5', 'U5');
    expect(await jobs.adopt('new-C', 60_000, 3)).toEqual([]);
    expect((await jobs.reap(100, 3)).map((j) => [j.id, j.acked])).toEqual([['job:5', false]]);
  });
});
