/**
 * OPS20 #3: how long a starting replica waits for another replica's PostgreSQL migrations is an
 * operator's setting, PG_MIGRATION_WAIT_S (default 900 s). A real `tms-doctor start` process with
 * the setting at 2 s, while another session holds the migrations' advisory lock (as a replica
 * running a long migration does): it says once that it waits and for how long at most, then gives
 * up at about 2 s with one JSON error line naming the lock and how to find its holder, and exits 2
 * (README: "a database that cannot be opened exits 2"); it leaves no lock request queued behind it.
 * A malformed value stops start-up at once with one line, exit 2. Loopback PostgreSQL only; the
 * process never reaches Slack (its Web API URL is a closed loopback port).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { start } from '../../src/cli/start';
import { storeConfigFromEnv } from '../../src/store/open';
import { makeIO } from '../cli/helpers';
import { freshPgDatabase, pgUrl } from './backends';

const url = pgUrl();
const pg = url ? describe : describe.skip;
jest.setTimeout(120_000);

/** The lock migratePg runs under (src/store/postgres.ts MIGRATION_LOCK). */
const MIGRATION_LOCK = 7_301_130;

describe('PG_MIGRATION_WAIT_S is read with the store settings', () => {
  it('seconds from 0 to 86400; unset: the default (none given to the store)', () => {
    const db = 'postgres://u@127.0.0.1:5432/x';
    expect(storeConfigFromEnv({ DATABASE_URL: db, PG_MIGRATION_WAIT_S: '2' })).toEqual({ ok: true, config: { kind: 'postgres', url: db, migrationWaitMs: 2000 } });
    expect(storeConfigFromEnv({ DATABASE_URL: db, PG_MIGRATION_WAIT_S: '0' })).toEqual({ ok: true, config: { kind: 'postgres', url: db, migrationWaitMs: 0 } });
    expect(storeConfigFromEnv({ DATABASE_URL: db, PG_MIGRATION_WAIT_S: ' ' })).toEqual({ ok: true, config: { kind: 'postgres', url: db } });
    expect(storeConfigFromEnv({ DATABASE_URL: db })).toEqual({ ok: true, config: { kind: 'postgres', url: db } });
    for (const bad of ['-1', '1.5', '15m', '86401', '999999']) {
      expect(storeConfigFromEnv({ DATABASE_URL: db, PG_MIGRATION_WAIT_S: bad })).toEqual({ ok: false, message: `PG_MIGRATION_WAIT_S must be a number of seconds from 0 to 86400 (got "${bad}").` });
    }
    // SQLite has no replicas to wait for: the setting is not read there.
    expect(storeConfigFromEnv({ TMS_DOCTOR_DB: '/tmp/x.db', PG_MIGRATION_WAIT_S: 'soon' })).toEqual({ ok: true, config: { kind: 'sqlite', file: '/tmp/x.db' } });
  });

  it('tms-doctor start with a malformed value: one line, exit 2, nothing opened', async () => {
    const t = makeIO(undefined, { env: { SLACK_BOT_TOKEN: 'xoxb-1-2-ok', SLACK_SIGNING_SECRET: 'secret-for-tests', DATABASE_URL: 'postgres://u@127.0.0.1:9/none', PG_MIGRATION_WAIT_S: '15m' } });
    expect(await start([], t)).toBe(2);
    expect(t.err()).toBe('tms-doctor start: PG_MIGRATION_WAIT_S must be a number of seconds from 0 to 86400 (got "15m").\n');
  });
});

pg('a real replica process waiting for another replica\'s migrations', () => {
  let holder: Client | undefined;
  afterEach(async () => {
    await holder?.end().catch(() => undefined);
    holder = undefined;
  });

  it('PG_MIGRATION_WAIT_S=2: one warn line that it waits (at most 2 s), then one JSON error line and exit 2 at about 2 s; no lock request left queued', async () => {
    const db = await freshPgDatabase(url!, 'tmsd_ops20');
    holder = new Client({ connectionString: db });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const child = spawn(process.execPath, ['-r', path.join(__dirname, '../chaos/register.cjs'), path.join(__dirname, '../../src/cli.ts'), 'start'], {
      env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-1-2-ok', SLACK_SIGNING_SECRET: 'secret-for-tests', SLACK_API_URL: 'http://127.0.0.1:9/api/', PORT: '0', DATABASE_URL: db, PG_MIGRATION_WAIT_S: '2', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    let waitingAt = 0;
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      if (!waitingAt && /waiting for another replica's migrations/.test(err)) waitingAt = Date.now();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    const exitedAt = Date.now();
    expect(code).toBe(2);
    const lines = err.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>); // every line is JSON
    const warns = lines.filter((l) => l.level === 'warn');
    expect(warns).toHaveLength(1); // said once (then once a minute)
    expect(String(warns[0]!.msg)).toMatch(/waiting for another replica's migrations to finish \(advisory lock 7301130, 0 s so far; gives up after 2 s\)/);
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ advisoryLock: MIGRATION_LOCK, waitedFor: expect.stringMatching(/another replica's PostgreSQL migrations/), check: expect.stringMatching(/pg_locks/), store: expect.stringMatching(/^PostgreSQL 127\.0\.0\.1/) });
    expect(errors[0]!.waitedS).toBeGreaterThanOrEqual(2); // measured: more on a loaded machine
    expect(String(errors[0]!.msg)).toMatch(/cannot open the database PostgreSQL .*gave up after \d+ s waiting for another replica's PostgreSQL migrations/);
    expect(err).not.toMatch(/xoxb-1-2-ok|secret-for-tests/);
    // It gave up at the bound (it exited at all within the test's time), not at the 15-minute default.
    expect(waitingAt).toBeGreaterThan(0);
    expect(exitedAt - waitingAt).toBeGreaterThanOrEqual(1500);
    const queued = await holder.query<{ n: string }>("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted", [MIGRATION_LOCK]);
    expect(Number(queued.rows[0]!.n)).toBe(0);
  });
});
