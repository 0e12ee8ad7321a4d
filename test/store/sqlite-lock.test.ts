/**
 * One process per SQLite file: `tms-doctor start` holds `<file>.lock` (src/store/sqlite-lock.ts);
 * a second start on the same file refuses with one line and exit 2, and the start-up log names
 * the store it uses.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sqliteStore } from '../../src/store/sqlite';
import { SqliteFileInUse } from '../../src/store/sqlite-lock';
import { start } from '../../src/cli/start';
import { makeIO } from '../cli/helpers';

describe('SQLite: one process per file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-lock-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a second exclusive open of the same file is refused; after the first closes it opens', async () => {
    const file = path.join(dir, 't.db');
    const a = sqliteStore(file, { exclusive: true, checkpoint: false });
    expect(() => sqliteStore(file, { exclusive: true, checkpoint: false })).toThrow(SqliteFileInUse);
    // The main file itself stays open to other connections (a backup, a sqlite3 shell).
    const other = sqliteStore(file, { checkpoint: false });
    expect((await other.check()).ok).toBe(true);
    await other.close();
    await a.close();
    const b = sqliteStore(file, { exclusive: true, checkpoint: false });
    expect((await b.check()).ok).toBe(true);
    await b.close();
  });

  it('holds against another process, and the lock goes with that process', () => {
    const file = path.join(dir, 't.db');
    // Another process holds the lock the same way (EXCLUSIVE locking mode, one write), for 2 s.
    const holder = `const D=require('better-sqlite3');const d=new D(process.argv[1]+'.lock');d.pragma('locking_mode = EXCLUSIVE');d.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, since INTEGER NOT NULL)');d.exec('BEGIN IMMEDIATE;DELETE FROM holder;COMMIT');process.stdout.write('held\\n');setTimeout(()=>{},1500);`;
    const child = require('node:child_process').spawn(process.execPath, ['-e', holder, file], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    return new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => {
        try {
          expect(() => sqliteStore(file, { exclusive: true, checkpoint: false })).toThrow(/another process is using it/);
        } catch (e) {
          reject(e);
          return;
        }
        child.once('exit', () => {
          const s = sqliteStore(file, { exclusive: true, checkpoint: false });
          void s.close().then(resolve, reject);
        });
      });
    });
  }, 20_000);

  it('`start` on a file another start holds: one line, exit 2', async () => {
    const file = path.join(dir, 'shared.db');
    const env = { SLACK_BOT_TOKEN: 'xoxb-111-222-abcdefFAKE', SLACK_SIGNING_SECRET: 'sekritFAKE0123456789', TMS_DOCTOR_DB: file, SLACK_API_URL: 'http://127.0.0.1:1/api/', PORT: '0' };
    const held = sqliteStore(file, { exclusive: true, checkpoint: false });
    try {
      const io = makeIO('', { env });
      expect(await start([], io)).toBe(2);
      const lines = io.err().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/cannot open the database SQLite .*shared\.db.*another process is using it/);
    } finally {
      await held.close();
    }
  });
});
