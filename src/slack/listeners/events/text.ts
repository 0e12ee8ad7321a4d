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
  // Most messages have nothing to decode: four scans of the text saved.
  if (!text.includes('<') && !text.includes('&')) return text;
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
/** The same, opening the line. */
const SOMEONE_FIRST = new RegExp(`^\\s*${SOMEONE.source}`);

/**
 * Does a thread message open by addressing someone (a user, a user group: "@bob can you check the SQL
 * version?")? Called only for messages that do not mention the bot, so any leading mention is someone
 * else: the line is left to them. A line that opens with @here/@channel/@everyone is addressed to
 * everyone (the bot too): not someone else's (see withoutBroadcast). A mention later in the line ("SQL is
 * 2016 (checked with @bob)", "ok @carol will check") does not leave it: see mentionsSomeone.
 */
export function addressedToSomeoneElse(text: string | undefined): boolean {
  return SOMEONE_FIRST.test(text ?? '');
}

/**
 * Does a thread message mention a user or a user group anywhere ("ok @carol will check", "thanks @bob")?
 * Such a line is still read (its facts stored and answered), but when the bot reads nothing in it, it
 * was said to that person: no reply (engine `othersMentioned`).
 */
export function mentionsSomeone(text: string | undefined): boolean {
  const s = text ?? '';
  return (s.includes('<@') || s.includes('<!subteam')) && SOMEONE.test(s);
}

/** The leading @here/@channel/@everyone of a thread line, left out: never read nor echoed. */
export function withoutBroadcast(text: string): string {
  return text.startsWith('<!', text.search(/\S/)) ? text.replace(/^(?:\s*<!(?:here|channel|everyone)(?:\|[^>]*)?>)+/, '') : text;
}

/** Slack message subtypes that are a person talking (everything else is ignored). */
export const HUMAN_SUBTYPES: ReadonlySet<string> = new Set(['thread_broadcast', 'file_share']);
