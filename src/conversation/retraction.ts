/**
 * "ignore that, wrong server", "scratch that", 「今のは無視してください」「さっきのは間違いです」「別のサーバの話でした」 (QA round 33
 * F2, F5): a retraction of an earlier remark. The bot cannot know for sure which line is taken back, so it drops nothing
 * silently: it says what it still uses from the last message that gave a value (ConversationState.lastSet) and how to
 * correct it (a new message with the right value, or "start over"), as the deletion note does (src/slack message deleted).
 * A retraction that speaks of another server is not an answer to where SQL runs: nothing is stored from it and the open
 * question is asked again. Anything else the message states ("ignore that, TMS is 15.9") is read as usual.
 */
import type { Facts, Lang } from '../domain/types';
import { FIELD_NAMES, type Field } from '../domain/fields';
import { retractionIn, saysMore, withoutRetraction } from '../domain/understand/retraction';
import type { ConversationState, TurnResult } from './types';
import { next, para, questionBlocksFor, reply } from './compose';
import { onFacts, shownValue } from './merge';
import { TEXTS } from './texts';
import { sameJson } from './same-json';
import { CANCEL, normIntent } from './intents';

/** The facts a turn can set that a retraction may concern: the version fields and where SQL runs. */
export type SetKey = Field | 'sqlLocation';
const KEYS: readonly SetKey[] = [...FIELD_NAMES, 'sqlLocation'];

/** The keys whose value differs between `before` and `after` (set or changed by one text message). */
export function keysSet(before: Facts, after: Facts): SetKey[] {
  // (Run on every text turn: sameJson, not two JSON.stringify calls per key, same-json.ts.)
  return KEYS.filter((k) => after[k] !== undefined && !sameJson(after[k], before[k]));
}

/** `key`'s value in `facts`, as the user sees it ("level High", "SQL on another server"). */
export function shown(key: SetKey, facts: Facts, lang: Lang): string | undefined {
  if (key === 'sqlLocation') return facts.sqlLocation === 'remote' ? TEXTS[lang].sqlRemote : facts.sqlLocation === 'local' ? TEXTS[lang].sqlLocal : undefined;
  return shownValue(key, facts, lang);
}

const T = {
  en: {
    still: (list: string) =>
      `I cannot tell for sure which line that takes back, so I have dropped nothing. From the last message that gave me a value, I still use: ${list}. If that was wrong, send the right value as a new message (for example "the security level is Medium"), or say "start over" to begin again with nothing kept.`,
    nothingLast: 'I cannot tell for sure which line that takes back, so I have dropped nothing. If a value I use is wrong, send the right value as a new message (for example "the security level is Medium"), or say "start over" to begin again with nothing kept.',
    nothingHeld: 'Noted: I have taken nothing from that.',
    notSqlPlace: 'I did not take that as where SQL Server runs.',
  },
  ja: {
    still: (list: string) =>
      `どの発言を取り消すのかは確実には分からないため、何も削除していません。値を読み取った最後のメッセージの「${list}」は引き続き使っています。誤りであれば、正しい値を新しいメッセージで送ってください（例：「セキュリティレベルは Medium です」）。何も残さずに始め直すには「最初からやり直す」と送ってください。`,
    nothingLast: 'どの発言を取り消すのかは確実には分からないため、何も削除していません。使っている値に誤りがあれば、正しい値を新しいメッセージで送ってください（例：「セキュリティレベルは Medium です」）。何も残さずに始め直すには「最初からやり直す」と送ってください。',
    nothingHeld: '承知しました。今のメッセージからは何も読み取っていません。',
    notSqlPlace: 'SQL Server の場所（TMS サーバ上か別サーバか）についての回答とは受け取っていません。',
  },
} satisfies Record<Lang, unknown>;

/** The reply to a retraction, or null when `text` is none (or states something else, which is read as usual). */
export function onRetraction(s: ConversationState, text: string): TurnResult | null {
  const r = retractionIn(text);
  if (!r) return null;
  // A bare "never mind" drops what was going on (the open question), not a line said before: the intent's (QA63 #14).
  if (CANCEL.test(normIntent(text))) return null;
  // "never mind, it works now", "ignore that, TMS is 15.9": the rest is what is said, read by the other routes as usual;
  // only after "another server" ("ignore that, wrong server, TMS is 15.9") is it read here, without the retraction, so that
  // "another server" is not taken for SQL's place.
  const rest = withoutRetraction(text);
  if (saysMore(rest)) {
    if (!r.otherMachine) return null;
    const read = onFacts(s, rest);
    if (JSON.stringify(read.state.facts) !== JSON.stringify(s.facts)) return { ...read, route: 'retraction-rest' };
  }
  const t = T[s.lang];
  const held = KEYS.some((k) => s.facts[k] !== undefined);
  const list = (s.lastSet ?? []).map((k) => shown(k as SetKey, s.facts, s.lang)).filter((v): v is string => !!v);
  const lead = list.length ? t.still(list.join(s.lang === 'ja' ? '、' : ', ')) : held ? t.nothingLast : t.nothingHeld;
  const blocks = [para(lead)];
  // "ignore that, it was a different server" while where SQL runs is not known: not its answer; the question again.
  if (r.otherMachine && s.facts.sqlLocation === undefined && (s.pending === 'need-sql-version' || s.facts.sql !== undefined)) blocks.push(para(t.notSqlPlace));
  return { state: next(s, {}), replies: [reply(s.lang, [...blocks, ...questionBlocksFor(s)])] };
}
