/**
 * The answer card: one message of at most CARD_MAX_BLOCKS blocks that fits an incident channel.
 * Header with the verdict (and status), one line of cause, one line of next action, the facts and
 * assumptions, the blocking caveats one line each, an optional refinement question, then buttons:
 * Show steps, Fix files, Probe an endpoint, Fixed, Still failing, and links to the sources.
 * Built from the surface-neutral Summary (src/conversation/summary.ts); the long form is a click away.
 */
import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import type { Block } from '../conversation/document';
import type { Summary } from '../conversation/summary';
import { FALLBACK_MAX, HEADLINE_FIXED, clip } from '../conversation/summary';
import type { Lang } from '../domain/types';
import { blockId, LIMITS, renderReply, splitGen, withGen, type SlackMessage } from './blockkit';
import { payloadProblems, type GuardLimits } from './guard';
import { escapeMrkdwn, looksJapanese } from './mrkdwn';

export const CARD_MAX_BLOCKS = 15;
export const CARD_LIMITS: GuardLimits = { maxBlocks: CARD_MAX_BLOCKS, maxText: FALLBACK_MAX, maxJson: LIMITS.messageTextBudget };

/** Action ids of the card's buttons (the listeners register these). */
export const CARD_ACTIONS = {
  showSteps: 'show-steps',
  fixFiles: 'fix-files',
  probe: 'probe-endpoint',
  probeDetails: 'probe-details',
  fixed: 'mark-fixed',
  failing: 'mark-failing',
  share: 'share',
  addDetails: 'add-details',
  startOver: 'start-over',
  help: 'help',
  link: 'open-link',
} as const;

export type CardStatusKind = 'open' | 'fixed' | 'failing';

export interface CardStatus {
  kind: CardStatusKind;
  /** Slack user id of who set it. */
  by?: string;
  /** When, ms since the epoch. */
  at?: number;
}

export interface CardOptions {
  /** Conversation key carried in block_ids. */
  key?: string;
  status?: CardStatus;
  /** Short lines about this turn (a value that could not be read, a note on the translation). */
  notes?: string[];
  /** The refinement question the engine offers (rendered with its answer buttons). */
  question?: Block;
  /** A private answer: offer Share in channel and Add details. */
  share?: boolean;
  /** A first context line, already mrkdwn-safe (e.g. "Shared by <@U…>"). */
  preface?: string;
  /** At most this many source links (default 4). */
  maxLinks?: number;
  /** One line about the fix files (e.g. "rollback = the step-1 backup"). */
  filesNote?: string;
  /**
   * How many times the conversation had started over when this card was drawn (ConversationState.restarts):
   * carried in the buttons' values (see cardGen), so a press on a card from before a start over is known.
   */
  gen?: number;
  /** The answer carries a probe result in one line: offer its full table (privately, on demand). */
  probeDetails?: boolean;
}

const CT = {
  en: {
    cause: 'Cause',
    next: 'Next',
    assumed: 'Assumed',
    showSteps: 'Show steps',
    fixFiles: 'Fix files',
    probe: 'Probe an endpoint',
    probeDetails: 'Probe details',
    fixed: 'Fixed',
    failing: 'Still failing',
    share: 'Share in channel',
    addDetails: 'Add details',
    startOver: 'Start over',
    help: 'Help',
    statusFixed: 'Fixed',
    statusFailing: 'Still failing',
    markedBy: (label: string, who: string, when: string) => `${label}${who ? ` by ${who}` : ''}${when ? `, ${when}` : ''}`,
  },
  ja: {
    cause: '原因',
    next: '次の作業',
    assumed: '仮定',
    showSteps: '手順を表示',
    fixFiles: '修正ファイル',
    probe: 'エンドポイントをプローブ',
    probeDetails: 'プローブの詳細',
    fixed: '解決した',
    failing: 'まだ解決しない',
    share: 'チャンネルに共有',
    addDetails: '情報を追加',
    startOver: '最初から',
    help: 'ヘルプ',
    statusFixed: '解決済み',
    statusFailing: '未解決',
    markedBy: (label: string, who: string, when: string) => `${label}${who ? ` (${who}` : ''}${when ? `${who ? '、' : ' ('}${when}` : ''}${who || when ? ')' : ''}`,
  },
} as const;

export function cardTexts(lang: Lang): (typeof CT)['en'] {
  return (lang === 'ja' ? CT.ja : CT.en) as unknown as (typeof CT)['en'];
}

const USER_ID = /^[UW][A-Z0-9]{2,}$/;
const STATUS_MARK: Record<CardStatusKind, string> = { open: '', fixed: '✅', failing: '🔴' };

function statusLine(status: CardStatus | undefined, lang: Lang): string {
  if (!status || status.kind === 'open') return '';
  const c = cardTexts(lang);
  const who = status.by && USER_ID.test(status.by) ? `<@${status.by}>` : '';
  let when = '';
  if (status.at && Number.isFinite(status.at)) {
    const s = Math.floor(status.at / 1000);
    const iso = new Date(status.at).toISOString().slice(0, 16).replace('T', ' ');
    when = `<!date^${s}^{date_short_pretty} {time}|${iso} UTC>`;
  }
  return `${STATUS_MARK[status.kind]} ${c.markedBy(status.kind === 'fixed' ? c.statusFixed : c.statusFailing, who, when)}`;
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function btn(actionId: string, label: string, extra: Partial<Button> = {}): Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: label, emoji: true }, ...extra };
}

/** A button's value with the card's generation, `r<n>` after the value (if any): blockkit.withGen. */
function genValue(value: string | undefined, gen: number | undefined): Partial<Button> {
  return { value: withGen(value, gen) };
}

/**
 * The generation a card button's value carries (see CardOptions.gen), or undefined when it carries
 * none (a button of another message, or a card drawn before cards carried it: not checked).
 */
export function cardGen(value: string | undefined): number | undefined {
  return splitGen(value).gen;
}

/** The header of a card marked Fixed: it reads as resolved, the verdict it had kept after it (QA54 #8: not "✅ Not settled yet"). */
const FIXED_HEADER: Record<Lang, (was: string) => string> = {
  en: (was) => `Fixed — the answer was: ${was}`,
  ja: (was) => `解決済み — 回答時の判断：${was}`,
};

/** The header text: status mark + verdict, within Slack's header limit. */
export function cardHeader(summary: Summary, status?: CardStatus, lang: Lang = looksJapanese(summary.headline) ? 'ja' : 'en'): string {
  const mark = status && status.kind !== 'open' ? `${STATUS_MARK[status.kind]} ` : '';
  // (A headline that already says fixed, "Fixed, as you said: …", stays as it is.)
  const fixed = status?.kind === 'fixed' && !HEADLINE_FIXED.includes(summary.headline);
  return clip(`${mark}${fixed ? FIXED_HEADER[lang](summary.headline) : summary.headline}`, LIMITS.headerText);
}

/**
 * The assumptions the facts line does not already show as assumed: "level Medium (assumed)" there
 * makes "Assumed: level Medium (default)" a repeat (EN "level Medium (…)", JA 「レベル Medium（…）」).
 */
export function assumedBeyondFacts(summary: Summary): string[] {
  return summary.assumed.filter((a) => {
    const what = a.replace(/\s*[(（][^()（）]*[)）]\s*$/, '').trim();
    return !(what && what !== a.trim() && (summary.facts.includes(`${what} (`) || summary.facts.includes(`${what}（`)));
  });
}

function build(summary: Summary, lang: Lang, opts: CardOptions, mergeCaveats: boolean): KnownBlock[] {
  const c = cardTexts(lang);
  const blocks: KnownBlock[] = [];
  if (opts.preface) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: opts.preface }] });
  blocks.push({ type: 'header', text: { type: 'plain_text', text: cardHeader(summary, opts.status, lang), emoji: true } });
  blocks.push(section(`*${c.cause}:* ${escapeMrkdwn(clip(summary.cause, 600))}`));
  blocks.push(section(`*${c.next}:* ${escapeMrkdwn(clip(summary.next, 600))}`));
  const ctx: string[] = [];
  if (summary.facts) ctx.push(escapeMrkdwn(clip(summary.facts, 600)));
  const assumed = assumedBeyondFacts(summary);
  if (assumed.length) ctx.push(`${c.assumed}: ${escapeMrkdwn(clip(assumed.join(' · '), 600))}`);
  const st = statusLine(opts.status, lang);
  if (st) ctx.push(st);
  if (ctx.length) blocks.push({ type: 'context', elements: ctx.map((text) => ({ type: 'mrkdwn', text })) });
  const notes = (opts.notes ?? []).filter((n) => n.trim());
  if (notes.length) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(clip(notes.join('\n'), 1500)) }] });
  // The caveats come before anything to do: one line each (merged into one block only when room is short).
  const cav = summary.caveats.map((x) => `:warning: *${escapeMrkdwn(clip(x.text, 280))}*`);
  if (cav.length) {
    if (mergeCaveats) blocks.push(section(cav.join('\n')));
    else for (const line of cav) blocks.push(section(line));
  }
  // The Fix files note is in the language the files were made in: a card redrawn in the other one leaves it out.
  if (opts.filesNote && looksJapanese(opts.filesNote) === (lang === 'ja')) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(clip(opts.filesNote, 600)) }] });
  if (opts.question) {
    const [m] = renderReply({ lang, blocks: [opts.question] }, { gen: opts.gen ?? 0 });
    if (m) blocks.push(...m.blocks.map((b) => ({ ...b, block_id: undefined }) as KnownBlock));
  }
  const main: Button[] = [];
  const g = opts.gen;
  if (summary.steps.length) main.push(btn(CARD_ACTIONS.showSteps, c.showSteps, { style: 'primary', ...genValue(undefined, g) }));
  if (summary.steps.some((s) => s.code === 'enable-tls11-12-registry')) main.push(btn(CARD_ACTIONS.fixFiles, c.fixFiles, genValue(undefined, g)));
  main.push(btn(CARD_ACTIONS.probe, c.probe, genValue(undefined, g)));
  if (opts.probeDetails) main.push(btn(CARD_ACTIONS.probeDetails, c.probeDetails, genValue(undefined, g)));
  main.push(btn(CARD_ACTIONS.fixed, c.fixed, genValue(opts.status?.kind === 'fixed' ? undefined : 'fixed', g)));
  main.push(btn(CARD_ACTIONS.failing, c.failing, genValue('failing', g)));
  // A private answer: Share in channel, and Add details (a private answer cannot be replied to).
  if (opts.share) main.push(btn(CARD_ACTIONS.share, c.share, genValue(undefined, g)), btn(CARD_ACTIONS.addDetails, c.addDetails, genValue(undefined, g)));
  blocks.push({ type: 'actions', elements: main } as ActionsBlock);
  const second: Button[] = [];
  summary.sources.slice(0, opts.maxLinks ?? 4).forEach((l, i) => {
    second.push(btn(i === 0 ? CARD_ACTIONS.link : `${CARD_ACTIONS.link}:${i}`, clip(l.label, LIMITS.buttonText), { url: l.url }));
  });
  second.push(btn(CARD_ACTIONS.startOver, c.startOver));
  second.push(btn(CARD_ACTIONS.help, c.help));
  blocks.push({ type: 'actions', elements: second } as ActionsBlock);
  return blocks.filter((b) => b !== undefined);
}

function withIds(blocks: KnownBlock[], key: string | undefined): KnownBlock[] {
  return blocks.map((b, n) => {
    const copy = { ...b } as KnownBlock & { block_id?: string };
    delete copy.block_id;
    const id = blockId(key, n);
    if (id) copy.block_id = id;
    return copy;
  });
}

/**
 * Render the card. The result always fits CARD_LIMITS: when the caveats one per block would pass
 * the block budget they share one block; when a question would, it is left out of the card (the
 * caller posts it separately: see `cardFits`).
 */
export function renderCard(summary: Summary, lang: Lang, opts: CardOptions = {}): SlackMessage & { questionInCard: boolean } {
  return renderCardJson(summary, lang, opts).card;
}

/** renderCard, with the JSON of the card's blocks it measured (the card's digest is made from it). */
export function renderCardJson(summary: Summary, lang: Lang, opts: CardOptions = {}): { card: SlackMessage & { questionInCard: boolean }; blocksJson: string } {
  // (Marked Fixed: the fallback text reads as resolved too, as the header does.)
  const fixed = opts.status?.kind === 'fixed' && !HEADLINE_FIXED.includes(summary.headline);
  const text = clip(fixed ? cardHeader(summary, opts.status, lang) : summary.fallback, FALLBACK_MAX) || ' ';
  const attempts: [boolean, CardOptions][] = [
    [false, opts],
    [true, opts],
    [true, { ...opts, question: undefined }],
    [true, { ...opts, question: undefined, notes: [] }],
  ];
  for (const [merge, o] of attempts) {
    const blocks = withIds(build(summary, lang, o, merge), opts.key);
    const blocksJson = JSON.stringify(blocks);
    if (payloadProblems({ text, blocks }, CARD_LIMITS, blocksJson).length === 0) return { card: { text, blocks, questionInCard: o.question !== undefined }, blocksJson };
  }
  const blocks = withIds(build(summary, lang, { ...opts, question: undefined, notes: [], maxLinks: 0 }, true), opts.key);
  return { card: { text, blocks, questionInCard: false }, blocksJson: JSON.stringify(blocks) };
}
