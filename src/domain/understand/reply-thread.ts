/**
 * A pasted e-mail thread: the newest text on top (not quoted), older messages below it, quoted with
 * "> " (one more ">" per older reply) or under a reply header ("On Mon, John wrote:",
 * 「田中さんが書きました:」, "-----Original Message-----", Outlook's "From: … / Sent: …").
 *
 * replyLayers() cuts such a text into layers, newest first: layer 0 is the unquoted text, then each
 * level of quoting. The extractor reads each layer on its own; the newest layer's facts win, and an
 * older layer only fills a field that no newer layer gives ("Update: we upgraded TMS to 15.9" above
 * "> We're on TMS 14.6.2" is TMS 15.9; the endpoint named only in the quote still counts). Questions,
 * hypotheses and denials in older layers are someone else's (support's "Please confirm your TMS version
 * is 15.x") and are dropped. Pure, linear (bounded patterns), total.
 */
import type { Extraction } from '../extract';
import type { Facts } from '../types';
import { CORRECTION_START } from './clauses';
import { isToolLine } from './tool-output';

/** Cheapest test (case-sensitive classes run faster than /i): a ">" anywhere or a reply header word. */
const MAY_QUOTE_FAST = /[>＞]|[wW]rote|WROTE|書きました|-----|元のメッセージ|転送|送信日時|\n[sS]ent/;
/** Then: a line that starts with ">" or a reply header ("Medium -> Medium-High" fails here). */
const MAY_QUOTE = /(?:^|\n)[ \t]{0,3}[>＞]|wrote\s?:|書きました|original\smessage|forwarded\smessage|元のメッセージ|転送|送信日時|\nsent\s?:/i;
/** A quoted line: its ">" marks (with or without spaces between them) and the text after them. */
const QUOTE_MARKS = /^[ \t]{0,3}((?:[>＞][ \t]?){1,12})(.*)$/;
/** A reply header line: "On Mon, 4 Dec 2026, John <j@x.com> wrote:", "John wrote:", 「田中さんが書きました:」. */
const HEADER =
  /(?<![a-z])wrote\s?:\s*$|書きました\s?[:：]?\s*$|^\s*-{2,}\s?(?:original\smessage|forwarded\smessage|元のメッセージ|転送(?:された)?メッセージ)\s?-{2,}\s*$/i;
/** Outlook's header block: "From: …" followed by "Sent: …" (or 差出人 / 送信日時). */
const FROM_LINE = /^\s*(?:from|差出人)\s?[:：]/i;
const SENT_LINE = /^\s*(?:sent|date|送信日時|日時)\s?[:：]/i;
/** The rest of such a header block (skipped with it). */
const HEADER_FIELD = /^\s*(?:sent|date|to|cc|subject|送信日時|日時|宛先|件名)\s?[:：]/i;

/**
 * The layers of a reply thread, newest first (each the text of its lines, joined by newlines), or
 * null when the text quotes nothing. A quoted line's level is its count of ">" marks, plus one per
 * unmarked reply header above it.
 */
export function replyLayers(text: string): string[] | null {
  if (!MAY_QUOTE_FAST.test(text) || !MAY_QUOTE.test(text)) return null;
  const lines = text.split('\n');
  const layers: string[][] = [];
  let base = 0;
  let quoted = false;
  let inHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = QUOTE_MARKS.exec(line);
    // curl -v's "> GET / HTTP/1.1" request lines are a tool's output, not a quote.
    const marks = m && !isToolLine(line) ? (m[1].match(/[>＞]/g)?.length ?? 0) : 0;
    const body = marks ? m![2] : line;
    if (inHeader && HEADER_FIELD.test(body)) continue;
    inHeader = false;
    if (FROM_LINE.test(body) && i + 1 < lines.length && SENT_LINE.test(lines[i + 1].replace(/^[ \t>＞]*/, ''))) {
      if (!marks) base++;
      quoted = inHeader = true;
      continue;
    }
    if (HEADER.test(body)) {
      if (!marks) base++;
      quoted = true;
      continue;
    }
    if (marks) quoted = true;
    const depth = base + marks;
    (layers[depth] ??= []).push(body);
  }
  if (!quoted) return null;
  const out: string[] = [];
  for (let d = 0; d < layers.length; d++) out.push((layers[d] ?? []).join('\n'));
  return out;
}

/**
 * The facts of a reply thread, read by `read` (the extractor). Two readings:
 * - the newest text states facts of its own: each layer is read on its own and merged (mergeLayers);
 * - it states none, or opens as a correction ("Hi team, customer reply below" around a forwarded message,
 *   "sorry, 15.10" under a quoted "> TMS 15.9"): the layers are read as one text, oldest first and the
 *   newest last, so that the newest still wins and a correction continues the quoted topic. Questions,
 *   hypotheses and denials are then taken from the newest text only.
 */
export function readThread(layers: string[], read: (text: string) => Extraction): Extraction {
  const top = read(layers[0]);
  if (Object.keys(top.facts).length > 0 && !CORRECTION_START.test(layers[0].slice(0, 200))) return mergeLayers([top, ...layers.slice(1).map(read)]);
  const all = read([...layers].reverse().join('\n'));
  const out: Extraction = { ...all };
  delete out.asked;
  delete out.supposed;
  delete out.negated;
  if (top.asked) out.asked = top.asked;
  if (top.supposed) out.supposed = top.supposed;
  if (top.negated) out.negated = top.negated;
  return out;
}

/**
 * One extraction from the layers' extractions (newest first): the newest layer's, with each fact that
 * it lacks taken from the newest older layer that gives it (with that layer's mixed endpoints and
 * parse problems for it). Questions, hypotheses and denials count only in the newest layer.
 */
export function mergeLayers(exs: Extraction[]): Extraction {
  const [top, ...older] = exs;
  const out: Extraction = { ...top, facts: { ...top.facts }, problems: [...top.problems] };
  const facts = out.facts as Record<string, unknown>;
  for (const ex of older) {
    for (const [k, v] of Object.entries(ex.facts)) {
      if (v === undefined || facts[k] !== undefined) continue;
      facts[k] = v;
      if (k === 'endpoint' && ex.mixedEndpoints) out.mixedEndpoints = ex.mixedEndpoints;
    }
    if (ex.noHttpsSaid && !out.noHttpsDenied) out.noHttpsSaid = true;
  }
  // A problem (alternatives offered, a value not read) from an older layer, for a field still without a value.
  for (const ex of older) {
    for (const p of ex.problems) {
      if ((out.facts as Partial<Facts>)[p.field as keyof Facts] === undefined && !out.problems.some((q) => q.field === p.field)) out.problems.push(p);
    }
  }
  return out;
}
