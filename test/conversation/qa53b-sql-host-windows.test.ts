/**
 * QA53 #2: a Windows release said of the SQL server on another machine is that machine's, not the TMS server's (knowledge.md:
 * a remote SQL server is not touched by the TMS server's Schannel settings; the TMS server's release decides check vs.
 * required + reboot). "…SQL 2016 on a separate server running Windows 2008 R2" made a Windows 2019 TMS server "2008 R2":
 * registry step "required", "reboot the TMS server". A list after SQL's place ("SQL on a separate server, Windows 2016")
 * still names the TMS server's release.
 */
import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from './helpers';
import { runFixKit } from '../fixkit/cli-kit';

const win = (t: string) => extractFacts(t).facts.windows?.raw ?? null;

describe('QA53 #2: the SQL machine\'s Windows is not the TMS server\'s', () => {
  it.each([
    ['TMS 15.11 on Windows 2019, SQL 2016 on a separate server running Windows 2008 R2. Desk Pros on RoomOS 10.19 show No HTTPS response. level Medium', '2019'],
    ['TMS 15.11 (Windows Server 2019). The database is SQL 2016 on another box (Windows 2008 R2). RoomOS 10.19 No HTTPS response, level Medium', '2019'],
    ['TMS 15.11 on Windows 2019, SQL 2012 SP3 (11.0.6020) on a separate server SQLSRV01 running Windows 2012 R2. RoomOS 10.19 No HTTPS response', '2019'],
    ['TMS 15.11 on Windows 2019 with SQL 2016 on a separate server running Windows 2008 R2', '2019'],
    ['SQL 2016 on a separate server, which runs Windows 2008 R2', null],
    ['SQL 2016 is on a separate box, that one runs Windows 2012 R2', null],
    ['TMS 15.11、Windows Server 2019、SQL 2016 は別サーバ（Windows Server 2008 R2）', '2019'],
    ['SQL 2016 は別サーバで、そちらの OS は 2008 R2 です', null],
    ['SQL 2016 は別サーバ上で Windows Server 2008 R2 で動いています', null],
  ])('%s -> %s', (t, want) => {
    expect(win(t)).toBe(want);
  });

  it.each([
    ['TMS 15.11, SQL on a separate server, Windows 2016, level Medium', '2016'],
    ['SQL is remote, Windows 2016', '2016'],
    ['SQL 2016 on a separate server, on Windows 2016', '2016'],
    ['TMS 15.9 on a separate server running Windows 2016', '2016'],
    ['SQL 2016 local, on the TMS server running Windows 2012 R2', '2012 R2'],
    ['SQL 2016 is on a separate box and TMS runs on Windows 2019', '2019'],
    ['SQL 2016 on a separate server with Windows 2019 on the TMS server', '2019'],
    ['SQL は別サーバで、Windows Server 2016 です', '2016'],
  ])('still the TMS server\'s: %s -> %s', (t, want) => {
    expect(win(t)).toBe(want);
  });

  it('EN, two turns: the SQL box named back does not replace Windows 2019; a check, no reboot', () => {
    const out = rendered(runIn('en', ['TMS 15.11 on Windows 2019, RoomOS 10.19 No HTTPS response, level Medium', 'SQL 2016 is on a separate box, that one runs Windows 2012 R2']));
    expect(out).not.toMatch(/Updated: Windows Server 2019/);
    expect(runIn('en', ['TMS 15.11 on Windows 2019, RoomOS 10.19 No HTTPS response, level Medium', 'SQL 2016 is on a separate box, that one runs Windows 2012 R2']).state.facts.windows?.raw).toBe('2019');
  });

  it('EN, one message: Windows 2019 answer (a check), not "Required on Windows Server 2008 R2"', () => {
    const out = rendered(runIn('en', ['TMS 15.11 on Windows 2019, SQL 2016 on a separate server running Windows 2008 R2. Desk Pros on RoomOS 10.19 show No HTTPS response. level Medium']));
    expect(out).toMatch(/On Windows Server 2019 TLS 1\.2 is on by default/);
    expect(out).not.toMatch(/Required on Windows Server 2008 R2/);
  });

  it('JA, two turns: 「そちらの OS は 2008 R2」 does not replace Windows Server 2019', () => {
    const r = runIn('ja', ['TMS 15.11、OS は Windows Server 2019 です。RoomOS 10.19 で No HTTPS response、レベルは Medium', 'SQL 2016 は別サーバで、そちらの OS は 2008 R2 です']);
    expect(r.state.facts.windows?.raw).toBe('2019');
    expect(rendered(r)).not.toMatch(/更新：Windows Server 2019 → Windows Server 2008 R2/);
  });

  it.each(['en', 'ja'] as const)('fix-kit --text (%s): the kit is for Windows Server 2019', async (lang) => {
    const k = await runFixKit(lang, ['--text', 'TMS 15.11 on Windows 2019, SQL 2016 on a separate server running Windows 2008 R2. Desk Pros on RoomOS 10.19 show No HTTPS response. level Medium']);
    expect(k.code).toBe(0);
    expect(k.out).toMatch(/Windows Server 2019/);
    expect(k.out).not.toMatch(/2008 R2/);
  });
});
