/**
 * REV34 #2, #3, #4, #8: the TLS 1.0 .reg request and the SQL reboot answers.
 * #3: the SQL release decides before "SQL is down": 2016 / 2019 never need TLS 1.0 (no .reg, no "yes, TLS 1.0 starts it").
 * #4: a request naming TLS 1.2 (or 1.1, SSL 3.0) or keeping TLS 1.0 is not the TLS 1.0 back-on request.
 * #8: the SQL release and place beside the request are read, then the request answered with them.
 * #2: SQL 2008 R2 on the TMS server and TLS 1.0 said off: the reboot / SQL restart answers lead with TLS 1.0 back on first.
 */
import { rendered, runIn } from './helpers';

const KEYS = /TLS 1\.0\\Client\]\s+"Enabled"=dword:00000001/;

describe('REV34 #3: SQL said down, the release decides first', () => {
  it.each<['en' | 'ja', string[]]>([
    ['en', ['SQL Server 2019 on the TMS server', 'SQL service is down, the disk is full', 'give me the .reg to re-enable TLS 1.0']],
    ['en', ['SQL Server 2016 on the TMS server', 'the SQL Server service stopped and will not start', 'give me the .reg to re-enable TLS 1.0']],
    ['ja', ['TMS サーバ上に SQL Server 2016 があります', 'SQL Server のサービスが停止して起動しません', 'TLS 1.0 を有効に戻す .reg をください']],
  ])('%s: %j: no .reg, no need said, what to check for the outage', (lang, msgs) => {
    const out = rendered(runIn(lang, msgs));
    expect(out).not.toMatch(KEYS);
    expect(out).not.toMatch(/needs TLS 1\.0 enabled|TLS 1\.0 が必要です|For SQL Server, yes|SQL Server については、そのとおりです/);
    expect(out).toMatch(lang === 'en' ? /does not need TLS 1\.0: turning TLS 1\.0 back on will not start it.*ERRORLOG/ : /TLS 1\.0 は必要ありません。TLS 1\.0 を有効に戻しても起動しません。.*ERRORLOG/);
  });

  it('release unknown, SQL down with the disk named: not "needs TLS 1.0 to start again", the question', () => {
    const out = rendered(runIn('en', ['TMS 15.2 shows No HTTPS response for our SX80 after upgrade to CE 9.15', 'SQL service is down, the disk is full', 'give me the .reg to re-enable TLS 1.0']));
    expect(out).not.toMatch(/needs TLS 1\.0 enabled to start again/);
    expect(out).toMatch(/It matters only for a SQL Server on the TMS server that needs TLS 1\.0/);
  });

  it('release unknown, SQL down, no cause named: the keys, hedged', () => {
    const out = rendered(runIn('en', ['TMS 15.2 shows No HTTPS response for our SX80 after upgrade to CE 9.15', 'the SQL Server service stopped and will not start', 'give me the .reg to re-enable TLS 1.0']));
    expect(out).toMatch(KEYS);
    expect(out).toMatch(/If TLS 1\.0 was turned off on this server, SQL Server may need it back on/);
  });

  it('SQL 2008 R2 on the TMS server, down: still the keys (it needs TLS 1.0)', () => {
    const out = rendered(runIn('en', ['SQL Server 2008 R2 on the TMS server', 'the SQL Server service stopped and will not start', 'give me the .reg to re-enable TLS 1.0']));
    expect(out).toMatch(KEYS);
  });
});

describe('REV34 #4: the TLS 1.2 .reg asked with TLS 1.0 named is not the TLS 1.0 back-on request', () => {
  const SETUP = 'TMS 15.2 shows No HTTPS response for our SX80 after upgrade to CE 9.15. Windows Server 2012 R2, SQL Server 2008 R2 SP2 on the TMS server, Communication Security is Medium.';
  it.each<['en' | 'ja', string]>([
    ['ja', 'TLS 1.0 を残したまま TLS 1.2 を有効にする reg ファイルをください'],
    ['ja', 'TLS 1.0 は有効のままにしたいので、TLS 1.2 の reg をください'],
    // (fix58a #1: "send me the reg to enable TLS 1.0 and TLS 1.2" now gets the fix files and the back-on .reg: fix58a-readers.test.ts.)
    ['en', 'give me the .reg to re-enable TLS 1.0 and SSL 3.0'],
  ])('%s: %s', (lang, msg) => {
    const r = runIn(lang, [SETUP, msg]);
    expect(r.route).not.toBe('tls10-reg');
    expect(rendered(r)).not.toMatch(/tls10-back-on\.reg/);
  });

  it.each<['en' | 'ja', string]>([
    ['en', 'give me the .reg to re-enable TLS 1.0'],
    ['ja', 'TLS1.0用のregファイルをください'],
  ])('%s: %s (TLS 1.0 only) still is', (lang, msg) => {
    expect(runIn(lang, [SETUP, msg]).route).toBe('tls10-reg');
  });
});

describe('REV34 #8: the SQL facts beside the request are read, then the .reg given', () => {
  it.each<['en' | 'ja', string]>([
    ['en', 'Can I have the reg to turn TLS 1.0 back on? SQL 2008 R2 is on the TMS server.'],
    ['ja', 'TLS 1.0 を有効に戻す .reg をください。TMS サーバ上に SQL Server 2008 R2 があります'],
  ])('%s: %s', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(rendered(r)).toMatch(KEYS);
    expect(rendered(r)).not.toMatch(/No, it does not help|いいえ、それでは解決しません/);
    expect(r.state.facts.sql?.year).toBe(2008);
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
  });

  it('SQL 2016 on another server beside the request: no keys', () => {
    expect(rendered(runIn('en', ['Can I have the reg to turn TLS 1.0 back on? SQL 2016 runs on a separate server.']))).not.toMatch(KEYS);
  });
});

describe('REV34 #2: SQL 2008 R2 on the TMS server, TLS 1.0 said off: the reboot is what stops SQL', () => {
  it.each<['en' | 'ja', string, string, string]>([
    ['en', 'SQL 2008 R2 on the TMS server', 'TLS 1.0 was disabled by GPO', 'will SQL survive the reboot?'],
    ['en', 'SQL 2008 R2 on the TMS server', 'we applied IIS Crypto best practices', 'will SQL survive the reboot?'],
    ['en', 'SQL 2008 R2 on the TMS server', 'TLS 1.0 was disabled by GPO', 'do I need to restart SQL Server?'],
    ['ja', 'TMS サーバ上に SQL Server 2008 R2 があります', 'TLS 1.0 は GPO で無効にされています', '再起動で SQL は止まりますか？'],
  ])('%s: %s / %s / %s', (lang, a, b, q) => {
    const out = rendered(runIn(lang, [a, b, q]));
    expect(out).toMatch(lang === 'en' ? /TLS 1\.0 is off, you say: then this reboot can be what stops .*Turn TLS 1\.0 back on for Client and Server first/ : /TLS 1\.0 は無効化済みとのことです。それなら、この再起動で .*先に TLS 1\.0 の Client と Server を有効に戻してから/);
    expect(out).not.toMatch(/Yes, as long as TLS 1\.0 stays on|this fix leaves TLS 1\.0 on|修正の変更では止まりません/);
  });

  it('TLS 1.0 not said: the answer as before (the check, "as long as TLS 1.0 stays on")', () => {
    const out = rendered(runIn('en', ['SQL 2008 R2 on the TMS server', 'will SQL survive the reboot?']));
    expect(out).toMatch(/Yes, as long as TLS 1\.0 stays on/);
    expect(out).not.toMatch(/TLS 1\.0 is off, you say/);
  });
});
