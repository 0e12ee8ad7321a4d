/**
 * /tms-diagnose [free text] — a private (ephemeral) diagnosis with a "Share in channel" button.
 * `/tms-diagnose help` explains the bot (in the user's Slack locale unless typed in Japanese).
 * Acks at once; the work happens after the ack.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderReply } from '../../blockkit';
import type { AppDeps } from '../../deps';
import { ephemeralTurn } from '../../flows';
import { helpReply } from '../../home';
import { looksJapanese } from '../../mrkdwn';
import { userLang } from '../../locale';
import { slashKey } from '../../service';
import { slackToPlain } from '../events/text';
import { normIntent, startOverCommandIn } from '../../../conversation/intents';
import type { Lang } from '../../../domain/types';

export const HELP_WORDS = /^(help|-h|--help|\?|ヘルプ|使い方)$/i;

export function tmsDiagnose(deps: AppDeps) {
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    // Slack sends & < > as entities (and may wrap links in <…>): the engine reads the plain text.
    const text = slackToPlain(command.text ?? '').trim();
    const lang = looksJapanese(text) ? 'ja' : 'en';
    if (HELP_WORDS.test(text)) {
      // "help" says nothing about the user's language: Japanese when typed so, else their Slack locale.
      const [m] = renderReply(helpReply(lang === 'ja' ? 'ja' : await userLang(deps.locales, client, command.user_id)));
      await ack({ response_type: 'ephemeral', text: m!.text, blocks: m!.blocks });
      return;
    }
    await ack();
    const key = slashKey(command.channel_id, command.user_id);
    // "start over" is a command in English words: the new conversation keeps the language of the
    // one it replaces, else the user's Slack locale (ephemeralTurn), not English.
    let initialLang: Lang | undefined;
    if (startOverCommandIn(normIntent(text))) {
      initialLang = (await deps.store.conversations.get(key).catch(() => null))?.state.lang ?? (await deps.locales.langOf(client, command.user_id)) ?? undefined;
    }
    await ephemeralTurn(deps, client, respond, {
      key,
      message: { kind: 'text', text },
      dedupe: [`cmd:${command.trigger_id}`],
      fallback: { channel: command.channel_id, user: command.user_id },
      langHint: lang,
      // Each /tms-diagnose is a new question: facts from an earlier incident must not leak in.
      fresh: true,
      ...(initialLang ? { initialLang } : {}),
    });
  };
}
