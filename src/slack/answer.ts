/**
 * Delivering a turn's replies when one of them is a diagnosis: the answer card is posted once per
 * conversation and then edited in place (chat.update), with at most one short note (≤ 3 blocks)
 * saying what changed. Replies without a diagnosis (questions, help, a probe result) go out as
 * before. Where the card is and its status live in the surface metadata (src/store/meta.ts).
 */
import { hash } from 'node:crypto';
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Block, Reply } from '../conversation/document';
import { composeDiagnosis } from '../conversation/compose';
import type { Summary } from '../conversation/summary';
import type { ConversationState } from '../conversation/types';
import type { Facts, Lang } from '../domain/types';
import type { MetaChange, MetaStore, SurfaceMeta } from '../store/meta';
import { schannelExtent, schannelPart } from '../fixkit';
import { mentionsSchannel, parseRegQuery, parseRegText, type RegModel } from '../windows/reg';
import type { OutboxItem } from '../store/port';
import type { Logger } from '@slack/logger';
import { fallbackText, type SlackMessage } from './blockkit';
import { renderCardJson, type CardStatus } from './card';
import { rememberJson } from '../store/known-json';
import type { AppDeps } from './deps';
import { escapeMrkdwn, looksJapanese } from './mrkdwn';
import { errorCode, postToThread, render, updateMessage, type ThreadTarget } from './service';
import { stepsMessages } from './steps-view';

const NT = {
  en: {
    updated: 'Updated the answer above',
    nothing: 'Nothing in the answer above changes.',
    verdict: 'Verdict',
    next: 'Next',
    step: (n: number, title: string) => `Step ${n}: ${title}`,
    noLonger: (x: string) => `No longer applies: ${x}`,
    newCaveat: (x: string) => `New caveat: ${x}`,
    // A turn that changed only the facts the answer rests on (a value confirmed, a version added).
    confirmed: (xs: string[]) => `${cap(xs.join(', '))} confirmed: the answer above stays as it is.`,
    noted: (xs: string[]) => `Noted: ${xs.join(' · ')}. The answer above stays as it is.`,
    confirmedItem: (x: string) => `${x} (confirmed)`,
    corrected: (x: string, was: string) => `${x} (was ${was})`,
    factsNow: (xs: string[]) => `Understood so far now: ${xs.join(' · ')}. The answer above stays as it is.`,
    alsoNoted: (xs: string[]) => `Also noted: ${xs.join(' · ')}`,
    // Add details on a private answer: what the submission added, on the answer it replaces.
    detailsAdded: (xs: string[]) => `From your details: ${xs.join(' · ')}.`,
    detailsChanged: (xs: string[]) => `What changes: ${xs.join('; ')}.`,
    detailsSame: 'Nothing else in the answer changes.',
    detailsKnown: 'I read your details: nothing in the answer changes, because it already rests on all of this.',
    detailsNone: 'I read your details: nothing in the answer changes, because they touch no version, level or setting it rests on.',
    telnetSystem: (x: string) => `${x} (if TMS manages it over Telnet or SNMP, it will show "Security violation" after Medium-High: see the Telnet and SNMP caveat)`,
    colon: ': ',
    join: '; ',
    caveatNow: (x: string) => `Caveat now: ${x}`,
    // After a change of language: what was shown in the other one is not quoted (a note keeps one language).
    caveatsGone: (n: number) => (n === 1 ? 'An earlier caveat no longer applies' : `${n} earlier caveats no longer apply`),
    stepsGone: (n: number) => (n === 1 ? 'An earlier step is no longer needed' : `${n} earlier steps are no longer needed`),
  },
  ja: {
    updated: '上の回答を更新しました',
    nothing: '上の回答に変更はありません。',
    verdict: '判定',
    next: '次の作業',
    step: (n: number, title: string) => `手順 ${n}：${title}`,
    noLonger: (x: string) => `該当しなくなりました：${x}`,
    newCaveat: (x: string) => `新しい注意点：${x}`,
    confirmed: (xs: string[]) => `${xs.join('、')} を確認しました。上の回答に変更はありません。`,
    noted: (xs: string[]) => `情報を更新しました：${xs.join('、')}。上の回答に変更はありません。`,
    confirmedItem: (x: string) => `${x}（確認済み）`,
    corrected: (x: string, was: string) => `${x}（訂正前：${was}）`,
    factsNow: (xs: string[]) => `更新後の情報：${xs.join('、')}。上の回答に変更はありません。`,
    alsoNoted: (xs: string[]) => `新しい情報：${xs.join('、')}`,
    detailsAdded: (xs: string[]) => `追加された情報：${xs.join('、')}。`,
    detailsChanged: (xs: string[]) => `変更点：${xs.join('／')}。`,
    detailsSame: '回答のほかの部分は変わりません。',
    detailsKnown: '追加の情報を確認しました。すでに把握している内容のため、回答に変更はありません。',
    detailsNone: '追加の情報を確認しました。回答の前提となるバージョン、レベル、設定には関係しないため、回答に変更はありません。',
    telnetSystem: (x: string) => `${x}（TMS が Telnet または SNMP で管理している場合、Medium-High にすると「Security violation」が表示されます。Telnet と SNMP の注意点を参照してください）`,
    colon: '：',
    join: '／',
    caveatNow: (x: string) => `注意点を更新：${x}`,
    caveatsGone: (n: number) => `以前の注意点のうち ${n} 件は該当しなくなりました`,
    stepsGone: (n: number) => `以前の手順のうち ${n} 件は不要になりました`,
  },
} as const;

const cap = (x: string): string => x.charAt(0).toUpperCase() + x.slice(1);

export type Shown = NonNullable<SurfaceMeta['shown']>;

/** What a card shows, to say later what changed: its lines in `lang`, and the codes of its caveats and steps. */
export function shownOf(s: Summary, lang: Lang): Shown {
  return {
    verdict: s.verdict,
    next: s.next,
    facts: s.facts,
    caveats: s.caveats.map((c) => c.text),
    steps: s.steps.map((x) => x.title),
    lang,
    caveatCodes: s.caveats.map((c) => c.code),
    stepCodes: s.steps.map((x) => x.code),
  };
}

/** The language a card was shown in (entries stored before `lang` was kept: from its own words). */
export function shownLang(prev: Shown): Lang {
  return prev.lang ?? (looksJapanese(`${prev.next}${prev.facts}${prev.caveats.join('')}`) ? 'ja' : 'en');
}

/**
 * Does the card now differ from what was shown? In one language, any line; across a change of
 * language, only what changes() finds by identity (a language switch alone is no change).
 */
export function shownChanged(prev: Shown, s: Summary, lang: Lang): boolean {
  if (shownLang(prev) !== lang) return changes(prev, s, lang).length > 0;
  const now = shownOf(s, lang);
  return prev.verdict !== now.verdict || prev.next !== now.next || prev.facts !== now.facts || JSON.stringify(prev.caveats) !== JSON.stringify(now.caveats) || JSON.stringify(prev.steps ?? []) !== JSON.stringify(now.steps);
}

/** What this turn's evidence showed (a shared file, a paste): the lead line and its observations. */
export interface Found {
  lead: string;
  items: string[];
  /** Led by the evidence reader's own line ("What x.reg (reg) shows:", a context block), not by any paragraph. */
  evidence?: boolean;
}

/**
 * The parts of a diagnosis reply the card shows besides the summary: notes from this turn, the
 * refinement question, and what evidence read in this turn showed (a line, then its list, before
 * the answer's heading: "What schannel.reg (reg) shows:" • …), for the note under an edited card.
 */
export function cardParts(r: Reply): { notes: string[]; question?: Block; found?: Found } {
  const notes: string[] = [];
  let found: Found | undefined;
  let prev: Block | undefined;
  for (const b of r.blocks) {
    if (b.type === 'heading') break;
    if (b.type === 'warning') notes.push(b.title && b.text ? `${b.title}: ${b.text}` : b.title || b.text);
    if (b.type === 'bullets' && !found && (prev?.type === 'context' || prev?.type === 'paragraph') && b.items.length) found = { lead: prev.text, items: b.items, ...(prev.type === 'context' ? { evidence: true } : {}) };
    prev = b;
  }
  // Evidence read in this turn, whole: the card shows the findings' titles, not the lines they quote.
  if (r.evidence && r.evidence.items.length) found = { lead: r.evidence.lead, items: r.evidence.items, evidence: true };
  const questions = r.blocks.filter((b) => b.type === 'question');
  return { notes, question: questions[questions.length - 1], ...(found ? { found } : {}) };
}

/**
 * What changed between the card shown before and the new summary, as lines (empty: nothing), all in
 * `lang`. Lines shown in the same language are compared as they read; across a change of language
 * only identities are (the verdict's kind, the caveats' and steps' codes), never the texts.
 */
export function changes(prev: Shown | undefined, s: Summary, lang: Lang): string[] {
  const t = NT[lang];
  if (!prev) return [];
  const out: string[] = [];
  if (prev.verdict !== s.verdict) out.push(`${t.verdict}${t.colon}${s.headline}`);
  if (shownLang(prev) !== lang) return [...new Set([...out, ...changesAcross(prev, s, lang)])];
  if (prev.next !== s.next) out.push(`${t.next}${t.colon}${s.next}`);
  const before = new Set(prev.caveats);
  const now = new Set(s.caveats.map((c) => c.text));
  // A caveat that now says more (the Telnet/SNMP one naming the systems mentioned) is the same caveat, updated.
  const grown = (c: string) => s.caveats.find((x) => !before.has(x.text) && x.text.startsWith(c.replace(/[.。]$/u, '')));
  // The same caveat (its code, where kept) whose text changed: one line saying it now reads so, not "new" and "no longer applies"
  // for one caveat; none when only its label changed ("SQL Server 2012 SP1" → "SQL Server 2012 SP1 (11.0.3000)", QA64 #14).
  const codes = prev.caveatCodes?.length === prev.caveats.length ? prev.caveatCodes : undefined;
  const sameCode = (c: { code: string }) => (codes ? prev.caveats.find((p, i) => codes[i] === c.code && !now.has(p)) : undefined);
  const rest = (x: string) => x.replace(/^[^:：]{1,80}[:：]\s*/u, '');
  const relabelled = new Set<string>();
  for (const c of s.caveats) {
    if (before.has(c.text)) continue;
    const was = sameCode(c);
    if (was !== undefined) {
      relabelled.add(was);
      if (rest(was) !== rest(c.text)) out.push(t.caveatNow(c.text));
      continue;
    }
    out.push(prev.caveats.some((p) => !now.has(p) && grown(p) === c) ? t.caveatNow(c.text) : t.newCaveat(c.text));
  }
  for (const c of prev.caveats) if (!now.has(c) && !grown(c) && !relabelled.has(c)) out.push(t.noLonger(c));
  const oldSteps = prev.steps ?? [];
  s.steps.forEach((st, i) => {
    if (oldSteps.length && !oldSteps.includes(st.title)) out.push(t.step(i + 1, st.title));
  });
  const stepsNow = new Set(s.steps.map((x) => x.title));
  const stepsGone = oldSteps.filter((st) => !stepsNow.has(st) && !s.steps.some((x, i) => oldSteps[i] === st));
  // Several steps gone at once (a capture that changed the verdict, QA64 #14: five "No longer applies" lines): one line.
  if (stepsGone.length > 2) out.push(t.stepsGone(stepsGone.length));
  else for (const st of stepsGone) out.push(t.noLonger(st));
  return [...new Set(out)];
}

/**
 * changes() when the card was shown in the other language: caveats and steps by their codes, the ones
 * gone counted (their words exist only in the other language). Nothing when the codes were not kept.
 */
function changesAcross(prev: Shown, s: Summary, lang: Lang): string[] {
  const t = NT[lang];
  const caveats = prev.caveatCodes;
  const steps = prev.stepCodes;
  if (!caveats || !steps) return [];
  const out: string[] = [];
  for (const c of s.caveats) if (!caveats.includes(c.code)) out.push(t.newCaveat(c.text));
  s.steps.forEach((st, i) => {
    if (steps.length && !steps.includes(st.code)) out.push(t.step(i + 1, st.title));
  });
  const caveatsGone = caveats.filter((c) => !s.caveats.some((x) => x.code === c)).length;
  const stepsGone = steps.filter((c) => !s.steps.some((x) => x.code === c)).length;
  if (caveatsGone) out.push(t.caveatsGone(caveatsGone));
  if (stepsGone) out.push(t.stepsGone(stepsGone));
  return out;
}

/**
 * The items of a facts line ("Understood so far: TMS 15.2.1 · level Medium (assumed)") without its
 * label: " · " between items in English, 「、」 in Japanese (compose.ts contextLine).
 */
function factItems(line: string | undefined, lang: Lang): string[] {
  if (!line) return [];
  const body = line.replace(/^[^:：]*[:：]\s*/, '');
  return body.split(lang === 'ja' ? '、' : ' · ').map((x) => x.trim()).filter(Boolean);
}

const ASSUMED = { en: / \(assumed\)$/, ja: /（仮定）$/ } as const;

/**
 * What a turn changed in the facts line alone, as items to name: those shown as assumed and now
 * given (confirmed), those corrected ("Windows Server 2022 (was Windows Server 2019)") and those
 * added. An assumption replaced by another value shows as the value added. Null when nothing
 * changed or the change does not read as that (items gone without as many new ones: the whole
 * line is the clearest then).
 */
export function factsDelta(prev: string | undefined, now: string | undefined, lang: Lang): { confirmed: string[]; added: string[] } | null {
  const t = NT[lang];
  const before = factItems(prev, lang);
  const after = factItems(now, lang);
  const assumed = new Map(before.filter((x) => ASSUMED[lang].test(x)).map((x) => [x.replace(ASSUMED[lang], ''), x]));
  const confirmed = after.filter((x) => assumed.has(x));
  const fresh = after.filter((x) => !before.includes(x) && !assumed.has(x));
  const gone = before.filter((x) => !after.includes(x) && !ASSUMED[lang].test(x));
  if (gone.length && gone.length !== fresh.length) return null;
  // In the line's fixed order, values gone and as many new ones in their place are corrections.
  const added = fresh.map((x, i) => (gone.length ? t.corrected(x, gone[i]!) : x));
  return confirmed.length || added.length ? { confirmed, added } : null;
}

/**
 * The note for a turn whose only news is in the facts line (the verdict, next action, caveats and
 * steps are as shown): one line saying what was confirmed or added, without the facts line twice.
 */
function factsOnlyNote(prev: Shown, s: Summary, lang: Lang): string | undefined {
  if (!s.facts || prev.facts === s.facts) return undefined;
  const t = NT[lang];
  // Across a change of language the facts lines cannot be compared item by item: the line as it is now.
  const d = shownLang(prev) === lang ? factsDelta(prev.facts, s.facts, lang) : null;
  if (!d) return t.factsNow(factItems(s.facts, lang));
  if (!d.added.length) return t.confirmed(d.confirmed);
  return t.noted([...d.confirmed.map(t.confirmedItem), ...d.added]);
}

/**
 * The short note posted under an edited card: at most 3 blocks. Evidence read in this turn (`found`)
 * comes first: what it showed, then what that changed in the card.
 */
export function changeNote(prev: Shown | undefined, s: Summary, notes: string[], lang: Lang, found?: Found): SlackMessage {
  const t = NT[lang];
  const lines = changes(prev, s, lang);
  // Nothing in the answer changed but the facts did (an assumption confirmed, a version added): that, in one line.
  const factsOnly = lines.length === 0 && prev ? factsOnlyNote(prev, s, lang) : undefined;
  const head = lines.length ? `*${t.updated}${t.colon.trim()}*` : factsOnly ?? t.nothing;
  const body = lines.slice(0, 8).map((l) => `• ${escapeMrkdwn(l)}`).join('\n');
  const main = body ? `${head}\n${body}` : lines.length ? head : escapeMrkdwn(head);
  const shown = found ? `${foundText(found)}\n\n` : '';
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: clipNote(`${shown}${main}`) } }];
  // Under a real change, the facts it now rests on: what is new in them when that is all, else the whole line.
  if (lines.length && s.facts && !(prev && prev.facts === s.facts)) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(factsContext(prev, s, lang)).slice(0, 1900) }] });
  if (notes.length) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(notes.join('\n')).slice(0, 1900) }] });
  const plain = `${found ? `${found.lead} ${found.items.join(' ')} ` : ''}${lines.length ? `${t.updated}${t.colon}${lines.join(t.join)}` : factsOnly ?? t.nothing}`;
  return { text: fallbackText(plain.length > 290 ? `${plain.slice(0, 289)}…` : plain), blocks: blocks.slice(0, 3) };
}

/** What evidence showed, as mrkdwn: its lead line in bold, then at most 8 observations. */
function foundText(found: Found): string {
  return `*${escapeMrkdwn(found.lead)}*\n${found.items.slice(0, 8).map((l) => `• ${escapeMrkdwn(l)}`).join('\n')}`;
}

/**
 * What a file or paste showed, as a message of its own: posted before a conversation's first card
 * when the evidence is what made the diagnosis (once a card exists, the change note says it).
 */
export function foundNote(found: Found): SlackMessage {
  const plain = `${found.lead} ${found.items.join(' ')}`;
  return { text: fallbackText(plain.length > 290 ? `${plain.slice(0, 289)}…` : plain), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: clipNote(foundText(found)) } }] };
}

/** The facts line under a change note: only what is new in it when it only grew, else all of it. */
function factsContext(prev: Shown | undefined, s: Summary, lang: Lang): string {
  const d = prev && shownLang(prev) === lang ? factsDelta(prev.facts, s.facts, lang) : null;
  if (!d) return s.facts;
  const items = [...d.confirmed.map(NT[lang].confirmedItem), ...d.added];
  return NT[lang].alsoNoted(items);
}

/**
 * Add details on a private answer: one note, on the answer that replaces the one the button was on,
 * saying what the submission added (facts confirmed, corrected or new; a system managed over
 * Telnet/SNMP that the Medium-High caveat now concerns) and what changed in the answer, or that
 * nothing did and why. Without it the replaced answer can look exactly like the one before.
 */
export function detailsNote(prev: Shown, before: Facts, s: Summary, after: Facts, lang: Lang): string {
  const t = NT[lang];
  const same = shownLang(prev) === lang;
  const d = same ? factsDelta(prev.facts, s.facts, lang) : null;
  const items = d ? [...d.confirmed.map(t.confirmedItem), ...d.added] : [];
  const telnetCaveat = s.caveats.some((c) => c.code === 'caveat-telnet-snmp-disabled');
  const had = new Set(Array.isArray(before.telnetSystems) ? before.telnetSystems : []);
  const lines = changes(prev, s, lang);
  // A caveat that now names the system says why it matters: the system is then named plainly here.
  const caveatNamesIt = lines.length > 0 && (!same || prev.caveats.join('\n') !== s.caveats.map((c) => c.text).join('\n'));
  for (const x of Array.isArray(after.telnetSystems) ? after.telnetSystems : []) if (!had.has(x)) items.push(telnetCaveat && !caveatNamesIt ? t.telnetSystem(x) : x);
  const sp = lang === 'ja' ? '' : ' ';
  if (lines.length) return [items.length ? t.detailsAdded(items) : '', t.detailsChanged(lines.slice(0, 4))].filter(Boolean).join(sp);
  if (items.length) return `${t.detailsAdded(items)}${sp}${t.detailsSame}`;
  // Nothing new: the same facts line and no kind of fact the conversation did not have already.
  const known = (!same || prev.facts === s.facts) && Object.keys(after).every((k) => k in before);
  return known ? t.detailsKnown : t.detailsNone;
}

/** A note's text within a section's limit, cut at a line (never inside an entity). */
function clipNote(text: string): string {
  if (text.length <= 2900) return text;
  const cut = text.lastIndexOf('\n', 2900);
  return `${text.slice(0, cut > 0 ? cut : text.lastIndexOf(' ', 2900))}\n…`;
}

export function statusOf(meta: SurfaceMeta | null | undefined): CardStatus | undefined {
  if (!meta || meta.status === 'open') return undefined;
  return { kind: meta.status, by: meta.statusBy, at: meta.statusAt };
}

/** The summary for a conversation's current facts (status changes, Show steps, Share). */
export function currentSummary(state: ConversationState): Summary | undefined {
  try {
    return composeDiagnosis(state.facts, state.lang).summary;
  } catch {
    return undefined;
  }
}

export async function getMeta(deps: AppDeps, key: string): Promise<SurfaceMeta | null> {
  try {
    return await deps.meta.get(key);
  } catch (error) {
    deps.logger.error('card metadata lookup failed', { key, reason: errorCode(error) });
    return null;
  }
}

export async function setMeta(deps: AppDeps, key: string, meta: SurfaceMeta): Promise<void> {
  try {
    await deps.meta.set(key, meta);
  } catch (error) {
    deps.logger.error('card metadata write failed', { key, reason: errorCode(error) });
  }
}

/**
 * MetaStore.update (read, change and write one entry as one step on every replica), logged: the
 * entry as stored afterwards, or undefined when the store failed. Never throws.
 */
export async function updateMeta(deps: AppDeps, key: string, change: MetaChange): Promise<SurfaceMeta | null | undefined> {
  try {
    return await deps.meta.update(key, change);
  } catch (error) {
    deps.logger.error('card metadata write failed', { key, reason: errorCode(error) });
    return undefined;
  }
}

/**
 * A short digest of a rendered card (text and blocks, block_ids included): of JSON.stringify([text,
 * blocks]), built from the blocks' JSON when the caller has it already.
 */
export function hashOf(m: SlackMessage, blocksJson: string = JSON.stringify(m.blocks)): string {
  // crypto.hash: the same digest as createHash(…).update(…).digest(…) without a Hash object per call.
  return hash('sha256', `[${JSON.stringify(m.text)},${blocksJson}]`, 'base64url').slice(0, 22);
}

/**
 * A turn with a diagnosis card: replies that have a one-line form (a probe result) are carried by
 * the card (or the note under an edited card) as that line, instead of a message of their own.
 */
export function carried(replies: Reply[]): { replies: Reply[]; briefs: string[] } {
  if (!replies.some((r) => r.summary)) return { replies, briefs: [] };
  const briefs = replies.filter((r) => !r.summary && r.brief).map((r) => r.brief!);
  return { replies: replies.filter((r) => r.summary || !r.brief), briefs };
}

/**
 * A diagnosis reply led by the answer to a question asked with the facts ("SQL is 2016. Do we need a
 * reboot?", Reply.answers): that answer as a reply of its own (shown as it is, ahead of the card or the
 * note under an edited card), and the reply without it (what the card and the note are made from).
 */
export function splitAnswer(r: Reply): { answer?: Reply; rest: Reply } {
  const n = r.answers ?? 0;
  if (!r.summary || n <= 0 || n >= r.blocks.length) return { rest: r };
  const { answers: _n, diagnosis: _d, summary: _s, evidence: _e, brief: _b, reopened: _r, again: _a, ...plain } = r;
  return { answer: { ...plain, blocks: r.blocks.slice(0, n) }, rest: { ...r, answers: undefined, blocks: r.blocks.slice(n) } };
}

/** What a thread turn's rendering decided about the card, applied after the turn is stored. */
export interface CardPlan {
  /** The card as it should now read, to edit in place (chat.update). */
  update?: SlackMessage;
  /** The metadata to keep (the card's position is added when the outbox posts a new card). */
  meta?: SurfaceMeta;
  /** A card marked Fixed was reopened in words: the ✅ that Fixed put on the thread's root goes. */
  unfixed?: boolean;
}

const isCardMessage = (blocks: unknown[]): boolean =>
  blocks.some((b) => (b as { type?: string; elements?: { action_id?: string }[] }).type === 'actions' && (b as { elements?: { action_id?: string }[] }).elements!.some((e) => e.action_id === 'mark-fixed'));

/**
 * Render a thread turn's replies for the outbox. A diagnosis becomes the card the first time; once
 * the conversation has a card, the card is to be edited (`plan.update`) and the outbox gets only a
 * short note of what changed. Pure (runs inside the store's transaction): `meta` is read before.
 */
export function renderThread(all: Reply[], key: string, target: ThreadTarget, stored: SurfaceMeta | null, plan: CardPlan, state?: ConversationState): SlackMessage[] {
  delete plan.update;
  delete plan.meta;
  delete plan.unfixed;
  // A reopen in words: the card marked Fixed (or Still failing) is open again, whatever renders it below.
  const reopened = Boolean(stored && stored.status !== 'open' && all.some((r) => r.reopened));
  const meta = reopened ? reopen(stored!) : stored;
  if (reopened) {
    plan.meta = meta!;
    if (stored!.status === 'fixed') plan.unfixed = true;
  }
  const { replies, briefs } = carried(all);
  const out: SlackMessage[] = [];
  // Answers to a question and Fix files carry the conversation's start-over count, as the card's buttons do.
  const gen = state?.restarts ?? 0;
  let plain: Reply[] = [];
  // A new card posted by this turn (and its question, when posted apart): a later diagnosis in the
  // same turn (words shared with a file, then the file) takes its place instead of a second card.
  let posted: SlackMessage[] = [];
  const flush = () => {
    if (plain.length) out.push(...render(plain, { key, share: 'remove', gen }));
    plain = [];
  };
  for (const whole of replies) {
    if (!whole.summary) {
      plain.push(whole);
      continue;
    }
    // The answer to a question asked with the facts goes out as it is, then the card or the note.
    const { answer, rest: r } = splitAnswer(whole);
    if (answer) plain.push(answer);
    flush();
    const s = r.summary!;
    const lang = r.lang;
    const parts = cardParts(r);
    const status = statusOf(meta);
    const hasCard = Boolean(meta?.cardTs && meta.channel === target.channel);
    const notes = [...briefs, ...parts.notes];
    // A probe result shown as one line (here or on an earlier turn): its table stays one press away.
    const probeDetails = briefs.length > 0 || meta?.probe === true;
    const { card, blocksJson } = renderCardJson(s, lang, { key, status, question: parts.question, filesNote: meta?.filesNote, probeDetails, gen: state?.restarts, ...(hasCard ? {} : { notes }) });
    // Its JSON goes into the outbox row and the post's or edit's body as it is (src/store/known-json.ts):
    // the card is not changed after this.
    rememberJson(card.blocks, blocksJson);
    const cardHash = hashOf(card, blocksJson);
    if (hasCard) {
      // The card as it already reads needs no edit (saves a Web API call per unchanged turn).
      if (meta!.cardHash !== cardHash) plan.update = card;
      // The answer asked for again ("show me the steps", 「手順を見せてください」, QA64 #7): its steps, as Show steps posts
      // them; the note only when there is something in it besides "nothing changes".
      const again = r.again === true && (s.steps.length > 0 || s.caveats.length > 0);
      if (!again || notes.length || parts.found || (meta!.shown && shownChanged(meta!.shown, s, lang))) out.push(changeNote(meta!.shown, s, notes, lang, parts.found));
      if (again) out.push(...stepsMessages(s, lang, { key, checklist: true }));
    } else {
      for (const m of posted) out.splice(out.indexOf(m), 1);
      posted = [card];
      // Evidence that made this first diagnosis: say what it shows (the change note does once a card exists).
      if (parts.found?.evidence) out.push(foundNote(parts.found));
      out.push(card);
    }
    if (!card.questionInCard && parts.question) {
      const asked = render([{ lang, blocks: [parts.question] }], { key, share: 'remove', gen });
      if (!hasCard) posted.push(...asked);
      out.push(...asked);
    }
    plan.meta = {
      ...(meta ?? { status: 'open' }),
      ...(hasCard ? {} : { cardTs: undefined, channel: undefined, threadTs: undefined }),
      user: meta?.user ?? target.user,
      lang,
      headline: s.headline,
      shown: shownOf(s, lang),
      question: card.questionInCard ? parts.question : undefined,
      cardHash,
      ...(probeDetails ? { probe: true } : {}),
    };
  }
  flush();
  // A reopen with no diagnosis of its own: the card as the current facts make it, open.
  const s = reopened && !replies.some((r) => r.summary) && state ? currentSummary(state) : undefined;
  if (s && meta?.cardTs && meta.channel === target.channel) {
    const lang = state!.lang;
    const question = meta.question;
    const { card, blocksJson } = renderCardJson(s, lang, { key, question, filesNote: meta.filesNote, probeDetails: meta.probe === true, gen: state!.restarts });
    rememberJson(card.blocks, blocksJson);
    const cardHash = hashOf(card, blocksJson);
    if (meta.cardHash !== cardHash) plan.update = card;
    // Redrawn with other content (after a failover the level and what was done on the other node no longer
    // hold): the note that every other redraw posts, saying what changed in it.
    if (meta.shown && shownChanged(meta.shown, s, lang)) out.push(changeNote(meta.shown, s, [], lang));
    plan.meta = { ...meta, lang, headline: s.headline, shown: shownOf(s, lang), question: card.questionInCard ? question : undefined, cardHash };
  }
  return out;
}

/**
 * The metadata of a card set back to open: no status, nor who set it and when. Nor the hash of its last
 * drawing: it was taken before the card was marked, so a reopen that changes nothing else would match it
 * and leave the ✅ on the card.
 */
function reopen(meta: SurfaceMeta): SurfaceMeta {
  const { statusBy: _by, statusAt: _at, cardHash: _hash, ...rest } = meta;
  return { ...rest, status: 'open' };
}

/**
 * After the turn is stored: edit the card in place (or, if it is gone, post it anew) and keep the
 * metadata. A conversation that started over forgets its card: the next diagnosis is a new one.
 * Never throws.
 */
export async function applyCardPlan(deps: AppDeps, client: WebClient, key: string, target: ThreadTarget, state: ConversationState, meta: SurfaceMeta | null, plan: CardPlan): Promise<void> {
  if (Object.keys(state.facts).length === 0) {
    if (meta?.cardTs) await setMeta(deps, key, { status: 'open', user: meta.user, lang: state.lang });
    return;
  }
  if (!plan.meta) return;
  const next = plan.meta;
  // Kept first: this runs alongside the outbox delivery, whose hook then records a new card's position.
  // Unchanged metadata is not written again. A thread turn that stored the plan's metadata with its
  // state passes that same object as `meta` (src/slack/flows.ts): equal without serialising both.
  if (next !== meta && JSON.stringify(next) !== JSON.stringify(meta)) await setMeta(deps, key, next);
  if (plan.unfixed && meta?.cardTs && meta.channel === target.channel) await unreact(client, deps.logger, target.channel, meta.threadTs ?? target.threadTs);
  if (plan.update && meta?.cardTs) {
    const ok = await updateMessage(client, deps.logger, { channel: target.channel, ts: meta.cardTs }, plan.update, deps.edit);
    if (!ok) {
      const res = await postToThread(client, deps.logger, target, [plan.update], state.lang);
      if (res.ok && res.ts[0]) await setMeta(deps, key, { ...next, cardTs: res.ts[0], channel: target.channel, threadTs: target.threadTs ?? res.ts[0] });
    }
  }
}

/** Take back the ✅ that Fixed put on a thread's root (statusAction). Never throws. */
async function unreact(client: WebClient, logger: Logger, channel: string, root: string | undefined): Promise<void> {
  if (!root) return;
  try {
    await client.reactions.remove({ channel, timestamp: root, name: 'white_check_mark' });
  } catch (error) {
    const why = errorCode(error);
    if (why !== 'no_reaction') logger.warn('reactions.remove failed', { method: 'reactions.remove', channel, reason: why });
  }
}

/** The outbox posted an item: if it is an answer card, remember where (for edits in place). */
export async function recordCardPosted(store: MetaStore, logger: Logger, item: OutboxItem, ts: string): Promise<void> {
  try {
    if (!Array.isArray(item.message.blocks) || !isCardMessage(item.message.blocks)) return;
    // Onto the entry as stored (one step on every replica): a press's write meanwhile is kept.
    await store.update(item.key, (cur) => ({ ...(cur ?? { status: 'open' }), channel: item.target.channel, cardTs: ts, threadTs: item.target.threadTs ?? ts }));
  } catch (error) {
    logger.error('card position not recorded', { key: item.key, reason: errorCode(error) });
  }
}

/**
 * The Schannel Protocols state in a pasted text (check-tls.cmd output, `reg query`, a .reg export),
 * or null: what rollback.reg is made from. Bounded: a long paste or a large model is not kept.
 */
export function pastedSchannel(text: string): { model: RegModel; partial: boolean; whole: boolean } | null {
  if (typeof text !== 'string' || text.length > 200_000 || !/SCHANNEL\\Protocols/i.test(text)) return null;
  const model = /^\s*(?:Windows Registry Editor Version 5\.00|REGEDIT4)/.test(text) ? parseRegText(text).model : parseRegQuery(text).model;
  if (!mentionsSchannel(model)) return null;
  const part = schannelPart(model);
  // How much of the tree it shows, by the CLI's --current rule (a check-tls.cmd section counts only whole): read from the text
  // itself, so the fix files made later from the stored part decide rollback.reg as `tms-doctor fix-kit --current` does.
  return JSON.stringify(part).length <= 8000 ? { model: part, ...schannelExtent(text, model) } : null;
}
