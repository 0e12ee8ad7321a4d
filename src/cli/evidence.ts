/**
 * `tms-doctor evidence FILE... [--json] [--port N] [--lang en|ja]`: what each file shows.
 * JSON: {"files":[{"file","kind","observations":[{"code","detail",("subject"),("answer"),("count")}],"facts",("problems")}]}, a file
 * that cannot be read: {"file","error"}. Exit 2 only when no file could be read (or bad usage).
 */
import type { CliIO, Command } from './io';
import type { Lang } from '../domain/types';
import { formatEndpoint, formatSql, formatTms, formatWindows } from '../domain/versions';
import { echo } from '../conversation/engine';
import type { EvidenceFileResult } from '../evidence';

export const EVIDENCE_USAGE = `Usage: tms-doctor evidence FILE... [options]

Reads evidence and says what it shows: packet captures (pcap, pcapng, also gzip-compressed),
regedit exports (.reg), reg query / check-tls.cmd output, Event Viewer exports (text, CSV) and
command output (SELECT @@VERSION, systeminfo, xStatus SystemUnit Software Version).

Options:
  --json          print {"files":[{"file","kind","observations","facts"}]} as one JSON object
  --port N        also read TLS on port N in captures (443 always; repeatable)
  --lang en|ja    language of the readable summary (default en)
  -h, --help      this help

Limits: EVIDENCE_MAX_BYTES (default 200 MB per file), EVIDENCE_TIME_MS (default 120000).
Exit status: 0 = at least one file was read, 2 = no file could be read or invalid usage.
`;

export interface EvidenceArgs {
  files: string[];
  ports: number[];
  json: boolean;
  lang: Lang;
}

/**
 * A --port value: a port number 1-65535 in digits, or null. The one reader of it, for the CLI's `--port N` and the
 * console's "evidence FILE --port N".
 */
export function parsePortArg(v: string | undefined): number | null {
  if (v === undefined || !/^\d{1,5}$/.test(v)) return null;
  const n = Number(v);
  return n >= 1 && n <= 65535 ? n : null;
}

/** What an invalid --port value gets ("--port 99999", "--port abc", a bare "--port"). */
export function badPortText(v: string | undefined, lang: Lang = 'en'): string {
  const shown = JSON.stringify(echo(v ?? '', 20));
  return lang === 'ja' ? `--port にはポート番号（1～65535）を指定してください（${shown} は使えません）。` : `--port needs a port number (1-65535), not ${shown}.`;
}

export function parseEvidenceArgs(argv: string[]): { ok: true; value: EvidenceArgs & { help: boolean } } | { ok: false; error: string } {
  const out = { files: [] as string[], ports: [] as number[], json: false, lang: 'en' as Lang, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') out.help = true;
    else if (a === '--json') out.json = true;
    else if (a === '--port' || a.startsWith('--port=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      const port = parsePortArg(v);
      if (port === null) return { ok: false, error: badPortText(v) };
      out.ports.push(port);
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (v !== 'en' && v !== 'ja') return { ok: false, error: '--lang must be "en" or "ja".' };
      out.lang = v;
    } else if (a === '--') {
      out.files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') return { ok: false, error: `unknown option ${JSON.stringify(echo(a, 40))} (see --help).` };
    else out.files.push(a);
  }
  return { ok: true, value: out };
}

/** One file's JSON entry (the shape of issue 11). */
export function evidenceFileJson(r: EvidenceFileResult): Record<string, unknown> {
  if (!r.ok) return { file: r.file, error: r.reason };
  const o: Record<string, unknown> = {
    file: r.file,
    kind: r.reading.kind,
    // `answer`: on a ClientHello read from packets, the code of what answered it on its own connection (the text output says it
    // after the hello: "…; the server reset the connection (RST)").
    observations: r.reading.observations.map((x) => ({
      code: x.code,
      detail: x.detail,
      ...(x.subject ? { subject: x.subject } : {}),
      ...(x.answer ? { answer: x.answer } : {}),
      ...(x.count ? { count: x.count } : {}),
    })),
    facts: r.reading.facts,
  };
  if (r.reading.problems && r.reading.problems.length) o.problems = r.reading.problems;
  return o;
}

/** A readable summary of one file's reading. */
export function renderEvidence(r: EvidenceFileResult, lang: Lang): string {
  const lines: string[] = [];
  if (!r.ok) {
    lines.push(`${r.file}: ${lang === 'ja' ? '読み取れませんでした' : 'could not be read'}: ${r.reason[lang]}`);
    return `${lines.join('\n')}\n`;
  }
  const { reading } = r;
  lines.push(`${r.file} (${reading.kind})`);
  if (reading.observations.length === 0) lines.push(lang === 'ja' ? '  ・関係のある内容は見つかりませんでした。' : '  • nothing relevant found.');
  for (const o of reading.observations) lines.push(`  • [${o.code}] ${o.detail[lang]}`);
  const f = reading.facts;
  const facts = [f.tms && formatTms(f.tms), f.sql && formatSql(f.sql), f.windows && formatWindows(f.windows), f.endpoint && formatEndpoint(f.endpoint)].filter(Boolean);
  if (facts.length) lines.push(`  ${lang === 'ja' ? '読み取ったバージョン' : 'versions read'}: ${facts.join(' · ')}`);
  for (const p of reading.problems ?? []) lines.push(`  ${lang === 'ja' ? '注意' : 'note'}: ${p[lang]}`);
  return `${lines.join('\n')}\n`;
}

export const run: Command = async (argv, io: CliIO) => {
  const parsed = parseEvidenceArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`tms-doctor evidence: ${parsed.error}\n`);
    return 2;
  }
  const a = parsed.value;
  if (a.help) {
    io.stdout.write(EVIDENCE_USAGE);
    return 0;
  }
  if (a.files.length === 0) {
    io.stderr.write(`tms-doctor evidence: name at least one file.\n\n${EVIDENCE_USAGE}`);
    return 2;
  }
  if (a.files.length > 50) {
    io.stderr.write('tms-doctor evidence: at most 50 files at once.\n');
    return 2;
  }
  const { readEvidenceFile } = require('../evidence') as typeof import('../evidence');
  const { limitsFromEnv } = require('../evidence/source') as typeof import('../evidence/source');
  const limits = limitsFromEnv(io.env);
  const results: EvidenceFileResult[] = [];
  for (const file of a.files) results.push(await readEvidenceFile(file, { ...limits, tlsPorts: a.ports }));
  if (a.json) io.stdout.write(`${JSON.stringify({ files: results.map(evidenceFileJson) })}\n`);
  else for (const r of results) io.stdout.write(renderEvidence(r, a.lang));
  return results.some((r) => r.ok) ? 0 : 2;
};
