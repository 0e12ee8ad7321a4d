/**
 * Two bare questions asked of the bot (FIX61A #3, note-42 "Left"): whether TLS 1.0 is enabled ("is TLS 1.0 enabled?", "is TLS 1.0 on
 * the TMS server disabled?", "how do I check if TLS 1.0 is enabled?", 「TLS 1.0 は有効ですか？」), and what .NET's SecurityProtocol is
 * ("what does SecurityProtocol mean?", "what is [Net.ServicePointManager]::SecurityProtocol?", 「SecurityProtocol って何ですか？」).
 * The whole message is the question (anchored, short): a statement ("TLS 1.0 is enabled"), the value pasted or said ("SecurityProtocol
 * says Ssl3, Tls": src/evidence/netfx-protocol.ts), the endpoint's TLS ("is TLS 1.0 enabled on the codec?") and anything longer are left
 * to their readers. Pure, linear (anchored, bounded patterns).
 */
const CHEAP = /tls|securityprotocol/i;
const LEAD_EN = String.raw`^\s*(?:(?:so|and|ok|okay|but|also|sorry|quick\squestion|question|btw|hi|hey)[,:\s]+){0,2}`;
const TLS10 = String.raw`tls\s?v?1(?:\.0|0)?(?![\d.])`;
const STATE_EN = String.raw`(?:enabled|disabled|on|off|turned\s(?:on|off)|switched\s(?:on|off)|allowed|active)(?:\s(?:or|and\/or|\/)\s(?:enabled|disabled|on|off|not))?`;
const WHERE_EN = String.raw`(?:\s(?:on|in|for)\s(?:the\s|our\s|this\s|my\s)?(?:tms(?:\sserver)?|server|windows(?:\sserver)?|schannel|registry|client\sside|tms\sside))?`;
const ADVERBS_EN = String.raw`(?:(?:still|currently|actually|even|now|already|really)\s)?`;
/** "is TLS 1.0 enabled?", "is TLS 1.0 still on on the TMS server?", "is TLS 1.0 enabled or disabled?". */
const TLS10_IS_EN = new RegExp(`${LEAD_EN}(?:is|was)\\s(?:the\\s)?${TLS10}\\s${ADVERBS_EN}${STATE_EN}${WHERE_EN}(?:\\s(?:now|currently|then|here|there))?\\s*[?？]+\\s*$`, 'i');
/** "how do I check if TLS 1.0 is enabled?", "how can we tell whether TLS 1.0 is on (on the TMS server)?". */
const TLS10_HOW_EN = new RegExp(
  `${LEAD_EN}(?:how\\s(?:do|can|would|should)\\s(?:i|we|you)\\s(?:check|tell|see|find\\sout|verify|know)|how\\sto\\s(?:check|tell|see|verify))\\s(?:if|whether)\\s(?:the\\s)?${TLS10}\\s(?:is|was)\\s${ADVERBS_EN}${STATE_EN}${WHERE_EN}\\s*[?？]*\\s*$`,
  'i',
);
/** 「TLS 1.0 は有効ですか？」「TMS サーバで TLS1.0 は無効になっていますか」「TLS 1.0 が有効か確認する方法は？」. */
const TLS10_JA =
  /^\s*(?:(?:tms\s?)?サーバー?\s?(?:で|の|では)\s?)?tls\s?v?1(?:\.0)?(?![\d.])\s?(?:は|が|って)\s?(?:今|まだ|現在)?\s?(?:有効|無効|オン|オフ)(?:に\s?なって(?:い)?ますか|ですか|でしょうか|か(?:どうか)?\s?(?:確認する|確認す|調べる|見る)\s?(?:方法|には|に\s?は)(?:は|を教えて(?:ください)?)?|なの(?:ですか|でしょうか)?|ですかね)\s*[?？]*\s*$/i;
/** "what does SecurityProtocol mean?", "what is [Net.ServicePointManager]::SecurityProtocol?", "SecurityProtocol?". */
const SECPROTO = String.raw`(?:\[?(?:system\.)?net\.servicepointmanager\]?\s?::\s?)?securityprotocol`;
const SECPROTO_EN = new RegExp(
  `${LEAD_EN}(?:what\\s(?:does|do)\\s(?:the\\s)?${SECPROTO}(?:\\s(?:setting|value|property))?\\s(?:mean|do|control|stand\\sfor)|(?:what\\s(?:is|'s)|what's|whats|explain)\\s(?:the\\s)?${SECPROTO}(?:\\s(?:setting|value|property))?(?:\\sfor)?|${SECPROTO})\\s*[?？]+\\s*$`,
  'i',
);
const SECPROTO_JA =
  /^\s*(?:\[?(?:system\.)?net\.servicepointmanager\]?\s?::\s?)?securityprotocol\s?(?:(?:って|とは|は)\s?(?:何|なん|なに)(?:ですか|でしょうか|のこと(?:ですか)?|を意味(?:します|する)の?(?:ですか)?)?|とは)\s*[?？]*\s*$/i;

export type TlsQuestion = 'tls10-enabled' | 'security-protocol';

/** The question the whole message asks, or null. */
export function tlsQuestionAsked(text: string): TlsQuestion | null {
  if (typeof text !== 'string' || text.length > 160 || !CHEAP.test(text)) return null;
  const t = text.normalize('NFKC');
  if (TLS10_IS_EN.test(t) || TLS10_HOW_EN.test(t) || TLS10_JA.test(t)) return 'tls10-enabled';
  if (SECPROTO_EN.test(t) || SECPROTO_JA.test(t)) return 'security-protocol';
  return null;
}
