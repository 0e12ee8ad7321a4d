/**
 * FIX19C (QA45 R1, W6): a SQL release question that also says where the user's own SQL Server runs. The place said in
 * the message is stored with the release it is said of, and the SQL answer rests on it (not on a location stored before).
 * Pure questions keep the question answer and store nothing.
 */
import { rendered, runIn } from './helpers';

const C = 'TMS 15.2 on Windows 2012 R2, endpoints on CE 9.15 show No HTTPS response, SQL 2016 remote';
const J = 'TMS 15.2、Windows Server 2012 R2、エンドポイントは CE 9.15 で No HTTPS response が出ます。SQL 2016 は別サーバ';
const REMOTE_EN = /Not for this fix: you told me SQL Server runs on another machine/;
const REMOTE_JA = /この修正のためには不要です。SQL Server は別のマシンで/;

describe('FIX19C: SQL release question + where the user SQL runs, in one message', () => {
  it('EN "is it ok to stay on SQL 2008 R2? it is on the TMS server": 2008 R2 local stored, TLS 1.0 stays, SSL 3.0 untouched', () => {
    const r = runIn('en', [C, 'is it ok to stay on SQL 2008 R2? it is on the TMS server']);
    expect(r.state.facts.sql).toMatchObject({ year: 2008, r2: true });
    expect(r.state.facts.sqlLocation).toBe('local');
    const out = rendered(r);
    expect(out).not.toMatch(REMOTE_EN);
    expect(out).toMatch(/TLS 1\.0 stays enabled/);
    expect(out).toMatch(/do not change SSL 3\.0/);
  });

  it('JA 「SQL 2008 R2 のままでいいですか？TMS サーバ上にあります」: stored and answered for the TMS server', () => {
    const r = runIn('ja', [J, 'SQL 2008 R2 のままでいいですか？TMS サーバ上にあります']);
    expect(r.state.facts.sql).toMatchObject({ year: 2008, r2: true });
    expect(r.state.facts.sqlLocation).toBe('local');
    const out = rendered(r);
    expect(out).not.toMatch(REMOTE_JA);
    expect(out).toMatch(/TLS 1\.0 を有効のままに/);
    expect(out).toMatch(/SSL 3\.0 を変更しないで/);
  });

  it('EN "does SQL 2012 need anything? we have a second instance on the TMS server": 2012 local, a TLS 1.2 build first', () => {
    const r = runIn('en', [C, 'does SQL 2012 need anything? we have a second instance on the TMS server']);
    expect(r.state.facts.sql).toMatchObject({ year: 2012 });
    expect(r.state.facts.sqlLocation).toBe('local');
    const out = rendered(r);
    expect(out).not.toMatch(REMOTE_EN);
    expect(out).toMatch(/SELECT @@VERSION/);
    expect(out).toMatch(/KB3052404|KB3135244/);
  });

  it('EN W6 "What about SQL 2012 - we have one on the TMS server": the local 2012 is stored and its build check given', () => {
    const r = runIn('en', [C, 'What about SQL 2012 - we have one on the TMS server']);
    expect(r.state.facts.sql).toMatchObject({ year: 2012 });
    expect(r.state.facts.sqlLocation).toBe('local');
    const out = rendered(r);
    expect(out).toMatch(/SELECT @@VERSION/);
    expect(out).not.toMatch(/Your own system stays SQL Server 2016/);
  });

  it('EN W6 "does it matter that SQL 2014 SP2 is on another box?": a remote SQL is not touched', () => {
    const r = runIn('en', [C, 'does it matter that SQL 2014 SP2 is on another box?']);
    expect(r.state.facts.sql).toMatchObject({ year: 2014, sp: 2 });
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(rendered(r)).toMatch(/Schannel settings do not touch it/);
  });

  it('JA 「SQL 2012 は何か必要ですか？別サーバにあります」 after a local SQL: the remote said now wins', () => {
    const r = runIn('ja', ['TMS 15.2、CE 9.15 で No HTTPS response、SQL 2008 R2 は TMS サーバ上', 'SQL 2012 は何か必要ですか？別サーバにあります']);
    expect(r.state.facts.sql).toMatchObject({ year: 2012 });
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(rendered(r)).toMatch(REMOTE_JA);
  });
});

describe('FIX19C negatives: pure questions keep the question answer', () => {
  it('EN "is it ok to stay on SQL 2008 R2?" with SQL 2016 remote stored: remote answer, nothing stored', () => {
    const r = runIn('en', [C, 'is it ok to stay on SQL 2008 R2?']);
    expect(r.state.facts.sql).toMatchObject({ year: 2016 });
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(rendered(r)).toMatch(REMOTE_EN);
  });

  it('JA 「SQL 2008 R2 のままでいいですか？」: remote answer, nothing stored', () => {
    const r = runIn('ja', [J, 'SQL 2008 R2 のままでいいですか？']);
    expect(r.state.facts.sql).toMatchObject({ year: 2016 });
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(rendered(r)).toMatch(REMOTE_JA);
  });

  it.each([
    ['en', 'is it ok to stay on SQL 2008 R2 if it is on the TMS server?', C],
    ['en', 'what if SQL 2012 is on the TMS server?', C],
    ['en', 'does SQL 2012 need anything?', C],
    ['ja', 'SQL 2008 R2 のままでいいですか？TMS サーバ上にありますか？', J],
    ['ja', 'TMS サーバ上にある場合、SQL 2012 は何か必要ですか', J],
  ] as const)('%s "%s": a case or a question, the stored SQL stays', (lang, q, setup) => {
    const r = runIn(lang, [setup, q]);
    expect(r.state.facts.sql).toMatchObject({ year: 2016 });
    expect(r.state.facts.sqlLocation).toBe('remote');
  });
});
