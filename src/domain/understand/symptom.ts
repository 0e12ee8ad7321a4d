/**
 * The symptom the user names: TMS's "No HTTPS response" (the one symptom this problem has, knowledge.md
 * §Symptom), or another error TMS or the endpoint shows: "Wrong username or password", "Authentication
 * failed", "No SNMP response", 「ユーザー名またはパスワードが違います」「認証に失敗しました」.
 *
 * - "No HTTPS response" said as seen anywhere in the message wins: a pasted error list with both, or
 *   "some show No HTTPS response, others Authentication failed", stays this problem's symptom.
 * - "Authentication failed, not No HTTPS response", 「No HTTPS response ではありません」: the other one.
 * - Denied ("no longer Wrong username or password", 「認証エラーではありません」), asked about in a
 *   condition ("if it shows Authentication failed …"), planned: not a symptom seen. A question whether it
 *   is ("Could it be Wrong username or password?", 「…の可能性はありますか？」) is not one either.
 * - A report followed by a what-to-do question is a report ("The HDX shows Wrong username or password, what
 *   should I do?", 「…と表示されますが、どうすればいいですか？」): the question's "should"/「すれば」 does not make it
 *   a condition.
 * - "Security violation: Telnet communication is not allowed" is what Medium-High does to Telnet/SNMP
 *   systems (knowledge.md §Caveats): a result of the fix, read elsewhere, not here.
 * - Other errors TMS names (QA59 #2): "Unable to connect", "Not reachable", "Connection timed out",
 *   "Connection refused", "SSL certificate validation failed", "Booking failed", "Call failed", "TMS Connection
 *   Error", 「接続できません」「タイムアウト」「証明書の検証に失敗」「予約に失敗」「発信に失敗」: not this problem's symptom
 *   either (it shows as "No HTTPS response"). Read conservatively: not in a pasted log or a tool's output (curl,
 *   openssl, an exception: src/evidence reads those, and a tool's "refused" may be this very reset), not in a
 *   sentence about SQL, and the plain-language ones ("unable to connect", "not reachable", 「接続できません」) only
 *   as a label (quoted, after "shows"/"error:", before 「と表示」): "TMS can't connect to the codecs" describes this
 *   problem as well as any other and stays unread.
 * Pure, total; bounded input, linear regexes; the cheap test first.
 */
import type { OtherSymptomId } from '../types';
import { classifyClause, sentencesOf } from './clauses';
import { groupedByFirstLetter } from './first-letter';

export type { OtherSymptomId } from '../types';

const NO_HTTPS = /no\s?https\s?response/gi;
/**
 * Its shorthand and misspellings (QA57 #9): "No HTTPS resp", "no https resp.", "No HTTPS reponse"/"responce"; and "NHR" only in a
 * sentence that names TMS or an endpoint ("nhr after fw upgr on tms", "TMS 15.13, CE 9.15.3 NHR", "NHR on the SX80s").
 */
const NO_HTTPS_SHORT = /(?<![a-z])no\s?https\s?(?:resp(?:\.|(?![a-z]))|respons(?![a-z])|reponse|responce|respone|respnse|resonse|repsonse|respose)|(?<![a-z])nhr(?![a-z])/gi;
const NHR_NEAR = /(?<![a-z])tms(?![a-z])|codec|endpoint|(?<![a-z])(?:sx|mx|dx|ix|c)\d{2,3}(?![\d])|room\s?(?:kit|os)|board|navigator|(?<![a-z])(?:ce|tc)\s?v?\d|エンドポイント|端末|コーデック/i;
const OTHER: readonly [OtherSymptomId, RegExp][] = [
  [
    'wrong-credentials',
    /(?<![a-z])(?:wrong|invalid|incorrect|bad)\s(?:user\s?name|login|user)\s?(?:or|and|\/)\s?password(?![a-z])|(?<![a-z])(?:invalid|incorrect|wrong|bad)\s(?:credentials|user\s?name|password)(?![a-z])|(?:ユーザー?名|ユーザ\s?ID)(?:また|もしく|あるい)?は?(?:、|と|か)?\s?パスワードが(?:違|間違|正しくあり|正しくな|不正)|認証情報が(?:違|間違|正しくな|不正)/gi,
  ],
  // (Not .NET's "IOException: Authentication failed because the remote party has closed the transport
  // stream": a TLS handshake closed by the other side, which fits this problem; src/evidence reads it.)
  ['authentication-failed', /(?<![a-z]|exception:\s?)auth(?:entication)?\s(?:failed|failure|error)(?![a-z])(?!,?\s(?:because|see\sthe\sinner))|(?<![a-z])401\sunauthori[sz]ed(?![a-z])|認証(?:に|が)?(?:失敗|エラー)/gi],
  ['no-snmp-response', /(?<![a-z])no\ssnmp\sresponse(?![a-z])|snmp\s?(?:の)?\s?応答が(?:ない|ありません|なし)/gi],
  // "No HTTP response" (HTTP, not HTTPS; QA51 #17): another message than this problem's, asked to be checked (readers-c #7).
  ['no-http-response', /(?<![a-z])no\s?http\s?response(?![a-z])|(?<![a-z])http(?!s)\s?(?:の)?\s?応答が(?:ない|ありません|なし)/gi],
  // Other errors TMS names (QA59 #2): read under LOOSE_GUARD; LABEL_ONLY ones only as a label.
  ['tms-connection-error', /(?<![a-z])tms\sconnection\serror(?![a-z])/gi],
  ['certificate-validation', /(?<![a-z])(?:(?:ssl|tls)\s)?cert(?:ificate)?\s(?:validation|verification|check)\s(?:has\s)?(?:failed|failure|error)(?![a-z])|証明書の?\s?(?:検証|確認|チェック)(?:に|が|で)?\s?(?:失敗|エラー)|証明書エラー/gi],
  ['connection-timed-out', /(?<![a-z])(?:connection|connect)\s(?:has\s)?(?:timed\s?out|time\s?out|timeout)(?![a-z])|(?:接続|通信)\s?(?:が)?\s?タイムアウト/gi],
  ['connection-refused', /(?<![a-z])connection\s(?:was\s)?refused(?![a-z])|接続(?:が|を)?\s?拒否/gi],
  ['unable-to-connect', /(?<![a-z])(?:unable\sto|cannot|can['’]?t|could\snot|couldn['’]t|failed\sto)\sconnect(?![a-z])(?!\sto\sthe\sremote\sserver)|接続できません|接続できない/gi],
  ['not-reachable', /(?<![a-z])(?:not\sreachable|unreachable)(?![a-z])|到達できません|到達できない/gi],
  ['booking-failed', /(?<![a-z])booking\s(?:has\s)?(?:failed|fails|failure|error)(?![a-z])|予約(?:に|が)?\s?失敗/gi],
  ['call-failed', /(?<![a-z])(?:call|calls)\s(?:has\s|have\s)?(?:failed|fail|fails|failing|failure)(?![a-z])|(?:発信|通話)(?:に|が)?\s?失敗/gi],
];
const MAY = groupedByFirstLetter(/https?\s?(?:response|resp|repon|reson|reps)|(?<![a-z])nhr(?![a-z])|password|credential|auth|401|snmp|パスワード|認証|応答|connect|reach|refused|cert|booking|call|接続|到達|証明書|予約|発信|通話/i);
/** The ids read only when LOOSE_GUARD allows (QA59 #2). */
const LOOSE: ReadonlySet<OtherSymptomId> = new Set(['tms-connection-error', 'certificate-validation', 'connection-timed-out', 'connection-refused', 'unable-to-connect', 'not-reachable', 'booking-failed', 'call-failed']);
/** Plain words that describe as much as they name: read only as a label. */
const LABEL_ONLY: ReadonlySet<OtherSymptomId> = new Set(['unable-to-connect', 'not-reachable']);
/** A log, a tool's output, an exception, SQL: not where TMS's status is named. */
const LOOSE_GUARD = /exception|stack\s?trace|(?<![a-z])at\ssystem\.|\d{1,2}:\d{2}:\d{2}|curl|openssl|s_client|wget|invoke-webrequest|test-netconnection|telnet\s\S+\s\d|(?<![a-z])ping(?![a-z])|remote\sserver|connection\sterminated|pool|postgres|(?<![a-z])pg(?![a-z])/i;
/** The Telnet/SNMP side of Medium-High, whose ticket "TMS Connection Error" is (knowledge.md §Caveats). */
const TRADE_OFF_NEAR = /telnet|snmp|medium[\s-]?high|(?<![a-z])high(?![a-z])|hdx|mxp|polycom|tandberg/i;
/** SQL named right around the words: a database's timeout or refusal, not TMS's status of a system. */
const SQL_NEAR = /(?<![a-z])sql(?![a-z])|database|データベース/i;
/** Just before a label: "shows", "says", "error:", a quote mark. */
const LABEL_BEFORE = /(?:show(?:s|ing|ed)?|say(?:s|ing)?|said|display(?:s|ing|ed)?|report(?:s|ing|ed)?|status(?:\sis)?|error|message|reads|get(?:s|ting)?|[:："“'‘「『])\s?[:："“'‘「『]?\s?$/i;
/** Just after, in Japanese or closing a quote: 「… と表示」「… と出ます」「… というエラー」, "…'". */
const LABEL_AFTER = /^\s?["”'’」』]|^\s?(?:と(?:いう)?\s?(?:エラー|表示|メッセージ|ステータス)|と\s?(?:出|表示|なって)|の\s?(?:エラー|表示))/;

function asLabel(s: string, index: number, len: number): boolean {
  return LABEL_BEFORE.test(s.slice(Math.max(0, index - 30), index)) || LABEL_AFTER.test(s.slice(index + len, index + len + 16));
}

/** Right before a symptom: "not", "no longer", "instead of", "isn't showing", "not a". */
const DENIED_BEFORE =
  /(?:(?<![a-z])(?:not|no\slonger|never|instead\sof|rather\sthan)|n't)(?:\s(?:show(?:s|ing)?|display(?:s|ing)?|say(?:s|ing)?|get(?:s|ting)?|see(?:ing)?|report(?:s|ing)?|an?|the|an\serror|error|it'?s|that))*\s?[:"“'「『]?\s?$/i;
/** Right after, in Japanese: 「… ではありません」「… じゃなくて」「… は出ていません」「… ではなく」. */
const DENIED_AFTER_JA = /^\s?[」』"”']?\s?(?:と(?:いう)?(?:エラー|表示)?\s?)?(?:では|じゃ)(?:なく|ない|ありません)|^\s?[」』"”']?\s?(?:は|も)?\s?(?:出て|表示されて)(?:い)?(?:ない|ません)/;
/** Right after the symptom: it is gone ("… is gone now", "… went away", "… has cleared", 「…が消えた」「…は出なくなりました」). */
const GONE_AFTER =
  /^\s?["”'」』]?\s?(?:(?:error|status|message)\s)?(?:(?:is|are|has|have)\s)?(?:(?:now|finally|all)\s)?(?:gone|went\saway|disappeared|cleared|vanished)(?![a-z])|^\s?[」』"”']?\s?(?:の(?:エラー|表示)\s?)?(?:が|は|も)?\s?(?:消え(?:た|まし)|なくな(?:った|りまし)|出なくな(?:った|りまし)|表示されなくな(?:った|りまし))/i;
/** A condition, a plan or a worry, not a report ("if it shows …", "will it say …", 「…になったら」). */
const NOT_SEEN = /(?<![a-z])(?:if|whether|unless|would|will|could|might|avoid|prevent)(?![a-z])|(?:なら|としたら|場合|可能性|おそれ|ますか|ですか)/i;
/** Right after, in Japanese: a question about it (「… の可能性はありますか？」「… でしょうか」「… ですか？」). */
const ASKED_AFTER_JA = /^[^。.!！、,\n]{0,30}?(?:可能性|でしょうか|ですか\s?[？?]|ますか\s?[？?])/;
/**
 * A what-to-do question closing a sentence that reports (", what should I do?", 「が、どうすればいいですか？」): cut
 * before the sentence is classified. Tested only after a symptom was found in the sentence.
 */
const TO_DO_TAIL =
  /(?:[,;:.!。！]\s?|\s[-–—]\s?)(?:so\s|and\s)?(?:what\s(?:should|do|can|must)\s(?:i|we)\s(?:do|try)(?:\snow)?|how\s(?:do|can|should)\s(?:i|we)\s(?:fix|solve|resolve)\s(?:it|this|that)|what\s(?:now|next)|any\sideas?|what(?:'s|\sis)\sthe\sfix)\s?[?？!.]*\s*$|(?:(?:が|けど|けれど(?:も)?)[、,]?|[、,])\s?(?:どう(?:すれば|したら)(?:いい|よい|良い)(?:の)?(?:ですか|でしょうか)?|どう対処すれば(?:いい|よい|良い)(?:ですか|でしょうか)?|対処(?:方法|法)は(?:ありますか)?)\s?[？?。]?\s*$/i;

/**
 * A ClientHello said to be answered with a reset ("Client Hello TLSv1 then RST from the codec", 「Client Hello
 * のあとコーデックから RST が返っています」): this problem's own mark (knowledge.md §Symptom), whatever label TMS shows.
 */
const HELLO_RESET = /client\s?hello[^.。\n]{0,80}?(?<![a-z]|no\s|without\s)(?:rst|reset|resets|リセット)(?![a-z])(?!\s?(?:は|が)?\s?(?:なし|ない|ありません|返って(?:い)?(?:ない|ません)))/i;

/**
 * The symptom corrected without "…, not No HTTPS response" (QA59 #6): "my mistake, it says No SNMP response", "looked again: it is No
 * SNMP response", "actually it's No HTTP response, without the S", 「訂正です。表示は No SNMP response でした」「見間違いでした。No HTTP
 * response です（S なし）」「すみません、よく見たら Navigator の表示は No SNMP response でした」: the other symptom replaces "No HTTPS
 * response" said before, as the explicit form does. Not another symptom added beside it ("… too", "also", "some of them", 「も」「一部」).
 */
const CORRECTED =
  /(?<![a-z])(?:my\s(?:mistake|bad)|correction|i\s(?:misread|misspoke|was\swrong|read\sit\swrong)|misread|looked\sagain|(?:on\s)?(?:a\s)?(?:second|closer)\slook|sorry,?\s(?:i\s(?:meant|mean)|it\s(?:says|shows|is|reads)|it['’]s)|actually,?\s(?:it(?:['’]s|\s(?:is|says|shows|reads))|(?:navigator|tms)\s(?:says|shows))|without\sthe\s["'“]?s["'”]?(?![a-z]))|訂正|見間違|読み間違|間違えました|間違いでした|勘違い|よく見たら|見直したら|正しくは|[（(]\s?s\s?(?:なし|抜き)/i;
const ADDED =
  /(?<![a-z])(?:too|also|as\swell|in\saddition|additionally|besides|others?|some\sof|(?:some|other)\s(?:systems|endpoints|units|codecs))(?![a-z])|response\s?も|他の|ほかの|一部|さらに|加えて|追加で/i;

export interface SymptomRead {
  /** "No HTTPS response" is said as seen (not denied). */
  noHttps: boolean;
  /** Another symptom said as seen, and "No HTTPS response" not: the first one named. */
  other?: OtherSymptomId;
  /** "No HTTPS response" is named only to be denied ("…, not No HTTPS response"). */
  noHttpsDenied: boolean;
  /** A ClientHello is said to be answered with a reset: this problem shows, another label or not. */
  helloReset?: true;
}

function denied(s: string, index: number, len: number): boolean {
  return DENIED_BEFORE.test(s.slice(Math.max(0, index - 30), index)) || DENIED_AFTER_JA.test(s.slice(index + len, index + len + 24));
}

function* matches(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** The sentence (or line) around `at`. */
function sentenceAround(s: string, at: number): string {
  const before = s.slice(Math.max(0, at - 200), at);
  // (A sentence ends at a mark before a space or at a line's end: not at the dots of "CE 9.15.3".)
  let start = 0;
  for (const m of before.matchAll(/[.!?。！？](?=\s)|[。！？\n]/g)) start = m.index + 1;
  const after = s.slice(at, at + 200);
  const end = after.search(/[.!?。！？\n](?:\s|$)|\n/);
  return before.slice(start) + (end >= 0 ? after.slice(0, end) : after);
}

/** What the text says of the symptom seen. */
export function symptomIn(text: unknown): SymptomRead {
  const s = (typeof text === 'string' ? text : '').slice(0, 20_000);
  const out: SymptomRead = { noHttps: false, noHttpsDenied: false };
  if (HELLO_RESET.test(s)) out.helloReset = true;
  if (!MAY.test(s)) return out;
  for (const m of matches(NO_HTTPS, s)) {
    if (denied(s, m.index, m[0].length)) out.noHttpsDenied = true;
    // "No HTTPS response is gone now", 「No HTTPS responseが消えた」: the problem solved, not the symptom seen (R40B).
    else if (GONE_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    else out.noHttps = true;
  }
  if (!out.noHttps && !out.noHttpsDenied && /resp|repon|reson|reps|nhr/i.test(s)) {
    for (const m of matches(NO_HTTPS_SHORT, s)) {
      const nhr = /^nhr$/i.test(m[0]);
      if (nhr && !NHR_NEAR.test(sentenceAround(s, m.index))) continue;
      // ("no NHR on the codecs anymore": "no" before the short form denies it, as "not" does.)
      if (denied(s, m.index, m[0].length) || (nhr && /(?<![a-z])no\s$/i.test(s.slice(Math.max(0, m.index - 3), m.index)))) out.noHttpsDenied = true;
      else if (GONE_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      else out.noHttps = true;
    }
  }
  if (out.noHttps) return out;
  for (const sentence of sentencesOf(s)) {
    if (!MAY.test(sentence)) continue;
    for (const [id, re] of OTHER) {
      if (LOOSE.has(id) && LOOSE_GUARD.test(sentence)) continue;
      for (const m of matches(re, sentence)) {
        if (denied(sentence, m.index, m[0].length)) continue;
        if (LABEL_ONLY.has(id) && !asLabel(sentence, m.index, m[0].length)) continue;
        // ("Medium-High にしたら HDX で Security violation … と TMS Connection Error が出ます": the level's known trade-off, read elsewhere.)
        if (id === 'tms-connection-error' && TRADE_OFF_NEAR.test(sentence)) continue;
        if (LOOSE.has(id) && SQL_NEAR.test(sentence.slice(Math.max(0, m.index - 40), m.index + m[0].length + 24))) continue;
        // The clause around it: a condition or a plan is not a report (a what-to-do question after it does not count).
        const end = m.index + m[0].length;
        const cut = sentence.replace(TO_DO_TAIL, '');
        const head = cut.length >= end ? cut : sentence;
        const mode = classifyClause(head);
        if (mode === 'hypothetical' || mode === 'planned' || NOT_SEEN.test(sentence.slice(0, m.index)) || ASKED_AFTER_JA.test(head.slice(end))) continue;
        out.other = id;
        if (!out.noHttpsDenied && CORRECTED.test(s) && !ADDED.test(s)) out.noHttpsDenied = true;
        return out;
      }
    }
  }
  return out;
}

/**
 * Another symptom reported, and the only question a what-to-do one ("The HDX shows Wrong username or password,
 * what should I do?"): the report's answer says what to do (not a catalogue entry for a word in it, "HDX").
 */
export function otherSymptomReportAsksWhatToDo(text: string): boolean {
  if (!MAY.test(text)) return false;
  const s = text.slice(0, 20_000);
  if (!TO_DO_TAIL.test(s.slice(-160))) return false;
  const read = symptomIn(s);
  return read.other !== undefined && !read.helloReset;
}

/** The other symptom a text names, whatever it says of it ("Could it be Wrong username or password?"): the first in OTHER's order. */
export function otherSymptomNamed(text: string): OtherSymptomId | undefined {
  const s = text.slice(0, 2000);
  if (!MAY.test(s)) return undefined;
  for (const [id, re] of OTHER) {
    re.lastIndex = 0;
    if (re.test(s)) return id;
  }
  return undefined;
}
