/**
 * R44D #1 (QA round 29 M6): another person's or another case's experience is not this server's state. "A colleague said
 * that when he turned TLS 1.0 off, SQL would not start on his server", 「他の案件で、TLS 1.0を無効にしたらSQLが起動しないと
 * 聞きました」 store neither TLS 1.0 off nor SQL down; the implied question (does TLS 1.0 off stop SQL here?) is answered.
 * The user's own report, or the customer's, still counts.
 */
import { aboutThirdParty } from '../../src/domain/understand/third-party';
import { rendered, runIn } from './helpers';

const F16 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const F08 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2008 R2 on the TMS server, Windows 2008 R2';
const JA16 = 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQLは2016でTMSサーバ上、Windows Server 2016です';
const TITLE = /Does SQL Server stop if TLS 1\.0 is turned off\?|TLS 1\.0 を無効にすると SQL Server は止まるか/;

describe('R44D: a third party experience told', () => {
  it.each([
    ['en', F16, 'A colleague said that when he turned TLS 1.0 off, SQL would not start on his server.'],
    ['en', F08, 'A colleague said that when he turned TLS 1.0 off, SQL would not start on his server.'],
    ['ja', JA16, '他の案件で、TLS 1.0を無効にしたらSQLが起動しないと聞きました'],
    ['ja', JA16, '同僚の話では、TLS 1.0を無効にしたらSQLが起動しないそうです'],
  ] as const)('%s %s / %s: nothing stored about this server, the question answered', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
    const out = rendered(r);
    expect(out).toMatch(TITLE);
    expect(out).not.toMatch(/SQL Server does not start|SQL Server が起動しません|could not find|読み取れませんでした/);
  });

  it('SQL 2008 R2 on the TMS server: the answer names the risk for this server', () => {
    const out = rendered(runIn('en', [F08, 'A colleague said that when he turned TLS 1.0 off, SQL would not start on his server.']));
    expect(out).toMatch(/Keep TLS 1\.0 enabled/);
  });

  it.each([
    ['en', F16, "We disabled TLS 1.0 and now SQL won't start."],
    ['ja', JA16, 'お客様から、TLS 1.0を無効にしたらSQLが起動しないと聞きました'],
    ['ja', JA16, 'TLS 1.0を無効にしたらSQLが起動しなくなりました'],
  ] as const)('%s %s / %s: the user own (or the customer) report is still stored', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
  });

  it('the customer speaking of "his server" is this case: TLS 1.0 off is stored', () => {
    const r = runIn('en', [F16, 'The customer said that when he turned TLS 1.0 off, SQL would not start on his server.']);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
  });

  it.each([
    'My colleague disabled TLS 1.0 yesterday.',
    'My colleague said that when he disabled TLS 1.0 on our TMS, SQL stopped.',
    "The admin said that after we disabled TLS 1.0, SQL wouldn't start.",
    'I heard that SQL Server is down since this morning.',
    "Someone disabled TLS 1.0 on the TMS server, and now SQL won't start.",
    '同僚がうちのTMSでTLS 1.0を無効にしたらSQLが起動しなくなりました',
  ])('a person who worked on this server, or news of it, is not a third party: %s', (msg) => {
    expect(aboutThirdParty(msg)).toBe(false);
  });

  it('a colleague who disabled TLS 1.0 (no place named) is still a change to this server', () => {
    expect(runIn('en', [F16, 'My colleague disabled TLS 1.0 yesterday.']).state.facts.tlsClaims?.tls10).toBe('off');
  });
});
