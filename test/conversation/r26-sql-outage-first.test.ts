/**
 * QA round 22 W1: SQL Server 2008 R2 without TLS 1.2 on the TMS server, TLS 1.0 and SSL 3.0 taken as off (IIS Crypto's
 * Best Practices, or said) while the endpoint version is still asked: the "check SQL Server now / re-enable TLS 1.0" card
 * leads the reply; the question follows (it was held back until the endpoint was known).
 */
import { last, questions, rendered, runIn, talk } from './helpers';

const W1_EN = 'TMS 15.2.1 on Windows 2008 R2 with SQL 2008 R2 SP2 local, No HTTPS response after codec upgrade';
const W1_JA = 'TMS 15.2.1、Windows Server 2008 R2、SQL Server 2008 R2 SP2同居。SX80のソフトを上げたらNo HTTPS response';

describe('W1: the SQL outage card leads while the endpoint version is asked', () => {
  it.each(['we applied IIS Crypto best practices template and rebooted', 'we disabled TLS 1.0 and SSL 3.0'])('EN: %s', (msg) => {
    const r = last(talk(W1_EN, msg));
    const out = rendered(r);
    const card = out.indexOf('check SQL Server now');
    expect(card).toBeGreaterThan(-1);
    expect(out).toMatch(/re-enable TLS 1\.0 for Client and Server/);
    expect(out).toMatch(/Protocols\\TLS 1\.0\\Client\]/);
    // The question is still asked, after the card.
    expect(questions(r)).toEqual(['need-endpoint-version']);
    expect(r.state.pending).toBe('need-endpoint-version');
    expect(out.indexOf('Which software version do the affected endpoints run?')).toBeGreaterThan(card);
  });
  it('JA twin', () => {
    const r = runIn('ja', [W1_JA, 'IIS CryptoのBest Practicesを適用して再起動しました']);
    const out = rendered(r);
    const card = out.indexOf('今すぐ SQL Server を確認してください');
    expect(card).toBeGreaterThan(-1);
    expect(out).toMatch(/TLS 1\.0 を Client と Server の両方で再び有効にし/);
    expect(questions(r)).toContain('need-endpoint-version');
  });
  it('SQL already said down: the recovery card leads, not the same warning twice', () => {
    const out = rendered(last(talk(W1_EN, 'we applied IIS Crypto best practices template and rebooted', "SQL won't start, event 26011")));
    expect(out).toMatch(/get it running first/);
    expect(out).not.toMatch(/TLS 1\.0 is off, you say/);
  });
  it.each([
    ['SQL 2016 local', 'TMS 15.2.1 on Windows 2016 with SQL 2016 local, No HTTPS response after codec upgrade'],
    ['SQL 2008 R2 on a TLS 1.2 build', 'TMS 15.2.1 on Windows 2008 R2 with SQL 2008 R2 SP3 10.50.6560.0 local, No HTTPS response after codec upgrade'],
    ['SQL remote', 'TMS 15.2.1 on Windows 2008 R2, SQL 2008 R2 SP2 on a separate server, No HTTPS response after codec upgrade'],
  ])('no outage card: %s', (_name, first) => {
    const r = last(talk(first, 'we applied IIS Crypto best practices template and rebooted'));
    expect(rendered(r)).not.toMatch(/check SQL Server now/);
    expect(questions(r)).toEqual(['need-endpoint-version']);
  });
});
