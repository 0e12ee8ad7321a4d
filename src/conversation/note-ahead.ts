/**
 * A note put ahead of a turn's reply: "the rest of the text was not read", "I started over", "the lab part was left out", a
 * level change that did not save… The note leads the first reply's blocks; a turn with no reply is answered by the note alone
 * (in `lang`). Pure.
 */
import type { Lang } from '../domain/types';
import type { Block } from './document';
import type { TurnResult } from './types';
import { reply } from './compose';

/**
 * `out` with `note` (one block or several) ahead of its first reply's blocks, or, when it has no reply, a reply of the note
 * alone in `lang`. `afterAnswers`: after the answer a reply gives first (Reply.answers), not before it.
 */
export function withNoteAhead(out: TurnResult, note: Block | readonly Block[], lang: Lang, afterAnswers = false): TurnResult {
  const notes: Block[] = Array.isArray(note) ? [...(note as readonly Block[])] : [note as Block];
  const [first, ...rest] = out.replies;
  if (!first) return { ...out, replies: [reply(lang, notes)] };
  const at = afterAnswers ? Math.min(first.answers ?? 0, first.blocks.length) : 0;
  return { ...out, replies: [{ ...first, blocks: [...first.blocks.slice(0, at), ...notes, ...first.blocks.slice(at)] }, ...rest] };
}
