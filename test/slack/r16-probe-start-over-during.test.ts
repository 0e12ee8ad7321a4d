/**
 * A probe modal submitted before "Start over", whose probe is still running when the start over lands:
 * the result is not fed to the new conversation (the start-over count is checked again in the
 * conversation's turn order, not only at submit), and the thread's "Probing…" line says so.
 * End to end: the real app behind signed requests, the local fake Web API, SQLite; the probe is a
 * stand-in that holds its answer until the test releases it (nothing is sent anywhere).
 */
import { startHarness, type Harness } from './harness';
import { FORM, post, viewSubmission } from './signed';
import { findButton, settle, threadInC4 } from './press-kit';
import type { ProbeService } from '../../src/slack/probe-service';
import { probeResult } from '../fixtures/probe';

jest.setTimeout(60000);

/** A CE 8.1+ endpoint that accepts TLS 1.2 only. */
const RESULT = probeResult({ target: '127.0.0.1:443', protocols: { 'tls1.1': false }, tms: { medium: false, mediumHigh: true }, durationMs: 5 });

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
    const { key, press, lastView, startOver } = await threadInC4(h, user, text);
    const card = h.fake.of('chat.postMessage').find((c) => findButton(c, 'probe-endpoint') && findButton(c, 'mark-fixed'))!;
    await press(card, 'probe-endpoint', 'p0');
    const probeView = lastView();
    expect(probeView.callback_id).toBe('probe-modal');
    // Submitted before the start over: the probe runs (and is held).
    const submitted = post(h.port, viewSubmission('probe-modal', probeView.private_metadata, { target: { target: { type: 'plain_text_input', value: '127.0.0.1' } } }, user), { contentType: FORM });
    await started;
    // The start over lands while the probe runs.
    await startOver(card);
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
