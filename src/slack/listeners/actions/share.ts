/**
 * 'share': post the last private answer visibly in the channel. The shared message starts a
 * thread that continues the same conversation. If the bot is not in the channel, fall back to
 * the response_url (visible, but without a thread to continue).
 */
import { hash, randomUUID } from 'node:crypto';
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { cardParts, setMeta, shownOf } from '../../answer';
import { renderReplies } from '../../blockkit';
import { renderCard } from '../../card';
import { deliveryFor } from '../../delivery';
import type { AppDeps } from '../../deps';
import { respondAll } from '../../flows';
import { permalinkOf } from '../../permalink';
import { probeBrief } from '../../probe-view';
import { errorCode, threadKey } from '../../service';
import { claimFixFiles, FILES_AGAIN_MS, recordFixFiles } from '../../private-files';
import { stepsMessages } from '../../steps-view';
import { t } from '../../texts';
import { userLang } from '../../locale';
import { fromBeforeStartOver, startedOverText, stepsDigest } from './card';
import { resolveAction } from './context';
import { escapeMrkdwn } from '../../mrkdwn';
import type { Lang } from '../../../domain/types';

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

export function shareAction(deps: AppDeps) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const ctx = await resolveAction(deps.logger, body, action, respond);
    if (!ctx) return;
    await deps.service.serial(ctx.key, async () => {
      const conv = await deps.store.conversations.get(ctx.key);
      const lang = await userLang(deps.locales, client, ctx.user, conv?.state.lang);
      const tx = t(lang);
      if (conv && fromBeforeStartOver(ctx.value, conv.state)) {
        await respondAll(deps, client, respond, [{ text: startedOverText(lang), blocks: [] }], ctx.target, lang, { replaceOriginal: false });
        return;
      }
      if (!conv || conv.lastReplies.length === 0) {
        await respondAll(deps, client, respond, [{ text: tx.shareNothing, blocks: [] }], ctx.target, lang);
        return;
      }
      const preface = USER_ID.test(ctx.user) ? tx.sharedBy(ctx.user) : undefined;
      // A diagnosis goes up as the short card, its details (caveats, steps) into the card's thread.
      // No key in block_ids: buttons on the shared message belong to its own thread.
      const withSummary = [...conv.lastReplies].reverse().find((r) => r.summary);
      const summary = withSummary?.summary;
      // The conversation's probe, as the private card carried it: its one line and Probe details (QA54 #11). The line in the
      // answer's language, with the TMS release on record (before 15 it speaks of that release).
      const probe = conv.state.facts.probe;
      const probeLine = summary && probe ? [probeBrief(probe, withSummary!.lang, conv.state.facts.tms)] : [];
      const messages = summary
        ? [
            renderCard(summary, lang, { preface, question: cardParts(withSummary).question, gen: conv.state.restarts, notes: probeLine, probeDetails: probeLine.length > 0 }),
            ...stepsMessages(summary, lang, { checklist: true }),
          ]
        : renderReplies(conv.lastReplies, { share: 'remove', preface });
      const channel = ctx.target.channel;
      // Shared before from this private conversation into this channel (QA64 #6: Share, /tls-probe, Share again made two cards and
      // two Steps threads): what is new since (the probe's line, another verdict) goes into the first share's thread, no second card.
      const shareKey = `share:${ctx.key}`;
      const digest = summary ? stepsDigest(summary, lang) : undefined;
      const upd = summary ? await shareUpdate(deps, shareKey, channel, summary.headline, digest!, probeLine, preface ? ctx.user : undefined, lang, ctx.dedupe[0] ?? randomUUID(), client, respond, ctx) : { handled: false as const };
      if (upd.handled) return;
      // One share per private answer within SHARE_AGAIN_MS (a double click, a second press, another
      // replica): claimed first, as Fix files are (the same pair); the next press is told where it
      // went and when Share posts again.
      const claim = await claimFixFiles(deps, shareKey, hash('sha256', JSON.stringify(messages.map((m) => [m.text, m.blocks])), 'base64url').slice(0, 22), SHARE_AGAIN_MS);
      if (!claim.send) {
        const { prior } = claim;
        const mins = Math.max(1, Math.ceil((prior.at + SHARE_AGAIN_MS - Date.now()) / 60_000));
        // Posted through the response_url (the bot is not in the channel): no link, no thread it reads.
        const text = prior.state !== 'sent' ? tx.shareSharing : prior.via === 'response_url' ? tx.shareAlreadyUnthreaded(mins, prior.why === 'not_in_channel') : tx.shareAlready(prior.link, mins);
        await respondAll(deps, client, respond, [{ text, blocks: [] }], ctx.target, lang, { replaceOriginal: false });
        return;
      }
      let first: string | undefined;
      // Where the steps went (the first message after the card): Show steps on the shared card links there.
      let stepsTs: string | undefined;
      // Through the delivery path: exactly once per message even after a timeout or reset, and a
      // 429 in this channel does not hold up others.
      const delivery = deliveryFor(client, deps.logger);
      const pressId = ctx.dedupe[0] ?? randomUUID();
      for (const [i, m] of messages.entries()) {
        const res = await delivery.post({ channel, ...(first ? { threadTs: first } : {}) }, m, `${pressId}/share/${i}`);
        if (res.ok) {
          if (!first && res.ts) first = res.ts;
          if (summary && i === 1) stepsTs = res.ts ?? undefined;
          continue;
        }
        deps.logger.warn('share via chat.postMessage failed', { method: 'chat.postMessage', channel, kind: res.kind });
        if (!first) {
          // Not in the channel (or another refusal, a rate limit, Slack trouble): the response_url can
          // still post visibly. Why is kept: only a bot that is not a member is told so as fact.
          const ok = await respondAll(deps, client, respond, messages, ctx.target, lang, { responseType: 'in_channel' });
          const why = res.code === 'not_in_channel' ? res.code : res.kind;
          await recordFixFiles(deps, shareKey, claim.token, ok ? { ok, via: 'response_url', why } : { ok });
          if (!ok) await respondAll(deps, client, respond, [{ text: tx.shareFailed, blocks: [] }], ctx.target, lang);
          return;
        }
        break;
      }
      await recordFixFiles(deps, shareKey, claim.token, first ? { ok: true, link: (await permalinkOf(client, deps.logger, channel, first)) ?? undefined } : { ok: false });
      // Where it went, and what it showed: a later Share adds to that thread (shareUpdate).
      if (first && summary) await markShared(deps, shareKey, { channel, threadTs: first, headline: summary.headline, steps: digest!, lang, probe: probeLine.length > 0 });
      // The answer changed since an earlier share into this channel (rev64 #7): that card's thread is told its steps no longer
      // apply and where the new ones are (the first card itself is not edited).
      if (first && upd.supersedes) await postSuperseded(deps, client, channel, upd.supersedes, first, `${pressId}/share-superseded`);
      if (first) {
        const key = channel.startsWith('D') ? channel : threadKey(channel, first);
        // The shared thread offers no Share of its own: its state is all it needs.
        await deps.store.conversations.put(key, conv.state, []);
        // The steps posted with the card count as the card's steps (recorded as Show steps records
        // them): a later Show steps links to them instead of posting them a second time.
        const steps = stepsTs ? { stepsTs, stepsShown: summary!.steps.map((x) => x.title), stepsDigest: digest! } : {};
        if (summary) await setMeta(deps, key, { status: 'open', channel, cardTs: first, threadTs: first, user: ctx.user, lang, headline: summary.headline, shown: shownOf(summary, lang), ...steps, ...(probeLine.length ? { probe: true } : {}) });
        deps.logger.info('shared', { from: ctx.key, to: key, messages: messages.length });
        if (ctx.ephemeral) {
          try {
            await respond({ delete_original: true });
          } catch (error) {
            deps.logger.debug('could not remove the ephemeral original', { reason: errorCode(error) });
          }
        }
      }
    });
  };
}

/**
 * A share recorded as sent holds back another share of the same answer this long (as Fix files do):
 * after it, Share posts again (the shared post may have been deleted meanwhile).
 */
export const SHARE_AGAIN_MS = FILES_AGAIN_MS;

type ShareMeta = { channel: string; threadTs: string; headline: string; steps: string; lang: Lang; probe: boolean };

/** Keep, beside the share's claim, the thread it started and what its card showed (its headline, a digest of its steps). Never throws. */
async function markShared(deps: AppDeps, shareKey: string, m: ShareMeta): Promise<void> {
  try {
    await deps.meta.update(shareKey, (cur) =>
      cur ? { ...cur, channel: m.channel, threadTs: m.threadTs, headline: m.headline, stepsDigest: m.steps, lang: m.lang, probe: m.probe } : undefined,
    );
  } catch (error) {
    deps.logger.warn('share position not recorded', { key: shareKey, reason: errorCode(error) });
  }
}

/** A share update under way (claimed as one step on every replica): held this long at most (a crash). */
const SHARE_UPDATING_MS = 2 * 60_000;

type UpdateOutcome = { handled: true } | { handled: false; supersedes?: { threadTs: string; lang: Lang } };

/**
 * A Share pressed again on a private conversation already shared into this channel by the bot's own post. Only when the card would
 * say the same (the same headline, the same steps and caveats: their digest) and the probe's line is new (the first card had none)
 * is that line posted in the first share's thread, and the presser told where; the same card with nothing new, within
 * SHARE_AGAIN_MS of the share or of what was last added to it: where the share is. Another verdict or other steps: a full share
 * as before (rev64 #7: a line in the old thread left its card and Steps standing), the old thread then told it is superseded.
 * The update is claimed first (MetaStore.update): two presses at once, on any replica, post it once. Posting in the first share's
 * thread failing (message_not_found, thread_not_found: the post was deleted; anything else): a full share.
 */
async function shareUpdate(
  deps: AppDeps,
  shareKey: string,
  channel: string,
  headline: string,
  digest: string,
  probeLine: string[],
  user: string | undefined,
  lang: Lang,
  pressId: string,
  client: Parameters<typeof permalinkOf>[0],
  respond: Parameters<typeof respondAll>[2],
  ctx: { target: Parameters<typeof respondAll>[4] },
): Promise<UpdateOutcome> {
  const tx = t(lang);
  const now = Date.now();
  const token = randomUUID();
  type Decision =
    | { kind: 'full'; supersedes?: { threadTs: string; lang: Lang } }
    | { kind: 'same'; left: number; link?: string }
    | { kind: 'busy' }
    | { kind: 'add'; threadTs: string; link?: string };
  let d: Decision = { kind: 'full' };
  try {
    await deps.meta.update(shareKey, (cur) => {
      const f = cur?.files;
      // (Shared through the response_url, or elsewhere: no thread of ours to add to.)
      if (!cur || !f || f.state !== 'sent' || f.via || cur.channel !== channel || !cur.threadTs) {
        d = { kind: 'full' };
        return undefined;
      }
      // Shared before in the other language: its card is not wrong, this one is shared as before (no superseded line).
      if (cur.lang && cur.lang !== lang) {
        d = { kind: 'full' };
        return undefined;
      }
      if (cur.headline !== headline || cur.stepsDigest !== digest) {
        d = { kind: 'full', supersedes: { threadTs: cur.threadTs, lang: cur.lang ?? lang } };
        return undefined;
      }
      if (!probeLine.length || cur.probe) {
        d = { kind: 'same', left: f.at + SHARE_AGAIN_MS - now, link: f.link };
        return undefined;
      }
      if (cur.shareUpdating && now - cur.shareUpdating.at >= 0 && now - cur.shareUpdating.at < SHARE_UPDATING_MS) {
        d = { kind: 'busy' };
        return undefined;
      }
      d = { kind: 'add', threadTs: cur.threadTs, link: f.link };
      return { ...cur, shareUpdating: { token, at: now } };
    });
  } catch (error) {
    deps.logger.warn('share update not claimed: a full share', { key: shareKey, reason: errorCode(error) });
    return { handled: false };
  }
  const dd = d as Decision;
  if (dd.kind === 'full') return { handled: false, ...(dd.supersedes ? { supersedes: dd.supersedes } : {}) };
  if (dd.kind === 'busy') {
    await respondAll(deps, client, respond, [{ text: tx.shareSharing, blocks: [] }], ctx.target, lang, { replaceOriginal: false });
    return { handled: true };
  }
  if (dd.kind === 'same') {
    // Later than SHARE_AGAIN_MS: a share as before (its post may have been deleted).
    if (dd.left <= 0 || dd.left > SHARE_AGAIN_MS) return { handled: false };
    await respondAll(deps, client, respond, [{ text: tx.shareAlready(dd.link, Math.max(1, Math.ceil(dd.left / 60_000))), blocks: [] }], ctx.target, lang, { replaceOriginal: false });
    return { handled: true };
  }
  const text = `${tx.shareUpdate(user)}\n${probeLine.map((l) => `• ${escapeMrkdwn(l)}`).join('\n')}`;
  const msg = { text: text.slice(0, 3000), blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: text.slice(0, 3000) } }] };
  // A deleted first share whose thread has replies stays as a tombstone parent and still takes replies nobody sees: look first.
  const gone = await sharePostGone(deps, client, channel, dd.threadTs);
  const res = gone ? ({ ok: false, kind: 'gone', code: 'message_not_found' } as const) : await deliveryFor(client, deps.logger).post({ channel, threadTs: dd.threadTs }, msg, `${pressId}/share-update`);
  const done = res.ok;
  try {
    // This press's claim ends: posted, the card counts as carrying the probe and the window starts again from now; not posted, the
    // claim goes (a full share follows).
    await deps.meta.update(shareKey, (cur) => {
      if (cur?.shareUpdating?.token !== token) return undefined;
      const { shareUpdating: _, ...rest } = cur;
      return done && rest.files ? { ...rest, probe: true, files: { ...rest.files, at: Date.now() } } : rest;
    });
  } catch (error) {
    deps.logger.warn('share update not recorded', { key: shareKey, reason: errorCode(error) });
  }
  if (!done) {
    deps.logger.warn('share update in the first share\'s thread failed: a full share', { channel, kind: res.kind, code: res.code });
    return { handled: false };
  }
  await respondAll(deps, client, respond, [{ text: tx.shareUpdated(dd.link), blocks: [] }], ctx.target, lang, { replaceOriginal: false });
  return { handled: true };
}

/**
 * The first share's post deleted, as Slack lists its thread now: no such thread (thread_not_found, message_not_found), or its parent
 * a tombstone ("This message was deleted.", kept for the replies under it). Slack not able to say (no history scope, a failed
 * call): not gone (posted as before; a post that fails then is a full share all the same).
 */
async function sharePostGone(deps: AppDeps, client: Parameters<typeof permalinkOf>[0], channel: string, ts: string): Promise<boolean> {
  try {
    const r = await client.conversations.replies({ channel, ts, limit: 1 });
    const parent = r.messages?.[0];
    return !parent || parent.ts !== ts || (parent as { subtype?: string }).subtype === 'tombstone';
  } catch (error) {
    const code = errorCode(error);
    if (code === 'thread_not_found' || code === 'message_not_found') return true;
    deps.logger.info('first share not looked up: posting in its thread', { channel, reason: code });
    return false;
  }
}

/** Tell the thread of an earlier share whose answer changed where the new share is. Never throws. */
async function postSuperseded(deps: AppDeps, client: Parameters<typeof permalinkOf>[0], channel: string, old: { threadTs: string; lang: Lang }, newTs: string, id: string): Promise<void> {
  try {
    const link = (await permalinkOf(client, deps.logger, channel, newTs)) ?? undefined;
    const text = t(old.lang).shareSuperseded(link);
    const res = await deliveryFor(client, deps.logger).post({ channel, threadTs: old.threadTs }, { text, blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text } }] }, id);
    if (!res.ok) deps.logger.info('superseded note not posted (the earlier share may be gone)', { channel, kind: res.kind });
  } catch (error) {
    deps.logger.warn('superseded note not posted', { channel, reason: errorCode(error) });
  }
}
