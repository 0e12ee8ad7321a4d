/**
 * How many systems fail, as engineers say it: "3 of 40 systems", "only a few codecs", "the others
 * are fine", 「40台中3台」, 「一部のエンドポイント」 (some), or "all endpoints show it", 「全台」
 * (all). It matters: only some failing through one TMS points at those systems, or at their
 * releases, rather than at the TMS server (src/domain/knowledge: someSystemsFail). Pure; the last
 * signal in the text wins ("3 of 40 yesterday, now all of them fail").
 */
import { groupedByFirstLetter } from './first-letter';
import { allMatches } from './fast-regex';
import { nfkc } from '../nfkc';

export type FailureScope = 'some' | 'all';

const NOUN = '(?:systems?|endpoints?|codecs?|devices?|units?|rooms?|sites?|boxes|room\\s?kits?|sx\\d*s?|mx\\d*s?|dx\\d*s?|boards?)';
const WORD = "(?:[a-z0-9-]+\\s)?"; // one word before the noun: "video", "SX20", "affected"
const FEW = '(?:some|a\\sfew|few|a\\scouple(?:\\sof)?|a\\shandful(?:\\sof)?|several|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,5})';

/** "3 of 40 systems", "3 out of our 40 codecs": some when fewer than all, all when as many. */
const COUNT_EN = new RegExp(`(?<![\\d.])(\\d{1,5})\\s(?:out\\s)?of\\s(?:the\\s|our\\s|all\\s|all\\sthe\\s)?(\\d{1,5})\\s${WORD}${NOUN}(?![a-z])`, 'g');
/** 「40台中3台」「40台のうち3台」: the total first. */
/**
 * "still No HTTPS response on 3 of 40", "3 of 40 still show No HTTPS response": the count with no noun,
 * where the symptom is named in the same message (not "step 2 of 6", "page 1 of 3").
 */
const COUNT_BARE_EN = /(?<!(?:step|steps|page|part|frame|item|line|turn|no\.?|#)\s?|[\d.])(\d{1,5})\s(?:out\s)?of\s(?:the\s|our\s|all\s)?(\d{1,5})(?![\d.])/g;
const SYMPTOM_EN = /no\shttps\sresponse|(?<![a-z])(?:fail(?:s|ing)?|still\s(?:broken|red|down))(?![a-z])/;
const COUNT_JA = /(\d{1,5})\s?台(?:中|のうち|の内)\s?(\d{1,5})\s?台/g;
/**
 * A count of the systems that work again: "7 of 10 came back", "7 out of 10 endpoints have recovered",
 * "7 of 10 are OK now", "works again for 7 of 10", 「10台中7台は復旧しました」. The rest (M−N) still fail:
 * some when fewer than all came back, nothing when all did ("10 of 10 are back" is not "all fail").
 * Not "step 7 of 10 done", "7 of 10 steps are ok" (no endpoint noun), versions or dates.
 */
const BACK_EN =
  "(?:came\\sback|come\\sback|(?:have\\s|has\\s)?recovered|(?:are|is)\\s(?:now\\s)?(?:back|ok|okay|fine|good|green|working|reachable|fixed)(?:\\s(?:again|now))?|(?:now\\s)?work(?:s|ing)?\\s(?:again|now|fine)|(?:got|were|have\\sbeen)\\sfixed|(?:are|is)\\sback\\sonline)";
const BACK_COUNT_EN = new RegExp(
  `(?<!(?:step|steps|page|part|frame|item|line|turn|no\\.?|#)\\s?|[\\d./])(\\d{1,5})\\s(?:out\\s)?of\\s(?:the\\s|our\\s|all\\s|all\\sthe\\s)?(\\d{1,5})(?![\\d./])(?:\\s${WORD}${NOUN})?\\s(?:(?:have|has|now|already|all)\\s)?${BACK_EN}(?![a-z])`,
  'g',
);
/**
 * The same count written N/M: "7/10 came back", "7/10 endpoints OK now", 「7/10 台復旧」. Only with a word that says
 * they work again right after it: a date ("upgraded on 7/10") or versions ("CE 9.7/9.8", "TMS 15.2/15.3") never.
 */
const SLASH_CHEAP = /\d\s?\/\s?\d/;
const SLASH_BACK_EN = new RegExp(
  `(?<![\\d./]|(?:on|since|from|until|till|by|before|after|dated?|of)\\s)(\\d{1,5})\\s?/\\s?(\\d{1,5})(?![\\d./])(?:\\s${WORD}${NOUN})?\\s(?:(?:have|has|now|already|all)\\s)?(?:${BACK_EN}|(?:(?:are|is)\\s)?(?:now\\s)?(?:ok|okay|fine|good|green|working|back|up|reachable)(?:\\s(?:again|now))?)(?![a-z])`,
  'g',
);
const SLASH_BACK_JA = /(?<![\d./])(\d{1,5})\s?\/\s?(\d{1,5})(?![\d./])\s?台?\s?(?:は|が|とも|も)?\s?(?:復旧|直り|直っ|治り|正常|つなが|繋が|接続でき|解消|動いて|動作して|問題な|ok)/g;
const COUNT_BACK_EN = /(?<![a-z])(?:works?|working|fixed|resolved|(?:is|are|it'?s)\sback)\s(?:again\s|now\s)?(?:for|on)\s(?:the\s)?(\d{1,5})\s(?:out\s)?of\s(?:the\s|our\s)?(\d{1,5})(?![\d./])/g;
const BACK_COUNT_JA_ONE = /(\d{1,5})\s?台(?:中|のうち|の内)\s?(\d{1,5})\s?台\s?(?:は|が|とも|も)?\s?(?:復旧|直り|直っ|治り|正常|緑|つなが|繋が|接続でき|解消|動いて|動作して|問題な)/;
const COUNT_BACK_EN_ONE = /(?<![a-z])(?:works?|working|fixed|resolved|(?:is|are|it'?s)\sback)\s(?:again\s|now\s)?(?:for|on)\s(?:the\s)?(\d{1,5})\s(?:out\s)?of\s(?:the\s|our\s)?(\d{1,5})(?![\d./])/;
const BACK_COUNT_JA = /(\d{1,5})\s?台(?:中|のうち|の内)\s?(\d{1,5})\s?台\s?(?:は|が|とも|も)?\s?(?:復旧|直り|直っ|治り|正常|つなが|繋が|接続でき|解消|動いて|動作して|問題な)/g;

/**
 * Two counts, the systems back and the ones still failing: "7 came back, 3 still fail", "7 endpoints are back but
 * the other 3 still show No HTTPS response", "7 recovered, 3 are still red". Some fail, whatever the total.
 */
const BACK_REST_EN = new RegExp(
  `(?<![\\d./])(\\d{1,5})\\s(?:${WORD}${NOUN}\\s)?(?:(?:have|has|now|already)\\s)?${BACK_EN}[,;]?\\s(?:(?:but|and|while|whereas)\\s)?(?:the\\s)?(?:other\\s|remaining\\s|last\\s)?(\\d{1,5})\\s(?:${WORD}${NOUN}\\s)?(?:(?:are|is)\\s)?(?:still\\s)?(?:fail(?:s|ing)?|show(?:s|ing)?|(?:down|red|broken)|do(?:n't|\\snot)|have(?:n't|\\snot)|(?:are|is)(?:n't|\\snot))(?![a-z])`,
);
const BACK_REST_JA = /(?<![\d./])(\d{1,5})\s?台\s?(?:は|が)?\s?(?:復旧|直り|直っ|正常|動き|動いて)[^。\n]{0,20}?(?<![\d./])(\d{1,5})\s?台\s?(?:は|が)?\s?(?:まだ|依然|引き続き)?\s?(?:失敗|エラー|赤|だめ|ダメ|駄目|no\shttps|直って(?:い)?(?:ない|ません)|直りません)/;

/**
 * A count of systems said to fail still, with no count of those that work: "still failing on 3", "3 still fail",
 * "2 are still red", "3 codecs still fail", 「まだ3台ダメです」「3台はまだ失敗」. "Still" after something was done, with
 * a number: a part of the systems (not "all 3 still fail", "TMS 15 still fails", "still failing on 3 of 3").
 */
const NUM_EN = '(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)';
const STILL_BAD_EN = '(?:fail(?:s|ing|ed)?|broken|red|down|erroring|(?:do\\s?n\'?t|do\\snot)\\swork|not\\sworking|show(?:s|ing)?\\s(?:it|the\\s(?:same\\s)?error|no\\shttps))';
const STILL_COUNT_EN = new RegExp(
  `(?<![a-z])still\\s${STILL_BAD_EN}\\s(?:on|for|with|in)\\s(?:the\\s|those\\s)?(${NUM_EN})(?:\\s(?:of\\sthem|${WORD}${NOUN}))?(?![a-z\\d./])(?!\\s(?:out\\s)?of\\s\\d)|(?<![a-z\\d.]|(?:all|both|every|tms|ce|tc|sql|version|v|windows|server|roomos|win|level)\\s)(${NUM_EN})\\s(?:${WORD}${NOUN}\\s|of\\sthem\\s)?(?:are\\s|is\\s)?still\\s${STILL_BAD_EN}(?![a-z])`,
);
const STILL_COUNT_JA =
  /(?<![\d.全])(\d{1,4})\s?台\s?(?:は|が)?\s?(?:まだ|依然|相変わらず)\s?(?:ダメ|だめ|駄目|失敗|エラー|赤|直って(?:い)?(?:ない|ません)|直りません|no\s?https)|まだ\s?(\d{1,4})\s?台\s?(?:が|は)?\s?(?:ダメ|だめ|駄目|失敗|エラー|赤|直って(?:い)?(?:ない|ません)|直りません|残って)/;

/** A count still failing (see STILL_COUNT_EN), on a lower-cased text. */
export function stillFailingCountIn(text: string): boolean {
  if (!/still|まだ|依然|相変わらず/.test(text) || !/\d|one|two|three|four|five|six|seven|eight|nine|ten/.test(text)) return false;
  const t = nfkc(text.slice(0, 300)).toLowerCase();
  return STILL_COUNT_EN.test(t) || STILL_COUNT_JA.test(t);
}

const NUM_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "7 of 10 are back", 「10台中7台が復旧」, "works for 7 of 10", "7/10 are green": [back, total]. */
const PART_BACK_EN = /(?<![\d./])(\d{1,5})\s(?:out\s)?of\s(?:the\s|our\s)?(\d{1,5})(?![\d./])\s(?:[a-z0-9-]+\s)?(?:are\s|is\s|have\s)?(?:now\s)?(?:back|green|ok|okay|fine|working|came\sback|recovered)(?![a-z])/;

/**
 * How many systems a partial success says still fail (R54): "7 came back, 3 still fail" (3), "2 are still red" (2),
 * 「3台はまだ赤です」 (3), "7 of 10 are back" (3), 「10台中7台が復旧」 (3); null when no count says it. Lower-cased text.
 */
export function stillFailingNumberIn(text: string): number | null {
  const rest = backAndRestIn(text);
  if (rest) return rest[1] > 0 ? rest[1] : null;
  const t = nfkc(text.slice(0, 300)).toLowerCase();
  if (/still|まだ|依然|相変わらず/.test(t)) {
    const m = STILL_COUNT_EN.exec(t) ?? STILL_COUNT_JA.exec(t);
    const n = m ? (m[1] ?? m[2]) : undefined;
    if (n) {
      const v = NUM_WORDS[n] ?? Number(n);
      return v > 0 ? v : null;
    }
  }
  const m = PART_BACK_EN.exec(t) ?? COUNT_BACK_EN_ONE.exec(t);
  if (m && Number(m[1]) < Number(m[2])) return Number(m[2]) - Number(m[1]);
  const j = BACK_COUNT_JA_ONE.exec(t);
  if (j && Number(j[2]) < Number(j[1])) return Number(j[1]) - Number(j[2]);
  return null;
}

/** "7 came back, 3 still fail", 「7台復旧、3台はまだ失敗」: [back, still failing], or null. */
export function backAndRestIn(text: string): [number, number] | null {
  if (!/\d\s?(?:台|[a-z])/i.test(text)) return null;
  const t = nfkc(text).toLowerCase();
  const m = BACK_REST_EN.exec(t) ?? BACK_REST_JA.exec(t);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const SOME = [
  new RegExp(`(?<![a-z])only\\s${FEW}\\s(?:of\\s(?:the\\s|our\\s|them\\s)?)?${WORD}${NOUN}(?![a-z])`, 'g'),
  new RegExp(
    `(?<![a-z])(?:some|a\\sfew|a\\scouple\\sof|several|a\\shandful\\sof)\\s(?:of\\s(?:the\\s|our\\s)?)?${WORD}${NOUN}\\s(?:still\\s)?(?:show|fail|have|get|report|throw|went|go|stay|remain|are\\s(?:failing|down|broken|red|affected|showing))`,
    'g',
  ),
  // "the others are fine", "the other 30 are fine", "the remaining 30 codecs work"
  /(?<![a-z])(?:the\s)?(?:others|rest|(?:remaining|other)(?:\s\d{1,5})?\s(?:ones|systems|endpoints|codecs|units|devices)|(?:remaining|other)\s\d{1,5})\s(?:(?:are|is|look|seem|stay)\s(?:still\s)?(?:fine|ok|okay|good|working|normal|green|unaffected|reachable)|(?:still\s)?work)(?![a-z])/g,
  new RegExp(`(?<![a-z])(?:most|many)\\s(?:of\\s(?:the\\s|our\\s)?)?${WORD}${NOUN}\\s(?:are|is|still)\\s(?:fine|ok|okay|working|good)`, 'g'),
  /(?<![a-z])not\s(?:all|every)(?![a-z])/g,
  /一部の?(?:エンドポイント|システム|端末|機器|コーデック|会議室|拠点|機種)/g,
  /(?:他|ほか|残り|その他)(?:の[^、。\n]{0,12})?(?:は|が)(?:正常|問題(?:ない|なし|ありません)|大丈夫|ok|動いて|動作して|管理できて)/g,
  // "the other endpoint is fine", 「もう1台のエンドポイントは問題ありません」: one that works, so not all fail
  /(?<![a-z])(?:the\sother|another)\s(?:endpoint|codec|room\s?kit)\s(?:(?:is|looks|seems|stays)\s(?:still\s)?(?:fine|ok|okay|good|working|normal|green|unaffected|reachable)|(?:still\s)?works)(?![a-z])/g,
  /もう\s?(?:1|一)\s?台の\s?(?:エンドポイント|端末|コーデック)(?:は|が)\s?(?:正常|問題(?:ない|なし|ありません)|大丈夫|ok|動いて|動作して)/g,
  /(?:全て|すべて|全部)(?:では|じゃ)(?:ない|なく|ありません)/g,
  /(?<!\d)\d{1,5}\s?台(?:だけ|のみ)/g,
  // "some work, some don't", "some work and some don't", "some are fine, others fail", 「動くのと動かないのがある」
  /(?<![a-z])some\s(?:of\sthem\s)?(?:work|are\s(?:fine|ok|okay|working|green)|connect)(?:\s(?:fine|ok))?(?:,|;|\sand|\sbut|,\sbut)?\s(?:some|others|the\sothers|other\sones)\s(?:(?:do\s?n'?t|do\snot|won'?t|are\s?n'?t|are\snot)(?:\swork|\sconnect)?|fail|are\s(?:failing|red|broken|down))(?![a-z])/g,
  /(?:動く|動いている|動いてる|つながる|繋がる|正常な)(?:の|もの|端末|機器|システム)と\s?(?:動かない|動いていない|動いてない|つながらない|繋がらない|失敗する|エラーの?)(?:の|もの|端末|機器|システム)(?:が|と)/g,
];

const ALL = [
  new RegExp(
    `(?<![a-z])(?<!not\\s)(?:all|every|each)\\s(?:of\\s)?(?:the\\s|our\\s)?(?:\\d{1,5}\\s)?${WORD}${NOUN}\\s(?:now\\s)?(?:fail|show|have|get|report|went|are\\s(?:failing|down|broken|red|affected|showing)|lost)`,
    'g',
  ),
  /(?<![a-z])(?<!not\s)(?:all|every\sone|each)\sof\sthem\s(?:now\s)?(?:fail|show|have|get|went|are\s(?:failing|down|broken|red|affected|showing))/g,
  /(?<![a-z])none\sof\s(?:the|our|them)(?:\s[a-z0-9-]+){0,2}\s(?:work|works|respond|responds|is\sreachable|are\sreachable|are\sworking)/g,
  /(?:全て|すべて|全部|全)の(?:エンドポイント|システム|端末|機器|コーデック)(?:が|で|に)/g,
  /全台/g,
];

/**
 * Counts of things that are not the managed systems: "3 of 4 TMS services came back", "1 of the 2 TMS nodes",
 * "2 of 3 servers", "step 3 of 6", 「TMS のサービス 4 つのうち 3 つが起動しました」「2台のノードのうち1台」
 * 「ノード2台中1台」. They are TMS's own parts or the work done, so they never say how many systems fail or
 * came back: withoutOtherCounts blanks them before the readers of counts and parts look (this reader and
 * src/conversation/partial-success.ts). Counts of endpoints, systems or codecs, or with no noun, are kept.
 */
const OTHER_EN =
  '(?:services?|nodes?|servers?|databases?|dbs?|instances?|steps?|processes|process|jobs?|tasks?|app(?:lication)?\\s?pools?|vms?|virtual\\smachines?|attempts?|tries|retries|pages?|registry\\skeys?|keys?|values?|checks?|tests?|scripts?|patches|patch|updates?|restarts?|reboots?)';
const QTY_EN = '(?:\\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|some|most|many|half|several|a\\sfew|a\\scouple|all|both|none|either|neither)';
/** Words allowed between the count and its noun ("TMS", "Windows", "of the"), never a system noun nor a verb. */
const QUALIFIER = `(?!${NOUN}(?![a-z])|(?:after|before|when|while|came|come|are|is|were|was|have|has|had|back|still|now|on|in|at|for|with|from|to|and|but|or|not)(?![a-z]))[a-z0-9'-]+\\s`;
const OTHER_COUNT_EN = new RegExp(
  `(?<![\\w.])${QTY_EN}\\s(?:out\\s)?of\\s(?:the\\s|our\\s|my\\s|its\\s|them\\s)?(?:(?:\\d{1,5}|two|three|four|five|six|seven|eight|nine|ten)\\s)?(?:${QUALIFIER}){0,2}${OTHER_EN}(?![a-z])`,
  'gi',
);
const OTHER_JA = '(?:サービス|ノード|サーバー?|データベース|db|インスタンス|手順|ステップ|プロセス|ジョブ|タスク|アプリケーション\\s?プール|仮想マシン|vm)';
const UNIT_JA = '(?:台|つ|個|基|件)';
const OTHER_COUNT_JA = new RegExp(
  [
    // 「ノード2台中1台」「TMS のサービス 4 つのうち 3 つ」: the noun first
    `${OTHER_JA}\\s?(?:は|が|の|、)?\\s?\\d{1,5}\\s?${UNIT_JA}?\\s?(?:中|のうち|の内)\\s?\\d{1,5}\\s?${UNIT_JA}?`,
    // 「2台のノードのうち1台」「4つのサービスのうち3つ」「2ノード中1ノード」
    `\\d{1,5}\\s?${UNIT_JA}?\\s?(?:の\\s?)?(?:tms\\s?の?\\s?)?${OTHER_JA}\\s?(?:中|のうち|の内)\\s?\\d{1,5}\\s?(?:${UNIT_JA}|${OTHER_JA})?`,
    // 「2台中1台のノード」
    `\\d{1,5}\\s?${UNIT_JA}\\s?(?:中|のうち|の内)\\s?\\d{1,5}\\s?${UNIT_JA}\\s?の\\s?(?:tms\\s?の?\\s?)?${OTHER_JA}`,
  ].join('|'),
  'gi',
);

/** The text with its counts of TMS services, nodes, servers, databases or steps blanked (see OTHER_EN). */
export function withoutOtherCounts(text: string): string {
  return text.replace(OTHER_COUNT_EN, ' ').replace(OTHER_COUNT_JA, '、');
}

/** A word every pattern above needs: most messages have none, and are done with one test. */
const ANY = groupedByFirstLetter(/of|only|some|few|couple|handful|several|other|rest|remaining|most|many|all|every|each|none|一部|台|他|ほか|残り|全|すべて|全部|動|つなが|繋が|正常な/i);

/** 'some', 'all', or null when the text says neither. */
export function failureScope(text: string): FailureScope | null {
  if (text.length === 0) return null;
  const lower = nfkc(text).toLowerCase();
  // The cheap test first: blanking counts only removes words, so a text without ANY's words has none after it either.
  // ("7/10 came back" has none of them: a digit, a slash and a digit is the other way in.)
  const rest = backAndRestIn(lower);
  if (rest && rest[0] > 0 && rest[1] > 0) return 'some';
  // "still failing on 3", 「まだ3台ダメです」 (checked before the cheap test below: neither needs its words).
  const stillCount = stillFailingCountIn(lower);
  const slash = lower.includes('/') && SLASH_CHEAP.test(lower);
  if (!slash && !stillCount && !ANY.test(lower)) return null;
  const t = withoutOtherCounts(lower);
  if (!slash && !stillCount && !ANY.test(t)) return null;
  let best: { at: number; scope: FailureScope } | null = null;
  const seen = (at: number, scope: FailureScope) => {
    if (!best || at >= best.at) best = { at, scope };
  };
  // Counts of the systems that came back, first: their "N of M" is not a count of failing ones.
  const back: Array<[number, number]> = [];
  const came = (at: number, end: number, part: number, whole: number) => {
    back.push([at, end]);
    if (part > 0 && part < whole) seen(end, 'some');
  };
  for (const m of allMatches(BACK_COUNT_EN, t)) came(m.index!, m.index! + m[0].length, Number(m[1]), Number(m[2]));
  for (const m of allMatches(COUNT_BACK_EN, t)) came(m.index!, m.index! + m[0].length, Number(m[1]), Number(m[2]));
  for (const m of allMatches(BACK_COUNT_JA, t)) came(m.index!, m.index! + m[0].length, Number(m[2]), Number(m[1]));
  if (slash) {
    for (const m of allMatches(SLASH_BACK_EN, t)) came(m.index!, m.index! + m[0].length, Number(m[1]), Number(m[2]));
    for (const m of allMatches(SLASH_BACK_JA, t)) came(m.index!, m.index! + m[0].length, Number(m[1]), Number(m[2]));
  }
  const isBack = (at: number) => back.some(([a, b]) => at >= a && at < b);
  for (const m of allMatches(COUNT_EN, t)) {
    if (isBack(m.index!)) continue;
    const [part, whole] = [Number(m[1]), Number(m[2])];
    if (part > 0 && part < whole) seen(m.index! + m[0].length, 'some');
    else if (part > 0 && part === whole) seen(m.index! + m[0].length, 'all');
  }
  if (SYMPTOM_EN.test(t)) {
    for (const m of allMatches(COUNT_BARE_EN, t)) {
      const [part, whole] = [Number(m[1]), Number(m[2])];
      if (part > 0 && part < whole && !isBack(m.index!)) seen(m.index! + m[0].length, 'some');
    }
  }
  for (const m of allMatches(COUNT_JA, t)) {
    if (isBack(m.index!)) continue;
    const [whole, part] = [Number(m[1]), Number(m[2])];
    if (part > 0 && part < whole) seen(m.index! + m[0].length, 'some');
    else if (part > 0 && part === whole) seen(m.index! + m[0].length, 'all');
  }
  for (const re of SOME) for (const m of allMatches(re, t)) seen(m.index! + m[0].length, 'some');
  for (const re of ALL) for (const m of allMatches(re, t)) seen(m.index! + m[0].length, 'all');
  if (stillCount) seen(t.length, 'some');
  return (best as { scope: FailureScope } | null)?.scope ?? null;
}

/**
 * TMS's own services counted as running again: "3 of 4 TMS services came back", "3 of 4 TMS services are running
 * again", 「TMS のサービス 4 つのうち 3 つが起動しました」. Not a count of systems (no scope); the caller acknowledges
 * the restart and says which service is worth checking. Null when the text says no such count, or all came back.
 */
const SERVICES_BACK_EN =
  /(?<![\w.])(\d{1,2})\s(?:out\s)?of\s(?:the\s|our\s|its\s)?(\d{1,2})\s(?:tms\s|windows\s)?services?\s(?:have\s|are\s|were\s)?(?:now\s)?(?:came\sback|come\sback|back|started|restarted|(?:running|up)(?:\sagain)?|(?:started|came)\sup)(?![a-z])/;
const SERVICES_BACK_JA = /サービス(?:が|は|の)?\s?(\d{1,2})\s?(?:つ|個)?\s?(?:中|のうち|の内)\s?(\d{1,2})\s?(?:つ|個)?\s?(?:が|は)?\s?(?:起動|復旧|再開|動いて|開始)|(\d{1,2})\s?(?:つ|個)?\s?の\s?(?:tms\s?の?\s?)?サービス\s?(?:中|のうち|の内)\s?(\d{1,2})\s?(?:つ|個)?\s?(?:が|は)?\s?(?:起動|復旧|再開|動いて|開始)/;
export function servicesBackIn(text: string): { part: number; whole: number } | null {
  if (text.length > 300 || !/service|サービス/i.test(text)) return null;
  const t = nfkc(text).toLowerCase();
  const en = SERVICES_BACK_EN.exec(t);
  const ja = en ? null : SERVICES_BACK_JA.exec(t);
  const m = en ? [en[1], en[2]] : ja ? (ja[1] ? [ja[2], ja[1]] : [ja[4], ja[3]]) : null;
  if (!m) return null;
  const [part, whole] = [Number(m[0]), Number(m[1])];
  return part < whole ? { part, whole } : null;
}

