/** The fleet summary card (Block Kit) and its plain-text fallback. */
import type { KnownBlock } from '@slack/types';
import type { Lang } from '../../domain/types';
import { FLEET_VERDICTS, type FleetSummary, type FleetSystem } from '../../probe/fleet';
import { noLevelGroupsAdvice } from '../../probe/no-level-words';
import type { SlackMessage } from '../blockkit';
import { LIMITS } from '../blockkit';
import { escapeMrkdwn } from '../mrkdwn';
import { fleetTexts } from './texts';

/** How many systems the card names per list (the CSV has them all). */
export const CARD_LIST = 10;

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function systemLines(list: FleetSystem[], count: number, lang: Lang, withNote = false): string {
  const tx = fleetTexts(lang);
  const lines = list.slice(0, CARD_LIST).map((s) => `• \`${escapeMrkdwn(clip(s.target, 80))}\`${s.name ? ` ${escapeMrkdwn(clip(s.name, 60))}` : ''}${withNote && s.note ? ` — ${escapeMrkdwn(clip(s.note[lang], 240))}` : ''}`);
  const shown = Math.min(list.length, CARD_LIST);
  if (count > shown) lines.push(tx.more(count - shown));
  return lines.join('\n');
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, LIMITS.sectionText) } };
}

/** The button on a private summary that posts it in the channel the command was run in. */
export const FLEET_SHARE_ACTION = 'fleet-share';

/**
 * `share`: the sealed value of a Share in channel button (a private summary only). `startedOver`: the
 * thread was started over while the list ran, so the counts did not join the case (one line says so).
 */
export function fleetCard(s: FleetSummary, lang: Lang, opts: { share?: string; startedOver?: boolean } = {}): SlackMessage {
  const tx = fleetTexts(lang);
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: clip(tx.title(s.total), LIMITS.headerText) } }];
  const counts = FLEET_VERDICTS.filter((v) => s.counts[v] > 0).map((v) => `• *${s.counts[v]}* ${tx.verdict[v](s.counts[v])}`);
  blocks.push(section(counts.join('\n')));
  const plain: string[] = [`${tx.title(s.total)}${lang === 'ja' ? '。' : '.'}`];
  if (s.mediumCannotReachCount > 0) {
    blocks.push(section(`*${tx.mediumCannotReach(s.mediumCannotReachCount, s.probed)}*\n${systemLines(s.mediumCannotReach, s.mediumCannotReachCount, lang)}`));
    plain.push(tx.mediumCannotReach(s.mediumCannotReachCount, s.probed));
  }
  if ((s.noLevelCount ?? 0) > 0) {
    // Each with what TLS 1.3 did, when known: it says what to check (the to-do below; QA55 #6 follow-up).
    const tagged = s.noLevel.map((x) => (x.tls13 === undefined ? { ...x, note: undefined } : { ...x, note: { en: tx.tls13Tag(x.tls13), ja: tx.tls13Tag(x.tls13) } }));
    blocks.push(section(`*${tx.noLevel(s.noLevelCount)}*\n${systemLines(tagged, s.noLevelCount, lang, true)}`));
    plain.push(tx.noLevel(s.noLevelCount));
  }
  if (s.noAnswerCount > 0) {
    blocks.push(section(`*${tx.noAnswer(s.noAnswerCount)}*\n${systemLines(s.noAnswer, s.noAnswerCount, lang, true)}`));
    plain.push(tx.noAnswer(s.noAnswerCount));
  }
  if (s.mismatchCount > 0) {
    blocks.push(section(`*${tx.mismatch(s.mismatchCount)}*\n${systemLines(s.mismatches, s.mismatchCount, lang, true)}`));
    plain.push(tx.mismatch(s.mismatchCount));
  }
  if ((s.claimedCount ?? 0) > 0) {
    blocks.push(section(`*${tx.claimed(s.claimedCount)}*\n${systemLines(s.claimed, s.claimedCount, lang, true)}`));
    plain.push(tx.claimed(s.claimedCount));
  }
  if (s.notProbedCount > 0) {
    // Which targets were not probed and why (the policy's refusal in the user's words, a duplicate, out of time).
    const dup = (x: FleetSystem) => (x.other ? tx.skipClaimed(x.other.line, x.firstRefused) : x.firstRefused ? tx.skipDuplicateRefused : tx.skipDuplicate);
    const why = (x: FleetSystem): FleetSystem => ({ ...x, note: x.skip === 'duplicate' ? { en: dup(x), ja: dup(x) } : x.skip === 'deadline' ? { en: tx.skipDeadline, ja: tx.skipDeadline } : x.note });
    blocks.push(section(`*${tx.notProbed(s.notProbedCount)}*\n${systemLines(s.notProbed.map(why), s.notProbedCount, lang, true)}`));
    plain.push(tx.notProbed(s.notProbedCount).replace(/[:：]$/, lang === 'ja' ? '。' : '.'));
  }
  const todo: string[] = [];
  if (s.counts['medium-fails'] > 0 || s.counts['no-level'] > 0) {
    if (s.counts['medium-fails'] > 0) todo.push(tx.todoMedium);
    if (s.counts['no-level'] > 0) {
      // TLS 1.3 accepted: the endpoint's MinimumTLSVersion; refused too: not it (as the CLI probe and summary say).
      const advice = noLevelGroupsAdvice({ total: s.noLevelCount ?? s.counts['no-level'], accepted: s.noLevelTls13?.accepted ?? 0, refused: s.noLevelTls13?.refused ?? 0 });
      todo.push(advice ? `${tx.todoNoLevelHead}${lang === 'ja' ? '' : ' '}${advice[lang]}` : tx.todoNoLevel);
    }
  } else if (s.counts['medium-ok'] > 0) todo.push(tx.todoAllOk);
  if (s.noAnswerCount > 0) todo.push(tx.todoNoAnswer);
  if (s.mismatchCount > 0) todo.push(tx.todoMismatch);
  if ((s.claimedCount ?? 0) > 0) todo.push(tx.todoClaimed);
  if (s.deadlineHit) todo.push(tx.deadline);
  if (todo.length) blocks.push(section(`*${tx.todoTitle}*\n${todo.map((t) => `• ${escapeMrkdwn(t)}`).join('\n')}`));
  if (opts.startedOver) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: tx.startedOver }] });
    plain.push(tx.startedOver);
  }
  if (opts.share) blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: FLEET_SHARE_ACTION, text: { type: 'plain_text', text: tx.share, emoji: true }, value: opts.share }] });
  return { text: clip(plain.join(' '), LIMITS.fallbackText), blocks };
}
