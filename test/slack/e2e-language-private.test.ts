/**
 * Surfaces whose input has no words (an address, "help", a button on a card whose conversation is
 * gone) answer in the user's Slack locale; Help pressed in a thread is shown to the presser only.
 * End to end: the real app behind signed requests, the local fake Web API.
 */
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { startHarness, type Harness } from './harness';
import { button, CARD_TS, EN, responses } from './card-presses-kit';
import { blockActions, eventCallback, FORM, mention, post, slashCommand } from './signed';

let ce: SimulatedEndpoint;
beforeAll(async () => {
  ce = await startSimulatedEndpoint('ce81', { keyBits: 1024, host: '127.0.4.2' });
});
afterAll(async () => ce.close());

describe('the user\'s language and privacy where the input says nothing', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `443,39909,${ce.port}` } });
    h.fake.locales.set('UHANAKO', 'ja-JP');
  });
  afterEach(async () => h.close());

  async function thread() {
    const root = mention('C1', 'UALICE', `<@UBOT> ${EN}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await h.bot.idle();
    const card = h.fake.of('chat.postMessage')[0]!;
    const press = (id: string, user: string, rid: string) =>
      post(h.port, blockActions({ ...button(card, id), user, channel: 'C1', messageTs: CARD_TS, threadTs: root.ts as string, messageBlocks: card.body.blocks, responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
    return { key: `C1:${root.ts as string}`, rootTs: root.ts as string, press };
  }

  it('Help on a thread card: shown only to whoever pressed it, in their Slack locale; nothing posted in the thread', async () => {
    const { press, rootTs } = await thread();
    const posted = h.fake.of('chat.postMessage').length;
    await press('help', 'UHANAKO', 'help-ja');
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length >= 1);
    await press('help', 'UBOB', 'help-en');
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length >= 2);
    await h.bot.idle();
    expect(h.fake.of('chat.postMessage')).toHaveLength(posted);
    const [ja, en] = h.fake.of('chat.postEphemeral');
    expect(ja!.body).toMatchObject({ channel: 'C1', user: 'UHANAKO', thread_ts: rootTs });
    expect(JSON.stringify(ja!.body.blocks)).toContain('Cisco TMS の「No HTTPS response」');
    expect(en!.body).toMatchObject({ channel: 'C1', user: 'UBOB', thread_ts: rootTs });
    expect(JSON.stringify(en!.body.blocks)).toContain('in Cisco TMS');
  });

  it('a card button whose conversation is gone: says so (not "no diagnosis yet"), privately, in the presser\'s language', async () => {
    const { press, key } = await thread();
    await h.store.conversations.delete(key);
    await press('show-steps', 'UHANAKO', 'gone-ja');
    await press('show-steps', 'UBOB', 'gone-en');
    await h.fake.waitFor(() => responses(h, 'gone-ja').length + responses(h, 'gone-en').length >= 2);
    const ja = responses(h, 'gone-ja')[0]!.body;
    const en = responses(h, 'gone-en')[0]!.body;
    expect(ja).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(ja.text).toBe('この会話はもう残っていません（期限切れか、リセットされました）。そのため、このボタンでは何もできません。新しく始めるには、バージョンを添えてもう一度メンションしてください。');
    expect(en.text).toBe('I no longer have this conversation (it expired or was reset), so this button can do nothing. Mention me again with the versions to start a new one.');
    expect(JSON.stringify([ja, en])).not.toMatch(/no diagnosis in this conversation yet/);
  });

  it('Add details on a private answer whose conversation is gone: says so at once, in the presser\'s Slack locale, no form', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'TMS 15.2.1 with CE 9.15 endpoints shows No HTTPS response', h.fake.responseUrl('ask'), { user_id: 'UHANAKO' }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'ask').length >= 1);
    await h.bot.idle();
    const card = responses(h, 'ask').find((r) => JSON.stringify(r.body.blocks ?? []).includes('add-details'))!;
    // The conversation was English; it is gone now, so the presser's locale (ja-JP) decides.
    expect(JSON.stringify(card.body.blocks)).toContain('Add details');
    await h.store.conversations.delete('slash:C0INCIDENT:UHANAKO');
    await post(h.port, blockActions({ ...button(card, 'add-details'), user: 'UHANAKO', channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('gone') }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'gone').length >= 1);
    await h.bot.idle();
    expect(h.fake.of('views.open')).toHaveLength(0);
    expect(responses(h, 'gone')).toHaveLength(1);
    expect(responses(h, 'gone')[0]!.body).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'この会話はもう残っていません（期限切れか、リセットされました）。そのため、このボタンでは何もできません。新しく始めるには、バージョンを添えてもう一度 /tms-diagnose を実行してください。',
    });
  });

  it('/tms-diagnose help and /tls-probe with only an address follow the Slack locale', async () => {
    const help = JSON.parse((await post(h.port, slashCommand('/tms-diagnose', 'help', h.fake.responseUrl('d1'), { user_id: 'UHANAKO' }), { contentType: FORM })).text);
    expect(help.response_type).toBe('ephemeral');
    expect(JSON.stringify(help.blocks)).toContain('Cisco TMS の「No HTTPS response」');
    const helpEn = JSON.parse((await post(h.port, slashCommand('/tms-diagnose', 'help', h.fake.responseUrl('d2')), { contentType: FORM })).text);
    expect(JSON.stringify(helpEn.blocks)).toContain('in Cisco TMS');

    const refused = JSON.parse((await post(h.port, slashCommand('/tls-probe', '10.0.0.1', h.fake.responseUrl('p1'), { user_id: 'UHANAKO' }), { contentType: FORM })).text);
    expect(refused).toMatchObject({ response_type: 'ephemeral', text: '10.0.0.1 は、このボットがプローブできるネットワーク（127.0.0.0/8）の外です。自社のエンドポイントであれば、ボットの管理者にそのネットワークの許可を依頼してください。' });
    const usage = JSON.parse((await post(h.port, slashCommand('/tls-probe', '', h.fake.responseUrl('p2'), { user_id: 'UHANAKO' }), { contentType: FORM })).text);
    expect(usage.text).toMatch(/^使い方：/);
    const probing = JSON.parse((await post(h.port, slashCommand('/tls-probe', '127.0.0.1', h.fake.responseUrl('p3'), { user_id: 'UHANAKO' }), { contentType: FORM })).text);
    expect(probing.text).toMatch(/^127\.0\.0\.1 を調べています/);
    await h.fake.waitFor(() => responses(h, 'p3').length >= 1, 15000);
    await h.bot.idle();
    // One private message, in Japanese: the endpoint did not answer, said once.
    expect(responses(h, 'p3')).toHaveLength(1);
    expect(responses(h, 'p3')[0]!.body).toMatchObject({ response_type: 'ephemeral' });
    const closed = String(responses(h, 'p3')[0]!.body.text);
    expect(closed).toMatch(/^127\.0\.0\.1:443 のプローブ結果/);
    expect(closed.match(/TCP 接続できませんでした/g)).toHaveLength(1);
    // An endpoint that answers: its table and what it means, still one message.
    await post(h.port, slashCommand('/tls-probe', `127.0.4.2:${ce.port}`, h.fake.responseUrl('p5'), { user_id: 'UHANAKO' }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'p5').length >= 1, 15000);
    await h.bot.idle();
    expect(responses(h, 'p5')).toHaveLength(1);
    const table = JSON.stringify(responses(h, 'p5')[0]!.body.blocks);
    expect(table).toContain(`TLS プローブ：127.0.4.2:${ce.port}`);
    expect(table).toMatch(/TLS 1\.0 +✗ 拒否/);
    // An English user typing the same address gets English.
    const en = JSON.parse((await post(h.port, slashCommand('/tls-probe', '10.0.0.1', h.fake.responseUrl('p4')), { contentType: FORM })).text);
    expect(en.text).toMatch(/^10\.0\.0\.1 is outside the networks this bot may probe \(127\.0\.0\.0\/8\)\./);
  });
});
