/**
 * Other Cisco products TMS manages over HTTPS that meet the same TLS 1.0 wall (knowledge.md, "What
 * else a senior engineer checks"): their names and common spellings, for the conversation's
 * free-text recognition (src/domain/extract.ts) and for the finding that names them.
 */
import { allMatches } from '../understand/fast-regex';
import { levelIsEndpointCondition } from '../understand/level-condition';
import { classifyClause, endsAsQuestion, JA_NARRATIVE, JA_RELEASE_THEN } from '../understand/clauses';
import { groupedByFirstLetter } from '../understand/first-letter';

export const OTHER_PRODUCT_IDS = ['meeting-server', 'expressway', 'conductor', 'telepresence-server'] as const;
export type OtherProductId = (typeof OTHER_PRODUCT_IDS)[number];

export interface OtherProduct {
  id: OtherProductId;
  /** How the bot names it. */
  name: string;
  /** Bounded, linear patterns (no nested quantifiers) for names that can only mean the product. */
  patterns: readonly RegExp[];
  /**
   * Short names that also mean something else ("the CMS team", "TPS report", "the conductor of the
   * call"): they count only as a clear product mention (see isProductUse).
   */
  ambiguous?: RegExp;
}

export const OTHER_PRODUCTS: Readonly<Record<OtherProductId, OtherProduct>> = {
  'meeting-server': {
    id: 'meeting-server',
    name: 'Cisco Meeting Server',
    patterns: [/(?<![a-z])(?:cisco\s)?meeting\sservers?(?![a-z])/i, /(?<![a-z])acano(?![a-z])/i, /ミーティング\s?サーバ/],
    ambiguous: /(?<![a-z])cms(?![a-z\d])/gi,
  },
  expressway: {
    id: 'expressway',
    name: 'Expressway / VCS',
    patterns: [/(?<![a-z])expressway(?:-?[ce])?s?(?![a-z])/i, /(?<![a-z])vcs-?[ce]s?(?![a-z])/i, /エクスプレスウェイ/],
    ambiguous: /(?<![a-z])vcs(?![a-z\d-])/gi,
  },
  conductor: {
    id: 'conductor',
    name: 'TelePresence Conductor',
    patterns: [/(?<![a-z])(?:telepresence|cisco)\sconductors?(?![a-z])/i, /コンダクター/],
    ambiguous: /(?<![a-z])conductor(?![a-z])/gi,
  },
  'telepresence-server': {
    id: 'telepresence-server',
    name: 'TelePresence Server',
    patterns: [/(?<![a-z])telepresence\sservers?(?![a-z])/i],
    ambiguous: /(?<![a-z])tps(?![a-z\d])/gi,
  },
};

/** Right after a short name: a version ("CMS 3.1", "VCS X8.11", "Conductor XC4.3") or a product noun. */
const PRODUCT_AFTER =
  /^[\s:-]{0,3}(?:v(?:er(?:sion)?)?\.?\s?|x|xc)?\d|^\s(?:servers?|nodes?|clusters?|api|call\s?bridges?|web\s?bridges?|appliances?|vms?|blades?|boxe?s?|instances?|systems?|units?|peers?)(?![a-z])|^\s?(?:サーバ|ノード|クラスタ)|^\s?の\s?(?:バージョン|リリース)\s?(?:は|:|：)?\s?\d/i;
/** Right before a short name: "Cisco CMS", "our VCS", "the TMS-managed Conductor". */
const PRODUCT_BEFORE = /(?:cisco|our|their|managed|both|the\smanaged)\s$/i;
/** Right after a short name, a word that makes it a team, a paper or a person ("CMS team", "TPS report", "conductor of"). */
const OTHER_SENSE_AFTER =
  /^\s?(?:team|teams|folks|guys?|people|person|admins?|owners?|report|reports|sheets?|cover|ticket|change|changes|approval|said|says|told|thinks|of|history|repo|repository|commit|content|page|pages|website|site|plugin|template|editor|チーム|担当|さん|の人|部署|レポート|報告)(?![a-z])/i;
/** In the same sentence: what TMS does with the system, or the symptom itself. */
const PRODUCT_CONTEXT = /(?<![a-z])(?:https|tls|ssl|no\shttps\sresponse|tms|managed|manages|manage|navigator|polled|polling|certificate|affect(?:s|ed)?|impact(?:s|ed)?)(?![a-z])|管理|ポーリング|証明書|影響/i;
/**
 * A short question that is only about the name, asked in a conversation about TMS: "what about CMS?",
 * "CMS?", 「VCS はどうですか」, 「TPS は？」 (the part of the sentence before and after the name).
 */
const SHORT_QUESTION_BEFORE = /^\s*(?:(?:so|and|also|ok|okay)[,\s]+)?(?:(?:what|how)\sabout\s)?(?:the\s)?$/i;
const SHORT_QUESTION_AFTER = /^\s*(?:too|as\swell|also)?\s*[?？]|^\s?(?:は|も)\s?(?:どうですか|どうでしょうか|どう|大丈夫ですか)?\s?[?？]?\s*$|^\s?(?:は|も)\s?(?:どうですか|どうでしょうか)/;

/** The sentence around `at` (bounded to 300 characters either side). */
function sentenceAround(s: string, at: number, len: number): string {
  const from = Math.max(0, at - 300);
  const before = s.slice(from, at);
  const after = s.slice(at + len, at + len + 300);
  const start = Math.max(before.search(/[^.!?。！？\n]*$/), 0);
  const end = after.search(/[.!?。！？\n]/);
  return before.slice(start) + s.slice(at, at + len) + (end < 0 ? after : after.slice(0, end));
}

/** Does a short name at `at` name the product here? Only when nothing gives it another sense and something marks it as the product. */
function isProductUse(s: string, at: number, len: number): boolean {
  const after = s.slice(at + len, at + len + 40);
  if (OTHER_SENSE_AFTER.test(after)) return false;
  if (PRODUCT_AFTER.test(after) || PRODUCT_BEFORE.test(s.slice(Math.max(0, at - 20), at))) return true;
  const sentence = sentenceAround(s, at, len);
  if (PRODUCT_CONTEXT.test(sentence)) return true;
  const before = s.slice(Math.max(0, at - 60), at);
  return sentence.length <= 40 && SHORT_QUESTION_BEFORE.test(before.slice(Math.max(before.search(/[^.!?。！？\n]*$/), 0))) && SHORT_QUESTION_AFTER.test(after);
}

/**
 * Word gates: a literal that every alternative of a reader's patterns needs, so that a text without any of them cannot
 * match and the reader's patterns (4 to 16 of them) are not run. They run on every message and nearly never match
 * (products, models, Telnet systems: about 1 message in 500 of the replay grid), and a pattern run on each message costs
 * more in the app than in a tight loop (the compiled code falls out of the CPU caches between turns): one cheap pattern
 * instead. Each gate is written from its reader's patterns; test/conversation/r16-reader-gates.test.ts checks, over every
 * grid and conversation message, that a gated reader answers as the ungated one.
 */
/** OTHER_PRODUCTS' patterns and short names: meeting, acano, cms, expressway, vcs, conductor, telepresence, tps (and the Japanese names). */
export const OTHER_PRODUCT_GATE = groupedByFirstLetter(/meeting|acano|ミーティング|cms|expressway|vcs|エクスプレスウェイ|conductor|コンダクター|telepresence|tps/i);
/** CE_ONLY_MODELS: Room Kit, Codec Plus/Pro, Board, Desk. */
export const CE_ONLY_MODEL_GATE = /room|codec|board|desk/i;
/** TC_ERA_MODEL: "SX80", "mx 700", "EX-90": an x, then a digit 1-9 after an optional space and hyphen; "C40": c and 20/40/60/90. */
export const TC_ERA_MODEL_GATE = /x\s?-?[1-9]|c[2469]0/i;
/** TELNET_SYSTEM: polycom, vsx, hdx, mxp (tandberg only before mxp), ポリコム. */
export const TELNET_SYSTEM_GATE = /polycom|vsx|hdx|mxp|ポリコム/i;
/** RAN_TC: each alternative names TC ("from tc", "on tc", "tc 7.3.3"). */
export const RAN_TC_GATE = /tc/i;

/** The other products named in a text (at most the first 20,000 characters are read). */
export function detectOtherProducts(text: unknown): OtherProductId[] {
  const s = (typeof text === 'string' ? text : '').slice(0, 20_000);
  if (!OTHER_PRODUCT_GATE.test(s)) return [];
  return OTHER_PRODUCT_IDS.filter((id) => {
    const p = OTHER_PRODUCTS[id];
    if (p.patterns.some((re) => re.test(s))) return true;
    if (!p.ambiguous) return false;
    p.ambiguous.lastIndex = 0;
    for (const m of allMatches(p.ambiguous, s)) if (isProductUse(s, m.index, m[0].length)) return true;
    return false;
  });
}

/**
 * Meeting Server named where a release may follow: the full names, Acano (its name before 2.0), and
 * "CMS" when it is the product (isProductUse).
 */
const MEETING_SERVER_NAME = /(?<![a-z])(?:(?:cisco\s)?meeting\sserver|acano|cms)(?![a-z])|ミーティング\s?サーバー?/gi;
/**
 * Right after the name, its release: "CMS 2.2", "Meeting Server version 3.1.2", "CMS v2.9", "Acano
 * R1.8", 「CMS のバージョンは 2.9」. Two or three numbers; a longer dotted run is something else.
 */
const RELEASE_AFTER = /^[\s:-]{0,3}(?:\s?の\s?)?(?:(?:version|ver\.?|release|rel\.?|r|v|バージョン)\s?(?:is\s|は\s?|:\s?|=\s?)?)?(\d{1,2})\.(\d{1,2})(?:\.(\d{1,3}))?(?![\d.]*\d)/i;

/**
 * The Meeting Server release the text names with it ("CMS 2.2" → "2.2"), or undefined. Only a
 * release right after the name counts ("upgraded CMS from 2.2 to 3.1" names none): a guess here
 * would decide whether the TLS 1.0 wall applies. Majors 1 to 9 (Acano 1.x, Meeting Server 2.x, 3.x).
 */
export function meetingServerReleaseIn(text: unknown): string | undefined {
  const s = (typeof text === 'string' ? text : '').slice(0, 20_000);
  let found: string | undefined;
  MEETING_SERVER_NAME.lastIndex = 0;
  for (const m of allMatches(MEETING_SERVER_NAME, s)) {
    if (/^cms$/i.test(m[0]) && !isProductUse(s, m.index, m[0].length)) continue;
    const r = RELEASE_AFTER.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!r || Number(r[1]) < 1 || Number(r[1]) > 9) continue;
    found = `${Number(r[1])}.${Number(r[2])}${r[3] !== undefined ? `.${Number(r[3])}` : ''}`;
  }
  return found;
}

/**
 * Is this Meeting Server release before 2.3 (true), 2.3 or later (false)? null = not a release.
 * The sources say only that 2.3 and later take TLS 1.2 at minimum on the API.
 */
export function meetingServerBefore23(release: unknown): boolean | null {
  const m = typeof release === 'string' ? /^(\d{1,2})\.(\d{1,2})(?:\.\d{1,3})?$/.exec(release) : null;
  if (!m) return null;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  return major < 2 || (major === 2 && minor < 3);
}

/** Endpoints named: "endpoints", "codecs", "Room Kit", 「エンドポイント」, 「端末」, 「コーデック」. */
const ENDPOINT_WORD = /(?<![a-z])(?:endpoints?|codecs?|room\s?kits?)(?![a-z])|エンドポイント|端末|コーデック/gi;
/** Right after: they are said to be fine ("the endpoints are fine", 「エンドポイントは問題ありません」). */
const ENDPOINTS_FINE_AFTER =
  /^\s?(?:(?:are\s|is\s)?(?:on|running|run)\s(?:tc|ce|roomos)\s?\d{1,2}(?:\.\d{1,3}){0,3}[,\s]\s?(?:(?:still|all|also)\s)?(?:work(?=\s?[,;.]|\s(?:but|while|though|yet)\s)|(?:are|is|were)\s(?:still\s|all\s)?(?:fine|ok|okay|good|working|normal|unaffected)))|^\s?(?:(?:are|is|were|seem|look|stay)\s(?:still\s|all\s)?)?(?:fine|ok|okay|good|working|normal|unaffected|not\saffected|work\s(?:fine|ok|normally))(?![a-z])|^\s?(?:は|が)?\s?(?:すべて|全部)?\s?(?:問題(?:ない|なし|ありません)|正常|大丈夫|影響(?:ありません|なし|はありません|を受けていません)|直り(?:ました|まし)|直った|復旧しました)/i;
/** Right before: "not the endpoints", "no endpoints", "not an endpoint". */
const ENDPOINTS_NOT_BEFORE = /(?<![a-z])(?:not|no|isn't|aren't)\s(?:the\s|our\s|an?\s|any\s)?$/i;
/**
 * Right before: one other endpoint ("the other endpoint", "another codec", 「もう1台の」「他の1台の」): said fine, it is one
 * that works beside the ones that fail (failureScope reads 'some'), not the endpoints as a whole.
 */
const ONE_OTHER_BEFORE = /(?<![a-z])(?:the\sother|another|the\sone\sother|one\sother)\s$|(?:もう|他の|ほかの)\s?(?:1|一)\s?台の?\s?$/i;

/**
 * Does the text say endpoints fail too (true), or that they do not (false)? undefined = no endpoint
 * named. Read with other products (detectOtherProducts): "our endpoints and the Expressway" → true,
 * "the endpoints are fine, only the Expressway" → false. Bounded input, linear regexes.
 */
export function endpointsFailIn(text: unknown): boolean | undefined {
  const s = (typeof text === 'string' ? text : '').slice(0, 20_000);
  let said: boolean | undefined;
  ENDPOINT_WORD.lastIndex = 0;
  for (const m of allMatches(ENDPOINT_WORD, s)) {
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const before = s.slice(Math.max(0, m.index - 20), m.index);
    const fine = ENDPOINTS_FINE_AFTER.test(after) || ENDPOINTS_NOT_BEFORE.test(before);
    // "the endpoints are on TC 7.3.3", 「エンドポイントは CE 9.15 です」: which release they run, not that they fail
    // (after "only the Meeting Server fails, endpoints fine" it must not turn them into failing ones). Such a mention is
    // skipped whatever its clause's mode, so this cheap test comes before the clause's reading (endpointClaimAt, ~1 us).
    if (!fine && versionOnlyAt(s, m.index, m[0].length)) continue;
    const claim = endpointClaimAt(s, m.index, m[0].length);
    if (claim === 'none' || (claim === 'asked' && (fine || !ENDPOINTS_FAIL_ASKED.test(clauseAfter(s, m.index + m[0].length))))) continue;
    if (!fine) return true;
    if (ONE_OTHER_BEFORE.test(before)) continue;
    said = false;
  }
  return said;
}

/** A clause that opens a supposition: "if the endpoints fail", "once the codecs are upgraded", 「もしエンドポイントが…」. */
const SUPPOSE_START = /^\s*(?:(?:and|but|so|ok|okay)[,\s]+)?(?:if|unless|once|suppose|supposing|assuming|in\scase|even\sif)\s|^\s*(?:もし|仮に)/i;
/**
 * In a question, what still says the endpoints fail: "why do the endpoints show No HTTPS response?",
 * 「なぜエンドポイントは失敗するのですか？」 ("why would the endpoints work then?" does not).
 */
const ENDPOINTS_FAIL_ASKED =
  /fail|error|broken|unreachable|no\shttps|(?:not|n't)\s(?:\w+\s)?(?:work|respond|connect|reach|answer)|失敗|エラー|繋がら|つながら|接続でき(?:ない|ません)|応答(?:が|し)?(?:ない|ません)|動か(?:ない|ず)|使えない/i;
const CLAUSE_END = /[.!?。！？\n,;、；]/;
/** The end of a sentence (a "." inside a version such as 9.15 is not one). */
const SENTENCE_END = /[!?。！？\n]|\.(?:\s|$)/;
/** Right after an endpoint word: only the release they run ("are on TC 7.3.3", "run CE 9.15", 「は CE 9.15 です」). */
const VERSION_ONLY_AFTER =
  /^\s?(?:(?:are|is|were|all|still|now|currently|already)\s)*(?:on|at|running|run|runs)\s(?:the\s)?(?:tc|ce|roomos|room\sos|version|release|software|firmware|\d)|^\s?(?:は|が)\s?(?:すべて|全部|全て|まだ|今は)?\s?(?:tc|ce|roomos|\d)/i;

/**
 * The words after an endpoint word only say which release they run, with nothing of a failure in the
 * rest of its sentence nor in the 80 characters of it before the word.
 */
function versionOnlyAt(s: string, at: number, len: number): boolean {
  const after = s.slice(at + len, at + len + 160);
  const end = after.search(SENTENCE_END);
  const rest = end < 0 ? after : after.slice(0, end);
  if (!VERSION_ONLY_AFTER.test(rest) || ENDPOINTS_FAIL_ASKED.test(rest)) return false;
  const before = s.slice(Math.max(0, at - 80), at);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  return !ENDPOINTS_FAIL_ASKED.test(before.slice(start + 1));
}

/** The clause from `at` to its end (at most 120 characters). */
function clauseAfter(s: string, at: number): string {
  const after = s.slice(at, at + 120);
  const end = after.search(CLAUSE_END);
  return end < 0 ? after : after.slice(0, end);
}

/** Where a clause starting at `start` of `before` really starts when a dot inside a number ("CE 8.0", 「CE 8.0の」) cut it (≤ 60 back). */
function startOverNumberDots(before: string, start: number): number {
  const floor = Math.max(0, start - 60);
  let i = start;
  while (i >= 2 && i > floor && before[i - 1] === '.' && /\d/.test(before[i - 2]) && /\d/.test(before[i] ?? '')) {
    let j = i - 1;
    while (j > floor && !/[.!?。！？\n,;、；]/.test(before[j - 1])) j--;
    i = j;
  }
  return i;
}

/**
 * How the clause around an endpoint word holds it: 'none' for a supposition, a plan or a quote ("if
 * the endpoints fail", "what if the codecs work?", "the endpoints would be fine", 「もしエンドポイントが…」),
 * 'asked' in a question ("why would the endpoints work then?", 「なぜエンドポイントは動いているのですか？」),
 * else 'stated'. A question states nothing about the endpoints unless it says how they fail.
 */
function endpointClaimAt(s: string, at: number, len: number): 'none' | 'asked' | 'stated' {
  const before = s.slice(Math.max(0, at - 200), at);
  const clauseStart = Math.max(before.search(/[^.!?。！？\n,;、；]*$/), 0);
  const rest = s.slice(at + len, at + len + 200);
  const sentenceEnd = rest.search(/[.!?。！？\n]/);
  const clauseEnd = rest.search(CLAUSE_END);
  const clause = before.slice(clauseStart) + s.slice(at, at + len) + (clauseEnd < 0 ? rest : rest.slice(0, clauseEnd + 1));
  if (SUPPOSE_START.test(clause)) return 'none';
  // 「CE 8.0のエンドポイントはMedium-Highでも動きます」, "CE 8.0 endpoints still work at Medium-High": a release said to work
  // under a level is a case, not the user's endpoints failing (R45A; before, the endpoint word alone read as failing).
  // (The release's own dot, "CE 8.0", does not end that clause.)
  if (levelIsEndpointCondition(before.slice(startOverNumberDots(before, clauseStart), clauseStart) + clause)) return 'none';
  const mode = classifyClause(clause);
  const sentenceTail = sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd + 1);
  // 「端末を CE 9.15 にアップグレードしたら、全部 No HTTPS response になりました」: たら with a past result tells what happened.
  const narrative = mode === 'hypothetical' && /たら/.test(clause) && !endsAsQuestion(sentenceTail) && (JA_NARRATIVE.test(sentenceTail) || JA_RELEASE_THEN.test(s.slice(at, at + len) + sentenceTail));
  if (!narrative && (mode === 'hypothetical' || mode === 'planned' || mode === 'quoted')) return 'none';
  // The question mark ends the sentence: the clause that carries it asks ("endpoints fail too, why?" states first).
  const lastClause = clauseEnd < 0 || clauseEnd === sentenceEnd;
  if (mode === 'asked' || (lastClause && endsAsQuestion(sentenceTail))) return 'asked';
  return 'stated';
}

/**
 * Models that knowledge.md lists as hardware introduced with CE 9 / RoomOS, which cannot run TC at
 * all (so no downgrade to TC 7.3.3): the Room Kit family, Codec Plus/Pro, Boards, the Desk series.
 * Only spellings that cannot mean anything else ("board" alone, "desk" alone are not models here).
 */
const CE_ONLY_MODELS: readonly [RegExp, string][] = [
  [/(?<![a-z])room\s?kits?(?:\s?(mini|plus|pro|eqx?)s?)?(?![a-z])/gi, 'Room Kit'],
  [/(?<![a-z])codec\s?(plus|pro)s?(?![a-z])/gi, 'Codec'],
  [/(?<![a-z])(?:(?:webex|spark|cisco)\s?board(?:\s?(pro|55|70|85))?|board\s?(pro|55|70|85))(?![a-z\d])/gi, 'Board'],
  [/(?<![a-z])(?:webex\s)?desk\s?(pro|mini|hub)(?![a-z])|(?<![a-z])webex\sdesk(?![a-z])/gi, 'Desk'],
];
/** Right before a model: "not a Room Kit", "no Room Kits", "instead of the Board Pro". */
const MODEL_NOT_BEFORE = /(?<![a-z])(?:not|no|isn't|aren't|instead\sof)\s(?:the\s|our\s|an?\s|any\s)?$/i;
/** Right after a model, in Japanese: 「Room Kit ではなく」「Room Kit ではありません」. */
const MODEL_NOT_AFTER_JA = /^\s?(?:\([^)]{0,30}\)\s?)?(?:では|じゃ)(?:なく|ない|ありません)/;

const cap = (w: string) => (/^eqx?$/i.test(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());

/**
 * What a global regex names in a text, in the bot's spelling, once each: matches denied by the words
 * right before (`notBefore`, on the `beforeLen` characters before) or right after (`notAfter`, on the
 * 40 after) are left out. Bounded input (20,000 characters), linear regexes.
 */
function namedIn(text: unknown, re: RegExp, notBefore: RegExp, notAfter: RegExp, nameOf: (m: RegExpExecArray) => string, out: string[] = [], beforeLen = 20): string[] {
  const s = (typeof text === 'string' ? text : '').slice(0, 20_000);
  re.lastIndex = 0;
  for (const m of allMatches(re, s)) {
    const before = s.slice(Math.max(0, m.index - beforeLen), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (notBefore.test(before) || notAfter.test(after)) continue;
    const name = nameOf(m);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * The CE 9 / RoomOS-only models the text names as the user's ("our Room Kit Pro", 「Room Kit です」),
 * in the bot's spelling ("Room Kit Pro", "Codec Plus", "Board Pro", "Desk Pro"); [] when none is named
 * or each is named only to be denied ("not a Room Kit"). Bounded input, linear regexes.
 */
export function ceOnlyModelsIn(text: unknown): string[] {
  const out: string[] = [];
  if (typeof text !== 'string' || !CE_ONLY_MODEL_GATE.test(text)) return out;
  for (const [re, base] of CE_ONLY_MODELS) {
    namedIn(text, re, MODEL_NOT_BEFORE, MODEL_NOT_AFTER_JA, (m) => {
      const variant = m.slice(1).find((g) => g !== undefined);
      return variant ? `${base} ${cap(variant)}` : base;
    }, out);
  }
  return out;
}

/** Is a model name (in the bot's spelling) one of the CE 9 / RoomOS-only models ("Codec Pro", "Room Kit Mini")? */
export function isCeOnlyModel(name: string): boolean {
  return /^(?:Room Kit|Codec|Board|Desk)(?:\s|$)/.test(name);
}

/**
 * Endpoint models of the TC era that a user names ("SX80", "mx700", "MX300 G2", "DX80", "EX90"), in
 * the bot's spelling. Naming one says nothing by itself about TC (knowledge.md has no model list):
 * what the user says they ran decides it (endpointsRanTcIn). Bounded input, linear regex.
 */
const TC_ERA_MODEL = /(?<![a-z\d])(?:(sx|mx|dx|ex)\s?-?(10|20|60|70|80|90|200|300|650|700|800)(?:\s?(g2))?|(?:codec\s)?(c)(20|40|60|90))s?(?![a-z\d])/gi;

export function endpointModelsIn(text: unknown): string[] {
  if (typeof text !== 'string' || !TC_ERA_MODEL_GATE.test(text)) return [];
  // (The C series, "C40s", "Codec C90": TelePresence codecs of the TC era, named "C40".)
  return namedIn(text, TC_ERA_MODEL, MODEL_NOT_BEFORE, MODEL_NOT_AFTER_JA, (m) => (m[4] ? `C${m[5]}` : `${m[1].toUpperCase()}${m[2]}${m[3] ? ' G2' : ''}`));
}

/**
 * Models said to work ("the C40 works", "C40 is fine", "the SX20s are OK now", 「C40 は正常です」): not failing models (QA: "the
 * C40 works" added the C40 to the failing ones). The words right before the works-phrase (up to three) are the models'. A
 * question ("does the C40 work?") and a negated one ("the C40 isn't fine") say nothing. Bounded input, linear regexes.
 */
const WORKS_GATE = /work|fine|ok|good|green|unaffected|正常|問題|大丈夫|動いて/i;
const MODEL_WORKS_EN =
  /(?<![\w-])((?:[\w-]{1,24}\s){0,2}[\w-]{1,24})\s(?:(?:is|are)\s(?:still\s|all\s|now\s)?(?:fine|ok|okay|good|green|working|unaffected|not\saffected)|(?:still\s|now\s)?works(?:\s(?:fine|ok|normally))?|(?:still\s|now\s)?work\s(?:fine|ok|normally)|(?:still\s)?worked(?:\sfine)?)(?![a-z])/gi;
const MODEL_WORKS_JA = /([\w\s-]{2,24}?)\s?(?:は|も)\s?(?:正常|問題(?:ない|なし|ありません)|大丈夫|動いて(?:います|いる))/gi;

export function modelsSaidToWork(text: string): string[] {
  const t = text.slice(0, 2000);
  if (!WORKS_GATE.test(t) || /[?？]/.test(t)) return [];
  const out: string[] = [];
  for (const re of [MODEL_WORKS_EN, MODEL_WORKS_JA]) {
    for (const m of t.matchAll(re)) out.push(...endpointModelsIn(m[1]), ...ceOnlyModelsIn(m[1]));
  }
  return [...new Set(out)];
}

/**
 * Did the user say the endpoints ran TC before their current release? "upgraded from TC7.3.3 to
 * ce9.12.3", "TC 7.3.3 → CE 9.15 upgrade", 「TC7.3.3 から CE9.15 にアップグレード」, "they were on TC 7.3.3
 * until last week". Then their hardware runs TC (knowledge.md: the downgrade exists for such hardware).
 */
const RAN_TC =
  /(?<![a-z])(?:upgrad\w*|updat\w*|migrat\w*|moved|went)\s(?:\S+\s){0,6}?from\stc\s?v?\d|(?<![a-z])from\stc\s?v?\d{1,2}(?:\.\d{1,3}){1,3}[\w.-]{0,24}\s(?:to|->|→)\s(?:ce|roomos)\s?v?\d|(?<![a-z])(?:were|was)\s(?:\S+\s){0,2}?on\stc\s?v?\d|(?<![a-z])tc\s?v?\d{1,2}(?:\.\d{1,3}){1,3}[\w.-]{0,24}\s?(?:->|→|から)\s?(?:ce|roomos)\s?v?\d/i;
const UPGRADE_SAID = /upgrad|updat|migrat|(?<![a-z])(?:moved|went|were|was)(?![a-z])|アップグレード|アップデート|更新|上げ|移行/i;

/** Each gate with the patterns it stands for (for the gates' test). */
export const PRODUCT_GATES: readonly (readonly [RegExp, readonly RegExp[]])[] = [
  [OTHER_PRODUCT_GATE, OTHER_PRODUCT_IDS.flatMap((id) => [...OTHER_PRODUCTS[id].patterns, ...(OTHER_PRODUCTS[id].ambiguous ? [OTHER_PRODUCTS[id].ambiguous] : [])])],
  [CE_ONLY_MODEL_GATE, CE_ONLY_MODELS.map(([re]) => re)],
  [TC_ERA_MODEL_GATE, [TC_ERA_MODEL]],
  [RAN_TC_GATE, [RAN_TC]],
];

export function endpointsRanTcIn(text: unknown): boolean {
  const s = (typeof text === 'string' ? text : '').slice(0, 20_000);
  return RAN_TC_GATE.test(s) && RAN_TC.test(s) && UPGRADE_SAID.test(s);
}

/**
 * Systems named that TMS may manage over Telnet or SNMP (knowledge.md: for example Polycom HDX, older
 * Tandberg MXP): "old Polycom VSX", "our HDX units", 「Polycom HDX」. Not those named to be denied
 * ("no Polycoms"). Bounded input, linear regex.
 */
/**
 * The same systems as plain words (a plural allowed), for readers that only need to know one is named: "the polycoms",
 * "2 MXPs", 「ポリコム」「タンバーグ」 (understand/http-subject.ts). TELNET_SYSTEM below is their capturing form.
 */
export const TELNET_PRODUCT_WORDS_EN = String.raw`polycoms?|hdxs?|vsxs?|tandbergs?|mxps?`;
export const TELNET_PRODUCT_WORDS_JA = 'ポリコム|タンバーグ';
const TELNET_SYSTEM = /(?<![a-z])(?:(polycom)\s?(vsx|hdx)?|(vsx|hdx)|tandberg\s?(mxp)|(mxp))(?:\s?\d{3,4})?s?(?![a-z])|ポリコム/gi;
const SYSTEM_NOT_BEFORE = /(?<![a-z])(?:not|no|isn't|aren't|don't\shave|do\snot\shave|without|instead\sof|retired|decommissioned|removed|got\srid\sof)\s(?:\w+\s){0,2}$/i;
const SYSTEM_NOT_AFTER_JA = /^\s?(?:\([^)]{0,30}\)\s?)?(?:は|も)?(?:では|じゃ)?(?:なく|ない|ありません|なし|使っていません|ありませ|(?:すでに|既に|もう)?(?:撤去|廃棄|廃止))/;

/**
 * A piece of a message that says its devices do NOT use Telnet: "the polycoms use http, not telnet", "the HDX
 * don't use telnet", "over HTTP instead of Telnet", "Telnet isn't used anymore", "we no longer use telnet", 「PolycomはTelnetではなくHTTPで管理」「HDXはTelnet使ってない」.
 * A device named there is no Telnet device (the note on HTTP-managed devices covers it). Pieces: sentences, and
 * clauses joined by "but"/"while"/けど, so that "MXPs use telnet, but the polycoms use http, not telnet" keeps the MXPs.
 */
const NOT_TELNET =
  /(?<![a-z])(?:not|never|no|neither|instead\sof|rather\sthan)\s(?:over\s|via\s|by\s|using\s|with\s|through\s)?telnet(?![a-z])|(?<![a-z])(?:don't|doesn't|do\snot|does\snot|aren't|isn't|are\snot|is\snot)\s(?:use\s|using\s|on\s|managed\s(?:over|via|by)\s)?telnet(?![a-z])|telnet\s?(?:では|じゃ)(?:なく|ない)|telnet\s?(?:は|を|で)?(?:使って(?:い)?(?:ない|ません)|使いません|使わ|管理して(?:い)?(?:ない|ません))|(?<![a-z])telnet\s(?:is|are)(?:n't|\snot)\s(?:used|needed|in\suse)(?![a-z])|(?<![a-z])no\slonger\s(?:use\s|using\s|used\s|need\s)?telnet(?![a-z])/i;
const NOT_TELNET_PIECE = /[.;!。！\n]+|,\s*(?=(?:but|while|whereas)\s)|\s(?:but|while|whereas)\s|けど|けれど|が、/i;

export function telnetSystemsIn(text: unknown): string[] {
  const s = (typeof text === 'string' ? text : '').slice(0, 20_000);
  if (!TELNET_SYSTEM_GATE.test(s)) return [];
  // (Cheap word test first: only a message that names Telnet can deny it.)
  if (/telnet/i.test(s) && NOT_TELNET.test(s)) {
    const out: string[] = [];
    for (const piece of s.split(NOT_TELNET_PIECE)) if (!NOT_TELNET.test(piece) || /[?？]/.test(piece)) telnetSystemsNamed(piece, out);
    return out;
  }
  return telnetSystemsNamed(s, []);
}

/** TELNET_SYSTEM's gate with its pattern (for the gates' test). */
export const TELNET_SYSTEM_GATES: readonly (readonly [RegExp, readonly RegExp[]])[] = [[TELNET_SYSTEM_GATE, [TELNET_SYSTEM]]];

function telnetSystemsNamed(text: string, out: string[]): string[] {
  return namedIn(
    text,
    TELNET_SYSTEM,
    SYSTEM_NOT_BEFORE,
    SYSTEM_NOT_AFTER_JA,
    (m) => {
      const family = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').toUpperCase();
      return family === 'MXP' ? 'Tandberg MXP' : family ? `Polycom ${family}` : 'Polycom';
    },
    out,
    30,
  );
}
