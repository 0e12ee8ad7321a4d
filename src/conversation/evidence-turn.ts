/**
 * A turn with evidence: a file (capture, .reg, event log) read by src/evidence/ and handed to the
 * conversation (console `evidence PATH`, a file shared in Slack). What it showed is said first,
 * then it joins the facts (Facts.evidence) and the diagnosis is composed again. Pure.
 */
import type { Block } from './document';
import type { ConversationState, TurnResult } from './types';
import { addReading, MAX_OBSERVATIONS, type EvidenceReading } from '../evidence/types';
import { echo, isObj } from './guards';
import { next, para, reply, respond, unchanged } from './compose';

/** At most this many observations are listed in the reply (all of them join the facts). */
const SHOWN = 8;

export function onEvidence(state: ConversationState, source: unknown, reading: unknown): TurnResult {
  const lang = state.lang;
  const ja = lang === 'ja';
  if (!isObj(reading) || !Array.isArray((reading as { observations?: unknown }).observations)) {
    return unchanged(state, [reply(lang, [para(ja ? '証拠を読み取れませんでした。' : 'I could not read that evidence.')])]);
  }
  const r = reading as unknown as EvidenceReading;
  const name = echo(typeof source === 'string' ? source : 'evidence', 60);
  const observations = r.observations.filter((o) => isObj(o) && typeof o.code === 'string' && isObj(o.detail)).slice(0, MAX_OBSERVATIONS);
  const clean: EvidenceReading = { kind: r.kind, observations, facts: isObj(r.facts) ? r.facts : {} };
  const blocks: Block[] = [];
  if (observations.length === 0) {
    blocks.push(para(ja ? `${name} を読みましたが、この問題に関係する内容は見つかりませんでした。` : `I read ${name} but found nothing that bears on this problem.`));
  } else {
    blocks.push({ type: 'context', text: ja ? `${name}（${r.kind}）から読み取った内容：` : `What ${name} (${r.kind}) shows:` });
    const items = observations.slice(0, SHOWN).map((o) => String(o.detail[lang] ?? o.detail.en));
    if (observations.length > SHOWN) items.push(ja ? `…ほか ${observations.length - SHOWN} 件` : `… and ${observations.length - SHOWN} more`);
    blocks.push({ type: 'bullets', items });
  }
  for (const p of (Array.isArray(r.problems) ? r.problems : []).slice(0, 3)) {
    if (isObj(p) && typeof p[lang] === 'string') blocks.push({ type: 'warning', title: ja ? '注意' : 'Note', text: String(p[lang]) });
  }
  if (observations.length === 0 && Object.keys(clean.facts).length === 0) return unchanged(state, [reply(lang, blocks)]);
  const facts = { ...state.facts, evidence: addReading(state.facts.evidence, name, clean) };
  return respond(next(state, { facts }), blocks, [], true);
}
