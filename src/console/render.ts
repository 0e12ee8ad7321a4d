/**
 * Reply → terminal text. Plain text when the output is not a terminal; ANSI colours only when
 * asked (the caller passes `color: true` for a TTY). Every text is stripped of control and
 * bidi-override characters first, so user-supplied text cannot move the cursor or recolour output.
 */
import type { Action, Block, Reply } from '../conversation/document';

export interface RenderOptions {
  /** ANSI colours (only for a TTY). */
  color?: boolean;
  /** Wrap paragraphs at this many columns (on spaces only). 0 = no wrapping. */
  width?: number;
}

const ESC = '\u001b[';
const style = {
  bold: (s: string) => `${ESC}1m${s}${ESC}0m`,
  dim: (s: string) => `${ESC}2m${s}${ESC}0m`,
  yellow: (s: string) => `${ESC}33m${s}${ESC}0m`,
  boldYellow: (s: string) => `${ESC}1;33m${s}${ESC}0m`,
  cyan: (s: string) => `${ESC}36m${s}${ESC}0m`,
  boldCyan: (s: string) => `${ESC}1;36m${s}${ESC}0m`,
};
const plain = { bold: id, dim: id, yellow: id, boldYellow: id, cyan: id, boldCyan: id };
function id(s: string): string {
  return s;
}

/** C0/C1 controls (except newline), DEL, and bidi overrides/isolates. Tabs become spaces. */
 
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: unknown): string {
  const s = typeof text === 'string' ? text : text == null ? '' : String(text);
  return s.replace(/\r\n?/g, '\n').replace(/\t/g, '  ').replace(UNSAFE, '');
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Terminal columns of a string (East Asian wide characters count 2). */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** Wrap at `width` columns on spaces; words longer than a line (and CJK runs) stay whole. */
export function wrap(text: string, width: number, indent = ''): string {
  if (!width || width < 20) return text.split('\n').map((l) => indent + l).join('\n');
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let cur = '';
    for (const word of line.split(' ')) {
      if (cur && displayWidth(cur) + 1 + displayWidth(word) + indent.length > width) {
        out.push(indent + cur);
        cur = word;
      } else {
        cur = cur ? `${cur} ${word}` : word;
      }
    }
    out.push(indent + cur);
  }
  return out.join('\n');
}

export function renderReply(reply: Reply, opts: RenderOptions = {}): string {
  const c = opts.color ? style : plain;
  const width = opts.width ?? 0;
  const inline = (s: string) => (opts.color ? s.replace(/`([^`\n]{1,200})`/g, (_m, x: string) => style.cyan(x)) : s);
  const parts: string[] = [];
  const blocks: Block[] = Array.isArray(reply?.blocks) ? reply.blocks : [];
  const eg = reply?.lang === 'ja' ? '例：' : 'e.g.';
  for (const b of blocks) {
    const out = renderBlock(b, c, width, inline, eg);
    if (out !== '') parts.push(out);
  }
  return `${parts.join('\n\n')}\n`;
}

function hanging(prefix: string, text: string, width: number): string {
  const pad = ' '.repeat(prefix.length);
  const wrapped = wrap(text, width, pad);
  return prefix + wrapped.slice(pad.length);
}

function renderBlock(b: Block, c: typeof style, width: number, inline: (s: string) => string, eg: string): string {
  if (!b || typeof b !== 'object') return '';
  switch (b.type) {
    case 'heading': {
      const t = sanitize(b.text).trim();
      if (!t) return '';
      return c === plain ? `${t}\n${'='.repeat(Math.min(Math.max(displayWidth(t), 8), 72))}` : c.bold(t);
    }
    case 'subheading': {
      const t = sanitize(b.text).trim();
      if (!t) return '';
      return c === plain ? `${t}\n${'-'.repeat(Math.min(Math.max(displayWidth(t), 8), 72))}` : c.bold(t);
    }
    case 'paragraph':
      return inline(wrap(sanitize(b.text), width));
    case 'steps':
      return (b.items ?? []).map((s, i) => inline(hanging(`  ${i + 1}. `, sanitize(s), width))).join('\n');
    case 'bullets':
      return (b.items ?? []).map((s) => inline(hanging('  • ', sanitize(s), width))).join('\n');
    case 'code':
      return sanitize(b.text)
        .split('\n')
        .map((l) => c.cyan(`    ${l}`))
        .join('\n');
    case 'warning': {
      const head = c.boldYellow(`⚠ ${sanitize(b.title).trim() || 'Warning'}`);
      const body = sanitize(b.text).trim();
      return body ? `${head}\n${inline(wrap(body, width, '  '))}` : head;
    }
    case 'question': {
      const lines = [c.boldCyan(hanging('? ', sanitize(b.text), width))];
      if (b.example) lines.push(c.dim(`  ${eg}${eg.endsWith("：") ? "" : " "}${sanitize(b.example)}`));
      const choices = Array.isArray(b.choices) ? b.choices : [];
      choices.forEach((a: Action, i) => lines.push(`  ${i + 1}) ${sanitize(a.label)}`));
      return lines.join('\n');
    }
    case 'context':
      return c.dim(wrap(sanitize(b.text), width));
    case 'actions': {
      const acts = Array.isArray(b.actions) ? b.actions : [];
      if (!acts.length) return '';
      // In the terminal, buttons are things to type.
      const typed = (a: Action) => (a.id === 'probe-endpoint' ? ' → probe HOST[:PORT]' : a.id === 'fix-files' ? ' → fix-kit DIR' : '');
      return c.dim(acts.map((a) => `[${sanitize(a.label)}${typed(a)}]`).join(' '));
    }
    case 'divider':
      return c.dim('─'.repeat(40));
    default:
      return '';
  }
}

/** The choices of the last question in a reply (the console maps "1", "2", … to them). */
export function lastChoices(reply: Reply): Action[] {
  const blocks = Array.isArray(reply?.blocks) ? reply.blocks : [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b && b.type === 'question') return Array.isArray(b.choices) ? b.choices : [];
  }
  return [];
}
