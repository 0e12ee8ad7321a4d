/**
 * Input guards: size limits, binary and control characters, echoing user text back safely, and
 * accepting a stored state defensively. Pure.
 */
import { cleanEvidenceSummary } from '../evidence/types';
import type { Facts, Lang } from '../domain/types';
import { detectLang } from '../domain/extract';
import { FIELD_NAMES, fieldOfQuestion, type Field } from '../domain/fields';
import { INVISIBLE } from '../domain/versions';
import { readFleetFact } from '../domain/fleet';
import { boundKept, PROBES_KEPT, slimProbe } from '../domain/probes-kept';
import { meetingServerBefore23, OTHER_PRODUCT_IDS } from '../domain/knowledge/products';
import { readOtherSymptom } from '../domain/knowledge/symptoms';
import { readClaims } from '../domain/knowledge/claims';
import type { ConversationState, IncomingMessage } from './types';

/** Only this many characters of a message are read (Slack's own limit); the rest is said to be unread. */
export const MAX_MESSAGE = 40_000;

/** The first `max` characters of `text`, never ending in half of a surrogate pair. */
export function firstChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.charCodeAt(max - 1);
  return text.slice(0, cut >= 0xd800 && cut <= 0xdbff ? max - 1 : max);
}
/** A probe result larger than this (as JSON) is not stored. */
export const MAX_PROBE_JSON = 64_000;
/** User text echoed back is cut to this many characters. */
export const MAX_ECHO = 80;

export function freshState(lang: Lang): ConversationState {
  return { v: 1, lang, facts: {}, pending: null, turns: 0 };
}

/** Most findings remembered as shown (ConversationState.shown). */
export const MAX_SHOWN = 60;

/** Accept a stored state defensively (hand-edited or older JSON); start fresh when it is not one. */
export function normalizeState(state: ConversationState | null, message: IncomingMessage): ConversationState {
  if (!state || typeof state !== 'object' || state.v !== 1) {
    const text = message && typeof message === 'object' && message.kind === 'text' && typeof message.text === 'string' ? message.text : '';
    return freshState(text ? detectLang(text.slice(0, MAX_MESSAGE)) : 'en');
  }
  const out: ConversationState = {
    v: 1,
    lang: state.lang === 'ja' ? 'ja' : 'en',
    facts: cleanFacts(state.facts),
    pending: typeof state.pending === 'string' && fieldOfQuestion(state.pending) ? state.pending : null,
    turns: Number.isSafeInteger(state.turns) && state.turns >= 0 ? state.turns : 0,
  };
  if (Array.isArray(state.skipped)) {
    const sk = state.skipped.filter((c): c is string => typeof c === 'string' && fieldOfQuestion(c) !== undefined);
    if (sk.length) out.skipped = [...new Set(sk)];
  }
  if (Array.isArray(state.stepCodes)) {
    const codes = state.stepCodes.filter((c): c is string => typeof c === 'string' && /^[a-z0-9-]{1,60}$/.test(c)).slice(0, 20);
    if (codes.length) out.stepCodes = codes;
  }
  const la = state.lastAnswer as unknown;
  if (isObj(la) && typeof la.field === 'string' && FIELD_NAMES.includes(la.field as Field) && typeof la.text === 'string' && la.text.length <= 200) {
    out.lastAnswer = { field: la.field, text: la.text };
  }
  const of = state.offered as unknown;
  if (isObj(state.earlier)) {
    const clean = cleanFacts(state.earlier);
    const earlier: NonNullable<ConversationState['earlier']> = {};
    for (const f of FIELD_NAMES) if (clean[f] !== undefined) (earlier as Record<string, unknown>)[f] = clean[f];
    if (Object.keys(earlier).length) out.earlier = earlier;
  }
  if (Array.isArray(state.shown)) {
    const shown = state.shown.filter((x): x is string => typeof x === 'string' && x.length <= 80).slice(-MAX_SHOWN);
    if (shown.length) out.shown = shown;
  }
  if (state.langAsked === true) out.langAsked = true;
  if (state.noHttpsSeen === true) out.noHttpsSeen = true;
  if (state.askedAllBack === true) out.askedAllBack = true;
  if (state.caseClosed === true) out.caseClosed = true;
  if (state.anotherFailingNext === true) out.anotherFailingNext = true;
  if (Array.isArray(state.endpointHosts)) {
    const hosts = (state.endpointHosts as unknown[]).filter((h): h is string => typeof h === 'string' && /^[a-z0-9][\w.-]{0,99}$/.test(h)).slice(-8);
    if (hosts.length) out.endpointHosts = [...new Set(hosts)];
  }
  if (typeof state.otherTmsNamed === 'string' && /^\d{1,2}\.\d{1,3}\.\d{1,3}$/.test(state.otherTmsNamed)) out.otherTmsNamed = state.otherTmsNamed;
  if (typeof state.whichAsked === 'string' && /^(?:19|20)\d\d(?:\s?r2)?$/i.test(state.whichAsked)) out.whichAsked = state.whichAsked;
  const sa = state.serverAsked as unknown;
  const yearOk = (x: unknown): x is string => typeof x === 'string' && /^20\d\d(?:\s?r2)?$/i.test(x);
  if (isObj(sa) && yearOk(sa.now) && (sa.old === undefined || yearOk(sa.old))) out.serverAsked = { now: sa.now, ...(sa.old !== undefined ? { old: sa.old } : {}) };
  if (state.toldCannot === true) out.toldCannot = true;
  const lr = state.logRead as unknown;
  const count = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0 && (x as number) <= 100_000;
  if (isObj(lr) && count(lr.lines) && count(lr.symptom) && count(lr.reset) && typeof lr.event === 'boolean') out.logRead = { lines: lr.lines, symptom: lr.symptom, reset: lr.reset, event: lr.event };
  if (state.devicesNamed === 'others' || state.devicesNamed === 'both') out.devicesNamed = state.devicesNamed;
  if (Number.isSafeInteger(state.restarts) && state.restarts! > 0 && state.restarts! <= 1_000_000) out.restarts = state.restarts;
  if (typeof state.vagueEndpoint === 'string' && state.vagueEndpoint.length > 0 && state.vagueEndpoint.length <= 40) out.vagueEndpoint = state.vagueEndpoint;
  if (Array.isArray(of) && of.length === 2 && of.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 40)) out.offered = [of[0], of[1]];
  const pe = state.plannedEndpoint as unknown;
  if (isObj(pe) && typeof pe.to === 'string' && pe.to.length > 0 && pe.to.length <= 40 && (pe.from === undefined || (typeof pe.from === 'string' && pe.from.length <= 40))) {
    out.plannedEndpoint = { to: pe.to, ...(typeof pe.from === 'string' ? { from: pe.from } : {}) };
  }
  if (Array.isArray(state.lastSet)) {
    const set = state.lastSet.filter((k): k is string => typeof k === 'string' && (k === 'sqlLocation' || FIELD_NAMES.includes(k as Field))).slice(0, 6);
    if (set.length) out.lastSet = [...new Set(set)];
  }
  return out;
}

export const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isInt = (x: unknown): x is number => Number.isSafeInteger(x);
const orNull = (x: unknown, ok: (y: unknown) => boolean) => x === null || ok(x);

/** A JSON-safe copy (what storing the state keeps), or undefined when too large or not serialisable. */
export function jsonSafe(x: unknown): unknown {
  try {
    const json = JSON.stringify(x);
    if (typeof json !== 'string' || json.length > MAX_PROBE_JSON) return undefined;
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** Keep only facts that have the shape src/domain/types.ts promises (a stored state may not). */
export function cleanFacts(raw: unknown): Facts {
  if (!isObj(raw)) return {};
  const f: Facts = {};
  const { tms, endpoint, sql, windows } = raw;
  if (isObj(tms) && tms.product === 'TMS' && isStr(tms.raw) && isStr(tms.semver)) f.tms = { product: 'TMS', raw: tms.raw, semver: tms.semver };
  // (Kept without this TMS too: "the other TMS is 14.6" may come before this incident's release is given.)
  if (Array.isArray(raw.otherTms)) {
    const others = (raw.otherTms as unknown[]).slice(0, 3).flatMap((v) => (isObj(v) && v.product === 'TMS' && isStr(v.raw) && isStr(v.semver) ? [{ product: 'TMS' as const, raw: v.raw, semver: v.semver }] : []));
    if (others.length) f.otherTms = others;
  }
  if (Array.isArray(raw.otherTmsUnsaid)) {
    const unsaid = (raw.otherTmsUnsaid as unknown[]).slice(0, 3).filter(isStr);
    if (unsaid.length && f.otherTms) f.otherTmsUnsaid = unsaid;
  }
  if (Array.isArray(raw.workingTms)) {
    const ok = (raw.workingTms as unknown[]).slice(0, 3).flatMap((v) => (isObj(v) && v.product === 'TMS' && isStr(v.raw) && isStr(v.semver) ? [{ product: 'TMS' as const, raw: v.raw, semver: v.semver }] : []));
    if (ok.length) f.workingTms = ok;
  }
  if (isObj(endpoint) && ['TC', 'CE', 'RoomOS'].includes(endpoint.family as string) && isStr(endpoint.raw) && isStr(endpoint.semver)) {
    f.endpoint = { family: endpoint.family as 'TC' | 'CE' | 'RoomOS', raw: endpoint.raw, semver: endpoint.semver };
  }
  if (isObj(sql) && isInt(sql.year) && typeof sql.r2 === 'boolean' && orNull(sql.sp, isInt) && orNull(sql.cu, isInt) && orNull(sql.build, isStr) && isStr(sql.raw)) {
    f.sql = { year: sql.year, r2: sql.r2, sp: sql.sp as number | null, cu: sql.cu as number | null, build: sql.build as string | null, raw: sql.raw };
  }
  if (isObj(windows) && isInt(windows.year) && typeof windows.r2 === 'boolean' && isStr(windows.raw)) f.windows = { year: windows.year, r2: windows.r2, raw: windows.raw };
  if (raw.sqlLocation === 'local' || raw.sqlLocation === 'remote') f.sqlLocation = raw.sqlLocation;
  if (raw.sqlOnNode === true) f.sqlOnNode = true;
  if (raw.singleTms === true) f.singleTms = true;
  // (Host names of the TMS nodes: at most 4 short names; the ones done only among them.)
  const hosts = (v: unknown) => (Array.isArray(v) ? [...new Set((v as unknown[]).filter((x): x is string => isStr(x) && /^[a-z][a-z0-9-]{0,30}$/.test(x)))].slice(0, 4) : []);
  const nodes = hosts(raw.tmsNodes);
  if (nodes.length >= 2) {
    f.tmsNodes = nodes;
    const done = hosts(raw.tmsNodesDone).filter((x) => nodes.includes(x));
    if (done.length) f.tmsNodesDone = done;
  }
  if (['low', 'medium', 'medium-high', 'high'].includes(raw.level as string)) f.level = raw.level as Facts['level'];
  if (typeof raw.https === 'boolean') f.https = raw.https;
  if (typeof raw.endpointsFail === 'boolean') f.endpointsFail = raw.endpointsFail;
  if (raw.scope === 'some' || raw.scope === 'all') f.scope = raw.scope;
  if (raw.upgradeTimeline === 'before-upgrade' || raw.upgradeTimeline === 'no-upgrade') f.upgradeTimeline = raw.upgradeTimeline;
  if (isObj(raw.probe)) {
    const probe = jsonSafe(raw.probe);
    if (isObj(probe)) f.probe = probe as unknown as Facts['probe'];
  }
  // Every probe kept (QA43 #3): a bounded list of objects; a state stored before has none (read as [probe]).
  // Slim records only (REV11 #4): whole results stored before shrink on load, and the list's JSON is capped.
  let overOnLoad = 0;
  if (Array.isArray(raw.probes)) {
    const slim = raw.probes
      .slice(-PROBES_KEPT)
      .map(slimProbe)
      .filter((p): p is NonNullable<ReturnType<typeof slimProbe>> => p !== null);
    const bounded = boundKept(slim);
    overOnLoad = bounded.over;
    if (bounded.probes.length) f.probes = bounded.probes;
  }
  const droppedBefore = isInt(raw.probesDropped) && (raw.probesDropped as number) > 0 ? (raw.probesDropped as number) : 0;
  if (droppedBefore + overOnLoad > 0) f.probesDropped = Math.min(droppedBefore + overOnLoad, 1_000_000);
  if (raw.evidence !== undefined) {
    const e = cleanEvidenceSummary(raw.evidence, cleanFacts);
    if (e) f.evidence = e;
  }
  const fleet = readFleetFact(raw.fleet);
  if (fleet) f.fleet = fleet;
  if (Array.isArray(raw.otherProducts)) {
    const ids = OTHER_PRODUCT_IDS.filter((id) => (raw.otherProducts as unknown[]).includes(id));
    if (ids.length) f.otherProducts = ids;
  }
  if (meetingServerBefore23(raw.meetingServerRelease) !== null) f.meetingServerRelease = raw.meetingServerRelease as string;
  const names = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => isStr(x) && x.length <= 40).slice(0, 10) : []);
  if (names(raw.endpointModels).length) f.endpointModels = names(raw.endpointModels);
  if (raw.endpointsRanTc === true) f.endpointsRanTc = true;
  if (Array.isArray(raw.endpointGroups)) {
    const groups = (raw.endpointGroups as unknown[]).slice(0, 6).flatMap((g) => {
      if (!isObj(g) || typeof g.fails !== 'boolean' || !isObj(g.endpoint)) return [];
      const e = g.endpoint;
      if (!['TC', 'CE', 'RoomOS'].includes(e.family as string) || !isStr(e.raw) || !isStr(e.semver)) return [];
      return [{ endpoint: { family: e.family as 'TC' | 'CE' | 'RoomOS', raw: e.raw, semver: e.semver }, fails: g.fails }];
    });
    if (groups.length) f.endpointGroups = groups;
  }
  if (raw.behindFirewall === true) f.behindFirewall = true;
  if (names(raw.behindFirewallNamed).length) f.behindFirewallNamed = names(raw.behindFirewallNamed);
  if (names(raw.hardeningAllFail).length) f.hardeningAllFail = names(raw.hardeningAllFail);
  if (names(raw.telnetSystems).length) f.telnetSystems = names(raw.telnetSystems);
  if (raw.telnetVia === 'telnet' || raw.telnetVia === 'snmp' || raw.telnetVia === 'telnet-snmp') f.telnetVia = raw.telnetVia;
  const symptom = readOtherSymptom(raw.otherSymptom);
  if (symptom) f.otherSymptom = symptom;
  const claims = readClaims(raw.tlsClaims);
  if (claims) f.tlsClaims = claims;
  return f;
}

// ---------------------------------------------------------------------------------------------
// Input guards and intents

/** Control characters other than tab/newline/CR, replacement characters and lone surrogates. */
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** One control character (CONTROL without its g flag). */
const CONTROL_ONE = new RegExp(CONTROL.source);

/**
 * The user's words typed before a binary run ("TMS 15.9 on 2016, … No HTTPS response.\n" + bytes, QA62 #16): the lines before the
 * first line with a control character, when they hold words and are no binary themselves. Null otherwise.
 */
export function wordsBeforeBinary(text: string): string | null {
  const head: string[] = [];
  for (const line of text.slice(0, 40_000).split('\n')) {
    if (CONTROL_ONE.test(line)) break;
    head.push(line);
  }
  const h = head.join('\n').trim();
  return h.length >= 4 && h.length < text.length && /[a-z0-9\u3040-\u30ff\u4e00-\u9fff]{2}/i.test(h) && !looksBinary(h) ? h : null;
}

export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const n = (text.match(CONTROL) ?? []).length;
  return n > 0 && n / Math.max(1, text.length) > 0.1;
}

/**
 * Plain, one-line, short: for echoing user text back. A backtick becomes its full-width look-alike
 * (as versions.ts quote() does): Slack would render "`code`" or "```rm -rf```" typed by a user as code
 * inside the quote, and the renderer cannot tell a user's backticks from the code spans of the bot's
 * own sentences (`SELECT @@VERSION`). The other marks (* _ ~) are made inert where Slack renders
 * (src/slack/mrkdwn.ts inertMarkup).
 */
export function echo(text: string, max = MAX_ECHO): string {
  const t = String(text).replace(CONTROL, '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().replace(/`/g, '\uff40');
  const chars = Array.from(t);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : t;
}
