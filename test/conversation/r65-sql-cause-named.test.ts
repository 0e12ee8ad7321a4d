/**
 * FIX10A 2: SQL Server said not to start with a cause named that is not TLS ("it was the disk", the service account password, the
 * license, a full log drive): the outage is kept, the answer says that cause comes first, and the TLS recovery stays a
 * condition (only if TLS settings were also changed on this server). A doubted cause, another occasion, another subject or
 * a TLS word reads no cause (the usual wording).
 */
import { sqlCauseNamedIn } from '../../src/domain/understand/sql-cause';
import { runIn, blocksText } from './helpers';

const PE = 'TMS 15.2.1 on Windows 2012 R2, No HTTPS response after CE 9.15 upgrade';
const PJ = 'TMS 15.2.1、Windows Server 2016です。TC7.3.6にアップグレードしたエンドポイントが No HTTPS response になります';

describe('the cause read', () => {
  it.each([
    ["SQL won't start, it was the disk. We are still trying to start it", 'disk'],
    ['turned out to be a full drive', 'disk'],
    ["SQL won't start. It was the service account password that got reset by the hardening", 'account'],
    ['the license expired', 'license'],
    ['the transaction log drive filled up', 'logFull'],
    ['原因はディスクでした。まだ起動していません', 'disk'],
    ['サービスアカウントのパスワードが原因でした', 'account'],
    ['ログドライブがいっぱいでした', 'logFull'],
  ])('%s', (msg, kind) => {
    expect(sqlCauseNamedIn(msg)).toBe(kind);
  });

  it.each([
    "I don't think it was the disk",
    'it was the disk, I am not sure',
    'Last year it was the disk',
    'was it the disk?',
    'The backup failed, it was the disk',
    'Jim says it was the disk but the ERRORLOG shows 26011',
    "SQL won't start after we disabled TLS 1.0, it was the disk",
    '原因はディスクだと思いますが確認中です',
    '前回は原因はディスクでした',
    'バックアップの失敗の原因はディスクでした',
    'is the disk being full related?',
    'SQL Server 2008 R2 on drive D',
  ])('none: %s', (msg) => {
    expect(sqlCauseNamedIn(msg)).toBeUndefined();
  });
});

describe('the answer', () => {
  it('en, in the same message: outage kept, the cause first, the TLS recovery conditional', () => {
    const r = runIn('en', [PE, "SQL won't start, it was the disk. We are still trying to start it"]);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    const t = blocksText(r.replies);
    expect(t).toMatch(/cause is the disk: deal with that first/);
    expect(t).toMatch(/only if TLS settings were also changed/);
    // The recovery steps are still there.
    expect(t).toMatch(/turn TLS 1\.0 back on/);
  });

  it('en, in the next message', () => {
    const r = runIn('en', [PE, "SQL Server won't start after the reboot", 'it was the disk']);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    expect(blocksText(r.replies)).toMatch(/cause is the disk/);
  });

  it('ja', () => {
    const r = runIn('ja', [PJ, 'SQLが起動しません。原因はディスクでした。まだ起動を試みています']);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    const t = blocksText(r.replies);
    expect(t).toMatch(/原因はディスクとのことです/);
    expect(t).toMatch(/TLS 設定も変更していた場合だけ/);
  });

  it('a doubted cause keeps the usual wording', () => {
    const r = runIn('en', [PE, "SQL Server won't start after the reboot", "I don't think it was the disk"]);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    expect(blocksText(r.replies)).not.toMatch(/cause is the disk/);
  });

  it('a cause with no outage said is not stored', () => {
    expect(runIn('en', [PE, 'it was the disk']).state.facts.tlsClaims?.sqlCause).toBeUndefined();
  });

  it('SQL back: the cause goes with the outage', () => {
    const r = runIn('en', [PE, "SQL won't start, it was the disk", 'SQL is back up']);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(false);
    expect(r.state.facts.tlsClaims?.sqlCause).toBeUndefined();
  });
});
