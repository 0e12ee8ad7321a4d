/**
 * `tms-doctor probe --targets FILE|-` and `tms-doctor probe HOST HOST ...`: the fleet probe on the
 * command line. Streams the list in and the report out (table or JSON lines on stdout, CSV to a
 * file), then the summary. A progress bar goes to stderr only when stderr is a terminal.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import type { CliIO } from './io';
import type { Args } from './probe';
import type { ProbePolicy } from '../probe';
import { runFleet, type FleetItem, type FleetSummary } from '../probe/fleet';
import { readTargets, targetsFromList, type TargetListInfo } from '../probe/targets';
import { csvHeaderLine, csvRow, jsonItem, summaryText, tableHeader, tableRow } from '../probe/fleet-report';

export const DEFAULT_FLEET_CLI_MAX = 100_000;

function write(stream: NodeJS.WritableStream, text: string): Promise<void> | void {
  if (stream.write(text)) return;
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

function fmtSecs(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '--';
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.ceil(s % 60)).padStart(2, '0')}s`;
}

/** The bar drawn on a terminal: done/total, rate, time left. */
export function progressLine(done: number, total: number | null, elapsedMs: number, width = 24): string {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  if (total === null || total <= 0) return `${done} probed  ${rate.toFixed(1)}/s`;
  const frac = Math.min(1, done / total);
  const filled = Math.round(frac * width);
  const left = rate > 0 ? (total - done) / rate : NaN;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)}/s  ${fmtSecs(left)} left`;
}

/** Counts the entries of a list file without probing (for the progress bar's total). */
async function countEntries(file: string): Promise<number | null> {
  try {
    let n = 0;
    for await (const e of readTargets(createReadStream(file))) n += e ? 1 : 0;
    return n;
  } catch {
    return null;
  }
}

export async function runFleetCommand(a: Args, policy: ProbePolicy, io: CliIO): Promise<number> {
  let source: AsyncIterable<string | Buffer>;
  const fromFile = a.targetsFile !== null && a.targetsFile !== '-';
  if (a.targetsFile === '-') source = io.stdin as AsyncIterable<string | Buffer>;
  else if (a.targetsFile !== null) {
    const rs = createReadStream(a.targetsFile);
    const opened = await new Promise<Error | null>((resolve) => {
      rs.once('open', () => resolve(null));
      rs.once('error', (e) => resolve(e));
    });
    if (opened) {
      io.stderr.write(`tms-doctor probe: cannot read the targets file "${a.targetsFile.slice(0, 200)}" (${(opened as NodeJS.ErrnoException).code ?? opened.message}).\n`);
      return 2;
    }
    source = rs;
  } else source = targetsFromList(a.targets);

  let csv: WriteStream | null = null;
  if (a.csv !== null) {
    csv = createWriteStream(a.csv);
    const err = await new Promise<Error | null>((resolve) => {
      csv!.once('open', () => resolve(null));
      csv!.once('error', (e) => resolve(e));
    });
    if (err) {
      io.stderr.write(`tms-doctor probe: cannot write the CSV report "${a.csv.slice(0, 200)}" (${(err as NodeJS.ErrnoException).code ?? err.message}).\n`);
      if (source instanceof Object && 'destroy' in source) (source as { destroy(): void }).destroy();
      return 2;
    }
    await write(csv, csvHeaderLine());
  }

  const tty = (io.stderr as NodeJS.WriteStream).isTTY === true;
  const total = tty ? (fromFile ? await countEntries(a.targetsFile!) : a.targetsFile === null ? a.targets.length : null) : null;
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  let written = 0;
  const draw = (done: number, force = false) => {
    const now = Date.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    drawn = true;
    io.stderr.write(`\r\x1b[2K${progressLine(done, total, now - started)}`);
  };

  const info: TargetListInfo = { format: null, columns: null, rememberedCap: null };
  if (!a.json) io.stdout.write(tableHeader());
  let summary: FleetSummary;
  try {
    summary = await runFleet(readTargets(source, {}, info), {
      policy,
      timeoutMs: a.timeoutMs,
      probeDeadlineMs: undefined,
      jobDeadlineMs: a.deadlineMs,
      http: a.http && policy.ports.includes(80),
      concurrency: a.concurrency,
      maxTargets: a.max ?? DEFAULT_FLEET_CLI_MAX,
      onResult: async (item: FleetItem) => {
        if (drawn) io.stderr.write('\r\x1b[2K');
        await write(io.stdout, a.json ? JSON.stringify(jsonItem(item)) + '\n' : tableRow(item));
        if (csv) await write(csv, csvRow(item));
        written++;
        if (tty) draw(written, written === 1);
      },
    });
  } finally {
    if (drawn) io.stderr.write('\r\x1b[2K');
    if (csv) await new Promise<void>((resolve) => csv!.end(() => resolve()));
  }
  if (info.format === 'csv' && info.columns && !a.json) {
    const c = info.columns;
    io.stdout.write(
      a.lang === 'ja'
        ? `\n読み取った列：アドレス「${c.address}」${c.name ? `、名前「${c.name}」` : ''}${c.version ? `、バージョン「${c.version}」` : ''}${c.port ? `、ポート「${c.port}」` : ''}\n`
        : `\nColumns read: address "${c.address}"${c.name ? `, name "${c.name}"` : ''}${c.version ? `, version "${c.version}"` : ''}${c.port ? `, port "${c.port}"` : ''}\n`,
    );
  }
  if (info.notAList) {
    io.stderr.write(
      `tms-doctor probe: this does not look like a target list (binary data, or UTF-16 text): stopped after ${info.notAList.unreadable} unreadable lines (line ${info.notAList.line}). Give one host[:port] per line, or a CSV with an address column, saved as UTF-8 text.\n`,
    );
  }
  if (info.rememberedCap !== null) io.stderr.write(`tms-doctor probe: note: duplicates are detected among the first ${info.rememberedCap} distinct targets only.\n`);
  if (a.json) io.stdout.write(JSON.stringify({ summary }) + '\n');
  else io.stdout.write('\n' + summaryText(summary, a.lang));
  if (a.csv !== null) io.stderr.write(`tms-doctor probe: CSV report written to ${a.csv.slice(0, 200)}\n`);
  return info.notAList ? 2 : 0;
}
