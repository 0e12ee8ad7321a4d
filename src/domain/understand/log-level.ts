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
