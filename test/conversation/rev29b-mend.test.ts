/**
 * REV29 (review of the twenty-sixth session's integration), the second helper's findings: #3 (a SQL certificate said
 * expired beside versions that name an endpoint: the SQL-certificate answer, and the Medium-High advice there and in the
 * endpoint-certificate answer carries the Telnet/SNMP caveat), #6 (one SQL-certificate pattern set, limited to its clause).
 */
import { blocksText, runIn } from './helpers';

const P = {
  en: 'TMS 15.2.1, SX80 on CE 9.15, level Medium',
  ja: 'TMS 15.2.1、SX80 は CE 9.15、レベルは Medium',
};

describe('a SQL certificate said expired beside an endpoint named elsewhere (REV29 #3, #6)', () => {
  it.each([
    ['en', `${P.en}. The SQL certificate expired`],
    ['en', `${P.en}, the SQL certificate expired`],
    ['en', `${P.en}. SQL Server's cert has expired`],
    ['ja', `${P.ja}。SQL の証明書が期限切れです`],
    ['ja', `${P.ja}、データベースの証明書の期限が切れています`],
  ] as const)('%s: %s -> the SQL-certificate answer, with the Telnet/SNMP caveat', (lang, msg) => {
    const r = runIn(lang, [msg]);
    const text = blocksText(r.replies);
    expect(text).toMatch(lang === 'en' ? /SQL Server's certificate/ : /SQL Server の証明書/);
    expect(text).not.toMatch(lang === 'en' ? /endpoint certificate is most likely/ : /エンドポイントの証明書が期限切れや自己署名でも/);
    expect(text).toMatch(/Telnet/);
  });

  it.each([
    ['en', `${P.en}. The SX80 and SQL certificates expired`],
    ['en', `${P.en}. The certificate on the SX80 expired`],
    ['ja', `${P.ja}。SX80 の証明書が期限切れです`],
  ] as const)('%s: %s (an endpoint certificate in the clause) -> the endpoint-certificate answer, its Medium-High line marked', (lang, msg) => {
    const r = runIn(lang, [msg]);
    const blocks = r.replies.flatMap((x) => x.blocks);
    const text = blocksText(r.replies);
    expect(text).toMatch(lang === 'en' ? /endpoint certificate is most likely/ : /エンドポイントの証明書が期限切れや自己署名でも/);
    const cause = blocks.find((b) => JSON.stringify(b).includes(lang === 'en' ? 'For your versions the TLS version is the cause' : 'お使いのバージョンでは、原因は TLS のバージョンです'));
    expect(cause?.advises).toBe('medium-high');
    expect(text).toMatch(/Telnet/);
  });
});

describe('an instruction or a vendor\'s word about TC 7.3.3 is not the release now (REV29 #2)', () => {
  const P2 = {
    en: 'TMS 15.2.1, SX80 on CE 9.15, level Medium, Windows 2019, SQL 2016 remote',
    ja: 'TMS 15.2.1、SX80 は CE 9.15、レベル Medium、Windows 2019、SQL 2016 は別サーバ',
  };
  it.each([
    ['en', 'my manager told them to roll back to TC 7.3.3', true],
    ['en', 'my manager wants us to try TC 7.3.3', true],
    ['en', 'the boss asked us to try TC 7.3.3 on the SX80s', true],
    ['en', 'Cisco TAC asked us to try TC 7.3.3', true],
    ['ja', 'TC 7.3.3 に戻してほしいと上司に言われました', true],
    ['ja', 'TAC から TC 7.3.3 を試してほしいと言われました', true],
    ['en', 'the vendor told us TC 7.3.3 is the last release that accepts TLS 1.0', false],
  ] as const)('%s: %s keeps CE 9.15', (lang, line, instruction) => {
    const r = runIn(lang, [P2[lang], line]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    if (instruction) expect(blocksText(r.replies)).toMatch(lang === 'en' ? /Downgrading the endpoints/ : /エンドポイントのダウングレード/);
  });
  it.each([
    ['en', 'my manager told them to roll back to TC 7.3.3 and they did it yesterday'],
    ['ja', '上司に言われて TC 7.3.3 に戻しました'],
  ] as const)('%s: %s (carried out) is the release now', (lang, line) => {
    expect(runIn(lang, [P2[lang], line]).state.facts.endpoint?.raw).toBe('TC 7.3.3');
  });
});

describe('a vendor\'s word without an endpoint release stays a report (REV29 #2, narrowed)', () => {
  it('"the vendor says SQL is remote" (the first message) records the SQL place', () => {
    const r = runIn('en', ['the vendor says SQL is remote']);
    expect(r.route).not.toBe('not-understood');
    expect(r.state.facts.sqlLocation).toBe('remote');
  });
});
