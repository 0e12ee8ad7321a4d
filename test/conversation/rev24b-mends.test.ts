/**
 * REV24 #3, #4, #6, #8 (review of int1):
 * - #3 a worry about SQL Server with its release or place said in the same line: those are facts, read as usual.
 * - #4 a migration from a SQL release not done yet ("still have to", "hasn't happened yet", 「まだです」, 「したい」): that release
 *   is the current one, with its place.
 * - #6 a firewall change the user rules out: no "Network before TLS" card.
 * - #8 "It works now, I think the reboot did it": a hedge about the cause, not about the result.
 */
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { freshState, step } from '../../src/conversation/engine';
import { firewallRuledOut } from '../../src/domain/understand/firewall-ruled-out';
import { worksHedgedIn } from '../../src/conversation/one-system-works';
import { rendered } from './helpers';

function run(lang: 'en' | 'ja', first: string, line: string): { before: ConversationState; r: TurnResult } {
  const before = step(freshState(lang), { kind: 'text', text: first }).state;
  return { before, r: step(before, { kind: 'text', text: line }) };
}

const NO_SQL = 'TMS 15.9, endpoints upgraded to CE 9.15 show No HTTPS response. Windows 2019.';
const NO_SQL_JA = 'TMS 15.9 です。CE 9.15 にアップグレードしたエンドポイントで No HTTPS response が出ています。Windows 2019。';

describe('REV24 #3: a SQL worry with the release or place in the same line records them', () => {
  it.each([
    ['en', "We are worried SQL will stop if we change TLS; it's SQL 2012 SP1 on the TMS server", 2012, 'local'],
    ['en', "I'm nervous about the database, it's SQL Server 2014 RTM on this box", 2014, 'local'],
    ['en', "I'm worried about SQL, it's SQL 2016 on a separate server", 2016, 'remote'],
    ['ja', 'TMS サーバ上の SQL 2008 R2 が止まらないか心配です', 2008, 'local'],
    ['ja', 'SQL Server 2012 SP1 が TMS サーバ上にあって、止まらないか不安です', 2012, 'local'],
  ] as Array<['en' | 'ja', string, number, string]>)('%s %j', (lang, line, year, place) => {
    const { r } = run(lang, lang === 'ja' ? NO_SQL_JA : NO_SQL, line);
    expect(r.route).not.toBe('sql-worry');
    expect(r.state.facts.sql?.year).toBe(year);
    expect(r.state.facts.sqlLocation).toBe(place);
    expect(r.state.facts.tlsClaims?.sqlDown).not.toBe(true);
  });

  it.each([
    ['en', "I'm worried SQL Server won't start when we reboot"],
    ['ja', '前回は SQL が止まったので心配です'],
  ] as Array<['en' | 'ja', string]>)('%s %j without a release: still the worry answer, nothing recorded', (lang, line) => {
    const { before, r } = run(lang, lang === 'ja' ? NO_SQL_JA : NO_SQL, line);
    expect(r.route).toBe('sql-worry');
    expect(r.state.facts.sql).toEqual(before.facts.sql);
  });
});

describe('REV24 #4: a migration not done yet keeps the SQL release current', () => {
  const B = 'TMS 15.9, endpoints upgraded to CE 9.15 show No HTTPS response.';
  const B_JA = 'TMS 15.9 です。CE 9.15 にアップグレードしたエンドポイントで No HTTPS response が出ています。';
  it.each([
    ['en', "We still have to migrate from SQL 2008 R2, it's on the TMS server. Windows 2012 R2"],
    ['en', "The migration from SQL 2008 R2 hasn't happened yet; it's on the TMS server. Windows 2012 R2"],
    ['en', "We want to migrate from SQL 2008 R2, it's on the TMS server. Windows 2012 R2"],
    ['ja', 'SQL 2008 R2 からの移行はまだです。TMS サーバ上。Windows 2012 R2'],
    ['ja', 'SQL 2008 R2 から移行したいです。TMS サーバ上にあります。Windows 2012 R2'],
  ] as Array<['en' | 'ja', string]>)('%s %j: SQL 2008 R2 on the TMS server', (lang, line) => {
    const { r } = run(lang, lang === 'ja' ? B_JA : B, line);
    expect(r.state.facts.sql).toMatchObject({ year: 2008, r2: true });
    expect(r.state.facts.sqlLocation).toBe('local');
  });

  it.each([
    ['en', "We migrated from SQL 2008 R2 last year, it's on the TMS server. Windows 2012 R2"],
    ['ja', 'SQL 2008 R2 から移行しました。TMS サーバ上にあります。Windows 2012 R2'],
  ] as Array<['en' | 'ja', string]>)('%s %j: a change done still leaves the release behind', (lang, line) => {
    const { r } = run(lang, lang === 'ja' ? B_JA : B, line);
    expect(r.state.facts.sql).toBeUndefined();
  });
});

describe('REV24 #6: a firewall change the user rules out gets no "Network before TLS" card', () => {
  const B1 = 'TMS 15.9, endpoints upgraded to CE 9.15 show No HTTPS response. SQL 2016 on the TMS server, Windows 2019.';
  const CARD = /Network before TLS|TLS より先にネットワーク/;
  it.each([
    ['en', 'We changed the firewall on the guest wifi, nothing to do with TMS'],
    ['en', 'The firewall was changed last month but TMS worked fine after that'],
    ['en', "did the firewall change? I don't think so"],
    ['ja', 'ファイアウォールの設定を変更しましたが、TMS とは関係ありません'],
    ['ja', '先月ファイアウォールを変更しましたが、その後も TMS は問題なく動いていました'],
  ] as Array<['en' | 'ja', string]>)('%s %j', (lang, line) => {
    expect(firewallRuledOut(line)).toBe(true);
    const { r } = run(lang, B1, line);
    expect(rendered(r)).not.toMatch(CARD);
  });

  it.each([
    ['en', 'We changed the firewall yesterday'],
    ['en', 'did the firewall change?'],
    ['en', 'we changed the firewall yesterday and since then nothing works'],
    ['en', 'the firewall was changed and nslookup codec1 fails, nothing to do with TMS'],
    ['ja', 'ファイアウォールの設定を変更しました'],
  ] as Array<['en' | 'ja', string]>)('%s %j: still the card', (lang, line) => {
    expect(firewallRuledOut(line)).toBe(false);
    const { r } = run(lang, B1, line);
    expect(rendered(r)).toMatch(CARD);
  });
});

describe('REV24 #8: a hedge about the cause is not a hedge about the result', () => {
  const B1 = 'TMS 15.9, endpoints upgraded to CE 9.15 show No HTTPS response. SQL 2016 on the TMS server, Windows 2019.';
  it.each([
    ['en', 'It works now, I think the reboot did it'],
    ['en', 'It works now, probably the reboot'],
    ['en', 'Works now. Maybe the registry change fixed it'],
    ['ja', '直りました。再起動が効いたと思います'],
    ['ja', '動くようになりました。たぶん再起動のおかげです'],
  ] as Array<['en' | 'ja', string]>)('%s %j: a plain works report', (lang, line) => {
    expect(worksHedgedIn(line)).toBe(false);
    const { r } = run(lang, B1, line);
    expect(rendered(r)).toMatch(/Good to hear it works now|直ってよかったです/);
  });

  it.each([
    ['en', 'I think it works now'],
    ['en', 'all endpoints seem fixed now, I think the reboot did it'],
    ['ja', '直ったと思います'],
    ['ja', '直ったようです、再起動が効いたのかも'],
  ] as Array<['en' | 'ja', string]>)('%s %j: still hedged', (lang, line) => {
    expect(worksHedgedIn(line)).toBe(true);
    const { r } = run(lang, B1, line);
    expect(rendered(r)).toMatch(/Before I close the case|完了にする前に/);
  });
});
