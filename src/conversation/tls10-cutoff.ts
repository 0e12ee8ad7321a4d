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
import type { Block } from './document';
import type { ConversationState, TurnResult } from './types';
import { next, paraFrom, questionBlocksFor, reply } from './compose';
import { TLS10_THRESHOLD } from './catalogue';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** TC 7.3.5.x / CE 8.0.x: the last line that accepts TLS 1.0; TC 7.3.6.x / CE 8.1.x: the first that refuses it. */
const lastAccepting = (v: EndpointVersion): boolean => (v.family === 'TC' && /^7\.3\.5(?:\.|$)/.test(v.semver)) || (v.family === 'CE' && /^8\.0\./.test(v.semver));
const firstRefusing = (v: EndpointVersion): boolean => (v.family === 'TC' && /^7\.3\.6(?:\.|$)/.test(v.semver)) || (v.family === 'CE' && /^8\.1\./.test(v.semver));

/** What the knowledge says of the release named, against the claim. */
function verdict(claim: Tls10CutoffClaim, v: EndpointVersion): LocalizedText {
  const r = formatEndpoint(v);
  const refuses = endpointRefusesTls10(v);
  if (claim.kind === 'last-accepts') {
    if (refuses) return L(`${r} does not accept TLS 1.0: it is past the cut-off. The last that accept it are TC 7.3.5 and CE 8.0.x.`, `${r} は TLS 1.0 を受け付けません（境目より後のリリースです）。受け付ける最後のものは TC 7.3.5 と CE 8.0.x です。`);
    if (lastAccepting(v)) return L(`That fits: ${r} accepts TLS 1.0, and no later ${v.family} release does.`, `そのとおりです。${r} は TLS 1.0 を受け付け、それより後の ${v.family} は受け付けません。`);
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
  if (firstRefusing(v)) return L(`That fits: ${r} is where the cut-off lies.`, `そのとおりです。${r} が境目です。`);
  return L(`${r} does refuse TLS 1.0, but it is not the first: the cut-off is TC 7.3.6 and CE 8.1.0.`, `${r} は TLS 1.0 を拒否しますが、最初のリリースではありません。境目は TC 7.3.6 と CE 8.1.0 です。`);
}

/** The reply to a claim about the TLS 1.0 cut-off, or null when the message is not one. */
export function onTls10Cutoff(s: ConversationState, text: string): TurnResult | null {
  const claim = tls10CutoffIn(text);
  if (!claim) return null;
  const lang = s.lang;
  const parsed = parseEndpoint(claim.release);
  const named = parsed.ok ? parsed.value : null;
  const blocks: Block[] = [];
  if (named) blocks.push(paraFrom(verdict(claim, named), lang));
  blocks.push(paraFrom(TLS10_THRESHOLD, lang));
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
