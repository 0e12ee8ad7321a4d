/**
 * FIX14A: facts read wrongly, left by the last QA.
 * 1. "nothing is back except the 2 MXPs" (only the MXPs work) is still failing, not a partial success with the MXPs left.
 * 2. "the GPO is for another OU, not the TMS server" says nothing of where SQL runs.
 * 3. "even the TC 7.3.3 units fail" after CE 9.15: a second failing group, CE 9.15 stays the release answered for.
 * 4. "we're on 2008 R2" (no SQL word, Windows unknown) while the SQL question is open: asked which, not stored as SQL.
 * 5. "the C40 works" does not add the C40 to the failing models.
 * 6. "C90 after upgrading to 7.3.21": TC 7.3.21 is the endpoints' release.
 */
import { partialSuccessIn } from '../../src/conversation/partial-success';
import { intentOf } from '../../src/conversation/intents';
import { onlyLeftOutWorks } from '../../src/domain/understand/only-left-out-works';
import { platformYearIn } from '../../src/domain/understand/platform-year';
import { placeOfOtherSubject } from '../../src/domain/understand/place-of-other';
import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from './helpers';

const OPEN_EN = 'TMS 15.2.1 on Windows 2012 R2, No HTTPS response after CE 9.15 upgrade';
const OPEN_JA = 'TMS 15.2.1、Windows Server 2012 R2 です。CE 9.15 にアップグレードしたエンドポイントが No HTTPS response になります';
const DONE_EN = 'TMS 15.2.1 on Windows 2012 R2, SQL 2016 on the same server, No HTTPS response after CE 9.15 upgrade';
const DONE_JA = 'TMS 15.2.1、Windows Server 2012 R2、SQL 2016 は同じサーバです。CE 9.15 にアップグレードしたエンドポイントが No HTTPS response になります';

describe('1. only the ones left out work', () => {
  it.each(['nothing is back except the 2 MXPs', 'none of them are back except the MXPs', 'no endpoints came back, except the MXPs', 'MXP以外はどれも戻っていません', 'MXP 以外は直っていません'])(
    'read as still failing: %s',
    (msg) => {
      expect(onlyLeftOutWorks(msg)).toBe(true);
      expect(partialSuccessIn(msg)).toBe(false);
      expect(intentOf(msg)).toBe('still-failing');
    },
  );

  it('EN: after Medium-High, not the Telnet trade-off nor a partial success', () => {
    const r = runIn('en', [DONE_EN, 'I set Medium-High and rebooted', 'nothing is back except the 2 MXPs']);
    expect(r.state.facts.tlsClaims?.partlyWorks).not.toBe(true);
    const t = rendered(r);
    expect(t).not.toMatch(/Security violation/);
    expect(t).not.toMatch(/part of it works/);
    expect(t).toMatch(/still fails/);
  });

  it('JA: after Medium-High, not a partial success', () => {
    const r = runIn('ja', [DONE_JA, 'Medium-High に変更して再起動しました', 'MXP以外はどれも戻っていません']);
    expect(r.state.facts.tlsClaims?.partlyWorks).not.toBe(true);
    const t = rendered(r);
    expect(t).not.toMatch(/一部は直った/);
    expect(t).not.toMatch(/Security violation/);
    expect(t).toMatch(/解決せず/);
  });

  it.each([
    ['en', OPEN_EN, 'all back except the 2 MXPs'],
    ['en', OPEN_EN, 'everything back except the HDX'],
    ['ja', OPEN_JA, 'MXP 2台以外は全部戻りました'],
  ] as const)('the positive forms stay partial successes (%s): %s', (lang, open, msg) => {
    expect(onlyLeftOutWorks(msg)).toBe(false);
    expect(partialSuccessIn(msg)).toBe(true);
    expect(runIn(lang, [open, msg]).state.facts.tlsClaims?.partlyWorks).toBe(true);
  });

  it.each(['nothing changed except the level', 'none of them work', 'not one is back yet'])('not this: %s', (msg) => {
    expect(onlyLeftOutWorks(msg)).toBe(false);
  });
});

describe('2. a GPO\'s place is not SQL\'s', () => {
  it('EN: with the SQL question open', () => {
    expect(runIn('en', [OPEN_EN, 'the GPO is for another OU, not the TMS server']).state.facts.sqlLocation).toBeUndefined();
  });

  it('EN: with SQL known local, it stays local', () => {
    expect(runIn('en', [DONE_EN, 'the GPO is for another OU, not the TMS server']).state.facts.sqlLocation).toBe('local');
  });

  it('JA: with the SQL question open', () => {
    expect(runIn('ja', [OPEN_JA, 'そのGPOは別のOU向けで、TMSサーバではありません']).state.facts.sqlLocation).toBeUndefined();
  });

  it.each(['SQL is on another server', 'separate box', 'not on the TMS server'])('SQL\'s place still read: %s', (msg) => {
    expect(placeOfOtherSubject(msg)).toBe(false);
    expect(runIn('en', [OPEN_EN, msg]).state.facts.sqlLocation).toBe('remote');
  });

  it('JA: SQL\'s place still read', () => {
    expect(runIn('ja', [OPEN_JA, '別サーバです']).state.facts.sqlLocation).toBe('remote');
  });
});

describe('3. older units failing too', () => {
  it.each([
    ['en', OPEN_EN, 'even the TC 7.3.3 units fail'],
    ['en', OPEN_EN, 'the TC 7.3.3 units fail too'],
    ['ja', OPEN_JA, 'TC 7.3.3 の端末もエラーになります'],
  ] as const)('CE 9.15 kept, TC 7.3.3 kept as failing (%s): %s', (lang, open, msg) => {
    const r = runIn(lang, [open, msg]);
    const f = r.state.facts;
    expect(f.endpoint?.family).toBe('CE');
    expect(f.endpoint?.semver).toBe('9.15.0');
    expect(f.endpointGroups?.find((g) => g.endpoint.family === 'TC')?.fails).toBe(true);
    expect(f.endpointGroups?.find((g) => g.endpoint.family === 'CE')?.fails).toBe(true);
    expect(rendered(r)).not.toMatch(/does not hit them|影響は受けません/);
  });

  it('after hardening: kept as the hardening case', () => {
    const r = runIn('en', [OPEN_EN, 'even the TC 7.3.3 units fail since the GPO hardening']);
    expect(r.state.facts.endpoint?.family).toBe('CE');
    expect(r.state.facts.hardeningAllFail).toEqual(['TC 7.3.3']);
  });

  it('a second group said to remain (not failing) is as before', () => {
    const r = runIn('en', [OPEN_EN, 'some are still on TC 7.3.3']);
    expect(r.state.facts.endpoint?.family).toBe('CE');
    expect(r.state.facts.endpointGroups?.find((g) => g.endpoint.family === 'TC')?.fails).not.toBe(true);
  });
});

describe('4. a bare "we\'re on 2008 R2"', () => {
  const OPEN_NO_WIN = 'TMS 15.2.1, No HTTPS response after CE 9.15 upgrade';
  it('EN: not stored as SQL; which product is asked', () => {
    const r = runIn('en', [OPEN_NO_WIN, "we're on 2008 R2"]);
    expect(r.state.facts.sql).toBeUndefined();
    expect(rendered(r)).toMatch(/SQL Server or the Windows Server release/);
  });

  it('JA: not stored as SQL', () => {
    const r = runIn('ja', ['TMS 15.2.1 で CE 9.15 にアップグレードしたエンドポイントが No HTTPS response になります', 'うちは2008 R2です']);
    expect(r.state.facts.sql).toBeUndefined();
  });

  it.each(['SQL is 2008 R2', 'SQL Server 2008 R2', '2008 R2 SP3 SQL', '2008 R2'])('SQL named (or the bare answer): %s', (msg) => {
    expect(runIn('en', [OPEN_NO_WIN, msg]).state.facts.sql?.year).toBe(2008);
  });

  it.each(['2016 です', '2008 R2 です'])('JA: the bare answer stays SQL: %s', (msg) => {
    expect(runIn('ja', ['TMS 15.1、CE 9.15', msg]).state.facts.sql?.year).toBeGreaterThanOrEqual(2008);
  });

  it("with Windows known, it is not asked about", () => {
    expect(platformYearIn("we're on 2008 R2")).toBe('2008 R2');
    expect(platformYearIn("we're on Windows 2008 R2")).toBeNull();
    expect(runIn('en', [OPEN_EN, "we're on 2008 R2"]).state.facts.sql?.year).toBe(2008);
  });
});

describe('5. a model said to work is not a failing one', () => {
  it.each(['the C40 works', 'C40 is fine', 'the C40s are OK now'])('EN: %s', (msg) => {
    expect(runIn('en', [OPEN_EN, msg]).state.facts.endpointModels ?? []).not.toContain('C40');
  });

  it('JA', () => {
    expect(runIn('ja', [OPEN_JA, 'C40 は正常です']).state.facts.endpointModels ?? []).not.toContain('C40');
  });

  it.each([
    ['the C40 works but the SX20 fails', ['SX20']],
    ['the C40 fails', ['C40']],
    ['we have C40s', ['C40']],
    ['does the C40 work?', ['C40']],
  ])('others kept: %s', (msg, models) => {
    expect(extractFacts(msg).facts.endpointModels).toEqual(models);
  });
});

describe('6. a model upgraded to a bare 7.3.x', () => {
  it.each(['C90 after upgrading to 7.3.21', 'our C40s were upgraded to 7.3.21', 'SX20 on 7.3.6'])('EN: %s', (msg) => {
    const ep = extractFacts(msg).facts.endpoint;
    expect(ep?.family).toBe('TC');
    expect(ep?.semver).toMatch(/^7\.3\./);
  });

  it('EN: in a conversation', () => {
    const f = runIn('en', ['TMS 15.2 shows No HTTPS response', 'windows 2016', 'C90 after upgrading to 7.3.21']).state.facts;
    expect(f.endpoint?.family).toBe('TC');
    expect(f.endpoint?.semver).toBe('7.3.21');
  });

  it('JA', () => {
    const ep = extractFacts('C90 を 7.3.21 にアップグレードしたら TMS 15.2 で No HTTPS response').facts.endpoint;
    expect(ep?.family).toBe('TC');
    expect(ep?.semver).toBe('7.3.21');
  });

  it.each(['C90 after upgrading TMS to 15.2', 'upgraded to 7.3.21'])('not this: %s', (msg) => {
    expect(extractFacts(msg).facts.endpoint?.family).not.toBe('TC');
  });
});
