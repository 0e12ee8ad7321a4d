/**
 * HTTP mode: a slash command whose listener is held up by a busy store (here every conversation
 * lookup takes 4 s) is answered 503 with Retry-After by the ack deadline, 2.5 s, clearly inside
 * Slack's 3 s (which also counts the network both ways), not at 2.8 s; a store that answers within
 * the deadline still gets the command its normal acknowledgement. Real app, real HTTP on 127.0.0.1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/port';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { FORM, post, slashCommand } from './signed';
import { slowStore } from './slow-store';

jest.setTimeout(30000);

const fake = new FakeSlack();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-ack-deadline-'));
let inner: Store;
const delay = { ms: 0 };
let h: Harness;

beforeAll(async () => {
  await fake.start();
  inner = sqliteStore(path.join(dir, 'slow.db'));
  h = await startHarness({ engine: echoEngine, fake, probe: null, extra: { store: slowStore(inner, delay) } });
});
afterAll(async () => {
  await h.close();
  await inner.close();
  await fake.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('held up past the deadline: 503 by 2.5 s (before: 2.8 s)', async () => {
  delay.ms = 4000;
  const res = await post(h.port, slashCommand('/tls-probe', 'help', fake.responseUrl('slow1')), { contentType: FORM });
  expect(res.status).toBe(503);
  expect(res.ms).toBeGreaterThanOrEqual(2400);
  expect(res.ms).toBeLessThan(2790);
});

it('answered within the deadline: the command\'s own acknowledgement', async () => {
  delay.ms = 1500;
  const res = await post(h.port, slashCommand('/tls-probe', 'help', fake.responseUrl('slow2')), { contentType: FORM });
  expect(res.status).toBe(200);
  expect(res.text).toMatch(/tls-probe/);
});
