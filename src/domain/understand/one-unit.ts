/**
 * One unit named as the subject of a release (FIX20B): "The C40 is on CE 8.0.", "an old C40 on TC 7.3.3", "one SX20 runs
 * TC 7.3.3", 「C40 は CE 8.0 です」, 「古い C40 は TC 7.3.3 です」. Said after endpoints that fail on a release refusing TLS 1.0,
 * one unit on another release is another unit (a second group), not a correction of the fleet's release: the caller checks
 * that the model is not one already held (then its release is corrected) and that no correction word is said ("sorry, the
 * C40 is on CE 8.0" still replaces). Plural ("the C40s are on CE 8.0", "they are", "all endpoints") is never one unit.
 * Pure, linear, bounded.
 */

/** A model's shape: TC-era models (SX20, MX300 G2, C40) and the CE-only ones (Room Kit Mini, Codec Pro, Board, Desk Pro). */
const MODEL = String.raw`(?:(?:sx|mx|dx|ex)\s?-?\d{2,3}(?:\s?g2)?|(?:codec\s)?c[2469]0|room\s?kit(?:\s(?:mini|plus|pro|eq))?|codec\s(?:plus|pro|eq)|board(?:\s?pro)?|desk(?:\s(?:pro|mini))?)`;

/** Every model named (counted: more than one is several units). */
const MODELS = new RegExp(String.raw`(?<![a-z\d])${MODEL}(?![a-z\d])`, 'gi');

/** "the C40", "an old C40", "one SX20", "our lone MX300", "this Room Kit" (not "the C40s", not "the C40 and the SX20"). */
const ONE_UNIT_EN = new RegExp(
  String.raw`(?<![a-z])(?:the|an?|one|our|this|that|a\ssingle)\s(?:(?:old(?:er)?|single|lone|last|remaining|spare|legacy)\s)?(?:cisco\s|tandberg\s)?${MODEL}(?![a-z\d-])(?!\s?(?:and|&|or|,)\s?(?:the\s|an?\s)?${MODEL})`,
  'i',
);
/** An address as the subject: "127.0.0.1:46051 is …", "10.1.2.3 runs …", 「127.0.0.1:46051 は…」 (the noise mask blanks it; the caller sees the raw text). */
const ADDRESS_SUBJECT = /^\s*(?:the\s(?:unit|endpoint|codec|system|one)\s(?:at|on)\s)?\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?:\s(?:is|runs|=)\s|\s?(?:は|が))/i;
/** 「C40 は」「古い C40 は」「その C40 は」 opening the sentence (the topic). */
const ONE_UNIT_JA = new RegExp(String.raw`^[\s「]*(?:その|あの|古い|1台の|一台の)?\s?(?:cisco\s?)?${MODEL}\s?(?:は|が)(?![^。]{0,40}(?:全部|すべて|全て|全台))`, 'i');
/** Plural or whole-fleet words: the message speaks of many units. */
const MANY = /(?<![a-z])(?:they|them|all|every|endpoints|codecs|units|systems|devices|ones)(?![a-z])|(?:sx|mx|dx|ex)\s?-?\d{2,3}s(?![a-z])|c[2469]0s(?![a-z])|全部|すべて|全て|全台|端末は|エンドポイントは/i;
/** A question or a condition states no unit ("if the C40 were on CE 8.0, would it work?", 「C40 が CE 8.0 なら」). */
const NOT_STATED = /[?？]|(?<![a-z])(?:if|whether|would|could|suppose|supposing|assuming|what\sabout)(?![a-z])|もし|なら|たら|でしょうか/i;
/**
 * Not the unit's release now (REV20 #12): the past ("was on … before the upgrade", 「以前は」「でした」), a plan ("is going to … tomorrow",
 * "We'll put …", 「C40 は CE 8.0 にします」「予定」) or a negation ("is not on …", 「ではありません」).
 */
const NOT_NOW =
  /(?<![a-z])(?:was|were|used\sto|before|previously|earlier|formerly|originally|going\sto|gonna|will|shall|plan(?:s|ned|ning)?|tomorrow|tonight|next|later|not|never|no\slonger)(?![a-z])|n['’]t(?![a-z])|['’]ll(?![a-z])|に(?:します|する|しよう|したい|変更します|上げます|下げます)|予定|つもり|でした|だった|以前|前は|元は|ではありません|ではない|じゃない|じゃありません/i;
/** A gate: a model-like token or a leading address (most messages have neither). */
const GATE = /\d|room|codec|board|desk/i;

/** Is the message's subject one unit (a model named once, or an address)? */
export function oneUnitNamed(text: string): boolean {
  if (!text || text.length > 240 || !GATE.test(text)) return false;
  const t = text.normalize('NFKC');
  if (MANY.test(t) || NOT_STATED.test(t) || NOT_NOW.test(t)) return false;
  // (Two models named, "the C40 and the SX20 are on CE 8.0": more than one unit.)
  if ((t.match(MODELS) ?? []).length > 1) return false;
  return ONE_UNIT_EN.test(t) || ADDRESS_SUBJECT.test(t) || ONE_UNIT_JA.test(t);
}
