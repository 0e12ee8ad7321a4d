/** Helpers for message texts addressed to the bot. */

/** Remove mentions of the bot (`<@UBOT>` or `<@UBOT|name>`) and tidy whitespace. */
export function stripBotMention(text: string | undefined, botUserId: string | undefined): string {
  let s = text ?? '';
  if (botUserId) {
    const re = new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/gi, '')}(?:\\|[^>]*)?>`, 'g');
    s = s.replace(re, ' ');
  }
  return s.replace(/[ \t]+/g, ' ').replace(/^\s+|\s+$/g, '');
}

export function mentionsBot(text: string | undefined, botUserId: string | undefined): boolean {
  if (!text || !botUserId) return false;
  return text.includes(`<@${botUserId}>`) || text.includes(`<@${botUserId}|`);
}

/** Slack message subtypes that are a person talking (everything else is ignored). */
export const HUMAN_SUBTYPES: ReadonlySet<string> = new Set(['thread_broadcast', 'file_share']);
