/**
 * The test oracle: a reader of the wording that takes a text for advice to raise Communication Security to Medium-High.
 * It is the reader the Telnet/SNMP pointer (src/conversation/telnet-pointer.ts) once used as a net under the marks; the
 * pointer now keys on the marks only (`Block.advises`, `Summary.advises`, src/domain/advises.ts), and the tests
 * (telnet-advice-marked.test.ts) check with this reader that every reply and every block that advises the change is marked
 * by whoever built it. Test-only: nothing in src/ reads the wording.
 */
/** Up to `n` characters of one sentence (a dot inside a release, "TLS 1.2", "15.x", does not end it). */
const SAME_SENTENCE = String.raw`(?:[^.!?\n"“”「」]|\.(?=[\dx]))`;
const ADVISES_EN = new RegExp(
  String.raw`(?<![a-z])(?:set(?:ting)?|raise|raising|rais(?:ed|es)|change|changing|switch(?:ing)?|go(?:ing)?\s(?:up\s)?to|move\sto|moving\sto|then|once|needs?|need(?:ed)?\sis|make\ssure|prepar(?:e|ing)\stms\sfirst|the\sfix\sis|the\s(?:step|change|fix)\sthat|with\stms\sat)(?![a-z])${SAME_SENTENCE}{0,120}?medium-high` +
    String.raw`|communication\ssecurity\s?(?:=|to|at)\s?\**medium-high|[(（]\s?medium-high\s?[)）]` +
    String.raw`|medium-high\s(?:in\stms\stools|is\s(?:what|the\s(?:step|change|fix|level|setting|one)))|medium-high${SAME_SENTENCE}{0,60}?(?:fixes\sit|avoids)`,
  'i',
);
const ADVISES_JA =
  /medium-high\s?(?:に|へ)\s?(?:上げ|変更|設定|し(?:て|ま|た|[、,])|する|切り替え)|medium-high\s?(?:への|に)\s?(?:変更|設定|引き上げ)|medium-high\s?(?:を|に)\s?(?:設定|選|保存)|(?:レジストリ|tls\s?1\.2)[^。]{0,30}(?:、|と)\s?medium-high|medium-high\s?(?:にする|にすれば|にして|になっていること|が(?:必要|解決))|(?:tms\s?ツール|tms\stools)[)）]?\s?で\s?medium-high|必要なのは[^。]{0,12}medium-high|[（(]\s?medium-high\s?[)）]|medium-high\s?は[^。]{0,30}(?:ための変更|変更です|設定です)|(?:対処|解決|修正)(?:は|するのは)[^。]{0,40}medium-high|medium-high\s?が引き続き必要/i;
const QUOTED = /"[^"\n]{0,300}"|“[^”\n]{0,300}”|「[^」\n]{0,300}」/g;

/** Does the text advise the change to Medium-High? */
export function advisesMediumHigh(text: string): boolean {
  if (!/medium-high/i.test(text)) return false;
  // (The user's own words quoted back, "I could not find a version or a request in "please set it to Medium-High"", advise nothing.)
  const t = text.slice(0, 4000).replace(QUOTED, ' ');
  return ADVISES_EN.test(t) || ADVISES_JA.test(t);
}
