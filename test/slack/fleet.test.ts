/**
 * Fleet probes from Slack, end to end: the real app against the local fake Web API, the real probe
 * against real local TLS servers on loopback (PROBE_ALLOW is loopback only: nothing else is sent).
 */
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { echoEngine } from './echo-engine';
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, message, post, slashCommand } from './signed';
import { headIsTargetList } from '../../src/slack/fleet/file-handler';
import { FILE_HANDLERS } from '../../src/slack/files';
import { looksLikeSeveralTargets } from '../../src/slack/listeners/commands/tls-probe';

const str = (c: Call): string => JSON.stringify(c.body);
/** The probe log is written in the background: wait until it holds what the test expects. */
async function probeLog(h: Harness, pred: (rows: Awaited<ReturnType<Harness['store']['probes']['recent']>>) => boolean) {
  for (let i = 0; i < 100; i++) {
    const rows = await h.store.probes.recent(50);
    if (pred(rows)) return rows;
    await new Promise((r) => setTimeout(r, 20));
  }
  return h.store.probes.recent(50);
}
let tc: SimulatedEndpoint;
let ce: SimulatedEndpoint;
let silent: SimulatedEndpoint;

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.4.1' });
  ce = await startSimulatedEndpoint('ce81', { keyBits: 1024, host: '127.0.4.2' });
  silent = await startSimulatedEndpoint('silent', { host: '127.0.4.3' });
});
afterAll(async () => Promise.all([tc, ce, silent].map((s) => s.close())));

describe('/tls-probe with several targets: a fleet job', () => {
  let h: Harness;
  const env = () => ({ PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${tc.port},${ce.port},${silent.port},443`, PROBE_FLEET_MAX: '4' });
  beforeEach(async () => {
    h = await startHarness({ engine: echoEngine, probeEnv: env(), extra: { probeLimit: { limit: 5, windowMs: 60000 }, fleetLimit: { limit: 2, progressEveryMs: 0 } } });
  });
  afterEach(async () => h.close());

  it('privately: acks, updates a progress message in the user\'s direct message, posts the summary card and uploads the CSV report in its thread; every target logged', async () => {
    const targets = [`127.0.4.1:${tc.port}`, `127.0.4.2:${ce.port}`, `127.0.4.3:${silent.port}`, '10.20.30.40'];
    const res = await post(h.port, slashCommand('/tls-probe', targets.join(' '), h.fake.responseUrl('f1')), { contentType: FORM });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Probing 4 endpoints… Only you will see the results: .*direct message/) });
    await h.fake.waitFor(() => h.fake.of('files.completeUploadExternal').length === 1, 20000);
    const postsMade = h.fake.of('chat.postMessage');
    // Nothing in the channel the command was typed in: the user's direct message with the app only.
    // (The first post names the user; Slack answers with the direct message's id, used from then on.)
    expect(postsMade.map((p) => p.body.channel)).toEqual(postsMade.map((_, i) => (i === 0 ? 'UALICE' : 'DALICE')));
    const progress = postsMade[0]!;
    expect(progress.body).toMatchObject({ channel: 'UALICE', text: expect.stringMatching(/Probing 4 endpoints/) });
    const progressTs = '1700000000.000001';
    const updates = h.fake.of('chat.update');
    expect(updates.length).toBeGreaterThanOrEqual(1);
    expect(updates.every((u) => u.body.ts === progressTs && u.body.channel === 'DALICE')).toBe(true);
    expect(updates[updates.length - 1]!.body.text).toMatch(/Probed 4 endpoints in \d+ s/);
    const card = postsMade.find((p) => Array.isArray(p.body.blocks))!;
    expect(card.body.thread_ts).toBe(progressTs);
    const text = str(card);
    expect(text).toMatch(/TLS probe of 4 endpoints/);
    expect(text).toMatch(/1 of 3 probed refuses TLS 1\.0: TMS at Medium cannot reach it\./);
    expect(text).toContain(`127.0.4.2:${ce.port}`);
    expect(text).toMatch(/1 gave no TLS answer at all: look at it separately/);
    // Counts agree with their verb; the refused target is named with why, in the summary itself.
    expect(text).toMatch(/\*1\* refuses TLS 1\.0 .*\*1\* accepts TLS 1\.0 .*\*1\* was not probed/);
    expect(text).toMatch(/1 was not probed:\*\\n• `10\.20\.30\.40` — 10\.20\.30\.40 is outside the networks this bot may probe \(127\.0\.0\.0\/8\)\./);
    expect(String(card.body.text)).toMatch(/^TLS probe of 4 endpoints\. 1 of 3 probed refuses/);
    expect(text).toMatch(/raise Communication Security in TMS Tools from Medium to Medium-High/);
    // No setting or option names shown to users: in what users read (the texts), not in the buttons' signed values,
    // whose random base64url may hold '--' (it did, about one run in a hundred).
    const shown = JSON.stringify([card.body.text, (card.body.blocks as { text?: unknown; elements?: { text?: unknown }[] }[]).map((b) => [b.text, (b.elements ?? []).map((e) => e.text)])]);
    expect(shown).toMatch(/raise Communication Security/);
    expect(shown).not.toMatch(/PROBE_|--/);
    // the CSV went to the upload URL and was shared in the thread
    const up = h.fake.of('upload')[0]!;
    const csv = String(up.body._raw);
    expect(csv).toContain('line,target,address,name,stated_version,verdict');
    const row = csv.split(/\r?\n/).find((l) => l.includes(`127.0.4.2:${ce.port}`))!;
    expect(row).toContain('medium-fails');
    expect(csv).toMatch(/10\.20\.30\.40.*not-probed/);
    expect(csv).toMatch(/10\.20\.30\.40.*outside the networks this bot may probe.*ask the administrator/);
    expect(csv).not.toMatch(/PROBE_|--allow/);
    expect(h.fake.of('files.completeUploadExternal')[0]!.body).toMatchObject({ channel_id: 'DALICE', thread_ts: progressTs });
    expect(h.fake.of('chat.postEphemeral')).toHaveLength(0);
    // the user's diagnosis conversation receives the fleet's counts (echo engine: fleet:<refusing>/<probed>)
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => str(r).includes('fleet:1/3')), 10000);
        // refused and probed targets are both in the probe log
    const log = (await probeLog(h, (rows) => rows.filter((r) => r.surface === 'fleet-slash').length >= 4)).filter((r) => r.surface === 'fleet-slash');
    expect(log).toHaveLength(4);
    expect(log.find((r) => r.target === '10.20.30.40')!.refused).toMatch(/outside the networks/);
    expect(log.find((r) => r.target === `127.0.4.2:${ce.port}`)!.result!.tms.medium).toBe(false);
  });

  it('limits: more than the job maximum, a second job while one runs, and the per-user rate are refused politely', async () => {
    const five = [1, 2, 3, 4, 5].map((i) => `127.0.4.${i}:${silent.port}`).join(' ');
    const big = await post(h.port, slashCommand('/tls-probe', five, h.fake.responseUrl('g1')), { contentType: FORM });
    expect(JSON.parse(big.text).text).toMatch(/That list has 5 targets; one job probes at most 4\. Please split it/);
    const slow = `127.0.4.3:${silent.port} 127.0.4.1:${tc.port}`;
    const first = await post(h.port, slashCommand('/tls-probe', slow, h.fake.responseUrl('g2')), { contentType: FORM });
    expect(JSON.parse(first.text).text).toMatch(/Probing 2 endpoints/);
    const second = await post(h.port, slashCommand('/tls-probe', slow, h.fake.responseUrl('g3')), { contentType: FORM });
    expect(JSON.parse(second.text).text).toMatch(/already have a fleet probe running/);
    await h.fake.waitFor(() => h.fake.of('files.completeUploadExternal').length === 1, 20000);
    await new Promise((r) => setTimeout(r, 200)); // the upload's answer reaches the job, which then ends
    const third = await post(h.port, slashCommand('/tls-probe', slow, h.fake.responseUrl('g4')), { contentType: FORM });
    expect(JSON.parse(third.text).text).toMatch(/Probing 2 endpoints/);
    await h.fake.waitFor(() => h.fake.of('files.completeUploadExternal').length === 2, 20000);
    await new Promise((r) => setTimeout(r, 200));
    const fourth = await post(h.port, slashCommand('/tls-probe', slow, h.fake.responseUrl('g5')), { contentType: FORM });
    expect(JSON.parse(fourth.text).text).toMatch(/most fleet probes allowed for now.*try again in about \d+ minute/);
    const refusals = (await probeLog(h, (rows) => rows.filter((r) => r.target === '(target list)').length >= 3)).filter((r) => r.target === '(target list)').map((r) => r.refused);
    expect(refusals).toEqual(expect.arrayContaining(['too many targets (5)', 'a fleet job is already running', 'fleet rate limit']));
  });

  it('answers in Japanese for a Japanese user', async () => {
    const res = await post(h.port, slashCommand('/tls-probe', `１２７．０．４．２：${ce.port} 127.0.4.1:${tc.port}`, h.fake.responseUrl('j1')), { contentType: FORM });
    expect(JSON.parse(res.text).text).toMatch(/2 台のエンドポイントを調べています… 結果はあなただけに表示します/);
    await h.fake.waitFor(() => h.fake.of('files.completeUploadExternal').length === 1, 20000);
    const card = h.fake.of('chat.postMessage').find((p) => Array.isArray(p.body.blocks))!;
    expect(str(card)).toMatch(/調べた 2 台のうち 1 台が TLS 1\.0 を拒否しています/);
    expect(str(card)).toMatch(/Medium から Medium-High に上げます/);
  });

  it('addresses only, typed by a user whose Slack locale is Japanese: everything in Japanese, the refused targets named with why', async () => {
    h.fake.locales.set('UALICE', 'ja-JP');
    const res = await post(h.port, slashCommand('/tls-probe', `127.0.4.2:${ce.port} 10.0.0.1 127.0.0.1:22`, h.fake.responseUrl('j2')), { contentType: FORM });
    expect(JSON.parse(res.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^3 台のエンドポイントを調べています/) });
    await h.fake.waitFor(() => h.fake.of('files.completeUploadExternal').length === 1, 20000);
    const card = h.fake.of('chat.postMessage').find((p) => Array.isArray(p.body.blocks))!;
    expect(card.body.channel).toBe('DALICE');
    const text = str(card);
    expect(text).toMatch(/3 台のエンドポイントの TLS 調査/);
    expect(text).toMatch(/調べていない 2 件：/);
    expect(text).toContain('10.0.0.1 は、このボットがプローブできるネットワーク（127.0.0.0/8）の外です。');
    expect(text).toMatch(/ポート 22 は、このボットがプローブできるポートではありません（許可されているポート：/);
    expect(text).not.toMatch(/outside the networks|not one the probe/);
    // the private follow-up of the user's diagnosis comes in Japanese too
    await h.fake.waitFor(() => h.fake.of('response_url').length >= 1, 10000);
    expect(h.fake.of('chat.postMessage').every((p) => p.body.channel === 'UALICE' || p.body.channel === 'DALICE')).toBe(true);
  });

  it('Share in channel on the private summary: the summary (not the report) goes to the channel the command was run in, once, by its user only', async () => {
    await post(h.port, slashCommand('/tls-probe', `127.0.4.2:${ce.port} 127.0.4.1:${tc.port}`, h.fake.responseUrl('s1')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('files.completeUploadExternal').length === 1, 20000);
    await h.bot.idle();
    const card = h.fake.of('chat.postMessage').find((p) => Array.isArray(p.body.blocks))!;
    const blocks = card.body.blocks as any[];
    const button = blocks.find((b) => b.type === 'actions')!.elements[0];
    expect(button).toMatchObject({ action_id: 'fleet-share', text: { text: 'Share in channel' } });
    const press = (user: string, value: string, rid: string) =>
      post(h.port, blockActions({ actionId: 'fleet-share', value, user, channel: 'DALICE', messageTs: '1700000000.000002', messageText: String(card.body.text), messageBlocks: blocks, responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
    const before = h.fake.of('chat.postMessage').length;
    // Another user's press, or a value this app did not seal: nothing.
    await press('UBOB', button.value, 'bob');
    await press('UALICE', `${button.value}x`, 'forged');
    await h.bot.idle();
    expect(h.fake.of('chat.postMessage')).toHaveLength(before);
    await press('UALICE', button.value, 'share');
    await press('UALICE', button.value, 'again');
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'share' || r.body._id === 'again'), 10000);
    await h.bot.idle();
    const shared = h.fake.of('chat.postMessage').slice(before);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.body).toMatchObject({ channel: 'C0INCIDENT' });
    expect(shared[0]!.body.thread_ts).toBeUndefined();
    const text = str(shared[0]!);
    expect(text).toContain('Shared by <@UALICE> (the full report stays with them)');
    expect(text).toMatch(/TLS probe of 2 endpoints/);
    expect((shared[0]!.body.blocks as any[]).filter((b) => b.type === 'actions')).toHaveLength(0);
    expect(h.fake.of('files.completeUploadExternal')).toHaveLength(1);
    // The private summary says where it went, and has no button left.
    const edited = h.fake.of('response_url').filter((r) => r.body._id === 'share' || r.body._id === 'again');
    expect(edited).toHaveLength(1);
    expect(edited[0]!.body.replace_original).toBe(true);
    expect(str(edited[0]!)).toContain('You shared this summary in <#C0INCIDENT> (the report file stays here).');
    expect((edited[0]!.body.blocks as any[]).filter((b) => b.type === 'actions')).toHaveLength(0);
  });

  it('Share in channel where the bot may not post: says so in the summary and offers the button again (Japanese)', async () => {
    h.fake.locales.set('UALICE', 'ja-JP');
    await post(h.port, slashCommand('/tls-probe', `127.0.4.2:${ce.port} 127.0.4.1:${tc.port}`, h.fake.responseUrl('s2')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('files.completeUploadExternal').length === 1, 20000);
    await h.bot.idle();
    const card = h.fake.of('chat.postMessage').find((p) => Array.isArray(p.body.blocks))!;
    const blocks = card.body.blocks as any[];
    const button = blocks.find((b) => b.type === 'actions')!.elements[0];
    expect(button.text.text).toBe('チャンネルに共有');
    h.fake.fail('chat.postMessage', { error: 'not_in_channel' });
    await post(h.port, blockActions({ actionId: 'fleet-share', value: button.value, channel: 'DALICE', messageTs: '1700000000.000002', messageBlocks: blocks, responseUrl: h.fake.responseUrl('no') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'no'), 10000);
    const [edited] = h.fake.of('response_url').filter((r) => r.body._id === 'no');
    expect(str(edited!)).toContain('<#C0INCIDENT> に投稿できませんでした。');
    const again = (edited!.body.blocks as any[]).find((b) => b.type === 'actions').elements[0];
    expect(again.action_id).toBe('fleet-share');
    expect(again.value).not.toBe(button.value);
  });

  it('when the bot cannot post in the channel, the summary comes back through the command response', async () => {
    h.fake.fail('chat.postMessage', { error: 'not_in_channel' });
    await post(h.port, slashCommand('/tls-probe', `127.0.4.2:${ce.port} 127.0.4.1:${tc.port}`, h.fake.responseUrl('n1')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => JSON.stringify(r.body).includes('TLS probe of 2 endpoints')), 20000);
    expect(h.fake.of('files.completeUploadExternal')).toHaveLength(0);
  });

  it('the summary that came back through the command response still offers Share in channel; the press posts the summary (no file) in the channel the command was run in, once (Japanese)', async () => {
    h.fake.locales.set('UALICE', 'ja-JP');
    h.fake.fail('chat.postMessage', { error: 'not_in_channel' });
    await post(h.port, slashCommand('/tls-probe', `127.0.4.2:${ce.port} 127.0.4.1:${tc.port}`, h.fake.responseUrl('n2')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'n2' && Array.isArray(r.body.blocks)), 20000);
    await h.bot.idle();
    const fallback = h.fake.of('response_url').find((r) => r.body._id === 'n2' && Array.isArray(r.body.blocks))!;
    expect(fallback.body.response_type).toBe('ephemeral');
    expect(str(fallback)).toMatch(/2 台のエンドポイントの TLS 調査/);
    const button = (fallback.body.blocks as any[]).find((b) => b.type === 'actions')!.elements[0];
    expect(button).toMatchObject({ action_id: 'fleet-share', text: { text: 'チャンネルに共有' } });
    h.fake.heal('chat.postMessage');
    const before = h.fake.of('chat.postMessage').length;
    // An ephemeral message: Slack sends the press without the message's blocks.
    const press = (user: string, rid: string) => post(h.port, blockActions({ actionId: 'fleet-share', value: button.value, user, channel: 'C0INCIDENT', messageTs: '1700000000.000009', ephemeral: true, responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
    await press('UBOB', 'bob');
    await press('UALICE', 'share');
    await press('UALICE', 'again');
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'share' || r.body._id === 'again'), 10000);
    await h.bot.idle();
    const shared = h.fake.of('chat.postMessage').slice(before).filter((p) => p.body.channel === 'C0INCIDENT');
    expect(shared).toHaveLength(1);
    const text = str(shared[0]!);
    expect(text).toMatch(/2 台のエンドポイントの TLS 調査/);
    expect(text).toContain('<@UALICE> さんが共有');
    expect(text).not.toMatch(/レポート/);
    expect((shared[0]!.body.blocks as any[]).filter((b) => b.type === 'actions')).toHaveLength(0);
    expect(h.fake.of('files.completeUploadExternal')).toHaveLength(0);
    const edited = h.fake.of('response_url').filter((r) => r.body._id === 'share' || r.body._id === 'again');
    expect(edited).toHaveLength(1);
    expect(edited[0]!.body.replace_original).toBe(true);
    expect(str(edited[0]!)).toContain('このまとめを <#C0INCIDENT> に共有しました。');
    expect(h.fake.of('response_url').some((r) => r.body._id === 'bob')).toBe(false);
  });
});

describe('what counts as several targets', () => {
  it.each([
    ['10.0.0.1 10.0.0.2', true],
    ['10.0.0.1, codec.example.lan:8443', true],
    ['[fd00::1]:443 10.0.0.3', true],
    ['not a host!', false],
    ['not a host', false],
    ['10.0.0.1', false],
    ['10.0.0.1 please', false],
  ])('%j -> %s', (text, several) => {
    expect(looksLikeSeveralTargets(text)).toBe(several);
  });
});

describe('a target list shared in a thread runs a fleet job', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ engine: echoEngine, probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${tc.port},${ce.port},${silent.port}` }, extra: { fleetLimit: { progressEveryMs: 0 } } });
  });
  afterEach(async () => h.close());

  it('a Navigator CSV: progress, card and report in the thread, then the thread diagnosis gets the counts; a redelivery runs nothing', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> half the codecs show No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length === 1);
    const csv = `"System Name","Network Address","Software Version"\r\n"Room 1","127.0.4.1:${tc.port}","TC7.3.3"\r\n"Room 2","127.0.4.2:${ce.port}","ce9.15.3.17"\r\n`;
    const file = h.fake.addFile('FL1', 'systems.csv', Buffer.from(csv));
    const share = message('C1', 'channel', 'UBOB', '', { thread_ts: root.ts, subtype: 'file_share', files: [file] });
    await post(h.port, eventCallback(share, 'EvShare1'));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').some((p) => str(p).includes('fleet:1/2')), 20000);
    const inThread = h.fake.of('chat.postMessage').filter((p) => p.body.thread_ts === root.ts);
    expect(inThread.map((p) => String(p.body.text))).toEqual(expect.arrayContaining([expect.stringMatching(/Probing 2 endpoints/), expect.stringMatching(/TLS probe of 2 endpoints/)]));
    expect(h.fake.of('files.completeUploadExternal')[0]!.body).toMatchObject({ channel_id: 'C1', thread_ts: root.ts });
    expect(String(h.fake.of('upload')[0]!.body._raw)).toMatch(/Room 2.*medium-fails/);
    // Slack redelivers the same event: no second job
    const jobs = h.fake.of('files.completeUploadExternal').length;
    await post(h.port, eventCallback(share, 'EvShare1'));
    await new Promise((r) => setTimeout(r, 500));
    expect(h.fake.of('files.completeUploadExternal')).toHaveLength(jobs);
  });
});

describe('which shared files are target lists', () => {
  it.each([
    ['System Name,Network Address,Software Version\nRoom 1,10.0.0.1,CE 9.1\n', true],
    ['"IP Address";"Name"\n10.0.0.1;a\n', true],
    ['# codecs\n10.0.0.1\n10.0.0.2:8443\n[fd00::1]:443\ncodec-7.example.lan\n', true],
    ['xConfiguration NetworkServices HTTP Mode: HTTPS\n', false],
    ['Error\nnetsh winhttp show proxy\n', false],
    ['10.0.0.1\nThe handshake failed\n', false],
    ['', false],
  ])('%j -> %s', (text, yes) => {
    expect(headIsTargetList(Buffer.from(text))).toBe(yes);
  });

  it('the target-list handler is asked before the evidence reader', () => {
    expect(FILE_HANDLERS.ids.slice(0, 2)).toEqual(['fleet-targets', 'evidence']);
  });
});

describe('shutdown with a fleet job running', () => {
  it('stop() hands the job over instead of reporting it; the next start on the same database resumes it and reports once', async () => {
    const h = await startHarness({ engine: echoEngine, probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${tc.port},${silent.port}` }, extra: { fleetLimit: { progressEveryMs: 0, heartbeatMs: 20, sweepMs: 50 } } });
    try {
      await post(h.port, slashCommand('/tls-probe', `127.0.4.3:${silent.port} 127.0.4.1:${tc.port}`, h.fake.responseUrl('s1')), { contentType: FORM });
      const jobs = h.bot.deps.fleet!.store;
      await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1, 5000);
      for (let i = 0; i < 250 && ((await jobs.runningFor('UALICE'))?.done ?? 0) < 1; i++) await new Promise((r) => setTimeout(r, 20));
      const before = (await jobs.runningFor('UALICE'))!;
      expect(before.done).toBe(1); // the TLS endpoint answered; the silent one holds the job open
      // stop() (SIGTERM): no new target starts; the probe in flight ends (bounded by its timeout) and is recorded
      await h.bot.stop();
      const paused = (await jobs.get(before.id))!;
      expect(paused).toMatchObject({ state: 'running', done: 2, takeovers: 0 });
      expect(paused.leaseUntil).toBeLessThanOrEqual(Date.now()); // free to resume at once
      expect(h.fake.of('files.completeUploadExternal')).toHaveLength(0); // no report from the stopping process
      const seen = [tc.accepted(), silent.accepted()];
      await h.restart(); // a new process on the same file
      const card = () => h.fake.of('chat.postMessage').filter((p) => String(p.body.text).includes('TLS probe of 2 endpoints'));
      // the resumed run finishes it: one summary and one report, from the new process only
      await h.fake.waitFor(() => h.fake.of('files.completeUploadExternal').length === 1, 8000);
      expect(card()).toHaveLength(1);
      expect(h.fake.of('chat.update').some((u) => u.body.ts === before.progressTs && /picked it up again: 2 of 2 endpoints were already done/.test(String(u.body.text)))).toBe(true);
      const csv = String(h.fake.of('upload')[0]!.body._raw);
      expect(csv.split(/\r?\n/).filter((l) => l.includes(`127.0.4.1:${tc.port}`))).toHaveLength(1);
      expect(csv.split(/\r?\n/).filter((l) => l.includes(`127.0.4.3:${silent.port}`))).toHaveLength(1);
      expect([tc.accepted(), silent.accepted()]).toEqual(seen); // what was finished before the stop is not probed again
      const store = h.bot.deps.fleet!.store;
      for (let i = 0; i < 100 && (await store.get(before.id))!.state === 'running'; i++) await new Promise((r) => setTimeout(r, 20));
      const ended = await store.get(before.id);
      expect(ended).toMatchObject({ state: 'done', takeovers: 0, done: 2 }); // a graceful stop is not a crash
    } finally {
      await h.close().catch(() => undefined);
    }
  });
});
