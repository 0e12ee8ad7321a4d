/**
 * rev63 finding 3: at High, "Medium-High please" is a plan to go down a level: the plan answer says first that certificate
 * validation is lost and that this is a decision for the security team (QA63 #5's words), with the other way (keep High,
 * trusted certificates). With the level not known, the Telnet/SNMP line says Medium is only the default.
 */
import { rendered, runIn } from './helpers';

const AT_HIGH = ['TMS 15.13 / Win2019 / SQL 2019 remote. DX80 on CE 9.15 say No HTTPS response', 'level is High', 'the endpoint certs are self-signed'];

describe('rev63 #3: a plan from High down to Medium-High carries the security caveat', () => {
  it.each([
    ['en', [...AT_HIGH, 'ok, Medium-High then']],
    ['en', [...AT_HIGH, 'Medium-High please']],
    ['en', ['TMS 15.13 / Win2019 / SQL 2019 remote. DX80 on CE 9.15 say No HTTPS response', 'level is High', 'Medium-High please']],
    ['ja', [...AT_HIGH, 'じゃあ Medium-High でお願いします']],
  ] as const)('%s %j: the plan, the caveat before it, the level kept at High', (lang, msgs) => {
    const r = runIn(lang, msgs);
    const out = rendered(r);
    expect(r.route).toBe('plan');
    expect(r.state.facts.level).toBe('high');
    expect(out).toMatch(
      lang === 'en'
        ? /Before it:[\s\S]*going down to Medium-High turns off the TMS server's validation of the endpoints' certificates[\s\S]*a decision for your security team[\s\S]*keep High and give the endpoints certificates the TMS server trusts[\s\S]*After it:/
        : /実施前に：[\s\S]*Medium-High に下げると、TMS サーバによるエンドポイントの証明書の検証が行われなくなります[\s\S]*セキュリティ担当のチームが判断する[\s\S]*High のままにして[\s\S]*その後：/,
    );
    // Telnet and SNMP are already off at High: no "raising the level" line.
    expect(out).not.toMatch(/Raising the level|に上げると Telnet/);
  });

  it('from Medium the plan has no such caveat', () => {
    const out = rendered(runIn('en', ['TMS 15.13 / Win2019 / SQL 2019 remote. DX80 on CE 9.15 say No HTTPS response', 'level is Medium', 'Medium-High please']));
    expect(out).toMatch(/Noted as a plan/);
    expect(out).not.toMatch(/validation of the endpoints' certificates|security team/);
    expect(out).toMatch(/Raising the level from Medium to Medium-High turns Telnet and SNMP off: check first/);
  });

  it.each([
    ['en', /Raising the level from Medium to Medium-High turns Telnet and SNMP off \(Medium is the default; your level is not known yet\): check first/],
    ['ja', /Medium から Medium-High に上げると Telnet と SNMP が無効になります（Medium は既定値で、お使いのレベルはまだ分かっていません）。先に/],
  ] as const)('%s: with the level unknown, the Telnet/SNMP line says Medium is only the default', (lang, re) => {
    const first = lang === 'en' ? 'TMS 15.13 / Win2019 / SQL 2019 remote. DX80 on CE 9.15 say No HTTPS response' : 'TMS 15.13、Windows 2019、SQL 2019 は別サーバ。CE 9.15 の DX80 で No HTTPS response が出ます';
    const out = rendered(runIn(lang, [first, lang === 'en' ? 'I will set Medium-High tonight' : '今夜 Medium-High に設定する予定です']));
    expect(out).toMatch(re);
  });
});
