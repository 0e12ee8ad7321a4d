/**
 * Two reports that used to get "I could not find a version" (REV21-a, FIX21B #3):
 * - "The other TMS node doesn't work either.", "node 2 fails too", 「もう片方のノードもダメです」: a redundant TMS whose other
 *   node shows the problem as well. Each node has its own Communication Security setting and its own Schannel keys
 *   (knowledge.md, Fix step 6: both nodes need the change, or a failover brings the error back): the change on each node.
 * - "done on the lab TMS, still failing", 「検証環境の TMS で実施しましたが、まだ失敗します」: a change tried on a lab system. The lab
 *   is not this case's system: nothing is recorded as done, the case stays as it is, and what production shows is asked.
 * Only statements (not a question, a plan or a condition), only once the case has facts. Nothing is recorded. Bounded input;
 * cheap word gates before the patterns.
 */
import { allMatches } from '../domain/understand/fast-regex';
import type { LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import type { Block } from './document';
import { next, para, questionBlocksFor, reply, paraFrom } from './compose';
import { tmsCanBeFixedInPlace } from '../domain/versions';
import { extractFacts } from '../domain/extract';
import { onFacts } from './merge';
import { onFixProgress } from './step-done';
import { ENV_MORE_WORDS_EN, ENV_WORDS_EN, ENV_WORDS_JA } from '../domain/understand/other-machine';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** The other node by that word ("the other TMS node", "node 2", "the standby node"; not "the other TMS": maybe another installation). */
const OTHER_NODE_EN = String.raw`(?:(?:the\s)?(?:other|second|2nd|secondary|standby|passive|backup)\s(?:tms\s)?node|(?:tms\s)?node\s?(?:2|two|b)|tms-?0?2)`;
/** "the other TMS node doesn't work either", "node 2 fails too", "the second node has the same problem". */
const NODE_FAILS_EN = new RegExp(
  String.raw`(?<![a-z])${OTHER_NODE_EN}\s(?:(?:does\s?n[o']?t|is\s?n[o']?t|is\snot|did\s?n[o']?t)\s(?:work|working|connect)(?:\s(?:either|too|as\swell))?|(?:also\s)?(?:fails|is\sfailing|shows\sit|shows\sthe\ssame|has\sthe\ssame\s(?:problem|issue|error))(?:\s(?:too|as\swell))?|(?:is\s)?(?:also\s)?(?:broken|failing)(?:\s(?:too|as\swell))?|(?:can(?:no|')t|cannot)\sconnect(?:\s(?:either|too))?)(?![a-z])` +
    String.raw`|(?<![a-z])(?:still\s)?(?:fails|failing|broken|not\sworking|same\s(?:problem|issue|error))\s(?:on|with)\s${OTHER_NODE_EN}(?:\s(?:too|as\swell))?(?![a-z])`,
  'i',
);
const NODE_FAILS_JA =
  /(?:もう片方|もう一方|片方|(?<![\d.])[2二]\s?号機|[2二]\s?台目|セカンダリ|待機系|(?:ノード|node)\s?[2b二])\s?(?:の\s?(?:ノード|tms|サーバー?))?\s?(?:も|でも)\s?(?:同じ|ダメ|だめ|駄目|NG|ng|失敗|エラー|つなが(?:りません|らない)|繋が(?:りません|らない)|接続できません|直りません|直っていません|No HTTPS response)/i;
/**
 * The change said done on both nodes ("done on both", "on both nodes", 「両方のノードで実施済み」; QA53 #19): a node still failing
 * was not "left at Medium" as far as the user knows; its own level, restart and keys are what to check.
 */
const BOTH_DONE_EN =
  /(?<![a-z])(?:(?:done|did\sit|did\sthat|changed\sit|set\sit|applied(?:\sit)?|made\sthe\schange|set|changed)\s(?:it\s|(?:to\s)?medium[\s-]?high\s)?(?:on|for)\sboth(?:\snodes|\sservers|\sof\sthem)?|both\snodes\s(?:are\s|were\s)?(?:done|changed|set|at\smedium[\s-]?high)|(?:on|for)\sboth(?:\snodes)?\s(?:done|already))(?![a-z])/i;
const BOTH_DONE_JA = /(?:両方|両)\s?(?:の)?\s?(?:ノード|サーバー?|系|号機)\s?(?:で|とも|共)?\s?(?:も)?\s?(?:実施|設定|変更|作業|対応|適用)(?:済み|しました|した|して|済)|(?:2|二)\s?台\s?(?:とも|共)\s?(?:実施|設定|変更|作業|対応|適用)(?:済み|しました|した|して|済)/;
/** "node B still fails", "node 2 is still failing" with both said done. */
const ONLY_NODE_FAILS_EN = new RegExp(
  String.raw`(?<![a-z])${OTHER_NODE_EN}\s(?:only\s)?(?:still\s)?(?:fails|is\s(?:still\s)?failing|does\s?n[o']?t\swork|is\s(?:still\s)?(?:broken|red)|shows\s(?:still\s)?(?:the\ssame|no\shttps))(?![a-z])|(?<![a-z])only\s${OTHER_NODE_EN}\s(?:still\s)?(?:fails|is\sfailing)(?![a-z])`,
  'i',
);
/** 「ノード B だけまだ失敗します」 with both said done. */
const ONLY_NODE_FAILS_JA = /(?:もう片方|片方|(?<![\d.])[2二]\s?号機|[2二]\s?台目|セカンダリ|待機系|(?:ノード|node)\s?[2b二])\s?(?:の\s?(?:ノード|tms|サーバー?))?\s?(?:だけ|のみ)\s?(?:が|は)?\s?(?:まだ|依然)?\s?(?:同じ|ダメ|だめ|駄目|NG|ng|失敗|エラー|つなが(?:りません|らない)|繋が(?:りません|らない)|接続できません|直りません|直っていません|No HTTPS response)/i;
const NODE_CHEAP = /node|server|tms|号機|台目|片方|一方|セカンダリ|待機系|ノード/i;

/** The lab or test system named as where a change was made or seen to fail (other-machine.ts's environment words, all of them). */
const LAB_EN = String.raw`(?:${ENV_WORDS_EN}|${ENV_MORE_WORDS_EN})\s(?:tms|box|server|system|environment|env|node|instance|vm|setup)`;
const LAB_DONE_EN = new RegExp(
  String.raw`(?<![a-z])(?:done|did\sit|did\sthat|tried\s(?:it|that)|changed\sit|set\sit|applied\s(?:it|the\sfix)|made\sthe\schange|(?:set|changed)\s(?:medium|med)[\s_-]?high)(?:\s(?:first|already))?\s(?:on|in)\s(?:the\s|our\s)?${LAB_EN}(?![a-z])` +
    String.raw`|(?<![a-z])(?:the\s|our\s)?${LAB_EN}\s(?:is\s)?(?:still\s)?(?:fails|failing|not\sworking|does\s?n[o']?t\swork)(?![a-z])`,
  'i',
);
/** 「検証環境の TMS で実施しました」: the Japanese environment words, 「開発」 (a place follows) and 「試験」 (「試験環境」「試験機」). */
const LAB_DONE_JA = new RegExp(
  String.raw`(?:${ENV_WORDS_JA}|開発|試験)\s?(?:環境|系|機|用)?\s?(?:の\s?(?:tms|サーバー?))?\s?(?:で|では)\s?(?:(?:実施|作業|設定|変更|適用|試)(?:し(?:ました|た|てみました|てみた)|済み)|medium[\s-]?high\s?に\s?(?:しました|した|変更しました))`,
  'i',
);
/**
 * A failure said with it: "still failing", 「まだ失敗します」. (Without one, "we set Medium-High on the lab TMS" is left to the
 * extractor's other-server reading, which says what this server still needs.)
 */
const LAB_FAILS = /(?<![a-z])(?:still|fails?|failing|failed|not\sworking|does\s?n[o']?t\swork|did\s?n[o']?t\s(?:work|help)|no\sluck|same\s(?:error|problem))(?![a-z])|まだ|失敗|ダメ|だめ|駄目|NG|直りません|直らない|変わりません|エラー/i;
const LAB_CHEAP = /lab|test|stag|dev|uat|sandbox|demo|検証|テスト|ステージング|開発|ラボ|試験/i;

/** Not a statement: a question, a plan, a wish, a condition, or production named too. */
const NOT_A_REPORT =
  /[?？]|(?<![a-z])(?:will|going\sto|gonna|plan(?:ning)?|should|shall|could|would|can\swe|let'?s|want|if|when|once|before|after|prod|production|live)(?![a-z])|予定|つもり|しましょう|しよう|ますか|でしょうか|たら|なら|場合|本番/i;

export type OtherNodeOrLab = 'other-node' | 'both-done' | 'lab';

/** Which report the message makes, or null. */
export function otherNodeOrLabIn(s: ConversationState, text: string): OtherNodeOrLab | null {
  if (text.length > 240 || !(s.facts.tms || s.facts.endpoint)) return null;
  const t = text.normalize('NFKC');
  const node = NODE_CHEAP.test(t);
  const lab = LAB_CHEAP.test(t);
  if (!node && !lab) return null;
  if (NOT_A_REPORT.test(t)) return null;
  if (lab && (LAB_DONE_EN.test(t) || LAB_DONE_JA.test(t)) && LAB_FAILS.test(t)) return 'lab';
  // (A TMS before 15 has no Communication Security option: the per-node steps do not apply; left to the usual answer.)
  if (!node || (s.facts.tms && !tmsCanBeFixedInPlace(s.facts.tms))) return null;
  const both = BOTH_DONE_EN.test(t) || BOTH_DONE_JA.test(t);
  if (both && (NODE_FAILS_EN.test(t) || NODE_FAILS_JA.test(t) || ONLY_NODE_FAILS_EN.test(t) || ONLY_NODE_FAILS_JA.test(t))) return 'both-done';
  if (NODE_FAILS_EN.test(t) || NODE_FAILS_JA.test(t)) return 'other-node';
  return null;
}

const OTHER_NODE = L(
  'With a redundant TMS, the change is needed on each node: each one has its own Communication Security setting in TMS Tools and its own Schannel registry keys, so a node left at Medium keeps failing, and a failover to it brings the error back. On every node: check the TLS 1.2 registry keys (create them only if missing), set Communication Security to Medium-High in TMS Tools and Save (Medium-High turns Telnet and SNMP off on that node too), then restart IIS and the TMS services, or reboot if you created or changed keys. If a node already has all of that and still fails, tell me which node and what its TMS Tools shows.',
  '冗長構成の TMS では、ノードごとに変更が必要です。TMS ツールの [Communication Security] の設定も Schannel のレジストリ キーもノードごとにあるため、Medium のままのノードは失敗し続け、そのノードへフェイルオーバーするとエラーが戻ります。各ノードで次を行ってください：TLS 1.2 のレジストリ キーを確認し（ない場合だけ作成）、TMS ツールで [Communication Security] を Medium-High にして保存し（そのノードでも Telnet と SNMP は無効になります）、IIS と TMS サービスを再起動します。キーを作成または変更した場合は再起動してください。すでにすべて済んでいるのに失敗するノードがあれば、どのノードか、その TMS ツールに何が表示されているかを教えてください。',
);

const BOTH_DONE = L(
  'You say the change was made on both nodes, so this is not a node left out: that node itself needs checking, as each node has its own Communication Security setting and its own Schannel keys. On the failing node: open TMS Tools and check that Communication Security shows Medium-High after Save; check that IIS and the TMS services were restarted on that node after the change (or that it was rebooted), as the level applies only then; and check its TLS 1.2 Client key (`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client`: Enabled = 1 and DisabledByDefault = 0, or no key where the Windows release has TLS 1.2 on by default). Tell me what you find there, and which systems fail from it.',
  '両方のノードで変更済みとのことなので、変更漏れのノードではありません。ノードごとに [Communication Security] の設定と Schannel のキーがあるため、失敗しているノードそのものを確認します。そのノードで、TMS ツールを開いて保存後の [Communication Security] が Medium-High になっていること、変更後にそのノードで IIS と TMS のサービスを再起動したこと（またはノードを再起動したこと。レベルはそのときに反映されます）、TLS 1.2 の Client キー（`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client` の Enabled = 1、DisabledByDefault = 0。TLS 1.2 が既定で有効な Windows ではキーがなくても構いません）を確認してください。確認した結果と、そのノードからどのシステムが失敗するかを教えてください。',
);

const LAB = L(
  'Noted, on the lab TMS. That is not the system of this case, so I record nothing as done and the case stays as it was. A lab that still fails after the change is checked the same way (what its TMS Tools shows after Save, the restarts, and a capture of its ClientHello), but it says little about production. What does production show: has the change been made there, and do its endpoints still show "No HTTPS response"?',
  '検証環境の TMS での結果とのこと、承知しました。この件のシステムではないため、作業済みとしては記録せず、この件はこれまでのままです。変更後も検証環境で失敗する場合の確認方法は同じです（保存後の TMS ツールの表示、サービスの再起動、ClientHello のキャプチャ）が、本番について分かることは多くありません。本番ではどうなっていますか。変更は済んでいますか。エンドポイントにはまだ「No HTTPS response」が表示されていますか。',
);

/** The answer; nothing recorded, the open question kept. */
export function onOtherNodeOrLab(s: ConversationState, kind: OtherNodeOrLab): TurnResult {
  const text = kind === 'other-node' ? OTHER_NODE : kind === 'both-done' ? BOTH_DONE : LAB;
  return { state: next(s, {}), replies: [reply(s.lang, [paraFrom(text, s.lang), ...questionBlocksFor(s)])] };
}

/** The per-node paragraph alone (beside a report read as usual: 「Medium-High にしましたが、もう片方のノードもダメです」, REV22 #8). */
export function otherNodeNote(s: ConversationState, kind: OtherNodeOrLab = 'other-node'): Block {
  return paraFrom(kind === 'both-done' ? BOTH_DONE : OTHER_NODE, s.lang);
}

/** A TMS release before 15 in the message ("it is on TMS 14.6", 「そちらは TMS 14.6 です」), not an endpoint's or SQL's. */
const RELEASE = /(?<![a-z0-9.])(1[0-4]\.\d{1,2}(?:\.\d{1,2}){0,2})(?![\d.]*\d)/gi;
const NOT_TMS_BEFORE = /(?:ce|tc|roomos|ios|sql|windows|server|sp|r2|version\sof\s(?:the\s)?endpoints?)\s?v?\s?$/i;

/** The release before 15 said of the other node, or null. */
export function preFifteenNodeRelease(text: string): string | null {
  if (!/1[0-4]\./.test(text)) return null;
  const t = text.slice(0, 240).normalize('NFKC');
  for (const m of allMatches(RELEASE, t)) {
    if (!NOT_TMS_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) return m[1];
  }
  return null;
}

const PRE15_NODE = L(
  'You say that node runs TMS {r}. Before 15, TMS Tools has no Communication Security option, and adding TLS 1.2 to the registry does not help: that node keeps sending a TLS 1.0 ClientHello, so there is no Medium-High to set on it and the endpoints keep refusing it. The way out for that node is an upgrade to TMS 15.x, then the same fix on it (the TLS 1.2 registry keys, Medium-High in TMS Tools, then restart IIS and the TMS services). Until then a failover to it brings "No HTTPS response" back. I keep TMS {held} as this case\'s release; if the whole TMS is on {r}, tell me.',
  'そのノードは TMS {r} とのことですね。15 より前のリリースでは TMS ツール（TMS Tools）に [Communication Security] の設定がなく、レジストリで TLS 1.2 を有効にしても効果がありません。そのノードは TLS 1.0 の ClientHello を送り続けるため、設定できる Medium-High はなく、エンドポイントからは拒否され続けます。そのノードについては TMS 15.x へのアップグレードが必要で、そのあと同じ修正（TLS 1.2 のレジストリ キー、TMS ツールでの Medium-High、IIS と TMS サービスの再起動）を行います。それまでは、そのノードへフェイルオーバーすると「No HTTPS response」が再発します。この件の TMS のリリースは TMS {held} のままにしています。TMS 全体が {r} の場合はお知らせください。',
);

/** "the other node doesn't work either, it is on TMS 14.6" with TMS 15.x held: no Medium-High for that node; nothing recorded. */
export function onPreFifteenNode(s: ConversationState, release: string): TurnResult {
  const held = s.facts.tms?.raw ?? '15';
  const text = PRE15_NODE[s.lang].replace(/\{r\}/g, release).replace(/\{held\}/g, held);
  return { state: next(s, {}), replies: [reply(s.lang, [para(text), ...questionBlocksFor(s)])] };
}

/**
 * The engine's other-node-or-lab route: "The other TMS node doesn't work either.", 「もう片方のノードもダメです」 (the change on each
 * node), a node said to be before 15 (no Medium-High there), a level reported with it (recorded, with the per-node note), or
 * "done on the lab TMS, still failing" (the lab is not this system). `onText` reads a message as the engine does.
 */
export function onOtherNodeLine(s: ConversationState, text: string, onText: (s: ConversationState, text: string) => TurnResult): TurnResult | null {
  const kind = otherNodeOrLabIn(s, text);
  if (kind !== 'other-node' && kind !== 'both-done') return kind ? onOtherNodeOrLab(s, kind) : null;
  // (REV22 #8) "the other node doesn't work either, it is on TMS 14.6": before 15 there is no Medium-High to set on that
  // node; the case's release is kept.
  const pre15 = preFifteenNodeRelease(text);
  if (pre15) {
    // "set Medium-High, node 2 fails too, it is on 14.6": the level set (on this node) is recorded as a step done, and that node's
    // release answered after it (REV24 #6). (The release is not read as this TMS's: it is cut before the level is read.)
    const { level: said } = extractFacts(text.replace(pre15, ' ')).facts;
    const recorded = said === 'medium-high' && !s.facts.tlsClaims?.levelRaised ? onFixProgress(s, { level: true }, onText) : null;
    const [first, ...rest] = recorded?.replies ?? [];
    const note = onPreFifteenNode(s, pre15).replies[0]?.blocks[0];
    if (recorded && first && note) {
      // (Right after the step recorded, before the steps left: the node that cannot have it is said first.)
      const at = first.blocks.findIndex((b) => b.type !== 'context') + 1;
      return { ...recorded, replies: [{ ...first, blocks: [...first.blocks.slice(0, at), note, ...first.blocks.slice(at)] }, ...rest] };
    }
    return onPreFifteenNode(s, pre15);
  }
  // 「Medium-High にしましたが、もう片方のノードもダメです」: the level reported is recorded as before, with the per-node note;
  // other facts in the message ("node 2 fails too, its endpoints are on CE 11.5"): the usual reading.
  const { level, ...others } = extractFacts(text).facts;
  if (Object.keys(others).length || (level && level !== 'medium-high')) return null;
  // (The level recorded as done already: the per-node answer alone. REV23 #8)
  if (!level || s.facts.tlsClaims?.levelRaised) return onOtherNodeOrLab(s, kind);
  const recorded = onFixProgress(s, { level: true }, onText);
  const [first, ...rest] = recorded?.replies ?? [];
  if (recorded && first) return { ...recorded, replies: [{ ...first, blocks: [...first.blocks, otherNodeNote(s, kind)] }, ...rest] };
  // (REV23 #8) A question still open (the SQL Server unknown): the level read as usual, the per-node note before the question.
  const read = onFacts(s, text);
  const [head, ...tail] = read.replies;
  if (!head || read.state.facts.level !== 'medium-high') return null;
  const at = head.blocks.findIndex((b) => b.type !== 'context');
  const blocks = at < 0 ? [...head.blocks, otherNodeNote(s, kind)] : [...head.blocks.slice(0, at), otherNodeNote(s, kind), ...head.blocks.slice(at)];
  return { ...read, replies: [{ ...head, blocks }, ...tail] };
}
