/**
 * 'probe-endpoint': open the modal that asks which endpoint to probe (views.open, trigger_id). A button
 * drawn before its conversation started over is refused (as the card's other buttons are); the modal
 * carries the generation it was opened in, so a probe submitted after a start over is refused too.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps';
import { respondAll } from '../../flows';
import { errorCode } from '../../service';
import { t } from '../../texts';
import { presserLang, userLang } from '../../locale';
import { probeModal } from '../views/probe-modal';
import { fromBeforeStartOver, startedOverText } from './card';
import { resolveAction } from './context';

export function probeEndpointAction(deps: AppDeps) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const ctx = await resolveAction(deps.logger, body, action, respond);
    if (!ctx) return;
    const conv = await deps.store.conversations.get(ctx.key).catch(() => null);
    // What the probe posts is the conversation's; the modal and a private line to a presser on a shared card are in their
    // language (presserLang, QA54 #9).
    const lang = await userLang(deps.locales, client, ctx.user, conv?.state.lang);
    const own = await presserLang(deps.locales, client, ctx.user, lang, ctx.ephemeral);
    if (conv && fromBeforeStartOver(ctx.value, conv.state)) {
      await respondAll(deps, client, respond, [{ text: startedOverText(own), blocks: [] }], ctx.target, own, { replaceOriginal: false });
      return;
    }
    if (!deps.probe) {
      await respondAll(deps, client, respond, [{ text: t(own).probeUnavailable, blocks: [] }], ctx.target, own);
      return;
    }
    try {
      await client.views.open({
        trigger_id: body.trigger_id,
        view: probeModal({ key: ctx.key, ephemeral: ctx.ephemeral, responseUrl: (body as { response_url?: string }).response_url, lang, ...(own !== lang ? { ui: own } : {}), ...(conv ? { gen: conv.state.restarts ?? 0 } : {}) }, deps.sealer),
      });
    } catch (error) {
      deps.logger.error('views.open failed', { method: 'views.open', key: ctx.key, reason: errorCode(error) });
      await respondAll(deps, client, respond, [{ text: t(own).probeModalFailed, blocks: [] }], ctx.target, own);
    }
  };
}
