/**
 * Statements that answer nothing the bot asked but say something the knowledge has a line for (knowledge.md, "What else a
 * senior engineer checks"; Caveats): "Certificate revocation check is enabled in TMS Tools", "we use automatic
 * discovery", 「SNMP で管理している機器はありません。MCU もないです」, "done on node A, node B still pending". They are
 * acknowledged with that line (nothing recorded), not read as a failed answer to the open question.
 * Pure, total; the cheap test first; a question or a long message is none.
 */
import type { LocalizedText } from '../types';
import { otherNodeSaidToWork, otherTmsSaidToWork } from './tms-servers';

export type SideStatement = 'crl-check-on' | 'crl-check-off' | 'auto-discovery-used' | 'no-snmp-systems' | 'no-telnet-systems' | 'no-telnet-snmp-systems' | 'one-node-done' | 'worked-before-upgrade' | 'some-back-no-total' | 'other-tms-works' | 'other-site-tms-works' | 'other-node-works' | 'cipher-suites-hardened';

const MAY = /revocation|crl|discover|snmp|telnet|node|before|prior|失効|自動検出|ノード|前|\d|tms|cipher|cypher|暗号|号機|台目|プライマリ|セカンダリ|稼働系|待機系|本番系|予備系/i;
/** A word ONE_NODE_MORE_* needs (a node's name). */
const ONE_NODE_GATE = /node|tms0?[12]|server|one|ノード|号機|台目|プライマリ|セカンダリ|系/i;
/**
 * The cipher suites said hardened (FIX19E, QA45 W4): "we hardened the cipher suites with IIS Crypto last month", "cipher suites
 * were restricted by GPO", 「暗号スイートは IIS Crypto で変更済みです」. Not denied ("we never changed the cipher suites"), not asked.
 */
const CIPHER_WORDS = /cipher|cypher|暗号/i;
const CIPHER_HARDENED =
  /(?<![a-z])(?:cipher|cypher)(?:[\s-]?suites?|s)\s(?:(?:were|was|are|is|have\sbeen|has\sbeen|got)\s)?(?:all\s)?(?:hardened|changed|modified|restricted|reduced|locked\sdown|tightened|trimmed|reordered|customi[sz]ed|limited)(?![a-z])|(?<![a-z])(?:hardened|changed|modified|restricted|reduced|locked\sdown|tightened|trimmed|reordered|customi[sz]ed|limited)\s(?:the\s|our\s|all\s)?(?:(?:tls|schannel|server)\s)?(?:cipher|cypher)(?:[\s-]?suites?|s)(?![a-z])|暗号(?:化)?\s?スイート\s?(?:は|を|も|が)?[^。？?]{0,30}?(?:変更|強化|制限|削減|絞り込|絞っ|無効化|カスタマイズ|調整)(?:済み|しました|されています|されました|してあります|しています|した)/i;
const CIPHER_NOT = /(?:(?<![a-z])(?:not|never|no)|n't)(?![a-z])|ません|ない|いえ/i;

const CRL_ON = /(?:revocation\scheck|crl\scheck(?:ing)?)\s(?:is\s|was\s)?(?:enabled|on|turned\son|ticked|checked)(?![a-z])|enabled?\s(?:the\s)?(?:certificate\s)?revocation\scheck|(?:失効確認|失効チェック|crl\s?チェック|revocation\scheck)\s?(?:は|が|を)?\s?(?:有効|オン)/i;
/**
 * "cert revocation check is off", "revocation checking is disabled", "we disabled the CRL check", 「証明書失効チェックは無効です」,
 * 「失効確認はオフにしています」, 「失効チェックは有効になっていません」: the check is off (then it is not what blocks HTTPS).
 */
const CRL_OFF =
  /(?:revocation\scheck(?:ing)?|crl\scheck(?:ing)?)\s(?:is\s|was\s|has\sbeen\s)?(?:(?:turned\s|switched\s)?off|disabled|not\s(?:enabled|on|ticked|checked)|unticked|unchecked)(?![a-z])|(?<![a-z])(?:disabled|turned\soff|switched\soff|unticked|unchecked)\s(?:the\s)?(?:cert(?:ificate)?\s)?(?:revocation|crl)\scheck(?:ing)?(?![a-z])|(?:失効確認|失効チェック|crl\s?チェック|revocation\scheck)\s?(?:は|が|を)?\s?(?:無効|オフ|off|有効になって(?:い)?(?:ません|ない)|有効にして(?:い)?(?:ません|ない))/i;
/**
 * The turning off denied: "we did not turn the revocation check off", "never disabled the CRL check", "it isn't off",
 * 「証明書失効チェックは無効にしていません」「オフにはしていない」 (QA37 B8). Not an off statement: the check stays on (QA38 A4).
 */
const CRL_OFF_DENIED =
  /(?:(?<![a-z])(?:not|never)|n't)\s(?:(?:yet|ever|really|actually|been)\s)?(?:turn|turned|switch|switched|disable|disabled|untick|unticked|uncheck|unchecked|off)(?![a-z])|(?:無効|オフ)\s?(?:に|には)?\s?(?:して(?:い|お)?(?:ません|ない)|しません|しない|してない|ではありません|ではない|じゃない|なって(?:い)?(?:ません|ない))/i;
/** The off statement taken back or doubted: "not sure", 「かもしれません」, 「と思います」. */
const CRL_OFF_UNSURE = /(?<![a-z])(?:not\ssure|maybe|probably|i\sthink|unless|if)(?![a-z])|かもしれ|と思|たぶん|多分|かどうか/i;
const CRL_NOT = /(?:(?<![a-z])(?:not|never|disabled|off)|n't)(?![a-z])|無効|オフ|していません|ではありません/i;
const DISCOVERY_USED = /(?<![a-z])(?:we|i)\s(?:use|rely\son|need)\s(?:the\s)?(?:automatic|auto)[\s-]?discovery|(?:automatic|auto)[\s-]?discovery\s(?:is\s)?(?:used|on|enabled)(?![a-z])|自動検出\s?(?:は|を)?\s?(?:使って(?:い)?ます|使用して(?:い)?ます|利用して(?:い)?ます|使っている|有効)/i;
const DISCOVERY_NOT = /(?:(?<![a-z])(?:not|never|no\slonger)|n't)(?![a-z])|使って(?:い)?ません|使っていない|使用して(?:い)?ません|利用して(?:い)?ません|無効/i;
/**
 * "we have no Telnet or SNMP managed devices", "no telnet/snmp-managed systems", "nothing is managed over Telnet",
 * 「Telnetで管理してる機器はないです」「Telnet や SNMP で管理している機器はありません」: which protocols the user rules out.
 * (A bare "no SNMP systems" keeps NO_SNMP's reading.)
 */
const NO_MANAGED_BY = /(?<![a-z])(?:we\s(?:have|got)\s)?(?:no|none\sof\s(?:our|the)|nothing)\s(?:(?:systems?|devices?|endpoints?|units?|codecs?)\s)?(?:are\s|is\s)?(?:(?:managed|polled)\s(?:over|via|by|with)\s)?((?:telnet|snmp)(?:\s?(?:or|and|\/|,)\s?(?:telnet|snmp))?)(?:[\s-]?(?:managed|based))?\s?(?:systems?|devices?|endpoints?|units?|codecs?)?(?![a-z])|((?:telnet|snmp)(?:\s?(?:や|と|・|\/|、|or|and)\s?(?:telnet|snmp))?)\s?(?:で|による|により|の)?\s?管理(?:して(?:い|お)?る|してる|している|の|する)?\s?(?:機器|システム|端末|装置)\s?(?:は|が|も)\s?(?:ありません|ないです|ない|いません|ございません|一台も(?:ありません|ない))/i;

const NO_SNMP = /(?<![a-z])no\s(?:systems?|devices?|endpoints?|units?)\s(?:are\s)?(?:managed\s)?(?:over|via|by)\ssnmp|nothing\s(?:is\s)?managed\s(?:over|via|by)\ssnmp|snmp\s?(?:で|により)\s?管理(?:して(?:いる|る)|している)\s?(?:機器|システム|端末)\s?(?:は|が)\s?(?:ありません|ない|いません)/i;
const ONE_NODE = /(?<![a-z])(?:done|finished|applied|changed)\son\s(?:node\s?[a-z1-9]|(?:the\s)?(?:first|primary)\snode|tms0?1)(?![a-z\d]).{0,40}(?:node\s?[a-z1-9]|(?:the\s)?(?:second|other|secondary)\s(?:node|one)|tms0?2)\s(?:is\s)?(?:still\s)?(?:pending|to\sdo|not\sdone|next|left)|ノード\s?[a-z1-9]\s?(?:は|で)\s?(?:完了|終わり|実施済み).{0,30}ノード\s?[a-z1-9]\s?(?:は)?\s?(?:まだ|これから|未実施)/i;
/**
 * More ways to say one node done and the other not (QA51 #9): "we did the fix on node A, endpoints are fine now. node B
 * untouched", "fixed node 1, node 2 not yet"; 「1号機だけ対応済みです。2号機はまだです。」「1台目は完了、2台目はこれから」.
 * The first node said done in the past (not "will be done on node A"), the second said untouched, not yet, or still to do
 * (「2号機はまだ No HTTPS response」 is a failing unit, not a node left). 号機 and 台目 also count codecs: not with an
 * endpoint named.
 */
const NODE_EN = '(?:node\\s?[a-z1-9]|(?:the\\s)?(?:first|primary|1st|second|2nd|other|secondary|standby|passive)\\s(?:tms\\s)?(?:node|server|one)|tms0?[12])(?![a-z\\d])';
const ONE_NODE_MORE_EN = new RegExp(
  `(?<![a-z])(?<!(?:will|to|gonna|should|must|would|can)\\s(?:be\\s|have\\s(?:been\\s)?)?)(?:did|done|finished|applied|changed|fixed|completed|patched)\\s(?:(?:the\\s)?(?:fix|change|changes|steps?|it|everything)\\s)?(?:(?:on|for|to)\\s)?${NODE_EN}` +
    `.{0,60}?${NODE_EN}\\s(?:is\\s|was\\s|remains\\s|stays\\s|has\\sbeen\\s)?(?:still\\s)?(?:untouched|unchanged|pending|to\\sdo|not\\s(?:done|yet|touched|changed)(?:\\syet)?|left|as\\sis)(?![a-z])`,
  'i',
);
const NODE_JA = '(?:(?:ノード|node)\\s?[a-z1-9]|[1-9一二]\\s?号機|[12一二]\\s?台目|プライマリ|セカンダリ|稼働系|待機系|本番系|予備系)';
const ONE_NODE_MORE_JA = new RegExp(
  `${NODE_JA}\\s?(?:だけ|のみ)?\\s?(?:は|で|を|が)?\\s?(?:完了|終わり|終了|対応済み?|実施済み?|作業済み?|変更済み?|設定済み?|済み|(?:対応|作業|変更|設定|実施)しました)(?!\\s?(?:して)?(?:い)?(?:ません|ない|でしょう|ですか))` +
    `.{0,40}?${NODE_JA}\\s?(?:は|が|も)?\\s?(?:まだ|これから|未実施|未対応|手つかず|そのまま|(?:まだ\\s?)?(?:触って|手を付けて|対応して|作業して|変更して)(?:い)?ません)\\s?(?:です|でした)?\\s?(?:[。.!！、,]|$)`,
  'i',
);
const ENDPOINT_NAMED = /endpoint|codec|device|エンドポイント|端末|コーデック|機器|会議室|(?<![a-z])(?:sx|mx|dx|room|desk|board)\s?\d*(?![a-z])/i;
const PLAN_OR_ASKED = /(?<![a-z])(?:will|going\sto|gonna|plan(?:ned|ning)?|tomorrow|tonight)(?![a-z])|予定|ですか|ますか|でしょうか/i;

/** One node said done and the other not, in the forms ONE_NODE does not read. */
function oneNodeMoreIn(t: string): boolean {
  if (PLAN_OR_ASKED.test(t)) return false;
  if (ONE_NODE_MORE_EN.test(t)) return true;
  return /号機|台目/.test(t) && ENDPOINT_NAMED.test(t) ? false : ONE_NODE_MORE_JA.test(t);
}

/**
 * "it worked fine before the upgrade", "before the upgrade it worked", 「アップグレード前は動いていました」: how it was
 * then (the problem's own story: it appears after the endpoints' upgrade), not a closing.
 */
const WORKED_BEFORE =
  /(?<![a-z])(?:it|they|everything|all|tms|the\s(?:endpoints|systems|codecs))\s(?:all\s)?(?:worked|was\sworking|were\sworking|used\sto\swork)(?:\s(?:fine|ok|okay|well|perfectly))?(?:\s(?:on|with)\s(?:tc|ce|roomos)\s?v?\d{1,2}(?:\.\d{1,3}){0,3})?\s(?:before|prior\sto|until)\s(?:the\s|our\s|we\s|they\s)?(?:upgrade|update|upgraded|updated|upgrading|updating|ce|roomos|tc)|(?<![a-z])(?:before|prior\sto|until)\s(?:the\s|our\s)?(?:upgrade|update|upgrading|updating)[,\s]+(?:it|they|everything|all)\s(?:all\s)?(?:worked|was\sworking|were\sworking)(?![a-z])|(?:アップグレード|バージョンアップ|更新)(?:する)?前は[^。]{0,20}(?:動いて(?:い)?ました|動いていた|正常(?:でした|に動作して(?:い)?ました)|問題(?:ありませんでした|なかった))/i;
const WORKS_NOW_TOO = /(?<![a-z])(?:now|again|works|is\sworking|are\sworking)(?![a-z])|今は|現在は?|また|再び/i;
/**
 * A count of the systems back without its total, or a number that may be a date: "7 came back", 「7台復旧しました」,
 * 「7/10 に復旧しました」 (restored on July 10, or 7 of 10). Whether all are back is asked (not closed, not taken as a part).
 */
const BACK_NO_TOTAL =
  /^(?:ok(?:ay)?,?\s|so,?\s)?(?<![\d./])\d{1,5}\s(?:(?:of\s)?(?:them|the\s(?:endpoints|systems|codecs))\s|(?:endpoints?|systems?|codecs?)\s)?(?:have\s|are\s)?(?:now\s)?(?:came\sback|come\sback|recovered|back|ok|okay|fine|working|green)(?:\s(?:now|again))?[\s.!]*$|(?<![\d./中内全])\d{1,5}\s?台\s?(?:が|は|とも|も)?\s?(?:復旧|直り|直っ|正常に|動き|動くよう|動作するよう)|(?<![\d./])\d{1,5}\s?\/\s?\d{1,5}(?![\d./])\s?(?:に|で)\s?(?:復旧|直り|直っ|正常に|動き|動くよう)/i;
const BACK_NOT = /(?:(?<![a-z])(?:not|never|still|fail\w*|but)|n't)(?![a-z])|ません|ない|まだ|失敗|エラー|けど|が、|中|のうち|の内/i;

/**
 * The answer to the 'some-back-no-total' ask ("do all the systems … work now, or do some still fail?"): 'all' for
 * "yes", "yes, all of them", "the other 3 came back too", 「全部です」「はい、全台です」「残りの3台も復旧しました」;
 * 'some' for "no", "only those", "not all", "3 still fail", 「いいえ」「その7台だけです」「まだ3台失敗しています」; else null
 * (read as usual). A "no" or a failure word anywhere wins over "all" ("yes, but 3 still fail" is 'some').
 */
const ANSWER_SOME =
  /^(?:no|nope|nah|not\s(?:all|yet|quite|really|every)|only|just)(?![a-z])|(?<![a-z])(?:still|fail\w*|red|not\sall|only|just\s(?:those|these|them|the\s\d)|but|except)(?![a-z])|^(?:いいえ|いえ|いや)|だけ|のみ|まだ|失敗|エラー|全部ではありません|全台ではありません|全部ではない|一部/;
const ANSWER_ALL =
  /^(?:(?:yes|yeah|yep|yup|correct|right|indeed|confirmed)(?:[,.!\s]+|$))?(?:(?:all|every)(?:\s(?:\d{1,5}|of\s(?:them|the\s[a-z-]+|those)|(?:the\s)?(?:endpoints|systems|codecs)|one|thing))?|everything|everyone|they\sall|all\sgood|all\sback|all\sgreen)?(?:\s(?:are\s|is\s|have\s)?(?:now\s)?(?:work(?:s|ing)?|back|green|fine|ok|okay|came\sback|recovered|good))?(?:\s(?:now|too|as\swell))?[.!\s]*$|^(?:the\s)?(?:other|remaining|last|rest\sof\sthe)\s(?:\d{1,5}\s)?(?:ones?\s|endpoints?\s|systems?\s|codecs?\s)?(?:are\s|is\s|have\s|has\s)?(?:now\s)?(?:back|came\sback|come\sback|recovered|work(?:s|ing)?|fine|green|ok)(?:\s(?:too|as\swell|now))*[.!\s]*$|^(?:はい|ええ|うん)?[、,。\s]*(?:全部|全て|すべて|全台|全\s?\d{1,5}\s?台|\d{1,5}\s?台全部)?\s?(?:です|でした|とも)?\s?(?:(?:が|とも|も)?\s?(?:復旧しました|直りました|動いています|動きました|正常です|緑です|ok\sです|問題ありません))?[。.!！\s]*$|^残り(?:の)?\s?(?:\d{1,5}\s?台)?\s?(?:も|が)\s?(?:復旧|直り|直っ|動い|動き|正常|緑)/i;

/** The answer to the "are all of them back?" ask, or null (see ANSWER_SOME). */
export function allBackAnswerIn(text: string): 'all' | 'some' | null {
  const t = text.normalize('NFKC').trim().toLowerCase();
  if (t.length === 0 || t.length > 60 || /[?？]/.test(t)) return null;
  if (ANSWER_SOME.test(t)) return 'some';
  // Not a bare word left empty by ANSWER_ALL's optional parts: something must say yes or all.
  if (!/yes|yeah|yep|yup|correct|right|indeed|confirmed|all|every|other|remaining|last|rest|はい|ええ|うん|全|すべて|残り/.test(t)) return null;
  return ANSWER_ALL.test(t) ? 'all' : null;
}

/** An endpoint release with its family word. */
const RELEASE = /(?<![a-z])(?:tc|ce|roomos|room\s?os)\s?v?\d{1,2}(?:\.\d{1,3}){0,3}(?![\d.])/gi;
/** Right before a release: it is the upgrade's target ("upgrade to CE 9.15", "→ CE 9.15"). */
const TARGET_BEFORE = /(?<![a-z])(?:to|into)\s$|(?:->|→)\s?$/i;
/** Right after a release: it is the upgrade's target (「CE9.15 にアップグレード」「CE9.15 へ更新」). */
const TARGET_AFTER = /^\s?(?:に|へ)\s?(?:アップグレード|バージョンアップ|アップデート|更新|上げ|移行)/;

/**
 * In a 'worked-before-upgrade' statement, the one release named that is not the upgrade's target ("it worked on TC 7.3.3
 * before the upgrade", 「TC7.3.3 の頃は、アップグレード前は動いていました」): the release the endpoints ran before, not
 * the one they run now. Null when there is none, or more than one.
 */
export function releaseBeforeUpgrade(text: string): { start: number; end: number; family: string } | null {
  const t = text.slice(0, 200);
  let found: { start: number; end: number; family: string } | null = null;
  RELEASE.lastIndex = 0;
  for (let m = RELEASE.exec(t); m; m = RELEASE.exec(t)) {
    const start = m.index;
    const end = start + m[0].length;
    if (TARGET_BEFORE.test(t.slice(Math.max(0, start - 8), start)) || TARGET_AFTER.test(t.slice(end, end + 12))) continue;
    if (found) return null;
    found = { start, end, family: /^tc/i.test(m[0]) ? 'TC' : 'other' };
  }
  return found;
}

/**
 * A word each of CRL_OFF, CRL_ON, ONE_NODE, NO_SNMP, DISCOVERY_USED and WORKED_BEFORE needs (one required literal of each
 * of their alternatives): revocation/crl/失効; "done on", "finished on", "applied on", "changed on"/ノード; snmp;
 * discovery/自動検出; before/prior/until/前は. Without any, none of the six can match (checked over every grid message by
 * test/conversation/r16-reader-gates.test.ts).
 */
export const SIDE_WORDS = /revocation|crl|失効|(?:done|finished|applied|changed)\son\s|ノード|snmp|discovery|自動検出|before|prior|until|前は/i;

/** The gate with the patterns it stands for (for the gates' test). */
export const SIDE_STATEMENT_GATES: readonly (readonly [RegExp, readonly RegExp[]])[] = [[SIDE_WORDS, [CRL_OFF, CRL_ON, ONE_NODE, NO_SNMP, DISCOVERY_USED, WORKED_BEFORE]]];

/** The other server placed at another site ("at site B", "the other site's TMS", 「別拠点の」「拠点Bの」). */
const OTHER_SITE = /(?<![a-z])(?:sites?|offices?|branch(?:es)?|locations?|datacenters?|campus)(?![a-z])|拠点|サイト|支社|支店|事業所/i;

/** The statement read, or null. */
export function sideStatementIn(text: string): SideStatement | null {
  if (text.length > 200 || !MAY.test(text) || /[?？]/.test(text)) return null;
  let t = text;
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  // (One word test for six of the readers below: most messages name none of their words, and one pattern run costs less
  // than six, above all in the app, where their compiled code is out of the CPU caches by the next turn.)
  const sideWords = SIDE_WORDS.test(t);
  // (Off first: 「失効チェックは有効になっていません」 holds the words of "on".)
  // A denied turning-off ("we did not turn it off", 「無効にしていません」) says the check stays on: noted as on (QA38 A4).
  if (sideWords && CRL_OFF.test(t)) return CRL_OFF_UNSURE.test(t) ? null : CRL_OFF_DENIED.test(t) ? 'crl-check-on' : 'crl-check-off';
  if (sideWords && CRL_ON.test(t) && !CRL_NOT.test(t.replace(CRL_ON, ' '))) return 'crl-check-on';
  if (sideWords && ONE_NODE.test(t)) return 'one-node-done';
  if (ONE_NODE_GATE.test(t) && oneNodeMoreIn(t)) return 'one-node-done';
  // ("the other TMS works fine", 「もう一台のTMSは問題ない」: the reader of tms-servers.ts; never a question.)
  // ("the other TMS at site B works fine", 「別拠点の TMS は正常です」: a server at another site, most likely its own installation.)
  if (otherTmsSaidToWork(t)) return OTHER_SITE.test(t) ? 'other-site-tms-works' : 'other-tms-works';
  // ("The other TMS node works fine.", 「もう一方のノードは問題ありません」: a redundant pair's node, not another server.)
  if (otherNodeSaidToWork(t)) return 'other-node-works';
  // (Telnet named: which of the two is ruled out decides the line; checked before NO_SNMP, which would read "…SNMP で管理している機器はありません" alone.)
  const none = /telnet/i.test(t) ? NO_MANAGED_BY.exec(t) : null;
  if (none) {
    const named = (none[1] ?? none[2] ?? '').toLowerCase();
    const telnet = named.includes('telnet');
    const snmp = named.includes('snmp');
    return telnet && snmp ? 'no-telnet-snmp-systems' : telnet ? 'no-telnet-systems' : 'no-snmp-systems';
  }
  if (sideWords && NO_SNMP.test(t)) return 'no-snmp-systems';
  if (sideWords && DISCOVERY_USED.test(t) && !DISCOVERY_NOT.test(t.replace(DISCOVERY_USED, ' '))) return 'auto-discovery-used';
  if (sideWords && WORKED_BEFORE.test(t) && !WORKS_NOW_TOO.test(t.replace(WORKED_BEFORE, ' '))) return 'worked-before-upgrade';
  if (/\d/.test(t) && BACK_NO_TOTAL.test(t.trim()) && !BACK_NOT.test(t)) return 'some-back-no-total';
  if (CIPHER_WORDS.test(t) && CIPHER_HARDENED.test(t) && !CIPHER_NOT.test(t)) return 'cipher-suites-hardened';
  return null;
}

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** The acknowledgement, with the knowledge's line for it. */
export const SIDE_STATEMENT_TEXT: Record<SideStatement, LocalizedText> = {
  'crl-check-on': L(
    'Noted: "Enable Certificate Revocation Check" is on in TMS Tools. With it on, HTTPS to a system fails when the TMS server cannot reach the CRL distribution point of its certificate, even at TLS 1.2 (Cisco). So check that the TMS server reaches that CRL point; if it cannot, that alone can keep systems at "No HTTPS response".',
    '承知しました。TMS Tools で [Enable Certificate Revocation Check] が有効とのことですね。これが有効だと、TMS サーバが証明書の CRL 配布ポイントに届かない場合、TLS 1.2 でもそのシステムへの HTTPS が失敗します（Cisco）。TMS サーバからその CRL 配布ポイントに届くかを確認してください。届かなければ、それだけで「No HTTPS response」が続くことがあります。',
  ),
  'crl-check-off': L(
    'Noted: "Enable Certificate Revocation Check" is off in TMS Tools. Then an unreachable CRL distribution point is not what blocks HTTPS here, so that check can be left aside; the answer above stands.',
    '承知しました。TMS Tools で [Enable Certificate Revocation Check] は無効とのことですね。それなら、CRL 配布ポイントに届かないことが HTTPS を妨げているわけではないので、この点は確認不要です。上の回答は変わりません。',
  ),
  'auto-discovery-used': L(
    'Noted: you use automatic discovery. Medium-High turns SNMP off in TMS, and with SNMP off TMS stops discovering systems automatically: MCUs and similar systems must then be added by hand as "Non-SNMP" (Cisco TMS Administrator Guide). Plan for that before raising the level.',
    '承知しました。自動検出を使っているとのことですね。Medium-High にすると TMS の SNMP が無効になり、SNMP が無効だと TMS はシステムを自動で検出しなくなります。MCU などのシステムは「Non-SNMP」として手動で追加する必要があります（Cisco TMS 管理者ガイド）。レベルを上げる前に、その運用を決めておいてください。',
  ),
  'no-snmp-systems': L(
    'Noted: no systems are managed over SNMP. Then the Telnet/SNMP part of Medium-High costs you no managed system. One effect remains: with SNMP off, TMS no longer discovers systems automatically; new systems (MCUs and similar as "Non-SNMP") are then added by hand.',
    '承知しました。SNMP で管理している機器はないとのことですね。それなら、Medium-High で Telnet と SNMP が無効になっても、管理できなくなるシステムはありません。ただし 1 点残ります。SNMP が無効だと TMS はシステムを自動で検出しなくなるので、新しいシステム（MCU などは「Non-SNMP」として）は手動で追加することになります。',
  ),
  'no-telnet-systems': L(
    'Noted: no systems are managed over Telnet. Medium-High turns SNMP off too: if none is managed over SNMP either, the change costs you no managed system; one effect remains either way: with SNMP off, TMS no longer discovers systems automatically (new MCUs and similar are added by hand as "Non-SNMP").',
    '承知しました。Telnet で管理している機器はないとのことですね。Medium-High では SNMP も無効になります。SNMP で管理している機器もなければ、管理できなくなるシステムはありません。どちらの場合も 1 点残ります。SNMP が無効だと TMS はシステムを自動で検出しなくなるので、新しいシステム（MCU などは「Non-SNMP」として）は手動で追加することになります。',
  ),
  'no-telnet-snmp-systems': L(
    'Noted: no systems are managed over Telnet or SNMP. Then the Telnet/SNMP part of Medium-High costs you no managed system. One effect remains: with SNMP off, TMS no longer discovers systems automatically; new systems (MCUs and similar as "Non-SNMP") are then added by hand.',
    '承知しました。Telnet や SNMP で管理している機器はないとのことですね。それなら、Medium-High で Telnet と SNMP が無効になっても、管理できなくなるシステムはありません。ただし 1 点残ります。SNMP が無効だと TMS はシステムを自動で検出しなくなるので、新しいシステム（MCU などは「Non-SNMP」として）は手動で追加することになります。',
  ),
  'worked-before-upgrade': L(
    'Noted: it worked before the upgrade. That is this problem\'s usual story: it appears after the endpoints\' software is upgraded, since TC 7.3.6 and later and CE 8.1.0 and later no longer accept TLS 1.0. So the answer above stands; tell me how the endpoints look once the fix is applied.',
    '承知しました。アップグレード前は動いていたとのことですね。この問題によくある経緯です。TC 7.3.6 以降と CE 8.1.0 以降は TLS 1.0 を受け付けないため、エンドポイントのソフトウェアをアップグレードしたあとにこの症状が出ます。上の回答は変わりません。対処を終えたら、エンドポイントの状態を教えてください。',
  ),
  'some-back-no-total': L(
    'Good that systems are coming back. From that number alone I cannot tell whether all of them are: do all the systems that showed "No HTTPS response" work now, or do some still fail? If some still fail, tell me which ones.',
    '復旧が進んでいるとのこと、よかったです。ただ、その数字だけでは全台が復旧したのか分かりません。「No HTTPS response」が出ていたシステムはすべて動いていますか。まだ失敗しているものがあれば、どのシステムか教えてください。',
  ),
  'other-tms-works': L(
    'Noted: the other TMS server works. This answer is only for the TMS that fails; leave the working server\'s settings as they are (raising it to Medium-High would turn its Telnet and SNMP off for nothing). If it is the other node of a redundant TMS, that is different: both nodes need the change, or a failover brings the error back.',
    '承知しました。もう一方の TMS サーバは問題なく動いているとのことですね。この回答は問題が出ている TMS についてのものです。動いているサーバの設定はそのままにしてください（Medium-High に上げると、必要もないのにそのサーバの Telnet と SNMP が無効になります）。ただし、冗長構成の TMS のもう一方のノードであれば話は別で、両方のノードに変更が必要です。そうしないと、フェイルオーバーでエラーが再発します。',
  ),
  'other-site-tms-works': L(
    'Noted: the TMS at the other site works. This answer is only for the TMS that fails; leave the working server\'s settings as they are (raising it to Medium-High would turn its Telnet and SNMP off for nothing). It is a useful comparison: if it manages endpoints on the same releases as the failing ones over HTTPS, something there lets them talk, so compare its Communication Security level in TMS Tools (Medium offers only TLS 1.0) and those endpoints\' `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` with this site\'s. If its endpoints run TC 7.3.5 or earlier or CE 8.0.x, they still accept TLS 1.0, so it works even at Medium and the comparison says nothing. Only if it is in fact the other node of this TMS (a redundant pair) does it need the same change.',
    '承知しました。別の拠点の TMS は問題なく動いているとのことですね。この回答は問題が出ている TMS についてのものです。動いているサーバの設定はそのままにしてください（Medium-High に上げると、必要もないのにそのサーバの Telnet と SNMP が無効になります）。比較の材料としては役に立ちます。そのサーバが、失敗しているものと同じリリースのエンドポイントを HTTPS で管理しているなら、通信できている理由がそちらにあります。TMS ツールの [Communication Security] のレベル（Medium では TLS 1.0 しか提示しません）と、そのエンドポイントの `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` を、こちらの拠点と比べてください。そのエンドポイントが TC 7.3.5 以前か CE 8.0.x なら、まだ TLS 1.0 を受け付けるので Medium のままでも動き、比べても手がかりになりません。そのサーバが実はこの TMS の冗長構成のもう一方のノードである場合に限り、同じ変更が必要です。',
  ),
  'other-node-works': L(
    'Noted: the other node works. Both nodes of a redundant TMS need the registry and TMS Tools changes: check that node\'s settings too and bring it to the same state, or a failover to it brings "No HTTPS response" back.',
    '承知しました。もう一方のノードは動いているとのことですね。冗長構成の TMS では、レジストリと TMS Tools の変更が両方のノードに必要です。そのノードの設定も確認して同じ状態にそろえてください。そろえないと、そのノードへフェイルオーバーしたときに「No HTTPS response」が再発します。',
  ),
  'cipher-suites-hardened': L(
    'Noted: the cipher suites were hardened (a GPO or IIS Crypto). That check comes once TMS offers TLS 1.2: if the server and an endpoint are left with no cipher suite in common, the endpoint answers the TLS 1.2 hello with alert 40 or a reset, and the Schannel events 36871, 36874 or 36888 show it on the TMS server. While TMS still offers TLS 1.0 (0x0301), the TLS 1.2 change comes first. If IIS Crypto\'s "Best Practices" template was used, it also turned SSL 3.0 and TLS 1.0 off, which matters if SQL Server 2008 R2 runs on the TMS server. Do not undo the hardening on a guess; find out who applied it first (a GPO writes its values back).',
    '承知しました。暗号スイートが強化されている（GPO または IIS Crypto）とのことですね。これを確認するのは、TMS が TLS 1.2 を提示するようになってからです。サーバとエンドポイントに共通の暗号スイートがないと、エンドポイントは TLS 1.2 の hello にアラート 40 か RST で応え、TMS サーバには Schannel のイベント 36871、36874、36888 が記録されます。TMS がまだ TLS 1.0（0x0301）を提示しているなら、先に TLS 1.2 への変更を行ってください。IIS Crypto の「Best Practices」テンプレートを使った場合は SSL 3.0 と TLS 1.0 も無効になっており、TMS サーバ上に SQL Server 2008 R2 がある場合はそれが問題になります。推測で強化を元に戻さず、まず誰が適用したかを確認してください（GPO は値を書き戻します）。',
  ),
  'one-node-done': L(
    'Noted: one node done, the other still to do. Both nodes need the registry and the TMS Tools changes; until the second one has them, a failover to it brings "No HTTPS response" back.',
    '承知しました。一方のノードは完了し、もう一方はこれからとのことですね。レジストリと TMS Tools の変更は両方のノードに必要です。2 台目に反映するまでは、そちらにフェイルオーバーすると「No HTTPS response」が再発します。',
  ),
};
