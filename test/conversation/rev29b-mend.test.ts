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
