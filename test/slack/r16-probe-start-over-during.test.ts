/**
 * A probe modal submitted before "Start over", whose probe is still running when the start over lands:
 * the result is not fed to the new conversation (the start-over count is checked again in the
 * conversation's turn order, not only at submit), and the thread's "Probing…" line says so.
 * End to end: the real app behind signed requests, the local fake Web API, SQLite; the probe is a
 * stand-in that holds its answer until the test releases it (nothing is sent anywhere).
 */
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, post, viewSubmission } from './signed';
import { blocksOf, findButton, settle } from './press-kit';
import type { ProbeService } from '../../src/slack/probe-service';
import type { ProbeResult } from '../../src/probe/types';

jest.setTimeout(60000);

const RESULT: ProbeResult = {
  target: '127.0.0.1:443',
  address: '127.0.0.1',
  port: 443,
  reachable: true,
  tls: true,
  protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': false, 'tls1.2': true, 'tls1.3': null },
  tms: { medium: false, mediumHigh: true },
  certificate: null,
  error: null,
  durationMs: 5,
};

describe('a start over that lands while a probe from the old answer runs', () => {
  let h: Harness;
  let release: () => void;
  let started: Promise<void>;
  beforeEach(async () => {
    let begun!: () => void;
    started = new Promise((r) => (begun = r));
    const held = new Promise<void>((r) => (release = r));
    const probe: ProbeService = {
      run: async () => {
        begun();
        await held;
        return { ok: true, result: RESULT };
      },
      record: () => undefined,
    };
    h = await startHarness({ probe });
    h.fake.locales.set('UJA', 'ja-JP');
  });
  afterEach(async () => h.close());

  async function scenario(user: string, text: string) {
    const root = mention('C4', user, `<@UBOT> ${text}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await settle(h);
    const rootTs = root.ts as string;
    const key = `C4:${rootTs}`;
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
    const card = h.fake.of('chat.postMessage').find((c) => findButton(c, 'probe-endpoint') && findButton(c, 'mark-fixed'))!;
    await press(card, 'probe-endpoint', 'p0');
    const probeView = lastView();
    expect(probeView.callback_id).toBe('probe-modal');
    // Submitted before the start over: the probe runs (and is held).
    const submitted = post(h.port, viewSubmission('probe-modal', probeView.private_metadata, { target: { target: { type: 'plain_text_input', value: '127.0.0.1' } } }, user), { contentType: FORM });
    await started;
    // The start over lands while the probe runs.
    await press(card, 'start-over', 'so');
    await post(h.port, viewSubmission('start-over-modal', lastView().private_metadata, {}, user), { contentType: FORM });
    await settle(h, 300);
    const after = (await h.store.conversations.get(key))!.state;
    expect(after.restarts).toBe(1);
    const before = JSON.stringify(after);
    release();
    await submitted;
    await settle(h, 500);
    const texts = [...h.fake.of('chat.postMessage'), ...h.fake.of('chat.update')].map((c) => String(c.body.text ?? ''));
    return { state: (await h.store.conversations.get(key))!.state, before, texts };
  }

  it('the result is not fed to the new conversation and the thread is told', async () => {
    const s = await scenario('UALICE', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium');
    expect(JSON.stringify(s.state)).toBe(s.before);
    expect(s.texts.some((x) => /started over while the probe ran/.test(x))).toBe(true);
  });

  it('in Japanese too', async () => {
    const s = await scenario('UJA', 'TMS 15.2.1、エンドポイントは CE 9.15、SQL 2016、Windows 2019、レベルは Medium です');
    expect(JSON.stringify(s.state)).toBe(s.before);
    expect(s.texts.some((x) => /調べている間にこの会話が「最初から」やり直された/.test(x))).toBe(true);
  });
});
