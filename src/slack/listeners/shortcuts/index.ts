/**
 * Shortcuts: "Diagnose this message" (message shortcut: reads a message someone posted — a pasted
 * ticket, a log — starts the conversation in its thread and answers there) and "Probe an endpoint"
 * (global shortcut: the probe modal, result shown in the modal).
 */
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps';
import { respondAll, threadTurn } from '../../flows';
import { looksJapanese } from '../../mrkdwn';
import { threadKey } from '../../service';
import { t } from '../../texts';
import { openStandaloneProbe } from '../actions/home-probe';
import { respondVia } from '../views/probe-modal';
import { incomingText } from '../events/text';

export const DIAGNOSE_MESSAGE_CALLBACK = 'diagnose-message';
export const PROBE_SHORTCUT_CALLBACK = 'probe-endpoint-shortcut';

interface ShortcutArgs {
  ack: () => Promise<void>;
  body: unknown;
  client: WebClient;
  context: { botUserId?: string };
}

export function diagnoseMessageShortcut(deps: AppDeps) {
  return async ({ ack, body, client, context }: ShortcutArgs): Promise<void> => {
    await ack();
    const b = body as { channel?: { id?: string }; user?: { id?: string }; message?: { ts?: string; thread_ts?: string; text?: string }; trigger_id?: string; response_url?: string };
    const channel = b.channel?.id;
    const user = b.user?.id;
    const msg = b.message;
    if (!channel || !user || !msg?.ts || !b.trigger_id) {
      deps.logger.warn('message shortcut without channel, user or message ignored', { user });
      return;
    }
    const text = incomingText(msg.text, context.botUserId).slice(0, 20_000);
    const threadTs = msg.thread_ts ?? msg.ts;
    if (text === '') {
      const lang = (await deps.locales.langOf(client, user)) ?? 'en';
      if (b.response_url) await respondAll(deps, client, respondVia(b.response_url), [{ text: t(lang).noText, blocks: [] }], { channel, user }, lang);
      return;
    }
    // A channel thread is shared: one language for it, whoever's message is read (engine keepLang).
    await threadTurn(deps, client, {
      key: threadKey(channel, channel.startsWith('D') && !msg.thread_ts ? undefined : threadTs),
      message: { kind: 'text', text, ...(channel.startsWith('D') ? {} : { keepLang: true }) },
      dedupe: [`shortcut:${b.trigger_id}`],
      target: { channel, threadTs, user },
      langHint: looksJapanese(text) ? 'ja' : 'en',
    });
  };
}

export function probeShortcut(deps: AppDeps) {
  return async ({ ack, body, client }: ShortcutArgs): Promise<void> => {
    await ack();
    const b = body as { trigger_id?: string; user?: { id?: string } };
    await openStandaloneProbe(deps, client, b.trigger_id, b.user?.id);
  };
}
