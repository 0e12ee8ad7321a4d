/**
 * A worry about a change still to come (REV21-b #4): "I'm worried SQL Server won't start after we disable TLS 1.0",
 * 「TLS 1.0 を無効にしてから SQL Server が起動しなくなるか心配です」. What it fears is not a report: nothing in it happened
 * (SQL is not down, TLS 1.0 is not off). Only with the change ahead in it ("after we disable", 「…なるか心配」): "I'm worried
 * because SQL won't start since we disabled TLS 1.0" and 「SQL が起動しなくて心配です」 report an outage. A worry beside SQL
 * down now ("SQL Server is down and I'm worried …", 「起動しなくなったので、…心配です」) is the report (REV22 #2).
 * Pure, total, bounded; the cheap word test first.
 */

/** The cheap test: a worry word at all. */
export const WORRY_WORD = /worr|afraid|concern|scared|nervous|fear|心配|不安|懸念|怖|こわ/i;

const WORRY_EN = /(?<![a-z])(?:worr(?:y|ied|ies|ying)|afraid|concerned|scared|nervous|fear(?:s|ful)?)(?![a-z])/i;
/**
 * The change ahead, in the present: "after we disable", "once they turn off", "when I apply", "after disabling" (not "since we
 * disabled"). A restart or reboot alone is no change ahead: "SQL won't start when we restart it" tells what happens when it is
 * restarted (REV22 #2); only with a time ahead ("when we reboot tonight", "might not start when we restart tomorrow") is it.
 */
const AHEAD_EN =
  /(?<![a-z])(?:if|when|once|after|before|as\ssoon\sas)\s(?:we|i|you|they|someone)\s(?:\w+\s)?(?:turn|switch|disable|remove|kill|apply|run|change|update|patch)(?![a-z])|(?<![a-z])(?:about|that|after|once|when|before)\s(?:disabling|turning\soff|switching\soff|removing|killing|applying|the\s(?:change|update|patch|hardening))(?![a-z])/i;
const RESTART_AHEAD_EN = /(?<![a-z])(?:if|when|once|after|before|as\ssoon\sas)\s(?:we|i|you|they|someone)\s(?:\w+\s)?(?:reboot|restart)(?![a-z])/i;
const TIME_AHEAD_EN =
  /(?<![a-z])(?:tonight|tomorrow|later|next|this\s(?:weekend|evening|afternoon|week)|on\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|will|might|may|could|would|going\sto)(?![a-z])/i;
/**
 * Told as happened: "since we disabled", "because it broke", "SQL crashed", "SQL is down", "is not starting", "isn't running"
 * (a worry beside a report keeps the report, REV22 #2).
 */
const HAPPENED_EN =
  /(?<![a-z])(?:disabled|turned\soff|switched\soff|removed|killed|broke|crashed|stopped|went\sdown|failed|since|because|now|(?:is|are|was|were|has\sbeen|it'?s)\s(?:(?:still|currently|already)\s)?(?:down|stopped|offline|dead|not\s(?:running|starting|coming\sup|up))|(?:isn'?t|aren'?t|wasn'?t)\s(?:running|starting|coming\sup|up)|(?:did|could)(?:n'?t|\snot)\s(?:start|run|come\s(?:up|back)))(?![a-z])/i;
/** 「…なくなるか心配」「…起動しないか不安です」「…止まるのではないかと心配」 (not 「…なくて心配」「…ないので心配」). */
const WORRY_JA = /(?:なる|なら|ない|しまう|する|る)\s?(?:の)?か\s?(?:が|と)?\s?(?:心配|不安|懸念|怖|こわ)|(?:のでは|んじゃ)(?:ない)?か\s?(?:と)?\s?(?:心配|不安|懸念|怖|こわ)/;

/**
 * Told as happened in Japanese: 「起動しなくなったので」「止まっていて」「停止しました」「起動しなくて」「すでに」 (REV22 #2); not
 * 「無効にしてから」「する予定なので」 (a change ahead).
 */
const HAPPENED_JA =
  /なくなっ(?:た|ちゃった|てしまった|て(?!から))|なくなりました|(?:止まっ|停止し|落ち|ダウンし|落ちてしまっ)て(?:い|お|る|、|,|しまい|しまっ)|(?:止まり|停止し|落ち|ダウンし|クラッシュし|失敗し)ました|(?:止まっ|停止し|落ち|ダウンし|クラッシュし|失敗し)た(?:ので|から|ため|。|、|,)|(?:しない|しません|できない|できません|動かない|動きません)(?:ので|から|ため|状態(?!\s?に\s?な(?:る|ら|り)))|(?:起動し|動か|立ち上がら)なくて|(?:すでに|既に)[^、。,]{0,20}(?:止まっ|停止|落ち|ダウン|起動し(?:ない|ません|なく))/;
/** SQL Server named in a clause. */
const SQL_IN = /(?<![a-z])(?:sql|mssql|database|db)(?![a-z])|データベース|ＳＱＬ/i;
/** A clause about another time: 「前回は…止まってしまったので」, "last time SQL went down" (not now, REV23 #6). */
const OTHER_TIME = /前回|以前|過去|昔|この前|去年|先月|先週|(?<![a-z])(?:last\s(?:time|year|month|week)|previously|in\sthe\spast|once\sbefore)(?![a-z])/i;
/** Clauses: split at commas, semicolons, colons and "and" / "but" / 「が、」. */
const CLAUSE = /[,;:、，；。]|\s(?:and|but)\s/i;
/**
 * What may say it happened (REV23 #1, #6): the clauses about SQL Server, now ("TMS is already on 15.13; I'm worried SQL won't
 * start…" says nothing of SQL; 「前回は SQL Server が止まってしまったので、今回も…」 is last time). With no clause naming SQL, the
 * clauses of now ("I'm worried because it won't start since we disabled TLS 1.0").
 */
function ownClauses(s: string): string {
  const now = s.split(CLAUSE).filter((c) => !OTHER_TIME.test(c));
  const sql = now.filter((c) => SQL_IN.test(c));
  return (sql.length > 0 ? sql : now).join(' / ');
}
/** "I'm worried: SQL Server won't start when we restart it": after a colon the words are said, not feared (REV22 #2). */
const WORRY_COLON = /(?<![a-z])(?:worr(?:y|ied)|afraid|concerned|scared|nervous)\s?[:：]/i;

/** Does this sentence fear a change still to come, rather than report one? */
export function worriedAhead(sentence: string): boolean {
  if (!WORRY_WORD.test(sentence)) return false;
  const s = sentence.slice(0, 600);
  const own = ownClauses(s);
  if (WORRY_EN.test(s) && !HAPPENED_EN.test(own)) {
    if (AHEAD_EN.test(s)) return true;
    // "I'm worried SQL Server won't start when we reboot": a restart ahead is feared (REV23 #1); "…tomorrow" too.
    if (RESTART_AHEAD_EN.test(s) && (TIME_AHEAD_EN.test(s) || !WORRY_COLON.test(s))) return true;
  }
  return WORRY_JA.test(s) && !HAPPENED_JA.test(own);
}
