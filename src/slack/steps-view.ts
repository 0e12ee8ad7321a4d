/**
 * The details behind the card's *Show steps* (the caveats, then each numbered step) laid out within
 * Slack's limits without cutting a step in two: the details are split into parts (the caveats; each
 * step, the "Steps" heading going with step 1), each part rendered by blockkit.renderReply (which
 * already splits a text over 3,000 characters into several sections), then whole parts are packed
 * into messages of at most 50 blocks (and blockkit's text budget) or modal pages of at most 100
 * blocks, a divider between parts. Only a part larger than a whole message is split, by blocks.
 * Pure.
 */
import type { KnownBlock } from '@slack/types';
import type { Block } from '../conversation/document';
import { clip, stepsBlocks, type Summary } from '../conversation/summary';
import type { Lang } from '../domain/types';
import { blockId, LIMITS, renderReply, type SlackMessage } from './blockkit';
import { escapeMrkdwn, splitEscaped } from './mrkdwn';

/** Slack's limit on blocks in a modal view. */
export const MODAL_BLOCKS = 100;

interface Part {
  blocks: KnownBlock[];
  /** The part's fallback text (already escaped by renderReply). */
  text: string;
  /** The step numbers the part holds (none for the caveats). */
  steps: number[];
}

/** The details as blocks of the reply model, cut into parts: the caveats, then each step (the "Steps" heading with step 1). */
export function detailParts(s: Summary, lang: Lang): { blocks: Block[]; steps: number[] }[] {
  const parts: { blocks: Block[]; steps: number[] }[] = [];
  let inSteps = false;
  let step = 0;
  let glue = false;
  for (const b of stepsBlocks(s, lang)) {
    if (((b.type === 'subheading' || b.type === 'heading') && !glue) || parts.length === 0) parts.push({ blocks: [], steps: [] });
    const cur = parts[parts.length - 1]!;
    cur.blocks.push(b);
    if (b.type === 'heading') inSteps = true;
    else if (b.type === 'subheading' && inSteps) cur.steps.push(++step);
    glue = b.type === 'heading';
  }
  return parts;
}

/** Each part rendered; a part larger than `maxBlocks` is cut into pieces of that size (blockkit keeps each block valid). */
function renderParts(s: Summary, lang: Lang, maxBlocks: number): Part[] {
  return detailParts(s, lang).flatMap((p) => {
    const ms = renderReply({ lang, blocks: p.blocks });
    return cut({ blocks: ms.flatMap((m) => m.blocks), text: ms.map((m) => m.text).join('\n\n'), steps: p.steps }, maxBlocks);
  });
}

function cut(p: Part, maxBlocks: number): Part[] {
  if (p.blocks.length <= maxBlocks) return [p];
  const out: Part[] = [];
  for (let i = 0; i < p.blocks.length; i += maxBlocks) out.push({ blocks: p.blocks.slice(i, i + maxBlocks), text: i === 0 ? p.text : '', steps: p.steps });
  return out;
}

const size = (bs: KnownBlock[]): number => bs.reduce((n, b) => n + JSON.stringify(b).length, 0);

/** Whole parts packed into pages of at most `maxBlocks` blocks (and `maxChars` of block JSON), a divider between parts. */
function pack(parts: Part[], maxBlocks: number, maxChars: number): Part[][] {
  const pages: Part[][] = [];
  let cur: Part[] = [];
  let blocks = 0;
  let chars = 0;
  for (const p of parts) {
    const c = size(p.blocks);
    if (cur.length && (blocks + 1 + p.blocks.length > maxBlocks || chars + c > maxChars)) {
      pages.push(cur);
      cur = [];
      blocks = 0;
      chars = 0;
    }
    blocks += p.blocks.length + (cur.length ? 1 : 0);
    chars += c;
    cur.push(p);
  }
  if (cur.length) pages.push(cur);
  return pages;
}

function joinPage(page: Part[], key: string | undefined): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  page.forEach((p, i) => {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push(...p.blocks.map((b) => ({ ...b })));
  });
  // Block ids are unique within a message: numbered again across the packed parts.
  blocks.forEach((b, n) => {
    const id = blockId(key, n);
    if (id) (b as { block_id?: string }).block_id = id;
    else delete (b as { block_id?: string }).block_id;
  });
  return blocks;
}

function pageText(page: Part[], lang: Lang): string {
  const t = page.map((p) => p.text).filter(Boolean).join('\n\n').trim() || (lang === 'ja' ? '手順（続き）' : 'Steps (continued)');
  return t.length <= LIMITS.fallbackText ? t : `${splitEscaped(t, LIMITS.fallbackText - 1)[0]!.trimEnd()}…`;
}

function asMessages(parts: Part[], lang: Lang, key?: string): SlackMessage[] {
  return pack(parts.flatMap((p) => cut(p, LIMITS.blocksPerMessage)), LIMITS.blocksPerMessage, LIMITS.messageTextBudget).map((page) => ({ text: pageText(page, lang), blocks: joinPage(page, key) }));
}

/** The action id of the step checklist under a thread's steps (listeners/actions/step-done.ts). */
export const STEP_DONE = 'step-done';
/** Slack: at most 10 options in one checkboxes element, 75 characters of option text. */
const CHECKBOX_OPTIONS = 10;
const OPTION_TEXT = 75;

/** A step title as option text: escaped, then within the limit (cut before escaping, never inside an entity). */
function optionText(raw: string): string {
  for (let max = OPTION_TEXT; max > 8; max -= 5) {
    const t = escapeMrkdwn(clip(raw, max));
    if (t.length <= OPTION_TEXT) return t;
  }
  return escapeMrkdwn(clip(raw.replace(/[&<>]/g, ' '), OPTION_TEXT));
}

/** One checkbox per step of a message (to tick what is done, seen by the whole thread). */
function checklist(s: Summary, steps: number[]): KnownBlock | null {
  if (steps.length === 0) return null;
  const elements = [];
  for (let i = 0; i < steps.length; i += CHECKBOX_OPTIONS) {
    elements.push({
      type: 'checkboxes' as const,
      action_id: i === 0 ? STEP_DONE : `${STEP_DONE}:${i / CHECKBOX_OPTIONS}`,
      options: steps.slice(i, i + CHECKBOX_OPTIONS).map((n) => ({ text: { type: 'mrkdwn' as const, text: optionText(`${n}. ${s.steps[n - 1]?.title ?? ''}`) }, value: String(n) })),
    });
  }
  return { type: 'actions', elements };
}

/**
 * The details as thread (or ephemeral) messages: whole steps, at most 50 blocks each. `checklist`:
 * each message ends with a checkbox per step it holds, to tick what is done (a thread's steps).
 */
export function stepsMessages(s: Summary, lang: Lang, opts: { key?: string; checklist?: boolean } = {}): SlackMessage[] {
  if (!opts.checklist) return asMessages(renderParts(s, lang, LIMITS.blocksPerMessage), lang, opts.key);
  // One block of each message is kept for its checklist.
  const room = LIMITS.blocksPerMessage - 1;
  const parts = renderParts(s, lang, room);
  return pack(parts, room, LIMITS.messageTextBudget).map((page) => {
    const steps = [...new Set(page.flatMap((p) => p.steps))];
    const list = checklist(s, steps);
    const blocks = joinPage(page, undefined);
    if (list) blocks.push(list);
    blocks.forEach((b, n) => {
      const id = blockId(opts.key, n);
      if (id) (b as { block_id?: string }).block_id = id;
    });
    return { text: pageText(page, lang), blocks };
  });
}

const MT = {
  en: {
    rest: (from: number, to: number) =>
      from === to ? `Step ${from} did not fit in this window: it is in the conversation, visible only to you.` : `Steps ${from}–${to} did not fit in this window: they are in the conversation, visible only to you.`,
    restAny: 'The rest did not fit in this window: it is in the conversation, visible only to you.',
  },
  ja: {
    rest: (from: number, to: number) =>
      from === to ? `手順 ${from} はこの画面に収まらないため、会話のほうに表示しました（あなただけに表示されます）。` : `手順 ${from}〜${to} はこの画面に収まらないため、会話のほうに表示しました（あなただけに表示されます）。`,
    restAny: '残りはこの画面に収まらないため、会話のほうに表示しました（あなただけに表示されます）。',
  },
} as const;

/**
 * The details for a modal: the first page (at most 100 blocks, whole steps) and, when they do not
 * all fit, the rest as messages to send privately (the modal's last line says which steps went there).
 */
export function stepsModal(s: Summary, lang: Lang): { blocks: KnownBlock[]; rest: SlackMessage[] } {
  // One block is kept free for the note about the rest.
  const [first = [], ...more] = pack(renderParts(s, lang, MODAL_BLOCKS - 1), MODAL_BLOCKS - 1, Number.POSITIVE_INFINITY);
  const blocks = joinPage(first, undefined);
  if (more.length === 0) return { blocks, rest: [] };
  const restParts = more.flat();
  const steps = restParts.flatMap((p) => p.steps);
  const note = steps.length ? MT[lang].rest(steps[0]!, steps[steps.length - 1]!) : MT[lang].restAny;
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: note }] });
  return { blocks, rest: asMessages(restParts, lang) };
}
