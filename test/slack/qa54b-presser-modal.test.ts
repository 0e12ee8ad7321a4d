/**
 * QA54 #9: a Japanese user (Slack locale ja-JP) pressing on an English thread's card: the Probe modal, its field errors (a refused
 * target) and the Start over modal are in their language (README: a refused target is refused "in the user's language"); what the
 * bot posts in the thread stays in the thread's language. No probe runs (every submission here is refused before probing).
 */
import { harnessEachTest, withLocales, type Harness } from './harness';
import { blocksOf, findButton, settle } from './press-kit';
import { blockActions, eventCallback, FORM, mention, post, viewSubmission } from './signed';
import type { Call } from './fake-slack';

jest.setTimeout(60000);

describe('QA54 #9: modals follow the presser\'s locale', () => {
  let h: Harness;
  harnessEachTest(
    (started) => (h = withLocales(started)),
    () => ({ probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: '443' } }),
  );

  async function englishThread() {
    const root = mention('C5', 'UALICE', '<@UBOT> TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2016, level Medium: No HTTPS response after the codec upgrade');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await settle(h);
    const card = h.fake.of('chat.postMessage').find((c) => findButton(c, 'probe-endpoint') && findButton(c, 'mark-fixed'))!;
    const ts = h.fake.messages[h.fake.of('chat.postMessage').indexOf(card)]!.ts;
    const press = async (user: string, id: string) => {
      await post(h.port, blockActions({ ...findButton(card, id)!, user, channel: 'C5', messageTs: ts, threadTs: root.ts as string, messageBlocks: blocksOf(card), responseUrl: h.fake.responseUrl(`r-${id}-${user}`) }), { contentType: FORM });
      await settle(h, 300);
    };
    return { press };
  }
  const lastView = () => {
    const v = h.fake.of('views.open').at(-1)!;
    return typeof v.body.view === 'string' ? JSON.parse(v.body.view) : v.body.view;
  };
  const submitProbe = async (user: string, target: string) =>
    post(h.port, viewSubmission('probe-modal', lastView().private_metadata, { target: { target: { type: 'plain_text_input', value: target } } }, user), { contentType: FORM });
  const texts = (cs: Call[]) => cs.map((c) => JSON.stringify(c.body)).join('\n');

  it('Probe: a ja-JP presser gets a Japanese modal and a Japanese refusal; an en-US presser an English one', async () => {
    const t = await englishThread();
    await t.press('UJA', 'probe-endpoint');
    const ja = lastView();
    expect(ja.title.text).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(ja.submit.text).toMatch(/[ぁ-んァ-ン一-龥]/);
    const posted = h.fake.of('chat.postMessage').length;
    const r = await submitProbe('UJA', '192.168.1.10');
    const err = JSON.parse(r.text).errors.target as string;
    expect(err).toMatch(/192\.168\.1\.10/);
    expect(err).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(h.fake.of('chat.postMessage')).toHaveLength(posted);

    await t.press('UBOB', 'probe-endpoint');
    const en = lastView();
    expect(en.title.text).toBe('Probe an endpoint');
    const r2 = await submitProbe('UBOB', '192.168.1.10');
    expect(JSON.parse(r2.text).errors.target).toMatch(/^192\.168\.1\.10 is outside the networks/);
  });

  it('Start over: a ja-JP presser gets a Japanese modal (its facts line too); the start over is posted in English in the thread', async () => {
    const t = await englishThread();
    await t.press('UJA', 'start-over');
    const v = lastView();
    expect(v.title.text).toBe('最初からやり直しますか？');
    expect(v.blocks[0].text.text).toMatch(/この会話で把握している情報（TMS 15\.2\.1、CE 9\.15/);
    const posted = h.fake.of('chat.postMessage').length;
    await post(h.port, viewSubmission('start-over-modal', v.private_metadata, {}, 'UJA'), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length > posted);
    await settle(h, 300);
    const after = h.fake.of('chat.postMessage').slice(posted);
    expect(texts(after)).not.toMatch(/[ぁ-んァ-ン]/);
  });
});
