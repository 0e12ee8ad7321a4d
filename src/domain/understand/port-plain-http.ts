/**
 * "port 443 answers in plain HTTP, not TLS", "the HTTPS port responds with HTTP", 「443 番ポートが平文の HTTP で応答します」:
 * the endpoint's HTTPS port is not speaking TLS (QA55 #2). That is not "TMS manages the endpoint over HTTP" (knowledge.md
 * Symptom: the error arises when TMS talks HTTPS): it is a different reason for "No HTTPS response", to be checked on the
 * endpoint (xConfiguration NetworkServices HTTP Mode, TC 7 HTTPS Mode; knowledge.md "What else a senior engineer checks").
 * Read only as a report: "does port 443 answer in HTTP?", "it will answer…", "doesn't answer in HTTP" are not it.
 * Pure, bounded patterns, total.
 */

/** The port (443, the HTTPS port or service) answers, in so many words, in plain HTTP. */
const PORT_EN =
  /(?<![a-z])(?:port(?:\s(?:443|tcp\/443))?|443|https\s(?:port|service|interface)|tcp\/443)\s(?:now\s|still\s|only\s|just\s|actually\s){0,2}(?:answers|answered|responds|responded|replies|replied|speaks|talks|comes\sback|came\sback|returns|returned|is\sserving|is\sspeaking|serves)\s(?:only\s|just\s)?(?:in\s|with\s|over\s|using\s)?(?:an?\s)?(?:plain(?:\s?text)?\s|clear(?:\s?text)?\s|unencrypted\s|bare\s)?http(?![s:/a-z])/i;
/** Any subject, with the contrast said: "… answers in plain HTTP, not TLS", "… responds with HTTP instead of TLS". */
const CONTRAST_EN =
  /(?<![a-z])(?:answers|answered|responds|responded|replies|replied|speaks|talks|comes\sback|came\sback|returns|returned)\s(?:only\s|just\s)?(?:in\s|with\s|over\s|using\s)?(?:an?\s)?(?:plain(?:\s?text)?\s|clear(?:\s?text)?\s|unencrypted\s)?http(?![s:/a-z])[,\s(]{1,4}(?:(?:and\s|but\s)?not\s|instead\sof\s|rather\sthan\s)(?:in\s|with\s)?(?:tls|ssl|https)(?![a-z])/i;
/** JA: 「443（番）ポート / HTTPS のポートが（TLS ではなく）（平文の）HTTP で応答／返って」 */
const PORT_JA =
  /(?:443|ポート|HTTPS\s?(?:の|側)?\s?(?:ポート|サービス))[^。\n]{0,24}?(?:TLS\s?(?:ではなく|じゃなく)[、,\s]?)?(?:平文の?\s?|暗号化されていない\s?)?HTTP\s?(?:で|が)\s?(?:応答|返(?:って|り|っ|事|答|す|る)|レスポンス|返ってき)(?!し(?:ない|ません|なかった)|せず|ません|ない)/i;

/**
 * The same port with its verb denied or asked in the base form: "port 443 doesn't answer in plain HTTP", "if port 443 does not respond
 * with HTTP?" (FIX58A #5). Never a report that it answers in HTTP (portAnswersPlainHttp), but still about the port, not about TMS
 * managing the endpoint over HTTP: a key for portPlainHttpSentenceKeys.
 */
const PORT_DENIED_EN =
  /(?<![a-z])(?:port(?:\s(?:443|tcp\/443))?|443|https\s(?:port|service|interface)|tcp\/443)\s(?:still\s|really\s)?(?:doesn'?t|does\snot|didn'?t|did\snot|won'?t|will\snot|never|no\slonger)\s(?:answer|respond|reply|speak|talk|come\sback|return|serve)(?:s|ed)?\s(?:only\s|just\s)?(?:in\s|with\s|over\s|using\s)?(?:an?\s)?(?:plain(?:\s?text)?\s|clear(?:\s?text)?\s|unencrypted\s|bare\s)?http(?![s:/a-z])/i;

/** A question, a plan, a denial around it: not a report. */
const NOT_REPORT_EN = /\?\s*$|(?<![a-z])(?:if|whether|does|do|did|will|would|should|could|might|may|can)\s(?:port|443|the\s|it\s|https\s)|(?:doesn't|does\snot|didn't|did\snot|never|no\slonger)\s(?:answer|respond|reply|speak|talk|come|return|serve)/i;
const NOT_REPORT_JA = /[?？]\s*$|か[?？。]?\s*$|かどうか|予定|でしょうか|ますか/;

/** Does this sentence report that the endpoint's HTTPS port answers in plain HTTP (not TLS)? */
export function portAnswersPlainHttp(text: string): boolean {
  if (typeof text !== 'string' || !/http/i.test(text)) return false;
  const s = text.length > 600 ? text.slice(0, 600) : text;
  if (PORT_EN.test(s) || CONTRAST_EN.test(s)) return !NOT_REPORT_EN.test(s);
  if (PORT_JA.test(s)) return !NOT_REPORT_JA.test(s);
  return false;
}

/**
 * The sentences of a message (before the noise mask takes "port 443" out of them) that name the port answering in plain HTTP in
 * any form (a report, a question, an "if"), as keys that survive the mask (sentenceKey). The HTTP-management reader sees the
 * masked sentence (" answers in plain HTTP"): a sentence with one of these keys says nothing of TMS managing it over HTTP (REV31 #1).
 */
export function portPlainHttpSentenceKeys(text: string): string[] {
  if (typeof text !== 'string' || !/http(?!s)/i.test(text)) return [];
  const keys: string[] = [];
  for (const sentence of text.slice(0, 50_000).split(/(?<=[?？!！。\n])|(?<=\.)(?=\s|$)/)) {
    if (keys.length >= 20) break;
    if (!/http/i.test(sentence)) continue;
    const s = sentence.length > 600 ? sentence.slice(0, 600) : sentence;
    if (PORT_EN.test(s) || CONTRAST_EN.test(s) || PORT_JA.test(s) || PORT_DENIED_EN.test(s)) keys.push(sentenceKey(s));
  }
  return keys;
}

/** A sentence's letters, without "port"/"tcp"/"udp" (what the noise mask takes with the number), lower case. */
export function sentenceKey(sentence: string): string {
  return sentence.slice(0, 2000).toLowerCase().replace(/port|ポート|tcp|udp|[^a-z\u3040-\u30ff\u4e00-\u9fff]/g, '');
}

/** Is this (masked) sentence one of those (portPlainHttpSentenceKeys)? */
export function portPlainHttpSentence(sentence: string, keys: readonly string[]): boolean {
  if (!keys.length) return false;
  const k = sentenceKey(sentence);
  return k.includes('http') && keys.some((r) => k.includes(r) || (k.length >= 12 && r.includes(k)));
}
