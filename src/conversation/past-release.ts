/**
 * An endpoint release said as the past ("The endpoints were originally TC 7.3.3, all along fine until upgraded",
 * "they used to run TC 7.3.3", "before the upgrade they were on TC 7.3.3", 「もともとTC 7.3.3でした」「以前はTC 7.3.3」):
 * what the endpoints ran before their upgrade, not what they run now. It does not replace the release held (which is what
 * fails now); it is only noted. With no release held it is not taken as the current one either (the question stays).
 */
import type { EndpointVersion, Facts, Lang } from '../domain/types';
import { formatEndpoint, parseEndpoint } from '../domain/versions';

/** Cheap word test first: a past word, EN or JA. */
const PAST_WORD = /originally|used\sto|previously|before|prior\sto|formerly|もともと|元々|以前|アップグレード前|更新前|前は/i;
/** An endpoint release (group 1), whole, and not an upgrade's target (「CE 9.15にアップグレード」). */
const REL = String.raw`((?:tc|ce|roomos)\s?v?\d{1,2}(?:\.\d{1,3}){0,3})(?!\.?\d)(?!\s?(?:に|へ)\s?(?:アップグレード|バージョンアップ|更新|上げ|移行))`;
/** The past word just before the release ("originally TC 7.3.3", 「もともとTC 7.3.3」), never after "to"/"→". */
const PAST_BEFORE = new RegExp(
  String.raw`(?<![a-z])(?:originally|used\sto\s(?:be|run|have)|previously|formerly|before\s(?:the|that|their|this|our)\s(?:upgrade|update)|before\s(?:upgrading|updating|they\swere\supgraded)|prior\sto\s(?:the\s)?(?:upgrade|update))(?![a-z])[^.;!?\n。]{0,40}?(?<![a-z])(?<!(?:to|into|->|→)\s?)${REL}` +
    String.raw`|(?:もともと|元々|以前は|前は|アップグレード前は|更新前は)[^。\n]{0,24}?(?<!(?:to|into|->|→)\s?)${REL}`,
  'i',
);
/** The release just before a past phrase ("TC 7.3.3 before the upgrade", 「TC 7.3.3でしたが…アップグレード」). */
const PAST_AFTER = new RegExp(
  String.raw`(?<![a-z])${REL}(?:[^.;!?\n]{0,20}?)\s(?:before\s(?:the|that|their|this|our)\s(?:upgrade|update)|before\s(?:upgrading|updating)|originally|previously|formerly)(?![a-z])` +
    String.raw`|${REL}\s?(?:でしたが|だったが|だった|でした|から)[^。\n]{0,12}?(?:アップグレード|更新|上げ)`,
  'i',
);
/** "now", "currently", 「今は」「現在」: a current release said in the same message; then the extraction is left as it is. */
const NOW_SAID = /(?<![a-z])(?:now|currently|today)(?![a-z])|今は|現在|いまは/i;

/** The endpoint release the message says as the past (and none as the current one), or null. */
function pastReleaseIn(text: string): EndpointVersion | null {
  if (!PAST_WORD.test(text) || NOW_SAID.test(text)) return null;
  const m = PAST_BEFORE.exec(text) ?? PAST_AFTER.exec(text);
  const raw = m ? (m[1] ?? m[2]) : undefined;
  if (!raw) return null;
  const r = parseEndpoint(raw);
  return r.ok ? r.value : null;
}

const same = (a: EndpointVersion, b: EndpointVersion) => a.family === b.family && a.semver === b.semver;

/** `said` is the release the message says as the past. */
export function pastReleaseSaid(text: string, said: EndpointVersion): boolean {
  const past = pastReleaseIn(text);
  return !!past && same(past, said);
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
