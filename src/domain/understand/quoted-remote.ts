/**
 * "SQL 2008 R2 SP2 on the TMS server. TMS shows "Cannot connect to the remote SQL Server"", 「SQL 2008 R2 同居です。「リモートの
 * SQL Server に接続できません」と出ます」: a word for another machine inside a quoted or reported message (an error, a log line)
 * is that message's, not the user saying where SQL runs. After the user's own "local" in the same message it does not turn
 * SQL into "remote" (QA round 28 W1): the TLS 1.0 caveat of a local SQL 2008 R2 must not be dropped on a quote. Pure, total.
 */
import { parseSqlPlace } from '../versions';

/** Quoted spans: "…", “…”, 「…」, 『…』, '…' around a few words. */
const QUOTED_SPAN = /"[^"\n]{1,400}"|“[^“”\n]{1,400}”|「[^「」\n]{1,400}」|『[^『』\n]{1,400}』|(?<![a-z])'[^'\n]{3,400}'(?![a-z])/gi;
/** What follows a report of a message ("the log says …", "TMS shows …", "error: …") is the message's wording. */
const REPORT_EN = /(?<![a-z])(?:says|said|shows|showed|showing|reads|reported|reports|displays|displayed|returns|returned|gives|gave)\s?:?|(?<![a-z])(?:error|message|exception)\s?[:：]/i;
/** 「…と出ます」「…と表示されます」「…というエラー」: the whole JA sentence is the message reported. */
const REPORT_JA = /と(?:出|表示|言われ|返)|というエラー|というメッセージ|とのエラー/;

/**
 * Does `clause` (a piece of `sentence`) read as 'remote' only through quoted or reported wording? `clause` is
 * lower-cased, `sentence` the same text it was cut from.
 */
export function remoteOnlyQuoted(sentence: string, clause: string): boolean {
  if (REPORT_JA.test(sentence)) return true;
  const at = sentence.indexOf(clause);
  if (at < 0) return false;
  let masked = sentence.replace(QUOTED_SPAN, (q) => ' '.repeat(q.length));
  const r = REPORT_EN.exec(masked);
  if (r) masked = masked.slice(0, r.index + r[0].length) + ' '.repeat(masked.length - r.index - r[0].length);
  return parseSqlPlace(masked.slice(at, at + clause.length)).location !== 'remote';
}
