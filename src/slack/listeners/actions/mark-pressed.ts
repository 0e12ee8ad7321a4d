/**
 * After a button in a thread was used, replace that row of buttons with a short note
 * ("✓ 2012 · @alice") so the thread shows what was chosen and stale buttons are not pressed twice.
 */
import type { Logger } from '@slack/logger';
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { escapeMrkdwn } from '../../mrkdwn';
import { errorCode } from '../../service';

interface LooseElement {
  type?: string;
  action_id?: string;
  text?: { text?: string };
}

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** The message's blocks with the pressed row replaced by a note; null when nothing matches. */
export function markPressed(blocks: KnownBlock[], blockId: string, actionId: string, chosen: string | undefined, user: string): KnownBlock[] | null {
  let changed = false;
  const out = blocks.map((b) => {
    const bb = b as { type: string; block_id?: string; elements?: LooseElement[] };
    if (bb.type !== 'actions' || bb.block_id !== blockId) return b;
    const el = bb.elements?.find((e) => e.action_id === actionId);
    const label = chosen ?? el?.text?.text;
    if (!label) return b;
    changed = true;
    const who = USER_ID.test(user) ? ` · <@${user}>` : '';
    const note: KnownBlock = { type: 'context', block_id: blockId, elements: [{ type: 'mrkdwn', text: `✓ ${escapeMrkdwn(label)}${who}` }] };
    return note;
  });
  return changed ? out : null;
}

export async function updatePressed(
  client: WebClient,
  logger: Logger,
  args: { channel: string; ts: string; text: string; blocks: KnownBlock[]; blockId: string; actionId: string; chosen?: string; user: string },
): Promise<void> {
  const blocks = markPressed(args.blocks, args.blockId, args.actionId, args.chosen, args.user);
  if (!blocks) return;
  try {
    await client.chat.update({ channel: args.channel, ts: args.ts, text: args.text || ' ', blocks });
  } catch (error) {
    logger.warn('chat.update of the pressed buttons failed', { method: 'chat.update', channel: args.channel, ts: args.ts, reason: errorCode(error) });
  }
}
