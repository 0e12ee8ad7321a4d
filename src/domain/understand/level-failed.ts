/**
 * A change to Medium-High (or High) said to have failed, not made (REV21-a #5): "Medium-High didn't save", "setting Medium-High
 * failed with an error", "Medium-High on tms01 didn't save", "couldn't change it to Medium-High", 「Medium-High が保存できません」
 * 「Medium-High に変更できませんでした」「Medium-High の保存に失敗しました」. Nothing was set: no level to record. Not a failure after
 * the change ("Medium-High didn't help", "set Medium-High, polling still fails", 「Medium-High にしても接続できません」: the level is
 * set and something else fails), nor a question or a condition ("what if Medium-High doesn't save?", 「保存できなかったら？」).
 * Pure; bounded input; a cheap word test first.
 */
import { nfkc } from '../nfkc';
import { NODE_HOST } from './node-level';

/** The level aimed at. */
const HI = String.raw`(?:medium[\s_-]?high|high|ミディアム[\s・ー-]?ハイ|ハイ)`;
/** What the level is set on: "to the TMS", "to the server", "to it", "to tms01" (not the endpoints or anything else). */
const ON_TMS = String.raw`(?:(?:the|our|this|that)\s)?(?:tms(?:\sserver)?|server|it|node|tms\d{1,2}|tms-?\d{1,2})(?![a-z])`;
/** One of these must be in the text (and a level name) before the patterns run. */
const GATE = /fail|error|save|stick|apply|take|took|反映|適用|n['’]?t|not|unable|cannot|できな|できませ|できず|られな|られませ|られず|失敗|エラー/i;
const HAS_LEVEL = /high|ハイ/i;

const FAILED_EN = new RegExp(
  [
    // "Medium-High didn't save", "Medium-High on tms01 didn't save", "medium high won't stick", "High doesn't apply"
    // (not "didn't apply to the endpoints": set, and the endpoints still fail; REV22 #7)
    // ("didn't apply to the TMS", "to the server", "to it": the TMS is where the level is set, so it did not take; REV23 #7)
    String.raw`(?<![a-z])${HI}(?:\s(?:setting|level|change))?(?:\s(?:on|in|for)\s[a-z0-9-]{1,30})?\s(?:(?:did|does|would|will|could)(?:\snot|n['’]?t)|won['’]?t|never)\s(?:get\s)?(?:save|saved|stick|(?:apply|applied)(?!\s(?:to|for)\s(?!${ON_TMS})|\son\s(?:the\s|our\s|any\s)?(?:endpoints?|codecs?|systems?|devices?)))(?![a-z])`,
    // "setting Medium-High failed with an error", "the change to Medium-High gave an error", "saving Medium-High errored"
    String.raw`(?<![a-z])(?:setting|changing|switching|saving|raising|moving|applying|(?:the\s)?(?:change|switch|move)\sto)\s(?:(?:it|tms|the\slevel|communication\ssecurity)\s)?(?:to\s)?(?:the\s)?${HI}(?:\s(?:on|in|for)\s[a-z0-9-]{1,30})?\s(?:(?:failed|fails)(?!\sto\s(?!save|stick|apply|take))|errored|errors|(?:gave|gives|threw|throws|returned|returns|showed|shows)\s(?:an?\s|me\san?\s)?error)(?![a-z])`,
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
    // (not 「Medium-High 設定でエラーは解消されませんでした」: set, the error still there; REV22 #7)
    String.raw`${HI}\s?(?:が|を|は|の)?\s?(?:保存|設定|選択|変更|適用)(?:でき(?:ません|なかった|ない|ず)|され(?:ません|なかった|ない|ず)|に失敗|が失敗|がエラー|でエラー(?!\s?(?:は|が)?\s?(?:解消|消え|直|治|なくな|変わ|残))|時にエラー)`,
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

/**
 * "Medium-High didn't apply, they still fail": the level set and the endpoints still failing, not a save that failed (REV22 #7).
 * (Only when no save word or error is said: "didn't apply, Save gave an error" is still a failed save.)
 */
const APPLY_STILL_FAILS = /(?<![a-z])(?:apply|applied)(?![a-z])(?!\s(?:yet|at\sall))[^.;]{0,80}?(?<![a-z])still\s(?:fail|not\swork|does|do|broken|show|get)/i;
const SAVE_WORD = /sav|stick|error|保存|エラー/i;

/**
 * "Medium-High didn't apply to the endpoints, Save gave an error": the level said not to have applied, and an error on Save or the
 * page still at the old level in the same message (REV23 #7): a save that failed, whatever it was said not to apply to.
 */
const NOT_APPLIED = new RegExp(String.raw`(?<![a-z])${HI}(?:\s(?:setting|level|change))?\s(?:did(?:\snot|n['’]?t)|does(?:\snot|n['’]?t)|never)\s(?:get\s)?(?:apply|applied|take|took)(?![a-z])`, 'i');
const SAVE_ERROR =
  /(?<![a-z])(?:the\s)?(?:save|saving)\s(?:button\s)?(?:failed|errored|(?:gave|gives|threw|throws|returned|returns|showed|shows)\s(?:an?\s|me\san?\s)?error)|(?<![a-z])(?:an?\s)?error\s(?:on|when|while|after)\s(?:sav|click)|(?<![a-z])(?:page|dropdown|setting|it)\s(?:still\s)?(?:shows|says|is\s(?:at|on|back\sat)|reverted\sto|went\sback\sto)\s(?:still\s)?(?:low|medium)(?![\s_-]?high)(?![a-z])/i;

/** 「Medium-High が TMS に反映されず、保存時にエラーが出ました」「Medium-High が反映されません。画面はまだ Medium のままです」 (REV23 #7). */
const NOT_APPLIED_JA = new RegExp(String.raw`${HI}\s?(?:が|は)?\s?(?:(?:tms|サーバー?)\s?(?:に|で|へ)\s?)?(?:反映|適用)(?:されず|されません|されなかった|されていな|されてい?ません)`, 'i');
const SAVE_ERROR_JA = /(?:保存|save)\s?(?:時|する?と|の際|の時)?\s?(?:に|で)?\s?エラー(?:が|に)?\s?(?:出|な|表示)|(?:画面|表示|設定|ドロップダウン)\s?(?:は|が|も)?\s?(?:まだ\s?)?(?:low|medium)(?![\s_-]?high)\s?(?:の)?まま/i;

/** The failure pattern alone (the extractor's guard on one clause: a condition there is read as such already). */
export function failedLevelChange(clause: string): boolean {
  if (!HAS_LEVEL.test(clause) || !GATE.test(clause)) return false;
  const t = nfkc(clause.slice(0, 300)).toLowerCase();
  if (FAILED_JA.test(t)) return true;
  if (/appl|take|took/.test(t) && NOT_APPLIED.test(t) && SAVE_ERROR.test(t)) return true;
  if (/反映|適用/.test(t) && NOT_APPLIED_JA.test(t) && SAVE_ERROR_JA.test(t)) return true;
  return FAILED_EN.test(t) && !appliedStillFailing(t);
}

/** "Medium-High didn't apply to the endpoints, they still fail": set, still failing (not a save that failed); REV22 #7. */
export function appliedStillFailing(text: string): boolean {
  if (!/appl/i.test(text)) return false;
  const t = text.slice(0, 300).toLowerCase();
  return (/(?<![a-z])(?:apply|applied)\s(?:to|for)\s|(?<![a-z])(?:apply|applied)\son\s(?:the\s|our\s|any\s)?(?:endpoints?|codecs?|systems?|devices?)/.test(t) || APPLY_STILL_FAILS.test(t)) && !SAVE_WORD.test(t);
}

/** One node by name: "node 2", "the other node", "the second TMS server", a host name ("tms02"), 「2号機」「もう片方のノード」. */
const NODE_EN = String.raw`(?:(?:the\s)?(?:other|first|second|1st|2nd|primary|secondary|standby|passive|active|backup)\s(?:tms\s)?(?:node|server)|(?:tms\s)?node\s?(?:[12ab]|one|two)(?![a-z0-9])|${NODE_HOST})`;
const NODE_JA = String.raw`(?:(?:もう片方|片方|もう一方|プライマリ|セカンダリ|待機系|稼働系)(?:の\s?(?:ノード|サーバー?|tms))?|(?<![\d.])[12一二]\s?(?:号機|台目)|(?:ノード|node)\s?[12ab]|${NODE_HOST})`;
const NODE_NAMED = new RegExp(`(?<![a-z0-9])${NODE_EN}|${NODE_JA}`, 'i');
/** The other node said fine: "node 1 is fine", "tms01 saved fine", "node 1 is at Medium-High", 「1号機は大丈夫です」「1号機は保存できました」. */
const NODE_OK = new RegExp(
  String.raw`^\s*(?:(?:and|while|whereas|but)\s)?(?:(?:on\s)?(${NODE_EN})\s(?:is|was|looks|seems|went)\s(?:(?:all\s)?(?:fine|ok|okay|good|done|saved)|(?:set\s)?(?:to\s|at\s|on\s)?medium[\s_-]?high)|(?:on\s)?(${NODE_EN})\s(?:saved|worked|took\sit|is\sfine)(?:\sfine|\sok|\sokay)?|(?:it\s)?(?:saved|worked)\s(?:fine\s)?on\s(${NODE_EN}))(?![a-z])[\s.!]*$` +
    String.raw`|^\s*(${NODE_JA})\s?(?:は|の方は|のほうは|では)\s?(?:大丈夫|問題(?:なし|ない|ありません)|ok|保存でき(?:まし)?た|(?:medium[\s_-]?high|ミディアム\s?ハイ)\s?(?:です|になっています|になりました))`,
  'i',
);
const PART_SPLIT = /[,;、；。]|\.(?!\d)|\s(?:but|and|while|whereas)\s|(?:が|けど|けれど)、|ですが/i;

/**
 * The change said to have failed on one node and to be fine on another (REV22 #7): "Medium-High didn't save on node 2 but node 1
 * is fine", 「2号機では Medium-High が保存できませんでしたが、1号機は大丈夫です」. The node names as written (lower case), or null.
 * Only a report (not a question or a condition); bounded input.
 */
export function levelFailedOnOneNode(text: string): { failed: string; ok: string } | null {
  if (text.length > 300 || !HAS_LEVEL.test(text) || !GATE.test(text) || !/node|server|tms|\d|号機|台目|片方|一方|ノード|プライマリ|セカンダリ|系/i.test(text)) return null;
  const t = nfkc(text).toLowerCase();
  if (NOT_A_REPORT.test(t)) return null;
  let failed = '';
  let ok = '';
  for (const part of t.split(PART_SPLIT)) {
    if (!part.trim()) continue;
    if (!failed && failedLevelChange(part)) {
      const m = NODE_NAMED.exec(part);
      if (!m) return null;
      failed = m[0].replace(/^the\s/, '').replace(/\s+/g, ' ').trim();
      continue;
    }
    const m = NODE_OK.exec(part);
    if (m && !ok) ok = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').replace(/^the\s/, '').replace(/\s+/g, ' ').trim();
  }
  return failed && ok && failed !== ok ? { failed, ok } : null;
}

/** Does the message report that a change to Medium-High or High failed (so the level was not set)? */
export function levelChangeFailedIn(text: string): boolean {
  if (text.length > 300 || !failedLevelChange(text)) return false;
  // (Failed on one node, fine on the other: that node only; levelFailedOnOneNode.)
  return !NOT_A_REPORT.test(nfkc(text).toLowerCase()) && !levelFailedOnOneNode(text);
}

/**
 * "didn't apply to the endpoints, Save gave an error", "Save gave an error", 「エンドポイントに反映されず、保存時にエラーが出ました」 with
 * no level named (REV24 #5): the Save in TMS Tools failed, so the change it was for (Medium-High) was not made. Not a question or a
 * condition ("what if Save gives an error?", 「保存でエラーになったら？」).
 */
export function saveFailedNoLevel(text: string): boolean {
  if (text.length > 300 || HAS_LEVEL.test(text)) return false;
  const t = nfkc(text).toLowerCase();
  if (!/sav|保存|save/.test(t) || NOT_A_REPORT.test(t) || /[?？]/.test(t)) return false;
  return SAVE_ERROR.test(t) || SAVE_ERROR_JA.test(t);
}
