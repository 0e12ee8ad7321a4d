/**
 * JSON texts already made for values that no longer change, so that a value written into a larger
 * JSON text is not serialised again. A thread turn's reply blocks used to be serialised three times
 * over: the card's blocks once to measure and digest them (src/slack/card.ts), every message again
 * for its outbox row, and again for the post's body (src/slack/webjson.ts); a card edit once more.
 * Now the card's JSON is kept from its measuring, a note's from its outbox row, and both are put
 * into the row and the request body as they are: the same bytes, one serialisation.
 *
 * Only values nobody changes after they are remembered may be remembered (a turn's rendered
 * messages: see the callers). Held weakly: gone with the value.
 */
const known = new WeakMap<object, string>();

/** Remember `json` as the JSON text of `value` (it must be JSON.stringify(value), and `value` must not change). */
export function rememberJson(value: object, json: string): void {
  known.set(value, json);
}

/**
 * JSON.stringify(obj) for a plain object (own enumerable keys, no toJSON of its own), with the
 * remembered text of any of its values put in as it is: the same text.
 */
export function stringifyKnown(obj: Record<string, unknown>): string {
  let out = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const json: string | undefined = (typeof v === 'object' && v !== null && known.get(v)) || JSON.stringify(v);
    // As JSON.stringify leaves out undefined, functions and symbols.
    if (json === undefined) continue;
    out += `${out ? ',' : '{'}${JSON.stringify(k)}:${json}`;
  }
  return out ? `${out}}` : '{}';
}

/**
 * An outbox message's JSON text (JSON.stringify of it, the same text), its blocks' part kept for the
 * post that follows (src/slack/webjson.ts puts it into the request body as it is).
 */
export function messageJson(message: { text?: unknown; blocks?: unknown }): string {
  const blocks = message.blocks;
  if (typeof blocks === 'object' && blocks !== null && !known.has(blocks)) known.set(blocks, JSON.stringify(blocks));
  return stringifyKnown(message as Record<string, unknown>);
}
