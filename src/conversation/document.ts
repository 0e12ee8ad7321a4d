/**
 * The surface-neutral reply model. The conversation engine produces these; renderers turn them
 * into Block Kit (src/slack), terminal text (src/console) and JSON.
 *
 * Texts are plain text in the reply's language. Renderers escape them for their surface
 * (Slack: & < > ; terminal: control characters). The only markup the bot itself writes is
 * `backticks` for inline literals (registry value names, service names); user-supplied text is
 * never trusted to carry markup.
 */
import type { Diagnosis, Facts, Lang, QuestionCode } from '../domain/types';
import type { Summary } from './summary';

export interface Action {
  /** Stable action id, e.g. 'start-over', 'answer', 'probe-endpoint', 'share'. */
  id: string;
  label: string;
  /** Value sent back when pressed (for 'answer': the answer text, e.g. "2012"). */
  value?: string;
  style?: 'primary' | 'danger';
}

/**
 * What a block advises that carries a caveat wherever it is said: 'medium-high' = raising Communication Security to
 * Medium-High (knowledge.md, Caveats, Telnet and SNMP: that change turns Telnet and SNMP off). Set by whoever builds
 * the block (or, for a finding's words, by the knowledge: `LocalizedText.advises`); src/conversation/telnet-pointer.ts
 * keys on it, never on the wording.
 */
export type Advises = 'medium-high';

export type Block = (
  | { type: 'heading'; text: string }
  /** The title of one part of an answer (a step, a finding): bold, smaller than a heading. */
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'steps'; items: string[] }
  | { type: 'bullets'; items: string[] }
  | { type: 'code'; text: string }
  | { type: 'warning'; title: string; text: string }
  | { type: 'question'; code: QuestionCode; text: string; example?: string; choices: Action[] }
  | { type: 'context'; text: string }
  | { type: 'actions'; actions: Action[] }
  | { type: 'divider' }
) & { advises?: Advises };

/** The block, marked as advising the change to Medium-High. */
export function advisingBlock<B extends Block>(b: B): B {
  return { ...b, advises: 'medium-high' };
}

export interface Reply {
  lang: Lang;
  blocks: Block[];
  /** Present when the reply carries a diagnosis (same shape as `diagnose --json`). */
  diagnosis?: DiagnosisJson;
  /**
   * The short form of that diagnosis (verdict, cause, next action, caveats, steps): what a surface
   * with little room shows first (the Slack card). Present with `diagnosis` on a full answer.
   */
  summary?: Summary;
  /**
   * A one-line form of this reply (a probe result), for a surface that shows a diagnosis card in
   * the same answer: the card carries the line instead of a second message (src/slack/answer.ts).
   */
  brief?: string;
  /**
   * The reply to a reopen ("reopening: … No HTTPS response again", 「再発しました」): the fix worked once
   * and the error is back. A surface that shows a status on its answer (the Slack card's Fixed) sets
   * it back to open.
   */
  reopened?: true;
  /**
   * All that evidence read in this turn showed (its lead line and lines), for a surface that shows
   * the findings' titles only (the Slack card): the reply's blocks do not list again a line the
   * diagnosis in them quotes.
   */
  evidence?: { lead: string; items: string[] };
  /**
   * The first `answers` blocks answer a question asked in the same message as facts ("SQL is 2016. Do we
   * need a reboot?"); the blocks after them reply to the facts. A surface that shows the diagnosis as a
   * card (edited in place, with a short note) shows these blocks as they are, ahead of it.
   */
  answers?: number;
  /**
   * The answer asked for again in full ("details", "show me the steps", 「手順を見せてください」): a surface that shows
   * the diagnosis as a card edited in place posts the card's steps (as its Show steps button does) rather than
   * a note that nothing in the card changed.
   */
  again?: true;
}

/** The JSON shape shared by `diagnose --json`, `chat --json` and the tests. */
export interface DiagnosisJson extends Diagnosis {
  facts: Facts;
}
