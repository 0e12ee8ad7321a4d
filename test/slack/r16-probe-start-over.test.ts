/**
 * R40: the Probe an endpoint button carries the start-over count, as the card's other buttons do: a
 * press on a card from before "Start over" gets one private line and opens no modal, and a probe modal
 * opened before a start over and submitted after it is refused (its probe would join the new
 * conversation). End to end: the real app behind signed requests, the local fake Web API, SQLite.
 * No probe runs here (loopback allowed only, and every submission tested is refused before probing).
 */
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { responses } from './card-presses-kit';
import { blockActions, eventCallback, FORM, mention, post, viewSubmission } from './signed';
import { blocksOf, findButton, settle } from './press-kit';
import { renderReply, splitGen } from '../../src/slack/blockkit';

jest.setTimeout(60000);

describe('R40: Probe an endpoint from before "Start over"', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: '443' } });
    h.fake.locales.set('UJA', 'ja-JP');
  });
  afterEach(async () => h.close());

  async function thread(user: string, text: string) {
    const root = mention('C4', user, `<@UBOT> ${text}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await settle(h);
    const rootTs = root.ts as string;
    const tsOf = (c: Call) => h.fake.messages[h.fake.of('chat.postMessage').indexOf(c)]!.ts;
    const press = async (on: Call, id: string, rid: string) => {
      const b = findButton(on, id)!;
      await post(h.port, blockActions({ ...b, user, channel: 'C4', messageTs: tsOf(on), threadTs: rootTs, messageBlocks: blocksOf(on), responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
      await settle(h, 300);
    };
    const lastView = () => {
      const v = h.fake.of('views.open').at(-1)!;
      return typeof v.body.view === 'string' ? JSON.parse(v.body.view) : v.body.view;
    };
    const startOver = async () => {
      const card = h.fake.of('chat.postMessage').find((c) => findButton(c, 'start-over'))!;
      await press(card, 'start-over', 'so');
      await post(h.port, viewSubmission('start-over-modal', lastView().private_metadata, {}, user), { contentType: FORM });
      await settle(h, 300);
    };
    const card = h.fake.of('chat.postMessage').find((c) => findButton(c, 'probe-endpoint') && findButton(c, 'mark-fixed'))!;
    expect(card).toBeDefined();
    return { rootTs, press, startOver, lastView, card };
  }

  it('the card\'s probe button after a start over: one private line, no modal', async () => {
    const t = await thread('UALICE', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium');
    await t.startOver();
    const opened = h.fake.of('views.open').length;
    await t.press(t.card, 'probe-endpoint', 'p1');
    expect(h.fake.of('views.open')).toHaveLength(opened);
    const told = responses(h, 'p1');
    expect(told).toHaveLength(1);
    expect(told[0]!.body.replace_original).not.toBe(true);
    expect(told[0]!.body.text).toMatch(/started over.*buttons no longer work/);
  });

  it('in Japanese too; before any start over the modal opens', async () => {
    const t = await thread('UJA', 'TMS 15.2.1、エンドポイントは CE 9.15、SQL 2016、Windows 2019、レベルは Medium です');
    const opened = h.fake.of('views.open').length;
    await t.press(t.card, 'probe-endpoint', 'p0');
    expect(h.fake.of('views.open')).toHaveLength(opened + 1);
    expect(responses(h, 'p0')).toHaveLength(0);
    await t.startOver();
    await t.press(t.card, 'probe-endpoint', 'p1');
    expect(responses(h, 'p1')[0]!.body.text).toMatch(/最初から.*ボタンはもう使えません/);
  });

  it('a probe modal opened before a start over and submitted after it is refused in the modal, nothing posted or fed', async () => {
    const t = await thread('UALICE', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium');
    await t.press(t.card, 'probe-endpoint', 'p0');
    const probeView = t.lastView();
    expect(probeView.callback_id).toBe('probe-modal');
    await t.startOver();
    const posted = h.fake.of('chat.postMessage').length;
    const before = JSON.stringify((await h.store.conversations.get(`C4:${t.rootTs}`))!.state);
    const res = await post(h.port, viewSubmission('probe-modal', probeView.private_metadata, { target: { target: { type: 'plain_text_input', value: '127.0.0.1' } } }, 'UALICE'), { contentType: FORM });
    await settle(h, 300);
    const ack = JSON.parse(res.text || '{}');
    expect(ack.response_action).toBe('errors');
    expect(ack.errors.target).toMatch(/started over/);
    expect(h.fake.of('chat.postMessage')).toHaveLength(posted);
    expect(JSON.stringify((await h.store.conversations.get(`C4:${t.rootTs}`))!.state)).toBe(before);
  });

  it('the probe offered in a reply (not the card) carries the count too', () => {
    const [m] = renderReply({ lang: 'en', blocks: [{ type: 'actions', actions: [{ id: 'probe-endpoint', label: 'Probe an endpoint' }] }] }, { key: 'C4:1.1', gen: 2 });
    const b = (m!.blocks as any[]).find((x) => x.type === 'actions').elements[0];
    expect(b.action_id).toBe('probe-endpoint');
    expect(splitGen(b.value).gen).toBe(2);
  });
});
