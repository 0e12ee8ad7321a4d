/**
 * Buttons that simply feed the conversation: 'answer' (a common answer to a question),
 * 'start-over', 'help' and any other action id the engine offers. The press becomes
 * { kind: 'action', id, value } for the conversation the message belongs to. Help pressed on a
 * message in a thread or channel is shown to the presser only (ephemeral), in their language.
 */
import type { AllMiddlewareArgs, BlockAction, RespondFn, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../deps';
import { getMeta } from '../../answer';
import type { Lang } from '../../../domain/types';
import { ephemeralTurn, respondAll, threadTurn } from '../../flows';
import { startedOverText } from './card';
import { baseActionId, resolveAction, type ActionContext } from './context';
import { updatePressed } from './mark-pressed';
import { renderReply, splitGen } from '../../blockkit';
import { helpReply } from '../../home';
import { errorCode } from '../../service';
import { presserLang } from '../../locale';

/** The help, privately to the presser: their Slack locale, else the conversation's language. */
async function helpPrivately(deps: AppDeps, client: WebClient, respond: RespondFn, ctx: ActionContext): Promise<void> {
  const convLang = (await deps.store.conversations.get(ctx.key).catch(() => null))?.state.lang;
  const lang = await presserLang(deps.locales, client, ctx.user, convLang);
  const [m] = renderReply(helpReply(lang));
  const { channel, threadTs } = ctx.target;
  try {
    await client.chat.postEphemeral({ channel, user: ctx.user, text: m!.text, blocks: m!.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) });
  } catch (error) {
    deps.logger.warn('help not shown by postEphemeral: through the response_url', { method: 'chat.postEphemeral', channel, reason: errorCode(error) });
    await respond({ response_type: 'ephemeral', replace_original: false, text: m!.text, blocks: m!.blocks }).catch((e: unknown) =>
      deps.logger.error('help not shown', { method: 'respond', channel, reason: errorCode(e) }),
    );
  }
}

export function feedAction(deps: AppDeps) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const ctx = await resolveAction(deps.logger, body, action, respond);
    if (!ctx) return;
    // A question's answers carry the start-over count they were drawn in (blockkit.withGen): the engine gets the bare value.
    const { value, gen } = splitGen(ctx.value);
    const message = { kind: 'action' as const, id: baseActionId(ctx.actionId), ...(value !== undefined ? { value } : {}) };
    // Drawn before the conversation started over: one private line, nothing fed to the new conversation.
    // (A private line: on a shared card in the presser's language, else the thread's; on a private answer in its own.)
    const stale = gen === undefined ? undefined : { gen, refuse: async (conv: Lang) => {
      const lang = await presserLang(deps.locales, client, ctx.user, conv, ctx.ephemeral);
      return respondAll(deps, client, respond, [{ text: startedOverText(lang), blocks: [] }], ctx.target, lang, { replaceOriginal: false });
    } };
    if (!ctx.ephemeral && message.id === 'help') {
      // Help is for whoever pressed it, not for the incident thread: shown to them only.
      await helpPrivately(deps, client, respond, ctx);
      return;
    }
    if (ctx.ephemeral) {
      await ephemeralTurn(deps, client, respond, { key: ctx.key, message, dedupe: ctx.dedupe, fallback: ctx.target, replaceOriginal: true, stale });
    } else {
      const msg = (body as { message?: { ts?: string; text?: string; blocks?: KnownBlock[] } }).message;
      const outcome = await threadTurn(deps, client, { key: ctx.key, message, dedupe: ctx.dedupe, target: ctx.target, stale });
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
