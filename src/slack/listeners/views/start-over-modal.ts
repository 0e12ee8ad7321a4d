/**
 * "Start over" asks first: a small modal (Start over / Keep going) whose private_metadata is sealed,
 * so a submission can only reset the conversation the button was on. Submitting feeds the engine
 * { kind: 'action', id: 'start-over' } for that conversation.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { Lang } from '../../../domain/types';
import type { Sealer } from '../../edge';
import type { AppDeps } from '../../deps';
import { ephemeralTurn, threadTurn } from '../../flows';
import { escapeMrkdwn } from '../../mrkdwn';
import { respondOrEphemeral } from '../../private-respond';
import { notifyFailure } from '../../service';
import { targetFromKey } from '../actions/context';
import { respondVia } from './probe-modal';

export const START_OVER_CALLBACK = 'start-over-modal';

const W = {
  en: {
    title: 'Start over?',
    body: (facts: string) => `I will forget what this conversation knows${facts ? ` (${facts})` : ''} and ask again from the start. The answer already posted stays as it is.`,
    yes: 'Start over',
    keep: 'Keep going',
  },
  ja: {
    title: '最初からやり直しますか？',
    body: (facts: string) => `この会話で把握している情報${facts ? `（${facts}）` : ''}を消去し、最初から質問し直します。投稿済みの回答はそのまま残ります。`,
    yes: '最初から',
    keep: '続ける',
  },
} as const;

export interface StartOverMeta {
  key: string;
  /** Who opened it: only they can submit it. */
  user: string;
  responseUrl?: string;
  lang: Lang;
}

/**
 * `facts`: the facts line; shown without its "Understood so far:" label (a label inside brackets reads oddly). `ui`: the modal's
 * language, the presser's (QA54 #9); the conversation's (`meta.lang`) stays for what the start over posts.
 */
export function startOverModal(meta: StartOverMeta, facts: string, sealer: Sealer, ui: Lang = meta.lang): ModalView {
  const w = W[ui];
  const known = facts.replace(/^[^:：]*[:：]\s*/, '');
  return {
    type: 'modal',
    callback_id: START_OVER_CALLBACK,
    private_metadata: sealer.seal(JSON.stringify(meta)),
    title: { type: 'plain_text', text: w.title },
    submit: { type: 'plain_text', text: w.yes },
    close: { type: 'plain_text', text: w.keep },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(w.body(known)).slice(0, 2900) } }],
  };
}

/** The metadata of a modal opened by one user for one conversation (start over, add details), or null. */
export function parseOwnedMeta(text: string | null): StartOverMeta | null {
  if (text === null) return null;
  try {
    const m = JSON.parse(text) as Partial<StartOverMeta>;
    if (typeof m.key !== 'string' || !m.key || typeof m.user !== 'string') return null;
    return { key: m.key, user: m.user, responseUrl: typeof m.responseUrl === 'string' ? m.responseUrl : undefined, lang: m.lang === 'ja' ? 'ja' : 'en' };
  } catch {
    return null;
  }
}

export function startOverSubmit(deps: AppDeps) {
  return async ({ ack, view, body, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const user = body.user?.id ?? '';
    const meta = parseOwnedMeta(deps.sealer.open(view.private_metadata));
    if (!meta || meta.user !== user) {
      deps.logger.warn('start-over modal metadata not ours (or another user\'s); ignored', { user, view: view.id });
      return;
    }
    const message = { kind: 'action' as const, id: 'start-over' };
    const where = targetFromKey(meta.key, user);
    const dedupe = [`view:${view.id}`];
    if (meta.key.startsWith('slash:')) {
      if (!meta.responseUrl) {
        await notifyFailure(client, deps.logger, where, meta.lang === 'ja' ? '「最初から」と入力してください。' : 'Type "start over" to start again.');
        return;
      }
      // An old private answer's response_url may have expired: then privately by chat.postEphemeral.
      const respond = respondOrEphemeral(respondVia(meta.responseUrl), client, deps.logger, { channel: where.channel, user });
      await ephemeralTurn(deps, client, respond, { key: meta.key, message, dedupe, fallback: where, langHint: meta.lang });
      return;
    }
    await threadTurn(deps, client, { key: meta.key, message, dedupe, target: where, langHint: meta.lang });
  };
}
