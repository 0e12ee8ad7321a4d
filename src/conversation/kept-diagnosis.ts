/**
 * diagnose(facts, assume) kept by the whole of its input, for composing answers (respond, refinementBase), with what
 * respond derives from a diagnosis alone (its context line, its summary). A turn that answers diagnoses the facts it ends
 * with, and a refinement (Windows, the level) the facts it started with too: the facts the turn before answered from.
 * Conversations with the same facts (the same releases said in the same order) get the same diagnosis. On the bench
 * conversation diagnose was ~8 % of a turn and the summary ~5 % (docs/performance.md, thirty-third session).
 *
 * Sound by construction: diagnose is pure and total and reads its input only as data; the key is the input's JSON, taken
 * only when the input is exactly what its JSON says (plain objects and arrays, strings, finite numbers other than -0,
 * booleans, null: no undefined, no array holes, no Date, Map, class or function), so one key means one input. Anything
 * else, or an input deeper than MAX_DEPTH or with a JSON longer than MAX_KEY, is diagnosed afresh and not kept.
 *
 * A kept diagnosis is handed out again, so nothing may write to it (nor to what it shares with the facts it came from):
 * the callers only read it (respond and diagnosisBlocks copy its texts into blocks; the reply carries its findings as they
 * are). test/conversation/kept-diagnosis.test.ts checks that over every conversation script with the audit on: each hit
 * is compared with its JSON when it was kept and with a fresh diagnosis of the same input. At most KEPT diagnoses (then
 * all are dropped).
 */
import { diagnose, type Assumptions } from '../domain/diagnose';
import type { Diagnosis, Facts } from '../domain/types';

const KEPT = 128;
const MAX_KEY = 64 * 1024;
const MAX_DEPTH = 24;

const kept = new Map<string, Diagnosis>();

/**
 * What the audit hook is told on every hit: a kept diagnosis or a value derived from one, its JSON now (`kept`), and `fresh`,
 * the JSON of the same worked out again (for a diagnosis, also its JSON when it was kept, `then`). `ok`: all the same.
 */
export type KeptCheck = { what: 'diagnosis' | 'derived'; key: string; ok: boolean; kept: string; fresh: string; then?: string };
let audit: ((m: KeptCheck) => void) | null = null;
/** The JSON of each kept diagnosis when it was kept (only while the audit is on). */
const keptJson = new WeakMap<Diagnosis, { json: string }>();

/** Tests only: compare every hit with the diagnosis as it was kept and with a fresh one (null: off, the default). */
export function setKeptAudit(hook: ((m: KeptCheck) => void) | null): void {
  audit = hook;
  kept.clear();
}

export function keptDiagnosis(facts: Facts, assume: Assumptions): Diagnosis {
  const key = inputKey(facts, assume);
  if (key === null) return diagnose(facts, assume);
  const hit = kept.get(key);
  if (hit !== undefined) {
    if (audit) auditHit(hit, key, facts, assume);
    return hit;
  }
  const d = diagnose(facts, assume);
  if (kept.size >= KEPT) kept.clear();
  kept.set(key, d);
  everKept.add(d);
  if (audit) keptJson.set(d, { json: JSON.stringify(d) });
  return d;
}

function auditHit(hit: Diagnosis, key: string, facts: Facts, assume: Assumptions): void {
  const then = keptJson.get(hit);
  const now = JSON.stringify(hit);
  const fresh = JSON.stringify(diagnose(facts, assume));
  audit?.({ what: 'diagnosis', key, ok: !!then && then.json === now && now === fresh, kept: now, fresh, then: then?.json });
}

/**
 * `derive(d)` kept with a kept diagnosis `d`, by `sub` (what else it depends on: the language, a line): derive must be pure
 * and read nothing but `d`, the facts `d` was made from and `sub`. For any other diagnosis, derived afresh.
 */
export function keptWith<T>(d: Diagnosis, sub: string, derive: () => T): T {
  const info = derivedOf(d);
  if (!info) return derive();
  const hit = info.get(sub) as T | undefined;
  if (hit !== undefined) {
    if (audit) {
      const fresh = JSON.stringify(derive());
      const now = JSON.stringify(hit);
      audit({ what: 'derived', key: sub, ok: now === fresh, kept: now, fresh });
    }
    return hit;
  }
  const v = derive();
  if (info.size < 16) info.set(sub, v);
  return v;
}

const derived = new WeakMap<Diagnosis, Map<string, unknown>>();
/**
 * Every diagnosis ever kept (also after `kept` dropped it: its input is still the one its key said, and nothing writes to it,
 * so what is derived from it stays right; the entries go with the diagnoses).
 */
const everKept = new WeakSet<Diagnosis>();
/** The derived values of `d` when it was kept (else undefined). */
function derivedOf(d: Diagnosis): Map<string, unknown> | undefined {
  let m = derived.get(d);
  if (m === undefined) {
    if (!everKept.has(d)) return undefined;
    derived.set(d, (m = new Map()));
  }
  return m;
}

/** The key of (facts, assume), or null when they are not exactly their JSON or are too large. */
function inputKey(facts: Facts, assume: Assumptions): string | null {
  if (!jsonExact(facts, 0) || !jsonExact(assume, 0)) return null;
  const f = JSON.stringify(facts);
  if (f.length > MAX_KEY) return null;
  return `${JSON.stringify(assume)}${f}`;
}

/** `v` is exactly what JSON.parse(JSON.stringify(v)) gives back (plain data, nothing JSON drops or changes), at most MAX_DEPTH deep. */
function jsonExact(v: unknown, depth: number): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0);
    case 'object': {
      if (v === null) return true;
      if (depth >= MAX_DEPTH) return false;
      const proto = Object.getPrototypeOf(v);
      if (Array.isArray(v)) {
        if (proto !== Array.prototype) return false;
        for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonExact(v[i], depth + 1)) return false;
        return true;
      }
      if (proto !== Object.prototype) return false;
      for (const k in v) {
        if (!Object.prototype.hasOwnProperty.call(v, k)) return false;
        if (!jsonExact((v as Record<string, unknown>)[k], depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
