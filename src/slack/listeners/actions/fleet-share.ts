/**
 * 'fleet-share': Share in channel on the private summary of a /tls-probe with several targets (in
 * the user's direct message). The summary, not the report file, is posted in the channel the
 * command was run in, only when its user presses it; the private summary then says where it went.
 * One button posts once (its sealed nonce is claimed); a post the channel refused leaves a new button.
 * A summary that came through the response_url (the direct message was closed to the bot) has the
 * button too: its blocks are read from where the job kept them (src/slack/fleet/job.ts).
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { deliveryFor } from '../../delivery';
import type { AppDeps } from '../../deps';
import { FLEET_SHARE_ACTION } from '../../fleet/card';
import { fleetShareValue, openFleetShare } from '../../fleet/job';
import { fleetTexts } from '../../fleet/texts';
import { errorCode } from '../../service';

type Block = KnownBlock & { elements?: { action_id?: string }[] };

export function fleetShareAction(deps: AppDeps) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const user = body.user?.id ?? '';
    const share = openFleetShare(deps.sealer, (action as { value?: string }).value);
    if (!share || share.user !== user) {
      deps.logger.warn('fleet share button not ours (or another user\'s); ignored', { user });
      return;
    }
    // The summary as the user sees it, without its button; a summary shown through the response_url
    // (an ephemeral message: Slack sends no blocks with the press) as it was kept when it was shown.
    let message = body.message as { text?: string; blocks?: Block[] } | undefined;
    if (!message?.blocks?.length && share.kept) {
      const kept = await deps.meta.get(share.kept).catch((error: unknown) => {
        deps.logger.warn('kept fleet summary unreadable', { reason: errorCode(error) });
        return null;
      });
      if (kept?.fleetCard) message = { text: kept.fleetCard.text, blocks: kept.fleetCard.blocks as Block[] };
    }
    const summary = (message?.blocks ?? []).filter((b) => !(b.type === 'actions' && (b.elements ?? []).some((e) => e.action_id === FLEET_SHARE_ACTION)));
    if (summary.length === 0) {
      deps.logger.warn('fleet summary to share not found', { user });
      return;
    }
    const tx = fleetTexts(share.lang);
    const text = message?.text ?? tx.share;
    // No report file was made for a summary shown through the response_url.
    const file = !share.kept;
    const note = (mrkdwn: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwn }] });
    await deps.service.serial(`fleet-share:${share.nonce}`, async () => {
      const first = await deps.store.conversations.claim(`fleet-share:${share.nonce}`).catch(() => true);
      if (!first) {
        deps.logger.debug('fleet summary already shared by this button', { user });
        return;
      }
      const posted = await deliveryFor(client, deps.logger).post({ channel: share.channel }, { text, blocks: [note(tx.sharedBy(user, file)), ...summary] }, `fleet-share:${share.nonce}`);
      const blocks: KnownBlock[] = posted.ok
        ? [...summary, note(tx.sharedIn(share.channel, file))]
        : [
            ...summary,
            { type: 'section', text: { type: 'mrkdwn', text: tx.shareFailed(share.channel) } },
            { type: 'actions', elements: [{ type: 'button', action_id: FLEET_SHARE_ACTION, text: { type: 'plain_text', text: tx.share, emoji: true }, value: fleetShareValue(deps.sealer, share.channel, user, share.lang, share.kept) }] },
          ];
      if (!posted.ok) deps.logger.warn('fleet summary share failed', { channel: share.channel, kind: posted.kind });
      else deps.logger.info('fleet summary shared', { channel: share.channel });
      try {
        await respond({ replace_original: true, text, blocks });
      } catch (error) {
        deps.logger.warn('fleet summary not updated after share', { reason: errorCode(error) });
      }
    });
  };
}
