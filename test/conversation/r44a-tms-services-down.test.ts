import { tmsServicesDownIn } from '../../src/domain/understand/tms-services-down';
import { rendered, runIn } from './helpers';

/** QA round 29 §3: "TMS services do not start (after a restart)" is read and answered with what to check. */
const F16 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const J16 = 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQLは2016でTMSサーバ上、Windows Server 2016です';

describe('TMS services do not start', () => {
  it('EN after a full answer: SQL Server first, which services, the event log; not "does not change my previous answer"', () => {
    const out = rendered(runIn('en', [F16, "after the reboot the TMS services won't start"]));
    expect(out).not.toMatch(/does not change my previous answer/);
    expect(out).toMatch(/SQL Server first/);
    expect(out).toContain('MSSQLSERVER');
    expect(out).toMatch(/services\.msc/);
    expect(out).toMatch(/event log/);
  });

  it('JA after a full answer: the same checks in Japanese', () => {
    const out = rendered(runIn('ja', [J16, '再起動したらTMSのサービスが起動しない']));
    expect(out).not.toMatch(/前の回答は変わりません/);
    expect(out).toMatch(/まず SQL Server/);
    expect(out).toMatch(/イベント ログ/);
  });

  it('SQL on another server: check it runs there', () => {
    const out = rendered(runIn('en', ['TMS 15.9, CE 9.15 No HTTPS response. SQL 2016 is on a separate DB server.', 'The TMS services are not running after the reboot.']));
    expect(out).toMatch(/SQL Server first/);
    // (The remote text's own words, and not the local or unknown one's service check.)
    expect(out).toMatch(/is said to run on another server/);
    expect(out).not.toContain('sc query MSSQLSERVER');
  });

  it.each([
    'Will the TMS services not start if I change to Medium-High?',
    'TMS services are running',
    "The TMS server won't start",
    'TMSのサービスは起動しています',
    '他の案件で、再起動したらTMSのサービスが起動しないと聞きました',
    'I restarted the TMS services but No HTTPS response is still there',
    'TMSのサービスが起動しない場合はどうなりますか',
  ])('not read as TMS services down: %s', (m) => {
    expect(tmsServicesDownIn(m)).toBe(false);
  });
});
