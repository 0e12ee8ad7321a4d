/**
 * QA51 #1, #2: another organisation's TMS, or the release a change started from, is not this incident's.
 * "their TMS is 14.6" beside "our TMS 15.13" is another server; "we upgraded from TMS 14.6.2 last year" / "we migrated
 * from Windows 2008 R2" / "we upgraded from SQL 2008 R2" name the release left behind, not the current one.
 */
import { extractFacts } from '../../src/domain/extract';
import { last, rendered, talk } from './helpers';

const tmsOf = (t: string) => extractFacts(t).facts.tms?.semver;

describe('QA51 #1: a partner\'s, customer\'s or previous TMS does not replace ours', () => {
  it.each([
    ["Our TMS 15.13 shows No HTTPS response for a partner's endpoint (their TMS is 14.6) on CE 9.15", '15.13.0'],
    ["TMS 15.13 here; the partner's TMS is 14.6. Their CE 9.15 endpoint shows No HTTPS response in our TMS", '15.13.0'],
    ['We run TMS 15.13 (the other company runs TMS 14.6). CE 9.15 codec: No HTTPS response', '15.13.0'],
    ["The customer's TMS is 14.6.2, ours is 15.13. CE 9.15 No HTTPS response on ours", '15.13.0'],
    ['TMS 15.13. We upgraded from TMS 14.6.2 last year. CE 9.15 codecs show No HTTPS response', '15.13.0'],
    ['We upgraded TMS from 14.6.2 last year; it is 15.13 now', '15.13.0'],
    ['うちの TMS は 15.13 です（先方の TMS は 14.6）。CE 9.15 で No HTTPS response', '15.13.0'],
    ['当社の TMS は 15.13、取引先の TMS は 14.6 です。CE 9.15 の機器が No HTTPS response', '15.13.0'],
    ['TMS は 14.6.2 から上げました。今は 15.13', '15.13.0'],
  ])('%s', (msg, want) => {
    expect(tmsOf(msg)).toBe(want);
  });

  it.each([
    // Alone, the customer's TMS is the case's (a support engineer writing about the customer's system).
    ["The customer's TMS 15.13 shows No HTTPS response for CE 9.15", '15.13.0'],
    ['Customer says their TMS 14.6.2 shows No HTTPS response on CE 9.15', '14.6.2'],
    ['先方の TMS は 14.6 です。CE 9.15 で No HTTPS response', '14.6.0'],
    ['We upgraded TMS from 14.6.2 to 15.13', '15.13.0'],
  ])('still read: %s', (msg, want) => {
    expect(tmsOf(msg)).toBe(want);
  });

  it('answers with the TMS 15 fix and keeps the partner\'s TMS apart (EN and JA)', () => {
    const en = rendered(last(talk("Our TMS 15.13 shows No HTTPS response for a partner's endpoint (their TMS is 14.6) on CE 9.15")));
    expect(en).toMatch(/TMS 15\.13/);
    expect(en).not.toMatch(/Understood so far: TMS 14\.6/);
    const ja = rendered(last(talk('当社の TMS は 15.13、取引先の TMS は 14.6 です。CE 9.15 の機器が No HTTPS response')));
    expect(ja).toMatch(/TMS 15\.13/);
    expect(ja).not.toMatch(/TMS 14\.6 (?:·|・)/);
  });
});

describe('QA51 #2: "migrated/upgraded from Windows/SQL 2008 R2" is the past release', () => {
  it.each([
    ['TMS 15.13 on Windows 2019, SQL 2019 remote. We migrated from Windows 2008 R2 last year. CE 9.15 failing', 'windows', 2019],
    ['TMS 15.13, local SQL 2016. We upgraded from SQL 2008 R2 last year. Win 2019. CE 9.15 failing', 'sql', 2016],
    ['SQL 2008 R2 からアップグレードしました。TMS 15.13、Win 2019', 'sql', undefined],
    ['昨年 Windows 2008 R2 から移行しました。TMS 15.13', 'windows', undefined],
    ['We moved SQL from 2008 R2 last year', 'sql', undefined],
  ] as const)('%s', (msg, field, year) => {
    expect(extractFacts(msg).facts[field]?.year).toBe(year);
  });

  it.each([
    // The target of the change is the current release; a change not made leaves the release current.
    ['We migrated from Windows 2008 R2 to Windows 2019 last year', 'windows', 2019],
    ['we moved from SQL 2008 R2 to SQL 2016 SP2 last year', 'sql', 2016],
    ['SQL は 2008 R2 から 2016 に移行しました', 'sql', 2016],
    ["we haven't migrated from Windows 2008 R2 yet, TMS 15.13", 'windows', 2008],
    ['まだ Windows 2008 R2 から移行していません', 'windows', 2008],
  ] as const)('still read: %s', (msg, field, year) => {
    expect(extractFacts(msg).facts[field]?.year).toBe(year);
  });

  it('no 2008 R2 registry step and no reboot for the Windows 2019 server', () => {
    const out = rendered(last(talk('TMS 15.13 on Windows 2019, SQL 2019 remote. We migrated from Windows 2008 R2 last year. CE 9.15 failing')));
    expect(out).toMatch(/Windows Server 2019/);
    expect(out).not.toMatch(/Windows Server 2008 R2/);
  });
});

describe('QA51 #1, #2 in a later turn: the partner\'s TMS or the release left behind replaces nothing', () => {
  const setup = 'TMS 15.13, Win 2019, SQL 2016 remote, CE 9.15';
  it.each([
    ["the partner's TMS is 14.6", 'tms', '15.13'],
    ['we upgraded from TMS 14.6.2 last year', 'tms', '15.13'],
    ['we migrated from Windows 2008 R2 last year', 'windows', 2019],
    ['SQL 2008 R2 から移行しました', 'sql', 2016],
  ] as const)('%s', (msg, field, want) => {
    const r = last(talk(setup, msg));
    const f = r.state.facts;
    expect(field === 'tms' ? f.tms?.raw : f[field]?.year).toBe(want);
  });

  it.each([
    ['we migrated from Windows 2008 R2 to 2022 last month', 2022],
    ["we haven't migrated from Windows 2008 R2 yet", 2008],
  ] as const)('still read: %s', (msg, want) => {
    expect(last(talk(setup, msg)).state.facts.windows?.year).toBe(want);
  });
});
