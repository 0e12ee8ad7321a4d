/**
 * What the user says was already done to the TMS server's protocols: "we already disabled TLS 1.0
 * on the TMS server", "TLS 1.2 is already enabled in the registry", 「TLS1.2は既にレジストリで有効化済み」,
 * "we applied IIS Crypto's Best Practices". These are claims, not evidence: the diagnosis
 * acknowledges them and says what to check (src/domain/knowledge/claims.ts).
 *
 * How a clause is read:
 * - only clauses that state (not a question, a plan, a hypothesis, a quote or a past value);
 * - a clause about the endpoints' or the SQL server's own TLS ("we disabled TLS 1.0 on the codecs")
 *   is not about the TMS server: skipped;
 * - each protocol named (TLS 1.0, 1.1, 1.2, SSL 3.0; "TLS 1.0 and 1.1" names two) takes the verb
 *   right before it ("disabled TLS 1.0") or, failing that, the first verb after it ("TLS 1.2 is
 *   already enabled", 「TLS1.0を無効化済み」); a protocol without a verb joined to its neighbour by
 *   "and" takes the neighbour's ("SSL 3.0 and TLS 1.0 are disabled");
 * - a negation flips it ("TLS 1.0 is not disabled", 「まだ無効にしていません」 → still on);
 * - "the registry part is done" / 「レジストリは設定済み」 means TLS 1.2 on (the registry step of the fix);
 * - later statements win.
 * Pure, total, linear: every regex is built once and bounded; a text without "tls", "ssl", "iis" or
 * "registry"/レジストリ costs one test.
 */
import { tls12RegApplied, withoutRegPurpose } from './reg-purpose';
import type { TlsClaims } from '../types';
import { ASKS_WHETHER, classifyClause, JA_NARRATIVE, sentencesOf, statesInQuestion } from './clauses';
import { ENDPOINT_SUBJECT_ADVERBS_EN, ENDPOINT_SUBJECT_EN, ENDPOINT_SUBJECT_JA } from './endpoint-subject';
import { allMatches } from './fast-regex';
import { saysSqlDown } from './sql-down';
import { AGE_WORDS_EN, ELSE_WORDS_EN, ELSE_WORDS_JA, ENV_WORDS_EN, SERVER_NOUNS_EN, wordsBut } from './other-machine';
import { otherServerDoneOn } from './step-list-framed';
import { aboutThirdParty } from './third-party';
import { checkboxClaims } from './iis-crypto-boxes';

/** The cheap test first: nothing below can match without one of these. */
const MAY_CLAIM = /tls|ssl|iis|regist|レジストリ|key|キー/i;

const CLAUSE_SPLIT = /[,;、。，；!?！？\n\r]+|\.(?=\s|$)|\s(?:but|however|though|whereas)\s|しかし|ただし|けど|が、/i;

/** A protocol named: "TLS 1.0", "tls1.2", "TLSv1", "TLS10", "SSL 3.0", "SSLv3". */
const PROTO = /(?<![a-z])(tls|ssl)\s?v?\s?(1\.[0-3]|1[0-3]|[23]\.0|[123])(?![\d.])/gi;
/** "… and 1.1", "/1.1", "・1.1" right after a protocol: one more of the same family. */
const MORE = /^\s?(?:and|&|\/|,|\+|or|と|、|・)\s?(1\.[0-3]|[23]\.0)(?![\d.])/i;

type Proto = 'tls10' | 'tls11' | 'tls12' | 'ssl3';

function protoOf(family: string, v: string): Proto | null {
  const f = family.toLowerCase();
  if (f === 'ssl') return v === '3.0' || v === '3' ? 'ssl3' : null;
  if (v === '1.0' || v === '10' || v === '1') return 'tls10';
  if (v === '1.1' || v === '11') return 'tls11';
  if (v === '1.2' || v === '12') return 'tls12';
  return null;
}

/** Verbs, with the state they give. English past forms (a base form only after a negation: "didn't disable"). */
// ("unticked/unchecked/deselected": IIS Crypto's protocol check boxes, QA37 B1.)
const OFF_EN = "disabled|turned\\s?off|switched\\s?off|shut\\s?off|removed|killed|blocked|deactivated|dropped|un-?ticked|unchecked|de-?selected|(?:is|are|was|were|now|already|all|both|also)\\soff(?![a-z])";
/** "is on" only as a state ("TLS 1.0 is still on", "… is on again"), not "TLS 1.0 is on the checklist". */
const ON_EN = "re-?enabled|enabled|turned\\s?on|back\\son(?![a-z])|switched\\s?on|activated|allowed|added|created|(?:is|are|was|were|now|already|all|both|also|still)\\son(?=\\s*$|\\s?[,.;)]|\\s(?:again|now|too|as\\swell|by\\sdefault|for\\s(?:both|client|server|the\\sclient|the\\sserver))(?![a-z]))|in\\splace|active";
const OFF_BASE = 'disable|turn\\s?off|switch\\s?off|remove|block|deactivate';
const ON_BASE = 'enable|turn\\s?on|switch\\s?on|add|activate';
const NEG_EN = "(?<![a-z])(?:not|never|no\\slonger)|n't";

/** Right before the protocol: "disabled TLS 1.0", "haven't disabled TLS 1.0", "enabled the TLS 1.2". */
const VERB_BEFORE = new RegExp(`(?:(${NEG_EN})\\s(?:yet\\s|even\\s|ever\\s)?)?(?<![a-z])(?:(${OFF_EN}|${OFF_BASE})|(${ON_EN}|${ON_BASE}))\\s(?:the\\s|both\\s|all\\s|also\\s)?(?:keys?\\sfor\\s)?$`, 'i');
/** "took TLS 1.0 out (of the allowed protocols)", "pulled TLS 1.0 off the list"; "did not take … out" says it stays. */
const TAKEN_OUT_BEFORE = /(?<![a-z])(?:took|taken|take|pulled|pull|got)\s(?:the\s)?$/i;
const TAKEN_OUT_AFTER = /^\s?(?:out|off)(?![a-z])/i;
const NEG_BEFORE_TAKEN = /(?:(?<![a-z])(?:not|never)|n't)\s(?:yet\s)?(?:take|pull|taken|pulled)\s(?:the\s)?$/i;
/** After the protocol (within its window): the first verb, and a negation before it. */
const VERB_AFTER_EN = new RegExp(`(?<![a-z])(?:(${OFF_EN})|(${ON_EN}))(?![a-z])`, 'i');
const NEG_BEFORE_VERB_EN = new RegExp(`(?:${NEG_EN})(?![a-z])`, 'i');
/** "TLS 1.2 on", "TLS 1.0: off": the state alone after the protocol. */
const BARE_STATE = /^\s?[:=]?\s?(on|off|enabled|disabled)\s*$/i;
/** Japanese: the verb, then a state ending (済み, しました, しています, です…) or the end of the clause. */
// (「TLS1.0 を外しました」「TLS1.0のチェックを外しました」: taken out of the allowed protocols, QA37 B1.)
const VERB_AFTER_JA = /(無効|オフ|停止|廃止|削除|外し|disable)|(有効|オン|許可|追加|作成|設定(?=済|しま|して(?:あ|い|お))|enable)/i;
// (「無効にしてもらえた」「してもらった」「してくれた」「していただいた」: done by someone else, R44C.)
// (「無効にしておきます」「しておく」: a plan, not 「しておきました」, QA49 F2.)
const JA_DONE = /^[^。]{0,6}?(?:済|した|して(?:い|お(?!き(?:ます|ましょう)|く|こう)|あ|る|もら(?:え|っ)た|もらえまし|もらいまし|くれ(?:た|まし)|いただ(?:け|い)た|いただ(?:け|き)まし|頂(?:け|い)た)|になって|になった|されて|された|です|だ(?![め])|のまま|化\s*$|\s*$|にな(?:って)?る)/;
/** The plain polite present or an intention right after the verb, ending the clause: 「無効化します」「無効にしておきます」「有効にする予定」. */
const JA_PLAN_END = /^\s?(?:に|化)?\s?(?:します|する(?:予定|つもり)?|して\s?おき(?:ます|ましょう)|しておく|しとき?ます|しとく|しちゃいます|しましょう|しよう)\s?(?:ね|よ)?\s*[。.!！]?\s*(?:です\s*[。.!！]?\s*)?$/;
/** 「無効にするように GPO を設定しました」「無効にする GPO を適用済み」: a policy or setting made to that end, and done. */
/**
 * 「有効に戻して再起動しました」「無効にしてサーバを再起動しました」: the て-form, and the clause ends as a thing done. (Not 「有効にしても…」,
 * nor an ending that is a question or a negation: 「…しませんでした」 ends otherwise.)
 */
const JA_TE_THEN_DONE = /^\s?に\s?(?:戻し|し)て(?!も|は|い(?:な|ま)|な|お?く)[^。？?]{0,24}?(?:ました|済みです|済み)\s*[。.!！]?\s*$/;
const JA_SET_UP_TO = /^\s?に\s?する(?:よう(?:に)?)?\s?[^。]{0,30}?(?:設定|変更|適用|構成|配布|作成)(?:しました|した(?!ら|い)|済|してあ|してい(?!な|ませ)|されてい(?!な|ませ))/;
/**
 * 「TLS 1.0 を無効にしてから SQL Server が起動しません」「TLS 1.0を無効にしてからSQLが起動しなくなりました」 (QA48 #6): the て-form with から
 * (or 以来) and no 読点, the rest of the clause telling what has happened since, as JA_NARRATIVE reads たら: the change was made.
 * Not a plan or a request (「無効にしてから再起動してください」「…Medium-High にします」), nor a question (its clause is asked).
 */
const JA_TE_KARA_SINCE =
  /^\s?に\s?(?:戻し|し)て(?:から|以来)(?:は)?[^。？?]{1,60}?(?:ました|でした|なった|(?:でき|つながり|動き|起動し|起動でき|接続でき)ません|(?:起動し|起動でき|接続でき|動か|つながら)(?:ない|なく)(?:[のん]?です|んだ|なった|なりました)?)\s*[。！!]?\s*$/;
const JA_NEG = /(?:してい|されてい|になってい|にしてい|になってな|してな|されてな|になら|にし)(?:ない|ません)|ではな|じゃな|(?:して|されて)(?:いない|いません|ない|ません)|ていない|ていません|まだ(?!.{0,8}(?:済|した))/;

/** The TLS of the endpoints or of the SQL server, not of the TMS server. */
const OTHER_PLACE =
  /(?<![a-z])(?:on|for|at|in)\s(?:the\s|all\s|our\s|every\s|each\s)?(?:endpoints?|codecs?|devices?|video\s?systems?|rooms?|boards?|room\s?kits?|sx\d{2,3}s?|mx\d{3}s?|sql(?:\s?server)?|db|database)(?![a-z])|(?:エンドポイント|端末|コーデック|sql\s?サーバ|dbサーバ|データベースサーバ)(?:側|で|では|に|の設定)/i;
const TMS_PLACE = /tms|サーバ|server/i;
/**
 * The endpoint's own TLS, said of it as a TLS peer: "the codec accepts TLS 1.0", "that one says it accepts tls 1.0",
 * "the endpoint still supports TLS 1.0", 「コーデックが TLS1.0 を受け付けてる」「端末は TLS1.0 が有効」 (often about a probe's
 * result): what the endpoint does, not the TMS server's Schannel (unless the clause names the TMS server).
 */
const ENDPOINT_TLS =
  new RegExp(String.raw`(?<![a-z])(?:${ENDPOINT_SUBJECT_EN}|boards?)\s(?:${ENDPOINT_SUBJECT_ADVERBS_EN})*(?:accepts?|supports?|allows?|negotiates?|speaks?|answers?|offers?|has|have|had|is\s(?:still\s)?(?:accepting|allowing|on)|are\s(?:still\s)?(?:accepting|allowing)|does)(?![a-z])|(?<![a-z])(?:it|they)\s(?:still\s|also\s|actually\s|apparently\s)*(?:accepts?|supports?|negotiates?|speaks?|answers?|is\saccepting)(?![a-z])|(?:${ENDPOINT_SUBJECT_JA})(?:側)?\s?(?:が|は|も|で|では|って)|(?:${ENDPOINT_SUBJECT_JA})(?:側)?\s?の\s?(?:tls|ssl)|受け付け|受けつけ|受け入れ|受理`, 'i');

/**
 * After a clause about the endpoints' or the SQL server's own TLS, the TMS server's state said with no protocol
 * named: "TLS 1.0 is disabled on the codecs, enabled on the server", "…, the server side is enabled",
 * 「コーデックのTLS1.0は無効、サーバ側は有効」. Anchored at the clause's start; group 1/3 off, group 2/4 on.
 */
const SERVER_SIDE_EN =
  /^\s*(?:and\s|while\s)?(?:(?:it's\s|it\sis\s|is\s|still\s|but\s)*(?:(disabled|off)|(enabled|on))\s(?:on|for|at)\s(?:the\s)?(?:tms\s)?server(?:\sside)?|(?:on\s)?(?:the\s)?(?:tms\s)?server(?:\sside|'s)?\s(?:is\s|has\sit\s|it's\s|still\s)*(?:(disabled|off)|(enabled|on)))(?:\s(?:too|again|still|by\sdefault))?\s*\.?\s*$/i;
const SERVER_SIDE_JA = /^\s*(?:tms\s?)?サーバー?(?:側|の方)?\s?(?:は|では|で|も)?\s?(?:まだ|今も|今は)?\s?(?:(無効|オフ(?!ライン))|(有効|オン(?!プレ|ライン)))/i;

function serverSideState(clause: string): State | null {
  const ja = SERVER_SIDE_JA.exec(clause);
  if (ja) {
    const rest = clause.slice(ja.index + ja[0].length);
    if (!JA_DONE.test(rest) && !JA_NEG.test(rest.slice(0, 14))) return null;
    const s: State = ja[1] ? 'off' : 'on';
    return JA_NEG.test(rest.slice(0, 14)) ? flip(s) : s;
  }
  const en = SERVER_SIDE_EN.exec(clause);
  if (!en) return null;
  return en[1] || en[3] ? 'off' : 'on';
}

/** "the registry part is done", "we already did the registry change", 「レジストリは設定済み」: the registry step (TLS 1.2) is done. */
const REGISTRY_DONE = [
  /(?<![a-z])registry(?:\s(?:keys?|change|changes|part|step|settings?|fix|edit|side))?\s(?:is\s|are\s|was\s|were\s|has\sbeen\s|have\sbeen\s)?(?:already\s|all\s)?(?:done|applied|in\splace|set(?![a-z])|added|updated|configured|fixed)/i,
  /(?<![a-z])(?:already|we've|we\shave|i've|i\shave)\s(?:already\s)?(?:done|applied|made|added|did|set|updated|changed|fixed)\s(?:the\s|all\sthe\s)?registry/i,
  /レジストリ(?:の(?:設定|変更|キー|作業|対応|手順))?(?:は|も)?\s?(?:既に|すでに|もう)?\s?(?:設定|変更|追加|適用|対応|作業)?(?:済|完了|しました|してあります|して(?:い|お)ます|しています)/,
];
/** "we haven't touched the registry", 「レジストリは触っていません」: nobody changed the Schannel keys. */
const REGISTRY_UNTOUCHED = [
  /(?:n't|(?<![a-z])not|(?<![a-z])never)\s(?:yet\s|even\s)?(?:touched|changed|modified|edited)\s(?:the\s|anything\sin\sthe\s|anything\sin\s)?registry|(?<![a-z])(?:no|nothing)\s(?:changes?\s|changed\s|was\schanged\s)?(?:in|to)\s(?:the\s)?registry|registry\s(?:is\s|was\s)?(?:untouched|unchanged|as\sit\swas)|(?<![a-z])no\s(?:(?:schannel|registry|reg)\s)?keys?\s(?:were\s|was\s)?(?:changed|touched|created|added|modified|edited)(?![a-z])/i,
  /レジストリ(?:は|を|も|には)?\s?(?:まだ|何も|一切)?\s?(?:触って|変更して|いじって|編集して|手を付けて)(?:い|お)?(?:ない|ません)|レジストリ(?:は)?\s?(?:未変更|そのまま|変更なし)/,
];

/** ("no keys changed", "no registry changes": nothing was changed.) */
// (n't only on did/have/has/had: "applied best practices and SQL won't start" reports the change.)
const REGISTRY_NEG = /(?<![a-z])(?:not|never|(?:did|have|has|had)n't)(?![a-z])|(?<![a-z])no\s(?:(?:tls\s?1\.[0-2]|schannel|registry|reg)\s)?(?:keys?|values?|changes?)(?![a-z])|(?:ていない|ていません|してない|未(?:設定|対応|実施))/i;

/** "we applied IIS Crypto's Best Practices" (it disables SSL 3.0 and TLS 1.0: knowledge). */
const IIS_CRYPTO = /iis\s?crypto/i;
const BEST_PRACTICES = /best\s?practices?|ベスト\s?プラクティス/i;
// (当てる is the usual Japanese verb for applying a template: 「Best Practices を当てた」.)
const IIS_DONE = /(?<![a-z])(?:applied|ran|run|used|did|clicked|chose|selected)(?![a-z])|適用|実行|使っ|使用|当て(?:た|まし|て)/i;

interface Mention {
  protos: Proto[];
  start: number;
  end: number;
}

/** "the 1.2 keys", "1.2 client key": a TLS version named by its registry keys alone. */
const BARE_KEYS = /(?<![\d.a-z])(?<!tls\s?v?\s?)(1\.[0-2])\s(?:(?:client|server|registry|schannel)\s){0,2}(?:keys?|subkeys?)(?![a-z])|(?<![\d.a-z])(?<!tls\s?v?\s?)(1\.[0-2])\s?の?(?:レジストリ)?キー/gi;

function mentionsIn(clause: string): Mention[] {
  const out: Mention[] = [];
  for (const m of allMatches(BARE_KEYS, clause)) {
    const p = protoOf('tls', m[1] ?? m[2]);
    if (p) out.push({ protos: [p], start: m.index, end: m.index + m[0].length });
  }
  for (const m of allMatches(PROTO, clause)) {
    const p = protoOf(m[1], m[2]);
    let end = m.index + m[0].length;
    const protos: Proto[] = p ? [p] : [];
    // "TLS 1.0 and 1.1", "TLS1.0/1.1": the same family continues.
    for (let i = 0; i < 3; i++) {
      const more = MORE.exec(clause.slice(end, end + 16));
      if (!more) break;
      const q = protoOf(m[1], more[1]);
      if (q) protos.push(q);
      end += more[0].length;
    }
    if (protos.length) out.push({ protos, start: m.index, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** 「を戻しました」「も元に戻しました」「は戻してあります」 right after the protocol. */
const PUT_BACK_JA = /^\s?(?:を|も|は)\s?(?:元に\s?)?戻(?:しました|した|して(?:あり|ある|い(?!ない|ません)|おき))/;
/**
 * 「TLS 1.0 を元に戻して再起動したら SQL は起動しました」 (QA50 #8): put back, then what followed, told as done (the clause ends
 * in ました with no question). Not 「元に戻しても…」「元に戻して再起動してください」「元に戻したら起動しますか」.
 */
const PUT_BACK_THEN_JA = /^\s?(?:を|も|は)\s?(?:元に\s?)?戻して(?!も|は|い(?:な|ま)|な|お?く|くだ|ほし|もら)(?:から)?[^。？?]{0,40}?(?:ました|済みです|済み)\s*[。.!！]?\s*$/;

type State = 'on' | 'off';
const flip = (s: State): State => (s === 'on' ? 'off' : 'on');

/**
 * The registry values said in words, as `reg query` would show them: "Enabled=0", "has Enabled = 0 and
 * DisabledByDefault = 1", "Enabled is 0", 「Enabled=0 になってました」「Enabled が 0」. Knowledge: a protocol is
 * enabled when `Enabled` is non-zero and `DisabledByDefault` is 0; `Enabled` = 0 disables it.
 */
const KEY_VALUE = /(?<![a-z])(enabled|disabledbydefault)["']?\s?(?:[:=]|is|was|are|were|equals|set\sto|が|は|を)?\s?(?:to\s)?(?:reg_dword\s+|dword:?\s?)?(0x[0-9a-f]{1,8}|\d{1,10})(?![\dx]|\.\d)/gi;
const MAY_KEY_VALUE = /enabled|disabledbydefault/i;
/** The Server subkey named, and not the Client one ("TLS 1.2\\Server has Enabled = 0"): not what TMS offers as a client. */
const SERVER_KEY = /\\\s?server(?![a-z])|(?<![a-z])server\s(?:sub)?keys?(?![a-z])|(?<![a-z])server\sside(?![a-z])|サーバー?\s?(?:側|キー|サブキー)/i;
const CLIENT_KEY = /client|クライアント/i;

/**
 * A value set anew: "changed it to 1", "set Enabled to 1", "fixed DisabledByDefault to 0", "flipped it from 0 to 1",
 * 「1 に変更しました」「1 に直して」「Enabled を 1 に修正」. Group 1 (EN): the value's name, when said; then the new value.
 * (Not "set the polling to 5 minutes": a unit after the number, or an object that is not a value, reads as nothing.)
 */
const VALUE_CHANGE_EN =
  /(?<![a-z])(?:set|changed|fixed|corrected|updated|flipped|modified|edited|switched|put)\s(?:(?:it|them|that|this|both|each|the\s(?:values?|dwords?|entry|entries))\s|(enabled|disabledbydefault)["']?\s)?(?:back\s)?(?:from\s(?:0x[0-9a-f]{1,8}|\d{1,10})\s)?to\s(0x[0-9a-f]{1,8}|\d{1,10})(?![\dx]|\.\d|\s?(?:%|hours?|h(?![a-z])|min|minutes?|secs?|seconds?|days?|gb|mb|nodes?|servers?|endpoints?|systems?|times?))/gi;
const VALUE_CHANGE_JA = /(?<![\d.a-z])(0x[0-9a-f]{1,8}|\d{1,10})\s?(?:に|へ)\s?(?:変更|修正|直し|直した|設定し|書き換え|戻し|変え)/gi;
/** The change said not done: "haven't changed it to 1 yet", 「まだ 1 に変更していません」. */
const VALUE_CHANGE_NOT =
  /(?:n't|(?<![a-z])not|(?<![a-z])never)\s(?:yet\s)?(?:set|changed|fixed|corrected|updated|flipped|modified|edited|switched|put)(?![a-z])|(?:変更|修正|直|設定|書き換え|変え)(?:して|し)?(?:い)?(?:ない|ません|せず)|まだ/i;

/** Clauses for changeReported: "was Enabled=0 and I flipped it to 1", 「0 だったので 1 に変更」 put the past value in a clause of its own. */
const CHANGE_SPLIT = /[,;、，；\n\r]+|\s(?:but|however|though|whereas|and|so|then)\s|ので|から/i;
const VALUE_CHANGE_ONE = [new RegExp(VALUE_CHANGE_EN.source, 'i'), new RegExp(VALUE_CHANGE_JA.source, 'i')];

/**
 * The change is reported in its own clause ("had Enabled=0, I changed it to 1": the past value's clause does not
 * count): not a question, a condition, a plan, or a change said not done.
 */
function changeReported(sentence: string): boolean {
  if (/[?？]/.test(sentence) || VALUE_CHANGE_NOT.test(sentence)) return false;
  return sentence.split(CHANGE_SPLIT).some((c) => VALUE_CHANGE_ONE.some((re) => re.test(c)) && reports(c));
}

interface ValuesRead {
  /** 'off' (Enabled = 0 or DisabledByDefault = 1), 'on' (Enabled non-zero, DisabledByDefault not 1), or null (none said). */
  state: State | null;
  /** A value was said set anew ("changed it to 1", 「1 に変更」): the keys were changed. */
  changed: boolean;
}

/**
 * The values said in `text`, in the order said, the newest per name winning: "Enabled=0 だったので 1 に変更しました",
 * "had Enabled=0, I changed it to 1" end on Enabled = 1 (a past value, then the change). A new value with no name
 * takes the name said before it in the text; failing that (`bare`: the name was said earlier in the conversation),
 * a non-zero one is `Enabled` (only `Enabled` is turned on by a non-zero value) and 0 is left unread.
 */
function valuesRead(text: string, bare = false): ValuesRead | null {
  const named = MAY_KEY_VALUE.test(text);
  if (!named && !bare) return null;
  const said: { at: number; name: string | null; value: number; change: boolean }[] = [];
  if (named) for (const m of allMatches(KEY_VALUE, text)) said.push({ at: m.index, name: m[1].toLowerCase(), value: Number(m[2]), change: false });
  if (/\d/.test(text)) {
    for (const m of allMatches(VALUE_CHANGE_EN, text)) said.push({ at: m.index, name: m[1]?.toLowerCase() ?? null, value: Number(m[2]), change: true });
    for (const m of allMatches(VALUE_CHANGE_JA, text)) said.push({ at: m.index, name: null, value: Number(m[1]), change: true });
  }
  if (!said.length) return null;
  said.sort((a, b) => a.at - b.at);
  let enabled: boolean | null = null;
  let hidden: boolean | null = null;
  let changed = false;
  let last: string | null = null;
  for (const v of said) {
    const name: string | null = v.name ?? last ?? (v.value !== 0 ? 'enabled' : null);
    if (v.change) changed = true;
    if (!name) continue;
    last = name;
    if (name === 'enabled') enabled = v.value !== 0;
    else hidden = v.value !== 0;
  }
  const state: State | null = enabled === false || hidden === true ? 'off' : enabled === true || (changed && hidden === false) ? 'on' : null;
  return { state, changed };
}

/** What the values said in `text` make of the protocol (the newest said wins), or null (none said). */
function keyValuesState(text: string): State | null {
  return valuesRead(text)?.state ?? null;
}

/**
 * A follow-up that sets the values anew, with or without their name: "Fixed it to 1 and rebooted", "I set Enabled to
 * 1 and DisabledByDefault to 0", 「1 に直して再起動しました」「Enabled=1 に変更しました」. Read only where the conversation
 * said a key's values were off (the caller decides): the keys were changed, and their state now (null: not said).
 * Not a question, a condition, a plan, or a change said not done.
 */
export function valueChangeIn(text: string): { state: State | null } | null {
  if (text.length > 300 || !/\d/.test(text) || !/to\s|に|へ/i.test(text)) return null;
  for (const sentence of sentencesOf(text)) {
    const r = valuesRead(sentence, true);
    if (r?.changed && changeReported(sentence)) return { state: r.state };
  }
  return null;
}

/**
 * The state a mention's own verb gives it, or null. `before`/`after`: the text to the neighbours.
 * Values said after it ("TLS 1.2 Client key: Enabled=0") decide before any verb: "Enabled" there is a value's name.
 */
function stateOf(before: string, after: string, ja: boolean): State | null {
  const values = keyValuesState(after.slice(0, 120)) ?? keyValuesState(before.slice(-60));
  if (values) return SERVER_KEY.test(after.slice(0, 60)) && !CLIENT_KEY.test(after.slice(0, 60)) ? null : values;
  // "we took TLS 1.0 out of the allowed protocols" (QA37 B1): out, whatever "allowed" says after it.
  if (TAKEN_OUT_BEFORE.test(before.slice(-30)) && TAKEN_OUT_AFTER.test(after.slice(0, 12))) return NEG_BEFORE_TAKEN.test(before.slice(-40)) ? 'on' : 'off';
  const b = VERB_BEFORE.exec(before.slice(-60));
  if (b) {
    const s: State = b[2] ? 'off' : 'on';
    return b[1] ? flip(s) : s;
  }
  const win = after.slice(0, 80);
  const bare = BARE_STATE.exec(win);
  if (bare) return /^(?:on|enabled)$/i.test(bare[1]) ? 'on' : 'off';
  const a = VERB_AFTER_EN.exec(win);
  if (a) {
    const s: State = a[1] ? 'off' : 'on';
    return NEG_BEFORE_VERB_EN.test(win.slice(0, a.index + a[0].length)) ? flip(s) : s;
  }
  if (ja) {
    const j = VERB_AFTER_JA.exec(win);
    if (j) {
      const rest = win.slice(j.index + j[0].length);
      const s: State = j[1] ? 'off' : 'on';
      if (/^\s?に\s?(?:戻し|し)て(?:から|以来)/.test(rest) && !/まだ\s?$/.test(win.slice(0, j.index))) {
        const since = after.slice(j.index + j[0].length, j.index + j[0].length + 120);
        if (JA_TE_KARA_SINCE.test(since)) return s;
      }
      if (JA_NEG.test(rest.slice(0, 14)) || /まだ\s?$/.test(win.slice(0, j.index))) return flip(s);
      // 「今夜 TLS 1.0 を無効化します」「無効にしておきます」: a change to come, nothing done yet (QA49 F2).
      if (JA_PLAN_END.test(rest)) return null;
      if (JA_DONE.test(rest) || JA_SET_UP_TO.test(rest) || JA_TE_THEN_DONE.test(rest)) return s;
    }
  }
  return null;
}

/**
 * The Japanese request endings after 無効に / 有効に: 「しろ」「して欲しい」「するように言われた」「の要求」 (not 「してもらえた」「してくれた」:
 * done by someone, a report, R44C). 「するように」 needs the asking
 * verb after it: 「TLS1.0を無効にするように GPO を設定しました」 reports a change made, not a request.
 */
export const JA_REQUEST_ENDING =
  String.raw`(?:しろ|せよ|して(?:ほしい|欲しい|くれ(?!た|まし)|ください|下さい|もらえ(?!た|まし)|いただけ(?!た|まし)|頂け(?!た|まし))|する(?:よう|ように)\s?(?:と\s?)?(?:言|い(?:われ|わ|って)|指示|依頼|要求|要請|求め|頼|お願い|命じ|指摘|通達|って|との)|しなさい|すべき|(?:の|を)?(?:要求|依頼|指示|求め))`;
/**
 * Someone asks for a protocol change, nothing is said done: "the security team wants TLS 1.0 disabled", "the auditors
 * asked us to turn off TLS 1.0", "we were told to disable TLS 1.0", 「セキュリティ部門がTLS1.0を無効にしろと言っています」「TLS1.0を無効化するよう依頼されました」.
 * A request said straight is one too (R40B): "please disable TLS 1.0", 「TLS 1.0を有効にしてください」 ask, they report no state.
 * So are an instruction not to change ("Don't disable TLS 1.0, the customer said so") and one to keep it
 * ("Keep TLS 1.0 enabled", 「TLS 1.0は有効のままにしてください」) (R44D): imperative, at the clause's start ("we don't disable …" states).
 * So is a need or a wish for it back on beside a .reg request (REV34 #5): "we need TLS 1.0 back on, can you give me the reg?", 「TLS 1.0
 * を戻したいので reg をください」 (the state said beside a request, "TLS 1.0 is enabled. Can I have the reg?", is read).
 */
const REQUESTED = new RegExp(
  String.raw`(?<![a-z])(?:please|pls|kindly)\s(?:just\s|also\s)?(?:disabl|enabl|re-?enabl|turn|switch|remov|deactivat|make\ssure|ensure|keep|leave)|(?<![a-z])(?:please|pls|plz|kindly|can\syou|could\syou)\s(?:just\s|also\s|quickly\s)?(?:confirm|verify|check|double-?check)(?![a-z])|(?<![a-z])(?:wants?|wanted|asks?|asked|asking|requires?|required|requests?|requested|insists?|insisted|demands?|demanded|would\slike|told\s(?:us|me)|(?:were|was|been|got|are|am|is)\stold|(?:we|i)\s(?:really\s|still\s|just\s|now\s)?need)(?![a-z])(?:[^.;!?]|\.(?=\d)){0,40}?(?<![a-z])(?:disabl|turn(?:ed)?\soff|switch(?:ed)?\soff|remov|deactivat|enabl|turn(?:ed)?\son|back\son)|(?:無効|有効|オフ|停止|廃止)(?:化)?\s?(?:の\s?まま)?\s?(?:に)?\s?${JA_REQUEST_ENDING}|戻し\s?たい|(?:無効|オフ|停止)\s?(?:に|化)?\s?(?:しないで|せずに)\s?(?:ください|下さい|ほしい|欲しい)|^\s*(?:(?:so|and|but|ok|okay|also|just)[,\s]+)?(?:please\s)?(?:do\s?not|don['’]?t)\s(?:ever\s)?(?:disable|enable|turn|switch|remove|deactivate|touch)(?![a-z])|^\s*(?:(?:so|and|but|also|just)[,\s]+)?(?:keep|leave)\s(?:the\s)?(?:tls|ssl)|(?<![a-z])(?:give|send|share|provide|(?:can|could|may)\s(?:i|we)\s(?:have|get))\s(?:me\s|us\s)?(?:the\s|a\s)?(?:\.reg|reg(?:istry)?\s?(?:file|script|snippet)s?|reg)(?![a-z])|(?:\.reg|reg\s?ファイル|レジストリ\s?ファイル)\s?(?:を|が)?\s?(?:ください|下さい|お願い|ほしい|欲しい|送って|もらえ|いただけ)`,
  'i',
);
/**
 * The request was then carried out: "… asked us to disable TLS 1.0, which we did", "… and we did that last week",
 * "… wanted TLS 1.0 off, so we turned it off", 「…無効にするよう言われたので、無効にしました」「…と言われたのでそうしました」. What follows the request;
 * never a negation ("which we didn't", "but we haven't done it yet", 「まだ無効にしていません」).
 */
const OBJ = "(?:it|that|this|them|tls\\s?1\\.?0)";
const CARRIED_OUT = new RegExp(
  [
    // "which we did", "and we did that last week", "which we have done", "so we did", "and I have now done it"
    "(?<![a-z])(?:which|and|so|then)\\s(?:we|i|they)\\s(?:then\\s|already\\s|finally\\s)?(?:did|(?:have|had|'ve)\\s(?:now\\s|already\\s)?done)(?![a-z'])(?!\\s(?:not|never)(?![a-z]))",
    // "so we disabled it", "and we turned it off", "then we switched off TLS 1.0", "which we have disabled"
    `(?<![a-z])(?:which|and|so|then)\\s(?:we|i|they)\\s(?:then\\s|already\\s|(?:have|had|'ve)\\s(?:now\\s|already\\s)?)?(?:(?:disabled|removed|deactivated)(?:\\s${OBJ})?(?![a-z])|(?:turned|switched)\\s(?:${OBJ}\\s)?off(?![a-z]))`,
    // "which was done", "that has been done", "it is now disabled"
    "(?<![a-z])(?:which|that|this|it)\\s(?:was|has\\sbeen|is)\\s(?:now\\s|already\\s)?(?:done|disabled|turned\\soff|switched\\soff|removed)(?![a-z])",
    // 「無効にしました」「無効化済み」「対応しました」
    "(?:無効|オフ|停止|廃止)(?:化)?\\s?(?:に)?\\s?(?:しました|してあります|済み|済です)|(?:対応|実施|変更)(?:しました|済み)",
    // 「…と言われたのでそうしました」「言われたとおりにしました」 (R42A)
    "(?:そう|その(?:通り|とおり)に?|(?:言われた|指示された|頼まれた|求められた)(?:通り|とおり)に?)\\s?(?:しました|してあります|しておきました)",
  ].join('|'),
  'i',
);

/** The request in `text` (matched by the request words from `at`) was then said to be done. */
export function requestCarriedOut(after: string): boolean {
  return CARRIED_OUT.test(after.slice(0, 300));
}

/** A tag question at the sentence's end: ", right?", ", correct?", "isn't it?", "yes?", 「…ですよね？」 is JA_QUESTION_END's. */
const TAG_QUESTION = /(?:,|\s)\s?(?:right|correct|yes|ok|okay|isn['’]?t\sit|doesn['’]?t\sit|aren['’]?t\sthey|is\sthat\s(?:right|correct)|am\si\sright)\s?[?？]\s*$/i;

/** A clause that ends with its たら: what happened comes in the next clause (「…を無効にしたら、SQL が起動しません」). */
const TARA_END = /たら\s*$/;

/** A condition: what follows is supposed, not reported (「もし…」 too, not 「もしかしたら」 "maybe"). */
const CONDITION = /(?<![a-z])(?:if|assuming|suppose|supposing|unless|in\scase)(?![a-z])|(?:なら|としたら|とすれば|場合|(?<![\u3400-\u9fff\u30a0-\u30ff])もし(?!かし))/i;

/** A clause that opens with a negated auxiliary and carries no question mark ("did not disable TLS 1.0"). */
const DID_NOT = /^\s*(?:did|do|does|have|has)\s?(?:not|n't)(?![a-z])(?!.*[?？])/i;

/** "… later disabled it", "it is off again", 「それも無効にしました」: the protocols of the clause before. */
const PRONOUN_OBJECT = new RegExp(`(?:(${NEG_EN})\\s(?:yet\\s)?)?(?<![a-z])(?:(${OFF_EN}|${OFF_BASE})|(${ON_EN}|${ON_BASE}))\\s(?:it|them)(?![a-z])`, 'i');
/** ("it's on CE 9.15", "it is on the codec": "on" a release or a place is no state; "it's on again", "they are on." are.) */
const PRONOUN_SUBJECT = /(?<![a-z])(?:it|they)(?:'s|'re|\s(?:is|are|was|were|got|has\sbeen|have\sbeen|now|also|again|still|is\snot|was\snot|isn't|wasn't|aren't|weren't))*\s(?:(disabled|off)|(re-?enabled|enabled|on(?=\s*$|\s?[,.;)!?]|\s(?:again|now|too|as\swell|by\sdefault)(?![a-z]))))(?![a-z])/i;

function readPronoun(clause: string, named: Proto[], out: TlsClaims): void {
  const mode = classifyClause(clause);
  if (mode !== 'stated' && mode !== 'negated') return;
  if (CONDITION.test(clause)) return;
  let s: State | null = null;
  const o = PRONOUN_OBJECT.exec(clause);
  if (o) s = (o[2] ? 'off' : 'on') as State;
  if (o && o[1]) s = flip(s!);
  if (!s) {
    const p = PRONOUN_SUBJECT.exec(clause);
    if (p) {
      s = p[1] ? 'off' : 'on';
      if (/n't|\snot(?![a-z])/i.test(p[0])) s = flip(s);
    }
  }
  if (!s) return;
  for (const proto of named) if (proto !== 'tls11') out[proto] = s;
}

const JA_TEXT = /[\u3040-\u30ff\u4e00-\u9fff]/;
const CONJUNCTION = /^\s?(?:and|&|\/|,|\+|と|、|・|および|及び)\s?$/i;

// ---------------------------------------------------------------------------------------------
// Around the protocols: the restart already done, the endpoints' certificates

/** Cheap test: nothing below can match without one of these. */
const MAY_RESTART = /boot|restart|bounce|power[\s-]?cycl|再起動|リブート/i;
const MAY_CERT = /self[\s-]?signed|expired|自己署名|自己証明書|オレオレ|期限切れ|切れて/i;
/** Clauses of a sentence for these readers (not split at 「が、」: 「再起動しましたが、…」 keeps its verb). */
const PLAIN_SPLIT = /[,;、，；\n\r]+|\s(?:but|however|though|whereas)\s/i;

/** "we rebooted", "restarted the server and the services", "did a reboot", 「再起動しました」「再起動済み」「再起動しても」. */
const RESTART_DONE = [
  /(?<![a-z])(?:re-?booted|restarted|bounced|power[\s-]?cycled)(?![a-z])|(?<![a-z])(?:did|done|tried|after)\s(?:a\s|the\s)?(?:server\s)?(?:re-?boot|restart)(?:ing)?(?![a-z])|(?<![a-z])after\s(?:re-?booting|restarting)(?![a-z])/i,
  /(?:再起動|リブート)(?:を|まで|も)?(?:しました|した|済み?|完了|して(?:も|み|あり|い|から|おり)|を?(?:実施|行い|行っ))/,
  // 「iisreset とサービス再起動は完了しました」「再起動は済んでいます」 (readers-d #5): the topic particle before a done word (not
  // 「再起動はした方がいい」, advice: only the done words; 「再起動はまだ」 is RESTART_NOT, read first).
  /(?:再起動|リブート)\s?は\s?(?:完了(?:しました|しています|済み?)?|済み|済んで|実施(?:しました|済み?)|終わり?(?:ました|っています))(?![^。、,！!？?]{0,8}?(?:ない|ません|ず(?![a-z])|でき|予定|か))/,
  // A note's list after "Done:", "reboot done" (QA39 13): "Done: Medium-High + reboot", 「完了：Medium-High＋再起動」
  // (not "reboot tonight", "reboot needed": a plan or a need).
  // The reboot is an item of the list: right after the colon or after a separator (+ , & / and), and it ends the item
  // ("Done: Medium-High - waiting for reboot", "Done: Medium-High + reboot tonight" are no reboot done: REV9 B2).
  /(?<![a-z])(?:all\s)?done\s?[:\-–—]\s?(?:[^.\n?]{0,80}?(?:\s?[+,&/]|\sand)\s?)?(?:(?:a|the|server)\s)?re-?boot(?:ed)?(?:\s(?:done|completed|finished))?\s*(?=$|[.,;+&/!)]|\sand\s)|(?<![a-z])re-?boot\s(?:done|completed|finished)(?![a-z])/i,
  /(?:完了|済み|実施済み?|対応済み?)\s?[:：]\s?(?:[^。\n？?]{0,80}?[+＋、,，/／・と]\s?)?(?:サーバー?の?\s?)?(?:再起動|リブート)(?:済み?|完了|実施)?\s*(?=$|[。.,，、+＋/／)）!！])/,
];
/** Said not to be done: "haven't rebooted yet", "without a reboot", 「再起動していません」「まだ再起動」. */
const RESTART_NOT_SAID =
  /(?:n't|(?<![a-z])not|(?<![a-z])never)\s(?:yet\s|even\s|been\s|actually\s)?(?:re-?boot|restart)|(?<![a-z])(?:without|before)\s(?:a\s|any\s|the\s)?(?:re-?boot|restart)|(?<![a-z])yet\sto\s(?:re-?boot|restart)|(?<![a-z])no\s(?:re-?boot|restart)|(?:再起動|リブート)(?:は|を|も)?(?:して(?:い)?(?:ない|ません)|せず|しておらず|はまだ|をまだ|未実施)|まだ\s?(?:再起動|リブート)/i;
/** Pending, not done (REV9 B2): "waiting for a reboot", "reboot pending", "reboot is scheduled for Saturday", 「再起動なし」「再起動待ち」
 * 「再起動前」「再起動未」「再起動できず」「再起動は予定」. */
const RESTART_PENDING =
  /(?<![a-z])(?:waiting|wait|awaiting|pending)\s(?:for\s|on\s)?(?:a\s|the\s)?(?:server\s)?(?:re-?boot|restart)|(?<![a-z])(?:re-?boot|restart)\s(?:is\s|was\s|still\s)*(?:pending|scheduled|planned|booked|outstanding|due)(?![a-z])|(?:再起動|リブート)\s?(?:は|を|が)?\s?(?:なし|無し|不要|前|待ち|未|できず|できて(?:い)?(?:ない|ません)|不可|予定|これから)/i;
const RESTART_NOT = new RegExp(`${RESTART_NOT_SAID.source}|${RESTART_PENDING.source}`, 'i');
/**
 * Schannel keys created or changed: "keys are created", "created the TLS 1.2 keys", "fixed DisabledByDefault
 * to 0", "imported the .reg", 「キーを作成しました」「DisabledByDefault を 0 に修正しました」. A state
 * ("already set", 「設定済み」) says nothing of when: that stays tls12 'on' alone.
 */
const MAY_KEYS = /keys?|values|disabledbydefault|\.reg|キー|レジストリ|(?:client|server)\s?(?:側\s?)?(?:を|も)/i;
const KEYS_CHANGED = [
  // "created the TLS 1.2 Client and Server keys", "added the TLS 1.2 client/server keys"
  /(?<![a-z])(?:created|added|imported|fixed|changed|corrected|merged|applied)\s(?:the\s|those\s|all\s|our\s)?(?:(?:tls\s?1\.[12]|schannel|registry|reg|client|server|and|&|\+)\s|(?:client|server)\s?\/\s?)*(?:keys?|\.reg(?:\sfile)?|disabledbydefault|enabled\svalues?)(?![a-z])/i,
  // "fixed the values" (after a paste showed the keys off): the registry values, not a setting in TMS Tools.
  /(?<![a-z])(?:fixed|corrected|changed)\s(?:the\s|those\s|both\s)?(?:registry\s|reg\s|dword\s|schannel\s)?values(?![a-z])(?!\s(?:in|on)\s(?:the\s)?tms)/i,
  /(?<![a-z])(?:keys?|disabledbydefault|\.reg(?:\sfile)?)\s(?:are|were|is|was|has\sbeen|have\sbeen)\s(?:now\s|all\s|already\s)?(?:created|added|imported|fixed|changed|corrected|set|in\splace)(?![a-z])/i,
  // Note style: "TLS1.2 keys created + DisabledByDefault fixed".
  /(?<![a-z])(?:keys?|disabledbydefault|\.reg(?:\sfile)?)\s(?:now\s|all\s|already\s)?(?:created|added|imported|fixed|changed|corrected)(?![a-z])/i,
  // 「レジストリの値を修正しました」「キーの値を変更しました」: the values of the keys, like "fixed the values".
  // 「Clientを直しました」「TLS 1.2のClient側を修正しました」 (after a reg query paste): the key named by its Latin name.
  /(?<![a-z])(?:client|server)\s?(?:側\s?)?(?:を|も)\s?(?:作成|追加|修正|直)(?:しました|した|完了|してから|して(?=[^。]{0,30}ました))/i,
  /(?:キー|DisabledByDefault|\.reg|レジストリ)(?:\s?の\s?(?:値|設定値|dword\s?値))?\s?(?:を|は|も)?\s?(?:\S{0,8}\s?に\s?)?(?:作成|追加|変更|修正|インポート|設定|登録|直)(?:しました|した|完了|してから|して(?=[^。]{0,30}ました))/i,
];
/** 「レジストリ追加、Medium-High、再起動まで完了」: the keys step as a bare item of a list said done (in the sentence). */
const KEYS_LISTED_JA = /^\s?(?:tls\s?1\.2\s?の?\s?)?(?:レジストリ|キー)\s?(?:の)?\s?(?:追加|作成)\s?(?:済み?)?\s?$/i;
const LIST_DONE_JA = /完了|済み|しました|やりました|終わりました/;
/**
 * A key found missing, then added (QA37 B7): 「TLS 1.2のClientがなかったので追加しました」, "the TLS 1.2 Client key was missing, so
 * we added it": the keys changed. Read on the sentence (the clause split at 、 would part the two halves).
 */
const MAY_MISSING = /なかった|無かった|ありませんでした|存在しな|存在しませ|missing|not\sthere|absent|確認|checked|verified/i;
const MISSING_THEN_ADDED = [
  /(?:client|server|キー|レジストリ)\s?(?:キー)?\s?(?:が|は|も)\s?(?:なかった|無かった|ありませんでした|存在しなかった|存在しませんでした)(?:ので|ため|から)\s?[、,]?\s?(?:それを|作成して|)\s?(?:作成|追加)(?:しました|した(?!ら)|済)/i,
  /(?<![a-z])(?:keys?|client|server)\s(?:keys?\s)?(?:was|were)\s(?:missing|not\sthere|absent)\s?[,;]?\s(?:so\s|and\s)(?:i|we)\s(?:have\s|'ve\s)?(?:added|created)\s(?:it|them|one|the)(?![a-z])/i,
  // "keys checked and created", 「キーは確認済みで作成しました」 (QA37 A2/A3): checked, then made: a change, not "already right".
  /(?<![a-z])(?:keys?|registry)\s(?:were\s|was\s|are\s|is\s)?(?:checked|verified)\sand\s(?:then\s)?(?:created|added|imported|fixed|corrected)(?![a-z])/i,
  /(?:キー|レジストリ)\s?(?:は|も|を)?\s?確認(?:済み|して|し)\s?(?:で|、|,)?\s?(?:作成|追加|修正)(?:しました|した(?!ら)|済)/,
];
/** "and" before a second verb phrase: "didn't reboot and didn't restart IIS", "restarted IIS and rebooted". */
const RESTART_AND = /\s(?:and|&)\s(?=(?:(?:we|i|they)\s)?(?:also\s)?(?:(?:did|have|has|had)(?:n't|\snot)|never|not|re-?boot|restart|bounce))/i;
/** "rebooted, and then created the keys", 「再起動して、そのあとキーを作成」: the restart first, a change after it. */
const RESTART_THEN_CHANGE = /(?:re-?boot|restart)\w*\s(?:and\s)?(?:then|afterwards|after\sthat|later)\s/i;
/** A restart of something other than the TMS server or its services: the endpoints, the SQL server, IIS alone (IIS Crypto is a tool, not IIS). */
const RESTART_ELSEWHERE = /(?<![a-z])(?:endpoints?|codecs?|devices?|room\s?kits?|sql(?:\s?server)?|database|iis(?!\s?crypto))(?![a-z])|エンドポイント|端末|コーデック|sql|データベース|iis(?!\s?crypto)/i;
const RESTART_TMS = /(?<![a-z])(?:tms|server|services?|box|vm|everything|all)(?![a-z])|サーバ|サービス|tms|すべて|全部/i;

/** "the endpoints use self-signed certificates", 「証明書は自己署名です」「証明書が期限切れ」. */
const CERT_UNTRUSTED = /self[\s-]?signed|(?<![a-z])expired\s(?:cert|certificate)s?(?![a-z])|(?<![a-z])(?:cert|certificate)s?\s(?:are|is|have|has)\s(?:all\s|now\s|already\s)?(?:self[\s-]?signed|expired)|自己署名|自己証明書|オレオレ証明書|証明書.{0,8}(?:期限切れ|切れて)(?!て?は?い?(?:ない|ません))|期限切れの?\s?証明書/i;
const CERT_NOT =
  /(?:n't|(?<![a-z])not|(?<![a-z])no|(?<![a-z])never)\s(?:a\s|any\s|using\s|use\s|have\s)?(?:self[\s-]?signed|expired)|(?:自己署名|期限切れ)(?:の証明書)?(?:では|じゃ)(?:ない|なく|ありません)|(?:自己署名|期限切れ)(?:の証明書)?(?:は|を)?(?:使って|使用して)(?:い)?(?:ない|ません)/i;
/** The TMS server's own certificate (or its SQL Server's, rev26 #8), not the managed systems'. */
const CERT_OF_TMS = /(?<![a-z])(?:tms|sql|sql\sserver|database|db)(?:'s)?\s(?:server(?:'s)?\s)?(?:own\s)?(?:uses?\s(?:a\s)?)?(?:self|cert|ssl|tls|web)|(?:tms|サーバ|sql|データベース)\s?(?:サーバ)?\s?(?:の|側の)\s?(?:自己署名)?\s?証明書/i;
const ENDPOINT_NAMED = /(?<![a-z])(?:endpoints?|codecs?|devices?|systems?|room\s?kits?)(?![a-z])|エンドポイント|端末|コーデック|システム/i;

/**
 * The managed systems' certificates said replaced or renewed (FIX60F #3): "we also replaced their certificates with new ones from our
 * internal CA", "the codecs got new certificates", 「SX80 の証明書も入れ替えました」, with the systems named in the sentence.
 * Not one said not done ("we did not replace the certificates", 「証明書は変更していません」).
 */
const MAY_CERT_NEW = /cert|証明書/i;
const CERTS_REPLACED =
  /(?<![a-z])(?:replaced|renewed|swapped|re-?issued|changed|rotated|updated|installed|deployed|pushed)\s(?:\w+\s){0,4}?(?:certs?|certificates?)(?![a-z])|(?<![a-z])(?:new|renewed|replaced)\s(?:\w+\s){0,2}?(?:certs?|certificates?)(?![a-z])|(?<![a-z])(?:certs?|certificates?)\s(?:were|was|got|have\sbeen|has\sbeen)\s(?:also\s|all\s)?(?:replaced|renewed|changed|swapped|re-?issued|rotated|updated)(?![a-z])|証明書\s?(?:も|を|は)?[^。、？?]{0,24}?(?:入れ替え|差し替え|更新し|交換し|変更し)(?:まし)?た(?![から])|新しい\s?証明書/i;
/** The managed systems named in the sentence (or "their", "those 2"): "we renewed the certificate in October" alone may be TMS's own. */
const CERT_OWNER =
  /(?<![a-z])(?:endpoints?|codecs?|devices?|systems?|units?|room\s?kits?|boards?|(?:sx|mx|dx)\d{2,3}s?|their|them|those|these|(?:tc|ce|roomos)\s?\d)(?![a-z])|エンドポイント|端末|コーデック|機器|(?:sx|mx|dx)\d|room\s?kit|(?:tc|ce)\s?\d/i;
const CERTS_REPLACED_NOT =
  /(?:n't|(?<![a-z])not|(?<![a-z])never|(?<![a-z])no)\s(?:\w+\s){0,2}?(?:replac|renew|chang|swap|new|touch)|証明書\s?(?:も|を|は)?[^。、？?]{0,24}?(?:入れ替え|差し替え|更新|交換|変更)(?:して)?(?:い)?(?:ない|ません)/i;

/** A clause that reports (not asks, supposes or plans). */
function reports(clause: string): boolean {
  const mode = classifyClause(clause);
  const stated = mode === 'stated' || mode === 'negated' || (mode === 'hypothetical' && JA_NARRATIVE.test(clause));
  return stated && !CONDITION.test(clause);
}

/** What the text says about a restart since the change and about the managed systems' certificates. Later statements win. */
function readAround(text: string, out: TlsClaims): void {
  const restart = MAY_RESTART.test(text);
  const cert = MAY_CERT.test(text);
  const certNew = MAY_CERT_NEW.test(text);
  const keys = MAY_KEYS.test(text);
  const missing = MAY_MISSING.test(text);
  if (!restart && !cert && !certNew && !keys && !missing) return;
  let restartAt = -1;
  let clauseNo = 0;
  for (const sentence of sentencesOf(text)) {
    if (aboutThirdParty(sentence)) continue;
    if (missing && !CONDITION.test(sentence) && !/[?？]/.test(sentence) && MISSING_THEN_ADDED.some((re) => re.test(sentence))) {
      out.keysChanged = true;
      out.tls12 = 'on';
    }
    for (const clause of sentence.split(PLAIN_SPLIT)) {
      clauseNo++;
      if (!clause || !reports(clause)) continue;
      if (restart && MAY_RESTART.test(clause)) {
        // "we didn't reboot and didn't restart IIS": each verb phrase with its own object (IIS alone is elsewhere).
        for (const part of clause.split(RESTART_AND)) {
          if (!MAY_RESTART.test(part)) continue;
          const elsewhere = RESTART_ELSEWHERE.test(part) && !RESTART_TMS.test(part.replace(RESTART_ELSEWHERE, ''));
          if (elsewhere) continue;
          if (RESTART_NOT.test(part)) out.restarted = false;
          else if (RESTART_DONE.some((re) => re.test(part))) {
            out.restarted = true;
            restartAt = clauseNo;
            // "rebooted and then created the keys" in one clause: the change came after (QA37 A1).
            if (RESTART_THEN_CHANGE.test(part)) restartAt = -2;
          }
        }
      }
      const listed = KEYS_LISTED_JA.test(clause) && LIST_DONE_JA.test(sentence) && !RESTART_NOT.test(sentence);
      // (Only TLS 1.2's keys, or keys with no protocol named: "TLS 1.0 keys are set", 「TLS1.0のキーを設定しました」 are another
      // protocol's, and saying the TLS 1.2 step done would skip it.)
      if (keys && MAY_KEYS.test(clause) && (listed || KEYS_CHANGED.some((re) => re.test(clause))) && !REGISTRY_NEG.test(clause) && onlyTls12Keys(clause)) {
        out.keysChanged = true;
        out.tls12 = 'on';
        // 「再起動もしましたが、そのあとキーを作成しました」"we rebooted, then created the keys" (QA37 A1): keys changed AFTER
        // the restart, so that restart does not apply them; not stored, the reboot stays due (merge drops an older one too).
        if (restartAt !== -1 && (restartAt === -2 || restartAt < clauseNo)) delete out.restarted;
      }
      if (cert && CERT_UNTRUSTED.test(clause) && !(CERT_OF_TMS.test(clause) && !ENDPOINT_NAMED.test(clause))) {
        out.untrustedCerts = !CERT_NOT.test(clause);
      }
      if (certNew && CERTS_REPLACED.test(clause) && !CERTS_REPLACED_NOT.test(clause) && CERT_OWNER.test(sentence) && !(CERT_OF_TMS.test(clause) && !ENDPOINT_NAMED.test(clause))) out.certsReplaced = true;
    }
  }
}

/**
 * The same claims, field by field and in the same order (the values are strings or booleans, never undefined): what
 * comparing their JSON told. (The order tells only when one clause drops tls12ValuesOff and sets it again.)
 */
function sameClaims(a: TlsClaims, b: TlsClaims): boolean {
  const ka = Object.keys(a) as (keyof TlsClaims)[];
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

/** The claims a text makes about the TMS server's protocols (empty object: none). */
/**
 * `netsh http show sslcert`'s per-binding flags ("    Disable TLS 1.2              : Set", "Disable Legacy TLS Versions : Not Set"):
 * HTTP.sys options of one inbound binding (IIS), not Schannel's protocol state that TMS uses as a client (QA62 #7). Blanked (same
 * length) before the claims are read; src/evidence/text.ts says what the flag is.
 */
export const NETSH_FLAG_LINE = /^[ \t]{0,8}(?:Disable|Enable|Negotiate|Verify|Usage|DS Mapper|Reject)[A-Za-z0-9 .-]{1,60}?[ \t]{0,60}:[ \t]{0,8}(?:Set|Not Set|Enabled|Disabled)[ \t]*$/gim;
function withoutNetshFlags(text: string): string {
  return /:[ \t]{0,8}(?:Not )?Set[ \t]*(?:\r?\n|$)/i.test(text) ? text.replace(NETSH_FLAG_LINE, (m) => ' '.repeat(m.length)) : text;
}

export function readTlsClaims(given: string, nested = false): TlsClaims {
  // ("we already have the reg to enable TLS 1.2", "the reg to enable TLS 1.2 didn't work": a file had, or tried, FIX60A #4.)
  const text = withoutNetshFlags(withoutRegPurpose(given));
  const out: TlsClaims = {};
  readAround(text, out);
  // "…and now SQL Server won't start": the outage said in words, in any message.
  const down = saysSqlDown(text);
  if (down !== undefined) out.sqlDown = down;
  if (!MAY_CLAIM.test(text) && !MAY_KEY_VALUE.test(text)) return out;
  for (const sentence of sentencesOf(text)) {
    // "A colleague said that when he turned TLS 1.0 off, SQL would not start on his server": not this server (R44D).
    if (aboutThirdParty(sentence)) continue;
    if (!MAY_CLAIM.test(sentence)) {
      // "I set Enabled to 1 and DisabledByDefault to 0, then rebooted": the values, with no key named.
      readValueChange(sentence, out);
      continue;
    }
    // "we ran IIS Crypto last month, applied Best Practices": the tool and its template in two clauses of one sentence.
    if (IIS_CRYPTO.test(sentence) && BEST_PRACTICES.test(sentence) && IIS_DONE.test(sentence) && !REGISTRY_NEG.test(sentence) && ['stated', 'past'].includes(classifyClause(sentence))) {
      out.iisCryptoBestPractices = true;
      out.tls10 = 'off';
      out.ssl3 = 'off';
    }
    /** The protocols the sentence's last clause named ("TLS 1.2 was enabled, but IIS Crypto later disabled it"). */
    let named: Proto[] = [];
    const clauses = sentence.split(CLAUSE_SPLIT);
    // A question never states a claim: the clause that carries a sentence's "?" or its Japanese question
    // ending (「SSL 3.0 を有効に戻せばいいですよね？」「SSL 3.0 を無効にしたからでは？」), and a clause that asks
    // whether to do something ("should we re-enable SSL 3.0", "can we turn TLS 1.0 off").
    const lastClause = clauses.reduce((at, c, i) => (c && c.trim() ? i : at), -1);
    /** The protocols of the last clause skipped as the endpoints' or the SQL server's ("… on the codecs"). */
    let elsewhere: Proto[] = [];
    const asks = /[?？]\s*$/.test(sentence) || JA_QUESTION_END.test(sentence);
    // "the reg leaves TLS 1.0 on, right?", "TLS 1.0 is enabled, correct?": a tag question asks the whole sentence (FIX60A #3).
    const tagged = asks && TAG_QUESTION.test(sentence);
    for (const [i, clause] of clauses.entries()) {
      if (!clause) continue;
      const asked = tagged || ASKS_WHETHER.test(clause) || (asks && i === lastClause && (!statesInQuestion(clause) || STATE_ASKED_JA.test(clause)));
      // "TLS 1.0 is disabled on the codecs, enabled on the server": the server's own state, of the protocols just named.
      if (elsewhere.length && !asked && !mentionsIn(clause).length && reports(clause)) {
        const side = serverSideState(clause);
        if (side) for (const p of elsewhere) if (p !== 'tls11') out[p] = side;
        if (side) continue;
      }
      elsewhere = [];
      if (!MAY_CLAIM.test(clause)) {
        if (named.length) readPronoun(clause, named, out);
        // "TLS 1.2 Client: Enabled=1, DisabledByDefault=1": a value in the next clause still belongs to the key named.
        if (named.includes('tls12') && !asked && keyValuesState(clause) === 'off' && out.tls12) {
          out.tls12 = 'off';
          out.tls12ValuesOff = true;
        }
        continue;
      }
      const ms = mentionsIn(clause);
      // "the codec accepts tls 1.0, but it's on CE 9.15": the endpoint's TLS, not the TMS server's (nor is "it" after it).
      if (ms.length && ENDPOINT_TLS.test(clause) && !TMS_PLACE.test(clause)) {
        elsewhere = ms.flatMap((m) => m.protos);
        named = [];
        continue;
      }
      if (ms.length) named = ms[ms.length - 1].protos;
      else if (named.length) readPronoun(clause, named, out);
      const mode = classifyClause(clause);
      // "… but did not disable TLS 1.0": a clause that opens with "did not" and asks nothing states.
      // 「TLS 1.0 を無効にしたら SQL が起動しなくなりました」: たら with a past ending tells what happened.
      // 「TLS 1.0を無効にしたら、SQL Serverが起動できません」 (R42A): the たら clause ends at the comma, and the next clause tells
      // what happened (read together; not the rest of the sentence, which may be the question asked after it).
      const stated =
        mode === 'stated' ||
        mode === 'negated' ||
        (mode === 'asked' && (statesInQuestion(clause) || DID_NOT.test(clause))) ||
        (mode === 'hypothetical' && (JA_NARRATIVE.test(clause) || (TARA_END.test(clause) && !!clauses[i + 1] && JA_NARRATIVE.test(`${clause}、${clauses[i + 1]}`)))) ||
        // "we were told to disable TLS 1.0, so we did" (R42A): a request made in the past, read below only if carried out.
        (mode === 'past' && REQUESTED.test(clause));
      // "do I need to enable TLS 1.2 if it's already enabled?": a condition states nothing.
      if (!stated || asked || CONDITION.test(clause)) continue;
      if (REQUESTED.test(clause)) {
        // A request stays a request unless the rest of the sentence says it was carried out ("…, which we did").
        const at = sentence.indexOf(clause);
        const req = REQUESTED.exec(clause);
        if (!(at >= 0 && req && requestCarriedOut(sentence.slice(at + req.index + req[0].length)))) continue;
        const off = /disabl|turn(?:ed)?\soff|switch(?:ed)?\soff|remov|deactivat|無効|オフ|停止|廃止/i.test(clause);
        const before = { ...out };
        readClause(clause, JA_TEXT.test(clause), out, ms);
        if (sameClaims(before, out)) for (const m of ms) for (const p of m.protos) if (p !== 'tls11') out[p] = off ? 'off' : 'on';
        continue;
      }
      if (OTHER_PLACE.test(clause) && !/tms/i.test(clause)) {
        elsewhere = ms.flatMap((m) => m.protos);
        continue;
      }
      const ja = JA_TEXT.test(clause);
      const was = out.tls12;
      readClause(clause, ja, out, ms, sentence);
      // "imported the TLS 1.2 reg and rebooted", 「TLS1.2有効化のregを入れて再起動済み」 (FIX61A #1/#2): read as "we imported the reg to enable TLS 1.2" is.
      if (out.tls12 === was && tls12RegApplied(clause, sentence)) out.tls12 = 'on';
    }
    readValueChange(sentence, out);
  }
  // IIS Crypto's check boxes pasted ("Client Protocols\n[ ] TLS 1.0\n[x] TLS 1.2"): read as the same words in prose (QA60 #12).
  const boxes = checkboxClaims(text);
  if (boxes) {
    Object.assign(out, boxes);
    // (What the boxes show, not what the user said: the context line says so, FIX62A #7.)
    const pasted = (['ssl3', 'tls10', 'tls12'] as const).filter((p) => boxes[p] !== undefined);
    if (pasted.length) out.pasted = pasted;
  }
  readKeysVerified(text, out);
  // "TLS 1.2 was disabled so I enabled it", "they were missing so I created them": the state found, then the change; the final
  // state is what counts (QA46 W5).
  if (foundThenFixed(text)) {
    out.tls12 = 'on';
    out.keysChanged = true;
  }
  // "we removed the TLS 1.2 keys", "deleted only the TLS 1.2 values" (FIX20C #3): back at the Windows default, not said off.
  // (REV20 #9) A state said in the rest of the message wins ("…, TLS 1.2 is off now"); keys recreated after the removal are on
  // ("deleted and recreated", 「その後 Enabled=1 で作成しました」); another server's keys say nothing of this one.
  const removal = out.tls12 !== 'on' && !nested ? tls12KeysRemovedIn(text) : null;
  if (removal) {
    const stated = readTlsClaims(removal.rest, true);
    delete out.tls12;
    delete out.tls12ValuesOff;
    if (stated.tls12) {
      out.tls12 = stated.tls12;
      if (stated.tls12ValuesOff) out.tls12ValuesOff = true;
    } else if (removal.recreated) {
      out.tls12 = 'on';
      out.keysChanged = true;
    } else if (!removal.otherServer) out.tls12KeysRemoved = true;
  }
  // A protocol said to be changed, and a group policy named as how: the keys are the policy's.
  if ((out.tls10 === 'off' || out.tls12 || out.ssl3 === 'off') && BY_POLICY.test(text.slice(0, 20_000))) out.byPolicy = true;
  return out;
}

const KEYS_REMOVED_CHEAP = /remov|delet|erase|削除|消/i;
/** "removed/deleted (only) the TLS 1.2 keys/values", "the TLS 1.2 keys were deleted", 「TLS 1.2 のキーを削除しました」. */
const KEYS_REMOVED_EN =
  /(?<![a-z])(?:removed|deleted|erased)\s(?:only\s|just\s|all\s)?(?:the\s|our\s)?tls\s?1\.2\s(?:(?:registry|schannel|reg|client|server|and|&|\/)\s?)*(?:keys?|values?|subkeys?|entries|entry|dwords?)(?![a-z])|(?<![a-z])(?:the\s)?tls\s?1\.2\s(?:(?:registry|schannel|reg|client|server|and|&|\/)\s?)*(?:keys?|values?|subkeys?|entries|dwords?)\s(?:were|was|have\sbeen|has\sbeen|got)\s(?:removed|deleted|erased)(?![a-z])/i;
const KEYS_REMOVED_JA = /tls\s?1\.2\s?(?:の)?\s?(?:レジストリ\s?(?:の)?\s?)?(?:キー|値|サブキー|エントリ)\s?(?:だけ|のみ)?\s?(?:を|は|も)?\s?(?:削除|消去|消し)(?:しました|した|済み|ました|てあります|ています|されています)/i;
/** Not done: a question, a plan, a condition, a negation or advice before the match. */
const KEYS_REMOVED_NOT_DONE = /[?？]|(?<![a-z])(?:not|never|if|should|shall|would|could|will|going\sto|plan|maybe|can|do\swe|did\swe)(?![a-z])|n['’]t(?![a-z])|たら|なら|ますか|ません|予定/i;

/** Keys made again after the removal: "deleted and recreated", "then created them again", 「その後 Enabled=1 で作成しました」. */
const KEYS_RECREATED =
  /(?<![a-z])(?:re-?created|re-?added|re-?imported|(?:created|added|made|imported)\s(?:them|it|(?:the\s)?(?:keys?|values?)|new\sones)(?![a-z])|put\s(?:them|it)\sback|restored\s(?:them|it))(?![a-z])|(?:作成|再作成|作り直|追加|復元|インポート)\s?(?:し(?:まし)?た|済み)|戻しました/i;
/** Another protocol named before the keys made again: "…and added the TLS 1.0 keys", not the TLS 1.2 ones. */
const OTHER_PROTOCOL = /tls\s?v?1\.[013]|ssl/i;

/**
 * The TLS 1.2 keys (or values) said removed, as done, in a sentence that asks and plans nothing: whether they were made again
 * after it, whether the removal was on another server ("on the lab TMS", 「検証用の TMS で」), and the message without the
 * removal (to read a state said beside it). Null when not said.
 */
function tls12KeysRemovedIn(text: string): { recreated: boolean; otherServer: boolean; rest: string } | null {
  if (!KEYS_REMOVED_CHEAP.test(text)) return null;
  const all = text.slice(0, 20_000).normalize('NFKC');
  for (const sentence of sentencesOf(all)) {
    const t = sentence.normalize('NFKC');
    const m = KEYS_REMOVED_EN.exec(t) ?? KEYS_REMOVED_JA.exec(t);
    if (!m || KEYS_REMOVED_NOT_DONE.test(t) || aboutThirdParty(t)) continue;
    const at = all.indexOf(m[0]);
    const after = at >= 0 ? all.slice(at + m[0].length, at + m[0].length + 400) : t.slice(m.index + m[0].length);
    const again = KEYS_RECREATED.exec(after);
    return {
      recreated: !!again && !OTHER_PROTOCOL.test(after.slice(0, again.index)),
      otherServer: otherServerDoneOn(t.toLowerCase()),
      rest: at >= 0 ? `${all.slice(0, at)} ${all.slice(at + m[0].length)}` : all,
    };
  }
  return null;
}

const FOUND_THEN_FIXED_CHEAP = /\sso\s|so,|ので|から|ため/i;
/** TLS 1.2 found off, then turned on: "TLS 1.2 was disabled so I enabled it", 「TLS 1.2 が無効だったので有効にしました」. */
const FOUND_OFF_THEN_ON =
  /tls\s?1\.2\s(?:was|were|is)\s(?:disabled|off|not\senabled)\s?,?\s?(?:so|and)\s(?:i|we)\s(?:(?:re-?)?enabled|turned\s(?:it\s|them\s)?on|switched\s(?:it\s|them\s)?on)(?![a-z])|tls\s?1\.2\s?(?:が|は)\s?(?:無効|オフ)(?:だった|でした|になっていた|になっていました)(?:ので|から|ため)、?\s?(?:有効|オン)(?:に|化)\s?(?:しました|した)/;
/** The keys found missing, then created: "they were missing so I created them", 「キーがなかったので作成しました」. */
const KEYS_MISSING_THEN_CREATED =
  /(?<![a-z])(?:keys?|they|it)\s(?:were|was)\s(?:missing|absent|not\sthere)\s?,?\s?(?:so|and)\s(?:i|we)\s(?:created|added|imported)\s(?:them|it|the\skeys?)(?![a-z])|(?:キー|レジストリ)\s?(?:が|は)\s?(?:なかった|無かった|ありませんでした|存在しなかった)(?:ので|から|ため)、?\s?(?:作成|追加)\s?(?:しました|した)/;

/** TLS 1.2 or its keys found off or missing, then turned on or created, in so many words (QA46 W5). */
export function foundThenFixed(text: string): boolean {
  if (!FOUND_THEN_FIXED_CHEAP.test(text)) return false;
  const t = text.toLowerCase();
  return FOUND_OFF_THEN_ON.test(t) || KEYS_MISSING_THEN_CREATED.test(t);
}

/**
 * The TLS 1.2 keys said to be in place already, or checked and right (QA36 #10): "TLS 1.2 reg keys already set", "tls 1.2
 * keys verified ok", "keys checked, nothing changed", 「TLS1.2のキーは確認済みで正しい（変更なし）」. Stored as the facts
 * such words already give elsewhere: TLS 1.2 on (tls12 'on', as 「レジストリは設定済み」), and, when the sentence says nothing
 * was changed, keysChanged false (no reboot is due for the keys: knowledge.md, Fix step 4). Not in a question, nor when
 * the keys are said not to be set or right. Bounded, linear; the cheap word test first.
 */
const KEYS_WORD = /(?<![a-z])(?:keys?|reg(?:istry)?)(?![a-z])|キー|レジストリ/i;
const KEYS_VERIFIED_EN =
  /(?<![a-z])(?:(?:tls\s?1\.?2\s)?(?:reg(?:istry)?\s|schannel\s)?(?:keys?|values?)\s(?:(?:are|were|is|was|have\sbeen|has\sbeen)\s)?(?:already\s|all\s|both\s)?(?:set|in\splace|there|present|checked|verified|confirmed|correct|right|fine|ok(?:ay)?|good)|(?:checked|verified|confirmed)\s(?:the\s)?(?:tls\s?1\.?2\s)?(?:reg(?:istry)?\s|schannel\s)?(?:keys?|values?))(?![a-z])/i;
const KEYS_VERIFIED_JA = /(?:キー|レジストリ)(?:の?(?:設定|値))?\s?(?:は|も|が)?\s?(?:すでに|既に|もう)?\s?(?:確認済み?|確認しました|確認した|正しい|正しく設定|問題(?:なし|ありません|ない)|設定済み?)/;
const KEYS_NOT =
  /(?<![a-z])(?:not|n't|never)\s(?:yet\s|all\s)?(?:set|there|present|correct|right|ok|checked|verified|in\splace)(?![a-z])|(?:設定されて|正しく|確認して|設定して)(?:い)?(?:ない|ません)|未確認|未設定|間違/i;
/**
 * The keys found absent or off (REV7 #1): "they are missing", "TLS 1.2 Client is missing", "keys are there but disabled",
 * "Enabled=0", "DisabledByDefault is 1", 「キーがありません」「Clientがありませんでした」「Enabledが0でした」「無効」: checked, and NOT in
 * place. Also wrong values ("wrong", "incorrect", 違って). A sentence with one of these stores nothing as done.
 */
export const KEYS_ABSENT =
  /(?<![a-z])(?:missing|absent|gone|disabled|wrong|incorrect|off|empty|(?:does|do|did)\s?(?:n't|\snot)\s(?:exist|show|appear)|(?:not|n't)\s(?:exist|there|found|present|enabled|showing))(?![a-z])|(?<![a-z])no\s(?:(?:tls\s?1\.?2|client|server|schannel)\s)*(?:keys?|subkeys?|entry|entries|values?|client|server)(?![a-z])|enabled\s?(?:[:=]|is|was|set\sto|at)?\s?0(?![\d.])|disabledbydefault\s?(?:[:=]|is|was|set\sto|at)?\s?1(?![\d.])|(?:あり|有り)ません|(?:が|は|も)\s?(?:な|無)(?:い|かった|く)|存在し(?:ない|ません)|未作成|無効|見当たら|違って|違いました|enabled\s?(?:が|は)\s?0|disabledbydefault\s?(?:が|は)\s?1/i;
/** A contrast after the verified words ("…, but…", 「…ですが、」「…けど」): the later clause may take it back; not stored (QA37, REV7 #1). */
const KEYS_CONTRAST = /(?<![a-z])(?:but|however|though|although|except|yet)(?![a-z])|が、|が\s|けど|けれど|しかし|ただ、|ただし/i;
/** What follows the contrast speaks of the keys or the server again ("…, but this is a new server", 「…ですが、Clientがありません」). */
const CONTRAST_ON_KEYS = /(?<![a-z])(?:keys?|reg(?:istry)?|client|server|values?|enabled|disabledbydefault|tms|this|it|they|them)(?![a-z])|キー|レジストリ|クライアント|サーバ|値|この|それ/i;
function contrastOnKeys(sentence: string): boolean {
  const c = KEYS_CONTRAST.exec(sentence);
  return !!c && CONTRAST_ON_KEYS.test(sentence.slice(c.index + c[0].length));
}
/**
 * The machine words (QA37 A3 chose them from other-machine.ts's pieces; the others were never tested here): fewer age
 * words, "other", "another", "second", only "test" and "lab" of the environment words, "backup", "standby"; SQL's own server.
 */
const KEYS_ELSEWHERE_WORDS = [
  wordsBut(AGE_WORDS_EN, 'older', 'newer', 'prior', 'legacy'),
  ELSE_WORDS_EN,
  'second',
  wordsBut(ENV_WORDS_EN, 'testing', 'staging', 'dev'),
  'backup|standby|sql|db|database',
].join('|');
/**
 * Not this TMS server's keys, or not known firsthand (QA37 A3): "on the old server", "another/other/new/previous server",
 * "on the endpoint side", "by the previous engineer", "not sure", "I think", "should be", 「旧サーバ」「別のサーバ」「前任者」
 * 「エンドポイント側」「たぶん」「はず」「と思います」. Not stored: the bot asks or says what to check.
 */
const KEYS_ELSEWHERE_OR_HEDGED = new RegExp(
  String.raw`(?<![a-z])(?:${KEYS_ELSEWHERE_WORDS})\s(?:tms\s)?(?:${SERVER_NOUNS_EN}|node|tms)s?(?![a-z])|` +
    String.raw`(?<![a-z])(?:on|at|for|in|of)\s(?:the\s|all\s|our\s|each\s|every\s)?(?:endpoints?|codecs?|devices?|sx\d{2,3}s?|mx\d{3}s?|expressways?|vcs|cms|meeting\sserver)(?![a-z])|(?<![a-z])(?:endpoints?|codecs?|devices?)(?:'s|\sside)(?![a-z])|(?<![a-z])(?:previous|former|other|another)\s(?:engineer|admin|administrator|team|guy|person|colleague)|(?<![a-z])(?:not\s(?:sure|certain)|unsure|i\sthink|i\sbelieve|i\sguess|probably|maybe|perhaps|apparently|supposedly|should\sbe|might\sbe|may\sbe|i\swas\stold|we\swere\stold|told\sme|told\sus|according\sto|someone|somebody|they\ssay|i\sassume|presumably|hopefully)(?![a-z])` +
    String.raw`|旧\s?(?:サーバ|tms|TMS)|(?:${ELSE_WORDS_JA}|前|以前|古い|新しい|新)の?\s?(?:サーバ|tms|TMS|機械|マシン|ノード)|新サーバ|前任|担当者|(?:エンドポイント|端末|コーデック)\s?(?:側|で|の設定|の方)|(?:sql|SQL|db|DB)\s?サーバ|たぶん|多分|おそらく|恐らく|はず|と思い|と思う|らしい|かも|不明|わから|分から|わかりません|聞いて(?:い|お)|とのこと|そうです`,
  'i',
);
/** A change verb in the same statement ("checked and created", 「確認済みで作成しました」): a change, not "already right". */
export const KEYS_CHANGE_VERB =
  /(?<![a-z])(?<!(?:nothing|no|not|never|n't)\s(?:was\s|were\s|been\s|has\sbeen\s)?)(?:created|creating|added|adding|imported|importing|fixed|fixing|changed|corrected|merged|applied|set\sup|updated|edited|modified|wrote|re-?created)(?![a-z])(?!\s(?:nothing|anything))|(?:作成|追加|修正|変更|インポート|登録|直|更新|編集)(?:しました|した(?!ら)|完了|済|して(?:あ|い(?!ませ|な)|お))/i;
/** "nothing changed" about the symptom, not the keys (QA37 A2): "… nothing changed in TMS tools yet", "nothing changed, still No HTTPS response", 「状況は変更なし」. */
const NOTHING_CHANGED_SYMPTOM =
  /(?<![a-z])(?:nothing|no)\s(?:has\s|have\s)?(?:changed|change)\s(?:in|on|at|for|yet|with|since|after|so\sfar)(?![a-z])|(?<![a-z])(?:still|navigator|no\shttps|symptoms?|errors?|status|results?|tms\stools?|yet)(?![a-z])|(?:状況|症状|状態|結果|エラー|画面|ナビゲーター|navigator|表示|現象)\s?(?:は|に|も|が)?\s?(?:変更|変化|変わり)|まだ|依然/i;
/** The keys themselves said unchanged ("keys checked, nothing changed", "they were already correct, I changed nothing", 「キーは確認済みで正しい（変更なし）」). */
/** "nothing changed", "no changes needed", "didn't have to change anything", 「変更なし」「何も変更していません」. */
const NOTHING_CHANGED =
  /(?<![a-z])(?:nothing|no\s(?:changes?|edits?))\s(?:was\s|were\s)?(?:changed|needed|required|to\schange|made)(?![a-z])|(?<![a-z])(?:nothing|no)\s(?:changed|to\schange)(?![a-z])|(?<![a-z])(?:did\s?n't|did\snot)\s(?:have\sto\s|need\sto\s)?change\s(?:anything|them|a\sthing)(?![a-z])|(?<![a-z])no\schanges?(?![a-z])|(?<![a-z])(?:i|we)\s(?:have\s|'ve\s)?(?:changed|touched)\snothing(?![a-z])|変更\s?(?:なし|無し|不要)|(?:何も|なにも)\s?(?:変更|変えて|いじって)(?:して)?(?:い)?(?:ない|ません)/i;

/** The keys found wrong and then fixed: "they were wrong, fixed them", "had to correct them", 「間違っていたので修正しました」. */
const KEYS_FIXED =
  /(?<![a-z])(?:fixed|corrected|changed|updated)\s(?:them|those|these|both)(?![a-z])|(?<![a-z])had\sto\s(?:fix|correct|change|update)\s(?:them|it|those|these|one|both)(?![a-z])|(?:間違|誤って|違って|正しくなかった|おかしかった)[^。]{0,20}(?:修正|訂正|変更|直)(?:しました|した|済み?|して(?:あり|おき|い(?!ない|ません)))/i;
const FIXED_NOT = /(?:n't|(?<![a-z])not|(?<![a-z])never)\s(?:yet\s|had\sto\s|have\sto\s|need(?:ed)?\sto\s)?(?:fix|correct|change|update)|(?<![a-z])(?:if|whether|should|will|going\sto)(?![a-z])|(?:修正|変更|直)(?:して(?:い)?(?:ない|ません)|せず)|なら|場合/i;

/** A clause that names no protocol, or TLS 1.2 among those it names (the TLS 1.2 step's keys). */
function onlyTls12Keys(clause: string): boolean {
  const protos = mentionsIn(clause).flatMap((m) => m.protos);
  return !protos.length || protos.includes('tls12');
}

function readKeysVerified(text: string, out: TlsClaims): void {
  if (text.length > 2000 || !KEYS_WORD.test(text)) return;
  for (const sentence of sentencesOf(text)) {
    if (!KEYS_WORD.test(sentence) || aboutThirdParty(sentence) || /[?？]\s*$/.test(sentence) || JA_QUESTION_END.test(sentence)) continue;
    // (A sentence about another protocol's keys, "TLS 1.0 keys are set", is not TLS 1.2's.)
    const protos = mentionsIn(sentence).flatMap((m) => m.protos);
    if (protos.length && !protos.includes('tls12')) continue;
    // "keys checked, they were wrong, fixed them", 「キーを確認したら間違っていたので修正しました」: the keys changed (a reboot may be due).
    if (KEYS_FIXED.test(sentence) && !FIXED_NOT.test(sentence)) {
      out.keysChanged = true;
      out.tls12 = 'on';
      delete out.tls12ValuesOff;
      continue;
    }
    if (!(KEYS_VERIFIED_EN.test(sentence) || KEYS_VERIFIED_JA.test(sentence)) || KEYS_NOT.test(sentence)) continue;
    // (QA37 A3, REV7 #1: a wrongly stored "done" skips a needed step or reboot; when unsure, nothing is stored.)
    if (KEYS_ABSENT.test(sentence) || contrastOnKeys(sentence) || KEYS_ELSEWHERE_OR_HEDGED.test(sentence) || KEYS_CHANGE_VERB.test(sentence)) continue;
    if (out.tls12 === undefined) out.tls12 = 'on';
    // (QA37 A2: only the keys said unchanged, and no change or symptom word anywhere in the message.)
    if (out.tls12 === 'on' && out.keysChanged === undefined && NOTHING_CHANGED.test(sentence) && !NOTHING_CHANGED_SYMPTOM.test(sentence) && !KEYS_CHANGE_VERB.test(text)) out.keysChanged = false;
  }
}

/**
 * "TLS 1.2 の Client キーは Enabled=0 だったので 1 に変更しました", "The TLS 1.2 Client key had Enabled=0, I changed it to 1",
 * "I set Enabled to 1 and DisabledByDefault to 0": values set anew are keys changed, and the newest values say the
 * state (of TLS 1.2 unless the sentence names only another protocol, or only the Server subkey). After the clauses:
 * the change is the sentence's last word on the key.
 */
function readValueChange(sentence: string, out: TlsClaims): void {
  if (!MAY_KEY_VALUE.test(sentence) || !/\d/.test(sentence)) return;
  const r = valuesRead(sentence);
  if (!r?.changed || !changeReported(sentence)) return;
  out.keysChanged = true;
  const protos = mentionsIn(sentence).flatMap((m) => m.protos);
  const serverOnly = SERVER_KEY.test(sentence) && !CLIENT_KEY.test(sentence);
  if (!r.state || serverOnly || (protos.length && !protos.includes('tls12'))) return;
  out.tls12 = r.state;
  if (r.state === 'off') out.tls12ValuesOff = true;
  else delete out.tls12ValuesOff;
}

/** A sentence that ends as a Japanese question without its mark: 「…ですよね」「…でしょうか」「…からでは」. */
/**
 * The state itself is what is asked, right before the question ending: 「この reg で TLS 1.0 は有効のままですか？」「TLS 1.0 は有効になって
 * いますか？」 (FIX58A #2). のまま / になっています state elsewhere in a question (「Medium のままですが、…ですか？」), not here.
 */
const STATE_ASKED_JA = /(?:のまま|になって(?:い|お)(?:ます|る)(?:の|ん)?|にして(?:い|あり)(?:ます|る)(?:の|ん)?)\s?(?:です|でしょう)?\s?か\s*[?？。.]?\s*$/;
const JA_QUESTION_END = /(?:ですよね|ますよね|でしょうか|でしょう|ではないですか|じゃないですか|ではないでしょうか|(?:から|の|ん)では|ですか|ますか)\s*[。.]?\s*$/;

/** "via GPO", "a group policy", 「グループ ポリシーで」: how the protocols were changed. */
const BY_POLICY = /(?<![a-z])(?:gpos?|group\s?polic(?:y|ies)|domain\s?polic(?:y|ies))(?![a-z])|グループ\s?ポリシー/i;

function readClause(clause: string, ja: boolean, out: TlsClaims, ms: Mention[], sentence = clause): void {
  if (IIS_CRYPTO.test(clause) && BEST_PRACTICES.test(clause) && IIS_DONE.test(clause) && !REGISTRY_NEG.test(clause)) {
    out.iisCryptoBestPractices = true;
    out.tls10 = 'off';
    out.ssl3 = 'off';
  }
  if (ms.length === 0) {
    if (REGISTRY_UNTOUCHED.some((re) => re.test(clause))) {
      out.registryUntouched = true;
      return;
    }
    if (TMS_PLACE.test(clause) || /regist|レジストリ/i.test(clause)) {
      // (「レジストリ設定済みですがEnabledが0でした」: done, but then found off or missing: not stored, REV7 #1.)
      const takenBack = KEYS_ABSENT.test(clause) || (KEYS_CONTRAST.test(sentence) && KEYS_ABSENT.test(sentence));
      if (REGISTRY_DONE.some((re) => re.test(clause)) && !REGISTRY_NEG.test(clause) && !takenBack) out.tls12 = 'on';
    }
    return;
  }
  const states: (State | null)[] = ms.map((m, i) => stateOf(clause.slice(i > 0 ? ms[i - 1].end : 0, m.start), clause.slice(m.end, i + 1 < ms.length ? ms[i + 1].start : clause.length), ja));
  // 「TLS 1.0 を戻しました」「SSL 3.0 も元に戻しました」: put back (after it was disabled) is on again. Only for the
  // protocols a fix turns off (「TLS 1.2 の設定を元に戻しました」 is another matter, read as nothing).
  ms.forEach((m, i) => {
    if (states[i] !== null || !m.protos.every((p) => p === 'tls10' || p === 'ssl3' || p === 'tls11')) return;
    const after = clause.slice(m.end, i + 1 < ms.length ? ms[i + 1].start : clause.length);
    if (PUT_BACK_JA.test(after) || PUT_BACK_THEN_JA.test(after)) states[i] = 'on';
  });
  // "SSL 3.0 and TLS 1.0 are disabled", "disabled SSL 3.0 and TLS 1.0": a mention joined by "and" takes its neighbour's verb.
  for (let i = 0; i < ms.length; i++) {
    if (states[i] !== null) continue;
    const next = i + 1 < ms.length && CONJUNCTION.test(clause.slice(ms[i].end, ms[i + 1].start)) ? states[i + 1] : null;
    const prev = i > 0 && CONJUNCTION.test(clause.slice(ms[i - 1].end, ms[i].start)) ? states[i - 1] : null;
    states[i] = next ?? prev;
  }
  ms.forEach((m, i) => {
    const s = states[i];
    if (!s) return;
    for (const p of m.protos) {
      if (p === 'tls11') continue;
      out[p] = s;
    }
    // "TLS 1.2 Client key: Enabled=0": the key's values read, as a `reg query` shows them.
    if (m.protos.includes('tls12')) {
      const after = clause.slice(m.end, i + 1 < ms.length ? ms[i + 1].start : clause.length).slice(0, 120);
      const before = clause.slice(i > 0 ? ms[i - 1].end : 0, m.start).slice(-60);
      if (s === 'off' && (keyValuesState(after) ?? keyValuesState(before)) === 'off') out.tls12ValuesOff = true;
      else delete out.tls12ValuesOff;
    }
  });
}
