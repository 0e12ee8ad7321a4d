/**
 * A size guard for a message as it will be sent (block_ids and all): the problems Slack would
 * refuse it for (`invalid_blocks`, `msg_too_long`) or that our own budgets forbid. Empty = fine.
 */
import type { KnownBlock } from '@slack/types';
import { LIMITS } from './blockkit';

export interface GuardLimits {
  /** At most this many blocks (Slack: 50; the answer card: 15). */
  maxBlocks: number;
  /** At most this many characters in the fallback `text`. */
  maxText: number;
  /** At most this many characters of JSON for the blocks (block_ids included). */
  maxJson: number;
}

export const MESSAGE_LIMITS: GuardLimits = { maxBlocks: LIMITS.blocksPerMessage, maxText: 4000, maxJson: LIMITS.messageTextBudget * 2 };

interface Loose {
  type?: string;
  block_id?: string;
  action_id?: string;
  text?: { type?: string; text?: string } | string;
  value?: string;
  url?: string;
  elements?: Loose[];
  fields?: Loose[];
  options?: Loose[];
}

/** Characters (code points, as Array.from counts them) of `s`, without building an array. */
function len(s: string | undefined): number {
  if (!s) return 0;
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * len(s) > limit. A string no longer in UTF-16 units than the limit cannot have more code points:
 * its characters are not counted (nearly every text of a message is far below its limit).
 */
function over(s: string | undefined, limit: number): boolean {
  return s !== undefined && s.length > limit && len(s) > limit;
}

function textOf(t: Loose['text']): string {
  return typeof t === 'string' ? t : t?.text ?? '';
}

/** `blocksJson`: JSON.stringify(msg.blocks), when the caller has it already. */
export function payloadProblems(msg: { text: string; blocks: KnownBlock[] }, limits: GuardLimits = MESSAGE_LIMITS, blocksJson?: string): string[] {
  const out: string[] = [];
  const blocks = msg.blocks as unknown as Loose[];
  if (blocks.length > limits.maxBlocks) out.push(`${blocks.length} blocks > ${limits.maxBlocks}`);
  if (over(msg.text, limits.maxText)) out.push(`fallback text ${len(msg.text)} > ${limits.maxText}`);
  if (!msg.text || msg.text.trim() === '') out.push('empty fallback text');
  const json = (blocksJson ?? JSON.stringify(msg.blocks)).length;
  if (json > limits.maxJson) out.push(`blocks JSON ${json} > ${limits.maxJson}`);
  const ids = new Set<string>();
  blocks.forEach((b, i) => {
    const where = `block ${i} (${b.type})`;
    if (b.block_id !== undefined) {
      if (over(b.block_id, LIMITS.blockId)) out.push(`${where}: block_id longer than ${LIMITS.blockId}`);
      if (ids.has(b.block_id)) out.push(`${where}: duplicate block_id ${b.block_id}`);
      ids.add(b.block_id);
    }
    switch (b.type) {
      case 'header':
        if (over(textOf(b.text), LIMITS.headerText)) out.push(`${where}: header text > ${LIMITS.headerText}`);
        if (textOf(b.text).trim() === '') out.push(`${where}: empty header`);
        break;
      case 'section':
        if (over(textOf(b.text), LIMITS.sectionText)) out.push(`${where}: section text > ${LIMITS.sectionText}`);
        if (textOf(b.text).trim() === '' && !b.fields?.length) out.push(`${where}: empty section`);
        break;
      case 'context':
        if (!b.elements?.length || b.elements.length > LIMITS.contextElements) out.push(`${where}: ${b.elements?.length ?? 0} context elements`);
        for (const e of b.elements ?? []) if (over(textOf(e.text), LIMITS.contextText)) out.push(`${where}: context text > ${LIMITS.contextText}`);
        break;
      case 'actions': {
        const els = b.elements ?? [];
        if (els.length === 0 || els.length > LIMITS.actionsElements) out.push(`${where}: ${els.length} elements`);
        const aids = new Set<string>();
        for (const e of els) {
          if (!e.action_id || over(e.action_id, 255)) out.push(`${where}: bad action_id`);
          else if (aids.has(e.action_id)) out.push(`${where}: duplicate action_id ${e.action_id}`);
          else aids.add(e.action_id);
          if (e.type === 'button') {
            if (over(textOf(e.text), LIMITS.buttonText) || textOf(e.text).trim() === '') out.push(`${where}: button text length`);
            if (over(e.value, LIMITS.buttonValue)) out.push(`${where}: button value > ${LIMITS.buttonValue}`);
            if (over(e.url, 3000)) out.push(`${where}: url > 3000`);
          }
          if (e.options && e.options.length > LIMITS.selectOptions) out.push(`${where}: too many options`);
        }
        break;
      }
      default:
        break;
    }
  });
  return out;
}
