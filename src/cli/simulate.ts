/**
 * tms-doctor simulate [--for SECONDS] [--kinds a,b,...]
 * Starts look-alike endpoints on 127.0.0.1 and prints ready-to-paste probe commands.
 * Runs until Ctrl-C (or for --for SECONDS).
 */
import type { Command } from './io';
import { SIM_DESCRIPTIONS, startSimulatedEndpoint, type SimKind, type SimulatedEndpoint } from '../probe/sim';

export const DEFAULT_SIM_KINDS: SimKind[] = ['tc733', 'ce81', 'tls12only', 'silent'];

export const SIMULATE_USAGE = `Usage: tms-doctor simulate [--for SECONDS] [--kinds KIND[,KIND...]]

Starts look-alike endpoints on 127.0.0.1 to try \`tms-doctor probe\` on, and prints their ports
and ready-to-paste probe commands. Runs until Ctrl-C.

Options:
  --for SECONDS   stop by itself after this many seconds
  --kinds LIST    which endpoints (default ${DEFAULT_SIM_KINDS.join(',')}); available:
${(Object.keys(SIM_DESCRIPTIONS) as SimKind[]).map((k) => `                    ${k.padEnd(15)} ${SIM_DESCRIPTIONS[k]}`).join('\n')}
  -h, --help      show this help
`;

export const run: Command = async (argv, io) => {
  let forSeconds: number | null = null;
  let kinds = DEFAULT_SIM_KINDS;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      io.stdout.write(SIMULATE_USAGE);
      return 0;
    } else if (a === '--for') {
      const v = argv[++i];
      if (v === undefined || !/^\d+(\.\d+)?$/.test(v) || Number(v) > 86400) {
        io.stderr.write('tms-doctor simulate: --for needs a number of seconds (at most 86400).\n');
        return 2;
      }
      forSeconds = Number(v);
    } else if (a === '--kinds') {
      const v = (argv[++i] ?? '').split(',').map((x) => x.trim()).filter(Boolean);
      const bad = v.filter((k) => !(k in SIM_DESCRIPTIONS));
      if (v.length === 0 || bad.length) {
        io.stderr.write(`tms-doctor simulate: unknown kind(s) ${bad.join(', ') || '(none given)'}; see --help.\n`);
        return 2;
      }
      kinds = v as SimKind[];
    } else {
      io.stderr.write(`tms-doctor simulate: unknown argument "${a.slice(0, 40)}".\n\n${SIMULATE_USAGE}`);
      return 2;
    }
  }

  const started: SimulatedEndpoint[] = [];
  try {
    for (const k of kinds) started.push(await startSimulatedEndpoint(k));
  } catch (e) {
    await Promise.all(started.map((s) => s.close()));
    io.stderr.write(`tms-doctor simulate: could not start the endpoints (${e instanceof Error ? e.message : String(e)}).\n`);
    return 1;
  }
  const ports = started.map((s) => s.port).join(',');
  const lines = [
    'Look-alike endpoints listening on 127.0.0.1:',
    '',
    ...started.map((s) => `  ${String(s.port).padEnd(6)} ${s.kind.padEnd(15)} ${SIM_DESCRIPTIONS[s.kind]}`),
    '',
    'Probe them (PROBE_PORTS admits these test ports; --allow admits loopback):',
    '',
    ...started.map((s) => `  PROBE_PORTS=${ports} tms-doctor probe 127.0.0.1:${s.port} --allow 127.0.0.0/8`),
    '',
    forSeconds !== null ? `Stopping by itself after ${forSeconds} s.` : 'Press Ctrl-C to stop.',
    '',
  ];
  io.stdout.write(lines.join('\n'));

  await new Promise<void>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const stop = () => {
      if (timer) clearTimeout(timer);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (forSeconds !== null) timer = setTimeout(stop, forSeconds * 1000);
  });
  await Promise.all(started.map((s) => s.close()));
  io.stdout.write('Stopped the look-alike endpoints.\n');
  return 0;
};
