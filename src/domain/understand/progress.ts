/**
 * A step of the fix reported done in words, not by its number: "I set Medium-High", "changed it to
 * Medium-High in TMS Tools", "TMS Tools saved", "did the registry, rebooting now", "done with the
 * registry", "lowered to Medium-High" (from High), 「Medium-High に変更して保存しました」「Medium-Highにして再起動しました」
 * 「Medium-Highに下げました」「TMS Tools で保存しました」「レジストリを設定しました」.
 *
 * Progress, not a premise: "the level is already Medium-High", "I set it to Medium-High last year",
 * "we've been on Medium-High since 2020" say how things were before the incident (the existing
 * "already at Medium-High" reading); a question or a plan ("should I set Medium-High?", "will set it
 * tonight", 「Medium-High に変更してもいいですか」) reports nothing; "I set Medium-High but it still fails"
 * is a failure report, left to the still-failing reading.
 * Pure, total; the cheap test first.
 */

import { markNamedNodes, namesOneNode } from './node-level';
import { foundThenFixed, KEYS_ABSENT, KEYS_CHANGE_VERB } from './tls-claims';
import { withoutAsPlannedDone } from './step-list-framed';
import { groupedByFirstLetter } from './first-letter';

/** 「1台目は」「2台目で」: one of the two TMS servers (node-level.ts reads 「1台目のノード」; the short form is enough in a step report). */
const NTH_UNIT_JA = /[12一二]\s?台目\s?(?:は|で|の|だけ|のみ)/;

export interface FixProgress {
  /** Communication Security set to Medium-High (and saved) in TMS Tools. */
  level?: true;
  /** The Schannel registry step done (keys checked, created or imported). */
  registry?: true;
  /** The server rebooted, or IIS and the TMS services restarted, after the change. */
  restarted?: true;
  /**
   * The only restart said is IIS's ("only ran iisreset", "restarted IIS", 「iisresetしただけ」「IISを再起動しました」): the TMS
   * services (TMSDatabaseScannerService and the others) still run with the old setting (knowledge.md, Fix step 6).
   */
  iisOnly?: true;
  /** A reboot under way ("rebooting now", 「再起動中です」): not done yet. */
  rebooting?: true;
  /** With `registry`: the keys were changed, not only checked ("the keys are fixed now", 「キーを修正しました」). */
  keysChanged?: true;
  /** With `registry`: the keys were checked and nothing changed ("keys checked, nothing changed", 「確認済みで正しい（変更なし）」). */
  keysUnchanged?: true;
  /** Done on one node of a redundant pair ("Medium-High on node 1 done", 「1台目はMedium-Highにしました」): the other is left. */
  oneNode?: true;
}

/** The registry step said as keys corrected (not checked, nor the step as given: "created", "imported" are decided by the facts, step-done.ts). */
const KEYS_CHANGED_WORD = /(?<![a-z])(?:fixed|corrected|changed)(?![a-z])|修正|直し|変更/;
/** …but not "nothing changed", "no changes", 「変更なし」「何も変更していません」 (checked and right: no reboot is due). */
const NOTHING_CHANGED_WORD = /(?<![a-z])(?:nothing|no)\s(?:was\s|were\s)?(?:changed|changes?|to\schange)(?![a-z])|(?:n't|(?<![a-z])not)\s(?:need\sto\s|have\sto\s)?change|変更\s?(?:なし|無し|不要|はなし|はありません)|(?:何も|なにも)\s?(?:変更|修正)|(?:変更|修正)(?:して(?:い)?(?:ない|ません)|せず)/i;

const MAY = groupedByFirstLetter(/medium|tms\s?tools|regist|\.reg|reg\s?file|keys?|schannel|reboot|restart|iisreset|保存|レジストリ|キー|再起動/i);

const LEVEL_EN =
  /(?<![a-z])(?:(?:set|changed|switched|raised|moved|bumped|put|updated|flipped|lowered|dropped|reduced)\s(?:it|the\slevel|the\ssetting|communication\ssecurity|the\scommunication\ssecurity(?:\slevel)?|(?:the\s)?security(?:\slevel)?|tms)?\s?(?:to\s)?(?:medium|med|mid)[\s_-]?high|(?:medium|med|mid)[\s_-]?high\s(?:on\s(?:node\s?(?:[12ab]|one|two)|(?:the\s)?(?:first|primary|second|secondary|other)\snode|tms0?[12])\s)?(?:is\s)?(?:set|saved|done|applied)(?![a-z])|(?:saved|applied)\s(?:it\s|the\schange\s|the\ssetting\s|medium[\s-]?high\s)?in\s(?:the\s)?tms\s?tools|tms\s?tools\s(?:is\s|are\s|change\s|setting\s)?(?:saved|done|changed|set)(?![a-z])|done\swith\s(?:the\s)?tms\s?tools)/;
const LEVEL_JA = /(?:medium[\s-]?high|ミディアム\s?ハイ)\s?(?:に|へ)\s?(?:変更|設定|変え|上げ|下げ)(?:し(?!ます|よう)|て|まし(?!ょう))|(?:medium[\s-]?high|ミディアム\s?ハイ)\s?に\s?(?:しといた|しておいた|しておきました|しました|した(?:よ|。|$|だけ)|して(?!も)(?=[^。！？?\n]{0,30}(?:ました|済み(?:です)?|完了(?:しました)?|しただけ(?:です)?)[。!！\s]*$))|tms\s?tools\s?(?:で|の設定を|を)?\s?(?:保存|変更|設定)(?:し|済|完了)|(?:medium[\s-]?high|ミディアム\s?ハイ)\s?(?:の|へ(?:の)?)?\s?(?:設定|変更)(?:済み?|完了|しました|[、,]|。|$)/;

const REGISTRY_EN =
  /(?<![a-z])(?:(?:did|done\swith|finished(?:\swith)?|completed|applied|imported|ran|merged|made|created|added|set|fixed|changed|checked)\s(?:the\s)?(?:registry|reg\s?file|\.reg(?:\sfile)?|(?:schannel|tls\s?1\.2|registry)\s(?:keys|change|step|settings)|keys)|(?:registry|\.reg|reg\sfile|registry\s(?:keys|change|step))\s(?:is\s|are\s)?(?:done|imported|applied|in\splace|set|added|created)(?![a-z])|(?:the|our|all\sthe|both)\s(?:(?:tls\s?1\.2|schannel|registry|client|server)\s)*(?:keys|values)\s(?:are|were|have\sbeen)\s(?:now\s|all\s)?(?:fixed|corrected|changed|created|added|in\splace)(?![a-z]))/;
const REGISTRY_JA = /(?:レジストリ|\.reg|キー)[^。！？?\n]{0,12}?(?:変更|設定|適用|追加|作成|インポート|取り込み|確認|修正|直)(?:しました|済み|完了|が終わ|は終わ|して(?=[^。！？?\n]{0,30}ました))|(?:レジストリ|\.reg)[^。！？?\n]{0,8}?(?:終わりました|完了しました|済みです)/;

const RESTARTED_EN =
  /(?<![a-z])(?:(?:restarted|bounced|recycled)\s(?:the\s|all\s(?:the\s)?|every\s)?(?:tms\s|iis\s(?:and\s(?:the\s)?(?:tms\s)?)?)?(?:services?|iis|server|box|tms)|(?:rebooted|restarted)(?!\s(?:the\s)?(?:endpoints?|codecs?|room\s?kits?|sx\d+))|(?:ran|did)\s(?:an\s)?iisreset|iisreset\s(?:done|ran)|(?:server|services|box)\s(?:is\s|are\s|was\s|were\s)?(?:restarted|rebooted)|(?:it'?s|server\sis)\sback\sup)(?![a-z])/;
const RESTARTED_JA = /(?:サーバ|サーバー|サービス|iis|tms)[^。！？?\n]{0,10}?再起動\s?(?:は\s?)?(?:しました|済み|完了|が終わ|終わり)|再起動(?:しました|済みです|が完了|は完了)/;

/** IIS restarted by name: iisreset, "restarted IIS (only)", 「IISを再起動」 (not "IIS and the TMS services"). */
const IIS_RESTART_EN = /(?<![a-z])(?:(?:ran|did|done)\s(?:an\s|the\s)?iisreset|iisreset(?:\s(?:done|ran|only))?|(?:restarted|bounced|recycled)\s(?:the\s)?iis(?!\s?crypto)(?:\s(?:only|alone))?)(?![a-z])/g;
const IIS_RESTART_JA = /iis\s?reset|iis\s?(?:を|だけ|のみ)?\s?(?:再起動|リセット)/g;
/** Any other restart in what is left: the services, the server, a reboot. */
const OTHER_RESTART = /reboot|restart|bounced|recycled|services?|再起動|リブート|サービス/;

const REBOOTING_EN = /(?<![a-z])(?:rebooting|restarting)\s(?:it\s|the\s(?:server|box)\s)?(?:now|as\swe\sspeak)|(?:reboot|restart)\s(?:is\s)?(?:in\sprogress|under\sway|running)|(?:will|going\sto|about\sto)\sreboot\snow/;
const REBOOTING_JA = /再起動(?:中|しています|しているところ)|これから再起動(?:します|する)?/;

/**
 * A confident lead before the report: "We should be fine: set Medium-High, created the keys and rebooted", "it should be good now -
 * …" (FIX20A #2). Its "should" hopes for the result; it is no plan or question of the steps after it, which are read without it.
 * Only with its punctuation: "we should be fine if we set Medium-High" keeps its "if".
 */
const CONFIDENT_LEAD =
  /^\s*(?:(?:ok(?:ay)?|so|well|right)[,\s]+)?(?:we|it|that|this|everything|all|things|you)\s(?:should|ought\sto)\sbe\s(?:fine|good|ok(?:ay)?|sorted|all\sset|set|covered|done)(?:\snow)?\s?[:;,.–—-]\s*/;

/** How things were before, not a step just done: "already", "last year", "since 2020", 「以前から」. */
const PREMISE = /(?<![a-z])(?:already|always|last\s(?:year|month|week|time)|years?\sago|months?\sago|long\sago|since\s(?:\d|then|the\sinstall|install|day\sone|ever)|from\sthe\sstart|before\s(?:the|this)\s(?:upgrade|incident|issue))(?![a-z])|すでに|既に|もともと|元々|以前から|前から|昨年|去年/;
/** A question, a plan, a condition, a failure after it: not a report of a step done. */
const NOT_PROGRESS =
  /[?？]|(?<![a-z])(?:if|should|shall|will(?!\sdo)|would|could|can\s(?:i|we)|do\s(?:i|we)|need\sto|going\sto|plan|tonight|tomorrow|later|still|not|no\s(?:change|luck|difference)|same\serror|but|however|fail\w*|again)(?![a-z])|n't(?![a-z])|'ll(?![a-z])|(?<![a-z])(?:please|pls|plz|kindly)(?![a-z])|(?:ください|下さい|お願い|まだ|でも|しかし|けど|ません|ない|ですか|ますか|でしょうか|予定|今夜|明日|場合|たら|れば|失敗|再発)/;
/**
 * A negation the words above miss ("TMS Tools saved nothing, the Save button is greyed out", "never
 * saved", "couldn't", "unable to save", "the window crashed", 「保存ボタンがグレーアウト」): nothing was done.
 */
const NEGATED =
  /(?<![a-z])(?:nothing|never|none|nobody|cannot|can\snot|unable|gr[ae]y(?:ed)?[\s-]?out|disabled\sbutton|crash\w*|error\w*|denied|refused|lost|revert\w*|undo|undone|rolled\sback|didnt|couldnt|wont|cant|havent|hasnt|wasnt|isnt)(?![a-z])|[a-z]n['’]t(?![a-z])|グレー|押せ|できず|できません|落ち|エラー/;

/**
 * The level said not saved after all: "not saved yet actually, the TMS Tools window crashed before I
 * clicked Save", "I haven't saved it", "TMS Tools saved nothing", 「まだ保存していません」「保存できませんでした」.
 * (Read only after a progress report recorded Medium-High: the engine decides.)
 */
const NOT_SAVED_EN =
  /(?:(?:(?<![a-z])not|(?<![a-z])never|n't)\s(?:been\s|actually\s|yet\s|really\s)?(?:saved|save|applied|apply|clicked\s(?:on\s)?save)|saved\snothing|nothing\s(?:was\s|got\s)?saved|(?:crash\w*|closed|froze|hung|died)\s(?:[^.!?\n]{0,30}\s)?before\s(?:i|we)\s(?:clicked|hit|pressed|could\s(?:click|save))|(?:save|saving)\s(?:button\s)?(?:is\s|was\s)?(?:gr[ae]y(?:ed)?[\s-]?out|disabled|failed)|(?:failed|unable)\sto\ssave|could(?:\snot|n't)\ssave)(?![a-z])/;
const NOT_SAVED_JA = /保存(?:は|を)?(?:まだ|して(?:い)?(?:ない|ません)|できて(?:い)?(?:ない|ません)|でき(?:ません|なかった|ず)|されて(?:い)?(?:ない|ません)|に失敗|前に)|まだ保存|保存ボタン[^。！？\n]{0,10}(?:グレー|押せ)/;

export function levelNotSavedIn(text: string): boolean {
  if (text.length > 300) return false;
  let t = text;
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  t = t.toLowerCase();
  if (/[?？]/.test(t)) return false;
  return NOT_SAVED_EN.test(t) || NOT_SAVED_JA.test(t);
}

/** A clause saying another step is not done yet: "TMS Tools not done yet", "reboot still pending", 「TMS Tools はまだです」. */
const STEP_NOT_YET =
  /(?:^|[,;、。]\s*)(?:(?:the\s)?(?:tms\s?tools|medium[\s-]?high|level|registry|reboot|restart)(?:\s(?:part|step|change))?\s(?:is\s|are\s)?(?:not\s(?:done\s|yet\s)?yet|not\sdone(?:\syet)?|still\spending|pending)|(?:tms\s?tools|medium[\s-]?high|レベル|レジストリ|再起動)\s?(?:は|の方は)\s?(?:まだ|未実施)(?:です|。|$)?)\s*(?=[,;、。]|$)/g;

/**
 * "It did not go to Medium-High automatically, I set it manually yesterday": the negation is of the level changing
 * by itself, and the clause after it is the step done; read as "i set it to medium-high".
 */
const NOT_BY_ITSELF_THEN_SET =
  /(?<![a-z])(?:did\snot|didn['’]t|does\snot|doesn['’]t|would\snot|wouldn['’]t|won['’]t)\s(?:go|switch|change|move|get\s(?:set|raised|changed))\s(?:to\s)?(?:medium|med|mid)[\s_-]?high\s(?:automatically|by\sitself|on\sits\sown)[\s,;.]*(?:so\s|and\s)?(?:i|we)\s(?:set|changed|switched|put|moved|raised)\s(?:it|the\slevel)(?:\s(?:manually|myself|ourselves|by\shand))?(?![a-z])/;

/**
 * Its Japanese form (R40B): 「自動ではMedium-Highにならなかったので手動で設定しました」「Medium-Highに自動で切り替わらなかったため、
 * 手動で変更しました」: read as 「medium-highに設定しました」.
 */
const NOT_BY_ITSELF_THEN_SET_JA =
  /(?:自動(?:で|的に)は?\s?(?:medium[\s_-]?high|ミディアム\s?ハイ)\s?(?:に|へ)|(?:medium[\s_-]?high|ミディアム\s?ハイ)\s?(?:に|へ)\s?(?:は)?\s?自動(?:で|的に)は?)\s?(?:なら|変わら|切り替わら|切り替えられ|上がら|変更され)(?:なかった|ず)(?:ので|ため|から)?[、,\s]*(?:(?:それで|なので)[、,\s]*)?(?:手動で|自分で|手で)\s?(?:設定|変更|切り替え|上げ)(?:しました|した|しておきました)/;

/** What the message says was just done of the fix, or null when it reports no step. */
export function fixProgressIn(text: string): FixProgress | null {
  if (text.length > 300 || !MAY.test(text)) return null;
  let t = text;
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  t = t.toLowerCase();
  if (/automatic|by\sitself|on\sits\sown/.test(t)) t = t.replace(NOT_BY_ITSELF_THEN_SET, 'i set it to medium-high');
  if (t.includes('自動')) t = t.replace(NOT_BY_ITSELF_THEN_SET_JA, 'medium-highに設定しました');
  if (PREMISE.test(t)) return null;
  if (t.includes('should') || t.includes('ought')) t = t.replace(CONFIDENT_LEAD, '');
  // 「予定通り…再起動しました」: as planned, done (not a plan).
  t = withoutAsPlannedDone(t);
  const rebooting = REBOOTING_EN.test(t) || REBOOTING_JA.test(t);
  // "rebooting now" is not a failure or a plan; everything else in the message is read without it.
  // "did the registry, TMS Tools not done yet": a step said not done yet is left out; the rest is read.
  const rest = t.replace(REBOOTING_EN, ' ').replace(REBOOTING_JA, ' ').replace(STEP_NOT_YET, ' ');
  if (NOT_PROGRESS.test(rest) || NEGATED.test(rest)) return null;
  const out: FixProgress = {};
  if (LEVEL_EN.test(rest) || LEVEL_JA.test(rest)) out.level = true;
  // "I checked the TLS 1.2 keys, they are missing", 「確認しましたが、キーがありません」: checked and found absent or off is
  // not the step done (REV7 #1: it was "Noted as done: the TLS 1.2 keys are created"), unless a change follows.
  // (Another protocol said off, "did the registry, TLS 1.0 is off", is not the TLS 1.2 keys found off.)
  const foundOff = KEYS_ABSENT.test(rest) && !KEYS_CHANGE_VERB.test(rest) && !/tls\s?v?1\.?[01](?![\d.])|ssl/.test(rest);
  if ((REGISTRY_EN.test(rest) || REGISTRY_JA.test(rest)) && !foundOff) {
    out.registry = true;
    if (NOTHING_CHANGED_WORD.test(rest)) out.keysUnchanged = true;
    // ("they were missing so I created them", "TLS 1.2 was disabled so I enabled it": what was found, then changed, QA46 W5.)
    else if (KEYS_CHANGED_WORD.test(rest) || foundThenFixed(rest)) out.keysChanged = true;
  }
  const iis = rest.includes('iis') ? rest.replace(IIS_RESTART_EN, ' ').replace(IIS_RESTART_JA, ' ') : rest;
  // "set Medium-High and only ran iisreset": IIS restarted, the TMS services not (no other restart said).
  if (iis !== rest && !OTHER_RESTART.test(iis)) out.iisOnly = true;
  else if (RESTARTED_EN.test(rest) || RESTARTED_JA.test(rest)) out.restarted = true;
  if (rebooting) out.rebooting = true;
  if ((out.level || out.registry) && /node|tms0?\d|台目|ノード|片方|片系|もう一方|プライマリ|セカンダリ/.test(t) && (namesOneNode(markNamedNodes(t)) || (NTH_UNIT_JA.test(t) && !/両方|両ノード|[2二]\s?台とも|各ノード/.test(t)))) out.oneNode = true;
  // A restart alone ("rebooted") is not a step of this fix reported in words: the usual reading takes it.
  if (!out.level && !out.registry) return null;
  return out;
}
