/**
 * Schema text the SQL backends share (src/store/db.ts for SQLite, src/store/postgres.ts for
 * PostgreSQL): the same tables, spelled with each database's integer types. Their migrations
 * interpolate these texts, so a change here changes shipped migrations of both: never edit a
 * text that has shipped, add a migration instead.
 */

/** One numbered migration. Append only. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** How a backend spells a column type that differs between SQLite and PostgreSQL. */
export interface SqlTypes {
  /** A millisecond time (SQLite INTEGER holds 64 bits; PostgreSQL needs BIGINT). */
  time: 'INTEGER' | 'BIGINT';
  /** The outbox's ordering key, numbered by the database. */
  serial: 'INTEGER' | 'BIGSERIAL';
}

export const SQLITE_TYPES: SqlTypes = { time: 'INTEGER', serial: 'INTEGER' };
export const PG_TYPES: SqlTypes = { time: 'BIGINT', serial: 'BIGSERIAL' };

/** The outbox table and its index (SQLite migration 2, PostgreSQL migration 1), to stand on a line of its own. */
export const outboxTableSql = (t: SqlTypes): string => `CREATE TABLE outbox (
        seq         ${t.serial} PRIMARY KEY,
        id          TEXT NOT NULL UNIQUE,
        key         TEXT NOT NULL,
        turn        TEXT NOT NULL,
        idx         INTEGER NOT NULL,
        target      TEXT NOT NULL,
        message     TEXT NOT NULL,
        lang        TEXT NOT NULL,
        created_at  ${t.time} NOT NULL,
        lease_owner TEXT,
        lease_until ${t.time} NOT NULL DEFAULT 0,
        tries       INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX outbox_key ON outbox(key, seq);`;

/** The fleet jobs table (migration 4 of both backends). */
export const fleetJobsMigration = (version: number, t: SqlTypes): Migration => ({
  version,
  name: 'fleet jobs (one running job per user, leases, progress)',
  sql: `
      CREATE TABLE fleet_jobs (
        id           TEXT PRIMARY KEY,
        who          TEXT NOT NULL,
        owner        TEXT NOT NULL,
        surface      TEXT NOT NULL,
        lang         TEXT NOT NULL,
        channel      TEXT NOT NULL,
        thread_ts    TEXT,
        progress_ts  TEXT,
        total        INTEGER NOT NULL,
        done         INTEGER NOT NULL DEFAULT 0,
        state        TEXT NOT NULL,
        dedupe       TEXT UNIQUE,
        started_at   ${t.time} NOT NULL,
        heartbeat_at ${t.time} NOT NULL,
        lease_until  ${t.time} NOT NULL,
        finished_at  ${t.time}
      );
      CREATE INDEX fleet_jobs_who ON fleet_jobs(who, state, lease_until);
      CREATE INDEX fleet_jobs_state ON fleet_jobs(state, lease_until);
    `,
});

/** Fleet jobs can be resumed (SQLite migration 5, PostgreSQL migration 7): the same text in both. */
export const fleetJobsResumableMigration = (version: number): Migration => ({
  version,
  name: 'fleet jobs can be resumed (their target list, finished results, takeovers)',
  sql: `
      ALTER TABLE fleet_jobs ADD COLUMN plan TEXT;
      ALTER TABLE fleet_jobs ADD COLUMN takeovers INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE fleet_jobs ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE fleet_job_results (
        job_id TEXT NOT NULL,
        idx    INTEGER NOT NULL,
        item   TEXT NOT NULL,
        PRIMARY KEY (job_id, idx)
      );
    `,
});

/**
 * Fleet jobs say whether the user was told they started (SQLite migration 9, PostgreSQL migration 9):
 * `acked` is 0 from the claim of a job whose start is still to be acknowledged (a slash command's
 * ack, which Slack may refuse as too late: the user is then told nothing was done) until the ack
 * that went through is recorded (its own write before the job runs; its heartbeats record it too). Only a job with `acked` 1 is taken over by another owner; one left with 0
 * (its release after a refused ack failed) is ended by `reap` once its lease runs out and never
 * runs. The default 1 keeps every existing job, and the rows an older replica writes in a rolling
 * deploy, as they were. An older replica ignores the column (it may take over an unacknowledged claim,
 * and its heartbeats and pause leave the column 0): a job taken over (`takeovers` > 0) counts as
 * acknowledged (src/store/fleet-jobs.ts).
 */
export const fleetJobsAckedMigration = (version: number): Migration => ({
  version,
  name: 'fleet jobs record whether their start was acknowledged (an unacknowledged one is never taken over)',
  sql: `
      ALTER TABLE fleet_jobs ADD COLUMN acked INTEGER NOT NULL DEFAULT 1;
    `,
});
