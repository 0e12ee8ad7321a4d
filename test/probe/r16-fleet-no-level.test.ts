/**
 * QA23 E3: a port that refuses TLS 1.0, 1.1 and 1.2 is not "probably upgraded" and not one of the
 * systems TMS at Medium cannot reach (Medium-High would not reach it either); two lines that give
 * one address to different systems are flagged. Real local servers on 127.0.0.1 only.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { KnownBlock } from '@slack/types';
import { main } from '../../src/cli';
import { policyFromEnv } from '../../src/probe';
import { runFleet } from '../../src/probe/fleet';
import { readTargets } from '../../src/probe/targets';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { fleetCard } from '../../src/slack/fleet/card';
import { jaStyleProblems } from '../../src/domain/ja-style';
import { makeIO } from '../cli/helpers';

let tc: SimulatedEndpoint;
let ce: SimulatedEndpoint;
let reset: SimulatedEndpoint;
let tls13: SimulatedEndpoint;
let env: Record<string, string>;
let dir: string;

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.0.1' });
  ce = await startSimulatedEndpoint('ce81', { keyBits: 1024, host: '127.0.0.1' });
  reset = await startSimulatedEndpoint('reset', { host: '127.0.0.1' });
  tls13 = await startSimulatedEndpoint('tls13hrr', { keyBits: 1024, host: '127.0.0.1' });
  env = { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: [tc.port, ce.port, reset.port, tls13.port].join(',') };
  dir = mkdtempSync(join(tmpdir(), 'r16-fleet-'));
});
afterAll(async () => {
  await Promise.all([tc, ce, reset, tls13].map((s) => s.close()));
});

function fleetCsv(): string {
  return [
    'System Name,Network Address,Software Version',
    `Room-A,127.0.0.1:${tc.port},TC7.3.3`,
    `Room-B,127.0.0.1:${ce.port},TC7.3.21`,
    `Room-C,127.0.0.1:${reset.port},TC7.3.3.abc`,
    `Room-F,127.0.0.1:${tc.port},ce9.15.3.17`,
    `Room-B,127.0.0.1:${ce.port},TC7.3.21`,
  ].join('\n');
}

/** The lines of the CLI summary section that starts with `head`, up to the next blank line. */
function section(text: string, head: RegExp): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => head.test(l));
  if (i < 0) return '';
  const end = lines.indexOf('', i);
  return lines.slice(i, end < 0 ? undefined : end).join('\n');
}

describe('fleet probe: no TLS version completes (QA23 E3)', () => {
  it('CLI: the all-refusing port is out of the "Medium cannot reach" list, with what to check; no "probably upgraded"', async () => {
    const file = join(dir, 'fleet.csv');
    writeFileSync(file, fleetCsv());
    const t = makeIO(undefined, { env });
    expect(await main(['probe', '--targets', file, '--timeout', '800'], t)).toBe(0);
    const text = t.out();
    const medium = section(text, /^TMS at Medium cannot reach/);
    expect(medium).toMatch(/cannot reach 1 of 3 probed/);
    expect(medium).toContain('Room-B');
    expect(medium).not.toContain('Room-C');
    expect(text).not.toMatch(/probably upgraded/);
    const none = section(text, /refuses TLS 1\.0, 1\.1 and 1\.2/);
    expect(none).toContain('Room-C');
    expect(none).toMatch(/HTTP Mode \/ HTTPS Mode/);
    expect(none).toMatch(/proxy or firewall/);
  });

  it('CLI: a TLS 1.3-only port is in the same list; its note does not claim that no TLS version completed', async () => {
    const file = join(dir, 'fleet13.csv');
    writeFileSync(file, ['System Name,Network Address,Software Version', `Room-G,127.0.0.1:${tls13.port},ce9.15.3`, `Room-B,127.0.0.1:${ce.port},TC7.3.21`].join('\n'));
    const t = makeIO(undefined, { env });
    expect(await main(['probe', '--targets', file, '--timeout', '800'], t)).toBe(0);
    const text = t.out();
    expect(section(text, /^TMS at Medium cannot reach/)).not.toContain('Room-G');
    // (Every no-level port here accepts TLS 1.3: the heading says so, left-e #3.)
    expect(section(text, /^1 accepts only TLS 1\.3 \(TLS 1\.0, 1\.1 and 1\.2 refused\)/)).toContain('Room-G');
    const row = text.split('\n').find((l) => /Room-G/.test(l)) ?? '';
    expect(row).toMatch(/yes\s+stated ce9\.15\.3: CE 9\.15\.3 should accept TLS 1\.2[^\n]*TLS 1\.0, 1\.1 and 1\.2 all failed/);
    expect(text).not.toMatch(/no TLS version/);
  });

  it('CLI: two lines giving one address to different systems are flagged; an exact repeat is not', async () => {
    const file = join(dir, 'fleet2.csv');
    writeFileSync(file, fleetCsv());
    const t = makeIO(undefined, { env });
    expect(await main(['probe', '--targets', file, '--timeout', '800'], t)).toBe(0);
    const text = t.out();
    const claimed = section(text, /on two lines of the list as different systems/);
    expect(claimed).toMatch(/^1 address appears/);
    expect(claimed).toContain('Room-F');
    expect(claimed).toMatch(/line 2 \(Room-A, TC7\.3\.3\)/);
    expect(claimed).not.toMatch(/line 6/);
    const row = text.split('\n').find((l) => /^5\s/.test(l)) ?? '';
    expect(row).toMatch(/line 2 \(Room-A, TC7\.3\.3\) gives this address to another system/);
    // FIX20D #5: which line the one probe was for, and that the probe cannot tell which system answers; not "(probed once)".
    expect(claimed).toMatch(/probed at most once, for its first line, and a probe cannot tell which system answers there/);
    expect(text).not.toMatch(/listed for two systems|\(probed once\)/);
    expect(row).toMatch(/the address was probed once, for line 2;/);
  });

  it('Slack card, EN and JA: the all-refusing port is its own section with what to check, and the claimed address is listed', async () => {
    const policy = policyFromEnv(env);
    const summary = await runFleet(readTargets(Readable.from([fleetCsv()])), { policy, timeoutMs: 800 });
    expect(summary.mediumCannotReachCount).toBe(1);
    expect(summary.noLevelCount).toBe(1);
    expect(summary.claimedCount).toBe(1);
    const text = (lang: 'en' | 'ja') =>
      fleetCard(summary, lang)
        .blocks!.map((b: KnownBlock) => (b.type === 'section' || b.type === 'header' ? (b.text?.text ?? '') : ''))
        .join('\n');
    const en = text('en');
    const enMedium = en.split('\n\n').find((p) => /Medium cannot reach/.test(p)) ?? en.slice(en.indexOf('TMS at Medium cannot reach'));
    expect(en).toMatch(/\*1 of 3 probed refuses TLS 1\.0/);
    expect(enMedium.split('*').slice(0, 3).join('*')).not.toContain('Room-C');
    expect(en).toMatch(/refuses TLS 1\.0, 1\.1 and 1\.2: an upgrade does not explain it[^\n]*\*\n[^\n]*Room-C/);
    // Room-C resets TLS 1.3 too: not the endpoint's minimum TLS version; the path, the address and HTTPS on it first.
    expect(en).toMatch(/refused TLS 1\.3 too[^\n]*firewall or IPS[^\n]*HTTP Mode/);
    expect(en).not.toMatch(/minimum TLS version setting/);
    expect(en).toMatch(/two lines of the list as different systems[^\n]*\*\n[^\n]*Room-F/);
    expect(en).not.toMatch(/listed for two systems|\(probed once\)/);
    expect(en).toMatch(/same address as line 2, listed there as another system \(not probed again: the result on line 2 is this address's\)/);
    const ja = text('ja');
    expect(ja).toMatch(/調べた 3 台のうち 1 台が TLS 1\.0 を拒否/);
    expect(ja).toMatch(/アップグレードでは説明がつかず[^\n]*\*\n[^\n]*Room-C/);
    expect(ja).toMatch(/TLS 1\.3 も拒否[^\n]*ファイアウォールや IPS[^\n]*HTTP Mode/);
    expect(ja).toMatch(/リストの 2 行に別の機器[^\n]*\*\n[^\n]*Room-F/);
    // (Backticks kept: an xAPI command in them is a literal, shown as code.)
    for (const line of ja.split('\n').filter((l) => /説明がつかず|成立しない|別の機器|行目/.test(l))) expect(jaStyleProblems(line.replace(/[*•]/g, ''))).toEqual([]);
  });
});
