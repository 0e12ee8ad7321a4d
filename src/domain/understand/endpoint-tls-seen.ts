/**
 * The user reports the endpoint itself accepting TLS 1.0: "the codec accepts tls 1.0 but it's on ce 9.15??",
 * "that one says it still accepts TLS 1.0", 「コーデックがTLS1.0を受け付けてるけどCE9.15なのに？」「端末はTLS1.0が有効になってる」.
 * An observation about the endpoint (often a test or a probe), not the TMS server's Schannel and not a request to make
 * it accept TLS 1.0 ("can we make the codec accept TLS 1.0?", 「受け付けるようにする」), nor a question about it
 * ("does the codec accept TLS 1.0?", 「受け付けますか」), nor a denial ("the codec doesn't accept TLS 1.0"). Pure.
 */
import { ENDPOINT_SUBJECT_ADVERBS_EN, ENDPOINT_SUBJECT_EN, ENDPOINT_SUBJECT_JA } from './endpoint-subject';

/** TLS 1.0 named (cheap test first). */
const TLS10 = /tls\s?v?1(?:\.0|_0)?(?![.\d])/i;
/** The endpoint as subject, then it accepting TLS 1.0 (within a few words). */
const EN_SEEN =
  new RegExp(String.raw`(?<![a-z])(${ENDPOINT_SUBJECT_EN}|units?|it|they)\s(?:${ENDPOINT_SUBJECT_ADVERBS_EN}|clearly\s|is\s(?:still\s)?)*(accepts?|supports?|allows?|negotiates?|takes?|completes?|accepting|allowing|negotiating|speaks?|answers?|works?|handshakes?|connects?)\s(?:a\s|the\s|to\s|with\s|over\s|on\s|using\s|via\s)?(?:handshake\s(?:with|on|over|using)\s)?tls\s?v?1(?:\.0|_0)?(?![.\d])`, 'i');
/** A hypothesis, a request or a question in front of the subject: "what if the codec accepts", "make it accept", "does it". */
const EN_NOT_REPORT = /(?:(?<![a-z])(?:if|whether|unless|make|makes|let|so\sthat|to|can|could|should|would|will|do|does|did)\s(?:the\s|our\s|all\s)?(?:[a-z]+\s)?$)/i;
/** A negation between the subject and TLS 1.0: "it no longer accepts", "doesn't accept", "refuses". */
/** The endpoint named in the message: a TC/CE/RoomOS release, or a word for it. */
const ENDPOINT_NAMED = /(?<![a-z])(?:ce|tc|roomos)\s?v?\d|(?<![a-z])(?:endpoints?|codecs?|probe)(?![a-z])/i;
const EN_NEG = /(?:(?<![a-z])(?:not|no\slonger|never|refuses?|rejects?)|n't)(?![a-z])/i;
/** A belief denied or doubted in front of the subject: "we don't think the codec accepts", "I doubt the endpoint". */
const EN_DOUBT =
  /(?:(?<![a-z])(?:(?:do|does|did)n['’]?t|(?:do|does|did)\snot|never)\s(?:really\s)?(?:think|believe|suppose|expect|reckon)|(?<![a-z])(?:doubt|unlikely|not\ssure|not\sconvinced))\s(?:that\s|if\s|whether\s)?(?:the\s|our\s|this\s|that\s|any\s)?$/i;

const JA_SEEN =
  new RegExp(String.raw`(?:${ENDPOINT_SUBJECT_JA}|機器|それ|その機器|あれ)(?:側)?\s?(?:が|は|も|って|では|で)[^。？?\n]{0,20}?tls\s?v?1(?:\.0)?(?![.\d])\s?(?:を|が|で|に|は|も)?\s?(?:まだ\s?)?(受け付けて(?:る|い|ま|た)|受けつけて(?:る|い|ま|た)|受け付けた|受け入れて(?:る|い)|通(?:る|って|った)|つなが(?:る|って|った)|繋が(?:る|って|った)|有効(?:です|だ|に(?:なって|なってる)|のまま)|ハンドシェイク(?:が|に)?(?:成功|成立|でき)|応答(?:して|する|した))`, 'i');
/** What follows the verb makes it a denial, a request or a question: 「受け付けない」「有効にする」「受け付けますか」. */
const JA_NOT_REPORT = /^[^。\n]{0,6}?(?:ない|なく|ません|ようにする|ようにし|させ|られ|か[？?。]|か$)/;

/** Does the message report the endpoint itself accepting TLS 1.0? */
export function endpointSeenAcceptingTls10(text: string): boolean {
  const t = text.slice(0, 400);
  if (!TLS10.test(t)) return false;
  const en = EN_SEEN.exec(t);
  if (en) {
    const before = t.slice(Math.max(0, en.index - 30), en.index);
    const inner = en[0];
    // ("it"/"they" may be TMS: "it speaks TLS 1.0 at Medium"; only with the endpoint named, as a release or a word.)
    const pronoun = /^(?:it|they)$/i.test(en[1]);
    const endpointNamed = !pronoun || ENDPOINT_NAMED.test(t);
    if (endpointNamed && !EN_NOT_REPORT.test(before) && !EN_NEG.test(inner) && !/(?:(?<![a-z])not|n't)\s?$/i.test(before) && !EN_DOUBT.test(before)) return true;
  }
  const ja = JA_SEEN.exec(t);
  if (ja) {
    const after = t.slice(ja.index + ja[0].length, ja.index + ja[0].length + 12);
    if (!JA_NOT_REPORT.test(after)) return true;
  }
  return false;
}
