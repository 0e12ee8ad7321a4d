/**
 * FIX12B item 1 (QA37 B2, safety): a SQL outage told with a doubted cause ("…because the disk was full? not sure") keeps the
 * outage (a doubted cause never drops it), and "log shows 26011" is read as the 26011 event. EN and JA. Also REV7 #5: a cause
 * the user denies (「パスワードの変更はしていません」「ライセンスが切れていないことは確認済み」, a cluster drive that failed over)
 * is no cause.
 */
import { sqlCauseNamedIn } from '../../src/domain/understand/sql-cause';
import { rendered, runIn } from './helpers';

const P = 'TMS 15.2 shows No HTTPS response for our SX20 after upgrading it to CE 9.15';
const PJ = 'TMS 15.2でSX20をCE 9.15にアップグレードしたらNo HTTPS responseになりました';

describe('r71: SQL outage with a doubted cause', () => {
  it('EN: the outage is kept and 26011 is read', () => {
    const r = runIn('en', [P, 'SQL Server 2008 R2 on the TMS server', 'SQL did not start because the disk was full? not sure, log shows 26011']);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    expect(JSON.stringify(r.state.facts.evidence ?? {})).toMatch(/event-sql-encryption-init-failed/);
    expect(rendered(r)).toMatch(/SQL Server is down: get it running first/);
  });

  it('EN: the doubted cause alone still keeps the outage', () => {
    const r = runIn('en', [P, 'SQL Server 2008 R2 on the TMS server', 'SQL did not start because the disk was full? not sure']);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
  });

  it('EN: a question about the outage is still no outage', () => {
    const r = runIn('en', [P, 'SQL Server 2008 R2 on the TMS server', 'does SQL not start because the disk was full?']);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
  });

  it('JA: the outage with a doubted cause and 26011 is kept', () => {
    const r = runIn('ja', [PJ, 'SQL Server 2008 R2がTMSサーバ上にあります', 'SQLが起動しません。原因はディスク？よくわかりません。ログに26011が出ています']);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
  });

  it.each([
    ['SQLが起動しません。パスワードの変更はしていません'],
    ['SQLが起動しません。ライセンスが切れていないことは確認済み'],
    ["SQL won't start. the drive failed over to the other node"],
  ])('a denied cause is no cause: %s', (msg) => {
    expect(sqlCauseNamedIn(msg)).toBeUndefined();
  });

  it.each([
    ["SQL won't start, it was the disk", 'disk'],
    ['SQLが起動しません。パスワードが変更されていました', 'account'],
    ['ライセンスが切れていました', 'license'],
  ])('a cause said plainly is still read: %s', (msg, kind) => {
    expect(sqlCauseNamedIn(msg)).toBe(kind);
  });
});
