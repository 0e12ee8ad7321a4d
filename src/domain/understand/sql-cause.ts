/**
 * A cause of the SQL Server outage named by the user that is not TLS: "it was the disk", "the cause was a full log drive",
 * "the service account password got reset", "the license expired", 「原因はディスクでした」「サービスアカウントのパスワードが
 * 原因でした」. The outage itself is never dropped for it (keeping one wrongly is safe, dropping one is not): the answer only
 * says that this cause comes first and keeps the TLS recovery as a condition (knowledge/sql-outage.ts sqlDownSaidLead).
 *
 * Said plainly only: a doubt, another occasion, a question, another failing subject (a backup, a job, the agent) or any TLS
 * word in the message reads no cause (the recovery's wording then stays the one for an unknown cause). Pure, total; the
 * cheap test first.
 */
export type SqlCause = 'disk' | 'logFull' | 'account' | 'license';

const CHEAP = /disk|drive|volume|space|password|account|licen[cs]e|ディスク|ドライブ|容量|パスワード|アカウント|ライセンス/i;
/** TLS named, or the 26011 event: the cause may be the TLS change itself; no other cause is acknowledged. */
const TLS_TOLD = /tls|ssl|schannel|26011|crypto|cipher|registry|レジストリ|暗号/i;
/** Another thing said to fail: a backup, a job, the agent ("The backup failed, it was the disk"). */
const OTHER_SUBJECT = /(?<![a-z])(?:backups?|jobs?|agent)(?![a-z])|バックアップ|ジョブ|エージェント/i;
/** A doubt, another time, a question, a negation or another subject: no plain cause. */
const NOT_PLAIN_EN =
  /[?？]|(?<![a-z])(?:not|no|never|think|thinks|thought|maybe|perhaps|probably|possibly|might|could|may|sure|guess|suspect|wonder|whether|if|last|before|previous|previously|earlier|backups?|jobs?|agent|instead)(?![a-z])|n't/i;
const NOT_PLAIN_JA =
  /[?？]|関係|思|かも|か。|か$|違|前回|以前|去年|昨年|先月|確認中|ではなく|じゃなく|ではない|ではありません|バックアップ|ジョブ|エージェント|もし|なら|場合|(?:して|されて|切れて|なって|いっぱいになって)(?:い|お)?(?:ない|ません)|していない|てない|確認済み|問題(?:ない|なし|ありません)|正常|大丈夫/;
/** A cluster's drive moving to the other node ("the drive failed over to the other node") is no failed disk (REV7 #5). */
const FAILOVER_EN = /fail(?:ed|s|ing)?[\s-]?over|failover/i;

const CAUSE_EN = '(?:(?<kind>(?:(?:a|the|our)\\s)?(?:full\\s)?(?:transaction\\s)?log\\s(?:drive|disk|volume|partition)(?:\\s(?:being\\s)?full)?|(?:(?:a|the|our)\\s)?(?:full\\s|failed\\s|bad\\s|failing\\s)?(?:disk|hard\\sdrive|drive|volume)(?:\\s(?:being\\s)?(?:full|space|failure|failing|dying))?|(?:(?:a|the|our)\\s)?(?:low\\s)?disk\\sspace|(?:(?:the|our)\\s)?(?:sql\\s)?(?:service\\s)?account(?:\\s(?:password|being\\slocked(?:\\sout)?|locked(?:\\sout)?))?|(?:(?:the|a)\\s)?(?:service\\saccount\\s)?password(?:\\s(?:change|reset|expir\\w*))?|(?:(?:the|a|our)\\s)?licen[cs]e(?:\\s(?:expir\\w*|key))?))(?![a-z])';
/** "it was the disk", "the cause was a full log drive", "caused by the license", "turned out to be a full drive". */
const TOLD_EN = new RegExp(
  `(?<![a-z])(?:it\\s(?:was|is)|it'?s|(?:the\\s)?(?:root\\s)?cause\\s(?:was|is)|caused\\sby|because\\sof|due\\sto|turned\\sout\\sto\\sbe|(?:the\\s)?(?:problem|issue|culprit)\\s(?:was|is))\\s${CAUSE_EN}`,
  'i',
);
/** "the disk was full", "the service account password got reset", "the license expired", "the log drive filled up". */
const STATE_EN =
  /(?<![a-z])(?<kind>(?:transaction\s)?log\s(?:drive|disk|volume)|disk|drive|service\saccount(?:\spassword)?|password|licen[cs]e)\s(?:was|is|got|had|has|went)?\s?(?:been\s)?(?:full|filled\sup|failed|failing|dead|reset|changed|expired|locked(?:\sout)?)(?![a-z])/i;
const TOLD_JA =
  /原因は\s?(?<kind>(?:(?:sql|sql\s?server)\s?の\s?)?(?:ログ(?:ドライブ|ディスク|領域|ファイル)|ディスク|ドライブ|容量|サービス\s?アカウント|パスワード|ライセンス))|(?<kind2>ログ(?:ドライブ|ディスク|領域|ファイル)|ディスク|ドライブ|サービス\s?アカウント|パスワード|ライセンス)[^。！!\n]{0,16}?(?:が|の)\s?(?:原因|故障|障害|いっぱい|満杯|不足|切れ|期限切れ|変更|リセット|ロック)/i;

function kindOf(words: string): SqlCause {
  const w = words.toLowerCase();
  if (/log|ログ/.test(w)) return 'logFull';
  if (/password|account|パスワード|アカウント/.test(w)) return 'account';
  if (/licen|ライセンス/.test(w)) return 'license';
  return 'disk';
}

/** The sentence from the start of the clause that holds `at` (after the last comma, semicolon or colon before it). */
function fromClause(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('、'), head.lastIndexOf('，'));
  return sentence.slice(cut + 1);
}

/** The non-TLS cause the message names plainly for SQL Server not starting, or undefined. */
export function sqlCauseNamedIn(text: string): SqlCause | undefined {
  const t = text.slice(0, 600);
  if (!CHEAP.test(t) || TLS_TOLD.test(t) || OTHER_SUBJECT.test(t)) return undefined;
  for (const sentence of t.split(/(?<=[.!。！])\s*|\n+/)) {
    if (!CHEAP.test(sentence)) continue;
    // The doubt is read from the clause that names the cause to the end of the sentence ("SQL won't start, it was the disk"
    // names it plainly; "it was the disk, I am not sure" does not).
    const en = FAILOVER_EN.test(sentence) ? null : (TOLD_EN.exec(sentence) ?? STATE_EN.exec(sentence));
    if (en && !NOT_PLAIN_EN.test(fromClause(sentence, en.index))) return kindOf(en.groups?.kind ?? en[0]);
    const ja = TOLD_JA.exec(sentence);
    if (ja && !NOT_PLAIN_JA.test(fromClause(sentence, ja.index))) return kindOf(ja.groups?.kind ?? ja.groups?.kind2 ?? ja[0]);
  }
  return undefined;
}
