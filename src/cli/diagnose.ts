/**
 * `tms-doctor diagnose`: one-shot diagnosis from options and/or free text.
 * Invalid input (a garbage version, an unknown option, a bad --lang, an unreadable probe file)
 * → exit status 2 and a message that names the bad value. `--json` prints exactly one object:
 * {"affected","findings","questions","facts"}.
 */
import { readFile } from 'node:fs/promises';
import type { CliIO, Command } from './io';
import type { EndpointVersion, Facts, Lang, ParseResult } from '../domain/types';
import type { ProbeResult, ProtocolKey } from '../probe/types';
import { detectLang, extractFacts } from '../domain/extract';
import { parseEndpoint, parseLevel, parseSql, parseTms, parseWindows } from '../domain/versions';
import { composeDiagnosis, echo, MAX_MESSAGE } from '../conversation/engine';
import { firstChars } from '../conversation/guards';
import { offeredAlternatives } from '../domain/understand/alternatives';
import { summaryReply } from '../conversation/summary';
import { diagnosisJson } from '../conversation/json';
import { renderReply } from '../console/render';
import { wantsColor } from '../console/chat';
import { TEXTS } from '../conversation/texts';
import { mixedEndpointsNote } from '../conversation/mixed-note';
import { addReading, type EvidenceSummary } from '../evidence/types';

const HELP = `Usage: tms-doctor diagnose [options] [free text]

Diagnose "No HTTPS response" in TMS from the versions you know. Words that are not options are
read as free text, like --text.

Options:
  --tms V          TMS version, e.g. 15.2.1 or 14.6.2
  --endpoint V     endpoint software, e.g. TC7.3.6, CE 9.15.3, RoomOS 11
  --sql V          SQL Server used by TMS, e.g. "2008 R2", "2012 SP1", 11.0.2100
  --windows V      Windows Server of the TMS server, e.g. "2012 R2"
  --level L        TMS Communication Security: low, medium, medium-high, high
  --sql-remote     SQL Server runs on another server (the SQL caveats do not apply)
  --http           TMS manages the endpoint over HTTP, not HTTPS
  --text "..."     free text (English or Japanese); options above take precedence
  --probe FILE     a probe result (the output of \`tms-doctor probe --json\`)
  --evidence FILE  a capture, .reg export, event log or command output (repeatable; see
                   \`tms-doctor evidence --help\`); the JSON gains "evidence"
  --lang en|ja     language of the answer (default: the language of --text, else en)
  --json           print {"affected","findings","questions","facts"} as one JSON object
  --summary        print only the short form (verdict, cause, next action, facts, caveats): what the
                   Slack card shows
  -h, --help       this help

Exit status: 0 = diagnosis printed, 2 = invalid input.
`;

const MAX_PROBE_FILE = 1_000_000;
const OPTION_FIELD: Record<string, 'tms' | 'endpoint' | 'sql' | 'windows' | undefined> = { '--tms': 'tms', '--endpoint': 'endpoint', '--sql': 'sql', '--windows': 'windows' };
const PROTOCOLS: ProtocolKey[] = ['ssl3', 'tls1.0', 'tls1.1', 'tls1.2', 'tls1.3'];

type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

/** Check a probe result read from JSON (the shape of src/probe/types.ts). */
export function validateProbe(value: unknown): { ok: true; value: ProbeResult } | { ok: false; reason: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'it is not a JSON object' };
  const v = value as Record<string, unknown>;
  if (typeof v.target !== 'string') return { ok: false, reason: '"target" must be a string' };
  if (typeof v.port !== 'number' || !Number.isInteger(v.port) || v.port < 0 || v.port > 65535) return { ok: false, reason: '"port" must be a port number' };
  if (typeof v.reachable !== 'boolean') return { ok: false, reason: '"reachable" must be true or false' };
  if (!(v.tls === null || typeof v.tls === 'boolean')) return { ok: false, reason: '"tls" must be true, false or null' };
  if (!v.protocols || typeof v.protocols !== 'object' || Array.isArray(v.protocols)) return { ok: false, reason: '"protocols" must be an object' };
  const p = v.protocols as Record<string, unknown>;
  for (const k of PROTOCOLS) {
    if (!(k in p)) return { ok: false, reason: `"protocols" lacks "${k}"` };
    if (!(p[k] === null || typeof p[k] === 'boolean')) return { ok: false, reason: `"protocols.${k}" must be true, false or null` };
  }
  if (v.error !== undefined && v.error !== null && typeof v.error !== 'string') return { ok: false, reason: '"error" must be a string or null' };
  const tms = v.tms as Record<string, unknown> | undefined;
  const tri = (x: unknown) => x === null || typeof x === 'boolean';
  const out: ProbeResult = {
    target: v.target,
    address: typeof v.address === 'string' ? v.address : null,
    port: v.port,
    reachable: v.reachable,
    tls: (v.tls as boolean | null) ?? null,
    protocols: Object.fromEntries(PROTOCOLS.map((k) => [k, p[k] as boolean | null])) as ProbeResult['protocols'],
    tms: { medium: tms && tri(tms.medium) ? (tms.medium as boolean | null) : null, mediumHigh: tms && tri(tms.mediumHigh) ? (tms.mediumHigh as boolean | null) : null },
    certificate: (v.certificate && typeof v.certificate === 'object' ? v.certificate : null) as ProbeResult['certificate'],
    error: typeof v.error === 'string' ? v.error : null,
    durationMs: typeof v.durationMs === 'number' ? v.durationMs : 0,
  };
  return { ok: true, value: out };
}

async function readProbe(file: string): Promise<{ ok: true; value: ProbeResult } | { ok: false; reason: string }> {
  let text: string;
  try {
    const buf = await readFile(file);
    if (buf.length > MAX_PROBE_FILE) return { ok: false, reason: `the file is larger than ${MAX_PROBE_FILE} bytes` };
    text = buf.toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : `cannot read it (${code ?? (err as Error).message})` };
  }
  let parsed: Parsed;
  try {
    parsed = { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (err) {
    parsed = { ok: false, reason: `it is not valid JSON (${(err as Error).message.slice(0, 120)})` };
  }
  if (!parsed.ok) return parsed;
  return validateProbe(parsed.value);
}

const VALUE_FLAGS = ['--tms', '--endpoint', '--sql', '--windows', '--level', '--text', '--probe', '--lang'] as const;
const BOOL_FLAGS = ['--sql-remote', '--http', '--json', '--summary', '--help', '-h'] as const;

export interface FactArgs {
  facts: Facts;
  lang: Lang;
  /** Notes on what was read (values it could not use, mixed endpoints). */
  notes: string[];
  values: Record<string, string>;
  bools: Set<string>;
  /** One JSON entry per --evidence file (the shape of `tms-doctor evidence --json`); empty without. */
  evidence: Record<string, unknown>[];
}

/**
 * The fact options shared by `diagnose` and `fix-kit` (--tms, --endpoint, --sql, --windows, --level,
 * --sql-remote, --http, --text, --probe, --lang, bare words), plus the command's own flags.
 * On a bad value it writes the message and returns the exit code (2; 0 after --help).
 */
export async function readFactArgs(
  argv: string[],
  io: CliIO,
  cmd: { name: string; help: string; valueFlags?: readonly string[]; boolFlags?: readonly string[] },
): Promise<{ ok: true; args: FactArgs } | { ok: false; code: number }> {
  const valueFlags: readonly string[] = [...VALUE_FLAGS, ...(cmd.valueFlags ?? [])];
  const boolFlags: readonly string[] = [...BOOL_FLAGS, ...(cmd.boolFlags ?? [])];
  const values: Record<string, string> = {};
  const bools = new Set<string>();
  const words: string[] = [];
  const evidenceFiles: string[] = [];
  const bad = (msg: string) => {
    io.stderr.write(`tms-doctor ${cmd.name}: ${msg}\n`);
    return { ok: false as const, code: 2 };
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (flag === '--evidence') {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) return bad('--evidence needs a file (see --help).');
      if (evidenceFiles.length >= 20) return bad('at most 20 --evidence files.');
      evidenceFiles.push(v);
    } else if (valueFlags.includes(flag)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) return bad(`${flag} needs a value (see --help).`);
      values[flag] = v;
    } else if (boolFlags.includes(flag) && eq < 0) {
      bools.add(flag);
    } else if (!a.startsWith('-') || a === '-') {
      words.push(a); // bare words are free text: `tms-doctor diagnose TMS 15.2.1 with CE 9.15`
    } else {
      return bad(`unknown option ${JSON.stringify(echo(a, 60))} (see --help).`);
    }
  }
  if (bools.has('--help') || bools.has('-h')) {
    io.stdout.write(cmd.help);
    return { ok: false, code: 0 };
  }
  if (values['--lang'] !== undefined && values['--lang'] !== 'en' && values['--lang'] !== 'ja') {
    return bad(`--lang must be "en" or "ja", not ${JSON.stringify(echo(values['--lang'], 40))}.`);
  }
  const given = values['--text'] !== undefined || words.length ? [...words, values['--text'] ?? ''].join(' ').trim() : undefined;
  // As in the chat: the first MAX_MESSAGE characters are read, and the note says the rest was not.
  const text = given === undefined ? undefined : firstChars(given, MAX_MESSAGE);
  const lang: Lang = (values['--lang'] as Lang | undefined) ?? (text ? detectLang(text) : 'en');

  const facts: Facts = {};
  const notes: string[] = [];
  if (given !== undefined && text !== undefined && given.length > text.length) notes.push(TEXTS[lang].readFirst(given.length, text.length));
  if (text !== undefined) {
    const ex = extractFacts(text);
    Object.assign(facts, ex.facts);
    for (const p of ex.problems) notes.push(p.message[lang]);
    if (ex.mixedEndpoints) notes.push(mixedEndpointsNote(ex.mixedEndpoints, ex.facts.endpointGroups, lang));
  }
  // "--endpoint 'TC7.3.3 to TC7.3.21'": several versions, answered for the ones that refuse TLS 1.0.
  const parseEndpointOption = (v: string): ParseResult<EndpointVersion> => {
    const ex = extractFacts(v);
    if (ex.mixedEndpoints && ex.facts.endpoint) {
      notes.push(mixedEndpointsNote(ex.mixedEndpoints, ex.facts.endpointGroups, lang));
      return { ok: true, value: ex.facts.endpoint };
    }
    return parseEndpoint(v);
  };
  const take = <T>(flag: string, v: string | undefined, parse: (s: string) => ParseResult<T>, set: (x: T) => void): string | null => {
    if (v === undefined) return null;
    // "--endpoint 'TC 7.3.3 or CE 9.15'", "--tms '14 or 15'": two possible values whose answer differs are no value.
    const field = OPTION_FIELD[flag];
    const alt = field ? offeredAlternatives(field, v.trim()) : null;
    if (alt?.problem) return `${flag} ${JSON.stringify(echo(v, 60))}: ${alt.problem.message.en}`;
    const r = parse(v);
    if (r.ok) {
      set(r.value);
      return null;
    }
    return `${flag} ${JSON.stringify(echo(v, 60))}: ${r.problem.message.en}`;
  };
  const errors = [
    take('--tms', values['--tms'], parseTms, (x) => (facts.tms = x)),
    take('--endpoint', values['--endpoint'], parseEndpointOption, (x) => (facts.endpoint = x)),
    take('--sql', values['--sql'], parseSql, (x) => (facts.sql = x)),
    take('--windows', values['--windows'], parseWindows, (x) => (facts.windows = x)),
    take('--level', values['--level'], parseLevel, (x) => (facts.level = x)),
  ].filter((e): e is string => e !== null);
  if (errors.length) {
    io.stderr.write(errors.map((e) => `tms-doctor ${cmd.name}: ${e}\n`).join(''));
    return { ok: false, code: 2 };
  }
  if (bools.has('--sql-remote')) facts.sqlLocation = 'remote';
  if (bools.has('--http')) facts.https = false;
  if (values['--probe'] !== undefined) {
    const r = await readProbe(values['--probe']);
    if (!r.ok) return bad(`--probe ${JSON.stringify(echo(values['--probe'], 80))}: ${r.reason}.`);
    facts.probe = r.value;
  }

  const evidence = await readEvidenceFiles(evidenceFiles, io);
  if (!evidence.ok) return bad(evidence.reason);
  if (evidence.summary) facts.evidence = evidence.summary;

  return { ok: true, args: { facts, lang, notes, values, bools, evidence: evidence.files } };
}

export async function diagnoseCommand(argv: string[], io: CliIO): Promise<number> {
  const read = await readFactArgs(argv, io, { name: 'diagnose', help: HELP });
  if (!read.ok) return read.code;
  const { facts, lang, notes, bools, evidence } = read.args;
  const reply = composeDiagnosis(facts, lang);
  for (const n of notes) io.stderr.write(`tms-doctor diagnose: note: ${n}\n`);
  if (bools.has('--json')) {
    const out: Record<string, unknown> = { ...diagnosisJson(reply.diagnosis!, facts) };
    if (evidence.length) out.evidence = evidence;
    io.stdout.write(`${JSON.stringify(out)}\n`);
  } else if (bools.has('--summary') && reply.summary) {
    io.stdout.write(renderReply(summaryReply(reply.summary, lang), { color: wantsColor(io), width: io.isTTY ? 100 : 0 }));
  } else {
    io.stdout.write(renderReply(reply, { color: wantsColor(io), width: io.isTTY ? 100 : 0 }));
  }
  return 0;
}

/** Reads the --evidence files (lazily loaded readers); a file that cannot be read at all is invalid input. */
async function readEvidenceFiles(
  files: string[],
  io: CliIO,
): Promise<{ ok: true; summary: EvidenceSummary | null; files: Record<string, unknown>[] } | { ok: false; reason: string }> {
  if (files.length === 0) return { ok: true, summary: null, files: [] };
  const { readEvidenceFile } = require('../evidence') as typeof import('../evidence');
  const { limitsFromEnv } = require('../evidence/source') as typeof import('../evidence/source');
  const { evidenceFileJson } = require('./evidence') as typeof import('./evidence');
  let summary: EvidenceSummary | undefined;
  const out: Record<string, unknown>[] = [];
  for (const file of files) {
    const r = await readEvidenceFile(file, limitsFromEnv(io.env));
    if (!r.ok) return { ok: false, reason: `--evidence ${JSON.stringify(echo(file, 80))}: ${r.reason.en}` };
    summary = addReading(summary, file, r.reading);
    out.push(evidenceFileJson(r));
  }
  return { ok: true, summary: summary ?? null, files: out };
}

export const run: Command = (argv, io) => diagnoseCommand(argv, io);
