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
 * Does the text give Medium as a guess ("I think it's Medium, not sure", 「たぶんMediumのまま」)? Only a Medium with a
 * hedge in its own clause, or in the clause next to it when that one names nothing else ("Medium, not sure"), counts.
 */
export function hedgedMedium(text: string): boolean {
  const s = text.slice(0, 2000).normalize('NFKC');
  if (!hedges(s)) return false;
  MEDIUM.lastIndex = 0;
  for (let m = MEDIUM.exec(s); m; m = MEDIUM.exec(s)) {
    const { own, before, after } = clausesAround(s, m.index, m[0].length, 40);
    const near = [own, ...[before, after].filter((c) => c && !OTHER_TOPIC.test(c.replace(/\d+\s?%/g, '')))];
    if (near.some((c) => hedges(c) && !UNSURE_WHY.test(c))) return true;
  }
  return false;
}

/** Medium-High or High ("medium-high", "medium high", 「ミディアムハイ」, "High" alone). */
const RAISED = /(?<![a-z])(?:medium[\s_-]?high|high)(?![a-z])|ミディアム\s?ハイ/gi;
/** "I'm thinking it's …", "we're thinking it is …": a belief about the value (not "I'm thinking Medium-High": a proposal). */
const THINKING_IT = /(?<![a-z])(?:i['’]?m|i\sam|we['’]?re|we\sare)\s(?:(?:also|now|just)\s)?thinking\s(?:that\s)?(?:it['’]?s|it\sis|it\swas|we['’]?re|we\sare|tms\sis|the\slevel\sis|(?:the\s)?(?:security|communication\ssecurity)\sis)(?![a-z])/i;
/** A change done in the clause ("I set Medium-High, I think"): a report of the change, read as usual. */
const DONE_IN_CLAUSE = /(?<![a-z])(?:set|changed|raised|switched|moved|bumped|went|saved|applied)(?![a-z])|しました|変更し|設定し|上げ/i;

/**
 * Does the text give Medium-High or High as a guess ("I'm thinking it's Medium-High", "I think it's High", "probably
 * Medium-High", 「たぶん Medium-High です」)? Only a hedge in the level's own clause counts, and not in a clause that reports
 * the change done ("I set Medium-High I think" is the change, said as usual). A guessed raised level is not recorded: the
 * user is asked to look in TMS Tools (REV24 #3).
 */
export function hedgedRaisedLevel(text: string): boolean {
  const s = text.slice(0, 2000).normalize('NFKC');
  if (!hedges(s) && !THINKING_IT.test(s)) return false;
  RAISED.lastIndex = 0;
  for (let m = RAISED.exec(s); m; m = RAISED.exec(s)) {
    const { own } = clausesAround(s, m.index, m[0].length, 40);
    if ((hedges(own) || THINKING_IT.test(own)) && !UNSURE_WHY.test(own) && !DONE_IN_CLAUSE.test(own)) return true;
  }
  return false;
}
