/**
 * /tls-probe host[:port] — probe an endpoint's HTTPS port. Acks at once with "probing…", then
 * posts the result (ephemeral, with Share) and feeds it into the user's /tms-diagnose
 * conversation so the diagnosis takes it into account. Several targets: a fleet job whose
 * progress, summary and report go to the user's direct message (src/slack/fleet/job.ts).
 * Answers in the conversation's language, else the command's, else the user's Slack locale.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { slackRefusal } from '../../refusal';
import type { AppDeps } from '../../deps';
import { ackGatedProbe, cleanTarget, ephemeralTurn, gateProbe, plausibleTarget, probeBefore, respondAll, runProbe } from '../../flows';
import { escapeMrkdwn, looksJapanese } from '../../mrkdwn';
import { userLang } from '../../locale';
import type { Lang } from '../../../domain/types';
import { errorCode, slashKey } from '../../service';
import { t } from '../../texts';
import { HELP_WORDS } from './tms-diagnose';
import { listFromWords } from '../../fleet/job';
import { fleetTexts } from '../../fleet/texts';
import { fleetFactFrom } from '../../../domain/fleet';

/** Several words, each an address, a dotted name or host:port ("not a host" stays one bad target). */
export function looksLikeSeveralTargets(raw: string): boolean {
  const words = listFromWords(raw).split('\n');
  return words.length > 1 && words.every((w) => plausibleTarget(w) && /[.:]/.test(w));
}

export function tlsProbe(deps: AppDeps) {
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const key = slashKey(command.channel_id, command.user_id);
    const raw = (command.text ?? '').trim();
    // The language of the user's conversation; else what the command itself suggests: Japanese
    // ("ヘルプ") or full-width characters typed with a Japanese IME ("１０．１．２．３"); else (an
    // address has no words) the user's Slack locale. Looked up while the target is checked.
    const typedJa = looksJapanese(raw) || /[\uff01-\uff5e]/.test(raw);
    const language: Promise<Lang> = (async () => {
      let known: Lang | null = null;
      try {
        known = (await deps.store.conversations.get(key))?.state.lang ?? null;
      } catch (error) {
        deps.logger.warn('conversation lookup failed', { key, reason: errorCode(error) });
      }
      return userLang(deps.locales, client, command.user_id, known ?? (typedJa ? 'ja' : null));
    })();
    if (raw === '' || HELP_WORDS.test(raw)) {
      await ack({ response_type: 'ephemeral', text: t(await language).probeUsage });
      return;
    }
    if (!deps.fleet || !looksLikeSeveralTargets(raw)) return probeOne(deps, { command, ack, respond, client }, key, raw, language);
    // Several targets: a fleet job with its own limits. Private like the one-target form: the
    // progress, the summary and the CSV go to the user's direct message with the app (a user id
    // as the job's channel), never into the channel the command was typed in.
    const lang = await language;
    // The start is acknowledged right before the job is launched: an ack refused as too late (the
    // ack deadline told the user nothing was done) stops it there (claim released, quota given back).
    let acked = false;
    const started = await deps.fleet.start(deps, client, {
      who: command.user_id,
      channel: command.user_id,
      lang,
      surface: 'slash',
      text: listFromWords(raw),
      acknowledge: async (count) => {
        await ack({ response_type: 'ephemeral', text: fleetTexts(lang).startedPrivately(count) });
        acked = true;
      },
      // The summary (not the report) may go into this channel, when the user presses Share in channel.
      ...(/^[CG][A-Z0-9]{2,}$/.test(command.channel_id) ? { shareTo: command.channel_id } : {}),
      // The direct message is closed to the bot: the summary privately through the response_url.
      fallback: (m) => respond({ response_type: 'ephemeral', text: m.text, blocks: m.blocks }),
      // The user's diagnosis takes the fleet's counts into account (src/domain/fleet.ts).
      onDone: async (summary) => {
        await ephemeralTurn(deps, client, respond, {
          key,
          message: { kind: 'fleet', fleet: fleetFactFrom(summary) },
          dedupe: [`fleet:${command.trigger_id}`],
          fallback: { channel: command.channel_id, user: command.user_id },
          langHint: lang,
          initialLang: lang,
        });
      },
    });
    if (!acked) await ack({ response_type: 'ephemeral', text: started.ok ? fleetTexts(lang).startedPrivately(started.count) : started.message });
  };
}

/** One target: checked (while the language is looked up) before "Probing…" is shown; the result privately. */
async function probeOne(
  deps: AppDeps,
  { command, ack, respond, client }: Pick<SlackCommandMiddlewareArgs & AllMiddlewareArgs, 'command' | 'ack' | 'respond' | 'client'>,
  key: string,
  raw: string,
  language: Promise<Lang>,
): Promise<void> {
  const target = cleanTarget(raw);
  const run = { who: command.user_id, surface: 'slash' as const, target };
  const gate = await gateProbe(deps, run, language);
  const lang = await language;
  const tx = t(lang);
  if (!gate.ok) {
    await ack({ response_type: 'ephemeral', text: gate.message });
    return;
  }
  // A late ack (the user was told nothing was done) gives the quota unit back and stops here.
  await ackGatedProbe(deps, run.who, gate, () => ack({ response_type: 'ephemeral', text: tx.probeStarted(escapeMrkdwn(target)) }));
  const fallback = { channel: command.channel_id, user: command.user_id };
  const out = await runProbe(deps, run, gate.checked);
  if (!out.ok) {
    await respondAll(deps, client, respond, [{ text: tx.probeRefused(escapeMrkdwn(target), escapeMrkdwn(slackRefusal(out, lang))), blocks: [] }], fallback, lang);
    return;
  }
  // One private message: the result (its table) and what it means for the diagnosis. An endpoint
  // that did not answer has no table: the diagnosis's own note says so (with the error), once.
  await ephemeralTurn(deps, client, respond, {
    key,
    message: { kind: 'probe', result: out.result },
    dedupe: [`cmd:${command.trigger_id}`],
    fallback,
    langHint: lang,
    initialLang: lang,
    oneMessage: true,
    ...(out.result.reachable ? { before: probeBefore(out.result) } : {}),
  });
}
