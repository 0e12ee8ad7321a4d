/**
 * What a clause says each endpoint release named in it does: "TC 7.3.3 and CE 9.15 both fail" (both fail),
 * "TC 7.3.3 fails and CE 9.15 works" (one result each), 「TC7.3.3 と CE9.15 の両方でエラー」, "fails on TC 7.3.3
 * and CE 9.15". The words after a release, up to the next release, are its own; a release with none takes the
 * next result said after it ("A and B both fail"). When a result comes before the first release ("fails on both
 * A and B", "fails on A and works on B"), each release takes the result said before it instead. Pure, bounded input, linear patterns.
 */
import type { EndpointVersion } from '../types';
import { parseEndpoint } from '../versions';

export interface EndpointResult {
  endpoint: EndpointVersion;
  /** true: said to fail ("fails", "No HTTPS response", 「エラー」); false: said to work ("works", "fine", 「正常」). */
  fails: boolean;
}

/** A release with its family word: "TC 7.3.3", "ce9.15.3", "RoomOS 11" (a full stop after it ends it: "… are on CE 8.0."). */
const RELEASE = /(?<![a-z])(?:tc|ce|roomos|room\s?os)\s?v?\d{1,2}(?:\.\d{1,3}){0,3}(?!\d|\.\d)/gi;
/** Said to fail. Read before WORKS: "not working" fails. */
const FAILS =
  /(?<![a-z])(?:fail(?:s|ed|ing|ure)?|errors?|broken|unreachable|not\s(?:working|responding|connecting)|(?:does|do|did|is|are)n'?t\s(?:work|respond|connect)|(?:does|do|did)\snot\s(?:work|respond|connect)|no\shttps\sresponse)(?![a-z])|エラー|失敗|繋がら|つながら|接続でき(?:ない|ません|ず)|管理でき(?:ない|ません|ず)|だめ|ダメ|駄目/i;
/**
 * Said not to be affected (FIX58A #3): 「影響ありません」「影響はない」「影響を受けていません」 (not 「影響がないか」, a check asked for, nor
 * 「影響あり」). The Japanese of "not affected", which FAIL_DENIED reads as working.
 */
const UNAFFECTED_JA = String.raw`影響\s?(?:は|も|が)?\s?(?:ない(?!か)|なし|無し|ありません(?!か)|を受けて(?:い)?(?:ない(?!か)|ません(?!か)))`;
const UNAFFECTED_JA_ALL = new RegExp(UNAFFECTED_JA, 'g');
/** Said to work. */
const WORKS = new RegExp(
  String.raw`(?<![a-z])(?:works?|working|worked|fine|ok|okay|normal(?:ly)?|unaffected|green)(?![a-z])|正常|問題(?:ない|なし|ありません)|大丈夫|動いてい|繋がってい|繋がります|接続できます|管理できています|管理できます|${UNAFFECTED_JA}`,
  'i',
);

/**
 * A family named without a release: "the ce ones", 「CEのだけ」, "the TC boxes". It ends the words of the release before
 * it ("the tc7.3.3 ones work fine, only the ce ones fail": "fail" is the CE ones', not TC 7.3.3's).
 */
const BARE_FAMILY = /(?<![a-z])(?:tc|ce|roomos|room\s?os)(?![a-z\d.]|\s?v?\d)/i;

/**
 * A family named without a release is said to fail: "only the ce ones fail", 「CEのだけNo HTTPS response」 (QA round 20
 * #2). Only then does a release said to work stand beside failing endpoints (not beside a failing Meeting Server).
 */
export function bareFamilyFails(text: string): boolean {
  const t = text.slice(0, 400);
  const bare = BARE_FAMILY.exec(t);
  return !!bare && FAILS.test(t.slice(bare.index));
}

/** The words that belong to a release: up to the next release, or to a family named without one. */
function ownWords(c: string, from: number, to: number): string {
  const words = c.slice(from, to);
  const bare = BARE_FAMILY.exec(words);
  return bare ? words.slice(0, bare.index) : words;
}

/** A failure denied: "don't fail", "are not failing", "never failed", 「失敗していません」「エラーになりません」 (QA37 B6): said to work. */
const FAIL_DENIED =
  /(?<![a-z])(?:(?:do|does|did|is|are|was|were|have|has)(?:\snot|n'?t)|not|never|no\slonger)\s(?:(?:been|ever|yet|really)\s)?(?:fail(?:s|ed|ing)?|erroring|broken|affected)(?![a-z])|失敗して(?:い|お)?(?:ない|ません)|失敗しない|失敗しません|エラーに(?:は)?なって(?:い)?(?:ない|ません)|エラーに(?:は)?なりません|エラーは出て(?:い)?(?:ない|ません)/i;

const FAIL_DENIED_ALL = new RegExp(FAIL_DENIED.source, 'gi');

function resultIn(text: string): boolean | null {
  if (FAIL_DENIED.test(text)) return false;
  if (FAILS.test(text)) return true;
  if (WORKS.test(text)) return false;
  return null;
}

/**
 * The working ones named right before a release: "the working ones are on CE 8.0", "the ones that work run CE 8.0",
 * 「正常なものは CE 8.0 です」 (QA40 #7b). That release is the working units', whatever the clause says of other systems
 * ("Some DX80 show No HTTPS response, the working ones are on CE 8.0"): it is not the failing units' release.
 */
const WORKING_ONES_BEFORE =
  /(?:(?<![a-z])(?:(?:working|good|healthy|ok|fine|unaffected)\s(?:ones?|units?|endpoints?|systems?|codecs?|devices?)|(?:ones?|units?|endpoints?|systems?|codecs?|devices?)\s(?:that|which)\s(?:work|still\swork|are\s(?:fine|ok|working))|ones\sthat\sare\sfine)\s(?:are|is|run|runs)\s(?:(?:all|still|both)\s)?(?:(?:on|at|running)\s)?|(?:正常な|正常に動いている|動いている|動作している|問題(?:の)?ない|大丈夫な)(?:もの|機器|端末|エンドポイント|方|ほう|の)\s?(?:は|が)\s?(?:すべて|全部|全て|いずれも)?\s?)$/i;
const WORKING_ONES_CHEAP = /working|good|healthy|ok|fine|unaffected|work|正常|動いて|動作して|問題|大丈夫/i;

/** The releases a clause names and the result said for each; empty when it names none or says no result. */
export function endpointResultsIn(clause: string): EndpointResult[] {
  const c = clause.slice(0, 400);
  if (!/\d/.test(c)) return [];
  const found: { endpoint: EndpointVersion; start: number; end: number }[] = [];
  RELEASE.lastIndex = 0;
  for (let m = RELEASE.exec(c); m && found.length < 6; m = RELEASE.exec(c)) {
    const r = parseEndpoint(m[0]);
    if (r.ok) found.push({ endpoint: r.value, start: m.index, end: m.index + m[0].length });
  }
  if (found.length === 0) return [];
  const read = resultsOf(c, found);
  // ("Some DX80 fail, the working ones are on CE 8.0": that release is said to work, whatever else the clause says.)
  if (!WORKING_ONES_CHEAP.test(c)) return read;
  const working = found.filter((f) => WORKING_ONES_BEFORE.test(c.slice(Math.max(0, f.start - 48), f.start)));
  if (!working.length) return read;
  return found
    .filter((f) => working.includes(f) || read.some((r) => r.endpoint === f.endpoint))
    .map((f) => ({ endpoint: f.endpoint, fails: working.includes(f) ? false : (read.find((r) => r.endpoint === f.endpoint) as EndpointResult).fails }));
}

/** Whether the text says the working ones run a release ("the working ones are on CE 8.0", 「正常なものは CE 8.0」). */
export function workingOnesNamed(text: string): boolean {
  const c = text.slice(0, 400);
  if (!WORKING_ONES_CHEAP.test(c)) return false;
  RELEASE.lastIndex = 0;
  for (let m = RELEASE.exec(c); m; m = RELEASE.exec(c)) {
    if (WORKING_ONES_BEFORE.test(c.slice(Math.max(0, m.index - 48), m.index))) return true;
  }
  return false;
}

/** Where the last sentence in the text starts (after its last full stop, "!", "?" or 「。」), or -1 when it has none. */
function lastSentenceEnd(text: string): number {
  let at = -1;
  for (const m of text.matchAll(/[.!?](?=\s|$)|[。！？]/g)) at = m.index + m[0].length;
  return at;
}

function resultsOf(c: string, found: { endpoint: EndpointVersion; start: number; end: number }[]): EndpointResult[] {
  // "fails on TC 7.3.3 and works on CE 9.15", "fails on both TC 7.3.3 and CE 9.15": a result before the first
  // release; each release takes the result said before it (or the one before that).
  // ("The working ones are on TC 7.3.3. We upgraded the rest to CE 9.15. Since then No HTTPS response.": a result does not
  // carry over a full stop; a release in a sentence of its own takes the result said in it, before or after it, or none.)
  if (resultIn(c.slice(0, found[0].start)) !== null) {
    let prev: boolean | null = null;
    const out: EndpointResult[] = [];
    found.forEach((f, i) => {
      const between = c.slice(i ? found[i - 1].end : 0, f.start);
      const stop = i ? lastSentenceEnd(between) : -1;
      if (stop < 0) prev = resultIn(between) ?? prev;
      else prev = resultIn(between.slice(stop)) ?? resultIn(ownWords(c, f.end, i + 1 < found.length ? found[i + 1].start : c.length));
      if (prev !== null) out.push({ endpoint: f.endpoint, fails: prev });
    });
    return out;
  }
  // "TC 7.3.3 fails and CE 9.15 works", "TC 7.3.3 and CE 9.15 both fail": each release takes the result said
  // after it (up to the next release), or the next one said.
  const out: EndpointResult[] = [];
  let next: boolean | null = null;
  for (let i = found.length - 1; i >= 0; i--) {
    next = resultIn(ownWords(c, found[i].end, i + 1 < found.length ? found[i + 1].start : c.length)) ?? next;
    if (next !== null) out.unshift({ endpoint: found[i].endpoint, fails: next });
  }
  return out;
}

/**
 * Every release the text names is said to work, and endpoints of a family named without a release are said to fail: "the tc7.3.3 ones work fine, only
 * the ce ones fail", 「TC7.3.3の端末は問題なし、CEのだけNo HTTPS response」 (QA round 20 #2). Those releases, or null.
 */
export function workingOnlyIn(text: string): EndpointResult[] | null {
  const results = endpointResultsIn(text);
  return results.length && results.every((r) => !r.fails) && (bareFamilyFails(text) || workingOnesBesideFailing(text)) ? results : null;
}

/** "Some DX80 show No HTTPS response, the working ones are on CE 8.0": the working ones' release, and others said to fail. */
export function workingOnesBesideFailing(text: string): boolean {
  return workingOnesNamed(text) && FAILS.test(text.slice(0, 400));
}

/** Words that make a "works" something else: a change or a fix report ("now", "after"), a correction, a level (level-condition.ts). */
const NOT_SIDE_NOTE =
  /(?<![a-z])(?:now|again|after|since|upgraded|downgraded|changed|rolled|actually|sorry|i\smean|correction|instead|medium|low|high|if|when|would|will)(?![a-z])|[?？]|今は|現在|したら|にして|戻し|上げ|下げ|訂正|すみません|失礼|ではなく|じゃなく|medium|ミディアム|なら|場合/i;
/** A negation beside the "works" words ("TC 7.3.3 is not OK", 「TC 7.3.3 は大丈夫ではない」). 問題ない/問題ありません is no negation. */
const NEGATION = /(?<![a-z])(?:not|no|never)(?![a-z])|n't|ない|ません|ず(?![ぁ-ん])/i;

/**
 * Only releases said to work, on their own, beside failing endpoints held from before: "TC 7.3.3 is OK.", "The TC 7.3.3
 * ones are fine.", 「TC 7.3.3 は問題ありません」 after "CE 9.15 endpoints show No HTTPS response" (R45A). A release said to
 * work is not the failing endpoints' release: the caller keeps the held endpoint and notes the working one beside it.
 * Not a question, a correction, a change or fix report, a level condition ("TC 7.3.3 is OK at Medium-High") or a negation.
 */
export function workingBesideHeld(text: string): EndpointResult[] | null {
  // ("TC 7.3.3 units don't fail", 「TC7.3.3の機器は失敗していません」: a failure denied is said to work, QA37 B6.)
  const t = text.trim().replace(FAIL_DENIED_ALL, ' fine ');
  if (t.length > 120 || NOT_SIDE_NOTE.test(t) || FAILS.test(t)) return null;
  if (NEGATION.test(t.replace(/問題(?:ない|なし|ありません)/g, '').replace(UNAFFECTED_JA_ALL, ''))) return null;
  const results = endpointResultsIn(t);
  return results.length && results.every((r) => !r.fails) ? results : null;
}
