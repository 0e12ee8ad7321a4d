/**
 * "same as before", "same versions as last time", "SQL is the same as before", "same setup as the
 * other site", 「前と同じです」「前回と同じ」「さっきと同じ構成」: a message that gives no value, only says a
 * value is the one said before. Pure and total.
 *
 * Only a short message that is nothing else counts: one with a number in it ("SQL 2016, the rest same
 * as before") is read for its facts as usual, and "still the same" / "same error" / 「まだ同じ」 are
 * reports that a fix did not help (cues.ts STILL_FAILING), read before this.
 */
import type { Field } from '../fields';
import { nfkc } from '../nfkc';

export interface SameAsBefore {
  /** The field named ("SQL is the same as before"), or null when none is ("same as before", "same versions"). */
  field: Field | null;
  /** It names versions or a setup as a whole ("same versions", 「同じ構成」), not one value. */
  whole: boolean;
  /**
   * It points outside this conversation ("last time", "the other site", 「前回」「他のサイト」): never
   * read as undoing a correction made here.
   */
  elsewhere: boolean;
}

/** The field words (EN, JA), in the order tried. */
const FIELD_WORDS: [RegExp, Field][] = [
  [/(?<![a-z])(?:sql(?:\sserver)?|ms\s?sql|database|db)(?![a-z])|データベース/, 'sql'],
  [/(?<![a-z])(?:windows(?:\sserver)?|win|os)(?![a-z])|ウィンドウズ/, 'windows'],
  [/(?<![a-z])(?:endpoints?|codecs?|devices?|tc|ce|roomos)(?![a-z])|エンドポイント|端末|コーデック/, 'endpoint'],
  [/(?<![a-z])(?:(?:communication\s)?security(?:\slevel)?|level)(?![a-z])|レベル|セキュリティ/, 'level'],
  [/(?<![a-z])tms(?![a-z])/, 'tms'],
];

const WHOLE_WORDS = /(?<![a-z])(?:versions|setup|set-up|config(?:uration)?|environment|env|everything|all|rest|details|numbers|values)(?![a-z])|構成|環境|設定|全部|すべて|全て|バージョン(?!は)/;

// English. A lead ("no,", "actually"), a subject ("it's", "SQL is", "the versions are"), then the
// sameness ("the same as before", "same versions as last time", "as before", "unchanged").
const EN_LEAD = String.raw`(?:(?:no|nope|nah|actually|sorry|oh|ah|well|yes|yeah|yep|ok|okay|hmm|erm|um|wait)[\s,.!:;-]+){0,3}`;
const EN_SUBJECT = String.raw`(?:(?:it'?s|it\sis|they'?re|they\sare|that'?s|that\sis|we'?re\son|we\sare\son|we\shave|we'?ve\sgot|we\suse|(?:the\s|our\s)?[a-z][a-z\s-]{0,30}?\s(?:is|are|was|were|version\sis|versions\sare|stays?|remains?))\s)?`;
const EN_SAME_NOUN = String.raw`(?:\s(?:versions?|setup|set-up|config(?:uration)?|environment|one|ones|values?|numbers?|details|thing|as\sbefore))?`;
const EN_WHEN = String.raw`(?:before|earlier|previously|above|last\s(?:time|case|ticket|week|one)|the\s(?:last|previous|earlier|other)\s(?:one|case|ticket|site|server|customer|office|time|location|cluster|environment)|(?:the\s)?other\s(?:site|one|case|ticket|server|customer|office|location|cluster)|(?:what\s)?i\s(?:said|told\syou|gave(?:\syou)?|wrote|mentioned)(?:\s(?:before|earlier|above))?|yesterday|usual|always)`;
const EN =
  new RegExp(
    String.raw`^${EN_LEAD}${EN_SUBJECT}(?:(?:(?:still|also|just)\s)?(?:the\s|exactly\sthe\s)?same${EN_SAME_NOUN}(?:\s(?:as|like)\s${EN_WHEN})?|(?:as|like)\s${EN_WHEN}|unchanged|(?:has|have)n'?t\schanged|no\schanges?\s(?:there|to\s(?:the\s)?(?:versions?|setup|it))|nothing\schanged\sthere)(?:\s(?:for|on)\s(?:the\s|our\s)?(?:sql(?:\sserver)?|database|db|windows(?:\sserver)?|os|tms|level|security\slevel)(?:\s(?:version|side|part|one))?)?$`,
  );

// Japanese. 「いや、前と同じです」「SQL も前回と同じ」「さっきと同じ構成」「前回同様です」「同じバージョンです」.
const JA_LEAD = String.raw`(?:(?:いや|いいえ|あ|あっ|すみません|すいません|失礼しました|やっぱり|やはり|えっと|えーと|訂正です|ごめんなさい)[\s、,。!！]*){0,3}`;
const JA_SUBJECT = String.raw`(?:[^\s、,。]{1,20}?(?:の\s?バージョン)?\s?(?:は|も|が)\s?)?`;
const JA_WHEN = String.raw`(?:前|まえ|前回|さっき|先ほど|以前|この前|昨日|いつも|上|最初|他の(?:サイト|拠点|案件|お客様|環境|件)|ほかの(?:サイト|拠点|案件|お客様|環境|件)|別の(?:サイト|拠点|案件|お客様|環境|件)|前の(?:ケース|案件|サイト|件|拠点)|先ほどお伝えしたもの|さっき言ったの)`;
const JA_END = String.raw`(?:です|でした|だ|だよ|だね|になります|ですね|ですよ|のまま(?:です)?|となります|で(?:お願いします)?)?`;
const JA = new RegExp(
  String.raw`^${JA_LEAD}${JA_SUBJECT}(?:${JA_WHEN}(?:と|の(?:もの)?と)\s?(?:同じ|一緒|同一|同様)(?:の)?\s?(?:構成|バージョン|環境|設定|もの)?|${JA_WHEN}(?:と)?同様|同じ(?:構成|バージョン|環境|設定)|(?:前|前回|さっき|先ほど|以前)から変わって(?:いません|いない|ない|ません))${JA_END}$`,
);

/** Words that point outside this conversation. */
const ELSEWHERE = /(?<![a-z])(?:last\s(?:time|case|ticket|week)|other|previous\s(?:case|ticket|site)|yesterday|usual|always)(?![a-z])|前回|昨日|いつも|他の|ほかの|別の|前の(?:ケース|案件|サイト|件|拠点)|この前/;

function norm(text: string): string {
  const t = nfkc(text.slice(0, 300));
  return t
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/^\s*[@/]?(?:tms-doctor|bot)[:,]?\s*/, '')
    .replace(/[\s.!?。！？~〜]+$/u, '')
    .trim();
}

/** What a "same as before" message says, or null when the message is not one. */
export function sameAsBefore(text: string): SameAsBefore | null {
  if (typeof text !== 'string') return null;
  const t = norm(text);
  if (t.length === 0 || t.length > 80 || /\d/.test(t)) return null;
  if (!EN.test(t) && !JA.test(t)) return null;
  // "same error", "same problem", "same result": the symptom, not a value (cues.ts STILL_FAILING reads them first).
  if (/(?<![a-z])(?:error|problem|issue|result|message|behaviou?r|symptom|failure)s?(?![a-z])|エラー|問題|症状|現象|結果/.test(t)) return null;
  const hits = FIELD_WORDS.filter(([re]) => re.test(t)).map(([, f]) => f);
  // "the TMS server" names the place, not the TMS version; two fields named are not one value.
  const field = hits.length === 1 && !(hits[0] === 'tms' && /tms\s?(?:server|box|host|machine|vm|サーバ)/.test(t)) ? hits[0]! : null;
  return { field, whole: field === null && WHOLE_WORDS.test(t), elsewhere: ELSEWHERE.test(t) };
}

// "same as before, except SQL is on a separate box", 「前と同じですが、SQL は別サーバです」: sameness, then
// what differs. The second part is read for its facts as usual.
const EN_EXCEPT = new RegExp(
  String.raw`^${EN_LEAD}(?:(?:it'?s|everything(?:'s|\sis)?|all)\s)?(?:(?:the\s|exactly\sthe\s)?same${EN_SAME_NOUN}(?:\s(?:as|like)\s${EN_WHEN})?|(?:as|like)\s${EN_WHEN})[\s,;:-]+(?:except(?:\s(?:that|for))?|but|only|apart\sfrom|other\sthan|besides)[\s,:]+(.+)$`,
);
const JA_EXCEPT = new RegExp(
  String.raw`^${JA_LEAD}(?:${JA_WHEN}(?:と|の(?:もの)?と)\s?(?:同じ|一緒|同様)(?:の)?\s?(?:構成|バージョン|環境|設定)?|同じ(?:構成|バージョン|環境|設定))(?:ですが|だけど|ですけど|ですけれど|ですが|で|です。|。)[\s、,]*(.+)$`,
);

/**
 * "same as before, except SQL is on a separate box", 「前と同じ構成で、SQL だけ別サーバです」: what the
 * message says differs (the text after the sameness), or null when it is not such a message.
 */
export function sameAsBeforeExcept(text: string): { rest: string; elsewhere: boolean } | null {
  if (typeof text !== 'string') return null;
  const t = nfkc(text.slice(0, 400)).replace(/[\u2018\u2019]/g, "'").replace(/[\s\u3000]+/g, ' ').trim();
  const low = t.toLowerCase();
  const m = EN_EXCEPT.exec(low) ?? JA_EXCEPT.exec(low);
  if (!m || !/[0-9a-z\u3040-\u30ff\u4e00-\u9fff]/i.test(m[1])) return null;
  // The rest as written (case kept): the same length from the end.
  const head = low.slice(0, low.length - m[1].length);
  return { rest: t.slice(low.length - m[1].length), elsewhere: ELSEWHERE.test(head) };
}
