/**
 * R36: the Slack probe service's pre-check (no lookup) refuses what the policy refuses with the
 * policy's own words: a port refusal names the allowed ports, as checkTarget's does. No lookup and
 * no traffic: only literal addresses and a stub resolver.
 */
import { checkTarget, policyFromEnv } from '../../src/probe';
import { checkWithoutLookup } from '../../src/probe/policy';
import { probeServiceFromEnv } from '../../src/slack/probe-service';
import { MemoryLogger } from '../../src/slack/logger';

const log = { record: async () => 1, recent: async () => [] };

describe('R36: probe pre-check and policy agree', () => {
  it("precheck's port refusal names the allowed ports", async () => {
    const svc = probeServiceFromEnv({ PROBE_PORTS: '443,8443' }, log, new MemoryLogger(), { resolve: async () => ['10.0.0.7'] });
    const pre = svc.precheck?.('10.0.0.7:22');
    expect(pre).toMatchObject({ kind: 'port', reason: expect.stringMatching(/allowed: 443, 8443/) });
    const full = await checkTarget('10.0.0.7:22', policyFromEnv({ PROBE_PORTS: '443,8443' }), async () => ['10.0.0.7']);
    expect(full).toMatchObject({ ok: false, kind: 'port', reason: pre!.reason });
    expect(svc.precheck?.('10.0.0.7:8443')).toBeNull();
  });

  it('checkWithoutLookup: a literal is checked, a name allowed needs a lookup, a name not allowed is refused', () => {
    const policy = policyFromEnv({ PROBE_ALLOW_NAMES: '*.corp.example' });
    expect(checkWithoutLookup('10.0.0.7', policy)).toEqual({ ok: true, host: '10.0.0.7', address: '10.0.0.7', port: 443 });
    expect(checkWithoutLookup('Codec-7.corp.example:443', policy)).toEqual({ ok: 'needs-lookup', host: 'codec-7.corp.example', port: 443 });
    expect(checkWithoutLookup('codec-7.other.example', policy)).toMatchObject({ ok: false, kind: 'name' });
    expect(checkWithoutLookup('8.8.8.8', policy)).toMatchObject({ ok: false, kind: 'address' });
    expect(checkWithoutLookup('10.0.0.7:99999', policy)).toMatchObject({ ok: false, kind: 'malformed' });
  });
});
