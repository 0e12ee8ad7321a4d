/**
 * TMS's own Windows services said not to start, in words: "after the reboot the TMS services won't start",
 * "TMSSchedulerService fails to start", 「再起動したらTMSのサービスが起動しない」「TMS のサービスが起動しません」.
 * Read per sentence, only as a report (not "if …", "would …", "could …", 「…場合」「…なら」「可能性」).
 * Pure, total; the cheap word test first.
 */
import { sentencesOf } from './clauses';

/**
 * EN: "the TMS services won't start", "TMS services are not starting", "TMSSchedulerService failed to start"; "don't run" only
 * with no place after it ("The TMS services don't run on the database server" says where they run, not that they fail), or with the TMS server
 * itself as the place ("TMSSchedulerService is not running on the TMS server").
 */
const DOWN_EN =
  /(?<![a-z])(?:tms(?:'s)?(?:\s(?:windows|server))?\sservices?|TMS[A-Z][A-Za-z]{2,40}Service)(?:\s(?:still|now|also|all))?\s(?:won'?t|will\snot|doesn'?t|does\snot|don'?t|do\snot|can'?t|cannot|didn'?t|did\snot|fails?\sto|failed\sto|(?:is|are)\snot|isn'?t|aren'?t)\s(?:start|starting|come\sup|coming\sup|(?:run|running)(?![a-z])(?!\s(?:on|at|in|from|under)\s(?!(?:the|this|our)\s(?:tms(?:\sserver)?|server)(?![a-z]))))(?![a-z])/i;
/** JA: 「TMSのサービスが起動しない」「TMS サービスが開始できません」「TMSSchedulerService が起動しません」. */
const DOWN_JA =
  /(?:tms(?:\s?の)?\s?(?:(?:各|全て?の|すべての|windows\s?)\s?)?サービス|TMS[A-Z][A-Za-z]{2,40}Service)\s?(?:が|は|も)?\s?(?:まだ\s?)?(?:起動し(?:ない|ません|なく)|起動でき(?:ない|ません|なく)|開始し(?:ない|ません)|開始でき(?:ない|ません|なく)|上がら(?:ない|ず|なく)|立ち上がら(?:ない|ず|なく))/i;
/** A condition, a guess or someone else's case: not a report. */
const NOT_REPORT = /(?<![a-z])(?:if|unless|would|could|might|otherwise|in\scase|whether|will\s(?:the|tms|they|it))(?![a-z])|場合|なら|可能性|おそれ|かどうか|他の案件|聞きました|と言われ/i;

export function tmsServicesDownIn(text: string): boolean {
  if (!/tms/i.test(text) || (!text.includes('ervice') && !text.includes('サービス'))) return false;
  for (const sentence of sentencesOf(text.slice(0, 2_000))) {
    const m = DOWN_EN.exec(sentence) ?? DOWN_JA.exec(sentence);
    if (m && !NOT_REPORT.test(sentence)) return true;
  }
  return false;
}
