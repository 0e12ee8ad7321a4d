import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConversationState } from '../../src/conversation/types';
import { ConversationStore, CONVERSATION_TTL_MS } from '../../src/store/conversations';
import { dbPathFromEnv, MIGRATIONS, migrate, openDb, schemaVersion } from '../../src/store/db';
import { RateLimiter } from '../../src/store/rate-limit';

const state = (turns: number): ConversationState => ({ v: 1, lang: 'en', facts: {}, pending: null, turns });

describe('SQLite store', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-store-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the directory, uses WAL, records migrations once', () => {
    const file = path.join(dir, 'nested', 'deeper', 'x.db');
    const db = openDb(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // waits for a lock, but never near Slack's 3 s ack deadline (the driver blocks the process)
    const busy = db.pragma('busy_timeout', { simple: true }) as number;
    expect(busy).toBeGreaterThan(0);
    expect(busy).toBeLessThanOrEqual(1500);
    expect(schemaVersion(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect(migrate(db)).toBe(0);
    db.close();
    const again = openDb(file);
    expect((again.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(MIGRATIONS.length);
    again.close();
  });

  it('takes the file from TMS_DOCTOR_DB, else ./data/tms-doctor.db', () => {
    expect(dbPathFromEnv({ TMS_DOCTOR_DB: '/tmp/a.db' })).toBe('/tmp/a.db');
    expect(dbPathFromEnv({})).toBe('./data/tms-doctor.db');
    expect(dbPathFromEnv({ TMS_DOCTOR_DB: '  ' })).toBe('./data/tms-doctor.db');
  });

  it('keeps conversations across reopen, and expires them after 30 days', () => {
    let now = 1_000_000;
    const file = path.join(dir, 'c.db');
    let db = openDb(file);
    let store = new ConversationStore(db, { now: () => now });
    store.put('C1:1.0', state(3), [{ lang: 'en', blocks: [{ type: 'paragraph', text: 'hi' }] }]);
    db.close();
    db = openDb(file);
    store = new ConversationStore(db, { now: () => now });
    expect(store.get('C1:1.0')!.state.turns).toBe(3);
    expect(store.get('C1:1.0')!.lastReplies).toHaveLength(1);
    expect(store.has('C1:1.0')).toBe(true);
    now += CONVERSATION_TTL_MS - 1;
    expect(store.has('C1:1.0')).toBe(true);
    now += 2;
    expect(store.has('C1:1.0')).toBe(false);
    expect(store.get('C1:1.0')).toBeNull();
    store.put('C2:1.0', state(1), []);
    now += CONVERSATION_TTL_MS + 1;
    expect(store.purgeExpired().conversations).toBe(1);
    expect(store.count()).toBe(0);
    db.close();
  });

  it('treats unreadable or foreign state as a new conversation', () => {
    const db = openDb(':memory:');
    const store = new ConversationStore(db);
    db.prepare("INSERT INTO conversations VALUES ('k1', '{not json', NULL, 0, 0, 9e15)").run();
    db.prepare("INSERT INTO conversations VALUES ('k2', '{\"v\":99}', NULL, 0, 0, 9e15)").run();
    expect(store.get('k1')).toBeNull();
    expect(store.get('k2')).toBeNull();
    db.close();
  });

  it('claims an event id exactly once, and a rolled-back transaction claims nothing', () => {
    const db = openDb(':memory:');
    const store = new ConversationStore(db);
    expect(store.claim('ev:1')).toBe(true);
    expect(store.claim('ev:1')).toBe(false);
    expect(() =>
      store.transaction(() => {
        store.claim('ev:2');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.claim('ev:2')).toBe(true);
    db.close();
  });

  it('rate-limits per user in a sliding window that survives a reopen', () => {
    let now = 0;
    const file = path.join(dir, 'r.db');
    let db = openDb(file);
    let rl = new RateLimiter(db, 3, 1000, () => now);
    expect([1, 2, 3].map(() => rl.take('U1').allowed)).toEqual([true, true, true]);
    expect(rl.take('U2').allowed).toBe(true);
    db.close();
    db = openDb(file);
    rl = new RateLimiter(db, 3, 1000, () => now);
    now = 400;
    const d = rl.take('U1');
    expect(d).toMatchObject({ allowed: false, used: 3, limit: 3 });
    expect(d.retryAfterMs).toBe(600);
    now = 1001;
    expect(rl.take('U1').allowed).toBe(true);
    db.close();
  });
});
