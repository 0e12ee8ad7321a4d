/**
 * FIX7A, FIX8: a SQL Server outage reported in words is kept whatever cause the message (or the next one) names: dropping a
 * real one may lead to advice that turns TLS 1.0 off under SQL 2008 R2 (which stops it), keeping a wrong one only costs a
 * "get SQL running first" section. Inputs from QA35 (R1, R2, R3), review and REV6. The Japanese past form over, or about
 * another occasion, is still no outage (R3).
 */
import { runIn } from './helpers';

const PE = 'TMS 15.2.1 on Windows Server 2016. Endpoints upgraded to TC7.3.6 show No HTTPS response';
const PJ = 'TMS 15.2.1、Windows Server 2016です。TC7.3.6にアップグレードしたエンドポイントが No HTTPS response になります';
const DE = "SQL Server won't start after the reboot";
const DJ = 'SQL Serverが起動しません';

type Case = readonly [string, 'en' | 'ja', readonly string[]];
const sqlDown = (lang: 'en' | 'ja', msgs: readonly string[]) => runIn(lang, [...msgs]).state.facts.tlsClaims?.sqlDown;

describe('R1: a cause that is TLS, doubted, of another time or of another subject keeps the outage', () => {
  it.each<Case>([
    // TLS in the message
    ['H6', 'en', [PE, "SQL won't start after we disabled TLS 1.0. Last year it was the disk", 'SQL Server 2008 R2']],
    ['F10', 'en', [PE, DE, 'it was the disk before we changed TLS, now it is the TLS change']],
    ['G15', 'en', [PE, DE, 'Jim says it was the disk but the ERRORLOG shows 26011']],
    ['L8', 'ja', [PJ, DJ, '原因はディスクと言われましたが、ERRORLOG には 26011 が出ています']],
    ['M4', 'ja', [PJ, 'SQLが起動しないと言われましたが、原因はディスクでした。ERRORLOG には 26011 が出ています']],
    // doubted or hedged
    ['E27', 'en', [PE, DE, "I don't think it was the disk"]],
    ['H1', 'en', [PE, "Jim said SQL didn't start after the reboot but I don't think it was the disk"]],
    ['E26', 'en', [PE, DE, 'Not sure it was the disk']],
    ['F4', 'en', [PE, DE, 'Jim thinks it was the disk, I am not sure']],
    ['K2', 'ja', [PJ, DJ, '原因はディスクだと思いますが確認中です']],
    ['K3', 'ja', [PJ, DJ, '同僚は原因はディスクだと言っていますが、私は違うと思います']],
    ['M2', 'ja', [PJ, 'SQLが起動しません。原因はディスクかと思いましたが違いました']],
    // another time
    ['E28', 'en', [PE, DE, 'Last year it was the disk']],
    ['E29', 'en', [PE, DE, "Last time it was the disk, this time we don't know"]],
    ['H2', 'en', [PE, "SQL won't start after the reboot. Last time it was the disk"]],
    ['H5', 'en', [PE, "SQL won't start after the reboot, it was the disk that we replaced last month"]],
    ['J13', 'ja', [PJ, DJ, '前回は原因はディスクでした']],
    ['K5', 'ja', [PJ, DJ, '以前の障害の原因はディスクでした']],
    ['M1', 'ja', [PJ, 'SQLが起動しないと言われましたが、前回の原因はディスクでした']],
    // another subject in the next message
    ['F8', 'en', [PE, DE, 'The backup failed, it was the disk']],
    ['K6', 'ja', [PJ, DJ, 'バックアップの失敗の原因はディスクでした']],
  ])('%s (%s): kept', (_id, lang, msgs) => {
    expect(sqlDown(lang, msgs)).toBe(true);
  });
});

describe('R2: a cause given while SQL is still down keeps the outage', () => {
  it.each<Case>([
    ['E5', 'en', [PE, DE, 'it was the disk. we are still trying to get it started']],
    ['J11', 'ja', [PJ, DJ, '原因はディスクでした。まだ起動していません']],
    ['J44', 'ja', [PJ, DJ, 'ディスクが原因でした。ディスク交換まで起動できません']],
    ['E3', 'en', [PE, DE, "it was the disk that filled up, SQL still won't start"]],
    ['E4', 'en', [PE, DE, 'The cause was the disk being full. SQL is still down.']],
    // REV6: real outages the cause-elsewhere reading dropped.
    ['REV6', 'en', [PE, "SQL Server won't start. It was the disk."]],
    ['REV6', 'en', [PE, DE, 'it was the disk. it is down']],
    ['REV6', 'ja', [PJ, DJ, '原因はディスクでした。今も起動しません']],
    ['REV6', 'en', [PE, "SQL won't start. It was the service account password that got reset by the hardening"]],
  ])('%s (%s): kept', (_id, lang, msgs) => {
    expect(sqlDown(lang, msgs)).toBe(true);
  });
});

describe('R3: the Japanese past form over, or about another occasion, is no outage', () => {
  it.each([
    ['J7', '以前SQLが起動しなかったが、今は動いています'],
    ['J40', 'SQLが起動しなかったと言われましたが、実際には起動していました'],
    ['J46', '昨日SQLが起動しなかったのでディスクを増設しました。今日は起動しています'],
    ['K8', 'SQLが起動しなかったが、サービスを再起動したら直りました'],
    ['K9', 'SQLが起動しなかったのは去年の話です'],
    ['K10', 'SQLが起動しなかった時の対処は知っています'],
    ['L6', 'SQLが起動しなかったので、TLS 1.0を戻しました。今は起動しています'],
    ['review', 'SQLが起動しなかったけど、再起動したら直りました'],
    ['review', '前回SQLが起動しなかった時は再起動で直りました'],
  ])('%s: %s', (_id, msg) => {
    expect(sqlDown('ja', [PJ, msg])).not.toBe(true);
  });

  it.each([
    'SQLが起動しなかった',
    'SQLが起動しなかったと言われました。ディスク容量も少ないです',
    'SQLが起動しなかったのはTLSの変更が原因でした',
    'SQLが起動しなかったので、エンドポイントは動いています',
  ])('still an outage: %s', (msg) => {
    expect(sqlDown('ja', [PJ, msg])).toBe(true);
  });
});

describe('review: a cause that is TLS itself, or hedged, keeps the outage', () => {
  it.each<Case>([
    ['tls', 'en', [PE, 'SQL Server stopped after the TLS change; it was due to the network team disabling TLS 1.0']],
    ['tls', 'en', [PE, "SQL won't start. It was the network guys who disabled TLS 1.0 via GPO"]],
    ['team', 'en', [PE, "SQL won't start. It was the storage team that noticed it first"]],
    ['tls next', 'en', [PE, DE, 'it was the network team that disabled TLS 1.0']],
    ['tls next', 'ja', [PJ, DJ, 'ネットワークチームが原因でTLS 1.0が無効になりました']],
    ['tls', 'ja', [PJ, 'SQL Serverが起動しません。ネットワークチームが原因でTLS 1.0が無効になりました']],
    ['hedge', 'en', [PE, DE, "I don't think it was the disk"]],
    ['hedge', 'en', [PE, DE, 'We first thought it was the disk, but the disk is fine']],
    ['hedge', 'ja', [PJ, DJ, '原因はディスクかと思います']],
    ['hedge', 'ja', [PJ, DJ, '同僚は原因はディスクではと言っています']],
    ['hedge', 'ja', [PJ, 'SQLが起動しません。原因はディスクかと思います']],
  ])('%s (%s): kept: %j', (_id, lang, msgs) => {
    expect(sqlDown(lang, msgs)).toBe(true);
  });
});

describe('a cause told affirmatively for this failure keeps the outage too (FIX8)', () => {
  it.each<Case>([
    ['one message', 'en', [PE, "Jim said SQL didn't start after the reboot but it was the disk"]],
    ['one message', 'ja', [PJ, 'SQLが起動しなかったと言われましたが、原因はディスクでした']],
    ['one message', 'ja', [PJ, 'SQLが起動しません。ディスクが原因でした']],
    ['next message', 'en', [PE, DE, 'it was the disk']],
    ['next message', 'en', [PE, DE, 'turned out to be a full drive']],
    ['next message', 'en', [PE, DE, 'nothing to do with TLS']],
    ['next message', 'ja', [PJ, DJ, '原因はディスクでした']],
    ['next message', 'ja', [PJ, DJ, 'ディスクが原因でした']],
  ])('%s (%s): %j', (_id, lang, msgs) => {
    expect(sqlDown(lang, msgs)).toBe(true);
  });
});
