/**
 * "I think it's Medium, not sure", "probably still Medium", 「たぶんMediumのまま」, 「Medium だと思います」: the user
 * guesses the level is Medium but has not looked. Medium is also what the bot assumes when the level is
 * unknown (TMS's default), so a hedged Medium stays that assumption, said as one, not a level read in
 * TMS Tools (QA round 16 #15e). A hedge is looked for only near the word Medium (not Medium-High), in the
 * same sentence: "SQL 2016 I think. Level: Medium" is no hedge on the level. Bounded input, linear patterns.
 */
/** Medium, not Medium-High ("medium", "med", 「ミディアム」, a lone 「中」). */
const MEDIUM = /(?<![a-z])(?:medium|med)(?![a-z]|[\s_-]?high)|ミディアム(?!\s?ハイ)|(?<![\u3400-\u9fff])中(?![\u3400-\u9fff]|\s?(?:高|high))/gi;
/** A guess or a doubt. ("not sure why" is unsure of a reason, not of the level: see UNSURE_WHY.) */
export const HEDGE_EN =
  /(?:(?<![a-z])|(?=n't))(?:probably|maybe|perhaps|presumably|likely|i\s(?:think|believe|guess|reckon|assume|suppose)|i'?d\s(?:say|guess|assume)|(?:should|would|must)\sbe|(?:not|n't)\s(?:sure|certain|100%)(?!\s(?:about|of|which|what|whether|if|how)\s(?!(?:the\s|our\s|that\s)?(?:level|setting|security|medium|it)(?![a-z])))|unsure|afaik|as\sfar\sas\si\s(?:know|remember)|if\si\s(?:remember|recall)|iirc|don'?t\sknow\sfor\ssure)(?![a-z])/i;
export const HEDGE_JA = /たぶん|多分|おそらく|恐らく|と思(?:う|い|います)|かも|はず|かな|確か(?!め|に|認)|だったような|ような気|気がし|自信(?:が|は)?(?:ない|ありません)/;
/** Unsure of a reason, not of the value: "not sure why", 「理由は分かりません」. */
export const UNSURE_WHY = /(?<![a-z])(?:not\s(?:sure|certain)|no\sidea|(?:don'?t|do\snot)\sknow|dunno)\s(?:why|what\sfor|the\sreason)(?![a-z])|(?:理由|なぜ)は?(?:分かり|わかり|不明)/i;
/** Where a sentence ends. */
const SENTENCE_END = /[.。!！?？\n;；]/;
/** A clause that names something else ("SQL 2016 remote I think"): its hedge is about that, not the level. */
const OTHER_TOPIC = /\d|(?<![a-z])(?:sql|windows|win|os|server|tms|endpoints?|codecs?|tc|ce|roomos|build|version)(?![a-z])|サーバ|エンドポイント|端末|バージョン/i;

/** The sentence around position `at`, at most `reach` characters each side, cut into its clauses. */
export function clausesAround(s: string, at: number, len: number, reach: number): { own: string; before: string; after: string } {
  let a = at;
  while (a > 0 && at - a < reach && !SENTENCE_END.test(s[a - 1])) a--;
  let b = at + len;
  while (b < s.length && b - at - len < reach && !SENTENCE_END.test(s[b])) b++;
  const head = s.slice(a, at).split(/[,、，]/);
  const tail = s.slice(at + len, b).split(/[,、，]/);
  const own = `${head[head.length - 1]}${s.slice(at, at + len)}${tail[0]}`;
  return { own, before: head.length > 1 ? head[head.length - 2] : '', after: tail.length > 1 ? tail[1] : '' };
}

export const hedges = (t: string): boolean => HEDGE_EN.test(t) || HEDGE_JA.test(t);

/**
 * Not looked at, said of the level: "Medium-High (unverified)", "Medium-High, but I haven't checked", 「Medium-High（未確認）」
 * (QA61 #1). Read only beside a level name (a clause's "haven't checked the keys" names another thing: not this).
 */
const UNCHECKED =
  /(?<![a-z])(?:unverified|unconfirmed|unchecked|not\s(?:yet\s)?(?:verified|checked|confirmed)(?:\s(?:yet|it|that))?(?=\s*(?:[.,;:)!]|$))|(?:have\s?n[o']t|have\snot|did\s?n[o']t|did\snot)\s(?:yet\s)?(?:verified|checked|confirmed|looked|verify|check|confirm|look)(?:\s(?:it|that|this|yet))?(?=\s*(?:[.,;:)!]|$))|to\sbe\s(?:verified|checked|confirmed))/i;
const UNCHECKED_JA = /未確認|確認(?:して|でき)(?:い)?(?:ません|ない|ていない)|確認中|要確認|(?:分から|わから)(?:ない|ず|ん)|(?:分かり|わかり)ません|不明/;
/**
 * Hearsay about the level (FIX62A #3): "supposedly Medium-High", "apparently it's High", "I was told it's Medium-High", 「Medium-High
 * のようです」「High らしいです」「Medium-High だそうです」「…とのことです」「…と聞いています」. Like "I think …, not sure", not a level read
 * in TMS Tools. ("We were told to set Medium-High" is an instruction: the "to" after it is not hearsay.)
 */
const HEARSAY_EN =
  /(?<![a-z])(?:supposedly|apparently|allegedly|reportedly|seemingly|(?:it\s)?seems(?:\sto\sbe)?|(?:i|we)\s(?:was|were|am|are|have\sbeen|'ve\sbeen|['’]ve\sbeen)\stold(?!\sto(?![a-z]))|(?:i|we)\s(?:have\s|['’]ve\s)?heard(?!\sof)(?![a-z]))(?![a-z])/i;
const HEARSAY_JA = /(?<!その|この|次の|以下の|下記の|上記の)よう(?:です|だ|でした)|らしい|みたい|だそう|とのこと|と聞(?:いて|きま|いた)/;
const hearsay = (t: string): boolean => HEARSAY_EN.test(t) || HEARSAY_JA.test(t);
/** A guess, a doubt, hearsay, or a level not looked at. */
const levelHedges = (t: string): boolean => hedges(t) || hearsay(t) || UNCHECKED.test(t) || UNCHECKED_JA.test(t);
/** Words a bare doubt clause may hold beside its doubt ("but I'm not sure", "though I haven't checked it yet", 「でも自信はありません」). */
const DOUBT_FILLER = /(?<![a-z])(?:but|and|so|though|tho|although|i|i'm|im|am|we|we're|are|it|it's|that|this|yet|which|one|really|fully|totally|quite|100%|honestly|though|to\sbe\shonest|tbh|either|way)(?![a-z])|でも|けど|が|ただ|です|は|ね|よ|[\s.,;:!()（）、。]/gi;
/** A neighbouring clause that is nothing but a doubt ("…, not sure", "…, but I haven't checked", 「…、自信はありません」). */
function bareDoubt(c: string): boolean {
  if (!levelHedges(c) || UNSURE_WHY.test(c) || OTHER_TOPIC.test(c.replace(/\d+\s?%/g, ''))) return false;
  const rest = c
    .replace(new RegExp(HEDGE_EN.source, 'gi'), ' ')
    .replace(new RegExp(HEDGE_JA.source, 'g'), ' ')
    .replace(new RegExp(HEARSAY_EN.source, 'gi'), ' ')
    .replace(new RegExp(HEARSAY_JA.source, 'g'), ' ')
    .replace(new RegExp(UNCHECKED.source, 'gi'), ' ')
    .replace(new RegExp(UNCHECKED_JA.source, 'g'), ' ')
    .replace(DOUBT_FILLER, ' ')
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 1 && rest.length <= 12;
}

/**
 * Does the text give Medium as a guess ("I think it's Medium, not sure", 「たぶんMediumのまま」)? Only a Medium with a
 * hedge in its own clause, or in the clause next to it when that one names nothing else ("Medium, not sure"), counts.
 */
export function hedgedMedium(text: string): boolean {
  const s = text.slice(0, 2000).normalize('NFKC');
  if (!levelHedges(s)) return false;
  MEDIUM.lastIndex = 0;
  for (let m = MEDIUM.exec(s); m; m = MEDIUM.exec(s)) {
    const { own, before, after } = clausesAround(s, m.index, m[0].length, 40);
    if (levelHedges(own) && !UNSURE_WHY.test(own)) return true;
    // (A neighbouring clause counts only when it is nothing but a doubt, "Medium, not sure", as for a raised level: in "Level is
    // Medium, I think the problem started after the upgrade" the guess is about the problem, not the level; FIX62A #4.)
    if ([before, after].some((c) => c && bareDoubt(c))) return true;
  }
  return false;
}

/** Medium-High or High ("medium-high", "medium high", 「ミディアムハイ」, "High" alone). */
const RAISED = /(?<![a-z])(?:medium[\s_-]?high|high)(?![a-z])|ミディアム\s?ハイ/gi;
/** "I'm thinking it's …", "we're thinking it is …": a belief about the value (not "I'm thinking Medium-High": a proposal). */
const THINKING_IT = /(?<![a-z])(?:i['’]?m|i\sam|we['’]?re|we\sare)\s(?:(?:also|now|just)\s)?thinking\s(?:that\s)?(?:it['’]?s|it\sis|it\swas|we['’]?re|we\sare|tms\sis|the\slevel\sis|(?:the\s)?(?:security|communication\ssecurity)\sis)(?![a-z])/i;
/**
 * A change done in the clause ("I set Medium-High, I think", "If I recall, Tom set Medium-High"): a report of the change, read as
 * usual. ("it is set to Medium-High I think", "it's been set to High, probably": the state believed, not a change reported.)
 */
const DONE_IN_CLAUSE = /(?<![a-z])(?<!(?:is|was|are|it's|be|been)\s)(?:set|changed|raised|switched|moved|bumped|went|saved|applied)(?![a-z])|しました|変更し|設定し|上げ/i;
/**
 * …unless whoever made it is not known ("I think someone set it to High", "the previous admin set it to High, I think",
 * 「誰かが High に設定したと思います」): then it is a belief about the level, not a change reported (QA61 #2).
 */
const SET_BY_SOMEONE =
  /(?<![a-z])(?:someone|somebody|some\sone|whoever|(?:the\s|an?\s)?(?:previous|former|old|other)\s(?:admin|administrator|engineer|guy|team|person|colleague|owner|vendor|partner))\s(?:(?:had|has|must\shave|may\shave|might\shave|probably|once|already)\s){0,2}(?:set|changed|raised|switched|moved|bumped)(?![a-z])|(?:誰か|だれか|前任者?|以前の担当者?)\s?(?:が|は)/i;

/**
 * Does the text give Medium-High or High as a guess ("I'm thinking it's Medium-High", "I think it's High", "probably
 * Medium-High", "Medium-High (unverified)", 「たぶん Medium-High です」「Medium-High（未確認）」)? A doubt in the level's own clause
 * counts, or a neighbouring clause that is nothing but a doubt ("Medium-High, but I haven't checked", "…, not sure"); not a
 * clause that reports a change ("I set Medium-High I think" is the change, said as usual; not one made by someone unknown). A guessed raised level
 * is not recorded: the user is asked to look in TMS Tools (REV24 #3, QA61 #1).
 */
export function hedgedRaisedLevel(text: string, level?: 'medium-high' | 'high'): boolean {
  const s = text.slice(0, 2000).normalize('NFKC');
  if (!levelHedges(s) && !THINKING_IT.test(s)) return false;
  RAISED.lastIndex = 0;
  for (let m = RAISED.exec(s); m; m = RAISED.exec(s)) {
    // (Only the level read counts when it is given (REV38 #2): in "Communication Security is Medium-High. I think High would break
    // the certificate checks" the guess is about High, another level; the Medium-High said plainly stays.)
    if (level && levelOfName(m[0]) !== level) continue;
    const { own } = clausesAround(s, m.index, m[0].length, 40);
    // (Hearsay before the level covers the change too: "apparently they set it to Medium-High" is not the user's own report.)
    const heardFirst = hearsay(own.slice(0, Math.max(0, own.indexOf(m[0]))));
    if ((DONE_IN_CLAUSE.test(own) && !SET_BY_SOMEONE.test(own) && !heardFirst) || UNSURE_WHY.test(own)) continue;
    if (levelHedges(own) || THINKING_IT.test(own)) return true;
    // (The neighbours whole, not cut at 40 characters: "SQL 2016 remote I think, Communication Security Medium-High" holds a doubt about SQL.)
    const { before, after } = clausesAround(s, m.index, m[0].length, 200);
    if ([before, after].some((c) => c && bareDoubt(c))) return true;
  }
  return false;
}

/** A level's name, for the either/or reader. */
const LEVEL_NAME = /(?<![a-z])(?:medium[\s_-]?high|medium|high|low)(?![a-z])|ミディアム\s?ハイ|ミディアム/gi;
/** What stands between two levels given as alternatives: "or", "or maybe", 「か」「または」「ですか」. */
const OR_BETWEEN = /^\s*,?\s*(?:(?:or|maybe|perhaps|possibly)(?:\s(?:maybe|perhaps|possibly|even))?|か|または|もしくは|ないし|(?:です|だ|だった)か)\s*,?\s*$/i;

const levelOfName = (n: string): 'low' | 'medium' | 'medium-high' | 'high' => {
  const t = n.toLowerCase().replace(/\s/g, '');
  if (/^(?:medium[_-]?high|ミディアムハイ)$/.test(t)) return 'medium-high';
  if (/^(?:medium|ミディアム)$/.test(t)) return 'medium';
  return t === 'high' ? 'high' : 'low';
};

/**
 * Two levels given as alternatives: "Medium or Medium-High", "either Medium or Medium-High, not sure which", 「Medium か
 * Medium-High か分かりません」 (QA61 #1). Neither is the level: the two, in the order said (null when none).
 */
export function levelEitherOr(text: string): Array<'low' | 'medium' | 'medium-high' | 'high'> | null {
  const s = text.slice(0, 2000).normalize('NFKC');
  if (!/(?<![a-z])(?:or|maybe|perhaps|possibly)(?![a-z])|か|または|もしくは|ないし/i.test(s)) return null;
  let prev: { end: number; level: 'low' | 'medium' | 'medium-high' | 'high' } | null = null;
  LEVEL_NAME.lastIndex = 0;
  for (let m = LEVEL_NAME.exec(s); m; m = LEVEL_NAME.exec(s)) {
    const level = levelOfName(m[0]);
    if (prev && prev.level !== level && m.index - prev.end <= 24 && OR_BETWEEN.test(s.slice(prev.end, m.index))) return [prev.level, level];
    prev = { end: m.index + m[0].length, level };
  }
  return null;
}
