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
 */
import type { WebClient } from '@slack/web-api';
import type { ConversationState } from '../conversation/types';
import type { Lang } from '../domain/types';
import type { FixKit } from '../fixkit';
import type { AppDeps } from './deps';
import { classify } from './delivery';
import { escapeMrkdwn } from './mrkdwn';
import { permalinkOf } from './permalink';
import { errorCode, threadKey, uploadFiles } from './service';

type Kit = Extract<FixKit, { ok: true }>;

/** Why the files did not reach the DM, as the user is told. */
export type DmFailure = 'rate_limited' | 'slack_unavailable' | 'dm_refused' | 'upload_failed';

export type DmResult = { ok: true; channel: string; link: string } | { ok: false; why: DmFailure };

const PF = {
  en: {
    intro: (where: string, facts: string) =>
      `Fix files for your private answer${where ? ` in ${where}` : ''}${facts ? ` (${facts})` : ''}, in this thread. They are here because Slack cannot attach files to a message only you can see.`,
    sent: (link: string) => `I sent the fix files to <${link}|our direct message>, in a thread: only you can see them there.`,
    continues: ' Paste the output of check-tls.cmd in that thread and I will read it for this case.',
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
