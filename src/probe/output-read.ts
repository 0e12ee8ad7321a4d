/**
 * Recognises `tms-doctor probe`'s own output when it comes back as text (pasted into the chat, or a saved
 * report read with `evidence`): the single table, the fleet table and summary, the fleet CSV and JSON lines.
 * Its lines are the tool's wording of what TMS would see at each level ("TMS at High (certificate checked):
 * likely fails …", "… at Medium-High (TLS 1.2 enabled on the TMS server) it can."): hypotheses about an
 * endpoint, never the user's level, TLS settings or certificates. Built from output-words.ts (the formatters'
 * own words). Pure, linear, total.
 */
import { CONCLUSION, CSV_HEADER, FLEET_SHORT, FLEET_SUMMARY, FLEET_SUMMARY_JA, FLEET_TABLE_HEAD, FLEET_VERDICT_LABEL, FLEET_VERDICT_LABEL_JA, PROBE_HEADING, PROTOCOL_LABEL, RESULT_WORD, TABLE_HEAD, TMS_AT } from './output-words';
import type { Tri } from './types';
import { PROBE_CARD_WORDS } from './card-words';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]) => xs.map(esc).join('|');

const PROTOCOLS = Object.values(PROTOCOL_LABEL);
const RESULTS = Object.values(RESULT_WORD);
const VERDICT_KEYS = Object.keys(FLEET_SHORT);

/** Cheap word test: every probe-output line holds one of these. */
const CHEAP = /TMS at |TLS 1\.|SSL 3\.0|Probe of|Protocol|-{9}|LINE|line,target,|Fleet: |フリート[：:]|応答なし|TLS ではない|調べていない|MEDIUM FAILS|medium ok|NO TMS LEVEL|not TLS|no answer|no clear TLS|unclear|not probed|"target":|(?:^|\n)\d{1,7},|\{"target"/;
/** Cheap test for a whole probe output (a heading, the fleet table's or CSV's head, a JSON line). */
const WHOLE = /Probe of |\{"target"|(?:^|\n)\s{0,8}LINE\s|(?:^|\n)line,target,|(?:^|\n)\s{0,8}"target":\s?"|(?:^|\n)\s{0,8}(?:Fleet: \d{1,7} targets?, |フリート[：:]対象 \d{1,7} 件)/;

const HEADING = new RegExp(`^\\s{0,8}${esc(PROBE_HEADING)}(\\S{1,300}?)(?:\\s\\([^)\\n]{1,100}\\))?\\s—\\s\\d{1,9}\\sms\\s*$`);
const TMS_LINE = new RegExp(`^\\s{0,8}(?:${alt(Object.values(TMS_AT))})(?:\\s|$)`);
const CONCLUSIONS = Object.values(CONCLUSION);
const TABLE_HEAD_RE = new RegExp(`^\\s{0,8}${TABLE_HEAD.map(esc).join('\\s{2,}')}\\s*$`);
const DASHES = /^\s{0,8}-{9}\s{2}-{9}\s{2}-{10,}\s*$/;
const PROTOCOL_ROW = new RegExp(`^\\s{0,8}(${alt(PROTOCOLS)})\\s{2,}(${alt(RESULTS)})(?:\\s{2,}\\S.{0,300})?\\s*$`);
const CERT_BLOCK = /^\s{0,8}(?:Certificate:\s*$|(?:Subject|SANs|Issuer|Valid|Key|SHA-256):\s{2,}\S)/;
const FLEET_HEAD_RE = new RegExp(`^\\s{0,8}${FLEET_TABLE_HEAD.map(esc).join('\\s{1,40}')}\\s`);
const MARK = '(yes|no|\\?|-)';
const FLEET_ROW = new RegExp(`^\\s{0,8}\\d{1,7}\\s{1,40}(\\S{1,300})\\s.{0,120}?\\s(${alt(Object.values(FLEET_SHORT))})\\s{1,20}${MARK}\\s{1,8}${MARK}\\s{1,8}${MARK}\\s{1,8}${MARK}(?:\\s|$)`);
// (The summary in English or, with `probe --lang ja`, Japanese; its Japanese also as the readers see it after NFKC, which
// turns its full-width colon, parentheses and wave dash into ASCII.)
const withNfkc = (xs: readonly string[]): string[] => [...new Set(xs.flatMap((x) => [x, x.normalize('NFKC')]))];
const FLEET_COUNT = new RegExp(`^\\s{1,12}\\d{1,7}\\s{2}(?:${alt(withNfkc([...Object.values(FLEET_VERDICT_LABEL), ...Object.values(FLEET_VERDICT_LABEL_JA)]))})`);
const FLEET_LINE = new RegExp(`^\\s{0,8}(?:${esc(FLEET_SUMMARY.head)}\\d{1,7}\\starget|${esc(FLEET_SUMMARY.mediumCannotReachStart)}\\d|(?:${alt(withNfkc([FLEET_SUMMARY_JA.head]))})対象 \\d{1,7} 件)`);
/** The fleet summary's first line ("Fleet: 3 targets, 3 probed in …", 「フリート：対象 3 件、…」): the summary copied without the table starts here. */
const FLEET_SUMMARY_HEAD = new RegExp(`^\\s{0,8}(?:${esc(FLEET_SUMMARY.head)}\\d{1,7}\\stargets?, \\d{1,7} probed in |(?:${alt(withNfkc([FLEET_SUMMARY_JA.head]))})対象 \\d{1,7} 件、うち \\d{1,7} 件を )`);
const CSV_HEAD_LINE = CSV_HEADER.join(',');
const CSV_ROW = new RegExp(`^\\d{1,7},.{0,2000},(?:${alt(VERDICT_KEYS)}),`);
const JSON_ROW = new RegExp(`^\\s{0,8}\\{"target":".{0,2000}"verdict":"(?:${alt(VERDICT_KEYS)})"`);

// The Slack card's lines (card-words.ts), EN and JA: its table rows, title, certificate line, the one-line brief and its
// fixed sentences. Parametric words are found by calling the card's own functions with marker characters.
const CW = [PROBE_CARD_WORDS.en, PROBE_CARD_WORDS.ja];
const M1 = '\u0001';
const M2 = '\u0002';
/** A card text with markers, as a regex source: markers replaced by the patterns given. */
const shape = (text: string, holes: [string, string][]): string => holes.reduce((r, [m, p]) => r.split(m).join(p), esc(text));
const TARGET = '\\S{1,300}?';
const TRIS = CW.flatMap((w) => [w.accepted, w.refused, w.unknown]);
const CARD_ROW = new RegExp(
  `^(?:${alt([...PROTOCOLS, ...CW.flatMap((w) => [w.tmsMedium, w.tmsMediumHigh])])})\\s{2,}[✓✗–]\\s(?:${alt([...TRIS, ...CW.flatMap((w) => [w.connects, w.cannot])])})$`,
);
const CARD_WHOLE = new RegExp(
  `^(?:${CW.flatMap((w) => [w.title(M1), w.briefUnreachable(M1), w.briefNotTls(M1), w.took(111111, M1, 222222)])
    .map((x) => shape(x, [[M1, TARGET], ['111111', '\\d{1,9}'], ['222222', '\\d{1,5}']]))
    .join('|')})$`,
);
/** Heads after which only fixed card sentences follow: the brief's "Probe of X: ", the certificate line. */
const CARD_HEAD = new RegExp(
  `^(?:${[
    ...CW.map((w) => w.brief(M1, M2).split(M2)[0]),
    ...CW.flatMap((w) => [false, true].flatMap((self) => [false, true].map((expired) => w.cert(M1, M2, self, expired)))),
  ]
    .map((x) => shape(x, [[M1, '.{1,300}?'], [M2, '\\d{4}-\\d{2}-\\d{2}']]))
    .join('|')})`,
);
const CARD_PROTOCOLS = new RegExp(`^(?:${CW.map((w) => shape(w.briefProtocols(M1, M2), [[M1, `(?:${alt(TRIS)})`], [M2, `(?:${alt(TRIS)})`]])).join('|')})`);
/**
 * The card's long fixed sentences (the levels' what-ifs with their "Medium"/"Medium-High" wording, the certificate at
 * High): the card's own marks, recognised on their own.
 */
const CARD_LONG: string[] = CW.flatMap((w) => [...Object.values(w.medium), ...Object.values(w.mediumHigh), w.certAtHigh(true), w.certAtHigh(false)]).filter(
  (x) => x.length > 0,
);
/**
 * The brief's short parts ("TMS at Medium cannot connect.", 「Medium の TMS は接続できません。」, "Medium-High can."): plain
 * sentences a user says too (QA45 R2), card text only after the brief's "Probe of X: " head or among the card's lines.
 */
const CARD_SHORT: string[] = CW.flatMap((w) => [...Object.values(w.briefMedium), ...Object.values(w.briefHigh), w.briefCert(true), w.briefCert(false)]).filter(
  (x) => x.length > 0,
);
/** The card's fixed sentences, longest first. */
const CARD_FIXED: string[] = [...CARD_LONG, ...CARD_SHORT].sort((x, y) => y.length - x.length);
const LONG_SET = new Set(CARD_LONG);
/** The long sentences that speak of a level or a certificate: blanked where a user's own line quotes them. */
const CARD_QUOTABLE = CARD_LONG.filter((x) => /TMS|High|証明書/.test(x)).sort((x, y) => y.length - x.length);
const CARD_CHEAP = /TMS|TLS|SSL 3\.0|[✓✗–]\s|Certificate: |証明書：|プローブ|Probe of |\d\sms\s*$/;
/** A template's longest fixed part (between its markers): text every line rendered from it holds. */
const fixedPart = (text: string, markers: string[]): string =>
  markers.reduce((parts, m) => parts.flatMap((x) => x.split(m)), [text]).reduce((a, b) => (b.length > a.length ? b : a), '');
/**
 * The card's own marks, one of which every card line holds: a table row's mark, the fixed parts of the title, briefs, timing
 * and certificate lines, the start of each fixed sentence. CARD_CHEAP alone passes any line naming TMS or TLS (most messages);
 * the readers below run only where both pass (CARD_CHEAP still decides, as before, what a mark alone would not).
 */
const CARD_MARKS = new RegExp(
  [
    '[✓✗–]\\s',
    '\\d\\sms',
    ...[
      ...CW.flatMap((w) => [w.title(M1), w.briefUnreachable(M1), w.briefNotTls(M1), w.took(111111, M1, 222222), w.brief(M1, M2).split(M2)[0]]).map((x) =>
        fixedPart(x, [M1, M2, '111111', '222222']),
      ),
      ...CW.flatMap((w) => [false, true].flatMap((self) => [false, true].map((expired) => fixedPart(w.cert(M1, M2, self, expired), [M1, M2])))),
      ...CARD_FIXED.map((x) => x.slice(0, 16)),
    ]
      .filter((x) => x.trim().length > 0)
      .map(esc),
  ].join('|'),
);
/** Can this line (or text) hold one of the card's lines or sentences? (Exported for its test.) */
export function mayHoldCardText(text: string): boolean {
  return CARD_CHEAP.test(text) && CARD_MARKS.test(text);
}
/** Slack's decorations of a copied line: a quote mark, a bullet, the warning sign, bold or italic marks. */
const DECOR = /^\s{0,8}(?:(?:&gt;|>|•|:warning:|⚠️?|\*|_)\s?){0,4}|(?:\s?[*_])+\s*$/g;

/**
 * Is the rest of a line nothing but the card's fixed sentences (and the brief's protocols part)? 0: no; 1: only the
 * brief's short parts; 2: with at least one of the long sentences.
 */
function cardSentences(rest: string): 0 | 1 | 2 {
  let r = rest.trim();
  let n = 0;
  let long = false;
  while (r.length > 0) {
    const p = CARD_PROTOCOLS.exec(r);
    const f = p ? p[0] : CARD_FIXED.find((x) => r.startsWith(x));
    if (!f) return 0;
    if (LONG_SET.has(f)) long = true;
    r = r.slice(f.length).trimStart();
    if (++n > 12) return 0;
  }
  return n === 0 ? 0 : long ? 2 : 1;
}

const CARD_TITLES = new Set<string>(CW.map((w) => w.refusedTitle));
/** The card's warning title alone ("TLS 1.0 refused"): a card line only among others (alone, a user may say it). */
export function isProbeCardTitle(line: string): boolean {
  return line.length < 80 && CARD_TITLES.has(line.replace(DECOR, '').trim());
}

/** Is this line one of the Slack probe card's lines (EN or JA), copied back? */
export function isProbeCardLine(line: string): boolean {
  const l0 = line.length > 2000 ? line.slice(0, 2000) : line;
  if (!mayHoldCardText(l0)) return false;
  const l = l0.replace(DECOR, '').trim();
  if (l === '') return false;
  if (CARD_ROW.test(l) || CARD_WHOLE.test(l)) return true;
  const head = CARD_HEAD.exec(l);
  if (head) return l.length === head[0].length || cardSentences(l.slice(head[0].length)) > 0;
  // Without the brief's head, only a line with one of the card's long sentences: "TMS at Medium cannot connect." alone is
  // the user's own statement (QA45 R2).
  return CARD_FIXED.some((x) => l.startsWith(x)) && cardSentences(l) === 2;
}

/** A line of nothing but the brief's short parts ("TMS at Medium cannot connect. Medium-High can."): card text only among the card's other lines. */
export function isProbeCardShortLine(line: string): boolean {
  if (line.length > 400 || !mayHoldCardText(line)) return false;
  const l = line.replace(DECOR, '').trim();
  return CARD_SHORT.some((x) => l.startsWith(x)) && cardSentences(l) === 1;
}

/** Is this line one of the probe's own output lines (the what-if levels, the verdict, a table row; or a Slack card's line)? */
export function isProbeOutputLine(line: string): boolean {
  if (isProbeCardLine(line)) return true;
  const l = line.length > 4000 ? line.slice(0, 4000) : line;
  if (!CHEAP.test(l)) return false;
  const t = l.trim();
  return (
    TMS_LINE.test(l) ||
    CONCLUSIONS.some((c) => t.startsWith(c)) ||
    HEADING.test(l) ||
    TABLE_HEAD_RE.test(l) ||
    DASHES.test(l) ||
    PROTOCOL_ROW.test(l) ||
    FLEET_HEAD_RE.test(l) ||
    FLEET_ROW.test(l) ||
    FLEET_COUNT.test(l) ||
    FLEET_LINE.test(l) ||
    t === CSV_HEAD_LINE ||
    CSV_ROW.test(l) ||
    JSON_ROW.test(l)
  );
}

/** The fleet's `--json` summary line. */
const JSON_SUMMARY = /^\s{0,8}\{"summary":\{"total":\d/;
/** The single probe's pretty-printed JSON (`probe HOST --json`): its opening brace (Slack's ``` glued or not), its first key. */
const JSON_OPEN = /^(\s{0,8})(?:```)?\{\s*$/;
const JSON_TARGET = /^\s{0,12}"target":\s?"/;

interface SingleJson {
  from: number;
  to: number;
  o: { target: string; reachable?: unknown; tls?: unknown; protocols: Record<string, unknown>; error?: unknown };
}

/** The single probe's JSON objects in the lines (the ProbeResult shape: target, protocols, tms), at most 20 of them. */
function singleJsonObjects(lines: readonly string[]): SingleJson[] {
  const out: SingleJson[] = [];
  for (let i = 0; i < lines.length && out.length < 20; i++) {
    const open = JSON_OPEN.exec(lines[i]);
    if (!open || i + 1 >= lines.length || !JSON_TARGET.test(lines[i + 1])) continue;
    const close = new RegExp(`^${open[1]}\\}(?:\`\`\`)?\\s*$`);
    let j = i + 1;
    while (j < lines.length && j - i < 200 && !close.test(lines[j])) j++;
    if (j >= lines.length || !close.test(lines[j])) continue;
    try {
      const o = JSON.parse(['{', ...lines.slice(i + 1, j), '}'].join('\n')) as Record<string, unknown>;
      const p = o.protocols;
      if (typeof o.target === 'string' && p && typeof p === 'object' && o.tms && typeof o.tms === 'object') {
        out.push({ from: i, to: j, o: o as unknown as SingleJson['o'] });
        i = j;
      }
    } catch {
      /* not JSON: not the probe's */
    }
  }
  return out;
}

/** A single table's line after its heading: the note, the table, the levels, the certificate, the HTTP check. */
function singleTableLine(l: string): boolean {
  return (
    l.trim() === '' ||
    /^\s{0,8}Note: /.test(l) ||
    TABLE_HEAD_RE.test(l) ||
    DASHES.test(l) ||
    PROTOCOL_ROW.test(l) ||
    TMS_LINE.test(l) ||
    CERT_BLOCK.test(l) ||
    /^\s{0,8}HTTP \(port \d{1,5}\): /.test(l)
  );
}

/** A single table's last sentence: a fixed conclusion, or one naming the target. */
function singleConclusion(l: string, target: string): boolean {
  const t = l.trim();
  return CONCLUSIONS.some((c) => t.startsWith(c)) || t.startsWith(`${target} `) || t.startsWith(`No clear answer from ${target}`);
}

/** A line of the fleet table's rows or of the summary after it (its counts, lists of systems, section heads ending in ":"). */
function fleetReportLine(l: string): boolean {
  return (
    l.trim() === '' ||
    /^\s{1,12}\S/.test(l) ||
    FLEET_ROW.test(l) ||
    /^(?:Columns read: |読み取った列[：:])/.test(l) ||
    FLEET_LINE.test(l) ||
    /^\d{1,7}\s.{0,800}[:：]\s*$/.test(l) ||
    /^(?:The (?:job's deadline stopped|list is longer than)|調査の期限に達したため|リストが \d{1,9} 件を超えているため)/.test(l)
  );
}

/**
 * Which lines belong to a whole probe report (QA55 #1): the single table from its heading to its conclusion, the fleet table
 * from its head to the end of its summary, the JSON lines and their summary, the single JSON object. Every cell of such a
 * report (a system's name, its stated release, "answers in plain HTTP") is the tool's, never the user's words.
 */
function probeReportLines(lines: readonly string[]): boolean[] | null {
  let marks: boolean[] | null = null;
  const mark = (i: number) => {
    marks ??= new Array<boolean>(lines.length).fill(false);
    marks[i] = true;
  };
  for (const j of singleJsonObjects(lines)) for (let i = j.from; i <= j.to; i++) mark(i);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (JSON_ROW.test(l) || JSON_SUMMARY.test(l)) {
      mark(i);
      continue;
    }
    const h = HEADING.exec(l);
    if (h) {
      mark(i);
      let j = i + 1;
      for (; j < lines.length; j++) {
        if (singleTableLine(lines[j])) mark(j);
        else {
          if (singleConclusion(lines[j], h[1])) mark(j);
          break;
        }
      }
      i = j;
      continue;
    }
    if (FLEET_HEAD_RE.test(l) || FLEET_SUMMARY_HEAD.test(l)) {
      mark(i);
      let j = i + 1;
      for (; j < lines.length && fleetReportLine(lines[j]); j++) mark(j);
      i = j - 1;
    }
  }
  return marks;
}

/** The text with the probe's output lines blanked (kept as empty lines); a certificate block only after another probe line. */
export function maskProbeOutput(text: string): string {
  if (!CHEAP.test(text) && !mayHoldCardText(text)) return text;
  let seen = false;
  let changed = false;
  const all = text.split('\n');
  // A whole report pasted (QA55 #1): every line of it, its names, stated releases and notes included.
  // (Slack's ``` glued to the first or last line of the paste: not part of the report's lines.)
  const fenced = text.includes('```');
  const report = WHOLE.test((fenced ? text.slice(0, 65536).replace(/```/g, '\n') : text.slice(0, 65536))) ? probeReportLines(all.map((l) => (fenced ? l.replace(/```/g, '') : l).replace(/\r$/, ''))) : null;
  if (report) {
    for (let i = 0; i < all.length; i++) if (report[i]) all[i] = '';
    changed = true;
  }
  // The brief's short parts alone on a line are card text only with the card's other lines in the same paste.
  const card = all.some((l) => isProbeCardLine(l));
  const lines = all.map((l) => {
    if (isProbeOutputLine(l) || (seen && CERT_BLOCK.test(l)) || (card && isProbeCardShortLine(l))) {
      seen = changed = true;
      return '';
    }
    // Quoted inside the user's own line ("the probe said: TLS 1.0 refused: … it can."): that span only.
    const span = quotedSpan(l);
    if (span) {
      changed = true;
      return l.slice(0, span[0]) + ' '.repeat(span[1] - span[0]) + l.slice(span[1]);
    }
    return l;
  });
  return changed ? lines.join('\n') : text;
}

const TMS_AT_LABELS = Object.values(TMS_AT);

/** Where a conclusion sentence, or a "TMS at <level> (…):" line to its end, sits inside a longer line; null when none. */
function quotedSpan(l: string): [number, number] | null {
  // A Slack card's sentence about a level or a certificate quoted in the user's line ("the bot said TMS at "Medium-High"
  // (TLS 1.2) would connect to it"): that sentence only.
  if (l.includes('TMS') || l.includes('証明書')) {
    for (const c of CARD_QUOTABLE) {
      const at = l.indexOf(c);
      if (at >= 0) return [at, at + c.length];
    }
  }
  if (!l.includes('TMS at ')) return null;
  for (const c of CONCLUSIONS) {
    const at = l.indexOf(c);
    if (at >= 0) return [at, at + c.length];
  }
  for (const label of TMS_AT_LABELS) {
    const at = l.indexOf(label);
    if (at >= 0) return [at, l.length];
  }
  return null;
}

export type ProbeOutputFormat = 'single' | 'single-json' | 'fleet-table' | 'fleet-csv' | 'fleet-json';

export interface ProbeOutputTarget {
  target: string;
  tls10: Tri;
  tls12: Tri;
  /** What TLS 1.3 did (null: not shown or no clear answer): where 1.0 to 1.2 all failed, it says what to check next. */
  tls13: Tri;
  /** The fleet verdict (FLEET_SHORT's key), or for a single table the one its TLS 1.0/1.2 answers give. */
  verdict: string;
}

export interface ProbeOutputReading {
  format: ProbeOutputFormat;
  targets: ProbeOutputTarget[];
}

function tri(s: string | undefined): Tri {
  if (!s) return null;
  const w = s.toLowerCase();
  return w === 'yes' || w === 'accepted' || w === 'true' ? true : w === 'no' || w === 'refused' || w === 'false' ? false : null;
}

/** A single probe's verdict from its rows, as the fleet's (fleet.ts verdictOf): no level only with TLS 1.1 not accepted either. */
function verdictOf(t10: Tri, t12: Tri, t11: Tri = null): string {
  return t10 === true ? 'medium-ok' : t10 === false ? (t12 === true ? 'medium-fails' : t12 === false ? (t11 === true ? 'unclear' : 'no-level') : 'unclear') : 'unclear';
}

/** One CSV line's cells (RFC 4180 quoting). */
function csvCells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    }
    else cur += c;
  }
  out.push(cur);
  return out;
}

const FLEET_SHORT_KEY = new Map(Object.entries(FLEET_SHORT).map(([k, v]) => [v, k]));
const LIMIT = 5000;

/** The probe's own output read back: which format, and per target what it says of TLS 1.0 and 1.2. Null: not probe output. */
export function readProbeOutput(text: string): ProbeOutputReading | null {
  if (typeof text !== 'string' || !WHOLE.test(text.slice(0, 65536))) return null;
  const lines = text.replace(/\r/g, '').split('\n', LIMIT);
  const csvAt = lines.findIndex((l) => l.trim() === CSV_HEAD_LINE);
  if (csvAt >= 0) {
    const idx = (k: string) => CSV_HEADER.indexOf(k);
    const targets: ProbeOutputTarget[] = [];
    for (const l of lines.slice(csvAt + 1)) {
      if (!l.trim()) continue;
      const c = csvCells(l);
      if (c.length < CSV_HEADER.length) continue;
      const t10 = tri(c[idx('tls1.0')]);
      const t12 = tri(c[idx('tls1.2')]);
      targets.push({ target: c[idx('target')], tls10: t10, tls12: t12, tls13: tri(c[idx('tls1.3')]), verdict: c[idx('verdict')] });
    }
    return { format: 'fleet-csv', targets };
  }
  if (lines.some((l) => JSON_ROW.test(l))) {
    const targets: ProbeOutputTarget[] = [];
    for (const l of lines) {
      if (!JSON_ROW.test(l)) continue;
      try {
        const o = JSON.parse(l) as { target?: unknown; verdict?: unknown; protocols?: Record<string, unknown> };
        const p = o.protocols ?? {};
        const t = (v: unknown): Tri => (v === true ? true : v === false ? false : null);
        targets.push({ target: String(o.target), tls10: t(p['tls1.0']), tls12: t(p['tls1.2']), tls13: t(p['tls1.3']), verdict: String(o.verdict) });
      } catch {
        /* a cut line: skipped */
      }
    }
    if (targets.length) return { format: 'fleet-json', targets };
  }
  // The single probe's `--json` object, pretty-printed (QA55 #4): read from its fields, like the fleet's JSON lines.
  const objects = /(?:^|\n)\s{0,12}"target":\s?"/.test(text.slice(0, 65536)) ? singleJsonObjects(lines) : [];
  if (objects.length) {
    const t = (v: unknown): Tri => (v === true ? true : v === false ? false : null);
    return {
      format: 'single-json',
      targets: objects.map(({ o }) => {
        const t10 = t(o.protocols['tls1.0']);
        const t12 = t(o.protocols['tls1.2']);
        const verdict = o.reachable === false ? 'unreachable' : o.tls === false ? 'not-tls' : verdictOf(t10, t12, t(o.protocols['tls1.1']));
        return { target: o.target, tls10: t10, tls12: t12, tls13: t(o.protocols['tls1.3']), verdict };
      }),
    };
  }
  if (lines.some((l) => FLEET_HEAD_RE.test(l))) {
    const targets: ProbeOutputTarget[] = [];
    for (const l of lines) {
      const m = FLEET_ROW.exec(l);
      if (!m) continue;
      targets.push({ target: m[1], tls10: tri(m[3]), tls12: tri(m[5]), tls13: tri(m[6]), verdict: FLEET_SHORT_KEY.get(m[2] as never) ?? 'unclear' });
    }
    return { format: 'fleet-table', targets };
  }
  const targets: ProbeOutputTarget[] = [];
  let cur: ProbeOutputTarget | null = null;
  let t11: Tri = null;
  let sure = false;
  for (const l of lines) {
    const h = HEADING.exec(l);
    if (h) {
      cur = { target: h[1], tls10: null, tls12: null, tls13: null, verdict: 'unclear' };
      targets.push(cur);
      t11 = null;
      continue;
    }
    if (TMS_LINE.test(l) || CONCLUSIONS.some((c) => l.trim().startsWith(c))) sure = true;
    // "Note: not TLS: …" / "Note: port closed: …" (the probe's error, stable prefixes): no TLS answer to read (QA55 #2).
    const note = cur && /^\s{0,8}Note: (not TLS|port closed|host silent):/.exec(l);
    if (note && cur) {
      cur.verdict = note[1] === 'not TLS' ? 'not-tls' : 'unreachable';
      cur.tls10 = cur.tls12 = cur.tls13 = null;
      continue;
    }
    const r = PROTOCOL_ROW.exec(l);
    if (!r || !cur) continue;
    if (r[1] === PROTOCOL_LABEL['tls1.0']) cur.tls10 = tri(r[2]);
    if (r[1] === PROTOCOL_LABEL['tls1.2']) cur.tls12 = tri(r[2]);
    if (r[1] === PROTOCOL_LABEL['tls1.1']) t11 = tri(r[2]);
    if (r[1] === PROTOCOL_LABEL['tls1.3']) cur.tls13 = tri(r[2]);
    if (cur.verdict !== 'not-tls' && cur.verdict !== 'unreachable') cur.verdict = verdictOf(cur.tls10, cur.tls12, t11);
  }
  return targets.length && sure ? { format: 'single', targets } : null;
}
