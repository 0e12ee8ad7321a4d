/**
 * FIX16C 2 (REV9 A1): while another replica holds the migrations' lock, the wait is said once a minute, every minute,
 * even when each round (1 s plus the query's time and the timer's lag) does not land within a second of the minute.
 * A stand-in pool (no PostgreSQL): the lock is never granted, each try costs 0.7 s of clock, the timers are faked.
 */
import type { Pool } from 'pg';
import { migratePg, MigrationWaitError } from '../../src/store/postgres';

function busyPool(queryMs: number): Pool {
  const pc = {
    query: (q: { text: string } | string) => {
      const text = typeof q === 'string' ? q : q.text;
      if (/pg_try_advisory_lock/.test(text)) {
        jest.setSystemTime(Date.now() + queryMs);
        return Promise.resolve({ rows: [{ ok: false }] });
      }
      return Promise.resolve({ rows: [] });
    },
    release: () => undefined,
  };
  return { connect: () => Promise.resolve(pc) } as unknown as Pool;
}

describe('migratePg: the replica-wait line is said for every minute waited', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_700_000_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('rounds of 1.7 s: one line at the start and one in each of minutes 1, 2 and 3', async () => {
    const notes: { waitedS: number }[] = [];
    const run = migratePg(busyPool(700), {
      onMigrationWait: (_n, f) => notes.push({ waitedS: f.waitedS ?? -1 }),
      migrationLock: { replicaWaitMs: 230_000 },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    for (let i = 0; i < 400; i++) await jest.advanceTimersByTimeAsync(1_000);
    expect(await run).toBeInstanceOf(MigrationWaitError);
    const minutes = notes.map((n) => Math.floor(n.waitedS / 60));
    expect(minutes).toEqual([0, 1, 2, 3]);
  });
});
