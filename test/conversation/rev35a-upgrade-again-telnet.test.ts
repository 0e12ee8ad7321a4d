/**
 * REV35 #9: at Medium, "upgrading the endpoints again" says the working endpoints keep working only of TC and CE over HTTPS:
 * Medium-High turns Telnet and SNMP off (knowledge.md, Caveats), so systems TMS manages over those are not said to keep working.
 */
import { rendered, runIn } from './helpers';

const F = 'TMS 15.2, SX20 on TC 7.3.21 shows No HTTPS response, Windows Server 2012 R2, SQL 2016 on a separate server';
const JF = 'TMS 15.2 で SX20（TC 7.3.21）が No HTTPS response になります。Windows Server 2012 R2、SQL 2016 は別サーバーです';

describe('REV35 #9: endpoint upgrade again at Medium', () => {
  it('EN', () => {
    const out = rendered(runIn('en', [F, 'what if we upgrade the codecs again next year?']));
    expect(out).toMatch(/Upgrading the endpoints again/);
    expect(out).not.toMatch(/the endpoints that work now keep working, since they all accept TLS 1\.2/);
    expect(out).toMatch(/TC and CE endpoints that work now keep working over HTTPS[^;]*; systems that TMS manages over Telnet or SNMP are another matter/);
  });

  it('JA', () => {
    const out = rendered(runIn('ja', [JF, '来年またアップグレードしたらどうなりますか？']));
    expect(out).toMatch(/エンドポイントを再びアップグレードする場合/);
    expect(out).not.toMatch(/今動いているエンドポイントも、すべて TLS 1\.2 を受け付けるので/);
    expect(out).toMatch(/TC／CE のエンドポイントは[^。]*HTTPS ではそのまま動きます。ただし TMS が Telnet や SNMP で管理しているシステムは別/);
  });
});
