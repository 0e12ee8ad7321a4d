/**
 * A real `tms-doctor start` process (HTTP mode) against the local fake Web API, its log and exit
 * observed from outside. Loopback only.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { FakeSlack } from './fake-slack';
import { sign } from './signed';

/**
 * `memory`: the process keeps its state in memory (test/slack/memory-store.cjs replaces the store
 * `start` opens: nothing outlives it, and nothing of the store keeps the process alive).
 */
export function launchStart(fake: FakeSlack, dir: string, secrets: { bot: string; signing: string }, opts: { memory?: boolean } = {}) {
  const preload = ['-r', path.join(__dirname, '../chaos/register.cjs'), ...(opts.memory ? ['-r', path.join(__dirname, 'memory-store.cjs')] : [])];
  const child = spawn(process.execPath, [...preload, path.join(__dirname, '../../src/cli.ts'), 'start'], {
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: secrets.bot,
      SLACK_SIGNING_SECRET: secrets.signing,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      TMS_DOCTOR_DB: path.join(dir, 'bot.db'),
      LOG_LEVEL: 'debug',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  /** The process ended and its stdout and stderr were read to the end. */
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  const port = new Promise<number>((resolve, reject) => {
    // The child compiles src/ on the fly (chaos/register.cjs): on a loaded 2-core machine that alone can take
    // most of half a minute before its first log line.
    const t = setTimeout(() => reject(new Error(`no start: ${err.slice(-2000)}`)), 75000);
    child.stderr.on('data', () => {
      const m = /"msg":"listening for Slack requests"[^\n]*"port":(\d+)|"port":(\d+)[^\n]*"msg":"listening for Slack requests"/.exec(err);
      if (m) {
        clearTimeout(t);
        resolve(Number(m[1] ?? m[2]));
      }
    });
  });
  /** POST a signed body to /slack/events; its HTTP status. */
  const signedPost = async (body: string) => {
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`http://127.0.0.1:${await port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(secrets.signing, ts, body) }, body });
    return res.status;
  };
  return { child, exited, closed, port, log: () => err, signedPost };
}
