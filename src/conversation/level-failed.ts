/**
 * "Medium-High didn't save", "setting Medium-High failed with an error", 「Medium-High に変更できませんでした」 (REV21-a #5;
 * understand/level-failed.ts): the change was not made, so nothing is recorded (a node it was said of is no longer counted as done);
 * the reply says so, how to check in TMS Tools that the level stuck after Save, and shows the Medium-High step again. Pure.
 */
import { advisingBlock } from './document';
import type { ConversationState, TurnResult } from './types';
import type { Lang } from '../domain/types';
import { next, para, questionBlocksFor, reply } from './compose';
import { withNoteAhead } from './note-ahead';
import { onStepDetails, stepsAsNumbered } from './followup';
import { hostNamed } from '../domain/understand/node-level';
import { nfkc } from '../domain/nfkc';

const TEXT = {
  en: (level: string, on: string, now: string) =>
    `Noted: the change to ${level} did not save${on ? ` on ${on}` : ''}, so I have not recorded it${now ? `: Communication Security stays at ${now}${on ? ' there' : ''}` : ''}. In TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options, set Communication Security to ${level} and click Save, then open the page again and check that it still shows ${level}. If Save shows an error, tell me its exact text.`,
  ja: (level: string, on: string, now: string) =>
    `承知しました。${on ? `${on} で` : ''}${level} への変更は保存されていないため、記録していません${now ? `（[Communication Security] は ${now} のままです）` : ''}。TMS ツール（TMS Tools）の [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] で [Communication Security] を ${level} にして [Save] をクリックし、画面を開き直して ${level} と表示されることを確認してください。保存時にエラーが表示される場合は、その文面をそのまま教えてください。`,
} as const;

const LEVEL_NAMES = { low: 'Low', medium: 'Medium', 'medium-high': 'Medium-High', high: 'High' } as const;

function joinNames(names: string[], lang: Lang): string {
  if (lang === 'ja') return names.join('、');
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The reply to a failed change of the level: nothing recorded; the TMS Tools check; the Medium-High step. */
export function onLevelChangeFailed(s: ConversationState, text: string): TurnResult {
  const lang = s.lang;
  const t = nfkc(text.slice(0, 300)).toLowerCase();
  const level = /medium[\s_-]?high|ミディアム[\s・ー-]?ハイ/i.test(t) || !/high|ハイ/i.test(t) ? 'Medium-High' : 'High';
  const nodes = s.facts.tmsNodes ?? [];
  const named = nodes.filter((n) => hostNamed(t, n));
  // A node said done before ("done on tms01") whose change did not save after all is no longer done.
  const doneBefore = s.facts.tmsNodesDone ?? [];
  const stillDone = doneBefore.filter((n) => !named.includes(n));
  let facts = stillDone.length === doneBefore.length ? s.facts : { ...s.facts, tmsNodesDone: stillDone };
  if (!stillDone.length && facts !== s.facts) delete facts.tmsNodesDone;
  // (REV23 #7) The level read from "we set Medium-High" before (a question was open, so not as a step done) is the change that did
  // not save: it goes, as the reply says (not when one node was named: the others keep theirs).
  if (!named.length && s.facts.level === (level === 'High' ? 'high' : 'medium-high')) {
    facts = { ...facts };
    delete facts.level;
  }
  const after: ConversationState = facts === s.facts ? s : { ...s, facts };
  const lv = s.facts.level;
  const now = lv && lv !== 'medium-high' && lv !== 'high' ? LEVEL_NAMES[lv] : '';
  // (It says to set Medium-High again and save: advice to raise it.)
  const note = advisingBlock(para(TEXT[lang](level, joinNames(named, lang), now)));
  const numbering = after.stepCodes ?? stepsAsNumbered(after).map((f) => f.code);
  const n = numbering.indexOf('tms-tools-medium-high') + 1;
  if (n === 0) return { state: next(after, {}), replies: [reply(lang, [note])] };
  return withNoteAhead(onStepDetails(after, { n, done: false }), note, lang);
}

/** A name before a JA particle: a space after Latin letters or digits only (「tms02 で」「2号機で」). */
const sp = (name: string): string => (/[a-z0-9]$/i.test(name) ? `${name} ` : name);

const ONE_NODE_TEXT = {
  en: (failed: string, ok: string) =>
    `Noted: Medium-High is saved on ${ok}, and I record it for that node only; on ${failed} the change did not save, so Communication Security there is still at its old level. On ${failed}, in TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options, set Communication Security to Medium-High and click Save, then open the page again and check that it still shows Medium-High. If Save shows an error, tell me its exact text. Until ${failed} has it, a failover to ${failed} brings "No HTTPS response" back.`,
  ja: (failed: string, ok: string) =>
    `承知しました。${sp(ok)}では Medium-High が保存されているので、そのノードの分だけ記録します。${sp(failed)}では変更が保存されていないため、[Communication Security] は以前のレベルのままです。${sp(failed)}で TMS ツール（TMS Tools）の [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] を開き、[Communication Security] を Medium-High にして [Save] をクリックし、画面を開き直して Medium-High と表示されることを確認してください。保存時にエラーが表示される場合は、その文面をそのまま教えてください。${sp(failed)}が Medium-High になるまでは、${sp(failed)}へフェイルオーバーすると「No HTTPS response」が再発します。`,
} as const;

/**
 * "Medium-High didn't save on node 2 but node 1 is fine", 「2号機では Medium-High が保存できませんでしたが、1号機は大丈夫です」
 * (REV22 #7; understand/level-failed.ts levelFailedOnOneNode): the node that is fine is done, the other is not. With the nodes known
 * by host name, as node-progress.ts records one node (tmsNodesDone; the TMS level unchanged); otherwise as a level step done on one
 * node (fix-progress with oneNode: recorded, the other node left), unless it was recorded already. `record` is that reading.
 */
export function onLevelFailedOneNode(
  s: ConversationState,
  split: { failed: string; ok: string },
  record: (s: ConversationState) => TurnResult | null,
): TurnResult {
  const lang = s.lang;
  const note = advisingBlock(para(ONE_NODE_TEXT[lang](split.failed, split.ok)));
  const nodes = s.facts.tmsNodes ?? [];
  const okHost = nodes.filter((n) => hostNamed(split.ok, n));
  if (okHost.length) {
    const failedHost = nodes.filter((n) => hostNamed(split.failed, n));
    const done = [...new Set([...(s.facts.tmsNodesDone ?? []), ...okHost])].filter((n) => !failedHost.includes(n));
    return { state: next(s, { facts: { ...s.facts, tmsNodesDone: done } }), replies: [reply(lang, [note, ...questionBlocksFor(s)])] };
  }
  const recorded = s.facts.tlsClaims?.levelRaised ? null : record(s);
  if (!recorded) return { state: next(s, {}), replies: [reply(lang, [note, ...questionBlocksFor(s)])] };
  return withNoteAhead(recorded, note, lang);
}
