/**
 * A question about a level ("will Medium-High slow down TMS?", "does High need certificates?",
 * 「Medium-High にするとパフォーマンスは落ちますか？」), not a statement of the level that is set: while
 * the level question is open it is no bare answer ("Medium-High?" alone still is one, unsure). Pure.
 */
import { groupedByFirstLetter } from './first-letter';
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
  `^\\s*(?:(?:and|but|so|ok(?:ay)?|also)[,\\s]+)?(?:is|are|was|would\\sbe|will)\\s(?:the\\s)?(?:level\\s|change\\sto\\s)?${LEVEL_NAME}(?:\\s(?:level|mode|setting|change))?\\s(?:(?:really|still|also|even|fully|officially)\\s)?(?:safe|ok|okay|fine|supported|available|required|needed|necessary|enough|recommended|risky|better|worse|possible|compatible|allowed|an\\soption|the\\s(?:fix|answer|right|one)|worth|secure|stable)(?![a-z])`,
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
  // ("let's try Medium-High", 「Medium-High にしてみましょうか？」: a proposal asks the team, it sets nothing; QA49 F3.)
  if (proposesLevel(t)) return true;
  if (!endsAsQuestion(t)) {
    // Without its question mark: "what happens if we don't go to medium-high", "why does medium not
    // work" open with a question word; "would be medium I think" is a hedged answer.
    return LEVEL_QUESTION_EN.test(t) && !HEDGED_ANSWER.test(t);
  }
  return LEVEL_QUESTION_EN.test(t) || LEVEL_QUESTION_JA.test(t) || LEVEL_TOPIC_JA.test(t) || WHY_JA.test(t) || SUPPOSED_EN.test(t) || SUPPOSED_JA.test(t);
}

/**
 * A level proposed, not reported (QA49 F3): "let's try Medium-High", "maybe set it to Medium-High and see?", "how about we go to
 * Medium-High", "try Medium-High", 「Medium-High にしてみましょうか？」「Medium-High にしてみる？」「Medium-High にしましょう」,
 * 「Medium-High でいいですか？」. Nothing is set yet: no level to record, whether or not the level question is open. Not
 * "we tried Medium-High" nor 「Medium-High にしてみました」 (done: a report), nor "Medium-High is set, let's reboot" (the
 * proposal must aim at the level), nor a bare "Medium-High?" (an unsure answer). Bounded; a cheap word test first.
 */
const PROPOSAL_GATE = groupedByFirstLetter(/let|maybe|perhaps|about|why\snot|try|and\ssee|rather|prefer|like\sto|thinking|next|てみ|ましょう|でいい|で良い|でよい|で大丈夫|でよろし|でok|で問題|たい|試|よう/i);
/** Medium-High or High, the levels a proposal aims at. */
const HI = String.raw`(?:the\s)?(?:medium[\s_-]?high|high)(?![a-z])`;
/** The change aimed at the level: "try", "set it to", "go to", "switch over to", … then Medium-High / High (Medium / Low are not proposed to fix this). */
const AIM_EN = String.raw`(?:try(?:ing)?|set(?:ting)?|go(?:ing)?|switch(?:ing)?|rais(?:e|ing)|bump(?:ing)?|mov(?:e|ing)|chang(?:e|ing)|put(?:ting)?|flip(?:ping)?|test(?:ing)?)\s(?:(?:it|tms|that|this|the\s(?:security\s)?level|communication\ssecurity|over|up)\s){0,2}(?:(?:to|with|for|on|at|into)\s)?(?:the\s)?(?:medium[\s_-]?high|high)(?![a-z])`;
const PROPOSAL_EN = new RegExp(
  String.raw`(?<![a-z])(?:let'?s|let\sus|lets)\s(?:(?:just|maybe|quickly|first|now|then)\s)?${AIM_EN}` +
    // "maybe set it to Medium-High", "perhaps try High", "maybe we go to Medium-High" (not "maybe set to Medium-High": it may be set so, an unsure answer)
    String.raw`|(?<![a-z])(?:maybe|perhaps)\s(?:we\s(?:could\s|can\s|should\s)?)?(?:just\s)?(?:(?:set|change|switch|raise|bump|move|put)\sit\s(?:up\s|over\s)?(?:to\s)?(?:medium[\s_-]?high|high)|try(?:ing)?\s|go(?:ing)?\s(?:to|for)\s)` +
    String.raw`|(?<![a-z])(?:how|what)\sabout\s(?:we\s(?:just\s)?)?(?:(?:medium[\s_-]?high|high)(?![a-z])|${AIM_EN})|(?<![a-z])why\snot\s(?:just\s)?${AIM_EN}` +
    // "try Medium-High", "ok, try setting it to Medium-High" at the start (not "we tried …")
    String.raw`|^\s*(?:(?:ok(?:ay)?|so|then|well|alright|right|just)[,\s]+)*try(?:ing)?\s(?:(?:setting|switching|going|moving|raising|bumping)\s(?:it\s|tms\s)?(?:over\s|up\s)?(?:to\s|for\s)?|(?:with|at|on)\s)?(?:the\s)?(?:medium[\s_-]?high|high)(?![a-z])` +
    // "… set it to Medium-High and see?", "… and see if it helps"
    String.raw`|(?:medium[\s_-]?high|high)(?![a-z])[^.?!]{0,30}?\sand\ssee(?:\s(?:if|whether|what|how)(?![a-z])|\s*[?!.]*\s*$)` +
    // "I'd rather try Medium-High first", "we would prefer to go to Medium-High" (REV21-a #3; not "I'd rather not …")
    String.raw`|(?<![a-z])(?:i|we)(?:['’]d|\swould)\s(?:rather|prefer\sto|like\sto)\s(?:(?:just|first)\s)?${AIM_EN}` +
    // "I'm thinking Medium-High", "we're thinking of trying High" (not "I'm thinking it's Medium-High": an unsure answer)
    String.raw`|(?<![a-z])(?:i['’]?m|i\sam|we['’]?re|we\sare)\s(?:(?:also|now|just)\s)?thinking\s(?:(?:of|about)\s)?(?:(?:trying|setting|going|switching|moving|raising|bumping)\s(?:it\s|tms\s)?(?:over\s|up\s)?(?:to\s|with\s|for\s)?)?${HI}` +
    // The whole clause: "perhaps Medium-High", "Maybe Medium-High.", "Medium-High next?", "so High then?" (not "maybe Medium": the
    // level it may be at, an unsure answer; not "Medium-High next week": a plan)
    String.raw`|^\s*(?:(?:ok(?:ay)?|so|then|hmm+|well|and)[,\s]+)*(?:(?:maybe|perhaps)\s${HI}(?:\s(?:then|first|next|instead))?|${HI}\s(?:next|first|then))\s*[?!.]*\s*$`,
  'i',
);
const PROPOSAL_JA = new RegExp(
  // (「Medium-High にしてみます」: I will try it, not yet done; 「…してみました」 is a report.)
  String.raw`(?:medium[\s_-]?high|high|ミディアム[\s・ー-]?ハイ|ハイ)\s?(?:に|へ)\s?(?:して|上げて|変えて|変更して|設定して|切り替えて)\s?み(?:ましょう|よう|る\s?(?:[?？]|か|の)|ます(?!た)|ません|たら\s?(?:どう|いかが)|たい)` +
    // 「まず Medium-High を試したい」「Medium-High を試してみます」「Medium-High にしたい」「Medium-High にしようと思います」 (REV21-a #3)
    String.raw`|(?:medium[\s_-]?high|high|ミディアム[\s・ー-]?ハイ|ハイ)\s?(?:を|で)\s?(?:試し|試してみ|やってみ)(?:たい|ます(?!た)|ましょう|よう)` +
    String.raw`|(?:medium[\s_-]?high|high|ミディアム[\s・ー-]?ハイ|ハイ)\s?(?:に|へ)\s?(?:し|上げ|変え|変更し|設定し|切り替え)(?:たい|よう\s?(?:と|か))` +
    String.raw`|(?:medium[\s_-]?high|high|ミディアム[\s・ー-]?ハイ|ハイ)\s?(?:に|へ)\s?(?:し|上げ|変え|変更し|設定し|切り替え)ましょう` +
    String.raw`|(?:medium[\s_-]?high|high|ミディアム[\s・ー-]?ハイ|ハイ)\s?(?:で|に(?:して|すれば|したら))\s?(?:いい|良い|よい|大丈夫|よろしい|ok|オッケー|問題(?:ない|ありません))\s?(?:ん|の)?\s?(?:です|でしょう|だろう)?\s?(?:か|かな|よね)?\s*[?？]|(?:medium[\s_-]?high|high|ミディアム[\s・ー-]?ハイ|ハイ)\s?(?:で|に(?:して|すれば|したら))\s?(?:いい|良い|よい|大丈夫|よろしい|ok|オッケー|問題(?:ない|ありません))\s?(?:ん|の)?\s?(?:です|でしょう|だろう)?\s?か\s*[。]?\s*$`,
  'i',
);
export function proposesLevel(text: string): boolean {
  const t = nfkc(text.slice(0, 300));
  if (!PROPOSAL_GATE.test(t)) return false;
  return PROPOSAL_EN.test(t) || PROPOSAL_JA.test(t);
}

/**
 * A raised level declined or not wanted (REV24 #3): "I'd rather not try Medium-High", "we'd prefer not to use Medium-High", "I don't
 * want to go to Medium-High", "not keen on Medium-High", "we want to avoid Medium-High", 「Medium-High にはしたくないです」「Medium-High は
 * 避けたい」. Nothing is set: no level to record. Bounded; a cheap word test first.
 */
const DECLINE_GATE = groupedByFirstLetter(/rather|prefer|want|keen|avoid|reluctant|hesitant|wary|won|will\snot|going|need|never|たくな|避け|やめて|控え|しません|しない|ません/i);
const DECLINE_EN = new RegExp(
  String.raw`(?<![a-z])(?:(?:i|we)(?:['’]d|\swould)\s(?:rather\snot|prefer\snot\sto|(?:not\s)?like\snot\sto)|(?:i|we)\s(?:do\snot|don['’]?t|really\sdon['’]?t)\s(?:want|wish|plan|intend)\sto|(?:not|aren['’]?t|isn['’]?t|am\snot|are\snot)\s(?:really\s)?(?:keen\s(?:on|to)|willing\sto|comfortable\s(?:with|going\sto|setting))|(?:i|we)(?:['’]re|\sare|['’]m|\sam)\s(?:(?:a\sbit|quite|very|rather)\s)?(?:reluctant|hesitant|wary)\s(?:to|about|of)|(?:want|like|prefer)\sto\savoid|(?:i|we)(?:['’]d|\swould)\srather\savoid|(?:i|we)\s(?:won['’]?t|will\snot|will\snever|(?:are|am)\snot\sgoing\sto|aren['’]?t\sgoing\sto|(?:do\snot|don['’]?t)\sneed\sto)|(?:i['’]m|we['’]re)\snot\sgoing\sto)\s(?:(?:try(?:ing)?|set(?:ting)?|go(?:ing)?|us(?:e|ing)|switch(?:ing)?|rais(?:e|ing)|mov(?:e|ing)|chang(?:e|ing)|put(?:ting)?|do(?:ing)?)\s)?(?:(?:it|tms|that|this|the\s(?:security\s)?level|communication\ssecurity|over|up)\s){0,2}(?:(?:to|with|for|on|at|into)\s)?(?:the\s)?(medium[\s_-]?high|high)(?![a-z])`,
  'i',
);
const LV_JA = String.raw`(?:medium[\s_-]?high|high|ミディアム[\s・ー-]?ハイ|ハイ)`;
const DECLINE_JA = new RegExp(
  String.raw`(${LV_JA})\s?(?:に|へ|を|は|には|へは|にするのは|に変えるのは|に上げるのは)\s?(?:は\s?)?(?:したくな|上げたくな|変えたくな|変更したくな|設定したくな|使いたくな|試したくな|避けたい|やめておきたい|控えたい)` +
    // 「High にはしません」「High には上げません」 (readers-d #4): not a question (「…しませんか」).
    String.raw`|(${LV_JA})\s?(?:に|へ)\s?(?:は\s?)?(?:しません|しない|上げません|上げない|変えません|変更しません|設定しません)(?:\s?(?:です|予定です))?(?!\s?(?:か|の[?？]|でしょう|で|と|まま|うち|限り|場合|よう|なら|なくて))`,
  'i',
);
export function declinesLevel(text: string): boolean {
  return declinedLevel(text) !== null;
}

/**
 * Which raised level is declined: 'medium-high' when Medium-High is (the fix's level), 'high' when only High is ("we won't go to
 * High", 「High にはしません」, readers-d #4: the fix does not need High), or null.
 */
export function declinedLevel(text: string): 'medium-high' | 'high' | null {
  const t = nfkc(text.slice(0, 300));
  if (!DECLINE_GATE.test(t)) return null;
  let found: 'medium-high' | 'high' | null = null;
  for (const re of [DECLINE_EN, DECLINE_JA]) {
    const m = re.exec(t);
    if (!m) continue;
    const lv = m[1] ?? m[2] ?? '';
    if (/medium|ミディアム/i.test(lv)) return 'medium-high';
    found = 'high';
  }
  return found;
}

/**
 * Medium-High decided on, not reported (QA63 #2): "Medium-High please", "ok, Medium-High then", "Medium-High it is", "please set it to
 * Medium-High", "set it to Medium-High please", "go with Medium-High", 「じゃあ Medium-High でお願いします」「Medium-High にしてください」
 * 「Medium-High に設定してください」「では Medium-High で」. The level to come, like "I'll set Medium-High tonight" (a plan): the level set
 * now is not said. Not a bare "Medium-High" (the answer to the level question), nor "Medium-High?" (unsure), nor a proposal ("let's try
 * Medium-High": proposesLevel), nor "Medium-High please?" (asked). The whole message or clause; bounded; a cheap word test first.
 */
const DECIDE_GATE = groupedByFirstLetter(/please|pls|plz|kindly|then|it\sis|go|going|stick|set|お願い|ください|下さい|ほしい|で/i);
const MH = String.raw`(?:the\s)?(?:medium[\s_-]?high|mediumhigh)(?![a-z])`;
const DECIDE_LEAD_EN = String.raw`^\s*(?:(?:ok(?:ay)?|so|then|alright|all\sright|fine|right|yes|yeah|yep|great|good|sure|thanks|thank\syou|got\sit|understood|in\sthat\scase|and)[,.!\s]+)*`;
const POLITE = String.raw`(?:please|pls|plz|kindly)`;
const SET_IT = String.raw`(?:set|change|switch|raise|move|put|bump|make)\s(?:(?:it|tms|that|the\s(?:security\s)?level|communication\ssecurity)\s){0,2}(?:(?:up|over)\s)?(?:to\s)?`;
const DECIDE_EN = new RegExp(
  // "Medium-High please", "Medium-High then", "Medium-High it is", "the Medium-High level then, please"
  String.raw`${DECIDE_LEAD_EN}${MH}(?:\s(?:level|setting))?(?:\s?,?\s(?:then|please|pls|plz|it\sis|for\snow))+\s*[.!]*\s*$` +
    // "please set it to Medium-High", "pls change the level to Medium-High (then)"
    String.raw`|${DECIDE_LEAD_EN}${POLITE}\s(?:just\s)?${SET_IT}${MH}(?:\s(?:then|now|tonight))?\s*[.!]*\s*$` +
    // "set it to Medium-High please", "set it to Medium-High then"
    String.raw`|${DECIDE_LEAD_EN}${SET_IT}${MH}(?:\s?,?\s(?:then|please|pls|plz))+\s*[.!]*\s*$` +
    // "go with Medium-High", "we'll go for Medium-High", "we're going with Medium-High", "stick with Medium-High then"
    String.raw`|${DECIDE_LEAD_EN}(?:(?:we|i)(?:['’]ll|\swill|['’]re|\sare|['’]m|\sam)?\s)?(?:go(?:ing)?|stick(?:ing)?)\s(?:with|for)\s${MH}(?:\s?,?\s(?:then|please|pls|plz))*\s*[.!]*\s*$`,
  'i',
);
const MH_JA = String.raw`(?:medium[\s_-]?high|mediumhigh|ミディアム[\s・ー-]?ハイ)`;
const DECIDE_JA = new RegExp(
  // 「Medium-High でお願いします」「Medium-High にしてください」「Medium-High に設定してください」「Medium-High に変更してほしいです」
  String.raw`${MH_JA}\s?(?:で|に)\s?(?:お願い(?:します|いたします|致します|したいです)?|(?:して|設定して|変更して|変えて|上げて|切り替えて)\s?(?:ください|下さい|ほしいです|ほしい|欲しいです))(?![か?？])` +
    // 「では Medium-High で」「じゃあ Medium-High で進めます」「それなら Medium-High でいきます」
    String.raw`|^\s*(?:じゃあ|じゃ|では|それでは|それなら|なら|ならば|了解です|分かりました|わかりました|承知しました)[、,。\s]*${MH_JA}\s?(?:で|に)\s?(?:進めます|行きます|いきます|します|決めます)?\s*[。!！]*\s*$`,
  'i',
);
export function decidesLevel(text: string): boolean {
  const t = nfkc(text.slice(0, 200));
  if (t.length > 160 || !DECIDE_GATE.test(t)) return false;
  return DECIDE_EN.test(t) || DECIDE_JA.test(t);
}
