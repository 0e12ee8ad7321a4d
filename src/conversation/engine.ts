/**
 * The conversation engine: (state, message) → (state, replies). Pure, total, no I/O.
 *
 * One turn:
 * 1. Guard the input: empty → a gentle prompt; too long or binary → a polite refusal. In those
 *    cases the state is returned unchanged.
 * 2. Intents that stand alone (help, start over, greeting, thanks, "don't know").
 * 3. Facts: extractFacts() on the text, then a bare answer ("2012", "medium high", "別サーバ")
 *    is read with the parser of the pending question. Newer values override older ones.
 * 4. diagnose(facts). While a REQUIRED question is open, ask exactly that one (with suggested
 *    answers). Once none is open, give the full diagnosis, say which optional facts were assumed,
 *    and offer one optional refinement question.
 *
 * Versions and rules come from src/domain (parsers, extractFacts, diagnose); nothing here decides
 * what is true about TLS, it only decides what to say next.
 */
import type { Diagnosis, Facts, Finding, Lang, ParseProblem, Question, QuestionCode } from '../domain/types';
import type { ProbeResult } from '../probe/types';
import { detectLang, extractFacts } from '../domain/extract';
import { diagnose, probeVerdict } from '../domain/diagnose';
import {
  INVISIBLE,
  endpointRefusesTls10,
  formatEndpoint,
  formatLevel,
  formatSql,
  formatTms,
  formatWindows,
  parseEndpoint,
  parseLevel,
  parseSql,
  parseSqlLocation,
  parseTms,
  parseWindows,
} from '../domain/versions';
import {
  caveatTelnetSnmp,
  detectTranslationQuote,
  endpointNoTls10,
  question as questionFor,
  QUESTION_CODES,
  tmsMediumTls10Only,
  tmsToolsMediumHigh,
  TRANSLATION_NOTES,
  probeWhere,
} from '../domain/knowledge';
import type { Action, Block, DiagnosisJson, Reply } from './document';
import type { ConversationState, IncomingMessage, Step, TurnResult } from './types';
import { TEXTS } from './texts';

/** Messages longer than this are refused (the state is kept). */
export const MAX_MESSAGE = 4000;
/** A probe result larger than this (as JSON) is not stored. */
export const MAX_PROBE_JSON = 64_000;
/** User text echoed back is cut to this many characters. */
export const MAX_ECHO = 80;

type Field = ParseProblem['field'];

const FIELD_OF: Record<string, Field> = {
  'need-tms-version': 'tms',
  'need-endpoint-version': 'endpoint',
  'need-sql-version': 'sql',
  'need-windows-version': 'windows',
  'need-security-level': 'level',
};
const QUESTION_OF: Record<Field, QuestionCode> = {
  tms: 'need-tms-version',
  endpoint: 'need-endpoint-version',
  sql: 'need-sql-version',
  windows: 'need-windows-version',
  level: 'need-security-level',
};

// ---------------------------------------------------------------------------------------------
// Public entry point

export const step: Step = (state, message) => {
  let base: ConversationState;
  try {
    base = normalizeState(state, message);
  } catch {
    base = freshState('en');
  }
  try {
    return stepUnsafe(base, message);
  } catch {
    // Nothing below should throw; if it does, keep the conversation and say so politely.
    const lang = base.lang;
    return {
      state: base,
      replies: [reply(lang, [{ type: 'paragraph', text: lang === 'ja' ? '申し訳ありません。このメッセージを処理できませんでした。言い換えて送ってください。' : 'Sorry, I could not process that message. Please try rephrasing it.' }])],
    };
  }
};

export function freshState(lang: Lang): ConversationState {
  return { v: 1, lang, facts: {}, pending: null, turns: 0 };
}

/** Accept a stored state defensively (hand-edited or older JSON); start fresh when it is not one. */
function normalizeState(state: ConversationState | null, message: IncomingMessage): ConversationState {
  if (!state || typeof state !== 'object' || state.v !== 1) {
    const text = message && typeof message === 'object' && message.kind === 'text' && typeof message.text === 'string' ? message.text : '';
    return freshState(text ? detectLang(text.slice(0, MAX_MESSAGE)) : 'en');
  }
  const out: ConversationState = {
    v: 1,
    lang: state.lang === 'ja' ? 'ja' : 'en',
    facts: cleanFacts(state.facts),
    pending: typeof state.pending === 'string' && state.pending in FIELD_OF ? state.pending : null,
    turns: Number.isSafeInteger(state.turns) && state.turns >= 0 ? state.turns : 0,
  };
  if (Array.isArray(state.skipped)) {
    const sk = state.skipped.filter((c): c is string => typeof c === 'string' && c in FIELD_OF);
    if (sk.length) out.skipped = [...new Set(sk)];
  }
  return out;
}

const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isInt = (x: unknown): x is number => Number.isSafeInteger(x);
const orNull = (x: unknown, ok: (y: unknown) => boolean) => x === null || ok(x);

/** A JSON-safe copy (what storing the state keeps), or undefined when too large or not serialisable. */
function jsonSafe(x: unknown): unknown {
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
  if (isObj(endpoint) && ['TC', 'CE', 'RoomOS'].includes(endpoint.family as string) && isStr(endpoint.raw) && isStr(endpoint.semver)) {
    f.endpoint = { family: endpoint.family as 'TC' | 'CE' | 'RoomOS', raw: endpoint.raw, semver: endpoint.semver };
  }
  if (isObj(sql) && isInt(sql.year) && typeof sql.r2 === 'boolean' && orNull(sql.sp, isInt) && orNull(sql.cu, isInt) && orNull(sql.build, isStr) && isStr(sql.raw)) {
    f.sql = { year: sql.year, r2: sql.r2, sp: sql.sp as number | null, cu: sql.cu as number | null, build: sql.build as string | null, raw: sql.raw };
  }
  if (isObj(windows) && isInt(windows.year) && typeof windows.r2 === 'boolean' && isStr(windows.raw)) f.windows = { year: windows.year, r2: windows.r2, raw: windows.raw };
  if (raw.sqlLocation === 'local' || raw.sqlLocation === 'remote') f.sqlLocation = raw.sqlLocation;
  if (['low', 'medium', 'medium-high', 'high'].includes(raw.level as string)) f.level = raw.level as Facts['level'];
  if (typeof raw.https === 'boolean') f.https = raw.https;
  if (isObj(raw.probe)) {
    const probe = jsonSafe(raw.probe);
    if (isObj(probe)) f.probe = probe as unknown as Facts['probe'];
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// Input guards and intents

/** Control characters other than tab/newline/CR, replacement characters and lone surrogates. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const n = (text.match(CONTROL) ?? []).length;
  return n > 0 && n / Math.max(1, text.length) > 0.1;
}

/** Plain, one-line, short: for echoing user text back. */
export function echo(text: string, max = MAX_ECHO): string {
  const t = String(text).replace(CONTROL, '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(t);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : t;
}

function normIntent(text: string): string {
  let t = text;
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  return t
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .replace(/^[@/]?(?:tms-doctor|bot)[:,]?\s*/, '')
    .replace(/[\s.!?。！？、,~〜]+$/u, '')
    .replace(/^[\s.!?。！？、,]+/u, '')
    .replace(/\s?(?:please|pls|ください|下さい|お願いします|おねがいします)$/, '')
    .trim();
}

const HELP = /^(?:help|help me|\?|usage|how does this work|how do i use this|how to use(?: this)?|what can you do|commands|ヘルプ|使い方|つかいかた|使いかた|助けて|たすけて|どうすればいい|どう使う(?:の)?)$/;
const START_OVER = /^(?:start ?over|start again|reset|restart|new case|new conversation|new incident|clear|forget (?:it|everything|that)|最初から(?:やり直(?:し|す|して))?|はじめから(?:やり直(?:し|す|して))?|やり直し|やりなおし|やり直す|やり直して|リセット|リスタート)$/;
const GREETING = /^(?:hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening|day)|greetings|こんにちは|こんにちわ|こんばんは|おはよう(?:ございます)?|はじめまして|もしもし|やあ)(?: there| bot| tms-doctor| all| everyone)?$/;
const THANKS = /^(?:thanks?(?: a lot| so much| very much)?|thank you(?: so much| very much)?|thx|ty|cheers|many thanks|great,? thanks|perfect,? thanks|ありがとう(?:ございます|ございました)?|どうもありがとう(?:ございます|ございました)?|助かりました|助かります|サンキュー|感謝します)$/;
const SKIP = /^(?:skip|pass|next|don'?t know|i don'?t know|dunno|no idea|not sure|unknown|n\/?a|no clue|i'?m not sure|わからない|分からない|わかりません|分かりません|不明|スキップ|知らない|知りません|パス|不明です)$/;

const WANTS_JA = /^(?:(?:in|use|switch to|speak|answer in|reply in)\s)?japanese(?:\splease)?$|^日本語(?:で|に)?(?:お願い(?:します)?|話して|答えて|回答して|して)?$/;
const WANTS_EN = /^(?:(?:in|use|switch to|speak|answer in|reply in)\s)?english(?:\splease)?$|^英語(?:で|に)?(?:お願い(?:します)?|話して|答えて|回答して|して)?$/;

/** "日本語でお願いします", "in English please": the language the user asks for, else null. */
export function languageRequest(text: string): Lang | null {
  const t = normIntent(text);
  if (t.length > 40) return null;
  if (WANTS_JA.test(t)) return 'ja';
  if (WANTS_EN.test(t)) return 'en';
  return null;
}

/** An acknowledgment: nothing to read, nothing to change. */
const ACK =
  /^(?:ok(?:ay)?|k|kk|got it|understood|roger|noted|sounds good|will do|great|perfect|cool|nice|alright|all right|i see|makes sense|了解(?:です|しました)?|りょうかい(?:です)?|わかりました|分かりました|承知しました|かしこまりました|なるほど|はい|オッケー|ok ?です)$/;

type Intent = 'help' | 'start-over' | 'greeting' | 'thanks' | 'ack' | 'skip' | null;

export function intentOf(text: string): Intent {
  const t = normIntent(text);
  if (t.length > 60) return null;
  if (HELP.test(t)) return 'help';
  if (START_OVER.test(t)) return 'start-over';
  if (GREETING.test(t)) return 'greeting';
  if (THANKS.test(t)) return 'thanks';
  if (SKIP.test(t)) return 'skip';
  if (ACK.test(t)) return 'ack';
  // "got it, thanks!", "わかりました。ありがとうございます": every part an acknowledgment or thanks.
  const parts = t.split(/[,、。.!！]\s*|\s(?:and|&)\s/).map((x) => x.trim()).filter(Boolean);
  if (parts.length > 1 && parts.every((x) => ACK.test(x) || THANKS.test(x))) return parts.some((x) => THANKS.test(x)) ? 'thanks' : 'ack';
  return null;
}

/** Words that do not reveal the user's language (versions, product names, level names). */
const NEUTRAL_WORDS = new Set(
  'tms sql server servers windows win roomos room ce tc os medium high low mid med hi lo default remote local express version ver rtm sp cu https http tls ssl codec codecs endpoint endpoints kb build standard enterprise microsoft cisco telepresence management suite collaboration software pkg ok yes no ms os kb sp cu ce tc hi lo'.split(' '),
);

/** The language of the text, or the current one when the text does not tell (numbers, versions). */
export function languageOf(text: string, current: Lang): Lang {
  if (detectLang(text) === 'ja') return 'ja';
  const words = text.slice(0, MAX_MESSAGE).toLowerCase().match(/[a-z]{2,}/g) ?? [];
  for (const w of words) if (!NEUTRAL_WORDS.has(w) && !/^(?:s\d|tc|ce)/.test(w)) return 'en';
  return current;
}

// ---------------------------------------------------------------------------------------------
// The turn

function stepUnsafe(state: ConversationState, message: IncomingMessage): TurnResult {
  if (!message || typeof message !== 'object') return unchanged(state, [reply(state.lang, [para(TEXTS[state.lang].empty)])]);
  switch (message.kind) {
    case 'text':
      return onText(state, typeof message.text === 'string' ? message.text : '');
    case 'action':
      return onAction(state, typeof message.id === 'string' ? message.id : '', typeof message.value === 'string' ? message.value : undefined);
    case 'probe':
      return onProbe(state, message.result);
    default:
      return unchanged(state, [reply(state.lang, [para(TEXTS[state.lang].empty)])]);
  }
}

function unchanged(state: ConversationState, replies: Reply[]): TurnResult {
  return { state, replies };
}

function next(state: ConversationState, patch: Partial<ConversationState>): ConversationState {
  const s: ConversationState = { ...state, ...patch, turns: state.turns + 1 };
  if (s.skipped && s.skipped.length === 0) delete s.skipped;
  return s;
}

/** Hello, what the bot does (for a new conversation) and the question that is open or comes first. */
function greet(state: ConversationState, lang: Lang): TurnResult {
  const t = TEXTS[lang];
  const blocks: Block[] = [para(t.greeting)];
  const qb = questionBlocksFor(state);
  if (Object.keys(state.facts).length === 0) blocks.push(para(t.intro));
  blocks.push(...qb);
  if (qb.length === 0 && Object.keys(state.facts).length === 0) {
    const q = questionFor('need-endpoint-version');
    blocks.push(questionBlock(lang, q));
    return { state: next(state, { pending: q.code }), replies: [reply(lang, blocks)] };
  }
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}

function onText(state: ConversationState, raw: string): TurnResult {
  const t0 = TEXTS[state.lang];
  if (raw.length > MAX_MESSAGE) return unchanged(state, [reply(state.lang, [para(t0.tooLong(raw.length, MAX_MESSAGE))])]);
  if (looksBinary(raw)) return unchanged(state, [reply(state.lang, [para(t0.binary)])]);
  const text = raw.replace(CONTROL, ' ');
  if (text.trim() === '') {
    // A bare @mention or an empty /tms-diagnose opens a conversation: greet rather than complain.
    if (state.turns === 0 && Object.keys(state.facts).length === 0) return greet(state, state.lang);
    const replies = [reply(state.lang, [para(t0.empty), ...questionBlocksFor(state)])];
    return unchanged(state, replies);
  }
  const lang = languageOf(text, state.lang);
  const s = lang === state.lang ? state : { ...state, lang };
  const wanted = languageRequest(text);
  if (wanted) {
    const ls: ConversationState = { ...state, lang: wanted };
    const qb = questionBlocksFor(ls);
    const blocks: Block[] = [para(TEXTS[wanted].languageSet), ...(qb.length ? qb : Object.keys(ls.facts).length ? [] : [para(TEXTS[wanted].intro)])];
    return { state: next(ls, {}), replies: [reply(wanted, blocks)] };
  }
  const intent = intentOf(text);
  if (intent === 'skip' && !s.pending) return onFacts(s, text);
  if (intent) return onIntent(s, intent);
  const topic = followUpTopic(text, s.pending);
  if (topic) return onFollowUp(s, text, topic);
  return onFacts(s, text);
}

// ---------------------------------------------------------------------------------------------
// Follow-up questions ("why?", "what is Medium-High?", "does this disable Telnet?")

/** A question rather than an answer: ends with a question mark, or starts/ends like one. */
const QUESTION_FORM =
  /[?？]\s*$|^\s*(?:why|what|what's|how|does|do|did|is|are|can|could|will|would|should|which|when|where)(?![a-z])|(?:とは|って(?:何|なに)|なぜ|どうして|なんで|ですか|ますか|でしょうか|の\?|かな)\s*[?？]?\s*$|^\s*(?:なぜ|どうして|なんで)/i;
/** "what is X" / "X とは" / "X って何": asks what something means, so a level named there is not a setting. */
const DEFINITION = /^\s*(?:what(?:'s|\sis|\sdoes)|what\sare|meaning\sof|explain)(?![a-z])|とは|って(?:何|なに)|の意味|どういう(?:意味|こと)/i;
const TOPIC_TELNET = /telnet|snmp|テルネット|polycom|hdx|mxp|ポリコム/i;
/** Words that state a setting rather than ask about it. */
const LEVEL_STATED =
  /(?<![a-z])(?:already|currently|now|still|we(?:'re|\sare)|it(?:'s|\sis)|is\sset|set\sto|is\sat|are\sat|running\sat|on)(?![a-z])|すでに|既に|現在|今は|設定済み|になって(?:い|お)|にして(?:い|お)|のまま|設定して(?:い|お)/i;
const TOPIC_LEVEL = /medium|(?<![a-z])(?:level|security)(?![a-z])|ミディアム|レベル|セキュリティ/i;
const TOPIC_WHY = /(?<![a-z])(?:why|cause|reason|root\scause)(?![a-z])|なぜ|どうして|なんで|原因|理由/i;

type FollowUp = 'telnet' | 'level' | 'why' | 'other';

/**
 * The topic of a follow-up question, or null when the text is not one: it must be a question, and
 * carry no version or HTTP/HTTPS fact (those are read as facts). A level named in a question counts
 * only when the question asks what the level means, or quotes the Japanese translation.
 */
function followUpTopic(text: string, pending: QuestionCode | null): FollowUp | null {
  const t = text.slice(0, MAX_MESSAGE);
  if (!QUESTION_FORM.test(t)) return null;
  // An unsure answer to the open question ("2012 R2?", "is it medium?") is still an answer.
  const field = pending ? FIELD_OF[pending] : undefined;
  if (field && field !== 'level' && parsePending(field, t).ok) return null;
  if (field === 'level' && !DEFINITION.test(t) && parseLevel(t).ok) return null;
  const ex = extractFacts(t);
  const { level, ...rest } = ex.facts;
  if (Object.keys(rest).length > 0 || ex.problems.length > 0) return null;
  // A level in a question is the user's setting only when said as such ("we're at Medium-High, why…");
  // "does Medium-High break Polycom?" asks about it.
  if (level !== undefined && !DEFINITION.test(t) && !detectTranslationQuote(t) && LEVEL_STATED.test(t)) return null;
  if (TOPIC_TELNET.test(t)) return 'telnet';
  if (TOPIC_LEVEL.test(t) || level !== undefined) return 'level';
  if (TOPIC_WHY.test(t)) return 'why';
  return 'other';
}

/** Answer a follow-up question from the knowledge, then re-ask the open question (nothing changes). */
function onFollowUp(state: ConversationState, text: string, topic: FollowUp): TurnResult {
  const lang = state.lang;
  const t = TEXTS[lang];
  const blocks: Block[] = [];
  const quote = detectTranslationQuote(text);
  // A question that quotes the translation ("the bug ID there is CSCuz7154?") is answered by the note itself.
  if (quote && topic === 'other') return onFacts(state, text);
  // (The Telnet/SNMP explanation carries the note on the translation's direction itself.)
  if (quote && !(quote === 'telnet-direction' && topic === 'telnet')) {
    blocks.push({ type: 'warning', title: t.problemNote, text: TRANSLATION_NOTES[quote === 'telnet-direction' ? 'telnetDirection' : 'bugId'][lang] });
  }
  const d = diagnose(state.facts);
  const pre15 = d.findings.find((f) => f.code === 'tms-pre15-upgrade-or-downgrade');
  const explain = (f: Finding) => {
    blocks.push({ type: 'heading', text: f.title[lang] });
    for (const b of f.body) blocks.push(para(b[lang]));
  };
  switch (topic) {
    case 'telnet':
      explain(caveatTelnetSnmp());
      break;
    case 'level':
      blocks.push(para(t.levelsExplained));
      explain(tmsToolsMediumHigh());
      if (pre15) blocks.push(para(pre15.body[0][lang]));
      break;
    case 'why': {
      // Not this problem (HTTP only, the endpoint accepts TLS 1.0, probe and version disagree): say that.
      const not = d.findings.find((f) => ['http-not-affected', 'endpoint-accepts-tls10', 'verify-probe-target'].includes(f.code));
      if (not) {
        explain(not);
        break;
      }
      blocks.push({ type: 'heading', text: t.whyHeading });
      // Before the endpoint is known to refuse TLS 1.0 this is the usual cause, not a verdict.
      if (d.findings.some((f) => f.code === 'endpoint-no-tls10')) blocks.push(para(endpointNoTls10(state.facts.endpoint, false).body[0][lang]));
      else blocks.push(para(t.whyUsual), para(t.whyEndpoints));
      const cause = pre15 ?? tmsMediumTls10Only(state.facts.level ?? 'medium');
      for (const b of cause.body) blocks.push(para(b[lang]));
      break;
    }
    case 'other':
      blocks.push(para(t.cannotAnswer));
      break;
  }
  const open = questionBlocksFor(state);
  if (open.length === 0) {
    // Nothing asked yet (e.g. the first message is "why does TMS say No HTTPS response?"): ask the first thing needed.
    const first = d.questions.find((q) => q.required);
    if (first) {
      blocks.push(questionBlock(lang, first));
      return { state: next(state, { pending: first.code }), replies: [reply(lang, blocks)] };
    }
  }
  blocks.push(...open);
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}

function onAction(state: ConversationState, rawId: string, value: string | undefined): TurnResult {
  const id = rawId.replace(/:\d{1,4}$/, '');
  switch (id) {
    case 'start-over':
      return onIntent(state, 'start-over');
    case 'help':
      return onIntent(state, 'help');
    case 'answer': {
      const v = (value ?? '').slice(0, MAX_MESSAGE).replace(CONTROL, ' ');
      if (v.trim() === '') return unchanged(state, [reply(state.lang, [para(TEXTS[state.lang].empty), ...questionBlocksFor(state)])]);
      const intent = intentOf(v);
      if (intent) return onIntent(state, intent);
      return onFacts(state, v);
    }
    case 'probe-endpoint':
      return unchanged(state, [reply(state.lang, [para(TEXTS[state.lang].probeHint)])]);
    default: {
      const t = TEXTS[state.lang];
      return unchanged(state, [reply(state.lang, [para(t.unknownAction(echo(id, 40))), ...questionBlocksFor(state)])]);
    }
  }
}

function onIntent(state: ConversationState, intent: Exclude<Intent, null>): TurnResult {
  const lang = state.lang;
  const t = TEXTS[lang];
  switch (intent) {
    case 'help': {
      const blocks: Block[] = [
        { type: 'heading', text: t.helpHeading },
        ...t.help.map(para),
        { type: 'bullets', items: t.helpExamples },
        ...questionBlocksFor(state),
        actionsBlock(lang, false),
      ];
      return { state: next(state, {}), replies: [reply(lang, blocks)] };
    }
    case 'start-over': {
      const fresh = { ...freshState(lang), turns: state.turns + 1 };
      const q = questionFor('need-endpoint-version');
      fresh.pending = q.code;
      return { state: fresh, replies: [reply(lang, [para(t.startedOver), para(t.intro), questionBlock(lang, q)])] };
    }
    case 'greeting':
      return greet(state, lang);
    case 'thanks':
      return { state: next(state, { pending: null }), replies: [reply(lang, [para(t.thanks), actionsBlock(lang, false)])] };
    case 'ack': {
      // Nothing changes; a required question still open is asked again, an optional one stays open.
      const pending = state.pending ? questionFor(state.pending as (typeof QUESTION_CODES)[number]) : null;
      const blocks: Block[] = pending?.required ? [para(t.ackNeed), questionBlock(lang, pending)] : [para(t.ack)];
      return { state: next(state, {}), replies: [reply(lang, blocks)] };
    }
    case 'skip': {
      const pending = state.pending;
      if (!pending) return onFacts(state, 'skip');
      const q = questionFor(pending as (typeof QUESTION_CODES)[number]);
      if (q.required) {
        return { state: next(state, {}), replies: [reply(lang, [para(t.skipRequired), questionBlock(lang, q)])] };
      }
      const skipped = [...new Set([...(state.skipped ?? []), pending])];
      const s = next(state, { skipped, pending: null });
      const d = diagnose(s.facts);
      const nextQ = d.questions.find((x) => !x.required && !skipped.includes(x.code));
      const blocks: Block[] = [para(t.skipOptional)];
      if (nextQ) {
        blocks.push(para(t.refineOffer), questionBlock(lang, nextQ));
        s.pending = nextQ.code;
      } else {
        blocks.push(para(t.allSet));
      }
      return { state: s, replies: [reply(lang, blocks)] };
    }
  }
}

function onProbe(state: ConversationState, result: ProbeResult): TurnResult {
  if (!result || typeof result !== 'object' || Array.isArray(result)) {
    return unchanged(state, [reply(state.lang, [para(state.lang === 'ja' ? 'プローブ結果を読み取れませんでした。' : 'I could not read that probe result.')])]);
  }
  // Keep only what JSON can carry (the state is stored as JSON), and keep it bounded.
  const copy = jsonSafe(result);
  if (!isObj(copy)) {
    return unchanged(state, [reply(state.lang, [para(state.lang === 'ja' ? 'プローブ結果を読み取れませんでした。' : 'I could not read that probe result.')])]);
  }
  const stored = copy as unknown as ProbeResult;
  const facts: Facts = { ...state.facts, probe: stored };
  result = stored;
  const s = next(state, { facts });
  const t = TEXTS[state.lang];
  const v = probeVerdict(result);
  const target = echo(probeWhere(result), 60);
  const verdict = v.refuses === true ? t.probeRefused : v.refuses === false ? t.probeAccepted : t.probeUnknown;
  return respond(s, [{ type: 'context', text: t.probeSummary(target, verdict) }], [], true);
}

/** Read facts from text (and a bare answer to the pending question), then answer. */
function onFacts(state: ConversationState, text: string): TurnResult {
  const lang = state.lang;
  const t = TEXTS[lang];
  const ex = text ? extractFacts(text) : { facts: {}, problems: [] as ParseProblem[], lang };
  const found: Partial<Facts> = { ...ex.facts };
  let problems = [...ex.problems];
  const versionFields = (['tms', 'endpoint', 'sql', 'windows', 'level'] as const).filter((f) => found[f] !== undefined);

  // A bare answer to the pending question.
  const pendingField = state.pending ? FIELD_OF[state.pending] : undefined;
  if (text && pendingField && found[pendingField] === undefined) {
    if (pendingField === 'sql' && found.sqlLocation === undefined) {
      const loc = parseSqlLocation(text);
      if (loc) found.sqlLocation = loc;
    }
    // With other facts in the message, only the part before the first topic word is the bare
    // answer ("15.2.1 and SQL 2016" answers the TMS question; "SQL 2012" does not answer Windows).
    const answer = versionFields.length === 0 ? text : leadingAnswer(text);
    if (answer) {
      const r = parsePending(pendingField, answer);
      if (r.ok) {
        (found as Record<string, unknown>)[pendingField] = r.value;
        problems = problems.filter((p) => p.field !== pendingField);
      } else if (!(pendingField === 'sql' && found.sqlLocation) && !problems.some((p) => p.field === pendingField)) {
        // An optional question (Windows, level) is not insisted on: a message with no number in it
        // ("we will do it tonight"), or no level name, is simply not understood; the question stays open.
        const optionalChat = !questionFor(state.pending as (typeof QUESTION_CODES)[number]).required && (pendingField === 'level' || !/\d/.test(answer));
        if (!optionalChat && found.https === undefined && Object.keys(found).length === 0 && problems.length === 0) problems.push(r.problem);
      }
    }
  }

  const before = state.facts;
  const facts: Facts = { ...before, ...found };
  // A new SQL version without a location keeps the old location; a location alone keeps the version.
  const changed = diffFacts(before, facts, lang);
  const anyNew = Object.keys(found).length > 0;
  const s = next(state, { facts });

  const pre: Block[] = [];
  if ('mixedEndpoints' in ex && ex.mixedEndpoints) {
    const names = (ok: boolean) => ex.mixedEndpoints!.filter((e) => endpointRefusesTls10(e) === ok).map(formatEndpoint).join(', ');
    pre.push(para(t.mixedEndpoints(names(false), names(true))));
  }
  const quote = text ? detectTranslationQuote(text) : null;
  if (quote) pre.push({ type: 'warning', title: t.problemNote, text: TRANSLATION_NOTES[quote === 'telnet-direction' ? 'telnetDirection' : 'bugId'][lang] });

  if (!anyNew && problems.length === 0) {
    if (quote) return respond(s, pre, [], false);
    // Nothing understood.
    if (Object.keys(before).length === 0 && !state.pending) {
      // An opening message about the symptom: introduce and ask the first question.
      return respond(s, [para(t.intro)], [], false);
    }
    // A bare year with nothing asked ("2016"): a version, but of SQL Server or of Windows?
    const year = /^\s*((?:19|20)\d\d(?:\s?r2)?)\s*$/i.exec(text.normalize('NFKC'));
    const blocks: Block[] = year
      ? [para(t.whichProduct(echo(year[1], 20))), ...questionBlocksFor(state)]
      : [para(t.notUnderstood(echo(text))), para(t.notUnderstoodHint), ...questionBlocksFor(state)];
    return { state: next(state, {}), replies: [reply(lang, blocks)] };
  }
  return respond(s, [...pre, ...changed], problems, false, before);
}

/** Topic words that start another fact (the domain's extractor uses the same kind of keywords). */
const TOPIC = /(?<![a-z])(?:tms|sql|ms\s?sql|database|db|windows|win|server|os|endpoints?|codecs?|devices?|tc|ce|roomos|room\s?os|level|security|communication)(?![a-z])|データベース|エンドポイント|端末|コーデック|機器|ウィンドウズ|サーバ|レベル|セキュリティ/i;

/** The text before the first topic word, when it holds something (else ''). */
function leadingAnswer(text: string): string {
  const m = TOPIC.exec(text.slice(0, MAX_MESSAGE));
  const head = (m ? text.slice(0, m.index) : '').replace(/[\s,、。;:&]+$|(?:\s(?:and|with|plus|on))+\s*$/gi, '').trim();
  return /[0-9a-z\u3040-\u30ff\u4e00-\u9fff]/i.test(head) ? head : '';
}

function parsePending(field: Field, text: string) {
  switch (field) {
    case 'tms':
      return parseTms(text);
    case 'endpoint':
      return parseEndpoint(text);
    case 'sql':
      return parseSql(text);
    case 'windows':
      return parseWindows(text);
    case 'level':
      return parseLevel(text);
  }
}

/** "Updated: TMS 15.2.1 → 14.6.0" lines for values that changed (not for values newly given). */
function diffFacts(before: Facts, after: Facts, lang: Lang): Block[] {
  const t = TEXTS[lang];
  const out: string[] = [];
  const pairs: [string | undefined, string | undefined][] = [
    [before.tms && fmt('tms', before), after.tms && fmt('tms', after)],
    [before.endpoint && fmt('endpoint', before), after.endpoint && fmt('endpoint', after)],
    [before.sql && fmt('sql', before), after.sql && fmt('sql', after)],
    [before.windows && fmt('windows', before), after.windows && fmt('windows', after)],
    [before.level && fmt('level', before), after.level && fmt('level', after)],
  ];
  for (const [a, b] of pairs) if (a && b && a !== b) out.push(`${a} → ${b}`);
  return out.length ? [{ type: 'context', text: `${t.updated}: ${out.join(', ')}` }] : [];
}

function fmt(field: Field, f: Facts): string | undefined {
  try {
    switch (field) {
      case 'tms':
        return f.tms ? formatTms(f.tms) : undefined;
      case 'endpoint':
        return f.endpoint ? formatEndpoint(f.endpoint) : undefined;
      case 'sql':
        return f.sql ? formatSql(f.sql) : undefined;
      case 'windows':
        return f.windows ? formatWindows(f.windows) : undefined;
      case 'level':
        return f.level ? `${TEXTS.en.levelLabel} ${formatLevel(f.level)}` : undefined;
    }
  } catch {
    return undefined;
  }
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
function refinementBase(before: Facts, after: Facts, d: Diagnosis): Diagnosis | null {
  for (const k of ['tms', 'endpoint', 'sql', 'sqlLocation', 'https', 'probe'] as const) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) return null;
  }
  const prev = diagnose(before);
  if (prev.affected === 'no' || prev.affected !== d.affected || prev.questions.some((q) => q.required)) return null;
  if (prev.findings.some((f) => f.code === 'verify-probe-target')) return null;
  return prev;
}

function respond(s: ConversationState, pre: Block[], problems: ParseProblem[], fromProbe: boolean, before?: Facts): TurnResult {
  const lang = s.lang;
  const t = TEXTS[lang];
  const d = diagnose(s.facts);
  const required = d.questions.filter((q) => q.required);
  const decided = d.affected === 'no' || required.length === 0 || d.findings.some((f) => f.code === 'verify-probe-target');

  // Problems for fields we still have to ask about become the question itself.
  const blocks: Block[] = [...pre];
  if (!decided) {
    const prob = problems.find((p) => required.some((q) => q.code === QUESTION_OF[p.field])) ?? null;
    const q = prob ? required.find((x) => x.code === QUESTION_OF[prob.field])! : required[0];
    const other = problems.filter((p) => p !== prob);
    const ctx = contextLine(s.facts, lang, d);
    if (ctx && Object.keys(s.facts).length > 0) blocks.push({ type: 'context', text: ctx });
    for (const p of other) blocks.push({ type: 'warning', title: t.problemNote, text: p.message[lang] });
    // What a probe said (unreachable, not TLS, inconclusive, HTTP redirect) matters before the question.
    for (const f of d.findings) {
      if (f.code.startsWith('probe-') || f.code === 'http-redirects-to-https') {
        blocks.push({ type: 'warning', title: f.title[lang], text: f.body.map((b) => b[lang]).join('\n\n') });
      }
    }
    if (prob) {
      const qb = questionBlock(lang, q, prob.message[lang]);
      // A vague "CE8" / "TC7.3" gets an example of its own family.
      if (qb.type === 'question' && prob.field === 'endpoint') {
        if (/(?<![a-z])ce/i.test(prob.input)) qb.example = 'CE 9.15.3';
        else if (/(?<![a-z])tc/i.test(prob.input)) qb.example = 'TC7.3.6';
      }
      blocks.push(qb);
    } else {
      if (Object.keys(s.facts).length > 0 && !fromProbe) blocks.push(para(t.needBeforeAnswer));
      blocks.push(questionBlock(lang, q));
    }
    blocks.push(actionsBlock(lang, false));
    return { state: { ...s, pending: q.code }, replies: [reply(lang, blocks)] };
  }

  // Full answer, or — when only a refinement (Windows, level) changed after a full answer — the update.
  for (const p of problems) blocks.push({ type: 'warning', title: t.problemNote, text: p.message[lang] });
  const prev = before ? refinementBase(before, s.facts, d) : null;
  if (prev) {
    // A finding changed when it says something new; one that only lost a sentence (the "I assume
    // Medium" note, once Medium is confirmed) has nothing new to show.
    const parts = (f: Finding) => [f.title, ...f.body, ...(f.steps ?? [])].map((x) => JSON.stringify(x)).concat(JSON.stringify(f.literal ?? null));
    const old = new Map(prev.findings.map((f) => [f.code, new Set(parts(f))]));
    const changed = new Set(d.findings.filter((f) => !parts(f).every((x) => old.get(f.code)?.has(x))).map((f) => f.code));
    const gone = prev.findings.filter((f) => !d.findings.some((g) => g.code === f.code));
    if (changed.size === 0 && gone.length === 0) {
      const ctx = contextLine(s.facts, lang, d);
      if (ctx) blocks.push({ type: 'context', text: ctx });
      blocks.push(para(t.nothingChanged));
    } else {
      blocks.push(...diagnosisBlocks(d, s.facts, lang, { only: changed, heading: t.updatedHeading }));
      if (gone.length) blocks.push(para(t.noLongerApplies), { type: 'bullets', items: gone.map((f) => f.title[lang]) });
      blocks.push(para(t.restStillApplies));
    }
  } else {
    blocks.push(...diagnosisBlocks(d, s.facts, lang));
  }
  const skipped = s.skipped ?? [];
  const refine = d.affected === 'no' ? undefined : d.questions.find((q) => !q.required && !skipped.includes(q.code));
  const assumptions: string[] = [];
  if (d.questions.some((q) => q.code === 'need-windows-version')) assumptions.push(t.assumeWindows);
  if (d.questions.some((q) => q.code === 'need-security-level')) assumptions.push(t.assumeLevel);
  if (assumptions.length && d.affected !== 'no') blocks.push({ type: 'bullets', items: assumptions });
  if (refine) {
    blocks.push(para(t.refineOffer));
    blocks.push(questionBlock(lang, refine));
  }
  blocks.push(actionsBlock(lang, true));
  const diagnosis: DiagnosisJson = { affected: d.affected, findings: d.findings, questions: d.questions, facts: s.facts };
  return { state: { ...s, pending: refine ? refine.code : null }, replies: [{ lang, blocks, diagnosis }] };
}

function heading(d: Diagnosis, lang: Lang): string {
  const t = TEXTS[lang];
  const has = (c: string) => d.findings.some((f) => f.code === c);
  if (has('http-not-affected')) return t.headingHttp;
  if (d.affected === 'no') return t.headingNo;
  if (d.questions.some((q) => q.required) && !has('verify-probe-target')) return t.headingNeedMore;
  if (d.affected === 'unknown') return t.headingUnknown;
  if (has('tms-pre15-upgrade-or-downgrade')) return t.headingPre15;
  return t.headingYes;
}

/** The blocks of a full diagnosis: heading, context, cause, numbered steps, warnings. */
export function diagnosisBlocks(d: Diagnosis, facts: Facts, lang: Lang, opts: { only?: Set<string>; heading?: string } = {}): Block[] {
  const t = TEXTS[lang];
  const blocks: Block[] = [{ type: 'heading', text: opts.heading ?? heading(d, lang) }];
  const ctx = contextLine(facts, lang, d);
  if (ctx) blocks.push({ type: 'context', text: ctx });
  const actions = d.findings.filter((f) => f.severity === 'action');
  let n = 0;
  let overviewDone = opts.only !== undefined; // an update shows no overview
  for (const f of d.findings) {
    if (f.severity === 'action') n += 1;
    if (opts.only && !opts.only.has(f.code)) continue;
    if (f.severity === 'action') {
      if (!overviewDone && actions.length > 1) {
        blocks.push(sub(t.stepsHeading));
        blocks.push({ type: 'steps', items: actions.map((a) => a.title[lang]) });
        overviewDone = true;
      }
      blocks.push(sub(t.step(n, f.title[lang])));
      for (const b of f.body) blocks.push(para(b[lang]));
      if (f.steps?.length) blocks.push({ type: 'steps', items: f.steps.map((x) => x[lang]) });
      if (f.literal) blocks.push({ type: 'code', text: f.literal });
    } else if (f.severity === 'warning') {
      blocks.push({ type: 'warning', title: f.title[lang], text: f.body.map((b) => b[lang]).join('\n\n') });
      if (f.steps?.length) blocks.push({ type: 'steps', items: f.steps.map((x) => x[lang]) });
      if (f.literal) blocks.push({ type: 'code', text: f.literal });
    } else {
      blocks.push(sub(f.title[lang]));
      for (const b of f.body) blocks.push(para(b[lang]));
      if (f.steps?.length) blocks.push({ type: 'bullets', items: f.steps.map((x) => x[lang]) });
      if (f.literal) blocks.push({ type: 'code', text: f.literal });
    }
  }
  return blocks;
}

/**
 * A one-shot answer for `tms-doctor diagnose`: the diagnosis blocks, the assumptions, and every
 * open question (the command line cannot ask back). Carries `diagnosis`.
 */
export function composeDiagnosis(facts: Facts, lang: Lang): Reply {
  const t = TEXTS[lang];
  const d = diagnose(facts);
  const blocks = diagnosisBlocks(d, facts, lang);
  const assumptions: string[] = [];
  if (d.affected !== 'no' && !d.questions.some((q) => q.required)) {
    if (d.questions.some((q) => q.code === 'need-windows-version')) assumptions.push(t.assumeWindows);
    if (d.questions.some((q) => q.code === 'need-security-level')) assumptions.push(t.assumeLevel);
  }
  if (assumptions.length) blocks.push({ type: 'bullets', items: assumptions });
  if (d.questions.length) {
    blocks.push(para(t.openQuestions));
    for (const q of d.questions) blocks.push(questionBlock(lang, q));
  }
  return { lang, blocks, diagnosis: { affected: d.affected, findings: d.findings, questions: d.questions, facts } };
}

/** "Understood so far: TMS 15.2.1 · CE 9.15.3 · SQL Server 2012 SP1 · level Medium (assumed)". */
export function contextLine(facts: Facts, lang: Lang, d?: Diagnosis): string {
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
  safe(() => (facts.tms ? formatTms(facts.tms) : undefined));
  safe(() => (facts.endpoint ? formatEndpoint(facts.endpoint) : undefined));
  safe(() => (facts.sql ? formatSql(facts.sql) : undefined));
  if (facts.sqlLocation === 'remote') parts.push(t.sqlRemote);
  else if (facts.sqlLocation === 'local' && facts.sql) parts.push(t.sqlLocal);
  safe(() => (facts.windows ? formatWindows(facts.windows) : undefined));
  if (facts.level) safe(() => `${t.levelLabel} ${formatLevel(facts.level!)}`);
  else if (d && d.questions.some((q) => q.code === 'need-security-level') && d.affected !== 'no' && d.questions.every((q) => !q.required))
    parts.push(lang === 'ja' ? `${t.levelLabel} Medium（${t.assumed}）` : `${t.levelLabel} Medium (${t.assumed})`);
  if (facts.https === false) parts.push(t.httpOnly);
  if (facts.probe && typeof facts.probe === 'object') safe(() => `probe ${echo(String(facts.probe!.target), 40)}`);
  return parts.length ? `${t.understood}: ${parts.join(' · ')}` : '';
}

function questionBlock(lang: Lang, q: Question, text?: string): Block {
  const choices: Action[] = (q.choices ?? []).map((c) => ({ id: 'answer', label: c.label[lang], value: c.value }));
  const b: Block = { type: 'question', code: q.code, text: text ?? q.text[lang], choices };
  if (q.example) b.example = q.example;
  return b;
}

/** The open question of a state, re-asked (after an unclear message, help, a greeting). */
function questionBlocksFor(state: ConversationState): Block[] {
  if (!state.pending || !(QUESTION_CODES as readonly string[]).includes(state.pending)) return [];
  return [questionBlock(state.lang, questionFor(state.pending as (typeof QUESTION_CODES)[number]))];
}

function actionsBlock(lang: Lang, withProbe: boolean): Block {
  const t = TEXTS[lang];
  const actions: Action[] = [];
  if (withProbe) actions.push({ id: 'probe-endpoint', label: t.actions.probe, style: 'primary' });
  actions.push({ id: 'start-over', label: t.actions.startOver });
  actions.push({ id: 'help', label: t.actions.help });
  return { type: 'actions', actions };
}

function para(text: string): Block {
  return { type: 'paragraph', text };
}

function sub(text: string): Block {
  return { type: 'subheading', text };
}

function reply(lang: Lang, blocks: Block[]): Reply {
  return { lang, blocks };
}

