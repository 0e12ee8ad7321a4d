/**
 * "I don't know the level", "not sure about SQL, let me check", 「レベルは分かりません」 while another question is open (QA63 #9,
 * #10): the "don't know" is about the topic the user named, not the pending question. That topic is marked skipped (its safe
 * assumption kept), and the pending question is asked again. It was applied to the pending question, and the named one asked
 * next. Only when the message names exactly one topic, it is not the pending one, and its value is not known. Pure.
 */
import type { QuestionCode } from '../domain/types';
import { fieldOfQuestion } from '../domain/fields';
import type { ConversationState, TurnResult } from './types';
import { diagnoseState, next, para, questionBlock, reply, respond } from './compose';
import { TEXTS } from './texts';

/** Each topic a "don't know" may name, by its question (on the normalised, lower-case text). */
const TOPICS: readonly [QuestionCode, RegExp][] = [
  ['need-security-level', /(?<![a-z])(?:level|communication\ssecurity|security\s(?:level|setting))(?![a-z])|レベル|通信セキュリティ|セキュリティ設定/],
  ['need-sql-version', /(?<![a-z])(?:sql|database|db)(?![a-z])|データベース/],
  ['need-windows-version', /(?<![a-z])(?:windows|os|winver|server\s(?:version|release))(?![a-z])|ウィンドウズ/],
  ['need-endpoint-version', /(?<![a-z])(?:endpoints?|codecs?|firmware|roomos|ce|tc)(?![a-z])|エンドポイント|端末|ファーム/],
  // (TMS only as its release, "the TMS version", "about TMS": "the TMS server", "the TMS admin knows", "tmsng" name no release.)
  ['need-tms-version', /(?<![a-z])tms(?:['’]s)?\s(?:version|release|build)|(?:version|release)\sof\s(?:the\s)?tms(?![a-z])|about\s(?:the\s)?tms(?!\s?[a-z])|tms\s?の\s?バージョン/],
];

/** The one question whose topic the text names, or null (none, or more than one). */
export function skippedTopicIn(norm: string): QuestionCode | null {
  if (norm.length > 160) return null;
  // ("the OS" is OS; "TMS Tools" is where the level is, not the TMS release.)
  const named = TOPICS.filter(([, re]) => re.test(norm)).map(([code]) => code);
  return named.length === 1 ? named[0] : null;
}

/** The reply to a "don't know" about another topic than the pending question's, or null. */
export function onSkipNamed(s: ConversationState, norm: string): TurnResult | null {
  const pending = s.pending;
  if (!pending) return null;
  const code = skippedTopicIn(norm);
  if (!code || code === pending) return null;
  const field = fieldOfQuestion(code);
  if (!field || s.facts[field] !== undefined || s.skipped?.includes(code)) return null;
  const asked = diagnoseState(s).questions;
  const pendingQ = asked.find((q) => q.code === pending);
  if (!pendingQ) return null;
  const t = TEXTS[s.lang];
  const skipped = [...new Set([...(s.skipped ?? []), code])];
  // (The level: Medium, the default, kept; while the level is required, the safe assumption said as the skip of it says it.)
  const levelRequired = asked.some((q) => q.code === code && q.required);
  const note = para(field === 'level' ? (levelRequired ? t.skipAssumedLevel : t.skipLevelKept) : t.skipNamedKept(t.skipTopicName[field]));
  const after = next(s, { skipped });
  // The pending question still required: the diagnosis asks it again, with what the skip assumes said.
  if (pendingQ.required) return respond({ ...after, pending: null }, [note], [], false);
  return { state: after, replies: [reply(s.lang, [note, para(t.refineOffer), questionBlock(s.lang, pendingQ)])] };
}
