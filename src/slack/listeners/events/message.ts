/**
 * message events (message.im, message.channels, message.groups, message.mpim).
 * - DMs: every human message is a turn (one conversation per DM, or per DM thread; a DM thread
 *   starts from the DM conversation's state).
 * - Channels: only replies in threads the bot was asked into (a stored conversation exists), and
 *   never a message that also mentions the bot (app_mention handles that one), nor one that opens by
 *   mentioning someone else (meant for them). A line the bot reads nothing in gets no reply (chatter),
 *   nor does one that mentions someone later in the line and has nothing the bot reads.
 * Files shared there (file_share) are downloaded and read by the file handlers (src/slack/files/).
 * Never: the bot itself, other bots, edits, deletions, joins and other system subtypes, nor a
 * channel-thread message without text or files (attachments only). An edit or a deletion of a
 * message the bot read may get one short note (onEdit, onDelete), never a turn.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps';
import { quietMark, threadTurn } from '../../flows';
import { looksJapanese } from '../../mrkdwn';
import { threadKey, type ThreadTarget } from '../../service';
import { addressedToSomeoneElse, HUMAN_SUBTYPES, incomingText, mentionsBot, mentionsSomeone, withoutBroadcast } from './text';
import { filesTurn, sharedFiles } from '../../files';
import { postToThread } from '../../service';
import { escapeMrkdwn } from '../../mrkdwn';
import type { Lang } from '../../../domain/types';
import { extractFacts } from '../../../domain/extract';
import { hardeningPlanRead } from '../../../domain/understand/hardening-plan';

/**
 * One short note (a context line) in the conversation's language, where the message was: once per
 * `claim` (per conversation generation, see noteClaim), so a retry, another replica or a burst of edits
 * or deletions says it once.
 */
async function postNote(deps: AppDeps, client: Parameters<typeof threadTurn>[1], claim: string, target: ThreadTarget, lang: Lang, note: Record<Lang, string>): Promise<void> {
  if (!(await deps.store.conversations.claim(claim))) return;
  const text = note[lang];
  await postToThread(client, deps.logger, target, [{ text, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(text) }] }] }], lang);
}

/**
 * The claim of a note: one per conversation and start-over count, so a case that was started over in
 * the same thread can be told once more (its first generation keeps the claim it had before).
 */
function noteClaim(kind: 'edit-note' | 'edit-quiet-note' | 'delete-note', key: string, state: { restarts?: number }): string {
  const gen = state.restarts ?? 0;
  return gen > 0 ? `${kind}:${key}:${gen}` : `${kind}:${key}`;
}

/** Said once in a conversation where someone edited a message the bot had already read (edits are not read). */
export const EDIT_NOTE: Record<Lang, string> = {
  en: 'I saw that a message I already answered was edited. I do not read edits, so my answer still rests on the original text: please send the correction as a new message.',
  ja: '回答済みのメッセージが編集されたようです。編集後の内容は読み取らないため、回答は元の内容に基づいたままです。訂正は新しいメッセージで送ってください。',
};

/**
 * Said once in a conversation where someone edited a line the bot read and stayed silent on (people
 * talking to each other in the thread): nothing was answered, and edits are not read either.
 */
export const EDIT_QUIET_NOTE: Record<Lang, string> = {
  en: 'I saw that a message in this thread was edited. I do not read edits: if the new text has something for me (a version, a setting, a question), send it as a new message.',
  ja: 'このスレッドのメッセージが編集されたようです。編集後の内容は読み取りません。私に伝えたい内容（バージョン、設定、質問など）があれば、新しいメッセージで送ってください。',
};

interface EditedMessage {
  subtype?: string;
  channel: string;
  channel_type?: string;
  message?: { user?: string; bot_id?: string; text?: string; ts?: string; thread_ts?: string; edited?: unknown };
  previous_message?: { text?: string };
}

/**
 * A user's edit of a message the bot already read as a turn (message_changed with other text; not
 * an unfurl, not a bot; the mention that opened a channel thread too): edits are not read, so say so once
 * per conversation generation (a line the bot stayed silent on: its own note, also once) (once more after a start over), in its language, where the message is. Everything else (unread messages, other people's threads, deletions) stays silent.
 */
async function onEdit(deps: AppDeps, client: Parameters<typeof threadTurn>[1], e: EditedMessage, botUserId: string | undefined): Promise<void> {
  const m = e.message;
  if (!m?.user || !m.ts || m.bot_id || m.user === botUserId || !m.edited) return;
  if ((m.text ?? '') === (e.previous_message?.text ?? '')) return;
  const dm = e.channel_type === 'im';
  // In a channel, a message the bot read roots its thread when it has none (the mention that opened it, QA33 F3).
  const root = dm ? m.thread_ts : m.thread_ts ?? m.ts;
  const key = threadKey(e.channel, root);
  try {
    const conv = await deps.store.conversations.get(key);
    if (!conv) return;
    // Only a message read as a turn before (its id claimed then). Looked at, never claimed here: an edit
    // delivered before its message (out of order, a retry, another replica) must not take the message's id.
    const id = `msg:${e.channel}:${m.ts}`;
    if (!(await deps.store.conversations.seen(id))) return;
    // A line the bot stayed silent on gets its own note (nothing was answered), once too.
    const quiet = await deps.store.conversations.seen(quietMark(id));
    await postNote(deps, client, noteClaim(quiet ? 'edit-quiet-note' : 'edit-note', key, conv.state), { channel: e.channel, threadTs: root, user: m.user }, conv.state.lang, quiet ? EDIT_QUIET_NOTE : EDIT_NOTE);
  } catch (error) {
    deps.logger.warn('edit note not sent', { key }, error);
  }
}

/** Said where a deleted message was, when the bot still uses facts it took from it (deleting does not take them back). */
export const DELETE_NOTE: Record<Lang, string> = {
  en: 'A message I read here was deleted. What I took from it is still part of this case: if something in it was wrong, send the right value as a new message (for example "the security level is High"), or say "start over" to begin again with nothing kept.',
  ja: '読み取ったメッセージが削除されたようです。そこから読み取った内容は、このケースで引き続き使っています。誤りがあった場合は、正しい値を新しいメッセージで送ってください（例：「セキュリティレベルは High です」）。何も残さずに始め直すには「最初からやり直す」と送ってください。',
};

interface DeletedMessage {
  channel: string;
  channel_type?: string;
  deleted_ts?: unknown;
  previous_message?: { user?: unknown; bot_id?: unknown; text?: unknown; ts?: unknown; thread_ts?: unknown };
}

/** The facts in `a` that `held` still holds as they are (the same value): what a deleted message still feeds. */
function stillHeld(a: Record<string, unknown>, held: Record<string, unknown>): boolean {
  return Object.entries(a).some(([k, v]) => v !== undefined && k in held && JSON.stringify(held[k]) === JSON.stringify(v));
}

/**
 * A user's deletion of a message the bot read as a turn (message_deleted): never a turn. When the
 * conversation still holds a fact read from its text (the same value), one note where it was, in the
 * conversation's language: the facts stay, and how to correct them. Silent for a message the bot never
 * read, one with no fact still held (after a start over or a correction), a bot's, a second delivery, or
 * after the first such note in this generation of the conversation (deleting five messages gives one
 * note; after a start over, a deletion of a message read since can get one more).
 */
async function onDelete(deps: AppDeps, client: Parameters<typeof threadTurn>[1], e: DeletedMessage, botUserId: string | undefined): Promise<void> {
  const p = e.previous_message;
  const ts = typeof e.deleted_ts === 'string' ? e.deleted_ts : typeof p?.ts === 'string' ? p.ts : undefined;
  if (!p || !ts || typeof e.channel !== 'string' || typeof p.user !== 'string' || p.bot_id || p.user === botUserId) return;
  const text = typeof p.text === 'string' ? p.text : '';
  if (text === '') return;
  const dm = e.channel_type === 'im';
  const threadTs = typeof p.thread_ts === 'string' ? p.thread_ts : undefined;
  // A channel message is read only in a thread (a mention's own message roots its thread).
  const root = dm ? threadTs : threadTs ?? ts;
  const key = threadKey(e.channel, root);
  try {
    if (!(await deps.store.conversations.seen(`msg:${e.channel}:${ts}`))) return;
    const conv = await deps.store.conversations.get(key);
    if (!conv) return;
    const facts = extractFacts(incomingText(text, botUserId)).facts as Record<string, unknown>;
    if (!stillHeld(facts, conv.state.facts as Record<string, unknown>)) return;
    await postNote(deps, client, noteClaim('delete-note', key, conv.state), { channel: e.channel, threadTs: root, user: p.user }, conv.state.lang, DELETE_NOTE);
  } catch (error) {
    deps.logger.warn('deletion note not sent', { key }, error);
  }
}

/** The message.* channel types the app subscribes to (see manifest.yml). */
export const MESSAGE_CHANNEL_TYPES = ['im', 'channels', 'groups', 'mpim'] as const;
const CHANNEL_TYPE_OF: Record<string, (typeof MESSAGE_CHANNEL_TYPES)[number]> = {
  im: 'im',
  channel: 'channels',
  group: 'groups',
  mpim: 'mpim',
};

interface LooseMessage {
  subtype?: string;
  bot_id?: string;
  bot_profile?: unknown;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
  files?: unknown;
}

export function message(deps: AppDeps) {
  return async ({ message: msg, body, context, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const m = msg as unknown as LooseMessage;
    if (m.subtype === 'message_changed') return onEdit(deps, client, msg as unknown as EditedMessage, context.botUserId);
    if (m.subtype === 'message_deleted') return onDelete(deps, client, msg as unknown as DeletedMessage, context.botUserId);
    if (m.subtype && !HUMAN_SUBTYPES.has(m.subtype)) return;
    if (m.bot_id || m.bot_profile) return;
    if (!m.user || m.user === context.botUserId) return;
    const type = CHANNEL_TYPE_OF[m.channel_type ?? ''];
    if (!type) return;
    const dedupe = [`ev:${body.event_id}`, `msg:${m.channel}:${m.ts}`];
    if (type === 'im') {
      const text = incomingText(m.text, context.botUserId);
      const files = sharedFiles(m.files);
      const key = threadKey(m.channel, m.thread_ts);
      const target = { channel: m.channel, threadTs: m.thread_ts, user: m.user };
      const langHint = looksJapanese(text) ? 'ja' : 'en';
      // "Reply in thread" under the bot's answer is a follow-up: the thread starts from what the
      // DM conversation knows, then goes its own way.
      const seedFrom = m.thread_ts ? threadKey(m.channel) : undefined;
      const turn = () => threadTurn(deps, client, { key, message: { kind: 'text', text }, dedupe, target, langHint, seedFrom });
      // A file shared without a word is the file's turn only (no "I did not get any text"); the words
      // shared with a file go with it (one reply: src/slack/files/).
      if (files.length === 0) await turn();
      else await filesTurn(deps, client, files, { key, target, langHint, seedFrom, eventId: body.event_id, dedupeBase: `file:${m.channel}:${m.ts}`, retryNum: context.retryNum, ...(text !== '' ? { words: { text, dedupe, turn } } : {}) });
      return;
    }
    if (!m.thread_ts || m.thread_ts === m.ts) return;
    if (mentionsBot(m.text, context.botUserId)) return;
    // "@bob can you check the SQL version?" is meant for Bob, not for the bot: left to him. (A mention later in
    // the line, "SQL is 2016 (checked with @bob)", does not leave the line: see `othersMentioned` below.) Except a hardening
    // change asked of them or announced ("@bob can you disable TLS 1.0 and SSL 3.0 tonight?"): the engine warns when it would
    // be an outage here and otherwise stays silent, taking nothing from the line (`toOthers`, REV21-a #1).
    const toOthers = addressedToSomeoneElse(m.text);
    if (toOthers && !hardeningPlanRead(m.text ?? '')) return;
    const key = threadKey(m.channel, m.thread_ts);
    let known: boolean;
    try {
      known = await deps.store.conversations.has(key);
    } catch (error) {
      deps.logger.error('conversation lookup failed', { key }, error);
      return;
    }
    if (!known) return;
    const text = incomingText(withoutBroadcast(m.text ?? ''), context.botUserId);
    const files = sharedFiles(m.files);
    // Attachments without a word (an unfurl) in a shared thread are people working, not a turn;
    // shared files go to the file handlers (src/slack/files/), which leave screenshots alone.
    const target = { channel: m.channel, threadTs: m.thread_ts, user: m.user };
    const langHint = looksJapanese(text) ? 'ja' : 'en';
    // A channel thread is shared: one language for its card and notes, whoever writes (engine keepLang).
    // People talk to each other there too: a line the bot reads nothing in ("sure, calling them now",
    // 「確認します」) gets no reply and changes nothing (engine `unaddressed`, route 'chatter'); nor does one that
    // mentions a colleague and has nothing the bot reads ("can you check the SQL version, thanks @bob":
    // `othersMentioned`), while "SQL is 2016 (checked with @bob)" is read and answered.
    const others = toOthers ? { othersMentioned: true, toOthers: true } : mentionsSomeone(m.text) ? { othersMentioned: true } : {};
    const turn = () => threadTurn(deps, client, { key, message: { kind: 'text', text, keepLang: true, unaddressed: true, ...others }, dedupe, target, langHint, requireExisting: true });
    if (files.length) await filesTurn(deps, client, files, { key, target, langHint, requireExisting: true, keepLang: true, eventId: body.event_id, dedupeBase: `file:${m.channel}:${m.ts}`, retryNum: context.retryNum, ...(text !== '' ? { words: { text, dedupe, turn } } : {}) });
    else if (text !== '') await turn();
  };
}
