/**
 * app_mention: someone asks the bot in a channel. Answer in a thread under the mention; the thread
 * becomes a conversation that later messages continue without a mention.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps';
import { threadTurn } from '../../flows';
import { looksJapanese } from '../../mrkdwn';
import { threadKey } from '../../service';
import { HUMAN_SUBTYPES, incomingText } from './text';

export function appMention(deps: AppDeps) {
  return async ({ event, body, context, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const e = event as typeof event & { subtype?: string; bot_id?: string };
    if (e.bot_id || (e.subtype && !HUMAN_SUBTYPES.has(e.subtype))) return;
    if (!e.user || e.user === context.botUserId) return;
    const threadTs = e.thread_ts ?? e.ts;
    const key = threadKey(e.channel, threadTs);
    const text = incomingText(e.text, context.botUserId);
    await threadTurn(deps, client, {
      key,
      // A channel thread is shared: a mention in a thread the bot already answers keeps its language.
      // A mention inside a thread that was going before it: the bot never saw the earlier lines (lateJoin:
      // a first line that gives nothing says so and asks its first question).
      message: { kind: 'text', text, keepLang: true, ...(e.thread_ts && e.thread_ts !== e.ts ? { lateJoin: true } : {}) },
      dedupe: [`ev:${body.event_id}`, `msg:${e.channel}:${e.ts}`],
      target: { channel: e.channel, threadTs, user: e.user },
      langHint: looksJapanese(text) ? 'ja' : 'en',
    });
  };
}
