/**
 * Host names are looked up only when PROBE_ALLOW_NAMES allows them: a lookup is a packet too (to the
 * resolver and on to whoever serves the name's domain), so a name nobody allowed is refused before
 * one is made, as an address outside PROBE_ALLOW is refused before a connection. Every resolver
 * here is a stub: these tests make no DNS query at all.
 */
import { runConsoleChat } from '../../src/console/chat';
import { checkTarget, policyFromEnv, runProbe } from '../../src/probe';
import { nameAllowed, parseNamePattern } from '../../src/probe/policy';
import { slackRefusal } from '../../src/slack/refusal';
import { probeServiceFromEnv } from '../../src/slack/probe-service';
import { MemoryLogger } from '../../src/slack/logger';
import { makeIO } from '../cli/helpers';

const stub = () => jest.fn(async () => ['10.0.0.7']);

describe('PROBE_ALLOW_NAMES entries', () => {
  it('reads names, *.domains and "*", case and a trailing dot aside', () => {
    expect(parseNamePattern('TMS01.Corp.Example.')).toMatchObject({ name: 'tms01.corp.example', wildcard: false });
    expect(parseNamePattern(' *.corp.example ')).toMatchObject({ name: '.corp.example', wildcard: true, text: '*.corp.example' });
    expect(parseNamePattern('*')).toMatchObject({ name: '', wildcard: true });
  });

  it.each(['10.1.2.3', '*corp.example', '*.*.corp', 'a..b', 'bad name', '::1', '*.', 'x'.repeat(300)])('refuses %j at start-up', (entry) => {
    expect(() => policyFromEnv({ PROBE_ALLOW_NAMES: entry })).toThrow(/PROBE_ALLOW_NAMES/);
  });

  it('a *.domain covers the names under it, not the domain itself nor look-alikes', () => {
    const p = policyFromEnv({ PROBE_ALLOW_NAMES: '*.corp.example, tms01.lab' });
    expect(nameAllowed('codec-7.corp.example', p)).toBe(true);
    expect(nameAllowed('a.b.corp.example', p)).toBe(true);
    expect(nameAllowed('corp.example', p)).toBe(false);
    expect(nameAllowed('evilcorp.example', p)).toBe(false);
    expect(nameAllowed('corp.example.attacker.net', p)).toBe(false);
    expect(nameAllowed('tms01.lab', p)).toBe(true);
    expect(nameAllowed('x.tms01.lab', p)).toBe(false);
  });
});

describe('a name nobody allowed is refused without a lookup', () => {
  it('by default no name is looked up: refused as "name", the resolver never called', async () => {
    const resolve = stub();
    const r = await checkTarget('codec-7.corp.example:443', policyFromEnv({}), resolve);
    expect(r).toEqual({ ok: false, kind: 'name', reason: expect.stringMatching(/^"codec-7\.corp\.example" is a host name the probe may not look up \(no names are allowed\)/) });
    expect(resolve).not.toHaveBeenCalled();
    const out = await runProbe('secret-data.attacker.example', { policy: policyFromEnv({}), resolve });
    expect(out).toMatchObject({ ok: false, kind: 'name' });
    expect(resolve).not.toHaveBeenCalled();
  });

  it('an allowed name is looked up once (case and trailing dot folded); others still are not', async () => {
    const policy = policyFromEnv({ PROBE_ALLOW_NAMES: '*.corp.example' });
    const resolve = stub();
    await expect(checkTarget('Codec-7.Corp.Example.:8443', policy, resolve)).resolves.toEqual({ ok: true, host: 'codec-7.corp.example', address: '10.0.0.7', port: 8443 });
    expect(resolve).toHaveBeenCalledTimes(1);
    const other = await checkTarget('codec-7.other.example', policy, resolve);
    expect(other).toMatchObject({ ok: false, kind: 'name', reason: expect.stringContaining('allowed: *.corp.example') });
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  it('"*" allows every lookup, and the addresses are still checked', async () => {
    const policy = policyFromEnv({ PROBE_ALLOW_NAMES: '*' });
    const r = await checkTarget('anything.example', policy, async () => ['8.8.8.8']);
    expect(r).toMatchObject({ ok: false, kind: 'address', reason: expect.stringMatching(/outside the networks/) });
  });

  it('the Slack probe service refuses it in its pre-check, before any lookup', () => {
    const svc = probeServiceFromEnv({}, { record: async () => 1, recent: async () => [] }, new MemoryLogger(), { resolve: stub() });
    expect(svc.precheck?.('codec-7.corp.example')).toMatchObject({ kind: 'name' });
    expect(svc.precheck?.('10.0.0.7')).toBeNull();
    const allowed = probeServiceFromEnv({ PROBE_ALLOW_NAMES: '*.corp.example' }, { record: async () => 1, recent: async () => [] }, new MemoryLogger());
    expect(allowed.precheck?.('codec-7.corp.example')).toBeNull();
  });

  it('Slack says what happened and what to do, in English and Japanese', async () => {
    const r = await checkTarget('codec-7.corp.example', policyFromEnv({}), stub());
    if (r.ok) throw new Error('must be refused');
    const en = slackRefusal(r, 'en');
    expect(en).toMatch(/^I do not look up "codec-7\.corp\.example"/);
    expect(en).toMatch(/IP address instead/);
    expect(en).not.toMatch(/PROBE_/);
    const ja = slackRefusal(r, 'ja');
    expect(ja).toMatch(/「codec-7\.corp\.example」は名前解決しません/);
    expect(ja).toMatch(/IP アドレスを指定/);
  });

  it('the console chat explains it (and nothing is looked up: the policy comes from an empty environment)', async () => {
    const io = makeIO('TMS 15.2.1\nprobe codec-7.corp.example\n');
    expect(await runConsoleChat(io, {})).toBe(0);
    expect(io.out()).toMatch(/host name the probe may not look up/);
  });
});
