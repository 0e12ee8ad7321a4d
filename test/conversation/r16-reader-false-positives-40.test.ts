/**
 * QA40 / REV9: false positives of the newer readers.
 * #1 a browser (or ping) reaching units on the same release is not "systems on the same release work through TMS": the fix stays;
 * #2 "nothing is back except …" in a FIRST report is read for its facts (not thrown away as a status update);
 * #3 a SQL place said of the past gives way to the one said for now;
 * #4 a removed / absent / unused instance or replica on the TMS server does not make SQL local over a said "remote";
 * #5 modelsSaidToWork stays linear on a long token.
 */
import { extractFacts } from '../../src/domain/extract';
import { modelsSaidToWork } from '../../src/domain/knowledge/products';
import { sameReleaseWorksIn } from '../../src/domain/understand/same-release-works';
import { findings, last, rendered, runIn, talk } from './helpers';

const JA_HEAD = 'TMS 15.9、Medium、Windows 2019、SQLは別サーバー。CE 9.15 の Room Kit が No HTTPS response。';

describe('#1 a browser on the same release is not TMS managing it', () => {
  it.each(['ブラウザからは同じバージョンでも問題なくアクセスできます。', '同じバージョンでもブラウザでは問題ありません。'])('JA %s: the full fix', (m) => {
    const r = runIn('ja', [JA_HEAD + m]);
    expect(findings(r)).toContain('tms-tools-medium-high');
    expect(r.state.facts.sameReleaseWorks).toBeUndefined();
    expect(rendered(r)).not.toMatch(/同じリリースのシステムが正常/);
  });
  it.each([
    'the web UI of the same version opens fine in Chrome',
    'From a browser the same version works without problems',
    'the units on the same release are fine when I ping them',
    '同じバージョンでも ping は問題ありません',
  ])('reader: %s is not same-release-works', (m) => expect(sameReleaseWorksIn(m)).toBe(false));
  it.each(['30 other DX80s on the same ce9.15 work fine', '同じ CE 9.15 の残り30台は正常です', 'the rest (also CE 9.15) are fine'])('still read: %s', (m) =>
    expect(sameReleaseWorksIn(m)).toBe(true),
  );
});

describe('#2 "nothing … except" in a first report keeps its facts', () => {
  it.each([
    'TMS 15.9, Win 2019, remote SQL. Room Kits on CE 9.15 show No HTTPS response. Nothing is back except the MXPs.',
    'TMS 15.9, Win 2019, remote SQL 2016, Medium. CE 9.15 Room Kits: none of them work but the web UI opens fine in Chrome.',
    'TMS 15.9, Win 2019, remote SQL 2016, Medium. No endpoints are working but the TC7.3.3 SX20s. The others are on CE 9.15.',
  ])('EN %s: facts stored, the fix given', (m) => {
    const r = last(talk(m));
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(findings(r)).toContain('tms-tools-medium-high');
  });
  it('EN "Nothing works except the MXPs" with no release: facts kept, the release asked', () => {
    const r = last(talk('TMS 15.9, Win 2019, remote SQL, Medium. Nothing works except the MXPs.'));
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).not.toMatch(/Tell me what you know/);
  });
  it('EN "we set Medium-High and rebooted. Nothing is back except …" first: level and reboot kept', () => {
    const r = last(talk('TMS 15.9 Medium, Win 2019 remote SQL. We set Medium-High and rebooted. Nothing is back except the 2 MXPs.'));
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.windows?.year).toBe(2019);
  });
  it('JA first report: facts kept', () => {
    const r = runIn('ja', ['TMS 15.9、Windows 2019、SQLは別サーバー、Medium。CE 9.15 の Room Kit は一台も直っていません、MXP以外は戻っていません。']);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(findings(r)).toContain('tms-tools-medium-high');
  });
  it('JA "Medium-High にして再起動 … MXP以外はどれも戻っていません" first: facts kept', () => {
    const r = runIn('ja', ['TMS 15.9、Medium、Windows 2019、SQLは別サーバー。Medium-High にして再起動しました。MXP以外はどれも戻っていません。']);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.level).toBe('medium-high');
  });
  it('after our answer it is still the inverted partial (nothing came back for the TLS systems)', () => {
    const out = rendered(last(talk('TMS 15.9 Medium, Win 2019, remote SQL. Room Kits on CE 9.15 show No HTTPS response.', 'done, Medium-High set and rebooted. Nothing is back except the MXPs.')));
    expect(out).toMatch(/still fails/);
    expect(out).not.toMatch(/these fail now because of the level/);
  });
});

const sqlAt = (t: string) => extractFacts(t).facts.sqlLocation;

describe('#3 a past SQL place gives way to now', () => {
  it('JA 以前は別VM…今はTMSサーバー上: local, with the SQL 2008 R2 caveat', () => {
    const r = runIn('ja', ['TMS 15.9、Windows Server 2008 R2、SQL Server 2008 R2 SP2 同居。以前は別VMのSQLでしたが今はTMSサーバー上です。SX80 TC7.3.6 で No HTTPS response、Medium。']);
    expect(r.state.facts.sqlLocation).toBe('local');
  });
  it.each([
    ["SQL used to be on a separate box, now it's on the TMS server", 'local'],
    ['SQL 2016 is on the TMS server now; previously on a separate VM', 'local'],
    ['SQL was previously on the TMS server, now it is on a separate VM', 'remote'],
    ['SQLは別VMです', 'remote'],
  ])('%s -> %s', (t, want) => expect(sqlAt(t)).toBe(want));
  it('only the past said: no place', () => expect(sqlAt('SQL used to be on the TMS server')).toBeUndefined());
});

describe('#4 a removed or absent copy on the TMS server does not make SQL local', () => {
  it.each([
    'SQL 2016 is remote; the old instance on the TMS server was removed',
    'SQL 2016 is remote. No SQL instance is installed on the TMS server anymore',
    "SQL 2016 is on a separate cluster, there isn't a replica on the TMS server",
    'SQL 2016 is remote, we uninstalled the instance on the TMS server',
    'SQL 2016 is remote (the SQL Express instance on the TMS server is stopped and unused)',
    'TMSサーバー上のインスタンスは削除しました。SQLは別サーバーです',
  ])('%s -> remote', (t) => expect(sqlAt(t)).toBe('remote'));
  it.each([
    'SQL 2012 SP1 AlwaysOn, with a replica on the TMS server itself',
    'TMS 15.9 with SQL 2012 SP1 AlwaysOn; the primary is on a separate cluster, with a replica on the TMS server itself',
    'SQLは別サーバー、TMSサーバー自身にもレプリカがあります',
  ])('a copy that is there still counts: %s -> local', (t) => expect(sqlAt(t)).toBe('local'));
});

describe('#5 modelsSaidToWork is linear on a long token', () => {
  it('10 KB with a long hex run costs about as much as a short message', () => {
    const hex = Array.from({ length: 10000 }, (_, i) => '0123456789abcdef'[(i * 7) % 16]).join('');
    const long = `C40 fails, ok ${hex}`;
    modelsSaidToWork(long);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) modelsSaidToWork(long);
    const ms = Number(process.hrtime.bigint() - t0) / 20e6;
    expect(ms).toBeLessThan(1.5);
  });
  it.each([
    ['the C40 works', ['C40']],
    ['the DX80 and SX20 still work fine', ['DX80', 'SX20']],
    ['does the C40 work?', []],
  ])('%s', (t, want) => expect(modelsSaidToWork(t)).toEqual(want));
});
