/** 'probe-endpoint': open the modal that asks which endpoint to probe (views.open, trigger_id). */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps';
import { respondAll } from '../../flows';
import { errorCode } from '../../service';
import { t } from '../../texts';
import { userLang } from '../../locale';
import { probeModal } from '../views/probe-modal';
import { resolveAction } from './context';

export function probeEndpointAction(deps: AppDeps) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const ctx = await resolveAction(deps.logger, body, action, respond);
    if (!ctx) return;
    const lang = await userLang(deps.locales, client, ctx.user, (await deps.store.conversations.get(ctx.key).catch(() => null))?.state.lang);
    if (!deps.probe) {
      await respondAll(deps, client, respond, [{ text: t(lang).probeUnavailable, blocks: [] }], ctx.target, lang);
      return;
    }
    try {
      await client.views.open({
        trigger_id: body.trigger_id,
        view: probeModal({ key: ctx.key, ephemeral: ctx.ephemeral, responseUrl: (body as { response_url?: string }).response_url, lang }, deps.sealer),
      });
    } catch (error) {
      deps.logger.error('views.open failed', { method: 'views.open', key: ctx.key, reason: errorCode(error) });
      await respondAll(deps, client, respond, [{ text: t(lang).probeModalFailed, blocks: [] }], ctx.target, lang);
    }
  };
}
