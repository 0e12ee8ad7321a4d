/**
 * "set it back to TLSv1.2 on one codec and it works now!", 「1台で TLSv1.2 に戻したら直りました」 (QA49 F10): the change worked on
 * one system, tried there first. That is a partial success, not the case closed while the other systems still fail: the
 * answer says to make the same change on the others and keeps the case open. "it works now", 「直りました」 (no "one") close as
 * before. Bounded input; gated on the digit/word "one" before the pattern runs.
 */
import type { LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { next, reply, paraFrom } from './compose';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

const UNIT_EN = String.raw`(?:codecs?|endpoints?|systems?|units?|devices?|rooms?|room\s?kits?|boards?|desks?|(?:sx|mx|dx|ex)\d{2,3}s?)`;
/** "on one codec", "on just one endpoint", "on a single Room Kit", "one of them", "on the first codec", "on a test codec". */
const ONE_EN = new RegExp(
  String.raw`(?<![a-z])(?:(?:on|for|with|in)\s(?:just\s|only\s)?(?:one|1|a\s(?:single|test|pilot)|the\sfirst|a\sfirst)\s(?:[a-z-]+\s)?${UNIT_EN}|(?:on|for|with)\s(?:just\s|only\s)?one\sof\s(?:them|the\s${UNIT_EN}|our\s${UNIT_EN}))(?![a-z])`,
  'i',
);
/** 「1台で」「1台だけ」「一台目で」「1台のコーデックで」「テスト機で」. */
const ONE_JA = /(?:1|一)\s?台(?:目)?\s?(?:の\s?(?:コーデック|端末|エンドポイント|機器)\s?)?(?:で|だけ|のみ)|テスト機\s?(?:で|だけ)/;
/** Others said to fail still ("2 are green, 1 is still red", 「1台はまだ赤です」): a count, read by the partial-success reader. */
const STILL = /(?<![a-z])still\s(?:fail|red|show|broken|down|not)|まだ/i;
/** …but all of them, or the rest too ("on one codec first, now all 40 are green"): the whole case, not one system. */
const ALL_TOO = /(?<![a-z])(?:all\s(?:of\s)?(?:them|\d+|the\s(?:others|rest))|everything|every\s(?:one|codec|endpoint|system)|the\s(?:rest|others)\s(?:too|as\swell|also)|(?:rest|others)\s(?:are|work|came))(?![a-z])|全(?:部|台|て)|すべて|残り(?:も|の\s?\d+\s?台も)/i;

/** Does the message scope the success to one system (tried on one first)? */
export function oneSystemWorksIn(text: string): boolean {
  const t = text.slice(0, 300).normalize('NFKC');
  if (!/one|1|一|single|first|test|pilot|テスト/i.test(t)) return false;
  return (ONE_EN.test(t) || ONE_JA.test(t)) && !ALL_TOO.test(t) && !STILL.test(t);
}

const TEXT = L(
  'Good: it works on that one system, so the change is the right one. The case stays open while the others still fail: make the same change on each of the other systems that show "No HTTPS response" (with many of them, a macro or a provisioning template saves time), then refresh them in Systems > Navigator (Force Refresh, or wait for the next poll) and tell me whether they all work.',
  '1 台で直ったとのこと、よかったです。その変更が正しいということです。ただし、ほかのシステムがまだ失敗しているうちは、この件は完了ではありません。「No HTTPS response」が表示されているほかのシステムにも、それぞれ同じ変更を行ってください（台数が多い場合は、マクロやプロビジョニングのテンプレートを使うと効率的です）。そのあと [Systems] > [Navigator] で更新し（[Force Refresh]、または次のポーリングを待つ）、すべて直ったかお知らせください。',
);

/**
 * "…, all fixed?", "is everything fixed now?", "are we done?", 「全部直ったということですか？」「これで解決ですか？」 (REV21-a #7a): the
 * last clause asks whether the whole case is fixed. Returns the message without that question, or null.
 */
const ALL_FIXED_Q_EN =
  /(?:^|[,.;:!]\s*|\s(?:so|and|but|then)\s)((?:so\s|then\s)?(?:(?:is|are)\s(?:it|that|this|everything|they|we|all|the\s(?:rest|others))\s(?:all\s)?(?:now\s)?|does\sthat\smean\s(?:it'?s\s|we'?re\s|they'?re\s|everything\sis\s)?(?:all\s)?)?(?:all|everything|every\s(?:one|codec|endpoint|system)|the\s(?:whole\s)?(?:case|issue|problem))?\s?(?:fixed|done|good|sorted|solved|resolved|ok|okay|fine|working|closed)(?:\snow)?(?:\sthen)?(?:\sfor\s(?:all|everything|every\s(?:one|codec|endpoint|system)|the\srest))?)\s*[?？]+\s*$/i;
const ALL_FIXED_Q_JA = /(?:^|[、。,.!！]\s*)((?:これで|じゃあ|では|なら)?\s?(?:全部|全て|すべて|全台|ぜんぶ)?\s?(?:直った|解決|完了|大丈夫|OK|ok|終わり)(?:した)?(?:という)?(?:こと)?(?:ですか|でしょうか|ですよね|か|かな)\s*[?？]*)\s*$/;
/** Words that make the question one about the whole case (not "is it fixed for that one?"). */
const WHOLE = /(?<![a-z])(?:all|everything|every|rest|others|whole|we|case|done|closed)(?![a-z])|全部|全て|すべて|全台|ぜんぶ|これで|解決|完了|終わり/i;

export function allFixedAskedIn(text: string): string | null {
  const rest = askedAfter(text);
  // "all 20 codecs show HTTPS again, all good?", 「全台直りました。これで完了ですか？」: the report already says all work; the
  // question only confirms it, and the case closes as the report alone would (REV22 #9).
  return rest !== null && saysAll(rest) ? null : rest;
}

/** The message before its closing "…, all fixed?" question, or null. */
function askedAfter(text: string): string | null {
  if (text.length > 300 || !/[?？]|ですか|でしょうか|かな/.test(text)) return null;
  const t = text.normalize('NFKC');
  const m = ALL_FIXED_Q_EN.exec(t) ?? ALL_FIXED_Q_JA.exec(t);
  if (!m || !WHOLE.test(m[1])) return null;
  return t.slice(0, m.index).trim();
}

const saysAll = (rest: string): boolean =>
  REPORT_SAYS_ALL.test(rest) && !REPORT_SAYS_ALL_BUT.test(rest) && !NOT_PLAIN_EN.test(rest) && !PLACE_EN.test(rest) && !NOT_PLAIN_JA.test(rest);

/**
 * A report that says all work and nothing else closes (REV23 #5). Not with a problem beside it ("…but SQL is down", 「…が、SQL
 * Server が止まっています」), a place or a lab ("in Tokyo", 「検証環境では」), a time ahead ("all endpoints will work after the
 * reboot") or a doubt ("seems", 「直ったようです」): the open question is answered instead.
 */
const NOT_PLAIN_EN =
  /(?<![a-z])(?:down|error|errors|fail|fails|failed|failing|broken|broke|problem|problems|issue|issues|stopped|crash(?:ed|es)?|offline|will|going\sto|gonna|should|would|tomorrow|tonight|later|once|when|if|seem|seems|seemed|looks?\slike|appears?|apparently|probably|maybe|perhaps|think|guess|believe|lab|labs|test|testing|staging|pilot|site|sites|office|branch|building|campus|region)(?![a-z])|'ll(?![a-z])/i;
/** "in Tokyo", "at the Leeds office": a named place (not "in TMS", "in Navigator"). Case matters here. */
const PLACE_EN = /(?<![A-Za-z])(?:in|at)\s(?:the\s)?(?!TMS\b|Navigator\b|Systems\b|System\b)[A-Z][a-z]/;
const NOT_PLAIN_JA =
  /エラー|失敗|止まっ|止まり|停止|落ち|ダウン|問題|不具合|検証|テスト|ラボ|拠点|支社|支店|本社|工場|環境|サイト|オフィス|事務所|(?<!これ|それ|じゃあ)では|予定|たら|れば|後で|あとで|明日|今夜|でしょう|だろう|はず|つもり|よう|みたい|らしい|そう(?:です|だ)|と思|かも|たぶん|多分|おそらく/;

/**
 * "all 20 codecs work again, all good?", 「全台直りました。これで完了ですか？」: a report of all working, then the question only
 * confirming it (REV22 #9). Returns the report without the question, or null.
 */
export function allWorkReportIn(text: string): string | null {
  const rest = askedAfter(text);
  return rest !== null && saysAll(rest) ? rest : null;
}

/** The report before the question names every system ("all 20 codecs", "on all endpoints", "every endpoint", 「全台」). */
const REPORT_SAYS_ALL =
  /(?<![a-z])(?:all\s(?:\d+\s|(?:of\s)?(?:the|our)\s)?(?:\w+\s)?(?:codecs?|endpoints?|systems?|devices?|units?|rooms?|ones)|all\sof\sthem|(?:every|each)\s(?:one|codec|endpoint|system|device|unit|room)|everything)(?![a-z])|全台|全部|全て|すべて|ぜんぶ|全エンドポイント|全システム/i;
/** …but not all of it: "all but 2", "not on all", "except the SX20", 「2台以外」「全台直ったわけではない」. */
const REPORT_SAYS_ALL_BUT =
  /(?<![a-z])(?:not|except|excluding|apart\sfrom|other\sthan|besides|all\sbut|but\s(?:\d+|one|two|three|a\sfew|some|the)|still)(?![a-z])|n't|以外|除いて|除き|除く|一部|まだ|ない|ません|残り/i;

const ALL_FIXED_ANSWER = L(
  'Not all fixed yet: the case is fixed when each endpoint that showed "No HTTPS response" shows HTTPS again in TMS (Systems > Navigator, Force Refresh). One working system shows that the change is the right one, not that the others have it.',
  'まだすべて直ったとは言えません。「No HTTPS response」が表示されていたエンドポイントが、それぞれ TMS でもう一度 HTTPS で応答するようになったとき（[Systems] > [Navigator] で [Force Refresh]）に、この件は解決です。1 台で直ったことは、変更が正しいことを示しますが、ほかのシステムにもその変更が入ったことを示すわけではありません。',
);

/** "it works now, all fixed?" said without a scope: the answer to the question; nothing recorded, the case stays open. */
const ALL_FIXED_WHEN = L(
  'It is fixed when each endpoint that showed "No HTTPS response" shows HTTPS again in TMS: Force Refresh them in Systems > Navigator (or wait for the next poll). If they all do, tell me and I will close the case; if some still fail, tell me which.',
  '「No HTTPS response」が表示されていたエンドポイントが、それぞれ TMS でもう一度 HTTPS で応答するようになれば解決です。[Systems] > [Navigator] で [Force Refresh] する（または次のポーリングを待つ）と確認できます。すべて直っていればお知らせください。この件を完了にします。まだ失敗しているものがあれば、どれかを教えてください。',
);

/** The answer: that one works, do the same on the others; nothing recorded, the case stays open. `asked`: "…, all fixed?" answered first. */
export function onOneSystemWorks(s: ConversationState, asked = false): TurnResult {
  return { state: next(s, {}), replies: [reply(s.lang, [...(asked ? [paraFrom(ALL_FIXED_ANSWER, s.lang)] : []), paraFrom(TEXT, s.lang)])] };
}

/**
 * "all endpoints seem fixed now", 「全台直ったようです」, "looks like it works now", "I think it's fixed": a hedged report that it
 * works (seems, looks like, apparently, I think; ようです, みたい, らしい, と思います, たぶん). Not closed on a guess: the user is
 * asked to confirm each system in TMS (nothing recorded). Bounded input, linear regexes.
 */
const HEDGE_EN =
  /(?<![a-z])(?:seem|seems|seemed|seemingly|looks?\slike|appears?|apparently|probably|maybe|perhaps|presumably|(?:i|we)\s(?:think|guess|believe|assume)|should\sbe)(?![a-z])/i;
const HEDGE_JA = /よう(?:です|だ|で)|みたい|らしい|と思(?:います|う|われ)|かも|たぶん|多分|おそらく|っぽい|気がします/;
/**
 * A clause about what made it work, not whether it works ("I think the reboot did it", "probably the registry change",
 * 「たぶん再起動が効いたと思います」, 「再起動のおかげだと思います」): its hedge is about the cause (REV24 #8).
 */
const CAUSE_EN =
  /(?<![a-z])(?:did\s(?:it|the\strick)|was\s(?:it|what\s(?:did|fixed)\sit|the\s(?:fix|cause|trick|reason|key|culprit))|fixed\sit|helped|made\sthe\sdifference|thanks\sto|because|due\sto|the\sreason|caused)(?![a-z])|(?<![a-z])(?:seems?|seemed|probably|maybe|perhaps|(?:i|we)\s(?:think|guess|believe|assume))\s(?:it\swas\s)?(?:the|that|a)\s(?:reboot|restart|registry|key|keys|change|fix|level|setting|update|patch)(?:\s(?:change|fix|key|keys|edit))?\s*[.!]?\s*$/i;
const CAUSE_JA = /のおかげ|が効い|が効果|が原因|のせい|が決め手|で(?:直った|解決した)の(?:かも|だと|でしょう)/;
/** The result said in the clause itself ("I think it works now thanks to the reboot", 「再起動のおかげで直ったと思います」): its hedge is about the result too (REV25 #4). */
const RESULT_IN_CLAUSE =
  /(?<![a-z])(?:it|they|all|everything|that|this|both)\s(?:now\s|all\s)?(?:works?|worked|is\sworking|are\sworking|is\sfixed|are\sfixed|is\sresolved|is\sback|are\sback)(?![a-z])|(?<![a-z])works\snow(?![a-z])|直(?:った|りました|ってい)|動(?:いた|きました|いてい)|解決(?:した|しました)|復旧(?:した|しました)/i;
const CLAUSES = /[,;、，；。!！]|\.(?:\s|$)|\s(?:and|but|so)\s/i;
export function worksHedgedIn(text: string): boolean {
  if (text.length > 200) return false;
  const t = text
    .normalize('NFKC')
    .split(CLAUSES)
    .filter((c) => RESULT_IN_CLAUSE.test(c) || (!CAUSE_EN.test(c) && !CAUSE_JA.test(c)))
    .join(' / ');
  return HEDGE_EN.test(t) || HEDGE_JA.test(t);
}

const WORKS_HEDGED = L(
  'Good sign. Before I close the case, please confirm it: each endpoint that showed "No HTTPS response" should show HTTPS again in TMS (Systems > Navigator, Force Refresh each one, or wait for the next poll). Tell me when every one does, or which still fail.',
  'よい兆候です。この件を完了にする前に確認をお願いします。「No HTTPS response」が表示されていたエンドポイントそれぞれが、TMS でもう一度 HTTPS で応答しているか（[Systems] > [Navigator] で 1 台ずつ [Force Refresh] するか、次のポーリングを待つ）を見てください。すべて応答していればお知らせください。まだ失敗しているものがあれば、どれかを教えてください。',
);

/** The answer to a hedged "it works": confirm each system first (nothing recorded, the case stays open). */
export function worksHedgedText(lang: 'en' | 'ja'): string {
  return WORKS_HEDGED[lang];
}

/** The answer to "it works now, all fixed?": when it is; nothing recorded, the open question kept. */
export function allFixedWhenText(lang: 'en' | 'ja'): string {
  return ALL_FIXED_WHEN[lang];
}
