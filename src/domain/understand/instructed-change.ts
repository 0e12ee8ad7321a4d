/**
 * Someone's instruction to change the endpoints' software, told by the user (QA53 #3): "my manager says just downgrade the
 * Room Kits to TC 7.3.3", "the boss told us to roll back to TC 7.3.3", "manager wants them on TC 7.3.3 by tonight",
 * 「上司から Room Kit を TC7.3.3 に戻せと言われています」「TC 7.3.3 に戻すよう指示されました」; rev29 #2: "my manager told them to roll back to
 * TC 7.3.3", "wants us to try TC 7.3.3", 「TC 7.3.3 に戻してほしいと上司に言われました」 (the person between と and 言われ). Nothing has changed yet (the
 * clause readers keep the release out, understand/cues.ts); what the user needs is the answer to the instruction, as for "should
 * we downgrade the Room Kits to TC 7.3.3?". Only a change to TC named: an instruction to set a level or upgrade TMS is left
 * to the usual readers. A report ("he said we downgraded them last week", 「戻したと言われました」) is no instruction.
 */

/** Cheap gate. */
const MAY = /says|said|tell|told|ask|want|insist|demand|order|instruct|expect|言われ|指示|頼まれ|命じ|求め|依頼|こと/i;
/** The instruction: a person's word, then the change asked for (bare imperative, "to …", "we should …"), or the state wanted. */
const ORDER_EN =
  /(?<![a-z])(?:says|said|tells?|told|asks?|asked|wants?|wanted|insists?|insisted|demands?|demanded|ordered|instructed)\s(?:(?:me|us|them|you)\s)?(?:(?:that\s)?(?:we|i|you|they)\s(?:should|must|need\sto|have\sto|ought\sto)\s|to\s)?(?:just\s|simply\s|only\s)?(?:downgrade|roll\s(?:them\s|it\s|the\s[a-z\s-]{1,30}?)?back|revert|go\sback|put|move|take|bring|try|use|install|load)(?![a-z])|(?<![a-z])(?:wants?|wanted|expects?)\s(?:them|it|these|those|all\sof\sthem|everything|the\s[a-z-]+(?:\s[a-z-]+)?)\s(?:back\s)?(?:on|at|to|running)(?![a-z])/i;
/** 「…に戻せと言われています」「…に戻すよう指示されました」「…に下げろとのことです」. */
const ORDER_JA =
  /(?:[せえけれろめべてげ]|しろ|してくれ|してほしい|して欲しい)\s?(?:と|って)\s?(?:の\s?)?(?:[^、。,]{0,12}?(?:に|から)\s?)?(?:言われ|指示|頼まれ|命じられ|求められ|依頼|こと(?:です|でした|だ))|(?:する|す|る)\s?よう\s?(?:に)?\s?(?:と\s?)?(?:[^、。,]{0,8}?(?:に|から)\s?)?(?:言われ|指示|頼まれ|命じられ|求められ|依頼)/;
/**
 * The instruction carried out: "…, so we did", "and we did that yesterday", 「言われたので、戻しました」「戻しました」. (「TAC から…と言われ
 * ました」: から after a name is who said it, not a reason; rev29 #2.)
 */
const CARRIED_OUT =
  /(?<![a-z])(?:and|so|which)\s(?:then\s)?(?:we|i|they)\s(?:(?:have|had|already|just)\s|'ve\s)?(?:did|done|downgraded|rolled|reverted|went|moved|put|set|changed|switched|updated)(?![a-z])|(?:ので|(?<=[たでだいる]\s?)から|ため|通り|とおり)[^。]{0,40}(?:ました|した|済み|完了)/i;
/** The target named is TC ("to TC 7.3.3", "on TC7.3.3", 「TC7.3.3 に」). */
const TO_TC = /(?<![a-z])tc\s?v?7(?:\.\d+){0,3}(?![\d])/i;

/** Whether the sentence tells someone's instruction to take the endpoints to TC. */
export function instructedTcChange(sentence: string): boolean {
  if (!MAY.test(sentence) || !TO_TC.test(sentence)) return false;
  return (ORDER_EN.test(sentence) || ORDER_JA.test(sentence)) && !CARRIED_OUT.test(sentence);
}
