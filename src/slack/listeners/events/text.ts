/** Helpers for message texts addressed to the bot. */

/** The mention pattern of the last bot user id asked for (one app has one bot user). */
let mentionRe: { id: string; re: RegExp } | null = null;

/**
 * Remove mentions of the bot (`<@UBOT>` or `<@UBOT|name>`) and trim the ends. Spaces and tabs inside
 * the text are kept: pasted evidence (PowerShell tables, tshark columns, Event Viewer rows) is read
 * by its columns.
 */
export function stripBotMention(text: string | undefined, botUserId: string | undefined): string {
  let s = text ?? '';
  if (botUserId) {
    if (mentionRe?.id !== botUserId) mentionRe = { id: botUserId, re: new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/gi, '')}(?:\\|[^>]*)?>`, 'g') };
    if (s.includes('<@')) s = s.replace(mentionRe.re, ' ');
  }
  return s.replace(/^\s+|\s+$/g, '');
}

/**
 * Slack's wire format of a message text turned into what the user sees: Slack sends `&`, `<`, `>`
 * as `&amp;`, `&lt;`, `&gt;` and wraps mentions and links in `<…>`. The engine reads (and may echo)
 * plain text, and everything it says is escaped again on the way out (mrkdwn.ts), so decoding here
 * is what prevents double escaping ("&amp;lt;") without letting anything through as markup.
 *   <@U123|name> → @name   <@U123> → @U123   <#C1|general> → #general   <!here> → @here
 *   <!subteam^S1|@team> → @team   <!date^…|fallback> → fallback   <https://x|label> → label   <https://x> → https://x
 */
export function slackToPlain(text: string): string {
  const decoded = text.replace(/<([^<>]*)>/g, (_, inner: string) => {
    const bar = inner.indexOf('|');
    const target = bar >= 0 ? inner.slice(0, bar) : inner;
    const label = bar >= 0 ? inner.slice(bar + 1) : '';
    if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : target;
    if (target.startsWith('#')) return label ? `#${label.replace(/^#/, '')}` : target;
    if (target.startsWith('!')) {
      if (label) return label;
      const word = target.slice(1).split('^')[0]!;
      return `@${word}`;
    }
    if (label) return label;
    return target.replace(/^mailto:/i, '');
  });
  return decoded.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The text of a message to the bot, as the engine should read it: bot mention removed, decoded. */
export function incomingText(text: string | undefined, botUserId: string | undefined): string {
  return slackToPlain(stripBotMention(text, botUserId)).replace(/^\s+|\s+$/g, '');
}

export function mentionsBot(text: string | undefined, botUserId: string | undefined): boolean {
  if (!text || !botUserId) return false;
  return text.includes(`<@${botUserId}>`) || text.includes(`<@${botUserId}|`);
}

/** A mention of a user or a user group (`<@U…>`, `<@W…|name>`, `<!subteam^S…|@team>`). */
const SOMEONE = /<(?:@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+)(?:\|[^>]*)?>/;
/**
 * A credit closing the line ("SQL 2012, thanks @bob", "TMS 15.9 (via @carol)", 「SQL 2016 です、@bob さんありがとう」): the
 * line is still the writer's own statement, not meant for the one credited.
 */
const CREDIT_AT_END =
  /(?:\b(?:thanks|thank\s+you|thx|ty|cheers|h\/t|via|per)[\s,:]*(?:to\s+)?<(?:@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+)(?:\|[^>]*)?>|<(?:@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+)(?:\|[^>]*)?>\s*(?:さん|様)?\s*(?:ありがとう(?:ございます)?|サンクス))[\s)）.!。！]*$/i;

/**
 * Is a thread message meant for someone else: does it mention a user or a user group anywhere ("@bob can
 * you check…?", "ok @carol will check")? Called only for messages that do not mention the bot, so any
 * mention is someone else. Not when the line opens with @here/@channel/@everyone (addressed to everyone,
 * the bot too: see withoutBroadcast), nor for a credit at its end ("SQL 2012, thanks @bob").
 */
export function addressedToSomeoneElse(text: string | undefined): boolean {
  const s = text ?? '';
  if (!s.includes('<@') && !s.includes('<!subteam')) return false;
  if (/^\s*<!(?:here|channel|everyone)[|>]/.test(s)) return false;
  return SOMEONE.test(s.replace(CREDIT_AT_END, ''));
}

/** The leading @here/@channel/@everyone of a thread line, left out: never read nor echoed. */
export function withoutBroadcast(text: string): string {
  return text.startsWith('<!', text.search(/\S/)) ? text.replace(/^(?:\s*<!(?:here|channel|everyone)(?:\|[^>]*)?>)+/, '') : text;
}

/** Slack message subtypes that are a person talking (everything else is ignored). */
export const HUMAN_SUBTYPES: ReadonlySet<string> = new Set(['thread_broadcast', 'file_share']);
