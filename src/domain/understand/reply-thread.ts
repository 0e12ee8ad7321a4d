/**
 * A pasted e-mail thread: the newest text on top (not quoted), older messages below it, quoted with
 * "> " (one more ">" per older reply) or under a reply header ("On Mon, John wrote:",
 * 「田中さんが書きました:」, "-----Original Message-----", Outlook's "From: … / Sent: …").
 *
 * replyLayers() cuts such a text into layers, newest first: layer 0 is the unquoted text, then each
 * level of quoting. The extractor reads each layer on its own; the newest layer's facts win, and an
 * older layer only fills a field that no newer layer gives ("Update: we upgraded TMS to 15.9" above
 * "> We're on TMS 14.6.2" is TMS 15.9; the endpoint named only in the quote still counts). Questions,
 * hypotheses and denials in older layers are someone else's (support's "Please confirm your TMS version
 * is 15.x") and are dropped. Pure, linear (bounded patterns), total.
 */
import type { Extraction } from '../extract';
import type { Facts } from '../types';
import { CORRECTION_START, endsAsQuestion } from './clauses';
import { isToolLine } from './tool-output';
import { earlierWasLab } from './earlier-was-lab';

/** Cheapest test (case-sensitive classes run faster than /i): a ">" anywhere or a reply header word. */
const MAY_QUOTE_FAST = /[>＞]|[wW]rote|WROTE|書きました|-----|元のメッセージ|転送|送信日時|\n[sS]ent/;
/** Then: a line that starts with ">" or a reply header ("Medium -> Medium-High" fails here). */
const MAY_QUOTE = /(?:^|\n)[ \t]{0,3}[>＞]|wrote\s?:|書きました|original\smessage|forwarded\smessage|元のメッセージ|転送|送信日時|\nsent\s?:/i;
/** A quoted line: its ">" marks (with or without spaces between them) and the text after them. */
const QUOTE_MARKS = /^[ \t]{0,3}((?:[>＞][ \t]?){1,12})(.*)$/;
/** A reply header line: "On Mon, 4 Dec 2026, John <j@x.com> wrote:", "John wrote:", 「田中さんが書きました:」. */
const HEADER =
  /(?<![a-z])wrote\s?:\s*$|書きました\s?[:：]?\s*$|^\s*-{2,}\s?(?:original\smessage|forwarded\smessage|元のメッセージ|転送(?:された)?メッセージ)\s?-{2,}\s*$/i;
/** Outlook's header block: "From: …" followed by "Sent: …" (or 差出人 / 送信日時). */
const FROM_LINE = /^\s*(?:from|差出人)\s?[:：]/i;
const SENT_LINE = /^\s*(?:sent|date|送信日時|日時)\s?[:：]/i;
/**
 * …whose value is a date or a time ("Sent: Monday, December 1, 2026 10:00", "Date: 2026/12/01", 「送信日時: 2026年12月1日」):
 * not "From: TMS 15.9 server / Sent: ClientHello TLS 1.0", a capture summary written as From/Sent (QA round 17 #8).
 */
const DATE_VALUE =
  /(?<![a-z])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)(?![a-z])|\d{1,4}[/-]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4}|(?<![\d.])\d{1,2}:\d{2}(?![\d.])|\d\s?[年月日]|[月火水木金土日]曜/i;
/** The rest of such a header block (skipped with it). */
const HEADER_FIELD = /^\s*(?:sent|date|to|cc|subject|送信日時|日時|宛先|件名)\s?[:：]/i;

/**
 * The layers of a reply thread, newest first. `answered`: set for an inline reply, whose newest text answers a quoted
 * question right above it ("> Is this a TMS 14 problem?\nNo, we are on 15.9"): the newest text with each such question
 * put back above its answer, so that a bare "15.9" is read as the answer to it (TMS), not as a correction of the
 * last release named before the quote ("endpoints CE 9.15").
 */
export type ReplyLayers = string[] & { answered?: string; asks?: string[]; answers?: string[] };

/**
 * The layers of a reply thread, newest first (each the text of its lines, joined by newlines), or
 * null when the text quotes nothing. A quoted line's level is its count of ">" marks, plus one per
 * unmarked reply header above it.
 */
export function replyLayers(text: string): ReplyLayers | null {
  if (!MAY_QUOTE_FAST.test(text) || !MAY_QUOTE.test(text)) return null;
  const lines = text.split('\n');
  const layers: string[][] = [];
  let base = 0;
  let quoted = false;
  let inHeader = false;
  /** The newest text with the quoted questions it answers inline (see ReplyLayers), and the last quoted line. */
  const answered: string[] = [];
  let inline = false;
  let lastQuoted: string | null = null;
  /** The quoted questions answered inline, in order, and the newest text under each (up to the next quote). */
  const asks: string[] = [];
  const answers: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = QUOTE_MARKS.exec(line);
    // curl -v's "> GET / HTTP/1.1" request lines are a tool's output, not a quote.
    const marks = m && !isToolLine(line) ? (m[1].match(/[>＞]/g)?.length ?? 0) : 0;
    const body = marks ? m![2] : line;
    if (inHeader && HEADER_FIELD.test(body)) continue;
    inHeader = false;
    if (FROM_LINE.test(body) && i + 1 < lines.length && isSentLine(lines[i + 1].replace(/^[ \t>＞]*/, ''))) {
      if (!marks) base++;
      quoted = inHeader = true;
      continue;
    }
    if (HEADER.test(body)) {
      if (!marks) base++;
      quoted = true;
      continue;
    }
    if (marks) quoted = true;
    const depth = base + marks;
    (layers[depth] ??= []).push(body);
    if (depth === 0) {
      // An answer under a quoted question (not under a reply header: base 0 only).
      if (lastQuoted !== null && body.trim() && asksBack(lastQuoted.trim())) {
        answered.push(lastQuoted);
        asks.push(lastQuoted.trim());
        answers.push('');
        inline = true;
      }
      if (body.trim()) lastQuoted = null;
      answered.push(body);
      if (answers.length) answers[answers.length - 1] += (answers[answers.length - 1] ? '\n' : '') + body;
    } else if (base === 0 && marks && body.trim()) lastQuoted = body;
  }
  if (!quoted) return null;
  const out: ReplyLayers = [];
  for (let d = 0; d < layers.length; d++) out.push((layers[d] ?? []).join('\n'));
  if (inline) {
    out.answered = answered.join('\n');
    out.asks = asks;
    out.answers = answers;
  }
  return out;
}

/** A Japanese request that asks for a value: 「TMS のバージョンを教えてください」 (our own questions end so). */
const JA_REQUEST_END = /教えて(?:ください|下さい|いただけますか|もらえますか)?[。.\s]*$/;

/** A quoted line that asks: a question ("…?", 「…ですか」) or a Japanese request for a value (「…を教えてください」). */
function asksBack(line: string): boolean {
  return endsAsQuestion(line) || JA_REQUEST_END.test(line);
}

/** The version fields (and the level) a quoted question can ask for. */
export type AskedField = 'tms' | 'endpoint' | 'sql' | 'windows' | 'level';

/** Words that name a field other than TMS in a question ("Which SQL Server version…", 「エンドポイントのソフトウェアバージョンは？」). */
const ASKED_FIELD_WORDS: [RegExp, Exclude<AskedField, 'tms'>][] = [
  [/(?<![a-z])(?:sql|ms\s?sql|database|db)(?![a-z])|データベース/i, 'sql'],
  [/(?<![a-z])(?:windows|win|os|operating\ssystem)(?![a-z])|ウィンドウズ/i, 'windows'],
  [/(?<![a-z])(?:endpoints?|codecs?|devices?|tc|ce|roomos|room\s?os)(?![a-z])|エンドポイント|端末|コーデック/i, 'endpoint'],
  [/(?<![a-z])(?:level|communication\ssecurity|tls\soptions?)(?![a-z])|レベル|セキュリティ/i, 'level'],
];
/** The question asks for a version or the level ("Which TMS version?", "What SQL?", 「エンドポイントのバージョンは？」, the product alone: 「SQL Serverは？」)… */
const ASKS_VALUE =
  /(?<![a-z])(?:versions?|releases?|builds?|level|edition|firmware|software|service\spack)(?![a-z])|バージョン|リリース|ビルド|レベル|ソフトウェア|ファームウェア|(?<![a-z])(?:which|what)\s(?:tms|sql|ms\s?sql|windows|os)(?![a-z])|(?<![a-z])(?:tms|sql(?:\s?server)?|windows(?:\s?server)?)\s?(?:は|って)\s?(?:何|なん)?(?:ですか)?\s?[?？]\s*$/i;
/** …and not a count or a time ("How many endpoints are affected?" above "12" is no RoomOS 12). */
const ASKS_COUNT = /(?<![a-z])(?:how\s(?:many|much|long|often)|number\sof|when)(?![a-z])|何台|台数|いくつ|何件|何個|何人|いつ|数は/i;

/**
 * …and not about another place or server ("which TMS version do you run at site B?", "…on the second node?",
 * 「拠点BのTMSのバージョンは？」「別のサーバは？」): its answer is not this incident's value.
 */
const OTHER_PLACE =
  /(?<![a-z])(?:sites?|locations?|offices?|branch(?:es)?|campus|region|datacent(?:er|re)s?|data\scent(?:er|re)s?|dc|other|another|second|2nd|secondary|standby|backup|node|nodes|cluster|lab|test|staging|dr|prod(?:uction)?)(?![a-z])|拠点|別の|別サーバ|他の|ほかの|2台目|二台目|もう(?:1|一)台|支社|支店|事業所|サイト|ノード|検証|本番|待機/i;

/** TMS as the product asked about (not the place, "the TMS server", nor its tool, "TMS Tools"). */
const TMS_WORD = /(?<![a-z])tms(?![a-z])(?!\s?(?:server|box|host|machine|vm|tools?|サーバ|ツール|と同じ))/i;

/**
 * The field that the one question quoted above an inline reply asks for ("> Which TMS version?" above "15.9":
 * 'tms'; "> Which SQL Server version does TMS use…?": 'sql', TMS only naming whose), with the reply's own text:
 * read by the engine as a bare answer to that question, as if we had just asked it. Null when the text is no
 * inline reply, answers more than one question, asks for no version nor level (or for a count), or names no field or several.
 */
export function quotedAsk(text: string): { field: AskedField; answer: string } | null {
  const layers = replyLayers(text);
  if (!layers?.asks || layers.asks.length !== 1) return null;
  const field = askedField(layers.asks[0]);
  return field ? { field, answer: layers[0] } : null;
}

/**
 * Every question quoted above an inline reply that answers two or more ("> Which TMS version?\n15.9\n> Which SQL
 * Server?\n2014 SP2"): each with the field it asks for and the reply's lines under it (up to the next quoted question).
 * A question that asks for no version nor level, or names no field or several, is left out. Empty for one question or none
 * (quotedAsk reads one).
 */
export function quotedAsks(text: string): { field: AskedField; answer: string }[] {
  const layers = replyLayers(text);
  if (!layers?.asks || !layers.answers || layers.asks.length < 2) return [];
  const out: { field: AskedField; answer: string }[] = [];
  layers.asks.slice(0, 6).forEach((q, i) => {
    const field = askedField(q);
    const answer = layers.answers![i]?.trim() ?? '';
    if (field && answer && !out.some((p) => p.field === field)) out.push({ field, answer: answer.slice(0, 200) });
  });
  return out;
}

/** The field one quoted question asks for, or null (see quotedAsk). */
function askedField(ask: string): AskedField | null {
  const q = ask.slice(0, 300);
  if (!ASKS_VALUE.test(q) || ASKS_COUNT.test(q) || OTHER_PLACE.test(q)) return null;
  const named = ASKED_FIELD_WORDS.filter(([re]) => re.test(q)).map(([, f]) => f);
  return named.length === 1 ? named[0] : named.length === 0 && TMS_WORD.test(q) ? 'tms' : null;
}

/** "Sent: <a date>" (or Date:, 送信日時:) under a From: line. */
function isSentLine(line: string): boolean {
  const m = SENT_LINE.exec(line);
  return m !== null && DATE_VALUE.test(line.slice(m[0].length, m[0].length + 80));
}

/**
 * The facts of a reply thread, read by `read` (the extractor). Two readings:
 * - the newest text states facts of its own: each layer is read on its own and merged (mergeLayers);
 * - it states none, or opens as a correction ("Hi team, customer reply below" around a forwarded message,
 *   "sorry, 15.10" under a quoted "> TMS 15.9"): the layers are read as one text, oldest first and the
 *   newest last, so that the newest still wins and a correction continues the quoted topic. Questions,
 *   hypotheses and denials are then taken from the newest text only.
 */
export function readThread(layers: ReplyLayers, read: (text: string) => Extraction): Extraction {
  const top = layers.answered === undefined ? read(layers[0]) : readAnswers(layers[0], layers.answered, read);
  // "Correction to my mail below: the production TMS is still 14.6.2. The 15.13 I mentioned is the new server …" (QA57 #3): the
  // older layers were about another system; their server values are not taken (kept apart as otherSystem, said and asked).
  if (earlierWasLab(layers[0].slice(0, 400))) return withoutOtherSystem(top, layers.slice(1).map(read));
  if (Object.keys(top.facts).length > 0 && !CORRECTION_START.test(layers[0].slice(0, 200))) return mergeLayers([top, ...layers.slice(1).map(read)]);
  return withModesOf(read([...layers].reverse().join('\n')), top);
}

/** The values that belong to one server: another system's are not this case's. */
const SERVER_KEYS = ['tms', 'windows', 'sql', 'sqlLocation', 'sqlOnNode', 'level'] as const;

/** The newest layer's reading, the older layers' without their server values (those kept as otherSystem when the top lacks them). */
function withoutOtherSystem(top: Extraction, older: Extraction[]): Extraction {
  const other: Partial<Facts> = {};
  const stripped = older.map((ex) => {
    const facts: Partial<Facts> = { ...ex.facts };
    for (const k of SERVER_KEYS) {
      if (facts[k] === undefined) continue;
      if (top.facts[k] === undefined && other[k] === undefined) (other as Record<string, unknown>)[k] = facts[k];
      delete facts[k];
    }
    return { ...ex, facts, problems: ex.problems.filter((p) => !(SERVER_KEYS as readonly string[]).includes(p.field)) };
  });
  const out = mergeLayers([top, ...stripped]);
  if (Object.keys(other).length) out.otherSystem = other;
  return out;
}

/** `facts`' reading with the questions, hypotheses and denials of `own` only (what others asked is not the user's). */
function withModesOf(facts: Extraction, own: Extraction): Extraction {
  const out: Extraction = { ...facts };
  delete out.asked;
  delete out.supposed;
  delete out.negated;
  if (own.asked) out.asked = own.asked;
  if (own.supposed) out.supposed = own.supposed;
  if (own.negated) out.negated = own.negated;
  return out;
}

/**
 * The newest text of an inline reply: its facts read with the quoted questions it answers above their answers
 * ("Is this a TMS 14 problem?\nNo, we are on 15.9" is TMS 15.9); its own questions, hypotheses and denials read
 * on it alone (the quoted question is support's, not the user's).
 */
function readAnswers(own: string, answered: string, read: (text: string) => Extraction): Extraction {
  return withModesOf(read(answered), read(own));
}

/**
 * One extraction from the layers' extractions (newest first): the newest layer's, with each fact that
 * it lacks taken from the newest older layer that gives it (with that layer's mixed endpoints and
 * parse problems for it). Questions, hypotheses and denials count only in the newest layer.
 */
export function mergeLayers(exs: Extraction[]): Extraction {
  const [top, ...older] = exs;
  const out: Extraction = { ...top, facts: { ...top.facts }, problems: [...top.problems] };
  const facts = out.facts as Record<string, unknown>;
  for (const ex of older) {
    for (const [k, v] of Object.entries(ex.facts)) {
      if (v === undefined || facts[k] !== undefined) continue;
      facts[k] = v;
      if (k === 'endpoint' && ex.mixedEndpoints) out.mixedEndpoints = ex.mixedEndpoints;
    }
    if (ex.noHttpsSaid && !out.noHttpsDenied) out.noHttpsSaid = true;
  }
  // A problem (alternatives offered, a value not read) from an older layer, for a field still without a value.
  for (const ex of older) {
    for (const p of ex.problems) {
      if ((out.facts as Partial<Facts>)[p.field as keyof Facts] === undefined && !out.problems.some((q) => q.field === p.field)) out.problems.push(p);
    }
  }
  return out;
}
