/**
 * Necessary literals of a regular expression, read from its source: a set of strings such that every match of the
 * regex, on any text, has one of them as characters it consumes one after another (or as a positive look-around's), so
 * the text holds it. A regex built from those strings alone (escaped, joined by `|`, with the original's flags, so that
 * each character is compared exactly as the original compares it) then matches every text the original matches: it can
 * gate the original, and a text it does not match is one the original cannot match (`literalGate`).
 *
 * Read by construction from the source (no sampling): a character stands for itself; a sequence needs what any one of
 * its parts needs, or one of the strings a run of consecutive fixed parts spells (`work` then `s?` spells `work` or
 * `works`); an alternation needs one of what each alternative needs; a part repeated at least once needs what it needs;
 * an optional part, a class, `.`, `\d`, `\w`, `\s`, a backreference or a negative look-around needs nothing. A zero-width
 * assertion (`^`, `$`, `\b`, a look-around) consumes nothing, so the characters on either side of it are still
 * consecutive. Whatever the reader does not know gives "no literal" (null): the gate is then never built. Pure.
 */

/** What one part of a pattern can consume: `need`, strings one of which every match holds (null: none known); `exact`,
 * every string it can consume, or more (null: not a short finite set). */
interface Info {
  need: string[] | null;
  exact: string[] | null;
}

const MAX_EXACT = 32;
const MAX_LEN = 40;
const MAX_NEED = 64;

const ANY: Info = { need: null, exact: null };
const ZERO: Info = { need: null, exact: [''] };
/** A part of unknown length, maybe empty (a backreference): no need, and no known strings (a run of spelled parts stops). */
const ANY_OR_NONE: Info = { need: null, exact: null };

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  alternation(): Info {
    const alts: Info[] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0]!;
    const need = alts.every((a) => a.need !== null) ? minimal(alts.flatMap((a) => a.need!)) : null;
    const exactAll = alts.every((a) => a.exact !== null) ? [...new Set(alts.flatMap((a) => a.exact!))] : null;
    return { need, exact: exactAll && exactAll.length <= MAX_EXACT ? exactAll : null };
  }

  sequence(): Info {
    const items: Info[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return combine(items);
  }

  quantified(atom: Info): Info {
    const rest = this.s.slice(this.i);
    let min: number;
    let max: number;
    const q = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})/.exec(rest);
    if (!q) return atom;
    if (q[1]) {
      min = q[1] === '+' ? 1 : 0;
      max = q[1] === '?' ? 1 : Infinity;
    } else {
      min = Number(q[2]);
      max = q[3] ? (q[4] ? Number(q[4]) : Infinity) : min;
    }
    let len = q[0].length;
    if (this.s[this.i + len] === '?') len++;
    this.i += len;
    const need = min >= 1 ? atom.need : null;
    let exact: string[] | null = null;
    if (atom.exact && max <= 3) {
      const out = new Set<string>();
      let power: string[] | null = [''];
      for (let k = 0; k <= max && power; k++) {
        if (k >= min) for (const p of power) out.add(p);
        if (k < max) power = product(power, atom.exact);
      }
      exact = power === null || out.size > MAX_EXACT ? null : [...out];
    }
    return { need, exact };
  }

  atom(): Info {
    const c = this.s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.klass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return ZERO;
    return char(c);
  }

  group(): Info {
    const rest = this.s.slice(this.i);
    let kind: 'plain' | 'ahead' | 'neg';
    if (rest.startsWith('(?:')) {
      kind = 'plain';
      this.i += 3;
    } else if (rest.startsWith('(?=') || rest.startsWith('(?<=')) {
      kind = 'ahead';
      this.i += rest.startsWith('(?=') ? 3 : 4;
    } else if (rest.startsWith('(?!') || rest.startsWith('(?<!')) {
      kind = 'neg';
      this.i += rest.startsWith('(?!') ? 3 : 4;
    } else if (/^\(\?<[A-Za-z_$][\w$]*>/.test(rest)) {
      kind = 'plain';
      this.i += /^\(\?<[A-Za-z_$][\w$]*>/.exec(rest)![0].length;
    } else if (rest.startsWith('(?')) {
      throw new Unknown();
    } else {
      kind = 'plain';
      this.i += 1;
    }
    const inner = this.alternation();
    if (this.s[this.i] !== ')') throw new Unknown();
    this.i++;
    if (kind === 'plain') return inner;
    // (A look-around consumes nothing; a positive one's text is in the text all the same, a negative one's need not be.)
    return kind === 'ahead' ? { need: inner.need, exact: [''] } : ZERO;
  }

  klass(): Info {
    // A class of a few single characters is the set of them; anything else in a class (a negation, an escape class, a
    // long range) is one character of many.
    this.i++;
    let negated = false;
    if (this.s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const members: string[] = [];
    let simple = !negated;
    while (this.i < this.s.length && this.s[this.i] !== ']') {
      let c = this.s[this.i]!;
      if (c === '\\') {
        const e = this.s[this.i + 1] ?? '';
        if (/^[\\\][.^$*+?(){}|/\-'’"]$/.test(e)) {
          c = e;
          this.i += 2;
        } else {
          simple = false;
          this.i += 2;
          // (\xHH, \uHHHH, \u{…}, \p{…}: their tails are skipped as ordinary class characters would be.)
          continue;
        }
      } else this.i++;
      if (this.s[this.i] === '-' && this.s[this.i + 1] !== undefined && this.s[this.i + 1] !== ']') {
        const hi = this.s[this.i + 1]!;
        if (hi === '\\') {
          // (An escaped upper bound: "one character of many"; the escaped character is skipped with it.)
          simple = false;
          this.i += 3;
          continue;
        }
        this.i += 2;
        const a = c.charCodeAt(0);
        const b = hi.charCodeAt(0);
        if (!simple || b < a || b - a > 10) simple = false;
        else for (let k = a; k <= b; k++) members.push(String.fromCharCode(k));
        continue;
      }
      members.push(c);
    }
    if (this.s[this.i] !== ']') throw new Unknown();
    this.i++;
    if (!simple || members.length === 0 || members.length > 10 || members.some((m) => !standsForItself(m))) return ANY;
    const set = [...new Set(members)];
    return { need: set, exact: set };
  }

  escape(): Info {
    const e = this.s[this.i + 1];
    if (e === undefined) throw new Unknown();
    this.i += 2;
    if ('dDwWsS'.includes(e)) return ANY;
    if (e === 'b' || e === 'B') return ZERO;
    // (A backreference consumes what its group took, maybe nothing: one part of unknown length.)
    if (/[1-9]/.test(e)) {
      while (/[0-9]/.test(this.s[this.i] ?? '')) this.i++;
      return ANY_OR_NONE;
    }
    if (e === 'k') {
      const m = /^<[^>]*>/.exec(this.s.slice(this.i));
      this.i += m ? m[0].length : 0;
      return ANY_OR_NONE;
    }
    if (e === 'p' || e === 'P') {
      if (this.s[this.i] === '{') {
        const end = this.s.indexOf('}', this.i);
        if (end < 0) throw new Unknown();
        this.i = end + 1;
      }
      return ANY;
    }
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    if (simple[e] !== undefined) return char(simple[e]!);
    if (e === 'x' || e === 'u' || e === 'c' || e === '0') {
      // (Character codes: left as "one character", which is always right.)
      const code = e === 'x' ? /^[0-9a-fA-F]{2}/ : e === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/ : e === 'c' ? /^[A-Za-z]/ : /^(?!)/;
      const m = code.exec(this.s.slice(this.i));
      this.i += m ? m[0].length : 0;
      return ANY;
    }
    // An escaped character that stands for itself ("\.", "\?", "\/", "\-", "\'").
    if (/[\\^$.*+?()[\]{}|/\-'’"]/.test(e)) return char(e);
    throw new Unknown();
  }
}

class Unknown extends Error {}

/** A character that means itself as a literal under any flags the gate copies: not a surrogate half. */
function standsForItself(c: string): boolean {
  const code = c.charCodeAt(0);
  return c.length === 1 && !(code >= 0xd800 && code <= 0xdfff);
}

function char(c: string): Info {
  return standsForItself(c) ? { need: [c], exact: [c] } : ANY;
}

/** Every string of `a` followed by every string of `b`, or null when that is too many or too long. */
function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) {
    if (x.length + y.length > MAX_LEN) return null;
    out.add(x + y);
  }
  return [...out];
}

/** The set without a string that holds another of the set (the shorter one is needed anyway); null with an empty one. */
function minimal(set: readonly string[]): string[] | null {
  if (set.some((x) => x === '')) return null;
  const uniq = [...new Set(set)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const x of uniq) if (!out.some((y) => x.includes(y))) out.push(x);
  return out;
}

/**
 * The better of two needs (either is right; the better one lets fewer texts through): the one whose shortest string is
 * longest, then the one whose strings are longer on average ("ok|fine|good|green" rather than "are|is|look"), then the one
 * with fewer strings.
 */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...a.map((x) => x.length));
  const lb = Math.min(...b.map((x) => x.length));
  if (la !== lb) return la > lb ? a : b;
  const avg = (x: string[]) => x.reduce((n, y) => n + y.length, 0) / x.length;
  if (avg(a) !== avg(b)) return avg(a) > avg(b) ? a : b;
  return b.length < a.length ? b : a;
}

function combine(items: readonly Info[]): Info {
  let need: string[] | null = null;
  for (const it of items) need = better(need, it.need);
  // Runs of parts with known strings, spelled out (each run, and each part of a run that got too long, is consecutive).
  let run: string[] | null = [''];
  const commit = () => {
    if (run) need = better(need, minimal(run));
  };
  for (const it of items) {
    if (!it.exact) {
      commit();
      run = [''];
      continue;
    }
    const longer = product(run!, it.exact);
    if (longer) run = longer;
    else {
      commit();
      run = [...it.exact];
    }
  }
  commit();
  let exact: string[] | null = [''];
  for (const it of items) {
    exact = exact && it.exact ? product(exact, it.exact) : null;
    if (!exact) break;
  }
  return { need, exact };
}

/**
 * Strings one of which every match of `source` holds, or null when none is known (or more than 64 would be needed).
 * `source` is read as JavaScript reads a pattern without the `v` flag.
 */
export function requiredLiterals(source: string): string[] | null {
  try {
    const p = new Parser(source);
    const info = p.alternation();
    if (p.i !== source.length) return null;
    const need = info.need ? minimal(info.need) : null;
    return need && need.length <= MAX_NEED ? need : null;
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
}

/** `s` as a pattern matching exactly its characters (valid with or without the `u` flag). */
export function escapeLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * A regex that matches every text `re` matches (its necessary literals, with its flags but not `g`, `y` or `d`), to test
 * before `re`: a text it does not match, `re` does not match either. Null when no literal is known.
 */
export function literalGate(re: RegExp): RegExp | null {
  const lits = requiredLiterals(re.source);
  if (!lits) return null;
  return new RegExp(lits.map(escapeLiteral).join('|'), re.flags.replace(/[gyd]/g, ''));
}
