/**
 * "we changed it to Medium-High in TMS Tools last week" when the conversation holds a TMS before 15 and that level already (QA64 #10,
 * s24): TMS before 15 has no Communication Security setting (knowledge.md, TMS before 15), so the level said again settles nothing;
 * it says the TMS version is the one to check (a TMS whose TMS Tools shows the setting is 15 or later, and then the TMS 15 fix applies
 * instead of the upgrade), and asks it. Not "Nothing in the answer above changes". A level said for the first time, or another one,
 * is the usual update (its answer carries the same contradiction, knowledge/index.ts tmsPre15UpgradeOrDowngrade). Pure.
 */
import type { ConversationState, TurnResult } from './types';
import { extractFacts } from '../domain/extract';
import { formatLevel, formatTms } from '../domain/versions';
import { question as questionFor } from '../domain/knowledge';
import { next, para, questionBlock, reply } from './compose';

/** Is the message that level said again, for a TMS before 15? */
export function levelAgainOnPre15(s: ConversationState, text: string): boolean {
  const f = s.facts;
  if (!f.tms || parseInt(f.tms.semver, 10) >= 15 || (f.level !== 'medium-high' && f.level !== 'high')) return false;
  if (text.length > 200) return false;
  const found = extractFacts(text).facts;
  return found.level === f.level && Object.keys(found).every((k) => k === 'level');
}

export function onLevelAgainOnPre15(s: ConversationState): TurnResult {
  const lang = s.lang;
  const tms = formatTms(s.facts.tms!);
  const level = formatLevel(s.facts.level!);
  const text =
    lang === 'ja'
      ? `${tms} には [Communication Security] の設定がありません。TMS ツールにこの設定があるのは TMS 15 以降です。TMS ツールで ${level} に変更できたのであれば、この TMS は 15 以降のはずで、その場合はアップグレードではなく TMS 15 向けの対処があてはまります。そのため、まず TMS のバージョンを確認させてください。`
      : `${tms} has no Communication Security setting: TMS Tools offers it from TMS 15 on. If you could set ${level} in TMS Tools, this TMS is most likely 15 or later, and then the TMS 15 fix applies instead of the upgrade. So the TMS version is the thing to settle first.`;
  const q = questionFor('need-tms-version');
  return { state: next(s, { pending: q.code }), replies: [reply(lang, [para(text), questionBlock(lang, q)])] };
}
