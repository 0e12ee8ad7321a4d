/**
 * Free text (English or Japanese) → facts. Pure and total: never throws, linear in the input
 * (the text is cut at MAX_EXTRACT characters, split into clauses, and every regex is bounded).
 *
 * How it reads a message:
 * 1. The text is NFKC-normalised (full-width digits and letters become ASCII) and split into
 *    clauses at punctuation (, 、 。 ; ! ? newlines, ". ", " / ", " | ").
 * 2. Inside a clause, topic keywords (TMS, SQL, Windows/OS, endpoint/codec/エンドポイント, security
 *    level, and the self-describing TC/CE/RoomOS tokens) cut the clause into segments; each
 *    segment is read by the parser of the keyword before it. So "SQL 2008 R2 on Windows 2012 R2"
 *    gives SQL 2008 R2 and Windows 2012 R2, and a bare "2012 R2" without a keyword is left alone
 *    (the conversation engine interprets bare answers with the pending question).
 * 3. Noise keywords (TLS, SSL, port, KB, event…) swallow their numbers: "TLS 1.0" is not a version.
 * 4. Later mentions win ("actually TMS is 14.6"); problems are kept only for fields that got
 *    no value in the end.
 */
import { levelOfOneNode, markNamedNodes } from './understand/node-level';
import { sharedReleaseWrittenOut } from './understand/shared-release';
import type { EndpointGroup, EndpointVersion, Facts, Lang, ParseProblem, ParseResult, TmsVersion } from './types';
import { httpSubjectIn, type HttpSubject } from './understand/http-subject';
import { ceOnlyModelsIn, detectOtherProducts, endpointModelsIn, endpointsFailIn, endpointsRanTcIn, meetingServerReleaseIn, modelsSaidToWork, telnetSystemsIn } from './knowledge/products';
import { levelBesideNotRaised, levelUntouched } from './understand/level-untouched';
import { highOrLowAsSetting } from './understand/level-said';
import { itAfterALogWord, levelOfALog } from './understand/log-level';
import { tmsMovedToYear } from './understand/tms-moved-host';
import { decidesLevel, declinesLevel, proposesLevel } from './understand/level-question';
import { failedLevelChange } from './understand/level-failed';
import { supposedChangeFailingIn } from './understand/supposed-failing';
import { levelIsEndpointCondition } from './understand/level-condition';
import {
  IPV4_LIKE,
  cleanInput,
  endpointRefusesTls10,
  formatWindows,
  levelIn,
  parseEndpoint,
  parseLevel,
  parseSql,
  parseSqlPlace,
  parseSqlServicePack,
  parseTms,
  parseWindows,
  tmsCanBeFixedInPlace,
} from './versions';
import { maskNoise } from './understand/noise';
import { planListStart } from './understand/plan-list';
import { stepListFramedIn } from './understand/step-list-framed';
import { endpointResultsIn, bareFamilyFails, workingOnesBesideFailing, type EndpointResult } from './understand/endpoint-results';
import { maskToolOutput } from './understand/tool-output';
// RELEASE_SAID: a release with its family word ("TC 7.3.3", "ce9.15"), the cheap test before endpointResultsIn.
import { endpointListIn, RELEASE_SAID } from './understand/endpoint-list';
import { remoteOnlyQuoted } from './understand/quoted-remote';
import { sqlPlaceNow } from './understand/sql-past';
import { changeNotDone, foreignTmsBefore, ownTmsSaid, releaseLeftBehind } from './understand/foreign-tms';
import { plannedNotSupposed, plannedSqlFrom, plannedWindowsFrom, tmsReleaseOfPlan } from './understand/planned-from';
import { releasesNotYet } from './understand/release-not-yet';
import { OTHER_SERVER_PREFIX_JA, OTHER_SERVER_WORDS_EN } from './understand/other-machine';
import { withoutCopyNotOnTms } from './understand/sql-copy';
import { sqlCopyOnTms } from './understand/sql-copy';
import { windowsOfOtherMachine, windowsOfSqlHost } from './understand/sql-host';
import { replacedServerWindows, whichServerProblem } from './understand/server-replaced';
import { readThread, replyLayers } from './understand/reply-thread';
import { ticketFields } from './understand/ticket-fields';
import { pastedTable } from './understand/pasted-table';
import { failureScope } from './understand/scope';
import { sameReleaseWorksIn } from './understand/same-release-works';
import { previousReleaseSaid, upgradeTimelineIn } from './understand/upgrade-timeline';
import { symptomIn, type SymptomRead } from './understand/symptom';
import { portAnswersPlainHttp, portPlainHttpSentence, portPlainHttpSentenceKeys } from './understand/port-plain-http';
import { allMatches } from './understand/fast-regex';
import { HEDGED_VALUE, MAY_OFFER, MIXED_FLEET, offeredAlternatives, otherAlternative, unsureProblem, valueText } from './understand/alternatives';
import { readTlsClaims } from './understand/tls-claims';
import { factsOnlyMessage } from './understand/facts-only';
import { LAB_PLACE_EN, labPlaceAlone, labPlaceIn } from './understand/lab-release';
import { withoutPendingValues } from './understand/pending-values';
import { prodTmsAlone } from './understand/prod-tms';
import { hereTmsRelease, introducedOtherTmsRelease, oneServerOtherRelease, otherTmsReleaseWorks, pairThenOneRelease, prodAndTestTms, replacedTms, tmsSaidToWork, twoServersReleases } from './understand/tms-servers';
import { sitesIn, type SiteResult } from './understand/sites';
import { withoutDeniedServicePack } from './understand/correction';
import { doubtedTmsProblem, notedTms } from './understand/tms-checked';
import { sqlMovedTo } from './understand/sql-move';
import { changeCut, classifyClause, CORRECTION_START, endsAsQuestion, factsAfterRequest, hasChange, JA_NARRATIVE, JA_RELEASE_THEN, negatesChange, ownFleetInShouldQuestion, sentencesOf, statesFollowUp, statesInQuestion, unconfirmedHearsay, type ClauseMode } from './understand/clauses';
import { groupedByFirstLetter } from './understand/first-letter';

const IPV4_GLOBAL = new RegExp(IPV4_LIKE.source, 'g');

/** Only this many characters of a message are read. */
export const MAX_EXTRACT = 50_000;

const JA_SCRIPT = /[\u3001-\u303f\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

/** 'ja' when the text contains hiragana, katakana, kanji or Japanese punctuation (、。「」〜); 'en' otherwise. */
export function detectLang(text: unknown): Lang {
  let s: string;
  try {
    s = typeof text === 'string' ? text : text == null ? '' : String(text);
  } catch {
    return 'en';
  }
  if (s.length > MAX_EXTRACT) s = s.slice(0, MAX_EXTRACT);
  return JA_SCRIPT.test(s) ? 'ja' : 'en';
}

export interface Extraction {
  facts: Partial<Facts>;
  problems: ParseProblem[];
  lang: Lang;
  /**
   * A reply thread whose newest text says the quoted mail was about another system ("The 15.13 I mentioned is the new server",
   * QA57 #3): the quoted mail's server values, not taken; the reply says so and asks for production's.
   */
  otherSystem?: Partial<Facts>;
  /**
   * Set when the message names endpoints on several versions, some still accepting TLS 1.0 and
   * some refusing it ("some on TC7.3.3, others on CE9.8", "TC7.3.3 to TC7.3.21"): every distinct
   * version in order. facts.endpoint is then the last one that refuses TLS 1.0 (the affected ones).
   */
  mixedEndpoints?: EndpointVersion[];
  /**
   * Versions named only inside a question ("is TMS 14.6.2 affected?", 「TMS 14.6.2 でも影響はありますか？」):
   * not facts; the engine may take one for a field that has no value yet, or answer for that case.
   */
  asked?: Partial<Facts>;
  /** Versions named inside a hypothetical question ("would CE 9.15 still need this?"): never facts. */
  supposed?: Partial<Facts>;
  /**
   * Values the message says are NOT the value ("TMS is not 15.2.1", 「SQL は 2012 SP1 ではなく…」), for
   * fields that got no new value: the engine drops a known value equal to one of them and asks again.
   */
  negated?: Partial<Facts>;
  /** "No HTTPS response" is said as seen (understand/symptom.ts): a symptom named before is replaced by it. */
  noHttpsSaid?: true;
  /**
   * "the SX20 is in Behind Firewall mode" in a message that names no other model: whose mode it is, the engine decides against
   * the models it holds (stored only when those are the models named here).
   */
  behindFirewallModels?: string[];
  /** "it's not behind firewall", 「Behind Firewallを解除しました」: the mode said off, with the models named (none: the failing system). */
  behindFirewallOff?: string[];
  /**
   * Every release named is said to work while something else is said to fail ("the tc7.3.3 ones work fine, only the ce
   * ones fail"): those releases, not taken as the endpoint (facts.endpoint stays unset), so the engine keeps the one held.
   */
  workingEndpoints?: EndpointGroup[];
  /** "No HTTPS response" is named only to be denied ("Authentication failed, not No HTTPS response"). */
  noHttpsDenied?: true;
  /**
   * Other devices said to be managed over plain HTTP ("we also have 2 MXPs, those are managed over http", 「MXPはHTTPで
   * 管理してます」): not the failing endpoints' management (facts.https is left alone); the engine adds a note.
   */
  othersOverHttp?: true;
  /**
   * An "over HTTP" remark that names no device ("those are on http") right after a message that named other devices and
   * the endpoints themselves: whose it is is unclear, so facts.https is left alone and the engine asks which devices.
   */
  httpSubjectUnclear?: true;
}

/**
 * What the previous message said that this one may lean on (src/conversation/engine.ts keeps it one text turn). Read only
 * as `ctx?.key` (an undefined key is an absent one), and built with every key written, absent ones undefined: one object
 * shape for every context. (Built from optional spreads, each mix of keys had a shape of its own, which a full GC could
 * free; extractUnsafe's reads of `ctx` then learnt it again, and every such change restarts V8's count towards optimising
 * the function: in the app, with a full GC every few seconds, extractUnsafe (28 KB of bytecode) was never optimised.)
 */
export interface ExtractContext {
  /**
   * The devices the previous message named (understand/http-subject.ts devicesNamedIn): an "over HTTP" remark that names
   * none ("those are on http") is about the other devices ('others'), or unclear ('both').
   */
  devicesBefore?: 'others' | 'both';
  /** Set while one site's own text is read (sitesIn, below): its text names one TMS, never read as sites again. */
  siteText?: true;
  /** SQL was said to run on the TMS server (earlier in the conversation): a quoted or reported "remote" does not move it. */
  sqlLocalBefore?: true;
  /** Where SQL runs was said earlier in the conversation: "we moved it onto the TMS server" opening this message moves SQL. */
  sqlPlaceBefore?: true;
  /** The SQL question is open: a bare "2012 R2" or "2016 server" is not taken for the Windows release (the answer is asked about). */
  sqlAsked?: true;
  /**
   * A SQL Server release is on record: the release a planned change starts from ("we're moving from SQL 2008 R2 to 2019 next
   * month") does not replace it (planned-from.ts reads it only while none is known; REV27 #1).
   */
  sqlKnown?: true;
  /** A Windows release is on record: the release a planned change starts from does not replace it (as sqlKnown; QA57 #4). */
  windowsKnown?: true;
}

/** Words that make a later version a correction of an earlier one, not a second version. */
export const CORRECTION =
  groupedByFirstLetter(/(?<![a-z])(?:actually|sorry|i\smean|rather|correction|oops|wait|instead|nope|make\sthat|should\sbe|wrong|(?:hang|hold)\son|my\sbad|scratch\sthat|strike\sthat)(?![a-z])|(?<![a-z])no[,.!]|(?<![a-z])not\s(?:on\s|running\s|at\s)?(?:tc|ce|room|\d)|n't|いや|訂正|正しくは|ではなく|じゃなく|間違/i);

type Topic = 'family' | 'sql' | 'windows' | 'tms' | 'endpoint' | 'level' | 'noise';

/** Topic keywords. Order matters at one position: longer/more specific alternatives first. */
const KEYWORDS = new RegExp(
  [
    '(?<family>(?<![a-z])(?:roomos|room\\s?os|tc|ce)(?![a-z]))',
    '(?<sql>(?<![a-z])(?:ms\\s?sql(?:\\s?server)?|sql\\s?server|sql\\s?express|sql|database|db)(?![a-z])|データベース)',
    '(?<windows>(?<![a-z])(?:windows(?:\\s?server)?|win\\s?(?:server|srv|svr)(?=\\s?(?:20|2k))|win(?=\\s?(?:20|2k|server))|w(?=2k|\\s?20[0-2]\\d(?!\\d))|ws(?=\\s?20\\d\\d)|(?<!(?:' + OTHER_SERVER_WORDS_EN + ')\\s)server(?=\\s?(?:20\\d\\d|2k))|os)(?![a-z])|ウィンドウズ|サーバ[ー]?\\s?OS|(?<!(?:sql|データベース|db)\\s?)(?<!(?:' + OTHER_SERVER_PREFIX_JA + ')\\s?)サーバ[ー]?(?=\\s?(?:は|が|も|の\\s?os\\s?は)?\\s?(?:実は|実際は|本当は)?\\s?(?:windows\\s?(?:server\\s?)?)?(?:20(?:0[38]|1[269]|2[25])|2k)(?!\\d)))',
    // "Server is 2012 R2", "TMS box is 2012 R2", "the host runs 2019": the machine named, then its release (QA36 #9).
    '(?<winplace>(?<![a-z])(?<!(?:sql|database|db)\\s?)(?<!(?:' + OTHER_SERVER_WORDS_EN + ')\\s)(?:server|box|host|machine|vm)(?=\\s(?:is|was|runs|running|=)\\s?(?:(?:actually|really|in\\sfact)\\s)?(?:(?:on|windows|server)\\s?){0,3}(?:20(?:0[38]|1[269]|2[25])|2k))(?![a-z]))',
    '(?<tms>(?<![a-z])(?:tms|telepresence\\s?management\\s?suite)(?:(?![a-z])|(?=v\\s?\\d)))',
    '(?<endpoint>(?<![a-z])(?:endpoints?|codecs?|devices?|video\\s?systems?)(?![a-z])|エンドポイント|端末|コーデック|機器)',
    '(?<level>(?<![a-z])(?:communication\\s?security|security(?:\\s?(?:level|setting)s?)?|tls\\s?options?|level)(?![a-z])|通信セキュリティ|セキュリティ(?:レベル|設定)?|レベル)',
    '(?<noise>(?<![a-z])(?:tls|ssl|port|kb|event(?:\\s?id)?|id|cscu[a-z0-9]{0,10}|0x[0-9a-f]{1,8}|ip|https?|tcp|udp|rfc)(?![a-z])|ポート|イベント)',
  ].join('|'),
  'gi',
);

/**
 * The "remote" of a .NET or socket exception's text ("The remote server returned an error: (500)", "Unable to connect to the remote
 * server", "forcibly closed by the remote host", "the remote party has closed the transport stream", 「リモート サーバーがエラーを返し
 * ました」「リモート サーバーに接続できません」「リモート ホストに強制的に切断されました」): the other end of a connection, not where SQL
 * runs (FIX60F #4). Taken out before SQL's place is read.
 */
const EXCEPTION_REMOTE =
  /(?<![a-z])(?:the\s)?remote\s(?:server|host|party|name)\s(?:returned|has\sclosed|closed|could\snot|did\snot|is\snot\sresponding)(?![a-z])|(?<![a-z])(?:unable\sto\sconnect|could\snot\sconnect|cannot\sconnect|can't\sconnect|forcibly\sclosed|closed|reset|refused|rejected)\s(?:to|by)\sthe\sremote\s(?:server|host|party)(?![a-z])|リモート\s?(?:サーバー?|ホスト|パーティ|名)\s?(?:が|に|を|は|によって)\s?(?:エラーを返|接続でき|強制的に|トランスポート|解決でき|応答)/g;
function withoutExceptionRemote(clause: string): string {
  return clause.includes('remote') || clause.includes('リモート') ? clause.replace(EXCEPTION_REMOTE, ' ') : clause;
}

/** After the user's own endpoints in a should-question, where a change's target starts ("… to CE 11?", 「… CE 11 に…」). */
const OWN_CHANGE_TO = /(?<![a-z])(?:to|into)(?![a-z])|を\s?(?=[^。？?]{1,30}に)/i;
// (" and plan to go to 15.9", " and we'll set Medium-High": a plan joined to a statement by "and" is a clause of its own, so
// "We're on TMS 14.6 and plan to go to 15.9" still states TMS 14.6; FIX60F #1: also after a time to come, "Last week we moved the
// SX80s to CE 9.15 and tomorrow I will enable TLS 1.2", 「先週 SX80 を CE 9.15 に上げて明日 TLS 1.2 を有効にする予定です」, unless a
// time to come or a plan is said before it ("Tomorrow we move … and tonight I will …", 「明日 CE 9.15 に上げて明後日…」) or the
// sentence asks: those stay one clause. Each unbounded look-behind comes after the part that must match there, so it runs only
// where " and tomorrow I will" or 「…て明日」 is, not at every position: 40,000 spaces took 34 s with it first. FIX61F #2: also
// before "tomorrow", "tonight" or "the day after (tomorrow)" with a subject and a change verb in the present: "We upgraded the
// SX80s to CE 9.15 and tomorrow TMS goes to 15.9" keeps CE 9.15 and plans TMS 15.9 in its own clause, with the same look-behind.
// FIX62A #9: a release then 「で」 before the day, 「TMS 15.9 で明日 Medium-High にします」: 15.9 is the TMS now, the level the plan.
// FIX62A #6: "next week", "next month", "this weekend", "later today", "on Friday" as "tomorrow" there: "… and next week TMS goes to 15.9".)
const CLAUSE_SPLIT = /\s(?:and|but)\s(?=(?:then\s)?(?:(?:we|i|they)\s?)?(?:'ll|will|plan(?:ning)?\s(?:to|on)|(?:are|am|'re|'m)\s?going\sto|going\sto|gonna|intend\sto)(?![a-z]))|\s(?:and|but)\s(?=(?:then\s)?(?:tomorrow|tonight|later(?:\stoday)?|next\s(?:week|month|weekend)|this\s(?:evening|weekend|afternoon)|on\s(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s(?:then\s)?(?:(?:we|i|they)\s?)?(?:'ll|will|plan(?:ning)?\s(?:to|on)|(?:are|am|'re|'m)\s?going\sto|going\sto|gonna|intend\sto)(?![a-z]))(?<!(?:(?<![a-z])(?:tomorrow|tonight|next|will|shall|going\sto|gonna|plan\w*|schedul\w*|soon|later)(?![a-z])|'ll)(?:[^.!?\n]|\.(?=\d))*\s(?:and|but)\s)|\s(?:and|but)\s(?=(?:then\s)?(?:tomorrow|tonight|the\sday\safter(?:\stomorrow)?|next\s(?:week|month|weekend)|this\s(?:evening|weekend)|later\stoday|on\s(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s(?:then\s)?(?:[a-z0-9][\w.'-]*\s){1,3}?(?:go(?:es)?|mov(?:e|es)|upgrad(?:e|es)|updat(?:e|es)|migrat(?:e|es)|switch(?:es)?|bumps?|rolls?|chang(?:e|es)|rais(?:e|es)|sets?|puts?|install(?:s)?|deploys?|appl(?:y|ies))(?![a-z]))(?<!(?:(?<![a-z])(?:tomorrow|tonight|next|will|shall|going\sto|gonna|plan\w*|schedul\w*|soon|later)(?![a-z])|'ll)(?:[^.!?\n]|\.(?=\d))*\s(?:and|but)\s)|[,;、。，；!?！？\n\r\t…]+|\.{2,}|\s?[（(](?=\s?(?:以前|前は|元々|もともと|旧|昨年まで|去年まで|一昨年まで|先月まで|先週まで|前年まで|前回まで|previously|formerly|originally|was|were|had|before|from|upgraded|moved|used\sto)(?![a-z]))|\s?[—–]\s?|\s-{1,2}\s(?=[a-z])|\.(?=\s|$)|\s[/|]\s|\s(?:but|however|although|though|whereas)\s|(?<=[^し]て|ので|\d\s?で)(?=\s?(?:明日|明後日|今夜|今晩|来週|来月)(?!まで)(?![^。]*(?:[？?]|ますか|ですか|でしょうか)))(?<!(?:明日|明後日|今夜|今晩|来週|来月|今度|次回|予定|これから)[^。]*)|しかし|ただし|けど|が、/i;

/**
 * Right after an endpoint version, that those endpoints work ("TC7.3.3 are fine", "7.3.3 still work",
 * 「TC7.3.3 の端末は正常です」): they are not the ones that fail. Not when the praise is for something
 * else ("CE 9.15 and everything else is fine") or a failure is said too. Not 「TC 7.3.21 に上げても大丈夫？」 ("is it
 * ok to upgrade to…"): a permission asked, nothing said to work.
 */
const WORKING_AFTER =
  /^(?!(?:[^,.;、。]|\.(?=\d)){0,60}(?:else|rest|other|fail|error|broken|down|no\shttps|他|ほか|失敗|エラー))(?:[^,.;、。]|\.(?=\d)){0,40}?(?:(?<![a-z])(?:are|is|seem|look|stay)\s(?:still\s|all\s)?(?:fine|ok|okay|good|working|normal|unaffected)(?![a-z])|(?<![a-z])(?:still\s)?work(?:s|ing)?\s(?:fine|ok|normally)(?![a-z])|(?<![a-z])(?:works?|working|is\sfine|fine|ok)\sagain(?![a-z])|(?:に|へ)\s?戻し(?:たら|て)\s?(?:復旧し(?:まし)?た|直りました|直った|正常に(?:なりました|なった|戻りました)|動きました|動くようになりました)|(?<!て\s?)(?:は|が|も)?(?<!て\s?も\s?)(?:正常|問題(?:ない|なし|ありません)|大丈夫))/i;

/**
 * The praise of WORKING_AFTER, asked at the end of a question (QA round 42 #2): 「TC7.3.3はMedium-Highでも大丈夫ですか？」
 * 「…で問題ないですか？」「…は正常？」 ask about those endpoints, they say nothing works.
 */
const PRAISE_ASKED = /(?:正常|問題(?:ない|なし|ありません)|大丈夫)\s?(?:です|でしょう)?\s?(?:か|かな|かね)\s*$/;
/** "not" right before a keyword; ではなく / じゃなく (or と思っていましたが, "I thought… but") right after its version. */
const NEGATED_BEFORE = /(?<![a-z])(?:not|isn't|aren't|wasn't|weren't|never)\s(?:on\s|at\s|running\s)?$/i;
const NEGATED_AFTER = /^v?\s?[\d._x]{1,20}(?:\s?r2)?(?:\s?sp\s?\d)?[a-z0-9._]{0,12}\s?(?:(?:では|じゃ)(?:なくて|なく|ない|ありません)|(?:だ|です)?と思って(?:い|お)?(?:ました|た)(?:が|けど|けれど(?:も)?)|(?:だ|です)?と思ったら)[\s、,]*/i;
/**
 * The value of a segment said not to be ("TMS is not 15.2.1 but…", "SQL isn't 2016", "Windows is no longer
 * 2012 R2", "level is not Medium"): the negation, when a value follows it.
 */
const NEGATED_LEAD =
  /^(?:(?:is|was|are|were)\s)?(?:not|isn'?t|wasn'?t|aren'?t|weren'?t|no\slonger|never)\s(?:(?:on|at|running|set\sto|version)\s)?(?:the\s)?(?=v?\s?\d|(?:tc|ce|roomos|room\sos)\s?v?\d|(?:medium|med|high|low)(?![a-z])|ミディアム|ハイ)/i;
/** "not" (or "no longer") right before a level name with no keyword ("TMS is not at Medium-High"). */
const LEVEL_NEGATED_BEFORE = /(?<![a-z])(?:not|isn't|aren't|wasn't|weren't|never|no\slonger)\s(?:(?:on|at|set\sto|in)\s)?$/i;
/** "rolled (the SX20) back to", "reverted to", "downgraded to", "went back to" (QA40 7a). */
const ROLLED_BACK = /(?<![a-z])(?:rolled\s(?:[\w-]+\s){0,3}?back|reverted|downgraded|went\sback)(?![a-z])/i;

/**
 * A clause that rolls back to a release, followed in its sentence by "works again" / "fine" (WORKING_AFTER): the release
 * restored service, it is not the failing one ("Rolled back to 7.3.5, works again", "Rolled back to TC 7.3.5, works again").
 * Run on a clause with a change to a number and no topic keyword, and on a clause's endpoint release (REV10 #2).
 */
function rolledBackToWorking(clause: string, sentence: string): boolean {
  if (!ROLLED_BACK.test(clause)) return false;
  const at = sentence.indexOf(clause);
  const tail = at >= 0 ? sentence.slice(at + clause.length, at + clause.length + 80) : '';
  const num = /\d[\d.]*/.exec(clause.slice(changeCut(clause, clause)));
  const inClause = num ? clause.slice(clause.indexOf(num[0], changeCut(clause, clause)) + num[0].length) : '';
  const clean = (t: string) => t.replace(/^[\s,;:、，-]+/, '').replace(/^(?:and|so|now|then|and\snow)\s/i, '');
  return WORKING_AFTER.test(clean(inClause).slice(0, 80)) || WORKING_AFTER.test(clean(tail).slice(0, 80));
}

/** A release then the lab's place: "14.6 in the lab", "15.2 on our test server" (FIX63C #2b). */
const LAB_AFTER_RELEASE = new RegExp(String.raw`^\s?v?\d{1,2}(?:\.\d{1,4}){1,3}\s` + LAB_PLACE_EN.source, 'i');

/** A long quoted span (someone else's sentence): level names inside it are not the user's setting. */
const QUOTED_LONG = /「[^「」]{24,400}」|“[^“”]{24,400}”|"[^"\n]{24,400}"/g;
const LEVEL_WORDS = /(?<![a-z])(?:medium|med|high|low)(?![a-z])|ミディアム|ハイ/gi;
/**
 * Slack strikethrough, "level is ~Medium-High~ Medium", "TMS ~15.2~ 15.9": a struck value is never the value (the one
 * after it is). Only a span Slack would strike: `~` right against its text on both sides, at a word's edges, one line.
 */
const STRUCK = /(?<![^\s(（「『、，,:：;*_])~(?=[^\s~])[^~\n]{0,60}[^\s~]~(?![^\s)）」』、。，,.:：;!?！？*_])/g;
/** 「Medium-High じゃなくて Medium のままです」「High でなく Medium」: a level followed by 「ではなく」 and another level is replaced by it. */
const LEVEL_NOT_BUT_JA =
  /(?<![a-z])(?:medium[\s_-]?high|medium|high|low)(?![a-z])(?=\s?(?:では|じゃ|で)(?:なくて|なく)[\s、,]*(?:(?:レベル|設定)\s?(?:は|が)\s?)?(?:medium|high|low|ミディアム|ハイ|ロー)(?![a-z]))|ミディアム(?:\s?ハイ)?(?=\s?(?:では|じゃ|で)(?:なくて|なく)[\s、,]*(?:medium|high|low|ミディアム|ハイ|ロー)(?![a-z]))/gi;

/** The text with struck spans and levels said not to be (in Japanese, before the one meant) masked out. */
function withoutStruckOrReplaced(s: string): string {
  let t = s.includes('~') ? s.replace(STRUCK, ' ') : s;
  if (t.includes('なく')) t = t.replace(LEVEL_NOT_BUT_JA, '…');
  return t;
}

/** A year followed by a Windows Server edition (Datacenter has no SQL Server namesake in use). */
/** Two endpoint releases joined as an upgrade path: "from TC7.3.3 to CE 9.12", "TC 7.3.3 → CE 9.15", 「TC7.3.3 から CE9.15 に」. */
const UPGRADE_PATH =
  /(?<![a-z])from\s(?:tc|ce|roomos)\s?v?\d{1,2}(?:\.\d{1,3}){1,3}[\w.-]{0,24}\s(?:to|->|→)\s(?:tc|ce|roomos)\s?v?\d|(?<![a-z])(?:tc|ce|roomos)\s?v?\d{1,2}(?:\.\d{1,3}){1,3}[\w.-]{0,24}\s?(?:->|→|から)\s?(?:tc|ce|roomos)\s?v?\d|(?<![a-z])(?:tc|ce|roomos)\s?v?\d{1,2}(?:\.\d{1,3}){1,3}[\w.-]{0,24}\sto\s(?:tc|ce|roomos)\s?v?\d{1,2}(?:\.\d{1,3}){0,3}[\w.-]{0,24}\s(?:upgrade|update|migration|move|jump)(?![a-z])/i;
/**
 * Words that say there is more than one TMS server (sites, nodes, "both", 「拠点」): two TMS releases in one message are
 * read as two servers only with one of them; without, they are far more often a correction ("TMS 14.5 — hang on, it's
 * been 15.1", "TMS 14.6 - my bad, 15.2") the correction words do not all catch.
 */
/** Several servers said to run the same release, the servers named: "prod and test TMS are both 15.9", "both TMS servers are on 15.9", 「本番も検証もTMS 15.9」, TMS … 「両方とも」. */
const BOTH_SAME = /(?<![a-z])(?:tms|servers?|nodes?|prod(?:uction)?\s(?:and|&)\s(?:test|staging|lab|dr))(?:\s(?:tms|servers?))?\s(?:are\s)?(?:both|all)\s(?:are\s|run(?:ning)?\s|on\s|at\s)?(?:tms\s)?v?\d|(?<![a-z])(?:both|all(?:\sour)?)\s(?:tms\s)?servers?\s(?:are\s)?(?:on\s|at\s|run(?:ning)?\s)?(?:tms\s)?v?\d|(?:tms|サーバ|本番|検証)[^。\n]{0,12}(?:両方(?:とも)?|どちらも|どっちも|いずれも|共に|ともに)|[^\s、。]{1,8}も[^\s、。]{1,8}も(?:tms\s?)?v?\d/i;
const SEVERAL_TMS =
  /(?<![a-z])(?:sites?|servers?|nodes?|both|two|each|another|branch(?:es)?|hq|head\soffice|offices?|locations?|instances?|clusters?|regions?|campus(?:es)?|datacenters?|dc\d?)(?![a-z])|拠点|サーバ|ノード|両方|どちら|一方|本社|支社|支店|2\s?台|二台|それぞれ/i;
/**
 * Right before "TMS" (in its clause): words that make it another server than this incident's ("the other TMS",
 * "a second TMS", "test TMS", "the DR TMS", 「別のTMS」「2台目のTMS」「検証環境のTMS」). A word that is also a verb or
 * a noun of its own ("test", "lab", "backup") counts only at the clause's start or after a determiner.
 */
const OTHER_TMS_BEFORE =
  /(?:(?<![a-z])(?:other|another|second|2nd|third|3rd|secondary|standby|passive)\s(?:(?:site|office|branch|location|datacenter|dc|company|organi[sz]ation|firm|tenant|customer|partner)(?:'s|’s)?\s(?:(?:runs|has|uses|is\son|is\srunning|still\sruns|still\shas|(?:is\s|are\s)?still\s(?:on|at|running)|is\sat|was\son|running|using|with|(?:that|which|who)\s(?:runs?|ran|has|had|uses?|used|is\son|was\son))\s|\(\s?)?)?|(?:^\s*|(?<![a-z])(?:the|our|a|an|their|that|and|plus|also|btw|with)\s)(?:dr|test|testing|lab|staging|dev|uat|backup)\s(?:(?:site|server|environment)(?:'s)?\s)?|(?:別|他|ほか|もう\s?(?:1|一|ひと)\s?台|もう一方|もう片方|(?:2|二)\s?台目|2\s?番目|検証|テスト|開発|待機|予備|dr|バックアップ)(?:拠点|サイト|環境|系|用|サーバ)?\s?の?\s?|(?:別|他|ほか)の(?:拠点|サイト|支社|支店|事業所|オフィス)\s?の\s?|(?:他社|別会社|(?:別|他|ほか)の(?:会社|組織|お客様|お客さま|顧客))\s?(?:の|で(?:は|も)?|[（(]|は)\s?|(?:別|他|ほか)(?:の)?(?:拠点|サイト)\s?(?:は|では)\s?(?:まだ|今も|いまだに|依然)?\s?)$/i;
/** Right after "TMS": the place that makes it another server ("the TMS at the other site", "TMS in our DR site", "TMS 15.13 on the other server"). */
const OTHER_TMS_AFTER =
  /^\s?(?:(?:server|node|box|instance)\s)?(?:at|in|on)\s(?:the\s|our\s|a\s)?(?:other|another|different|second|2nd|dr|test|lab|backup)\s(?:site|office|branch|location|datacenter|data\scenter|dc|environment|server|box|vm|machine)(?![a-z])/i;
/**
 * After "TMS" and its release, the place that makes it another server, in Japanese (FIX20B): 「TMS 15.0 は別の拠点で動いています」,
 * 「TMS 15.0 は他のサイトにあります」「TMS 15.0 が別拠点で稼働中」. Not a move there (「別の拠点に移設しました」: this TMS, moved).
 */
const OTHER_TMS_AFTER_JA = /^\s?(?:v?\d{1,2}(?:\.\d{1,3}){1,3}\s?)?(?:は|が|も)\s?(?:別|他|ほか)の?\s?(?:拠点|サイト|支社|支店|事業所|オフィス)\s?(?:で\s?(?:動いて|動かして|稼働|運用|使って|使われて|使用)|に\s?(?:あります|あり|ある|置いて|設置されて))/i;
/** After "TMS": its release said to be what another server runs ("TMS 15.0 is what the other site runs": FIX19E, QA45 W5). */
const OTHER_TMS_RUNS =
  /^\s?v?\d{1,2}(?:\.\d{1,3}){1,3}\s(?:is|was)\s(?:what|the\s(?:one|version|release))\s(?:that\s)?(?:the\s|our\s|their\s)?(?:other|another|second|2nd|dr|test|lab|backup|sister)\s(?:site|office|branch|location|datacenter|dc|server|node|environment|team|customer|company)\s(?:runs|has|uses|is\s(?:on|running|using)|ran|had|used|was\son)(?![a-z])/i;
/** A site named by a letter or number other than the first ("site B's TMS", 「拠点BのTMS」, "the TMS at site B"). */
const SITE_B_BEFORE = /(?:(?<![a-z])(?:site|office|branch|location)\s?[b-z2-9](?:'s)?\s(?:(?:runs|has|uses|is\son|is\srunning|still\sruns|still\shas)\s)?|拠点\s?[b-z2-9]\s?の?\s?|(?<![a-z])[b-z2-9]\s?拠点\s?の?\s?)$/i;
const SITE_B_AFTER = /^\s?(?:at|in|on)\s(?:site|office|branch|location)\s?[b-z2-9](?![a-z\d.])/i;

/**
 * Is the TMS keyword at [start, end) of the clause said of another server than this incident's (F4, QA round 21)?
 * 'site' when only a site letter says so ("site B's TMS"): that one is another server only when no TMS release of
 * this one is said beside it (site A and site B both named are two servers, either may be this incident's).
 */
function tmsOfOtherServer(clause: string, start: number, end: number): 'other' | 'site' | null {
  // (A window cut inside the clause does not start it: "contest TMS" is no "test TMS".)
  const before = (start > 40 ? '\u0001' : '') + clause.slice(Math.max(0, start - 40), start);
  // ("we run TMS 14.6 at the other site": the place may follow the release.)
  // ("TMS 15.0 runs at another site", "TMS 15.0 is running in the other office": the verb may come between, FIX20B.)
  const after = clause.slice(end, end + 60).replace(/^\s?(?:(?:is|was|runs|on)\s)?v?\d{1,2}(?:\.\d{1,3}){1,3}(?:\s(?:runs|ran|is\s(?:running|installed|deployed)|is|was|lives|sits))?(?=\s(?:at|in|on)\s)/i, '');
  // ("another TMS question: we have 15.2": "another" is the question's.)
  if (/^\s?(?:questions?|issues?|things?|problems?|topics?|points?|notes?)(?![a-z])/i.test(after)) return null;
  if (OTHER_TMS_BEFORE.test(before) || OTHER_TMS_AFTER.test(after) || OTHER_TMS_RUNS.test(clause.slice(end, end + 90)) || OTHER_TMS_AFTER_JA.test(clause.slice(end, end + 40))) return 'other';
  if (SITE_B_BEFORE.test(before) || SITE_B_AFTER.test(after)) return 'site';
  return null;
}
/** Two TMS releases joined as an upgrade path: "from 14.6 to 15.2", "TMS 14.6 → 15.2", 「14.6から15.2に」. */
const TMS_PATH = /(?<![\d.])\d{2}\.\d{1,2}(?:\.\d{1,3})?\s?(?:to|->|→|から)\s?(?:tms\s?)?\d{2}\.\d/i;
const UPGRADE_VERB = /upgrad|updat|migrat|(?<![a-z])(?:moved|went|bumped|going|gone)(?![a-z])|アップグレード|アップデート|更新|上げ|移行/i;
/** A level gone back to, said as done: "went back to Medium", "reverted to Low", 「Medium に戻しました」. */
const LEVEL_GONE_BACK =
  /(?<![a-z])(?:went|switched|changed\s(?:it\s)?|set\sit|moved|reverted|rolled)\sback\s(?:to\s)?(medium|low)(?![a-z-]|\s?-?\s?high)|(?<![a-z])(medium|low)(?![a-z-]|\s?-?\s?high)\s?(?:に|へ)\s?戻し(?:ました|た|てい)|(?<![a-z])(?:got|was|has\sbeen|had\sbeen|been)\sreset\s(?:back\s)?to\s(medium|low)(?![a-z-]|\s?-?\s?high)|(?<![a-z])(medium|low)(?![a-z-]|\s?-?\s?high)\s?(?:に|へ)\s?戻(?:って(?:いま|いた|しま)|りました)/i;
/**
 * How TMS manages systems, said: "managed via telnet", "polled over SNMP", "we use telnet for them", 「Telnet で管理」
 * (QA round 20 #6), "5 MXPs on telnet", 「Telnet管理のMXP」. Not denied ("not managed over telnet", 「Telnet では管理していません」), not a question.
 */
const MANAGED_VIA =
  /(?<![a-z])(?:managed|polled|monitored|controlled|talks?\sto\s(?:them|it)|reached|connected)\s(?:(?:by|in|from)\stms\s)?(?:via|over|through|using|with|by)\s((?:(?:https?|telnet|snmp(?:v\d)?)\s?(?:and|&|\/|or|,)\s?)?(?:telnet|snmp))(?![a-z])|(?<![a-z])(?:use|uses|using)\s(telnet|snmp)\s(?:for|with|to\smanage)\s(?:them|it|those|these)(?![a-z])|(?<![a-z])(telnet|snmp)\s?(?:(?:と|や|、|\/)\s?(?:https?|telnet|snmp)\s?)?(?:で|経由で|を使って)\s?(?:tms\s?(?:から|で)\s?)?管理(?![^。]{0,15}(?:ありません|ない|なし|いません))|(?<![a-z])(?:mxps?|hdxs?|systems?|units?|endpoints?|codecs?|devices?|ones)\s(?:are\s|is\s|still\s){0,2}(?:on|over|via)\s(telnet|snmp)(?![a-z])|(telnet|snmp)\s?管理の/i;
const VIA_DENIED = /(?:(?<![a-z])(?:not|never|no\s\w+\sis|none\s(?:of\s\w+\s)?(?:is|are))|n't)\s(?:\w+\s){0,2}$/i;

export function telnetViaIn(text: string): 'telnet' | 'snmp' | 'telnet-snmp' | undefined {
  if (!/telnet|snmp/i.test(text)) return undefined;
  const t = text.slice(0, 2000);
  const m = MANAGED_VIA.exec(t);
  if (!m || VIA_DENIED.test(t.slice(Math.max(0, m.index - 30), m.index))) return undefined;
  // A question ("are they managed over telnet?") says nothing about how they are managed.
  const end = t.slice(m.index).search(/[.。!！?？\n]/);
  if (end >= 0 && /[?？]/.test(t[m.index + end] ?? '')) return undefined;
  const said = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
  const telnet = said.includes('telnet');
  const snmp = said.includes('snmp');
  return telnet && snmp ? 'telnet-snmp' : telnet ? 'telnet' : snmp ? 'snmp' : undefined;
}

/** "it broke our HDX", 「HDX が管理できなくなった」: a system the change already broke. */
const TELNET_BROKE = /(?<![a-z])(?:broke|broken|killed)(?![a-z])|security\sviolation|管理できなく|使えなく|壊れ/i;
const WINDOWS_EDITION = /(?<![\d.])(?<!sql\s?(?:server\s?)?)20(?:08|12|16|19|22|25)(?:\s?r2)?\s?(?:datacenter|dc)(?![a-z])/i;
/**
 * Where TMS runs, said without the word Windows: "TMS 15.2 on 2012 R2", "TMS runs on 2019",
 * 「TMS 15.2 を 2012 R2 で動かしています」, 「TMS 15.5 は 2012 R2 上で」. In a clause about TMS, the host of TMS is its Windows release.
 */
const TMS_HOST_EN = /(?<![a-z])(?:(?:running|runs|hosted|installed|sits|lives)\s)?on\s(?:an?\s|the\s)?(?:(?:windows|win)\s?)?(?:server\s)?(20(?:08|12)\s?r2|20(?:16|19|22|25))(?![\d./-])(?!\s?(?:sql|sp\d|cu\d|express))/i;
const TMS_HOST_JA = /(?<![\d.])(20(?:08|12)\s?r2|20(?:16|19|22|25))(?![\d./-])\s?(?:の)?\s?(?:サーバ(?:ー)?)?\s?(?:(?:で|上で)\s?(?:動|稼働|動作|運用)|上(?:で|に)(?!\s?(?:sql|データベース)))/i;

/** A protocol named in a clause ("TLS 1.0", "SSL 3.0", "TLSv1.2"). */
const PROTOCOL_NAMED = /(?<![a-z])(?:tls|ssl)\s?v?\s?\d/i;
/**
 * A clause about a tool run or a change made ("We applied IIS Crypto Best Practices on the TMS server",
 * "Customer says nothing changed on TMS", 「TMS サーバに IIS Crypto の Best Practices を適用しました」):
 * its "on the TMS server" says where that happened, not where SQL runs.
 */
const CHANGE_PLACE =
  /(?<![a-z])(?:iis\s?crypto|best\s?practices?|registry|schannel|keys?|gpos?|group\s?polic(?:y|ies)|ciphers?|certificates?|changed|applied|ran|used|clicked|disabled|enabled|configured|modified|touched|edited|rebooted|restarted|imported|created|patched|hardened|upgraded)(?![a-z])|レジストリ|ベスト\s?プラクティス|適用|無効|有効|変更|再起動|キー|証明書/i;

/** A year followed by "Express" names a SQL Server release ("2008 R2 Express", "2014 SP3 Express"): SQL Express, not Windows. */
const SQL_EXPRESS_EDITION = /(?<![\d.])20(?:05|08|12|14|16|17|19|22)(?:\s?r2)?(?:\s?sp\s?\d)?\s?express(?![a-z])/i;
/**
 * Word gates, one required literal of each alternative of the pattern they stand before: WINDOWS_EDITION needs "dc" or
 * "datacenter", SQL_EXPRESS_EDITION "express", LEVEL_GONE_BACK "back", "reset", 戻し, 戻っ or 戻り. Those patterns open with lookbehinds, so
 * each tries every position of every clause; a literal is found by a quick scan (checked over every grid message by
 * test/conversation/r16-reader-gates.test.ts).
 */
export const WINDOWS_EDITION_GATE = /dc|datacenter/i;
export const SQL_EXPRESS_GATE = /express/i;
export const GONE_BACK_GATE = /back|戻し|戻っ|戻り|reset/i;
/** Each gate with the pattern it stands for (for the gates' test). */
export const EXTRACT_GATES: readonly (readonly [RegExp, readonly RegExp[]])[] = [
  [WINDOWS_EDITION_GATE, [WINDOWS_EDITION]],
  [SQL_EXPRESS_GATE, [SQL_EXPRESS_EDITION]],
  [GONE_BACK_GATE, [LEVEL_GONE_BACK]],
];

/** A release stated as current without naming Windows ("we're already on 2016 in prod", 「本番はもう 2016 です」): rev26 #7. */
const CURRENT_RELEASE_SAID = /(?<![a-z])(?:already|currently|now|actually|in\sprod(?:uction)?)(?![a-z])[^.;]{0,30}?(?<![\d.])20(?:05|08|12|14|16|17|19|22)(?:\s?r2)?(?![\d.])|(?<![\d.])20(?:05|08|12|14|16|17|19|22)(?:\s?r2)?(?![\d.])[^.;]{0,20}?(?:already|currently|now|in\sprod(?:uction)?)(?![a-z])|(?:もう|既に|すでに|現在|今は|本番(?:環境)?(?:は|で))[^。；;]{0,20}?(?<![\d.])20(?:05|08|12|14|16|17|19|22)(?![\d.])/i;
const WINDOWS_NAMED_HERE = /(?<![a-z])(?:windows|win|os|server\s?20)|ウィンドウズ/i;
/** Words allowed between a keyword and its value: "TMS is 15", "TMSのバージョンは15.2.1". */
// (「レベルはもう High です」: 「もう」 is one word, not the particle 「も」 and a stray 「う」 the level reader cannot place; FIX60B #1.)
const FILLER =
  /^(?:[\s:=()[\]-]{0,3}(?:is|are|was|were|at|on|of|version|ver\.?|running|runs|now|currently|still|set\sto|actually|the|all|our|を|は|が|の|もう|も|で|実は|実際は|本当は|バージョン|ver)(?![a-z]))*[\s:=()[\]-]{0,3}/i;
/** The start of a clause that corrects the previous one without naming its topic again (cue data in understand/cues.ts). */
const CONTINUATION = CORRECTION_START;
const STARTS_WITH_NUMBER = /^v?\s?\d/i;
/** How a follow-up question about another value opens (or, in Japanese, ends before its question mark); or, in English,
 * ends: "TMS 15.0 then?", "CE 9.15 instead?" (FIX19E, QA45 W5: like "what about TMS 15.0?"). */
const FOLLOW_UP_LEAD = /^\s*(?:and|also|what\sabout|how\sabout|same\sfor|for|even|even\sfor|what\sof)(?![a-z])|(?:は|も|では|でも|だと|なら)\s*$|(?<![a-z])(?:then|instead|in\sthat\scase)\s*$/i;
const INTERJECTION = /^\s*(?:oh|ah|uh|um|hmm|あ|あっ|あれ|えっと|えーと)\s*$/i;
const DOTTED = /\d\s?[._]\s?(?:\d|x)/i;
const YEARISH = /(?<!\d)(?<!\d[-/.])(?:19|20)\d\d(?!\d)(?![-/.]\d)|2k\d/i;

/** A model, then "on/running/at" and a bare 7.3.x release ("SX20 on 7.3.6", "C40s running 7.3.21"). */
// ("C90 after upgrading to 7.3.21", "the C40s were upgraded to 7.3.21", 「C90 を 7.3.21 にアップグレード」: the release it went to.)
const MODEL_ON_TC7 =
  /(?<![a-z])(?:sx\d{2}|mx\d{3}|c\d{2}|ex\d{2}|profile\s?\d{2}|codec\s?c\d{2})s?\s(?:(?:(?:are|is)\s)?(?:on|running|at)|(?:(?:were|was|got|have\sbeen|has\sbeen)\s)?(?:after\s(?:the\s|an\s)?)?(?:upgrad(?:ed|ing|e)|updat(?:ed|ing|e))\s(?:(?:them|it)\s)?to)\s(?:v|version\s)?(7\.3\.\d{1,2})(?![\d.])|(?<![a-z])(?:sx\d{2}|mx\d{3}|c\d{2}|ex\d{2}|profile\s?\d{2}|codec\s?c\d{2})\s?(?:を|は|も)\s?(?:tc\s?)?(7\.3\.\d{1,2})(?![\d.])\s?(?:に|へ)\s?(?:アップグレード|アップデート|更新|上げ)/i;
/** A Windows Server year before the machine it names: "2016 server", "on a 2012R2 box", "a 2019 VM". */
const YEAR_MACHINE = /^\s*(?:(?:on|in|a|an|the|our|it's|its|it\sis)\s)*(?:windows\s)?20(?:0[38]|1[269]|2[25])(?:\s?r2)?\s(?:windows\s)?(?:server|box|host|vm|machine)(?![a-z])[\s.!]*$/i;
/**
 * A clause that is only a SQL Server release ("2008 R2 SP2", "version 2008 R2 SP2", 「2008 R2 SP2 です」), read as SQL's right
 * after a clause about SQL that named no release ("SQL is actually on the TMS server, 2008 R2 SP2", QA54 #2). Not "2012 R2"
 * (SQL Server has none), nor a hedge or anything else in the clause.
 */
const SQL_RELEASE_ALONE =
  /^\s*(?:(?:probably|maybe|likely|i\sthink)\s)?(?:(?:the\s)?version\s|ver\.?\s|it'?s\s|it\sis\s|バージョンは\s?)?20(?:0[58]|1[0-9]|2[0-9])(?<!2012)(?:\s?r2)?(?:\s?(?:sp|service\spack\s?)\d)?(?:\s?cu\s?\d{1,2})?(?:\s(?:i\sthink|i\sbelieve|probably))?\s*(?:です|でした|だと思います|かと思います)?[\s.!。]*$/i;
/** A bare "2012 R2" (Windows only: SQL Server has no 2012 R2). */
const BARE_2012R2 = /^\s*(?:(?:on|a|an|the|it's|its|it\sis)\s)*2012\s?r2[\s.!]*$/i;

/** Level names in a level segment, strict about single kanji (中 高 低 only when they stand alone). */
const LEVEL_JA_KANJI = /(?:^|[\s「『：:はがを])(中高|中|高|低)(?:$|[\s」』、。です（(])/;
/** "Medium" / "Medium-High" / ミディアム(ハイ) are specific enough to read anywhere; High and Low after "at/to/on" ("we're at High"). */
/**
 * A level linked to its keyword ("security level Medium-High", "level: medium", 「レベルは Medium」), not
 * after a word that makes it a condition or a target ("with level medium-high", "before … level to …").
 * In a question sentence, such a clause before the question states the user's setting.
 */
const LEVEL_LINKED =
  /(?<!(?:with|for|if|to|before|after|when|at|on|into|from|about)\s(?:the\s|a\s)?)(?:(?<![a-z])(?:communication\s?security|security\s?(?:level|setting)?|tls\s?options?|level)(?![a-z])\s?(?:is\s|=\s?|:\s?|at\s|set\sto\s)?|(?:通信セキュリティ|セキュリティ(?:レベル|設定)?|レベル)\s?(?:は|が|:|：|=)\s?)(?=(?:medium|med|high|low|ミディアム|ハイ|ロー)(?![a-z]))/i;
/** A clause that is nothing but a level name ("…, Medium-High, SQL 2016, any idea?"). */
const LEVEL_BARE = /^\s*(?:(?:medium|med)(?:[\s_/+-]{0,2}(?:high|hi))?|high|low|ミディアム(?:[\s・ー-]{0,2}ハイ)?)\s*$/i;
const LEVEL_NAMES = /(?<![a-z])(?:(?:medium|med)(?:[\s_/+-]{0,2}(?:high|hi))?|high|low)(?![a-z-])|ミディアム(?:[\s・ー-]{0,2}ハイ)?/gi;

/**
 * In a sentence that ends as a question ("TMS 15.13, CE 9.15, security level Medium-High, SQL 2016 -
 * any idea?", 「レベルは Medium-High、SQL 2016 ですが、どうすればいいですか？」), a clause before the question
 * that states a level (linked to its keyword, or a bare level name when the sentence names no other)
 * states the user's setting, as the versions beside it do.
 */
function levelBeforeQuestion(clause: string, last: boolean, sentence: string): boolean {
  if (last) return false;
  if (LEVEL_LINKED.test(clause)) return true;
  return LEVEL_BARE.test(clause) && (sentence.match(LEVEL_NAMES)?.length ?? 0) === 1;
}

/** After a SQL keyword: the year of the machine it runs on ("is on a 2016 server", "runs on the 2019 box", 「2016サーバー上」). */
const SQL_ON_HOST_YEAR =
  /^[^\d]{0,24}?(?<![a-z])(?:on|in|at|a|an|the)\s(?:(?:a|an|the)\s)?(?:windows\s(?:server\s)?)?20(?:0[38]|1[269]|2[25])(?:\s?r2)?\s?(?:servers?|box|machine|host|vm)(?![a-z])|^[^\d]{0,12}20(?:0[38]|1[269]|2[25])(?:\s?r2)?\s?(?:サーバー?|マシン)\s?(?:上|で)/i;
/** A sentence that opens by doubting the one before: "I need to check", "not sure", "will confirm", 「確認します」「わかりません」. */
const DOUBT_NEXT =
  /^\s*(?:(?:i\s(?:need|have|will\shave|'?ll\sneed)\sto|need\sto|i'?ll|i\swill|let\sme|will|have\sto|must)\s(?:double[\s-]?)?(?:check|confirm|verify|ask)|(?:i'?m\s|i\sam\s)?not\s(?:sure|certain)|no\sidea|(?:i\s)?(?:don'?t|do\snot)\sknow|unsure|to\sbe\s(?:checked|confirmed))(?![a-z])|^\s*(?:確認します|確認が必要|確認中|要確認|わかりません|分かりません|わからない|分からない|不明です|自信がありません)/i;
/** A level keyword qualified by a log word: "log level", "logging level", "debug level", "trace level", 「ログレベル」「ログの出力レベル」. */
const LOG_LEVEL_BEFORE = /(?:(?<![a-z])(?:log|logs|logging|debug|debugging|trace|tracing|verbosity|verbose|diagnostic|diagnostics|event|audit)[\s_-]?|ログ\s?(?:の\s?)?(?:出力\s?)?|デバッグ\s?|トレース\s?)$/i;
/** A level keyword that names the setting ("security level", "security setting", "communication security"; not a bare "level" or "security": "high level overview", "high security environment"). */
const LEVEL_KEYWORD_NAMED = /security\s?(?:level|setting)|communication|tls/i;
/** After a release: its failure denied ("TC 7.3.3 units don't fail", "…are not failing", 「TC7.3.3の機器は失敗していません」): said to work (QA37 B6). */
const FAIL_DENIED_AFTER =
  /^(?:[^,.;、。]|\.(?=\d)){0,40}?(?:(?<![a-z])(?:(?:do|does|did|are|is|were|was|have|has)(?:\snot|n'?t)|never|not)\s(?:(?:been|ever|yet|really)\s)?fail(?:s|ed|ing)?(?![a-z])|失敗して(?:い|お)?(?:ない|ません)|失敗しない|失敗しません|エラーに(?:は)?なりません)/i;
/**
 * The level's name right before its keyword ("TMS 15.9 high security level", "on the Low security setting"), not a
 * wish or a description ("we need a high security level", "a very high security level").
 */
const LEVEL_BEFORE_KEYWORD =
  /(?<![a-z])(?<!(?:a|an|very|such|need|needs|want|wants|require|requires|required|demand|demands|expects?)\s)((?:medium|med)(?:[\s_/+-]{0,2}(?:high|hi))?|high|low)[\s-]$/i;
/**
 * The level named before its keyword is TMS's only when the phrase is tied to TMS: at the clause's start or after "TMS
 * [version]", "at", "on", "to", "is", "uses" (optionally "the"), or with "TMS Tools" after it; the keyword singular and no
 * "policy"/"requirement"/"environment"/"standard" after it. "a bank with high security settings", "Corporate high security
 * level policy applies to all our servers" are no TMS level (REV7 #2).
 */
function levelBeforeInTms(clause: string, kw: { start: number; end: number }, namedLength: number): boolean {
  const after = clause.slice(kw.end, kw.end + 40);
  if (/^s(?![a-z])|^\s*(?:polic(?:y|ies)|requirements?|environments?|standards?|rules?|guidelines?|baselines?)(?![a-z])/i.test(after)) return false;
  if (/tms\s?tools/i.test(after)) return true;
  const pre = clause.slice(0, Math.max(0, kw.start - namedLength));
  return /^\s*$|(?<![a-z])(?:tms(?:\s?v?\d+(?:\.\d+)*)?|at|on|to|is|uses?|using)\s(?:the\s)?$/i.test(pre);
}
/**
 * A level named without a keyword: Medium, Medium-High, ミディアム(ハイ); High or Low only as the level set: "at/to/on High" (group 1),
 * and in Japanese before a change verb (group 2): 「High にしました」「High に変更しました」「Low に設定しました」, not a log level's or a
 * priority's (「ログを High にしました」「優先度を High に変更」; left-a #3).
 */
const LEVEL_ANYWHERE =
  /(?<![a-z])(?:medium|med)(?:[\s_/+-]{0,2}(?:high|hi))?(?![a-z-])|ミディアム(?:[\s・ー-]{0,2}ハイ)?|(?<![a-z])(?:at|to|on)\s(high|low)(?![a-z-])|(?<!(?:ログ|ロギング|log|debug|デバッグ|トレース|優先|重要|プライオリティ|priority|severity|重大)[^、。,.]{0,10})(?<![a-z-])(high|low)\s?(?:に|へ)\s?(?:変更|設定|切り?替え|上げ|下げ|変え|し(?:まし)?た|し[て、,])|^\s*(?:(?:and|but|so)\s)?(?:(?:now|currently)\s(?:(?:it's|it\sis|we're|we\sare|tms\sis|the\slevel\sis)\s)?|(?:it's|it\sis|we're|we\sare)\s(?:now|currently)\s)(?:(?:at|on)\s)?(high|low)\s*[.!]*\s*$/i;

const LEVEL_ANYWHERE_ALL = new RegExp(LEVEL_ANYWHERE.source, 'gi');
/** 「以前は」「元々」「かつて」「昔は」「当初は」「最初は」 right before: a level the clause says was set once, not now. */
const JA_FORMERLY_BEFORE = /(?:以前|前は|元々|もともと|かつて|昔|当初|最初は|前回)[^。]{0,20}$/;
/** 「でしたが」「だったけど」 right after a level: the level that was, closed before what came after it. */
const JA_WAS_AFTER = /^\s?(?:でした|だった|です)\s?(?:が|けど|けれど|けれども)/;
/**
 * The first level LEVEL_ANYWHERE names in `text`. Its Japanese change-verb form (group 2: 「High にしました」) only when it is the
 * only level named there and no 「以前は」/「元々」… comes before it: 「以前は High にしていましたが今は Medium です」 is at Medium,
 * 「以前は High に設定していました」 says nothing of now (REV31 #5); or when every level before it is one that was (「以前は Medium
 * でしたが High にしました」: High is the level now, left-d #5). "previously Medium, now High": the clause "now High" (group 3).
 */
function levelAnywhereIn(text: string): RegExpExecArray | null {
  const all = allMatches(LEVEL_ANYWHERE_ALL, text.slice(0, 2000));
  const was = (p: RegExpExecArray) => JA_FORMERLY_BEFORE.test(text.slice(Math.max(0, p.index - 30), p.index)) && JA_WAS_AFTER.test(text.slice(p.index + p[0].length, p.index + p[0].length + 12));
  // (「…High にしましたか？」 asks: not this.)
  const now = /か\s*[?？。]?\s*$/.test(text) ? -1 : all.findIndex((m, i) => m[2] !== undefined && i > 0 && all.slice(0, i).every(was));
  if (now > 0) return all[now]!;
  for (const m of all) {
    if (m[2] !== undefined && (all.length > 1 || JA_FORMERLY_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))) continue;
    return m;
  }
  return null;
}

// HTTP vs HTTPS, last signal wins.
const HTTPS_FALSE = [
  /(?<![a-z])(?<!(?:not|n't|never)\s)(?:over|via|using|use|uses|used|with|by|through)\s(?:plain\s|only\s|just\s)?http(?![s:/a-z])/gi,
  /(?<![a-z])(?:plain|only|just)\shttp(?![s:/a-z])/gi,
  /(?<![a-z])http\s(?:only|instead)(?![a-z])/gi,
  /(?:(?<![a-z])not|n't|never|without)\s(?:use\s|using\s|over\s|via\s|through\s)?https(?![a-z])/gi,
  /http(?!s)\s?(?:で|経由|のみ|だけ)(?!はな)/gi,
  /https\s?(?:ではなく|ではない|じゃない|じゃなく|は使って(?:い)?ない|を使って(?:い)?ない|は無効|を無効)/gi,
];
const HTTPS_TRUE = [
  /(?<![a-z])(?<!(?:not|n't|never)\s)(?:over|via|using|use|uses|used|with|by|through)\s(?:only\s)?https(?![a-z])/gi,
  /(?<![a-z])https\sonly(?![a-z])/gi,
  /(?:(?<![a-z])not|n't|never)\s(?:use\s|using\s|over\s|via\s|through\s)?(?:plain\s)?http(?![s:/a-z])/gi,
  /https\s?(?:で|経由|のみ|だけ)(?!はな)/gi,
  /http(?!s)\s?(?:ではなく|ではない|じゃない|じゃなく|は使って(?:い)?ない|を使って(?:い)?ない)/gi,
];

const HTTP_WORD = /http/i;
/**
 * "those are on http", "they're all on plain http": read only when the devices it speaks of are other ones (said in the
 * same message or the one before): about the endpoints themselves it is not read (today's reading kept).
 */
const ON_HTTP = /(?<![a-z])(?:are|is|'re|were)\s(?:all\s|both\s)?on\s(?:plain\s)?http(?![s:/a-z])/i;
/**
 * HTTP working and HTTPS failing, said together ("it works with HTTP, just not HTTPS", "HTTP works but HTTPS
 * doesn't", 「HTTP では繋がりますが HTTPS だけ駄目です」「HTTP では管理できますが HTTPS だとだめです」): the problem's signature, so the endpoint is managed over
 * HTTPS (not "managed over HTTP"). Read over the sentence, whose clauses split the two halves.
 */
const HTTP_OK_SAID =
  /(?<![a-z])(?:works?|worked|working|fine|ok|okay|connects?|connected)\s(?:[a-z]+\s){0,2}?(?:with|over|via|on|using)\s(?:plain\s)?http(?![s:/a-z])|(?<![a-z/])http(?![s:/a-z])\s(?:still\s|alone\s)?(?:works?|worked|is\s(?:fine|ok|okay|working)|connects?|connected)(?![a-z])/i;
const HTTPS_FAIL_SAID =
  /(?:(?<![a-z])not|n't)\s(?:(?:work|connect)(?:ing)?\s)?(?:with\s|on\s|for\s|over\s|via\s)?https(?![a-z])|(?<![a-z])fail(?:s|ed|ing)?\s(?:with|over|via|on|for)\shttps(?![a-z])|(?<![a-z/])https(?![:/a-z])\s(?:still\s|just\s)?(?:fails?|failed|failing|doesn't|does\snot|didn't|did\snot|won't|is\sbroken|errors?|times\sout)(?![a-z])/i;
/** The same in Japanese: 「HTTP では管理できますが HTTPS だとだめです」「HTTPS では繋がらず、HTTP なら繋がります」. */
const HTTP_OK_SAID_JA =
  /(?<![a-z/])http(?![s:/a-z])\s?(?:では|なら|だと|で|は)\s?(?:(?!http)[^。、,]){0,10}?(?:繋がります|繋がる|つながります|つながる|接続できます|接続できる|管理できます|管理できる|動きます|動く|動作します|動作する|使えます|使える|問題(?:ない|ありません)|大丈夫|成功し)/i;
const HTTPS_FAIL_SAID_JA =
  /(?<![a-z/])https(?![:/a-z])\s?(?:では|だと|で|は|なら|だけ|の方は|が)?\s?(?:(?!http)[^。、,]){0,10}?(?:だめ|駄目|ダメ|失敗|繋がらな|繋がらず|繋がりません|つながらな|つながらず|つながりません|接続でき(?:ない|ません|ず)|管理でき(?:ない|ません|ず)|動かな|動かず|動きません|動作しな|動作しません|エラー|使えな|使えません|ng(?![a-z]))/i;
function httpWorksHttpsFails(sentence: string): boolean {
  if (!/https/i.test(sentence)) return false;
  if (HTTP_OK_SAID.test(sentence) && HTTPS_FAIL_SAID.test(sentence)) return true;
  return /[\u3040-\u30ff]/.test(sentence) && HTTP_OK_SAID_JA.test(sentence) && HTTPS_FAIL_SAID_JA.test(sentence);
}
const FALLBACK_CONTEXT =
  /(?<!\d)30[1278](?!\d)|redirect|fall(?:s|ing)?\s?back|fallback|retr(?:y|ies|ied)|tries|tried|then\s(?:uses|goes)|(?<![a-z])get\s\/|リダイレクト|リトライ|フォールバック|切り替え|切り替わ|再試行/i;

function lastIndex(patterns: RegExp[], text: string): number {
  let last = -1;
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of allMatches(re, text)) if (m.index > last) last = m.index;
  }
  return last;
}

interface Keyword {
  topic: Topic;
  start: number;
  end: number;
  /** A machine named back ("that server is 2016", "its host runs 2019"): whose it is depends on what came before. */
  backRef?: boolean;
}

/** Right after "TMS": a word that makes it the place something runs ("TMS と同じサーバ", "the TMS box"). */
const TMS_AS_PLACE = /^\s?(?:と同じ|の?サーバ|の?マシン|上|servers?(?![a-z])|box(?![a-z])|host(?![a-z])|machine(?![a-z])|vm(?![a-z])|node(?![a-z]))/i;

/**
 * Right after "TMS": a count of servers, not a release (「TMS を2台運用」「TMS が 2 ノード」, "TMS x2"): the count
 * is skipped, never read as TMS version "2".
 */
const TMS_COUNT =
  /^\s?(?:を|が|は|も)?\s?(?:\d{1,2}|二|三)\s?(?:台|ノード|基|つ|系)(?:とも|共)?|^\s?x\s?\d(?![\d.])|^\s(?:(?:is|are)\s)?(?:(?:runs?|running|deployed|installed)\s)?(?:on|with|in|has|have|across)\s(?:two|three|[23])[\s-](?:nodes?|servers?)(?![a-z])/i;

/** Right after an endpoint keyword: a count of endpoints (「端末15台」「端末が 40 台」「コーデック 3 機」), not a release. */
const ENDPOINT_COUNT = /^\s?(?:を|が|は|も)?\s?(?:約|およそ)?\s?\d{1,4}\s?(?:台|機|個|ユニット|units?(?![a-z]))/i;

/**
 * A clause that counts TMS servers ("2 TMS servers", "two TMS nodes", "TMS on 2 servers", "redundant TMS",
 * 「TMS は2台構成」「2台の TMS」): a clause after it that gives "both" one release is TMS's (BOTH_LEAD).
 */
const TMS_PAIR = /(?<![a-z])(?:two|2)[\s-](?:tms\s)?(?:nodes?|servers?)(?![a-z])|redundan|(?:2|二)\s?(?:台|ノード)|冗長|(?<![a-z])x\s?2(?!\d)/i;
/** "both on 15.2.1", "both are 15.13", 「どちらも15.2」「両方とも 15.2.1 です」「2台とも 15.2」: one release for both servers. */
const BOTH_LEAD =
  /^\s*(?:(?:both|each)(?:\sof\sthem|\s(?:nodes|servers|one))?|all\s(?:of\sthem|nodes|servers)|どちら(?:も|とも)|どっちも|両方(?:とも)?|いずれも|(?:2|二)\s?(?:台|ノード)\s?(?:とも|共)?)(?![a-z])/i;

/**
 * "…, with a replica on the TMS server itself": a SQL replica or instance on the TMS server, said in a clause of a
 * sentence that speaks of SQL (understand/sql-copy.ts; QA39 #1).
 */
function copyOnTmsIn(clause: string, sentence: string, sqlBefore: boolean): boolean {
  if (!/replica|instance|secondar|レプリカ|インスタンス|セカンダリ/i.test(clause)) return false;
  return sqlCopyOnTms(clause.toLowerCase()) && (sqlBefore || /sql|database|(?<![a-z])db(?![a-z])|always\s?on|データベース/i.test(sentence));
}

function keywordsIn(clause: string): Keyword[] {
  const out: Keyword[] = [];
  KEYWORDS.lastIndex = 0;
  for (const m of allMatches(KEYWORDS, clause)) {
    const g = m.groups ?? {};
    let topic: Topic = 'noise';
    for (const t of ['family', 'sql', 'windows', 'tms', 'endpoint', 'level', 'noise'] as Topic[]) {
      if (g[t] !== undefined) {
        topic = t;
        break;
      }
    }
    const end = m.index + m[0].length;
    // ("SQL on the TMS box is 2016": after a SQL keyword the machine named is where SQL runs, and its release SQL's.)
    let place = false;
    if (g.winplace !== undefined) {
      if (out.some((k) => k.topic === 'sql')) continue;
      topic = 'windows';
      // "that server is 2016", "its host runs 2019", "the box is 2019": a machine named back (read against SQL's place).
      place = /(?<![a-z])(?:that|its|the|this)\s$/i.test(clause.slice(Math.max(0, m.index - 6), m.index));
    }
    // "SQL は TMS と同じサーバで 2016", "SQL on the TMS box is 2016": after a SQL or Windows keyword,
    // TMS named as the place is part of that segment, not a TMS version of its own.
    if (topic === 'tms' && TMS_AS_PLACE.test(clause.slice(end, end + 12)) && out.some((k) => k.topic === 'sql' || k.topic === 'windows')) continue;
    // 「TMS を2台運用しています」: how many TMS servers there are, not which release (a release after it still is one:
    // 「TMS 2台とも 15.2 です」).
    // (「端末15台」「エンドポイントは 40 台」: how many endpoints, not their release.)
    const count = topic === 'tms' ? TMS_COUNT.exec(clause.slice(end, end + 40)) : topic === 'endpoint' ? ENDPOINT_COUNT.exec(clause.slice(end, end + 24)) : null;
    out.push({ topic, start: m.index, end: count ? end + count[0].length : end, ...(place ? { backRef: true } : {}) });
  }
  return out;
}

type Field = ParseProblem['field'];

/** A SQL Server build number on its own: 9.0, 10.0, 10.50, 11.0 … 16.0 and a third part of 4 digits ("11.0.6537.0", "12.0.4100.1"). */
const SQL_BUILD_APART = /(?<![\d.])((?:9|1[0-6])\.(?:0|00|50)\.\d{4}(?:\.\d{1,5})?)(?!\d|\.\d)/g;

export function extractFacts(text: string, ctx?: ExtractContext): Extraction {
  try {
    // A pasted e-mail thread: the newest (unquoted) text wins; quoted older messages only fill the fields it lacks.
    const layers = typeof text === 'string' ? replyLayers(text.length > MAX_EXTRACT ? text.slice(0, MAX_EXTRACT) : text) : null;
    if (layers) return { ...readThread(layers, extractUnsafe), lang: detectLang(text) };
    return extractUnsafe(text, ctx);
  } catch {
    // Defensive: nothing above should throw, but a fact extractor must never take a turn down.
    return { facts: {}, problems: [], lang: detectLang(text) };
  }
}

/**
 * A bracket that counts TMS's nodes between "TMS" and its release ("TMS is a redundant pair (2 nodes) on 15.11",
 * 「TMSは冗長構成（2台、ロードバランサ配下）で15.11です」): blanked (same length), so the count is not read as the release
 * and its 「、」 does not cut the clause before the release (QA round 30 M3). Only after "TMS" with no other product
 * named in between: "SX20 (2台)" counts endpoints; nor one that holds a release. Cheap test first.
 */
const NODE_COUNT_BRACKET = /[（(]\s?(?:\d{1,2}|two|three|二|三)\s?(?:nodes?|servers?|vms?|台|ノード|基)(?![a-z])[^()（）\n]{0,60}[)）]/gi;
const TMS_BEFORE = /(?<![a-z])tms(?![a-z])(?:(?!sql|windows|win|sx|mx|dx|ce|tc|room|codec|endpoint|c[4-9]0|端末|エンドポイント|コーデック)[^()（）\n]){0,40}$/i;
/** A TMS node named by its number: 「2号機」「2台目」「ノード2」, "node 2", "node #2": never a TMS release. */
export const TMS_NODE_NUMBER = /(?<![\d.])[1-9]\s?(?:号機|台目)|(?:(?<![a-z])node|ノード)\s?#?\s?[1-9](?![\d.])/gi;
/** `text` with the node numbers blanked (same length). */
export function withoutNodeNumbers(text: string): string {
  return /号機|台目|node|ノード/i.test(text) ? text.replace(TMS_NODE_NUMBER, (m) => ' '.repeat(m.length)) : text;
}
function maskTmsNodeCount(s: string): string {
  if (!/[（(]/.test(s) || !/tms/i.test(s)) return s;
  // (「TMS 15.9（1台のみ15.12）」: a bracket that holds a release says which server runs what: kept.)
  return s.replace(NODE_COUNT_BRACKET, (m, at: number) => (!/\d\.\d/.test(m) && TMS_BEFORE.test(s.slice(Math.max(0, at - 60), at)) ? ' '.repeat(m.length) : m));
}

/** A TMS release stated, and whether it was said of another server ("the other TMS is 14.6") or of another site. */
interface SaidTms {
  v: TmsVersion;
  other: 'other' | 'site' | null;
}

/**
 * An xStatus Software Version value cut inside its quotes (`*s SystemUnit Software Version: "TC7.3.2` with no closing quote, QA62 #4):
 * blanked (same length), as a cut value is no release; the evidence reader says it looks cut and asks for the whole line.
 */
const XSTATUS_CUT_VALUE = /(SystemUnit Software Version[ \t]{0,4}:[ \t]{0,4}")([^"\r\n]{1,120})(?=[ \t]*(?:\r?\n|$))/gi;
function maskCutXstatus(s: string): string {
  return s.includes('SystemUnit') || /systemunit/i.test(s) ? s.replace(XSTATUS_CUT_VALUE, (_m, head: string, v: string) => head + ' '.repeat(v.length)) : s;
}

function extractUnsafe(text: unknown, ctx?: ExtractContext): Extraction {
  const lang = detectLang(text);
  // Level names inside someone else's long quoted sentence are not the user's setting.
  // A tool's output (sslscan, curl -v, s_client, hex dumps) is what an endpoint did, read by the evidence reader: not the user's words.
  // "I set Medium-High on tms01 only": a node named by its host name is one node (the mask drops host names).
  // "Product: TMS / Version: 15.9", "TSM 15.2": TMS's release named without "TMS" before it.
  // "| TMS | 15.9 |", "TMS<TAB>15.9": a pasted two-column table, read as "TMS: 15.9" lines.
  // "OS and SQL both 2008 R2", 「OS も SQL も 2008 R2」: the one release written out for each (QA61 #9).
  const unmasked = sharedReleaseWrittenOut(pastedTable(cleanInput(text, MAX_EXTRACT)));
  // "port 443 answers in plain HTTP": the mask below takes "port 443" out; the sentences naming it are found before (REV31 #1).
  const portPlainKeys = portPlainHttpSentenceKeys(unmasked);
  let s = maskCutXstatus(maskNoise(maskToolOutput(markNamedNodes(ticketFields(unmasked))))).replace(QUOTED_LONG, (q) => q.replace(LEVEL_WORDS, '…'));
  // "level is ~Medium-High~ Medium", 「Medium-High じゃなくて Medium のままです」: the value after is the one.
  s = withoutStruckOrReplaced(s);
  s = maskTmsNodeCount(s);
  // "Medium-High: N/A", "Haven't tried Medium-High yet", "Next steps: set Medium-High tonight", 「Medium-High：未実施」, "TLS 1.2
  // enabled in registry: not yet": a placeholder or a step to come is no setting in place (QA57 #1). ("haven't set Medium-High
  // yet" still says the level is Medium: read below from the text before this mask.)
  const beforePending = s;
  s = withoutPendingValues(s);
  // (The whole message's correction words and TMS upgrade path are asked by several readers below: read once, when first asked.)
  let correctionRead: boolean | undefined;
  let tmsPathRead: boolean | undefined;
  const saysCorrection = () => (correctionRead ??= CORRECTION.test(s));
  const saysTmsPath = () => (tmsPathRead ??= TMS_PATH.test(s));
  let ownTmsRead: boolean | undefined;
  const ownTms = () => (ownTmsRead ??= ownTmsSaid(s));
  const stated: Partial<Facts> = {};
  /** Values from clauses about the past ("the codecs had CE 9.2"): used only when nothing current is said. */
  const weak: Partial<Facts> = {};
  /** Values named in a question that does not state them ("is TMS 14.6.2 affected?"), and in a hypothetical question. */
  const askedFacts: Partial<Facts> = {};
  const supposedFacts: Partial<Facts> = {};
  /** Values said not to be the value ("TMS is not 15.2.1"): never taken; reported for fields left without one. */
  const negatedFacts: Partial<Facts> = {};
  let facts: Partial<Facts> = stated;
  const problems: ParseProblem[] = [];
  const got = new Set<Field>();

  const endpoints: EndpointVersion[] = [];
  /** Endpoint releases said in another server's scope (otherScope below): this incident's only when no other is said. */
  const scopedEndpoints: EndpointVersion[] = [];
  /**
   * The TMS releases stated, in order (two sites on different releases: QA round 20 #3), each with whether it was said
   * of another server ("the other TMS is 14.6", "test TMS 14.6": QA round 21 F4).
   */
  const tmsAll: SaidTms[] = [];
  /** Another server's release said to work ("the other TMS 15.13 works"): noted as working, never answered for. */
  const otherWorking: TmsVersion[] = [];
  /** What each endpoint release named is said to do, from the stated clauses (understand/endpoint-results.ts). */
  const results: EndpointResult[] = [];
  const take = <T>(field: Field, r: ParseResult<T>, set: (v: T) => void, report: boolean) => {
    if (r.ok) {
      // ("Our lab TMS (14.6.2, Windows 2008 R2) still has TC 7.3.3 codecs": another server's endpoints, used only when the
      // message names no others, QA57 #8.)
      if (field === 'endpoint' && facts === stated && otherScope) {
        scopedEndpoints.push(r.value as EndpointVersion);
        return;
      }
      set(r.value);
      if (field === 'endpoint' && facts === stated) endpoints.push(r.value as EndpointVersion);
      if (field === 'tms' && facts === stated) tmsAll.push({ v: r.value as TmsVersion, other: null });
      if (facts === stated) got.add(field);
    } else if (report && (facts === stated || facts === weak)) {
      problems.push(r.problem);
    }
  };

  /** The value said not to be, read for its field (only from what the user states). */
  const deny = (topic: Topic, value: string) => {
    if (facts !== stated && facts !== weak) return;
    const v = value.trim().slice(0, 40);
    const r =
      topic === 'tms' ? parseTms(v) : topic === 'sql' ? parseSql(v) : topic === 'windows' ? parseWindows(v) : topic === 'endpoint' || topic === 'family' ? parseEndpoint(v) : null;
    if (r?.ok) (negatedFacts as Record<string, unknown>)[topic === 'family' ? 'endpoint' : topic] = r.value;
    if (topic === 'level') {
      const lv = levelIn(v.toLowerCase());
      const l = lv ? parseLevel(lv) : null;
      if (l?.ok) negatedFacts.level = l.value;
    }
  };
  let sqlLocation: 'local' | 'remote' | null = null;
  /** The SQL release a planned change starts from (planned-from.ts): the current one unless a clause states another. */
  let plannedSql: Facts['sql'] | undefined;
  /** The Windows release a planned change starts from (planned-from.ts): taken only when no clause states one. */
  let plannedWindows: Facts['windows'] | undefined;
  /** The TMS release a planned step is carried out on (「明日 TMS 15.9 で Medium-High にします」, FIX63C #2c): the one in use now. */
  let plannedTms: TmsVersion | undefined;
  let sqlOnNode = false;
  /** A SQL replica or instance was said to run on the TMS server itself (understand/sql-copy.ts): local wins. */
  let copyOnTms = false;
  /**
   * After "lab TMS 14.6.2" (another server, tmsOfOtherServer), up to this server's TMS named again: its Windows, SQL and SQL
   * place are that server's, not this one's (QA39 #3). To the end of its clause ("…; lab TMS 14.6.2 on Windows 2008 R2 with
   * local SQL 2008 R2"), or of its sentence or line when the server opens it or a parenthesis follows it (「検証 TMS 14.6.2
   * （Windows Server 2008 R2、SQL Server 2008 R2 同居）」). Not a list after it: "site A runs TMS 15.2, site B runs TMS
   * 15.12, sql 2016 remote, win 2016" gives both servers' facts.
   */
  let otherScope = false;
  let scopeSentence = '';
  let scopeWhole = false;
  /** The scope above is a lab's or test system's place ("in the lab", 「検証環境では」), not another TMS named (FIX63C #2b). */
  let labScope = false;
  let lastTopic: Topic | null = null;
  let https: boolean | null = null;
  // Whom an "over HTTP" remark is about, carried from clause to clause ("we also have 2 MXPs, those are managed over
  // http"): read only when the message says plain http somewhere (understand/http-subject.ts); "No HTTPS response",
  // in nearly every message, is not that.
  const httpSaid = /http(?!s)/i.test(s);
  // ("those are on http" right after "we also have 2 MXPs": the devices the previous message named.)
  let httpSubject: HttpSubject | 'unclear' | null = ctx?.devicesBefore === 'others' ? 'others' : ctx?.devicesBefore === 'both' ? 'unclear' : null;
  let othersOverHttp = false;
  let httpUnclear = false;
  let continuing = false;
  let sqlClauseBefore = false;
  /** The message's first stated clause is still being read (see ctx.sqlPlaceBefore). */
  let firstClause = true;
  let lastClause = '';
  const clauses = clausesOf(s);
  // "after we set Medium-High and reboot, why would it still fail?": the level is supposed in a question, set nowhere (REV21-a #4).
  const levelSupposed = supposedChangeFailingIn(s);
  for (const { clause, asked, question, follow, mixed, mode: known, narrative, last, sentence, doubted } of clauses) {
    if (otherScope && (sentence !== scopeSentence || !scopeWhole)) otherScope = false;
    // "OS and SQL both 2008 R2 in the lab", "SQL 2008 R2 on the test server", 「検証環境では OS も SQL も 2008 R2」 (FIX62A #8): the
    // clause is about a lab's machine, as after "lab TMS 14.6.2": its Windows, SQL and SQL place are not this case's.
    // ("in the lab, OS and SQL are both 2008 R2": the lab place alone as the sentence's lead-in scopes the rest of the sentence.)
    if (!otherScope && labPlaceIn(clause)) {
      otherScope = true;
      labScope = true;
      scopeSentence = sentence;
      scopeWhole = labPlaceAlone(clause);
    }
    if (!otherScope) labScope = false;
    const prevClause = lastClause;
    lastClause = clause;
    const subjectBefore = httpSubject;
    if (httpSaid) httpSubject = httpSubjectIn(clause) ?? httpSubject;
    // "SQL is 2012, or maybe 2014", 「SQL は 2012 だったかな、2014 だったかも」: the clause offers another
    // value for the field just stated; when the answer depends on which, neither is the value.
    // (「2012 だったかな」 is a hedge, read as a question: the value may sit with the asked ones.)
    if (lastTopic && (lastTopic === 'tms' || lastTopic === 'sql' || lastTopic === 'windows' || lastTopic === 'endpoint') && (facts === stated || facts === askedFacts)) {
      const other = otherAlternative(clause);
      const mine = other ? valueText(lastTopic, facts) : null;
      if (other && mine && keywordsIn(clause).every((k) => k.topic === 'noise')) {
        // ("TMS 15.9 I think, maybe 15.10": unsure of both, neither is the value even when the answer would be the same.)
        const unsure = HEDGED_VALUE.test(prevClause.slice(-60)) ? unsureProblem(lastTopic, `${mine} or ${other}`, (lastTopic === 'tms' && facts.tms?.raw) || mine, other) : null;
        const alt = unsure ? { problem: unsure } : offeredAlternatives(lastTopic, `${mine} or ${other}`);
        if (alt?.problem) {
          if (facts === stated) {
            got.delete(lastTopic);
            if (lastTopic === 'endpoint') endpoints.pop();
          }
          delete facts[lastTopic];
          problems.push(alt.problem);
        }
        continue;
      }
    }
    // How the clause holds its values: a question, a plan, a hypothesis or a quote states nothing
    // about the user's systems; a negation or a question names a level without setting it.
    const classified = unconfirmedHearsay(clause, sentence) ? 'quoted' : (known ?? classifyClause(clause));
    const own = classified === 'hypothetical' && narrative && /たら/.test(clause) ? 'stated' : classified;
    let mode = own;
    if (mode === 'stated' && asked && !CORRECTION_START.test(clause)) mode = 'asked';
    // "should we upgrade our CE 9.15 endpoints?", 「うちの CE 9.15 の端末をアップグレードすべきですか？」: the user's own
    // endpoints named in a should/could question: their release is theirs (statesInQuestion), not a case supposed.
    // (A change's target after them is not: "should we upgrade our CE 9.15 endpoints to CE 11?".)
    const ownEnd = mode === 'hypothetical' && question ? ownFleetInShouldQuestion(clause) : -1;
    if (ownEnd >= 0) mode = 'asked';
    // A question about a version ("is TMS 14.6.2 affected?", "would CE 9.15 still need this?") names
    // it without stating it: its versions are kept apart. A clause that states inside a question
    // ("we're still on TMS 15.2.1, why…?") or a stated clause before the question still counts.
    const supposing = mode === 'hypothetical' && question;
    // "Will CE 8.0 endpoints still work at Medium-High?", "TC 7.3.3 is OK at Medium-High.": the level is the condition an
    // endpoint release works under, not the TMS's level, and the release is a case asked about, not the user's (QA round 29 M2).
    const levelCondition = levelIsEndpointCondition(clause);
    const asking = supposing || levelCondition || !!doubted || ((own === 'asked' || follow) && !statesInQuestion(clause) && !CORRECTION_START.test(clause));
    if (!supposing && (mode === 'hypothetical' || mode === 'planned' || mode === 'quoted')) {
      lastTopic = null;
      continuing = false;
      sqlClauseBefore = false;
      // "we plan to migrate from SQL 2008 R2", "We plan to upgrade SQL 2008 R2 to 2016 next month": the release the planned
      // change starts from is the one in use now; the target is not taken (readers-c #4). The next clause may place it ("it's local").
      // (rev26 #7: a place said with that release, "from SQL 2008 R2 on the remote DB server", is kept; a release the same message
      // states as current, "we're already on 2016 in prod", is not overridden: the planned one is taken only after every clause.)
      // (REV27 #1: nor one on record before: "we're moving from SQL 2008 R2 to 2019 next month" after "SQL 2016" keeps 2016.)
      const plan = mode === 'planned' || (mode === 'hypothetical' && !question && plannedNotSupposed(clause));
      const from = plan && !stated.sql && !plannedSql && !ctx?.sqlKnown ? plannedSqlFrom(clause) : null;
      // ("Windows Server 2012 R2 (upgrade to 2022 planned Q1)", 「Windows Server 2012 R2（2022 へ移行予定）」: the same for the
      // TMS server's Windows, QA57 #4; not over a release on record.)
      const winFrom = plan && !stated.windows && !plannedWindows && !ctx?.windowsKnown && !otherScope ? plannedWindowsFrom(clause) : null;
      const winNow = winFrom ? parseWindows(winFrom) : null;
      if (winNow?.ok) plannedWindows = winNow.value;
      const tmsOn = plan && !question && !plannedTms && !otherScope ? tmsReleaseOfPlan(clause) : null;
      const tmsNow = tmsOn ? parseTms(tmsOn.release) : null;
      if (tmsNow?.ok) plannedTms = tmsNow.value;
      const sqlNow = from ? parseSql(from.release) : null;
      if (sqlNow?.ok) {
        plannedSql = sqlNow.value;
        lastTopic = 'sql';
        sqlClauseBefore = true;
        const place = from!.place.trim() ? parseSqlPlace(sqlPlaceNow(from!.place.toLowerCase())) : null;
        if (place?.location && sqlLocation === null) sqlLocation = place.location;
      }
      continue;
    }
    // ("…; we're already on 2016 in prod": a release stated as current in another clause, rev26 #7.)
    if (plannedSql && !supposing && !asking && CURRENT_RELEASE_SAID.test(clause) && !WINDOWS_NAMED_HERE.test(clause)) plannedSql = undefined;
    const changes = hasChange(clause);
    // "we haven't upgraded TMS to 15 yet", 「まだ 15 にアップグレードしていません」: the value after a
    // change that did not happen is not the current one (a value before it still is).
    const unchanged = changes && negatesChange(clause);
    /** In such a clause, where the change's target starts: keywords from there on name no current value. */
    let unchangedFrom = unchanged ? changeCut(clause, clause) : -1;
    if (ownEnd >= 0) {
      const to = OWN_CHANGE_TO.exec(clause.slice(ownEnd, ownEnd + 200));
      if (to) unchangedFrom = ownEnd + to.index;
    }
    // "one SX80 was upgraded to CE 9.8", "TMS was 14.5 and went to 15.1": the value after the change is
    // the current one, whatever the past tense before it.
    if (mode === 'past' && changes && !unchanged) mode = 'stated';
    // "the other node says Low", 「もう片方のノードは Low」: one node's level is not the TMS's (set per node).
    const levelsCount =
      (mode === 'stated' || mode === 'past' || (mode === 'asked' && (statesInQuestion(clause) || (own === 'stated' && asked && levelBeforeQuestion(clause, last, sentence))))) &&
      // ("I set Medium-High, the other node isn't done yet": that level too is one node's; readers-c #1.)
      !levelOfOneNode(clause, s) &&
      !levelCondition &&
      // ("let's try Medium-High", 「Medium-High にしてみましょうか？」: a level proposed is not the level set; QA49 F3.)
      !proposesLevel(clause) &&
      // ("Medium-High please", 「じゃあ Medium-High でお願いします」: a level decided on is to come, not the level set; QA63 #2.)
      !decidesLevel(clause) &&
      // ("I'd rather not try Medium-High", 「Medium-High にはしたくない」: a level declined is not the level set; REV24 #3.)
      !declinesLevel(clause) &&
      // ("Medium-High didn't save", 「Medium-High に変更できませんでした」: a change that failed set nothing; REV21-a #5.)
      !failedLevelChange(clause) &&
      !levelSupposed;
    facts = supposing ? supposedFacts : asking ? askedFacts : mode === 'past' ? weak : stated;
    let kws = keywordsIn(clause);
    // "2 TMS servers, both on 15.2.1", 「TMS は2台構成で、どちらも15.2」: the release given to "both" is TMS's
    // (only a dotted release: "both on 2016" names no TMS release).
    if (kws.length === 0 && lastTopic === 'tms' && TMS_PAIR.test(prevClause)) {
      const both = BOTH_LEAD.exec(clause);
      if (both && /^v?\s?\d{1,2}\.\d/i.test(clause.slice(both[0].length).replace(FILLER, ''))) kws = [{ topic: 'tms', start: 0, end: both[0].length }];
    }
    if (kws.length === 0 && lastTopic) {
      // A correction without a keyword continues the previous clause's topic:
      // "TMS is not 15, it's 14.6", "TC7.3, I mean 7.3.6", "TMS 15.2.1, sorry, 15.2.2".
      const c = CONTINUATION.exec(clause);
      if (c && c[0].length === clause.length) {
        continuing = true; // "sorry" alone: the next clause carries the value
        continue;
      }
      if (c || continuing) kws = [{ topic: lastTopic, start: 0, end: c ? c[0].length : 0 }];
    }
    // "SQL is actually on the TMS server, 2008 R2 SP2", 「SQL は実は TMS サーバ上で、2008 R2 SP2 です」: a release alone right after
    // a clause about SQL that named none is SQL's (the release said with the place; QA54 #2). ("SQL 2016 on the TMS server, 2019":
    // SQL's release already read, the bare year stays unread.)
    if (kws.length === 0 && lastTopic === 'sql' && !facts.sql && !/2012\s?r2/i.test(clause) && SQL_RELEASE_ALONE.test(clause)) kws = [{ topic: 'sql', start: 0, end: 0 }];
    // "2016 server", "on a 2012R2 box", a bare "2012 R2" (SQL Server has no 2012 R2) in a clause that names no topic and
    // does not follow one about SQL ("SQL 2017, on a 2016 server" stays SQL's): the Windows release (QA36 #9).
    if (!ctx?.sqlAsked && kws.every((k) => k.topic === 'noise') && lastTopic !== 'sql' && (YEAR_MACHINE.test(clause) || BARE_2012R2.test(clause))) kws = [{ topic: 'windows', start: 0, end: 0 }];
    // "TC 7.3.3 codecs, they were upgraded to 7.3.6 last night", 「TC 7.3.3 でしたが、昨夜 7.3.6 に上げました」:
    // a change to a number, in a clause that names no topic, continues the previous clause's topic.
    if (lastTopic && kws.every((k) => k.topic === 'noise') && hasChange(clause)) {
      const cut = changeCut(clause, clause);
      // ("Rolled back to 7.3.5, works again": the release a rollback restored service on is not the failing one, as with
      // "TC7.3.5, works again" below: the rest of the sentence says it works.)
      if (cut >= 0 && /\d/.test(clause.slice(cut, cut + 24)) && !rolledBackToWorking(clause, sentence)) kws = [{ topic: lastTopic, start: 0, end: 0 }, ...kws];
    }
    // "SQL は 2012 です。あ、SP1 でした", "SQL 2012, oh, SP1": a service pack alone refines the SQL just read.
    if (kws.length === 0 && lastTopic === 'sql' && facts.sql) {
      if (INTERJECTION.test(clause)) continue; // "oh", 「あ」: the next clause still speaks of SQL
      // "SQL 2014 — not SP1, SP2", 「SP1 じゃなくて SP2」: a service pack said not to be is not the one;
      // when nothing else is in the clause, the next one still speaks of SQL.
      const kept = withoutDeniedServicePack(clause);
      if (kept !== clause.slice(0, 400) && !/[0-9]/.test(kept)) continue;
      const sp = parseSqlServicePack(kept);
      if (sp) {
        facts.sql = { ...facts.sql, sp: sp.sp, cu: sp.cu ?? facts.sql.cu, raw: `${facts.sql.raw} ${kept.trim().replace(/\s+/g, ' ')}`.slice(0, 60) };
        continue;
      }
    }
    continuing = false;
    const topical = kws.filter((k) => k.topic !== 'noise');
    const lastKw = topical[topical.length - 1];
    lastTopic = lastKw ? (lastKw.topic === 'family' ? 'endpoint' : lastKw.topic) : null;
    let clauseHasSql = false;
    let levelInClause = false;
    const windowsBefore = facts.windows;
    const sqlBefore = facts.sql;
    /** Keywords already read as the second of two alternatives ("TC 7.3.3 or CE 9.15"). */
    let skipTo = -1;
    /** "We won't upgrade to CE 9.15 until next quarter", 「CE 9.15 にはまだ上げません」: releases not run yet (readers-c #3). */
    const notYet = releasesNotYet(clause);
    for (let i = 0; i < kws.length; i++) {
      if (i <= skipTo) continue;
      const kw = kws[i];
      if (unchangedFrom >= 0 && kw.start >= unchangedFrom && kw.topic !== 'noise') continue;
      if (kw.topic === 'family' && notYet.some(([a, b]) => kw.start >= a && kw.start < b)) continue;
      const segEnd = i + 1 < kws.length ? kws[i + 1].start : clause.length;
      let after = clause.slice(kw.end, segEnd);
      const segment = after;
      // An IP address is not a version ("endpoint 10.0.0.5", "TMS at 10.1.2.3 is 15.2.1").
      if (kw.topic !== 'family' && IPV4_LIKE.test(after)) after = after.replace(IPV4_GLOBAL, ' ');
      // A change inside the clause: the value after the last "→" / "to" is the current one
      // ("TMS went 14.5 → 15.1", "moved TMS from 14.6 to 15.3", "14.6 から 15.3 に").
      // The change must be this topic's: "Win2019 Medium → Medium-High" changes the level, not
      // Windows (nothing after the arrow is a number, and the next keyword is another topic's).
      if (changes && kw.topic !== 'noise') {
        const cut = changeCut(after, clause);
        const nx = kws[i + 1];
        const chained = !!nx && (nx.topic === kw.topic || (nx.topic === 'family' && kw.topic === 'endpoint'));
        if (cut >= 0 && unchanged) {
          after = after.slice(0, cut);
        } else if (cut >= 0) {
          const changed = after.slice(cut);
          if (kw.topic === 'level' ? levelIn(changed.toLowerCase()) !== null : /\d/.test(changed) || chained || !/\d/.test(after.slice(0, cut))) {
            after = changed;
            // The endpoints named before were changed to this one ("TC 7.3.3 の端末を 7.3.6 に"):
            // they are not a mixed fleet, unless the sentence says so ("the rest were upgraded to…").
            if ((kw.topic === 'endpoint' || kw.topic === 'family') && /\d/.test(changed) && facts === stated && !mixed()) endpoints.length = 0;
          }
        }
      }
      // "We upgraded from TMS 14.6.2 last year", "we migrated from Windows 2008 R2", 「SQL 2008 R2 から移行しました」: the
      // release a change started from, its target not named here, is not the current one: nothing is read (QA51 #1, #2).
      // ("we haven't migrated from Windows 2008 R2 yet", "we still have to migrate from SQL 2008 R2", 「SQL 2008 R2 からの移行は
      // まだです」: still the current one, REV24 #4.)
      if ((kw.topic === 'tms' || kw.topic === 'sql' || kw.topic === 'windows') && releaseLeftBehind(clause, kw.start, segment) && changeCut(segment, clause) < 0 && !negatesChange(clause) && !changeNotDone(clause)) continue;
      let rest = after.replace(FILLER, '');
      // "TMS is not 15.2.1 but 14.6.2", "SQL isn't 2016, rather 2008 R2", "level is not Medium but Medium-High":
      // the value said not to be is never taken; the clause after it ("but 14.6.2"), when it names no
      // topic, continues this one.
      const denied = kw.topic !== 'noise' && !asking ? NEGATED_LEAD.exec(rest) : null;
      if (denied) {
        deny(kw.topic, rest.slice(denied[0].length));
        if (kw.topic === 'level') levelInClause = true;
        continuing = true;
        continue;
      }
      // "14.5 ではなく 15.6": the value after ではなく replaces the one before it.
      const neg = kw.topic !== 'noise' && kw.topic !== 'level' ? NEGATED_AFTER.exec(rest) : null;
      if (neg) {
        deny(kw.topic, neg[0].replace(/(?:では|じゃ|だ|です|と思).*$/s, ''));
        rest = rest.slice(neg[0].length);
        // 「TMS のバージョンは 15.2.1 ではなく、15.13 でした」: the value comes in the next clause, which continues this topic.
        if (!rest.trim()) continuing = true;
      }
      // "TMS is 14 or 15", 「TMS は 14 か 15」, "TC 7.3.3 or CE 9.15": the user does not know which, so
      // neither is the value when the answer depends on it (a problem for the field: its question is
      // asked, saying what each would mean). When both answer the same ("15.1/15.2"), the first is kept.
      // In a question ("TC 7.3.3 or CE 9.15 — which one matters?") neither is taken, and nothing is doubted.
      const offers = MAY_OFFER.test(rest);
      if (!offers) {
        // no "or" (nor a slash, "maybe", か…) in the segment: no alternatives
      } else if (kw.topic === 'tms' || kw.topic === 'sql' || kw.topic === 'windows') {
        const alt = offeredAlternatives(kw.topic, rest);
        if (alt?.problem) {
          if ((facts === stated || facts === weak) && mode !== 'asked') problems.push(alt.problem);
          continue;
        }
      } else if ((kw.topic === 'family' || kw.topic === 'endpoint') && !mixed()) {
        const head = kw.topic === 'family' ? `${clause.slice(kw.start, kw.end)} ${rest}` : rest;
        const nx = kws[i + 1];
        // The second alternative may be a family keyword of its own: "TC 7.3.3 or CE 9.15".
        const tail = nx && nx.topic === 'family' ? clause.slice(nx.start, i + 2 < kws.length ? kws[i + 2].start : clause.length) : '';
        const alt = offeredAlternatives('endpoint', head + tail);
        if (alt) {
          if (alt.length > head.length) skipTo = i + 1;
          if (alt.problem) {
            if ((facts === stated || facts === weak) && mode !== 'asked') problems.push(alt.problem);
          } else {
            take('endpoint', alt.first as ParseResult<EndpointVersion>, (v) => (facts.endpoint = v), true);
          }
          continue;
        }
      }
      const startsWithNumber = STARTS_WITH_NUMBER.test(rest);
      // A version said to be wrong is not a value: "TC7.3.5 not TC7.3.6", "TC7.3.6 ではなく TC7.3.5".
      // 「SQL は 2014 SP2 ではなく SP1 でした」: a service pack alone after the SQL version denied is that release's.
      const spAfterDenied = kw.topic === 'sql' && !startsWithNumber && negatedFacts.sql ? parseSqlServicePack(rest) : null;
      if (spAfterDenied && negatedFacts.sql) {
        const q = negatedFacts.sql;
        take('sql', { ok: true, value: { ...q, sp: spAfterDenied.sp, cu: spAfterDenied.cu, build: null, raw: `${q.year}${q.r2 ? ' R2' : ''} SP${spAfterDenied.sp}` } }, (v) => (facts.sql = v), false);
        clauseHasSql = true;
        continue;
      }
      if (kw.topic !== 'noise' && kw.topic !== 'level' && NEGATED_BEFORE.test(clause.slice(Math.max(0, kw.start - 20), kw.start))) {
        deny(kw.topic, kw.topic === 'family' ? `${clause.slice(kw.start, kw.end)} ${rest}` : rest);
        continuing = true;
        continue;
      }
      if (kw.topic !== 'noise' && kw.topic !== 'level' && neg && !startsWithNumber) continue;
      switch (kw.topic) {
        case 'family': {
          const keyword = clause.slice(kw.start, kw.end);
          // "the older SX20s on TC7.3.3 are fine": the endpoints said to work are not the failing ones. ("TC 7.3.3 is OK at
          // Medium-High": the release under a level's condition is a case asked about, read into the asked values.)
          if ((WORKING_AFTER.test(rest.slice(0, 80)) || FAIL_DENIED_AFTER.test(rest.slice(0, 80))) && !levelCondition && !(question && last && PRAISE_ASKED.test(rest))) break;
          // "Rolled back to TC 7.3.5, works again", "we rolled the SX20s back to TC7.3.5 and they work again": the release a rollback
          // restored service on is not the failing one, with the family word as without it (REV10 #2; JA: 「TC7.3.5 に戻したら直りました」).
          if (rolledBackToWorking(clause, sentence)) break;
          // "TC7.3.6", "CE 9.15", "CEは9.15", "s52010ce9_15_3". A family word with no number is ignored,
          // except RoomOS: every RoomOS release refuses TLS 1.0, so "the boards are on RoomOS" decides
          // (stated only; not when a number follows that was not read, nor in a question).
          if (startsWithNumber || /^x/i.test(rest)) {
            take('endpoint', parseEndpoint(`${keyword} ${rest}`), (v) => (facts.endpoint = v), true);
          } else if (/^room/i.test(keyword) && (mode === 'stated' || mode === 'past' || facts === askedFacts || facts === supposedFacts) && !facts.endpoint) {
            take('endpoint', parseEndpoint('RoomOS'), (v) => (facts.endpoint = v), false);
          }
          break;
        }
        case 'endpoint':
          if (WORKING_AFTER.test(rest.slice(0, 80)) && !levelCondition && !(question && last && PRAISE_ASKED.test(rest))) break;
          // ("rolled the codecs back to 7.3.5, works again": as above.)
          if (rolledBackToWorking(clause, sentence)) break;
          if (startsWithNumber || DOTTED.test(rest)) {
            take('endpoint', parseEndpoint(rest), (v) => (facts.endpoint = v), startsWithNumber);
          }
          break;
        case 'tms':
          // "TMS now runs on 2019", "we moved the TMS server to 2019": the year is where TMS runs (its Windows, read below),
          // never a TMS release to warn about (left-c #2).
          if (/^20(?:08|12|16|19|22|25)(?![\d.])/.test(rest) && (TMS_HOST_EN.test(segment) || TMS_HOST_JA.test(segment) || tmsMovedToYear(clause) !== null)) break;
          if (startsWithNumber || DOTTED.test(rest)) {
            // "btw the other TMS is 14.6", "test TMS 14.6", 「拠点BのTMSは14.6です」: another server's release, not this one's.
            // ("their TMS is 14.6", "the customer's TMS is 14.6.2, ours is 15.13": another organisation's TMS is another
            // server only beside the user's own; alone it is this incident's TMS, QA51 #1.)
            const foreign = (facts === stated || facts === weak) && foreignTmsBefore(clause.slice(Math.max(0, kw.start - 60), kw.start));
            // ("another customer's TMS 15.2": "another" makes it another server even with no own TMS said, QA57 #2.)
            // ("TMS 14.6 in the lab", "in our lab we run TMS 14.6", 「ラボでは TMS 14.6」: the lab's TMS, as "lab TMS 14.6" is; FIX63C #2b.)
            const named = facts === stated || facts === weak ? (foreign && ownTms() ? 'other' : tmsOfOtherServer(clause, kw.start, kw.end)) : null;
            // ("we run TMS 15.9 in production and TMS 14.6 in the lab": the lab's place right after the release, production named too.)
            const inLab = !named && (facts === stated || facts === weak) && ((otherScope && labScope) || LAB_AFTER_RELEASE.test(rest.slice(0, 80)));
            const other = named ?? (inLab ? 'other' : null);
            if (other) {
              const r = parseTms(rest);
              // ("lab TMS 15.13 works, prod TMS 15.2 fails": a server said to work is not another one to fix.)
              // ("our other TMS is 15.13, no issues there", 「…15.13で、そちらは問題ない」: the works-words may sit in the next clause.)
              const at = segEnd === clause.length ? sentence.indexOf(clause) : -1;
              const more = at >= 0 ? sentence.slice(at + clause.length, at + clause.length + 80) : '';
              if (r.ok && !tmsSaidToWork(rest + more)) tmsAll.push({ v: r.value, other });
              else if (r.ok && facts === stated) otherWorking.push(r.value);
              // (In the lab's place the scope stays the place's, "in the lab, TMS is 14.6 and SQL 2008 R2".)
              if (r.ok && !inLab) {
                otherScope = true;
                labScope = false;
                scopeSentence = sentence;
                // ("…, same at another customer (TMS 15.2, Windows 2008 R2)": a bracket opened before it, QA57 #2.)
                scopeWhole =
                  sentence.replace(/^[\s、,;:：]+/, '').startsWith(clause.trimStart()) ||
                  /[(（][^)）]*$/.test(clause.slice(kw.end)) ||
                  (other === 'other' && /[(（][^)）]*$/.test(clause.slice(0, kw.start)));
              }
              break;
            }
            // (「TMSの2号機」, "TMS node 2": a node's number, not the release.)
            const release = withoutNodeNumbers(rest);
            if (release !== rest && !DOTTED.test(release) && !STARTS_WITH_NUMBER.test(release.trimStart())) break;
            take('tms', parseTms(release), (v) => (facts.tms = v), startsWithNumber);
            otherScope = false;
          }
          break;
        case 'sql':
          // ("lab TMS 14.6.2 with local SQL 2008 R2": the other server's SQL.)
          if (otherScope) break;
          clauseHasSql = true;
          // "SQL is on a 2016 server", 「SQLは2016サーバー上です」: the release of SQL's Windows host, not SQL's (QA37 B3).
          if (SQL_ON_HOST_YEAR.test(rest)) break;
          if (YEARISH.test(rest) || DOTTED.test(rest)) {
            take('sql', parseSql(rest), (v) => (facts.sql = v), true);
          }
          break;
        case 'windows':
          // "SQL 2014 SP2 runs on a separate server, that server is 2016", "…is remote; its host runs 2019": after SQL was put
          // elsewhere, the machine named back is SQL's host, not the TMS server (REV7 #6): no Windows release.
          if (kw.backRef && (sqlLocation === 'remote' || lastTopic === 'sql')) break;
          // "- SQL server: separate VM, Windows Server 2008 R2, SQL Server 2012 SP1", "The database is on a separate Windows
          // Server 2012 R2 box": the release of the SQL machine, not the TMS server's (QA39 #4; understand/sql-host.ts).
          if (windowsOfSqlHost(sentence, clause, Math.max(0, sentence.indexOf(clause)) + kw.start)) break;
          // "The SQL backup server runs Windows 2008 R2": another named machine's release (QA40 7c; understand/sql-host.ts).
          if (windowsOfOtherMachine(sentence, clause)) break;
          // ("lab TMS 14.6.2 on Windows 2008 R2": the other server's Windows.)
          if (otherScope) break;
          if (YEARISH.test(rest) || startsWithNumber || /^nt\s?6\.[0-3](?![\d.])/i.test(rest)) {
            take('windows', parseWindows(rest), (v) => (facts.windows = v), YEARISH.test(rest));
          }
          break;
        case 'level': {
          const r = levelAfterKeyword(clause, kw, rest, segEnd);
          if (r && r.ok && levelsCount) {
            facts.level = r.value;
            if (facts === stated) got.add('level');
          }
          if (r && r.ok) levelInClause = true;
          break;
        }
        case 'noise':
          break;
      }
    }
    // "TC 7.3.3 and CE 9.15 both fail", "TC 7.3.3 fails and CE 9.15 works": the result said for each release
    // (only where the clause states it, with no change in it: "upgraded from TC 7.3.3 to CE 9.15, now it fails").
    // ("TC 7.3.3 or CE 9.15 fails": alternatives, not two groups.)
    if (facts === stated && mode === 'stated' && !changes && RELEASE_SAID.test(clause) && !MAY_OFFER.test(clause)) results.push(...endpointResultsIn(clause));
    // HTTP vs HTTPS management, last signal wins; a clause describing TMS's fallback to HTTP
    // (the symptom itself: "falls back to HTTP and gets a 301") says nothing about it.
    if (asking) {
      // Nothing else in a question is the user's setting either.
      if (supposing) lastTopic = null;
      sqlClauseBefore = false;
      continue;
    }
    if (HTTP_WORD.test(clause)) {
      const read = httpManagementIn(clause, sentence, subjectBefore);
      // ("port 443 answers in plain HTTP", "if port 443 answers with HTTP, what then?": the HTTPS port not speaking TLS, not HTTP management.)
      const said = read === 'http' && portPlainHttpSentence(sentence, portPlainKeys) ? null : read;
      if (said === 'https') https = true;
      else if (said === 'http') https = false;
      else if (said === 'others') othersOverHttp = true;
      else if (said === 'unclear') httpUnclear = true;
    }
    // "TMS 15.2 on 2012 R2", 「TMS を 2012 R2 で動かしています」: where TMS runs is its Windows release.
    // "TMS 15.5 on 2012 R2 with local SQL 2014 SP2": with SQL named after it, only TMS's own segment (up to
    // the SQL keyword) says where TMS runs.
    if (facts.windows === windowsBefore && !otherScope && !topical.some((k) => k.topic === 'windows')) {
      const tmsAt = topical.findIndex((k) => k.topic === 'tms');
      const sqlAt = topical.findIndex((k) => k.topic === 'sql');
      if (tmsAt >= 0 && (sqlAt < 0 || sqlAt > tmsAt)) {
        const own = sqlAt < 0 ? clause : clause.slice(0, topical[sqlAt].start);
        // ("we moved the TMS server to 2019 last week", 「TMS サーバを 2019 に移行しました」: moved onto it, done: left-c #2.)
        const moved = endsAsQuestion(sentence) ? null : tmsMovedToYear(own);
        const host = TMS_HOST_EN.exec(own)?.[1] ?? TMS_HOST_JA.exec(own)?.[1] ?? moved;
        if (host) take('windows', parseWindows(host), (v) => (facts.windows = v), false);
      }
    }
    // "2019 DC", "2012 R2 Datacenter": a Windows edition after a year names the Windows release.
    if (facts.windows === windowsBefore && !otherScope) {
      const ed = WINDOWS_EDITION_GATE.test(clause) ? WINDOWS_EDITION.exec(clause) : null;
      if (ed) take('windows', parseWindows(ed[0]), (v) => (facts.windows = v), false);
    }
    // "2008 R2 Express" without the word SQL: SQL Express of that release.
    if (facts.sql === sqlBefore && !otherScope) {
      const ex = SQL_EXPRESS_GATE.test(clause) ? SQL_EXPRESS_EDITION.exec(clause) : null;
      if (ex) {
        take('sql', parseSql(ex[0]), (v) => (facts.sql = v), false);
        clauseHasSql = true;
      }
    }
    // Where SQL runs, in the SQL clause or in a clause right after it that names no other topic
    // ("SQL は 2012 SP4、別サーバではなく同じサーバです", "SQL 2012, not remote").
    // "not installed on the TMS server" (a clause about the protocols, "we disabled TLS 1.0 on the TMS
    // server", says where those were changed, not where SQL runs).
    // A clause about a tool or a change ("applied IIS Crypto on the TMS server") is not about SQL's place;
    // and a place said in the SQL clause itself ("on a separate database server") stands unless corrected.
    const onlyPlace = topical.every((k) => k.topic === 'tms') && !PROTOCOL_NAMED.test(clause) && !CHANGE_PLACE.test(clause);
    // "SQL was local, but we moved it to a separate server", 「同居でしたが別サーバに移しました」: where it was moved to is
    // where it runs now, whatever was said of its place before (understand/sql-move.ts).
    let copyHere = false;
    const movedTo: ReturnType<typeof sqlMovedTo> = otherScope ? null : sqlMovedTo(clause, clauseHasSql || sqlClauseBefore || (firstClause && !!ctx?.sqlPlaceBefore));
    if (movedTo === 'local' || movedTo === 'remote') {
      sqlLocation = movedTo;
      sqlOnNode = false;
    } else if (movedTo === 'not-moved') {
      // (a move that did not happen says nothing of the place)
    } else if (otherScope) {
      // (the other server's SQL place is not this one's)
    } else if (clauseHasSql || (sqlClauseBefore && onlyPlace && (sqlLocation === null || CORRECTION.test(clause))) || (copyHere = copyOnTmsIn(clause, sentence, sqlClauseBefore))) {
      // ("SQL used to be on a separate box", 「以前は別VMのSQLでしたが今は…」: a past place is not SQL's place now: QA40 #5.)
      // ("SQL 2016 is remote. No SQL instance is installed on the TMS server anymore": REV9 #3, not a place of SQL.)
      const place = parseSqlPlace(sqlPlaceNow(withoutCopyNotOnTms(withoutExceptionRemote(clause.toLowerCase()))));
      // "AlwaysOn, with a replica on the TMS server itself; the primary is on a separate cluster": the copy on the TMS
      // server keeps SQL local for this message (the SQL caveats hold), unless the user corrects it (QA39 #1).
      if (place.location === 'local' && (copyHere || (clauseHasSql && copyOnTmsIn(clause, sentence, true)))) copyOnTms = true;
      else if (place.location === 'remote' && copyOnTms && !CORRECTION.test(clause)) place.location = 'local';
      // ("SQL 2008 R2 on the TMS server. TMS shows "cannot connect to the remote SQL Server"": the user's "local" stands.)
      const quotedOnly: boolean = place.location === 'remote' && (sqlLocation ?? (ctx?.sqlLocalBefore ? 'local' : null)) === 'local' && !CORRECTION.test(clause) && remoteOnlyQuoted(sentence, clause);
      const loc: 'local' | 'remote' | null = quotedOnly ? null : place.location;
      if (loc) sqlLocation = loc;
      // ("SQL is on node 1 only": one node of a redundant pair, W3.)
      if (loc) sqlOnNode = place.onNode;
    }
    sqlClauseBefore = clauseHasSql || !!movedTo || (sqlClauseBefore && onlyPlace);
    firstClause = false;
    if (!levelInClause && levelsCount) {
      // "Medium-High" / "Medium" / ミディアム are specific enough without a keyword ("TMS is at Medium").
      const named = levelNamedIn(clause, changes, unchanged);
      if (named?.denied) {
        deny('level', named.said);
        continuing = true;
      }
      // ("we set logging to verbose and then set it to High": "it" may be the logging; no level recorded, left-d #2.)
      const r = named && !named.denied && !itAfterALogWord(clause, sentence) ? parseLevel(named.said) : null;
      if (r && r.ok) {
        facts.level = r.value;
        if (facts === stated) got.add('level');
      }
    }
  }
  facts = stated;
  if (plannedSql && stated.sql === undefined) {
    stated.sql = plannedSql;
    got.add('sql');
  }
  if (plannedWindows && stated.windows === undefined) {
    stated.windows = plannedWindows;
    got.add('windows');
  }
  if (plannedTms && stated.tms === undefined) {
    stated.tms = plannedTms;
    got.add('tms');
    tmsAll.push({ v: plannedTms, other: null });
  }
  // A past value counts only when nothing current was said for its field.
  for (const k of Object.keys(weak) as (keyof Facts)[]) {
    if (facts[k] === undefined) {
      (facts as Record<string, unknown>)[k] = weak[k];
      got.add(k as Field);
      if (k === 'endpoint' && weak.endpoint) endpoints.push(weak.endpoint);
    }
  }
  if (facts.endpoint === undefined && scopedEndpoints.length) {
    endpoints.push(...scopedEndpoints);
    facts.endpoint = scopedEndpoints[scopedEndpoints.length - 1];
    got.add('endpoint');
  }
  if (sqlLocation) facts.sqlLocation = sqlLocation;
  if (sqlLocation === 'local' && sqlOnNode) facts.sqlOnNode = true;

  // Several endpoint versions, some affected and some not, and no correction: answer for the
  // affected ones and say so (the engine shows mixedEndpoints).
  const populations = endpointPopulations(s, facts, endpoints, results, problems, saysCorrection);
  const workingOnly = populations.workingOnly;
  let mixedEndpoints = populations.mixedEndpoints;
  // Several TMS servers, another server's release, a replacement, prod and test, sites: which TMS is this incident's.
  const oneOther = severalTmsServers(s, facts, got, problems, tmsAll, saysCorrection, saysTmsPath);
  const replacedOrEnvs = tmsReplacedOrChecked(s, facts, got, problems, saysCorrection, saysTmsPath);
  // "prod is 14.6", 「本番は14.6です」 with no TMS release read otherwise: production's is the case's TMS (FIX60A #1).
  if (!replacedOrEnvs && !got.has('tms')) prodTmsSaid(s, facts, got);
  // (The site answered for, read from its own text: its endpoints and models are this incident's.)
  const site = !ctx?.siteText && !replacedOrEnvs && tmsAll.length > 1 && !saysCorrection() && !saysTmsPath() ? failingSite(s, facts, got) : null;
  if (site) mixedEndpoints = site.mixedEndpoints;
  const siteModels = site ? (site.facts.endpointModels ?? []) : null;
  workingTmsServers(s, facts, got, tmsAll, otherWorking);

  // A message of version facts alone ("TMS 15.2.1", "SQL Server 2012 SP4 on the TMS server", factsOnlyMessage): the readers of
  // the level left or gone back, Telnet, Behind Firewall, protocol claims and other products, how many fail, models, the symptom,
  // steps framed and servers replaced each need a word such a message does not have; they are not run for one.
  // test/domain/extract-facts-only.test.ts reads every message of the profile's words up to three, and thousands longer, with
  // every context, both ways and compares the extractions.
  const factsOnly = factsOnlyGate && typeof text === 'string' && factsOnlyMessage(text);
  if (!factsOnly) {
    levelSaidOfMessage(s, facts, beforePending);
    telnetSaid(s, facts);
  }
  if (https !== null) facts.https = https;
  const { bf, bfModels } = factsOnly ? NO_BEHIND_FIREWALL : behindFirewallFacts(s, facts);
  if (!factsOnly) {
    claimsAndProducts(s, facts);
    failingScope(s, facts, oneOther, workingOnly);
  } else {
    // ("tms endpoints", "TMS 15.2.1 codecs": the endpoints named beside TMS fail too; read as before.)
    endpointsFailSaid(s, facts);
    if (workingOnly) workingOnlyScope(facts);
  }
  sqlBuildApart(s, facts);
  if (!factsOnly) endpointModelsSaid(s, facts, problems, siteModels);
  else if (siteModels) modelsOfSite(facts, siteModels);
  // The symptom named: "Wrong username or password", "Authentication failed, not No HTTPS response" is not
  // this problem's (knowledge.md §Symptom); "No HTTPS response" said as seen is.
  const symptom = factsOnly ? NO_SYMPTOM : symptomIn(s);
  // ("Navigator: Authentication failed. Wireshark: Client Hello TLSv1 then RST from the codec": the reset
  // after the hello is this problem's own mark, so the label does not make it another problem.)
  if (symptom.other && !symptom.helloReset) facts.otherSymptom = symptom.other;
  if (!factsOnly) {
    stepsFramedNotDone(s, facts);
    replacedServerWindowsSaid(s, facts, got, problems);
  }

  // Keep the last problem per field, only for fields that ended up without a value.
  const seen = new Set<string>();
  const kept: ParseProblem[] = [];
  for (let i = problems.length - 1; i >= 0; i--) {
    const p = problems[i];
    if (got.has(p.field) || seen.has(p.field)) continue;
    seen.add(p.field);
    kept.unshift(p);
  }
  const out: Extraction = { facts, problems: kept, lang };
  if (mixedEndpoints) out.mixedEndpoints = mixedEndpoints;
  if (workingOnly) out.workingEndpoints = workingOnly;
  if (Object.keys(askedFacts).length) out.asked = askedFacts;
  if (Object.keys(supposedFacts).length) out.supposed = supposedFacts;
  if (othersOverHttp && https !== false) out.othersOverHttp = true;
  if (httpUnclear && https === null && !othersOverHttp) out.httpSubjectUnclear = true;
  if (symptom.noHttps) out.noHttpsSaid = true;
  if (bfModels) out.behindFirewallModels = bfModels;
  if (bf && !bf.on) out.behindFirewallOff = bf.models;
  if (symptom.noHttpsDenied && !symptom.noHttps) out.noHttpsDenied = true;
  const negated = (Object.keys(negatedFacts) as (keyof Facts)[]).filter((k) => facts[k] === undefined);
  if (negated.length) out.negated = Object.fromEntries(negated.map((k) => [k, negatedFacts[k]])) as Partial<Facts>;
  return out;
}

/**
 * The fix's steps as a plan, a condition, a request, someone's advice or another server's ("If I check the keys, set
 * Medium-High and restart IIS, will it still fail?", 「別の TMS サーバーでは…Medium-High にして再起動したら直りました」): the level
 * and the restart it names are not this TMS's (QA46 W1, W2); "it works there" is no part of this one working.
 */
function stepsFramedNotDone(s: string, facts: Partial<Facts>): void {
  const framed = stepListFramedIn(s.toLowerCase());
  if (!framed) return;
  if (facts.level === 'medium-high') delete facts.level;
  const c = facts.tlsClaims;
  if (c) {
    const { restarted: _r, levelRaised: _l, keysChanged: _k, ...rest } = c;
    const left = framed.otherServer ? (({ tls12: _t, ...r }) => r)(rest) : rest;
    if (Object.keys(left).length) facts.tlsClaims = left;
    else delete facts.tlsClaims;
  }
  if (framed.otherServer && facts.scope === 'some') delete facts.scope;
}

/**
 * HTTP vs HTTPS management said in a clause that names http: over HTTPS, over plain HTTP, HTTP said of other devices, or
 * HTTP said of devices it is unclear whose; null when nothing is said (a clause describing TMS's fallback to HTTP, the symptom
 * itself: "falls back to HTTP and gets a 301", says nothing about it).
 */
function httpManagementIn(clause: string, sentence: string, subjectBefore: HttpSubject | 'unclear' | null): 'https' | 'http' | 'others' | 'unclear' | null {
  if (httpWorksHttpsFails(sentence)) return 'https';
  if (FALLBACK_CONTEXT.test(clause)) return null;
  // "port 443 answers in plain HTTP, not TLS": the HTTPS port not speaking TLS, not TMS managing it over HTTP (QA55 #2).
  if (portAnswersPlainHttp(clause) || portAnswersPlainHttp(sentence)) return null;
  const f = lastIndex(HTTPS_FALSE, clause);
  const t = lastIndex(HTTPS_TRUE, clause);
  // "we also have 2 MXPs, those are managed over http", 「MXPはHTTPで管理してます」: HTTP said of OTHER devices is
  // theirs, not the failing endpoints' (kept apart for the note); HTTPS said of them still counts (raised-failing.ts).
  const on = f < 0 && t < 0 ? ON_HTTP.exec(clause) : null;
  const at = on ? on.index : f;
  const who = at > t ? (httpSubjectIn(clause, at) ?? httpSubjectIn(clause) ?? subjectBefore) : null;
  if (who === 'others') return 'others';
  if (who === 'unclear') return 'unclear';
  if (!on && (f >= 0 || t >= 0)) return t > f ? 'https' : 'http';
  return null;
}

/**
 * A level named without a keyword in a clause: what it says (`said`, the value to parse) and whether the clause says the level
 * is not that one (`said` is then the words denied). Null when the clause names none.
 */
function levelNamedIn(clause: string, changes: boolean, unchanged: boolean): { said: string; denied: boolean } | null {
  // After a change, the level after its last marker ("from Medium to Medium-High", "Medium → after
  // the change to Medium-High", 「Medium から Medium-High に」).
  const cut = changes ? changeCut(clause, clause) : -1;
  // A change that did not happen ("we haven't switched from Medium to Medium-High"): only what comes before it.
  const from = unchanged ? 0 : cut >= 0 && LEVEL_ANYWHERE.test(clause.slice(cut)) ? cut : 0;
  // ("from Medium to High": High or Low right after the change's last marker is the level now.)
  const after = !unchanged && cut >= 0 ? /^\s?(high|low)(?![a-z-])/i.exec(clause.slice(cut)) : null;
  const m = after ?? levelAnywhereIn(unchanged && cut >= 0 ? clause.slice(0, cut) : clause.slice(from));
  // "TMS is not at Medium-High (but Medium)": a level said not to be is not the level.
  const at = (after ? cut : from) + (m?.index ?? 0);
  const notThis = !!m && LEVEL_NEGATED_BEFORE.test(clause.slice(Math.max(0, at - 24), at));
  if (!m) return null;
  // "set the log level to High", "we set TMS logging to High": a log's level, not Communication Security's (left-c #1).
  if (!notThis && levelOfALog(clause, at)) return null;
  return notThis ? { said: m[0], denied: true } : { said: m[1] ?? m[2] ?? m[3] ?? m[0], denied: false };
}

/** The level a level keyword names ("security level is Medium-High", "High security setting", 「中」 alone), parsed; null when none. */
function levelAfterKeyword(clause: string, kw: Keyword, rest: string, segEnd: number): ReturnType<typeof parseLevel> | null {
  // "log level is High", "debug level is high", 「ログレベルはLowです」: the level of a log, not Communication Security (QA37 A5).
  if (LOG_LEVEL_BEFORE.test(clause.slice(Math.max(0, kw.start - 16), kw.start))) return null;
  // English words and katakana via levelIn (kanji removed so 確認中 is not "medium");
  // a kanji level (中 高 低 中高) only when it stands alone.
  const lv = levelIn(rest.toLowerCase().replace(/[\u3400-\u9fff]/g, ' '));
  const kanji = lv ? null : LEVEL_JA_KANJI.exec(rest);
  // ("security team wants High": High or Low not stated as the setting is no level.)
  // ("level is Low in TMS tools": the segment ends before "TMS", so the words after it are read too.)
  const otherSense = (lv === 'high' || lv === 'low') && !highOrLowAsSetting(rest + clause.slice(segEnd, segEnd + 16));
  // "TMS 15.9 high security level", "Medium-High security setting": the level named before its keyword.
  const before = lv || kanji || !LEVEL_KEYWORD_NAMED.test(clause.slice(kw.start, kw.end)) ? null : LEVEL_BEFORE_KEYWORD.exec(clause.slice(Math.max(0, kw.start - 40), kw.start));
  return lv && !otherSense ? parseLevel(lv) : kanji ? parseLevel(kanji[1]) : before && levelBeforeInTms(clause, kw, before[0].length) ? parseLevel(before[1]) : null;
}

/** One clause of the message, with what its sentence says about it (read once, before the clauses are read in order). */
interface ReadClause { clause: string; asked: boolean; question: boolean; follow: boolean; mixed: () => boolean; mode?: ClauseMode; narrative: boolean; last: boolean; sentence: string; doubted?: boolean }

/** The message's sentences cut into clauses, each with its sentence's reading (a sentence that is one clause keeps its mode). */
function clausesOf(s: string): ReadClause[] {
  const clauses: ReadClause[] = [];
  // ("Please confirm whether it is safe…: TMS 15.9, CE 9.15.3": the versions after the request's colon are stated on their
  // own; a plan before the colon, "Please confirm the upgrade to: TMS 15.13", keeps its sentence whole.)
  const sentenceList = sentencesOf(s).flatMap((x) => (planListStart(x) >= 0 ? [x] : factsAfterRequest(x)));
  for (const [sentenceAt, sentence] of sentenceList.entries()) {
    // "Please confirm the upgrade to: TMS 15.13", "We plan to upgrade to: TMS 15.13, CE 11", 「予定：TMS 15.13、CE 11 に
    // 上げます」: every release after the colon is a target to come, none of them the current one (one planned clause).
    if (planListStart(sentence) >= 0) {
      clauses.push({ clause: sentence, asked: false, question: false, follow: false, mixed: () => false, mode: 'planned', narrative: false, last: true, sentence });
      continue;
    }
    const sentenceMode = classifyClause(sentence);
    // "Server is 2012 R2? I need to check", 「2012 R2？確認します」: a rising value the next sentence doubts is not stated (QA37 B11).
    const doubtedNext = /[?？]\s*$/.test(sentence) && DOUBT_NEXT.test(sentenceList[sentenceAt + 1] ?? '');
    const asked = sentenceMode === 'asked';
    // A hypothetical sentence that asks ("would CE 9.15 still need this?"): its versions are a case to answer.
    const question = asked || endsAsQuestion(sentence);
    const parts = sentence.split(CLAUSE_SPLIT).filter((c) => c);
    // 「…にアップグレードしたら、…になりました」: what happened, not a supposition (its たら clause states).
    // 「CE9.15にしたら」 alone: the report's start cut short (QA round 22 M4), read as 「CE9.15に上げたら」.
    const narrative = !question && (JA_NARRATIVE.test(sentence) || (sentence.includes('したら') && JA_RELEASE_THEN.test(sentence)));
    // "some on TC 7.3.3, others on CE 9.15": endpoints joined by "or" describe a mixed fleet here
    // (read only when a clause needs it).
    let mixedRead: boolean | undefined;
    const mixed = () => (mixedRead ??= MIXED_FLEET.test(sentence));
    // The clause that carries the question mark and opens like a follow-up ("and for our RoomOS 11
    // boards?", "what about TC 7.3.3?", 「RoomOS 11 のボードは？」) asks about its values, unless it
    // links a topic to its value ("and the SQL is 2014 SP2?": a statement with a rising tone).
    parts.forEach((clause, i) =>
      clauses.push({ clause, asked, question, follow: i === parts.length - 1 && /[?？]\s*$/.test(sentence) && FOLLOW_UP_LEAD.test(clause) && !statesFollowUp(clause), mixed, mode: clause === sentence ? sentenceMode : undefined, narrative, last: i === parts.length - 1, sentence, ...(doubtedNext && i === parts.length - 1 ? { doubted: true } : {}) }),
    );
  }
  return clauses;
}

/** Several endpoint releases read: a mixed fleet (answer for the affected ones), groups each with its result, or only the working ones named. */
function endpointPopulations(s: string, facts: Partial<Facts>, endpoints: EndpointVersion[], results: EndpointResult[], problems: ParseProblem[], saysCorrection: () => boolean): { mixedEndpoints: EndpointVersion[] | undefined; workingOnly: EndpointGroup[] | undefined } {
  let mixedEndpoints: EndpointVersion[] | undefined;
  let workingOnly: EndpointGroup[] | undefined;
  // "upgraded from TC7.3.3 to ce9.12.3", 「TC 7.3.3 から CE 9.15 にアップグレード」: an upgrade path, not two populations.
  // ("endpoints from TC7.3.3 to TC7.3.21", with no upgrade said, is a range across the fleet.)
  // ("endpoints are actually TC 7.3.3 and CE 9.15.3": a correction word before a plain list corrects what was held before,
  // not one release of the list by the other: still a mixed fleet, QA round 33 F7.)
  // ("…before we upgraded it to CE 9.15, it was on CE 8.0.1 then": the release it ran before, not a second group, QA59 #7.)
  const said = endpoints.length > 1 && UPGRADE_VERB.test(s) ? previousReleaseSaid(s) : null;
  const before = said ? parseEndpoint(said) : null;
  const previous = !!before?.ok;
  if (before?.ok && facts.endpoint && facts.endpoint.family === before.value.family && facts.endpoint.semver === before.value.semver) {
    const now = endpoints.filter((e) => !(e.family === before.value.family && e.semver === before.value.semver));
    if (now.length) facts.endpoint = now[now.length - 1];
  }
  if (endpoints.length > 1 && !previous && (!saysCorrection() || endpointListIn(s) !== null) && !(UPGRADE_PATH.test(s) && UPGRADE_VERB.test(s))) {
    const distinct = endpoints.filter((e, i) => endpoints.findIndex((x) => x.family === e.family && x.semver === e.semver) === i);
    const refusing = distinct.filter((e) => endpointRefusesTls10(e));
    if (refusing.length > 0 && refusing.length < distinct.length) {
      facts.endpoint = refusing[refusing.length - 1];
      mixedEndpoints = distinct;
    }
  }

  // Several releases, each with its result ("TC 7.3.3 and CE 9.15 both fail", "TC 7.3.3 fails and CE 9.15 works"):
  // one group each (the last result said for a release wins); the endpoint answered for is one said to fail,
  // one that refuses TLS 1.0 when any does.
  const groups: EndpointGroup[] = [];
  for (const r of results) {
    const at = groups.findIndex((g) => g.endpoint.family === r.endpoint.family && g.endpoint.semver === r.endpoint.semver);
    if (at >= 0) groups.splice(at, 1);
    groups.push({ endpoint: r.endpoint, fails: r.fails });
  }
  if (groups.length > 1 && !previous && !saysCorrection() && !(UPGRADE_PATH.test(s) && UPGRADE_VERB.test(s)) && !problems.some((p) => p.field === 'endpoint' && p.alternatives)) {
    facts.endpointGroups = groups;
    const failing = groups.filter((g) => g.fails).map((g) => g.endpoint);
    const refusing = failing.filter((e) => endpointRefusesTls10(e));
    const pick = refusing.length ? refusing : failing;
    if (pick.length) facts.endpoint = pick[pick.length - 1];
    // ("CE 9.15 は正常ですが、TC7.3.3 でエラー": a release said to work is no endpoint read, but it is one of the releases.)
    const kinds = new Set(groups.map((g) => endpointRefusesTls10(g.endpoint)));
    if (!mixedEndpoints && kinds.size > 1) mixedEndpoints = groups.map((g) => g.endpoint);
  }

  // "the tc7.3.3 ones work fine, only the ce ones fail", 「TC7.3.3の端末は問題なし、CEのだけNo HTTPS response」: every
  // release named is said to work and endpoints of a family named without a release are said to fail. The release that works is not the endpoint
  // that fails (it must not replace one held, QA round 20 #2): it is kept as a group said to work, and the endpoints
  // named are the ones that fail.
  if (results.length && results.every((r) => !r.fails) && (bareFamilyFails(s) || workingOnesBesideFailing(s)) && !saysCorrection()) {
    const working = (e: EndpointVersion | undefined) => !!e && results.some((r) => r.endpoint.family === e.family && r.endpoint.semver === e.semver);
    if (working(facts.endpoint)) {
      delete facts.endpoint;
      delete facts.endpointGroups;
      mixedEndpoints = undefined;
      workingOnly = groups.length ? groups : results.map((r) => ({ endpoint: r.endpoint, fails: false }));
    }
  }
  return { mixedEndpoints, workingOnly };
}

/** Several TMS servers said (two sites, another server, a pair with one release each): which is this incident's TMS, which the others. Returns the "one of them" release read, if any. */
function severalTmsServers(s: string, facts: Partial<Facts>, got: Set<Field>, problems: ParseProblem[], tmsAll: SaidTms[], saysCorrection: () => boolean, saysTmsPath: () => boolean): ReturnType<typeof oneServerOtherRelease> {
  // "site A runs TMS 15.2, site B runs TMS 14.6", 「拠点AはTMS 15.2、拠点BはTMS 14.6」: two TMS servers on different
  // releases, not a correction nor an upgrade path ("from 14.6 to 15.2") nor alternatives ("15.2 or 14.6?"). The
  // answer is for one that can be fixed in place when any can (its steps are the long part); the others are kept.
  // A site letter alone ("site B runs TMS 14.6") makes another server only when no release of this one is said beside it.
  const ownSaid = tmsAll.some((t) => t.other === null);
  const tmsSaid = tmsAll.filter((t) => t.other === null || (t.other === 'site' && ownSaid)).map((t) => t.v);
  const othersSaid = tmsAll.filter((t) => t.other === 'other' || (t.other === 'site' && !ownSaid)).map((t) => t.v);
  const tmsDistinct = tmsSaid.filter((v, i) => tmsSaid.findIndex((x) => x.semver === v.semver) === i);
  if (tmsDistinct.length > 1 && SEVERAL_TMS.test(s) && !saysCorrection() && !saysTmsPath() && !problems.some((p) => p.field === 'tms' && p.alternatives)) {
    const main = tmsDistinct.find((v) => tmsCanBeFixedInPlace(v)) ?? tmsDistinct[0]!;
    facts.tms = main;
    facts.otherTms = tmsDistinct.filter((v) => v !== main).slice(0, 3);
  }
  // "TMS 14.6 at the other site … here we run 15.9": this site's release, said without the word TMS beside another's.
  if (othersSaid.length && !ownSaid) {
    const here = hereTmsRelease(s);
    const r = here ? parseTms(here) : null;
    if (r?.ok && !othersSaid.some((v) => v.semver === r.value.semver)) {
      facts.tms = r.value;
      got.add('tms');
    } else if (!r && othersSaid.every((v) => v.semver === othersSaid[0]!.semver) && BOTH_SAME.test(s)) {
      // "prod and test TMS are both 15.9", 「本番も検証もTMS 15.9です」: every server on one release is this TMS's release
      // (one fix, done on each server), not another server's.
      facts.tms = othersSaid[0]!;
      got.add('tms');
      othersSaid.length = 0;
    }
  }
  if (othersSaid.length) {
    const main = facts.tms;
    const others = [...(facts.otherTms ?? []), ...othersSaid].filter((v, i, all) => v.semver !== main?.semver && all.findIndex((x) => x.semver === v.semver) === i);
    if (others.length) facts.otherTms = others.slice(0, 3);
  }

  // 「TMS 15.9、1台だけ(15.12)」, "TMS 15.9, one of them 15.12": the servers run the first release, one server the other
  // (kept as another server, answered apart; not a count of failing systems, see the scope below).
  const oneOther = facts.tms && got.has('tms') ? oneServerOtherRelease(s) : null;
  const oneOtherTms = oneOther ? parseTms(oneOther.release) : null;
  if (oneOtherTms?.ok && oneOtherTms.value.semver !== facts.tms!.semver) {
    facts.otherTms = [...(facts.otherTms ?? []).filter((v) => v.semver !== oneOtherTms.value.semver), oneOtherTms.value].slice(0, 3);
  }

  // "we have a second TMS at the Osaka site, that one is 14.6.2", 「もう 1 台 TMS があって、そちらは 14.6.2 です」 (QA63 #1): another server,
  // its release in the next clause; kept apart (answered with its own verdict), never the case's TMS.
  const introduced = introducedOtherTmsRelease(s);
  const intro = introduced ? parseTms(introduced) : null;
  if (intro?.ok && intro.value.semver !== facts.tms?.semver) {
    facts.otherTms = [...(facts.otherTms ?? []).filter((v) => v.semver !== intro.value.semver), intro.value].slice(0, 3);
  }

  // "we have two TMS servers, 15.9, one of them 15.12" (R48): read like "TMS 15.9, one of them 15.12".
  const pairOne = !got.has('tms') && !saysCorrection() && !saysTmsPath() ? pairThenOneRelease(s) : null;
  const pom = pairOne ? parseTms(pairOne.main) : null;
  const poo = pairOne ? parseTms(pairOne.other) : null;
  if (pom?.ok && poo?.ok && pom.value.semver !== poo.value.semver) {
    facts.tms = pom.value;
    got.add('tms');
    facts.otherTms = [...(facts.otherTms ?? []).filter((v) => v.semver !== pom.value.semver && v.semver !== poo.value.semver), poo.value].slice(0, 3);
  }

  // 「TMSは2台で、15.9と15.12です」, "we have two TMS servers, 15.9 and 15.12" (QA round 42 #1): one release each, none said
  // to fail. Both are kept: the answer is for one that can be fixed in place when any can, the other is answered apart,
  // starting with "check whether its systems show No HTTPS response" (nothing said it does).
  const pair = tmsAll.length <= 1 && !saysCorrection() && !saysTmsPath() ? twoServersReleases(s) : null;
  const pa = pair ? parseTms(pair.a) : null;
  const pb = pair ? parseTms(pair.b) : null;
  if (pa?.ok && pb?.ok && pa.value.semver !== pb.value.semver && tmsAll.every((t) => t.v.semver === pa.value.semver || t.v.semver === pb.value.semver)) {
    const main = [pa.value, pb.value].find((v) => tmsCanBeFixedInPlace(v)) ?? pa.value;
    const other = main === pa.value ? pb.value : pa.value;
    facts.tms = main;
    got.add('tms');
    facts.otherTms = [...(facts.otherTms ?? []).filter((v) => v.semver !== main.semver && v.semver !== other.semver), other].slice(0, 3);
    // ("… EU on 15.9 and APAC on 14.6.2. Both have SX10s … and show No HTTPS response": said of both, QA round 30 W2.)
    if (!(/(?<![a-z])(?:both|each)(?![a-z])|両方|どちらも|いずれも/i.test(s) && /no\shttps\sresponse|fail|エラー|失敗/i.test(s))) facts.otherTmsUnsaid = [other.semver];
  }
  return oneOther;
}

/**
 * "our old TMS server was 2008 R2, the new one is 2016", "Windows on the new server is 2019" (readers-d #1; understand/server-replaced.ts):
 * the old server's Windows is never the TMS server's; the new one's only when TMS is said to run there now; else which one is asked.
 */
function replacedServerWindowsSaid(s: string, facts: Partial<Facts>, got: Set<Field>, problems: ParseProblem[]): void {
  const r = replacedServerWindows(s);
  if (!r) return;
  const same = (raw: string | undefined) => {
    const p = raw ? parseWindows(raw) : null;
    return !!p?.ok && !!facts.windows && p.value.year === facts.windows.year && p.value.r2 === facts.windows.r2;
  };
  const now = r.now ? parseWindows(r.now) : null;
  if (r.tmsOnNew && now?.ok) {
    facts.windows = now.value;
    got.add('windows');
    return;
  }
  if (same(r.old) || (!r.tmsOnNew && same(r.now))) {
    delete facts.windows;
    got.delete('windows');
  }
  if (now?.ok && !r.tmsOnNew) {
    const show = (raw: string) => {
      const p = parseWindows(raw);
      return p.ok ? formatWindows(p.value) : raw;
    };
    problems.push(whichServerProblem(r, show));
  }
}

/** Production's release said alone ("prod is 14.6"): this incident's TMS (understand/prod-tms.ts). */
function prodTmsSaid(s: string, facts: Partial<Facts>, got: Set<Field>): void {
  const rel = prodTmsAlone(s);
  const v = rel ? parseTms(rel) : null;
  if (!v?.ok) return;
  facts.tms = v.value;
  got.add('tms');
}

/** A replaced TMS, prod and test, a release noted and one checked: this incident's TMS. True when a replacement or prod/test was read. */
function tmsReplacedOrChecked(s: string, facts: Partial<Facts>, got: Set<Field>, problems: ParseProblem[], saysCorrection: () => boolean, saysTmsPath: () => boolean): boolean {
  // "the old TMS was 14.6, the new one is 15.9", 「旧TMSは14.6、新しいTMSは15.9です」: a replacement. The new server is this
  // incident's TMS; the old one is gone, neither this TMS nor another server to fix.
  const replaced = replacedTms(s);
  if (replaced) {
    const now = parseTms(replaced.now);
    const old = parseTms(replaced.old);
    if (now.ok) {
      facts.tms = now.value;
      got.add('tms');
      const others = facts.otherTms?.filter((v) => v.semver !== now.value.semver && !(old.ok && v.semver === old.value.semver));
      if (others?.length) facts.otherTms = others;
      else delete facts.otherTms;
    }
  }

  // 「本番はTMS 15.9、検証環境は14.6です」, "prod is 15.9, staging is 14.6" (QA round 29 #3): production is this incident's
  // TMS, the test/staging server another one (as "prod TMS 15.9, test TMS 14.6" is read).
  const envs = replaced || saysCorrection() || saysTmsPath() ? null : prodAndTestTms(s);
  if (envs) {
    const prod = parseTms(envs.prod);
    const other = parseTms(envs.other);
    if (prod.ok && other.ok) {
      facts.tms = prod.value;
      got.add('tms');
      facts.otherTms = [...(facts.otherTms ?? []).filter((v) => v.semver !== prod.value.semver && v.semver !== other.value.semver), other.value].slice(0, 3);
    }
  }

  // "previous engineer's notes say TMS 14.6, but the About page shows 15.9", 「メモでは14.6らしいですが、画面で見ると15.9でした」:
  // the release the user has looked at is this TMS. "customer claims TMS 15.9 but I suspect it's 14.6": neither is known
  // when the answer depends on which it is; the release TMS itself shows is asked for (understand/tms-checked.ts).
  const noted = notedTms(s);
  if (noted?.kind === 'checked') {
    const now = parseTms(noted.other);
    if (now.ok) {
      facts.tms = now.value;
      got.add('tms');
      const others = facts.otherTms?.filter((v) => v.semver !== now.value.semver && v.raw !== noted.noted);
      if (others?.length) facts.otherTms = others;
      else delete facts.otherTms;
    }
  } else if (noted) {
    const doubt = doubtedTmsProblem(noted);
    if (doubt) {
      delete facts.tms;
      delete facts.otherTms;
      got.delete('tms');
      problems.push(doubt);
    }
  }
  return !!(replaced || envs);
}

/**
 * Several sites, one said to fail: that site's TMS is this incident's. Returns that site's own reading when its endpoints were
 * read from its text (the caller takes its mixed fleet and models), else null.
 */
function failingSite(s: string, facts: Partial<Facts>, got: Set<Field>): Extraction | null {
  // "Site Tokyo: TMS 15.13, Room Kits on CE 11.5. Site Osaka: TMS 14.7 with SX20 on TC7.3.21. Osaka is the one
  // failing." (QA round 24 W2): the TMS said to fail is this incident's, one said to work is noted and not answered
  // for, and the endpoints are the ones of the site answered for (read from that site's own text).
  const sites = sitesIn(s);
  const failingSites = sites ? sites.filter((x) => x.result === 'fails').flatMap((x) => {
    const v = parseTms(x.tms);
    return v.ok ? [{ site: x, v: v.value }] : [];
  }) : [];
  if (sites && failingSites.length) {
    const main = failingSites.find((x) => tmsCanBeFixedInPlace(x.v)) ?? failingSites[0]!;
    const versions = (want: (r: SiteResult) => boolean) =>
      sites.filter((x) => want(x.result)).flatMap((x) => {
        const v = parseTms(x.tms);
        return v.ok && v.value.semver !== main.v.semver ? [v.value] : [];
      }).filter((v, i, all) => all.findIndex((x) => x.semver === v.semver) === i).slice(0, 3);
    facts.tms = main.v;
    got.add('tms');
    const others = versions((r) => r !== 'works');
    if (others.length) facts.otherTms = others;
    else delete facts.otherTms;
    // (A server whose result is not said, beside one said to fail, is not said to fail: QA round 26 B8.)
    const unsaid = versions((r) => r === null).map((v) => v.semver);
    if (unsaid.length) facts.otherTmsUnsaid = unsaid;
    else delete facts.otherTmsUnsaid;
    const ok = versions((r) => r === 'works');
    if (ok.length) facts.workingTms = ok;
    // ("site A runs TMS 15.2, site B runs TMS 14.6, both fail. Codecs are CE 9.15 everywhere": endpoints said for all
    // sites, outside any one site's text, stay as read.)
    const ownRelease = (x: { text: string }) => /(?<![a-z])(?:tc|ce|roomos)\s?v?\d/i.test(x.text);
    if (sites.some(ownRelease)) {
      // (The site's text is read on its own only here, where its endpoints are used: not the whole message's reading,
      // as its clauses and their context differ.)
      const own = extractUnsafe(main.site.text, { devicesBefore: undefined, siteText: true, sqlLocalBefore: undefined, sqlPlaceBefore: undefined, sqlAsked: undefined, sqlKnown: undefined });
      delete facts.endpointGroups;
      if (own.facts.endpoint) facts.endpoint = own.facts.endpoint;
      else delete facts.endpoint;
      return own;
    }
  }
  return null;
}

/** Other TMS servers said to work: noted as working, never this incident's TMS. */
function workingTmsServers(s: string, facts: Partial<Facts>, got: Set<Field>, tmsAll: SaidTms[], otherWorking: TmsVersion[]): void {
  if (otherWorking.length && !facts.workingTms) {
    const ok = otherWorking.filter((v, i, all) => v.semver !== facts.tms?.semver && all.findIndex((x) => x.semver === v.semver) === i).slice(0, 3);
    if (ok.length) facts.workingTms = ok;
  }

  // "No issues on the other TMS, which is 15.12.", "The other TMS, which is 15.12, works fine" (QA round 29 M7): the
  // release is the other, working server's, not this TMS's (read as this TMS's only through "which is" after "TMS").
  const otherOk = otherTmsReleaseWorks(s);
  const otherOkTms = otherOk ? parseTms(otherOk) : null;
  if (otherOkTms?.ok) {
    const v = otherOkTms.value;
    if (facts.tms?.semver === v.semver) {
      const own = tmsAll.find((t) => t.other === null && t.v.semver !== v.semver);
      if (own) facts.tms = own.v;
      else {
        delete facts.tms;
        got.delete('tms');
      }
    }
    const others = facts.otherTms?.filter((o) => o.semver !== v.semver);
    if (others?.length) facts.otherTms = others;
    else delete facts.otherTms;
    if (facts.workingTms?.some((o) => o.semver === v.semver) !== true) facts.workingTms = [...(facts.workingTms ?? []), v].slice(0, 3);
  }
}

/** The level said of the whole message: left untouched (Medium), not raised yet, or gone back to. */
function levelSaidOfMessage(s: string, facts: Partial<Facts>, beforePending: string): void {
  // "we haven't touched the security level", 「レベルはいじっていません」: left at TMS's default, Medium.
  if (facts.level === undefined && levelUntouched(s)) facts.level = 'medium';
  // "haven't set Medium-High yet", 「Medium-Highにはまだしてない」: the change was not made, the level is still Medium.
  // ("We haven't set Medium-High, we set High": High; 「…していませんでしたが、昨日変更しました」: Medium-High after all.)
  if (facts.level === undefined) {
    // (Read before the pending mask: "Medium-High not yet tried", 「Medium-High：未実施」 are masked, and say the level is not raised.)
    const lv = levelBesideNotRaised(beforePending);
    if (lv) facts.level = lv;
  }
  // "we tried Medium-High … so we went back to Medium", 「Medium-High にしたら HDX が…ので Medium に戻しました」:
  // the level now is the one gone back to, not the one tried.
  const back = GONE_BACK_GATE.test(s) ? LEVEL_GONE_BACK.exec(s) : null;
  if (back) facts.level = /low/i.test(back[1] ?? back[2] ?? back[3] ?? back[4]) ? 'low' : 'medium';
}

/** Systems TMS may manage over Telnet/SNMP, and how they are managed. */
function telnetSaid(s: string, facts: Partial<Facts>): void {
  // Systems that TMS may manage over Telnet/SNMP, named as theirs (not in a report that the change broke them:
  // that is answered as the trade-off, and they are known to be hit).
  const telnetSystems = TELNET_BROKE.test(s) ? [] : telnetSystemsIn(s);
  if (telnetSystems.length) facts.telnetSystems = telnetSystems;
  const via = telnetViaIn(s);
  if (via) facts.telnetVia = via;
}

/** Behind Firewall mode said of the failing system or of named models. */
function behindFirewallFacts(s: string, facts: Partial<Facts>): { bf: BehindFirewallStatement | null; bfModels: string[] | undefined } {
  // Behind Firewall said of the failing system: stored; of a named model, stored when that model is the one failing (the other
  // models this message names), or left to the engine (the models it holds) when the message names no other; "not" clears it.
  const bf = /firewall|ファイアウォール/i.test(s) ? behindFirewallStatement(s) : null;
  let bfModels: string[] | undefined;
  if (bf) {
    const failing = bf.models.length ? [...endpointModelsIn(bf.rest), ...ceOnlyModelsIn(bf.rest)] : [];
    if (bf.on && (!bf.models.length || (failing.length && bf.models.every((m) => failing.includes(m))))) facts.behindFirewall = true;
    else if (bf.on && !failing.length) bfModels = bf.models;
  }
  return { bf, bfModels };
}

/** What was done to the server's protocols, the other products managed, whether endpoints fail too. */
function claimsAndProducts(s: string, facts: Partial<Facts>): void {
  // What the user says was already done to the TMS server's protocols ("TLS 1.2 is already enabled").
  const claims = readTlsClaims(s);
  if (claims.tls10 || claims.tls12 || claims.ssl3 || claims.iisCryptoBestPractices || claims.registryUntouched || claims.tls12KeysRemoved || claims.restarted !== undefined || claims.keysChanged || claims.untrustedCerts !== undefined || claims.certsReplaced || claims.sqlDown !== undefined) facts.tlsClaims = claims;
  // Other products TMS manages over HTTPS (Meeting Server, Expressway/VCS, …): names from the knowledge.
  const others = detectOtherProducts(s);
  if (others.length) facts.otherProducts = others;
  const msRelease = others.includes('meeting-server') ? meetingServerReleaseIn(s) : undefined;
  if (msRelease) facts.meetingServerRelease = msRelease;
  endpointsFailSaid(s, facts);
}

/** Do endpoints fail too ("our endpoints and the Expressway"), or only the product ("the endpoints are fine")? */
function endpointsFailSaid(s: string, facts: Partial<Facts>): void {
  const endpointsFail = endpointsFailIn(s);
  if (endpointsFail !== undefined) facts.endpointsFail = endpointsFail;
}

/** Tests only: false runs every reader on a message of version facts alone too (test/domain/extract-facts-only.test.ts). */
let factsOnlyGate = true;
export function setFactsOnlyGate(on: boolean): void {
  factsOnlyGate = on;
}
/** What behindFirewallFacts and symptomIn give for a message of facts alone (none of their words). */
const NO_BEHIND_FIREWALL: ReturnType<typeof behindFirewallFacts> = { bf: null, bfModels: undefined };
const NO_SYMPTOM: SymptomRead = Object.freeze({ noHttps: false, noHttpsDenied: false });

/** failingScope's part that does not read the text: the endpoints said fine are some of them, the others fail. */
function workingOnlyScope(facts: Partial<Facts>): void {
  facts.endpointsFail = true;
  facts.scope ??= 'some';
}

/** endpointModelsSaid's part that does not read the text: the models of the site answered for only. */
function modelsOfSite(facts: Partial<Facts>, siteModels: string[]): void {
  if (siteModels.length) facts.endpointModels = siteModels;
  else delete facts.endpointModels;
}

/** How many systems fail: some or all. */
function failingScope(s: string, facts: Partial<Facts>, oneOther: ReturnType<typeof oneServerOtherRelease>, workingOnly: EndpointGroup[] | undefined): void {
  // "3 of 40 systems", "the others are fine", 「一部の端末だけ」: only some fail (or all do).
  const scope = failureScope(oneOther ? s.replace(oneOther.said, ' ') : s);
  if (scope) facts.scope = scope;
  // "30 other DX80s on the same ce9.15 work fine", 「同じ CE 9.15 の残り30台は正常です」: some fail, and the same release works (QA39 #7).
  if (sameReleaseWorksIn(s)) {
    facts.sameReleaseWorks = true;
    facts.scope ??= 'some';
  }
  // "it already showed it before the upgrade", "we have not upgraded anything, it started on Monday" (QA59 #7).
  const timeline = upgradeTimelineIn(s);
  if (timeline) facts.upgradeTimeline = timeline;
  // (「TC7.3.3の端末は問題なし、CEのだけ…」: the endpoints said fine are some of them; the others fail.)
  if (workingOnly) {
    facts.endpointsFail = true;
    facts.scope ??= 'some';
  }
}

/** A SQL Server build said apart from its release. */
function sqlBuildApart(s: string, facts: Partial<Facts>): void {
  // "SQL 2012 SP4, build 11.0.7001", 「SQL Server 2014 SP1です。ビルドは12.0.4100.1」, "2012 SP3 CU2 on the same box,
  // 11.0.6537.0": the build in a clause of its own belongs to the SQL Server just named when its line is that release's
  // (QA round 30 M8); the release as said is kept, the build added, as for "2014 SP1 (12.0.4100.1)".
  if (facts.sql && facts.sql.build === null && /\.\d{3}/.test(s)) {
    const sql = facts.sql;
    for (const m of s.matchAll(SQL_BUILD_APART)) {
      const r = parseSql(m[1]!);
      if (r.ok && r.value.build && r.value.year === sql.year && r.value.r2 === sql.r2) {
        facts.sql = { ...sql, build: r.value.build, raw: `${sql.raw} (${r.value.build})` };
        break;
      }
    }
  }
}

/**
 * "~40 codecs (SX80, MX700) … from TC7.3.3 to ce9.12.3", "old Polycom VSX": what decides a roll-back
 * answer and whom the Telnet/SNMP caveat names.
 */
function endpointModelsSaid(s: string, facts: Partial<Facts>, problems: ParseProblem[], siteModels: string[] | null): void {
  // The CE 9 / RoomOS-only models too ("CE 9.8 (Codec Pro) and TC7.3.21 (SX20)"): they decide that a downgrade is not for them.
  // ("the C40 works", "C40 is fine": a model said to work is not one of the failing ones.)
  const named = [...endpointModelsIn(s), ...ceOnlyModelsIn(s)];
  const working = named.length ? modelsSaidToWork(s) : [];
  // ("SX80 x12 upgraded to CE 9.15.3, C40 x3 still on TC 7.3.3", 「C40 ×3台（TC7.3.3のまま）」: a model named with a release that
  // still accepts TLS 1.0 is not one of the failing ones, when another model is left: QA57 #7.)
  const oldRelease = named.length > 1 ? modelsOnTls10Release(s) : [];
  const notFailing = [...working, ...oldRelease];
  const kept = notFailing.length ? named.filter((m) => !notFailing.includes(m)) : named;
  const models = kept.length ? kept : working.length ? named.filter((m) => !working.includes(m)) : named;
  if (models.length) facts.endpointModels = models;
  // (The models of the site answered for only: another site's Room Kits decide nothing about this one's SX20s.)
  if (siteModels) {
    if (siteModels.length) facts.endpointModels = siteModels;
    else delete facts.endpointModels;
  }
  if (endpointsRanTcIn(s)) facts.endpointsRanTc = true;
  // "SX20 on 7.3.6", "our C40s running 7.3.21" (QA36 #13): a model named, then a bare 7.3.x release: TC's (CE began at 8).
  if (models.length && !facts.endpoint && !problems.some((p) => p.field === 'endpoint') && /7\.3\./.test(s)) {
    const bare = MODEL_ON_TC7.exec(s.slice(0, 2000));
    const r = bare ? parseEndpoint(`TC${bare[1] ?? bare[2]}`) : null;
    if (r?.ok) facts.endpoint = r.value;
  }
}

/** The item says the models were left on that release: "still on", "not upgraded", 「のまま」「未更新」. */
const LEFT_ON = /(?<![a-z])(?:still|remain(?:s|ing)?|stay(?:s|ed|ing)?|left|not\s(?:yet\s)?upgraded|untouched)(?![a-z])|のまま|まだ|未更新|未アップグレード|据え置き/i;
/** Every system said to fail: "all", "every", "both", 「全台」「すべて」「両方」. */
const ALL_FAIL = /(?<![a-z])(?:all|every|both)(?![a-z])|全台|全部|全て|すべて|両方|どちらも|いずれも/i;
/** A TC or CE release in a list item ("TC 7.3.3", "ce9.15.3", 「TC7.3.3のまま」). */
const ITEM_RELEASE = /(?<![a-z])(tc|ce)\s?v?(\d{1,2}(?:\.\d{1,3}){1,3})(?![\d.])/gi;
/**
 * The models of list items whose only release named still accepts TLS 1.0 ("C40 x3 still on TC 7.3.3", 「C40 ×3台（TC7.3.3
 * のまま）」): read per item (cut at , ; 、 。 and line ends), an item with a refusing release too ("from TC 7.3.3 to CE 9.15.3")
 * is none. Bounded input.
 */
function modelsOnTls10Release(s: string): string[] {
  // ("Room Kit Pro は RoomOS 11.14、SX20 は TC 7.3.3 で、全台 No HTTPS response": all said to fail, the SX20 too.)
  if (ALL_FAIL.test(s)) return [];
  const out: string[] = [];
  for (const item of s.slice(0, 2000).split(/[,;、。\n]/)) {
    if (!/(?:tc|ce)\s?v?\d/i.test(item)) continue;
    const models = [...endpointModelsIn(item), ...ceOnlyModelsIn(item)];
    if (!models.length) continue;
    const releases = [...item.matchAll(ITEM_RELEASE)].map((m) => parseEndpoint(`${m[1]} ${m[2]}`)).filter((r) => r.ok).map((r) => (r as { ok: true; value: EndpointVersion }).value);
    if (releases.length && releases.every((r) => !endpointRefusesTls10(r)) && LEFT_ON.test(item)) out.push(...models);
  }
  return out;
}

/** "Behind Firewall" named (EN / JA); the cheap test before the sentence is read. */
const BEHIND_FIREWALL = /(?<![a-z])behind[\s-]?firewall(?![a-z])|ビハインド\s?ファイアウォール/i;
/** A question, a condition or other / some systems: neither "the failing system is in that mode" nor "it is not". */
const BEHIND_FIREWALL_OTHERS =
  /[?？]|(?<![a-z])(?:some|other|others|another|a\sfew|several|few|many|what|which|how|does|do|did|if|whether|could|should|would|can|maybe|perhaps)(?![a-z])|一部|他の|ほかの|ほか|いくつか|どう|なら|場合|か(?:な|も)?$/i;
/**
 * Said not (or no longer) to be in the mode, the denial right at the mode phrase: "it's not behind firewall", "no longer in
 * Behind Firewall mode", "we don't use Behind Firewall", 「Behind Firewallモードではありません」. A negation elsewhere in the
 * clause is about something else: 「SX20はBehind Firewallモードなのでポーリングされません」, "it's in Behind Firewall mode and
 * was never polled" say the mode is on (REV7 #3).
 */
const BF = '(?:behind[\\s-]?firewall|ビハインド\\s?ファイアウォール)';
const BEHIND_FIREWALL_DENIED = new RegExp(
  `(?<![a-z])(?:not|isn't|aren't|wasn't|weren't|no\\slonger|never|don't|doesn't|didn't)\\s(?:been\\s)?(?:(?:put|set|placed?|moved?|configured?|switch(?:ed)?)\\s(?:it|them|the\\s[\\w-]+)\\s)?(?:(?:in|into|on|using|used|use|under|set\\sto|to)\\s)?(?:the\\s)?${BF}|${BF}\\s?(?:モード)?\\s?(?:では|じゃ)(?:ありません|ない|なかった|なく)`,
  'i',
);
/** Taken out of the mode: "we took it out of Behind Firewall", "removed it from Behind Firewall", "Behind Firewall is off now", 「Behind Firewallを解除しました」. */
const BEHIND_FIREWALL_REMOVED = new RegExp(
  `(?<![a-z])(?:out\\sof\\s(?:the\\s)?${BF}|(?:removed|disabled|turned\\soff|switched\\soff)\\s(?:(?:it|them|the\\s[\\w-]+)\\s(?:from|out\\sof)\\s)?(?:the\\s)?${BF}|${BF}(?:\\smode)?\\s(?:is\\s|was\\s|has\\sbeen\\s|got\\s)?(?:now\\s)?(?:off|removed|disabled|turned\\soff|switched\\soff)(?![a-z]))|${BF}\\s?(?:モード)?\\s?(?:を|は|の)?\\s?(?:解除|オフ|無効|外し|外れ|やめ)`,
  'i',
);
/** The removal itself denied or not done yet: "we have not taken it out of Behind Firewall yet", "it is not out of…", 「解除できませんでした」「解除していません」「解除はまだです」 (QA37 A4). */
const REMOVAL_NOT_EN = /(?<![a-z])(?:not|never|cannot|unable|failed)(?![a-z])|n't/i;
const REMOVAL_YET_EN = /^\s*(?:mode\s)?(?:yet|just\syet)(?![a-z])/i;
const REMOVAL_NOT_JA = /^[^。、,]{0,14}?(?:でき(?:ません|ない|なかった)|して(?:い|お)?(?:ない|ません)|しない|しません|まだ|予定|したい|すべき|しよう|しましょう)/;

/** What a clause naming the mode says of it: on (also a taking-out denied), or off (denied or taken out). */
function behindFirewallSays(clause: string): 'on' | 'off' {
  if (BEHIND_FIREWALL_DENIED.test(clause)) return 'off';
  const m = BEHIND_FIREWALL_REMOVED.exec(clause);
  if (!m) return 'on';
  const before = clause.slice(0, m.index);
  const after = clause.slice(m.index + m[0].length);
  // A taking-out denied, not done yet or only planned: the system is still in the mode (QA38 A3).
  if (REMOVAL_NOT_EN.test(before) || REMOVAL_YET_EN.test(after) || REMOVAL_NOT_JA.test(after) || /まだ/.test(before)) return 'on';
  return 'off';
}

/** A clause with no subject of its own, opening with how the system was set up: "added as Behind Firewall", "registered in …". */
const PARTICIPLE_LEAD = /^\s*(?:and\s|which\sis\s|that\sis\s)?(?:(?:was|is)\s)?(?:added|registered|set\sup|configured|deployed|provisioned|managed)\s(?:in|as|into|with|using|under)\s/i;

/** A predicate saying the systems work: "are fine", "work fine", "are ok", "have no problem". */
const SAID_FINE = /^\s*(?:(?:are|is|were|was)\s(?:all\s)?(?:fine|ok|okay|good|green|working|unaffected|not\saffected)|(?:all\s)?(?:work|works|worked)(?:\sfine|\sok|\snormally)?|(?:have|has|had)\sno\s(?:problems?|issues?))(?![a-z])/i;
const BEHIND_FIREWALL_IT = /(?<![a-z])(?:it|it's|its|this(?:\s(?:one|system|endpoint|codec|unit|device))?|that(?:\sone)?|the\s(?:system|endpoint|codec|unit|device))(?![a-z])/i;
const BEHIND_FIREWALL_WE = /(?<![a-z])(?:we|i)(?![a-z])/i;

/** What a message says of the Behind Firewall mode: on or off, the models the clause names (none: the failing system itself), the rest of the text. */
export interface BehindFirewallStatement {
  on: boolean;
  /** Models named in the clause that names the mode ("the SX20 is in Behind Firewall mode"): whose mode it is. */
  models: string[];
  /** The message without the clauses that name the mode (the failing systems are named there, if anywhere). */
  rest: string;
}

/**
 * "it's in Behind Firewall mode", 「Behind Firewall モードです」, "the SX20 is in Behind Firewall mode" (QA36 #12), or "it's not
 * behind firewall, sorry", "we took it out of Behind Firewall", 「Behind Firewallモードではありません」「Behind Firewallを解除しました」
 * (FIX10D): a statement about the failing system (or a named model, whose mode it is), not a question about the mode, not
 * "some other systems are behind firewall". Null when none or unsure.
 */
export function behindFirewallStatement(text: string): BehindFirewallStatement | null {
  if (!/firewall|ファイアウォール/i.test(text)) return null;
  let found = null as { on: boolean; models: string[] } | null;
  const clauses: string[] = [];
  // (Not at the dot of a release: "the DX80 (CE 9.15) as Behind Firewall" is one sentence, QA52 #4.)
  for (const sentence of text.split(/(?<=[!?？。！])\s*|(?<=\.)(?!\d)\s*|\n+/)) {
    if (!BEHIND_FIREWALL.test(sentence)) continue;
    // The clause that names the mode: up to the next comma, so "…no https response, it's in Behind Firewall mode" is read.
    const parts = sentence.split(/[,;、]/);
    const at = parts.findIndex((c) => BEHIND_FIREWALL.test(c));
    const clause = at >= 0 ? parts[at]! : sentence;
    clauses.push(clause);
    // ("we did not take it out of…": a denial, not the question word "did", QA38 A3.)
    if (BEHIND_FIREWALL_OTHERS.test(clause.replace(/(?<![a-z])(?:do|does|did)\s(?=not(?![a-z]))/gi, '')) || /[?？]\s*$/.test(sentence)) continue;
    const on = behindFirewallSays(clause) === 'on';
    // "…a home-office DX80 on CE 9.15, added as Behind Firewall; …" (QA52 #4): a clause opening with its participle is said of
    // the system the clause before it names.
    const ofBefore = at > 0 && PARTICIPLE_LEAD.test(clause) ? parts[at - 1]! : '';
    // "the home-office DX80s on CE 9.15, added as Behind Firewall, are fine; the SX80 in the office fails" (REV26 #6): the clause
    // and its subject are said of systems that work, not of the failing one (nothing recorded); the subject is not a failing system.
    if (ofBefore) {
      clauses.push(ofBefore);
      if (SAID_FINE.test(parts[at + 1] ?? '')) continue;
    }
    const models = [...endpointModelsIn(clause), ...ceOnlyModelsIn(clause), ...endpointModelsIn(ofBefore), ...ceOnlyModelsIn(ofBefore)];
    // EN: said of the failing system itself ("it's in…", "this one is…", "the endpoint is…", "we took it out of…"), or of a
    // model it names (whose mode it is: decided against the failing systems); not of a system named in other words.
    const en = /[a-z]/i.test(clause.replace(BEHIND_FIREWALL, '')) && /^[\x00-\x7f]*$/.test(clause);
    if (en && !models.length && !BEHIND_FIREWALL_IT.test(clause) && (on || !(BEHIND_FIREWALL_WE.test(clause) || bareDenial(clause)))) continue;
    // Two statements that disagree: unsure.
    if (found && found.on !== on) return null;
    found = { on, models: [...new Set([...(found ? found.models : []), ...models])] };
  }
  if (!found) return null;
  let rest = text;
  for (const c of clauses) rest = rest.replace(c, ' ');
  return { ...found, rest };
}

/** "not behind firewall", "no, not in Behind Firewall mode": nothing but the denial and the mode (no subject of its own). */
function bareDenial(clause: string): boolean {
  return !/[a-z]/i.test(
    clause
      .replace(BEHIND_FIREWALL, ' ')
      .replace(/(?<![a-z])(?:not|isn't|aren't|wasn't|weren't|no\slonger|never|anymore|mode|in|is|are|was|the|a|actually|sorry|no|nope|oh|ah)(?![a-z])/gi, ' '),
  );
}

/** The failing system itself said to be in Behind Firewall mode ("it's in Behind Firewall mode"), no model named. */
export function behindFirewallSaid(text: string): boolean {
  const st = behindFirewallStatement(text);
  return !!st && st.on && !st.models.length;
}
