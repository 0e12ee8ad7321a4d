/**
 * How a clause holds the values named in it (see cues.ts): stated, negated, asked, hypothetical,
 * planned, past or quoted; where a change inside a clause puts the current value; and whether a
 * message says "I don't know" or only asks to wait. Pure and total; the cue lists are data.
 */
import { groupedByFirstLetter } from './first-letter';
import { ASKED, ASKED_GATE, CHANGE, CHANGE_TARGET, CHANGE_VERB, CORRECTION_LEAD, CUES, FILLER, FOLLOW_UP_CONDITION, NEGATED_CHANGE, OWN_FLEET, REFER_BACK, STATED_FOLLOW_UP, STATED_IN_QUESTION, STILL_FAILING, UNKNOWN, UNKNOWN_INLINE, WAIT, MODE_GATE, cueRegex, type ClauseMode } from './cues';

import { allMatches, fastGlobalRegex, fastRegex, unicodeSensitive, type FastRegex } from './fast-regex';
import { nfkc } from '../nfkc';

/** Ends as a question: a question mark, or a Japanese question ending (ですか, ますか, でしょうか, ませんか). */
const QUESTION_END = /[?？]\s*$|(?:ですか|ますか|でしょうか|ませんか)[。\s]*$/;

/** Does the text end as a question ("…?", 「…ですか」)? Read on its end only. */
export function endsAsQuestion(text: string): boolean {
  return QUESTION_END.test(text);
}

export type { ClauseMode } from './cues';

const MODE_RE: [ClauseMode, FastRegex][] = (['quoted', 'hypothetical', 'planned', 'negated', 'past'] as const).map((m) => [m, cueRegex(CUES[m])]);
const ASKED_RE = cueRegex(ASKED);
const STATED_IN_QUESTION_RE = cueRegex(STATED_IN_QUESTION);
const OWN_FLEET_RE = cueRegex(OWN_FLEET);
/** Cheap test before OWN_FLEET_RE: a possessive or "we"/"I" (EN), or 「の」 after うち/弊社/当社/自社 (JA). */
const OWN_FLEET_MAY = /(?<![a-z])(?:our|my|we|i)(?![a-z])|(?:うち|弊社|当社|自社)の/i;

/** The user's own endpoints and their release, named in the clause ("our CE 9.15 endpoints", 「うちの CE 9.15 の端末」). */
export function ownFleetIn(clause: string): boolean {
  return ownFleetEnd(clause) >= 0;
}

/** Where the words naming the user's own endpoints end in the clause, or -1. */
export function ownFleetEnd(clause: string): number {
  const c = clause.slice(0, 2000);
  if (!OWN_FLEET_MAY.test(c)) return -1;
  const m = OWN_FLEET_RE.exec(c);
  return m ? m.index + m[0].length : -1;
}

/** 「…すべきですか」「…した方がいいですか」: asks whether to do something (as ASKS_WHETHER), not a condition (もし, たら, 場合). */
const SHOULD_JA = /べき|(?:した|する)(?:方|ほう)が(?:いい|よい|良い)/;
const IF_JA = /もし|たら|なら|場合/;

/**
 * A should/could question that names the user's own endpoints ("should we upgrade our CE 9.15 endpoints?",
 * 「うちの CE 9.15 の端末をアップグレードすべきですか？」): where those words end, or -1 (also for "what if…",
 * 「もし…したら」: a condition supposes).
 */
export function ownFleetInShouldQuestion(clause: string): number {
  const c = clause.slice(0, 2000);
  if (!ASKS_WHETHER.test(c) && !(SHOULD_JA.test(c) && !IF_JA.test(c))) return -1;
  return ownFleetEnd(c);
}
const CHANGE_RE = new RegExp([...CHANGE.en, ...CHANGE.ja].map((s) => `(?:${s})`).join('|'), 'giu');
const CHANGE_VERB_RE = cueRegex(CHANGE_VERB);
const TO_RE = /(?<![a-z])(?:to|into|back\sto)(?![a-z])/gi;
/** 「に」 or 「へ」: a cheap test before CHANGE_TARGET_RE. */
const HAS_NI = /[にへ]/;
const CHANGE_TARGET_RE = new RegExp([...CHANGE_TARGET.en, ...CHANGE_TARGET.ja].map((s) => `(?:${s})`).join('|'), 'gi');
const UNKNOWN_RE = cueRegex(UNKNOWN);
const WAIT_RE = cueRegex(WAIT);
const LEAD = [...CORRECTION_LEAD.en.map((s) => `${s}(?![a-z])`), ...CORRECTION_LEAD.ja];
/** A clause that opens with a correction cue ("hang on, …", "訂正です。…"). */
export const CORRECTION_START = new RegExp(`^\\s*(?:(?:${LEAD.join('|')})[\\s,:.!、。：-]*){1,4}`, 'iu');

/** MODE_GATE and ASKED_GATE as they run (first-letter.ts: the same texts pass, ~2× faster on a short clause). */
const MODE_GATE_RUN = groupedByFirstLetter(MODE_GATE);
const ASKED_GATE_RUN = groupedByFirstLetter(ASKED_GATE);

/** The mode of one clause. The first cue kind that matches decides, in this order. */
export function classifyClause(clause: string): ClauseMode {
  const c = clause.slice(0, 2000);
  // The /i-or-/iu choice (fast-regex.ts) made once for the clause's six cue lists; `rest` below is `c` less its start.
  const sensitive = unicodeSensitive(c);
  // A correction replaces: "sorry, it was 15.1" is the current value, not a past one.
  if (CORRECTION_START.test(c) && !/^\s*(?:(?:no|wait)\b|いいえ)/i.test(c)) {
    const rest = c.replace(CORRECTION_START, '');
    if (MODE_GATE_RUN.test(rest)) for (const [mode, re] of MODE_RE) if (mode !== 'past' && re.readFor(sensitive).test(rest)) return mode;
    return 'stated';
  }
  // Word gates (cues.ts) first: one scan instead of five lists on most clauses, ASKED's ~0.3 us scan → ~0.04 us.
  if (MODE_GATE_RUN.test(c)) for (const [mode, re] of MODE_RE) if (re.readFor(sensitive).test(c)) return mode;
  if (ASKED_GATE_RUN.test(c) && ASKED_RE.readFor(sensitive).test(c)) return 'asked';
  return 'stated';
}

/**
 * 「端末を CE 9.15 にアップグレードしたら、全部 No HTTPS response になりました」: たら followed by a past
 * result narrates what happened ("when we did X, Y happened"), it does not suppose ("if we did X").
 * Tested on the sentence (or clause) from たら to its end.
 * So does a symptom that has been there since, in the present: 「…にアップグレードしたら、TMS で No HTTPS
 * response が出ます」「…表示されています」「…接続できません」「…SQL が起動しません」 (a plan's result, 「…したら Medium-High にします」, does not).
 * And its plain form, the everyday report: 「TLS1.0を無効にしたらSQLが起動しない」「…つながらない」 (R40B; a question,
 * 「…起動しないですよね？」「…起動しませんか？」, ends with its mark or か and stays a question), also as the lead-in of
 * a question that follows it: 「…起動しないのですが、どうすればいいですか？」 (R42A; its clause ends with が or けど).
 */
export const JA_NARRATIVE =
  /たら(?:[^。？?]{1,60}(?:ました|でした|なった|た|(?:出|表示され)(?:ます|ています|ている)|になっています|(?:でき|つながり|動き|起動し|起動でき)ません(?:が|けど)?|(?:起動し|起動でき|接続でき|動か|つながら)ない(?:[のん]?です|んだ|の)?(?:が|けど|けれど(?:も)?)?)|[^。？?]{0,60}(?:no\s?https\s?response|エラー)\s?(?:です|が出る|が出ます|になる|状態)?)[。！!\s]*$/i;

/**
 * 「CE9.15にしたら」 (QA round 22 M4): a release right before 「にしたら」 ending the sentence, no question: the everyday
 * start of a report ("after we went to CE 9.15 …") cut short, read like 「CE9.15に上げたら」. Not 「Medium-Highにしたら」
 * (no release number), nor 「CE9.15にしたら？」 (a question), nor 「もしCE9.15にしたら」 (a condition).
 */
export const JA_RELEASE_THEN = /^(?:(?!もし)[^。？?])*\d[\w.]{0,20}\s?(?:に|へ)\s?したら[、。！!\s]*$/;

/** Sentences with their end marks ("?" decides that a sentence asks). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[?？!！。\n])|(?<=\.)(?=\s|$)/);
}

/** A colon right before a list of the user's versions ("…: TMS 15.9, CE 9.15.3", 「…：TMS 15.9、CE 9.15.3」). */
const COLON_BEFORE_FACTS = /[:：]\s*(?=(?:tms|sql|ms\s?sql|windows|win|ce|tc|roomos|room\s?os|endpoints?|codecs?|エンドポイント|端末)(?![a-z])[^,、。\n]{0,20}?\d)/i;
/** A request to us, or a question, before that colon ("please confirm whether…", "is it safe to…", 「…か確認してください」). */
const REQUEST_HEAD =
  /(?<![a-z])(?:please|pls|kindly|can\syou|could\syou|would\syou)\s(?:[a-z]+\s){0,2}?(?:confirm|verify|check|advise|review|tell|let|help)(?![a-z])|^\s*(?:(?:so|ok|okay|and|then)[,\s]+)?(?:is|are)\sit\s(?:ok|okay|safe|fine|possible)\sto(?![a-z])|(?:確認|チェック|判断|アドバイス)(?:して)?(?:ください|下さい|もらえますか|いただけますか|いただきたいです|ほしいです|欲しいです)\s*$|(?:ですか|でしょうか|ますか|か)\s*$/i;
/** …but not a change whose target the list is ("please confirm the upgrade to: TMS 15.13", 「…に：」). */
const CHANGE_BEFORE_COLON = /(?<![a-z])(?:to|into|from|upgrade|update|move|migrate|go)\s*$|[にへ]\s*$/i;

/**
 * A change before the colon whose target is the list after it: "is it safe to upgrade the codecs to the following:",
 * "can you check the move to these versions:", 「次のバージョンにアップグレードしても大丈夫ですか：」. Not a change to a
 * security level, TLS or a setting ("is it safe to go to Medium-High:", 「Medium-High に上げても…」): the list after that
 * colon is still the user's setup.
 */
const CHANGE_AIM_EN = /(?<![a-z])(?:upgrad|updat|migrat|mov(?:e|ing)\s|go\s|going\s)[^:：]{0,80}?(?<![a-z])(?:to|into)(?![a-z])/i;
const CHANGE_AIM_JA = /アップグレード|バージョンアップ|移行|上げ/;
const OTHER_AIM = /medium|high|tls|ssl|schannel|registry|setting|ミディアム|ハイ|レベル|レジストリ|設定/i;
function changeAimedAtList(head: string): boolean {
  return (CHANGE_AIM_EN.test(head) || CHANGE_AIM_JA.test(head)) && !OTHER_AIM.test(head);
}

/**
 * "Please confirm whether it is safe to go to Medium-High: TMS 15.9, CE 9.15.3", 「Medium-High にして安全か確認してください：
 * TMS 15.9、CE 9.15.3」: the request (or question) is one sentence and the user's versions after its colon are another,
 * stated (the request's mode, a supposition or a question, is not theirs). Anything else: the sentence as it is.
 */
export function factsAfterRequest(sentence: string): string[] {
  if (!sentence.includes(':') && !sentence.includes('：')) return [sentence];
  const m = COLON_BEFORE_FACTS.exec(sentence.slice(0, 2000));
  if (!m || m.index < 8) return [sentence];
  const head = sentence.slice(0, m.index);
  if (!REQUEST_HEAD.test(head) || CHANGE_BEFORE_COLON.test(head) || changeAimedAtList(head)) return [sentence];
  // (The colon goes with neither: 「…安全ですか：」 still ends as a question.)
  return [head, sentence.slice(m.index + m[0].length)];
}

/**
 * A question that asks whether to do something ("should it be set to Medium-High?", "can we set it
 * to…", "is it ok to…"): its "set to" names the change asked about, not the current setting.
 */
export const ASKS_WHETHER = /^\s*(?:(?:so|ok|okay|and|then)[,\s]+)?(?:should|could|can|would|must|shall|may|do\s(?:we|i)\s(?:need|have)\sto|is\sit\s(?:ok|okay|safe|fine|possible)\sto)(?![a-z])/i;

/** In a question, words that still state the user's own setting ("we're at Medium-High, why…"). */
export function statesInQuestion(clause: string): boolean {
  const c = clause.slice(0, 2000);
  return (STATED_IN_QUESTION_RE.test(c) && !ASKS_WHETHER.test(c)) || ownFleetIn(c);
}

const STATED_FOLLOW_UP_RE = cueRegex(STATED_FOLLOW_UP);
const FOLLOW_UP_CONDITION_RE = cueRegex(FOLLOW_UP_CONDITION);

/**
 * A clause shaped like a follow-up question that states a value ("and the SQL is 2014 SP2?"), and
 * not under a condition ("and if the SQL is 2014?"): see cues.ts.
 */
export function statesFollowUp(clause: string): boolean {
  const c = clause.slice(0, 2000);
  return STATED_FOLLOW_UP_RE.test(c) && !FOLLOW_UP_CONDITION_RE.test(c);
}

/**
 * Where the value after a change starts in `segment` (the text after a keyword), or -1 when the
 * segment holds no change: the end of the last arrow, or of the last "to" when the clause has a
 * change verb.
 */
export function changeCut(segment: string, clause: string): number {
  let cut = -1;
  CHANGE_RE.lastIndex = 0;
  for (const m of allMatches(CHANGE_RE, segment)) cut = m.index + m[0].length;
  if (CHANGE_VERB_RE.test(clause)) {
    TO_RE.lastIndex = 0;
    for (const m of allMatches(TO_RE, segment)) if (m.index + m[0].length > cut) cut = m.index + m[0].length;
  }
  // 「7.3.6 にアップグレード」: the value itself starts the current one.
  CHANGE_TARGET_RE.lastIndex = 0;
  if (HAS_NI.test(segment)) for (const m of allMatches(CHANGE_TARGET_RE, segment)) if (m.index > cut) cut = m.index;
  return cut;
}

/** Does the clause contain a change marker at all (an arrow, or a change verb with "to")? */
export function hasChange(clause: string): boolean {
  CHANGE_RE.lastIndex = 0;
  if (CHANGE_RE.test(clause)) return true;
  CHANGE_TARGET_RE.lastIndex = 0;
  if (HAS_NI.test(clause) && CHANGE_TARGET_RE.test(clause)) return true;
  TO_RE.lastIndex = 0;
  return CHANGE_VERB_RE.test(clause) && TO_RE.test(clause);
}

const NEGATED_CHANGE_RE = cueRegex(NEGATED_CHANGE);

/** A change in the clause that is said not to have happened ("we haven't upgraded TMS to 15 yet"). */
export function negatesChange(clause: string): boolean {
  return NEGATED_CHANGE_RE.test(clause.slice(0, 2000));
}

/** "I don't know", "dunno tbh", "ask the server folks", 「確認中です」: the user cannot answer now. */
export function saysUnknown(text: string): boolean {
  const t = text.slice(0, 300);
  return t.length <= 200 && UNKNOWN_RE.test(t) && !/\d/.test(t.replace(/\b(?:q[1-4]|n\/a)\b/gi, ''));
}

const STILL_FAILING_RE = cueRegex(STILL_FAILING);

/**
 * "still failing", "didn't help", 「まだ直りません」: a short report that the fix did not work, with no
 * version and no level in it (those are facts: "still failing at Medium-High" sets the level).
 */
export function saysStillFailing(text: string): boolean {
  const t = text.slice(0, 300);
  return t.length <= 160 && STILL_FAILING_RE.test(t) && !/\d/.test(t) && !/medium|high|low|ミディアム|ハイ/i.test(t) && !OTHER_MATTER.test(t);
}

/**
 * A still-failing line that is not this case's fix reported failing (REV20 #10): the steps not done yet ("we have not done the
 * steps yet, still …", 「まだ手順を実施していません」), one step left out ("all the steps except the reboot"), doubt ("not sure if
 * it is still failing", 「かどうか分かりません」), or another server or site ("the lab TMS", "the other site", 「別拠点の TMS」,
 * 「検証機」). On the normalised (lower-case) text.
 */
const STILL_NOT_THIS =
  /(?<![a-z])(?:(?:have|has|had|did|do|does)\s?(?:not|n't)|haven't|hasn't|didn't|don't|not)\s(?:yet\s)?(?:done|did|do|applied|apply|made|tried|try|started|finished|completed|run|ran|rebooted|restarted|raised|touched)(?![a-z])|(?<![a-z])(?:not\syet|yet\sto)\s(?:do|done|apply|applied|start|try|reboot|restart|set|change|make|run)(?![a-z])|(?<![a-z])(?:steps?|fix|changes?)\s(?:are|is)\s(?:not|n't)\s(?:yet\s)?(?:done|applied)|(?<![a-z])(?:except|apart\sfrom|other\sthan|besides|but\snot|minus)\s(?:for\s)?(?:the\s)?(?:re-?boot|restart|step|keys?|registry|level)|(?<![a-z])(?:not\ssure|unsure|don't\sknow|no\sidea|whether|maybe|perhaps)(?![a-z])|(?<![a-z])(?:lab|test|testing|staging|dev|demo|other|another|second|remote|backup|standby|old)\s(?:tms|site|server|office|location|box|instance|environment|cluster|vm)(?![a-z])|(?<![a-z])(?:site\s?[b-z]|the\slab)(?![a-z])|(?:手順|作業|変更|対応|設定|修正)(?:を|は|も)?\s?(?:まだ\s?)?(?:実施|完了|して|やって|でき|行って|済んで)(?:いません|いない|ない|おらず)|(?:手順|作業|変更|対応|設定|修正)(?:は|も)?\s?(?:まだ|未)(?:です|実施|完了|着手)|以外は(?:実施|完了|済|やり|し)|(?:再起動|リブート)(?:だけ|のみ)?(?:は)?(?:まだ|していません|していない)|かどうか|分から|わから|分かりません|わかりません|不明|かもしれ|別拠点|他拠点|他の拠点|別の\s?(?:tms|サーバ|拠点|環境)|検証(?:機|用|環境)|テスト(?:機|環境)|ラボ/;
export function stillFailingNotThis(t: string): boolean {
  return STILL_NOT_THIS.test(t.slice(0, 300));
}

/**
 * 「まだ故障しているように見えます」「エンドポイントは故障中のままです」「依然として故障状態です」 (FIX20A #4): "still out of order".
 * 故障 also names broken hardware (「1台故障しています」「電源が故障しました」), so only with "still" (まだ, 依然, 相変わらず, のまま)
 * and never about a part, a repair or a replacement, nor asked or guessed (「まだ故障していますか？」「故障かもしれません」). The
 * caller reads it as still failing only once a change to TMS is known (the symptom after the fix).
 */
const STILL_OUT_OF_ORDER_JA = /(?:まだ|依然(?:として)?|相変わらず|いまだに|未だに)\s?[^。？?、]{0,12}?故障\s?(?:して|中|状態|です|のまま)|故障\s?(?:中|した|して(?:い)?る|状態)?\s?の?まま/;
const OUT_OF_ORDER_NOT = /[?？]|(?:ですか|ますか|でしょうか|のか)\s*$|かも|可能性|ハード|部品|電源|ファン|ディスク|基板|交換|修理|rma|保守|買い替|物理/i;
export function saysStillOutOfOrder(text: string): boolean {
  const t = text.slice(0, 300);
  return t.length <= 80 && t.includes('故障') && STILL_OUT_OF_ORDER_JA.test(t) && !OUT_OF_ORDER_NOT.test(t) && !stillFailingNotThis(t) && !/\d/.test(t) && !/medium|high|low|ミディアム|ハイ/i.test(t) && !OTHER_MATTER.test(t);
}

/** "…, unrelated probably", "but that's another story", 「別件ですが」: what fails is said not to be this problem. */
const OTHER_MATTER =
  /(?<![a-z])(?:unrelated|not\srelated|another\s(?:story|issue|problem|matter|topic|thing)|(?:a\s)?separate\s(?:issue|problem|story|matter|topic|thing)|different\s(?:issue|problem|story|matter|topic))(?![a-z])|別件|無関係|関係(?:ない|ありません|なさそう)|別の(?:問題|話|件)/i;

/**
 * A question about how to check, not "I'll go and check" (QA44 #1): 「直ったかどうかどう確認しますか」, 「確認する方法は？」,
 * 「確認しますか？」, "let me check: how do I verify it?". Not 「直ったかどうか確認します」 (どうか is "whether"), not 「確認してきます」.
 * Tried only on a message the wait cues already took.
 */
const HOW_TO_CHECK =
  /どう(?:やって|すれば|したら)?\s?(?:確認|確かめ|調べ|検証|チェック)|(?:確認|確かめ|調べ|検証)(?:する|の)?\s?(?:方法|やり方|仕方|しかた)|(?:確認|調べ)(?:します|する|しておきます|しておく)(?:(?:か|の)\s*[?？]?|[?？])\s*$|(?<![a-z])how\s(?:do|can|would|should|will|to)\s(?:(?:i|we)\s)?(?:check|verify|confirm|test|tell)(?![a-z])/i;
function asksHowToCheck(t: string): boolean {
  return HOW_TO_CHECK.test(t);
}

const FILLER_RE = fastGlobalRegex([...FILLER.en, ...FILLER.ja].map((s) => `(?:${s})`).join('|'));

/**
 * "one sec", "let me check", 「確認します」, or a filler alone ("hmm", "ok wait…", 「うーん」): small talk
 * that keeps the open question open. A filler followed by content ("hmm, SQL is on the TMS box") is not.
 */
export function saysWait(text: string): boolean {
  const t = text.slice(0, 300);
  if (t.length > 120 || /\d/.test(t)) return false;
  if (WAIT_RE.test(t)) return !asksHowToCheck(t);
  const filler = FILLER_RE.pick(t);
  filler.lastIndex = 0;
  if (!filler.test(t)) return false;
  filler.lastIndex = 0;
  return !/[\p{L}\p{N}]/u.test(t.replace(filler, ''));
}

const UNKNOWN_INLINE_RE = fastGlobalRegex([...UNKNOWN_INLINE.en, ...UNKNOWN_INLINE.ja].map((s) => `(?:${s})`).join('|'));
const UNKNOWN_FIELD_WORDS: [RegExp, 'windows' | 'sql' | 'tms' | 'endpoint'][] = [
  [/^(?:endpoints?|codecs?|エンドポイント|端末|コーデック)$/i, 'endpoint'],
  [/^tms$/i, 'tms'],
  [/^(?:sql(?:\sserver)?|database|db|データベース)$/i, 'sql'],
  [/^(?:windows|os)$/i, 'windows'],
];

/** "Codecs: unknown, probably CE", "SQL は不明": the fields a message says nobody knows (none when it says nothing of the kind). */
export function unknownFields(text: string): ('windows' | 'sql' | 'tms' | 'endpoint')[] {
  const out = new Set<'windows' | 'sql' | 'tms' | 'endpoint'>();
  const t = text.slice(0, 4000);
  for (const m of allMatches(UNKNOWN_INLINE_RE.pick(t), t)) {
    const word = m.slice(1).find((g) => g !== undefined) ?? '';
    for (const [re, field] of UNKNOWN_FIELD_WORDS) if (re.test(word)) out.add(field);
  }
  return [...out];
}

const REFER_BACK_RES = [...REFER_BACK.en, ...REFER_BACK.ja].map(fastRegex);
const REFERRED: [RegExp, 'windows' | 'sql' | 'tms' | 'endpoint'][] = [
  [/^(?:os|windows|server|ウィンドウズ)$/i, 'windows'],
  [/^(?:sql|database|db|データベース)$/i, 'sql'],
  [/^tms$/i, 'tms'],
  [/^(?:endpoints?|codecs?|エンドポイント)$/i, 'endpoint'],
];

/** "that last number was the OS" → 'windows'; null when the text does not refer back to a field. */
export function referredField(text: string): 'windows' | 'sql' | 'tms' | 'endpoint' | null {
  const t = nfkc(text.slice(0, 200));
  for (const re of REFER_BACK_RES) {
    const m = re.exec(t);
    if (!m) continue;
    for (const [w, field] of REFERRED) if (w.test(m[1] ?? '')) return field;
  }
  return null;
}

/** Someone else's words: 「…と言っていますが」「…とのことです」「…らしいです」, "says", "told me". */
const HEARSAY = /(?:と|って)(?:言って|聞いて|聞きました|言われ)|とのこと|らしい|(?<![a-z])(?:says|said|claims|claimed|told\s(?:me|us))(?![a-z])/i;
/** …that the user has not confirmed: 「確認できていません」「未確認です」「分かりません」, "I can't confirm it", "I'll check". */
const UNCONFIRMED = /確認(?:でき|が取れ)(?:てい)?(?:ない|ません)|未確認|(?:分か|わか)(?:りません|らない)|確認(?:します|中)|(?<![a-z])(?:(?:can'?t|cannot|couldn'?t|could\snot|haven'?t|have\snot|not)\s(?:yet\s)?(?:confirm|verify|check|be\ssure|sure)|unconfirmed|not\sconfirmed|(?:i'll|i\swill|we'll|will)\s(?:check|verify|confirm))(?![a-z])/i;

/**
 * 「同僚が先週 Medium-High にしたと言っていますが、確認できていません」: a clause reporting someone else's
 * words, in a sentence that says the user has not confirmed them, states nothing: also "my colleague
 * says he set Medium-High last week but I can't confirm it" (extract.ts cuts it at "but").
 */
export function unconfirmedHearsay(clause: string, sentence: string): boolean {
  return HEARSAY.test(clause) && UNCONFIRMED.test(sentence.slice(0, 2000));
}

/** A question that opens with a question word asks about something; it does not answer. */
const WH_QUESTION = /^\s*(?:what|what's|whats|why|how|which|when|where|who)(?![a-z])|^\s*(?:なぜ|どう|どの|どれ|何|なに)/i;

const ANSWER_PARTS = /[,;、。，；\n]+|\s(?:but|just|only)\s/i;

/**
 * The parts of a bare answer that state something, the latest first: the stated (or past) clauses,
 * or the whole text when it is one clause that merely asks ("2012 R2?"). Empty when every clause is
 * negated, hypothetical, planned or quoted ("we're not on medium-high", "what if we set High").
 */
export function statedParts(text: string): string[] {
  const t = text.slice(0, 2000);
  const parts = t.split(ANSWER_PARTS).filter((p) => /[0-9a-z\u3040-\u30ff\u4e00-\u9fff]/i.test(p));
  if (parts.length <= 1) {
    const mode = classifyClause(t);
    // "2012 R2?" is an unsure answer; "what's the difference between 2012 and 2012 R2?" is a question.
    if (mode === 'asked' && WH_QUESTION.test(t)) return [];
    return mode === 'stated' || mode === 'past' || mode === 'asked' ? [t] : [];
  }
  return parts.filter((p) => ['stated', 'past'].includes(classifyClause(p)) && !unconfirmedHearsay(p, t)).reverse();
}
