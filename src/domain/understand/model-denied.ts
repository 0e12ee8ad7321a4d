/**
 * Endpoint models said not to be the ones ("sorry, I meant SX20s, not Room Kit", "they're SX20s, not Room Kit Plus", "SX20s
 * instead of Room Kits", 「Room Kit ではなく SX20 です」) and a correction of the models ("I meant SX20s") (QA63 #7): the models
 * held add up over the conversation, so a correction of them was never applied (the Room Kit Plus stayed, and its "cannot be
 * downgraded" answer with it). Pure, linear (bounded patterns on a bounded text).
 */
import { ceOnlyModelsIn, endpointModelsIn } from '../knowledge/products';

const GATE = /not|instead|rather|meant|ではなく|でなく|じゃなく|じゃなくて|間違/i;
/** What follows a negation, up to the clause's end: "not Room Kit", "instead of the Room Kits", "rather than MX700s". */
const DENIED_EN = /(?<![a-z])(?:not|instead\sof|rather\sthan)\s(?:the\s|a\s|an\s|our\s)?([a-z][a-z\d -]{1,30}?)(?=\s*(?:$|[,.;!?)]|\s(?:and|but|as|though|at\sall)(?![a-z])))/gi;
/** What stands before 「ではなく」: 「Room Kit ではなく SX20 です」. */
const DENIED_JA = /([a-z][a-z\d -]{1,30}?)\s?(?:ではなく|でなく|じゃなくて|じゃなく)/gi;
/** A model's name first (after a determiner): SX/MX/DX/EX, C20–C90, Codec, Room, Board, Desk. */
const MODEL_FIRST = /^(?:the\s|a\s|an\s|our\s|all\s)?(?:sx|mx|dx|ex|c\d0|codec|room|board|desk)/i;
/** "I meant SX20s", 「SX20 の間違いでした」「SX20 のことでした」: the models named are the ones, in place of those held. */
const MEANT = /(?<![a-z])(?:i|we)\s(?:actually\s)?meant(?![a-z])|の間違い|のことでした/i;

function modelsOf(seg: string): string[] {
  return [...endpointModelsIn(seg), ...ceOnlyModelsIn(seg)];
}

/** The models the text says are not the ones (in the bot's spelling). */
export function modelsDeniedIn(text: string): string[] {
  if (text.length > 300 || !GATE.test(text)) return [];
  const out: string[] = [];
  for (const re of [DENIED_EN, DENIED_JA]) {
    re.lastIndex = 0;
    // (The segment opens with the model: "not sure which SX20s" denies nothing.)
    for (let m = re.exec(text); m; m = re.exec(text)) if (MODEL_FIRST.test(m[1])) out.push(...modelsOf(m[1]));
  }
  return [...new Set(out)];
}

/** Does the text correct the models held with the ones it names ("I meant SX20s")? */
export function modelsMeantIn(text: string): boolean {
  return text.length <= 300 && MEANT.test(text);
}

/** Is the held model one of those denied ("Room Kit" denies "Room Kit Plus"; "Room Kit Pro" only itself)? */
export function modelDenied(held: string, denied: readonly string[]): boolean {
  const h = held.toLowerCase();
  return denied.some((d) => h === d.toLowerCase() || h.startsWith(`${d.toLowerCase()} `));
}
