/**
 * A sentence that tells another person's or another case's experience, not this server's state: "A colleague said that
 * when he turned TLS 1.0 off, SQL would not start on his server", "another customer disabled TLS 1.0 and …",
 * 「他の案件で、TLS 1.0を無効にしたらSQLが起動しないと聞きました」「TLS 1.0を無効にするとSQLが止まるらしいです」.
 * Such a sentence stores nothing about the user's TMS server (its protocols, SQL down).
 *
 * Two ways: someone or somewhere else named (a colleague, another customer, his server, 他の案件, 同僚), or hearsay
 * (heard, 聞きました, と言われ, らしい) of a "when/if … then …" experience whose source is not the customer (the
 * customer's report is about this case's server: 「お客様からTLS 1.0を無効にしたらSQLが起動しないと聞きました」).
 * Pure; a cheap word test first.
 */

import { trimEnd } from '../trim-end';

/** Cheap test: nothing below can match without one of these. */
const MAY = /colleague|co-?worker|teammate|peer|friend|some(?:one|body)|another|other|his\s|her\s|heard|apparently|他|別|前の|以前|過去|同僚|先輩|知人|友人|聞|言われ|らしい|とのこと|そうです|話では|によると/i;

/** Another case, customer or company, named: never this server. */
const OTHER_CASE_EN =
  /(?<![a-z])(?:another|a\sdifferent|other)\s(?:customer|client|partner|case|ticket|company|project|deployment)s?(?![a-z])/i;
const OTHER_CASE_JA = /(?:他|別|ほか|前|以前|過去)の\s?(?:案件|お客様|お客さま|顧客|現場|会社|プロジェクト|環境|ユーザー?)|他社|他案件|別案件/;
/**
 * Another person: a colleague may well have worked on this server ("my colleague disabled TLS 1.0 on our TMS"), so a
 * person counts only in a told experience (said … when …, 「同僚の話では…したら…そうです」) and not on a place that is ours.
 */
const PERSON_EN = /(?<![a-z])(?:colleague|co-?worker|friend|teammate|peer|some(?:one|body)(?:\selse)?|another\sengineer|other\sengineers)s?(?![a-z])/i;
const PERSON_JA = /同僚|先輩|知人|友人|別の人|他の人|ほかの人/;
const TOLD_EN = /(?<![a-z])(?:said|told|says|mentioned|reported|claims?|claimed)(?![a-z])/i;
const OWN_PLACE = /(?<![a-z])(?:our|this|the)\s(?:own\s)?(?:tms|server|box|sql|database)(?![a-z])|うちの|弊社の|当社の|こちらの|この\s?(?:サーバ|tms|TMS)/i;
/** "on his server": someone else's, unless the customer is the one speaking of it ("the customer said … on his server"). */
const HIS_SERVER = /(?<![a-z])(?:on|in|at|with)\s(?:his|her)\s(?:own\s)?(?:server|tms|box|system|site|environment|setup)s?(?![a-z])/i;

/**
 * Hearsay as the sentence's own verb: "I heard that …", "apparently …", 「…と聞きました」「…らしいです」「…と言われました」 at its
 * end (not 「無効にしろと言われたので、無効にしたら…」, where the user did it).
 */
const HEARSAY = /(?<![a-z])(?:(?:i|we)\s(?:have\s|'ve\s|had\s)?heard|heard\s(?:that|from))(?![a-z])|^\s*apparently(?![a-z])|(?:と|って)\s?(?:聞き|聞い|言われ|言って)[^。、,]{0,10}$|らしい[^。、,]{0,8}$|とのこと[^。、,]{0,8}$|そうです[^。、,]{0,4}$|の話では|によると/i;
/** A "when/if … then …" experience: when he turned …, if you disable …, 〜したら, 〜すると. */
const EXPERIENCE = /(?<![a-z])(?:when|if|after|once)(?![a-z])|たら|すると|にすると/i;
/** The customer as the source: their report is about this case's server. */
/**
 * The speaker acting on this server: "we disabled TLS 1.0 on our TMS like another customer did" tells our own change,
 * with the other customer only as a comparison.
 */
const OWN_ACT = /(?<![a-z])(?:we|i)\s(?:(?:have|'ve|had|then|also|just|already)\s)?(?:disabled|turned|enabled|changed|set|removed|applied|ran|made|did|upgraded|rebooted|restarted|installed|edited|modified|switched|added|created|followed)(?![a-z])|(?:うちの|弊社の|当社の|こちらの|この\s?(?:サーバ|tms|TMS))[^。]{0,30}?(?:しました|しています|したら|した(?:ところ|後|あと))/i;
const CUSTOMER_SOURCE = /(?<![a-z])(?:the|our|my)\s(?:customer|client)(?![a-z])|お客様|お客さま|顧客|先方/i;

/** Does the sentence tell someone else's experience rather than this server's state? */
export function aboutThirdParty(sentence: string): boolean {
  if (!MAY.test(sentence)) return false;
  const s = trimEnd(sentence, /[。.!！\s]/);
  // Another case named, unless we tell our own change on our own server and the other case is only a comparison.
  if ((OTHER_CASE_EN.test(s) || OTHER_CASE_JA.test(s)) && !(OWN_PLACE.test(s) && OWN_ACT.test(s))) return true;
  if (CUSTOMER_SOURCE.test(s)) return false;
  if (HIS_SERVER.test(s)) return true;
  // A told "when/if … then …" experience, on no place of ours: heard (「…したら…と聞きました」), or told by another person.
  if (!EXPERIENCE.test(s) || OWN_PLACE.test(s)) return false;
  return HEARSAY.test(s) || ((PERSON_EN.test(s) || PERSON_JA.test(s)) && TOLD_EN.test(s));
}
