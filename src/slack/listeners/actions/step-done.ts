/**
 * 'step-done': the checklist under a thread's steps (steps-view.ts). Ticking a step marks it done for
 * the whole thread: the message is edited so the box stays ticked and says who ticked it and when
 * ("✓ @alice 10:32"); unticking clears that. The state lives in the message itself (no store): a
 * press carries the message as the presser's Slack showed it and the boxes ticked now, and the edit
 * is made from those, one press at a time per conversation. Known limit: two people ticking within
 * the second it takes Slack to show the first edit can undo each other's tick (the box is simply
 * ticked again). Private answers carry no checklist.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../deps';
import { respondAll } from '../../flows';
import { looksJapanese } from '../../mrkdwn';
import { updateMessage } from '../../service';
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

/**
 * The message's blocks with the checklist element `actionId` in block `blockId` showing `selected`
 * as ticked: a newly ticked step says who and when, a step ticked before keeps what it said, an
 * unticked one says nothing. Null when the message has no such checklist.
 */
export function tickSteps(blocks: KnownBlock[], blockId: string, actionId: string, selected: string[], user: string, at: number): KnownBlock[] | null {
  let found = false;
  const now = new Set(selected);
  const out = blocks.map((b) => {
    const bb = b as { type: string; block_id?: string; elements?: Checkboxes[] };
    if (bb.type !== 'actions' || bb.block_id !== blockId || !Array.isArray(bb.elements)) return b;
    const elements = bb.elements.map((el) => {
      if (el.type !== 'checkboxes' || el.action_id !== actionId || !Array.isArray(el.options)) return el;
      found = true;
      const before = new Map((el.initial_options ?? []).map((o) => [o.value, o] as const));
      const options = el.options.map((o): Option => {
        const base: Option = { text: o.text, ...(o.value !== undefined ? { value: o.value } : {}) };
        if (!now.has(o.value ?? '')) return base;
        const kept = before.get(o.value)?.description ?? o.description;
        return { ...base, description: before.has(o.value) && kept ? kept : { type: 'mrkdwn', text: doneBy(user, at) } };
      });
      const ticked = options.filter((o) => now.has(o.value ?? ''));
      const next: Checkboxes = { type: el.type, action_id: el.action_id, options };
      if (ticked.length) next.initial_options = ticked;
      return next;
    });
    return { ...bb, elements } as unknown as KnownBlock;
  });
  return found ? out : null;
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
    const blocks = tickSteps(msg.blocks as KnownBlock[], a.block_id, a.action_id, selected, ctx.user, Date.now());
    if (!blocks) return;
    const ts = msg.ts;
    const text = typeof msg.text === 'string' && msg.text ? msg.text : ' ';
    const ok = await deps.service.serial(ctx.key, () => updateMessage(client, deps.logger, { channel: ctx.target.channel, ts }, { text, blocks }));
    // The box looks ticked on the presser's screen only: say so, in the steps' language.
    if (!ok) await respondAll(deps, client, respond, [{ text: NOT_RECORDED[looksJapanese(text) ? 'ja' : 'en'], blocks: [] }], ctx.target, looksJapanese(text) ? 'ja' : 'en');
  };
}
