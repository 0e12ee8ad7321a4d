/**
 * "same as before", "same versions as last time", 「前と同じです」「さっきと同じ構成」: the bot knows only
 * this conversation (a DM thread starts from the DM conversation's facts), so:
 * - just after a correction, "no, same as before" goes back to the value the correction replaced;
 * - a value the conversation holds is kept, and the reply says which;
 * - a value it never had is not guessed: the reply says the bot does not remember other cases and
 *   asks for it again (the question with its example).
 * Pure.
 */
import type { Facts } from '../domain/types';
import { FIELD_NAMES, FIELDS, fieldOfQuestion, type Field } from '../domain/fields';
import { question as questionFor, QUESTION_CODES } from '../domain/knowledge';
import type { SameAsBefore } from '../domain/understand/same-as-before';
import type { Block } from './document';
import type { ConversationState, TurnResult } from './types';
import { actionsBlock, contextLine, diagnoseState, next, para, questionBlock, reply, respond } from './compose';
import { diffFacts } from './merge';
import { TEXTS } from './texts';

/** Only the version fields (and where SQL runs) of `facts`: what "the versions" are. */
function versionsOf(facts: Facts, fields: readonly Field[] = FIELD_NAMES): Facts {
  const out: Facts = {};
  for (const f of fields) if (facts[f] !== undefined) (out as Record<string, unknown>)[f] = facts[f];
  if (fields.includes('sql') && facts.sql && facts.sqlLocation) out.sqlLocation = facts.sqlLocation;
  return out;
}

/** "TMS 15.2.1 · CE 9.15" / 「TMS 15.2.1、CE 9.15」: the values of `facts`, as the context line shows them. */
function shown(facts: Facts, state: ConversationState): string {
  const line = contextLine(facts, state.lang);
  const label = TEXTS[state.lang].understood;
  return line.replace(new RegExp(`^${label}[:：]\\s?`), '');
}

export function onSameAsBefore(state: ConversationState, said: SameAsBefore): TurnResult {
  const earlier = said.elsewhere ? undefined : state.earlier;
  if (said.field) {
    const f = said.field;
    if (earlier?.[f] !== undefined) return goBack(state, [f]);
    if (state.facts[f] !== undefined) return kept(state, [f], false);
    return unknown(state, f);
  }
  // "no, same as before" just after a correction: every value it replaced.
  if (earlier && Object.keys(earlier).length) return goBack(state, FIELD_NAMES.filter((f) => earlier[f] !== undefined));
  const pending = fieldOfQuestion(state.pending);
  // A bare "same as before" answers the open question; "same versions" / 「同じ構成」 speaks of them all.
  if (pending && !said.whole && state.facts[pending] === undefined) return unknown(state, pending);
  const known = FIELD_NAMES.filter((f) => state.facts[f] !== undefined);
  if (known.length === 0) return unknown(state, null);
  const required = diagnoseState(state).questions.find((q) => q.required);
  if (required) return unknown(state, fieldOfQuestion(required.code) ?? null);
  return kept(state, known, !said.whole && !pending);
}

/** The values the last correction replaced are back ("Updated: SQL Server 2014 → SQL Server 2016"). */
function goBack(state: ConversationState, fields: Field[]): TurnResult {
  const back = versionsOf(state.earlier ?? {}, fields);
  const facts: Facts = { ...state.facts, ...back };
  const s = next(state, { facts });
  delete s.earlier;
  delete s.lastAnswer;
  const note = para(TEXTS[state.lang].sameBack(shown(back, state)));
  return withNote(respond(s, diffFacts(state.facts, facts, state.lang), [], false, state.facts), [note]);
}

/**
 * The note as a reply of its own, before the answer: a card in Slack shows only its summary (and
 * warnings) of an answer, so a note inside it would not be seen there.
 */
function withNote(out: TurnResult, note: Block[]): TurnResult {
  return { ...out, replies: [reply(out.state.lang, note), ...out.replies] };
}

/** The values held are kept; the answer (or the question still open) follows. */
function kept(state: ConversationState, fields: Field[], maybeFailing: boolean): TurnResult {
  const t = TEXTS[state.lang];
  const pre: Block[] = [para(t.sameKept(shown(versionsOf(state.facts, fields), state)))];
  if (maybeFailing) pre.push(para(t.sameMaybeFailing));
  return withNote(respond(next(state, {}), [], [], false, state.facts), pre);
}

/** A value this conversation never had: said plainly, and asked for with the question's example. */
function unknown(state: ConversationState, field: Field | null): TurnResult {
  const lang = state.lang;
  const t = TEXTS[lang];
  const code = field ? FIELDS[field].question : 'need-endpoint-version';
  const q = questionFor(code as (typeof QUESTION_CODES)[number]);
  const what = field === null ? '' : field === 'level' ? (lang === 'ja' ? '[Communication Security] のレベル' : 'Communication Security level') : lang === 'ja' ? `${t.fieldNames[field]} のバージョン` : `${t.fieldNames[field]} version`;
  const blocks: Block[] = [para(t.sameUnknown(what))];
  const ctx = contextLine(state.facts, lang);
  if (ctx) blocks.push({ type: 'context', text: ctx });
  else if (field === null) blocks.push(para(t.intro));
  blocks.push(questionBlock(lang, q), actionsBlock(lang, false));
  const s = next(state, { pending: q.code });
  delete s.earlier;
  return { state: s, replies: [reply(lang, blocks)] };
}
