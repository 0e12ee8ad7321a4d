/**
 * A question about the fix failing after a change not made yet (REV21-a #4): "after we set Medium-High and reboot, why would it still
 * fail?", "if we set Medium-High and it still fails, what then?", 「Medium-High にして再起動した後でも失敗するとしたら、なぜですか？」. The
 * level in it is supposed, not set: nothing to record; the question is what else must be right. Not a report ("we set Medium-High and
 * rebooted, why is it still failing?", 「Medium-High にして再起動しましたが、まだ失敗します。なぜですか？」: the level is set). Pure;
 * bounded input; a cheap word test first.
 */
import { nfkc } from '../nfkc';

const GATE = /high|ハイ/i;
/** A failure word, or the JA failure stems: the rest runs only with one. */
const FAIL_GATE = /fail|work|https|wrong|失敗|直ら|治ら|エラー|でき|つなが|繋が/i;
const HI = String.raw`(?:the\s)?(?:medium[\s_-]?high|high)(?![a-z])`;
/** The change supposed: "if we set (it to) Medium-High", "once we've switched TMS to High", "after setting Medium-High", "after the change to Medium-High". */
const CHANGE_EN = String.raw`(?:(?:we|i|you|they)\s(?:(?:have|['’]ve|had|['’]d|do|did|will|would|could|can)\s)?(?:(?:also|finally|then|just)\s)?(?:set|change|switch|raise|move|put|go|bump|flip)\w*\s(?:(?:it|tms|the\s(?:security\s)?level|communication\ssecurity|over|up)\s){0,2}(?:(?:to|at|on)\s)?|(?:setting|changing|switching|raising|moving|going)\s(?:(?:it|tms|the\slevel)\s)?(?:to\s)?|(?:the\s)?(?:change|switch|move)\sto\s|)${HI}`;
/** "if …" supposes whatever follows; "after/once/when …" only with a modal in the failure ("why would it still fail"). */
const IF_LEAD = new RegExp(String.raw`(?<![a-z])(?:if|even\sif|suppose|supposing|say|assuming|what\sif)\s${CHANGE_EN}`, 'i');
const AFTER_LEAD = new RegExp(
  String.raw`(?<![a-z])(?:after|once|when|as\ssoon\sas|even\safter|even\swhen)\s${CHANGE_EN}` +
    // "we'll set Medium-High and reboot, why would it still fail?": a plan, then the question
    String.raw`|^\s*(?:we|i)(?:['’]ll|\swill)\s(?:(?:then|just|also|first)\s)?(?:set|change|switch|raise|move|put|go|bump)\w*\s(?:(?:it|tms|the\slevel|communication\ssecurity|over|up)\s){0,2}(?:(?:to|at|on)\s)?${HI}`,
  'i',
);
/** The fix still failing, asked: "why would it still fail", "it still doesn't work", "what else could make it fail". */
const STILL_FAILS_EN =
  /(?<![a-z])still\s(?:be\s)?(?:fail\w*|not\swork\w*|broken|show\w*|get\w*|doesn['’]?t|won['’]?t|don['’]?t|isn['’]?t|have|has|be\sfailing)|(?<![a-z])why(?![a-z])[^.?!]{0,60}?(?:fail\w*|not\swork\w*|doesn['’]?t\swork|won['’]?t\swork|no\shttps\sresponse)|what\selse\s(?:could|would|might|can|should|must|do|to)/i;
/** Another concern of the change (Telnet/SNMP, SQL, other products): its own answer, not this one. */
const OTHER_CONCERN = /telnet|snmp|sql|hdx|mxp|polycom|expressway|vcs|meeting\sserver|conductor|certificate|証明書/i;
const MODAL_FAILS_EN =
  /(?<![a-z])(?:would|could|might|will|may|can|['’]d|['’]ll)\s(?:(?:it|they|tms|that|this|polling|the\s(?:endpoints?|codecs?|systems?|error|problem))\s)?(?:still\s)?(?:fail\w*|not\swork|be\sfailing|be\sbroken|break|show|go\swrong|happen)(?![a-z])|what\selse\s(?:could|would|might|can|should|must|do|to)/i;
const ASKS_EN = /[?]\s*$|^\s*(?:(?:and|but|so|ok(?:ay)?)[,\s]+)?(?:why|what|how|which|where|would|could|is|are|do|does)(?![a-z])/i;
/** A report inside: "we set Medium-High and rebooted, …", "it still fails", "Medium-High is set", "once we set Medium-High, it still failed". */
const REPORT_EN =
  /(?<![a-z])(?:rebooted|restarted|it\s(?:still\s)?fails|still\sfailing|is\sset|already|(?:it|they|polling|tms|that)\s(?:still\s)?failed|still\sfailed|still\s(?:did|does)(?:\snot|n['’]?t)\swork)(?![a-z])/i;
/**
 * A level reported set before the supposing part (REV22 #6): "Medium-High is set. What if we set High…", "we set Medium-High yesterday;
 * if we set High instead…", "TMS is at Medium-High, …". Not one asked or planned ("should we set Medium-High? if…", "we'll set…").
 */
const SET_BEFORE_EN = new RegExp(
  String.raw`(?:(?<![a-z])${HI}\s(?:is|was|has\sbeen)\s(?:already\s|now\s)?(?:set|saved|applied|enabled|active|in\splace|on|done)(?![a-z])` +
    String.raw`|(?<![a-z])(?:is|are|was|were|['’]s|['’]re)\s(?:already\s|now\s)?(?:set\s)?(?:at|on|to)\s${HI}` +
    String.raw`|(?<!(?:should|shall|could|would|can|will|do|did|if|when|once|after|before|to|and)\s)(?<![a-z])(?:we|i|they)\s(?:(?:have|['’]ve|had|already|just|also|finally)\s){0,2}(?:set|changed|switched|raised|moved|put|bumped)\s(?:(?:it|tms|the\s(?:security\s)?level|communication\ssecurity)\s){0,2}(?:(?:to|at|on)\s)?${HI})` +
    // (not asked: "is it at Medium-High? if…")
    String.raw`(?![^.;!?]{0,40}\?)`,
  'i',
);
const LEVEL_JA = String.raw`(?:medium[\s_-]?high|high|ミディアム[\s・ー-]?ハイ|ハイ)`;
/** 「Medium-High にして…後でも失敗するとしたら」「Medium-High にしても直らない場合」「Medium-High に変更してもエラーになったら」 */
const SUPPOSED_JA = new RegExp(
  String.raw`${LEVEL_JA}\s?(?:に|へ)\s?(?:し|上げ|変え|変更し|設定し|切り替え)(?:て|た)[^。？?!！]{0,40}?(?:ても|でも)[^。？?!！]{0,30}?(?:失敗|直らな|治らな|エラー|接続でき(?:な|ず)|no\shttps|つながらな|繋がらな)[^。？?!！]{0,12}?(?:としたら|とすれば|とすると|場合|なら|たら)`,
  'i',
);
/** 「Medium-High に設定済みです。」「昨日 Medium-High にしました。」: a level reported set in a sentence of its own before the supposing one. */
const SET_BEFORE_JA = new RegExp(String.raw`${LEVEL_JA}\s?(?:に|へ)\s?(?:設定済み|変更済み|しました|設定しました|変更しました|切り替えました|上げました|なっています|してあります|しています)`, 'i');

const ASKS_JA = /(?:か|の)\s*[?？]?\s*$|[?？]\s*$|なぜ|何|どこ|どう/;

/** Does the message ask why the fix would fail after a level change it only supposes? */
export function supposedChangeFailingIn(text: string): boolean {
  if (text.length > 300 || !GATE.test(text) || !FAIL_GATE.test(text)) return false;
  const t = nfkc(text).toLowerCase();
  if (OTHER_CONCERN.test(t)) return false;
  const ja = SUPPOSED_JA.exec(t);
  if (ja) return ASKS_JA.test(t) && !SET_BEFORE_JA.test(t.slice(0, ja.index));
  if (!ASKS_EN.test(t) || !STILL_FAILS_EN.test(t)) return false;
  // (A level reported before the supposing part is recorded as usual: "Medium-High is set. What if we set High…?", REV22 #6.)
  const lead = IF_LEAD.exec(t);
  if (lead) return !SET_BEFORE_EN.test(t.slice(0, lead.index));
  const after = AFTER_LEAD.exec(t);
  return !!after && MODAL_FAILS_EN.test(t) && !REPORT_EN.test(t) && !SET_BEFORE_EN.test(t.slice(0, after.index));
}
