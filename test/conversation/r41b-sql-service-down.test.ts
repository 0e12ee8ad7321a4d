import { blocksText, findings, runIn, talk, last, rendered } from './helpers';
import { ev7024Ja, NET_START_EN } from '../fixtures/sql-service-down';

/** QA round 28 M1/M2: SQL Server's service shown down in pasted output leads the answer; an event record is no answer to "which Windows?". */
const EV_7024_JA = ev7024Ja('TMS01.corp.example.local');

describe('SQL Server service down in pasted output (item 2)', () => {
  it('EN net start: the SQL outage comes first, says what to check, and does not call 3417 the cause', () => {
    const r = last(talk('TMS 15.9, SQL 2008 R2 SP2 local, Win2012R2, CE9.15', NET_START_EN));
    const f = findings(r);
    expect(f[0]).toBe('evidence-sql-encryption-failed');
    const out = rendered(r);
    expect(out).not.toMatch(/This is the TLS 1\.0 problem: here is the fix/);
    expect(out).toMatch(/ERRORLOG/);
    expect(out).toMatch(/26011/);
    expect(out).toMatch(/17182/);
    expect(out).toMatch(/whether TLS 1\.0 and SSL 3\.0 were disabled/);
    expect(out.indexOf('SQL Server does not start')).toBeLessThan(out.indexOf('Communication Security'));
  });

  it('JA event 7024 after the versions: the SQL outage first, in Japanese', () => {
    const r = runIn('ja', ['TMS 15.9、SQL 2008 R2 SP2 同居、CE9.15です', EV_7024_JA]);
    expect(findings(r)[0]).toBe('evidence-sql-encryption-failed');
    const out = blocksText(r.replies);
    expect(out).toMatch(/SQL Server が起動しません/);
    expect(out).toMatch(/ERRORLOG/);
    expect(out).not.toMatch(/Windows Server のバージョンを読み取れませんでした/);
  });

  it('"SQL is back up" after the paste ends the outage; the service pasted down again brings it back', () => {
    const rs = talk('TMS 15.9, SQL 2008 R2 SP2 local, Win2012R2, CE9.15', NET_START_EN, 'SQL is back up now', NET_START_EN);
    expect(findings(rs[2])).not.toContain('evidence-sql-encryption-failed');
    expect(findings(rs[3])[0]).toBe('evidence-sql-encryption-failed');
  });
});

describe('an event record is never an answer to the pending question (item 5)', () => {
  const EV_7036 = [
    'Log Name:      System',
    'Source:        Service Control Manager',
    'Date:          12/1/2026 10:20:12 AM',
    'Event ID:      7036',
    'Level:         Information',
    'Description:',
    'The Print Spooler service entered the running state.',
  ].join('\n');
  it('EN: the Windows question is asked again, no "could not find a Windows Server version"', () => {
    const rs = talk('TMS 15.9, SQL 2008 R2 SP2 local, CE9.15', EV_7036);
    const out = rendered(last(rs));
    expect(out).not.toMatch(/could not find a Windows Server version/);
    expect(out).toMatch(/not taken it as an answer/);
  });
  it('JA: the same', () => {
    const r = runIn('ja', ['TMS 15.9、SQL 2008 R2 SP2 同居、CE9.15です', EV_7024_JA.replace('7024', '7036').replace(/SQL Server \(SQLTMS\) サービスは.*$/, 'Print Spooler サービスは 実行中 状態に移行しました。')]);
    const out = blocksText(r.replies);
    expect(out).not.toMatch(/Windows Server のバージョンを読み取れませんでした/);
    expect(out).toMatch(/質問への回答としては扱っていません/);
  });
});
