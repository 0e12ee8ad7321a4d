/**
 * Slack mrkdwn inline code spans around what a reader looks for (QA64 #9): engineers backtick versions ("CE `9.15` codecs",
 * "TMS `15.9`"), and the readers that expect "CE 9.15" missed the release. A short span on one line, `…` of 1–40 characters
 * with no backtick inside and none next to its marks (a ``` fence, a paste in a code block, is left as it is), loses its
 * two marks before the text is read. Linear: each backtick tries at most 40 characters; a fast path without one.
 */
const SPAN = /(?<!`)`([^`\n]{1,40})`(?!`)/g;

export function withoutCodeSpans(text: string): string {
  return text.includes('`') ? text.replace(SPAN, '$1') : text;
}
