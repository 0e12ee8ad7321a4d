/**
 * Small helpers the end-to-end button tests share: waiting for the app to settle, a message's blocks, and a
 * button of a message as Slack sends it back when pressed (block_id, action_id and value).
 */
import type { Call } from './fake-slack';
import type { Harness } from './harness';

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
