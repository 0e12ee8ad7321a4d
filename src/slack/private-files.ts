/**
 * Fix files for a private answer (/tms-diagnose, or any ephemeral card). Slack cannot attach a file
 * to a message only one person sees, so the files go where only that person sees them too: the
 * user's direct message with the bot. One chat.postMessage naming the user (Slack posts it in the
 * app's DM and answers with the DM's id; chat:write is enough, no im:write) says which case the
 * files are for; the files follow in its thread by the same upload as in a channel thread
 * (service.uploadFiles: files.uploadV2, its rate-limit waits and failure notice). The caller tells
 * the user, privately where they pressed, where the files went (a link) or why not.
 *
 * That DM thread continues this case (its conversation starts from the private answer's state):
 * output of check-tls.cmd pasted there is read against the same versions and enables rollback.reg,
 * whatever the user's DM with the bot is otherwise about (that conversation is not touched).
 *
 * Sent once per answer: claimFixFiles records, as one step on every replica (MetaStore.update under
 * `files:<conversation>:<user>`), that a press is sending these files (a digest of the facts and
 * bytes); the same files pressed again within FILES_AGAIN_MS are not sent again, the press is told
 * where they went (recordFixFiles kept the link). Other files (the answer changed) are sent.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { WebClient } from '@slack/web-api';
import type { ConversationState } from '../conversation/types';
import type { Lang } from '../domain/types';
import type { FixKit } from '../fixkit';
import type { FilesSent } from '../store/meta';
import type { AppDeps } from './deps';
import { classify } from './delivery';
import { escapeMrkdwn } from './mrkdwn';
import { permalinkOf } from './permalink';
import { errorCode, threadKey, uploadFiles } from './service';

type Kit = Extract<FixKit, { ok: true }>;

/** Why the files did not reach the DM, as the user is told. */
export type DmFailure = 'rate_limited' | 'slack_unavailable' | 'dm_refused' | 'upload_failed';

export type DmResult = { ok: true; channel: string; link: string } | { ok: false; why: DmFailure };

/** The same files for the same user within this long are not sent again: the user is told where they are. */
export const FILES_AGAIN_MS = 10 * 60_000;
export const FILES_AGAIN_MIN = FILES_AGAIN_MS / 60_000;
/** A sending not recorded as ended within this long was cut short (a crash): the next press sends again. */
export const FILES_SENDING_MS = 2 * 60_000;

const PF = {
  en: {
    intro: (where: string, facts: string) =>
      `Fix files for your private answer${where ? ` in ${where}` : ''}${facts ? ` (${facts})` : ''}, in this thread. They are here because Slack cannot attach files to a message only you can see.`,
    sent: (link: string) => `I sent the fix files to <${link}|our direct message>, in a thread: only you can see them there.`,
    continues: ' Paste the output of check-tls.cmd in that thread and I will read it for this case.',
    already: (link: string | undefined) =>
      `I already sent these fix files to ${link ? `<${link}|our direct message>` : 'our direct message'}, in a thread, and this answer has not changed since, so I did not send them again. To have them sent once more, press Fix files again in ${FILES_AGAIN_MIN} minutes.`,
    sending: 'I am sending these fix files to our direct message right now: they will be there in a moment, in a thread.',
    failed: {
      rate_limited: 'Slack is limiting how fast I can send you messages right now, so the fix files were not sent. Press Fix files again in a minute.',
      slack_unavailable: 'Slack did not accept the fix files just now (it seems to be having trouble). Press Fix files again in a minute.',
      dm_refused: 'I could not send you a direct message (this workspace may not let apps message people), so the fix files were not sent. Press Share in channel to get them in the thread instead.',
      upload_failed: 'I could not upload the fix files to our direct message. Press Fix files again in a minute, or press Share in channel to get them in the thread.',
    } satisfies Record<DmFailure, string>,
  },
  ja: {
    intro: (where: string, facts: string) =>
      `${where ? `${where} での` : ''}非公開の回答${facts ? `（${facts}）` : ''}の修正ファイルを、このスレッドに送ります。自分だけに表示されるメッセージには Slack がファイルを添付できないため、こちらに送りました。`,
    sent: (link: string) => `修正ファイルを <${link}|私とのダイレクトメッセージ> のスレッドに送りました。そこではあなただけが見られます。`,
    continues: 'check-tls.cmd の出力をそのスレッドに貼り付けていただければ、このケースとして読み取ります。',
    already: (link: string | undefined) =>
      `この修正ファイルは${link ? ` <${link}|私とのダイレクトメッセージ> ` : '私とのダイレクトメッセージ'}のスレッドに送信済みです。その後この回答は変わっていないため、もう一度は送りませんでした。もう一度送る必要がある場合は、${FILES_AGAIN_MIN} 分後に [修正ファイル] を押してください。`,
    sending: 'この修正ファイルは、いま私とのダイレクトメッセージのスレッドに送っているところです。まもなく届きます。',
    failed: {
      rate_limited: 'いま Slack がメッセージの送信回数を制限しているため、修正ファイルを送れませんでした。1 分ほど待ってから、もう一度 [修正ファイル] を押してください。',
      slack_unavailable: 'Slack が修正ファイルを受け付けませんでした（Slack 側で問題が起きているようです）。1 分ほど待ってから、もう一度 [修正ファイル] を押してください。',
      dm_refused: 'ダイレクトメッセージを送れなかったため（このワークスペースではアプリからのメッセージが許可されていない可能性があります）、修正ファイルを送れませんでした。[チャンネルに共有] を押すと、スレッドで受け取れます。',
      upload_failed: '修正ファイルを私とのダイレクトメッセージにアップロードできませんでした。1 分ほど待ってからもう一度 [修正ファイル] を押すか、[チャンネルに共有] を押してスレッドで受け取ってください。',
    } satisfies Record<DmFailure, string>,
  },
} as const;

export function privateFilesText(lang: Lang): (typeof PF)['en'] {
  return (lang === 'ja' ? PF.ja : PF.en) as unknown as (typeof PF)['en'];
}

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** `<#C…>` for a channel the answer was asked in (not for a DM or a group DM: those have no name to show). */
function channelRef(channel: string): string {
  return /^[CG][A-Z0-9]{2,}$/.test(channel) ? `<#${channel}>` : '';
}

export interface PrivateFiles {
  user: string;
  /** Where the private answer was asked. */
  fromChannel: string;
  state: ConversationState;
  kit: Kit;
  /** The upload's comment (what to do first, how to roll back). */
  comment: string;
  lang: Lang;
}

/** Send the kit's files to the user's DM with the bot. Never throws. */
export async function sendFixFilesToDm(deps: AppDeps, client: WebClient, p: PrivateFiles): Promise<DmResult & { seeded?: boolean }> {
  const tx = privateFilesText(p.lang);
  if (!USER_ID.test(p.user)) return { ok: false, why: 'dm_refused' };
  let channel: string;
  let ts: string;
  try {
    const res = await client.chat.postMessage({ channel: p.user, text: tx.intro(channelRef(p.fromChannel), escapeMrkdwn(p.kit.facts)), unfurl_links: false, unfurl_media: false });
    if (typeof res.channel !== 'string' || !res.channel.startsWith('D') || typeof res.ts !== 'string') throw new Error('no direct message channel in the answer');
    channel = res.channel;
    ts = res.ts;
  } catch (error) {
    const kind = classify(error).kind;
    deps.logger.warn('direct message for fix files failed', { method: 'chat.postMessage', user: p.user, reason: errorCode(error), kind });
    return { ok: false, why: kind === 'rate_limited' ? 'rate_limited' : kind === 'slack_unavailable' ? 'slack_unavailable' : 'dm_refused' };
  }
  // Kept before the files arrive, so a quick paste in the thread already finds the case.
  const seeded = await seedThread(deps, threadKey(channel, ts), p.state);
  const files = p.kit.files.map((f) => ({ filename: f.name, bytes: f.bytes }));
  const ok = await uploadFiles(client, deps.logger, { channel, threadTs: ts, user: p.user }, files, p.comment, p.lang);
  if (!ok) return { ok: false, why: 'upload_failed' };
  const link = (await permalinkOf(client, deps.logger, channel, ts)) ?? `https://slack.com/app_redirect?channel=${channel}`;
  deps.logger.info('fix files sent to the direct message', { user: p.user, channel, files: files.length, seeded });
  return { ok: true, channel, link, seeded };
}

/** The DM thread's conversation starts from the private answer's state (a new thread: nothing to overwrite). */
async function seedThread(deps: AppDeps, key: string, state: ConversationState): Promise<boolean> {
  try {
    return await deps.service.serial(key, async () => {
      if (await deps.store.conversations.get(key)) return false;
      await deps.store.conversations.put(key, state, []);
      return true;
    });
  } catch (error) {
    deps.logger.warn('direct message thread not seeded', { key, reason: errorCode(error) });
    return false;
  }
}

/**
 * Where the last sending of a conversation's fix files is recorded (surface metadata, every replica):
 * per user for a private answer (each user's own DM), one for a thread (everyone there sees them).
 */
export function filesKey(conversation: string, user?: string): string {
  return user ? `files:${conversation}:${user}` : `files:${conversation}`;
}

/** What is sent, as a digest: the facts, the upload's comment, each file's name and bytes. Other facts or files, another digest. */
export function kitDigest(kit: Kit, comment: string): string {
  const h = createHash('sha256').update(JSON.stringify([kit.facts, comment]));
  for (const f of kit.files) h.update(`\0${f.name}\0${f.bytes.length}\0`).update(f.bytes);
  return h.digest('base64url').slice(0, 22);
}

/** A link the user can be given back (a permalink or the DM's app_redirect), else nothing. */
const safeLink = (link: string | undefined): string | undefined => (link && /^https:\/\/[^\s<>|]+$/.test(link) ? link : undefined);

export type FilesClaim = { send: true; token: string } | { send: false; prior: FilesSent & { link?: string } };

/**
 * Before sending: the same files already sent to this user within `againMs` (FILES_AGAIN_MS; or being
 * sent, by another press on any replica, within FILES_SENDING_MS) are not sent again; otherwise this
 * press records that it is sending them (one step on every replica: MetaStore.update). The store
 * failing: sent anyway (the files twice rather than none). Share in channel claims its posts the same
 * way (listeners/actions/share.ts, under `share:<conversation>`).
 */
export async function claimFixFiles(deps: AppDeps, key: string, digest: string, againMs = FILES_AGAIN_MS, now = Date.now()): Promise<FilesClaim> {
  const token = randomUUID();
  let prior: FilesSent | undefined;
  try {
    await deps.meta.update(key, (cur) => {
      const f = cur?.files;
      prior = f && f.digest === digest && now - f.at >= 0 && now - f.at < (f.state === 'sent' ? againMs : FILES_SENDING_MS) ? f : undefined;
      return prior ? undefined : { status: 'open', files: { digest, at: now, state: 'sending', token } };
    });
  } catch (error) {
    deps.logger.warn('sending not claimed, sent anyway', { key, reason: errorCode(error) });
    return { send: true, token };
  }
  return prior ? { send: false, prior: { ...prior, link: safeLink(prior.link) } } : { send: true, token };
}

/** After sending: sent (when and where, for a second press) or not (the record goes: the next press sends). Never throws. */
export async function recordFixFiles(deps: AppDeps, key: string, token: string, res: { ok: true; link?: string; via?: 'response_url'; why?: string } | { ok: false }): Promise<void> {
  try {
    await deps.meta.update(key, (cur) => {
      if (cur?.files?.token !== token) return undefined; // another press took over meanwhile
      return res.ok ? { ...cur, files: { ...cur.files, state: 'sent', at: Date.now(), ...(res.link ? { link: res.link } : {}), ...(res.via ? { via: res.via } : {}), ...(res.why ? { why: res.why } : {}) } } : null;
    });
  } catch (error) {
    deps.logger.warn('sending outcome not recorded', { key, reason: errorCode(error) });
  }
}

/** The private note for a press that did not send: already sent (with a link to them), or being sent. */
export function notSentAgainText(lang: Lang, prior: FilesSent): string {
  const tx = privateFilesText(lang);
  return prior.state === 'sent' ? tx.already(safeLink(prior.link)) : tx.sending;
}
