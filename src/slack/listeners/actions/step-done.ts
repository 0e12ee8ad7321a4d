/**
 * 'step-done': the checklist under a thread's steps (steps-view.ts). Ticking a step marks it done for
 * the whole thread: the message is edited so the box stays ticked and says who ticked it and when
 * ("✓ @alice 10:32"); unticking clears that. A press carries the message as the presser's Slack
 * showed it and the boxes ticked now: what the press changed (one box) is read from those two, then
 * applied to the checklist as stored (surface metadata under the message's own key, MetaStore.update:
 * one step on every replica), and the message is edited from the result. So two ticks that cross (two
 * people, two replicas, the second pressed before Slack showed the first edit) both stick, whatever
 * order they arrive in; an edit that lands after a newer one is made again from the latest. The
 * first press on a message starts the stored checklist from the message as pressed. Private answers
 * carry no checklist. */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../deps';
import { respondAll } from '../../flows';
import { looksJapanese } from '../../mrkdwn';
import { errorCode, updateMessage } from '../../service';
import { STEP_DONE } from '../../steps-view';
import type { SurfaceMeta } from '../../../store/meta';
import { resolveAction } from './context';

interface Option {
  text: { type: string; text: string };
  value?: string;
  description?: { type: string; text: string };
}
interface Checkboxes {
  type: string;
  action_id?: string;
  options?: Option[];
  initial_options?: Option[];
}

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** Where a steps message's checklist is kept (surface metadata of its own, shared by every replica). */
export function checklistKey(channel: string, ts: string): string {
  return `steps:${channel}:${ts}`;
}

const NOT_RECORDED = {
  en: 'Slack did not let me update the checklist, so the others do not see that change yet. Please tick the box again in a minute.',
  ja: 'Slack でチェックリストを更新できなかったため、この変更はほかの人にはまだ見えていません。1 分ほど待ってから、もう一度チェックしてください。',
} as const;

/** "✓ <@U…> 10:32" (the time in the reader's own zone). */
function doneBy(user: string, at: number): string {
  const s = Math.floor(at / 1000);
  const hhmm = new Date(at).toISOString().slice(11, 16);
  return `✓ ${USER_ID.test(user) ? `<@${user}> ` : ''}<!date^${s}^{time}|${hhmm} UTC>`;
}

/** Per checkbox element of a steps message (by action id): the ticked steps and what each says ('' nothing). */
export type Checks = Record<string, Record<string, string>>;

/** One press: the element pressed, its steps, and the boxes the presser ticked and unticked. */
export interface Press {
  actionId: string;
  values: string[];
  tick: string[];
  untick: string[];
}

const isChecklist = (el: Checkboxes): boolean => el.type === 'checkboxes' && typeof el.action_id === 'string' && (el.action_id === STEP_DONE || el.action_id.startsWith(`${STEP_DONE}:`)) && Array.isArray(el.options);

function elementsOf(blocks: KnownBlock[]): { blockId?: string; el: Checkboxes }[] {
  const out: { blockId?: string; el: Checkboxes }[] = [];
  for (const b of blocks) {
    const bb = b as { type: string; block_id?: string; elements?: Checkboxes[] };
    if (bb.type === 'actions' && Array.isArray(bb.elements)) for (const el of bb.elements) if (isChecklist(el)) out.push({ blockId: bb.block_id, el });
  }
  return out;
}

/** The checklist as these blocks show it. */
export function checksOf(blocks: KnownBlock[]): Checks {
  const out: Checks = {};
  for (const { el } of elementsOf(blocks)) {
    const values = new Set(el.options!.map((o) => o.value));
    const ticked: Record<string, string> = {};
    for (const o of el.initial_options ?? []) if (typeof o.value === 'string' && values.has(o.value)) ticked[o.value] = o.description?.text ?? '';
    out[el.action_id!] = ticked;
  }
  return out;
}

/**
 * What a press changed: the boxes ticked now (`selected`) against the same element in the message as
 * the presser's Slack showed it (`blocks`). A press changes one box; when they differ by more, the
 * message was not what the presser saw, and only the boxes ticked count (an untick taken wrongly would
 * clear someone else's tick). Null when the message has no such checklist.
 */
export function pressOf(blocks: KnownBlock[], blockId: string, actionId: string, selected: string[]): Press | null {
  const hit = elementsOf(blocks).find((e) => e.blockId === blockId && e.el.action_id === actionId);
  if (!hit) return null;
  const values = hit.el.options!.map((o) => o.value).filter((v): v is string => typeof v === 'string');
  const seen = new Set((hit.el.initial_options ?? []).map((o) => o.value));
  const now = new Set(selected);
  const tick = values.filter((v) => now.has(v) && !seen.has(v));
  const untick = values.filter((v) => seen.has(v) && !now.has(v));
  return { actionId, values, tick, untick: tick.length + untick.length > 1 ? [] : untick };
}

/** `checks` with a press applied: a newly ticked step says who and when, a step ticked before keeps what it said. */
export function applyPress(checks: Checks, press: Press, user: string, at: number): Checks {
  const el = { ...(checks[press.actionId] ?? {}) };
  for (const v of press.tick) if (!(v in el)) el[v] = doneBy(user, at);
  for (const v of press.untick) delete el[v];
  return { ...checks, [press.actionId]: el };
}

/** The message's blocks with every checklist showing `checks` (an element `checks` does not name is left as it is). */
export function showChecks(blocks: KnownBlock[], checks: Checks): KnownBlock[] {
  return blocks.map((b) => {
    const bb = b as { type: string; elements?: Checkboxes[] };
    if (bb.type !== 'actions' || !Array.isArray(bb.elements) || !bb.elements.some((el) => isChecklist(el) && checks[el.action_id!])) return b;
    const elements = bb.elements.map((el) => {
      const ticks = isChecklist(el) ? checks[el.action_id!] : undefined;
      if (!ticks) return el;
      const options = el.options!.map((o): Option => {
        const base: Option = { text: o.text, ...(o.value !== undefined ? { value: o.value } : {}) };
        const said = o.value !== undefined ? ticks[o.value] : undefined;
        return said ? { ...base, description: { type: 'mrkdwn', text: said } } : base;
      });
      const ticked = options.filter((o) => o.value !== undefined && o.value in ticks);
      const next: Checkboxes = { type: el.type, action_id: el.action_id, options };
      if (ticked.length) next.initial_options = ticked;
      return next;
    });
    return { ...bb, elements } as unknown as KnownBlock;
  });
}

/**
 * The message's blocks after one press, from the message as the presser saw it alone (what the edit
 * shows when the store cannot be read). Null when the message has no such checklist.
 */
export function tickSteps(blocks: KnownBlock[], blockId: string, actionId: string, selected: string[], user: string, at: number): KnownBlock[] | null {
  const press = pressOf(blocks, blockId, actionId, selected);
  return press ? showChecks(blocks, applyPress(checksOf(blocks), press, user, at)) : null;
}

export function stepDoneAction(deps: AppDeps) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const ctx = await resolveAction(deps.logger, body, action, respond);
    if (!ctx || ctx.ephemeral) return;
    const msg = (body as { message?: { ts?: unknown; text?: unknown; blocks?: unknown } }).message;
    const a = action as { block_id?: unknown; action_id?: unknown; selected_options?: unknown };
    if (!msg || typeof msg.ts !== 'string' || !Array.isArray(msg.blocks) || typeof a.block_id !== 'string' || typeof a.action_id !== 'string') return;
    const selected = Array.isArray(a.selected_options) ? a.selected_options.map((o) => (o as { value?: unknown }).value).filter((v): v is string => typeof v === 'string') : [];
    const seen = msg.blocks as KnownBlock[];
    const press = pressOf(seen, a.block_id, a.action_id, selected);
    if (!press) return;
    const at = Date.now();
    const where = { channel: ctx.target.channel, ts: msg.ts };
    const text = typeof msg.text === 'string' && msg.text ? msg.text : ' ';
    const edit = (checks: Checks) => updateMessage(client, deps.logger, where, { text, blocks: showChecks(seen, checks) }, deps.edit);
    const ok = await deps.service.serial(ctx.key, async () => {
      const key = checklistKey(where.channel, where.ts);
      let rec: SurfaceMeta | null = null;
      try {
        rec = await deps.meta.update(key, (cur) => {
          const before = cur?.checks ?? checksOf(seen);
          const after = applyPress(before, press, ctx.user, at);
          if (cur && JSON.stringify(after) === JSON.stringify(before)) return undefined;
          return { status: 'open', checks: after, rev: (cur?.rev ?? 0) + 1 };
        });
      } catch (error) {
        deps.logger.warn('checklist not stored, edited from the message as pressed', { key, reason: errorCode(error) });
      }
      if (!rec?.checks) return edit(applyPress(checksOf(seen), press, ctx.user, at));
      let shown = rec.rev ?? 0;
      if (!(await edit(rec.checks))) return false;
      // Another replica may have ticked meanwhile, its edit landing before this one: edited again from the latest.
      for (let i = 0; i < 2; i++) {
        const latest = await deps.meta.get(key).catch(() => null);
        if (!latest?.checks || (latest.rev ?? 0) <= shown) break;
        shown = latest.rev ?? 0;
        if (!(await edit(latest.checks))) return false;
      }
      return true;
    });
    // The box looks ticked on the presser's screen only: say so, in the steps' language.
    if (!ok) await respondAll(deps, client, respond, [{ text: NOT_RECORDED[looksJapanese(text) ? 'ja' : 'en'], blocks: [] }], ctx.target, looksJapanese(text) ? 'ja' : 'en');
  };
}
