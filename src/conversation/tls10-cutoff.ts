/**
 * "the vendor told us TC 7.3.3 is the last release that accepts TLS 1.0", 「TC7.3.3 が TLS1.0 に対応する最後のバージョンと言われました」,
 * "the first version that refuses TLS 1.0 is TC 7.3.4" (left-a #4; understand/tls10-cutoff.ts): where the cut-off lies, per
 * knowledge.md (Cause 1): TC up to 7.3.5 and CE 8.0.x accept TLS 1.0; TC 7.3.6 and later, CE 8.1.0 and later and every later CE/RoomOS
 * release refuse it. The release named is weighed against that, and recorded as nothing: it is a claim about releases, not what the
 * endpoints run (the one on record stays). Pure, total.
 */
import type { LocalizedText, EndpointVersion } from '../domain/types';
import { endpointRefusesTls10, formatEndpoint, parseEndpoint } from '../domain/versions';
import { tls10CutoffIn, type Tls10CutoffClaim } from '../domain/understand/tls10-cutoff';
import { sentencesOf } from '../domain/understand/clauses';
import type { Block } from './document';
import type { ConversationState, TurnResult } from './types';
import { next, paraFrom, questionBlocksFor, reply } from './compose';
import { TLS10_THRESHOLD } from './catalogue';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** The release written as a line only ("CE 8.0", "ce8.1"), not as one release of it ("CE 8.0.0", "ce 8.1.3"). */
const lineOnly = (v: EndpointVersion): boolean => /^[^\d]*\d{1,3}\.\d{1,3}(?![.\d])/.test(v.raw);
/**
 * The exact release against the cut-off (REV31 #10): TC 7.3.5 or the CE 8.0 line as a whole is the last that accepts TLS 1.0 (one CE
 * 8.0.x release is not: every CE 8.0.x accepts it); TC 7.3.6 and CE 8.1.0 (or "CE 8.1") are the first that refuse it, not CE 8.1.3.
 */
const lastAccepting = (v: EndpointVersion): boolean => (v.family === 'TC' && v.semver === '7.3.5') || (v.family === 'CE' && v.semver === '8.0.0' && lineOnly(v));
const oneOfCe80 = (v: EndpointVersion): boolean => v.family === 'CE' && /^8\.0\./.test(v.semver) && !lineOnly(v);
const firstRefusing = (v: EndpointVersion): boolean => (v.family === 'TC' && v.semver === '7.3.6') || (v.family === 'CE' && v.semver === '8.1.0');

/** What the knowledge says of the release named, against the claim. */
function verdict(claim: Tls10CutoffClaim, v: EndpointVersion): LocalizedText {
  const r = formatEndpoint(v);
  const refuses = endpointRefusesTls10(v);
  if (claim.kind === 'last-accepts') {
    if (refuses) return L(`${r} does not accept TLS 1.0: it is past the cut-off. The last that accept it are TC 7.3.5 and CE 8.0.x.`, `${r} は TLS 1.0 を受け付けません（境目より後のリリースです）。受け付ける最後のものは TC 7.3.5 と CE 8.0.x です。`);
    if (lastAccepting(v)) return L(`That fits: ${r} accepts TLS 1.0, and no later ${v.family} release does.`, `そのとおりです。${r} は TLS 1.0 を受け付け、それより後の ${v.family} は受け付けません。`);
    if (oneOfCe80(v))
      return L(
        `${r} does accept TLS 1.0, but the cut-off is not drawn at it: every CE 8.0.x release accepts it, and the first that refuses it is CE 8.1.0.`,
        `${r} は TLS 1.0 を受け付けますが、境目はそこではありません。CE 8.0.x はどれも受け付け、拒否する最初のリリースは CE 8.1.0 です。`,
      );
    const tc733 = v.family === 'TC' && /^7\.3\.3(?:\.|$)/.test(v.semver)
      ? L(
          ' TC 7.3.3 is the release the TechNote names for going back on TMS before 15; that does not make it the last one that accepts TLS 1.0.',
          'TC 7.3.3 は、TMS 15 より前の場合の戻し先として TechNote に書かれているリリースです。TLS 1.0 を受け付ける最後のリリースという意味ではありません。',
        )
      : L('', '');
    return L(
      `${r} does accept TLS 1.0, but it is not the last: the later TC releases up to 7.3.5 accept it too.${tc733.en}`,
      `${r} は TLS 1.0 を受け付けますが、最後のリリースではありません。それより後の TC も 7.3.5 までは受け付けます。${tc733.ja}`,
    );
  }
  if (!refuses) return L(`${r} still accepts TLS 1.0: the cut-off comes later, at TC 7.3.6 and CE 8.1.0.`, `${r} はまだ TLS 1.0 を受け付けます。境目はそれより後の TC 7.3.6 と CE 8.1.0 です。`);
  if (firstRefusing(v)) return L(`That fits: ${r} is the first that refuses TLS 1.0.`, `そのとおりです。${r} が TLS 1.0 を拒否する最初のリリースです。`);
  return L(`${r} does refuse TLS 1.0, but it is not the first: the cut-off is TC 7.3.6 and CE 8.1.0.`, `${r} は TLS 1.0 を拒否しますが、最初のリリースではありません。境目は TC 7.3.6 と CE 8.1.0 です。`);
}

/** The release the claim names, parsed (null when it does not parse). */
function namedIn(claim: Tls10CutoffClaim): EndpointVersion | null {
  const parsed = parseEndpoint(claim.release);
  return parsed.ok ? parsed.value : null;
}

/** The claim's verdict and where the cut-off lies: the paragraphs that answer it. */
function claimBlocks(claim: Tls10CutoffClaim, lang: ConversationState['lang']): Block[] {
  const named = namedIn(claim);
  return [...(named ? [paraFrom(verdict(claim, named), lang)] : []), paraFrom(TLS10_THRESHOLD, lang)];
}

/**
 * "TLS 1.0 was dropped in CE 8.1, right? Our TMS is 14.6.2 and the codecs are on CE 9.8" (REV31 #10): the rest of the message, the
 * claim's sentences taken out, when it states facts of its own (to be read as usual, the claim answered before that reply); null
 * when there is no claim or nothing else is said (onTls10Cutoff answers the claim alone).
 */
export function tls10CutoffRest(text: string, hasFacts: (rest: string) => boolean): { rest: string; lead: (lang: ConversationState['lang']) => Block[] } | null {
  const claim = tls10CutoffIn(text);
  if (!claim) return null;
  const kept = sentencesOf(text.slice(0, 4000)).filter((x) => !tls10CutoffIn(x));
  const rest = kept.join('').trim();
  if (!/[\p{L}\p{N}]/u.test(rest) || !hasFacts(rest)) return null;
  const named = namedIn(claim);
  const shown = named ? formatEndpoint(named) : claim.release.toUpperCase();
  return {
    rest,
    lead: (lang) => [
      ...claimBlocks(claim, lang),
      paraFrom(
        L(
          `I have not recorded ${shown} as your endpoints' release: that is about which releases accept TLS 1.0. The rest of your message is read below.`,
          `${shown} は、お使いのエンドポイントのリリースとしては記録していません（どのリリースが TLS 1.0 を受け付けるかの話のため）。メッセージのほかの部分は以下のとおり読みました。`,
        ),
        lang,
      ),
    ],
  };
}

/** The reply to a claim about the TLS 1.0 cut-off, or null when the message is not one. */
export function onTls10Cutoff(s: ConversationState, text: string): TurnResult | null {
  const claim = tls10CutoffIn(text);
  if (!claim) return null;
  const lang = s.lang;
  const named = namedIn(claim);
  const blocks: Block[] = claimBlocks(claim, lang);
  const shown = named ? formatEndpoint(named) : claim.release.toUpperCase();
  const held = s.facts.endpoint;
  const heldNote = held
    ? endpointRefusesTls10(held)
      ? L(` Your endpoints stay on record as ${formatEndpoint(held)}, which refuses TLS 1.0.`, `お使いのエンドポイントは記録どおり ${formatEndpoint(held)} のままです（TLS 1.0 を拒否するリリースです）。`)
      : L(` Your endpoints stay on record as ${formatEndpoint(held)}, which accepts TLS 1.0.`, `お使いのエンドポイントは記録どおり ${formatEndpoint(held)} のままです（TLS 1.0 を受け付けるリリースです）。`)
    : L('', '');
  blocks.push(
    paraFrom(
      L(
        `I have not recorded ${shown} as your endpoints' release: this is about which releases accept TLS 1.0, not what yours run.${heldNote.en}`,
        `${shown} は、お使いのエンドポイントのリリースとしては記録していません。どのリリースが TLS 1.0 を受け付けるかの話で、実際に動いているリリースの話ではないためです。${heldNote.ja}`,
      ),
      lang,
    ),
  );
  return { state: next(s, {}), replies: [reply(lang, [...blocks, ...questionBlocksFor(s)])] };
}
