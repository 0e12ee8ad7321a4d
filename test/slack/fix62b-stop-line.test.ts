/**
 * fix62b: a clean stop's last log line ('stopped') is written before the process exits. A turn in
 * flight waits out Slack's Retry-After when SIGTERM comes; nothing else keeps the process alive (the
 * in-memory store or SQLite hold no handle, the pause's timer does not), so before, the process
 * ended in the middle of the shutdown grace: exit 0 after about 0.1 s, the turn's answer never
 * posted, the store not closed, and no 'stopped' line. Now the stop holds the process until its
 * last line is out (the log stream waited on), within the stop's bound. A real `tms-doctor start`
 * process, its stderr read to the end; the fake Web API on loopback.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeSlack } from './fake-slack';
import { eventCallback, mention } from './signed';
import { launchStart } from './cli-process';

const BOT = 'xoxb-2718281828-3141592653589-Zq8RtYp3LmN7vXc2BwK9sD4f';
const SIGNING = '8f14e45fceea167a5a36dedd4bea2543';

describe.each([['the memory store', true], ['SQLite', false]] as const)('SIGTERM while a turn waits out a Retry-After, with %s', (_name, memory) => {
  let fake: FakeSlack;
  let dir: string;
  beforeEach(async () => {
    fake = new FakeSlack();
    await fake.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-62b-stop-'));
  });
  afterEach(async () => {
    await fake.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the turn is finished within the grace, then the last line of the log is "stopped"; exit 0', async () => {
    const p = launchStart(fake, dir, { bot: BOT, signing: SIGNING }, { memory });
    await p.port;
    const channel = memory ? 'CSTOPMEM' : 'CSTOPSQL';
    fake.failIn(channel, { mode: '429', retryAfter: 2, times: 1 });
    expect(await p.signedPost(eventCallback(mention(channel, 'UALICE', '<@UBOT> TMS 15.2, endpoints on CE 9.15')))).toBe(200);
    await fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage!429'), 20000);
    const t0 = Date.now();
    p.child.kill('SIGTERM');
    const { code } = await p.closed; // exited, and its stderr read to the end
    const ms = Date.now() - t0;
    const lines = p.log().trim().split('\n');
    expect(fs.existsSync(path.join(dir, 'bot.db'))).toBe(!memory); // the memory store writes no file
    expect(code).toBe(0);
    expect(ms).toBeGreaterThan(1000); // the Retry-After was waited out, not cut by the process ending
    expect(fake.tagged(channel)).toHaveLength(1); // the answer went out
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ level: 'info', msg: 'stopped' });
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  }, 120000);
});
