/**
 * R33B item 2: a FIRST message that gives TMS 15.9 and CE 9.15 and asks "if TMS were 14.6 could we still fix it?"
 * answers the supposed TMS release first (before 15: no in-place fix), then asks the open question; the user's own
 * TMS stays 15.9.
 */
import { questions, rendered, runIn } from './helpers';

const EN = 'We run TMS 15.9 and the endpoints are on CE 9.15 and show No HTTPS response. hypothetically, if TMS were 14.6 could we still fix it?';
const JA = 'TMS 15.9、エンドポイントは CE 9.15 で No HTTPS response が出ています。もしTMSが14.6だったら直せますか？';

describe('a supposed TMS release in a first message (R33B)', () => {
  it('EN: TMS 14.6 is answered (no in-place fix) before the SQL question; own TMS stays 15.9', () => {
    const r = runIn('en', [EN]);
    const out = rendered(r);
    expect(out).toMatch(/TMS 14\.6 cannot be fixed in place/);
    expect(out).toMatch(/stays TMS 15\.9/);
    expect(out.indexOf('TMS 14.6 cannot be fixed')).toBeLessThan(out.indexOf('Which SQL Server version'));
    expect(questions(r)).toContain('need-sql-version');
    expect(r.state.facts.tms?.raw).toBe('15.9');
  });

  it('JA: the same', () => {
    const r = runIn('ja', [JA]);
    const out = rendered(r);
    expect(out).toMatch(/TMS 14\.6 はこのままでは修正できません/);
    expect(out).toMatch(/引き続き TMS 15\.9/);
    expect(out.indexOf('TMS 14.6 はこのままでは')).toBeLessThan(out.indexOf('SQL Server のバージョン'));
    expect(questions(r)).toContain('need-sql-version');
    expect(r.state.facts.tms?.raw).toBe('15.9');
  });

  it('EN and JA: the same TMS release stated and supposed is no separate case', () => {
    expect(rendered(runIn('en', ['We run TMS 15.9 with CE 9.15 endpoints. If TMS were 15.9, could we fix it?']))).not.toMatch(/You asked about TMS/);
    expect(rendered(runIn('ja', ['TMS 15.9、CE 9.15 です。もしTMSが15.9だったら直せますか？']))).not.toMatch(/の場合についてのご質問/);
  });
});
