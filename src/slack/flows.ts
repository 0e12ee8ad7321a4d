/**
 * Flows shared by several listeners: a turn delivered into a thread, a turn delivered through a
 * response_url (ephemeral), and a probe whose result joins a conversation.
 */
import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Reply } from '../conversation/document';
import type { ConversationState, IncomingMessage } from '../conversation/types';
import type { Facts, Lang } from '../domain/types';
import type { CheckedTarget, RefusalKind } from '../probe/policy';
import type { ProbeResult } from '../probe/types';
import { probeLineIn } from '../probe/probe-line';
import type { SlackMessage } from './blockkit';
import type { AppDeps } from './deps';
import { MAX_META_JSON, parseMeta, type SurfaceMeta } from '../store/meta';
import { applyCardPlan, cardParts, carried, changeNote, currentSummary, detailsNote, getMeta, pastedSchannel, renderThread, setMeta, shownChanged, shownOf, splitAnswer, statusOf, updateMeta, type CardPlan } from './answer';
import { renderCard } from './card';
import { languageNeutral } from './locale';
import { probeReply } from './probe-view';
import { slackRefusal } from './refusal';
import { AckGate } from './ack-gate';
import { classify, storeFailureKind } from './delivery';
import { errorCode, notifyFailure, render, TurnAbandoned, type ThreadTarget } from './service';
import { t } from './texts';

/** What to tell the user when a turn could not be taken in: the database's state in plain words, else a generic apology. */
export function turnFailedText(lang: Lang, error: unknown): string {
  const kind = storeFailureKind(error);
  return kind ? t(lang).deliveryFailed(kind) : t(lang).engineFailed;
}

export interface ThreadTurn {
  key: string;
  message: IncomingMessage;
  dedupe: string[];
  target: ThreadTarget;
  langHint?: Lang;
  /** Only continue an existing conversation (thread follow-ups without a mention). */
  requireExisting?: boolean;
  /** Replies to show before the engine's (e.g. a probe summary). */
  before?: (lang: Lang, state?: ConversationState) => Reply[];
  /** A new conversation under `key` starts from the state stored under this key. */
  seedFrom?: string;
  /** A press from a message drawn in another generation of the conversation: see Stale. */
  stale?: Stale;
}

/**
 * A press whose button carries the conversation's start-over count when it was drawn (blockkit.withGen):
 * when the conversation has started over since, nothing is fed to it and `refuse` tells the presser
 * instead (in the conversation's language). Checked in the conversation's turn order, after any start
 * over queued before it.
 */
export interface Stale {
  gen: number;
  refuse: (lang: Lang) => Promise<unknown>;
}

/**
 * The conversation's language when it has started over since its start-over count was `gen`, else null
 * (also when there is no conversation, or the store cannot be read).
 */
export async function startedOverSince(deps: AppDeps, key: string, gen: number): Promise<Lang | null> {
  const conv = await deps.store.conversations.get(key).catch(() => null);
  return conv && (conv.state.restarts ?? 0) !== gen ? conv.state.lang : null;
}

/** True (and the presser told) when the conversation started over since the pressed message was drawn. */
async function refusedAsStale(deps: AppDeps, key: string, stale: Stale | undefined): Promise<boolean> {
  if (!stale) return false;
  const lang = await startedOverSince(deps, key, stale.gen);
  if (lang === null) return false;
  await stale.refuse(lang);
  return true;
}

/**
 * One turn whose replies go into a channel thread or DM. The turn commits its claim, state and
 * rendered replies (the outbox) together; only then is Slack's event acknowledged; then the outbox
 * is delivered. A retry of an event whose replies a crash left undelivered delivers them now.
 * Never throws.
 */
export async function threadTurn(deps: AppDeps, client: WebClient, turn: ThreadTurn): Promise<'ignored' | 'duplicate' | 'delivered' | 'failed'> {
  const t0 = performance.now();
  const outcome = await threadTurnBody(deps, client, turn);
  deps.metrics.turn(turn.target.channel.startsWith('D') ? 'dm' : 'thread', outcome, performance.now() - t0);
  return outcome;
}

async function threadTurnBody(deps: AppDeps, client: WebClient, turn: ThreadTurn): Promise<'ignored' | 'duplicate' | 'delivered' | 'failed'> {
  const { service, logger } = deps;
  const started = Date.now();
  // The card (its position and what it showed) is part of the turn: a second diagnosis in the
  // thread edits it. The metadata is read, the card edited and the outbox drained within the
  // conversation's serial slot, so two quick messages never post two cards.
  // A message that shows no language of its own starts a conversation in the user's Slack locale.
  const initialLang = turn.message.kind === 'text' && languageNeutral(turn.message.text) ? await deps.locales.langOf(client, turn.target.user) : null;
  return service.serial(turn.key, async () => {
    if (await refusedAsStale(deps, turn.key, turn.stale)) return 'ignored';
    const plan: CardPlan = {};
    // The card's metadata comes with the turn's own read (withMeta): the one the last run of the step
    // rendered with (`meta`, and `stored`, its text as read); what the rendering decided is stored by the
    // same transaction (`saved`).
    const card: { meta: SurfaceMeta | null; stored: string | null; saved?: SurfaceMeta; schannel?: boolean } = { meta: null, stored: null };
    // A pasted check-tls.cmd / reg query output: the Schannel state before the fix (for rollback.reg).
    const pasted = turn.message.kind === 'text' ? pastedSchannel(turn.message.text) : null;
    const toStore = (state: ConversationState) => {
      card.saved = undefined;
      card.schannel = false;
      if (!plan.meta || Object.keys(state.facts).length === 0) return undefined;
      // The paste joins the metadata the turn stores (no write of its own after the post), unless that makes it too large.
      if (pasted) {
        const joined = withPasted(plan.meta, pasted);
        if (JSON.stringify(joined).length <= MAX_META_JSON) {
          plan.meta = joined;
          card.schannel = true;
        }
      }
      const json = JSON.stringify(plan.meta);
      // Unchanged: the same text as the one read (every writer stores JSON.stringify of the metadata, so
      // the parsed copy need not be serialised again to compare; a text stored otherwise is written anew).
      if (json.length > MAX_META_JSON || json === card.stored) return undefined;
      card.saved = plan.meta;
      return { json, user: plan.meta.user ?? null };
    };
    const out = await service.apply(turn.key, turn.message, turn.dedupe, turn.langHint, {
      ...(initialLang ? { initialLang } : {}),
      before: turn.before,
      seedFrom: turn.seedFrom,
      requireExisting: turn.requireExisting,
      withMeta: true,
      // A line the bot stays silent on (chatter in a shared thread): marked in the turn's own
      // transaction, so an edit of it, handled at once or on another replica, is not called an edit
      // of an answered message (src/slack/listeners/events/message.ts). No write of its own.
      quietMarks: turn.dedupe.filter((id) => id.startsWith('msg:')).map(quietMark),
      // The turn stores its replies already leased for this drain: no outbox read and lease before the post.
      outbox: { target: turn.target, render: (replies, json, state) => renderThread(replies, turn.key, turn.target, (card.meta = parseMeta((card.stored = json))), plan, state), meta: toStore, lease: deps.outbox.turnLease() },
    });
    const meta = card.meta;
    // Given up at shutdown, not stored: its event must stay unacknowledged (Slack delivers it again), and no failure notice.
    if (out.status === 'error' && out.error instanceof TurnAbandoned) {
      deps.acks.withhold(AckGate.eventIdOf(turn.dedupe));
      return 'failed';
    }
    deps.acks.release(AckGate.eventIdOf(turn.dedupe));
    if (out.status === 'ignored') return 'ignored';
    if (out.status === 'duplicate') {
      logger.debug('duplicate delivery ignored', { key: turn.key, dedupe: turn.dedupe, pending: out.pending.length });
      if (out.pending.length > 0) await deps.outbox.drain(turn.key);
      return 'duplicate';
    }
    if (out.status === 'error') {
      await notifyFailure(client, logger, turn.target, turnFailedText(out.lang, out.error));
      return 'failed';
    }
    // The card is edited while the note (and anything else) is delivered: neither waits for the other.
    // The post goes out first: it is what the user waits for. The edit starts once the drain's request
    // is written (afterPostWritten); before, the edit's request, fewer steps away, went out first, and
    // then its preparation ran between the post's dispatch and its write. The metadata as now stored:
    // applyCardPlan writes only what the turn did not.
    const edit = afterPostWritten().then(() => applyCardPlan(deps, client, turn.key, turn.target, out.state, card.saved ?? meta, plan));
    const [res] = await Promise.all([deps.outbox.drain(turn.key, out.leased ?? undefined), edit]);
    // The paste not stored with the turn (no card metadata stored by it): onto the metadata as it is now.
    if (pasted && !card.schannel) await updateMeta(deps, turn.key, (cur) => withPasted(cur ?? { status: 'open' }, pasted));
    const ok = !res.blocked && res.failed === 0;
    deps.metrics.route(out.route);
    logger.info('turn', { key: turn.key, kind: turn.message.kind, route: out.route, replies: out.replies.length, messages: out.outbox.length, card: plan.update ? 'updated' : plan.meta ? 'posted' : 'none', ok, ms: Date.now() - started });
    // Blocked: another deliverer holds an earlier reply of this thread and delivers the rest.
    return res.failed === 0 ? 'delivered' : 'failed';
  });
}

/**
 * Resolves in the event loop's second check phase from now: after a post dispatched in between has
 * been written. undici (7.x) writes a request on a reused keep-alive socket only in the check phase
 * after its dispatch (first the poll phase reads whatever the idle socket received: its idle-socket
 * validation, a setImmediate), so work started one setImmediate after the drain began, as the card
 * edit was, ran ahead of the post's write on every turn that edits the card (~40-80 µs there,
 * bench/slack-timeline.js). The check phase after the next poll comes after that write.
 */
export const afterPostWritten = (): Promise<void> => new Promise<void>((r) => setImmediate(() => setImmediate(r)));

/** The metadata with a pasted Schannel state (pastedSchannel) in place of the one it held. */
function withPasted(meta: SurfaceMeta, pasted: NonNullable<ReturnType<typeof pastedSchannel>>): SurfaceMeta {
  const { schannelPartial: _p, schannelWhole: _w, ...rest } = meta;
  return { ...rest, schannel: pasted.model, ...(pasted.partial ? { schannelPartial: true as const } : {}), ...(pasted.whole ? { schannelWhole: true as const } : {}) };
}

/** The mark of a message read as a turn that got no reply: `quiet:msg:<channel>:<ts>`. */
export const quietMark = (messageId: string): string => `quiet:${messageId}`;

/** Send messages through a response_url (ephemeral unless told); on failure, tell the user another way. */
export async function respondAll(
  deps: AppDeps,
  client: WebClient,
  respond: RespondFn,
  messages: SlackMessage[],
  fallback: ThreadTarget,
  lang: Lang,
  opts: { responseType?: 'ephemeral' | 'in_channel'; replaceOriginal?: boolean } = {},
): Promise<boolean> {
  for (const [i, m] of messages.entries()) {
    try {
      await respond({
        response_type: opts.responseType ?? 'ephemeral',
        replace_original: i === 0 && opts.replaceOriginal === true,
        text: m.text,
        ...(m.blocks.length ? { blocks: m.blocks } : {}),
      });
    } catch (error) {
      const why = errorCode(error);
      deps.logger.error('response_url post failed', { method: 'respond', channel: fallback.channel, user: fallback.user, reason: why }, error);
      await notifyFailure(client, deps.logger, fallback, t(lang).deliveryFailed(classify(error).kind));
      return false;
    }
  }
  return true;
}

export interface EphemeralTurn {
  key: string;
  message: IncomingMessage;
  dedupe: string[];
  fallback: ThreadTarget;
  langHint?: Lang;
  fresh?: boolean;
  before?: (lang: Lang, state?: ConversationState) => Reply[];
  replaceOriginal?: boolean;
  /** Add details: the answer says what the message added and changed (answer.ts detailsNote). */
  readBack?: boolean;
  /** A conversation that starts now starts in this language (a probe or fleet result has no words of its own). */
  initialLang?: Lang;
  /** Replies that are not a diagnosis card go out as one message (e.g. a probe's result and what it means). */
  oneMessage?: boolean;
  /** A press from a message drawn before the conversation started over: see Stale. */
  stale?: Stale;
}

/** An ephemeral turn (slash command conversation, buttons on an ephemeral reply). */
export async function ephemeralTurn(
  deps: AppDeps,
  client: WebClient,
  respond: RespondFn,
  turn: EphemeralTurn,
): Promise<'duplicate' | 'delivered' | 'failed'> {
  const t0 = performance.now();
  const outcome = await ephemeralTurnBody(deps, client, respond, turn);
  deps.metrics.turn('ephemeral', outcome, performance.now() - t0);
  return outcome;
}

async function ephemeralTurnBody(
  deps: AppDeps,
  client: WebClient,
  respond: RespondFn,
  turn: EphemeralTurn,
): Promise<'duplicate' | 'delivered' | 'failed'> {
  const { service, logger } = deps;
  const initialLang = turn.initialLang ?? (turn.message.kind === 'text' && languageNeutral(turn.message.text) ? await deps.locales.langOf(client, turn.fallback.user) : null);
  return service.serial(turn.key, async () => {
    if (await refusedAsStale(deps, turn.key, turn.stale)) return 'duplicate';
    // The facts before this message (in turn order), to say what it added.
    const before = turn.readBack ? ((await deps.store.conversations.get(turn.key).catch(() => null))?.state.facts ?? null) : null;
    const out = await service.apply(turn.key, turn.message, turn.dedupe, turn.langHint, { fresh: turn.fresh, before: turn.before, keepReplies: true, ...(initialLang ? { initialLang } : {}) });
    if (out.status === 'duplicate' || out.status === 'ignored') return 'duplicate';
    if (out.status === 'error') {
      await respondAll(deps, client, respond, [{ text: turnFailedText(out.lang, out.error), blocks: [] }], turn.fallback, out.lang);
      return 'failed';
    }
    const lang = out.state.lang;
    const words = out.replies.some((r) => r.reopened);
    const answered = out.replies.some((r) => r.summary);
    const reopened = words && !answered ? await reopenedCard(deps, turn.key, out.state) : undefined;
    // A reopen that brings its own answer ("it came back after we upgraded to CE 11.5"): that answer is open, not Fixed.
    if (words && answered) await updateMeta(deps, turn.key, (cur) => (cur && cur.status !== 'open' ? reopenMeta(cur) : undefined));
    const messages = await ephemeralMessages(deps, turn.key, out.replies, lang, turn.fallback.user, before ? { before, after: out.state.facts } : undefined, turn.oneMessage === true, out.state.restarts);
    // The card first (in place of the marked one), the reopen's answer, then what changed in the card (as in a thread).
    if (reopened) messages.unshift(reopened.card);
    if (reopened?.note) messages.push(reopened.note);
    // A press on the private card edits that card (its response_url); anything else is a new message.
    const replace = turn.replaceOriginal === true && (reopened !== undefined || out.replies.some((r) => r.summary));
    const ok = await respondAll(deps, client, respond, messages, turn.fallback, lang, { replaceOriginal: replace });
    deps.metrics.route(out.route);
    logger.info('turn', { key: turn.key, kind: turn.message.kind, surface: 'ephemeral', route: out.route, messages: messages.length, ok });
    return ok ? 'delivered' : 'failed';
  });
}

/**
 * A reopen in words ("reopening: … No HTTPS response again", 「再発しました」) on a private answer marked
 * Fixed (or Still failing): the card again, open, from the current facts, to take the place of the
 * one marked (the reopen's own reply follows it); the status kept is open. Undefined when the card
 * was open already (the reply alone, as before) or there is no answer to show. When the card now
 * reads otherwise (after a failover the level and what was done on the other node no longer hold),
 * `note` says what changed in it, as the note under a thread's redrawn card does (renderThread).
 */
async function reopenedCard(deps: AppDeps, key: string, state: ConversationState): Promise<{ card: SlackMessage; note?: SlackMessage } | undefined> {
  const meta = await getMeta(deps, key);
  if (!meta || meta.status === 'open') return undefined;
  const s = currentSummary(state);
  if (!s) return undefined;
  const shown = shownOf(s, state.lang);
  await setMeta(deps, key, { ...reopenMeta(meta), lang: state.lang, headline: s.headline, shown });
  const card = renderCard(s, state.lang, { key, share: true, probeDetails: meta.probe === true, gen: state.restarts });
  return meta.shown && shownChanged(meta.shown, s, state.lang) ? { card, note: changeNote(meta.shown, s, [], state.lang) } : { card };
}

/** A private answer's metadata set back to open: no status, nor who set it and when. */
function reopenMeta(meta: SurfaceMeta): SurfaceMeta {
  const { statusBy: _by, statusAt: _at, ...rest } = meta;
  return { ...rest, status: 'open' };
}

/**
 * A private turn's messages: a diagnosis as the card (with Share), the rest as before. The card's
 * status and who asked are remembered (App Home lists them), not its position (an ephemeral message
 * can only be edited through the response_url of a press on it).
 */
async function ephemeralMessages(deps: AppDeps, key: string, all: Reply[], lang: Lang, user: string | undefined, readBack?: { before: Facts; after: Facts }, oneMessage = false, gen?: number): Promise<SlackMessage[]> {
  const out: SlackMessage[] = [];
  // A probe result with a card: one line on the card, not a message of its own.
  const { replies, briefs } = carried(all);
  let plain: Reply[] = [];
  const summaries = replies.filter((r) => r.summary);
  const meta = summaries.length ? await getMeta(deps, key) : null;
  const last = summaries[summaries.length - 1];
  // A probe result carried as one line (now or earlier): the card offers its table (Probe details).
  const probeDetails = briefs.length > 0 || meta?.probe === true;
  const flush = () => {
    // Merged: one reply of their blocks (split again only where Slack's limits require).
    if (oneMessage && plain.length > 1) plain = [{ ...plain[plain.length - 1]!, blocks: plain.flatMap((r) => r.blocks) }];
    if (plain.length) out.push(...render(plain, { key, share: last ? 'remove' : 'add', gen: gen ?? 0 }));
    plain = [];
  };
  for (const whole of replies) {
    if (!whole.summary) {
      plain.push(whole);
      continue;
    }
    // The answer to a question asked with the facts ("SQL is 2016. Do we need a reboot?"): as it is, before the card;
    // after it for Add details, whose card takes the place of the answer the button was on.
    const { answer, rest: r } = splitAnswer(whole);
    if (answer && !readBack) plain.push(answer);
    flush();
    const parts = cardParts(r);
    const isLast = whole === last;
    // Add details: what the message added, on the answer shown in place of the previous one.
    const own = isLast ? [...briefs, ...parts.notes] : parts.notes;
    const notes = readBack && meta?.shown && isLast ? [detailsNote(meta.shown, readBack.before, whole.summary, readBack.after, lang), ...own] : own;
    out.push(renderCard(whole.summary, lang, { key, status: statusOf(meta), notes, question: parts.question, share: isLast, probeDetails, gen }));
    if (answer && readBack) plain.push(answer);
  }
  flush();
  if (last?.summary) {
    await setMeta(deps, key, { ...(meta ?? { status: 'open' }), channel: undefined, cardTs: undefined, user: meta?.user ?? user, lang, headline: last.summary.headline, shown: shownOf(last.summary, lang), ...(probeDetails ? { probe: true } : {}) });
  }
  return out;
}

/** Parse `host[:port]` loosely: enough to refuse obvious garbage before the probe's own checks. */
export function plausibleTarget(input: string): boolean {
  const s = input.trim();
  if (s.length === 0 || s.length > 300 || /\s/.test(s)) return false;
  return /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._:-]+)(:\d{1,5})?$/.test(s);
}

/** Strip Slack's link formatting a client may add around a host (<http://x|x>, <x>). */
export function cleanTarget(input: string): string {
  // Full-width forms from a Japanese IME ("１０．１．２．３") as ASCII; the probe's policy checks the result.
  let s = input.normalize('NFKC').trim();
  const m = /^<([^|>]+)(?:\|([^>]+))?>$/.exec(s);
  if (m) s = m[2] ?? m[1]!;
  s = s.replace(/^https?:\/\//i, '').replace(/\/.*$/, '');
  return s;
}

export interface ProbeRun {
  who: string;
  surface: 'slash' | 'modal';
  target: string;
}

/** `checked`: the target as the full policy check allowed it (pass it on to runProbe). */
/** `taken`: when the quota unit was taken (to give it back if the probe does not go ahead). */
export type ProbeGate = { ok: true; checked?: CheckedTarget; taken?: number } | { ok: false; message: string };

/** Validation + rate limit (recorded as refusals when refused). */
/**
 * `lang` may still be on its way (the user's Slack locale, looked up while the target is checked:
 * both must fit before Slack's 3 s ack); it is awaited only to word the refusal.
 */
export async function gateProbe(deps: AppDeps, run: ProbeRun, language: Lang | Promise<Lang>): Promise<ProbeGate> {
  const words = async () => t(await language);
  if (!deps.probe) return { ok: false, message: (await words()).probeUnavailable };
  if (!plausibleTarget(run.target)) {
    const tx = await words();
    deps.probe.record({ ...run, result: null, refused: 'invalid target' });
    deps.metrics.probe({ ok: false, kind: 'invalid_target' });
    // "10.1.2.3 10.1.2.4" or "10.1.2.3,10.1.2.4" in the modal (or /tls-probe without the fleet probe): one target per
    // probe, and where several go (QA43 #7), rather than "give a host name or IP address".
    const several = probeLineIn(`probe ${run.target}`);
    if (several?.kind === 'several') return { ok: false, message: tx.probeSeveral(several.count, !!deps.fleet) };
    return { ok: false, message: `${tx.invalidTarget} ${tx.probeUsage}` };
  }
  // What the policy refuses (a port, an address, a name that resolves outside the allowed networks
  // or not at all) is refused here, before anything is announced: in the modal as a field error,
  // for /tls-probe privately. The name is resolved once; the probe connects to what was checked.
  let checked: CheckedTarget | undefined;
  if (deps.probe.check) {
    const c = await deps.probe.check(run.target);
    if (!c.ok) {
      deps.probe.record({ ...run, result: null, refused: c.reason });
      deps.metrics.probe({ ok: false, kind: c.kind });
      return { ok: false, message: slackRefusal(c, await language) };
    }
    checked = c;
  } else {
    const pre = deps.probe.precheck?.(run.target) ?? null;
    if (pre) {
      deps.probe.record({ ...run, result: null, refused: pre.reason });
      return { ok: false, message: slackRefusal(pre, await language) };
    }
  }
  let d;
  try {
    d = await deps.limiter.take(run.who);
  } catch (error) {
    // The quota lives in the store: if it cannot be checked (database locked, disk full), refuse
    // politely rather than probe unmetered or leave the user without an answer.
    deps.logger.error('probe rate limit check failed', { who: run.who, target: run.target }, error);
    deps.probe.record({ ...run, result: null, refused: 'rate limit unavailable' });
    deps.metrics.probe({ ok: false, kind: 'quota_unavailable' });
    return { ok: false, message: (await words()).probeQuotaUnavailable };
  }
  if (!d.allowed) {
    deps.probe.record({ ...run, result: null, refused: 'rate limit' });
    deps.metrics.probe({ ok: false, kind: 'rate_limit' });
    return { ok: false, message: (await words()).probeBusy(d.used, Math.max(1, Math.ceil(d.retryAfterMs / 60000))) };
  }
  return { ok: true, checked, ...(d.at !== undefined ? { taken: d.at } : {}) };
}

/**
 * Acknowledge a request whose probe passed the gate, before the probe runs. When the ack is refused
 * (it came after the ack deadline, which told the user nothing was done) the quota unit the gate
 * took is given back and the error rethrown: the listener stops there, no probe runs.
 */
export async function ackGatedProbe(deps: AppDeps, who: string, gate: { taken?: number }, ack: () => Promise<unknown>): Promise<void> {
  try {
    await ack();
  } catch (error) {
    if (gate.taken !== undefined && deps.limiter.giveBack) {
      await deps.limiter.giveBack(who, gate.taken).then(
        () => deps.logger.info('probe not run: its acknowledgement came after the ack deadline; the quota unit was given back', { who }),
        (e: unknown) => deps.logger.warn('probe quota unit not given back', { who, reason: errorCode(e) }),
      );
    }
    throw error;
  }
}

/** Run a gated probe and record it. Never throws. */
export async function runProbe(deps: AppDeps, run: ProbeRun, checked?: CheckedTarget): Promise<{ ok: true; result: ProbeResult } | { ok: false; kind?: RefusalKind; reason: string }> {
  const probe = deps.probe!;
  let out: { ok: true; result: ProbeResult } | { ok: false; kind?: RefusalKind; reason: string };
  try {
    out = await probe.run(run.target, checked);
  } catch (error) {
    deps.logger.error('probe crashed', { target: run.target, who: run.who }, error);
    out = { ok: false, kind: 'error', reason: errorCode(error) };
  }
  probe.record({ ...run, result: out.ok ? out.result : null, refused: out.ok ? null : out.reason });
  deps.metrics.probe(out);
  deps.logger.info('probe', { target: run.target, who: run.who, surface: run.surface, ok: out.ok, ...(out.ok ? { reachable: out.result.reachable, ms: out.result.durationMs } : { reason: out.reason }) });
  return out;
}

/** The probe's result ahead of the engine's replies; it speaks of the conversation's TMS release when that is before 15 (QA54 #3). */
export function probeBefore(result: ProbeResult): (lang: Lang, state?: ConversationState) => Reply[] {
  return (lang, state) => [probeReply(result, lang, state?.facts.tms)];
}
