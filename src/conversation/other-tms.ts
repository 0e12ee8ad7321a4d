/**
 * "site B?", "what about the other site?", "and the 14.6 one?", 「拠点Bは？」「もう一方のTMSは？」 once TMS servers on
 * different releases were named (Facts.otherTms, QA round 20 #3): the verdict for the other servers, then the open
 * question. Only short questions; a cheap test (other servers known) first. Pure, linear patterns.
 */
import { otherTmsReleases } from '../domain/knowledge';
import { endpointRefusesTls10, formatEndpoint, formatTms, parseEndpoint, parseTms, tmsCanBeFixedInPlace } from '../domain/versions';
import type { EndpointVersion, TmsVersion } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { next, questionBlocksFor, reply, para, paraFrom } from './compose';

const ASK_EN =
  /^\s*(?:(?:and|so|ok|okay)[,\s]+)?(?:(?:what|how)\sabout\s|and\s)?(?:for\s)?(?:the\s)?(?:site|office|branch|location|other\s(?:site|office|branch|one|tms|server)|(?:tms\s)?\d{2}\.\d{1,2}(?:\.\d{1,3})?(?:\s(?:one|server|site|tms))?)(?:\s[a-z0-9]{1,3})?(?:\s(?:then|one|tms))?\s*[?？]\s*$/i;
/**
 * "what do I do for the 14.6.2 one?", "how do we fix the other TMS?", "what should we do about the second one?" (QA63 #1): the fix
 * asked for another server named by its release or as the other/second one.
 */
const ASK_DO_EN =
  /^\s*(?:(?:and|so|ok|okay|then)[,\s]+)*(?:what\s(?:do|should|can|must)\s(?:i|we)\sdo\s(?:for|about|with|on)|how\s(?:do|should|can)\s(?:i|we)\s(?:fix|handle|do)|what\s(?:is|'s)\sthe\sfix\sfor|what\sapplies\sto)\s(?:the\s|our\s)?(?:other|second|2nd|(?:tms\s)?v?\d{2}\.\d{1,2}(?:\.\d{1,3})?)(?:\s(?:one|server|tms|box|site|instance)){0,2}(?:\sthen)?\s*[?？]?\s*$/i;
/**
 * "what do I do on the lab TMS?", "what about the test server?", "how do we fix the DR one?" (QA39 #3): the words that make
 * a TMS another server (extract.ts OTHER_TMS_BEFORE), asked about on their own.
 */
const ASK_ENV_EN =
  /^\s*(?:(?:and|so|ok|okay)[,\s]+)?(?:(?:what|how)\sabout|what\s(?:do|should|can|must)\s(?:i|we)\sdo\s(?:on|for|about|with)|how\s(?:do|should|can)\s(?:i|we)\s(?:fix|handle)|and)\s(?:the\s|our\s)?(?:lab|test|testing|dr|staging|dev|uat|backup)(?:\s(?:tms|server|one|box|site|environment|instance)){0,2}(?:\sthen)?\s*[?？]\s*$/i;
const ASK_JA =
  /^\s*(?:では|じゃあ|で、?)?\s*(?:検証|テスト|開発|ラボ|待機|予備|バックアップ|拠点|サイト|支社|支店|事業所|もう一方|もう片方|もう一つ|もう1つ|もう一台|もう1台|他|ほか|別|(?:TMS\s?)?\d{2}\.\d{1,2}(?:\.\d{1,3})?)[^\s？?。]{0,10}\s?(?:は|の方は|のほうは|の\s?tms\s?は)\s*(?:どう(?:ですか|なりますか|すれば(?:いい|よい)(?:ですか)?)?)?\s*[？?]\s*$/i;

/**
 * A server's short label, all capitals ("APAC", "EU", "EMEA"; QA round 30 W2), not a product or protocol name. Case-sensitive,
 * so "what about the Room Kit Minis?" is no server.
 */
const LABEL = String.raw`(?!(?:TMS|SQL|TLS|SSL|IIS|CE|TC|HTTPS?|SNMP|MXP|HDX|VCS|CMS|MCU|OS|IT|OK|PS|VM|DC|AD|GPO|CA|CRL|NTP|DNS|TAC|KB|RDP|UI|GUI|API|CLI)(?![A-Za-z0-9]))[A-Z]{2,6}(?![A-Za-z0-9])`;
/** "what should APAC do?", "what about APAC?", "what do we do for the APAC server?" */
const ASK_LABEL_EN = new RegExp(
  String.raw`^\s*(?:(?:and|so|ok|okay)[,\s]+)?(?:what\s(?:should|do|does|can|must)\s(?:i\s|we\s)?(?:do\s(?:for|about|with|on)\s)?(?:the\s)?${LABEL}(?:\s(?:one|server|tms|site|box))?(?:\sdo)?|(?:what|how)\sabout\s(?:the\s)?${LABEL}(?:\s(?:one|server|tms|site|box))?)(?:\sthen)?\s*[?？]\s*$`,
);
/**
 * The fix asked for the other server (QA round 30 W2): "do I also need to change the APAC one to medium-high?", "should
 * the other server be set to Medium-High too?", "same for APAC?", 「APACもMedium-Highにする必要がありますか？」. A question,
 * naming the other server ("the other one/server/TMS", a label with one/server/TMS or after for/on), and the change.
 */
const OTHER_SERVER = new RegExp(String.raw`(?<![A-Za-z])(?:(?:[Tt]he\s)?(?:[Oo]ther|[Ss]econd|2nd)\s(?:one|server|TMS|tms|box|site|instance)|(?:[Tt]he\s)?${LABEL}\s(?:one|server|TMS|tms|box|site|instance)|(?:for|on|to)\s(?:the\s)?${LABEL})(?![a-z])`);
const CHANGE_ASKED = /(?<![a-z])(?:medium|high|change|set|raise|fix|same|also|too|as\swell|registry)(?![a-z])|ミディアム|変更|設定|同じ|対処|必要/i;
const OTHER_SERVER_JA = new RegExp(String.raw`(?:^\s*|[、。]\s?)(?:${LABEL}|もう一方|もう片方|もう一台|もう1台|別)(?:の\s?(?:TMS|サーバー?))?\s?(?:も|は)`);

/** A short question about another site or TMS server, asked while other TMS servers are known. */
export function asksOtherTms(s: ConversationState, text: string): boolean {
  if (!s.facts.tms || !s.facts.otherTms?.length || text.length > 120) return false;
  if (text.length <= 60 && (ASK_EN.test(text) || ASK_JA.test(text) || ASK_LABEL_EN.test(text) || ASK_ENV_EN.test(text))) return true;
  // (A release named must be another server's: "what do I do for the 15.9 one?" with 15.9 the case's TMS asks the case's fix.)
  if (text.length <= 60 && ASK_DO_EN.test(text)) {
    const named = /\d{2}\.\d{1,2}(?:\.\d{1,3})?/.exec(text)?.[0];
    return !named || s.facts.otherTms.some((v) => v.raw === named || v.semver === named || v.semver === `${named}.0`);
  }
  // The change asked for another server before 15, which has no Communication Security option (a server on 15 or later
  // keeps the pair-or-separate check of the both-nodes note). Not the other node of a redundant pair (node-too.ts).
  if (s.facts.otherTms.every((v) => tmsCanBeFixedInPlace(v))) return false;
  if (!/[?？]\s*$/.test(text) || /node|ノード|号機/i.test(text) || !CHANGE_ASKED.test(text)) return false;
  return /[Oo]ther|[Ss]econd|2nd|もう|別|[A-Z]{2}/.test(text) && (OTHER_SERVER.test(text) || OTHER_SERVER_JA.test(text));
}

/** The verdict for each other TMS server (what applies there), then the open question. */
export function onOtherTms(s: ConversationState): TurnResult {
  const lang = s.lang;
  const f = otherTmsReleases(s.facts.tms!, s.facts.otherTms!, s.facts.otherTmsUnsaid);
  // (The first paragraph says which server the rest of the answer is for; here only the others' verdicts.)
  const blocks = f.body.slice(1).map((b) => paraFrom(b, lang));
  return { state: next(s, {}), replies: [reply(lang, [...blocks, ...questionBlocksFor(s)])] };
}

/**
 * "what do I do for the 14.6.2 one?", 「14.6.2 の方はどうすればいいですか？」 with no other TMS server named (QA63 #1): a TMS release
 * (13.x to 16.x) other than the case's. Never the case's TMS 15 steps: what holds for a TMS on that release, said as "if it is another
 * server of yours", and which system is meant asked. Only the short questions asksOtherTms reads.
 */
export function unnamedTmsAsked(s: ConversationState, text: string): TmsVersion | null {
  if (!s.facts.tms || s.facts.otherTms?.length || text.length > 60) return null;
  // (Not "what about TMS 15.0?", "TMS 15.0 then?": a release asked about as a case, the hypothetical's; only "what do I do for the
  // 14.6.2 one?" and 「14.6.2 の方は…」 name another server.)
  if (!(ASK_DO_EN.test(text) || (ASK_JA.test(text) && /の方|のほう|どうすれば/.test(text)))) return null;
  const named = /(?<![\d.])1[3-6]\.\d{1,2}(?:\.\d{1,3})?(?![\d.])/.exec(text)?.[0];
  if (!named) return null;
  const v = parseTms(`TMS ${named}`);
  if (!v.ok || v.value.semver === s.facts.tms.semver) return null;
  return v.value;
}

/** The answer to unnamedTmsAsked: what holds for a TMS on that release, if it is another server; which system is meant. */
export function onUnnamedTms(s: ConversationState, other: TmsVersion): TurnResult {
  const lang = s.lang;
  const m = formatTms(s.facts.tms!);
  const v = other.raw;
  const verdict = otherTmsReleases(s.facts.tms!, [other]).body[1];
  const lead = {
    en: `The TMS of this case is ${m}; no server on ${v} was named so far. If ${v} is another TMS server of yours, this is what holds for it:`,
    ja: `この件の TMS は ${m} で、${v} のサーバはまだ伺っていません。${v} が別の TMS サーバであれば、次のとおりです。`,
  };
  const tail = {
    en: `If you meant another system, tell me which one. The steps I gave are for ${m} only.`,
    ja: `別のシステムのことでしたら、どのシステムか教えてください。お伝えした手順は ${m} のためのものです。`,
  };
  return { state: next(s, {}), replies: [reply(lang, [para(lead[lang]), paraFrom(verdict, lang), para(tail[lang]), ...questionBlocksFor(s)])] };
}

/**
 * The endpoints of the other TMS server named in the message before ("we have a second TMS at the Osaka site, that one is 14.6.2",
 * then 「そちらのエンドポイントも CE9.15 です」, "its endpoints are on TC 7.3.6"; QA63 #1): that server's endpoints, not this case's. A
 * word pointing there and an endpoint release; ConversationState.otherTmsNamed says the server was named by the last text message.
 */
const THERE_EN =
  /(?<![a-z])(?:its|that\s(?:one|server|site|tms|box)'?s|the\sother\s(?:one|server|site|tms)'?s|the\s(?:osaka|second|2nd)\s(?:one|server|site|tms)'?s)\s(?:endpoints?|codecs?|systems?|units?|devices?)(?![a-z])|(?<![a-z])(?:endpoints?|codecs?|systems?|units?|devices?)\s(?:there|over\sthere|at\sthat\s(?:site|office|location)|on\sthat\s(?:one|server|tms))(?![a-z])/i;
const THERE_JA = /(?:そちら|そっち|あちら|向こう|その\s?TMS|そのサーバー?|その拠点|そちらの拠点)(?:側)?の\s?(?:エンドポイント|端末|コーデック|機器|システム)|(?:そちら|そっち|あちら|向こう)(?:側)?(?:も|は)\s?(?:CE|TC|RoomOS)/i;

/**
 * "those codecs are CE 9.15" right after a case message usually means the case's own failing codecs, the answer to the open
 * endpoint question (rev64 #6): with that question open (this case's endpoint not known) neither "those" nor "that one's" points
 * at the other server; only "its", "there", "that server's", "the other one's", そちら… do. With this case's endpoint known and no
 * endpoint question open, "those endpoints are CE 9.15 too" right after the other server was named is that server's (QA63 #1).
 */
const THAT_ONE_EN = /(?<![a-z])that\sone'?s\s/i;
const THOSE_EN = /(?<![a-z])those\s(?:endpoints?|codecs?|systems?|units?|devices?)(?![a-z])/i;

export function otherTmsEndpointsIn(s: ConversationState, text: string): { server: TmsVersion; endpoint: EndpointVersion } | null {
  const named = s.otherTmsNamed;
  if (!named || !s.facts.tms || text.length > 160 || text.includes('\n')) return null;
  const server = s.facts.otherTms?.find((v) => v.semver === named);
  if (!server) return null;
  const endpointAsked = s.pending === 'need-endpoint-version' || !s.facts.endpoint;
  const pointed = THERE_JA.test(text) || (endpointAsked ? THERE_EN.test(text.replace(THAT_ONE_EN, ' ')) : THERE_EN.test(text) || THOSE_EN.test(text));
  if (!pointed) return null;
  const e = parseEndpoint(text);
  return e.ok ? { server, endpoint: e.value } : null;
}

/** The other server's endpoints noted apart: whether they meet this problem, and what holds for that server; this case unchanged. */
export function onOtherTmsEndpoints(s: ConversationState, found: { server: TmsVersion; endpoint: EndpointVersion }): TurnResult {
  const lang = s.lang;
  const v = formatTms(found.server);
  const e = formatEndpoint(found.endpoint);
  const m = formatTms(s.facts.tms!);
  const own = s.facts.endpoint ? formatEndpoint(s.facts.endpoint) : null;
  const lead = {
    en: `Noted for the other server, ${v}: its endpoints run ${e}. Nothing of this case changes: the answer above stays for ${m}${own ? ` and its endpoints on ${own}` : ''}.`,
    ja: `もう一方のサーバ（${v}）のエンドポイントが ${e} であることを承知しました。この件の内容は変わりません。上の回答は ${m}${own ? `（エンドポイントは ${own}）` : ''}についてのままです。`,
  };
  const blocks = [para(lead[lang])];
  if (!endpointRefusesTls10(found.endpoint)) {
    blocks.push(
      para(
        {
          en: `${e} still accepts TLS 1.0, so those endpoints do not meet this problem: nothing needs to change on ${v} for it.`,
          ja: `${e} はまだ TLS 1.0 を受け付けるため、それらのエンドポイントではこの問題は起きません。この問題のために ${v} で変更する必要はありません。`,
        }[lang],
      ),
    );
  } else {
    blocks.push(paraFrom(otherTmsReleases(s.facts.tms!, [found.server]).body[1], lang));
  }
  return { state: next(s, {}), replies: [reply(lang, [...blocks, ...questionBlocksFor(s)])] };
}
