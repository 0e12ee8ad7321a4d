/**
 * A doubt asked about the diagnosis itself, with no browser or certificate named (FIX60A #5, QA59 #8's last forms): "is it possible
 * this is not the TLS problem?", "so this is not a TLS issue?", "could it be something else?", "how do we know it's TLS?", 「TLS の問題
 * ではない可能性はありますか？」「本当に TLS の問題ですか？」. Only a question: a statement ("this is not a TLS problem, it's the
 * firewall") is a claim for other readers. A browser (browser-works.ts) or a certificate named (the certificate doubt) is left to
 * theirs. Pure; the cheap word test first.
 */
const CHEAP = /tls|ssl|something\selse|問題/i;
const DOUBT_EN =
  /(?<![a-z])(?:(?:is\sit\spossible|could\sit\sbe|might\sit\sbe|can\sit\sbe|is\sthere\sa\schance)\s(?:that\s)?(?:this|it)\s(?:is\s|'s\s|’s\s|might\sbe\s|could\sbe\s)?(?:not|isn['’]t)\s(?:a\s|the\s)?(?:tls|ssl)|so\s(?:this|it)\s(?:is\s|'s\s|’s\s)?(?:not|isn['’]t)\s(?:a\s|the\s)?(?:tls|ssl)|(?:are\syou|r\su)\s(?:sure|certain)\s(?:that\s)?(?:this|it)\s(?:is|'s|’s)\s(?:a\s|the\s)?(?:tls|ssl)|how\s(?:do|can|would)\s(?:we|i|you)\s(?:know|tell|be\ssure|confirm|prove)\s(?:that\s|whether\s|if\s)?(?:this|it)\s(?:is|'s|’s|really\sis)\s(?:a\s|the\s)?(?:tls|ssl)|(?:could|might|can)\s(?:this|it)\s(?:also\s)?be\s(?:something|anything)\selse)/i;
const DOUBT_JA = /(?:tls|ssl)\s?(?:1\.0\s?)?(?:の)?\s?(?:問題|原因|せい)\s?(?:では|じゃ)\s?(?:ない|なく)[^。]{0,12}(?:可能性|こと|場合)[^。]{0,10}(?:ありますか|あります[?？]|ある[?？]|ありえますか|ない(?:ですか|でしょうか))|本当に\s?(?:tls|ssl)[^。]{0,12}(?:問題|原因)\s?(?:ですか|なの|でしょうか)|(?:他|別|ほか)の\s?原因\s?(?:の)?\s?(?:可能性|こと)[^。]{0,8}(?:ありますか|ある[?？]|ないですか|ありえますか)/i;
/** Left to other readers: a browser, a certificate, another symptom or product named. */
const OTHERS = /browser|ブラウザ|chrome|firefox|safari|cert|証明書|snmp|telnet|sql/i;

export function tlsDoubtAsked(text: string): boolean {
  if (!CHEAP.test(text) || text.length > 200 || OTHERS.test(text)) return false;
  if (!/[?？]|ますか|ですか|でしょうか/.test(text)) return false;
  return DOUBT_EN.test(text) || DOUBT_JA.test(text);
}
