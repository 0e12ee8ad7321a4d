/**
 * An endpoint release said as the past ("The endpoints were originally TC 7.3.3, all along fine until upgraded",
 * "they used to run TC 7.3.3", "before the upgrade they were on TC 7.3.3", 「もともとTC 7.3.3でした」「以前はTC 7.3.3」):
 * what the endpoints ran before their upgrade, not what they run now. It does not replace the release held (which is what
 * fails now); it is only noted. With no release held it is not taken as the current one either (the question stays).
 */
import type { EndpointVersion, Facts, Lang } from '../domain/types';
import { formatEndpoint } from '../domain/versions';

/** Cheap word test first: a past word, EN or JA. */
const PAST_WORD = /originally|used\sto|previously|before|prior\sto|formerly|もともと|元々|以前|アップグレード前|更新前|前は/i;
/** The past word just before the release ("originally TC 7.3.3", 「もともとTC 7.3.3」), or the release just before a past phrase. */
const PAST_BEFORE =
  /(?<![a-z])(?:originally|used\sto\s(?:be|run|have)|previously|formerly|before\s(?:the|that|their|this|our)\s(?:upgrade|update)|before\s(?:upgrading|updating|they\swere\supgraded)|prior\sto\s(?:the\s)?(?:upgrade|update))(?![a-z])[^.;!?\n。]{0,40}?(?<![a-z])(?<!(?:to|into|->|→)\s?)(?:tc|ce|roomos)\s?v?\d(?![\d.]*\s?(?:に|へ)\s?(?:アップグレード|バージョンアップ|更新|上げ|移行))|(?:もともと|元々|以前は|前は|アップグレード前は|更新前は)[^。\n]{0,24}?(?<!(?:to|into|->|→)\s?)(?:tc|ce|roomos)\s?v?\d(?![\d.]*\s?(?:に|へ)\s?(?:アップグレード|バージョンアップ|更新|上げ|移行))/i;
const PAST_AFTER =
  /(?<![a-z])(?:tc|ce|roomos)\s?v?\d[\d.]*(?:[^.;!?\n]{0,20}?)\s(?:before\s(?:the|that|their|this|our)\s(?:upgrade|update)|before\s(?:upgrading|updating)|originally|previously|formerly)(?![a-z])|(?:tc|ce|roomos)\s?v?\d[\d.]*\s?(?:でしたが|だったが|だった|でした|から)[^。\n]{0,12}?(?:アップグレード|更新|上げ)/i;
/** "now", "currently", 「今は」「現在」: a current release said in the same message; then the extraction is left as it is. */
const NOW_SAID = /(?<![a-z])(?:now|currently|today)(?![a-z])|今は|現在|いまは/i;

/** The message says an endpoint release as the past, and none as the current one. */
export function pastReleaseSaid(text: string): boolean {
  return PAST_WORD.test(text) && (PAST_BEFORE.test(text) || PAST_AFTER.test(text)) && !NOW_SAID.test(text);
}

/** The release said as the past, different from the one held, or null. */
export function pastEndpointRelease(before: Facts, said: EndpointVersion | undefined, text: string): EndpointVersion | null {
  if (!said || !PAST_WORD.test(text)) return null;
  const held = before.endpoint;
  if (held && held.family === said.family && held.semver === said.semver) return null;
  return pastReleaseSaid(text) ? said : null;
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
