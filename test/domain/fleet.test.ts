/** The fleet fact and its rule: what the diagnosis says once a fleet probe has run. */
import { diagnose } from '../../src/domain/diagnose';
import { fleetFinding, readFleetFact, type FleetFact } from '../../src/domain/fleet';
import { step } from '../../src/conversation/engine';
import type { Facts } from '../../src/domain/types';

const fleet = (o: Partial<FleetFact> = {}): FleetFact => ({ total: 503, probed: 500, mediumFails: 412, mediumOk: 85, noLevel: 0, noAnswer: 3, notProbed: 3, ...o });

describe('fleet rule', () => {
  it('412 of 500 refuse TLS 1.0: this is the problem; 3 gave no TLS answer: look at those separately (EN and JA)', () => {
    const f = fleetFinding(fleet())!;
    expect(f.code).toBe('fleet-summary');
    expect(f.severity).toBe('critical');
    const en = f.body.map((b) => b.en).join(' ');
    const ja = f.body.map((b) => b.ja).join(' ');
    expect(en).toMatch(/412 of 500 probed endpoints refuse TLS 1\.0: this is the problem/);
    expect(en).toMatch(/85 still accept TLS 1\.0/);
    expect(en).toMatch(/3 do not answer in TLS at all .*look at those separately/);
    expect(ja).toMatch(/調べた 500 台のうち 412 台が TLS 1\.0 を拒否しています。これが原因です/);
    expect(ja).toMatch(/3 台は TLS でまったく応答しません/);
    expect(en + ja).not.toMatch(/PROBE_|--/);
  });

  it('a fleet where every answering endpoint accepts TLS 1.0 says it is not this problem, without claiming more', () => {
    const f = fleetFinding(fleet({ mediumFails: 0, mediumOk: 497 }))!;
    expect(f.severity).toBe('info');
    expect(f.body[0].en).toMatch(/All 497 endpoints that answered in TLS accept TLS 1\.0/);
    expect(diagnose({ fleet: fleet({ mediumFails: 0, mediumOk: 497 }) }).affected).toBe('unknown');
  });

  it('refusals in the fleet answer the endpoint question; the stated version and a single probe still come first', () => {
    const d = diagnose({ fleet: fleet(), tms: { product: 'TMS', raw: '15.2.1', semver: '15.2.1' } } as Facts);
    expect(d.findings.map((x) => x.code)).toEqual(expect.arrayContaining(['fleet-summary', 'endpoint-no-tls10']));
    expect(d.questions.map((q) => q.code)).not.toContain('need-endpoint-version');
    const stated = diagnose({ fleet: fleet(), endpoint: { family: 'TC', raw: 'TC7.3.3', semver: '7.3.3' } } as Facts);
    expect(stated.findings.map((x) => x.code)).toContain('endpoint-accepts-tls10');
  });

  it('a malformed stored fleet value is dropped, not trusted', () => {
    expect(readFleetFact({ ...fleet(), probed: -1 })).toBeUndefined();
    expect(readFleetFact({ ...fleet(), mediumFails: 600 })).toBeUndefined();
    expect(readFleetFact('412')).toBeUndefined();
    const d = diagnose({ fleet: { total: 'x' } } as unknown as Facts);
    expect(d.findings.map((x) => x.code)).not.toContain('fleet-summary');
  });

  it('the engine takes a fleet message into the facts and answers with it', () => {
    const out = step(null, { kind: 'fleet', fleet: fleet() });
    expect(out.state.facts.fleet).toEqual(fleet());
    const text = JSON.stringify(out.replies);
    expect(text).toMatch(/Fleet probe taken into account: of 500 endpoints probed, 412 refuse TLS 1\.0/);
    expect(out.state.pending).toBe('need-tms-version'); // the fleet settled the endpoint question: the next one is asked
    const answered = step(out.state, { kind: 'text', text: 'TMS 15.2.1, SQL Server 2016, Windows Server 2019, Medium' });
    expect(JSON.stringify(answered.replies)).toMatch(/412 of 500 probed endpoints refuse TLS 1\.0: this is the problem/);
    const bad = step(out.state, { kind: 'fleet', fleet: { total: 1 } as unknown as FleetFact });
    expect(bad.state.facts.fleet).toEqual(fleet());
    expect(JSON.stringify(bad.replies)).toMatch(/could not read that fleet probe result/);
  });
});
