/**
 * "The codec accepts tls 1.0 but it's on ce 9.15??", 「コーデックがTLS1.0を受け付けてるけどCE9.15なのに？」: the user sees the
 * endpoint accept TLS 1.0 while the release stated for it refuses TLS 1.0 (knowledge.md, Cause 1). Both cannot be right:
 * the answer is the checks that settle it (the same as for a probe that disagrees with the stated version: what was
 * tested is really this endpoint, the version is the one it runs now), short; nothing is recorded and the open
 * question stays. With a probe in the conversation that saw TLS 1.0 accepted, the probe's own explanation answers.
 */
import type { LocalizedText } from '../domain/types';
import { extractFacts } from '../domain/extract';
import { probeVerdict } from '../domain/diagnose';
import { endpointRefusesTls10, formatEndpoint } from '../domain/versions';
import { endpointSeenAcceptingTls10 } from '../domain/understand/endpoint-tls-seen';
import type { ConversationState, TurnResult } from './types';
import { next, questionBlocksFor, reply, paraFrom, listFrom } from './compose';
import { onProbeQuestion } from './probe-answers';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

function lead(e: string): LocalizedText {
  return L(
    `You see the endpoint accept TLS 1.0, but ${e}, the release you gave for it, refuses TLS 1.0 (as every TC release from 7.3.6, every CE release from 8.1.0 and every RoomOS release does). Both cannot be right, so before acting on either, check:`,
    `エンドポイントが TLS 1.0 を受け付けているとのことですが、お聞きしたリリースの ${e} は TLS 1.0 を拒否します（TC 7.3.6 以降、CE 8.1.0 以降、および RoomOS のすべてのリリースが同様です）。両方が正しいことはありえないため、どちらかに基づいて作業する前に次を確認してください。`,
  );
}

const CHECKS: readonly LocalizedText[] = [
  L(
    'that the address you tested is really this endpoint, not a proxy, a load balancer, another device or an address that has moved;',
    'テストしたアドレスが本当にこのエンドポイントか（プロキシ、ロードバランサ、別の機器、変わったアドレスではないか）。',
  ),
  L(
    'which release it runs now: `xStatus SystemUnit Software Version` on the endpoint, or Systems > Navigator in TMS (the version you have may be out of date);',
    '現在動いているリリース：エンドポイントで `xStatus SystemUnit Software Version`、または TMS の [Systems] > [Navigator]（お手元のバージョン情報が古い可能性があります）。',
  ),
  L(
    'that the test offered TLS 1.0 alone: a browser offers TLS 1.2, so a page that opens shows nothing about TLS 1.0 (`probe HOST` tries one TLS version at a time).',
    'テストが TLS 1.0 だけを提示したか：ブラウザは TLS 1.2 を提示するため、ページが開けても TLS 1.0 については何も分かりません（`probe HOST` は TLS のバージョンを 1 つずつ試します）。',
  ),
];

function after(e: string): LocalizedText {
  return L(
    `If it runs ${e}, this is the TLS 1.0 problem and the fix stands. If it really accepts TLS 1.0, TLS 1.0 does not explain "No HTTPS response" there: look at its other causes (reachability, the endpoint's HTTPS setting, its certificate, TMS's stored credentials).`,
    `${e} が動いているなら TLS 1.0 の問題で、対処はそのままです。本当に TLS 1.0 を受け付けるなら、そこでの「No HTTPS response」は TLS 1.0 では説明できません。ほかの原因（到達性、エンドポイントの HTTPS 設定、証明書、TMS に保存された認証情報）を確認してください。`,
  );
}

/** The reply, or null when the message is no such report or nothing stated disagrees with it. */
export function onEndpointTlsDisagrees(s: ConversationState, text: string): TurnResult | null {
  if (!endpointSeenAcceptingTls10(text)) return null;
  const probe = s.facts.probe;
  if (probe && typeof probe === 'object' && probeVerdict(probe).refuses === false) return onProbeQuestion(s);
  const said = extractFacts(text.slice(0, 400)).facts.endpoint;
  const stored = s.facts.endpoint;
  // A release named here that is not the one held (or none held) is read as usual; so is a mixed fleet (which one?).
  if (said && (!stored || formatEndpoint(said) !== formatEndpoint(stored))) return null;
  if (!said && (s.facts.endpointGroups?.length ?? 0) > 1) return null;
  const ep = said ?? stored;
  if (!ep || !endpointRefusesTls10(ep)) return null;
  const lang = s.lang;
  const e = formatEndpoint(ep);
  return {
    state: next(s, {}),
    replies: [reply(lang, [paraFrom(lead(e), lang), listFrom('bullets', CHECKS, lang), paraFrom(after(e), lang), ...questionBlocksFor(s)])],
  };
}
