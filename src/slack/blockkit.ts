/**
 * Block Kit rendering of the reply model (src/conversation/document.ts).
 *
 * Slack's limits are respected by SPLITTING, never by dropping facts: long texts become several
 * sections, long step lists several sections, long replies several messages. Every text is
 * escaped for mrkdwn (see mrkdwn.ts). Every message carries a plain-text `text` fallback for
 * notifications and clients that cannot show blocks.
 */
import type { ActionsBlock, Button, ContextBlock, KnownBlock, PlainTextOption, SectionBlock, StaticSelect } from '@slack/types';
import type { Action, Block, Reply } from '../conversation/document';
import type { Lang } from '../domain/types';
import { escapeAndSplit, escapeMrkdwn, inertMarkup, splitEscaped } from './mrkdwn';
import { rememberJson } from '../store/known-json';

export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  actionsElements: 25,
  contextElements: 10,
  contextText: 2000,
  blockId: 255,
  /** The notification fallback `text` (Slack recommends at most 4000). */
  fallbackText: 3000,
  /** Our own budget of block text per message, well under Slack's payload limits. */
  messageTextBudget: 12000,
} as const;

/** The most buttons a question shows before switching to a select menu. */
export const MAX_QUESTION_BUTTONS = 5;

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  /** Conversation key, carried in block_id so actions find their conversation. */
  key?: string;
  /**
   * 'add': make sure Share and Add details are offered (ephemeral replies);
   * 'remove': drop them (the reply is already visible); default 'keep'.
   */
  share?: 'add' | 'remove' | 'keep';
  /** Prefix the first message with a context line (e.g. "Shared by <@U…>"); already mrkdwn-safe. */
  preface?: string;
  /**
   * How many times the conversation had started over when this reply was drawn (ConversationState.restarts):
   * carried in the values of a question's answers and of Fix files (withGen), so a press on them after a
   * start over is known and refused, as on the answer card's own buttons.
   */
  gen?: number;
}

/** Action ids whose buttons carry the generation (besides a question's answers): their handler checks it. */
const GEN_ACTIONS = new Set(['fix-files', 'probe-endpoint']);

/** A button's value with the generation it was drawn in: `r<n>` after the value (if any). See splitGen. */
export function withGen(value: string | undefined, gen: number | undefined): string {
  const g = `r${gen && gen > 0 ? gen : 0}`;
  return value ? `${value} ${g}` : g;
}

/**
 * A value from withGen split back into the value and its generation; a value that carries none (a
 * message drawn before buttons carried it, or without a generation) comes back whole, generation undefined.
 */
export function splitGen(value: string | undefined): { value: string | undefined; gen: number | undefined } {
  const m = value ? /(?:^| )r(\d{1,7})$/.exec(value) : null;
  if (!m) return { value, gen: undefined };
  const rest = value!.slice(0, m.index);
  return { value: rest || undefined, gen: Number(m[1]) };
}

const BLOCK_ID_PREFIX = 'tmsd';

/** Build a block_id that carries the conversation key: `tmsd|<key>|<n>`. */
export function blockId(key: string | undefined, n: number): string | undefined {
  if (!key) return undefined;
  const id = `${BLOCK_ID_PREFIX}|${key}|${n}`;
  return id.length <= LIMITS.blockId ? id : undefined;
}

/** The conversation key carried by a block_id from blockId(), or null. */
export function keyFromBlockId(id: string | undefined | null): string | null {
  if (!id || !id.startsWith(`${BLOCK_ID_PREFIX}|`)) return null;
  const last = id.lastIndexOf('|');
  if (last <= BLOCK_ID_PREFIX.length) return null;
  const key = id.slice(BLOCK_ID_PREFIX.length + 1, last);
  return key.length > 0 ? key : null;
}

const T = {
  en: { eg: 'e.g.', choose: 'Choose an answer…', share: 'Share in channel', addDetails: 'Add details', continued: '(continued)', fallback: 'A reply from tms-doctor' },
  ja: { eg: '例：', choose: '回答を選択…', share: 'チャンネルに共有', addDetails: '情報を追加', continued: '（続き）', fallback: 'tms-doctor からの返信' },
} as const;

function shorten(label: string, max: number): string {
  // Code points are never more than UTF-16 units: a label that short fits without counting them
  // (every button of every reply went through Array.from here).
  if (label.length <= max) return label;
  const chars = Array.from(label.trim() === '' ? '·' : label);
  if (chars.length <= max) return label;
  return `${chars.slice(0, max - 1).join('')}…`;
}

function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** Sections for a text that is already escaped, split to the section limit. */
function sectionsEscaped(escaped: string, wrap?: { open: string; close: string }): SectionBlock[] {
  const room = LIMITS.sectionText - (wrap ? wrap.open.length + wrap.close.length : 0);
  // Slack refuses empty section texts: blank pieces carry nothing and are left out.
  return splitEscaped(escaped, room)
    .filter((p) => p.trim().length > 0)
    .map((p) => section(wrap ? `${wrap.open}${p}${wrap.close}` : p));
}

/** Code: split at line boundaries, every piece its own ``` block. */
function codeSections(text: string): SectionBlock[] {
  const body = text.replace(/```/g, '`\u200b`\u200b`');
  return sectionsEscaped(escapeMrkdwn(body), { open: '```\n', close: '\n```' });
}

/** A list as sections: items never split across sections unless a single item is too long. */
function listSections(items: string[], marker: (i: number) => string): SectionBlock[] {
  const lines: string[] = [];
  items.forEach((item, i) => {
    const m = marker(i);
    const pieces = escapeAndSplit(item, LIMITS.sectionText - m.length - 2);
    pieces.forEach((p, j) => lines.push(j === 0 ? `${m} ${p}` : `   ${p}`));
  });
  const out: SectionBlock[] = [];
  let cur = '';
  for (const line of lines) {
    if (cur && cur.length + 1 + line.length > LIMITS.sectionText) {
      out.push(section(cur));
      cur = '';
    }
    cur = cur ? `${cur}\n${line}` : line;
  }
  if (cur) out.push(section(cur));
  return out;
}

function button(a: Action, actionId: string, gen?: number): Button | null {
  const value = gen !== undefined ? withGen(a.value, gen) : a.value;
  if (value !== undefined && value.length > LIMITS.buttonValue) return null;
  const b: Button = {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: shorten(a.label, LIMITS.buttonText), emoji: true },
  };
  if (value !== undefined) b.value = value;
  if (a.style) b.style = a.style;
  return b;
}

/**
 * Buttons in as many actions blocks as needed; action_ids unique within each block. `gen(a)`: the
 * generation a button carries in its value (undefined: none).
 */
function actionBlocks(actions: Action[], gen: (a: Action) => number | undefined = () => undefined): { blocks: ActionsBlock[]; leftovers: Action[] } {
  const blocks: ActionsBlock[] = [];
  const leftovers: Action[] = [];
  let cur: Button[] = [];
  let used = new Set<string>();
  for (const a of actions) {
    let id = a.id;
    for (let n = 1; used.has(id); n++) id = `${a.id}:${n}`;
    const b = button(a, id, gen(a));
    if (!b) {
      leftovers.push(a);
      continue;
    }
    used.add(id);
    cur.push(b);
    if (cur.length === LIMITS.actionsElements) {
      blocks.push({ type: 'actions', elements: cur });
      cur = [];
      used = new Set();
    }
  }
  if (cur.length) blocks.push({ type: 'actions', elements: cur });
  return { blocks, leftovers };
}

function selectBlock(choices: Action[], lang: Lang, gen?: number): ActionsBlock | null {
  if (choices.length === 0 || choices.length > LIMITS.selectOptions) return null;
  const id = choices[0]!.id;
  const value = (c: Action) => (gen !== undefined ? withGen(c.value, gen) : c.value!);
  if (!choices.every((c) => c.id === id && c.value !== undefined && value(c).length <= LIMITS.optionValue)) return null;
  const options: PlainTextOption[] = choices.map((c) => ({
    text: { type: 'plain_text', text: shorten(c.label, LIMITS.optionText), emoji: true },
    value: value(c),
  }));
  const select: StaticSelect = {
    type: 'static_select',
    action_id: id,
    placeholder: { type: 'plain_text', text: T[lang].choose, emoji: true },
    options,
  };
  return { type: 'actions', elements: [select] };
}

function contextBlocks(escaped: string): ContextBlock[] {
  const pieces = splitEscaped(escaped, LIMITS.contextText).filter((p) => p.trim().length > 0);
  const out: ContextBlock[] = [];
  for (let i = 0; i < pieces.length; i += LIMITS.contextElements) {
    out.push({ type: 'context', elements: pieces.slice(i, i + LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text })) });
  }
  return out;
}

/** Render one block of the model; also returns its plain-text rendering (for the fallback). */
function renderBlock(b: Block, lang: Lang, opts: RenderOptions): { blocks: KnownBlock[]; plain: string } {
  switch (b.type) {
    case 'heading':
      if (b.text.trim() === '') return { blocks: [], plain: '' };
      if ((b.text.length <= LIMITS.headerText || Array.from(b.text).length <= LIMITS.headerText) && b.text.trim().length > 0) {
        return { blocks: [{ type: 'header', text: { type: 'plain_text', text: b.text, emoji: true } }], plain: b.text };
      }
      return { blocks: sectionsEscaped(escapeMrkdwn(b.text.trim()), { open: '*', close: '*' }), plain: b.text };
    case 'subheading':
      if (b.text.trim() === '') return { blocks: [], plain: '' };
      return { blocks: sectionsEscaped(escapeMrkdwn(b.text.trim()), { open: '*', close: '*' }), plain: b.text };
    case 'paragraph':
      return { blocks: sectionsEscaped(inertMarkup(escapeMrkdwn(b.text))), plain: b.text };
    case 'steps':
      return { blocks: listSections(b.items, (i) => `${i + 1}.`), plain: b.items.map((s, i) => `${i + 1}. ${s}`).join('\n') };
    case 'bullets':
      return { blocks: listSections(b.items, () => '•'), plain: b.items.map((s) => `• ${s}`).join('\n') };
    case 'code':
      if (b.text.trim() === '') return { blocks: [], plain: '' };
      return { blocks: codeSections(b.text), plain: b.text };
    case 'warning': {
      const head = b.title.trim() ? `:warning: *${escapeMrkdwn(b.title.trim())}*` : ':warning:';
      const body = escapeMrkdwn(b.text);
      const whole = body ? `${head}\n${body}` : head;
      const blocks = whole.length <= LIMITS.sectionText ? [section(whole)] : [...sectionsEscaped(head, undefined), ...sectionsEscaped(body)];
      return { blocks, plain: `⚠ ${b.title}\n${b.text}` };
    }
    case 'question': {
      let q = b.text.trim() ? `*${escapeMrkdwn(b.text.trim())}*` : '';
      if (b.example?.trim()) q += `${q ? '\n' : ''}_${T[lang].eg}${lang === 'ja' ? '' : ' '}${escapeMrkdwn(b.example.trim())}_`;
      const blocks: KnownBlock[] = q.length <= LIMITS.sectionText ? (q ? [section(q)] : []) : sectionsEscaped(escapeMrkdwn(`${b.text}${b.example ? `\n${T[lang].eg}${lang === 'ja' ? '' : ' '}${b.example}` : ''}`));
      if (b.choices.length > 0) {
        const truncated = b.choices.some((c) => c.label.length > LIMITS.buttonText && Array.from(c.label).length > LIMITS.buttonText);
        const select = b.choices.length > MAX_QUESTION_BUTTONS ? selectBlock(b.choices, lang, opts.gen) : null;
        let leftovers: Action[] = [];
        if (select) blocks.push(select);
        else {
          const r = actionBlocks(b.choices, () => opts.gen);
          blocks.push(...r.blocks);
          leftovers = r.leftovers;
        }
        // A label shortened on a button, or a choice too long for one, is still stated in full.
        const spelled = truncated ? b.choices : leftovers;
        if (spelled.length) blocks.push(...contextBlocks(spelled.map((c) => `• ${escapeMrkdwn(c.label)}${c.value && c.value !== c.label ? ` — ${escapeMrkdwn(c.value)}` : ''}`).join('\n')));
      }
      return { blocks, plain: b.example ? lang === 'ja' ? `${b.text}（${T[lang].eg}${b.example}）` : `${b.text} (${T[lang].eg} ${b.example})` : b.text };
    }
    case 'context':
      return { blocks: contextBlocks(escapeMrkdwn(b.text)), plain: b.text };
    case 'actions': {
      const acts = adjustShare(b.actions, lang, opts, true);
      const r = actionBlocks(acts, (a) => (opts.gen !== undefined && GEN_ACTIONS.has(a.id) ? opts.gen : undefined));
      return { blocks: r.blocks, plain: '' };
    }
    case 'divider':
      return { blocks: [{ type: 'divider' }], plain: '' };
    default: {
      // An unknown block kind from a newer engine: show its text rather than nothing.
      const unknown = b as { text?: unknown };
      const text = typeof unknown.text === 'string' ? unknown.text : '';
      return { blocks: text ? sectionsEscaped(escapeMrkdwn(text)) : [], plain: text };
    }
  }
}

/** The buttons only a private answer offers: Share in channel, and Add details (its next message, see listeners/views/reply-modal.ts). */
const PRIVATE_ONLY = new Set(['share', 'add-details']);

function adjustShare(actions: Action[], lang: Lang, opts: RenderOptions, inActionsBlock: boolean): Action[] {
  const mode = opts.share ?? 'keep';
  if (mode === 'remove') return actions.filter((a) => !PRIVATE_ONLY.has(a.id));
  if (mode === 'add' && inActionsBlock) {
    const out = [...actions];
    if (!out.some((a) => a.id === 'share')) out.push({ id: 'share', label: T[lang].share });
    if (!out.some((a) => a.id === 'add-details')) out.push({ id: 'add-details', label: T[lang].addDetails });
    return out;
  }
  return actions;
}

function blockJson(b: KnownBlock): string {
  return JSON.stringify(b);
}

/**
 * Render a reply into one or more Slack messages, each within Slack's limits.
 */
export function renderReply(reply: Reply, opts: RenderOptions = {}): SlackMessage[] {
  const lang: Lang = reply.lang === 'ja' ? 'ja' : 'en';
  const rendered: { blocks: KnownBlock[]; plain: string }[] = [];
  if (opts.preface) rendered.push({ blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: opts.preface }] }], plain: '' });
  let sawActions = false;
  for (const b of reply.blocks) {
    if (b.type === 'actions') sawActions = true;
    rendered.push(renderBlock(b, lang, opts));
  }
  if (!sawActions && opts.share === 'add') {
    rendered.push(renderBlock({ type: 'actions', actions: [] }, lang, opts));
  }

  // Each block's JSON (measured for the size budget) is kept: the message's blocks JSON is made from
  // them, not serialised again for the outbox row and the post (src/store/known-json.ts).
  const messages: { blocks: KnownBlock[]; json: string[]; plain: string[] }[] = [];
  let cur: { blocks: KnownBlock[]; json: string[]; plain: string[] } = { blocks: [], json: [], plain: [] };
  let size = 0;
  const flush = () => {
    if (cur.blocks.length) messages.push(cur);
    cur = { blocks: [], json: [], plain: [] };
    size = 0;
  };
  for (const r of rendered) {
    // Keep a rendered unit (e.g. a question and its buttons) together when it fits in one message.
    const json = r.blocks.map(blockJson);
    let unitSize = 0;
    for (const j of json) unitSize += j.length;
    if (cur.blocks.length && (cur.blocks.length + r.blocks.length > LIMITS.blocksPerMessage || size + unitSize > LIMITS.messageTextBudget)) flush();
    for (const [i, b] of r.blocks.entries()) {
      const s = json[i]!.length;
      if (cur.blocks.length >= LIMITS.blocksPerMessage || (cur.blocks.length && size + s > LIMITS.messageTextBudget)) flush();
      cur.blocks.push(b);
      cur.json.push(json[i]!);
      size += s;
    }
    if (r.plain) cur.plain.push(r.plain);
  }
  flush();

  // Number block_ids per message so actions can find their conversation.
  return messages.map((m, i) => {
    // A block_id added to a block that had none goes last in its JSON, as JSON.stringify puts a new key.
    let known = true;
    m.blocks.forEach((b, n) => {
      const id = blockId(opts.key, n);
      if (!id) return;
      const j = m.json[n]!;
      if (Object.prototype.hasOwnProperty.call(b, 'block_id') || j.length < 3) known = false;
      else m.json[n] = `${j.slice(0, -1)},"block_id":${JSON.stringify(id)}}`;
      (b as { block_id?: string }).block_id = id;
    });
    if (known) rememberJson(m.blocks, `[${m.json.join(',')}]`);
    const plain = m.plain.join('\n\n').trim() || (i > 0 ? T[lang].continued : T[lang].fallback);
    return { text: fallbackText(plain), blocks: m.blocks };
  });
}

/**
 * Plain-text fallback: the message's own text, escaped (notifications render mrkdwn too), cut to
 * LIMITS.fallbackText (Slack asks for at most 4000 characters; a notification shows far less) at a
 * word boundary, never inside an entity. The blocks carry the whole text.
 */
export function fallbackText(plain: string): string {
  const t = escapeMrkdwn(plain.trim());
  if (t.length === 0) return ' ';
  if (t.length <= LIMITS.fallbackText) return t;
  return `${splitEscaped(t, LIMITS.fallbackText - 1)[0]!.trimEnd()}…`;
}

export function renderReplies(replies: Reply[], opts: RenderOptions = {}): SlackMessage[] {
  const out: SlackMessage[] = [];
  replies.forEach((r, i) => {
    // One Share button for the whole answer: on the last reply only.
    const share = opts.share === 'add' && i < replies.length - 1 ? 'keep' : opts.share;
    out.push(...renderReply(r, { ...opts, share, preface: i === 0 ? opts.preface : undefined }));
  });
  return out;
}
