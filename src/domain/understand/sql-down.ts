/**
 * SQL Server said down in words, in any message: "SQL Server does not start", "now sql wont start",
 * "the SQL Server service won't start", "MSSQLSERVER fails to start", "the database is down",
 * 「SQL Server が起動しなくなりました」「SQL が起動しません」「DB が落ちました」. And said running
 * again: "SQL is back up", "SQL started again", 「SQL は復旧しました」.
 *
 * Read per clause, only where the clause reports (not "will SQL stop?", "if TLS 1.0 is off SQL won't
 * start", "otherwise SQL does not start"): the outage a user reports is what the answer must lead with
 * (knowledge.md: SQL 2008 R2 with TLS 1.0 and SSL 3.0 off stops and will not start).
 * Pure, total; the cheap test first.
 */
import { allMatches } from './fast-regex';
import { classifyClause, JA_NARRATIVE, sentencesOf } from './clauses';
import { SERVICE_STATE_ANYWHERE } from './service-state';
import { aboutThirdParty } from './third-party';
import { worriedAhead } from './worry';

const MAY_SQL = /sql|(?<![a-z])db(?![a-z])|database|データベース/i;
const SQL_NAME = "(?<![a-z])(?:sql|mssql|mssqlserver|database|db)(?![a-z])";
/** Between SQL and its verb: no other subject ("SQL 2008 R2 local and TMS is down" is about TMS). */
const GAP_EN = "(?:(?!\\sand\\s|\\stms\\s(?:is|was|went|has|itself)|iis|endpoint|codec|\\swhile\\s|\\swhen\\s|\\safter\\s|\\sbecause\\s)[^.!?\\n]){0,30}?";
/** "SQL Server does not start", "sql wont start", "the SQL service fails to start", "SQL is not starting". */
const DOWN_EN = new RegExp(
  `${SQL_NAME}${GAP_EN}(?:(?:won'?t|will\\snot|doesn'?t|does\\snot|can'?t|cannot|didn'?t|did\\snot|fails?\\sto|failed\\sto|refuses\\sto|is\\snot|isn'?t|not)\\s(?:start|starting|come\\sup|coming\\sup|run|running)(?![a-z])|(?:never|has\\snot|hasn'?t|did\\snot|didn'?t)\\s(?:came|come)\\s(?:back|up)(?![a-z])|(?:is\\s|was\\s|went\\s|has\\s|have\\s|got\\s)?(?:down|stopped|crashed|dead|died)(?![a-z]))`,
  'i',
);
/**
 * 「SQL が起動しません」「SQL Server が起動しなくなりました」「SQLが起動しなかった」「DB が落ちました」「SQL のサービスが停止して…」
 * (not the condition 「起動しなかったら」).
 */
const DOWN_JA = /(?:sql|db|データベース)(?:(?!tms|iis|エンドポイント|端末|コーデック)[^。！？?\n]){0,16}?(?:起動し(?:ません|ない|なく|なかった(?!ら|こと))|起動でき(?:ません|ない|なく|なかった(?!ら|こと))|動いて(?:い)?(?:ません|ない)|動きません|動かない|止まり|止まっ|停止し(?:まし|てい|た|て)|落ち(?:まし|てい|た|て))/i;
/** A negation before "stopped"/"down": "SQL never stopped", "SQL did not go down". */
const NOT_DOWN = /(?<![a-z])(?:never|not|no\slonger)(?![a-z])|n't|停止して(?:い)?(?:ない|ません)|落ちて(?:い)?(?:ない|ません)|止まって(?:い)?(?:ない|ません)/i;
/** "SQL is back up", "SQL started again", "SQL is running" (not "running on the TMS server"), "started the SQL service", 「SQL は復旧しました」「SQL が起動しました」. */
const UP_AGAIN =
  /(?<![a-z])(?:sql|mssql|mssqlserver|database|db)(?![a-z])[^.!?\n]{0,30}?(?:back\sup|back\sonline|up\sagain|running\sagain|started\sagain|starts\sagain|came\sback|runs\sagain|(?:is|are)\s(?:now\s)?(?:running|up)(?![a-z])(?!\s(?:on|in|at|as|under|with|to)(?![a-z])))(?![a-z])|(?<![a-z])(?:started|got)\sthe\s(?:sql|mssql)[^.!?\n]{0,20}?service(?:\s(?:again|back\sup))?\s*$|(?:sql|db|データベース)[^。！？?\n]{0,16}?(?:復旧しました|復旧済み|起動しました|起動できました|動くようになりました|動いています)/i;
/** A negation between SQL and "running again": "SQL is not running again", "SQL service never came back". */
const UP_NEGATED = /(?<![a-z])(?:not|never|no\slonger|hardly|nor)(?![a-z])|n'?t(?![a-z])/i;
/** A condition before SQL: "once SQL is running again", "as soon as SQL is back up", "until SQL runs again". */
const UP_CONDITION = /(?<![a-z])(?:once|as\ssoon\sas|until|till|unless|if|whenever|in\scase|assuming|suppose|supposing)(?![a-z])/i;
/** "when"/"after"/"before" make a condition unless the verb is past: "when SQL is back up" (condition), "after SQL came back" (report). */
const UP_WHEN = /(?<![a-z])(?:when|after|before)(?![a-z])/i;
const UP_PAST = /(?<![a-z])(?:came|started|was|were|got|has\sbeen|have\sbeen|had\sbeen|'s\sbeen|restarted)(?![a-z])/i;
/** 「SQL が起動しましたら」「起動しましたか」: a polite condition or a question right after the Japanese "back" word; 「まだ」 before it. */
const UP_AFTER_JA = /^\s*(?:ら|ても|か(?![ぁ-ん]))/;
const UP_STILL_JA = /まだ/;

/** A negation right before the "back" words: "it's not back", "it never came back". */
const NEGATED_LEAD = /(?<![a-z])(?:not|never|no\slonger)\s*$|n'?t\s*$/i;

/**
 * The "back up" words `m` found in `text` are denied or only a condition: "SQL is not running again", "once SQL is
 * running again, what next?", "it never came back", 「起動しましたら」. The one reader for both kinds of "back" words:
 * - `lead`: how far before the words a condition may be (the whole clause for UP_AGAIN; 40 characters of a message for
 *   BACK_AGAIN, which has no clause of its own);
 * - `negatedLead`: a negation right before the words counts too (BACK_AGAIN's words carry no subject to hold it);
 * - `stillJa`: 「まだ」 inside Japanese words denies them (only UP_AGAIN's words, which span SQL … 復旧しました, can hold it).
 */
function backWordsDenied(text: string, m: RegExpExecArray, o: { lead: number; negatedLead: boolean; stillJa: boolean }): boolean {
  if (UP_NEGATED.test(m[0])) return true;
  const before = text.slice(Math.max(0, m.index - o.lead), m.index);
  if ((o.negatedLead && NEGATED_LEAD.test(before)) || UP_CONDITION.test(before) || (UP_WHEN.test(before) && !UP_PAST.test(m[0]))) return true;
  const after = text.slice(m.index + m[0].length);
  return UP_AFTER_JA.test(after) || (o.stillJa && /[ぁ-ん]/.test(m[0]) && UP_STILL_JA.test(m[0]));
}

/** The "back up" words of a SQL clause are denied or only a condition: "SQL is not running again", "once SQL is running again". */
function upDenied(clause: string, up: RegExpExecArray): boolean {
  return backWordsDenied(clause, up, { lead: Infinity, negatedLead: false, stillJa: true });
}

/**
 * The Japanese past form framed as another occasion or a topic: 「前回…」「以前…」「去年の話」「…時の対処」「…時は」「2年前に…」
 * 「3ヶ月前」 (not days or weeks ago: 「2日前にSQLが起動しなかった」 may be an outage that began then and still lasts); or as no outage of this TMS now: 「…という報告がありました」「…原因を知りたい」「テスト環境で…」
 * (REV6; only these shapes).
 */
const PAST_OCCASION_JA = /前回|以前|去年|昨年|先月|先週|この前|当時|の話|(?:時|とき)(?:の|は|に)|年前|[ヶかカケ箇]月前|という報告がありました|原因を知りたい|テスト環境で/;

/** A condition or a warning, not a report: "if …", "otherwise …", "or else …", 「…と」「…ば」. */
const NOT_REPORT = /(?<![a-z])(?:if|unless|otherwise|or\selse|could|might|may|would|will\sit|in\scase|risk|avoid|prevent|make\ssure)(?![a-z])|(?:なら|としたら|場合|ように|可能性|おそれ)/i;

/** A clause that opens with a condition: "if we turn TLS 1.0 off", "suppose we disable it", "and if SQL is 2008 R2". */
const IF_LEAD = /^\s*(?:(?:and|so|but|ok|okay|then)[,\s]+)?(?:if|suppose|supposing|assuming|unless|in\scase)(?![a-z])/i;
/** "If it helps, …", "if that matters", "if needed", "if you need it": a courtesy, not a condition. */
const IF_COURTESY = /^\s*(?:(?:and|so|but|ok|okay|then)[,\s]+)?if\s(?:it\s(?:helps|matters)|that\s(?:helps|matters)|this\s(?:helps|matters)|needed|necessary|relevant|you\s(?:need|want)\s(?:it|that|to\sknow))\s*$/i;

const SPLIT = /[,;、，；\n\r]+|\s(?:but|however|though|whereas|and\snow|so\snow)\s|(?<=[^\d])\.(?=\s|$)/i;

function reports(clause: string): boolean {
  const mode = classifyClause(clause);
  const stated = mode === 'stated' || mode === 'negated' || mode === 'past' || (mode === 'hypothetical' && JA_NARRATIVE.test(clause));
  return stated && !NOT_REPORT.test(clause);
}

/**
 * What the text says about the SQL Server service: true = down (does not start, stopped), false = running
 * again, undefined = nothing. The last statement wins.
 */
/** Every SQL word in the sentence names a helper service or a job of SQL Server, not the engine: "SQL Agent", 「SQLのバックアップ」. */
const SQL_WORD = /(?<![a-z(])(?:ms)?sql(?:\s?server)?(?![a-z])|データベース/gi;
const HELPER_AFTER = /^(?:\s?\(?[a-z0-9_$]*\)?)?\s?(?:の\s?)?(?:agent|browser|vss|ceip|writer|reporting|analysis|integration|full[-\s]?text|backup|job|エージェント|ブラウザ|バックアップ|ジョブ)/i;
function onlyHelpers(sentence: string): boolean {
  const t = sentence.normalize('NFKC');
  let any = false;
  for (const m of allMatches(SQL_WORD, t)) {
    any = true;
    if (!HELPER_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24))) return false;
  }
  return any;
}

export function saysSqlDown(text: string): boolean | undefined {
  if (!MAY_SQL.test(text)) return undefined;
  let out: boolean | undefined;
  // A "back up" denied or only a condition ("SQL is not running again", "once SQL is back up"): no fallback to "it's back" below.
  let denied = false;
  const head = text.slice(0, 20_000);
  for (const told of sentencesOf(head)) {
    // Event 7036's own words ("The SQL Server (MSSQLSERVER) service entered the stopped state."): a log line, logged for a
    // planned stop too; the evidence reader says what it shows (R50B), the words are no outage told. What else the sentence
    // says is still read ("SQL is down, event: The SQL Server … entered the stopped state").
    const logged = told.includes('状態に移行') || told.includes('entered the') ? told.replace(SERVICE_STATE_ANYWHERE, ' ') : told;
    // "SQL did not start because the disk was full? not sure": the doubt is about the cause, the outage is told (QA37 B2).
    const sentence = causeDoubted(logged);
    // Another person's or case's experience ("on his server", 「他の案件で…と聞きました」) is not this SQL Server (R44D).
    if (!MAY_SQL.test(sentence) || aboutThirdParty(sentence)) continue;
    // "I'm worried SQL Server won't start after we disable TLS 1.0", 「…起動しなくなるか心配です」: feared, not told (REV21-b #4).
    if (worriedAhead(sentence)) continue;
    // SQL Server's helpers or its jobs, not the database engine ("the SQL Agent won't start", 「SQL Agent を停止したら起動しなく
    // なりました」「SQLのバックアップを停止してからジョブが起動しません」): no outage of the SQL Server TMS uses (QA34).
    if (onlyHelpers(sentence)) continue;
    // "stopped SQL for maintenance and now it won't start", 「メンテナンスでSQLを停止したら起動しません」: a stop on purpose
    // and then a start that fails is an outage (R50B); its clauses alone read as a planned stop and a subjectless failure.
    if (stopThenFails(sentence)) {
      out = true;
      continue;
    }
    /** The clause before opened with "if": this one is what it supposes ("If we turn TLS 1.0 off, SQL won't start"). */
    let supposed = false;
    for (const clause of sentence.split(SPLIT)) {
      if (!clause) continue;
      const afterIf = supposed;
      supposed = IF_LEAD.test(clause) && !IF_COURTESY.test(clause);
      if (supposed || afterIf || !MAY_SQL.test(clause)) continue;
      const up = UP_AGAIN.exec(clause);
      // Denied or a condition: not "back"; "SQL never came back" is still read as down below.
      const upDeniedHere = !!up && upDenied(clause, up);
      if (upDeniedHere) denied = true;
      if (up && !upDeniedHere && reports(clause)) {
        out = false;
        // "SQL came back for a minute and then stopped again, same 26011", 「SQL は一度起動しましたが、
        // すぐにまた停止しました」: what comes after the "back" in the message wins.
        if (downAfter(head.slice(head.indexOf(clause) + up.index + up[0].length))) out = true;
        // 「SQLが停止したので再起動しましたが、起動しません」, "SQL is running again but won't stay up": a failure later in
        // the same sentence, after a "but", undoes the "back" (a real outage must not be read as SQL running again).
        if (failsLater(sentence.slice(sentence.indexOf(clause) + up.index + up[0].length))) out = true;
        continue;
      }
      const en = DOWN_EN.exec(clause);
      const ja = en ? null : DOWN_JA.exec(clause);
      const m = en ?? ja;
      if (!m || !reports(clause)) continue;
      // "SQL never stopped", 「SQL は停止していません」: the negation is the statement.
      const downWord = en && /(?:down|stopped|crashed|dead|died)$/i.test(m[0]);
      if ((downWord && NOT_DOWN.test(m[0])) || (ja && NOT_DOWN.test(clause.slice(m.index))) ) continue;
      // "SQL Server was stopped for maintenance last night", 「メンテナンスでSQL Serverを停止しました」: a stop done on
      // purpose is no outage (unless a failure or a TLS change comes with it: "…and now it won't start").
      if (plannedStop(sentence, (en ? m[0] : clause.slice(m.index)), head.slice(head.indexOf(clause) + m.index + m[0].length))) continue;
      // 「前回SQLが起動しなかった時は再起動で直りました」「SQLが起動しなかったのは去年の話です」「SQLが起動しなかった時の対処
      // は知っています」: the Japanese past form about another occasion is no outage now (FIX7A).
      const pastJa = !!ja && /なかった$/.test(m[0]);
      if (pastJa && PAST_OCCASION_JA.test(sentence)) continue;
      out = true;
      // 「SQLが起動しなかったけど、再起動したら直りました」「…ので、TLS 1.0を戻しました。今は起動しています」: the past form and
      // then, anywhere later in the message, SQL running again.
      if (pastJa && pastRecovered(head.slice(head.indexOf(clause) + m.index + m[0].length))) out = false;
      // "…was stopped for maintenance last night and started again fine", 「…停止しましたが、その後正常に起動しています」:
      // a stop the same sentence says is over is no outage.
      if (upAfterDown(sentence.slice(sentence.indexOf(clause) + m.index + m[0].length))) out = false;
    }
  }
  // "ok false alarm, SQL was the remote cluster failing over, it's back", 「SQL の件は誤報でした」: the
  // outage withdrawn or over, said of the message's SQL without a verb of its own (no down report in it).
  if (out === undefined && !denied && backAgainSaid(text.slice(0, 2_000)) && !NOT_REPORT.test(text.slice(0, 2_000)) && !downAfter(text.slice(0, 2_000))) out = false;
  return out;
}

/**
 * A down report whose question mark belongs to the cause after it: "SQL did not start because the disk was full?",
 * "SQL won't start due to the license?". The report up to the cause word is kept as a statement (a doubted cause never
 * drops the outage); a question before the cause word ("does SQL not start because…?") stays a question.
 */
const CAUSE_ASKED = /^(?<head>[^?？]*?)\s(?:because|due\sto|caused\sby|since)\s[^?？]{1,80}[?？]\s*$/i;
function causeDoubted(sentence: string): string {
  if (!sentence.includes('?') && !sentence.includes('？')) return sentence;
  const m = CAUSE_ASKED.exec(sentence);
  const head = m?.groups?.head;
  if (!head || !DOWN_EN.test(head) || /^\s*(?:does|do|did|is|was|will|would|could|can|why|how|what)(?![a-z])/i.test(head)) return sentence;
  return `${head}.`;
}

/** A stop on purpose: "for maintenance", "for the backup", "planned stop", 「計画停止」「メンテナンスで」「バックアップのため」. */
const PLANNED =
  /(?<![a-z])(?:for\s(?:the\s|a\s|our\s|planned\s|scheduled\s|nightly\s)?(?:maintenance|backups?|patching|windows\supdates?)|(?:planned|scheduled)\s(?:maintenance|stop|shutdown|outage|downtime)|on\spurpose|intentionally|deliberately)(?![a-z])|計画停止|メンテナンス(?:作業)?(?:で|のため|の為|中に)|バックアップ(?:作業)?(?:で|のため|の為)|意図的に|わざと/i;
/** Only a stop can be planned ("won't start" cannot); a failure or a TLS change in the same message keeps it an outage. */
const STOP_WORD = /(?:stopped|down)$|停止し|止ま|止め/i;
const PLANNED_UNDONE =
  /(?<![a-z])(?:tls|ssl|schannel|registry|disabl\w*|(?:won'?t|will\snot|doesn'?t|does\snot|can'?t|cannot|didn'?t|did\snot|fails?\sto|failed\sto|never|not)\s(?:start|come|came|run)|crashed|26011)(?![a-z])|\.reg(?![a-z])|起動し(?:ません|ない|なく|なかった)|起動でき(?:ません|ない|なく|なかった)|失敗|無効|レジストリ/i;

function plannedStop(sentence: string, downWords: string, rest: string): boolean {
  if (!PLANNED.test(sentence) || !STOP_WORD.test(downWords.slice(0, 40))) return false;
  return !PLANNED_UNDONE.test(sentence) && !PLANNED_UNDONE.test(rest.slice(0, 200));
}

/**
 * A stop (planned or not) and then a start that failed, said as done: "we stopped SQL for maintenance and now it won't start",
 * "shut down the SQL service for patching, and it doesn't come back", 「メンテナンスでSQLを停止したら起動しません」「SQLを止めたら
 * 起動しなくなりました」. Not a supposition ("if we stop SQL and it won't start…", 「停止したら起動しない場合は」) nor a question
 * whether it will (「停止したら起動しませんか？」). Only SQL itself stopped: after the SQL word "server", "service", "instance"
 * and a "for <one or two words>" reason, nothing else ("stopped the DB backup job and it won't run anymore", 「SQLのバックアップ
 * ジョブを停止したら起動しません」 are about a job); the failing verb ends the clause ("…it doesn't start the TMS services" is no
 * SQL outage).
 */
const STOP_THEN_FAILS_EN =
  /(?<![a-z])(?:stopped|shut\s?down|restarted|rebooted)\s(?:the\s)?(?:sql|mssql|mssqlserver|database|db)(?![a-z])(?:\s(?:server|service|instance)(?![a-z])){0,2}(?:\sfor\s(?:(?:the|a|our)\s)?(?!(?:job|agent)s?(?![a-z]))[a-z-]+(?:\s(?!(?:job|agent)s?(?![a-z]))[a-z-]+)?)?(?:,\s?|\s)(?:and|but|then|so)\s(?:now\s|then\s)?(?:it|sql|the\s(?:sql\s)?(?:server\s)?service)\s(?:now\s)?(?:won'?t|will\snot|doesn'?t|does\snot|didn'?t|did\snot|can'?t|cannot|fails?\sto|failed\sto|refuses\sto|is\snot|isn'?t)\s(?:start|starting|come\s(?:back|up)|coming\s(?:back|up)|run|running)(?![a-z])(?:\s(?:up|back|again|anymore|any\smore|at\sall))?(?=\s*(?:$|[.!?,;:)]|(?:and|but|so|now)(?![a-z])))/i;
const STOP_THEN_FAILS_JA =
  /(?:sql|db|データベース)(?:(?!tms|iis|エンドポイント|端末|コーデック|ジョブ|エージェント|バックアップ|job|agent|backup)[^。！？?\n]){0,16}?(?:停止|止め)(?:し)?た(?:ら|ところ|あと|後)[、,]?\s?(?:(?:再び|もう一度|また)\s?)?(?:起動し|起動でき|開始でき)(?:ません(?:でした)?|なくなりました|なくなった|なかった|ない(?:です|んです)?)(?![^。！？?\n]{0,6}(?:か|場合|と|なら|ように))(?=\s*(?:$|[。！!．.、,\n]|が|けど|ので|よ|ね))/i;
const STOP_THEN_FAILS_NOT = /(?<![a-z])(?:if|when\swe|once|unless|suppose|supposing|in\scase|what\sif|will|would|could|might)(?![a-z])/i;

function stopThenFails(sentence: string): boolean {
  const en = STOP_THEN_FAILS_EN.exec(sentence);
  // "…and it won't start again?", "…it won't start, right?": asked, not told.
  if (en) return !STOP_THEN_FAILS_NOT.test(sentence.slice(0, en.index + en[0].length)) && !/^\s*(?:again|up|back)?\s*(?:,\s*(?:right|correct|no)\s*)?[?？]/i.test(sentence.slice(en.index + en[0].length));
  return STOP_THEN_FAILS_JA.test(sentence);
}

/**
 * Started again after the stop, in the rest of the sentence, with no subject of its own: "and started again fine", "then we
 * started it again", "and it came back up", "and restarted it without problems", 「その後正常に起動しています」「再起動しました」.
 */
const UP_AFTER_DOWN =
  /(?<![a-z])(?:(?:started|restarted|brought)\s(?:it\s|(?:the\s)?(?:sql\s)?(?:server\s)?service\s)?(?:again|back(?:\sup)?|fine|ok|normally|successfully|without\s(?:any\s)?(?:problems?|issues?|errors?))|(?:came|is|was|went)\s(?:back(?:\s(?:up|online))?|up\sagain)|(?:is|was)\s(?:running|up)\s(?:again|fine|normally))(?![a-z])|(?:正常に)?(?:起動しています|起動しました|起動できました|再起動しました|復旧しました|開始しました|開始されました)/i;
/** What undoes the restart: "…restarted it but it still won't start", 「再起動しましたが、起動しません」, "it never came back". */
const UP_UNDONE = /(?<![a-z])(?:not|never|no\slonger|still|failed|fails|again\sstopped|stopped\sagain)(?![a-z])|n'?t(?![a-z])|起動しない|起動しません|起動でき(?:ない|ません)|まだ|失敗|停止しました|落ちました/i;

/**
 * After a "back up" in the same sentence: a contrast ("but", 「が」「けど」) and then a failure with no other subject:
 * "… but it won't start", "… but it is still down", 「…が、起動しません」「…けど、まだ停止しています」.
 * (Not "… but IIS won't start", 「…が、エンドポイントが起動しません」, nor a condition: 「…が、起動しない場合は？」.)
 */
const FAILS_LATER =
  /(?<![a-z])(?:but|however|yet|though)(?![a-z])(?:(?!tms|iis|endpoint|codec|system|navigator|if\s|unless|when|once)[^.!?\n]){0,30}?(?:(?:won'?t|will\snot|doesn'?t|does\snot|can'?t|cannot|didn'?t|did\snot|fails?\sto|failed\sto|still\snot|is\snot|isn'?t)\s(?:start|starting|come\sup|coming\sup|run|running|stay\sup)|still\s(?:down|stopped|dead|failing)|(?:stopped|went\sdown|crashed)\sagain)(?![a-z])|^\s*(?:が|けど|けれど(?:も)?|ものの|のに)?[、，,\s]*(?:しかし|でも|ですが)?[、，,\s]*(?:(?!tms|iis|エンドポイント|端末|コーデック|なら|たら|場合)[^。！？?\n]){0,16}?(?:起動し(?:ません|ない(?![一-龠ァ-ヶ])|なかった)|起動でき(?:ません|ない(?![一-龠ァ-ヶ])|なかった)|動きません|動かない(?![一-龠ァ-ヶ])|失敗し|停止したまま|まだ(?:停止|止まっ|落ち)(?![^。！？\n]{0,4}?(?:いる|てる)[一-龠ァ-ヶ])|すぐ(?:に)?(?:停止|止まり|止まっ|落ち))/i;

function failsLater(rest: string): boolean {
  const r = rest.slice(0, 120);
  if (!FAILS_LATER.test(r)) return false;
  return !NOT_REPORT.test(r) && !/[?？]|ますか|ですか|でしょうか/.test(r);
}

/**
 * After the Japanese past form, running again: 「直りました」「今は動いています」「実際には起動していました」「今日は起動しています」
 * 「解決しました」「TLS 1.0を戻して解決しました」 (REV6).
 */
const UP_AFTER_PAST_JA = /直りました|直った|直っています|治りました|解決しました|解決できました|解決済み|解決しています|(?:正常に)?(?:動いています|動いていました|起動しています|起動していました|起動しました|起動できました|復旧しました)/;
const OTHER_THING_JA = /(?<![a-z])(?:tms|iis)(?![a-z])|エンドポイント|端末|コーデック|システム|サービス(?:は|が)|機器|拠点|ネットワーク|サイト/i;

/**
 * Only a part said over: 「一部は直りました」「ほとんど直りました」「いくつかは動いています」, "some came back", "partly restarted":
 * not SQL Server running again (a part of what? the answer keeps the outage: keeping one wrongly is safe, dropping one is not).
 */
const PART_ONLY = /一部|いくつか|何台か|何件か|数台|半分|半数|ほとんど|ほぼ|大半|大部分|多く|少し|ある程度|部分的|だいたい|大体|殆ど|(?<![a-z])(?:some|partly|partially|part\sof|most|half|a\sfew|several)(?![a-z])/i;

function pastRecovered(rest: string): boolean {
  const r = rest.slice(0, 200);
  const up = UP_AFTER_PAST_JA.exec(r);
  if (!up) return false;
  const between = r.slice(0, up.index);
  if (UP_UNDONE.test(between) || UP_CONDITION.test(between) || NOT_REPORT.test(between) || OTHER_THING_JA.test(between) || PART_ONLY.test(between)) return false;
  return !UP_UNDONE.test(r.slice(up.index + up[0].length)) && !UP_AFTER_JA.test(r.slice(up.index + up[0].length));
}

function upAfterDown(rest: string): boolean {
  const r = rest.slice(0, 200);
  const up = UP_AFTER_DOWN.exec(r);
  if (!up) return false;
  const between = r.slice(0, up.index);
  if (UP_UNDONE.test(between) || UP_CONDITION.test(between) || NOT_REPORT.test(between) || PART_ONLY.test(between)) return false;
  return !UP_UNDONE.test(r.slice(up.index + up[0].length)) && !UP_AFTER_JA.test(r.slice(up.index + up[0].length));
}

/**
 * Down again, said after a "back" with no subject of its own: "and then stopped again", "it went down
 * again", "then crashed", "same 26011", "still 26011", 「すぐにまた停止しました」「また起動しなくなりました」.
 * (Not "no 26011 since", "26011 is gone", 「26011 は出ていません」.)
 */
const DOWN_AGAIN =
  /(?<![a-z])(?:(?:stopped|went\sdown|crashed|died|failed|fell\sover|is\sdown|was\sdown)\s(?:again|once\smore)|(?:then|but\sthen|and\sthen|until\sit|before\sit)\s(?:it\s)?(?:stopped|went\sdown|crashed|died|failed|is\sdown|was\sdown)|(?:down|stopped)\sagain)(?![a-z])|(?:また|再び|すぐに|すぐ|その後)\s?(?:停止|止まり|止まっ|落ち|起動しなく|起動でき(?:ません|なく))/i;
/** The 26011 event named again: "same 26011", "still 26011", "26011 again", 「また 26011」. */
const EVENT_AGAIN = /(?<![a-z])(?:same|still|again|another|new)\s(?:event\s|error\s)?26011(?!\d)|(?<!\d)26011\s(?:again|once\smore|is\sback)(?![a-z])|(?:また|再び|同じ)\s?(?:イベント\s?)?26011/i;

function downAfter(rest: string): boolean {
  return DOWN_AGAIN.test(rest) || EVENT_AGAIN.test(rest);
}

/** "false alarm", "it's back (up)", "it came back", "all good again", 「誤報」「起動しました」「復旧しました」「戻りました」. */
const BACK_AGAIN =
  /(?<![a-z])(?:false\salarm|(?:it'?s|it\sis|its|it\shas\sbeen)\s(?:back|up\sagain|running\sagain|fine\sagain)|(?:it\s)?came\sback(?:\sup)?|back\s(?:up|online)|up\sand\srunning|all\sgood\sagain)(?![a-z])|誤報|勘違い|(?<!再)(?:起動|復旧)(?:しました|できました|済み)|(?:動く|起動する)ようになりました/i;

/** BACK_AGAIN said, not denied nor a condition: "it never came back", "once it is back up", 「起動しましたら」 do not count. */
function backAgainSaid(text: string): boolean {
  const m = BACK_AGAIN.exec(text);
  return !!m && !backWordsDenied(text, m, { lead: 40, negatedLead: true, stillJa: false });
}

/** Another subject the words could be about: the error, the endpoints, TMS ("the error is back" is a reopen). */
const OTHER_SUBJECT =
  /(?<![a-z])(?:error|errors|https|endpoints?|codecs?|systems?|tms|iis|room\s?kits?|sx\d+|navigator|problem|issue|alarms?\s(?:is|are)\sback)(?![a-z])|エラー|端末|エンドポイント|コーデック|症状|問題|再発|また/i;

/** A question about getting it back ("how do I get it back up now?", 「どうすれば復旧しますか」), not a report. */
const ASKS_BACK = /[?？]|(?<![a-z])(?:how|what|when|can|could|should|do\si|do\swe|why|will)(?![a-z])|(?:どう|どうすれば|ますか|ですか|でしょうか)/i;

/**
 * A bare "it's back" / "false alarm" / 「復旧しました」 that names no subject: said right after a SQL
 * outage, it is about SQL (the conversation decides; out of that context 「復旧しました」 is "it works now").
 */
export function bareBackAgain(text: string): boolean {
  const t = text.slice(0, 200).trim();
  if (t.length > 80 || MAY_SQL.test(t) || OTHER_SUBJECT.test(t) || ASKS_BACK.test(t)) return false;
  return backAgainSaid(t) && !NOT_REPORT.test(t) && !downAfter(t);
}
