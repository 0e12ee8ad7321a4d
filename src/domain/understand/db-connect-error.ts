/**
 * TMS said to fail to reach its database, in words: "TMS web says it cannot connect to the database", "now the TMS website
 * shows a database connection error", "TMS can't connect to SQL", 「TMS が『データベースに接続できません』と表示します」
 * 「DB 接続エラーになりました」 (QA58 #4). What the user sees first when SQL Server on the TMS server stopped (knowledge.md,
 * Caveats: a build without TLS 1.2 support stops and does not start when TLS 1.0 and SSL 3.0 are both off, event 26011):
 * src/conversation/db-connect-error.ts decides what to check. SQL Server itself is not said down by it.
 *
 * Read per sentence, only as a report: not a condition ("if TMS cannot connect to the database"), a question ("will TMS
 * lose its database connection?"), a fear, another person's case, nor the error said gone ("the database connection error is
 * gone", 「データベース接続エラーは出なくなりました」), nor said fine again, of another time or of another TMS (REV35 #4).
 * Pure, total; the cheap word test first.
 */
import { sentencesOf } from './clauses';
import { aboutThirdParty } from './third-party';
import { worriedAhead } from './worry';

const MAY = /database|(?<![a-z])(?:db|sql)(?![a-z])|データベース|ＤＢ/i;

const DB = "(?:(?:the|its|it'?s|tms'?s?|our)\\s)?(?:tms\\s)?(?:sql(?:\\sserver)?(?:\\sdatabase)?|database(?:\\sserver)?|db(?:\\sserver)?)(?![a-z])";
/** "cannot connect to the database", "unable to connect to SQL Server", "lost the connection to its database". */
const CANNOT_EN = new RegExp(
  `(?<![a-z])(?:can'?t|can\\snot|cannot|can\\sno\\slonger|could\\snot|couldn'?t|unable\\sto|fails?\\sto|failed\\sto|is\\snot\\sable\\sto|isn'?t\\sable\\sto|not\\sable\\sto)\\s(?:connect|reach|talk|get\\sa\\sconnection)\\s(?:to\\s)?${DB}|(?<![a-z])lost\\s(?:the\\s|its\\s)?connection\\sto\\s${DB}`,
  'i',
);
/** "a database connection error", "DB connection failure", "error connecting to the database", "connection to the database failed". */
const ERROR_EN = new RegExp(
  `(?<![a-z])(?:database|db|sql(?:\\sserver)?)\\sconnection\\s(?:error|errors|failure|failed|failing|problem|issue|lost)(?![a-z])|(?<![a-z])(?:error|errors|failure|failed)\\s(?:while\\s)?connecting\\sto\\s${DB}|(?<![a-z])connection\\sto\\s${DB}\\s(?:failed|fails|failing|is\\slost|was\\slost|times?\\sout|timed\\sout)(?![a-z])`,
  'i',
);
/** 「データベースに接続できません」「DB へ接続できない」「SQL Server に接続できなくなりました」「データベース接続エラー」「DB への接続に失敗」. */
const JA =
  /(?:データベース|ＤＢ|db|sql(?:\s?server)?)(?:\s?サーバー?)?\s?(?:に|へ|と)(?:の)?\s?(?:接続|つなが|繋が)(?:でき(?:ません|ない|なく|ず|なかった(?!ら))|れ(?:ません|ない|なく)|りません|らない|らなく|に失敗|エラー)|(?:データベース|ＤＢ|db|sql(?:\s?server)?)\s?(?:へ|と)?(?:の)?\s?接続\s?(?:エラー|失敗|障害)/i;

/** A condition, a question, a plan or a fear: not a report. */
const NOT_REPORT =
  /(?<![a-z])(?:if|unless|would|could\sit|might|may|otherwise|in\scase|whether|will\s(?:the|tms|it|we)|what\sif|prevent|avoid|make\ssure|worr(?:y|ied)|afraid|concerned|scared)(?![a-z])|[?？]|心配|不安|場合|なら|可能性|おそれ|恐れ|かどうか|ますか|でしょうか|ですか|予定/i;
/**
 * The error said gone after its words: "the database connection error is gone", 「データベース接続エラーは出なくなりました」; not a
 * step someone did ("… since we fixed the registry": REV35 #4).
 */
const GONE_AFTER =
  /^[^.!?。！？]{0,30}?(?:(?<![a-z])(?<!(?:we|they|i|you|he|she|someone|somebody)\s)(?:gone|went\saway|resolved|fixed|cleared|disappeared)(?![a-z])|出なくなり|消えました|解消|直りました|出ていません|出ません|ありません(?!で)|なくなりました)/i;
/**
 * Or said fine again later in the sentence (REV35 #4): "… for a minute during the reboot, it's fine now", "… but that was a
 * password issue and is fixed", 「…接続できませんでしたが、今は正常です」. A subject or "and/but" with it, so that "… since we
 * fixed the keys" (a step, not the error) is still a report.
 */
const GONE_LATER =
  /(?<![a-z])(?:(?:it'?s|it\sis|it\swas|that'?s|that\sis|that\swas|which\sis|which\swas|and\sis|and\swas|but\sis|everything\sis|all\sis|tms\sis|it\shas\sbeen|that\shas\sbeen)\s(?:now\s|all\s)?(?:fine|ok|okay|fixed|resolved|sorted|back|working|good)|(?<!not\s|n't\s)(?:fine|ok|okay|back|working)\s(?:now|again)|(?:came|is|are)\sback)(?![a-z])|今は\s?(?:正常|問題(?:ありません|ない|なし)|大丈夫|つなが|繋が|接続でき)|(?:直り|解消し|復旧し|解決し|戻り)ました|解消済み/i;
/**
 * Another time or another TMS in the clause of the words (REV35 #4): "… last week", "before the change … either", "our other
 * TMS …", 「先週…」「別の TMS …」; not "since last week" (still so), nor "the other server" / 別サーバ (where SQL runs).
 */
const OTHER_TIME_OR_TMS =
  /(?<![a-z])(?:(?<!since\s|from\s)last\s(?:week|month|year|time)|(?<!since\s)before\sthe\s(?:change|upgrade|fix|update|reboot)|either|a\swhile\sago|in\sthe\spast|previously|once\sbefore|(?:other|another|second|2nd|lab|test|dev|staging)\s(?:tms|node|site))(?![a-z])|(?:先週|先月|昨年|去年|変更前|以前|過去に?)(?!から|より)|(?:別|他|ほか|もう\s?1\s?台|もう一台|2\s?台目|検証|テスト)の?\s?(?:tms|ノード|環境)/i;

/** Or denied before them: "no longer shows a database connection error", "no DB connection errors", "never got a database connection error". */
const GONE_BEFORE = /(?<![a-z])(?:no\slonger\s(?:shows?|says?|gives?|reports?|gets?|see|logs?)|no(?:\smore)?|never\s(?:got|saw|had|see|get)|without)\s(?:an?\s|the\s|any\s)?[^.!?]{0,12}$/i;

/** A condition opened before the words: "if, after the reboot, TMS cannot connect…", "in case the database …". */
const CONDITION_BEFORE = /(?<![a-z])(?:if|unless|in\scase|whether|suppose|supposing|assuming|what\sif)(?![a-z])|もし/i;

export function dbConnectErrorIn(text: string): boolean {
  const t = text.slice(0, 2_000);
  if (!MAY.test(t) || !/connect|接続|つなが|繋が/i.test(t)) return false;
  for (const sentence of sentencesOf(t)) {
    const s = sentence.normalize('NFKC');
    const m = CANNOT_EN.exec(s) ?? ERROR_EN.exec(s) ?? JA.exec(s);
    if (!m) continue;
    // The clause holding the words decides ("TMS says it cannot connect to the database, what do we do?" reports; "what if TMS
    // cannot connect to the database?" does not), with a condition anywhere before them in the sentence.
    const start = Math.max(s.lastIndexOf(',', m.index), s.lastIndexOf('、', m.index), s.lastIndexOf(';', m.index)) + 1;
    const endAt = s.slice(m.index + m[0].length).search(/[,、;]/);
    const clause = s.slice(start, endAt < 0 ? undefined : m.index + m[0].length + endAt);
    if (NOT_REPORT.test(clause) || CONDITION_BEFORE.test(s.slice(0, m.index)) || GONE_AFTER.test(s.slice(m.index + m[0].length)) || GONE_LATER.test(s.slice(m.index + m[0].length)) || OTHER_TIME_OR_TMS.test(clause) || GONE_BEFORE.test(s.slice(0, m.index)) || aboutThirdParty(s) || worriedAhead(s)) continue;
    return true;
  }
  return false;
}
