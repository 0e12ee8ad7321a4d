/**
 * FIX6A: conversation leftovers about SQL Server said not to start.
 * 1. The Japanese past form 「SQLが起動しなかった」 is an outage report as 「起動しない」 is (not 「起動しなかったら」, not SQL Agent,
 *    not 「起動しなかったことはありません」), and a cause put elsewhere in the same message covers it too.
 * 2. "it was the disk" / 「原因はディスクでした」 in the message right after the outage was stored withdraws it (and says so);
 *    later, or as a question, or about something else, it does not.
 * 3. A cause "elsewhere" is only the SQL failure's: not a cause of the endpoints, another site or a second problem.
 */
import { saysSqlDown } from '../../src/domain/understand/sql-down';
import { rendered, runIn } from './helpers';

describe('1. Japanese past form of SQL not starting', () => {
  it.each(['SQLが起動しなかった', '再起動後にSQL Serverが起動しなかったです', 'SQL Serverが起動できなかった'])('down: %s', (msg) => {
    expect(runIn('ja', [msg]).state.facts.tlsClaims?.sqlDown).toBe(true);
  });

  it.each([
    'SQLが起動しなかったらどうなりますか',
    'もしSQLが起動しなかったら？',
    'SQL Agentが起動しなかった',
    'Agentが起動しなかった',
    'SQLが起動しなかったことはありません',
    'SQLが起動しなかったですか？',
    '他の案件でSQLが起動しなかったと聞きました',
  ])('not an outage: %s', (msg) => {
    expect(saysSqlDown(msg)).toBeUndefined();
  });

  it.each(['SQLが起動しなかったと言われましたが、原因はディスクでした', 'SQLが起動しなかったのは、ディスクの障害でした'])('cause elsewhere: %s', (msg) => {
    expect(runIn('ja', [msg]).state.facts.tlsClaims?.sqlDown).not.toBe(true);
  });
});

const EN = "TMS 15.2, endpoints CE 9.15, SQL 2008 R2 on the TMS server. SQL won't start after the reboot";
const JA = 'TMS 15.2、エンドポイントは CE 9.15、SQL 2008 R2 は TMS サーバー上です。再起動後にSQLが起動しなかったです';

describe('2. the cause put elsewhere in the next message', () => {
  it.each(['it was the disk', 'turned out to be a full drive', 'nothing to do with TLS'])('en: %s withdraws the outage', (msg) => {
    expect(runIn('en', [EN]).state.facts.tlsClaims?.sqlDown).toBe(true);
    const r = runIn('en', [EN, msg]);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
    expect(rendered(r)).toMatch(/no longer assume that SQL Server is down/);
  });

  it.each(['原因はディスクでした', 'ディスクが原因でした'])('ja: %s withdraws the outage', (msg) => {
    const r = runIn('ja', [JA, msg]);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
    expect(rendered(r)).toMatch(/前提は外しました/);
  });

  it('en: what else the message gives is read too', () => {
    const r = runIn('en', [EN, 'it was the disk. Windows is 2012 R2']);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
    expect(r.state.facts.windows).toBeDefined();
    expect(rendered(r)).toMatch(/no longer assume that SQL Server is down/);
  });

  it.each([
    ['en', [EN, 'was it the disk?']],
    ['en', [EN, "the endpoints' problem was the network"]],
    ['en', [EN, 'Windows 2012 R2', 'it was the disk']],
    ['ja', [JA, '原因はディスクですか？']],
    ['ja', [JA, 'Windows 2012 R2 です', '原因はディスクでした']],
  ] as const)('%s: kept: %j', (lang, msgs) => {
    expect(runIn(lang, msgs).state.facts.tlsClaims?.sqlDown).toBe(true);
  });

  it('nothing stored before: "it was the disk" changes nothing about SQL', () => {
    const r = runIn('en', ['TMS 15.2, endpoints CE 9.15, SQL 2008 R2 on the TMS server', 'it was the disk']);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
    expect(rendered(r)).not.toMatch(/no longer assume that SQL Server is down/);
  });
});

describe('3. a cause of something else is no cause of the SQL failure', () => {
  it.each([
    "SQL won't start. Separately, the problem was the network for the endpoints.",
    "SQL won't start, and the endpoints' problem was the network",
    "SQL won't start. The HTTPS issue was the network, I think",
    "SQL won't start. On site B the problem was DNS",
    "SQL won't start. The other issue was the network",
    "SQL won't start. The codecs failed because of the network",
    "SQL won't start; yesterday's TMS problem turned out to be the network",
    'SQL Server does not start. The endpoints also fail, the cause is the network there',
    'SQLが起動しません。エンドポイントの問題はネットワークが原因でした',
    'SQLが起動しません。別の問題として、ネットワークの障害もあります',
    'SQLが起動しません。拠点Bはネットワークが原因でした',
  ])('still down: %s', (msg) => {
    expect(saysSqlDown(msg)).toBe(true);
  });

  it.each([
    "SQL won't start but it was the disk",
    "SQL didn't start after the reboot, it was the disk on the TMS server",
    'SQLが起動しません。ディスクが原因でした',
  ])('its own cause still withdraws it: %s', (msg) => {
    expect(saysSqlDown(msg)).toBeUndefined();
  });
});
