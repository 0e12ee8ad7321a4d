/**
 * Shared by tests that step the engine through a few user messages: the last turn's replies as one
 * searchable text (every block as JSON) and the state after the last message.
 */
import { step } from '../../src/conversation/engine';
import type { Reply } from '../../src/conversation/document';
import type { ConversationState } from '../../src/conversation/types';

export const textOf = (replies: Reply[]): string => replies.flatMap((r) => r.blocks).map((b) => JSON.stringify(b)).join('\n');

/** Steps a fresh conversation through `texts`; the state after the last and that turn's replies as text. */
export function run(texts: string[]): { state: ConversationState; text: string } {
  let s: ConversationState | null = null;
  let text = '';
  for (const t of texts) {
    const r = step(s, { kind: 'text', text: t });
    s = r.state;
    text = textOf(r.replies);
  }
  return { state: s!, text };
}
