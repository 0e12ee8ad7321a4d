/**
 * QA56 #1, #2, #4, #5, #6 in the chat answer, EN and JA.
 * #1: SQL 2008 R2 (and 2012/2014 before its TLS 1.2 build) on the TMS server: the reboot step says to check first that TLS 1.0
 *     Client/Server is still on, and to turn it back on if not (a GPO or IIS Crypto may have turned it off unnoticed).
 * #2: Windows Server 2025 + SQL 2012/2014 before its TLS 1.2 build: "check that the SQL service runs" leads its caveat.
 * #4: the SQL 2012/2014 prerequisite is the first numbered step, before the backup and any TLS change.
 * #5: TLS 1.0 stays enabled with SQL 2008 R2 whatever the build. #6: 10.50.6537: a later build, in its own window, no ordering.
 */
import type { Finding } from '../../src/domain/types';
import type { TurnResult } from '../../src/conversation/types';
import { rendered, talk } from './helpers';

const diag = (r: TurnResult) => r.replies.find((x) => x.diagnosis)!.diagnosis!;
const finding = (r: TurnResult, code: string): Finding | undefined => diag(r).findings.find((f) => f.code === code);
const steps = (r: TurnResult) => diag(r).findings.filter((f) => f.severity === 'action').map((f) => f.code);
const body = (f: Finding | undefined, lang: 'en' | 'ja') => (f ? f.body.map((b) => b[lang]).join('\n') : '');
const one = (msg: string) => talk(msg).at(-1)!;

describe('#1: the reboot is gated on TLS 1.0 still being on', () => {
  it('EN: SQL 2008 R2 on the TMS server, Windows 2008 R2', () => {
    const r = one('TMS 15.2.1, Windows 2008 R2, SQL 2008 R2 on the TMS server, Medium, TC7.3.6 endpoints No HTTPS response');
    const reboot = body(finding(r, 'reboot-server'), 'en');
    expect(reboot).toMatch(/Before this reboot, check that TLS 1\.0 is still enabled: SQL Server 2008 R2 on the TMS server needs it\./);
    expect(reboot).toMatch(/`Enabled` is 0 or `DisabledByDefault` is 1 under `TLS 1\.0\\Client` or `TLS 1\.0\\Server`/);
    expect(reboot).toMatch(/IIS Crypto's "Best Practices"/);
    expect(reboot).toMatch(/If it is off, turn TLS 1\.0 back on for Client and Server first[^.]*`Enabled` = 1, `DisabledByDefault` = 0/);
    expect(reboot).toMatch(/event 26011/);
    expect(rendered(r)).toMatch(/Step 4: Reboot the TMS server once[\s\S]*Before this reboot, check that TLS 1\.0 is still enabled[\s\S]*Step 5:/);
  });

  it('JA: the same', () => {
    const r = talk('日本語で', 'TMS 15.2.1、Windows Server 2008 R2、SQL Server 2008 R2 は TMS サーバ上、Medium、TC7.3.6 で No HTTPS response').at(-1)!;
    const reboot = body(finding(r, 'reboot-server'), 'ja');
    expect(reboot).toMatch(/この再起動の前に、TLS 1\.0 が有効なままか確認してください。TMS サーバ上の SQL Server 2008 R2 には TLS 1\.0 が必要です/);
    expect(reboot).toMatch(/先に TLS 1\.0 の Client と Server を有効に戻してください/);
  });

  it('2012 SP3 before its TLS 1.2 build: the gate names the SQL step; 2016, a remote SQL, 2025 and TLS 1.0 said off: no gate', () => {
    const r = one('TMS 15.2.1, Windows 2012 R2, SQL Server 2012 SP3 11.0.6020 on the TMS server, Medium, CE 9.15 No HTTPS response');
    expect(body(finding(r, 'reboot-server'), 'en')).toMatch(/Before this reboot, if SQL Server 2012 SP3 \(11\.0\.6020\) on the TMS server is not on a build with TLS 1\.2 support yet/);
    for (const msg of [
      'TMS 15.2.1, Windows 2008 R2, SQL 2016 on the TMS server, Medium, TC7.3.6 endpoints No HTTPS response',
      'TMS 15.2.1, Windows 2008 R2, SQL 2008 R2 on a separate server, Medium, TC7.3.6 endpoints No HTTPS response',
      'TMS 15.13 on Windows Server 2025, SQL Server 2008 R2 on the same server, Medium, CE 9.15 No HTTPS response',
    ]) {
      expect(body(finding(one(msg), 'reboot-server'), 'en')).not.toMatch(/Before this reboot/);
    }
    const off = talk('TMS 15.2.1, Windows 2008 R2, SQL 2008 R2 on the TMS server, Medium, TC7.3.6 endpoints No HTTPS response', 'TLS 1.0 is off on the server').at(-1)!;
    expect(body(finding(off, 'reboot-server'), 'en')).not.toMatch(/Before this reboot, check that TLS 1\.0 is still enabled/);
  });
});

describe('#2: Windows Server 2025 + SQL 2012/2014 before its TLS 1.2 build', () => {
  it('EN: the caveat leads with "check that it runs", and says support on 2025 is not known', () => {
    const r = one('TMS 15.13 on Windows Server 2025, SQL Server 2014 SP1 12.0.4100 on the TMS server, Medium, CE 9.15 No HTTPS response');
    const c = finding(r, 'caveat-sql2012-kb3052404')!;
    expect(c.title.en).toBe('SQL Server 2014 SP1 (12.0.4100) on Windows Server 2025: check that it runs, then install the TLS 1.2 update (KB3052404)');
    expect(c.body[0].en).toMatch(/on Windows Server 2025 TLS 1\.0 and SSL 3\.0 are off by default[^\n]*event 26011[^\n]*Check first whether the SQL Server service runs/);
    expect(body(c, 'en')).toMatch(/Whether SQL Server 2014 is supported on Windows Server 2025 at all is not in the sources I know/);
  });

  it('JA, 2012 RTM and a 2014 build not known; not on 2022', () => {
    const rtm = one('TMS 15.13 on Windows Server 2025, SQL Server 2012 RTM 11.0.2100 on the TMS server, Medium, CE 9.15 No HTTPS response');
    const c = finding(rtm, 'caveat-sql2012-kb3052404')!;
    expect(c.title.ja).toMatch(/^Windows Server 2025 上の SQL Server 2012[^：]*：動いているか確認し、/);
    expect(c.body[0].ja).toMatch(/Windows Server 2025 では TLS 1\.0 と SSL 3\.0 が既定で無効です[^\n]*まず SQL Server のサービスが動いているか確認してください/);
    const unknown = finding(one('TMS 15.13 on Windows Server 2025, SQL Server 2014 on the TMS server, Medium, CE 9.15 No HTTPS response'), 'caveat-sql2012-kb3052404')!;
    expect(unknown.body[0].en).toMatch(/whether this build has that support is checked below/);
    const w22 = finding(one('TMS 15.13 on Windows Server 2022, SQL Server 2014 SP1 12.0.4100 on the TMS server, Medium, CE 9.15 No HTTPS response'), 'caveat-sql2012-kb3052404')!;
    expect(body(w22, 'en')).not.toMatch(/off by default/);
  });
});

describe('#4: the SQL 2012/2014 prerequisite is step 1', () => {
  it.each([
    ['SQL Server 2012 SP3 11.0.6020', 'Install the TLS 1.2 update (KB3052404) on SQL Server 2012 SP3 (11.0.6020)'],
    ['SQL Server 2012 SP1', 'Upgrade SQL Server 2012 SP1 to a service pack with TLS 1.2 support'],
    ['SQL Server 2014', 'Check the build of SQL Server 2014'],
  ])('%s', (sql, title) => {
    const r = one(`TMS 15.2.1, Windows 2012 R2, ${sql} on the TMS server, Medium, CE 9.15 No HTTPS response`);
    expect(steps(r)[0]).toBe('sql-tls12-build-first');
    expect(steps(r)[1]).toBe('backup-registry-first');
    expect(finding(r, 'sql-tls12-build-first')!.title.en).toBe(title);
    expect(rendered(r)).toMatch(new RegExp(`Steps, in order[\\s\\S]*1\\. ${title.replace(/[()]/g, '\\$&')}\\n\\s*2\\. Back up the registry first`));
  });

  it('JA; SQL 2016 and TMS 14.6 (no fix steps) get no such step', () => {
    const ja = talk('日本語で', 'TMS 15.2.1、Windows Server 2012 R2、SQL Server 2012 SP3 11.0.6020 は TMS サーバ上、Medium、CE 9.15 で No HTTPS response').at(-1)!;
    expect(steps(ja)[0]).toBe('sql-tls12-build-first');
    expect(rendered(ja)).toMatch(/手順 1：SQL Server 2012 SP3 \(11\.0\.6020\) に TLS 1\.2 更新プログラム（KB3052404）を適用する/);
    expect(steps(one('TMS 15.2.1, Windows 2012 R2, SQL 2016 on the TMS server, Medium, CE 9.15 No HTTPS response'))).not.toContain('sql-tls12-build-first');
    expect(steps(one('TMS 14.6.2, Windows 2012 R2, SQL Server 2012 SP1 on the TMS server, Medium, CE 9.15 No HTTPS response'))).not.toContain('sql-tls12-build-first');
  });
});

describe('#5 and #6', () => {
  it('a 2008 R2 build with TLS 1.2 support: TLS 1.0 stays enabled; on 2025 "TLS 1.0 can stay off" is not said', () => {
    const c = finding(one('TMS 15.2.1, Windows 2016, SQL Server 2008 R2 10.50.6560.0 on the TMS server, Medium, CE 9.15 No HTTPS response'), 'caveat-sql2008r2-keep-tls10-ssl3')!;
    expect(body(c, 'en')).toMatch(/TLS 1\.0 stays enabled: the build is only what a later project to turn TLS 1\.0 off would need first/);
    const c25 = finding(one('TMS 15.13 on Windows Server 2025, SQL Server 2008 R2 10.50.6560.0 on the same server, Medium, CE 9.15 No HTTPS response'), 'caveat-sql2008r2-keep-tls10-ssl3')!;
    expect(body(c25, 'en')).not.toMatch(/TLS 1\.0 can stay off/);
    const w25 = finding(one('TMS 15.13 on Windows Server 2025, SQL Server 2008 R2 on the same server, Medium, CE 9.15 No HTTPS response'), 'caveat-sql2008r2-keep-tls10-ssl3')!;
    expect(body(w25, 'en')).not.toMatch(/The way that keeps TLS 1\.0 off/);
    expect(body(w25, 'en')).toMatch(/a project of its own, not part of this fix/);
  });

  it('10.50.6537: a later build in its own window, in the caveat and the IIS Crypto note, without "before any TLS change"', () => {
    const r = one('TMS 15.2.1, Windows 2008 R2, SQL 2008 R2 10.50.6537 on the TMS server, Medium, TC7.3.6 No HTTPS response');
    const text = rendered(r);
    expect(text).not.toMatch(/later build before any TLS change/);
    expect(body(finding(r, 'caveat-sql2008r2-keep-tls10-ssl3'), 'en')).toMatch(/move it to a later build \(10\.50\.6542\.0 or later\), a SQL Server change to plan in a maintenance window of its own/);
    expect(body(finding(r, 'enable-tls11-12-registry'), 'en')).toMatch(/move it to a later build \(10\.50\.6542\.0 or later\), a SQL Server change to plan in a maintenance window of its own/);
    expect(body(finding(r, 'caveat-sql2008r2-keep-tls10-ssl3'), 'ja')).toMatch(/より新しいビルド（10\.50\.6542\.0 以降）に更新してください。SQL Server 自体の変更なので、個別のメンテナンス時間を確保して計画してください/);
  });
});
