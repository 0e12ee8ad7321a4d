/**
 * FIX7B: partial-success and full-width list review findings.
 * 1. "is back" said of a service or a part of TMS ("SQL is back now, but all endpoints still show No HTTPS response") is
 *    no fix working for some systems: only a count or systems said back are ("7 of 10 are back", "the SX20s are back").
 * 2. After a counted partial success, a version or a port is no count of systems back: "SQL 2014 is fine too",
 *    "ports 443 and 80 are ok too" say nothing about how many systems came back.
 * 3. Half-width family letters with full-width digits ("CE９．１５．３ と TC７．３．６") are a list of releases as the
 *    half-width form is.
 */
import { endpointListIn } from '../../src/domain/understand/endpoint-list';
import { rendered, runIn } from './helpers';

const FIRST = 'TMS 15.2.1 on Windows 2012 R2, No HTTPS response after CE 9.15 upgrade';

describe('1. "is back" after a service is no partial success', () => {
  it.each([
    'Set Medium-High and restarted IIS. SQL is back now, but all endpoints still show No HTTPS response',
    'Set Medium-High and restarted IIS. The TMS service is back, but all endpoints still show No HTTPS response',
    'Set Medium-High. The database is back now but the endpoints still show No HTTPS response',
    'Set Medium-High and rebooted. The server is back up but every endpoint still fails',
  ])('%s', (msg) => {
    const r = runIn('en', [FIRST, msg]);
    expect(r.state.facts.tlsClaims?.partlyWorks).not.toBe(true);
    expect(rendered(r)).not.toMatch(/part of it works/i);
  });

  it.each([
    'Set Medium-High and restarted IIS. 7 of 10 are back',
    'Set Medium-High and restarted IIS. The SX20s are back, the HDX still fails',
    'Set Medium-High. The Cisco ones are back now but the HDX still fails',
    'Set Medium-High. Most endpoints are back now',
  ])('a count or systems back still are: %s', (msg) => {
    expect(runIn('en', [FIRST, msg]).state.facts.tlsClaims?.partlyWorks).toBe(true);
  });
});

describe('2. a version or a port is no count of systems back', () => {
  const PART = 'Set Medium-High and restarted IIS. 7 of 10 are back';
  it.each(['SQL 2014 is fine too', 'ports 443 and 80 are ok too', 'port 443 is fine too', 'Windows 2012 is fine too'])('%s', (msg) => {
    const out = rendered(runIn('en', [FIRST, PART, msg]));
    expect(out).not.toMatch(/you say \d+ more are back/);
    expect(out).not.toMatch(/Good to hear it works now/);
  });

  it.each(['3 are fine too', '3 more are back', 'ok, 3 are green now too', 'Refreshed. 3 more are green'])('a count of systems still is: %s', (msg) => {
    expect(rendered(runIn('en', [FIRST, PART, msg]))).toMatch(/Good to hear it works now/);
  });
});

describe('3. full-width digits after half-width family letters', () => {
  it.each(['endpoints are TC７．３．６ and CE９．１５．３', 'CE９．１５．３ と TC７．３．６', 'ＴＣ７．３．６ と ＣＥ９．１５．３'])('%s', (msg) => {
    expect(endpointListIn(msg)?.map((e) => `${e.family} ${e.semver}`)).toEqual(
      expect.arrayContaining(['TC 7.3.6', 'CE 9.15.3']),
    );
  });

  it('no list in full-width text without two releases', () => {
    expect(endpointListIn('ＴＭＳ は １５．２ です')).toBeNull();
    expect(endpointListIn('エンドポイントは CE９．１５．３ です')).toBeNull();
  });

  it('ja: the correction reads as a mixed fleet', () => {
    const full = rendered(runIn('ja', ['TMS 15.2、エンドポイントは CE 9.15', 'エンドポイントは実は CE９．１５．３ と TC７．３．６ です']));
    const half = rendered(runIn('ja', ['TMS 15.2、エンドポイントは CE 9.15', 'エンドポイントは実は CE 9.15.3 と TC 7.3.6 です']));
    expect(half).toMatch(/混在/);
    expect(full).toMatch(/混在/);
  });
});
