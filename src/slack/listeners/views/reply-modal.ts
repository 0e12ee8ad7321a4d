/**
 * "Add details" on a private answer (/tms-diagnose). A private answer cannot be replied to in
 * Slack, and a new /tms-diagnose starts a new case, so a detail without a button (a SQL build, a
 * service pack, pasted `reg query` output) had to be typed again with everything else. The button
 * opens a small modal with one text field; what is submitted is the next message of the same
 * private conversation, answered privately where the button was. The modal's private_metadata is
 * sealed (only this conversation, only the user who opened it), the text is bounded (3,000
 * characters, Slack's own maximum for the field) and an empty one is refused in the modal.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { Lang } from '../../../domain/types';
import type { AppDeps } from '../../deps';
import type { Sealer } from '../../edge';
import { ephemeralTurn } from '../../flows';
import { looksJapanese } from '../../mrkdwn';
import { respondOrEphemeral } from '../../private-respond';
import { notifyFailure } from '../../service';
import { targetFromKey } from '../actions/context';
import { respondVia } from './probe-modal';
import { parseOwnedMeta, type StartOverMeta } from './start-over-modal';

export const REPLY_CALLBACK = 'reply-modal';
const INPUT_BLOCK = 'details';
const INPUT_ACTION = 'details';
export const REPLY_MAX = 3000;

const W = {
  en: {
    title: 'Add details',
    label: 'What else do you know?',
    hint: 'A version, a service pack, the Communication Security level, or output of check-tls.cmd / reg query. The answer comes privately, where you pressed the button.',
    placeholder: 'e.g. SQL Server 2012 SP4, Windows Server 2012 R2',
    submit: 'Send',
    cancel: 'Cancel',
    empty: 'Please write something first.',
    lost: 'I could not take that in (the private answer it belonged to is gone). Please ask again with /tms-diagnose.',
  },
  ja: {
    title: '情報を追加',
    label: 'ほかに分かっていることは？',
    hint: 'バージョン、サービス パック、[Communication Security] のレベル、check-tls.cmd や reg query の出力などを書いてください。回答は、ボタンを押した場所に、あなただけに表示されます。',
    placeholder: '例：SQL Server 2012 SP4、Windows Server 2012 R2',
    submit: '送信',
    cancel: 'キャンセル',
    empty: '先に内容を入力してください。',
    lost: '受け付けられませんでした（元の非公開の回答が見つかりません）。/tms-diagnose でもう一度聞いてください。',
  },
} as const;

export function replyLabel(lang: Lang): string {
  return lang === 'ja' ? '情報を追加' : 'Add details';
}

/** The same metadata as the start-over modal: the conversation, who opened it, where to answer. */
export type ReplyMeta = StartOverMeta;

export function replyModal(meta: ReplyMeta, sealer: Sealer): ModalView {
  const w = W[meta.lang];
  return {
    type: 'modal',
    callback_id: REPLY_CALLBACK,
    private_metadata: sealer.seal(JSON.stringify(meta)),
    title: { type: 'plain_text', text: w.title },
    submit: { type: 'plain_text', text: w.submit },
    close: { type: 'plain_text', text: w.cancel },
    blocks: [
      {
        type: 'input',
        block_id: INPUT_BLOCK,
        label: { type: 'plain_text', text: w.label },
        hint: { type: 'plain_text', text: w.hint },
        element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline: true, max_length: REPLY_MAX, placeholder: { type: 'plain_text', text: w.placeholder } },
      },
    ],
  };
}

/** Only a private answer's conversation (slash:…) takes details this way. */
function parse(text: string | null): ReplyMeta | null {
  const m = parseOwnedMeta(text);
  return m && m.key.startsWith('slash:') && m.user ? m : null;
}

export function replySubmit(deps: AppDeps) {
  return async ({ ack, view, body, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const user = body.user?.id ?? '';
    const meta = parse(deps.sealer.open(view.private_metadata));
    if (!meta || meta.user !== user) {
      await ack();
      deps.logger.warn('reply modal metadata not ours (or another user\'s); ignored', { user, view: view.id });
      return;
    }
    const raw = view.state?.values?.[INPUT_BLOCK]?.[INPUT_ACTION]?.value;
    const text = typeof raw === 'string' ? raw.slice(0, REPLY_MAX).trim() : '';
    if (text === '') {
      await ack({ response_action: 'errors', errors: { [INPUT_BLOCK]: W[meta.lang].empty } });
      return;
    }
    await ack();
    const where = targetFromKey(meta.key, user);
    if (!meta.responseUrl || !(await deps.store.conversations.has(meta.key).catch(() => false))) {
      await notifyFailure(client, deps.logger, where, W[meta.lang].lost);
      return;
    }
    const respond = respondOrEphemeral(respondVia(meta.responseUrl), client, deps.logger, { channel: where.channel, user });
    await ephemeralTurn(deps, client, respond, {
      key: meta.key,
      message: { kind: 'text', text },
      dedupe: [`view:${view.id}`],
      fallback: where,
      langHint: looksJapanese(text) ? 'ja' : meta.lang,
      // The answer takes the place of the message the button was on (as an answer button's does): no stale card.
      replaceOriginal: true,
      // The replaced answer says what the details added (it could otherwise read exactly as before).
      readBack: true,
    });
  };
}
