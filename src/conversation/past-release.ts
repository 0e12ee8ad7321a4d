/**
 * An endpoint release said as the past ("The endpoints were originally TC 7.3.3, all along fine until upgraded",
 * "they used to run TC 7.3.3", "before the upgrade they were on TC 7.3.3", 「もともとTC 7.3.3でした」「以前はTC 7.3.3」):
 * what the endpoints ran before their upgrade, not what they run now. It does not replace the release held (which is what
 * fails now); it is only noted. With no release held it is not taken as the current one either (the question stays).
 */
import type { EndpointVersion, Facts, Lang } from '../domain/types';
import { formatEndpoint, parseEndpoint } from '../domain/versions';

/** Cheap word test first: a past word, EN or JA. */
const PAST_WORD = /originally|used\sto|previously|before|prior\sto|formerly|from|もともと|元々|以前|アップグレード前|更新前|前は|から/i;
/** An endpoint release (group 1), whole, and not an upgrade's target (「CE 9.15にアップグレード」). */
const REL = String.raw`((?:tc|ce|roomos)\s?v?\d{1,2}(?:\.\d{1,3}){0,3})(?!\.?\d)(?!\s?(?:に|へ)\s?(?:アップグレード|バージョンアップ|更新|上げ|移行))`;
/**
 * Who ran the release: the endpoints themselves ("they", "the endpoints", "our codecs", "all the units"), never "we" or a
 * model being replaced ("Before the upgrade we tested on TC 7.3.6 in the lab", "Previously the SX80 was replaced, it had
 * TC 7.3.3" say nothing of what the endpoints ran).
 */
const SUBJ = String.raw`(?:they|(?:(?:the|our|all|all\sthe|these|those|both)\s)?(?:\w+\s)?(?:endpoints?|codecs?|units|devices|systems))`;
const VERB = String.raw`(?:were|was|ran|had\sbeen)`;
const PAST_LEAD = String.raw`(?:originally|previously|formerly|before\s(?:the|that|their|this|our)\s(?:upgrade|update)|before\s(?:upgrading|updating|they\swere\supgraded)|prior\sto\s(?:the\s)?(?:upgrade|update))`;
const PAST_MID = String.raw`(?:originally|previously|formerly|used\sto\s(?:be|run|have))`;
/** Not after "to"/"→" (an upgrade's target). */
const NOT_TARGET = String.raw`(?<![a-z])(?<!(?:to|into|->|→)\s?)`;
/**
 * The past said before the release, with the endpoints as subject: "Before the upgrade they were on TC 7.3.3", "The endpoints
 * were originally TC 7.3.3", "They used to run TC 7.3.3", 「もともとTC 7.3.3でした」, 「以前は端末はTC 7.3.3で…」 (a Japanese
 * sentence drops its subject: the release is said as what they were, 「…でした」「…で」, and nothing done to it, 「…をテスト」).
 */
const PAST_BEFORE = new RegExp(
  String.raw`(?<![a-z])${PAST_LEAD},?\s${SUBJ}\s(?:all\s|both\s)?${VERB}\s(?:[a-z]+\s){0,2}?${NOT_TARGET}${REL}` +
    String.raw`|(?<![a-z])${SUBJ}\s(?:all\s|both\s)?(?:${VERB}\s|all\s)?${PAST_MID}\s(?:[a-z]+\s){0,2}?${NOT_TARGET}${REL}` +
    String.raw`|(?:もともと|元々|以前は|前は|アップグレード前は|更新前は)[^。\n、をでにと]{0,16}?(?<!(?:to|into|->|→)\s?)${REL}(?=\s?(?:で(?!の?(?:検証|テスト|試))|だっ|のまま|。|$))`,
  'i',
);
/**
 * An upgrade said from a release with no target ("we upgraded the codecs from TC7.3.3 last night", "the SX20s were upgraded from
 * TC 7.3.3", 「昨夜 TC7.3.3 からアップグレードしました」): that release is the one they left; the new one is not said (readers-c #2).
 * Not "from TC7.3.3 to CE 9.15" (the target is the current one), nor a plan ("we will upgrade from…", 「…から上げる予定」).
 */
const UPGRADED_FROM = new RegExp(
  String.raw`(?<![a-z])(?<!(?:will|'ll|to|going\sto|plan\sto|want\sto|need\sto|should)\s(?:[a-z]+\s){0,3})(?:upgraded|updated|moved|migrated|went\sup)\s(?:[a-z0-9]+\s){0,3}?from\s(?:the\s)?${REL}(?![^.;!?
]{0,60}?(?:(?<![a-z])(?:to|into)(?![a-z])|->|→))` +
    String.raw`|${REL}\s?から\s?(?:の\s?)?(?:アップグレード|バージョンアップ|更新|上げ|移行)(?:し(?:ました|た|て))`,
  'i',
);
/** The release just before a past phrase ("they were on TC 7.3.3 before the upgrade", 「TC 7.3.3でしたが…アップグレード」). */
const PAST_AFTER = new RegExp(
  String.raw`(?:^\s*|(?<![a-z])${SUBJ}\s(?:all\s|both\s)?${VERB}\s(?:[a-z]+\s){0,2}?)${NOT_TARGET}${REL}(?:[^.;!?\n]{0,20}?)\s(?:before\s(?:the|that|their|this|our)\s(?:upgrade|update)|before\s(?:upgrading|updating)|originally|previously|formerly)(?![a-z])` +
    String.raw`|${REL}\s?(?:でしたが|だったが|だった|でした|から)[^。\n]{0,12}?(?:アップグレード|更新|上げ)`,
  'i',
);
/**
 * Any release near a past word, whoever's it is ("Before the upgrade we tested on TC 7.3.6 in the lab"): not the current
 * release either, so it corrects nothing, but it says nothing of what the endpoints ran.
 */
const LOOSE_BEFORE = new RegExp(
  String.raw`(?<![a-z])(?:${PAST_LEAD}|used\sto\s(?:be|run|have))(?![a-z])[^.;!?\n。]{0,40}?${NOT_TARGET}${REL}` +
    String.raw`|(?:もともと|元々|以前は|前は|アップグレード前は|更新前は)[^。\n]{0,24}?(?<!(?:to|into|->|→)\s?)${REL}`,
  'i',
);
const LOOSE_AFTER = new RegExp(
  String.raw`(?<![a-z])${REL}(?:[^.;!?\n]{0,20}?)\s(?:before\s(?:the|that|their|this|our)\s(?:upgrade|update)|before\s(?:upgrading|updating)|originally|previously|formerly)(?![a-z])`,
  'i',
);
/** "now", "currently", 「今は」「現在」: a current release said in the same message; then the extraction is left as it is. */
const NOW_SAID = /(?<![a-z])(?:now|currently|today)(?![a-z])|今は|現在|いまは/i;
/** "now on CE 9.15", 「今は CE 9.15」: a current release said after the upgrade (not "now No HTTPS response"). */
const NOW_RELEASE = /(?<![a-z])(?:now|currently|today)(?![a-z])[^.;!?\n。]{0,24}?(?:(?<![a-z])(?:tc|ce|roomos)\s?v?\d|\d{1,2}\.\d)|(?:今は|現在|いまは)[^。\n]{0,16}?(?:tc|ce|roomos|\d{1,2}\.\d)/i;

type Past = { release: EndpointVersion; theirs: boolean };

const parsed = (m: RegExpExecArray | null): EndpointVersion | null => {
  const raw = m?.slice(1).find((g) => g !== undefined);
  if (!raw) return null;
  const r = parseEndpoint(raw);
  return r.ok ? r.value : null;
};

/**
 * The endpoint release the message says as the past (and none as the current one), or null; `theirs` when the endpoints are
 * the ones said to have run it.
 */
function pastReleaseIn(text: string): Past | null {
  if (!PAST_WORD.test(text)) return null;
  if (!NOW_SAID.test(text)) {
    const theirs = parsed(PAST_BEFORE.exec(text) ?? PAST_AFTER.exec(text));
    if (theirs) return { release: theirs, theirs: true };
  }
  if (/from|から/i.test(text) && !NOW_RELEASE.test(text)) {
    const left = parsed(UPGRADED_FROM.exec(text.slice(0, 600)));
    if (left) return { release: left, theirs: true };
  }
  if (NOW_SAID.test(text)) return null;
  const theirs = parsed(PAST_BEFORE.exec(text) ?? PAST_AFTER.exec(text));
  if (theirs) return { release: theirs, theirs: true };
  const other = parsed(LOOSE_BEFORE.exec(text) ?? LOOSE_AFTER.exec(text));
  return other ? { release: other, theirs: false } : null;
}

const same = (a: EndpointVersion, b: EndpointVersion) => a.family === b.family && a.semver === b.semver;

/** `said` is the release the message says as the past (the endpoints' or not: either way it is not the current one). */
export function pastReleaseSaid(text: string, said: EndpointVersion): boolean {
  const past = pastReleaseIn(text);
  return !!past && same(past.release, said);
}

/** `said` is the release the endpoints are said to have run before ("they were on TC 7.3.3 before the upgrade"). */
export function pastReleaseOfEndpoints(text: string, said: EndpointVersion): boolean {
  const past = pastReleaseIn(text);
  return !!past && past.theirs && same(past.release, said);
}

/** The release said as the past (the one read from the message), different from the one held, or null. */
export function pastEndpointRelease(before: Facts, said: EndpointVersion | undefined, text: string): EndpointVersion | null {
  if (!said || !PAST_WORD.test(text)) return null;
  if (before.endpoint && same(before.endpoint, said)) return null;
  return pastReleaseSaid(text, said) ? said : null;
}

/** The line that says the past release was noted and what the answer is for. */
export function pastReleaseNote(past: EndpointVersion, held: EndpointVersion | undefined, lang: Lang): string {
  const p = formatEndpoint(past);
  if (!held) {
    return lang === 'ja'
      ? `${p} はアップグレード前のバージョンとして承知しました。いまエラーが出ているエンドポイントのバージョンを教えてください。`
      : `Noted: ${p} is what the endpoints ran before their upgrade. Which release do the failing endpoints run now?`;
  }
  const h = formatEndpoint(held);
  return lang === 'ja'
    ? `${p} はアップグレード前のバージョンとして承知しました（いまのバージョンとしては扱いません）。エラーが出ているのは現在の ${h} のエンドポイントなので、回答は ${h} についてのままです。`
    : `Noted: ${p} is what the endpoints ran before their upgrade, not what they run now. The failing endpoints are on ${h}, so the answer stays the one for ${h}.`;
}
