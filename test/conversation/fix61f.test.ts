/**
 * FIX61F: leftovers of review REV38.
 * 1. (D4) The EN "tomorrow/tonight" plan cue needs a change of release or level in its clause (as the JA cue after REV38 #1):
 *    "tonight I'm changing the level on TMS 15.9", "tomorrow we restart TMS 15.9 server" name the release now.
 * 2. (D1) "We upgraded the SX80s to CE 9.15 and tomorrow TMS goes to 15.9": the plan is a clause of its own.
 * 3. (D6) curl.exe's SEC_E_ALGORITHM_MISMATCH: the title names the machine curl.exe ran on, as the body does (qa60d-windows-curl).
 * 4. (D7) TMS 14 "not this problem": ClientHello, not "TLS 1.0 hello".
 */
import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from './helpers';

const P = 'TMS 15.2.1 at Medium, SX80 on TC 7.3.6, SQL 2016 local, Windows 2019';

describe('FIX61F #1 (D4): a day to come is a plan only with a change of release or level in its clause', () => {
  it.each([
    "tonight I'm changing the level on TMS 15.9",
    'tomorrow we restart TMS 15.9 server',
    "we can't upgrade TMS 15.9 tomorrow",
    'we have a change window tonight for TMS 15.9',
    'tomorrow morning our TMS 15.9 goes down for maintenance',
    "we're going live tomorrow with TMS 15.9 and the SX80s on CE 9.15",
    'tomorrow we move the TMS 15.9 server to a new rack',
  ])('the release now is kept: %s', (m) => {
    expect(extractFacts(m).facts.tms?.raw).toBe('15.9');
  });
  it('in a conversation: TMS 15.9 is taken, not asked again as a plan', () => {
    const r = runIn('en', ["tonight I'm changing the level on TMS 15.9"]);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.route).not.toMatch(/plan/);
  });
  it.each([
    'tomorrow we upgrade TMS to 15.9',
    'tomorrow we upgrade to TMS 15.9',
    'tonight we raise TMS 15.9 to Medium-High',
    "we can't upgrade TMS to 15.9 tomorrow",
    'tomorrow we install TMS 15.9',
    'tomorrow we go to TMS 15.9',
    'the day after tomorrow TMS goes to 15.9',
  ])('a change of release or level to come is still a plan: %s', (m) => {
    const f = extractFacts(m).facts;
    expect(f.tms).toBeUndefined();
    expect(f.level).toBeUndefined();
  });
  it('"tonight we set Medium-High on TMS 15.9": the level to come is not the level now', () => {
    expect(extractFacts('tonight we set Medium-High on TMS 15.9').facts.level).toBeUndefined();
    // (A state said, "Medium-High set", is no change to come.)
    expect(extractFacts('Medium-High set tonight on TMS 15.9').facts.tms?.raw).toBe('15.9');
  });
  it('a move to another SQL Server release is a plan: SQL 2016 is not the one now', () => {
    expect(extractFacts('tomorrow we move the TMS 15.9 database to SQL 2016').facts.sql).toBeUndefined();
  });
});

describe('FIX61F #2 (D1): "and tomorrow <subject> <change verb>" is a clause of its own', () => {
  it.each([
    ['We upgraded the SX80s to CE 9.15 and tomorrow TMS goes to 15.9', 'CE 9.15'],
    ['We upgraded the SX80s to CE 9.15 and tomorrow we move TMS to 15.9', 'CE 9.15'],
    ['We upgraded the SX80s to CE 9.15 and the day after TMS goes to 15.9', 'CE 9.15'],
    ['the SX80s are on CE 9.15 and tonight TMS goes to 15.9', 'CE 9.15'],
    ['the SX80s failed after CE 9.15 and tomorrow we roll them back to TC 7.3.6', 'CE 9.15'],
  ])('the report is read, the plan is not: %s', (m, ep) => {
    const f = extractFacts(m).facts;
    expect(f.endpoint?.raw).toBe(ep);
    expect(f.tms).toBeUndefined();
  });
  it('in a conversation: the endpoint release is updated, TMS stays 15.2.1', () => {
    const r = runIn('en', [P, 'We upgraded the SX80s to CE 9.15 and tomorrow TMS goes to 15.9']);
    expect(r.state.facts.tms?.raw).toBe('15.2.1');
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
  });
  it.each([
    // A restart is no change of release: TMS 15.9 is the one now.
    ['We upgraded the SX80s to CE 9.15 and tomorrow we restart TMS 15.9', '15.9', 'CE 9.15'],
    ['We moved the SX80s to CE 9.15 and the day after they started failing', undefined, 'CE 9.15'],
    // A day to come before it: one plan, nothing recorded.
    ['Tomorrow the SX80s go to CE 9.15 and the day after TMS goes to 15.9', undefined, undefined],
    ["tomorrow we'll move the SX80s to CE 9.15 and the day after TMS goes to 15.9", undefined, undefined],
  ])('guard: %s', (m, tms, ep) => {
    const f = extractFacts(m).facts;
    expect(f.tms?.raw).toBe(tms);
    expect(f.endpoint?.raw).toBe(ep);
  });
});

describe('FIX61F #4 (D7): TMS before 15, an endpoint that accepts TLS 1.0: ClientHello, not "hello"', () => {
  it('EN', () => {
    const out = rendered(runIn('en', ['TMS 14.6.2 on Windows 2012 R2, SQL 2014 SP2 remote. SX80s on TC 7.3.5 show No HTTPS response']));
    expect(out).toMatch(/Not this problem/);
    expect(out).toMatch(/TMS 14\.6\.2 offers TLS 1\.0 in its ClientHello, and TC 7\.3\.5 still accepts TLS 1\.0/);
    expect(out).toMatch(/does not change the TLS 1\.0 that TMS offers in its ClientHello/);
    expect(out).not.toMatch(/TLS 1\.0 hello/);
  });
  it('JA', () => {
    const out = rendered(runIn('ja', ['TMS 14.6.2、Windows 2012 R2、SQL 2014 SP2 はリモートです。TC 7.3.5 の SX80 で No HTTPS response が出ます']));
    expect(out).toMatch(/TMS 14\.6\.2 は ClientHello で TLS 1\.0 を提示し、TC 7\.3\.5 はまだ TLS 1\.0 を受け付けます/);
    expect(out).toMatch(/TMS が ClientHello で提示する TLS 1\.0 は変わりません/);
    expect(out).not.toMatch(/TLS 1\.0 の hello/);
  });
});
