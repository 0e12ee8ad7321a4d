/**
 * Slack mrkdwn safety. Every text the bot sends is escaped here: `&`, `<` and `>` become entities,
 * so no text (least of all one a user typed) can become a mention (<@U…>, <!here>, <!channel>),
 * a disguised link (<https://…|label>) or a broken entity.
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Marks typed by a user and quoted back (`*bold*`, `_italic_`, `~strike~` in "I could not find a version
 * or a request in "…"") stay as typed: a zero-width space before an opening mark keeps Slack from
 * formatting it (the same device as codeSections' broken fences). Code spans are left alone: they are
 * the bot's own (`SELECT @@VERSION`); a user's backticks reach here already as full-width look-alikes
 * (src/conversation/guards.ts echo). The bot's own paragraphs use no * _ ~ marks (src/conversation/document.ts).
 */
export function inertMarkup(escaped: string): string {
  if (!/[*_~]/.test(escaped)) return escaped;
  return escaped
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(^|[\s([{"'“‘「『（])([*_~])(?=[^\s*_~])/gu, '$1\u200b$2')))
    .join('');
}

/** True when `i` would cut a UTF-16 surrogate pair or an entity produced by escapeMrkdwn. */
function badCut(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const prev = s.charCodeAt(i - 1);
  if (prev >= 0xd800 && prev <= 0xdbff) return true;
  const amp = s.lastIndexOf('&', i - 1);
  if (amp >= 0 && i - amp < 5) {
    const semi = s.indexOf(';', amp);
    if (semi >= i) return true;
  }
  return false;
}

/**
 * Split an already escaped string into pieces of at most `limit` characters, preferring paragraph,
 * line, then word boundaries, never cutting an entity or a surrogate pair. Nothing is dropped but the
 * single whitespace character at a break.
 */
export function splitEscaped(s: string, limit: number): string[] {
  if (limit < 8) throw new RangeError('limit too small');
  const out: string[] = [];
  let rest = s;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const min = Math.floor(limit / 2);
    let cut = -1;
    let skip = 0;
    for (const sep of ['\n\n', '\n', ' ']) {
      const at = window.lastIndexOf(sep, limit - (sep.length - 1));
      if (at >= min && at + sep.length - 1 <= limit) {
        cut = at;
        skip = sep.length;
        break;
      }
    }
    if (cut < 0) {
      cut = limit;
      while (cut > 1 && badCut(rest, cut)) cut--;
      skip = 0;
    }
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + skip);
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}

/** Escape then split. */
export function escapeAndSplit(text: string, limit: number): string[] {
  return splitEscaped(escapeMrkdwn(text), limit);
}

/** Does a text contain Japanese script? (Used to pick the language of the bot's own notices.) */
export function looksJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/.test(text);
}
