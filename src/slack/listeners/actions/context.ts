/**
 * Where a button press belongs: the conversation key (carried in block_id, else derived from the
 * message's channel and thread) and how to answer (thread post, or response_url when ephemeral).
 */
import type { BlockAction, BlockElementAction } from '@slack/bolt';
import { keyFromBlockId } from '../../blockkit';
import { threadKey, type ThreadTarget } from '../../service';

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

export function actionContext(body: BlockAction, action: BlockElementAction): ActionContext | null {
  const b = body as unknown as LooseBody;
  const user = b.user?.id;
  const channel = b.channel?.id ?? b.container?.channel_id;
  if (!user || !channel) return null;
  const fromBlock = keyFromBlockId((action as { block_id?: string }).block_id);
  const thread = b.message?.thread_ts ?? b.container?.thread_ts;
  const derived = channel.startsWith('D') ? threadKey(channel, thread) : threadKey(channel, thread ?? b.message?.ts ?? b.container?.message_ts);
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
