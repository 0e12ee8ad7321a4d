/**
 * "We haven't touched the security level", "Communication Security was never changed",
 * 「セキュリティレベルはいじってないと思います」, 「通信セキュリティは変更していません」: the level was left
 * where TMS puts it, which is Medium (knowledge.md: TMS Tools' Transport Layer Security Options default
 * to Medium). Read only when the sentence names the setting and says it was not changed; "not changed
 * to Medium-High yet" says the same. Bounded input, linear patterns.
 */
const SETTING_EN = String.raw`(?:(?:the\s|our\s|tms(?:'s)?\s)?(?:communication\s?security(?:\slevel)?|security\s(?:level|settings?)|tls\s(?:level|options?)|level))`;
const NOT_CHANGED_EN = String.raw`(?:(?:haven'?t|have\snot|hasn'?t|has\snot|never|not)\s(?:yet\s)?(?:been\s)?(?:touched|changed|modified|altered|adjusted|raised)|(?:didn'?t|did\snot|never)\s(?:touch|change|modify|alter|adjust|raise))`;
const UNTOUCHED_EN = [
  new RegExp(String.raw`(?<![a-z])${NOT_CHANGED_EN}(?![a-z])\s(?:anything\sin\s)?${SETTING_EN}(?![a-z])`, 'i'),
  new RegExp(String.raw`(?<![a-z])${SETTING_EN}\s(?:was|is|has|have)\s(?:been\s)?(?:never|not)\s(?:yet\s)?(?:been\s)?(?:touched|changed|modified|altered|adjusted|raised)(?![a-z])`, 'i'),
  new RegExp(String.raw`(?<![a-z])${SETTING_EN}\s(?:is\s|was\s)?(?:untouched|unchanged|as\sinstalled|out\sof\sthe\sbox)(?![a-z])`, 'i'),
];
const SETTING_JA = String.raw`(?:通信セキュリティ|セキュリティ\s?(?:レベル|設定)|communication\s?security|(?<![ァ-ヺ])レベル)`;
const UNTOUCHED_JA = new RegExp(
  String.raw`${SETTING_JA}\s?(?:の設定)?\s?(?:は|も|を)?\s?(?:特に|一度も|まだ|何も)?\s?(?:いじって|触って|さわって|変更して|変えて|変更されて|上げて)(?:い)?(?:ない|ません|なかった|ませんでした)|${SETTING_JA}\s?(?:は|も)?\s?(?:未変更|変更なし|インストール時のまま|初期状態のまま|(?:既定|デフォルト|初期設定|初期)(?:値)?\s?のまま)`,
  'i',
);

/** Does the text say the Communication Security level was never changed (so it is at its default, Medium)? */
export function levelUntouched(text: string): boolean {
  const s = text.slice(0, 4000);
  return UNTOUCHED_EN.some((re) => re.test(s)) || UNTOUCHED_JA.test(s);
}

/** A short answer to the open level question: "never touched it", "unchanged", 「いじってないです」, 「変更していません」. */
const ANSWER_EN = /^\s*(?:(?:no|nope|i\sthink|i\sbelieve|probably|afaik)[,\s]+)?(?:(?:we|i|nobody|no\sone|they)\s)?(?:(?:have|has)\s)?(?:(?:never|not|n't|haven'?t|hasn'?t)\s?(?:ever\s)?(?:been\s)?(?:touched|changed|modified|adjusted)|(?:never|didn'?t|did\snot)\s(?:touch|change|modify|adjust))(?:\s(?:it|that|them|anything|the\sdefault|a\sthing))?(?:\s(?:i\sthink|as\sfar\sas\si\sknow|afaik))?\s*[.!]?\s*$|^\s*(?:it'?s\s|still\s)?(?:untouched|unchanged|as\sinstalled|out\sof\sthe\sbox|left\sas\sis)[.!]?\s*$/i;
const ANSWER_JA = /^\s*(?:たぶん|おそらく|特に|何も|一度も)?\s?(?:いじって|触って|さわって|変更して|変えて)(?:い)?(?:ない|ません|なかった|ませんでした)(?:です|はず|と思います|と思う|ですね)?[。\s]*$|^\s*(?:未変更|変更なし|変更していない|インストール時のまま|初期状態のまま|(?:既定|デフォルト|初期設定|初期)(?:値)?\s?のまま)(?:です)?[。\s]*$/;

/** Does a short answer to the level question say it was never changed (Medium, TMS's default)? */
export function untouchedAnswer(text: string): boolean {
  const s = text.slice(0, 200);
  return ANSWER_EN.test(s) || ANSWER_JA.test(s);
}
