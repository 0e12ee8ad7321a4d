/**
 * "is it possible this is not the TLS problem?" (FIX60A #5, src/domain/understand/tls-doubt.ts): answered with what would show it is
 * and what would show it is not (knowledge.md: Symptom, Cause 1–2, Fix 7, What else), and, with the versions held, whether they fit.
 * Nothing recorded.
 */
import type { LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { listFrom, next, paraFrom, reply, sub } from './compose';
import { endpointRefusesTls10, formatEndpoint } from '../domain/versions';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

const LEAD = L(
  'It can be, and what TMS actually sends settles it, not a guess.',
  'その可能性はあります。推測ではなく、TMS が実際に何を送っているかで判断できます。',
);
const IS_TITLE = L('What shows it is this problem', 'この問題だと分かる材料');
const IS: LocalizedText[] = [
  L(
    'A capture on the TMS server: the TCP handshake to port 443 completes, TMS\'s ClientHello offers TLS 1.0 (0x0301 under Client Hello > Version, not the record layer) and the endpoint answers with a TCP reset; TMS then tries HTTP on port 80 and gets 301 Moved Permanently.',
    'TMS サーバでのキャプチャ：443 番ポートへの TCP ハンドシェイクは完了し、TMS の ClientHello が TLS 1.0（レコード層ではなく Client Hello > Version の 0x0301）を提示し、エンドポイントが TCP リセットを返す。その後 TMS は 80 番ポートの HTTP を試し、301 Moved Permanently を受け取る。',
  ),
  L(
    'A probe of the endpoint\'s HTTPS port: TLS 1.0 refused, TLS 1.2 accepted.',
    'エンドポイントの HTTPS ポートのプローブ：TLS 1.0 は拒否され、TLS 1.2 は受け付けられる。',
  ),
  L(
    'The error text: Systems > Navigator shows exactly "No HTTPS response", after the endpoint\'s upgrade.',
    'エラーの文言：エンドポイントのアップグレード後に、Systems > Navigator にまさに「No HTTPS response」と表示される。',
  ),
];
const NOT_TITLE = L('What shows it is not (or not only) this problem', 'この問題ではない（またはそれだけではない）と分かる材料');
const NOT: LocalizedText[] = [
  L(
    'The endpoint runs TC 7.3.5 or earlier, or CE 8.0.x: those still accept TLS 1.0.',
    'エンドポイントが TC 7.3.5 以前、または CE 8.0.x：これらはまだ TLS 1.0 を受け付けます。',
  ),
  L(
    'TMS\'s ClientHello already offers TLS 1.2 (0x0303, TMS at Medium-High with TLS 1.2 enabled) and the endpoint still refuses it: then look at cipher suites, the certificate revocation check and the endpoint\'s HTTPS settings.',
    'TMS の ClientHello がすでに TLS 1.2（0x0303。Medium-High で TLS 1.2 が有効）を提示しているのに、エンドポイントが拒否する：その場合は暗号スイート、証明書失効確認、エンドポイントの HTTPS 設定を確認します。',
  ),
  L(
    'The TCP connection to port 443 does not complete at all (network, firewall, or HTTPS off on the endpoint), or Navigator shows another error than "No HTTPS response".',
    '443 番ポートへの TCP 接続自体が完了しない（ネットワーク、ファイアウォール、エンドポイントの HTTPS が無効）、または Navigator に「No HTTPS response」以外のエラーが出ている。',
  ),
];
const NO_HELLO = L(
  'One more pattern: TMS completes the TCP handshake and then sends no ClientHello at all. That happens when TLS 1.0 is disabled on the TMS server while TMS is still at Medium: the TMS server\'s TLS settings, not the endpoint.',
  'もう一つのパターン：TMS が TCP ハンドシェイクを完了した後、ClientHello をまったく送らない。これは TMS が Medium のまま TMS サーバで TLS 1.0 が無効にされているときに起こり、原因はエンドポイントではなく TMS サーバの TLS 設定です。',
);

/**
 * How the versions held fit (REV37 #10): the answer leads with it. An endpoint that refuses TLS 1.0 with TMS at Medium or below is
 * this problem's setting (then what would show otherwise comes first); one that still accepts TLS 1.0 is not this problem. Else
 * (nothing held, or TMS already at Medium-High or High) the neutral lead.
 */
function fitOf(s: ConversationState): { lead: LocalizedText; fits: boolean } {
  const f = s.facts;
  if (!f.endpoint) return { lead: LEAD, fits: false };
  const ep = formatEndpoint(f.endpoint);
  if (!endpointRefusesTls10(f.endpoint)) {
    return { lead: L(`With ${ep}, which still accepts TLS 1.0, it is not this problem: see the answer for what to look at instead.`, `${ep} はまだ TLS 1.0 を受け付けるため、この問題ではありません。代わりに確認する点は回答を参照してください。`), fits: false };
  }
  if (f.level !== 'medium' && f.level !== 'low') return { lead: LEAD, fits: false };
  const lvl = f.level === 'low' ? 'Low' : 'Medium';
  return {
    lead: L(
      `What you told me fits this problem: ${ep} refuses TLS 1.0, and TMS at ${lvl} offers no TLS 1.2. It is not proven until a capture or a probe shows it, so before any change, here is what would show otherwise, then what confirms it.`,
      `お聞きした内容はこの問題に当てはまります。${ep} は TLS 1.0 を拒否し、${lvl} の TMS は TLS 1.2 を提示しません。ただしキャプチャかプローブで確かめるまでは確定ではないので、変更の前に、別の原因だと分かる材料と、この問題だと確かめる材料を挙げます。`,
    ),
    fits: true,
  };
}

export function onTlsDoubt(s: ConversationState): TurnResult {
  const lang = s.lang;
  const { lead, fits } = fitOf(s);
  const is = [sub(IS_TITLE[lang]), listFrom('bullets', IS, lang)];
  const not = [sub(NOT_TITLE[lang]), listFrom('bullets', NOT, lang)];
  const blocks = [paraFrom(lead, lang), ...(fits ? [...not, ...is] : [...is, ...not]), paraFrom(NO_HELLO, lang)];
  return { state: next(s, {}), replies: [reply(lang, blocks)] };
}
