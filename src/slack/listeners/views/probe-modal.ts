/**
 * The "Probe an endpoint" modal: asks host[:port], then probes, posts the result where the button
 * was (thread, or privately), and feeds { kind: 'probe', result } into that conversation.
 */
import type { AllMiddlewareArgs, RespondFn, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { KnownBlock, ModalView } from '@slack/types';
import { renderReply } from '../../blockkit';
import { probeReply } from '../../probe-view';
import type { Lang } from '../../../domain/types';
import { slackRefusal } from '../../refusal';
import type { AppDeps } from '../../deps';
import { ackGatedProbe, cleanTarget, ephemeralTurn, gateProbe, probeBefore, respondAll, runProbe, startedOverSince, threadTurn } from '../../flows';
import { escapeMrkdwn } from '../../mrkdwn';
import { presserLang } from '../../locale';
import { respondOrEphemeral } from '../../private-respond';
import { errorCode, notifyFailure } from '../../service';
import { t } from '../../texts';
import { targetFromKey } from '../actions/context';
import { startedOverText } from '../actions/card';
import type { Sealer } from '../../edge';

export const PROBE_MODAL_CALLBACK = 'probe-modal';
const INPUT_BLOCK = 'target';
const INPUT_ACTION = 'target';

export interface ProbeModalMeta {
  key: string;
  ephemeral: boolean;
  responseUrl?: string;
  lang: Lang;
  /**
   * The language of the modal itself and of its field errors, when not `lang` (the thread's, for what is posted there): the
   * presser's (their Slack locale), as for every private line (QA54 #9: a Japanese user's modal on an English thread).
   */
  ui?: Lang;
  /** The conversation's start-over count when the modal was opened: a submission after a start over is refused. */
  gen?: number;
}

/** The language the modal speaks to whoever opened it. */
const uiLang = (meta: ProbeModalMeta): Lang => meta.ui ?? meta.lang;

/** The modal; `sealer` seals its private_metadata so a submission cannot name another conversation. */
export function probeModal(meta: ProbeModalMeta, sealer?: Sealer): ModalView {
  const tx = t(uiLang(meta));
  return {
    type: 'modal',
    callback_id: PROBE_MODAL_CALLBACK,
    private_metadata: sealer ? sealer.seal(JSON.stringify(meta)) : JSON.stringify(meta),
    title: { type: 'plain_text', text: tx.probeModalTitle.slice(0, 24) },
    submit: { type: 'plain_text', text: tx.probeModalSubmit },
    close: { type: 'plain_text', text: tx.cancel },
    blocks: [
      {
        type: 'input',
        block_id: INPUT_BLOCK,
        label: { type: 'plain_text', text: tx.probeModalLabel },
        hint: { type: 'plain_text', text: tx.probeModalHint },
        element: { type: 'plain_text_input', action_id: INPUT_ACTION, placeholder: { type: 'plain_text', text: '10.1.2.3:443' }, max_length: 300 },
      },
    ],
  };
}

/** The key of a probe that belongs to no conversation (App Home, global shortcut). */
export const STANDALONE_KEY = '-';

/** A modal showing a probe's progress or result (no submit: Close only). */
function resultView(lang: Lang, blocks: KnownBlock[]): ModalView {
  const tx = t(lang);
  return { type: 'modal', title: { type: 'plain_text', text: tx.probeModalTitle.slice(0, 24) }, close: { type: 'plain_text', text: tx.close }, blocks };
}

function parseMeta(s: string | null | undefined): ProbeModalMeta | null {
  try {
    const m = JSON.parse(s ?? '') as Partial<ProbeModalMeta>;
    if (!m || typeof m !== 'object') return null;
    if (typeof m.key !== 'string' || !m.key) return null;
    return { key: m.key, ephemeral: m.ephemeral === true, responseUrl: typeof m.responseUrl === 'string' ? m.responseUrl : undefined, lang: m.lang === 'ja' ? 'ja' : 'en', ...(m.ui === 'ja' || m.ui === 'en' ? { ui: m.ui } : {}), ...(Number.isInteger(m.gen) ? { gen: m.gen } : {}) };
  } catch {
    return null;
  }
}

/** A respond() for a stored response_url (view submissions carry none of their own). */
export function respondVia(url: string): RespondFn {
  return (async (message: unknown) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message), signal: AbortSignal.timeout(10000) });
    if (!res.ok) throw Object.assign(new Error(`response_url answered ${res.status}`), { statusCode: res.status });
    return res;
  }) as unknown as RespondFn;
}

export function probeModalSubmit(deps: AppDeps) {
  return async ({ ack, view, body, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const user = body.user.id;
    const opened = deps.sealer.open(view.private_metadata);
    if (opened === null) {
      await ack();
      deps.logger.warn('probe modal metadata not signed by this app; ignored', { user, view: view.id });
      return;
    }
    const meta = parseMeta(opened);
    const raw = view.state.values[INPUT_BLOCK]?.[INPUT_ACTION]?.value ?? '';
    if (!meta) {
      await ack();
      deps.logger.warn('probe modal without metadata', { user });
      return;
    }
    if (meta.gen !== undefined && meta.key !== STANDALONE_KEY) {
      // Opened on an answer that has since been started over: no probe is run (the turn checks again after it).
      const conv = await startedOverSince(deps, meta.key, meta.gen);
      if (conv !== null) {
        // Shown to whoever submitted it only: from a shared card in their language (presserLang), else the thread's.
        await ack({ response_action: 'errors', errors: { [INPUT_BLOCK]: startedOverText(await presserLang(deps.locales, client, user, conv, meta.ephemeral)) } });
        return;
      }
    }
    const target = cleanTarget(raw);
    const run = { who: user, surface: 'modal' as const, target };
    // (A refusal is a field error in the modal: in the modal's language.)
    const gate = await gateProbe(deps, run, uiLang(meta));
    if (!gate.ok) {
      await ack({ response_action: 'errors', errors: { [INPUT_BLOCK]: gate.message } });
      return;
    }
    if (meta.key === STANDALONE_KEY) {
      // From the App Home or the global shortcut: no conversation; the result is shown in the modal.
      await ackGatedProbe(deps, run.who, gate, () => ack({ response_action: 'update', view: resultView(meta.lang, [{ type: 'section', text: { type: 'mrkdwn', text: t(meta.lang).probeRunning(escapeMrkdwn(target)) } }]) }));
      const out = await runProbe(deps, run, gate.checked);
      const blocks = out.ok
        ? renderReply(probeReply(out.result, meta.lang)).flatMap((m) => m.blocks)
        : [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: escapeMrkdwn(slackRefusal(out, meta.lang)) } }];
      try {
        await client.views.update({ view_id: view.id, view: resultView(meta.lang, blocks.slice(0, 100)) });
      } catch (error) {
        deps.logger.warn('views.update of the probe result failed', { method: 'views.update', view: view.id, reason: errorCode(error) });
      }
      return;
    }
    await ackGatedProbe(deps, run.who, gate, () => ack());
    const tx = t(meta.lang);
    const where = targetFromKey(meta.key, user);
    // A private answer's response_url may expire while the probe runs: then privately by chat.postEphemeral.
    const respond = meta.responseUrl ? respondOrEphemeral(respondVia(meta.responseUrl), client, deps.logger, { channel: where.channel, user }) : null;
    // "Probing…" goes where the button was; in a thread it is later edited into the outcome.
    let progressTs: string | undefined;
    const say = async (text: string) => {
      if (meta.ephemeral || !where.channel) {
        if (respond) await respondAll(deps, client, respond, [{ text, blocks: [] }], where, meta.lang);
        else await notifyFailure(client, deps.logger, where, text);
        return;
      }
      try {
        if (progressTs) {
          await client.chat.update({ channel: where.channel, ts: progressTs, text });
        } else {
          const res = await client.chat.postMessage({ channel: where.channel, ...(where.threadTs ? { thread_ts: where.threadTs } : {}), text });
          progressTs = typeof res.ts === 'string' ? res.ts : undefined;
        }
      } catch (error) {
        deps.logger.error('probe progress message failed', { channel: where.channel, reason: errorCode(error) });
      }
    };
    await say(tx.probeStarted(escapeMrkdwn(target)));
    const out = await runProbe(deps, run, gate.checked);
    if (!out.ok) {
      await say(tx.probeRefused(escapeMrkdwn(target), escapeMrkdwn(slackRefusal(out, meta.lang))));
      return;
    }
    if (progressTs) await say(tx.probeDone(escapeMrkdwn(out.result.target)));
    // A start over while the probe ran is caught in the conversation's turn order: the result is not fed.
    const stale = meta.gen === undefined ? undefined : { gen: meta.gen, refuse: (lang: Lang) => say(t(lang).probeStartedOver(escapeMrkdwn(out.result.target))) };
    const turn = { key: meta.key, message: { kind: 'probe' as const, result: out.result }, dedupe: [`view:${view.id}`], langHint: meta.lang, stale, ...(out.result.reachable ? { before: probeBefore(out.result) } : {}) };
    if (meta.ephemeral && respond) await ephemeralTurn(deps, client, respond, { ...turn, fallback: where });
    else await threadTurn(deps, client, { ...turn, target: where });
  };
}
