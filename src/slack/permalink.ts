/**
 * A link to one message the bot posted (chat.getPermalink: no scope needed), for a private note
 * that points at it ("the steps are above: open them"). Only an https URL without mrkdwn's
 * special characters is used, so it can sit inside `<url|label>`. Never throws: null when Slack
 * gives none.
 */
import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import { errorCode } from './service';

export async function permalinkOf(client: WebClient, logger: Logger, channel: string, ts: string): Promise<string | null> {
  try {
    const res = await client.chat.getPermalink({ channel, message_ts: ts });
    const link = res.permalink;
    if (typeof link === 'string' && /^https:\/\/[^\s<>|]+$/.test(link)) return link;
  } catch (error) {
    logger.debug('no permalink for a message', { method: 'chat.getPermalink', channel, reason: errorCode(error) });
  }
  return null;
}
