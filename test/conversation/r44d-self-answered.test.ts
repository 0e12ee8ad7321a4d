/**
 * R44D #6 (QA round 29 §4): a question the user answers themselves with a bare "no" ("Our Expressway says remote SQL? no.
 * Anyway SQL 2016 is on the TMS server.") is not asked of us: no "If SQL Server runs on another server" explanation, and
 * SQL stays on the TMS server. The question asked alone still gets it.
 */
import { rendered, runIn } from './helpers';

const F16 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const P = 'TMS 15.9 shows No HTTPS response after endpoints went to CE 9.15';
const REMOTE_TITLE = /If SQL Server runs on another server|SQL Server が別のサーバで動いている場合/;

describe('R44D: a question answered by the user with a bare no', () => {
  it.each([
    [F16, 'Our Expressway says remote SQL? no. Anyway SQL 2016 is on the TMS server.'],
    [P, 'Our Expressway says remote SQL? no. Anyway SQL 2016 is on the TMS server.'],
  ])('%s / %s: no remote explanation, SQL local', (setup, msg) => {
    const r = runIn('en', [setup, msg]);
    expect(rendered(r)).not.toMatch(REMOTE_TITLE);
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(r.state.facts.sql?.year).toBe(2016);
  });

  it('the question asked alone is still answered', () => {
    expect(rendered(runIn('en', [F16, 'What if SQL is on another server?']))).toMatch(REMOTE_TITLE);
  });
});
