/**
 * "we rolled back to 7.3.5 and it works again", 「TC7.3.5 に戻したら直りました」 after a report of endpoints that refuse TLS 1.0
 * (QA40 7a): the rollback restored service, but it is a workaround, not the fix (knowledge.md: TC up to 7.3.5 still accepts
 * TLS 1.0; the downgrade is the workaround). The case is not closed: a short note says why and what is still needed, and an
 * open question stays open. Pure; the cheap word test first.
 */
import type { EndpointVersion, Facts, LocalizedText } from '../domain/types';
import { endpointRefusesTls10, formatEndpoint, parseEndpoint, tmsCanBeFixedInPlace } from '../domain/versions';

const CHEAP = /back|revert|downgrad|戻し|ダウングレード/i;
/** A rollback done (not asked, not planned): "rolled (the SX20s) back", "reverted", "downgraded", "went back"; 「…に戻したら」「戻しました」. */
const ROLLED_BACK = /(?<![a-z])(?:rolled\s(?:[\w-]+\s){0,3}?back|reverted|downgraded|went\sback|(?:put|took|moved)\s(?:[\w-]+\s){0,3}?back)(?![a-z])|(?:に|へ)?\s?戻し(?:たら|て(?!も|み)|ました)|ダウングレード(?:し(?:たら|て(?!も|み)|ました))/i;
/** A rollback of something other than the endpoints' software. */
const NOT_ENDPOINTS = /tls|ssl|schannel|medium|level|registry|(?<![a-z])keys?(?![a-z])|gpo|policy|iis\s?crypto|sql|レジストリ|キー|レベル|ポリシー/i;
/** A release number not of a protocol: "7.3.5", "TC7.3.5", "CE 8.0.2". */
const RELEASE = /(?<![\w.])(?:tc|ce)?\s?\d{1,2}\.\d{1,2}(?:\.\d{1,3})?(?![\d.])/i;
const ENDPOINT_WORDS = /(?<![a-z])(?:endpoints?|codecs?|systems?|units?|devices?|them|sx\d{2}s?|mx\d{3}s?|dx\d{2}s?|c\d{2}s?)(?![a-z])|エンドポイント|端末|コーデック/i;
/** Questions and plans are not a rollback done: "if we roll back…?", 「戻したら直りますか？」. */
const NOT_DONE = /[?？]|(?<![a-z])(?:if|would|will|should|could|plan|planning)(?![a-z])|もし|予定|ますか|ですか|でしょうか/i;

/**
 * The note for a rollback that made the endpoints work again, or null: the held release refuses TLS 1.0 and the message
 * says a rollback was done (to a release that accepts TLS 1.0, when one is named: a bare "7.3.5" is the held family's).
 */
export function rollbackWorksNote(held: Facts, text: string): LocalizedText | null {
  if (!CHEAP.test(text) || !ROLLED_BACK.test(text) || NOT_DONE.test(text)) return null;
  // Something else put back ("TLS 1.0 を戻したら SQL 起動しました", "reverted the registry / the level"): not the endpoints' release.
  if (NOT_ENDPOINTS.test(text)) return null;
  // The endpoints' rollback: a release named ("back to 7.3.5", 「TC7.3.5 に戻した」) or the endpoints named.
  if (!RELEASE.test(text) && !ENDPOINT_WORDS.test(text)) return null;
  if (!held.endpoint || !endpointRefusesTls10(held.endpoint)) return null;
  // (At Medium-High or High TMS already offers TLS 1.2: a rollback is not what made them work; not this note.)
  if (held.level === 'medium-high' || held.level === 'high') return null;
  const to = releaseNamed(text, held.endpoint);
  if (to && endpointRefusesTls10(to)) return null;
  const a = to ? formatEndpoint(to) : null;
  const failing = formatEndpoint(held.endpoint);
  const upgradeTms = held.tms ? !tmsCanBeFixedInPlace(held.tms) : false;
  const fix = upgradeTms
    ? { en: 'upgrading TMS to 15.x, then TLS 1.2 on the TMS server and Communication Security Medium-High', ja: 'TMS を 15.x にアップグレードし、そのうえで TMS サーバの TLS 1.2 と Communication Security の Medium-High' }
    : { en: 'TLS 1.2 on the TMS server and Communication Security Medium-High in TMS Tools', ja: 'TMS サーバの TLS 1.2 と、TMS ツールでの Communication Security の Medium-High' };
  return {
    en: `Good that they work again, but the rollback is a workaround, not the fix: ${a ?? 'the release you went back to'} still accepts TLS 1.0, ${upgradeTms ? 'the only version this TMS release offers' : 'which TMS offers at Medium (its default)'}. On ${failing} or any later release they will fail the same way, so the fix is still needed before they are upgraded again: ${fix.en}. I am keeping this case open.`,
    ja: `動くようになったのはよかったですが、戻したのは回避策で、修正ではありません。${a ? `${a} は` : '戻したリリースは'}まだ TLS 1.0 を受け付けるため、${upgradeTms ? 'この TMS リリースが提示する唯一のバージョンである' : 'Medium（既定）の TMS が提示する'} TLS 1.0 で接続できています。${failing} 以降に上げると同じように失敗するので、もう一度アップグレードする前に修正が必要です（${fix.ja}）。この件はまだ終わりにしません。`,
  };
}

/** The release a rollback went to: "TC7.3.5", "CE 8.0.2", a bare "7.3.5" (the held family's). */
function releaseNamed(text: string, held: EndpointVersion): EndpointVersion | undefined {
  const m = /(?<![\w.])(tc|ce)?\s?(\d{1,2}\.\d{1,2}(?:\.\d{1,3})?)(?![\d.])/i.exec(text);
  if (!m) return undefined;
  const r = parseEndpoint(`${m[1] ?? held.family} ${m[2]}`);
  return r.ok ? r.value : undefined;
}
