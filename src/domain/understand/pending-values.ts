/**
 * A level or a TLS change named as a placeholder, a step still to come or one not done (QA57 #1): "Haven't tried Medium-High
 * yet", "Medium-High not yet tried", "Medium-High: N/A", "Medium-High - TBD", "Plan: Medium-High tonight", "Next steps: set
 * Medium-High tonight", "Action plan: 1) registry 2) Medium-High 3) iisreset", "Comm security: Medium (Medium-High pending CAB
 * approval)", 「Medium-High：未実施」「Medium-High への変更：TBD」「Medium-High への変更は承認待ち」; "TLS 1.2 enabled in registry:
 * not yet", "disable TLS 1.0 - not yet", "TLS 1.0 disabled: N/A", 「TLS 1.0 無効化：未実施」. None of them is the setting in
 * place: the level names and TLS changes in such a field are masked out of the text the extractor reads (extract.ts), so
 * nothing is recorded from them and a value stated beside them stays ("Medium" above). The rest of the field is kept (a
 * release in it is still read: "SQL 2008 R2 upgrade pending" runs SQL 2008 R2).
 *
 * A field is a piece of a sentence between commas, semicolons, brackets, " - ", " / ", "and"/"but" (a line is a sentence too);
 * "Label: value" is one field. It is a placeholder or a step to come when it:
 * - holds a placeholder's word (N/A, TBD, pending, awaiting, 未実施, 未対応, 検討中, 承認待ち …);
 * - has such a word as its whole value ("X: not yet", 「X：まだです」), or is followed by a field that is only that ("Medium-High -
 *   TBD", "Medium-High (not yet)");
 * - for a level only (the TLS claim and hardening-plan readers read these themselves: "TLS 1.2 not yet enabled" is TLS 1.2 off,
 *   "Bob will disable TLS 1.0 tonight" is warned about): sits in a sentence led by a plan's label ("Plan:", "Next steps:",
 *   "Action plan:", "To do:", 「今後の対応：」「予定：」); names a change to come ("planned", "tomorrow", "next week", 予定; "tonight"
 *   only without a subject: "we set it tonight" may be a report); or says it was not tried or not done ("haven't tried
 *   Medium-High yet", "Medium-High not yet tried", 「Medium-High はまだ試していません」).
 * Not when the field says it was done ("Medium-High: done", 「Medium-High：実施済み」, "set yesterday", "as planned",
 * 「予定通り…しました」).
 * Before that, a bracket aside about a change to come is blanked (withoutPlanAsides, QA57 #4). Pure, total, bounded and linear;
 * the cheap tests first.
 */

import { levelSaidSet } from './level-untouched';

/** Cheap tests: a level or a TLS change named, and a cue word. */
const MAY_SUBJECT = /med|high|ミディアム|ハイ|tls|ssl|regist|レジストリ|schannel|key|キー|crypto/i;
const MAY_CUE = /yet|n\/a|tbd|tbc|pend|plan|schedul|await|wait|to-?\s?do|next|tonight|tomorrow|approv|untried|untested|not|n't|never|recommend|remain|open\s|未|予定|検討|承認|申請|保留|まだ|これから|今後|次回|今夜|明日|来週|来月|計画|残/i;

/** The level's names (as extract.ts masks them in a long quote), and a TLS change's words. */
const LEVEL_WORDS = /(?<![a-z])(?:medium|med|high|low)(?![a-z])|ミディアム|ハイ/gi;
const TLS_WORDS = /(?<![a-z])(?:tls|ssl|tsl)\s?v?\s?(?:1\.[0-3]|1[0-3]|[23]\.0|[123])(?![\d.])|(?<![a-z])(?:registry|regedit|schannel|keys?|iis\s?crypto)(?![a-z])|レジストリ|キー/gi;
const HAS_LEVEL = /(?<![a-z])(?:medium|med)(?![a-z])|ミディアム/i;
const HAS_TLS = /(?<![a-z])(?:tls|ssl|tsl)\s?v?\s?(?:1\.[0-3]|1[0-3]|[23]\.0|[123])(?![\d.])|(?<![a-z])(?:registry|schannel|keys?|iis\s?crypto)(?![a-z])|レジストリ|キー/i;

/** "as planned", 「予定通り」: a report, its plan word no plan. */
const AS_PLANNED = /(?<![a-z])(?:as\s(?:planned|scheduled)|according\sto\s(?:the\s)?plan)(?![a-z])|(?:予定|計画)\s?(?:の)?\s?(?:通り|どおり)/gi;

/** Words of a value not there yet (for a level and a TLS change alike): a placeholder, or a change held back. */
const PENDING =
  /(?<![a-z])(?:n\/a|tbd|tbc|pending|awaiting|waiting\s(?:for|on)|to\sbe\s(?:done|decided|confirmed|scheduled|applied|tested|tried|set|changed)|todo|to-do|(?:needs?|requires?)\s(?:a\s)?(?:cab\s|change\s)?approval|once\sapproved)(?![a-z])|未実施|未対応|未設定|未適用|未定|検討中|承認待ち|申請中|保留/i;
/**
 * For a level only: a change to come said in prose ("planned", "tomorrow", 「予定」). A TLS change said so ("Bob will disable
 * TLS 1.0 tonight", 「TLS 1.0 の無効化は来月予定」) is left to the readers of hardening plans and claims, as before: their warning
 * (SQL Server on the TMS server needs TLS 1.0 …) is kept.
 */
const PLANNED_LEVEL = /(?<![a-z])(?:planned|scheduled|tomorrow|next\s(?:week|month|quarter|window|maintenance|change\swindow))(?![a-z])|予定|これから|今後|次回|明日|来週|来月|計画中/i;
/** "tonight" without a subject before it: "set Medium-High tonight" is a plan, "we set Medium-High tonight" may be a report. */
const TONIGHT = /(?<![a-z])(?:tonight|this\sevening|later\stoday)(?![a-z])|今夜|今晩/i;
const SUBJECT_PRONOUN = /(?<![a-z])(?:i|we|they|he|she|someone|the\sadmin)\s/i;
/**
 * …a subject with "tonight" is a report only when a past verb or a result is said around it ("tonight we changed it to Medium-High",
 * "tonight we set Medium-High and it works", "… as planned"); "tonight we set Medium-High", "tonight we raise it to Medium-High" are plans (FIX62A #5:
 * it was recorded as the level now, as "tomorrow we set Medium-High" is not).
 */
const REPORTED =
  /(?<![a-z])(?:[a-z]{2,}ed|did|done|went|gone|was|were|had|got|now|works?|working|fixed|green|back|since|still|already|ago)(?![a-z])|['’]ve(?![a-z])|しました|した|できた|直/i;
/** For a level only: not tried, not done ("haven't tried Medium-High yet", 「まだ試していません」). */
const NOT_DONE_LEVEL =
  /(?:n't|(?<![a-z])(?:not|never))\s(?:(?:yet|even|been)\s){0,2}(?:tried|tested|attempted|applied|done|implemented|performed)(?![a-z])(?!\s(?:anything|a\sthing|much|the\strick|any\sgood|a\sdifference))|(?:n't|(?<![a-z])(?:not|never))\s(?:yet\s)?(?:been\s)?(?:set|raised|changed|switched|moved|gone|put|bumped)\s(?:it\s|tms\s|the\slevel\s)?(?:to\s|on\s|at\s)?(?=(?:medium|med)[\s_-]?high)|(?<![a-z])(?:not\syet|yet\sto|untried|untested)(?![a-z])|まだ[^。、,]{0,16}?(?:て|で)(?:い|お)?(?:ない|ません|なかった)/i;
/** A field that is nothing but such a word: it says so of the field before it ("Medium-High - TBD", "Medium-High (not yet)"). */
const BARE =
  /^\s*(?:not\s(?:yet|done|tried|applied|started)(?:\s(?:done|tried|applied|started|set))?|n\/a|tbd|tbc|to\s?-?do|pending(?:\s(?:cab\s|change\s)?approval)?|(?:planned|scheduled)(?:\s(?:for|in|on|q[1-4]|tonight|tomorrow|next|this|week|month|quarter|weekend))*|未実施|未対応|未設定|未適用|未定|予定|検討中|承認待ち|申請中|保留|まだ(?:です)?|これから)\s*[.。!！]?\s*$/i;
/** Said done: the field reports the change made. */
const NOT_DONE_WORDS = /(?:n't|(?<![a-z])not)\s(?:yet\s)?(?:been\s)?(?:done|completed|finished)(?![a-z])/gi;
const DONE = /(?<![a-z])(?:done|completed?|finished|already|yesterday|last\s(?:night|week|month)|ago|this\smorning|earlier\stoday)(?![a-z])|済|完了|しました|しています|してあります|しておきました|変更した|設定した|実施した/i;

/** A plan's label leading a sentence: every field of the sentence is a step to come. */
const PLAN_LABEL =
  /^\s*(?:[-*•]\s*)?(?:next\s(?:steps?|actions?)|(?:action\s)?plan(?:ned\s(?:steps?|actions?|changes?|work))?|to\s?-?do|proposed\s(?:fix|steps?|actions?|solution|changes?)|pending(?:\s(?:steps?|actions?|items?|changes?))?|open\s(?:items?|actions?)|remaining\s(?:steps?|items?|actions?|work)|recommendations?|recommended\s(?:steps?|actions?|fix|changes?)|今後の(?:対応|予定|作業)|次の(?:ステップ|対応|作業)|(?:対応|作業|実施|変更)予定|予定|計画|残作業|未実施(?:項目)?)\s?[:：]/i;

/** Right after a plan's sentence: it was carried out ("Done already.", "We did it last night.", 「実施済みです」). */
const PLAN_DONE_AFTER =
  /^\s*(?:(?:all|it'?s|it\sis|that'?s|that\sis|this\sis|we|i)\s)?(?:(?:already|now)\s)?(?:done|did\s(?:it|that|this|all)|completed|finished|applied)(?:\s(?:already|now|last\snight|yesterday|today|this\smorning))?\s*(?:[.!。]|$)|^\s*(?:全て|すべて|全部)?\s?(?:実施済|完了|対応済|済み)/i;

/** Where fields part (not the colon: "Label: value" is one field). */
const FIELD_SEP = /[,;、；|()]|\s[-–—]\s|\s\/\s|\s(?:and|but|while|whereas|though)\s|(?:が|けど)、/gi;
/** A change's arrow: in a field of a plan, what follows it is the plan's target. */
const ARROW = /→|->|=>|⇒/;

const blank = (m: string) => ' '.repeat(m.length);

function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[?？!！。\n]|\.(?=\s|$)/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([at, m.index + 1]);
    at = m.index + 1;
  }
  if (at < text.length) out.push([at, text.length]);
  return out;
}

function fieldSpans(sentence: string, base: number): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  FIELD_SEP.lastIndex = 0;
  for (let m = FIELD_SEP.exec(sentence); m; m = FIELD_SEP.exec(sentence)) {
    out.push([base + at, base + m.index]);
    at = m.index + m[0].length;
  }
  out.push([base + at, base + sentence.length]);
  return out;
}

/** The value of "Label: value" (the label a few words), else the whole field. */
function valueOf(field: string): string {
  const c = field.search(/[:：]/);
  return c > 0 && c <= 40 ? field.slice(c + 1) : field;
}

function said(field: string, around: string): { done: boolean; both: boolean; plan: boolean; notDone: boolean } {
  const f = field.replace(AS_PLANNED, ' ');
  const done = DONE.test(f.replace(NOT_DONE_WORDS, ' '));
  const both = PENDING.test(f) || BARE.test(valueOf(f));
  // (With a release in the field, "tonight we raise TMS 15.9 to Medium-High", the clause reader already takes the whole clause as planned.)
  const tonight = TONIGHT.test(f) && (!SUBJECT_PRONOUN.test(f) || (!/\d/.test(f) && !REPORTED.test(around)));
  return { done, both, plan: PLANNED_LEVEL.test(f) || tonight, notDone: NOT_DONE_LEVEL.test(f) };
}

/**
 * A bracket aside about a change to come, beside a release in place: "Windows Server 2012 R2 (upgrade to 2022 planned Q1)", "TMS
 * 15.13 (upgrade to 15.14 scheduled)", 「Windows Server 2012 R2（2022 へ移行予定）」 (QA57 #4). The aside makes extract.ts read the
 * whole clause as a plan, and the release in place with it; blanked, the clause states the release and the target is not read.
 * Only a piece of the bracket (between its commas) with both a change and a plan word, not said done ("(local, upgrade planned)"
 * keeps "local").
 */
const MAY_BRACKET = /[(（]/;
const BRACKET = /[(（]([^()（）\n]{1,120})[)）]/g;
const CHANGE = /(?<![a-z])(?:upgrad\w*|migrat\w*|mov(?:e|ing)|updat\w*|replac\w*|retir\w*|decommission\w*)(?![a-z])|→|->|=>|⇒|移行|アップグレード|アップデート|バージョンアップ|リプレース|更新|上げ|入れ替え|置き換え/i;
const PLAN = /(?<![a-z])(?:planned|planning|plan|scheduled|pending|will|going\sto|next\s(?:week|month|quarter|year)|q[1-4]|later\sthis\s(?:week|month|year))(?![a-z])|'ll(?![a-z])|予定|計画|検討中|来月|来週|来期|来年/i;
const BRACKET_PIECE_SEP = /([,;、；])/;

function withoutPlanAsides(text: string): string {
  if (!MAY_BRACKET.test(text)) return text;
  return text.replace(BRACKET, (whole: string, inner: string) => {
    if (!CHANGE.test(inner) || !PLAN.test(inner.replace(AS_PLANNED, ' '))) return whole;
    // (Split with the separators kept, at the odd places: they stay as they were.)
    const pieces = inner.split(BRACKET_PIECE_SEP);
    const kept = pieces.map((p, i) => (i % 2 === 0 && CHANGE.test(p) && PLAN.test(p.replace(AS_PLANNED, ' ')) && !DONE.test(p.replace(NOT_DONE_WORDS, ' ')) ? blank(p) : p));
    return `${whole[0]}${kept.join('')}${whole[whole.length - 1]}`;
  });
}

/**
 * `text` with the level names and TLS changes of placeholder and to-come fields blanked (spaces, the same length: no clause
 * break of extract.ts's is added), or `text` itself when there is none. Run on the normalised text extract.ts reads.
 */
export function withoutPendingValues(input: string): string {
  if (input.length > 20000) return input;
  const text = withoutPlanAsides(input);
  if (!MAY_SUBJECT.test(text) || !MAY_CUE.test(text)) return text;
  /** The fields to mask: where, and whether their level names, their TLS changes or both. */
  const masks: { from: number; to: number; level: boolean; tls: boolean }[] = [];
  for (const [s0, s1] of sentenceSpans(text)) {
    const sentence = text.slice(s0, s1);
    if (!MAY_SUBJECT.test(sentence) || !MAY_CUE.test(sentence)) continue;
    // ("Plan: Medium-High tonight. Done already.": a plan said carried out right after it is a report; only placeholders count.)
    const carriedOut = PLAN_DONE_AFTER.test(text.slice(s1, s1 + 60));
    const planned = PLAN_LABEL.test(sentence) && !carriedOut;
    const fields = fieldSpans(sentence, s0);
    // (The field, the rest of its sentence and what follows it: "Tonight we set Medium-High. It works now." reports; "TMS was upgraded
    // last month, tonight we set Medium-High" does not.)
    const read = fields.map(([a, b]) => said(text.slice(a, b), text.slice(a, Math.min(text.length, s1 + 80))));
    fields.forEach(([a, b], i) => {
      const field = text.slice(a, b);
      const r = read[i]!;
      if (r.done) return;
      // ("Medium-High - TBD", "Medium-High (not yet)": the next field, nothing but the word, says it of this one.)
      const next = fields[i + 1];
      const bareNext = !!next && BARE.test(text.slice(next[0], next[1])) && !read[i + 1]!.done;
      // (A plan's label makes a step of the level only: "Next steps: disable TLS 1.0" is left to the hardening-plan reader.)
      const both = r.both || bareNext;
      // ("… tested Medium-High with our Polycoms yet but it is set": the test is not done, the level is said set, REV33 #4. Without
      // such words, "Medium-High not yet tested with the HDX", "we have not tested Medium-High in production yet" do not say the level
      // is in place: the bare name stays hidden, and an earlier level is kept, REV34 #1.)
      const notDone = r.notDone && !levelSaidSet(sentence);
      const level = both || planned || (r.plan && !carriedOut) || notDone;
      if (!level) return;
      const hasLevel = HAS_LEVEL.test(field) || /high|low|ハイ/i.test(field);
      const hasTls = both && HAS_TLS.test(field);
      if (!hasLevel && !hasTls) return;
      // ("Level: Medium → Medium-High (planned)": the level before the arrow is the one in place.)
      const arrow = both ? ARROW.exec(field) : null;
      const from = arrow && HAS_LEVEL.test(field.slice(0, arrow.index)) ? a + arrow.index : a;
      masks.push({ from, to: b, level: hasLevel, tls: hasTls });
    });
  }
  if (masks.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of masks) {
    let piece = text.slice(m.from, m.to);
    if (m.level) piece = piece.replace(LEVEL_WORDS, blank);
    if (m.tls) piece = piece.replace(TLS_WORDS, blank);
    out += text.slice(at, m.from) + piece;
    at = m.to;
  }
  return out + text.slice(at);
}
