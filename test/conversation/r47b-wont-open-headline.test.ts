/**
 * "We applied IIS Crypto Best Practices and now TMS won't open" with SQL Server 2008 R2 SP2 on the TMS server: the SQL
 * checks lead, the headline says so (not "here is the fix"), and the SQL paragraph is not said a second time (EN and JA).
 */
import { TEXTS } from '../../src/conversation/texts';
import { rendered, runIn } from './helpers';

const EN = "TMS 15.9, SQL 2008 R2 SP2 on the TMS server, CE 9.15. We applied IIS Crypto Best Practices and now TMS won't open";
const JA = 'TMS 15.9、SQL 2008 R2 SP2 が TMS サーバに同居、CE 9.15。IIS Crypto の Best Practices を適用したら TMS が開かなくなった';

const count = (s: string, sub: string) => s.split(sub).length - 1;

describe('r47b: TMS will not open after Best Practices: SQL first, said once', () => {
  it.each([
    ['en', EN, 'Check now that the SQL service is running', 'depends on TLS 1.0: Microsoft (KB3135244)'],
    ['ja', JA, '今すぐ SQL のサービスが動いているか確認してください', 'は TLS 1.0 に依存しています。Microsoft（KB3135244）'],
  ] as const)('%s: the headline names the SQL check, and the SQL paragraph is not repeated', (lang, msg, again, depends) => {
    const r = runIn(lang, [msg]);
    const headings = r.replies.flatMap((x) => x.blocks).filter((b) => b.type === 'heading').map((b) => ('text' in b ? b.text : ''));
    expect(headings).not.toContain(TEXTS[lang].headingYes);
    expect(headings.join('\n')).toMatch(/SQL Server/);
    const out = rendered(r);
    expect(out.indexOf('SQL')).toBeLessThan(out.indexOf(headings[0]!));
    expect(count(out, again)).toBe(0);
    expect(count(out, depends)).toBe(0);
    // The values to turn TLS 1.0 back on stay available.
    expect(out).toMatch(/TLS 1\.0\\Client\]/);
  });

  it('without "won\'t open", the same case keeps its own headline', () => {
    const r = runIn('en', ['TMS 15.9, SQL 2008 R2 SP2 on the TMS server, CE 9.15. We applied IIS Crypto Best Practices']);
    const out = rendered(r);
    expect(out).not.toMatch(/TMS may be down with it/);
  });
});
