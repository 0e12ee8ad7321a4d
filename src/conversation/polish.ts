/**
 * Last touches on a reply before it leaves the engine, by language (docs/ja-style.md):
 * in Japanese, the first mention of TMS ツール carries its English name, 「TMS ツール（TMS Tools）」,
 * and later mentions use the one term. Code blocks are literals and are never changed.
 */
import { glossFirstTmsTools } from '../domain/ja-style';
import type { Block, Reply } from './document';
import type { TurnResult } from './types';

/** The block's visible texts (code excepted), and a way to put changed texts back. */
function texts(b: Block): { get: string[]; set: (xs: string[]) => Block } {
  switch (b.type) {
    case 'heading':
    case 'subheading':
    case 'paragraph':
    case 'context':
      return { get: [b.text], set: ([t]) => ({ ...b, text: t }) };
    case 'steps':
    case 'bullets':
      return { get: [...b.items], set: (xs) => ({ ...b, items: xs }) };
    case 'warning':
      return { get: [b.title, b.text], set: ([t, x]) => ({ ...b, title: t, text: x }) };
    case 'question':
      return { get: [b.text], set: ([t]) => ({ ...b, text: t }) };
    default:
      return { get: [], set: () => b };
  }
}

export function polishReply(reply: Reply): Reply {
  if (!reply || reply.lang !== 'ja' || !Array.isArray(reply.blocks)) return reply;
  const parts = reply.blocks.map(texts);
  const flat: string[] = []; // a loop, not flatMap (slow in Node 20)
  for (const p of parts) for (const t of p.get) flat.push(t);
  const glossed = glossFirstTmsTools(flat);
  if (glossed.every((t, i) => t === flat[i])) return reply;
  let i = 0;
  const blocks = parts.map((p, k) => {
    if (p.get.length === 0) return reply.blocks[k];
    const xs = glossed.slice(i, i + p.get.length);
    i += p.get.length;
    return p.set(xs);
  });
  return { ...reply, blocks };
}

export function polishTurn(r: TurnResult): TurnResult {
  return { ...r, replies: r.replies.map(polishReply) };
}
