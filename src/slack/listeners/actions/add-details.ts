/** 'add-details' on a private answer: open the modal that takes the next message (views/reply-modal.ts). */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps';
import { respondAll } from '../../flows';
import { errorCode } from '../../service';
import { replyModal } from '../views/reply-modal';
import { userLang } from '../../locale';
import { fromBeforeStartOver, goneText, startedOverText } from './card';
import { resolveAction } from './context';

const FAILED = {
  en: 'Slack did not let me open the form (the button may have been pressed a while ago). Press Add details again, or ask again with /tms-diagnose and everything you know.',
  ja: '入力画面を開けませんでした（ボタンを押してから時間がたった可能性があります）。もう一度 [情報を追加] を押すか、分かっていることをすべて書いて /tms-diagnose で聞き直してください。',
} as const;

export function addDetailsAction(deps: AppDeps) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const ctx = await resolveAction(deps.logger, body, action, respond);
    if (!ctx) return;
    if (!ctx.key.startsWith('slash:')) {
      // Only private answers carry the button; elsewhere people simply reply in the thread or DM.
      deps.logger.warn('add-details outside a private answer ignored', { key: ctx.key });
      return;
    }
    // The modal opens at once (its trigger_id lasts 3 s): the language comes from the stored state,
    // else the presser's Slack locale (bounded in time, cached).
    const conv = await deps.store.conversations.get(ctx.key).catch(() => null);
    const lang = await userLang(deps.locales, client, ctx.user, conv?.state.lang);
    if (!conv) {
      // Nothing to add details to: say so now, privately, rather than after the user typed them.
      await respondAll(deps, client, respond, [{ text: goneText(lang, true), blocks: [] }], ctx.target, lang, { replaceOriginal: false });
      return;
    }
    if (fromBeforeStartOver(ctx.value, conv.state)) {
      await respondAll(deps, client, respond, [{ text: startedOverText(lang), blocks: [] }], ctx.target, lang, { replaceOriginal: false });
      return;
    }
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: replyModal({ key: ctx.key, user: ctx.user, responseUrl: (body as { response_url?: string }).response_url, lang }, deps.sealer) });
    } catch (error) {
      deps.logger.error('views.open failed', { method: 'views.open', key: ctx.key, reason: errorCode(error) });
      await respondAll(deps, client, respond, [{ text: FAILED[lang], blocks: [] }], ctx.target, lang);
    }
  };
}
