/**
 * Round 43 (helper R43A), item 1: SQL said to have been moved. Where it was moved to is where it runs now
 * ("SQL was local but we moved it to a separate server" is remote, so the SQL 2008 R2 caveats are not the TMS server's);
 * the reverse move is local; a plan or a move that did not happen changes nothing.
 */
import { rendered, runIn } from './helpers';

describe('SQL moved to another place', () => {
  it.each<['en' | 'ja', string[], 'local' | 'remote']>([
    ['en', ['SQL was local but we moved it to a separate server'], 'remote'],
    ['en', ['we migrated the DB off the TMS box last year'], 'remote'],
    ['en', ['SQL 2008 R2 on the TMS server, but the database was migrated to a dedicated server last year'], 'remote'],
    ['ja', ['SQLは同居でしたが別サーバに移しました'], 'remote'],
    ['en', ['SQL was remote, we moved it onto the TMS server'], 'local'],
    ['en', ['SQL was on a separate server but we moved it onto the TMS server'], 'local'],
    ['ja', ['SQLは別サーバでしたがTMSサーバに移しました'], 'local'],
    ['en', ['TMS 15.9, CE 9.15, SQL 2008 R2 on a separate server', 'we moved it onto the TMS server last month'], 'local'],
    ['ja', ['TMS 15.9、CE 9.15、SQL 2008 R2 は別サーバ', '先月TMSサーバに移しました'], 'local'],
  ])('%s %j: stored %s', (lang, msgs, where) => {
    expect(runIn(lang, msgs).state.facts.sqlLocation).toBe(where);
  });

  it.each<['en' | 'ja', string[], 'local' | 'remote' | undefined]>([
    ['en', ['SQL is local, we will move it to a separate server'], 'local'],
    ['en', ['we will move SQL to a separate server'], undefined],
    ['ja', ['SQLを別サーバに移す予定です'], undefined],
    ['en', ["SQL is on the TMS server, we haven't moved it to a separate server"], 'local'],
    ['ja', ['SQLはTMSサーバ上で、まだ別サーバに移していません'], 'local'],
    ['en', ['SQL 2008 R2 is local. We migrated TMS to a new server last year'], 'local'],
    ['en', ['SQL 2012 is local; we moved to a new office'], 'local'],
    ['ja', ['SQLはローカル、TMSは別サーバに移行しました'], 'local'],
  ])('%s %j: a plan, a move not made or something else moved: %s', (lang, msgs, where) => {
    expect(runIn(lang, msgs).state.facts.sqlLocation).toBe(where);
  });

  it('the SQL 2008 R2 caveat is not given for the TMS server once SQL was moved off it', () => {
    const out = rendered(runIn('en', ['TMS 15.9, endpoints CE 9.15, Windows 2012 R2, SQL 2008 R2 was local but we moved it to a separate server']));
    expect(out).toMatch(/SQL on another server/);
    expect(out).not.toMatch(/2008 R2 on the TMS server/);
  });
});
