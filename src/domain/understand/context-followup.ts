/**
 * Short follow-ups whose subject is the conversation's facts (QA36 #13): "is that supported?" after Windows Server 2025
 * (whether TMS supports 2025: not documented in our sources), and "what about the registry fix from the technote?", "will
 * the registry change from the technote help?" on TMS before 15 (it does not: TMS keeps sending TLS 1.0). Only when the
 * facts hold that subject; elsewhere "that" may be anything. Bounded, the cheap word test first.
 */
import type { Facts } from '../types';

const SUPPORTED_EN =
  /^\s*(?:(?:so|ok|okay|and|but|hmm|wait|also)[,\s]+)*(?:is|will|would)\s(?:that|it|this|tms|tms\son\s(?:it|that|this|there)|that\sos|that\srelease)\s(?:even\s|officially\s|actually\s|really\s)*(?:be\s)?supported(?:\s(?:there|on\s(?:it|that|this)|by\scisco|at\sall))?\s*[?？]+\s*$/i;
const SUPPORTED_JA = /^\s*(?:(?:じゃあ|では|で|それで|あと)[、,\s]*)?(?:それ|これ|その(?:os|バージョン|構成))?(?:は|って)?\s?(?:サポート(?:対象|され(?:て(?:い)?)?(?:ます|る))|サポートされ(?:てい)?(?:ます|る))\s?(?:か|の)?\s*[?？]?\s*$/i;

const REGISTRY_FIX_EN =
  /^\s*(?:(?:so|ok|okay|and|but|hmm)[,\s]+)*(?:what\sabout|how\sabout|(?:will|would|does|can|could)\s)\s?(?:the\s|that\s)?(?:registry|reg)\s(?:fix|change|changes|keys?|step|edit|workaround)(?:\s(?:from|in)\s(?:the\s)?(?:tech\s?note|document|doc|article|cisco\sdoc))?(?:\s(?:help|work|fix\sit|do\sit|do\sanything))?\s*[?？]+\s*$/i;
const REGISTRY_FIX_JA = /^\s*(?:(?:じゃあ|では|で|それで)[、,\s]*)?(?:テクニカルノート|technote|ドキュメント)?の?\s?レジストリ(?:の)?(?:変更|設定|修正|対処)(?:は|で)\s?(?:どう(?:ですか)?|効き(?:ます)?か|直り(?:ます)?か|助けになり(?:ます)?か)?\s*[?？]?\s*$/i;

/**
 * "what if it is on the TMS server?", 「TMS サーバー上だったら？」 with SQL in the facts (FIX20C #2): SQL is the only thing the
 * conversation holds that has a place, so "it" is SQL; the hypothetical is answered (catalogue sql-on-tms-server).
 */
const SQL_ON_TMS_IF_EN =
  /^\s*(?:(?:so|ok|okay|and|but|hmm|wait)[,\s]+)*(?:what\sif|and\sif|if|suppose|what\sabout\sif)\s(?:it|that|this)\s(?:is|was|were|'s|ran|runs|is\srunning|were\srunning|was\srunning|lived|sits|sat)\s(?:on\s(?:the\s)?tms\s(?:server|box|host|machine|vm)(?:\sitself)?|local(?:ly)?|on\sthe\ssame\s(?:server|box|machine|host|vm)(?:\sas\stms)?)(?:\s(?:instead|then|after\sall))?\s*[?？]+\s*$/i;
const SQL_ON_TMS_IF_JA =
  /^\s*(?:(?:じゃあ|では|それでは|もし|仮に)[、,\s]*)*(?:(?:それ|これ)(?:が)?\s?)?(?:tms\s?(?:の)?\s?サーバー?\s?(?:上|内|自身)?|同じサーバー?|ローカル)\s?(?:だったら|なら|の場合は?|にあったら|にある場合は?|で動いていたら|にあれば)\s?(?:どう(?:なりますか|ですか|でしょうか|なる)?)?\s*[?？]*\s*$/i;

/**
 * "same fix?", "is it the same fix for them?", "do they need the same fix?", 「同じ対処ですか？」「同じ対処でいいですか」 with other products
 * TMS manages in the facts (Meeting Server, Expressway…; QA63 #15): whether they meet the same wall and need the same change.
 * Only then: with endpoints alone "same fix?" may be about a second TMS or another site.
 */
const SAME_FIX_EN =
  /^\s*(?:(?:so|ok|okay|and|but|hmm|also)[,\s]+)*(?:(?:is\s(?:it|that|this)|it'?s|do\s(?:they|those|these)\s(?:need|get)|does\s(?:it|that)\s(?:need|get))\s)?(?:the\s)?same\s(?:fix|thing|steps?|solution|change|treatment)(?:\s(?:for|on)\s(?:them|those|these|it|that|both|the\sothers?))?(?:\s(?:then|too|as\swell))?\s*[?？]+\s*$/i;
const SAME_FIX_JA =
  /^\s*(?:(?:じゃあ|では|それで|あと)[、,\s]*)?(?:(?:それ|これ|そちら|あちら)(?:も|は)\s?)?同じ\s?(?:対処|対応|修正|手順|方法|やり方)(?:で)?\s?(?:ですか|でしょうか|でいいですか|でよいですか|で大丈夫ですか|か)?\s*[?？]*\s*$/i;

export type ContextFollowUp = 'windows-2025' | 'registry-alone' | 'sql-on-tms-server' | 'other-product-affected';

export function contextFollowUpIn(facts: Facts, text: string): ContextFollowUp | null {
  if (text.length > 120) return null;
  if (/support|サポート/i.test(text) && facts.windows?.year === 2025) {
    const t = text.normalize('NFKC');
    if (SUPPORTED_EN.test(t) || SUPPORTED_JA.test(t)) return 'windows-2025';
  }
  if (/reg|レジストリ/i.test(text) && facts.tms && facts.tms.semver && Number(facts.tms.semver.split('.')[0]) < 15) {
    const t = text.normalize('NFKC');
    if (REGISTRY_FIX_EN.test(t) || REGISTRY_FIX_JA.test(t)) return 'registry-alone';
  }
  if ((facts.sql !== undefined || facts.sqlLocation !== undefined) && /tms|local|same|ローカル|同じ/i.test(text)) {
    const t = text.normalize('NFKC');
    if (SQL_ON_TMS_IF_EN.test(t) || SQL_ON_TMS_IF_JA.test(t)) return 'sql-on-tms-server';
  }
  if (facts.otherProducts?.length && /same|同じ/i.test(text)) {
    const t = text.normalize('NFKC');
    if (SAME_FIX_EN.test(t) || SAME_FIX_JA.test(t)) return 'other-product-affected';
  }
  return null;
}
