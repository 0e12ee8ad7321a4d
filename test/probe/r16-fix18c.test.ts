/**
 * FIX18C #4 (QA43 #9): in a fleet list, a duplicate of a target the policy refused is not "probed once": neither line was
 * probed. The CLI's note and the Slack card (EN + JA) say "listed before" (refused there too). No connection is opened:
 * the probe function given to the fleet fails the test if it is ever called.
 */
import { policyFromEnv } from '../../src/probe';
import { runFleet, type FleetItem } from '../../src/probe/fleet';
import { readTargets } from '../../src/probe/targets';
import { fleetCard } from '../../src/slack/fleet/card';

const policy = policyFromEnv({ PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: '443' } as NodeJS.ProcessEnv);

async function* linesOf(text: string): AsyncGenerator<string> {
  yield text;
}

async function run(list: string): Promise<{ items: FleetItem[]; summary: Awaited<ReturnType<typeof runFleet>> }> {
  const items: FleetItem[] = [];
  const summary = await runFleet(readTargets(linesOf(list)), {
    policy,
    timeoutMs: 200,
    probe: async () => {
      throw new Error('nothing in this list may be probed');
    },
    onResult: (i) => void items.push(i),
  });
  return { items, summary };
}

const cardText = (s: Awaited<ReturnType<typeof runFleet>>, lang: 'en' | 'ja') => JSON.stringify(fleetCard(s, lang).blocks);

describe('a duplicate of a refused target (FIX18C #4, QA43 #9)', () => {
  it('CLI note: "listed before", refused there too, never "probed once"', async () => {
    const { items } = await run('[::1]:443\n::1\n');
    const dup = items.find((i) => i.line === 2)!;
    expect(dup.skipped).toMatchObject({ kind: 'duplicate' });
    expect(dup.skipped!.reason).toMatch(/^listed before/);
    expect(dup.skipped!.reason).toMatch(/refused/);
    expect(dup.skipped!.reason).not.toMatch(/probed once/);
  });

  it('a duplicate naming another system: not "probed once" either', async () => {
    const { items } = await run('address,name\n[::1]:443,Room A\n::1,Room B\n');
    const dup = items.find((i) => i.skipped?.kind === 'duplicate')!;
    expect(dup.skipped!.other).toBeDefined();
    expect(dup.skipped!.reason).not.toMatch(/probed once/);
    expect(dup.skipped!.reason).toMatch(/refused/);
  });

  it('Slack card, EN and JA', async () => {
    const { summary } = await run('[::1]:443\n::1\n');
    const en = cardText(summary, 'en');
    expect(en).toMatch(/listed before \(refused there too, not probed\)/);
    expect(en).not.toMatch(/probed once/);
    const ja = cardText(summary, 'ja');
    expect(ja).toMatch(/前の行も拒否されたため、調べていません/);
    expect(ja).not.toMatch(/1 回だけ調べました/);
  });

  it('guard: a duplicate of an allowed target keeps "probed once" (the reader\'s words, no probe needed to say it)', async () => {
    const items: FleetItem[] = [];
    await runFleet(readTargets(linesOf('127.0.0.1\n127.0.0.1:443\n')), {
      policy,
      timeoutMs: 200,
      probe: async () => ({ ok: false, kind: 'error', reason: 'not probed in this test' }),
      onResult: (i) => void items.push(i),
    });
    const dup = items.find((i) => i.skipped?.kind === 'duplicate')!;
    expect(dup.skipped!.reason).toBe('listed before: probed once');
  });
});
