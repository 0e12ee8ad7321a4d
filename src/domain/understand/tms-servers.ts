/**
 * Two TMS releases in one message that are not two servers to fix (QA round 28):
 * - a replacement: "the old TMS was 14.6, the new one is 15.9", 「旧TMSは14.6、新しいTMSは15.9です」: the new server is
 *   this incident's TMS; the old one is gone, not another server;
 * - this site's release said beside another site's: "TMS 14.6 at the other site … here we run 15.9";
 * - a TMS said to work ("lab TMS 15.13 works"): not another server the fix applies to.
 * Pure, linear (bounded patterns), total. Each reader starts with a cheap word test.
 */

import { groupedByFirstLetter } from './first-letter';
import { TMS_RELEASE as REL } from './tms-release';

const OLD_NEW_FAST = groupedByFirstLetter(/old|previous|former|旧|古い|以前|前の|元の/i);
/** The old (replaced) server and its release: "the old TMS was 14.6", "previous TMS server ran 14.6", 「旧TMSは14.6」. */
const OLD_TMS = new RegExp(
  String.raw`(?<![a-z])(?:old|previous|former|original)\s(?:tms(?:\sserver)?|tms\sbox|server)\s?(?:(?:was|is|ran|had|was\son|was\srunning|used\sto\sbe|used\sto\srun)\s)?(?:on\s)?(?:tms\s?)?${REL}` +
    String.raw`|(?:旧|古い|以前の|前の|元の)\s?(?:tms|サーバー?)\s?(?:サーバー?\s?)?(?:は|が|の\s?バージョンは)\s?(?:tms\s?)?${REL}`,
  'i',
);
/** The new server and its release: "the new one is 15.9", "new TMS runs 15.9", 「新しいTMSは15.9」. */
const NEW_TMS = new RegExp(
  String.raw`(?<![a-z])new\s(?:one|tms(?:\sserver)?|tms\sbox|server|box|vm)\s?(?:(?:is|runs|has|is\son|is\srunning|now\sruns)\s)?(?:tms\s?)?${REL}` +
    String.raw`|(?:新しい|新)\s?(?:tms|サーバー?)\s?(?:サーバー?\s?)?(?:は|が|の\s?バージョンは)\s?(?:tms\s?)?${REL}`,
  'i',
);

/**
 * A TMS server replaced by a new one, both with their releases: the old release and the new (current) one, or null.
 * ("old codecs on TC 7.3.3, the new ones on CE 9.15" is no TMS: the releases must be TMS-shaped, and the old side
 * must name TMS or a server.)
 */
export function replacedTms(s: string): { old: string; now: string } | null {
  if (!OLD_NEW_FAST.test(s) || !/new|新/i.test(s)) return null;
  const t = s.slice(0, 2000);
  const o = OLD_TMS.exec(t);
  if (!o) return null;
  const n = NEW_TMS.exec(t);
  if (!n) return null;
  const old = o[1] ?? o[2];
  const now = n[1] ?? n[2];
  return old && now && old !== now ? { old, now } : null;
}

const HERE_FAST = groupedByFirstLetter(/here|this\s(?:site|one|server)|our\s(?:site|one)|ours|こちら|ここ|当拠点|うち/i);
/**
 * This site's TMS release said without the word TMS, beside another server's: "here we run 15.9", "this site is on
 * 15.9", "ours is 15.9", 「こちらは15.9です」. Only read when another server's release was said (the caller checks).
 */
const HERE_TMS = new RegExp(
  String.raw`(?<![a-z])(?:here|this\s(?:site|one|server)|our\s(?:site|one)|ours)\s?,?\s(?:(?:we\s(?:run|have|use|are\son|are\srunning)|we're\s(?:on|running)|(?:is|runs|has)(?:\s(?:on|at|running))?|it's(?:\son)?|it\sis(?:\son)?)\s)(?:tms\s?)?${REL}` +
    String.raw`|(?:こちら|ここ|当拠点|うち)\s?(?:の\s?(?:tms|サーバー?)\s?)?(?:は|では)\s?(?:tms\s?)?${REL}`,
  'i',
);

/** This site's TMS release said beside another server's ("here we run 15.9"), or null. */
export function hereTmsRelease(s: string): string | null {
  if (!HERE_FAST.test(s)) return null;
  const m = HERE_TMS.exec(s.slice(0, 2000));
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/**
 * Said to work, right after a server's words or its release: "works", "is fine", "seems OK", "has no issues",
 * 「は正常」「は問題ありません」「も大丈夫」. Not a question ("works?").
 */
const WORKS_TAIL = String.raw`(?:(?:(?:is|are|seems|looks)\s)?(?:still\s|all\s)?(?:works?|working|fine|ok|okay|good|(?:is\s)?unaffected)(?:\s(?:fine|ok|normally))?(?![a-z?])(?!\s?\?)|(?:(?:has|shows)\s)?no\s(?:issues?|problems?|errors?)(?:\s(?:there|with\sit|on\sit|on\sthat\sone))?(?![a-z])(?!\s?\?)|(?:は|が|も)\s?(?:正常|問題(?:ない|なし|ありません|は(?:ない|ありません))|大丈夫|動いて)(?![^。、,?？]{0,8}?(?:か(?![ぁ-んァ-ン一-龥])|[?？])))`;
/**
 * Right after a TMS keyword: its release said to work ("15.13 works", "15.13 is fine", "15.13 has no issues", "(15.13) works
 * fine", "is 15.13 and it works", "15.13 on the other server works", 「15.13は正常」「15.13は問題ありません」; QA round 42 #3: "is 15.13
 * and it's fine", "…, it's OK", "…, no issues there", 「15.13で、そちらは問題ない」). Not "15.13 doesn't work", not a question ("15.13
 * works?", "…, is it fine?", 「そちらは問題ないですか」).
 */
const TMS_WORKS = new RegExp(
  String.raw`^\s?(?:(?:is|was|at|on|runs?|running)\s)?[(（]?\s?v?\d{1,2}(?:\.\d{1,3}){1,3}\s?[)）]?(?:\s(?:at|in|on)\s(?:the\s|our\s|a\s)?(?:other|another|different|second|2nd|dr|test|lab|backup)\s(?:site|office|branch|location|datacenter|dc|environment|server|box|vm|machine))?(?:で|です(?:が|けど)?)?\s?[,、，]?\s?(?:(?:(?:and|but)\s)?(?:it|that\sone|this\sone)(?:'s|’s|\sis)?\s|(?:そちら|そっち|あちら|そのサーバー?|それ)\s?)?${WORKS_TAIL}`,
  'i',
);
const WORKS_FAST = /work|fine|ok|good|unaffected|no\s|正常|問題|大丈夫|動いて/i;

/** Is the TMS release right after a TMS keyword said to work ("lab TMS 15.13 works")? */
export function tmsSaidToWork(after: string): boolean {
  if (!WORKS_FAST.test(after.slice(0, 60))) return false;
  return TMS_WORKS.test(after.slice(0, 80));
}

/**
 * Another TMS server said to work, with or without its release (QA round 24 W2): "the other TMS works fine", "our
 * second site's TMS 15.13 is OK", "the other TMS has no issues", 「もう一台のTMSは問題ない」「別のTMSは正常です」; the
 * same works-words as tmsSaidToWork.
 */
const OTHER_TMS_WORKS = new RegExp(
  String.raw`(?:(?<![a-z])(?:the\s|our\s|their\s)?(?:other|another)\s(?:(?:site|office|branch|location)(?:'s)?\s)?tms(?:\s(?:server|box|instance))?(?:\s(?:at|in)\s(?:the\s)?(?:other\s|[a-z]{2,12}\s)?(?:site|office|branch|location|datacenter|dc)(?:\s[a-z0-9]{1,2})?)?(?:\sv?\d{2}\.\d{1,2}(?:\.\d{1,3})?)?\s` +
    String.raw`|(?:もう\s?(?:一|1|ひと)\s?台|もう一方|もう片方|別|他|ほか)(?:の)?(?:拠点|サイト)?(?:の)?\s?tms(?:\s?サーバー?)?\s?(?:v?\d{2}\.\d{1,2}(?:\.\d{1,3})?)?\s?)${WORKS_TAIL}`,
  'i',
);
/** Not said to work after all: "…but it doesn't", "the other node", a redundant pair. */
const OTHER_TMS_NOT = /(?:(?<![a-z])(?:not|never|but|nodes?|redundan\w*|failover|cluster)|n't)(?![a-z])|ていない|ではない|けど|が、|ノード|冗長|フェイルオーバー/i;
/** A question, asked without "?": "does the other TMS work ok", "is another TMS fine", 「別のTMSは正常ですか」. */
const ASKED = /^\s*(?:(?:and|so|also|btw|then)\s)?(?:does|do|did|is|are|was|were|has|have|can|could|would|will)\s|(?:か|かな|かね|でしょうか)\s*[。.]?\s*$|[?？]/i;

/** Is another TMS server said to work (a statement, not a question)? */
export function otherTmsSaidToWork(text: string): boolean {
  if (!/tms/i.test(text) || !WORKS_FAST.test(text)) return false;
  const t = text.slice(0, 200);
  // ("No issues on the other TMS, which is 15.12.": its release said beside the works-words, QA round 29 M7.)
  if (!OTHER_TMS_WORKS.test(t)) return otherTmsReleaseWorks(t) !== null;
  if (ASKED.test(t)) return false;
  return !OTHER_TMS_NOT.test(t.replace(OTHER_TMS_WORKS, ' '));
}

/**
 * The other node of a TMS said to work (QA round 29 M7): "The other TMS node works fine.", "the other node is OK", "no issues
 * on the second node", 「もう一方のノードは問題ありません」「もう1台のTMSノードは正常です」. Not another server: a redundant pair's
 * nodes both take the change (knowledge.md). Not a question, not denied.
 */
const OTHER_NODE_WORDS_EN = String.raw`(?<![a-z])(?:the\s|our\s)?(?:other|second|2nd|secondary|standby|passive)\s(?:tms\s)?node(?![a-z])`;
const OTHER_NODE_WORKS = new RegExp(
  String.raw`${OTHER_NODE_WORDS_EN}\s${WORKS_TAIL}` +
    String.raw`|(?<![a-z])(?:no\s(?:issues?|problems?|errors?)|(?:(?:all|everything)\s)?(?:works?|working|(?:is\s)?(?:fine|ok|okay|good))(?:\s(?:fine|ok|normally|well))?)\s(?:on|with|at|for|in)\s${OTHER_NODE_WORDS_EN}` +
    String.raw`|(?:もう\s?(?:一|1|ひと)\s?(?:台|つ)|もう一方|もう片方|別|他|ほか|(?:2|二)\s?台目|待機系?|スタンバイ)\s?の?\s?(?:tms\s?)?(?:の\s?)?ノード\s?${WORKS_TAIL}`,
  'i',
);
const NODE_FAST = /node|ノード/i;

/** Is the other node of a TMS said to work (a statement, not a question)? */
export function otherNodeSaidToWork(text: string): boolean {
  if (!NODE_FAST.test(text) || !WORKS_FAST.test(text)) return false;
  const t = text.slice(0, 200);
  const m = OTHER_NODE_WORKS.exec(t);
  if (!m || ASKED.test(t) || DENIED_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index))) return false;
  return !/(?:(?<![a-z])(?:not|never|but)|n't)(?![a-z])|ていない|ではない|けど|が、/i.test(t.replace(OTHER_NODE_WORKS, ' '));
}

/** The other server's words: "the other TMS", "our second TMS server", "another site's TMS". */
const OTHER_TMS_WORDS = String.raw`(?<![a-z])(?:the\s|our\s|their\s)?(?:other|another|second|2nd)\s(?:(?:site|office|branch|location)(?:'s)?\s)?tms(?:\s(?:server|box|instance))?`;
/** Its release right after, as a side note: ", which is 15.12", " (15.12)", ", on 15.12", " running 15.12". */
const OTHER_TMS_RELEASE_TAIL = String.raw`\s?[,(（]?\s?(?:(?:which|that)\s(?:is|runs)\s(?:on\s|at\s)?|(?:running|on|at)\s)?(?:tms\s?)?${REL}`;
/**
 * The release of another TMS said to work, the works-words first or after the release (QA round 29 M7): "No issues on the
 * other TMS, which is 15.12.", "Everything works fine on the other TMS (15.12)", "The other TMS, which is 15.12, works fine",
 * "the other TMS, on 15.12, has no issues". ("The other TMS 15.12 works fine" is read by tmsSaidToWork.)
 */
const OTHER_TMS_RELEASE_WORKS = new RegExp(
  String.raw`(?<![a-z])(?:no\s(?:issues?|problems?|errors?)|(?:(?:all|everything)\s)?(?:works?|working|(?:is\s|are\s)?(?:fine|ok|okay|good|unaffected))(?:\s(?:fine|ok|normally|well))?)\s(?:on|with|at|for|in)\s${OTHER_TMS_WORDS}${OTHER_TMS_RELEASE_TAIL}` +
    String.raw`|${OTHER_TMS_WORDS}\s?[,(（]\s?(?:(?:which|that)\s(?:is|runs)\s(?:on\s|at\s)?|(?:running|on|at)\s)?(?:tms\s?)?${REL}\s?[,)）]?\s?${WORKS_TAIL}`,
  'i',
);
/** Denied before the works-words: "not working on the other TMS", "no, it doesn't work on …". */
const DENIED_BEFORE = /(?:(?<![a-z])(?:not|never)|n't)\s(?:\w+\s){0,2}$/i;

/** The release of another TMS server said to work, its works-words before or after the release, or null (a question, a denial). */
export function otherTmsReleaseWorks(text: string): string | null {
  if (!/other|another|second|2nd/i.test(text) || !/tms/i.test(text) || !WORKS_FAST.test(text)) return null;
  const t = text.slice(0, 2000);
  const m = OTHER_TMS_RELEASE_WORKS.exec(t);
  if (!m || DENIED_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index)) || /(?:but|though|however)\s/i.test(m[0])) return null;
  const sentenceEnd = t.slice(m.index + m[0].length).search(/[!?？。\n]|\.(?:\s|$)/);
  const sentence = t.slice(Math.max(0, m.index - 60), m.index + m[0].length + (sentenceEnd < 0 ? 60 : sentenceEnd + 1));
  const before = t.slice(0, m.index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('!'), before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1;
  if (/[?？]/.test(sentence) || ASKED.test(t.slice(start, m.index + m[0].length))) return null;
  return m[1] ?? m[2] ?? null;
}

const ENV_FAST = /本番|prod|live/i;
const ENV_TAIL = String.raw`(?:\s?(?:(?:is|runs|has|is\son|is\srunning|is\sat|on|at)\s|[:=]\s?))?(?:tms\s?)?${REL}`;
/** The production server's release: "prod is 15.9", "production TMS: 15.9", 「本番は15.9」「本番環境のTMSは15.9」. */
const PROD_TMS = new RegExp(
  String.raw`(?<![a-z])(?:prod|production|live)(?:\s(?:tms|server|environment|env|system|instance))?${ENV_TAIL}` +
    String.raw`|本番\s?(?:環境|系|サーバー?|機)?\s?(?:の\s?tms\s?)?(?:は|が|:|：)\s?(?:tms\s?)?${REL}`,
  'i',
);
/** A test/staging server's release: "staging is 14.6", "test TMS 14.6", 「検証環境は14.6」「ステージングは14.6」. */
const TEST_TMS = new RegExp(
  String.raw`(?<![a-z])(?:test|testing|staging|stage|lab|dev|uat|qa)(?:\s(?:tms|server|environment|env|system|instance))?${ENV_TAIL}` +
    String.raw`|(?:検証|テスト|ステージング|開発|評価|ラボ)\s?(?:環境|系|サーバー?|機|用)?\s?(?:の\s?tms\s?)?(?:は|が|:|：)\s?(?:tms\s?)?${REL}`,
  'i',
);

/**
 * A production TMS and a test/staging one, each with its release (QA round 29 #3): 「本番はTMS 15.9、検証環境は14.6です」,
 * "prod is 15.9, staging is 14.6". Production is this incident's server (as "prod TMS 15.9, test TMS 14.6" is read);
 * the other is kept as another TMS. Null unless both are said, on different releases.
 */
export function prodAndTestTms(s: string): { prod: string; other: string } | null {
  if (!ENV_FAST.test(s)) return null;
  const t = s.slice(0, 2000);
  const p = PROD_TMS.exec(t);
  if (!p) return null;
  const o = TEST_TMS.exec(t);
  if (!o) return null;
  const prod = p[1] ?? p[2];
  const other = o[1] ?? o[2];
  // ("prod on 11.5, test on 11.8" names no product: RoomOS or CE releases are no TMS. A release counts as TMS's when its
  // major is one TMS has (13–15) or TMS is named beside it.)
  const tmsShaped = (rel: string, said: string) => /^1[3-5]\./.test(rel) || /tms/i.test(said);
  if (!prod || !other || prod === other || !tmsShaped(prod, p[0]) || !tmsShaped(other, o[0])) return null;
  return { prod, other };
}

const ONE_FAST = /one|1\s?台|一台|1\s?つ|ひとつ/i;
/**
 * After a TMS release, one server on another release (QA round 39): 「TMS 15.9、1台だけ(15.12)」「TMS 15.9（1台のみ 15.12）」,
 * "TMS 15.9, one of them 15.12", "TMS 15.9 except one on 15.12", "TMS 15.9 (one server is on 15.12)": most servers run
 * the first release, one runs the other; both are TMS servers, neither a count of failing systems. The words from the
 * count to the release, and the release.
 */
const ONE_OTHER = new RegExp(
  String.raw`(?:^|[,、，(（]|\s)\s?(?:(?:but|except|apart\sfrom|save)\s)?(?:only\s|just\s)?one(?:\sof\sthem|\s(?:tms\s)?(?:server|node|box|instance|vm))?\s?,?\s(?:(?:is|runs|is\son|is\srunning|is\sat|on|at|running|has)\s)?(?:tms\s?)?${REL}` +
    String.raw`|(?:^|[、，,(（]|\s)\s?(?:うち|その?うち)?\s?(?:1|一)\s?台(?:だけ|のみ)?(?:が|は)?\s?[(（]?\s?(?:tms\s?)?${REL}\s?[)）]?`,
  'i',
);

/** One TMS server on another release, said after the others' ("TMS 15.9、1台だけ(15.12)"): its release and the words said, or null. */
export function oneServerOtherRelease(s: string): { release: string; said: string } | null {
  if (!ONE_FAST.test(s)) return null;
  const m = ONE_OTHER.exec(s.slice(0, 2000));
  const release = m ? (m[1] ?? m[2]) : undefined;
  return m && release && /^1[2-6]\./.test(release) ? { release, said: m[0] } : null;
}

const PAIR_FAST = /(?:two|2)\s(?:(?:separate|different|independent|standalone)\s)?(?:tms\s)?(?:server|node|instance|box|vm)|(?:2|二)\s?台/i;
/**
 * Two TMS servers and, right after, two releases (QA round 42 #1): 「TMSは2台で、15.9と15.12です」「TMSサーバーは2台（15.9と
 * 15.12）」「2台のTMS、15.9と15.12」, "we have two TMS servers, 15.9 and 15.12", "2 TMS nodes: 15.9 / 15.12". One release
 * for each server, no word on which one fails. ("15.9 or 15.12" is no pair: the user does not know which.)
 */
const PAIR_RELEASES = new RegExp(
  String.raw`(?:(?<![a-z])(?:two|2)\s(?:tms\s)?(?:servers?|nodes?|instances?|boxes|vms)(?![a-z])|(?:2|二)\s?台)` +
    String.raw`(?:構成|の\s?tms(?:\s?サーバー?)?)?\s?(?:で|あり|あって|あります|です|ある|があり|があって|は)?\s?(?:(?:running|on|at|with)\s)?[:：,、，(（]?\s?(?:(?:running|on|at)\s)?(?:tms\s?)?${REL}` +
    String.raw`\s?(?:and|&|,|、|，|\/|と|および|及び)\s?(?:(?:the\s)?other\s(?:(?:one|is|on|at)\s){0,2})?(?:tms\s?)?${REL}`,
  'i',
);

/**
 * The same with the releases before the count (QA round 43 #3): 「TMSは15.9と15.12の2台です」「TMS 15.9と15.12の2台構成」,
 * "TMS 15.9 and 15.12, two servers", "15.9 and 15.12 (2 TMS nodes)". Not a count of endpoints (「…の2台の端末」).
 */
const RELEASES_THEN_PAIR = new RegExp(
  String.raw`(?<![\d.])(?:tms\s?)?${REL}\s?(?:and|&|,|、|，|\/|と|および|及び)\s?(?:tms\s?)?${REL}` +
    String.raw`(?:\s?(?:の|で|が)?\s?(?:2|二)\s?台(?!\s?の?\s?(?:端末|エンドポイント|コーデック|機器|カメラ|mcu))` +
    String.raw`|\s?[,、，(（:：-]?\s?(?:(?:i\.e\.|ie|so|on)\s)?(?:two|2)\s(?:tms\s)?(?:servers|nodes|instances|boxes|vms)(?![a-z]))`,
  'i',
);

/**
 * Each server's release after its label (QA round 30 W2): "two separate TMS servers: EU on 15.9 and APAC on 14.6.2",
 * "two TMS servers, EU is 15.9, APAC runs 14.6.2", 「TMSは2台で、EUは15.9、APACは14.6.2」. The labels are short names;
 * the pair words must come first (the caller's test), and the releases must be TMS-shaped.
 */
const LABEL_SAYS = String.raw`(?:\s(?:is\s(?:on\s|at\s)?|on\s|at\s|runs\s|has\s)|\s?[:=]\s?)(?:tms\s?)?`;
const LABELLED_PAIR = new RegExp(
  String.raw`(?<![a-z])(?:the\s)?[a-z][a-z0-9-]{0,15}(?:\s(?:one|server|site|tms))?${LABEL_SAYS}${REL}\s?(?:,\s?and|and|,|;|\/|、|，)\s?(?:the\s)?[a-z][a-z0-9-]{0,15}(?:\s(?:one|server|site|tms))?${LABEL_SAYS}${REL}` +
    String.raw`|[^\s、。，,:：]{1,10}(?:の\s?tms)?\s?(?:は|が)\s?(?:tms\s?)?${REL}\s?(?:で|、|，|,|と)\s?[^\s、。，,:：]{1,10}(?:の\s?tms)?\s?(?:は|が)\s?(?:tms\s?)?${REL}`,
  'i',
);

/** Two TMS servers' releases said together with the pair ("two TMS servers, 15.9 and 15.12", 「15.9と15.12の2台」), or null (same release, or not TMS-shaped). */
export function twoServersReleases(s: string, tmsAsked = false): { a: string; b: string } | null {
  // (`tmsAsked`: an answer to the TMS question, 「15.9と15.12の2台」, need not name TMS.)
  if (!PAIR_FAST.test(s) || !(tmsAsked || /tms/i.test(s))) return null;
  const t = s.slice(0, 2000);
  const m = PAIR_RELEASES.exec(t) ?? RELEASES_THEN_PAIR.exec(t) ?? LABELLED_PAIR.exec(t);
  if (!m) return null;
  const [a, b] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
  return a !== b && /^1[3-6]\./.test(a) && /^1[3-6]\./.test(b) ? { a, b } : null;
}

/**
 * The pair words, then the servers' release, then one server's other release (R48): "we have two TMS servers, 15.9, one of
 * them 15.12", 「TMSは2台で15.9、1台だけ15.12」. Read like "TMS 15.9, one of them 15.12": the first release is this TMS's,
 * the one server's is another server's. Null unless both are TMS-shaped and differ.
 */
const PAIR_THEN_ONE = new RegExp(
  String.raw`(?:(?<![a-z])(?:two|2)\s(?:(?:separate|different|independent|standalone)\s)?(?:tms\s)?(?:servers?|nodes?|instances?|boxes|vms)(?![a-z])|(?:2|二)\s?台)` +
    String.raw`(?:構成|の\s?tms(?:\s?サーバー?)?)?\s?(?:で|あり|あって|あります|です|ある|があり|があって|は)?\s?(?:(?:running|on|at|with)\s)?[:：,、，(（]?\s?(?:(?:running|on|at)\s)?(?:tms\s?)?${REL}(?![\d.]*\s?(?:and|&|\/|と|および|及び))`,
  'i',
);

export function pairThenOneRelease(s: string): { main: string; other: string } | null {
  if (!PAIR_FAST.test(s) || !ONE_FAST.test(s) || !/tms/i.test(s)) return null;
  const t = s.slice(0, 2000);
  const m = PAIR_THEN_ONE.exec(t);
  const main = m?.[1] ?? m?.[2];
  if (!m || !main) return null;
  const one = oneServerOtherRelease(t.slice(m.index + m[0].length));
  if (!one || one.release === main || !/^1[3-6]\./.test(main) || !/^1[3-6]\./.test(one.release)) return null;
  return { main, other: one.release };
}

const INTRODUCED_FAST = groupedByFirstLetter(/second|2nd|another|other|one\smore|extra|もう|別|ほか|他|2\s?台目|二台目/i);
/**
 * Another TMS server introduced, and its release said in the next clause (QA63 #1): "we have a second TMS at the Osaka site, that
 * one is 14.6.2", "there's another TMS in the lab, it runs 14.6", 「大阪拠点にもう 1 台 TMS があって、そちらは 14.6.2 です」
 * 「別の TMS もあり、そちらは 14.6 です」. The words between are bounded; the release must be TMS-shaped (12 to 16).
 */
const INTRODUCED_EN = new RegExp(
  String.raw`(?<![a-z])(?:a\s|one\s)?(?:second|2nd|another|other|one\smore|extra)\s(?:tms|tms\sserver|tms\sbox|tms\sinstance)(?![a-z])[^.;!?\n]{0,60}?[,;.]\s?(?:and\s)?(?:that\sone|this\sone|the\sother\sone|that\sone's|it|that|the\sother)(?:\s(?:is|runs|is\son|is\sat|is\srunning|has|is\sstill\son|still\sruns|runs\son)|['’]s(?:\son|\sstill\son)?)\s(?:(?:on|at|still)\s)?(?:tms\s?)?${REL}`,
  'i',
);
const INTRODUCED_JA = new RegExp(
  String.raw`(?:もう\s?(?:1|一|ひと)\s?台|2\s?台目|二台目|別|ほか|他)\s?の?\s?tms\s?(?:サーバー?)?\s?(?:が|も)\s?(?:あって|あり(?:まして)?|あります|ある|動いていて|動いており|稼働していて|稼働しており)[^。\n]{0,6}?[、。,，]\s?(?:そちら|そっち|そちらの\s?tms|その\s?tms|そのサーバー?)\s?(?:は|が|も)\s?(?:まだ\s?)?(?:tms\s?)?${REL}`,
  'i',
);

/** The release of another TMS introduced and named in the next clause ("we have a second TMS …, that one is 14.6.2"), or null. */
export function introducedOtherTmsRelease(s: string): string | null {
  if (!INTRODUCED_FAST.test(s)) return null;
  const t = s.slice(0, 1000);
  const m = INTRODUCED_EN.exec(t) ?? INTRODUCED_JA.exec(t);
  const release = m?.[1];
  return release && /^1[2-6]\./.test(release) ? release : null;
}
