import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, Reply } from '../../src/conversation/document';
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { freshState, step } from '../../src/conversation/engine';
import { renderReply } from '../../src/console/render';
import { readEvidenceBuffer } from '../../src/evidence';
import { buildFixKit, type FixKit } from '../../src/fixkit';
import { probeResult, type ProbeOverrides } from '../fixtures/probe';

export const text = (t: string): IncomingMessage => ({ kind: 'text', text: t });

/** Run several turns; returns every TurnResult. */
export function talk(...msgs: (string | IncomingMessage)[]): TurnResult[] {
  let state: ConversationState | null = null;
  const out: TurnResult[] = [];
  for (const m of msgs) {
    const r = step(state, typeof m === 'string' ? text(m) : m);
    out.push(r);
    state = r.state;
  }
  return out;
}

export const last = <T>(xs: T[]): T => xs[xs.length - 1];

export function questions(r: TurnResult): string[] {
  return r.replies.flatMap((x) => x.blocks).filter((b): b is Extract<Block, { type: 'question' }> => b.type === 'question').map((b) => b.code);
}

export function findings(r: TurnResult): string[] {
  const d = r.replies.find((x) => x.diagnosis)?.diagnosis;
  return d ? d.findings.map((f) => f.code) : [];
}

export function rendered(r: TurnResult | Reply[]): string {
  const replies = Array.isArray(r) ? r : r.replies;
  return replies.map((x) => renderReply(x)).join('\n');
}

/**
 * The setup messages, then one question, in one conversation: the question's reply as plain text
 * (paragraph texts, titles and bullet items) and the state after it.
 */
export function say(setup: string[], question: string): { text: string; state: ConversationState } {
  let s: ConversationState | null = null;
  for (const m of setup) s = step(s, { kind: 'text', text: m }).state;
  const r = step(s, { kind: 'text', text: question });
  const text = r.replies
    .flatMap((x: Reply) => x.blocks)
    .map((b) => ('text' in b ? b.text : '') + ('title' in b && b.title ? b.title : '') + ('items' in b && Array.isArray(b.items) ? b.items.join('\n') : ''))
    .join('\n');
  return { text, state: r.state };
}

/** A fresh conversation in `lang` through `msgs`: the last turn's result. */
export function runIn(lang: 'en' | 'ja', msgs: readonly string[]): TurnResult {
  let state = freshState(lang);
  let r: TurnResult | undefined;
  for (const m of msgs) {
    r = step(state, { kind: 'text', text: m });
    state = r.state;
  }
  return r!;
}

/** The replies' blocks as one searchable text (each block as JSON). */
export const blocksText = (replies: Reply[]): string => replies.flatMap((r) => r.blocks).map((b) => JSON.stringify(b)).join('\n');

/** A fresh conversation in `lang` through `msgs`: the last turn's blocks as text (blocksText) and the state after it. */
export function runText(lang: 'en' | 'ja', msgs: readonly string[]): { text: string; state: ConversationState } {
  const r = runIn(lang, msgs);
  return { text: blocksText(r.replies), state: r.state };
}

/** A conversation through `texts`: the state after the last and that turn's blocks as text (blocksText). */
export function stepTexts(texts: string[]): { state: ConversationState; text: string } {
  let s: ConversationState | null = null;
  let text = '';
  for (const t of texts) {
    const r = step(s, { kind: 'text', text: t });
    s = r.state;
    text = blocksText(r.replies);
  }
  return { state: s!, text };
}

/**
 * A fresh conversation in `lang` through `msgs`, where a message ending in ".txt" is that file of
 * test/fixtures/evidence read as evidence (as the console's `evidence FILE` does): the last turn's result.
 */
export async function chatWithFiles(lang: 'en' | 'ja', msgs: readonly string[]): Promise<TurnResult> {
  let s: ConversationState = freshState(lang);
  let last: TurnResult | null = null;
  for (const m of msgs) {
    if (m.endsWith('.txt')) {
      const r = await readEvidenceBuffer(m, readFileSync(join(__dirname, '..', 'fixtures', 'evidence', m)));
      if (!r.ok) throw new Error(r.reason.en);
      last = step(s, { kind: 'evidence', source: m, reading: r.reading });
    } else last = step(s, { kind: 'text', text: m });
    s = last.state;
  }
  return last!;
}


/** The state after the messages, stepped in order from a fresh conversation (its language detected as the engine does). */
export function stateAfter(msgs: readonly string[]): ConversationState {
  let s: ConversationState | null = null;
  for (const m of msgs) s = step(s, { kind: 'text', text: m }).state;
  return s!;
}

/** The fix kit built from the facts of that conversation (throws when the kit cannot be built). */
export function kitAfter(lang: 'en' | 'ja', msgs: readonly string[]): Extract<FixKit, { ok: true }> {
  const kit = buildFixKit({ facts: stateAfter(msgs).facts, lang });
  if (!kit.ok) throw new Error(kit.reason);
  return kit;
}

/** A probe result of 127.0.0.1:`port` as the chat receives it (test/fixtures/probe.ts; nothing is probed). */
export const probeAt = (port: number, over: ProbeOverrides = {}): IncomingMessage => ({ kind: 'probe', result: probeResult({ target: `127.0.0.1:${port}`, port, ...over }) });

/**
 * `first` (the opening report), then each message (text or probe result) in turn, from `from` when given (the opening
 * then only sets the turn's language and is not kept): the last turn, the state after it and its rendered text.
 */
export function chatWith(first: string, msgs: readonly (string | IncomingMessage)[], from: ConversationState | null = null): { r: TurnResult; s: ConversationState; text: string } {
  let s = from;
  let r = step(s, { kind: 'text', text: first });
  if (!from) s = r.state;
  for (const m of msgs) {
    r = step(s, typeof m === 'string' ? { kind: 'text', text: m } : m);
    s = r.state;
  }
  return { r, s: s!, text: rendered(r) };
}

/** A Slack channel thread: the root mention, then lines said without a mention (the adapter's flags: keepLang, unaddressed). */
export function threadLines(lang: 'en' | 'ja', root: string, lines: readonly string[]): { r: TurnResult; s: ConversationState } {
  let s = freshState(lang);
  let r = step(s, { kind: 'text', text: root, keepLang: true });
  s = r.state;
  for (const l of lines) {
    r = step(s, { kind: 'text', text: l, keepLang: true, unaddressed: true });
    s = r.state;
  }
  return { r, s };
}

/** SQL Server 2008 R2 on the TMS server: where turning TLS 1.0 and SSL 3.0 off is an outage (knowledge.md). */
export const SQL2008R2_LOCAL = {
  en: 'TMS 15.2, endpoints CE 9.15, SQL 2008 R2 on the TMS server, Windows 2012 R2, level Medium',
  ja: 'TMS 15.2、エンドポイント CE 9.15、SQL 2008 R2 は TMS サーバー上、Windows 2012 R2、レベル Medium',
} as const;

/**
 * The setup said to the bot, then `line`: in a DM, or (`shared`) as a Slack channel thread sends it (unaddressed;
 * othersMentioned when it opens with @). The state before the line and the line's result.
 */
export function setupThenLine(lang: 'en' | 'ja', setup: string, line: string, shared: boolean): { before: ConversationState; r: TurnResult } {
  const before = step(freshState(lang), { kind: 'text', text: setup }).state;
  const msg: IncomingMessage = shared
    ? { kind: 'text', text: line, keepLang: true, unaddressed: true, ...(line.startsWith('@') ? { othersMentioned: true } : {}) }
    : { kind: 'text', text: line };
  return { before, r: step(before, msg) };
}
