/**
 * Buttons on a private (ephemeral) answer answer through the press's response_url, which Slack
 * honours for 30 minutes and 5 uses. An incident outlives that: a press on a private card an hour
 * later (Fixed, Show steps, an answer choice) would otherwise get only "could not post". When
 * Slack refuses the response_url with a 4xx (expired, used up: certainly not posted), the same
 * message is sent with chat.postEphemeral to the presser in that channel instead — as a new private
 * message, since an ephemeral message cannot be edited any other way. A 5xx or a network error is
 * not retried this way (it may have been posted), nor a visible (in_channel) or delete request.
 */
import type { RespondArguments, RespondFn } from '@slack/bolt';
import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import { errorCode } from './service';

export interface PrivateWhere {
  channel: string;
  user: string;
  threadTs?: string;
}

function refusedUrl(error: unknown): boolean {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export function respondOrEphemeral(respond: RespondFn, client: WebClient, logger: Logger, where: PrivateWhere): RespondFn {
  return (async (message: string | RespondArguments) => {
    try {
      return await respond(message);
    } catch (error) {
      const m = (typeof message === 'string' ? { text: message } : message) as { text?: unknown; blocks?: unknown; delete_original?: unknown; response_type?: unknown };
      if (!refusedUrl(error) || m.delete_original === true || m.response_type === 'in_channel' || typeof m.text !== 'string') throw error;
      logger.info('response_url refused; sent privately with chat.postEphemeral instead', { channel: where.channel, user: where.user, reason: errorCode(error) });
      try {
        return await client.chat.postEphemeral({
          channel: where.channel,
          user: where.user,
          text: m.text,
          ...(Array.isArray(m.blocks) && m.blocks.length ? { blocks: m.blocks as never } : {}),
          ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
        });
      } catch (fallback) {
        logger.warn('chat.postEphemeral after a refused response_url failed', { channel: where.channel, user: where.user, reason: errorCode(fallback) });
        throw error;
      }
    }
  }) as RespondFn;
}

/** For a press on an ephemeral message: its channel, presser and thread, else null. */
export function privateWhere(body: unknown): PrivateWhere | null {
  const b = body as { user?: { id?: unknown }; channel?: { id?: unknown }; container?: { is_ephemeral?: unknown; channel_id?: unknown; thread_ts?: unknown } };
  if (b?.container?.is_ephemeral !== true) return null;
  const channel = typeof b.channel?.id === 'string' ? b.channel.id : typeof b.container.channel_id === 'string' ? b.container.channel_id : '';
  const user = typeof b.user?.id === 'string' ? b.user.id : '';
  if (!channel || !user) return null;
  return { channel, user, ...(typeof b.container.thread_ts === 'string' ? { threadTs: b.container.thread_ts } : {}) };
}
