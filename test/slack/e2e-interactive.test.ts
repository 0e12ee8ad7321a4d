/**
 * End-to-end: slash commands, buttons, Share, the probe (real, against a local TLS server),
 * the App Home, long replies, and Web API failures.
 */
import { splitGen } from '../../src/slack/blockkit';
import { echoEngine } from './echo-engine';
import { findButton, posts, responses, settle, str } from './calls';
import Database from 'better-sqlite3';
import { ce81ForAll, harnessEachTest, startHarness, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, message, post, slashCommand, viewSubmission } from './signed';

describe('slash commands, buttons and Share', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ engine: echoEngine });
  });
  afterEach(async () => h.close());

  it('/tms-diagnose acks at once and answers privately through response_url, with Share', async () => {
    const res = await post(h.port, slashCommand('/tms-diagnose', 'TMS 15.2 <!here> &amp;', h.fake.responseUrl('r1')), { contentType: FORM });
    expect(res.status).toBe(200);
    await h.fake.waitFor(() => responses(h).length === 1);
    const r = responses(h)[0]!;
    expect(r.body.response_type).toBe('ephemeral');
    expect(str(r)).toContain('text:TMS 15.2 @here &amp;');
    expect(str(r)).not.toContain('&amp;amp;');
    expect(findButton(r, 'share').actionId).toBe('share');
    expect(posts(h)).toHaveLength(0);
  });

  it('/tms-diagnose help answers in the ack itself, in English and Japanese', async () => {
    const en = await post(h.port, slashCommand('/tms-diagnose', 'help', h.fake.responseUrl('r1')), { contentType: FORM });
    const body = JSON.parse(en.text);
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('/tls-probe');
    const ja = await post(h.port, slashCommand('/tms-diagnose', 'ヘルプ', h.fake.responseUrl('r2')), { contentType: FORM });
    expect(ja.text).toContain('スレッド');
    await settle(h);
    expect(responses(h)).toHaveLength(0);
  });

  it('answer buttons on a private reply continue that conversation; Share posts it visibly and the thread carries on', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'first', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).length === 1);
    const answer = findButton(responses(h)[0]!, 'answer');
    await post(h.port, blockActions({ ...answer, channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('r2') }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).length === 2);
    const second = responses(h)[1]!;
    // The button's value carries the conversation's start-over count (blockkit.withGen); the engine gets the answer alone.
    expect(str(second)).toContain(`action:answer=${splitGen(answer.value).value}`);
    expect(str(second)).toContain('turn=2');

    const share = findButton(second, 'share');
    await post(h.port, blockActions({ ...share, channel: 'C0INCIDENT', messageTs: '1.2', ephemeral: true, responseUrl: h.fake.responseUrl('r3') }), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length === 1 && responses(h).length === 3);
    const shared = posts(h)[0]!;
    expect(shared.body.channel).toBe('C0INCIDENT');
    expect(shared.body.thread_ts).toBeUndefined();
    expect(str(shared)).toContain('Shared by <@UALICE>');
    expect(str(shared)).toContain('turn=2');
    expect(str(shared)).not.toContain('"share');
    expect(responses(h)[2]!.body.delete_original).toBe(true);

    // The shared message is a thread the bot follows now.
    const sharedTs = '1700000000.000001';
    await post(h.port, eventCallback(message('C0INCIDENT', 'channel', 'UBOB', 'follow-up', { thread_ts: sharedTs })));
    await h.fake.waitFor(() => posts(h).length === 2);
    expect(posts(h)[1]!.body.thread_ts).toBe(sharedTs);
    expect(str(posts(h)[1]!)).toContain('turn=3');
  });

  it('Share falls back to a visible response_url post when the bot is not in the channel', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'x', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).length === 1);
    h.fake.fail('chat.postMessage', { error: 'not_in_channel' });
    const share = findButton(responses(h)[0]!, 'share');
    await post(h.port, blockActions({ ...share, channel: 'C0INCIDENT', messageTs: '1.2', ephemeral: true, responseUrl: h.fake.responseUrl('r2') }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).length === 2);
    expect(responses(h)[1]!.body.response_type).toBe('in_channel');
    expect(str(responses(h)[1]!)).toContain('text:x');
  });

  it('buttons in a thread: answer, select and start over feed the thread conversation', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> hi');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const reply = posts(h)[0]!;
    const answer = findButton(reply, 'answer:2');
    const press = { channel: 'C1', messageTs: '1700000000.000001', threadTs: root.ts as string, responseUrl: h.fake.responseUrl('x') };
    await post(h.port, blockActions({ ...answer, ...press, messageBlocks: reply.body.blocks }), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length === 2 && h.fake.of('chat.update').length === 1);
    expect(posts(h)[1]!.body.thread_ts).toBe(root.ts);
    expect(str(posts(h)[1]!)).toContain('action:answer=2014');
    // the used row of buttons becomes a note of what was chosen, by whom
    const upd = h.fake.of('chat.update')[0]!;
    expect(upd.body).toMatchObject({ channel: 'C1', ts: press.messageTs });
    const row = (upd.body.blocks as any[]).find((b) => b.block_id === answer.blockId);
    expect(row).toMatchObject({ type: 'context', elements: [{ type: 'mrkdwn', text: '✓ 2014 · <@UALICE>' }] });
    expect((upd.body.blocks as any[]).filter((b) => b.type === 'actions').length).toBe((reply.body.blocks as any[]).filter((b) => b.type === 'actions').length - 1);
    // a static_select with no block_id key: the conversation is found from the message's thread
    await post(h.port, blockActions({ actionId: 'answer', selected: '2016 or later', ...press }), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length === 3);
    expect(str(posts(h)[2]!)).toContain('action:answer=2016 or later');
    expect(str(posts(h)[2]!)).toContain('turn=3');
    const over = findButton(posts(h)[2]!, 'start-over');
    await post(h.port, blockActions({ ...over, ...press, responseUrl: h.fake.responseUrl('so') }), { contentType: FORM });
    // Start over asks for confirmation first (a modal); closing it changes nothing.
    await h.fake.waitFor(() => h.fake.of('views.open').length === 1);
    const modal = h.fake.of('views.open')[0]!.body.view;
    await settle(h);
    expect(posts(h)).toHaveLength(3);
    // A submission by someone else, or with metadata not sealed by the app, resets nothing.
    await post(h.port, viewSubmission('start-over-modal', modal.private_metadata, {}, 'UMALLORY'), { contentType: FORM });
    await post(h.port, viewSubmission('start-over-modal', modal.private_metadata.replace(/^[^.]+/, 'x'.repeat(22)), {}), { contentType: FORM });
    await settle(h);
    expect(posts(h)).toHaveLength(3);
    await post(h.port, viewSubmission('start-over-modal', modal.private_metadata, {}), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length === 4);
    expect(str(posts(h)[3]!)).toContain('Starting over');
    await post(h.port, eventCallback(message('C1', 'channel', 'UALICE', 'again', { thread_ts: root.ts })));
    await h.fake.waitFor(() => posts(h).length === 5);
    expect(str(posts(h)[4]!)).toContain('turn=1');
  });

  it('publishes the App Home in the user\'s language only (Slack locale)', async () => {
    h.fake.locales.set('UHANAKO', 'ja-JP');
    await post(h.port, eventCallback({ type: 'app_home_opened', user: 'UALICE', channel: 'D1', tab: 'home', ts: '1.0' }));
    await post(h.port, eventCallback({ type: 'app_home_opened', user: 'UHANAKO', channel: 'D2', tab: 'home', ts: '1.1' }));
    await h.fake.waitFor(() => h.fake.of('views.publish').length === 2);
    const byUser = Object.fromEntries(h.fake.of('views.publish').map((v) => [v.body.user_id, JSON.stringify(v.body.view)]));
    expect(JSON.parse(byUser.UALICE!).type).toBe('home');
    for (const needle of ['/tms-diagnose', '/tls-probe', 'Mention me', 'New diagnosis', 'Probe an endpoint', 'Paste what you have', '.pcapng']) expect(byUser.UALICE).toContain(needle);
    expect(byUser.UALICE).not.toContain('ダイレクトメッセージ');
    for (const needle of ['/tms-diagnose', 'ダイレクトメッセージ', '新しい診断', 'お手元の資料', '.pcapng']) expect(byUser.UHANAKO).toContain(needle);
    expect(byUser.UHANAKO).not.toContain('Mention me');
    expect(h.fake.of('users.info').every((c) => c.body.include_locale === 'true' || c.body.include_locale === true)).toBe(true);
  });

  it('splits a long answer into several messages in the thread, in order, within limits', async () => {
    await post(h.port, eventCallback(mention('C1', 'UALICE', '<@UBOT> LONG please')));
    await h.fake.waitFor(() => posts(h).length >= 2);
    await settle(h);
    const ps = posts(h);
    expect(ps.length).toBeGreaterThan(1);
    for (const p of ps) {
      expect(p.body.blocks.length).toBeLessThanOrEqual(50);
      for (const b of p.body.blocks) if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(3000);
    }
    const all = ps.map(str).join('');
    for (const i of [0, 59, 119]) expect(all).toContain(`end${i}`);
    expect(all).toContain('line 399 HKLM');
  });
});

describe('Web API failures', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ engine: echoEngine });
  });
  afterEach(async () => h.close());

  it('waits out a 429 with Retry-After and posts once', async () => {
    h.fake.fail('chat.postMessage', { status: 429, retryAfter: 1, times: 1 });
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'rate me')));
    await h.fake.waitFor(() => posts(h).length === 1, 5000);
    const failed = h.fake.of('chat.postMessage!failed');
    expect(failed).toHaveLength(1);
    expect(posts(h)[0]!.at - failed[0]!.at).toBeGreaterThanOrEqual(900);
    await settle(h);
    expect(posts(h)).toHaveLength(1);
  });

  it('gives up on a Web API call that hangs past the timeout and retries it', async () => {
    await h.close();
    h = await startHarness({ engine: echoEngine, extra: { apiTimeoutMs: 1000 } });
    h.fake.fail('chat.postMessage', { delayMs: 5000, times: 1 });
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'slow slack')));
    await h.fake.waitFor(() => posts(h).length === 1, 10000);
    expect(h.fake.of('chat.postMessage!slow')).toHaveLength(1);
    // The retry came after the 1 s limit, not at once and not after the 5 s answer. The slow request is
    // stamped when the fake receives it, a little after the client's timer started (more on a busy machine).
    const gap = posts(h)[0]!.at - h.fake.of('chat.postMessage!slow')[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(900);
    expect(gap).toBeLessThan(4500);
  });

  it('retries a transient 500 and posts once', async () => {
    h.fake.fail('chat.postMessage', { status: 500, times: 2 });
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'flaky')));
    await h.fake.waitFor(() => posts(h).length === 1);
    expect(h.fake.of('chat.postMessage!failed')).toHaveLength(2);
  });

  it('tells the user when the answer cannot be delivered (past its give-up time), logs it, and keeps running', async () => {
    // Given up at the end of its first delivery (give-up time 0; by default a reply Slack cannot be
    // reached for is tried again for 10 minutes before its user is told: outbox-later.test.ts).
    await h.close();
    h = await startHarness({ engine: echoEngine, extra: { outboxGiveUpMs: 0 } });
    h.fake.fail('chat.postMessage', { status: 500 });
    await post(h.port, eventCallback(mention('C1', 'UALICE', '<@UBOT> doomed')));
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length === 1);
    const notice = h.fake.of('chat.postEphemeral')[0]!;
    expect(notice.body).toMatchObject({ channel: 'C1', user: 'UALICE' });
    // plain words, never the raw error
    expect(notice.body.text).toContain('Slack did not accept it');
    expect(notice.body.text).not.toMatch(/HTTP|500|internal_error|slack_webapi/);
    expect(h.logger.lines.some((l) => l.level === 'error' && l.method === 'chat.postMessage' && l.channel === 'C1')).toBe(true);
    h.fake.heal();
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'better')));
    await h.fake.waitFor(() => posts(h).length === 1);
  });

  it('falls back to chat.postEphemeral when response_url fails', async () => {
    h.fake.fail('response_url', { status: 500 });
    await post(h.port, slashCommand('/tms-diagnose', 'x', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length === 1);
    expect(h.fake.of('chat.postEphemeral')[0]!.body).toMatchObject({ channel: 'C0INCIDENT', user: 'UALICE' });
  });
});

describe('the endpoint probe (real probe, local TLS server)', () => {
  let h: Harness;
  const sim = ce81ForAll();
  harnessEachTest(
    (started) => (h = started),
    () => ({ engine: echoEngine, probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${sim.port},443` }, extra: { probeLimit: { limit: 2, windowMs: 60000 } } }),
  );

  it('/tls-probe acks with "probing", then posts the result and feeds it into the diagnosis; all recorded', async () => {
    const res = await post(h.port, slashCommand('/tls-probe', `127.0.0.1:${sim.port}`, h.fake.responseUrl('p1')), { contentType: FORM });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Probing 127.0.0.1');
    await h.fake.waitFor(() => responses(h).map(str).join('').includes('probe:127.0.0.1'), 15000);
    const all = responses(h).map(str).join('');
    expect(responses(h).every((r) => r.body.response_type === 'ephemeral')).toBe(true);
    expect(all).toMatch(/TLS 1\.0 +✗ refused/);
    expect(all).toMatch(/TLS 1\.2 +✓ accepted/);
    expect(all).toContain(`probe:127.0.0.1:${sim.port}:false`);
    const log = (await h.store.probes.recent());
    expect(log[0]).toMatchObject({ who: 'UALICE', surface: 'slash', target: `127.0.0.1:${sim.port}`, refused: null });
    expect(log[0]!.result!.tms.medium).toBe(false);
  });

  it('/tls-probe reads a target typed in full-width characters (Japanese IME) and answers in Japanese, as it does "ヘルプ"', async () => {
    const wide = (t: string) => t.replace(/[0-9.:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const help = await post(h.port, slashCommand('/tls-probe', 'ヘルプ', h.fake.responseUrl('w0')), { contentType: FORM });
    expect(JSON.parse(help.text).text).toContain('使い方');
    const res = await post(h.port, slashCommand('/tls-probe', wide(`127.0.0.1:${sim.port}`), h.fake.responseUrl('w1')), { contentType: FORM });
    expect(res.text).toContain(`127.0.0.1:${sim.port} を調べています`); // and answered in Japanese
    await h.fake.waitFor(() => responses(h).map(str).join('').includes('probe:127.0.0.1'), 15000);
    expect((await h.store.probes.recent())[0]).toMatchObject({ target: `127.0.0.1:${sim.port}`, refused: null });
  });

  it('/tls-probe with the database write-locked by another process: a polite refusal in the ack, then normal again', async () => {
    const other = new Database(h.dbFile);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const res = await post(h.port, slashCommand('/tls-probe', `127.0.0.1:${sim.port}`, h.fake.responseUrl('l1')), { contentType: FORM });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/database is busy.*try again/) });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const again = await post(h.port, slashCommand('/tls-probe', `127.0.0.1:${sim.port}`, h.fake.responseUrl('l2')), { contentType: FORM });
    expect(again.text).toContain('Probing');
    await h.fake.waitFor(() => responses(h).map(str).join('').includes('probe:127.0.0.1'), 15000);
  });

  it('the global shortcut probes from a modal and shows the compact result in the modal, posting nothing', async () => {
    const payload = { type: 'shortcut', callback_id: 'probe-endpoint-shortcut', trigger_id: '7.7.trig', team: { id: 'T1', domain: 'example' }, user: { id: 'UALICE', name: 'alice' } };
    await post(h.port, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('views.open').length === 1);
    const modal = h.fake.of('views.open')[0]!.body.view;
    const res = await post(h.port, viewSubmission('probe-modal', modal.private_metadata, { target: { target: { type: 'plain_text_input', value: `127.0.0.1:${sim.port}` } } }), { contentType: FORM });
    const ackBody = JSON.parse(res.text);
    expect(ackBody.response_action).toBe('update');
    expect(JSON.stringify(ackBody.view)).toContain('Probing 127.0.0.1');
    await h.fake.waitFor(() => h.fake.of('views.update').length === 1, 15000);
    const result = JSON.stringify(h.fake.of('views.update')[0]!.body.view);
    expect(result).toMatch(/TLS 1\.0 +✗ refused/);
    expect(result).toMatch(/TMS Medium +✗ cannot connect/);
    expect(result).toMatch(/TMS Medium-High +✓ can connect/);
    expect(posts(h)).toHaveLength(0);
    expect(responses(h)).toHaveLength(0);
  });

  it('refuses targets outside the policy and over the rate limit, politely, and records the refusals', async () => {
    // Refused at once, privately in the ack: never announced with "Probing…", no setting names.
    const port = await post(h.port, slashCommand('/tls-probe', '127.0.0.1:22', h.fake.responseUrl('p1')), { contentType: FORM });
    const portText = JSON.parse(port.text).text as string;
    expect(JSON.parse(port.text).response_type).toBe('ephemeral');
    expect(portText).toMatch(/Port 22 is not a port this bot may probe \(allowed: [^)]*\)\. .*administrator of this bot/);
    expect(portText).not.toMatch(/Probing|PROBE_|--allow/);
    const addr = await post(h.port, slashCommand('/tls-probe', '10.20.30.40', h.fake.responseUrl('p1b')), { contentType: FORM });
    expect(JSON.parse(addr.text).text).toMatch(/outside the networks this bot may probe/);
    expect(JSON.parse(addr.text).text).not.toMatch(/PROBE_|--allow/);
    await settle(h);
    expect(responses(h)).toHaveLength(0);
    const again = await post(h.port, slashCommand('/tls-probe', `127.0.0.1:${sim.port}`, h.fake.responseUrl('p2')), { contentType: FORM });
    expect(again.text).toContain('Probing');
    await h.fake.waitFor(() => responses(h).length >= 1, 15000);
    // Refusals by policy do not use up the quota (2 here): the second real probe still runs.
    const second = await post(h.port, slashCommand('/tls-probe', `127.0.0.1:${sim.port}`, h.fake.responseUrl('p2b')), { contentType: FORM });
    expect(second.text).toContain('Probing');
    await h.fake.waitFor(() => responses(h).length >= 2, 15000);
    const third = await post(h.port, slashCommand('/tls-probe', `127.0.0.1:${sim.port}`, h.fake.responseUrl('p3')), { contentType: FORM });
    expect(JSON.parse(third.text).text).toContain('limit');
    const garbage = await post(h.port, slashCommand('/tls-probe', 'not a host!', h.fake.responseUrl('p4')), { contentType: FORM });
    expect(JSON.parse(garbage.text).text).toContain('host');
    const refused = (await h.store.probes.recent()).map((r) => r.refused);
    expect(refused).toContain('rate limit');
    expect(refused.some((r) => r && /port/i.test(r))).toBe(true);
  });

  it('"Probe an endpoint" in a thread opens a modal, posts the result in the thread and updates the diagnosis', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> endpoints say No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const btn = findButton(posts(h)[0]!, 'probe-endpoint');
    await post(h.port, blockActions({ ...btn, channel: 'C1', messageTs: '1700000000.000001', threadTs: root.ts as string, responseUrl: h.fake.responseUrl('x') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('views.open').length === 1);
    const open = h.fake.of('views.open')[0]!;
    expect(open.body.trigger_id).toBeTruthy();
    expect(open.body.view.callback_id).toBe('probe-modal');
    const meta = open.body.view.private_metadata as string;

    const bad = await post(h.port, viewSubmission('probe-modal', meta, { target: { target: { type: 'plain_text_input', value: 'rm -rf /' } } }), { contentType: FORM });
    expect(JSON.parse(bad.text)).toMatchObject({ response_action: 'errors' });
    // A target the policy refuses is a field error in the modal: nothing is posted in the thread.
    const outside = await post(h.port, viewSubmission('probe-modal', meta, { target: { target: { type: 'plain_text_input', value: '192.0.2.7' } } }), { contentType: FORM });
    const errors = JSON.parse(outside.text);
    expect(errors).toMatchObject({ response_action: 'errors', errors: { target: expect.stringMatching(/administrator of this bot/) } });
    expect(JSON.stringify(errors)).not.toMatch(/PROBE_|--allow/);
    await settle(h);
    expect(posts(h)).toHaveLength(1);

    const ok = await post(h.port, viewSubmission('probe-modal', meta, { target: { target: { type: 'plain_text_input', value: `127.0.0.1:${sim.port}` } } }), { contentType: FORM });
    expect(ok.status).toBe(200);
    await h.fake.waitFor(() => posts(h).some((p) => str(p).includes('probe:127.0.0.1')), 15000);
    const inThread = posts(h).slice(1);
    expect(inThread.every((p) => p.body.thread_ts === root.ts)).toBe(true);
    expect(str(inThread[0]!)).toContain('Probing');
    // the progress note is edited into the outcome rather than left behind
    const upd = h.fake.of('chat.update');
    expect(upd.some((u) => u.body.text.startsWith(`Probed 127.0.0.1:${sim.port}`))).toBe(true);
    expect(inThread.map(str).join('')).toMatch(/TLS 1\.0 +✗ refused/);
    expect(inThread.map(str).join('')).toContain('turn=2');
    expect((await h.store.probes.recent())[0]).toMatchObject({ surface: 'modal', refused: null });
  });

  it('"Probe an endpoint" whose modal cannot open says so privately, in plain words without the raw error', async () => {
    h.fake.fail('views.open', { status: 200, error: 'expired_trigger_id <!channel>', times: 1 });
    await post(h.port, slashCommand('/tms-diagnose', 'codecs fail', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).length === 1);
    const btn = findButton(responses(h)[0]!, 'probe-endpoint');
    await post(h.port, blockActions({ ...btn, channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('r2') }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).length === 2);
    const r = responses(h)[1]!;
    expect(r.body.response_type).toBe('ephemeral');
    expect(r.body.text).toContain('did not let me open the probe form');
    expect(r.body.text).toContain('/tls-probe');
    expect(r.body.text).not.toMatch(/expired_trigger_id|<!channel>/);
  });

  it('"Probe an endpoint" while views.open is rate limited fails at once with the polite note, and does not ask Slack again during Retry-After', async () => {
    h.fake.fail('views.open', { status: 429, retryAfter: 2, times: 1 });
    await post(h.port, slashCommand('/tms-diagnose', 'codecs fail', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).length === 1);
    const btn = findButton(responses(h)[0]!, 'probe-endpoint');
    for (const n of [2, 3]) {
      const clicked = Date.now();
      await post(h.port, blockActions({ ...btn, channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl(`r${n}`) }), { contentType: FORM });
      await h.fake.waitFor(() => responses(h).length === n);
      const r = responses(h)[n - 1]!;
      // well inside the trigger_id's 3 s: no waiting for the Retry-After
      expect(r.at - clicked).toBeLessThan(1500);
      expect(r.body.text).toContain('did not let me open the probe form');
      expect(r.body.text).not.toMatch(/ratelimited|429/);
    }
    // the second click was refused here, within the first one's Retry-After, without a call to Slack
    expect(h.fake.calls.filter((c) => c.method.startsWith('views.open')).map((c) => c.method)).toEqual(['views.open!failed']);
  });

  it('"Probe an endpoint" on a private answer probes and answers privately through the stored response_url', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'codecs fail', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).length === 1);
    const btn = findButton(responses(h)[0]!, 'probe-endpoint');
    await post(h.port, blockActions({ ...btn, channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('r2') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('views.open').length === 1);
    const meta = h.fake.of('views.open')[0]!.body.view.private_metadata as string;
    await post(h.port, viewSubmission('probe-modal', meta, { target: { target: { type: 'plain_text_input', value: `127.0.0.1:${sim.port}` } } }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).map(str).join('').includes('probe:127.0.0.1'), 15000);
    const later = responses(h).slice(1);
    expect(later.every((r) => r.body._id === 'r2' && r.body.response_type === 'ephemeral')).toBe(true);
    expect(later.map(str).join('')).toMatch(/TLS 1\.0 +✗ refused/);
    expect(later.map(str).join('')).toContain('turn=2');
    expect(posts(h)).toHaveLength(0);
  });
});
