/**
 * A question about a level ("will Medium-High slow down TMS?", "does High need certificates?",
 * 「Medium-High にするとパフォーマンスは落ちますか？」), not a statement of the level that is set: while
 * the level question is open it is no bare answer ("Medium-High?" alone still is one, unsure). Pure.
 */
import { nfkc } from '../nfkc';
import { endsAsQuestion } from './clauses';

/** Opens with a question word or a verb before a level name ("will Medium-High slow down TMS?", 「Medium-High にすると…落ちますか？」). */
const LEVEL_QUESTION_EN = /^\s*(?:(?:and|but|so|ok(?:ay)?|hmm+|also)[,\s]+)?(?:will|would|does|do|did|can|could|should|shall|what|whats|why|how|when|which|where|who|is\sthere|are\sthere|is\s(?:it|this|that)\s(?:safe|ok|okay|possible|supported|required|needed|necessary|better|enough))(?![a-z])/i;
const LEVEL_QUESTION_JA = /(?:だったら|であれば|なら|に(?:すれば|すると|したら|して(?:も)?|上げると|上げたら|変えると|変えたら|しなかったら|しないと|しなければ|しないまま|上げなかったら|上げないと|変えなかったら|変えないと)|だと|では).{0,40}(?:ますか|ですか|でしょうか|ませんか)\s*[?？]?\s*$/;

/**
 * A supposed level, asked ("if it were on Medium-High, would it work?", "hypothetically, at Medium-High…?", 「もし
 * Medium-Highだったら直りますか？」): read only in a message that ends as a question ("if I remember right it's Medium"
 * answers).
 */
const SUPPOSED_EN = /^\s*(?:(?:and|but|so|ok(?:ay)?|also)[,\s]+)?(?:what\sif|if|hypothetically|suppose|supposing|say)(?![a-z])/i;
const SUPPOSED_JA = /^\s*(?:じゃあ|では|それなら)?[\s、,]*もし(?![まてた])/;

/** A level name as users write it ("medium high", "MediumHigh", 「ミディアムハイ」). */
const LEVEL_NAME = '(?:medium[\\s_-]?high|medium|high|low|ミディアム[\\s・ー-]?ハイ|ミディアム|ハイ|ロー)';
/** "is medium high safe", "is Medium-High supported on 15.2.1": the level, then what is asked of it. */
const LEVEL_PREDICATE_EN = new RegExp(
  `^\\s*(?:(?:and|but|so|ok(?:ay)?|also)[,\\s]+)?(?:is|are|was|would\\sbe|will)\\s(?:the\\s)?(?:level\\s)?${LEVEL_NAME}(?:\\s(?:level|mode|setting))?\\s(?:(?:really|still|also|even|fully|officially)\\s)?(?:safe|ok|okay|fine|supported|available|required|needed|necessary|enough|recommended|risky|better|worse|possible|compatible|allowed|an\\soption|the\\s(?:fix|answer|right|one)|worth|secure|stable)(?![a-z])`,
  'i',
);
/** "whats the diff between medium and medium high", 「MediumHigh と High の違いは」: a comparison of levels. */
const LEVEL_DIFF_EN = /(?<![a-z])(?:diff(?:erence)?s?|vs\.?|versus|compared?\s(?:to|with)|comparison)(?![a-z])/i;
const LEVEL_DIFF_JA = /(?:違い|差分|差|比較)(?:は|って(?:何|なに)?|を(?:教えて|説明して)(?:ください|下さい|ほしい(?:です)?)?|について.{0,12}|が(?:分から|わから|知りたい).{0,8})?\s*[?？。]?\s*$/;
/** 「Medium-High は 15.2.1 でサポートされていますか」: the level is the topic and something is asked of it (not 「Medium-High ですか？」). */
const LEVEL_TOPIC_JA = new RegExp(`${LEVEL_NAME}(?:\\s?レベル)?\\s?(?:は|って|が|も)\\s?\\S.{1,60}(?:ますか|ですか|でしょうか|ませんか)[。\\s]*[?？]?\\s*$`, 'i');
/** 「なぜ Medium-High なんですか？」「どうして Medium-High にするんですか」: why a level, asked. */
const WHY_JA = /^\s*(?:なぜ|どうして|なんで|何で|何のために?)/;
/** "would be medium I think", "should be medium": an answer, hedged; not a question. */
const HEDGED_ANSWER = /^\s*(?:would|should|must|could)\sbe\s/i;

/** Does the text ask about a level rather than state the one that is set? */
export function asksAboutLevel(text: string): boolean {
  const t = nfkc(text.slice(0, 300)).trim();
  if (LEVEL_DIFF_EN.test(t) || LEVEL_DIFF_JA.test(t)) return true;
  if (LEVEL_PREDICATE_EN.test(t)) return true;
  if (!endsAsQuestion(t)) {
    // Without its question mark: "what happens if we don't go to medium-high", "why does medium not
    // work" open with a question word; "would be medium I think" is a hedged answer.
    return LEVEL_QUESTION_EN.test(t) && !HEDGED_ANSWER.test(t);
  }
  return LEVEL_QUESTION_EN.test(t) || LEVEL_QUESTION_JA.test(t) || LEVEL_TOPIC_JA.test(t) || WHY_JA.test(t) || SUPPOSED_EN.test(t) || SUPPOSED_JA.test(t);
}
