/**
 * "We haven't touched the security level", "Communication Security was never changed",
 * 「セキュリティレベルはいじってないと思います」, 「通信セキュリティは変更していません」: the level was left
 * where TMS puts it, which is Medium (knowledge.md: TMS Tools' Transport Layer Security Options default
 * to Medium). Read only when the sentence names the setting and says it was not changed; "not changed
 * to Medium-High yet" says the same. Bounded input, linear patterns.
 */
import type { SecurityLevel } from '../types';

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

/**
 * "haven't set Medium-High yet", "not on Medium-High yet", "Medium-High isn't set yet", 「Medium-Highにはまだしてない」,
 * 「まだMedium-Highにしていない」「Medium-Highにはしていません」, 「自動ではMedium-Highにならなかった」 (R42A, "it didn't switch
 * to Medium-High by itself"): the change to Medium-High was not made, so the level is
 * still where it was, TMS's default Medium (as levelUntouched; a user who was at High or Low would say so). Only with a
 * verb of change, or with "yet": "we're not on Medium-High" alone may be High; "we can't go to Medium-High" is no report of
 * the level. Not in a question, nor a condition (「Medium-Highにしていないと…」). Bounded, linear.
 */
const MH_EN = String.raw`(?:medium|med)[\s_-]?high`;
const NOT_RAISED_EN = [
  // "haven't set Medium-High yet", "didn't raise it to Medium-High", "we have not yet switched TMS to Medium-High"
  new RegExp(
    String.raw`(?:(?<![a-z])(?:have|has|had|did|do|does)(?:n't|\snot)|(?<![a-z])(?<!(?:can|could|must|may|might|should|would|will|shall)\s)(?:not|never))\s(?:yet\s)?(?:set|raised|raise|changed|change|switched|switch|moved|move|bumped|bump|put|gone|went|go|made|applied|apply|enabled|enable|selected|select|tried|try|tested|test|attempted)(?:\s(?:it|the\slevel|the\ssetting|tms|communication\ssecurity))?(?:\s(?:over|up))?(?:\s(?:to|on|at))?\s${MH_EN}(?![a-z])`,
    'i',
  ),
  // "not on Medium-High yet", "not at Medium-High yet"
  new RegExp(String.raw`(?:(?<![a-z])not|n't)\s(?:yet\s)?(?:on|at|in|set\sto)\s${MH_EN}\s(?:yet|so\sfar)(?![a-z])`, 'i'),
  // "Medium-High isn't set yet", "Medium-High is not applied yet", "Medium-High not set yet", "Medium-High not tried so far"
  new RegExp(String.raw`(?<![a-z])${MH_EN}\s(?:(?:is|was|has)(?:\snot|n't)|not)\s(?:been\s)?(?:set|applied|enabled|selected|configured|tried|tested)\s(?:yet|so\sfar)(?![a-z])`, 'i'),
  // "Medium-High not yet tried", "Medium-High has not yet been applied", "Medium-High: not yet", "Medium-High - not done" (QA57 #1)
  new RegExp(String.raw`(?<![a-z])${MH_EN}\s(?:(?:is|was|has)(?:\snot|n't)|not)\s(?:been\s)?yet\s(?:been\s)?(?:set|applied|enabled|selected|configured|tried|tested|done)(?![a-z])`, 'i'),
  new RegExp(String.raw`(?<![a-z])${MH_EN}\s?(?::|\s[-–—])\s?not\s(?:yet|done|tried)(?![a-z])`, 'i'),
];
const NOT_RAISED_JA =
  /(?:medium[\s_-]?high|ミディアム\s?ハイ)\s?(?:に|へ)\s?(?:は|も)?\s?(?:まだ\s?)?(?:(?:して|上げて|変更して|設定して|変えて|切り替えて|なって)(?:い|お)?(?:ない|ません|なかった|ませんでした)|(?:自動(?:で|的に)は?\s?)?(?:(?:なら|変わら|切り替わら|上がら)なかった|(?:なり|変わり|切り替わり|上がり)ませんでした))(?!\s?(?:と|なら|場合|限り))/i;
/**
 * 「Medium-High：未実施」「Medium-High への変更は未対応です」「Medium-High はまだ試していません」 (QA57 #1): the change not made, as
 * above (not 「未定」「予定」: a plan says nothing of where the level is now).
 */
const NOT_DONE_JA =
  /(?:medium[\s_-]?high|ミディアム\s?ハイ)\s?(?:(?:へ|に)の?(?:変更|設定|切り替え)|の設定|化)?\s?(?::|：|は|も)?\s?(?:未実施|未対応|未設定|未適用|まだ\s?(?:試して|やって|実施して|対応して)(?:い)?(?:ない|ません|なかった))(?!\s?(?:と|なら|場合|限り))/i;

/**
 * Another level named as the current one: "we set High", "it's on High", 「Highにしています」「Highです」. Then "not set to
 * Medium-High" says nothing of Medium (QA round 26 A2). Not the High of "Medium-High" / 「Medium Highです」.
 */
const NOT_MH = String.raw`(?<!(?:medium|med|mid|ミディアム)[\s_-]?)`;
const OTHER_LEVEL_EN = new RegExp(
  [
    // "we set High", "changed it to High", "put TMS on Low"
    String.raw`(?<![a-z])(?:set|put|changed|switched|moved|raised)\s(?:it\s|tms\s|the\slevel\s|the\ssetting\s)?(?:to\s|on\s|at\s)?${NOT_MH}(high|low)(?![a-z-])`,
    // "it's on High", "TMS is at High", "the level is High", "we're on Low"
    String.raw`(?<![a-z])(?:it|tms|level|setting|security|we)(?:'s|'re|\sis|\sare|\swas|\swere)\s(?:now\s|already\s|still\s|actually\s)?(?:on\s|at\s|set\sto\s)?${NOT_MH}(high|low)(?![a-z-])`,
  ].join('|'),
  'i',
);
const OTHER_LEVEL_JA = new RegExp(
  String.raw`${NOT_MH}(?<![a-z-])(high|low|ハイ|ロー)\s?(?:(?:に|へ)\s?(?:して(?:い|あり|お)|しました|設定|変更|なって)|(?:です|だ|のまま|になっています))`,
  'i',
);
/**
 * The change made after all: 「Medium-Highにしていませんでしたが、昨日変更しました」, "It did not go to Medium-High
 * automatically, I set it manually yesterday" (QA round 26 A3): not "not raised".
 */
const CHANGED_AFTER =
  /(?<![a-z])(?:i|we|they|he|she|someone|the\sadmin)\s(?:then\s|later\s|finally\s|have\s|'ve\s|had\s|just\s)?(?:set|changed|switched|raised|moved|put|bumped)\s(?:it|that|this|the\slevel|the\ssetting|tms|communication\ssecurity)(?![a-z])|(?:変更|設定|切り替え|切替)(?:しました|済み|してあります)|(?:変え|上げ)ました/i;

/**
 * A test or a trial of the level with an object (REV33 #4): "Medium-High not yet tested with the HDX", "we haven't tested Medium-High
 * with our Polycom units yet", "… in production yet": the level may well be set; what is not done is the test. Read on what
 * follows the try/test verb (or the level named after it). Not a place of the change ("not tried yet on node 2" still says the
 * level was not raised there).
 */
const TRY_VERB = /(?<![a-z])(?:tried|try|trying|tested|test|testing|attempted|untried|untested)(?![a-z])/i;
const TEST_OBJECT = new RegExp(
  String.raw`^\s?(?:(?:yet|so\sfar|it|this|that|${MH_EN})\s){0,3}(?:with|against|using|via|from|in\s(?:production|prod|live|the\sfield|anger)|on\s(?:the\s|our\s|my\s|any\s|all\s|those\s|these\s|a\s)?(?:polycom|hdx|mxp|endpoint|codec|unit|device|system|room|sx\d|mx\d|ex\d|c\d0|dx\d|tandberg|cisco|real\s))`,
  'i',
);
/** "…, but it is set", "it's already set", "set, not yet tested": the level said set in the same sentence. */
const SET_SAID = /(?<![a-z])(?:it|that|this|level|setting|mediumhigh|medium[\s_-]high)(?:'s|\sis|\shas\sbeen|\swas|\sis\snow|\sis\salready)\s(?:already\s|now\s|only\s|definitely\s)?(?:set|enabled|applied|configured|in\splace)(?![a-z])|(?<![a-z])already\s(?:set|applied|configured)(?![a-z])|(?<![a-z])(?:medium|med)[\s_-]?high\s(?:is\s)?(?:set|applied|configured|enabled)\s?[,;:]/i;

/** The level said set in the sentence ("…, but it is set", "Medium-High is set, …"). */
export function levelSaidSet(sentence: string): boolean {
  return SET_SAID.test(sentence);
}

/** A test of the level not done, the level itself said set or tested against something: no report that it was not raised. */
export function levelTestNotDone(matched: string, rest: string, sentence: string): boolean {
  if (SET_SAID.test(sentence)) return true;
  if (!TRY_VERB.test(matched)) return false;
  // (After "tested Medium-High", or after "Medium-High not yet tested".)
  return TEST_OBJECT.test(rest.slice(0, 80)) || TEST_OBJECT.test(matched.replace(/^.*?(?:tried|try|tested|test|attempted)\s/i, ''));
}

/**
 * What a "not raised to Medium-High" statement says of the level: 'medium' (not raised, TMS's default), the other level
 * stated beside it ("we haven't set Medium-High, we set High": 'high'), 'medium-high' when the change is reported made
 * after all (「…していませんでしたが、昨日変更しました」), or null (no such statement, or a question).
 */
export function levelBesideNotRaised(text: string): SecurityLevel | null {
  const s = text.slice(0, 4000);
  // Cheap test first: Medium-High named.
  if (!/high|ハイ/i.test(s)) return null;
  const m = NOT_RAISED_JA.exec(s) ?? NOT_DONE_JA.exec(s) ?? NOT_RAISED_EN.map((re) => re.exec(s)).find((x) => x) ?? null;
  if (!m) return null;
  // ("haven't we set Medium-High yet?", 「まだMedium-Highにしていないのですか？」: a question, not a statement.)
  const rest = s.slice(m.index + m[0].length);
  const end = rest.search(/[.。!！?？\n]/);
  if (end >= 0 && /[?？]/.test(rest[end])) return null;
  // ("Medium-High not yet tested with the HDX", "… tested Medium-High with our Polycoms yet but it is set": the test, not the level.)
  const from = Math.max(s.slice(0, m.index).search(/[^.。!！?？\n]*$/), 0);
  if (levelTestNotDone(m[0], rest, s.slice(from, m.index + m[0].length + (end >= 0 ? end : rest.length)))) return null;
  // Another level stated as the current one: that level.
  const around = s.slice(0, m.index) + ' / ' + rest;
  const other = OTHER_LEVEL_EN.exec(around) ?? OTHER_LEVEL_JA.exec(around);
  if (other) return /^(?:high|ハイ)$/i.test(other[1] ?? other[2] ?? '') ? 'high' : 'low';
  // The change reported as made after all.
  if (CHANGED_AFTER.test(rest.slice(0, 200))) return 'medium-high';
  return 'medium';
}

