/**
 * FIX18C #4 (QA43 #7): several targets typed where one is expected (the "Probe an endpoint" modal, /tls-probe without the
 * fleet probe) get "one probe takes one target" and, when the fleet probe is there, `/tls-probe HOST HOST …`; not "give a
 * host name or IP address". Refused before any check or lookup: nothing is resolved or connected.
 */
import type { AppDeps } from '../../src/slack/deps';
import { gateProbe } from '../../src/slack/flows';

function deps(fleet: boolean): AppDeps {
  const fail = () => {
    throw new Error('no check, lookup or quota may be reached for several targets');
  };
  return {
    probe: { record: () => undefined, check: fail, precheck: fail },
    metrics: { probe: () => undefined },
    limiter: { take: fail },
    ...(fleet ? { fleet: {} } : {}),
  } as unknown as AppDeps;
}

describe('several targets in the modal or /tls-probe (FIX18C #4)', () => {
  it.each(['127.0.0.1:46051 127.0.0.1:35535', '127.0.0.1:46051,127.0.0.1:35535'])('EN with the fleet probe: %s', async (target) => {
    const g = await gateProbe(deps(true), { who: 'U1', surface: 'modal', target }, 'en');
    expect(g.ok).toBe(false);
    const m = (g as { message: string }).message;
    expect(m).toMatch(/One probe takes one target \(you gave 2; none was probed\)/);
    expect(m).toMatch(/\/tls-probe HOST HOST …/);
    expect(m).not.toMatch(/Please give a host name/);
  });

  it('without the fleet probe: one at a time, no pointer to it; JA', async () => {
    const en = (await gateProbe(deps(false), { who: 'U1', surface: 'slash', target: '127.0.0.1 127.0.0.2' }, 'en')) as { message: string };
    expect(en.message).toMatch(/Probe them one at a time/);
    expect(en.message).not.toMatch(/HOST HOST/);
    const ja = (await gateProbe(deps(true), { who: 'U1', surface: 'modal', target: '127.0.0.1,127.0.0.2' }, 'ja')) as { message: string };
    expect(ja.message).toMatch(/1 回のプローブで調べるのは 1 台です/);
    expect(ja.message).toMatch(/\/tls-probe HOST HOST …/);
  });

  it('guard: a plain bad target keeps the usual words', async () => {
    const g = (await gateProbe(deps(true), { who: 'U1', surface: 'modal', target: 'not a host' }, 'en')) as { message: string };
    expect(g.message).toMatch(/Please give a host name or IP address/);
  });
});
