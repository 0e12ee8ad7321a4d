/**
 * A step of the fix reported on one named node of a redundant TMS whose nodes are known by host name (QA49 F16, F15): "I set
 * Medium-High and rebooted tms01", "Medium-High done on tms01", 「tms01 は Medium-High にして再起動しました」, "done on tms01, tms02
 * not yet". Communication Security and the Schannel keys are set per node (knowledge.md, Fix step 6: both nodes, or a failover
 * brings the error back), so the TMS is not at Medium-High until every node is: the node is noted, the other one is named as
 * left, and the steps stay in the plan. Once the last node is reported, the usual progress reading records the steps.
 * Pure; fires only with two or more node names known (facts.tmsNodes) and one of them named. Bounded input.
 */
import type { ConversationState, TurnResult } from './types';
import type { Lang } from '../domain/types';
import { next, para, reply } from './compose';
import { fixProgressIn, type FixProgress } from '../domain/understand/progress';
import { hostNamed, hostNotYet } from '../domain/understand/node-level';
import { stepListFramedIn } from '../domain/understand/step-list-framed';
import { nfkc } from '../domain/nfkc';

/** Both or all nodes named as one: the whole TMS (the usual reading). */
const ALL_NODES = /(?<![a-z])(?:both|each|all|every)\s(?:(?:tms|the|of\sthe)\s)*(?:nodes|servers|of\sthem|node|server)|両方|両ノード|両系|(?:2|二)\s?台とも|各ノード|全ノード|どちらも|いずれも/i;
/**
 * "done on tms01", "tms01 done", "tms01 is done", "finished tms01", 「tms01 は完了」「tms01 は終わりました」「tms01 対応済み」: the node
 * done, no step named (F15). With the host name masked as NODE: a report only, never a question or a plan.
 */
const BARE_DONE =
  /(?:^|[\s,;:.])(?:(?:all\s)?done|finished|completed)\s(?:on|with|for)\s(?:the\s)?node(?![a-z])|(?<![a-z])node\s(?:is\s|has\sbeen\s|was\s)?(?:all\s)?(?:done|finished|completed|fixed|ok)(?![a-z])|node\s?(?:は|で|の)?\s?(?:完了|終わり(?:ました)?|終了|対応済み?|実施済み?|作業済み?|済み|ok|done)/i;
/** The node said to be at Medium-High (REV21-a #4), with the host name masked as NODE. */
const NODE_AT_LEVEL =
  /(?<![a-z])node\s(?:is|'s|has\sbeen\s(?:set|changed|moved|raised)\sto|is\snow|now\sat|now\son)\s(?:now\s)?(?:(?:at|on|set\sto)\s)?(?:the\s)?medium[\s_-]?high(?![a-z])|node\s?(?:は|が)\s?(?:もう\s?|すでに\s?|既に\s?)?(?:medium[\s_-]?high|ミディアム\s?ハイ)\s?(?:です|になって(?:い)?ます|になりました|に(?:し|変更し|設定し)ました|設定済み|済み|。|$)/i;
const NOT_A_REPORT = /[?？]|(?<![a-z])(?:will|going\sto|gonna|tonight|tomorrow|later|next\sweek|plan(?:ned|ning)?|should|if|when)(?![a-z])|(?:予定|これから|します(?!た)|ですか|ますか)/i;

const TEXT = {
  en: {
    done: (nodes: string, what: string) => `Noted for ${nodes} only: ${what}.`,
    left: (left: string) =>
      `${left} ${left.includes(' and ') ? 'are' : 'is'} still left: do the same there (the TLS 1.2 registry keys, Medium-High in TMS Tools, then restart IIS and the TMS services, or reboot) before any failover. Until then a failover to ${left} brings "No HTTPS response" back, so I keep these steps open until every node has them.`,
    what: { level: 'Communication Security is Medium-High', registry: 'the TLS 1.2 keys are done', restarted: 'restarted since', bare: 'the fix done there' },
  },
  ja: {
    done: (nodes: string, what: string) => `${nodes} の分だけとして記録しました（${what}）。`,
    left: (left: string) =>
      `${left} はまだ残っています。フェイルオーバーの前に ${left} でも同じ作業（TLS 1.2 のレジストリ キー、TMS Tools での Medium-High、そのあと IIS と TMS のサービスの再起動、またはサーバの再起動）を行ってください。それまでに ${left} へフェイルオーバーすると「No HTTPS response」が再発するため、すべてのノードが終わるまで、これらの手順は残りの手順として残しておきます。`,
    what: { level: 'Communication Security は Medium-High', registry: 'TLS 1.2 のキーは対応済み', restarted: 'その後に再起動済み', bare: 'そのノードでの作業は完了' },
  },
} as const;

function joinNames(names: string[], lang: Lang): string {
  if (lang === 'ja') return names.join('、');
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The nodes a step was reported done on, and what was done; null when the text is not such a report. */
export function nodeProgressIn(nodes: readonly string[], text: string): { done: string[]; progress: FixProgress | null } | null {
  if (text.length > 300) return null;
  const t = nfkc(text).toLowerCase();
  const named = nodes.filter((n) => hostNamed(t, n));
  if (!named.length || ALL_NODES.test(t)) return null;
  const notYet = named.filter((n) => hostNotYet(t, n));
  const done = named.filter((n) => !notYet.includes(n));
  if (!done.length) return null;
  // (Steps as advice, a plan or on another server: no progress; step-list-framed.ts.)
  if (/medium[\s-]?high|ミディアムハイ/i.test(t) && stepListFramedIn(t)) return null;
  // The nodes said not done yet are left out of the reading ("…, tms02 not yet": its "not" is no negation of the step).
  let rest = t;
  for (const n of nodes) rest = rest.split(n).join('node');
  // ("…but tms02 was not touched", "…but not tms01", "tms02 is still at Medium": REV21-a #4.)
  const cut = rest.replace(
    /(?:[,;、]\s*|\s(?:but|and|while)\s)?(?:node\s?(?:(?:is\s|has\s|was\s)?(?:not\s(?:(?:been\s)?(?:done|touched|changed)(?:\syet)?|yet)|(?:is|was|has|have)n['’]?t\s(?:been\s)?(?:done|touched|changed)|still\s(?:to\sdo|pending|left)|pending|left|next|to\sdo|(?:is\s)?untouched|(?:is\s|was\s|stays\s|remains\s)?(?:still\s)?(?:at\s|on\s)?(?:the\s)?(?:medium|low)(?![\s_-]?high|[a-z]))|(?:は|が|の方は|のほうは)?\s?(?:まだ|これから|未(?:対応|実施|作業)|手つかず)(?:です|。)?)|(?:but\s)?not\s(?:yet\s)?(?:on\s|for\s)?node)/g,
    ' ',
  );
  const progress = fixProgressIn(cut);
  if (progress && (progress.level || progress.registry)) return { done, progress };
  if (NOT_A_REPORT.test(cut)) return null;
  // "tms01 is Medium-High", "tms01 is at Medium-High now", 「tms01 は Medium-High です」: that node's level, not the TMS's.
  if (NODE_AT_LEVEL.test(cut)) return { done, progress: { level: true } };
  return BARE_DONE.test(cut) ? { done, progress: null } : null;
}

/**
 * The reply, or null to leave the message to the usual readings (no node names known, none named, or every node done now:
 * the whole TMS has the steps then, and the fix-progress route records them).
 */
export function onNodeProgress(s: ConversationState, text: string): TurnResult | null {
  const nodes = s.facts.tmsNodes;
  if (!nodes || nodes.length < 2 || !/\d/.test(text)) return null;
  const read = nodeProgressIn(nodes, text);
  if (!read) return null;
  const doneNow = [...new Set([...(s.facts.tmsNodesDone ?? []), ...read.done])].filter((n) => nodes.includes(n));
  const left = nodes.filter((n) => !doneNow.includes(n));
  if (!left.length) return null;
  const lang = s.lang;
  const x = TEXT[lang];
  const p = read.progress;
  const what = p ? [p.level ? x.what.level : '', p.registry ? x.what.registry : '', p.restarted ? x.what.restarted : ''].filter(Boolean) : [x.what.bare];
  const state = next(s, { facts: { ...s.facts, tmsNodesDone: doneNow } });
  return { state, replies: [reply(lang, [para(x.done(joinNames(read.done, lang), what.join(lang === 'ja' ? '、' : '; '))), para(x.left(joinNames(left, lang)))])] };
}
