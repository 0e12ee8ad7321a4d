/**
 * A hardening change announced as a plan, not reported done (QA49 F2): "I'll disable TLS 1.0 and SSL 3.0 tonight while I'm
 * at it", "I'll just disable SSL 3.0 as well while I'm there", "going to run IIS Crypto best practices after the fix",
 * 「TLS 1.0 と SSL 3.0 もついでに無効にしておきます」「今夜 IIS Crypto の Best Practices を適用する予定です」. Nothing in it is
 * done yet (tls-claims.ts reads what was done); with SQL Server 2008 R2 on the TMS server the reply warns before it happens
 * (knowledge.md: a build without TLS 1.2 support stops when TLS 1.0 and SSL 3.0 are both off; the Best Practices template
 * turns both off).
 *
 * Not a plan: a question ("should we disable SSL 3.0 too?", 「無効にしてもいいですか」), a condition ("if we disable TLS 1.0…",
 * 「無効にしたら」), a negation ("we won't disable TLS 1.0", 「無効にはしません」), a change said done ("we disabled TLS 1.0",
 * 「無効にしました」), a change on another system ("I'll disable TLS 1.0 on the codecs", "…on the Expressway").
 * Nor (REV20 #5) another server ("on the lab TMS", "on the other TMS at site B", "on the Osaka TMS", "on the web server",
 * "in the browser", 「検証用の TMS で」「別拠点の TMS では」), a question without its mark ("so should we disable TLS 1.0 too",
 * "Will disabling TLS 1.0 break SQL"), someone else's plan or words ("Bob will…", "the security team will…", "someone said
 * they're disabling…", a quote). 「TLS 1.0 を切ります」「TLS 1.0 を止める予定です」 are plans (REV21-a #8c); a miss kept on
 * purpose: 「TLS 1.0 を無効にするのは来月にします」. A request to someone ("@bob can you disable TLS 1.0 and SSL 3.0 tonight?",
 * 「田中さん、TLS 1.0 の無効化をお願いします」) is read too, marked `request` (REV21-a #1).
 * Pure, total, bounded (the first 600 characters); two cheap word tests first (a protocol or the template, and an off or
 * apply word).
 */
import { allMatches } from './fast-regex';
import { aboutOtherSite } from './other-site';
import { OTHER_SERVER_DONE_ON } from './step-list-framed';

export interface HardeningPlan {
  /** TLS 1.0 to be turned off on the TMS server. */
  tls10?: true;
  /** SSL 3.0 to be turned off on the TMS server. */
  ssl3?: true;
  /** IIS Crypto's "Best Practices" template to be applied (it turns TLS 1.0 and SSL 3.0 off). */
  bestPractices?: true;
  /**
   * Only asked of someone ("@bob can you disable TLS 1.0 and SSL 3.0 tonight?", 「田中さん、TLS 1.0 の無効化をお願いします」),
   * not announced by the speaker (REV21-a #1): the engine answers it only when the line is said to a colleague and the
   * change would be an outage (hardeningPlanWarns); otherwise the line is read as before.
   */
  request?: true;
}

/** Cheap tests: nothing below matches without one of each (REV20 #14: "tls" alone is in most messages of this domain). */
const MAY = /tls|ssl|best\s?practice|ベスト\s?プラクティス/i;
const MAY_OFF = /disabl|turn|switch|kill|remov|drop|deactivat|rid\sof|untick|uncheck|practice|無効|オフ|停止|廃止|外|止め|切|プラクティス/i;

/** TLS 1.0 / SSL 3.0 (and "TLS 1.0 and 1.1"); group 1 the family, group 2 the version. */
const PROTO = /(?<![a-z])(tls|ssl)\s?v?\s?(1\.0|10|1|3\.0|3)(?![\d.]*\d)/gi;
const ANY_PROTO = /(?<![a-z])(?:tls|ssl)\s?v?\s?\d/i;

/**
 * A future, an intention or a proposal (EN): "I'll", "we will", "going to", "gonna", "plan to", "about to", "let's", "tonight
 * I'm disabling", "we should probably disable TLS 1.0 too" (not "should we…?", a question: NOT_PLAN_EN); a present verb with a time
 * ahead or "as planned" after it ("we disable TLS 1.0 and SSL 3.0 tonight as planned", REV23 #2).
 */
const FUTURE_EN =
  /(?<![a-z])(?:will|shall|going\sto|gonna|plan(?:ning|s)?\s(?:to|on)|intend(?:ing|s)?\sto|about\sto|let'?s|scheduled\sto|should|ought\sto|needs?\sto|ha(?:ve|s)\sto|must|(?:might|may)\sas\swell)(?![a-z])|'ll(?![a-z])|(?<![a-z])(?:i'm|i\sam|we're|we\sare)\s(?:also\s|just\s|then\s)?(?:disabling|turning|switching|running|applying|killing|removing)(?![a-z])|(?<=(?<![a-z])(?:i|we)\s(?:also\s|just\s|then\s)?)(?:disable|turn|switch|kill|remove|drop|apply|run)(?![a-z])(?=(?:[^.;!?]|\.(?=\d)){0,80}?(?<![a-z])(?:tonight|tomorrow|tmrw|later|next|as\s(?:we\s)?planned|this\s(?:evening|weekend|afternoon)|on\s(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![a-z]))/i;
/** Turning a protocol off (EN): the verb, then the protocol within the clause ("disable TLS 1.0", "turn off the SSL 3.0"). */
const OFF_VERB_EN = /(?<![a-z-])(?:disabl(?:e|ing)|turn(?:ing)?(?:\soff|(?=\s[^,;!?]{1,40}?\soff(?![a-z])))|switch(?:ing)?(?:\soff|(?=\s[^,;!?]{1,40}?\soff(?![a-z])))|(kill(?:ing)?|remov(?:e|ing)|drop(?:ping)?)|deactivat(?:e|ing)|get(?:ting)?\srid\sof|untick(?:ing)?|uncheck(?:ing)?)(?![a-z])/i;
/** "remove the TLS 1.0 keys": without its keys a protocol is back at the Windows default, not off. */
const KEYS_WORD = /(?<![a-z])(?:keys?|subkeys?|values?|entry|entries)(?![a-z])/i;
/** The clause of the verb ends at "and"/"but"/"then" not followed by one more protocol ("disable SSL 3.0 and keep TLS 1.0"). */
const CLAUSE_END_EN = /;|,(?!\s?(?:(?:and|or)\s)?(?:also\s|the\s)?(?:tls|ssl|v?1\.|v?3\.))|\s(?:and|but|then|while|so)\s(?!(?:also\s|the\s)?(?:tls|ssl|1\.|3\.))/i;
/**
 * A noun right after the protocols the verb turns off (EN, REV22 #4, REV23 #3): what is turned off is that thing, not the
 * protocols ("kill the TLS 1.0 test session", "drop the TLS 1.0 ticket", "turn the TLS 1.0 alert off", "disable TLS 1.0 client
 * side", "remove TLS 1.0 from the list"). A block list: any other word ("per the audit", "server-wide", "there", "ciphers")
 * leaves the protocols turned off.
 */
const NOUN_AFTER_PROTO_EN =
  /^\s*(?:(?:test|testing|debug|scan|audit|monitoring)\s)?(?:tickets?|sessions?|alerts?|alarms?|tests?|testing|lists?|checklists?|monitor(?:s|ing)?|client[\s-]?side|clients?|chrome|firefox|edge|safari|ie|internet\sexplorer|browsers?|laptops?|cases?|incidents?|tasks?|items?|warnings?|notifications?|emails?|dashboards?|reports?|probes?|sensors?|checks?|widgets?|tabs?|jira)(?![a-z])|^\s*from\s(?:the\s|my\s|our\s|your\s|this\s)?(?:lists?|checklists?|monitoring|dashboards?|reports?|scans?|tickets?|alerts?|spreadsheets?|docs?|documents?|pages?)(?![a-z])/i;
/** Applying the template (EN): "run/apply/use IIS Crypto best practices", "click Best Practices". */
const APPLY_EN = /(?<![a-z])(?:run(?:ning)?|apply(?:ing)?|use|using|click(?:ing)?|hit(?:ting)?|push(?:ing)?|do(?:ing)?|go\swith|set)(?![a-z])/i;
const BEST_PRACTICES = /best\s?practices?|ベスト\s?プラクティス/i;
const IIS_CRYPTO = /iis\s?crypto|template|テンプレート/i;

/** Not a plan (EN): a question, a condition, a negation, or a change said done. */
const NOT_PLAN_EN =
  /[?？]|(?<![a-z])(?:if|whether|unless|suppose|supposing|not|never|wonder(?:ing)?|what\sabout|how\sabout)(?![a-z])|n't(?![a-z])|^\s*(?:(?:so|hey|ok|okay|and|but|then|well|also|now|hmm|um|btw)[\s,]+){0,3}(?:(?:do|does|is|are|should|can|could|shall)\s|(?:will|would|may|might|must|did)\s(?:we|i|you|it|they|that|this|there|disabling|turning|switching|removing|killing|dropping|running|applying)(?![a-z]))/i;
/** Someone else's words, not a plan said here (REV20 #5): a quote, or what was written / said / posted. */
const HEARSAY_EN = /["“”]|(?<![a-z])(?:wrote|writes|said|says|posted|quoted|according\sto|reddit|forum|blog)(?![a-z])/i;
/** Before the future word, in its clause: "I", "we", or no subject at all ("going to…", "let's…", "tonight, we'll…"). */
const OWN_SUBJECT_EN =
  /(?:^|[\s,;:(])(?:i|we|i'm|we're|i\sam|we\sare)(?:\s(?:also|just|then|probably|really|definitely|still|now|actually|all|both))*\s*$|^[\s\W]*(?:(?:ok|okay|so|then|also|and|but|tonight|tomorrow|today|later|first|now|btw|fyi|anyway|maybe|probably|hey|well|fine|sure|alright|right|yeah|yes|next|after(?:wards)?|this\s(?:week(?:end)?|evening|morning|afternoon)|next\s(?:week|month)|at\ssome\spoint)[\s\W]*)*$/i;
/** The clause of the future word starts after the last of these before it. */
const CLAUSE_START_EN = /[,;:]\s|\s(?:and|but|so|then)\s/gi;

/**
 * Another system's TLS, not the TMS server's: "on the codecs", "on the Expressway", "on the SQL box", "on the web server",
 * "in the browser", "on all other servers", "at site B", 「検証用の TMS で」 (OTHER_SERVER_DONE_ON), "the Osaka TMS",
 * 「別拠点の TMS」 (aboutOtherSite).
 */
const OTHER_PLACE =
  /(?<![a-z])(?:on|for|at|in)\s(?:the\s|all\s|our\s|your\s|my\s|his\s|her\s|their\s|every\s|each\s|those\s|these\s)?(?:(?:other|another|different|remaining)\s)?(?:endpoints?|codecs?|devices?|video\s?systems?|rooms?|room\s?kits?|boards?|sx\d{2,3}s?|mx\d{3}s?|expressways?|vcs|cms|cucm|meeting\sserver|sql(?:\s(?:server|box|vm|host))?|db|database|domain\scontrollers?|proxy|load\s?balancer|firewall|laptops?|workstations?|exchange|citrix|web\s?servers?|browsers?|chrome|firefox|edge|safari|internet\sexplorer|ie|clients?|pcs?|(?<=(?:other|another|different|remaining)\s)(?:servers?|tms|boxes|machines|hosts|vms)|site\s[a-z0-9](?![a-z0-9])|(?:dr|backup|lab|test|staging|dev)\s(?:site|tms|server|box|environment))(?![a-z])|(?:エンドポイント|端末|コーデック|expressway|sql\s?サーバ|dbサーバ|データベースサーバ|web\s?サーバー?|ウェブサーバー?|ブラウザ|クライアント|(?:他|別|ほか)の?\s?サーバー?)(?:側)?(?:で|では|に|の)/i;
/** Someone else's plan or words (JA): 「佐藤さんが…」「セキュリティ部門は…」「…と言っていました」「…そうです」「…らしい」. */
const THIRD_PARTY_JA = /(?:さん|くん|君|様|氏|チーム|部門|部署|担当者?|ベンダー?|業者|上司|お客様|客先|先方|彼女?|誰か)(?:が|は|から|も|によると)|と(?:言|い|書|聞)|って(?:言|い)|によると|らしい|(?:予定|する|します)(?:だ|な)?そう/;

/** Turning off (JA): the verb stem right after the protocol (「TLS 1.0 と SSL 3.0 もついでに無効に」). */
const OFF_JA = /(?:無効|オフ|停止|廃止)\s?(?:化\s?)?(?:に\s?)?|外\s?(?=し|す)/;
/**
 * 「来週 TLS 1.0 を切ります」「監査対応で TLS 1.0 を止める予定です」 (REV21-a #8c): 切る / 止める with a plan ending, in one
 * (not 「切り替え」, 「止めません」).
 */
const CUT_PLAN_JA =
  /(?:切(?=り?ます|る(?:予定|つもり|方向|こと(?:に|と))|る\s*[。.!！]?\s*$|って\s?(?:おきます|おく|しまいます)|ろう)|止め(?=ます|る(?:予定|つもり|方向|こと(?:に|と))|る\s*[。.!！]?\s*$|て\s?(?:おきます|おく|しまいます)|よう))/;
/**
 * An object that is not the protocols (JA, REV22 #3): a ticket, a case, a service, SQL or a connection named after them
 * (「TLS 1.0 の件でチケットを切ります」「TLS 1.0 の検証のため、一度サービスを止めます」「TLS 1.0 の設定変更のため、SQL を停止します」
 * 「TLS 1.0 で接続を切ります」). A block list (REV23 #4).
 */
const OTHER_OBJECT_JA = /(?:チケット|ケース|インシデント|サービス|sql(?:\s?server)?|db|データベース|接続|セッション|アラート|監視|通知|ブラウザ|クライアント|端末|パソコン|pc)\s*を/i;
/**
 * How 切る / 止める link to the last protocol (JA, REV23 #4): more versions, then の両方 / のサポート / のプロトコル / の設定, then
 * を / も / は, and a few words with no other を (「TLS 1.0 と SSL 3.0 は今夜切ります」「TLS 1.0 も SSL 3.0 も切ります」
 * 「TLS1.0を今夜止めます」); not 「TLS 1.0 の件で…」「TLS 1.0 で接続を…」.
 */
const CUT_LINK_JA = /^(?:\s*(?:と|、|,|や|\/|・|および|及び)\s*v?\d(?:\.\d)?)*\s*(?:の\s?(?:両方|サポート|プロトコル|設定|通信|利用|使用)\s?)?(?:を|も|は)[^を。、,]{0,16}$/;
/**
 * Is what the verb turns off the protocols (JA)? `before` runs from the first protocol to the verb: no other object
 * (OTHER_OBJECT_JA); 切る / 止める (`needsWo`) also need the protocols linked to them (CUT_LINK_JA); 無効 / オフ / 停止 need no
 * more (「TLS 1.0 と SSL 3.0 の両方を無効にします」「TLS 1.0 のプロトコルを無効にします」, as before REV22).
 */
function protocolsObject(before: string, needsWo: boolean): boolean {
  if (OTHER_OBJECT_JA.test(before)) return false;
  if (!needsWo) return true;
  let end = -1;
  for (const m of allMatches(PROTO, before)) end = m.index + m[0].length;
  return end >= 0 && CUT_LINK_JA.test(before.slice(end));
}
/** 切る / 止める as a plan (CUT_PLAN_JA) with the protocols before を, or null. */
function cutPlanned(tail: string): RegExpExecArray | null {
  const cut = CUT_PLAN_JA.exec(tail);
  return cut && protocolsObject(tail.slice(0, cut.index), true) ? cut : null;
}
/** A plan ending (JA) after the verb stem: する, します, しておきます, しとく, する予定, するつもり, しようと思います. */
const PLAN_TAIL_JA = /^(?:に)?\s?(?:する(?:予定|つもり|こと(?:に|と)|方向|\s*(?:ね|よ)?\s*[。.!！]?\s*$)|します|して\s?(?:おきます|おく|しまいます|しまう)|しとき?ます|しとく|しちゃいます|しましょう|しよう(?:と思|かと思)?|予定|す(?=予定|つもり|\s*[。.!！]?\s*$))/;
/** What stays on, before the verb (「TLS 1.0 は有効のまま、SSL 3.0 を無効にします」): protocols before it are not turned off. */
const KEPT_JA = /有効|まま|残|以外/g;
/** Applying the template (JA): 適用/実行/当て, then a plan ending. */
const APPLY_JA = /(?:適用|実行|当て|使)/;
const APPLY_TAIL_JA = /^(?:する(?:予定|つもり)?|します|して\s?(?:おきます|おく|しまいます)|しておきます|しとき?ます|しとく|しよう(?:と思|かと思)?|る(?:予定|つもり)?|ます|ておきます|ておく|とく|う(?:予定|つもり)?|います|いましょう)/;
/** Not a plan (JA): a question, a condition, a negation, or a change said done. */
const NOT_PLAN_JA = /[?？]|(?:ですか|ますか|でしょうか|ましょうか|べき|ても|たら|れば|なら|場合|か\s*[。.]?\s*$)/;
/**
 * A negation or a change said done (JA), in the plan's own clause (from the last 、 before the protocol): 「直りました、SSL 3.0 も
 * 来月無効にする予定です」 is a closing and a plan (REV21-a #4), 「TLS 1.0 は無効にしました」 is done.
 */
const NOT_PLAN_CLAUSE_JA = /ません|しない|せず|ました|済|ていた|ている|ています|てある|てあります|(?:予定|つもり|方向|こと|気)(?:は|も)\s?(?:ない|なし|ありません|無い)|(?<!しか)ない(?:です|でしょう|よ|ね)?\s*[。.!！]?\s*$/;

const SENTENCE_SPLIT = /(?<=[?？!！。\n])|(?<=\.)(?=\s|$)/;
const JA_TEXT = /[\u3040-\u30ff\u4e00-\u9fff]/;

function protocolsIn(s: string): { tls10: boolean; ssl3: boolean } {
  let tls10 = false;
  let ssl3 = false;
  for (const m of allMatches(PROTO, s)) {
    const fam = m[1].toLowerCase();
    const v = m[2];
    if (fam === 'ssl' && (v === '3' || v === '3.0')) ssl3 = true;
    if (fam === 'tls' && (v === '1.0' || v === '10' || v === '1')) tls10 = true;
  }
  return { tls10, ssl3 };
}

/** The protocols in `after` (the verb's clause) are what it turns off: after the last one, no noun they name (NOUN_AFTER_PROTO_EN). */
function protocolsEndClean(after: string): boolean {
  let end = -1;
  for (const m of allMatches(PROTO, after)) end = m.index + m[0].length;
  return end < 0 || !NOUN_AFTER_PROTO_EN.test(after.slice(end));
}

/** Where the future word's clause starts ("thanks, it works now, we'll disable…": after "now, "). */
function clauseStart(s: string, at: number): number {
  const lo = Math.max(0, at - 80);
  let from = lo;
  for (const c of allMatches(CLAUSE_START_EN, s.slice(lo, at))) from = lo + c.index + c[0].length;
  return from;
}

/** The speaker's plan (EN) in one sentence (lower case): what it turns off, and where in the sentence the plan's clause starts. */
function readEn(sentence: string, out: HardeningPlan): number | null {
  let s = sentence;
  if (!FUTURE_EN.test(s) || NOT_PLAN_EN.test(s) || OTHER_PLACE.test(s) || HEARSAY_EN.test(s)) return null;
  // Its subject is the speaker ("I", "we", or none said), not "Bob will…", "the security team will…"; the first future word
  // that is the speaker's ("DBA will patch SQL to SP3 on Thursday, and I'll disable TLS 1.0 the same day": the second,
  // REV21-a #8b). What it turns off is read from its clause on.
  let from = -1;
  let n = 0;
  for (const f of allMatches(FUTURE_EN_ALL, s)) {
    const c = clauseStart(s, f.index);
    if (OWN_SUBJECT_EN.test(s.slice(c, f.index))) {
      from = c;
      break;
    }
    if (++n >= 4) break;
  }
  if (from < 0) return null;
  s = s.slice(from);
  let found = false;
  if (BEST_PRACTICES.test(s) && IIS_CRYPTO.test(s)) {
    const a = APPLY_EN.exec(s);
    const bp = BEST_PRACTICES.exec(s);
    if (a && bp && a.index < bp.index && bp.index - a.index < 60) found = out.bestPractices = true;
  }
  const v = OFF_VERB_EN.exec(s);
  if (v) {
    // The protocols after the verb, within its clause ("disable TLS 1.0 and SSL 3.0", "turn TLS 1.0 off", "disable TLS 1.0,
    // 1.1 and SSL 3.0"; not "disable SSL 3.0 and keep TLS 1.0").
    const after = s.slice(v.index + v[0].length, v.index + v[0].length + 80).split(CLAUSE_END_EN)[0];
    if (!(v[1] && KEYS_WORD.test(after)) && protocolsEndClean(after)) {
      const p = protocolsIn(after);
      if (p.tls10) found = out.tls10 = true;
      if (p.ssl3) found = out.ssl3 = true;
    }
  }
  return found ? from : null;
}
const FUTURE_EN_ALL = new RegExp(FUTURE_EN.source, 'gi');

/** The same (JA): the plan's part starts after the last 、 before what it turns off (「直りました、SSL 3.0 も…」). */
function readJa(s: string, out: HardeningPlan): number | null {
  if (NOT_PLAN_JA.test(s) || OTHER_PLACE.test(s) || THIRD_PARTY_JA.test(s)) return null;
  const named = ANY_PROTO.exec(s) ?? BEST_PRACTICES.exec(s);
  const own = named ? Math.max(s.lastIndexOf('、', named.index), s.lastIndexOf(',', named.index), s.lastIndexOf('，', named.index)) + 1 : 0;
  if (NOT_PLAN_CLAUSE_JA.test(s.slice(own))) return null;
  let at = -1;
  if (BEST_PRACTICES.test(s)) {
    const bp = BEST_PRACTICES.exec(s)!;
    const rest = s.slice(bp.index + bp[0].length, bp.index + bp[0].length + 40);
    const a = APPLY_JA.exec(rest);
    if (a && APPLY_TAIL_JA.test(rest.slice(a.index + a[0].length))) {
      out.bestPractices = true;
      at = bp.index;
    }
  }
  const first = ANY_PROTO.exec(s);
  if (first) {
    const tail = s.slice(first.index, first.index + 80);
    const off = OFF_JA.exec(tail);
    // (無効 / オフ / 停止 with a plan ending, else 切る / 止める; either with the protocols as its object.)
    const planned = off && PLAN_TAIL_JA.test(tail.slice(off.index + off[0].length)) ? off : null;
    const v = planned ? (protocolsObject(tail.slice(0, planned.index), false) ? planned : null) : cutPlanned(tail);
    if (v) {
      const before = tail.slice(0, v.index);
      let from = 0;
      for (const k of allMatches(KEPT_JA, before)) from = k.index + k[0].length;
      const p = protocolsIn(before.slice(from));
      if (p.tls10) out.tls10 = true;
      if (p.ssl3) out.ssl3 = true;
      if (p.tls10 || p.ssl3) at = at < 0 ? first.index : Math.min(at, first.index);
    }
  }
  if (at < 0) return null;
  return Math.max(s.lastIndexOf('、', at), s.lastIndexOf(',', at), s.lastIndexOf('，', at)) + 1;
}

/**
 * A request to do it (EN, REV21-a #1): "can you disable TLS 1.0 and SSL 3.0 tonight?", "please disable TLS 1.0 …", "could you
 * turn off TLS 1.0 on the TMS box after the fix?", the change verb right after the request words. Not a request: a negation
 * ("please don't disable…", "can you not…"), a condition or a doubt ("if", "whether"), a request to check or confirm ("can you
 * check whether TLS 1.0 is disabled?": its verb is not a change verb), another system, someone's words.
 */
const REQUEST_EN =
  /(?<![a-z])(?:(?:can|could|would|will)\s(?:you|u)|please|pls|plz|kindly|need\syou\sto|go\sahead\sand)(?:\s(?:please|pls|also|just|quickly|then|tonight|today|now|go\sahead\sand))*\s(?=disabl|turn|switch|kill|remov|drop|deactivat|get\srid|untick|uncheck|run|apply|use|click|push|do\s)/i;
const NOT_REQUEST_EN = /(?<![a-z])(?:if|whether|unless|not|never|wonder(?:ing)?)(?![a-z])|n't(?![a-z])/i;

function readRequestEn(s: string, out: HardeningPlan): number | null {
  const r = REQUEST_EN.exec(s);
  if (!r || NOT_REQUEST_EN.test(s) || OTHER_PLACE.test(s) || HEARSAY_EN.test(s)) return null;
  const from = clauseStart(s, r.index);
  const asked = s.slice(r.index + r[0].length);
  let found = false;
  if (BEST_PRACTICES.test(asked) && IIS_CRYPTO.test(s)) {
    const a = APPLY_EN.exec(asked);
    const bp = BEST_PRACTICES.exec(asked);
    if (a && bp && a.index === 0 && bp.index < 60) found = out.bestPractices = true;
  }
  const v = OFF_VERB_EN.exec(asked);
  if (v && v.index === 0) {
    const after = asked.slice(v[0].length, v[0].length + 80).split(CLAUSE_END_EN)[0];
    if (!(v[1] && KEYS_WORD.test(after)) && protocolsEndClean(after)) {
      const p = protocolsIn(after);
      if (p.tls10) found = out.tls10 = true;
      if (p.ssl3) found = out.ssl3 = true;
    }
  }
  return found ? from : null;
}

/**
 * The same (JA): the verb stem, then a request ending: 「…を無効にしてもらえますか」「…の無効化をお願いします」「…を無効にして
 * ください」「…を止めてほしいです」. Not 「無効にしないでください」, 「無効にしてもらえました」 (done), a condition (「…しても
 * 大丈夫ですか」「…したら」), a check (「無効になっているか確認してください」).
 */
const REQUEST_TAIL_JA =
  /^(?:に)?\s?(?:して|し|て)?\s?(?:もらえ(?!た|まし)|もらい(?:たい)|いただけ(?!た|まし)|いただき(?:たい)|頂け(?!た|まし)|ください|下さい|くれ(?!た|まし)|ほしい|欲しい|おいて(?:ください|もらえ(?!た|まし)|いただけ(?!た|まし)))|^(?:に)?\s?(?:を|も)?\s?(?:お願い|おねがい|依頼)(?!し(?:た|まし))/;
const OFF_STEM_JA = /(?:無効|オフ|停止|廃止)\s?(?:化\s?)?(?:に\s?)?|(?:外|止め|切っ|切)\s?(?=して|し?て|ください|てほし|てもら|てくだ)/;
/** 止め / 切 (not 外): only with the protocols right before を (CUT_OBJECT_JA, REV22 #3: 「…チケットを切ってください」「…SQL を止めてください」). */
const CUT_STEM_JA = /^(?:止め|切っ|切)/;
const NOT_REQUEST_JA = /べき|ても(?!ら)|たら|れば|なら|場合|しないで|せずに|かどうか|ました(?!ら)|済/;

function readRequestJa(s: string, out: HardeningPlan): number | null {
  if (NOT_REQUEST_JA.test(s) || OTHER_PLACE.test(s) || THIRD_PARTY_JA.test(s)) return null;
  const first = ANY_PROTO.exec(s);
  if (!first) return null;
  const tail = s.slice(first.index, first.index + 80);
  const v = OFF_STEM_JA.exec(tail);
  if (!v || !REQUEST_TAIL_JA.test(tail.slice(v.index + v[0].length))) return null;
  if (!protocolsObject(tail.slice(0, v.index), CUT_STEM_JA.test(v[0]))) return null;
  const before = tail.slice(0, v.index);
  let from = 0;
  for (const k of allMatches(KEPT_JA, before)) from = k.index + k[0].length;
  const p = protocolsIn(before.slice(from));
  if (p.tls10) out.tls10 = true;
  if (p.ssl3) out.ssl3 = true;
  if (!(p.tls10 || p.ssl3)) return null;
  return Math.max(s.lastIndexOf('、', first.index), s.lastIndexOf(',', first.index), s.lastIndexOf('，', first.index)) + 1;
}

/** A hardening plan read, and the message without it (what the other readers answer: REV20 #2). */
export interface HardeningPlanRead {
  plan: HardeningPlan;
  /** The message with the plan's clauses taken out (blank when it was all plan). */
  rest: string;
}

/**
 * The hardening changes a message announces as planned on the TMS server, and the message without them; null when it
 * announces none. Read once per turn (engine.ts onText).
 */
export function hardeningPlanRead(text: string): HardeningPlanRead | null {
  if (typeof text !== 'string' || !MAY.test(text) || !MAY_OFF.test(text)) return null;
  const head = text.slice(0, 600);
  const out: HardeningPlan = {};
  const cuts: Array<[number, number]> = [];
  let own = false;
  let asked = false;
  let at = 0;
  for (const raw of head.split(SENTENCE_SPLIT)) {
    const start = at;
    at += raw.length;
    if (!MAY.test(raw) || !MAY_OFF.test(raw)) continue;
    let s = raw;
    try {
      s = s.normalize('NFKC');
    } catch {
      /* keep */
    }
    // Another site's TMS by its name ("on the Osaka TMS": the capital matters, so before lower-casing).
    if (aboutOtherSite(s)) continue;
    s = s.toLowerCase();
    if (OTHER_SERVER_DONE_ON.test(s)) continue;
    const ja = JA_TEXT.test(s);
    let from = ja ? readJa(s, out) : readEn(s, out);
    if (from !== null) own = true;
    // (A request to do it, "@bob can you disable TLS 1.0 and SSL 3.0 tonight?", only where the sentence announces nothing.)
    else if ((from = ja ? readRequestJa(s, out) : readRequestEn(s, out)) !== null) asked = true;
    if (from === null) continue;
    // (Offsets hold only where normalising kept the length; otherwise the whole sentence is the plan's.)
    cuts.push([start + (s.length === raw.length ? from : 0), start + raw.length]);
  }
  if (!(out.tls10 || out.ssl3 || out.bestPractices)) return null;
  if (asked && !own) out.request = true;
  let rest = '';
  let from = 0;
  for (const [a, b] of cuts) {
    rest += text.slice(from, a) + ' ';
    from = b;
  }
  rest += text.slice(from);
  return { plan: out, rest: rest.trim() };
}

/**
 * The hardening changes a message announces as planned on the TMS server, or null when it announces none (a request to
 * someone, "please disable TLS 1.0", announces none: hardeningPlanRead marks it `request`).
 */
export function hardeningPlanIn(text: string): HardeningPlan | null {
  const plan = hardeningPlanRead(text)?.plan;
  return plan && !plan.request ? plan : null;
}
