/**
 * REV33 #3: "will SQL survive the reboot?", "do I need to restart SQL Server?", "will the reboot break SQL?", 「再起動で SQL は
 * 止まりますか？」 carry the reboot step's pre-reboot TLS 1.0 check (a GPO / IIS Crypto may have turned TLS 1.0 off earlier; the
 * reboot would then stop SQL) where SQL Server on the TMS server needs TLS 1.0; not for a remote SQL Server.
 */
import { rendered, runIn } from './helpers';

const at = (sql: string, place: string) => `TMS 15.2 shows No HTTPS response for our SX80 after upgrade to CE 9.15. Windows Server 2012 R2, SQL Server ${sql} ${place}, Communication Security is Medium.`;
const CHECK_EN = /Before this reboot, (?:if .* not on a build with TLS 1\.2 support yet .*)?check that TLS 1\.0 is still enabled.*`Enabled` is 0 or `DisabledByDefault` is 1/;
const CHECK_JA = /この再起動の前に、.*TLS 1\.0 が有効なままか確認してください。.*`Enabled` が 0、または `DisabledByDefault` が 1/;

describe('REV33 #3: SQL and the reboot, with the check before it', () => {
  it.each<['en' | 'ja', string, string]>([
    ['en', 'will SQL survive the reboot?', '2008 R2 SP2'],
    ['en', 'do I need to restart SQL Server?', '2008 R2 SP2'],
    ['en', 'will the reboot break SQL?', '2008 R2 SP2'],
    ['en', 'could the restart kill the database?', '2008 R2 SP2'],
    ['en', 'will SQL survive the reboot?', '2012 SP1'],
    ['en', 'do I need to restart SQL Server?', '2014'],
    ['ja', '再起動で SQL は止まりますか？', '2008 R2 SP2'],
    ['ja', 'SQL側も再起動必要？', '2008 R2 SP2'],
  ])('%s: %s (SQL %s on the TMS server)', (lang, q, sql) => {
    const r = runIn(lang, [at(sql, 'on the TMS server'), q]);
    expect(r.route).toBe('catalogue');
    expect(rendered(r)).toMatch(lang === 'en' ? CHECK_EN : CHECK_JA);
  });

  it.each(['will SQL survive the reboot?', 'will the reboot break SQL?', 'do I need to restart SQL Server?'])('a remote SQL Server: no check (%s)', (q) => {
    const out = rendered(runIn('en', [at('2008 R2 SP2', 'on a separate server'), q]));
    expect(out).not.toMatch(/Before this reboot/);
    expect(out).toMatch(/another (?:server|machine)/);
  });

  it('SQL 2016 on the TMS server: no check', () => {
    expect(rendered(runIn('en', [at('2016', 'on the TMS server'), 'will SQL survive the reboot?']))).not.toMatch(/Before this reboot/);
  });
});
