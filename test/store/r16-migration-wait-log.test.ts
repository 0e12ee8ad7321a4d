/**
 * `tms-doctor start`: a PostgreSQL migration that waits for a lock says so as a JSON log line (a warn
 * with the migration's number and try), like every other log line, not as raw text on stderr that a
 * log shipper parsing JSON would drop. The PostgreSQL store is replaced here by one that only reports
 * a wait and then fails to open (no database is contacted).
 */
import { start } from '../../src/cli/start';
import { makeIO } from '../cli/helpers';

jest.mock('../../src/store/postgres', () => ({
  postgresStore: async (_url: string, opts: { onMigrationWait?: (note: string, fields: { migration: number; attempt: number }) => void }) => {
    const note = 'PostgreSQL migration 8 (turn marks) is waiting: another session holds a lock on its table; trying again in 7 s (try 1)';
    if (opts.onMigrationWait) opts.onMigrationWait(note, { migration: 8, attempt: 1 });
    else process.stderr.write(`tms-doctor: ${note}\n`);
    throw new Error('stopped here by the test');
  },
}));

it('the wait note is one JSON warn line on stderr, with the migration number', async () => {
  const t = makeIO(undefined, { env: { SLACK_BOT_TOKEN: 'xoxb-1-2-ok', SLACK_SIGNING_SECRET: 'secret-for-tests', DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/tmsd', LOG_LEVEL: 'info' } });
  const raw = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  let code: number;
  try {
    code = await start([], t);
  } finally {
    raw.mockRestore();
  }
  expect(raw.mock.calls.filter(([s]) => /migration 8/.test(String(s)))).toHaveLength(0);
  expect(code).toBe(2);
  const lines = t.err().trim().split('\n');
  const waits = lines.filter((l) => /migration 8/.test(l));
  expect(waits).toHaveLength(1);
  const parsed = JSON.parse(waits[0]!) as Record<string, unknown>;
  expect(parsed).toMatchObject({ level: 'warn', migration: 8, attempt: 1 });
  expect(JSON.stringify(parsed)).toMatch(/is waiting/);
  expect(t.err()).toMatch(/cannot open the database/);
});
