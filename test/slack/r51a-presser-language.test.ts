/**
 * QA33 F8: private lines to whoever pressed a button on a thread card follow one rule: the presser's
 * Slack locale when Slack gives it, else the thread's language. Checked with "the probe is not
 * available here" and "this answer was started over, its buttons no longer work", on a Japanese
 * thread pressed by an en-US user, on an English thread pressed by a ja-JP user, and by a user whose
 * locale Slack does not give (the thread's language then).
 * End to end: the real app behind signed requests, the local fake Web API.
 */
import type { Call } from './fake-slack';
import { harnessEachTest, type Harness } from './harness';
import { button, EN, JA, responses } from './card-presses-kit';
import { blockActions, eventCallback, FORM, mention, message, post } from './signed';

jest.setTimeout(60000);

const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');
const settle = async (h: Harness) => {
  await new Promise((r) => setTimeout(r, 200));
  await h.bot.idle();
};
/** The value of the card's button `id` (it carries the start-over count the card was drawn in). */
function valueOf(c: Call, id: string): string | undefined {
  for (const b of c.body.blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[]) if (b.type === 'actions') for (const e of b.elements ?? []) if (e.action_id === id) return e.value;
  return undefined;
}
const UNAVAILABLE = { en: /endpoint probe is not available/, ja: /プローブは使えません/ };
const STARTED_OVER = { en: /started over, so its buttons no longer work/, ja: /やり直されたため、ボタンはもう使えません/ };

describe.each([
  { thread: 'ja', opener: 'UJA', ask: JA, presser: 'UBOB', expected: 'en' as const },
  { thread: 'en', opener: 'UBOB', ask: EN, presser: 'UJA', expected: 'ja' as const },
  { thread: 'ja', opener: 'UJA', ask: JA, presser: 'UNOLOCALE', expected: 'ja' as const },
  { thread: 'en', opener: 'UBOB', ask: EN, presser: 'UNOLOCALE', expected: 'en' as const },
])('a private line to a presser on a $thread thread card, pressed by $presser (QA33 F8)', ({ opener, ask, presser, expected }) => {
  let h: Harness;
  harnessEachTest((started) => {
    h = started;
    h.fake.locales.set('UJA', 'ja-JP');
    h.fake.locales.set('UBOB', 'en-US');
    // Slack gives no locale for this user.
    h.fake.locales.set('UNOLOCALE', '');
  });

  it(`is in ${expected}: probe not available, and a button from before a start over`, async () => {
    const root = mention('C9', opener, `<@UBOT> ${ask}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).some((c) => JSON.stringify(c.body.blocks ?? '').includes('mark-fixed')));
    await settle(h);
    const card = posts(h).find((c) => JSON.stringify(c.body.blocks ?? '').includes('mark-fixed'))!;
    const rootTs = root.ts as string;
    const press = (id: string, rid: string) =>
      post(h.port, blockActions({ ...button(card, id), value: valueOf(card, id), user: presser, channel: 'C9', messageTs: '1700000000.000001', threadTs: rootTs, messageBlocks: card.body.blocks, responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
    await press('probe-endpoint', 'probe');
    await h.fake.waitFor(() => responses(h, 'probe').length >= 1);
    const other = expected === 'en' ? 'ja' : 'en';
    expect(responses(h, 'probe')[0]!.body.text).toMatch(UNAVAILABLE[expected]);
    expect(responses(h, 'probe')[0]!.body.text).not.toMatch(UNAVAILABLE[other]);
    // Started over in the thread, then a button of the old card.
    await post(h.port, eventCallback(message('C9', 'channel', opener, opener === 'UJA' ? '最初からやり直す' : 'start over', { thread_ts: rootTs })));
    await settle(h);
    await press('show-steps', 'stale');
    await h.fake.waitFor(() => responses(h, 'stale').length >= 1);
    expect(responses(h, 'stale')[0]!.body.text).toMatch(STARTED_OVER[expected]);
  });
});
