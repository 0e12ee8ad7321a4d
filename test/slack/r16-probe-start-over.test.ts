/**
 * R40: the Probe an endpoint button carries the start-over count, as the card's other buttons do: a
 * press on a card from before "Start over" gets one private line and opens no modal, and a probe modal
 * opened before a start over and submitted after it is refused (its probe would join the new
 * conversation). End to end: the real app behind signed requests, the local fake Web API, SQLite.
 * No probe runs here (loopback allowed only, and every submission tested is refused before probing).
 */
import { harnessEachTest, withLocales, type Harness } from './harness';
import { responses } from './card-presses-kit';
import { FORM, post, viewSubmission } from './signed';
import { findButton, settle, threadInC4 } from './press-kit';
import { renderReply, splitGen } from '../../src/slack/blockkit';

jest.setTimeout(60000);

describe('R40: Probe an endpoint from before "Start over"', () => {
  let h: Harness;
  harnessEachTest(
    (started) => (h = withLocales(started)),
    () => ({ probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: '443' } }),
  );

  async function thread(user: string, text: string) {
    const { rootTs, press, startOver, lastView } = await threadInC4(h, user, text);
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
