/**
 * Whether two values have the same JSON: `JSON.stringify(a) === JSON.stringify(b)`, without building the
 * strings. The conversation compares facts this way every turn (which fields a message set, what it
 * replaced, whether an answer only refined the last one); the values are plain JSON data (a state is
 * stored as JSON), usually small objects copied each turn, so two stringify calls per field cost more
 * than the walk (keysSet: ~5 us a turn with JSON.stringify, ~0.5 with this).
 *
 * Exactly JSON.stringify's equality, key order included ({a, b} and {b, a} differ): object keys in
 * order, those JSON leaves out (undefined, functions, symbols) skipped, array holes and such values as
 * null. Anything that is not a plain object, an array or a primitive (a Date, a Map, a toJSON method)
 * and any pair of different primitives is compared by JSON.stringify itself, so nothing is guessed.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const pa = plain(a);
  const pb = plain(b);
  if (!pa || !pb) {
    // Cases decided without writing JSON (keysSet compares each value a turn set with the one before, often undefined or
    // another string, every turn; a fact's object was written out in full for it): a plain object or array against a
    // primitive or nothing (`{…}` / `[…]` against a string, a number, true/false, null or no JSON at all), and two
    // different primitives one of which is a string or a boolean (JSON writes a string in quotes, true and false as
    // such; no other primitive writes the same). Numbers, null and anything else go through JSON.stringify as before
    // (NaN and Infinity write null, as null does).
    if (pa !== pb ? bare(pa ? b : a) : bare(a) && bare(b) && (wordy(a) || wordy(b))) return false;
    return stringified(a) === stringified(b);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(inArray(a[i]), inArray(b[i]))) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = jsonKeys(a as Record<string, unknown>);
  const kb = jsonKeys(b as Record<string, unknown>);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    if (!sameJson((a as Record<string, unknown>)[ka[i]!], (b as Record<string, unknown>)[kb[i]!])) return false;
  }
  return true;
}

/** An array or an object whose prototype is Object's or null, without toJSON: walked here. */
function plain(x: unknown): boolean {
  if (x === null || typeof x !== 'object') return false;
  if (Array.isArray(x)) return true;
  const proto = Object.getPrototypeOf(x) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (x as { toJSON?: unknown }).toJSON !== 'function';
}

/** A value JSON writes as neither an object nor an array: undefined, null, a string, a number, a boolean. */
function bare(x: unknown): boolean {
  return x === undefined || x === null || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
}

/** A string or a boolean: JSON writes no other primitive the same way. */
function wordy(x: unknown): boolean {
  return typeof x === 'string' || typeof x === 'boolean';
}

/** What JSON.stringify writes for a value: undefined when it writes nothing (so two such values compare equal). */
function stringified(x: unknown): string | undefined {
  return JSON.stringify(x) as string | undefined;
}

/** An array element as JSON writes it: undefined, a function or a symbol is null there. */
function inArray(x: unknown): unknown {
  return x === undefined || typeof x === 'function' || typeof x === 'symbol' ? null : x;
}

/** The keys JSON.stringify writes, in its order (own enumerable string keys, values it can write). */
function jsonKeys(o: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v !== undefined && typeof v !== 'function' && typeof v !== 'symbol') out.push(k);
  }
  return out;
}
