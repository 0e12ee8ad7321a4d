/**
 * A question about a level ("will Medium-High slow down TMS?", "does High need certificates?",
 * 「Medium-High にするとパフォーマンスは落ちますか？」), not a statement of the level that is set: while
 * the level question is open it is no bare answer ("Medium-High?" alone still is one, unsure). Pure.
 */
import { nfkc } from '../nfkc';

/** Opens with a question word or a verb before a level name ("will Medium-High slow down TMS?", 「Medium-High にすると…落ちますか？」). */
const LEVEL_QUESTION_EN = /^\s*(?:(?:and|but|so|ok(?:ay)?|hmm+|also)[,\s]+)?(?:will|would|does|do|did|can|could|should|shall|what|why|how|when|which|where|who|is\sthere|are\sthere|is\s(?:it|this|that)\s(?:safe|ok|okay|possible|supported|required|needed|necessary|better|enough))(?![a-z])/i;
const LEVEL_QUESTION_JA = /(?:に(?:すると|したら|して(?:も)?|上げると|上げたら|変えると|変えたら)|だと|では).{0,40}(?:ますか|ですか|でしょうか|ませんか)\s*[?？]?\s*$/;
const ASKS_END = /[?？]\s*$|(?:ですか|ますか|でしょうか|ませんか)[。\s]*$/;

/** Does the text ask about a level rather than state the one that is set? */
export function asksAboutLevel(text: string): boolean {
  const t = nfkc(text.slice(0, 300)).trim();
  if (!ASKS_END.test(t)) return false;
  return LEVEL_QUESTION_EN.test(t) || LEVEL_QUESTION_JA.test(t);
}
