/** Reading what the fake Slack recorded: posts, response_url answers, buttons on a message. */
import type { Call } from './fake-slack';
import type { Harness } from './harness';

export const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');
export const responses = (h: Harness): Call[] => h.fake.of('response_url');
export const str = (c: Call): string => JSON.stringify(c.body);

/** Let queued turns finish. */
export const settle = async (h: Harness, ms = 150): Promise<void> => {
  await new Promise((r) => setTimeout(r, ms));
  await h.bot.idle();
};

/** Let queued turns finish, then what they queued in turn (a note, a card edit). */
export const settleTwice = async (h: Harness): Promise<void> => {
  await settle(h, 200);
  await settle(h, 50);
};

/** A post's blocks and text, as one string to look in. */
export const textOf = (c: Call): string => JSON.stringify(c.body.blocks ?? '') + String(c.body.text ?? '');

/** The block_id and the message of the first button with this action id prefix. */
export function findButton(c: Call, prefix: string): { blockId: string; actionId: string; value?: string } {
  for (const b of c.body.blocks as any[]) {
    if (b.type !== 'actions') continue;
    for (const e of b.elements) if (e.action_id.startsWith(prefix)) return { blockId: b.block_id, actionId: e.action_id, value: e.value };
  }
  throw new Error(`no ${prefix} button in ${str(c).slice(0, 400)}`);
}
