/**
 * QA55 #10: `probe --targets` given a binary file stops after a few unreadable lines and says this does not look like a
 * target list (bounded output, exit code 2), instead of thousands of "unreadable" rows. Nothing is probed (the random bytes
 * are never read as targets). Controls: a list saved in another 8-bit encoding (Shift_JIS names) is still read whole, and a
 * few binary lines among many targets are reported one by one without stopping.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli';
import { readTargets, type TargetEntry, type TargetListInfo } from '../../src/probe/targets';
import { makeIO } from '../cli/helpers';

/** Deterministic pseudo-random bytes (xorshift32). */
function noise(n: number, seed = 0x9e3779b9): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    b[i] = x & 0xff;
  }
  return b;
}

async function read(buf: Buffer): Promise<{ entries: TargetEntry[]; info: TargetListInfo }> {
  const info: TargetListInfo = { format: null, columns: null, rememberedCap: null };
  const entries: TargetEntry[] = [];
  async function* one() {
    yield buf;
  }
  for await (const e of readTargets(one(), {}, info)) entries.push(e);
  return { entries, info };
}

it('3 MB of binary data: a few unreadable lines, then the reading stops', async () => {
  const { entries, info } = await read(noise(3_000_000));
  expect(entries.length).toBeLessThanOrEqual(5);
  expect(entries.every((e) => e.error?.kind === 'malformed' && /unreadable/.test(e.error.reason))).toBe(true);
  expect(info.notAList).toBeDefined();
});

it('the CLI: "this does not look like a target list", bounded output, exit code 2, nothing probed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qa55-bin-'));
  const file = join(dir, 'garbage.bin');
  writeFileSync(file, noise(3_000_000));
  const t = makeIO(undefined, { env: { PROBE_ALLOW: '127.0.0.0/8' } });
  expect(await main(['probe', '--targets', file, '--timeout', '200'], t)).toBe(2);
  expect(t.err()).toContain('this does not look like a target list');
  expect(t.out().split('\n').length).toBeLessThan(30);
  expect(t.out()).toMatch(/0 probed/);
});

it('control: a list with Shift_JIS names (not UTF-8) is still read whole', async () => {
  // "会議" in Shift_JIS (0x89 0xEF 0x8B 0x63): bytes that are not UTF-8, but no control characters.
  const room = Buffer.from([0x89, 0xef, 0x8b, 0x63]);
  const parts: Buffer[] = [Buffer.from('"System Name","Network Address"\r\n')];
  for (let i = 1; i <= 12; i++) parts.push(Buffer.from('"'), room, Buffer.from(` ${i}","127.0.0.${i}"\r\n`));
  const { entries, info } = await read(Buffer.concat(parts));
  expect(info.notAList).toBeUndefined();
  expect(entries).toHaveLength(12);
  expect(entries.every((e) => !e.error)).toBe(true);
});

it('control: a few binary lines among many targets are reported, and the rest is read', async () => {
  const lines: string[] = [];
  for (let i = 1; i <= 20; i++) lines.push(`127.0.1.${i}`);
  const bad = Buffer.from('\u0000\u0001\u0002junk\n', 'latin1');
  const buf = Buffer.concat([Buffer.from(lines.slice(0, 10).join('\n') + '\n'), bad, bad, bad, bad, bad, bad, Buffer.from(lines.slice(10).join('\n') + '\n')]);
  const { entries, info } = await read(buf);
  expect(info.notAList).toBeUndefined();
  expect(entries.filter((e) => !e.error)).toHaveLength(20);
  expect(entries.filter((e) => e.error?.kind === 'malformed')).toHaveLength(6);
});
