/**
 * "Will CE 8.0 endpoints still work at Medium-High?", "TC 7.3.3 is OK at Medium-High.", 「TC 7.3.3 は Medium-High でも
 * 問題ありません」: a level named as the condition under which an endpoint release works is not the TMS's level
 * (QA round 29 M2). Only a positive "works / is OK" said of a TC/CE/RoomOS release before the level counts: "CE 9.15
 * endpoints still fail at Medium-High" and 「Medium-High で CE 9.15 が動きません」 report the TMS's level, and so does a
 * report of the fix working ("… work fine at Medium-High now", 「Medium-High にしたら…」). Bounded input, linear patterns.
 */
/** Cheap word test: a Medium-High (or any level word) and a release word. */
const LEVEL_WORD = /medium|med[\s_-]?high|mid[\s_-]?high|ミディアム/i;
const RELEASE_WORD = /(?<![a-z])(?:tc|ce|roomos|room\sos)\s?v?\d/i;

/** EN: release … works / is OK / will be fine … at (or with, under) the level. */
const EN =
  /(?<![a-z])(?:tc|ce|roomos|room\sos)\s?v?\d[\w.]*(?:\s(?:endpoints?|codecs?|systems?|units?|devices?))?(?:\s(?:still|also|then|really|even))?\s(?:(?:will|would|should|could|can|may|might)\s(?:still\s|also\s)?(?:be\s(?:ok|okay|fine|alright|all\sright|supported|manageable|managed|reachable)|work|keep\sworking|connect|accept\sit|stay\smanaged)|(?:is|are|'s|'re)\s(?:still\s|also\s)?(?:ok|okay|fine|alright|all\sright|supported|manageable|compatible)|works?|accepts?\sit|connects?|(?:stays?|remains?)\s(?:ok|fine|managed|manageable))(?:\s(?:fine|ok|okay|well))?(?:\s(?:even|too|also))?\s(?:at|with|under|on)\s(?:the\s)?(?:level\s|security\slevel\s)?(?:medium|med|mid)[\s_-]?high/i;
/** JA: release …は Medium-High でも／で 動きます・問題ありません・大丈夫. */
const JA =
  /(?:tc|ce|roomos)\s?v?\d[\w.]*[^。\n、,]{0,20}?(?:は|も|なら)\s?(?:medium|med|mid|ミディアム)[\s_-]?(?:high|ハイ)(?:\s?レベル)?\s?(?:でも|で)\s?(?:(?:正常に|問題なく|普通に)?(?:動(?:きます|く|作します|作する|作)|使え(?:ます|る)|接続(?:でき|します|する)|管理(?:でき|されます|される))(?!ません|ない|なく)|問題(?:ない|なし|ありません|ないです)|大丈夫|OK|ok)/i;
/** A report of the change or of the fix working: "now", "we changed …", 「にしたら」「にして」「今は」. */
const REPORT = /(?<![a-z])(?:now|again|changed|switched|raised|moved)(?![a-z])|にし(?:たら|て|た)|に変更|に上げ|今は|現在は/i;

/** Is the level in this clause only the condition under which an endpoint release works (not the TMS's level)? */
export function levelIsEndpointCondition(clause: string): boolean {
  if (!LEVEL_WORD.test(clause) || !RELEASE_WORD.test(clause)) return false;
  const t = clause.slice(0, 300);
  if (REPORT.test(t)) return false;
  return EN.test(t) || JA.test(t);
}
