/**
 * Buttons that simply feed the conversation: 'answer' (a common answer to a question),
 * 'start-over', 'help' and any other action id the engine offers. The press becomes
 * { kind: 'action', id, value } for the conversation the message belongs to.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../deps';
import { getMeta } from '../../answer';
import { ephemeralTurn, threadTurn } from '../../flows';
import { baseActionId, resolveAction } from './context';
import { updatePressed } from './mark-pressed';

export function feedAction(deps: AppDeps) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const ctx = await resolveAction(deps.logger, body, action, respond);
    if (!ctx) return;
    const message = { kind: 'action' as const, id: baseActionId(ctx.actionId), ...(ctx.value !== undefined ? { value: ctx.value } : {}) };
    if (ctx.ephemeral) {
      await ephemeralTurn(deps, client, respond, { key: ctx.key, message, dedupe: ctx.dedupe, fallback: ctx.target, replaceOriginal: true });
    } else {
      const msg = (body as { message?: { ts?: string; text?: string; blocks?: KnownBlock[] } }).message;
      const outcome = await threadTurn(deps, client, { key: ctx.key, message, dedupe: ctx.dedupe, target: ctx.target });
      const blockId = (action as { block_id?: string }).block_id;
      // Utility buttons stay usable, and the card is edited by the turn itself (never with stale blocks).
      const utility = message.id === 'help' || message.id === 'start-over';
      const onCard = msg?.ts !== undefined && (await getMeta(deps, ctx.key))?.cardTs === msg.ts;
      if (outcome === 'delivered' && !utility && !onCard && msg?.ts && msg.blocks && blockId) {
        const chosen = (action as { selected_option?: { text?: { text?: string } } }).selected_option?.text?.text;
        await updatePressed(client, deps.logger, { channel: ctx.target.channel, ts: msg.ts, text: msg.text ?? '', blocks: msg.blocks, blockId, actionId: ctx.actionId, chosen, user: ctx.user });
      }
    }
  };
}
