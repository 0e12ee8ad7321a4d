/**
 * End to end with the REAL conversation engine (createApp's default): the Slack app answers real
 * TMS incidents in threads, DMs and slash commands, asks what it lacks, survives restarts.
 */
import { splitGen } from '../../src/slack/blockkit';
import type { Call } from './fake-slack';
import { ce81ForAll, harnessEachTest, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, message, post, slashCommand, viewSubmission } from './signed';

const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');
const str = (c: Call): string => JSON.stringify(c.body);
const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
function buttons(c: Call): { blockId: string; actionId: string; value?: string; label: string }[] {
  const out: { blockId: string; actionId: string; value?: string; label: string }[] = [];
  for (const b of c.body.blocks as any[]) if (b.type === 'actions') for (const e of b.elements) if (e.type === 'button') out.push({ blockId: b.block_id, actionId: e.action_id, value: e.value, label: e.text.text });
  return out;
}

describe('Slack app with the real engine', () => {
  let h: Harness;
  const sim = ce81ForAll();
  harnessEachTest(
    (started) => (h = started),
    () => ({ probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: String(sim.port) } }),
  );

  it('gives the full fix in the thread when the mention says enough', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 shows No HTTPS response; endpoints ce9.15.3, SQL 2012 SP1 on Windows 2012 R2, level Medium');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await h.bot.idle();
    // One card: the verdict, the caveats, the buttons; the registry details are a click away.
    expect(posts(h)).toHaveLength(1);
    const card = posts(h)[0]!;
    const all = unesc(str(card));
    expect(card.body.thread_ts).toBe(root.ts);
    expect(card.body.blocks.length).toBeLessThanOrEqual(15);
    expect(all).toContain('Medium-High');
    expect(all).toContain('KB3052404');
    expect(all).toContain(':warning:');
    expect(all).not.toContain('SCHANNEL');
    const steps = buttons(card).find((b) => b.actionId === 'show-steps')!;
    await post(h.port, blockActions({ ...steps, channel: 'C1', messageTs: '1700000000.000001', threadTs: root.ts as string, responseUrl: h.fake.responseUrl('s'), messageBlocks: card.body.blocks }), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length >= 2);
    await h.bot.idle();
    const details = unesc(posts(h).slice(1).map(str).join(''));
    expect(details).toContain('SCHANNEL');
    for (const p of posts(h)) expect(p.body.blocks.length).toBeLessThanOrEqual(50);
  });

  it('asks for what is missing, takes a button answer and a thread reply, and survives a restart', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS says No HTTPS response for our codecs since the upgrade');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const first = posts(h)[0]!;
    const answers = buttons(first).filter((b) => b.actionId.startsWith('answer'));
    expect(answers.length).toBeGreaterThan(0);
    // A button's value carries the conversation's start-over count after the answer (blockkit.withGen).
    const ce = answers.find((b) => splitGen(b.value).value === 'CE8.1') ?? answers[answers.length - 1]!;
    await post(h.port, blockActions({ ...ce, channel: 'C1', messageTs: '1700000000.000001', threadTs: root.ts as string, responseUrl: h.fake.responseUrl('x'), messageBlocks: first.body.blocks }), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length === 2);
    expect(unesc(str(posts(h)[1]!))).toMatch(/TMS version/);

    await h.restart();
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', '15.2.1', { thread_ts: root.ts })));
    await h.fake.waitFor(() => posts(h).length >= 3);
    await h.bot.idle();
    const after = unesc(posts(h).slice(2).map(str).join(''));
    expect(after).toContain('TMS 15.2.1');
    expect(after).toMatch(/CE 8\.1/);
  });

  it('answers a Japanese DM in Japanese', async () => {
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'TMS 15.2 で No HTTPS response、エンドポイントは CE 9.15、SQL 2008 R2、Windows 2008 R2')));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await h.bot.idle();
    const all = posts(h).map(str).join('');
    expect(all).toContain('レジストリ');
    expect(all).toContain('SQL Server 2008 R2');
    expect(posts(h)[0]!.body.channel).toBe('D1');
  });

  it('/tms-diagnose answers privately with the diagnosis and a Share button', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'TMS 14.6.2 endpoints TC7.3.6 SQL 2014 SP2 Windows 2012 R2', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').length >= 1);
    await h.bot.idle();
    const rs = h.fake.of('response_url');
    const all = unesc(rs.map(str).join(''));
    expect(all).toContain('CSCuz71542');
    expect(rs.every((r) => r.body.response_type === 'ephemeral')).toBe(true);
    expect(buttons(rs[rs.length - 1]!).some((b) => b.actionId === 'share')).toBe(true);
  });

  it('a probe from the thread joins the diagnosis', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2016, level Medium: No HTTPS response after the codec upgrade');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await h.bot.idle();
    const withProbe = posts(h).find((p) => buttons(p).some((b) => b.actionId === 'probe-endpoint'));
    expect(withProbe).toBeDefined();
    const btn = buttons(withProbe!).find((b) => b.actionId === 'probe-endpoint')!;
    await post(h.port, blockActions({ ...btn, channel: 'C1', messageTs: '1700000000.000001', threadTs: root.ts as string, responseUrl: h.fake.responseUrl('x') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('views.open').length === 1);
    const before = posts(h).length;
    const meta = h.fake.of('views.open')[0]!.body.view.private_metadata as string;
    await post(h.port, viewSubmission('probe-modal', meta, { target: { target: { type: 'plain_text_input', value: `127.0.0.1:${sim.port}` } } }), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length >= before + 2, 15000);
    await h.bot.idle();
    // "Probing…" (edited into "Probed …"), then one note: the result in one line, no table message of its own.
    const added = posts(h).slice(before);
    expect(added).toHaveLength(2);
    expect(added.every((p) => p.body.thread_ts === root.ts)).toBe(true);
    const note = unesc(str(added[1]!));
    expect(note).toContain(`Probe of 127.0.0.1:${sim.port}: TLS 1.0 refused, TLS 1.2 accepted. TMS at Medium cannot connect. Medium-High can.`);
    expect(note).not.toMatch(/TLS 1\.0 +✗ refused/);
    // the engine now knows the probe: the card's facts name it
    const card = h.fake.of('chat.update').at(-1)!;
    expect(unesc(str(card))).toContain(`probe 127.0.0.1:${sim.port}`);
    // The full table is one press away on the card: shown only to whoever presses, nothing posted in the thread.
    const details = buttons(card).find((b) => b.actionId === 'probe-details')!;
    expect(details.label).toBe('Probe details');
    const postsBefore = posts(h).length;
    await post(h.port, blockActions({ ...details, user: 'UBOB', channel: 'C1', messageTs: '1700000000.000002', threadTs: root.ts as string, responseUrl: h.fake.responseUrl('pd') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'pd'), 10000);
    await h.bot.idle();
    const shown = h.fake.of('response_url').filter((r) => r.body._id === 'pd');
    expect(shown).toHaveLength(1);
    expect(shown[0]!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const table = unesc(str(shown[0]!));
    expect(table).toMatch(/TLS 1\.0 +✗ refused/);
    expect(table).toMatch(/TLS 1\.2 +✓ accepted/);
    expect(posts(h)).toHaveLength(postsBefore);
    expect(h.fake.of('chat.postEphemeral')).toHaveLength(0);
  });

  it('/tls-probe after a private diagnosis: one private message, the card carrying the result in one line (EN and JA)', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2016, level Medium', h.fake.responseUrl('d1')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').length >= 1);
    await h.bot.idle();
    await post(h.port, slashCommand('/tls-probe', `127.0.0.1:${sim.port}`, h.fake.responseUrl('p1')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'p1'), 15000);
    await h.bot.idle();
    const sent = h.fake.of('response_url').filter((r) => r.body._id === 'p1');
    expect(sent).toHaveLength(1);
    const card = unesc(str(sent[0]!));
    expect(card).toContain('mark-fixed');
    expect(card).toContain(`Probe of 127.0.0.1:${sim.port}: TLS 1.0 refused, TLS 1.2 accepted.`);
    expect(card).not.toMatch(/TLS 1\.0 +✗ refused/);

    await post(h.port, slashCommand('/tms-diagnose', 'TMS 15.2.1、エンドポイントは CE 9.15、SQL 2016、Windows 2016、レベルは Medium', h.fake.responseUrl('d2'), { user_id: 'UHANAKO' }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'd2'));
    await h.bot.idle();
    await post(h.port, slashCommand('/tls-probe', `127.0.0.1:${sim.port}`, h.fake.responseUrl('p2'), { user_id: 'UHANAKO' }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'p2'), 15000);
    await h.bot.idle();
    const ja = h.fake.of('response_url').filter((r) => r.body._id === 'p2');
    expect(ja).toHaveLength(1);
    expect(unesc(str(ja[0]!))).toContain(`127.0.0.1:${sim.port} のプローブ結果：TLS 1.0 は拒否、TLS 1.2 は受け入れ。Medium の TMS は接続できません。Medium-High なら接続できます。`);

    // The full table on demand, privately (the probe was private): a new ephemeral message, the card left as it is.
    const press = async (card: Call, user: string, rid: string) => {
      const details = buttons(card).find((b) => b.actionId === 'probe-details')!;
      await post(h.port, blockActions({ ...details, user, channel: 'C0INCIDENT', messageTs: '1.2', ephemeral: true, responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
      await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === rid), 10000);
      await h.bot.idle();
      const shown = h.fake.of('response_url').filter((r) => r.body._id === rid);
      expect(shown).toHaveLength(1);
      expect(shown[0]!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      return unesc(str(shown[0]!));
    };
    expect(buttons(sent[0]!).find((b) => b.actionId === 'probe-details')!.label).toBe('Probe details');
    expect(await press(sent[0]!, 'UALICE', 'pd1')).toMatch(/TLS 1\.0 +✗ refused[\s\S]*TLS 1\.2 +✓ accepted/);
    expect(buttons(ja[0]!).find((b) => b.actionId === 'probe-details')!.label).toBe('プローブの詳細');
    const jaTable = await press(ja[0]!, 'UHANAKO', 'pd2');
    expect(jaTable).toMatch(/TLS 1\.0 +✗ 拒否/);
    expect(jaTable).not.toMatch(/refused|accepted/);
    expect(posts(h)).toHaveLength(0);
    // A later answer on the same card (Fixed) keeps the button.
    const fixed = buttons(sent[0]!).find((b) => b.actionId === 'mark-fixed')!;
    await post(h.port, blockActions({ ...fixed, channel: 'C0INCIDENT', messageTs: '1.2', ephemeral: true, responseUrl: h.fake.responseUrl('fx') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'fx'), 10000);
    expect(buttons(h.fake.of('response_url').find((r) => r.body._id === 'fx')!).map((b) => b.actionId)).toContain('probe-details');
  });

  it('a diagnosis without a probe has no Probe details button', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2016, level Medium', h.fake.responseUrl('np')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'np'));
    await h.bot.idle();
    const card = h.fake.of('response_url').find((r) => r.body._id === 'np')!;
    expect(buttons(card).map((b) => b.actionId)).toContain('mark-fixed');
    expect(buttons(card).map((b) => b.actionId)).not.toContain('probe-details');
  });

  it('Share posts the private diagnosis in the channel; its thread continues; Start over forgets', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'TMS 15.2.1 endpoints CE 9.15 SQL 2008 R2 Windows 2008 R2', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').length >= 1);
    await h.bot.idle();
    const rs = h.fake.of('response_url');
    const share = buttons(rs[rs.length - 1]!).find((b) => b.actionId === 'share')!;
    await post(h.port, blockActions({ ...share, channel: 'C0INCIDENT', messageTs: '1.2', ephemeral: true, responseUrl: h.fake.responseUrl('r2') }), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length >= 1);
    await h.bot.idle();
    const shared = posts(h);
    expect(shared[0]!.body.thread_ts).toBeUndefined();
    const sharedText = unesc(shared.map(str).join(''));
    expect(sharedText).toContain('Shared by <@UALICE>');
    expect(sharedText).toContain('SQL Server 2008 R2');
    const rootTs = '1700000000.000001';
    await post(h.port, eventCallback(message('C0INCIDENT', 'channel', 'UBOB', 'level is already Medium-High', { thread_ts: rootTs })));
    await h.fake.waitFor(() => posts(h).length > shared.length);
    await h.bot.idle();
    const threadReply = posts(h)[shared.length]!;
    expect(threadReply.body.thread_ts).toBe(rootTs);
    expect((await h.bot.deps.store.conversations.get(`C0INCIDENT:${rootTs}`))!.state.facts).toMatchObject({ tms: { semver: '15.2.1' }, level: 'medium-high' });
    // The shared card was edited in place, not posted again.
    expect(h.fake.of('chat.update').some((u) => u.body.ts === rootTs)).toBe(true);
    const over = buttons(shared[0]!).find((b) => b.actionId === 'start-over')!;
    const n = posts(h).length;
    await post(h.port, blockActions({ ...over, channel: 'C0INCIDENT', messageTs: rootTs, responseUrl: h.fake.responseUrl('x') }), { contentType: FORM });
    // Start over asks first (a modal); nothing is forgotten yet.
    await h.fake.waitFor(() => h.fake.of('views.open').length === 1);
    expect((await h.bot.deps.store.conversations.get(`C0INCIDENT:${rootTs}`))!.state.facts).not.toEqual({});
    const modal = h.fake.of('views.open')[0]!.body.view;
    expect(modal.callback_id).toBe('start-over-modal');
    await post(h.port, viewSubmission('start-over-modal', modal.private_metadata, {}), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length > n);
    await h.bot.idle();
    expect((await h.bot.deps.store.conversations.get(`C0INCIDENT:${rootTs}`))!.state.facts).toEqual({});
  });
});
