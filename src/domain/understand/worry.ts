/**
 * A worry about a change still to come (REV21-b #4): "I'm worried SQL Server won't start after we disable TLS 1.0",
 * 「TLS 1.0 を無効にしてから SQL Server が起動しなくなるか心配です」. What it fears is not a report: nothing in it happened
 * (SQL is not down, TLS 1.0 is not off). Only with the change ahead in it ("after we disable", 「…なるか心配」): "I'm worried
 * because SQL won't start since we disabled TLS 1.0" and 「SQL が起動しなくて心配です」 report an outage.
 * Pure, total, bounded; the cheap word test first.
 */

/** The cheap test: a worry word at all. */
export const WORRY_WORD = /worr|afraid|concern|scared|nervous|fear|心配|不安|懸念|怖|こわ/i;

const WORRY_EN = /(?<![a-z])(?:worr(?:y|ied|ies|ying)|afraid|concerned|scared|nervous|fear(?:s|ful)?)(?![a-z])/i;
/** The change ahead, in the present: "after we disable", "once they turn off", "when I apply" (not "since we disabled"). */
const AHEAD_EN =
  /(?<![a-z])(?:if|when|once|after|before|as\ssoon\sas)\s(?:we|i|you|they|someone)\s(?:\w+\s)?(?:turn|switch|disable|remove|kill|apply|run|change|update|patch|reboot|restart)(?![a-z])|(?<![a-z])(?:about|that)\s(?:disabling|turning\soff|switching\soff|removing|killing)(?![a-z])/i;
/** Told as happened: "since we disabled", "because it broke", "SQL crashed" (a worry beside a report keeps the report). */
const HAPPENED_EN = /(?<![a-z])(?:disabled|turned\soff|switched\soff|removed|killed|broke|crashed|stopped|went\sdown|failed|since|because|now)(?![a-z])/i;
/** 「…なくなるか心配」「…起動しないか不安です」「…止まるのではないかと心配」 (not 「…なくて心配」「…ないので心配」). */
const WORRY_JA = /(?:なる|なら|ない|しまう|する|る)\s?(?:の)?か\s?(?:が|と)?\s?(?:心配|不安|懸念|怖|こわ)|(?:のでは|んじゃ)(?:ない)?か\s?(?:と)?\s?(?:心配|不安|懸念|怖|こわ)/;

/** Does this sentence fear a change still to come, rather than report one? */
export function worriedAhead(sentence: string): boolean {
  if (!WORRY_WORD.test(sentence)) return false;
  const s = sentence.slice(0, 600);
  return (WORRY_EN.test(s) && AHEAD_EN.test(s) && !HAPPENED_EN.test(s)) || WORRY_JA.test(s);
}
