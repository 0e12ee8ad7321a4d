/**
 * The fix kit's FIRST warning when TLS 1.0 is off and SQL Server on the TMS server is of an unknown version: it says what is
 * known (a build without TLS 1.2 support can fail to start; Microsoft's failing case is TLS 1.0 and SSL 3.0 both off), not
 * that SQL Server does not start, EN and JA.
 */
import { buildFixKit } from '../../src/fixkit';
import { step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';

function facts(msgs: string[]): ConversationState['facts'] {
  let s: ConversationState | null = null;
  for (const m of msgs) s = step(s, { kind: 'text', text: m }).state;
  return s!.facts;
}

describe('FIRST warning with the SQL version unknown (R55)', () => {
  it('EN', () => {
    const kit = buildFixKit({ facts: facts(['TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL Server is on the TMS server, level Medium', 'we already disabled TLS 1.0']), lang: 'en' });
    if (!kit.ok) throw new Error(kit.reason);
    expect(kit.warnings[0]).toMatch(/^FIRST: TLS 1\.0 is OFF on this server\./);
    expect(kit.warnings[0]).toMatch(/can fail to start \(event 26011; Microsoft's failing case is TLS 1\.0 and SSL 3\.0 both off\)/);
    expect(kit.warnings[0]).not.toMatch(/does not start again/);
  });

  it('JA', () => {
    const kit = buildFixKit({ facts: facts(['TMS 15.2.1、CE 9.15.3、Windows 2012 R2、SQL Server は TMS サーバ上、レベルは Medium', 'TLS 1.0 はすでに無効にしました']), lang: 'ja' });
    if (!kit.ok) throw new Error(kit.reason);
    expect(kit.warnings[0]).toMatch(/^最初に：このサーバでは TLS 1\.0 が無効/);
    expect(kit.warnings[0]).toMatch(/起動しなくなるおそれがあります（イベント 26011。Microsoft が挙げている条件は TLS 1\.0 と SSL 3\.0 の両方が無効な場合です）/);
    expect(kit.warnings[0]).not.toMatch(/戻さないと SQL Server が起動しなくなります/);
  });
});
