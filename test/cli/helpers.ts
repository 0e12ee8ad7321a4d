import { PassThrough } from 'node:stream';
import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli';

export type TestIO = CliIO & { out: () => string; err: () => string; input: PassThrough };

/** In-process IO: stdin is fed from `input` (ended), stdout/stderr are captured. */
export function makeIO(input?: string, opts: { isTTY?: boolean; env?: NodeJS.ProcessEnv } = {}): TestIO {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d) => (o += d));
  stderr.on('data', (d) => (e += d));
  if (input !== undefined) stdin.end(input);
  return { stdin, stdout, stderr, env: opts.env ?? {}, isTTY: opts.isTTY ?? false, out: () => o, err: () => e, input: stdin };
}

/** Runs the CLI in process with `env` and returns what it printed on stdout. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const t = makeIO(undefined, { env });
  await main(args, t);
  return t.out();
}
