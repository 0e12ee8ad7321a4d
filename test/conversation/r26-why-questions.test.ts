/**
 * QA round 22 M5, M6:
 * - "why SQL first?", "why keep TLS 1.0?", "why do we need to keep tls 1.0 enabled?", 「なぜTLS1.0を残す必要があるのですか？」
 *   get the SQL reason (as 「なぜSQLを先に？」 did), not the symptom's explanation nor "Yes, that is exactly the fix";
 * - 「レジストリでTLS1.2を有効にすれば？」 with TMS 14 gets "before 15 the registry does not help" (as the English form did).
 */
import { findEntry } from '../../src/conversation/catalogue';
import { last, rendered, runIn, talk } from './helpers';

const OLD_SQL = 'TMS 15.9, CE 9.15.3, Windows 2008 R2, SQL Server 2008 R2 SP2 local';
const PAIR = 'Redundant TMS 15.11 pair, Windows 2016, SQL 2014 SP1 12.0.4100.1 on node 1. CE 9.14, No HTTPS response.';

describe('M5: why SQL first / why keep TLS 1.0', () => {
  it.each([
    [PAIR, 'why SQL first?'],
    [OLD_SQL, 'why keep TLS 1.0?'],
    [OLD_SQL, 'why do we need to keep tls 1.0 enabled?'],
    [OLD_SQL, 'how come TLS 1.0 has to stay on?'],
  ])('EN: %s / %s', (p, msg) => {
    const out = rendered(last(talk(p, msg)));
    expect(out).toMatch(/Because a SQL Server on the TMS server itself reacts to TLS settings/);
    expect(out).not.toMatch(/Why the endpoints show "No HTTPS response"/);
    expect(out).not.toMatch(/Yes, that is exactly the fix/);
  });
  it('the SQL verdict for the instance follows', () => {
    expect(rendered(last(talk(PAIR, 'why SQL first?')))).toMatch(/KB3052404/);
  });
  it('JA: 「なぜTLS1.0を残す必要があるのですか？」', () => {
    const out = rendered(runIn('ja', [OLD_SQL, 'なぜTLS1.0を残す必要があるのですか？']));
    expect(out).toMatch(/TMS サーバ上で動く SQL Server は TLS の設定の影響を受け/);
    expect(out).not.toMatch(/エンドポイントが「No HTTPS response」になる理由/);
  });
  it('with SQL remote: SQL is no reason, and TLS 1.0 off is a hardening change after Medium-High', () => {
    const out = rendered(last(talk('TMS 15.9, CE 9.15.3, Windows 2019, SQL Server 2017 remote', 'why keep TLS 1.0?')));
    expect(out).toMatch(/SQL gives no reason to keep TLS 1\.0/);
    expect(out).toMatch(/after Medium-High/);
  });
  it.each([
    ['why not just enable TLS 1.0 again?', 'why-not-tls10'],
    ['can we leave TLS 1.0 on and add TLS 1.2?', 'keep-tls10-add-tls12'],
    ['why do we need the SQL version?', 'why-sql-version'],
    ['TLS 1.0 はそのままで TLS 1.2 を追加すればいいですか', 'keep-tls10-add-tls12'],
  ])('other questions keep their entries: %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
});

describe('M6: 「レジストリでTLS1.2を有効にすれば？」', () => {
  const TMS14 = 'TMS 14.6.2、Codec Plus RoomOS 10.19でNo HTTPS response';
  it.each(['レジストリでTLS1.2を有効にすれば？', 'レジストリにTLS 1.2を追加したら直りますか'])('TMS 14: %s → before 15 the registry does not help', (msg) => {
    const out = rendered(runIn('ja', [TMS14, msg]));
    expect(out).toMatch(/TMS 15 より前のバージョンでは、この話はあてはまりません/);
    expect(out).not.toMatch(/お答えできません/);
  });
  it('TMS 15: the registry alone is not enough', () => {
    expect(rendered(runIn('ja', ['TMS 15.9、CE 9.15、Windows 2019、SQL 2016同居', 'レジストリでTLS1.2を有効にすれば？']))).toMatch(/レジストリの変更だけで足りるか/);
  });
  it.each(['レジストリでTLS1.2を有効にしたら動きました', 'レジストリでTLS1.2を有効にしたら、SQLが起動しなくなりました', 'レジストリでTLS1.2を有効にしました'])('a report is not the question: %s', (msg) => {
    expect(findEntry(msg)?.id).not.toBe('registry-alone');
  });
});
