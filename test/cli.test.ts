import { PassThrough } from 'node:stream';
import { main } from '../src/cli';
import type { CliIO } from '../src/cli/io';

function io(): CliIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d) => (o += d));
  stderr.on('data', (d) => (e += d));
  return { stdin: new PassThrough(), stdout, stderr, env: {}, isTTY: false, out: () => o, err: () => e };
}

describe('tms-doctor dispatcher', () => {
  it('lists every command on --help and exits 0', async () => {
    const t = io();
    expect(await main(['--help'], t)).toBe(0);
    for (const c of ['diagnose', 'chat', 'probe', 'simulate', 'start']) expect(t.out()).toContain(c);
  });

  it('refuses an unknown command with exit 2 and names it', async () => {
    const t = io();
    expect(await main(['frobnicate'], t)).toBe(2);
    expect(t.err()).toContain('"frobnicate"');
  });

  it('exits 2 with usage when no command is given', async () => {
    const t = io();
    expect(await main([], t)).toBe(2);
    expect(t.out()).toContain('Usage: tms-doctor');
  });
});
