/**
 * message events (message.im, message.channels, message.groups, message.mpim).
 * - DMs: every human message is a turn (one conversation per DM, or per DM thread; a DM thread
 *   starts from the DM conversation's state).
 * - Channels: only replies in threads the bot was asked into (a stored conversation exists), and
 *   never a message that also mentions the bot (app_mention handles that one).
 * Never: the bot itself, other bots, edits, deletions, joins and other system subtypes, nor a
 * channel-thread message without text (only files or attachments).
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps';
import { threadTurn } from '../../flows';
import { looksJapanese } from '../../mrkdwn';
import { threadKey } from '../../service';
import { addressedToSomeoneElse, HUMAN_SUBTYPES, incomingText, mentionsBot } from './text';

/** The message.* channel types the app subscribes to (see manifest.yml). */
export const MESSAGE_CHANNEL_TYPES = ['im', 'channels', 'groups', 'mpim'] as const;
const CHANNEL_TYPE_OF: Record<string, (typeof MESSAGE_CHANNEL_TYPES)[number]> = {
  im: 'im',
  channel: 'channels',
  group: 'groups',
  mpim: 'mpim',
};

interface LooseMessage {
  subtype?: string;
  bot_id?: string;
  bot_profile?: unknown;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
}

export function message(deps: AppDeps) {
  return async ({ message: msg, body, context, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const m = msg as unknown as LooseMessage;
    if (m.subtype && !HUMAN_SUBTYPES.has(m.subtype)) return;
    if (m.bot_id || m.bot_profile) return;
    if (!m.user || m.user === context.botUserId) return;
    const type = CHANNEL_TYPE_OF[m.channel_type ?? ''];
    if (!type) return;
    const dedupe = [`ev:${body.event_id}`, `msg:${m.channel}:${m.ts}`];
    if (type === 'im') {
      const text = incomingText(m.text, context.botUserId);
      await threadTurn(deps, client, {
        key: threadKey(m.channel, m.thread_ts),
        message: { kind: 'text', text },
        dedupe,
        target: { channel: m.channel, threadTs: m.thread_ts, user: m.user },
        langHint: looksJapanese(text) ? 'ja' : 'en',
        // "Reply in thread" under the bot's answer is a follow-up: the thread starts from what the
        // DM conversation knows, then goes its own way.
        seedFrom: m.thread_ts ? threadKey(m.channel) : undefined,
      });
      return;
    }
    if (!m.thread_ts || m.thread_ts === m.ts) return;
    if (mentionsBot(m.text, context.botUserId)) return;
    // "@bob can you check the SQL version?" is addressed to Bob, not to the bot: leave it to them.
    if (addressedToSomeoneElse(m.text)) return;
    const key = threadKey(m.channel, m.thread_ts);
    let known: boolean;
    try {
      known = await deps.store.conversations.has(key);
    } catch (error) {
      deps.logger.error('conversation lookup failed', { key }, error);
      return;
    }
    if (!known) return;
    const text = incomingText(m.text, context.botUserId);
    // A file or attachments without a word (a screenshot, a capture, an unfurl) in a shared thread
    // is people working, not a turn: answering "I did not get any text" there is noise.
    if (text === '') return;
    await threadTurn(deps, client, {
      key,
      message: { kind: 'text', text },
      dedupe,
      target: { channel: m.channel, threadTs: m.thread_ts, user: m.user },
      langHint: looksJapanese(text) ? 'ja' : 'en',
      requireExisting: true,
    });
  };
}
