/**
 * A change to Medium-High (or High) said to have failed, not made (REV21-a #5): "Medium-High didn't save", "setting Medium-High
 * failed with an error", "Medium-High on tms01 didn't save", "couldn't change it to Medium-High", 「Medium-High が保存できません」
 * 「Medium-High に変更できませんでした」「Medium-High の保存に失敗しました」. Nothing was set: no level to record. Not a failure after
 * the change ("Medium-High didn't help", "set Medium-High, polling still fails", 「Medium-High にしても接続できません」: the level is
 * set and something else fails), nor a question or a condition ("what if Medium-High doesn't save?", 「保存できなかったら？」).
 * Pure; bounded input; a cheap word test first.
 */
import { nfkc } from '../nfkc';

/** The level aimed at. */
const HI = String.raw`(?:medium[\s_-]?high|high|ミディアム[\s・ー-]?ハイ|ハイ)`;
/** One of these must be in the text (and a level name) before the patterns run. */
const GATE = /fail|error|save|stick|apply|n['’]?t|not|unable|cannot|できな|できませ|できず|られな|られませ|られず|失敗|エラー/i;
const HAS_LEVEL = /high|ハイ/i;

const FAILED_EN = new RegExp(
  [
    // "Medium-High didn't save", "Medium-High on tms01 didn't save", "medium high won't stick", "High doesn't apply"
    String.raw`(?<![a-z])${HI}(?:\s(?:setting|level|change))?(?:\s(?:on|in|for)\s[a-z0-9-]{1,30})?\s(?:(?:did|does|would|will|could)(?:\snot|n['’]?t)|won['’]?t|never)\s(?:get\s)?(?:save|saved|stick|apply|applied)(?![a-z])`,
    // "setting Medium-High failed with an error", "the change to Medium-High gave an error", "saving Medium-High errored"
    String.raw`(?<![a-z])(?:setting|changing|switching|saving|raising|moving|applying|(?:the\s)?(?:change|switch|move)\sto)\s(?:(?:it|tms|the\slevel|communication\ssecurity)\s)?(?:to\s)?(?:the\s)?${HI}(?:\s(?:on|in|for)\s[a-z0-9-]{1,30})?\s(?:failed|fails|errored|errors|(?:gave|gives|threw|throws|returned|returns|showed|shows)\s(?:an?\s|me\san?\s)?error)(?![a-z])`,
    // "couldn't set it to Medium-High", "unable to save Medium-High", "failed to change the level to High", "can't select Medium-High"
    String.raw`(?<![a-z])(?:could(?:\snot|n['’]?t)|unable\sto|failed\sto|can['’]?t|cannot|can\snot)\s(?:save|set|change|switch|apply|select|raise|move)\s(?:(?:it|tms|the\slevel|communication\ssecurity)\s)?(?:to\s)?(?:the\s)?${HI}(?![a-z])`,
    // "Medium-High: save failed", "Medium-High, the save gave an error"
    String.raw`(?<![a-z])${HI}[\s,:;-]{1,4}(?:the\s)?(?:save|saving)\s(?:failed|errored|(?:gave|threw|returned)\s(?:an?\s)?error)(?![a-z])`,
  ].join('|'),
  'i',
);
const FAILED_JA = new RegExp(
  [
    // 「Medium-High が保存できません」「Medium-High を選択できない」「Medium-High の保存に失敗」「Medium-High の設定がエラーになる」
    String.raw`${HI}\s?(?:が|を|は|の)?\s?(?:保存|設定|選択|変更|適用)(?:でき(?:ません|なかった|ない|ず)|され(?:ません|なかった|ない|ず)|に失敗|が失敗|がエラー|でエラー|時にエラー)`,
    // 「Medium-High に変更できませんでした」「Medium-High にできない」「Medium-High に切り替えられません」「Medium-High への変更に失敗」
    String.raw`${HI}\s?(?:に|へ)\s?(?:変更|設定|切り替え|変え|上げ|し)?(?:でき(?:ません|なかった|ない|ず)|られ(?:ません|なかった|ない|ず))`,
    String.raw`${HI}\s?(?:へ|に)の?\s?(?:変更|保存|設定|切り替え)(?:に|が|は)\s?(?:失敗|エラー)`,
  ].join('|'),
  'i',
);
/**
 * A condition or a question about the change: "what if Medium-High doesn't save", "did Medium-High not save?", 「保存できなかったら」
 * 「保存できない場合は」「Medium-High に変更できませんか？」. ("Medium-High didn't save, what now?" reports, then asks.)
 */
const NOT_A_REPORT =
  /(?<![a-z])(?:if|whether|in\scase|unless|suppose|supposing)(?![a-z])|^\s*(?:(?:and|but|so|ok(?:ay)?)[,\s]+)?(?:did|does|do|will|would|can|could|why|is|was|what|how)(?![a-z])|たら|れば|場合|とした|(?:ません|ない|なかった)(?:の)?(?:です|でしょう)?か\s*[?？]?\s*$/i;

/** The failure pattern alone (the extractor's guard on one clause: a condition there is read as such already). */
export function failedLevelChange(clause: string): boolean {
  if (!HAS_LEVEL.test(clause) || !GATE.test(clause)) return false;
  const t = nfkc(clause.slice(0, 300)).toLowerCase();
  return FAILED_EN.test(t) || FAILED_JA.test(t);
}

/** Does the message report that a change to Medium-High or High failed (so the level was not set)? */
export function levelChangeFailedIn(text: string): boolean {
  if (text.length > 300 || !failedLevelChange(text)) return false;
  return !NOT_A_REPORT.test(nfkc(text).toLowerCase());
}
