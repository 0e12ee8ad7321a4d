/**
 * A verbal retraction of something said before: "ignore that, wrong server", "scratch that", "never mind that",
 * "ignore that, it was a different server", 「今のは無視してください」「さっきのは間違いです」「別のサーバの話でした、すみません」.
 * It takes back a remark (which one, the bot cannot know for sure); it is no fact itself. In particular, a remark said to
 * have been about another server is not an answer to "does SQL Server run on the TMS server?" (QA round 33 F2): storing
 * "SQL on another server" from it would switch the SQL 2008 R2 / 2012-2014 caveats off.
 * A real answer about SQL's place ("SQL is on a different server", 「SQLは別のサーバです」, "different server", 「別サーバ」)
 * carries no retraction word and is not read here. Cheap word test first, then bounded, anchored patterns.
 */
import { APART_WORDS_EN, ELSE_WORDS_EN, ELSE_WORDS_JA, SERVER_NOUNS_EN, WRONG_WORDS_EN } from './other-machine';

const CHEAP = /ignor|disregard|scratch|strike|never\s?mind|wrong|talking|thinking|meant|was\s(?:about|for)|is\s(?:about|for)|無視|取り消|取消|間違|誤り|の話/i;

/** A clause's start: the text's start or a punctuation mark, then up to three softeners ("sorry, oops, ignore that"). */
const CLAUSE_START = String.raw`(?<=(?:^|[,;.!:()\-—–…])\s*(?:(?:sorry|oops|ok|okay|oh|ah|hmm|actually|also|just|and|but|so|please|pls)[,!]?\s+){0,3})`;
/** "that"/"this"/"it" ends the clause: punctuation, the end, or a softener ("ignore that please"), not "ignore that warning". */
const CLAUSE_END = String.raw`(?=\s*(?:$|[,;.!:)！。、]|(?:please|pls|sorry|thanks|thx|then|too)(?![a-z])))`;

/** EN: a retraction said outright. ("ignore the Telnet warning" or "can I ignore that?" are not: see retractionIn.) */
const RETRACT_EN = new RegExp(
  [
    // "ignore that", "please ignore my last message", "disregard the above", "ignore what I said", at a clause's start
    // ("sorry, ignore that", "oops ignore that"), "that"/"this"/"it" ending the clause: not "we ignore it" (a habit told),
    // "I'll ignore that warning". ("forget that", "forget it" are "start over": intents.ts.)
    String.raw`${CLAUSE_START}(?:please\s)?(?:ignore|disregard)\s(?:(?:that|this|it|me)${CLAUSE_END}|(?:my|the)\s(?:last|previous|above|earlier)(?:\s(?:message|msg|line|one|post|comment))?|the\sabove|above|what\si\s(?:just\s)?(?:said|wrote|posted))(?![a-z])`,
    // "scratch that", "strike that", "never mind (that)"
    String.raw`${CLAUSE_START}(?:scratch|strike)\s(?:that|this|it)${CLAUSE_END}|(?<![a-z])never\s?mind(?![a-z])`,
    // "wrong server", "wrong thread", "sorry, wrong ticket" (not "the wrong system type": a symptom told)
    String.raw`(?<![a-z])${WRONG_WORDS_EN}\s(?:${SERVER_NOUNS_EN}|thread|channel|ticket|case|customer|site|chat|window|tms)(?![a-z])`,
    // "that was about a different server", "it was for another customer", "I was talking about the other box"
    String.raw`(?<![a-z])(?:(?:that|it|this)\s(?:was|is)\s(?:about|for|meant\sfor)|(?:i\swas|we\swere)\s(?:talking|thinking)\sabout|(?:i|we)\smeant)\s(?:a\s(?:different|another)|another|the\sother|a\sseparate|the\swrong)\s(?:server|box|machine|host|vm|system|thread|ticket|case|customer|site|tms)(?![a-z])`,
  ].join('|'),
  'i',
);

/**
 * JA: 「無視してください」「忘れてください」「取り消します」「さっきのを取り消してください」「さっきのは間違いです」「別のサーバの話でした」.
 * 取り消 only as a request or a declaration, with no を-object of its own (not 「会議の予約を取り消したらエラーになります」); 無視 only as a
 * request at a clause's start, about nothing but an earlier message (not 「警告はいつも無視しています」, 「このアラートは無視してください」,
 * 「「無視してください」と言われました」).
 */
const RETRACT_JA =
  /(?<=(?:^|[、。,.!！\s])(?:(?:すみません|すいません|ごめんなさい|ごめん|あ|失礼しました)[、,]?\s?)?)(?:(?:さっき|先ほど|先程|今|いま|前|上|最後)の(?:メッセージ|投稿|発言|書き込み|コメント)?(?:は|を)\s?)?無視(?:し(?:て(?:ください|下さい|くださ|ok|いい|大丈夫)|といて|ておいて)|でお願い|で(?:いい|大丈夫|ok))|(?:(?:さっき|先ほど|先程|今|いま|前|上|最後)の(?:メッセージ|投稿|発言|書き込み|コメント)?を\s?|(?<!を\s?))(?:取り消|取消)(?:し(?:ます|てください|て下さい|てくださ|でお願い)|します)|(?:さっき|先ほど|先程|今|いま|前|上|最後)の(?:メッセージ|投稿|発言|書き込み|コメント)?は(?:\s?すみません、?)?(?:間違い|誤り|違い)|(?:別|他|ほか|違う)の?(?:サーバ[ー]?|マシン|機械|ホスト|環境|案件|チケット|スレッド|拠点|お客様|顧客|tms)の話/i;

/** "…another server", 「別のサーバ」: the retraction says the remark was about another machine. */
const OTHER_MACHINE_EN = new RegExp(String.raw`(?<![a-z])(?:${APART_WORDS_EN}|${ELSE_WORDS_EN}|${WRONG_WORDS_EN})\s(?:${SERVER_NOUNS_EN})(?![a-z])`, 'i');
const OTHER_MACHINE_JA = new RegExp(String.raw`(?:${ELSE_WORDS_JA}|ほか|違う)の?(?:サーバ|マシン|ホスト)`);

/** SQL named: a statement about SQL itself ("ignore that, SQL is on a different server") is read for facts as usual. */
const SQL_NAMED = /(?<![a-z])(?:sql|database|db|mssql)(?![a-z])|データベース/i;

export interface Retraction {
  /** The retraction says the remark was about another server or machine ("wrong server", 「別のサーバの話でした」). */
  readonly otherMachine: boolean;
}

/**
 * A retraction of an earlier remark, or null. Not a question ("can I ignore that?"), not a long message, not one that
 * names SQL (a statement about where SQL runs is read as such).
 */
export function retractionIn(text: string): Retraction | null {
  if (text.length > 160 || !CHEAP.test(text)) return null;
  const t = text.normalize('NFKC');
  if (/[?？]\s*$/.test(t) || SQL_NAMED.test(t)) return null;
  if (!RETRACT_EN.test(t) && !RETRACT_JA.test(t)) return null;
  return { otherMachine: OTHER_MACHINE_EN.test(t) || OTHER_MACHINE_JA.test(t) };
}

/** Words that only soften a retraction ("sorry", 「すみません」): no content of their own. */
const FILLER = /(?<![a-z])(?:sorry|so\ssorry|please|pls|thanks|my\sbad|oops|apologies|guys|all|folks|here)(?![a-z])|すみません|すいません|ごめんなさい|ごめん|申し訳(?:ありません|ございません)|失礼しました|お願いします|ください|[\s,.;:!！、。…-]+/gi;

/** Does `rest` (what withoutRetraction leaves) say anything beyond a softener? */
export function saysMore(rest: string): boolean {
  return rest.normalize('NFKC').replace(FILLER, '').length > 0;
}

/** The clauses of `text` that carry no retraction: what else the message says ("ignore that, TMS is 15.9" → "TMS is 15.9"). */
export function withoutRetraction(text: string): string {
  return text
    .split(/(?<=[,;、。!！])|(?<=\.)\s/)
    .filter((c) => !RETRACT_EN.test(c.normalize('NFKC')) && !RETRACT_JA.test(c.normalize('NFKC')) && !OTHER_MACHINE_EN.test(c) && !OTHER_MACHINE_JA.test(c))
    .join(' ')
    .trim();
}
