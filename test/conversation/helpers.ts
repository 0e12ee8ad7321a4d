import type { Block, Reply } from '../../src/conversation/document';
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { step } from '../../src/conversation/engine';
import { renderReply } from '../../src/console/render';

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
