/**
 * A terminal's colour codes in a paste (QA62 #12): sslscan colours its output by default, and a copy from a terminal (or a
 * `script` / `tee` capture) keeps them: "TLSv1.0   ESC[33menabledESC[0m". Read as they came, the rows that matter are lost
 * ("enabled" glued to "[33m"). Taken off before any reader sees the text:
 * - ESC [ … final byte (CSI: SGR colours ESC[32m, ESC[1;34m, ESC[0m; erase-line ESC[K, ESC[2K);
 * - the same SGR codes whose ESC was lost on the way ("[32mdisabled[0m"), only when the text holds a reset "[0m" (every
 *   coloured output ends its runs with one) and only in the digits-and-semicolons-then-m form.
 * Pure, linear (no nested quantifiers; each sequence is bounded), a fast path when neither is there.
 */
const CSI = /\u001b\[[0-9;?]{0,32}[@-~]/g;
/** An SGR code without its ESC (the ESC dropped by a copy, or blanked to a space by guards.ts before the reader). */
const SGR_ORPHAN = /\[(?:\d{1,3};){0,8}\d{1,3}m/g;
const ORPHAN_RESET = /\[0?m/;

export function withoutTerminalCodes(text: string): string {
  if (typeof text !== 'string') return '';
  let s = text;
  if (s.includes('\u001b[')) s = s.replace(CSI, '');
  if (s.includes('[0m') && ORPHAN_RESET.test(s)) s = s.replace(SGR_ORPHAN, '');
  return s;
}
