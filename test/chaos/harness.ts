/**
 * Drives real app processes (test/chaos/replica.ts) behind the local fake Slack the way Slack's
 * Events API does: signed event_callbacks over HTTP; an event not acknowledged with a 200 within
 * 3 s (refused, reset, timed out) is sent again with the same event_id and x-slack-retry-num, to
 * any replica; some acknowledged events are delivered twice anyway. Replicas are SIGKILLed and
 * restarted mid-run. Retry delays are compressed (Slack waits about a minute); the retry count is
 * not capped at Slack's three so that every turn's outcome can be checked.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { FakeSlack } from '../slack/fake-slack';
import { eventCallback, mention, message, nextTs, sign, SECRET } from '../slack/signed';

const ROOT = path.join(__dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

export class Replica {
  child: ChildProcess | null = null;
  up = false;
  stderr = '';
  constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['-r', path.join(__dirname, 'register.cjs'), path.join(__dirname, 'replica.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stderr!.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-4000);
      // Each line tagged with the replica's port and pid, so a reply's story can be followed across replicas.
      if (process.env.CHAOS_LOGFILE) fs.appendFileSync(process.env.CHAOS_LOGFILE, d.toString().replace(/^(?=.)/gm, `r${this.port}/${child.pid} `));
    });
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`replica did not start: ${this.stderr}`)), 90_000);
      child.stdout!.on('data', (d: Buffer) => {
        if (d.toString().includes('ready')) {
          clearTimeout(t);
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(t);
        reject(new Error(`replica exited (${code} ${signal}): ${this.stderr}`));
      });
    });
    this.up = true;
  }

  kill(): Promise<void> {
    const c = this.child;
    this.up = false;
    if (!c || c.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    });
  }
}

export interface ChaosOptions {
  env: NodeJS.ProcessEnv;
  replicas: number;
  threads: number;
  turnsPerThread: number;
  /** Kill (SIGKILL) and restart replica 0 when this share of the turns has been acknowledged. */
  killAt: number[];
  /** Share of acknowledged events delivered once more (to any replica). */
  duplicateRate: number;
}

export interface ChaosReport {
  turns: number;
  deliveries: number;
  retries: number;
  duplicates: number;
  kills: number;
  ms: number;
  /** Per thread: the turn numbers of the posted replies, in posting order. */
  posted: Map<string, number[]>;
  expected: Map<string, number[]>;
  fake: FakeSlack;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function send(port: number, body: string, retryNum: number): Promise<boolean> {
  const ts = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(SECRET, ts, body) };
  if (retryNum > 0) {
    headers['x-slack-retry-num'] = String(retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  try {
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body, signal: AbortSignal.timeout(3000) });
    const text = await res.text();
    if (res.status !== 200 && process.env.CHAOS_DEBUG) process.stderr.write(`status ${res.status} ${text.slice(0, 200)}\n`);
    return res.status === 200;
  } catch (error) {
    if (process.env.CHAOS_DEBUG) process.stderr.write(`send failed ${String(error)}\n`);
    return false;
  }
}

export async function runChaos(o: ChaosOptions): Promise<ChaosReport> {
  const fake = new FakeSlack();
  await fake.start();
  const env = { ...o.env, SLACK_API_URL: fake.apiUrl };
  const replicas: Replica[] = [];
  for (let i = 0; i < o.replicas; i++) replicas.push(new Replica(await freePort(), env));
  await Promise.all(replicas.map((r) => r.start()));
  const started = Date.now();
  const stats = { deliveries: 0, retries: 0, duplicates: 0, kills: 0, acked: 0 };
  const total = o.threads * o.turnsPerThread;
  const pick = () => {
    const live = replicas.filter((r) => r.up);
    const all = live.length ? live : replicas;
    return all[Math.floor(Math.random() * all.length)]!;
  };

  const deliver = async (body: string) => {
    const deadline = Date.now() + 120_000; // a restart on a loaded machine takes seconds
    for (let attempt = 0; ; attempt++) {
      stats.deliveries++;
      if (attempt > 0) stats.retries++;
      if (await send(pick().port, body, attempt)) break;
      if (Date.now() > deadline) throw new Error(`an event was never acknowledged; replicas said: ${replicas.map((r) => r.stderr).join('\n---\n')}`);
      await sleep(100 + Math.random() * 200);
    }
    if (Math.random() < o.duplicateRate) {
      stats.duplicates++;
      void send(pick().port, body, 1);
    }
  };

  const killer = (async () => {
    for (const share of o.killAt) {
      while (stats.acked < share * total) await sleep(20);
      await replicas[0]!.kill();
      stats.kills++;
      await sleep(300);
      await replicas[0]!.start();
    }
  })();
  killer.catch((e: unknown) => process.stderr.write(`killer: ${String(e)}\n`));

  try {
    return await drive();
  } finally {
    await Promise.all(replicas.map((r) => r.kill()));
    await fake.stop();
  }

  async function drive(): Promise<ChaosReport> {
  const expected = new Map<string, number[]>();
  const roots: { channel: string; root: string }[] = [];
  const threads = Array.from({ length: o.threads }, async (_, t) => {
    const channel = `C${t % 7}`;
    const root = nextTs();
    const key = `${channel}:${root}`;
    roots.push({ channel, root });
    expected.set(key, Array.from({ length: o.turnsPerThread }, (_, k) => k + 1));
    for (let k = 1; k <= o.turnsPerThread; k++) {
      const text = `t${t}-m${k}`;
      const ev =
        k === 1
          ? mention(channel, 'UALICE', `<@UBOT> ${text}`, root)
          : message(channel, 'channel', 'UALICE', text, { thread_ts: root });
      await deliver(eventCallback(ev, `Ev${t}x${k}`));
      stats.acked++;
    }
  });
  await Promise.all(threads);
  await killer;

  // Every reply eventually posted (pending ones by the restarted replica or the sweeper).
  const want = total;
  const postsOf = () => fake.of('chat.postMessage').filter((c) => c.body.thread_ts);
  await fake.waitFor(() => postsOf().length >= want, 60_000).catch(() => undefined);
  await sleep(1500); // anything posted twice would show up now
  const posted = new Map<string, number[]>();
  for (const c of postsOf()) {
    const key = `${c.body.channel}:${c.body.thread_ts}`;
    const m = /turn=(\d+)/.exec(JSON.stringify(c.body.blocks));
    const list = posted.get(key) ?? [];
    list.push(m ? Number(m[1]) : -1);
    posted.set(key, list);
  }
  const ms = Date.now() - started;
  // Every Web API call the fake saw (method, when, where, which reply), for reading a failure afterwards.
  if (process.env.CHAOS_CALLS) {
    const line = (c: (typeof fake.calls)[number]) =>
      JSON.stringify({ method: c.method, at: c.at, channel: c.body.channel, thread_ts: c.body.thread_ts ?? c.body.ts, turn: Number(/turn=(\d+)/.exec(JSON.stringify(c.body.blocks ?? ''))?.[1] ?? -1), outbox_id: c.body.metadata?.event_payload?.outbox_id });
    fs.writeFileSync(process.env.CHAOS_CALLS, fake.calls.map(line).join('\n') + '\n');
  }
  if (process.env.CHAOS_DEBUG) process.stderr.write(replicas.map((r) => r.stderr).join('\n---\n'));
  return { turns: total, ...stats, ms, posted, expected, fake };
  }
}
