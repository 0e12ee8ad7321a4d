/**
 * The raised level gone back by itself, not set back on purpose (REV24 #4): "Medium-High reverted to Medium", "it got reset to
 * Medium", "went back to Medium by itself", 「Medium-High が Medium に戻っていました」「Medium に戻ってしまいました」. Not "we reverted
 * to Medium", "I set it back to Medium", 「Medium に戻しました」 (a rollback, done by the user), nor a question or a condition.
 * Bounded input, linear patterns.
 */
import { nfkc } from '../nfkc';

const ITSELF_EN =
  /(?<![a-z])(?:(?<!(?:we|i|they|he|she|someone|admin)\s)reverted|(?:got|was|has\sbeen|had\sbeen)\sreset|(?:went|switched|changed)\sback\s(?:to\s)?(?:medium|low)(?![a-z-]|\s?-?\s?high)[^.?!]{0,20}(?:by\sitself|on\sits\sown|after|somehow))(?![a-z])/i;
const ITSELF_JA = /戻って(?:いま|いた|しま)|戻りました|戻ってる/;
const NOT_REPORT = /[?？]|(?<![a-z])(?:if|what\sif|would|will|could|might)(?![a-z])|たら|れば|場合/i;

export function levelRevertedItself(text: string): boolean {
  const t = nfkc(text.slice(0, 300));
  if (!/revert|reset|back|戻/i.test(t) || NOT_REPORT.test(t)) return false;
  return ITSELF_EN.test(t) || ITSELF_JA.test(t);
}
