/**
 * "we rolled back to 7.3.5 and it works again", 「TC7.3.5 に戻したら直りました」 after a report of endpoints that refuse TLS 1.0
 * (QA40 7a): the rollback restored service, but it is a workaround, not the fix (knowledge.md: TC up to 7.3.5 still accepts
 * TLS 1.0; the downgrade is the workaround). The case is not closed: a short note says why and what is still needed, and an
 * open question stays open. Pure; the cheap word test first.
 */
import type { EndpointVersion, Facts, LocalizedText } from '../domain/types';
import { extractFacts } from '../domain/extract';
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
export function rollbackWorksNote(held: Facts, text: string, worksSaid = true): LocalizedText | null {
  if (!CHEAP.test(text)) return null;
  const m = ROLLED_BACK.exec(text);
  if (!m) return null;
  // The sentence that holds the rollback, and in it the rollback's clause (up to the next comma): a plan or a question in
  // another sentence or a later clause ("…, we plan to upgrade TMS next quarter", "Thanks") is not this rollback's (REV10 #3).
  const end = m.index + m[0].length;
  const sentenceStart = Math.max(0, ...[...text.slice(0, m.index).matchAll(SENTENCE_END)].map((x) => (x.index ?? 0) + x[0].length));
  const after = text.slice(end);
  const sentenceEnd = end + (after.search(SENTENCE_END) < 0 ? after.length : after.search(SENTENCE_END));
  const sentence = text.slice(sentenceStart, sentenceEnd + 1);
  if (/[?？]/.test(sentence)) return null;
  const clauseEnd = end + (after.search(CLAUSE_END) < 0 ? after.length : after.search(CLAUSE_END));
  if (NOT_DONE.test(text.slice(sentenceStart, Math.min(clauseEnd, sentenceEnd)))) return null;
  // Something else put back ("TLS 1.0 を戻したら SQL 起動しました", "reverted the registry / the level"): not the endpoints' release.
  // Read on what the rollback names: its clause up to the release it went to ("Rolled back to 7.3.5 at Medium" is a release).
  const before = text.slice(sentenceStart, m.index).split(CLAUSE_END).pop() ?? '';
  const target = after.slice(0, Math.max(0, clauseEnd - end));
  const rel = RELEASE.exec(target);
  if (NOT_ENDPOINTS.test(before + m[0] + (rel ? target.slice(0, rel.index) : target))) return null;
  // Said to work again in the rollback's sentence, when the caller did not read a "works" (…, works again", "and they work again").
  if (!worksSaid && !worksAgainAfter(text.slice(end, sentenceEnd + 1))) return null;
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
  // (It names the fix, Communication Security at Medium-High, as what is still to do: advice to raise it.)
  return {
    advises: 'medium-high',
    en: `Good that they work again, but the rollback is a workaround, not the fix: ${a ?? 'the release you went back to'} still accepts TLS 1.0, ${upgradeTms ? 'the only version this TMS release offers' : 'which TMS offers at Medium (its default)'}. On ${failing} or any later release they will fail the same way, so the fix is still needed before they are upgraded again: ${fix.en}. I am keeping this case open.`,
    ja: `動くようになったのはよかったですが、戻したのは回避策で、修正ではありません。${a ? `${a} は` : '戻したリリースは'}まだ TLS 1.0 を受け付けるため、${upgradeTms ? 'この TMS リリースが提示する唯一のバージョンである' : 'Medium（既定）の TMS が提示する'} TLS 1.0 で接続できています。${failing} 以降に上げると同じように失敗するので、もう一度アップグレードする前に修正が必要です（${fix.ja}）。この件はまだ終わりにしません。`,
  };
}

const SENTENCE_END = /[.!?](?=\s|$)|[。！？\n]/g;
const CLAUSE_END = /[,;、，]|(?<![a-z])but(?![a-z])/i;
/** "works again", "and they work again", "everything works now", 「直りました」「復旧しました」, with no negation in the span read. */
const WORKS_AGAIN =
  /(?<![a-z])(?:(?:it|they|everything|all|that)\s(?:now\s)?(?:works?|is\sworking|are\sworking|is\sfine|are\sfine)|works?\s(?:again|now|fine)|working\s(?:again|now)|fine\sagain|back\sto\snormal|(?:green|ok|okay|online)\sagain|(?:it'?s|it\sis|they'?re|they\sare|(?:all|everything)(?:'s|\sis|\sare)?)\s(?:now\s)?(?:all\s)?(?:ok|okay|green|fine|online|back)(?:\snow)?(?=\s*(?:[,.!;]|$))|(?:["“']?no\s?https\s?response["”']?|the\s(?:error|problem|issue))\s(?:is\s|has\s)?(?:now\s)?(?:gone|cleared|went\saway|disappeared))(?![a-z])|直りました|直った|復旧し(?:まし)?た|正常に(?:なりました|なった|戻りました)|動(?:きました|くようになりました)/i;
const WORKS_NEGATED = /(?<![a-z])(?:not|no\slonger|still|fail\w*)(?![a-z])|n't|ません|ない|まだ/i;
function worksAgainAfter(span: string): boolean {
  const w = WORKS_AGAIN.exec(span.slice(0, 160));
  return w !== null && !WORKS_NEGATED.test(span.slice(0, w.index + w[0].length));
}

/**
 * The facts after reading a rollback report differ from those held only by what the rollback itself names (QA58 #3): the release it
 * went to (one that still accepts TLS 1.0), the failing models already held, the failing flag. "we downgraded the SX20 back to
 * TC7.3.3 this morning and it's green again" then gets the workaround note, and the failing release stays held (as history).
 */
export function onlyRollbackRead(held: Facts, after: Facts, text: string): boolean {
  // ("we downgraded the MX700 to TC7.3.3 and it's green again" with the SX20 failing: another unit, read as usual.)
  if ((extractFacts(text).facts.endpointModels ?? []).some((m) => !(held.endpointModels ?? []).includes(m))) return false;
  const keys = new Set([...Object.keys(held), ...Object.keys(after)] as (keyof Facts)[]);
  for (const k of keys) {
    if (JSON.stringify(held[k]) === JSON.stringify(after[k])) continue;
    if (k === 'endpoint' && after.endpoint && !endpointRefusesTls10(after.endpoint)) continue;
    if (k === 'endpointModels' && (after.endpointModels ?? []).every((m) => (held.endpointModels ?? []).includes(m))) continue;
    if (k === 'endpointsFail') continue;
    return false;
  }
  return true;
}

/** The release a rollback went to: "TC7.3.5", "CE 8.0.2", a bare "7.3.5" (the held family's). */
function releaseNamed(text: string, held: EndpointVersion): EndpointVersion | undefined {
  const m = /(?<![\w.])(tc|ce)?\s?(\d{1,2}\.\d{1,2}(?:\.\d{1,3})?)(?![\d.])/i.exec(text);
  if (!m) return undefined;
  const r = parseEndpoint(`${m[1] ?? held.family} ${m[2]}`);
  return r.ok ? r.value : undefined;
}
