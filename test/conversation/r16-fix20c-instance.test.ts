/**
 * FIX20C #1: with SQL on record as remote, "there is also a second instance on the TMS server" replaced the remote place
 * (and kept the remote release as if it ran on the TMS server). It is another instance, not a correction: the remote place
 * and its release stay, which instance holds tmsng is asked, and the instance on the TMS server's caveat is said. The answer
 * "tmsng is on the TMS server" moves SQL there and drops the release said of the separate server.
 */
import { runIn, rendered } from './helpers';
import { secondInstanceOnTms, tmsngPlaceIn } from '../../src/domain/understand/sql-instance';

const EN = ['TMS 15.13, CE 9.15, Windows 2016', 'SQL 2016 runs on a separate server'];
const JA = ['TMS 15.13、CE 9.15、Windows 2016', 'SQL 2016 は別サーバーです'];

describe('a second instance on the TMS server keeps the remote place and asks for tmsng', () => {
  it.each([
    'there is also a second instance on the TMS server',
    'there is also a second SQL instance on the TMS server',
    'we also have a local SQLEXPRESS instance on the TMS server',
    'the TMS server also has SQL Express on it',
  ])('EN: %s', (msg) => {
    const r = runIn('en', [...EN, msg]);
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(r.state.facts.sql?.year).toBe(2016);
    const text = rendered(r);
    expect(text).toMatch(/Which instance holds tmsng/);
    expect(text).toMatch(/2008 R2 needs TLS 1\.0 kept enabled/);
  });
  it.each(['TMS サーバー上にも SQL のインスタンスがあります', 'TMSサーバーにもSQL Expressのインスタンスが入っています'])('JA: %s', (msg) => {
    const r = runIn('ja', [...JA, msg]);
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(r.state.facts.sql?.year).toBe(2016);
    expect(rendered(r)).toMatch(/tmsng はどちらのインスタンスにありますか/);
  });
  it("a release named with the second instance is that instance's: it is recorded on the TMS server (its caveat in the answer), tmsng asked", () => {
    const r = runIn('en', [...EN, 'there is also a SQL 2008 R2 Express instance on the TMS server']);
    expect(r.state.facts.sql).toMatchObject({ year: 2008, r2: true });
    expect(r.state.facts.sqlLocation).toBe('local');
    const text = rendered(r);
    expect(text).toMatch(/SQL Server 2016 on the separate server is not touched/);
    expect(text).toMatch(/Which instance holds tmsng/);
    expect(text).toMatch(/SQL Server 2008 R2: keep TLS 1\.0 enabled/);
  });
  it('JA: 「TMS サーバー上にも SQL 2012 のインスタンスがあります」', () => {
    const r = runIn('ja', [...JA, 'TMS サーバー上にも SQL 2012 のインスタンスがあります']);
    expect(r.state.facts.sql).toMatchObject({ year: 2012 });
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(rendered(r)).toMatch(/別サーバの SQL Server 2016 は、TMS サーバの Schannel の設定の影響を受けません/);
  });
  it("a release said of the remote one in another part of the message is the remote one's", () => {
    const r = runIn('en', [...EN, 'SQL 2014 SP1 is remote; the TMS server also runs a SQLEXPRESS instance for something else']);
    expect(r.state.facts.sql?.year).toBe(2014);
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(rendered(r)).toMatch(/I keep SQL Server 2014 SP1 on the separate server/);
  });
});

describe('the tmsng answer', () => {
  it('EN: on the TMS server: SQL moves there, the release said of the separate server no longer holds', () => {
    const r = runIn('en', [...EN, 'there is also a second instance on the TMS server', 'tmsng is on the TMS server']);
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(r.state.facts.sql).toBeUndefined();
    expect(rendered(r)).toMatch(/which release is the instance on the TMS server/);
  });
  it('JA: 別サーバー: the place on record stays, the note says the instance on the TMS server is still touched', () => {
    const r = runIn('ja', [...JA, 'TMS サーバー上にも SQL のインスタンスがあります', 'tmsng は別サーバーです']);
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(r.state.facts.sql?.year).toBe(2016);
    expect(rendered(r)).toMatch(/記録どおり別サーバ/);
  });
});

describe('near misses', () => {
  it.each([
    'is there also a second instance on the TMS server?',
    'if there is also an instance on the TMS server, does it matter?',
    'there is no second instance on the TMS server',
    'the old second instance on the TMS server was removed',
    'we will also install an instance on the TMS server',
    'SQL is on a separate server',
    'TMS サーバー上にもインスタンスがありますか？',
    'TMS サーバー上にもインスタンスはありません',
  ])('not a second instance: %s', (msg) => {
    expect(secondInstanceOnTms(msg)).toBe(false);
  });
  it('a correction still moves SQL: "sorry, SQL is actually on the TMS server"', () => {
    const r = runIn('en', [...EN, 'sorry, SQL is actually on the TMS server']);
    expect(r.state.facts.sqlLocation).toBe('local');
  });
  it.each([
    ['tmsng is on the TMS server', 'local'],
    ['the TMS database is on the separate server', 'remote'],
    ['TMS uses the local instance', 'local'],
    ['tmsng は TMS サーバー上のインスタンスです', 'local'],
    ['is tmsng on the TMS server?', null],
    ['not sure whether tmsng is on the TMS server', null],
    ['tmsng is not on the TMS server', null],
    ['tmsng はどこにあるか分かりません', null],
  ])('tmsng place: %s', (msg, want) => {
    expect(tmsngPlaceIn(msg)).toBe(want);
  });
});
