/**
 * A level name that is a log's setting, not Communication Security's: "set the log level to High", "we set TMS logging
 * to High", "raised the log level to high for debugging", "debug logging is set to Low". The level keyword's own
 * reading already drops "log level is High" (LOG_LEVEL_BEFORE in extract.ts); this covers a level named after "to/at/on"
 * with a log word as what was set, or after "is" ("the log level is Medium-High"; left-c #1). The words between the log word and "to" are few and name no other
 * setting nor another subject ("after debugging we set it to High", "checked the logs and moved TMS to High" stay the
 * level). Japanese is handled in LEVEL_ANYWHERE (「ログレベルを High にしました」). Bounded, linear.
 */

const LOG_WORD = String.raw`(?<![a-z])(?:log|logs|logging|logger|debug|debugging|trace|tracing|verbosity|diagnostics?)(?![a-z])`;
/** A word between the log word and "to": not a setting of its own, a pronoun or a joint that starts another statement. */
const BETWEEN = String.raw`(?:\s(?!(?:security|communication|tls|it|that|this|they|we|i|and|but|then|so|also|while|after|before)(?![a-z]))[a-z0-9.'_-]{1,15}){0,4}?`;
/** …ending in what links the level to it: "to", "at", "on", "is", "was", "=", ":" ("the log level is Medium-High"). */
const LOG_SET_TO = new RegExp(String.raw`${LOG_WORD}${BETWEEN}(?:\s(?:to|at|on|is|was|are|were)\s?|\s?[:=]\s?)$`, 'i');

/** Is the level named at `at` in the clause (the level word itself, or the "to/at/on" before it) a log's level? */
export function levelOfALog(clause: string, at: number): boolean {
  const pre = clause.slice(Math.max(0, at - 80), at);
  // ("… log level to High": when the match starts at "to", the text before it plus "to" is tried.)
  const rest = /^(?:to|at|on)\s/i.exec(clause.slice(at, at + 3));
  return LOG_SET_TO.test(rest ? `${pre}${rest[0]}` : pre);
}

/**
 * "we set logging to verbose and then set it to High" (left-d #2, rev32 #3): "it" after a log word in the same sentence may well be
 * the logging; with no security or communication word there, the level is not recorded (warn more, record less: it is asked).
 * "debug"/"debugging" alone are no log word here: "after debugging we set it to High" names the work done, not a log.
 * Medium-High is Communication Security's own name and stays the level.
 */
const LOG_NOUN = /(?<![a-z])(?:log|logs|logging|logger|verbosity|verbose|tracing)(?![a-z])|ログ|ロギング|トレース/i;
const SET_IT_TO = /(?<![a-z])(?:set|put|changed?|moved?|raised?|switched|switch|turned|turn|bumped|bump|cranked|dialed|dialled|lowered|lower)\s(?:it|that|this|them)\s(?:up\s|down\s|back\s)?(?:to|at)\s(?:medium|high|low)(?![a-z-])|(?:それ|これ|そちら)(?:を|は|も)\s?(?:high|low|medium|ハイ|ロー|ミディアム)(?![\s・ー-]{0,2}(?:high|ハイ))\s?(?:に|へ)/i;
const SECURITY_WORD = /(?<![a-z])(?:security|communication|tls|transport|tms\s?tools)(?![a-z])|セキュリティ|通信|tls/i;

/**
 * Does the clause set "it" to a level after a log word in its sentence, with no security word there ("we set logging to verbose
 * and then set it to High")? `sentence` is the clause's sentence (the clause itself when not known).
 */
export function itAfterALogWord(clause: string, sentence: string = clause): boolean {
  const m = SET_IT_TO.exec(clause.slice(0, 400));
  if (!m) return false;
  const s = sentence.slice(0, 600);
  const at = s.indexOf(clause.slice(0, 400));
  const before = at >= 0 ? s.slice(0, at + m.index) : `${s} ${clause.slice(0, m.index)}`;
  return LOG_NOUN.test(before) && !SECURITY_WORD.test(s) && !SECURITY_WORD.test(clause);
}

/** The same for a part of a message (an answer's part): read with the sentence of `text` that holds it. */
export function itAfterALogWordIn(part: string, text: string): boolean {
  const t = text.slice(0, 2000);
  const sentence = t.split(/(?<=[!?！？。\n])|(?<=\.)(?=\s|$)/).find((x) => x.includes(part.trim().slice(0, 200))) ?? part;
  return itAfterALogWord(part, sentence);
}

const LEVEL_WORDS = /(?<![a-z])(?:(?:medium|med)(?:[\s_/+-]{0,2}(?:high|hi))?|high|low)(?![a-z])|(?:ミディアム(?:[\s・ー-]{0,2}ハイ)?|ハイ|ロー|high|low)\s?(?:に|へ)/gi;
/** A log's subject before a Japanese 「… を High に」: 「ログレベルを」「ログの出力レベルを」「ロギングを」「デバッグログを」. */
const LOG_JA_BEFORE = /(?:ログ|ロギング|デバッグ|トレース)[^、。,.]{0,10}$/;

/**
 * Does every level name in an answer belong to a log ("set the log level to Medium-High", 「ログレベルを High にしました」)?
 * An answer to the level question that names only a log's level names no Communication Security level.
 */
export function onlyLogLevelsIn(text: string): boolean {
  const t = text.slice(0, 400);
  let any = false;
  for (const m of t.matchAll(LEVEL_WORDS)) {
    any = true;
    const at = m.index ?? 0;
    if (!levelOfALog(t, at) && !LOG_JA_BEFORE.test(t.slice(Math.max(0, at - 16), at))) return false;
  }
  return any;
}
