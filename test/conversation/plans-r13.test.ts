/**
 * Round 13: a plan carrying a fact, "is that all?" after steps done, TMS services counted back, N/M counts.
 */
import { planClauses, planIn } from '../../src/domain/understand/plan';
import { failureScope, servicesBackIn } from '../../src/domain/understand/scope';
import { findEntry } from '../../src/conversation/catalogue';
import { say } from './helpers';

describe('a plan that also carries a fact: the fact recorded, the plan answered, nothing done', () => {
  it.each([
    ["TMS is 15.2, we'll set Medium-High tonight", { tms: '15.2' }, [/Noted: TMS 15\.2\./, /Noted as a plan/, /Telnet and SNMP/, /After it: restart IIS/]],
    ['TMS は 15.2 です。今夜 Medium-High に変更する予定です', { tms: '15.2' }, [/記録しました：TMS 15\.2。/, /予定として承知しました/, /Telnet と SNMP が無効/]],
    ['SQL 2008 R2 on the TMS server; planning to reboot at 22:00', { sql: '2008 R2' }, [/Noted: SQL Server 2008 R2, SQL on the TMS server\./, /Noted as a plan/, /leave TLS 1\.0 and SSL 3\.0 enabled/, /one reboot applies them all/]],
  ] as Array<[string, { tms?: string; sql?: string }, RegExp[]]>)('%j', (text, want, res) => {
    const r = say([], text);
    for (const re of res) expect(r.text).toMatch(re);
    if (want.tms) expect(r.state.facts.tms?.raw).toBe(want.tms);
    if (want.sql) expect(r.state.facts.sql?.raw).toBe(want.sql);
    expect(r.state.facts.level).toBeUndefined();
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
  });

  it.each(['We rebooted the server at 3pm, TMS 15.2', 'TMS 15.2, CE 9.15', 'I will set Medium-High tonight'])('%j has no plan clause beside facts', (text) => {
    expect(planClauses(text)).toBeNull();
  });
  it('a past step with a time is not a plan beside facts: the facts are read as usual', () => {
    const r = say([], 'We rebooted the server at 3pm, TMS 15.2');
    expect(r.text).not.toMatch(/Noted as a plan/);
    expect(r.state.facts.tms?.raw).toBe('15.2');
  });
  it('a plan alone is still answered as before', () => {
    expect(planIn('planning to reboot at 22:00')).toEqual({ restart: true });
  });
});

describe('"is that all?" after steps reported done: they are named done, not listed again', () => {
  it.each(['is that all?', 'それだけですか？', 'これで全部ですか？'])('%j -> is-that-all', (q) => {
    expect(findEntry(q)?.id).toBe('is-that-all');
  });
  it('EN: keys, level and reboot done: only the check is left', () => {
    const r = say(['TMS 15.2, CE 9.15, SQL 2016 local, Windows 2008 R2', 'I created the registry keys and set Medium-High, rebooted'], 'is that all?');
    expect(r.text).toMatch(/Done, by what you told me: the TLS 1\.2 keys, Medium-High, the restart\./);
    expect(r.text).not.toMatch(/must be created|Communication Security = Medium-High in TMS Tools/);
    expect(r.text).toMatch(/Then verify/);
  });
  it('EN: Medium-High set already: not listed as a step', () => {
    const r = say(['TMS 15.2, CE 9.15', 'I set Medium-High already'], 'is that all?');
    expect(r.text).toMatch(/Done, by what you told me: Medium-High\./);
    expect(r.text).not.toMatch(/Communication Security = Medium-High in TMS Tools, then Save/);
    expect(r.text).toMatch(/Check the TLS 1\.2 keys/);
  });
  it('JA: Medium-High set already', () => {
    const r = say(['TMS 15.2、CE 9.15', 'Medium-High にはもう変更しました'], 'それだけですか？');
    expect(r.text).toMatch(/Medium-High への変更は済んでいます/);
    expect(r.text).not.toMatch(/Communication Security を Medium-High にして保存します/);
  });
  it('nothing done: the whole change, as before', () => {
    const r = say(['TMS 15.5, CE 9.15.3, Windows Server 2016, SQL 2014 SP1 on the TMS server, level Medium'], 'is that all?');
    expect(r.text).toMatch(/^Almost/m);
    expect(r.text).toMatch(/Communication Security = Medium-High in TMS Tools/);
  });
});

describe('TMS services counted back: acknowledged, no scope', () => {
  it.each([
    ['3 of 4 TMS services came back', { part: 3, whole: 4 }],
    ['3 of 4 TMS services are running again', { part: 3, whole: 4 }],
    ['TMS のサービス 4 つのうち 3 つが起動しました', { part: 3, whole: 4 }],
    ['4 of 4 TMS services came back', null],
    ['3 of 4 endpoints came back', null],
  ])('%j -> %j', (text, want) => {
    expect(servicesBackIn(text)).toEqual(want);
  });
  it.each(['3 of 4 TMS services came back', '3 of 4 TMS services are running again'])('%j: one line, the open question kept, no scope', (text) => {
    const setup = 'TMS 15.2, CE 9.15, SQL 2016 local, Windows 2016';
    const r = say([setup, 'I set Medium-High and restarted'], text);
    expect(r.text).toMatch(/3 of 4 TMS services running again: worth checking which one is not[^]*TMSSNMPService stopping is expected/);
    expect(r.text).not.toMatch(/could not find a version/);
    expect(r.state.facts.scope).toBeUndefined();
  });
  it('JA, with the SQL question open: the line and the question, not "could not read a SQL version"', () => {
    const r = say(['TMS 15.2、CE 9.15'], 'TMS のサービス 4 つのうち 3 つが起動しました');
    expect(r.text).toMatch(/4 つのうち 3 つが再び動いている[^]*TMSSNMPService/);
    expect(r.text).not.toMatch(/読み取れませんでした/);
    expect(r.text).toMatch(/SQL Server のバージョン/);
    expect(r.state.facts.scope).toBeUndefined();
  });
  it('a fact said with it is read, and the line comes first', () => {
    const r = say(['TMS 15.2, CE 9.15'], '3 of 4 TMS services came back, SQL 2016 on the same box');
    expect(r.text).toMatch(/^3 of 4 TMS services running again/);
    expect(r.state.facts.sql?.raw).toBe('2016');
  });
});

describe('N/M read as "N of M" only with words that say they work again', () => {
  it.each([
    ['7/10 came back', 'some'],
    ['7/10 endpoints OK now', 'some'],
    ['7/10 台復旧', 'some'],
    ['7/10 are working again', 'some'],
    ['7 of 10 came back', 'some'],
    ['10/10 came back', null],
    ['upgraded on 7/10', null],
    ['upgraded on 7/10 now ok', null],
    ['CE 9.7/9.8', null],
    ['TMS 15.2/15.3?', null],
    ['7/10 fail', null],
  ])('%j -> %s', (text, want) => {
    expect(failureScope(text)).toBe(want);
  });
  it('in a message with facts, the count is the scope', () => {
    expect(say([], 'TMS 15.2, CE 9.15, SQL 2016 local, Windows 2016; 7/10 endpoints OK now').state.facts.scope).toBe('some');
  });
});
