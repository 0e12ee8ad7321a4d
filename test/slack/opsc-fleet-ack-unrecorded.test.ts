/**
 * OPS-C #1 (issue 13): a /tls-probe fleet job whose acknowledgement went through ("Probing 2
 * endpoints…") but could not be recorded (every one of the three tries failed), and whose replica
 * then died before any heartbeat got through. The claim stays unacknowledged in the store: no
 * replica may take it over (it cannot be told from a claim whose ack was refused as too late, which
 * must never run). Before, the sweep ended it without a word: the user, told it had started, waited
 * for a summary that never came. Now the sweep tells them, in words true of both cases, that no
 * report will come and that they can start it again; it still never runs elsewhere.
 *
 * Two real apps (HTTP mode, signed requests) share one fleet-job store: PostgreSQL when
 * DATABASE_URL is set, else one SQLite file. The local fake Web API, one simulated TC 7.3.3
 * endpoint on 127.0.4.1 and one silent endpoint on 127.0.4.3 that holds the job open (loopback only).
 */
import { fleetTexts } from '../../src/slack/fleet/texts';
import { echoEngine } from './echo-engine';
import { dmsTo as dmsIn, fleetLimit, fleetRig, responseText as text, silentRig, storeView } from './fleet-rig';
import { startHarness } from './harness';
import { sleep, until } from './wait';

jest.setTimeout(60000);

const rig = fleetRig('tmsd-opsc-ack-', { pg: true });
const { fake } = rig;
const { probeEnv, startOn } = silentRig(rig);

/** Everything sent to `user`'s direct message, or edited in it, and the files shared there. */
const dmsTo = (user: string) => dmsIn(fake, user, { uploads: true });
const UNCONFIRMED = /did not run to the end, and it may not have started at all/;

/** A's view of the store: every try to record the acknowledgement fails; the first heartbeat fails too, and A dies right then. */
function ackUnrecordedThenDies(dead: { on: boolean }, calls: string[]) {
  return storeView(rig.jobs(), (prop, _args, call) => {
    calls.push(String(prop));
    if (prop === 'acknowledged') return Promise.reject(new Error('connection lost: the ack was not recorded'));
    if (prop === 'heartbeat') dead.on = true;
    return dead.on ? Promise.reject(new Error('connection lost: the replica died')) : call();
  });
}

/** A lease longer than the three tries to record the ack (0.5 s + 1 s between them), so none of it runs out meanwhile. */
const limit = { ...fleetLimit, leaseMs: 4000 };

it.each([
  ['can probe (it sweeps with takeovers)', true],
  ['cannot probe (it only ends jobs)', false],
])('the ack went through, all 3 records of it failed and the replica died: the other replica, which %s, does not run it and tells the user once that no report will come', async (_what, bProbes) => {
  const dead = { on: false };
  const calls: string[] = [];
  const jobs = rig.jobs();
  const user = bProbes ? 'UUNREC1' : 'UUNREC2';
  const a = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: ackUnrecordedThenDies(dead, calls), fleetLimit: limit } });
  const b = await startHarness({ engine: echoEngine, ...(bProbes ? { probeEnv: probeEnv() } : {}), fake, extra: { fleetJobs: rig.jobs(), fleetLimit: limit } });
  try {
    const res = await startOn(a.port, `opsc-unrec-${user}`, user);
    expect(res.status).toBe(200);
    expect(text(res)).toMatch(/Probing 2 endpoints/); // the user was told it started
    await until(() => dead.on, 10000);
    expect(calls.filter((c) => c === 'acknowledged')).toHaveLength(3);
    const job = (await jobs.runningFor(user))!;
    expect(job).toMatchObject({ acked: false, takeovers: 0 });
    await until(async () => (await jobs.get(job.id))!.state !== 'running', 20000);
    // B's sweep ended it: not taken over, not run there
    expect(await jobs.get(job.id)).toMatchObject({ state: 'expired', takeovers: 0 });
    await until(() => dmsTo(user).some((c) => UNCONFIRMED.test(String(c.body.text))), 5000);
    await sleep(500);
    expect(dmsTo(user).filter((c) => UNCONFIRMED.test(String(c.body.text)))).toHaveLength(1);
    expect(dmsTo(user).filter((c) => /cut short|picked it up again/.test(String(c.body.text)))).toEqual([]);
    expect(fake.of('files.completeUploadExternal').filter((c) => JSON.stringify(c.body).includes(user))).toEqual([]);
    expect(await jobs.runningFor(user)).toBeNull(); // the user may start it again
    const lines = [...a.logger.lines, ...b.logger.lines];
    expect(lines.some((l) => /fleet job resumed/.test(String(l.msg)))).toBe(false);
    expect(a.logger.lines.some((l) => l.level === 'warn' && /acknowledgement not recorded/.test(String(l.msg)))).toBe(true);
    expect(b.logger.lines.some((l) => l.level === 'warn' && /fleet job ended unacknowledged/.test(String(l.msg)))).toBe(true);
  } finally {
    dead.on = false;
    await a.close();
    await b.close();
  }
});

it('the notice says the same in Japanese: no report will come, start it again', () => {
  const ja = fleetTexts('ja').unconfirmed(2);
  expect(ja).toMatch(/2 台/);
  expect(ja).toMatch(/届きません/);
  expect(ja).toMatch(/\/tls-probe/);
  expect(fleetTexts('en').unconfirmed(1)).toMatch(/1 endpoint you/);
});
