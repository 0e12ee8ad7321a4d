/**
 * "should I add TLS 1.0 and 1.1 keys so the TC 7.3.3 ones work at Medium?", 「TC 7.3.3 のために TLS 1.0 と 1.1 のキーを追加すべきですか」
 * (QA50 #1): a plan to bring the old protocols back on the TMS server to stay at Medium. The answer is no, with why
 * (knowledge.md "Windows Schannel defaults" and Fix step 4): only TLS 1.2 matters, every TC and CE release accepts it, TLS 1.1 is
 * deprecated and must not come back where the OS or a policy turned it off (Windows Server 2025: off by default). Not for TMS
 * before 15 (no Medium-High there), not about the endpoints' own settings, not a plan to turn them off. Nothing is recorded.
 */
import { advisingMediumHigh } from '../domain/advises';
import type { Facts, LocalizedText } from '../domain/types';
import { endpointRefusesTls10, formatEndpoint, formatWindows, tmsCanBeFixedInPlace } from '../domain/versions';
import type { ConversationState, TurnResult } from './types';
import { next, reply, paraFrom } from './compose';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

/** TLS 1.1 named (alone or with 1.0): 「TLS 1.0 と 1.1」「TLS1.1」 "tls 1.0/1.1". */
const TLS11 = /tls\s?v?1[.,]?1(?![.\d])|1\.0\s?(?:and|&|\/|,|or|と|や|、)\s?(?:tls\s?)?1\.1(?![.\d])/i;
const ADD_EN = /(?<![a-z])(?:add|adding|create|creating|enable|enabling|re-?enable|re-?enabling|turn(?:ing)?\s(?:\w+\s)?on|put(?:ting)?\s(?:\w+\s)?back|bring(?:ing)?\s(?:\w+\s)?back|allow|allowing)(?![a-z])/i;
const ADD_JA = /追加|作成|有効に|有効化|戻/;
const ASK = /[?？]\s*$|^\s*(?:should|shall|can|could|do|would|is\sit)\s|(?:ですか|ますか|でしょうか|べき|いい|よい|大丈夫)[^。]{0,6}$/i;
/** Turning them off, or the endpoints' own protocols, or a SQL question: other answers. */
const NOT_THIS = /(?<![a-z])(?:disable|disabling|turn(?:ing)?\s(?:\w+\s)?off|remove|removing|delete|deleting|sql|database)(?![a-z])|無効|削除|(?:on|in|for)\s(?:the\s)?(?:endpoints?|codecs?|devices?)(?![a-z])|(?:エンドポイント|端末|コーデック)(?:側|で|の設定)/i;

export function legacyKeysAsked(f: Facts, text: string): boolean {
  if (text.length > 240 || !/1\.?1/.test(text) || !TLS11.test(text)) return false;
  if (f.tms && !tmsCanBeFixedInPlace(f.tms)) return false;
  return ASK.test(text) && (ADD_EN.test(text) || ADD_JA.test(text)) && !NOT_THIS.test(text);
}

export function onLegacyKeys(s: ConversationState): TurnResult {
  const f = s.facts;
  const lang = s.lang;
  const win2025 = (f.windows?.year ?? 0) >= 2025;
  const eps = [...(f.endpointGroups ?? []).map((g) => g.endpoint), ...(f.endpoint ? [f.endpoint] : [])].filter((e) => e && typeof e.semver === 'string');
  const refusing = [...new Set(eps.filter((e) => endpointRefusesTls10(e)).map(formatEndpoint))].slice(0, 3);
  const accepting = [...new Set(eps.filter((e) => !endpointRefusesTls10(e)).map(formatEndpoint))].slice(0, 3);
  const out: LocalizedText[] = [
    win2025
      ? L(
          `No. On ${formatWindows(f.windows!)} TLS 1.0 and TLS 1.1 are off by default and only TLS 1.2 matters for this fix: do not bring TLS 1.1 back (it is deprecated, RFC 8996), and turning TLS 1.0 back on would undo the OS's own default to keep TMS at Medium.`,
          `いいえ。${formatWindows(f.windows!)} では TLS 1.0 と TLS 1.1 は既定で無効で、この修正に必要なのは TLS 1.2 だけです。TLS 1.1 を戻さないでください（非推奨です。RFC 8996）。TMS を Medium のままにするために TLS 1.0 を有効に戻すと、OS 自身の既定を元に戻すことになります。`,
        )
      : L(
          'No, not for this fix. Only TLS 1.2 matters: TLS 1.1 is deprecated (RFC 8996) and nothing here needs it. Where TLS 1.0 or TLS 1.1 is off on this server, the OS or a policy turned it off: leave it that way.',
          'いいえ、この修正には不要です。必要なのは TLS 1.2 だけです。TLS 1.1 は非推奨で（RFC 8996）、ここで必要なものはありません。このサーバで TLS 1.0 や TLS 1.1 が無効なら、OS かポリシーが無効にしたものなので、そのままにしてください。',
        ),
    L(
      `Every TC and CE release accepts TLS 1.2, ${accepting.length ? `${accepting.join(' and ')} included` : 'those that still accept TLS 1.0 (TC up to 7.3.5, CE 8.0.x) included'}, so at Medium-High TMS reaches ${accepting.length ? `the ${accepting.join(' and ')} systems` : 'them'}${refusing.length ? ` and the ${refusing.join(' and ')} ones` : ''} alike.${refusing.length ? ` Staying at Medium cannot fix the ${refusing.join(' and ')} systems anyway: they refuse TLS 1.0.` : ''}`,
      `TC と CE はどのリリースも TLS 1.2 を受け付け、${accepting.length ? `${accepting.join('、')} ` : 'まだ TLS 1.0 を受け付けるリリース（TC 7.3.5 以前、CE 8.0.x）'}も同じです。そのため Medium-High の TMS は、${accepting.length ? `${accepting.join('、')} のシステム` : 'それら'}にも${refusing.length ? `、${refusing.join('、')} のシステムにも` : ''}接続できます。${refusing.length ? `Medium のままでは、${refusing.join('、')} のシステムはどのみち直りません。TLS 1.0 を拒否するためです。` : ''}`,
    ),
    win2025
      ? L(
          `So the step is Communication Security = Medium-High in TMS Tools, then a restart of IIS and the TMS services; TLS 1.2 is on by default on ${formatWindows(f.windows!)}, so no key is needed for it. TMS support for Windows Server 2025 is not documented in what I have: check Cisco's compatibility notes.`,
          `したがって手順は、TMS ツールで [Communication Security] を Medium-High にし、IIS と TMS のサービスを再起動することです。${formatWindows(f.windows!)} では TLS 1.2 が既定で有効なので、そのためのキーは不要です。Windows Server 2025 での TMS のサポートは、手元の情報には記載がありません。Cisco の互換性情報を確認してください。`,
        )
      : MH(
          'So the step is TLS 1.2 enabled on the Client side of Schannel (check it; create the keys only where it is off) and Communication Security = Medium-High in TMS Tools, then a restart of IIS and the TMS services (a reboot if a key was created or changed).',
          'したがって手順は、Schannel の Client 側で TLS 1.2 が有効であること（確認し、無効な場合だけキーを作成します）と、TMS ツールで [Communication Security] を Medium-High にすることです。そのあと IIS と TMS のサービスを再起動します（キーを作成・変更した場合は再起動します）。',
        ),
  ];
  return { state: next(s, {}), replies: [reply(lang, out.map((x) => paraFrom(x, lang)))] };
}
