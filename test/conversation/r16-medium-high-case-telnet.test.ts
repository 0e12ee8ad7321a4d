/**
 * "Will TC 7.3.3 be OK at Medium-High?": the Telnet/SNMP line no longer says the cost is not this endpoint's (TMS may manage
 * it over Telnet or SNMP); it says that part stops if TMS does. Both the release that accepts TLS 1.0 and the one that
 * refuses it get the same line.
 */
import { rendered, runIn } from './helpers';

const F16 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const J16 = 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQLは2016でTMSサーバ上、Windows Server 2016です';

describe('a release asked about at Medium-High: the Telnet/SNMP line', () => {
  it.each<['en' | 'ja', string, string, RegExp]>([
    ['en', F16, 'will TC 7.3.3 be OK at Medium-High?', /still accepts TLS 1\.0/],
    ['en', F16, 'will TC 7.3.6 be OK at Medium-High?', /refuses TLS 1\.0 but accepts TLS 1\.2/],
    ['ja', J16, 'TC 7.3.3 は Medium-High でも動きますか', /TLS 1\.0 をまだ受け付け/],
    ['ja', J16, 'TC 7.3.6 は Medium-High でも動きますか', /TLS 1\.0 を受け付けませんが/],
  ])('%s: %s', (lang, first, q, clause) => {
    const out = rendered(runIn(lang, [first, q]));
    expect(out).toMatch(clause);
    expect(out).toMatch(/if TMS manages this endpoint over Telnet or SNMP, that part stops|TMS がこのエンドポイントを Telnet や SNMP で管理している場合、その部分は止まります/);
    expect(out).not.toMatch(/not this endpoint|このエンドポイントではありません/);
  });
});
