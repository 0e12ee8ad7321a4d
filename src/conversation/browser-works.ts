/**
 * "HTTPS works from the browser, but TMS still says No HTTPS response" (src/domain/understand/browser-works.ts):
 * - before the fix: not a partial success but this problem's signature. A browser offers TLS 1.2, so the system's
 *   HTTPS works with a modern client; TMS at Medium offers only TLS 1.0, which TC 7.3.6+ / CE 8.1+ refuse
 *   (knowledge.md, Cause). Said so, then the diagnosis goes on (the open question, or the answer);
 * - after Medium-High was set (said, or reported done): the TMS side still offers TLS 1.0 or something else stops
 *   its TLS 1.2 handshake: what to check first, then the still-failing answer (still-failing.ts).
 * Facts in the message are read as usual; nothing else is recorded.
 */
import type { LocalizedText } from '../domain/types';
import { extractFacts } from '../domain/extract';
import { endpointRefusesTls10, formatEndpoint } from '../domain/versions';
import type { ConversationState, TurnResult } from './types';
import { next, para, respond, paraFrom } from './compose';
import { onFacts } from './merge';
import { onStillFailing } from './still-failing';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** TMS's failure said in the message itself ("…but TMS still says No HTTPS response"): the signature's wording; otherwise the doubt's. */
const TMS_FAILS_SAID = /no\s?https|(?<![a-z])tms(?![a-z])[^]{0,40}?(?:fail|error|still|のまま|失敗|エラー)/i;

const SIGNATURE = L(
  'That is not a partial fix: it is what this problem looks like. A browser offers TLS 1.2, so reaching the endpoint over HTTPS shows that its HTTPS works with a modern client. TMS at Medium, the default level, offers only TLS 1.0, and endpoints on TC 7.3.6 or later, CE 8.1 or later (and RoomOS) refuse TLS 1.0: the same endpoint then opens in the browser and shows "No HTTPS response" in TMS.',
  'これは一部が直ったということではなく、この問題の典型的な症状です。ブラウザは TLS 1.2 を提示するため、ブラウザから HTTPS で開けるということは、エンドポイントの HTTPS が最近のクライアントに対しては正常に動いているということです。一方、既定のレベルである Medium の TMS は TLS 1.0 しか提示せず、TC 7.3.6 以降・CE 8.1 以降（および RoomOS）のエンドポイントは TLS 1.0 を受け付けません。そのため、同じエンドポイントがブラウザでは開けるのに、TMS では「No HTTPS response」になります。',
);

const AFTER_RAISE = L(
  'The browser getting in shows that the endpoint\'s HTTPS works with a modern client (TLS 1.2), so what is left is on the TMS side: either TMS still offers only TLS 1.0 (the change to Medium-High is not in effect), or something on the TMS server stops its TLS 1.2 handshake. Check first that Medium-High is saved in TMS Tools (on both nodes of a redundant TMS), that IIS and the TMS services were restarted since (or the server rebooted), and that TLS 1.2 is enabled for the Client side in Schannel (the Client subkey: TMS is the client when it polls).',
  'ブラウザから開けるということは、エンドポイントの HTTPS は最近のクライアント（TLS 1.2）に対しては正常に動いているので、残る原因は TMS 側です。TMS がまだ TLS 1.0 しか提示していない（Medium-High への変更が反映されていない）か、TMS サーバ上の何かが TLS 1.2 のハンドシェイクを妨げています。まず、TMS ツールで Medium-High が保存されているか（冗長構成の TMS では両方のノードで）、その後 IIS と TMS のサービスを再起動したか（またはサーバを再起動したか）、Schannel で Client 側の TLS 1.2 が有効か（Client サブキー。ポーリングするとき TMS はクライアントです）を確認してください。',
);

/** "…so it can't be a TLS problem, right?" (QA59 #8): the doubt answered, and what settles it. */
const DOUBT_ANSWER = L(
  'A browser that gets in does not rule it out; it fits this problem. A browser offers TLS 1.2 or newer, which the endpoint accepts, so the page opens. TMS at Medium, the default level, offers only TLS 1.0, and endpoints on TC 7.3.6 or later, CE 8.1 or later (and RoomOS) refuse TLS 1.0: the same endpoint opens in the browser and shows "No HTTPS response" in TMS. What settles it is what TMS itself sends: a capture on the TMS server (a TLS 1.0 ClientHello answered with a reset), or a probe of the endpoint\'s HTTPS port (TLS 1.0 refused, TLS 1.2 accepted). It would not be this problem if the endpoint runs TC 7.3.5 or earlier or CE 8.0.x, if TMS is already at Medium-High with TLS 1.2 enabled, or if Navigator shows another error than "No HTTPS response".',
  'ブラウザで開けることは、この問題を否定するものではなく、むしろ当てはまります。ブラウザは TLS 1.2 以降を提示し、エンドポイントはそれを受け付けるため、ページは開きます。一方、既定のレベルである Medium の TMS は TLS 1.0 しか提示せず、TC 7.3.6 以降・CE 8.1 以降（および RoomOS）のエンドポイントは TLS 1.0 を受け付けません。そのため、同じエンドポイントがブラウザでは開けるのに、TMS では「No HTTPS response」になります。判断の決め手は TMS 自身が何を送っているかです。TMS サーバでのキャプチャ（TLS 1.0 の ClientHello にリセットが返る）か、エンドポイントの HTTPS ポートのプローブ（TLS 1.0 は拒否、TLS 1.2 は受け付ける）で確認できます。この問題ではないと言えるのは、エンドポイントが TC 7.3.5 以前か CE 8.0.x の場合、TMS がすでに Medium-High で TLS 1.2 が有効な場合、または Navigator に「No HTTPS response」以外のエラーが出ている場合です。',
);

/** The reply for a browser that gets in while TMS fails; `raised`: Medium-High or High said, or reported done. */
export function onBrowserWorks(s: ConversationState, text: string, raised: boolean): TurnResult {
  const lang = s.lang;
  if (raised) {
    const out = onStillFailing(s);
    const [first, ...rest] = out.replies;
    const lead = paraFrom(AFTER_RAISE, lang);
    return { state: out.state, replies: first ? [{ ...first, blocks: [lead, ...first.blocks] }, ...rest] : [] };
  }
  // An endpoint that still accepts TLS 1.0 (TC up to 7.3.5, CE 8.0.x) is not this signature: the diagnosis says why.
  const ep = extractFacts(text).facts.endpoint ?? s.facts.endpoint;
  const accepts = ep ? endpointRefusesTls10(ep) === false : false;
  const lead = accepts
    ? para(
        L(
          `A browser reaching it over HTTPS shows its HTTPS works with a modern client. ${formatEndpoint(ep!)} accepts TLS 1.0 as well, so that does not point to the TLS 1.0 problem: see below.`,
          `ブラウザから HTTPS で開けるということは、HTTPS は最近のクライアントに対しては正常に動いています。${formatEndpoint(ep!)} は TLS 1.0 も受け付けるため、TLS 1.0 の問題を示すものではありません。下記を参照してください。`,
        )[lang],
      )
    : paraFrom(TMS_FAILS_SAID.test(text) ? SIGNATURE : DOUBT_ANSWER, lang);
  const read = onFacts(s, text);
  if (JSON.stringify(read.state.facts) !== JSON.stringify(s.facts)) {
    const [first, ...rest] = read.replies;
    return { state: read.state, replies: first ? [{ ...first, blocks: [lead, ...first.blocks] }, ...rest] : [] };
  }
  return respond(next(s, {}), [lead], [], false);
}
