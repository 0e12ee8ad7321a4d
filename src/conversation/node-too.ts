/**
 * Redundant TMS, after one node was done (QA round 27 W2):
 * - "set node 2 to Medium-High too", "node 2 is now Medium-High as well", 「2号機もMedium-Highにしました」: the other node
 *   is done too, so both nodes are at Medium-High (not "the nodes are at different levels").
 * - "still failing, it had failed over, node 2 is active", 「フェイルオーバーしてたみたいで、今は2号機がアクティブ」: the node
 *   serving now was never changed; the registry check, Medium-High and the restarts are needed there too (knowledge.md,
 *   Fix step 6: both nodes need the change, or a failover brings the error back).
 * Only when Medium-High is on record (one node done). Cheap word tests first; bounded input, linear regexes.
 */
import type { LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { actionsBlock, next, reply, paraFrom } from './compose';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

const TOO_CHEAP = /too|as\swell|also|も/i;
/** The other node named: "node 2", "the second node", "the other node", 「2号機」「2台目」「もう片方」. */
const OTHER_NODE_EN = String.raw`(?:(?:the\s)?(?:other|second|2nd|secondary|standby|passive|backup)\s(?:tms\s)?(?:node|server|tms)|node\s?(?:2|two|b)|tms0?2)`;
const NODE_TOO_EN = new RegExp(
  String.raw`(?<![a-z])(?:(?:set|changed|switched|raised|moved|put|did)\s${OTHER_NODE_EN}\s(?:to\s)?(?:medium|med)[\s_-]?high\s(?:too|as\swell)|(?:did|set|changed)\s(?:the\ssame|it)\son\s${OTHER_NODE_EN}\s(?:too|as\swell)|${OTHER_NODE_EN}\s(?:is\s|'s\s)?(?:now\s)?(?:also\s)?(?:set\s(?:to\s)?|at\s|on\s)?(?:medium|med)[\s_-]?high\s(?:now\s)?(?:too|as\swell)|${OTHER_NODE_EN}\s(?:is\s)?(?:now\s)?also\s(?:set\s(?:to\s)?|at\s|on\s)?(?:medium|med)[\s_-]?high)(?![a-z])`,
  'i',
);
const NODE_TOO_JA =
  /(?:(?<![\d.])[2二]\s?号機|[2二]\s?台目|もう片方(?:のノード)?|もう一方(?:のノード)?|セカンダリ|待機系|(?:ノード|node)\s?[2b])\s?(?:の方)?\s?も\s?(?:medium[\s-]?high|ミディアム\s?ハイ)\s?(?:に|へ)\s?(?:しました|した|変更し|設定し|上げ)/i;
/** Not done: "should I set node 2 to Medium-High too?", 「2号機もMedium-Highにしますか」. */
const NOT_DONE = /[?？]|(?<![a-z])(?:should|shall|do\si|need\sto|will|going\sto|not|n't|yet)(?![a-z])|ますか|ません|予定|これから|まだ/i;

const FAILOVER_CHEAP = /fail|フェイルオーバ|切り替|切替/i;
const FAILOVER_EN = new RegExp(String.raw`(?<![a-z])(?:failed\sover|fail-?over\s(?:happened|occurred))(?![a-z])[^.?!]{0,40}?${OTHER_NODE_EN}\s(?:is|was)\s(?:now\s)?(?:the\s)?active`, 'i');
const FAILOVER_JA = /(?:フェイルオーバー?|切り替わ|切替わ)[^。？?]{0,30}?(?:(?<![\d.])[2二]\s?号機|[2二]\s?台目|もう片方|セカンダリ|待機系|(?:ノード|node)\s?[2b])\s?(?:が|は)\s?(?:アクティブ|稼働|active)/i;

function levelRaised(s: ConversationState): boolean {
  return s.facts.level === 'medium-high' || s.facts.tlsClaims?.levelRaised === true;
}

/** Which of the two statements the message makes, or null. */
export function nodeTooIn(s: ConversationState, text: string): 'both-done' | 'failed-over' | null {
  if (text.length > 300 || !levelRaised(s)) return null;
  const t = text.normalize('NFKC');
  if (TOO_CHEAP.test(t) && (NODE_TOO_EN.test(t) || NODE_TOO_JA.test(t)) && !NOT_DONE.test(t)) return 'both-done';
  if (FAILOVER_CHEAP.test(t) && (FAILOVER_EN.test(t) || FAILOVER_JA.test(t))) return 'failed-over';
  return null;
}

const BOTH_DONE = L(
  'Noted: both nodes are at Medium-High now. That is what a redundant TMS needs (each node has its own TMS Tools setting and its own Schannel keys), so a failover no longer brings the error back. Next: check that it took effect — Force Refresh on an affected system in Systems > Navigator (it should leave "No HTTPS response"), or a capture where the ClientHello offers TLS 1.2 (0x0303). If it still fails on the active node, tell me so.',
  '記録しました：両方のノードが Medium-High になりました。冗長構成の TMS ではこれが必要です（TMS ツールの設定も Schannel のキーもノードごとにあります）。これでフェイルオーバーしてもエラーは戻りません。次は効果の確認です。[Systems] > [Navigator] で対象のシステムを Force Refresh し（「No HTTPS response」が消えるはずです）、またはキャプチャで ClientHello が TLS 1.2（0x0303）を提示していることを確かめてください。アクティブなノードでまだ失敗する場合はお知らせください。',
);
const FAILED_OVER = L(
  'That explains it: the change was made on node 1, and after the failover node 2 serves TMS. Each node has its own TMS Tools setting and its own Schannel keys, so on node 2 too: check the TLS 1.2 registry keys (create them only if missing), set Communication Security to Medium-High in TMS Tools and Save, then restart IIS and the TMS services (TMSDatabaseScannerService among them; start TMSPLCMDirectoryService if it is stopped), or reboot if you created or changed keys. Then Force Refresh the system in Systems > Navigator.',
  'それが原因と考えられます。変更したのは 1 号機で、フェイルオーバー後は 2 号機が TMS として動いています。TMS ツールの設定も Schannel のキーもノードごとにあるため、2 号機でも次を行ってください：TLS 1.2 のレジストリ キーを確認し（ない場合だけ作成）、TMS ツールで [Communication Security] を Medium-High にして保存し、IIS と TMS サービス（TMSDatabaseScannerService を含む。TMSPLCMDirectoryService が停止していれば開始）を再起動します。キーを作成または変更した場合は再起動してください。そのあと [Systems] > [Navigator] でシステムを Force Refresh してください。',
);

export function onNodeToo(s: ConversationState, kind: 'both-done' | 'failed-over'): TurnResult {
  const text = kind === 'both-done' ? BOTH_DONE : FAILED_OVER;
  const facts = kind === 'both-done' ? { ...s.facts, level: 'medium-high' as const } : s.facts;
  return { state: next(s, { facts, pending: null }), replies: [reply(s.lang, [paraFrom(text, s.lang), actionsBlock(s.lang, true)])] };
}
