/**
 * QA51 #7, #8: "is it OK / safe?" questions (「再起動しても大丈夫ですか？」, "is it OK to do this on prod?") get the case's
 * risks; "why reboot?" alone gets the reboot answer with its reason, not the general "why".
 */
import { talk, last, rendered } from './helpers';

const SETUP = 'TMS 15.13, TC7.3.6, Win 2012 R2, SQL 2012 local';
const ask = (q: string) => last(talk(SETUP, q));

describe('QA51 #7: "is it OK / safe?" gets the risks', () => {
  it.each(['再起動しても大丈夫ですか？', '再起動して問題ないですか？', 'サーバを再起動しても平気？', '本番環境でやっても大丈夫？', 'この手順で大丈夫でしょうか'])('%s', (q) => {
    const r = ask(q);
    const t = rendered(r);
    expect(r.route).toBe('catalogue');
    expect(t).toContain('作業のリスク');
    // The SQL 2012 check, the Telnet/SNMP loss and the restart window of this case.
    expect(t).toMatch(/SQL Server 2012/);
    expect(t).toMatch(/Telnet と SNMP/);
    expect(t).toMatch(/TMS が止まります/);
  });

  it.each(['is it OK to do this on prod?', 'is this procedure ok?', 'is it ok to reboot?', 'is it okay to do this on the production server?'])('%s', (q) => {
    const r = ask(q);
    const t = rendered(r);
    expect(r.route).toBe('catalogue');
    expect(t).toContain('What could go wrong');
    expect(t).toMatch(/SQL Server 2012/);
    expect(t).toMatch(/Telnet and SNMP off/);
  });

  it('keeps other routes: not a reboot, reported done, other entries', () => {
    expect(rendered(ask('再起動しなくても大丈夫ですか'))).toContain('サーバの再起動は必要か');
    expect(rendered(ask('再起動しても大丈夫でした'))).not.toContain('作業のリスク');
    expect(rendered(ask('is it ok to do this with self-signed certificates?'))).not.toContain('What could go wrong');
    expect(rendered(ask('TLS 1.0 を無効にしても大丈夫ですか'))).not.toContain('作業のリスク');
  });
});

describe('QA51 #8: "why reboot?" alone gets the reboot answer', () => {
  it.each(['why reboot?', 'why the reboot?', 'why a reboot?', 'why restart the server?', 'なぜ再起動？', '再起動はなぜ？'])('%s', (q) => {
    const t = rendered(ask(q));
    expect(t).toMatch(/Is a reboot needed\?|サーバの再起動は必要か/);
    expect(t).toMatch(/credential handles|資格情報ハンドル/);
    expect(t).not.toMatch(/Why the endpoints show|No HTTPS response」が表示される理由/);
  });

  it('"why did the server reboot?" is not asked why a reboot is needed', () => {
    expect(rendered(ask('why did the server reboot?'))).not.toContain('Is a reboot needed?');
  });
});
