#!/usr/bin/env node
/**
 * tms-doctor command line. Each subcommand lives in src/cli/<name>.ts and exports `run`.
 * Loaded lazily so `tms-doctor diagnose` does not pay for Bolt or SQLite.
 */
import type { CliIO, Command } from './cli/io';
import { processIO } from './cli/io';

const COMMANDS: Record<string, { summary: string; load: () => Command }> = {
  diagnose: { summary: 'diagnose from versions or free text', load: () => require('./cli/diagnose').run },
  chat: { summary: 'chat with the bot in the terminal', load: () => require('./cli/chat').run },
  'fix-kit': { summary: 'write the fix files (.reg, check script, rollback) for the facts given', load: () => require('./cli/fix-kit').run },
  probe: { summary: 'probe an endpoint\'s HTTPS port (TLS versions, certificate)', load: () => require('./cli/probe').run },
  evidence: { summary: 'read captures, .reg exports, event logs and command output', load: () => require('./cli/evidence').run },
  simulate: { summary: 'start look-alike endpoints on loopback to try the probe', load: () => require('./cli/simulate').run },
  start: { summary: 'run the Slack bot (or the console chat when no Slack tokens are set)', load: () => require('./cli/start').run },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['Usage: tms-doctor <command> [options]', '', 'Commands:', ...lines, '', 'Run `tms-doctor <command> --help` for the options of one command.', ''].join('\n');
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr.write(`tms-doctor: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  return cmd.load()(rest, io);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`tms-doctor: unexpected error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
