/**
 * The edge between Slack's payloads and the listeners: nothing a request carries is trusted to have
 * the shape Slack documents, even when it is correctly signed.
 *
 * - coercePayload(): every field a listener (or Bolt's routing) reads is made the documented type
 *   (a field sent twice counts once, a missing object becomes an empty one); a payload that cannot
 *   be acted on at all (no user on a button press, no view on a view submission, no event id) is
 *   reported as unusable so the caller acks it and does nothing.
 * - Sealer: an HMAC over values the app hands to Slack and gets back (a modal's private_metadata),
 *   so a request cannot name a conversation the app did not put there.
 * - actionKey(): a block_id's conversation key is accepted only when it is the conversation the
 *   payload itself belongs to (its channel and thread; for a private answer, its channel and user).
 * - withinWindow(): Slack's request timestamp must be within 5 minutes of now, either side.
 */
import crypto from 'node:crypto';

type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string field: a string as is, the first string of a list (a form field sent twice), else undefined. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.find((x): x is string => typeof x === 'string');
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function fixStrings(o: Obj, keys: readonly string[]): void {
  for (const k of keys) {
    if (!(k in o)) continue;
    const s = str(o[k]);
    if (s === undefined) delete o[k];
    else o[k] = s;
  }
}

function obj(o: Obj, k: string): Obj | undefined {
  const v = o[k];
  if (isObj(v)) return v;
  if (k in o) delete o[k];
  return undefined;
}

const COMMAND_FIELDS = ['token', 'team_id', 'team_domain', 'enterprise_id', 'channel_id', 'channel_name', 'user_id', 'user_name', 'command', 'text', 'api_app_id', 'is_enterprise_install', 'response_url', 'trigger_id'] as const;
const EVENT_FIELDS = ['type', 'subtype', 'user', 'text', 'ts', 'thread_ts', 'channel', 'channel_type', 'event_ts', 'bot_id', 'tab', 'team'] as const;
const ACTION_FIELDS = ['type', 'action_id', 'block_id', 'value', 'action_ts'] as const;

export type Coerced = { ok: true; body: Obj; kind: string } | { ok: false; reason: string; kind: string };

/** The user of an interactive payload: an object with a non-empty string id, else null. */
function user(b: Obj): Obj | null {
  const u = obj(b, 'user');
  if (!u) return null;
  fixStrings(u, ['id', 'team_id', 'name', 'username']);
  return typeof u.id === 'string' && u.id !== '' ? u : null;
}

function team(b: Obj): void {
  const t = obj(b, 'team');
  if (t) fixStrings(t, ['id', 'domain']);
}

function selectedOption(a: Obj): void {
  const s = obj(a, 'selected_option');
  if (!s) return;
  fixStrings(s, ['value']);
  const text = obj(s, 'text');
  if (text) fixStrings(text, ['type', 'text']);
  if (typeof s.value !== 'string') delete a.selected_option;
}

function blockActions(b: Obj): Coerced {
  const kind = 'block_actions';
  if (!user(b)) return { ok: false, kind, reason: 'no user' };
  team(b);
  fixStrings(b, ['trigger_id', 'response_url', 'api_app_id']);
  const acts = Array.isArray(b.actions) ? b.actions.filter(isObj) : [];
  for (const a of acts) {
    fixStrings(a, ACTION_FIELDS);
    selectedOption(a);
  }
  const usable = acts.filter((a) => typeof a.action_id === 'string' && a.action_id !== '');
  if (usable.length === 0) return { ok: false, kind, reason: 'no action' };
  b.actions = usable;
  const ch = obj(b, 'channel');
  if (ch) fixStrings(ch, ['id', 'name']);
  const c = obj(b, 'container') ?? (b.container = {});
  fixStrings(c as Obj, ['type', 'message_ts', 'channel_id', 'thread_ts', 'view_id']);
  if ('is_ephemeral' in (c as Obj)) (c as Obj).is_ephemeral = (c as Obj).is_ephemeral === true;
  const m = obj(b, 'message');
  if (m) {
    fixStrings(m, ['ts', 'thread_ts', 'text', 'user', 'bot_id']);
    if ('blocks' in m && !Array.isArray(m.blocks)) delete m.blocks;
    else if (Array.isArray(m.blocks)) m.blocks = m.blocks.filter(isObj);
  }
  obj(b, 'view');
  obj(b, 'state');
  return { ok: true, kind, body: b };
}

function viewPayload(b: Obj, kind: string): Coerced {
  if (!user(b)) return { ok: false, kind, reason: 'no user' };
  team(b);
  const v = obj(b, 'view');
  if (!v) return { ok: false, kind, reason: 'no view' };
  fixStrings(v, ['id', 'callback_id', 'private_metadata', 'app_installed_team_id', 'type']);
  if (typeof v.callback_id !== 'string') return { ok: false, kind, reason: 'no callback_id' };
  if (typeof v.private_metadata !== 'string') v.private_metadata = '';
  if (typeof v.id !== 'string') v.id = '';
  const state = obj(v, 'state') ?? (v.state = {});
  const values = isObj((state as Obj).values) ? ((state as Obj).values as Obj) : ((state as Obj).values = {});
  for (const [blockId, block] of Object.entries(values)) {
    if (!isObj(block)) {
      delete values[blockId];
      continue;
    }
    for (const [actionId, action] of Object.entries(block)) {
      if (!isObj(action)) {
        delete block[actionId];
        continue;
      }
      fixStrings(action, ['type', 'value']);
      selectedOption(action);
    }
  }
  return { ok: true, kind, body: b };
}

function eventCallback(b: Obj): Coerced {
  const kind = 'event_callback';
  fixStrings(b, ['event_id', 'team_id', 'api_app_id', 'type']);
  // Event ids are the dedupe key: an event without one cannot be told from its retries.
  if (typeof b.event_id !== 'string' || b.event_id === '') return { ok: false, kind, reason: 'no event_id' };
  const e = obj(b, 'event');
  if (!e) return { ok: false, kind, reason: 'no event' };
  fixStrings(e, EVENT_FIELDS);
  if (typeof e.type !== 'string') return { ok: false, kind, reason: 'no event type' };
  if ('files' in e && !Array.isArray(e.files)) delete e.files;
  if ('blocks' in e && !Array.isArray(e.blocks)) delete e.blocks;
  if (!Array.isArray(b.authorizations)) delete b.authorizations;
  else b.authorizations = b.authorizations.filter(isObj);
  return { ok: true, kind: `event:${e.type}`, body: b };
}

/**
 * Make a parsed payload safe to route: the documented type for every field the app or Bolt reads.
 * Mutates and returns `body` (each request has its own parsed copy).
 */
export function coercePayload(body: unknown): Coerced {
  if (!isObj(body)) return { ok: false, kind: typeof body, reason: 'not an object' };
  // A form field sent twice arrives as a list: a slash command's fields are all strings.
  if ('command' in body && !('type' in body && typeof body.type === 'string' && body.type !== '')) {
    fixStrings(body, COMMAND_FIELDS);
    for (const k of ['command', 'text', 'user_id', 'channel_id', 'trigger_id', 'response_url'] as const) if (typeof body[k] !== 'string') body[k] = '';
    if (!body.user_id || !body.channel_id || !body.command) return { ok: false, kind: 'command', reason: 'no user or channel' };
    return { ok: true, kind: 'command', body };
  }
  fixStrings(body, ['type']);
  switch (body.type) {
    case 'event_callback':
      return eventCallback(body);
    case 'block_actions':
      return blockActions(body);
    case 'view_submission':
    case 'view_closed':
      return viewPayload(body, body.type);
    case 'shortcut':
    case 'message_action':
    case 'block_suggestion': {
      if (!user(body)) return { ok: false, kind: body.type, reason: 'no user' };
      team(body);
      fixStrings(body, ['callback_id', 'trigger_id', 'response_url', 'action_id', 'block_id', 'value']);
      return { ok: true, kind: body.type, body };
    }
    case 'url_verification':
    case 'app_rate_limited':
      return { ok: true, kind: body.type, body };
    default:
      return { ok: false, kind: String(body.type ?? 'unknown'), reason: 'unknown payload type' };
  }
}

// --- sealed values -------------------------------------------------------------------------

/** HMAC-SHA256 seals for values that go to Slack and come back (private_metadata). */
export class Sealer {
  private readonly key: Buffer;

  /** `secret`: the signing secret, else the bot token: stable across restarts and replicas, never sent. */
  constructor(secret: string) {
    this.key = crypto.createHmac('sha256', 'tms-doctor seal v1').update(secret).digest();
  }

  private mac(text: string): string {
    return crypto.createHmac('sha256', this.key).update(text).digest('base64url').slice(0, 22);
  }

  /** `text` followed by its seal. */
  seal(text: string): string {
    return `${this.mac(text)}.${text}`;
  }

  /** The text of a sealed value, or null when it was not sealed by this key (or was changed). */
  open(sealed: string | undefined | null): string | null {
    if (typeof sealed !== 'string') return null;
    const dot = sealed.indexOf('.');
    if (dot !== 22) return null;
    const text = sealed.slice(dot + 1);
    const want = Buffer.from(this.mac(text));
    const got = Buffer.from(sealed.slice(0, dot));
    return got.length === want.length && crypto.timingSafeEqual(got, want) ? text : null;
  }
}

// --- block_id keys ---------------------------------------------------------------------------

export interface ActionWhere {
  /** The payload's channel. */
  channel: string;
  /** The payload's user. */
  user: string;
  /** The conversation key the payload itself belongs to (channel + thread, or the DM). */
  derived: string;
}

/**
 * Is `key` (carried by a block_id) the conversation of this payload? A private answer's key
 * (`slash:<channel>:<user>`) must name the payload's channel and user; any other key must be the
 * payload's own channel and thread.
 */
export function keyBelongs(key: string, where: ActionWhere): boolean {
  if (key.startsWith('slash:')) return key === `slash:${where.channel}:${where.user}`;
  return key === where.derived;
}

// --- request timestamps ----------------------------------------------------------------------

/** Slack's replay window: a request more than this far from now, either side, is refused. */
export const REQUEST_WINDOW_S = 5 * 60;

/** Is `x-slack-request-timestamp` a number of seconds within the window around `nowMs`? */
export function withinWindow(header: string | string[] | undefined, nowMs: number = Date.now()): boolean {
  const raw = Array.isArray(header) ? undefined : header;
  if (raw === undefined || !/^\d{1,12}$/.test(raw.trim())) return false;
  return Math.abs(nowMs / 1000 - Number(raw.trim())) <= REQUEST_WINDOW_S;
}
