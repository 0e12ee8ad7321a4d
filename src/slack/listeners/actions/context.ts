/**
 * Where a button press belongs: the conversation key (carried in block_id, else derived from the
 * message's channel and thread) and how to answer (thread post, or response_url when ephemeral).
 */
import type { BlockAction, BlockElementAction, RespondFn } from '@slack/bolt';
import type { Logger } from '@slack/logger';
import { keyFromBlockId } from '../../blockkit';
import { keyBelongs } from '../../edge';
import { errorCode, threadKey, type ThreadTarget } from '../../service';
import { bilingual, TEXTS } from '../../texts';

export interface ActionContext {
  key: string;
  ephemeral: boolean;
  target: ThreadTarget;
  user: string;
  value?: string;
  actionId: string;
  dedupe: string[];
}

interface LooseBody {
  user?: { id?: string };
  channel?: { id?: string };
  container?: { message_ts?: string; channel_id?: string; is_ephemeral?: boolean; thread_ts?: string };
  message?: { ts?: string; thread_ts?: string };
  trigger_id?: string;
}

/** A key's channel and thread: `C1:123.4` → C1 + 123.4; `D1` → D1; `slash:C1:U1` → C1. */
export function targetFromKey(key: string, user?: string): ThreadTarget {
  if (key.startsWith('slash:')) {
    const [, channel] = key.split(':');
    return { channel: channel ?? '', user };
  }
  const i = key.indexOf(':');
  if (i < 0) return { channel: key, user };
  return { channel: key.slice(0, i), threadTs: key.slice(i + 1), user };
}

export function actionValue(action: BlockElementAction): string | undefined {
  const a = action as { value?: string; selected_option?: { value?: string } };
  return a.selected_option?.value ?? a.value;
}

/** Why a press has no context: it lacks a user or channel, or its block_id names another conversation. */
export type NoContext = { why: 'incomplete' } | { why: 'foreign'; claimed: string; derived: string };

export function actionContext(body: BlockAction, action: BlockElementAction): ActionContext | null {
  const c = locateAction(body, action);
  return 'key' in c ? c : null;
}

/**
 * The press's conversation. A key carried in the block_id is taken only when it is the payload's
 * own conversation (see edge.keyBelongs): a block_id naming another thread, or another user's
 * private answer, acts on nothing.
 */
export function locateAction(body: BlockAction, action: BlockElementAction): ActionContext | NoContext {
  const b = body as unknown as LooseBody;
  const user = b.user?.id;
  const channel = b.channel?.id ?? b.container?.channel_id;
  if (!user || !channel) return { why: 'incomplete' };
  const fromBlock = keyFromBlockId((action as { block_id?: string }).block_id);
  const thread = b.message?.thread_ts ?? b.container?.thread_ts;
  const derived = channel.startsWith('D') ? threadKey(channel, thread) : threadKey(channel, thread ?? b.message?.ts ?? b.container?.message_ts);
  if (fromBlock !== null && !keyBelongs(fromBlock, { channel, user, derived })) return { why: 'foreign', claimed: fromBlock, derived };
  const key = fromBlock ?? derived;
  const ephemeral = b.container?.is_ephemeral === true || key.startsWith('slash:');
  const target = targetFromKey(key, user);
  if (!target.channel) target.channel = channel;
  const actionTs = (action as { action_ts?: string }).action_ts ?? '';
  return {
    key,
    ephemeral,
    target,
    user,
    value: actionValue(action),
    actionId: (action as { action_id: string }).action_id,
    dedupe: [`act:${b.container?.message_ts ?? ''}:${(action as { action_id: string }).action_id}:${actionTs}:${user}`],
  };
}

/** Action ids carry an index suffix when the same id appears twice in a block (answer:1). */
export function baseActionId(actionId: string): string {
  return actionId.replace(/:\d+$/, '');
}

/**
 * actionContext for listeners: when the press belongs to no conversation it can act on, log it,
 * tell the presser privately (in both languages) and return null.
 */
export async function resolveAction(
  logger: Logger,
  body: BlockAction,
  action: BlockElementAction,
  respond?: RespondFn,
): Promise<ActionContext | null> {
  const c = locateAction(body, action);
  if ('key' in c) return c;
  const actionId = (action as { action_id?: string }).action_id;
  const user = (body as unknown as LooseBody).user?.id;
  if (c.why === 'incomplete') {
    logger.warn('action without channel or user ignored', { action_id: actionId });
    return null;
  }
  logger.warn('block_id names another conversation; ignored', { action_id: actionId, user, claimed: c.claimed, key: c.derived });
  if (respond) {
    try {
      await respond({ response_type: 'ephemeral', replace_original: false, text: bilingual(TEXTS.en.foreignButton, TEXTS.ja.foreignButton) });
    } catch (error) {
      logger.debug('could not tell the presser', { reason: errorCode(error) });
    }
  }
  return null;
}
