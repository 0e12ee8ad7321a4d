/**
 * Composing replies: the next required question or the full diagnosis, the context line, question
 * and action blocks. Decides what to say, never what is true (that is src/domain).
 */
import { hash } from 'node:crypto';
import type { Diagnosis, Facts, Finding, Lang, LocalizedText, ParseProblem, Question } from '../domain/types';
import { diagnose, probeVerdict, type Assumptions } from '../domain/diagnose';
import { ENDPOINT_REFUSES_TLS12, TLS12_HELLO_AT_MEDIUM, withEvidenceFacts } from '../domain/evidence-rules';
import { FIELDS, formatField } from '../domain/fields';
import { formatTms, parseEndpoint } from '../domain/versions';
import { duringSqlOutage, OTHER_PRODUCT_IDS, OTHER_PRODUCTS, OTHER_SYMPTOM_CODE, OTHER_SYMPTOM_NAMES, otherSymptomName, OTHER_SYMPTOM_TEXTS, question as questionFor, readOtherSymptom, QUESTION_CODES, sql26011Seen, sqlServiceDownSeen, TLS10_OFF_ENDPOINT_ACCEPTS, TLS10_OFF_PRE15, TRANSLATION_NOTES } from '../domain/knowledge';
import { advisingBlock, type Action, type Block, type DiagnosisJson, type Reply } from './document';
import { anyAdvising } from '../domain/advises';
import type { ConversationState, TurnResult } from './types';
import { echo, MAX_SHOWN } from './guards';
import { evidenceContradictsSaid, evidenceRefusalContradictsSaid, someSystemsWork, summarize } from './summary';
import { TEXTS } from './texts';
import { polishReply } from './polish';
import { sameJson } from './same-json';
import { keptProbes } from '../domain/probes-kept';
import { keptDiagnosis, keptWith } from './kept-diagnosis';

/** The block, marked as advising Medium-High when a finding text it is built from does (src/domain/advises.ts). */
function from<B extends Block>(b: B, texts: readonly (LocalizedText | undefined)[]): B {
  return anyAdvising(texts) ? advisingBlock(b) : b;
}

export function unchanged(state: ConversationState, replies: Reply[]): TurnResult {
  return { state, replies };
}

export function next(state: ConversationState, patch: Partial<ConversationState>): ConversationState {
  const s: ConversationState = { ...state, ...patch, turns: state.turns + 1 };
  if (s.skipped && s.skipped.length === 0) delete s.skipped;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Composing answers

/**
 * Decide what to say now: the next required question, or the full diagnosis.
 * `pre` blocks come first; `problems` are values we could not use this turn.
 */
/**
 * The diagnosis the user already saw in full, when this turn only refined it: every required fact
 * was known before, only Windows / level changed, and the verdict is the same. Else null.
 */
export function refinementBase(before: Facts, after: Facts, d: Diagnosis, assume: Assumptions = {}): Diagnosis | null {
  for (const k of ['tms', 'endpoint', 'sql', 'sqlLocation', 'https', 'probe', 'probes', 'evidence', 'fleet'] as const) {
    if (!sameJson(before[k], after[k])) return null;
  }
  const prev = keptDiagnosis(before, assume);
  if (prev.affected === 'no' || prev.affected !== d.affected || prev.questions.some((q) => q.required)) return null;
  if (prev.findings.some((f) => f.code === 'verify-probe-target')) return null;
  return prev;
}

/** Both languages of a text are the same (what a JSON comparison of two {en, ja} texts decides). */
const sameText = (a: LocalizedText, b: LocalizedText) => a === b || (a.en === b.en && a.ja === b.ja);

/**
 * Every text of `f` (title, paragraphs, steps: in any place) is one `prev` already had, and its
 * literal is the same: `f` says nothing `prev` did not. False when there is no `prev`.
 */
export function saysNothingNew(f: Finding, prev: Finding | undefined): boolean {
  if (!prev) return false;
  if ((f.literal ?? null) !== (prev.literal ?? null)) return false;
  const known = (x: LocalizedText) => sameText(x, prev.title) || prev.body.some((y) => sameText(x, y)) || (prev.steps?.some((y) => sameText(x, y)) ?? false);
  return known(f.title) && f.body.every(known) && (f.steps === undefined || f.steps.every(known));
}

/**
 * The required questions the user could not answer ("I don't know"), as the assumptions the
 * diagnosis goes on with (src/domain/diagnose.ts says which and why they are safe).
 */
export function assumptionsOf(state: Pick<ConversationState, 'skipped'>): Assumptions {
  const skipped = state.skipped ?? [];
  const a: Assumptions = {};
  if (skipped.includes('need-endpoint-version')) a.endpoint = true;
  if (skipped.includes('need-tms-version')) a.tms = true;
  if (skipped.includes('need-sql-version')) a.sql = true;
  if (skipped.includes('need-security-level')) a.level = true;
  return a;
}

/** The diagnosis of a conversation: its facts, with the assumptions the user agreed to. */
export function diagnoseState(s: Pick<ConversationState, 'facts' | 'skipped'>): Diagnosis {
  return diagnose(s.facts, assumptionsOf(s));
}

/**
 * A finding's texts, as the user read them, as one short key ("code:digest"): the same key means it
 * would say the same again. In the conversation's language only (a finding shown in English is new
 * again in Japanese); the digest is native (a JS loop over ~20 KB of both languages cost ~70 us a turn).
 * (`digests`: the digests already worked out this turn, by finding: see ShownDigests.)
 */
export function shownKey(f: Finding, lang: Lang, step?: number, digests?: ShownDigests): string {
  // A step is "as before" only under the same number: "how do I do step 2?" follows the list shown last (QA round 8 #10).
  const code = step === undefined ? f.code.slice(0, 60) : `${f.code.slice(0, 56)}#${step}`;
  return `${code}:${digests ? digests.of(f) : shownDigest(f, lang)}`;
}

/** The digest part of a finding's shown key (its texts in `lang`, and its literal). */
function shownDigest(f: Finding, lang: Lang): string {
  const parts: string[] = [f.title[lang]];
  for (const b of f.body) parts.push(b[lang]);
  for (const x of f.steps ?? []) parts.push(x[lang]);
  parts.push(f.literal ?? '');
  return partsDigest(parts);
}

/**
 * The first 16 base64url characters of the SHA-1 of `text`: the digest stored in ConversationState.shown (kept as it was, so
 * that the keys of stored states still match). The digests of the last texts hashed are kept (a finding's texts are the
 * same in every conversation with the same facts: the hash, a call into node:crypto per finding, was ~3% of a turn). A pure
 * function's results by its whole input, at most DIGESTS_KEPT of them (then all dropped): the same answer as hashing again.
 */
const DIGESTS_KEPT = 256;
const keptDigests = new Map<string, string>();
function sha1Digest(text: string): string {
  let d = keptDigests.get(text);
  if (d === undefined) {
    d = hash('sha1', text, 'base64url').slice(0, 16);
    if (keptDigests.size >= DIGESTS_KEPT) keptDigests.clear();
    keptDigests.set(text, d);
  }
  return d;
}

/**
 * sha1Digest(parts.join('\u0000')), kept by the parts themselves: the digests of the last finding texts hashed, found by
 * their first part (the title) and compared part by part. Keyed by the joined text, every lookup joined ~20 KB of a full
 * answer's texts and hashed it for the map (V8 hashes a new string char by char: ~4% of a turn); a part compares equal
 * by length and memory. The same digest as sha1Digest of the joined parts (a hit has every part equal, so the same join),
 * at most DIGESTS_KEPT of them (then all dropped), never across anything but equal texts.
 */
const keptPartDigests = new Map<string, { parts: readonly string[]; digest: string }[]>();
let keptPartCount = 0;
function partsDigest(parts: readonly string[]): string {
  const head = parts[0] ?? '';
  let list = keptPartDigests.get(head);
  if (list) {
    for (const e of list) if (sameParts(e.parts, parts)) return e.digest;
  }
  const digest = hash('sha1', parts.join('\u0000'), 'base64url').slice(0, 16);
  if (keptPartCount >= DIGESTS_KEPT) {
    keptPartDigests.clear();
    keptPartCount = 0;
    list = undefined;
  }
  if (!list) keptPartDigests.set(head, (list = []));
  // (At most 16 under one title, the oldest dropped: a lookup compares a few lists, never hundreds.)
  if (list.length >= 16) list.shift();
  list.push({ parts, digest });
  keptPartCount += 1;
  return digest;
}

function sameParts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The digests of one reply's findings, each worked out once: a full answer asks for a finding's key up to four times
 * (shown before under its number, under none, moved, then stored in `shown`), and hashing its texts was ~10 us a turn.
 * Kept for one reply only (the findings of one diagnosis, in one language), never across turns.
 */
export class ShownDigests {
  private readonly done = new Map<Finding, string>();
  constructor(private readonly lang: Lang) {}
  of(f: Finding): string {
    let d = this.done.get(f);
    if (d === undefined) this.done.set(f, (d = shownDigest(f, this.lang)));
    return d;
  }
}

/** Each finding's key, steps with their number in `d`'s list. */
function shownKeys(d: Diagnosis, lang: Lang, digests: ShownDigests): string[] {
  let n = 0;
  return d.findings.map((f) => (f.severity === 'action' ? shownKey(f, lang, ++n, digests) : shownKey(f, lang, undefined, digests)));
}

/** The keys of the bullets of `f` that have a shorter form for later answers (Finding.stepsAgain): each bullet's text digest. */
function againKeys(f: Finding, lang: Lang): string[] {
  if (!f.stepsAgain || !f.steps) return [];
  return f.steps.flatMap((x, i) => (f.stepsAgain![i] ? [`${f.code.slice(0, 48)}~:${sha1Digest(x[lang])}`] : []));
}

/** The bullets of `f` as this answer shows them: one shown whole before (`shownBefore`), unchanged, in its shorter form. */
function bulletsOf(f: Finding, lang: Lang, shownBefore: ReadonlySet<string> | undefined): string[] {
  return (f.steps ?? []).map((x, i) => {
    const again = f.stepsAgain?.[i];
    return again && shownBefore?.has(`${f.code.slice(0, 48)}~:${sha1Digest(x[lang])}`) ? again[lang] : x[lang];
  });
}

/** The state's shown findings with those of `d` added (the newest kept). */
function withShown(shown: string[] | undefined, d: Diagnosis, lang: Lang, digests: ShownDigests = new ShownDigests(lang)): string[] {
  const keys = new Set(shown ?? []);
  // Each key's content (its step number taken out), worked out once per key, not once per pair of keys
  // (up to 60 kept × ~10 new keys: the replace in the inner loop cost ~20 us of a full answer).
  const contents = new Map<string, string>();
  const contentOf = (k: string) => {
    let c = contents.get(k);
    if (c === undefined) contents.set(k, (c = withoutStepNumber(k)));
    return c;
  };
  for (const k of shownKeys(d, lang, digests)) {
    // A step shown again under a new number replaces its old number.
    const content = contentOf(k);
    if (content !== k) for (const old of keys) if (old !== k && contentOf(old) === content) keys.delete(old);
    keys.add(k);
  }
  for (const f of d.findings) for (const k of againKeys(f, lang)) keys.add(k);
  return [...keys].slice(-MAX_SHOWN);
}

/**
 * A shown key without its step number, "code#2:digest" → "code:digest"; any other key as it is. The
 * same as k.replace(/^([^#:]*)#\d+:/, '$1:'), without a regex: the first "#" or ":" is a "#", digits
 * (ASCII, one or more) follow it, then a ":".
 */
function withoutStepNumber(k: string): string {
  const hash = k.indexOf('#');
  if (hash < 0) return k;
  const colon = k.indexOf(':');
  if (colon >= 0 && colon < hash) return k;
  let j = hash + 1;
  while (j < k.length && k.charCodeAt(j) >= 48 && k.charCodeAt(j) <= 57) j++;
  if (j === hash + 1 || k.charCodeAt(j) !== 58) return k;
  return k.slice(0, hash) + k.slice(j);
}

/**
 * The shownKeys of what the evidence read so far shows (its findings), before a new file or paste joins it: respond's `earlier`.
 * Empty when there is none.
 */
export function earlierEvidenceKeys(s: ConversationState): ReadonlySet<string> {
  if (!s.facts.evidence) return new Set();
  return new Set(diagnoseState(s).findings.filter((f) => f.code.startsWith('evidence-')).map((f) => shownKey(f, s.lang)));
}

/**
 * A finding of evidence read before this turn that this turn leaves as it was (the same texts): named, not repeated (QA54 #5). Not a
 * step (numbered, in its place), nor a critical one (an outage risk is said whole each time).
 */
function earlierUnchanged(f: Finding, lang: Lang, earlier: ReadonlySet<string> | undefined): boolean {
  return !!earlier && earlier.size > 0 && f.code.startsWith('evidence-') && f.severity !== 'action' && f.severity !== 'critical' && !SAID_WHOLE.has(f.code) && earlier.has(shownKey(f, lang));
}

/** Findings about SQL Server and TLS 1.0 on this server: said whole on every turn, whatever their weight (a SQL outage risk). */
const SAID_WHOLE: ReadonlySet<string> = new Set(['evidence-tls10-off-sql2008r2', 'evidence-sql-encryption-failed']);

/**
 * `earlier`: on a file's (or a paste's) turn, the shownKeys of what the evidence read before it showed (earlierEvidenceKeys): a finding
 * of it this turn leaves as it was is named, not repeated, so the reply leads with what this file shows (QA54 #5).
 */
export function respond(s: ConversationState, pre: Block[], problems: ParseProblem[], fromProbe: boolean, before?: Facts, earlier?: ReadonlySet<string>): TurnResult {
  const lang = s.lang;
  const t = TEXTS[lang];
  // (Kept by its facts: the same object for the same facts, frozen; see kept-diagnosis.ts.)
  const d = keptDiagnosis(s.facts, assumptionsOf(s));
  const required = d.questions.filter((q) => q.required);
  const decided = d.affected === 'no' || required.length === 0 || d.findings.some((f) => f.code === 'verify-probe-target');

  // Problems for fields we still have to ask about become the question itself.
  // (Not `[...pre]`: a copy of an empty array is a Smi-elements array, and the optimised pushes below then deoptimised with
  // "not a Smi" on the first block; a literal's allocation site learns that it holds objects.)
  const blocks: Block[] = [];
  for (const b of pre) blocks.push(b);
  // The user quoted the translation: its note is already in `pre`; the caveat does not repeat it.
  const noteOpt = pre.some((b) => b.type === 'warning' && b.text === TRANSLATION_NOTES.telnetDirection[lang]) ? { translationNote: false } : {};
  if (!decided) {
    // (A vague "CE8" said earlier, the endpoint question still open: its precise question again, QA round 20 #10e.)
    const prob = problems.find((p) => required.some((q) => q.code === FIELDS[p.field].question)) ?? (required[0]?.code === FIELDS.endpoint.question ? vagueEndpointProblem(s) : null);
    const q = prob ? required.find((x) => x.code === FIELDS[prob.field].question)! : required[0];
    const other = problems.filter((p) => p !== prob);
    const ctx = keptWith(d, `line:${lang}`, () => contextLine(s.facts, lang, d));
    if (ctx && Object.keys(s.facts).length > 0) blocks.push({ type: 'context', text: ctx });
    for (const p of other) blocks.push({ type: 'warning', title: t.problemNote, text: p.message[lang] });
    // What a probe said (unreachable, not TLS, inconclusive, HTTP redirect) matters before the question.
    const asBefore: string[] = [];
    for (const f of d.findings) {
      if (earlierUnchanged(f, lang, earlier)) {
        asBefore.push(f.title[lang]);
        continue;
      }
      // …and so does an assumption made for a version the user could not give.
      if (f.code.startsWith('probe-') || f.code.startsWith('evidence-') || f.code === 'http-redirects-to-https' || f.code.startsWith('assume-')) {
        blocks.push(from({ type: 'warning', title: f.title[lang], text: f.body.map((b) => b[lang]).join('\n\n') }, [f.title, ...f.body]));
      } else if (f.code === 'said-tls10-off' && f.severity === 'critical') {
        // …and so does SQL Server 2008 (R2) on the TMS server with TLS 1.0 said off: an outage, whatever is asked (QA round 22 W1).
        // (On this question turn its lead and its one action, with the values; the rest comes with the full answer.)
        const text = f.brief?.length ? [...f.brief.map((b) => b[lang]), t.restWithAnswer].join('\n\n') : f.body.map((b) => b[lang]).join('\n\n');
        blocks.push(from({ type: 'warning', title: f.title[lang], text }, [f.title, ...(f.brief?.length ? f.brief : f.body)]));
        if (f.steps?.length && !f.brief?.length) blocks.push(listFrom('bullets', f.steps, lang));
        if (f.literal) blocks.push({ type: 'code', text: f.literal });
      } else if (f.code === 'other-products-same-wall') {
        // …and so do the other products named beside the endpoints (Meeting Server, Expressway): what the sources say of them,
        // in the first reply, while the endpoints' release is asked (QA63 #15).
        blocks.push(sub(f.title[lang]));
        for (const b of f.body) blocks.push(paraFrom(b, lang));
      }
    }
    if (asBefore.length) blocks.push(para(t.evidenceAsBefore(asBefore)));
    if (prob) blocks.push(problemQuestionBlock(lang, q, prob));
    else {
      if (Object.keys(s.facts).length > 0 && !fromProbe) blocks.push(para(t.needBeforeAnswer));
      blocks.push(questionBlock(lang, q));
    }
    blocks.push(actionsBlock(lang, false));
    const asked: ConversationState = { ...s, pending: q.code };
    // The vague endpoint release asked about is kept while its question is open (a correction of another value in
    // between must not turn "CE 8.0.x or 8.1+?" into the generic question).
    if (prob?.field === 'endpoint' && prob.vague && q.code === FIELDS.endpoint.question) asked.vagueEndpoint = prob.input.slice(0, 40);
    else delete asked.vagueEndpoint;
    return { state: asked, replies: [reply(lang, blocks)] };
  }

  // Full answer, or — when only a refinement (Windows, level) changed after a full answer — the update.
  const factsLine = keptWith(d, `line:${lang}`, () => contextLine(s.facts, lang, d));
  for (const p of problems) blocks.push({ type: 'warning', title: t.problemNote, text: p.message[lang] });
  const prev = before ? refinementBase(before, s.facts, d, assumptionsOf(s)) : null;
  const digests = new ShownDigests(lang);
  if (prev) {
    // A finding changed when it says something new; one that only lost a sentence (the "I assume
    // Medium" note, once Medium is confirmed) has nothing new to show.
    const old = new Map(prev.findings.map((f) => [f.code, f]));
    const changed = new Set(d.findings.filter((f) => !saysNothingNew(f, old.get(f.code))).map((f) => f.code));
    const gone = prev.findings.filter((f) => !d.findings.some((g) => g.code === f.code));
    if (changed.size === 0 && gone.length === 0) {
      if (factsLine) blocks.push({ type: 'context', text: factsLine });
      blocks.push(para(t.nothingChanged));
    } else {
      // SQL Server down on the TMS server, new in this update ("…and reboot SQL does not start"): the outage leads the card, as
      // it does in a full answer, whatever the SQL build (QA51 #16), not "Updated answer".
      const outage = changed.has('evidence-sql-encryption-failed') && heading(d, lang) === t.headingSqlDown;
      blocks.push(...diagnosisBlocks(d, s.facts, lang, { only: changed, heading: outage ? t.headingSqlDown : t.updatedHeading, factsLine, shownBefore: new Set(s.shown ?? []), ...noteOpt }));
      if (gone.length) blocks.push(para(t.noLongerApplies), { type: 'bullets', items: gone.map((f) => f.title[lang]) });
      blocks.push(para(t.restStillApplies));
    }
  } else {
    // Steps and notes this conversation already showed in full, unchanged, are named, not repeated
    // (mid-incident a second full answer is mostly the first again); the first full answer is whole.
    // The first full answer, and no symptom ever said nor shown by evidence (QA59 #2): the verdict holds if TMS shows "No HTTPS response".
    // (After a probe that gave no TLS answer, the full answer again: still "if TMS shows No HTTPS response", QA63 #4.)
    const unsaid = symptomUnsaid(s, d, lang, fromProbe);
    const full = diagnosisBlocks(d, s.facts, lang, { factsLine, seen: new Set(s.shown ?? []), shownBefore: new Set(s.shown ?? []), digests, ...noteOpt, ...(earlier ? { earlier } : {}), ...(unsaid ? { heading: t.headingIfSymptom } : {}) });
    if (unsaid) {
      const at = full.findIndex((b) => b.type !== 'heading' && b.type !== 'context');
      full.splice(at < 0 ? full.length : at, 0, para(t.symptomUnsaid));
    }
    blocks.push(...full);
  }
  const skipped = s.skipped ?? [];
  const refine = d.affected === 'no' ? undefined : d.questions.find((q) => !q.required && !skipped.includes(q.code));
  const assumptions: string[] = [];
  // (The Windows note is about the registry step: only when that step is in the answer.)
  if (d.questions.some((q) => q.code === 'need-windows-version') && hasRegistryStep(d)) assumptions.push(t.assumeWindows);
  if (d.questions.some((q) => q.code === 'need-security-level')) assumptions.push(t.assumeLevel);
  if (assumptions.length && d.affected !== 'no') blocks.push({ type: 'bullets', items: assumptions });
  if (refine) {
    blocks.push(para(t.refineOffer));
    blocks.push(questionBlock(lang, refine));
  }
  blocks.push(actionsBlock(lang, true));
  const diagnosis: DiagnosisJson = { affected: d.affected, findings: d.findings, questions: d.questions, facts: s.facts };
  const answered: ConversationState = { ...s, pending: refine ? refine.code : null, shown: withShown(s.shown, d, lang, digests) };
  delete answered.vagueEndpoint;
  // (Kept with d: the summary reads d, its facts, the language and the line, nothing else; the reply only reads it.)
  const summary = keptWith(d, `summary:${lang}\u0000${factsLine}`, () => summarize(diagnosis, lang, factsLine));
  return { state: answered, replies: [{ lang, blocks, diagnosis, summary: !prev && symptomUnsaid(s, d, lang, fromProbe) ? { ...summary, headline: t.headingIfSymptom } : summary }] };
}

/**
 * The first full answer "This is the TLS 1.0 problem" with no symptom said in the conversation (no "No HTTPS response", no
 * other error) and no evidence or probe that shows one (QA59 #2): it holds only if TMS shows "No HTTPS response".
 */
function symptomUnsaid(s: ConversationState, d: Diagnosis, lang: Lang, afterProbe = false): boolean {
  // (A full answer after the first one drops the caveat the first one carried; not after a probe that settled nothing, QA63 #4.)
  if (s.noHttpsSeen || ((s.shown?.length ?? 0) > 0 && !afterProbe)) return false;
  const f = s.facts;
  // (A probe that could not connect or got no TLS answer shows nothing about the endpoint's TLS, nor that TMS shows this error: QA63 #4.)
  if (f.evidence || probeAnswered(f) || f.fleet || f.otherSymptom || f.tlsClaims) return false;
  return heading(d, lang) === TEXTS[lang].headingYes;
}

/** Did any probe kept get a TLS answer from the endpoint (a version refused or taken, or none of TMS's taken)? */
function probeAnswered(f: ConversationState['facts']): boolean {
  const all = f.probes?.length ? f.probes : f.probe ? [f.probe] : [];
  return all.some((p) => {
    const v = probeVerdict(p);
    return v.refuses !== null || v.blocking;
  });
}

export function heading(d: Diagnosis, lang: Lang): string {
  const t = TEXTS[lang];
  const has = (c: string) => d.findings.some((f) => f.code === c);
  if (has('http-not-affected')) return t.headingHttp;
  // A pasted scan shows the endpoint refusing TLS 1.0 while the version given accepts it: that leads, not "not this problem".
  if (evidenceRefusalContradictsSaid(d)) return t.headingEvidenceConflictRefuses;
  if (d.affected === 'no') return t.headingNo;
  // Another symptom named ("Wrong username or password"): not shown to be this problem (knowledge/symptoms.ts).
  if (has(OTHER_SYMPTOM_CODE)) return OTHER_SYMPTOM_TEXTS.heading[lang];
  // SQL Server on the TMS server down after a TLS change: getting it back comes first, and the first line says so.
  if (d.findings.some((f) => f.code === 'evidence-sql-encryption-failed' && f.severity === 'critical')) return t.headingSqlDown;
  if (has('assume-endpoint-refuses-tls10')) return t.headingAssumed;
  if (d.questions.some((q) => q.required) && !has('verify-probe-target')) return t.headingNeedMore;
  // A pasted scan contradicts the endpoint version the user gave: the first line says so, not "here is the fix".
  if (evidenceContradictsSaid(d)) return t.headingEvidenceConflict;
  // A TLS 1.2 hello while the level is Medium: if it is TMS's, the level has changed; asked before "here is the fix".
  if (has(TLS12_HELLO_AT_MEDIUM)) return t.headingLevelConflict;
  // TLS 1.0 off on the TMS server said, not seen (knowledge/tls10-client-off.ts): the premise to confirm first, as summary.ts verdictOf says.
  // A capture after the change shows TLS 1.2 offered and accepted, nothing refused: the TLS part works (evidence-rules.ts drops the cause and the steps).
  if (has('evidence-capture-fix-verified') && !has('evidence-capture-tls12-refused') && !has('tms-medium-tls10-only') && !has('already-medium-high') && !has('evidence-capture-confirms-cause')) return t.headingTls12Works;
  if (d.affected === 'unknown' && (has(TLS10_OFF_ENDPOINT_ACCEPTS) || has(TLS10_OFF_PRE15))) return t.headingAssumed;
  // "8 of 10 green, 2 still red" at Medium-High: part of it works, the rest is to compare (R50A), not "not settled yet".
  if (someSystemsWork(d)) return t.headingSomeWork;
  // Every system fails since a change on the TMS server (QA59 #3): not settled, TLS 1.0 on the TMS server is checked first.
  if (d.affected === 'unknown' && has('hardening-tls10-client-suspected')) return t.headingHardening;
  // The endpoint refuses TLS 1.2 too (QA60 #6, #13): not settled, and the headline says why.
  if (d.affected === 'unknown' && has(ENDPOINT_REFUSES_TLS12)) return t.headingTls12Refused;
  if (d.affected === 'unknown') return t.headingUnknown;
  // At Medium-High the registry keeps TLS 1.2\Client off (evidence-rules.ts, QA55 #11): the cause is found, the headline says so.
  if (has('evidence-schannel-tls12-client-off') && has('already-medium-high')) return t.headingRegistryTls12Off;
  if (has('tms-pre15-upgrade-or-downgrade') || has(TLS10_OFF_PRE15)) return t.headingPre15;
  // The system said to be in Behind Firewall mode is not polled (QA36 #12): the first line does not call it the TLS problem.
  if (has('behind-firewall-not-polled')) return t.headingBehindFirewall;
  // Units that accept TLS 1.0 fail too after hardening (FIX10D): TLS 1.0 on the TMS server is checked first.
  if (has('hardening-tls10-client-suspected')) return t.headingHardening;
  return t.headingYes;
}

/** The blocks of a full diagnosis: heading, context, cause, numbered steps, warnings (`factsLine`: contextLine(facts, lang, d), when the caller has it). */
export function diagnosisBlocks(d: Diagnosis, facts: Facts, lang: Lang, opts: { only?: Set<string>; heading?: string; factsLine?: string; seen?: Set<string>; shownBefore?: ReadonlySet<string>; translationNote?: boolean; digests?: ShownDigests; earlier?: ReadonlySet<string> } = {}): Block[] {
  const t = TEXTS[lang];
  // The Japanese translation of the TechNote has the Telnet/SNMP direction backwards: a Japanese reader
  // may have it open, so the caveat carries the note there (once: not when the reply already quotes it).
  // (Only when asked for: the note is shown where the translation is quoted or spoken of, with the message's reply.)
  const note = opts.translationNote ?? false;
  const blocks: Block[] = [{ type: 'heading', text: opts.heading ?? heading(d, lang) }];
  const ctx = opts.factsLine ?? contextLine(facts, lang, d);
  if (ctx) blocks.push({ type: 'context', text: ctx });
  const actions = d.findings.filter((f) => f.severity === 'action');
  let n = 0;
  let overviewDone = opts.only !== undefined; // an update shows no overview
  // Shown in full before and unchanged (opts.seen): steps by number, notes and caveats by title. What
  // evidence shows, and critical findings, are always whole.
  const sameSteps: number[] = [];
  /** Shown before, unchanged, under another number. */
  const movedSteps: number[] = [];
  const sameNotes: string[] = [];
  const digests = opts.digests ?? new ShownDigests(lang);
  const seen = (f: Finding, step?: number) => opts.seen !== undefined && opts.seen.size > 0 && f.severity !== 'critical' && !f.code.startsWith('evidence-') && opts.seen.has(shownKey(f, lang, step, digests));
  // A step shown before under another number: the list changed, and is said to have changed.
  // (A key has a step number exactly when taking it out changes the key. With none, no step can have moved: no key is made.)
  const prevStepKeys = new Set<string>();
  for (const k of opts.seen ?? []) {
    const content = withoutStepNumber(k);
    if (content !== k) prevStepKeys.add(content);
  }
  const movedHere = (f: Finding) => prevStepKeys.size > 0 && prevStepKeys.has(shownKey(f, lang, undefined, digests));
  let k = 0;
  const renumbered = actions.some((f) => {
    k += 1;
    return !seen(f, k) && movedHere(f);
  });
  // What earlier evidence showed, unchanged by this file (respond's `earlier`): named where the evidence's own findings end (they
  // come first), before any step.
  const asBefore: string[] = [];
  let asBeforeAt = blocks.length;
  // A literal (a .reg, a command) shown once in this reply: a later finding with the same one points up to it (a warning and
  // the step that carries out its action, e.g. TLS 1.0 turned back on for SQL Server 2008 R2, QA54 #6, share one .reg).
  const literalsShown = new Set<string>();
  const literalBlock = (text: string): Block => {
    if (literalsShown.has(text)) return para(t.sameLiteralAbove);
    literalsShown.add(text);
    return { type: 'code', text };
  };
  let stepsStarted = false;
  let afterEvidence = false;
  for (const f of d.findings) {
    // (The blocks of the evidence finding just handled are in: the line goes after them.)
    if (afterEvidence && !stepsStarted) asBeforeAt = blocks.length;
    afterEvidence = f.severity !== 'action' && f.code.startsWith('evidence-');
    if (f.severity === 'action') {
      n += 1;
      stepsStarted = true;
    }
    if (opts.only && !opts.only.has(f.code)) continue;
    // "TMS is already at Medium-High (and restarted): …" beside the capture's own box on the same hello (a TLS 1.0 hello that does
    // not fit the level, or no hello at all): one box, the evidence's, which says what the capture shows (QA58 #8).
    if (f.code === 'already-medium-high' && d.findings.some((x) => x.code === 'evidence-contradicts-level' || x.code === 'evidence-capture-no-clienthello')) continue;
    if (earlierUnchanged(f, lang, opts.earlier)) {
      asBefore.push(f.title[lang]);
      continue;
    }
    if (f.severity === 'action') {
      if (!overviewDone && actions.length > 1) {
        blocks.push(sub(t.stepsHeading));
        blocks.push(from({ type: 'steps', items: actions.map((a) => a.title[lang]) }, actions.map((a) => a.title)));
        if (renumbered) blocks.push(para(t.stepsRenumbered));
        overviewDone = true;
      }
      if (seen(f, n)) {
        sameSteps.push(n);
        continue;
      }
      if (seen(f) || (opts.seen !== undefined && f.severity === 'action' && !f.code.startsWith('evidence-') && movedHere(f))) {
        movedSteps.push(n);
        continue;
      }
      blocks.push(sub(t.step(n, f.title[lang])));
      for (const b of f.body) blocks.push(paraFrom(b, lang));
      if (f.steps?.length) blocks.push(listFrom('steps', f.steps, lang));
      if (f.literal) blocks.push(literalBlock(f.literal));
    } else if (seen(f)) {
      sameNotes.push(f.title[lang]);
    } else if (f.severity === 'warning') {
      const body = f.body.map((b) => b[lang]);
      if (note && f.code === 'caveat-telnet-snmp-disabled') body.push(TRANSLATION_NOTES.telnetDirection[lang]);
      blocks.push(from({ type: 'warning', title: f.title[lang], text: body.join('\n\n') }, [f.title, ...f.body]));
      if (f.steps?.length) blocks.push(listFrom('steps', f.steps, lang));
      if (f.literal) blocks.push(literalBlock(f.literal));
    } else {
      blocks.push(sub(f.title[lang]));
      for (const b of f.body) blocks.push(paraFrom(b, lang));
      if (f.steps?.length) blocks.push(from({ type: 'bullets', items: bulletsOf(f, lang, opts.shownBefore) }, f.steps));
      if (f.literal) blocks.push(literalBlock(f.literal));
    }
  }
  if (afterEvidence && !stepsStarted) asBeforeAt = blocks.length;
  if (asBefore.length) blocks.splice(asBeforeAt, 0, para(t.evidenceAsBefore(asBefore)));
  if (sameSteps.length) blocks.push(para(t.stepsAsBefore(sameSteps)));
  if (movedSteps.length) blocks.push(para(t.stepsMoved(movedSteps)));
  if (sameNotes.length) blocks.push(para(t.notesAsBefore(sameNotes)));
  return blocks;
}

/**
 * A one-shot answer for `tms-doctor diagnose`: the diagnosis blocks, the assumptions, and every
 * open question (the command line cannot ask back). Carries `diagnosis`.
 */
export function composeDiagnosis(facts: Facts, lang: Lang): Reply {
  const t = TEXTS[lang];
  const d = diagnose(facts);
  const factsLine = contextLine(facts, lang, d);
  const blocks = diagnosisBlocks(d, facts, lang, { factsLine });
  const assumptions: string[] = [];
  if (d.affected !== 'no' && !d.questions.some((q) => q.required)) {
    if (d.questions.some((q) => q.code === 'need-windows-version') && hasRegistryStep(d)) assumptions.push(t.assumeWindows);
    if (d.questions.some((q) => q.code === 'need-security-level')) assumptions.push(t.assumeLevel);
  }
  if (assumptions.length) blocks.push({ type: 'bullets', items: assumptions });
  if (d.questions.length) {
    blocks.push(para(t.openQuestions));
    for (const q of d.questions) blocks.push(questionBlock(lang, q));
  }
  const diagnosis: DiagnosisJson = { affected: d.affected, findings: d.findings, questions: d.questions, facts };
  return polishReply({ lang, blocks, diagnosis, summary: summarize(diagnosis, lang, factsLine) });
}

/** "Understood so far: TMS 15.2.1 · CE 9.15.3 · SQL Server 2012 SP1 · level Medium (assumed)". */
export function contextLine(typed: Facts, lang: Lang, d?: Diagnosis, opts: { levelAssumed?: boolean } = {}): string {
  // Versions read from evidence (a pasted SELECT @@VERSION, an ERRORLOG) count where nothing was typed, as in diagnose().
  const facts = withEvidenceFacts(typed);
  const t = TEXTS[lang];
  const parts: string[] = [];
  const safe = (f: () => string | undefined) => {
    try {
      const v = f();
      if (v) parts.push(v);
    } catch {
      /* malformed stored fact: leave it out */
    }
  };
  safe(() => formatField('tms', facts));
  // Other TMS servers on other releases (QA round 20 #3): named, never dropped silently.
  if (facts.tms && Array.isArray(facts.otherTms) && facts.otherTms.length) {
    safe(() => {
      const others = facts.otherTms!.map((v) => formatTms(v)).join(lang === 'ja' ? '、' : ', ');
      return lang === 'ja' ? `ほかのサーバ：${others}（別に回答）` : `other server: ${others} (answered apart)`;
    });
  }
  // A TMS said to work (QA round 24 W2): noted in one line, never answered for.
  if (Array.isArray(facts.workingTms) && facts.workingTms.length) {
    safe(() => {
      const ok = facts.workingTms!.map((v) => formatTms(v)).join(lang === 'ja' ? '、' : ', ');
      return lang === 'ja' ? `問題なしとのこと：${ok}（この回答の対象外）` : `said to work: ${ok} (noted, not part of this answer)`;
    });
  }
  safe(() => formatField('endpoint', facts));
  // Two or more endpoint groups said to fail ("SX20 on TC 7.3.7 fails", then "also 3 Room Kit Pros on CE 9.15, same
  // error"): every failing release is named, not only the one held in facts.endpoint (R33B).
  if (facts.endpoint && Array.isArray(facts.endpointGroups) && facts.endpointGroups.length > 1) {
    const held = formatField('endpoint', facts);
    for (const g of facts.endpointGroups.slice(0, 6)) {
      if (g?.fails !== true) continue;
      safe(() => {
        const v = formatField('endpoint', { endpoint: g.endpoint });
        return v && v !== held && !parts.includes(v) ? v : undefined;
      });
    }
  }
  // The failing system is another product TMS manages (no endpoint known, endpoints not said to fail; or the
  // diagnosis names the products beside endpoints that still accept TLS 1.0).
  const productsFail = (!facts.endpoint && facts.endpointsFail !== true) || !!d?.findings.some((f) => f.code === 'other-product-no-tls10');
  if (productsFail && Array.isArray(facts.otherProducts) && facts.otherProducts.length) {
    const rel = typeof facts.meetingServerRelease === 'string' ? ` ${facts.meetingServerRelease.slice(0, 20)}` : '';
    const names = OTHER_PRODUCT_IDS.filter((id) => facts.otherProducts!.includes(id)).map((id) => OTHER_PRODUCTS[id].name + (id === 'meeting-server' ? rel : ''));
    if (names.length) parts.push(lang === 'ja' ? `失敗しているシステム：${names.join(' と ')}` : `failing: ${names.join(', ')}`);
  }
  safe(() => formatField('sql', facts));
  if (facts.sqlLocation === 'remote') parts.push(t.sqlRemote);
  // (Said before its version is known too: "SQL is local" is shown, not only stored, QA57 #6.)
  else if (facts.sqlLocation === 'local') parts.push(t.sqlLocal);
  safe(() => formatField('windows', facts));
  // (A level only TMS 15 has, said of a TMS before 15, which has no such setting (QA64 #10): shown as said, not as the level this
  // TMS is at. Medium and Low are what such a TMS does anyway (TLS 1.0 only): shown as usual, as the answer's note does.)
  if ((facts.level === 'medium-high' || facts.level === 'high') && facts.tms && parseInt(facts.tms.semver, 10) < 15) safe(() => t.levelOnPre15(formatField('level', facts) ?? '', formatTms(facts.tms!)));
  else if (facts.level) safe(() => `${t.levelLabel} ${formatField('level', facts)}`);
  // (A fix kit assumes Medium whatever else is still to ask, the SQL Server release among it: `levelAssumed`, QA51 #19.)
  else if (d && d.questions.some((q) => q.code === 'need-security-level') && d.affected !== 'no' && (opts.levelAssumed === true || d.questions.every((q) => !q.required)))
    parts.push(lang === 'ja' ? `${t.levelLabel} Medium（${t.assumed}）` : `${t.levelLabel} Medium (${t.assumed})`);
  // "7 of 10 came back", the level never said: what the systems that work settle (diagnose 5a), not the default.
  else if (d && d.findings.some((f) => f.code === 'partly-works-offers-tls12'))
    parts.push(lang === 'ja' ? `${t.levelLabel} Medium-High か High（一部が復旧したため）` : `${t.levelLabel} Medium-High or High (some systems came back)`);
  const said = facts.tlsClaims;
  if (said && typeof said === 'object') {
    // (Read from a pasted check-box listing: said as pasted, not as said, FIX62A #7.)
    // (Off from IIS Crypto's Best Practices template, not said of the protocol itself: what the template does, unconfirmed, QA63 #18.)
    const how = (p: 'ssl3' | 'tls10' | 'tls12', name: string, on: boolean) =>
      Array.isArray(said.pasted) && said.pasted.includes(p) ? t.pastedProtocol(name, on) : !on && p !== 'tls12' && said.iisCryptoBestPractices === true ? t.templateProtocolOff(name) : t.saidProtocol(name, on);
    if (said.ssl3 === 'on' || said.ssl3 === 'off') parts.push(how('ssl3', 'SSL 3.0', said.ssl3 === 'on'));
    if (said.tls10 === 'on' || said.tls10 === 'off') parts.push(how('tls10', 'TLS 1.0', said.tls10 === 'on'));
    if (said.tls12 === 'on' || said.tls12 === 'off') parts.push(how('tls12', 'TLS 1.2', said.tls12 === 'on'));
    else if (said.registryUntouched === true) parts.push(t.saidRegistryUntouched);
    if (said.restarted === true) parts.push(t.saidRestarted);
    if (said.untrustedCerts === true) parts.push(t.saidUntrustedCerts);
    if (said.sqlDown === true) parts.push(t.saidSqlDown);
  }
  // The service shown down in a paste (not said in words, nor said to run again since): worded for the paste.
  if (said?.sqlDown !== true && sqlServiceDownSeen(facts)) parts.push(t.pastedSqlDown);
  // SQL's own 26011 in a paste (its encryption failed to start), until SQL is said to run again.
  if (sql26011Seen(facts)) parts.push(t.pasted26011);
  if (facts.https === false) parts.push(t.httpOnly);
  const symptom = readOtherSymptom(facts.otherSymptom);
  if (symptom) parts.push(lang === 'ja' ? `症状：${otherSymptomName(symptom).ja}` : `symptom: ${OTHER_SYMPTOM_NAMES[symptom]}`);
  if (facts.scope === 'some') parts.push(t.someFail);
  if (facts.probe && typeof facts.probe === 'object') {
    // Every kept probe's address (QA43 #3), the first six, then how many more.
    const kept = keptProbes(facts);
    const names = kept.slice(-6).map((p) => echo(String(p.target), 40));
    const more = kept.length - names.length;
    if (kept.length > 1) safe(() => `${lang === 'ja' ? 'プローブ' : 'probes'} ${names.join(lang === 'ja' ? '、' : ', ')}${more > 0 ? (lang === 'ja' ? ` ほか ${more} 件` : ` and ${more} more`) : ''}`);
    else safe(() => `${lang === 'ja' ? 'プローブ' : 'probe'} ${echo(String(facts.probe!.target), 40)}`);
  }
  if (!parts.length) return '';
  // Japanese: full-width colon and 「、」 between items (docs/ja-style.md); English: " · ".
  return lang === 'ja' ? `${t.understood}：${parts.join('、')}` : `${t.understood}: ${parts.join(' · ')}`;
}

export function questionBlock(lang: Lang, q: Question, text?: string): Block {
  const choices: Action[] = (q.choices ?? []).map((c) => ({ id: 'answer', label: c.label[lang], value: c.value }));
  const b: Block = { type: 'question', code: q.code, text: text ?? q.text[lang], choices };
  if (q.example) b.example = q.example;
  return b;
}

/** The question for a value given but not usable (`prob`): its message as the question; a vague "CE8" / "TC7.3" gets an example of its own family. */
function problemQuestionBlock(lang: Lang, q: Question, prob: ParseProblem): Block {
  const qb = questionBlock(lang, q, prob.message[lang]);
  if (qb.type === 'question' && prob.field === 'endpoint') {
    if (/(?<![a-z])ce/i.test(prob.input)) qb.example = 'CE 9.15.3';
    else if (/(?<![a-z])tc/i.test(prob.input)) qb.example = 'TC7.3.6';
  }
  return qb;
}

/** The vague endpoint release said earlier ("CE8", "TC7.3": state.vagueEndpoint) read again, while no endpoint is known; else null. */
function vagueEndpointProblem(s: ConversationState): ParseProblem | null {
  if (!s.vagueEndpoint || s.facts.endpoint) return null;
  const r = parseEndpoint(s.vagueEndpoint);
  return !r.ok && r.problem.vague ? r.problem : null;
}

/** The open question of a state, re-asked (after an unclear message, help, a greeting). */
export function questionBlocksFor(state: ConversationState): Block[] {
  if (!state.pending || !(QUESTION_CODES as readonly string[]).includes(state.pending)) return [];
  // (While SQL Server is down, the SQL and endpoint questions are worded for it: duringSqlOutage.)
  const q = questionFor(state.pending as (typeof QUESTION_CODES)[number]);
  const worded = duringSqlOutage(state.facts, q);
  // A vague "CE8" said earlier: its precise question again.
  const vague = worded === q && q.code === FIELDS.endpoint.question ? vagueEndpointProblem(state) : null;
  return [vague ? problemQuestionBlock(state.lang, q, vague) : questionBlock(state.lang, worded)];
}

export function actionsBlock(lang: Lang, withProbe: boolean): Block {
  const t = TEXTS[lang];
  const actions: Action[] = [];
  if (withProbe) actions.push({ id: 'probe-endpoint', label: t.actions.probe, style: 'primary' });
  actions.push({ id: 'start-over', label: t.actions.startOver });
  actions.push({ id: 'help', label: t.actions.help });
  return { type: 'actions', actions };
}

export function para(text: string): Block {
  return { type: 'paragraph', text };
}

/** A list of texts in the reply's language, marked as advising Medium-High when one of them is (src/domain/advises.ts). */
export function listFrom(type: 'steps' | 'bullets', texts: readonly LocalizedText[], lang: Lang): Block {
  return from({ type, items: texts.map((x) => x[lang]) }, texts);
}

/** A paragraph of one text in the reply's language, marked as advising Medium-High when the text is (src/domain/advises.ts). */
export function paraFrom(t: LocalizedText, lang: Lang): Block {
  return from(para(t[lang]), [t]);
}

export function sub(text: string): Block {
  return { type: 'subheading', text };
}

export function reply(lang: Lang, blocks: Block[]): Reply {
  return { lang, blocks };
}

/** Is the registry step in the answer (evidence can make it moot)? */
function hasRegistryStep(d: Diagnosis): boolean {
  return d.findings.some((f) => f.code === 'enable-tls11-12-registry');
}
