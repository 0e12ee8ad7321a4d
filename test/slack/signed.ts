/**
 * Signed Slack requests (v0 HMAC-SHA256 over `v0:${ts}:${body}`) built from Slack's documented
 * payload shapes, sent to the app over real HTTP on loopback.
 */
import crypto from 'node:crypto';

export const SECRET = 'test-signing-secret-0123456789abcdef';

export function sign(secret: string, ts: number, body: string): string {
  return `v0=${crypto.createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret?: string;
  ts?: number;
  retryNum?: number;
  signature?: string;
  contentType?: string;
}

export async function post(port: number, body: string, opts: SendOptions = {}): Promise<{ status: number; text: string; ms: number }> {
  const ts = opts.ts ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'application/json',
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': opts.signature ?? sign(opts.secret ?? SECRET, ts, body),
  };
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = Date.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, ms: Date.now() - started };
}

let seq = 0;
export function nextTs(): string {
  seq++;
  return `1710000000.${String(seq).padStart(6, '0')}`;
}

export function eventCallback(event: Record<string, unknown>, eventId = `Ev${Date.now()}${++seq}`): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: '4-eyJldCI6ImFwcF9tZW50aW9uIn0',
  });
}

export function mention(channel: string, user: string, text: string, ts = nextTs(), threadTs?: string): Record<string, unknown> {
  return { type: 'app_mention', user, text, ts, channel, ...(threadTs ? { thread_ts: threadTs } : {}) };
}

export function message(channel: string, channelType: 'channel' | 'group' | 'im' | 'mpim', user: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', channel, channel_type: channelType, user, text, ts: nextTs(), ...extra };
}

export function slashCommand(command: string, text: string, responseUrl: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'example',
    channel_id: 'C0INCIDENT',
    channel_name: 'incident',
    user_id: 'UALICE',
    user_name: 'alice',
    command,
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `${Date.now()}.${++seq}.abcdef`,
    ...extra,
  }).toString();
}

export interface ButtonPress {
  actionId: string;
  blockId?: string;
  value?: string;
  selected?: string;
  channel: string;
  messageTs: string;
  threadTs?: string;
  ephemeral?: boolean;
  user?: string;
  responseUrl: string;
  /** The blocks of the message the button is on (Slack sends them for non-ephemeral messages). */
  messageBlocks?: unknown[];
  /** A checkboxes element instead of a button: the values ticked after the press. */
  checked?: string[];
  /** The message's fallback text (Slack sends it with the message). */
  messageText?: string;
}

export function blockActions(p: ButtonPress): string {
  const action = p.checked !== undefined
    ? { type: 'checkboxes', action_id: p.actionId, block_id: p.blockId ?? 'b1', selected_options: p.checked.map((v) => ({ text: { type: 'mrkdwn', text: v }, value: v })), action_ts: `${Date.now() / 1000}${++seq}` }
    : p.selected !== undefined
    ? { type: 'static_select', action_id: p.actionId, block_id: p.blockId ?? 'b1', selected_option: { text: { type: 'plain_text', text: p.selected }, value: p.selected }, action_ts: `${Date.now() / 1000}` }
    : { type: 'button', action_id: p.actionId, block_id: p.blockId ?? 'b1', text: { type: 'plain_text', text: 'x' }, ...(p.value !== undefined ? { value: p.value } : {}), action_ts: `${Date.now() / 1000}${++seq}` };
  const payload = {
    type: 'block_actions',
    user: { id: p.user ?? 'UALICE', username: 'alice', name: 'alice', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: p.messageTs, channel_id: p.channel, is_ephemeral: p.ephemeral === true, ...(p.threadTs ? { thread_ts: p.threadTs } : {}) },
    trigger_id: `${Date.now()}.${++seq}.trigger`,
    team: { id: 'T1', domain: 'example' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: p.channel, name: 'incident' },
    ...(p.ephemeral ? {} : { message: { type: 'message', user: 'UBOT', bot_id: 'BBOT', ts: p.messageTs, text: p.messageText ?? 'x', ...(p.threadTs ? { thread_ts: p.threadTs } : {}), ...(p.messageBlocks ? { blocks: p.messageBlocks } : {}) } }),
    state: { values: {} },
    response_url: p.responseUrl,
    actions: [action],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** `viewId`: the same modal submitted again (a new id by default). */
export function viewSubmission(callbackId: string, privateMetadata: string, values: Record<string, Record<string, { type: string; value: string }>>, user = 'UALICE', viewId?: string): string {
  const payload = {
    type: 'view_submission',
    team: { id: 'T1', domain: 'example' },
    user: { id: user, username: 'alice', name: 'alice', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: `${Date.now()}.${++seq}.trigger`,
    view: {
      id: viewId ?? `V${++seq}`,
      team_id: 'T1',
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      blocks: [],
      state: { values },
      hash: 'h',
      title: { type: 'plain_text', text: 'x' },
      close: null,
      submit: null,
      app_id: 'A1',
      bot_id: 'BBOT',
      root_view_id: 'V0',
      previous_view_id: null,
      clear_on_close: false,
      notify_on_close: false,
      external_id: '',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const FORM = 'application/x-www-form-urlencoded';
