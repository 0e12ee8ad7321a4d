/**
 * Small helpers the end-to-end button tests share: waiting for the app to settle, a message's blocks, a
 * button of a message as Slack sends it back when pressed (block_id, action_id and value), and a thread
 * whose messages' buttons can be pressed.
 */
import type { Call } from './fake-slack';
import type { Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, post, viewSubmission } from './signed';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wait `ms`, let the app finish its work, twice (a turn may start another). */
export async function settle(h: Harness, ms = 150): Promise<void> {
  await sleep(ms);
  await h.bot.idle();
  await sleep(30);
  await h.bot.idle();
}

export const blocksOf = (c: Call): any[] => (typeof c.body.blocks === 'string' ? JSON.parse(c.body.blocks) : c.body.blocks) ?? [];

/** The button `id` of a message (or the first whose action id starts with `id:`, or a select's first option); undefined when there is none. */
export function findButton(c: Call, id: string): { blockId: string; actionId: string; value?: string } | undefined {
  for (const b of blocksOf(c))
    if (b.type === 'actions')
      for (const e of b.elements) {
        if (!(e.action_id === id || e.action_id.startsWith(`${id}:`))) continue;
        return { blockId: b.block_id, actionId: e.action_id, value: e.value ?? e.options?.[0]?.value };
      }
  return undefined;
}

/** The button `id` of a message; throws when there is none. */
export function button(c: Call, id: string): { blockId: string; actionId: string; value?: string } {
  const b = findButton(c, id);
  if (!b) throw new Error(`no ${id}`);
  return b;
}

/**
 * A thread `user` opens in channel C4 by mentioning the bot with `text`, once answered: its root ts and
 * conversation key, a press (by `user`) of button `id` of one of the bot's messages answered at the
 * response_url `rid`, the last modal opened, and a start over (pressed on `on`, by default the first
 * message with a Start over button, and its modal submitted).
 */
export async function threadInC4(h: Harness, user: string, text: string) {
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
  const startOver = async (on = h.fake.of('chat.postMessage').find((c) => findButton(c, 'start-over'))!) => {
    await press(on, 'start-over', 'so');
    await post(h.port, viewSubmission('start-over-modal', lastView().private_metadata, {}, user), { contentType: FORM });
    await settle(h, 300);
  };
  return { rootTs, key: `C4:${rootTs}`, press, lastView, startOver };
}
