/**
 * REV23 #2: "as planned" is a plan only with a time ahead or an action verb in the present or -ing form; a state said
 * ("is off", "are off", "is down", "is on", "we're on", "set") or a bare release is a report, as without "as planned".
 * The REV22 #1 plans stay plans.
 */
import { freshState, step } from '../../src/conversation/engine';

const SQL_LOCAL = 'TMS 15.13, endpoints CE 9.15, SQL 2008 R2 on the TMS server, Windows 2012 R2, level Medium';
const T14 = 'TMS 14.6.2, Windows Server 2012 R2';
function after(setup: string, line: string) {
  const before = step(freshState('en'), { kind: 'text', text: setup }).state;
  return { before, r: step(before, { kind: 'text', text: line }) };
}
const shown = (r: { replies: unknown }): string => JSON.stringify(r.replies);

describe('REV23 #2: a state or a release said "as planned" is a report', () => {
  it.each([
    ['TLS 1.0 and SSL 3.0 are off as planned', { tls10: 'off', ssl3: 'off' }],
    ['TLS 1.0 is off as planned', { tls10: 'off' }],
  ])('%s: recorded, check SQL Server now', (line, claims) => {
    const { r } = after(SQL_LOCAL, line);
    expect(r.state.facts.tlsClaims).toMatchObject(claims);
    expect(shown(r)).toMatch(/check SQL Server now/);
  });
  it('"SQL Server is down as planned" is the SQL-down report', () => {
    const { r } = after(SQL_LOCAL, 'SQL Server is down as planned');
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
  });
  it.each(['Medium-High set as planned', 'Medium-High is on as planned, still no HTTPS'])('%s: the level is recorded', (line) => {
    const { r } = after(SQL_LOCAL, line);
    expect(r.state.facts.level).toBe('medium-high');
  });
  it.each(['TMS is on 15.13 as planned', "we're on TMS 15.13 as planned", 'TMS 15.13 as planned'])('%s: TMS 15.13 recorded', (line) => {
    const { r } = after(T14, line);
    expect(r.state.facts.tms?.raw).toBe('15.13');
  });
});

describe('REV23 #2: plans said "as planned" stay plans', () => {
  it.each([
    'we upgrade TMS to 15.13 on Friday as planned',
    'upgrading TMS to 15.13 tomorrow as planned',
    'the upgrade to TMS 15.13 happens Friday as planned',
    'TMS goes to 15.13 on Friday as planned',
    "we're upgrading TMS to 15.13 as planned",
  ])('%s: TMS 14.6.2 kept', (line) => {
    const { r } = after(T14, line);
    expect(r.state.facts.tms?.raw).toBe('14.6.2');
  });
});
