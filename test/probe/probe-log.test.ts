import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recentProbes, recordProbe } from '../../src/store/probe-log';
import type { ProbeResult } from '../../src/probe/types';

const result: ProbeResult = {
  target: '10.1.2.3:443',
  address: '10.1.2.3',
  port: 443,
  reachable: true,
  tls: true,
  protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': true, 'tls1.2': true, 'tls1.3': false },
  tms: { medium: false, mediumHigh: true },
  certificate: null,
  error: null,
  durationMs: 42,
};

describe('probe log', () => {
  it('records probes and refusals and lists them newest first (in-memory DB)', () => {
    const db = new Database(':memory:');
    recordProbe(db, { who: 'U123', surface: 'slash', target: '10.1.2.3', result, refused: null, at: new Date('2026-01-01T10:00:00Z') });
    recordProbe(db, { who: 'U456', surface: 'button', target: '169.254.169.254', result: null, refused: 'link-local', at: new Date('2026-01-01T11:00:00Z') });
    recordProbe(db, { who: 'cli', surface: 'cli', target: '10.9.9.9', result: null, refused: 'outside', at: new Date('2026-01-01T09:00:00Z') });
    const rows = recentProbes(db, 10);
    expect(rows.map((r) => r.target)).toEqual(['169.254.169.254', '10.1.2.3', '10.9.9.9']);
    expect(rows[1]).toMatchObject({ who: 'U123', surface: 'slash', refused: null, result });
    expect(rows[1].at.toISOString()).toBe('2026-01-01T10:00:00.000Z');
    expect(rows[0]).toMatchObject({ result: null, refused: 'link-local' });
    expect(recentProbes(db, 1)).toHaveLength(1);
    expect(recentProbes(db, -5)).toHaveLength(1);
    db.close();
  });

  it('persists in a file DB across connections and clips hostile sizes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-log-'));
    try {
      const file = join(dir, 'x.db');
      const a = new Database(file);
      recordProbe(a, { who: 'x'.repeat(10000), surface: 'slash', target: "'; DROP TABLE probe_log; --", result, refused: null });
      a.close();
      const b = new Database(file);
      const rows = recentProbes(b, 5);
      expect(rows).toHaveLength(1);
      expect(rows[0].who.length).toBe(500);
      expect(rows[0].target).toBe("'; DROP TABLE probe_log; --");
      expect(rows[0].result?.tms).toEqual({ medium: false, mediumHigh: true });
      b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
