/**
 * QA57 #2, #8, #3: another customer's or the lab's system is not ours.
 * - #2 "We have seen this at another customer running TMS 15.2 on 2008 R2", 「他のお客様（TMS 15.2、Windows 2008 R2）」: their
 *   Windows does not replace ours (it decided "required" keys and a reboot for nothing on Windows 2019).
 * - #8 "Our lab TMS (14.6.2, …) still has TC 7.3.3 codecs": the lab's codecs are not our fleet.
 * - #3 "sorry that was the lab, prod is TMS 15.9", "… prod is 14.6", 「上記は検証環境でした。本番は TMS 14.6 です」: the new TMS
 *   release is taken, the lab message's Windows/SQL/level are dropped and said so, and asked again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/domain/extract';
import { last, rendered, talk } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'qa57', name), 'utf8');

describe('QA57 #2: another customer\'s Windows is not ours', () => {
  it.each([
    ['Our TMS 15.13 runs on Windows Server 2019, SX80s on CE 9.15.3 show No HTTPS response. We have seen this at another customer running TMS 15.2 on 2008 R2.', 2019],
    ['Our TMS 15.13 runs on Windows Server 2019. We saw this at another customer with TMS 15.2 on Windows 2008 R2.', 2019],
    ["TMS 15.13 on Windows Server 2019. Another customer's TMS 15.2 on Windows 2008 R2 had the same.", 2019],
    ['TMS 15.13 on Windows Server 2019, same at another customer (TMS 15.2, Windows 2008 R2).', 2019],
    ['当社の TMS 15.13（Windows Server 2019、SQL 2017 は別サーバ）で、CE 9.15.3 の SX80 が No HTTPS response になります。他のお客様（TMS 15.2、Windows 2008 R2）でも同様の事例がありました。', 2019],
    ['TMS 15.13 on Windows 2008 R2. Another customer running TMS 15.2 on 2019 had the same.', 2008],
  ])('%s', (msg, year) => {
    const f = extractFacts(msg).facts;
    expect(f.windows?.year).toBe(year);
    expect(f.tms?.semver).toBe('15.13.0');
    expect(f.otherTms?.map((v) => v.semver)).toContain('15.2.0');
  });

  it('a bracket before a site letter opens no scope: "(site B runs TMS 15.12, sql 2016 remote, win 2016" keeps the list', () => {
    expect(extractFacts('a list after the other server, in its own clauses, still counts ("site B runs TMS 15.12, sql 2016 remote, win 2016")').facts.windows?.year).toBe(2016);
  });

  it('forwarded thread: the partner\'s "another customer running TMS 15.2 on 2012 R2" leaves our Windows 2016', () => {
    expect(extractFacts(fixture('i1.txt')).facts.windows?.year).toBe(2016);
    expect(extractFacts(fixture('i1b.txt')).facts.windows?.year).toBe(2008);
  });

  it('another customer\'s TMS alone is not ours either', () => {
    const f = extractFacts('We have seen this at another customer running TMS 15.2 on 2008 R2.').facts;
    expect(f.tms).toBeUndefined();
    expect(f.windows).toBeUndefined();
  });

  it('answers for Windows 2019 without a reboot (EN and JA)', () => {
    const en = rendered(last(talk('Our TMS 15.13 runs on Windows Server 2019, SX80s on CE 9.15.3 show No HTTPS response. We have seen this at another customer running TMS 15.2 on 2008 R2.', 'SQL 2017 remote')));
    expect(en).toMatch(/Windows Server 2019/);
    expect(en).not.toMatch(/Windows Server 2008 R2 ·|Required on Windows Server 2008 R2/);
    const ja = rendered(last(talk('当社の TMS 15.13（Windows Server 2019、SQL 2017 は別サーバ）で、CE 9.15.3 の SX80 が No HTTPS response になります。他のお客様（TMS 15.2、Windows 2008 R2）でも同様の事例がありました。', 'レベルは Medium です')));
    expect(ja).toMatch(/Windows Server 2019/);
    expect(ja).not.toMatch(/Windows Server 2008 R2 では必須|Windows Server 2008 R2、/);
  });

  it.each([
    // Still read: our own Windows, another customer with no version, a customer's TMS as the case's.
    ['Another customer had it on Windows 2019. Our TMS 15.13 is on Windows 2016.', 2016],
    ["The customer's TMS 15.13 runs on Windows 2019 and shows No HTTPS response", 2019],
    ['TMS 15.13 on Windows 2012 R2, SQL 2014 local', 2012],
  ])('still read: %s', (msg, year) => {
    expect(extractFacts(msg).facts.windows?.year).toBe(year);
  });
});

describe('QA57 #8: the lab\'s codecs are not ours', () => {
  it('forwarded thread: no mixed fleet from the lab TMS\'s TC 7.3.3 codecs', () => {
    const ex = extractFacts(fixture('i1.txt'));
    expect(ex.facts.endpoint?.raw).toMatch(/9\.15\.3/);
    expect(ex.mixedEndpoints).toBeUndefined();
    expect(rendered(last(talk(fixture('i1.txt'))))).not.toMatch(/several versions|Those on TC 7\.3\.3/);
  });
  it('a lab TMS\'s codecs are still read when no others are named', () => {
    expect(extractFacts('lab TMS 14.6.2 shows No HTTPS response on SX80 CE 9.15.3').facts.endpoint?.semver).toBe('9.15.3');
    expect(extractFacts('Our lab TMS 14.6.2 still has TC 7.3.3 codecs, prod TMS 15.13 has SX80 CE 9.15.3').mixedEndpoints).toBeUndefined();
  });
});

describe('QA57 #3: "that was the lab, prod is …"', () => {
  const LAB = 'TMS 15.13 on Windows 2016, SQL 2016 local, SX80 CE 9.15.3: No HTTPS response, level Medium';
  it('takes the new TMS, drops the lab\'s Windows/SQL/level and says so', () => {
    const r = last(talk(LAB, 'sorry that was the lab, prod is TMS 15.9'));
    const out = rendered(r);
    expect(out).toMatch(/TMS 15\.13 → TMS 15\.9/);
    expect(out).toMatch(/no longer use what it gave for that server: Windows Server 2016 · SQL Server 2016 · SQL on the TMS server · level Medium/);
    expect(r.state.facts.windows).toBeUndefined();
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.facts.level).toBeUndefined();
    expect(r.state.facts.endpoint?.semver).toBe('9.15.3');
  });
  it('"prod is 14.6" after a TMS release is TMS 14.6', () => {
    const r = last(talk('tms 15.13 / w2k8r2 / sql 2008 r2 sp3 local (10.50.6560.0) / SX80 ce9.15.3 -> No HTTPS response', 'sorry that was the lab, prod is 14.6'));
    expect(r.route).toBe('earlier-was-lab');
    expect(r.state.facts.tms?.semver).toBe('14.6.0');
    expect(r.state.facts.windows).toBeUndefined();
    expect(r.state.facts.sql).toBeUndefined();
    expect(rendered(r)).toMatch(/TMS 15\.13 → TMS 14\.6/);
  });
  it('JA ticket then 「上記は検証環境でした」', () => {
    const r = last(talk(fixture('i3.txt'), 'すみません、上記は検証環境でした。本番は TMS 14.6 です'));
    const out = rendered(r);
    expect(r.state.facts.tms?.semver).toBe('14.6.0');
    expect(r.state.facts.sql).toBeUndefined();
    expect(out).toMatch(/この件では使いません/);
    // (Named once, in the line that says it is dropped; nowhere after it.)
    expect(out.split('\n\n').slice(1).join('\n\n')).not.toMatch(/SQL Server 2012|SQL 2012/);
  });
  it('without a new value: the lab\'s values go and are asked again', () => {
    const r = last(talk(LAB, 'that was our test server'));
    expect(r.state.facts.tms).toBeUndefined();
    expect(r.state.facts.windows).toBeUndefined();
    expect(rendered(r)).toMatch(/Which TMS version/);
  });
  it('top-posted correction above the quoted mail: "The 15.13 I mentioned is the new server"', () => {
    const r = last(talk(fixture('i9.txt')));
    expect(r.state.facts.tms?.semver).toBe('14.6.2');
    expect(r.state.facts.windows).toBeUndefined();
    expect(r.state.facts.sql).toBeUndefined();
    expect(rendered(r)).toMatch(/no longer use what it gave for that server: Windows Server 2016 · SQL Server 2016 · SQL on the TMS server/);
  });
  it('"sorry that was the other server" drops and asks (it was read as "SQL on another server")', () => {
    const r = last(talk(LAB, 'sorry that was the other server'));
    expect(r.route).toBe('earlier-was-lab');
    expect(r.state.facts.sqlLocation).toBeUndefined();
  });
  it.each([
    'that was on the lab tms too',
    'was that the lab?',
    'we tested that on the lab server',
    'that was not the lab',
  ])('not read: %s', (line) => {
    const r = last(talk(LAB, line));
    expect(r.route).not.toBe('earlier-was-lab');
    expect(r.state.facts.windows?.year).toBe(2016);
  });
  // A replacement (merge.ts's new-server note) and a retraction (retraction.ts) keep their own routes.
  it.each(['that was the old server, the new one is Windows 2019', 'that was about another server', 'それは別サーバの話でした', 'それは旧サーバの話でした'])('their own route: %s', (line) => {
    expect(last(talk(LAB, line)).route).not.toBe('earlier-was-lab');
  });
});
