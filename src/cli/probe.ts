/**
 * tms-doctor probe HOST[:PORT] [--json] [--timeout MS] [--allow CIDR[,CIDR...]] [--http]
 * Exit 0 when the probe ran (whatever it found), 2 when the target or an option is refused.
 */
import type { Command } from './io';
import { formatProbeText, policyFromEnv, runProbe, DEFAULT_TIMEOUT_MS } from '../probe';

export const PROBE_USAGE = `Usage: tms-doctor probe HOST[:PORT] [options]

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

Where a probe may go: PROBE_ALLOW (CIDRs, default 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16,
fc00::/7) and PROBE_PORTS (default 443,8443,80). Loopback, link-local, multicast and similar
addresses are refused unless a CIDR inside them is allowed explicitly.
`;

interface Args {
  target: string | null;
  json: boolean;
  http: boolean;
  timeoutMs?: number;
  deadlineMs?: number;
  allow: string[];
  help: boolean;
}

function parseArgs(argv: string[]): Args | { error: string } {
  const a: Args = { target: null, json: false, http: false, allow: [], help: false };
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
      case '--allow': {
        const v = value();
        if (v === null) return { error: '--allow needs a CIDR, e.g. --allow 127.0.0.0/8' };
        a.allow.push(v);
        break;
      }
      default:
        if (arg.startsWith('-') && arg.length > 1) return { error: `unknown option "${arg.slice(0, 40)}".` };
        if (a.target !== null) return { error: 'give exactly one target (HOST[:PORT]).' };
        a.target = arg;
    }
  }
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
  if (a.target === null) {
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
  const out = await runProbe(a.target, { policy, timeoutMs: a.timeoutMs, deadlineMs: a.deadlineMs, http: a.http && policy.ports.includes(80) });
  if (!out.ok) {
    io.stderr.write(`tms-doctor probe: refused: ${out.reason}\n`);
    return 2;
  }
  io.stdout.write(a.json ? JSON.stringify(out.result, null, 2) + '\n' : formatProbeText(out.result));
  return 0;
};
