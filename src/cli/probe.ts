/**
 * tms-doctor probe HOST[:PORT] [--json] [--timeout MS] [--allow CIDR[,CIDR...]] [--http]
 * tms-doctor probe --targets FILE|- | HOST HOST... [--concurrency N] [--deadline MS] [--csv FILE]
 * Exit 0 when the probe ran (whatever it found), 2 when the target or an option is refused.
 * With several targets a refused target is a row of the report, not an exit 2.
 */
import type { Command } from './io';
import type { Lang } from '../domain/types';
import { formatProbeText, policyFromEnv, runProbe, DEFAULT_TIMEOUT_MS } from '../probe';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../probe/fleet';
import { runFleetCommand, DEFAULT_FLEET_CLI_MAX } from './probe-fleet';

export const PROBE_USAGE = `Usage: tms-doctor probe HOST[:PORT] [options]
       tms-doctor probe --targets FILE|- [options]     (or several HOST[:PORT] arguments)

Tests which TLS versions (SSL 3.0, TLS 1.0-1.3) the endpoint's HTTPS port accepts, what TMS at
Medium (TLS 1.0 only) and Medium-High (TLS 1.0-1.2) would see, and reads its certificate.
PORT defaults to 443; IPv6 as [fd00::5]:8443.

Options:
  --json              print one JSON object (the ProbeResult shape) instead of the table
  --timeout MS        per-attempt timeout in milliseconds (default ${DEFAULT_TIMEOUT_MS})
  --deadline MS       whole-probe deadline in milliseconds (default 15000)
  --allow CIDR[,...]  also allow these networks (e.g. --allow 127.0.0.0/8 for \`tms-doctor simulate\`)
  --http              also check whether port 80 redirects HTTP to HTTPS
  -h, --help          show this help

Several targets (a fleet):
  --targets FILE|-    read targets from FILE (or stdin): HOST[:PORT] one per line (# comments),
                      or a CSV with a header naming the address column (address, ip, host,
                      hostname, Network Address, IP Address), optionally a system name and a
                      software version column (a TMS Systems Navigator export or an asset list)
  --concurrency N     targets probed at once (default ${DEFAULT_CONCURRENCY}, at most ${MAX_CONCURRENCY})
  --deadline MS       with several targets: the whole job's deadline (no limit by default);
                      targets not started by then are reported as not probed
  --csv FILE          also write the per-target report as CSV to FILE
  --max N             read at most N targets (default ${DEFAULT_FLEET_CLI_MAX})
  --json              one JSON object per line for each target (the single-probe shape plus
                      line, name, stated version, verdict), then one {"summary": ...} object
  --lang en|ja        language of the closing summary (default en); the table, CSV and JSON
                      keep their English column names and words
  A progress bar is drawn on stderr when it is a terminal.

Where a probe may go: PROBE_ALLOW (CIDRs, default 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16,
fc00::/7) and PROBE_PORTS (default 443,8443,80). Loopback, link-local, multicast and similar
addresses are refused unless a CIDR inside them is allowed explicitly. Host names are looked up
only when PROBE_ALLOW_NAMES allows them (names or *.domains, comma-separated; default none).
`;

export interface Args {
  target: string | null;
  targets: string[];
  targetsFile: string | null;
  concurrency?: number;
  csv: string | null;
  max?: number;
  json: boolean;
  http: boolean;
  timeoutMs?: number;
  deadlineMs?: number;
  allow: string[];
  help: boolean;
  /** The fleet summary's language (--lang en|ja). */
  lang: Lang;
}

function parseArgs(argv: string[]): Args | { error: string } {
  const a: Args = { target: null, targets: [], targetsFile: null, csv: null, json: false, http: false, allow: [], help: false, lang: 'en' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return null;
      i++;
      return v;
    };
    switch (name) {
      case '--json':
        a.json = true;
        break;
      case '--http':
        a.http = true;
        break;
      case '-h':
      case '--help':
        a.help = true;
        break;
      case '--timeout':
      case '--deadline': {
        const v = value();
        if (v === null || !/^\d{1,7}$/.test(v) || Number(v) < 50 || Number(v) > 600000) {
          return { error: `${name} needs a number of milliseconds between 50 and 600000.` };
        }
        if (name === '--timeout') a.timeoutMs = Number(v);
        else a.deadlineMs = Number(v);
        break;
      }
      case '--concurrency':
      case '--max': {
        const v = value();
        const hi = name === '--max' ? 10_000_000 : MAX_CONCURRENCY;
        if (v === null || !/^\d{1,8}$/.test(v) || Number(v) < 1 || Number(v) > hi) return { error: `${name} needs a whole number between 1 and ${hi}.` };
        if (name === '--max') a.max = Number(v);
        else a.concurrency = Number(v);
        break;
      }
      case '--targets':
      case '--csv': {
        const v = inline ?? argv[i + 1];
        if (inline === undefined) i++;
        if (v === undefined || v === '' || (v.startsWith('--') && v !== '-')) return { error: `${name} needs a file name${name === '--targets' ? ' (or - for stdin)' : ''}.` };
        if (name === '--targets') {
          if (a.targetsFile !== null) return { error: 'give --targets once.' };
          a.targetsFile = v;
        } else a.csv = v;
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'en' && v !== 'ja') return { error: `--lang must be "en" or "ja", not ${v === null ? 'nothing' : JSON.stringify(v.slice(0, 40))}.` };
        a.lang = v;
        break;
      }
      case '--allow': {
        const v = value();
        if (v === null) return { error: '--allow needs a CIDR, e.g. --allow 127.0.0.0/8' };
        a.allow.push(v);
        break;
      }
      default:
        if (arg.startsWith('-') && arg.length > 1) return { error: `unknown option "${arg.slice(0, 40)}".` };
        if (a.targets.length >= 10000) return { error: 'too many targets as arguments: put them in a file and use --targets FILE.' };
        a.targets.push(arg);
    }
  }
  if (a.targets.length === 1 && a.targetsFile === null) a.target = a.targets[0];
  return a;
}

export const run: Command = async (argv, io) => {
  const a = parseArgs(argv);
  if ('error' in a) {
    io.stderr.write(`tms-doctor probe: ${a.error}\n\n${PROBE_USAGE}`);
    return 2;
  }
  if (a.help) {
    io.stdout.write(PROBE_USAGE);
    return 0;
  }
  const fleet = a.targetsFile !== null || a.targets.length > 1;
  if (!fleet && (a.csv !== null || a.concurrency !== undefined || a.max !== undefined)) {
    io.stderr.write(`tms-doctor probe: --csv, --concurrency and --max need several targets (--targets FILE or more than one HOST).\n`);
    return 2;
  }
  if (a.target === null && !fleet) {
    io.stderr.write(`tms-doctor probe: no target given.\n\n${PROBE_USAGE}`);
    return 2;
  }
  let policy;
  try {
    policy = policyFromEnv(io.env, a.allow);
  } catch (e) {
    io.stderr.write(`tms-doctor probe: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  if (a.http && !policy.ports.includes(80)) {
    io.stderr.write('tms-doctor probe: note: port 80 is not in PROBE_PORTS, so the HTTP redirect check is skipped.\n');
  }
  if (fleet || a.target === null) return runFleetCommand(a, policy, io);
  const out = await runProbe(a.target, { policy, timeoutMs: a.timeoutMs, deadlineMs: a.deadlineMs, http: a.http && policy.ports.includes(80) });
  if (!out.ok) {
    io.stderr.write(`tms-doctor probe: refused: ${out.reason}\n`);
    return 2;
  }
  io.stdout.write(a.json ? JSON.stringify(out.result, null, 2) + '\n' : formatProbeText(out.result));
  return 0;
};
