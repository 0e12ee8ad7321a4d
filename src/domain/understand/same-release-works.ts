/**
 * Systems on the SAME release as the failing ones said to work through the same TMS (QA39 #6–#8): "30 other DX80s on
 * the same ce9.15 work fine", "the rest (also CE 9.15) are fine", "On-site ones are fine (also ce9.15)", "40 Room Kits
 * went to RoomOS 11.14; 38 are fine, 2 show No HTTPS response", 「同じ CE 9.15 の残り30台は正常です」「残りは（同じく
 * CE 9.15）問題ありません」. What it means depends on the level (src/domain/knowledge/scope.ts: sameReleaseWorks): at
 * Medium it contradicts the TLS 1.0 cause, at Medium-High it is normal and points at the failing units. Pure.
 * Only the release word said as the same one (or "also <release>") counts: "the others are fine" alone names no release
 * (scope.ts reads it as "only some fail"), nor does "the same CE 9.15 units fail".
 */
import { nfkc } from '../nfkc';

/** Cheap test: every form below has one of these. */
const CHEAP = /same|also|too|as\swell|went|同じ|こちらも|これも|それも/i;
const REL = '(?:ce|tc|roomos|release|version|software|firmware|build|code)';
const FINE_EN = '(?:(?<!n[\'’]t\\s|not\\s|never\\s)(?:still\\s)?work(?:s|ing)?(?:\\s(?:fine|ok|okay|normally))?|(?:are|is)\\s(?:all\\s|still\\s)?(?:fine|ok|okay|good|working|unaffected|green))(?![a-z])';
const SAME_EN = [
  // "30 other DX80s on the same ce9.15 work fine", "the ones running the same release are fine"
  `(?<![a-z])(?:on|with|running|at)\\s(?:the\\s)?(?:very\\s)?same\\s${REL}(?:[^.;!?()]|\\.(?=\\d)){0,30}?\\s${FINE_EN}`,
  // "the rest (also CE 9.15) are fine", "others (same release) work"
  `\\((?:also|same|on\\sthe\\ssame)\\s(?:on\\s)?${REL}[^)]{0,20}\\)\\s${FINE_EN}`,
  // "On-site ones are fine (also ce9.15)"
  `${FINE_EN}\\s\\((?:also|same|on\\sthe\\ssame)\\s(?:on\\s)?${REL}[^)]{0,20}\\)`,
  // "40 Room Kits went to RoomOS 11.14; 38 are fine, 2 show No HTTPS response"
  `(?<![\\d.])(\\d{1,5})\\s(?:[a-z0-9-]+\\s){0,3}?(?:went|were\\s(?:upgraded|updated|moved)|got\\s(?:upgraded|updated))\\sto\\s(?:ce|tc|roomos)\\s?\\d[\\d.]*\\s?[;,.]\\s(?:and\\s)?(\\d{1,5})\\s(?:of\\sthem\\s)?(?:are\\s(?:fine|ok|okay|good|working|green)|work(?:s|ing)?(?:\\sfine)?)(?![a-z])`,
  // "The C40 works, it is on CE 9.15 too", "the MX300 is fine and it's also on CE 9.15" (QA40 #7e)
  `${FINE_EN}[,;]?\\s(?:and\\s|but\\s)?(?:it|they)(?:\\s(?:is|are)|['’](?:s|re))\\s(?:also\\s(?:on|running|at)\\s(?:ce|tc|roomos)\\s?\\d|(?:on|running|at)\\s(?:ce|tc|roomos)\\s?\\d[\\d.]*\\s(?:too|as\\swell)(?![a-z]))`,
];
const FINE_JA = '(?:正常(?!で(?:は|な))|問題(?:なし|ない|ありません|なく)|大丈夫|動いて(?:い)?(?:ます|る)|動作して(?:い)?(?:ます|る)|管理でき(?:て|ます))';
const SAME_JA = [
  // 「同じ CE 9.15 の残り30台は正常です」「同じリリースの端末は問題ありません」
  `同じ\\s?(?:ce|tc|roomos|リリース|バージョン|ファーム)[^。！？!?]{0,25}?${FINE_JA}`,
  // 「残りは（同じく CE 9.15）問題ありません」「ほかの端末（こちらも CE 9.15）は正常」
  `(?:同じく|こちらも|これも)\\s?(?:ce|tc|roomos)\\s?\\d[^。！？!?]{0,25}?${FINE_JA}`,
  // 「C40 は正常で、これも CE 9.15 です」 (QA40 #7e)
  `${FINE_JA}[^。！？!?]{0,10}?(?:同じく|こちらも|これも|それも)\\s?(?:ce|tc|roomos)\\s?\\d`,
];
const SAME = new RegExp(`${SAME_EN.join('|')}|${SAME_JA.join('|')}`);
/** The working ones said to be fewer: "40 … went to RoomOS 11.14; 38 are fine" (38 < 40), not "…; 40 are fine". */
const WENT = new RegExp(SAME_EN[3]);
/** Said as not working after all: 「正常ではありません」 is excluded in FINE_JA; "not the same release" here. */
const NOT_SAME = /not\s(?:on\s)?the\ssame|同じではな|同じじゃな/;
/**
 * Reached some other way than through TMS (QA40 #1): 「ブラウザからは同じバージョンでも問題なくアクセスできます」, "the web UI
 * of the same version opens fine in Chrome", "fine when I ping them". A browser offers TLS 1.2 and a ping or a call needs no
 * TLS: that is the typical picture of this problem, not "systems on the same release work through TMS".
 */
const OTHER_WAY =
  /ブラウザ|ウェブ|管理画面|通話|発信|(?<![a-z])(?:browsers?|chrome|firefox|safari|edge|web(?:\s?(?:ui|gui|page|interface|portal))?|gui|ui|https?:\/\/|ping(?:s|ed|ing)?|curl|openssl|calls?|calling)(?![a-z])/;

export function sameReleaseWorksIn(text: string): boolean {
  return sameReleaseWorksSaid(text) !== null;
}

/** A release written in the match ("ce 8.0", "tc7.3.3", "roomos 11.14"): the one the working units are said to run. */
const NAMED = /(?<![a-z])(ce|tc|roomos)\s?(\d{1,2}(?:\.\d{1,3}){0,3})(?![\d])/;

/**
 * The same reading, with the release the working units are said to run when the match writes one ("The C40 works, it is on
 * CE 8.0 too" → "CE 8.0"; "on the same release work fine" → null): null when nothing is said. The caller compares that release
 * with the failing units' (FIX19A, QA46 R1): a working unit on another release, "too" or not, is no same-release report.
 */
export function sameReleaseWorksSaid(text: string): { release: string | null } | null {
  const t = nfkc(text).toLowerCase();
  if (NOT_SAME.test(t)) return null;
  const m = CHEAP.test(t) ? SAME.exec(t) : null;
  if (!m) return fleetOnOneReleaseSaid(t);
  // (Some forms end at the release's first digit: its whole version is read on from there.)
  const named = NAMED.exec(t.slice(m.index, m.index + m[0].length + 16));
  const said = { release: named ? `${named[1] === 'roomos' ? 'RoomOS' : named[1]!.toUpperCase()} ${named[2]}` : null };
  const w = WENT.exec(t);
  if (w && w.index === m.index) return Number(w[2]) < Number(w[1]) ? said : null;
  // The sentence around the match (bounded): a browser, a ping or a call is not TMS reaching the systems.
  const from = Math.max(0, m.index - 120);
  const before = t.slice(from, m.index);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('. '), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('！'), before.lastIndexOf('？'));
  const after = t.slice(m.index, m.index + m[0].length + 80);
  const end = after.slice(m[0].length).search(/[。!?！？]|\.(?:\s|$)/);
  const sentence = before.slice(cut + 1) + (end < 0 ? after : after.slice(0, m[0].length + end));
  return OTHER_WAY.test(sentence) ? null : said;
}

/**
 * QA59 #4: the release of the working units said without "same", beside a failure on that release. (a) The whole fleet put on one
 * release, the rest said fine: "We upgraded all 30 SX80s to ce9.15.3 last night; only one of them shows No HTTPS response, the other
 * 29 are fine", 「昨夜 SX80 を 30 台すべて ce9.15.3 に上げました。No HTTPS response になっているのは 1 台だけで、残り 29 台は正常です」.
 * (b) The working ones counted on a release that every other release in the message agrees with: "Our other 40 Room Kits on CE 9.15
 * are fine" beside a new unit on ce9.15.3, "50 Room Kits on RoomOS 11.9 are fine, one Room Kit on RoomOS 11.9 shows No HTTPS
 * response", 「CE 9.15 の Room Kit 40 台は正常です」. Not a plan ("we will upgrade all…"), not "all but the C40s", not a working
 * group on another release ("… on TC7.3.5 are fine", read elsewhere), not without a failure said in the message.
 */
const ALL_ON =
  /(?<![a-z])(?:upgraded|updated|moved|migrated|put|brought)\s(?:all|every|each)\s(?:of\s)?(?:the\s|our\s)?(?:\d{1,5}\s)?(?:[a-z0-9-]+\s){0,3}?(?:to|onto|on)\s(?:the\s)?(ce|tc|roomos)\s?(\d{1,2}(?:\.\d{1,3}){0,3})(?![\d])|(?<![a-z])all\s(?:\d{1,5}\s)?(?:of\s(?:them|our\s[a-z0-9-]+)\s|[a-z0-9-]+\s){0,3}?(?:are|were|run|are\snow|are\sall)\s(?:now\s)?(?:on|running)\s(ce|tc|roomos)\s?(\d{1,2}(?:\.\d{1,3}){0,3})(?![\d])|(?:すべて|全て|全部|全台|全\s?\d{1,5}\s?台)\s?(?:を\s?)?(ce|tc|roomos)\s?(\d{1,2}(?:\.\d{1,3}){0,3})[\d.a-z]*\s?(?:に|へ)\s?(?:上げ|アップグレードし|更新し|バージョンアップし|移行し)(?:ました|た(?![いら]))/;
/** The rest said fine: "the other 29 are fine", "the remaining ones work", "the rest of them are ok", 「残り 29 台は正常です」. */
const REST_FINE = new RegExp(
  `(?<![a-z])(?:(?:the|our|all)\\s)?(?:(?:other|remaining)\\s(?:\\d{1,5}|ones|units|endpoints|systems|codecs)(?:\\s[a-z0-9-]+){0,2}?|others|rest(?:\\sof\\s(?:them|the\\s[a-z0-9-]+))?)\\s${FINE_EN}|(?:残り|ほか|他)(?:の)?\\s?(?:\\d{1,5}\\s?台)?\\s?(?:は|も)\\s?${FINE_JA}`,
);
/** The working ones counted on a named release: "our other 40 Room Kits on CE 9.15 are fine", 「CE 9.15 の Room Kit 40 台は正常です」. */
const COUNTED_FINE = new RegExp(
  `(?<![a-z\\d.])(?:(?:our|the|all)\\s)?(?:other\\s|remaining\\s)?\\d{1,5}\\s(?:[a-z0-9-]+\\s){0,3}?(?:on|running)\\s(ce|tc|roomos)\\s?(\\d{1,2}(?:\\.\\d{1,3}){0,3})(?![\\d])\\s${FINE_EN}|(ce|tc|roomos)\\s?(\\d{1,2}(?:\\.\\d{1,3}){0,3})(?![\\d])\\s?の[^。、,]{0,20}?\\d{1,5}\\s?台\\s?(?:は|も)\\s?${FINE_JA}`,
);
const FAILURE_SAID = /no\s?https|(?<![a-z])(?:fail\w*|never\s(?:worked|work))(?![a-z])|失敗|動いていません|動きません/;
const NAMED_ALL = new RegExp(NAMED.source, 'g');
/** Working units of another site, TMS or lab are no report about this TMS. */
const ANOTHER_PLACE = /(?<![a-z])(?:other|another|second|different)\s(?:site|tms|office|location|campus|lab|customer)|(?<![a-z])lab(?![a-z])|別(?:の)?\s?(?:サイト|拠点|tms|環境)|他(?:の)?\s?(?:サイト|拠点|tms)|検証/;

function releaseName(family: string, version: string): string {
  return `${family === 'roomos' ? 'RoomOS' : family.toUpperCase()} ${version}`;
}
/** Two releases agree when one is the other's prefix of at least two parts ("9.15" and "9.15.3"). */
function agrees(a: string, b: string): boolean {
  const x = a.split('.');
  const y = b.split('.');
  const n = Math.min(x.length, y.length);
  return n >= 2 && x.slice(0, n).every((p, i) => Number(p) === Number(y[i]));
}

function fleetOnOneReleaseSaid(t: string): { release: string | null } | null {
  if (!FAILURE_SAID.test(t) || OTHER_WAY.test(t) || ANOTHER_PLACE.test(t)) return null;
  const all = ALL_ON.exec(t);
  if (all && !/(?<![a-z])(?:except|but|apart|besides|not)(?![a-z])|以外/.test(all[0]) && !/(?:(?<![a-z])(?:not|never)|n['’]t)\s(?:yet\s)?$/.test(t.slice(Math.max(0, all.index - 12), all.index)) && REST_FINE.test(t.slice(all.index + all[0].length))) {
    const family = all[1] ?? all[3] ?? all[5];
    const version = all[2] ?? all[4] ?? all[6];
    return family && version ? { release: releaseName(family, version) } : null;
  }
  const c = COUNTED_FINE.exec(t);
  if (!c) return null;
  const family = c[1] ?? c[3];
  const version = c[2] ?? c[4];
  if (!family || !version) return null;
  // Every other release named in the message (the failing unit's) is the same one, and at least one is named.
  const rest = t.slice(0, c.index) + ' '.repeat(c[0].length) + t.slice(c.index + c[0].length);
  const others = [...rest.matchAll(NAMED_ALL)];
  if (!others.length || !others.every((o) => o[1] === family && agrees(o[2]!, version))) return null;
  // The failure said outside the working ones' words.
  return FAILURE_SAID.test(rest) ? { release: releaseName(family, version) } : null;
}
