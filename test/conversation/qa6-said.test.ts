/**
 * QA round 6 #1, #2, #9: what the user says in prose.
 * #1 "SQL Server won't start" in any message is the outage: the recovery leads the answer and the card.
 * #2 a stated remote SQL is not moved onto the TMS server by a later clause about a tool or a change.
 * #9 claims in realistic phrasings: keys created "Client and Server", note style, IIS Crypto + reboot.
 */
import { extractFacts } from '../../src/domain/extract';
import { findings, last, rendered, talk } from './helpers';
import type { TurnResult } from '../../src/conversation/types';

const card = (r: TurnResult) => r.replies.find((x) => x.summary)?.summary;

describe('#1 SQL Server said down in prose: the recovery comes first', () => {
  const EN_TLS10 = 'TMS 15.2.1 on Windows Server 2012 R2, SQL Server 2008 R2 SP2 on the same server. CE 9.15 endpoints show No HTTPS response. We disabled TLS 1.0 and rebooted; since then SQL Server does not start and TMS is down.';
  const EN_IIS = 'TMS 15.2.1 on Windows Server 2012 R2, SQL Server 2008 R2 SP2 on the same server. CE 9.15 endpoints show No HTTPS response. We applied IIS Crypto Best Practices and rebooted, and now the SQL Server service won\'t start.';
  const MESSY = 'tms 15.2 on win2k8 sp2 (not r2!), sql express 2008r2 sp2 local, level untouched. ce9.15 codecs all No HTTPS response. we ran iis crypto and clicked best practices + rebooted last night, now sql wont start';

  it.each([EN_TLS10, EN_IIS, MESSY])('%s', (msg) => {
    const r = last(talk(msg));
    expect(findings(r)[0]).toBe('evidence-sql-encryption-failed');
    const out = rendered(r);
    expect(out).toMatch(/SQL Server does not start: get it running first/);
    expect(out).toMatch(/turn TLS 1\.0 back on for both Client and Server/);
    expect(out).toMatch(/leave SSL 3\.0 as it is/);
    // Before: "Make sure TLS 1.2 is enabled …" / "Install Microsoft's KB4019276 … and reboot the server once".
    expect(card(r)?.next).toMatch(/^First get SQL Server running again: on the server where it runs, turn TLS 1\.0 back on \(Client and Server\)/);
    expect(out.indexOf('SQL Server does not start: get it running first')).toBeLessThan(out.search(/Step 1:/) >= 0 ? out.search(/Step 1:/) : Infinity);
  });

  it('JA: the recovery leads, and the endpoint version waits until SQL runs again', () => {
    const r = last(talk('TMS 15.2.1、Windows Server 2012 R2、SQL 2008 R2 SP2 は同じサーバです。IIS Crypto のベストプラクティスを適用して再起動したら SQL Server が起動しなくなりました。'));
    const out = rendered(r);
    expect(out).toMatch(/SQL Server が起動しません：まず復旧してください/);
    expect(out).toMatch(/TLS 1\.0 の Client と Server の両方を有効に戻す/);
    expect(out).toMatch(/SQL Server が起動しない（お聞きした内容）/);
    // Before: 「影響を受けているエンドポイントのソフトウェアバージョンを教えてください」 alone.
    expect(out).toMatch(/SQL Server が復旧したあとで構いません。影響を受けているエンドポイント/);
  });

  it('JA with every version: the card leads with the recovery', () => {
    const r = last(talk('TMS 15.2.1、CE 9.15、Windows Server 2012 R2、SQL 2008 R2 SP2 は同じサーバです。TLS 1.0 を無効にして再起動したら SQL が起動しません。'));
    expect(card(r)?.next).toMatch(/^まず SQL Server を復旧します。/);
  });

  it('SQL not known: the recovery still leads, and the version is read from its log', () => {
    const r = last(talk("TMS 15.9, CE 9.15 endpoints show No HTTPS response. We applied IIS Crypto best practices and rebooted, now SQL won't start"));
    const out = rendered(r);
    expect(out).toMatch(/To get SQL Server running again/);
    expect(out).toMatch(/the first lines of SQL Server's ERRORLOG/);
  });

  it('remote SQL: the recovery is on the database server, not on the TMS server', () => {
    const r = last(talk('TMS 15.9 on 2016, CE 9.15 No HTTPS response. SQL 2008 R2 on a separate server. We disabled TLS 1.0. SQL server does not start since yesterday.'));
    expect(rendered(r)).toMatch(/the TMS server's Schannel settings do not touch it/);
    expect(card(r)?.next).toMatch(/^First get SQL Server running again on the database server where it runs, not on the TMS server/);
  });

  it('no TLS change said: the steps hold only if one came before, and its log is asked for', () => {
    const out = rendered(last(talk('TMS 15.9 on 2016, CE 9.15 No HTTPS response. SQL 2008 R2 SP2 local. SQL Server does not start.')));
    expect(out).toMatch(/You say SQL Server does not start\. If that began after a change to the server's TLS settings/);
  });

  it('"SQL is back up": the outage no longer leads', () => {
    const rs = talk("TMS 15.9, CE 9.15, Windows 2016, SQL 2008 R2 SP2 on the TMS server. We applied IIS Crypto best practices, now SQL won't start", 'SQL is back up now.');
    expect(findings(rs[0])).toContain('evidence-sql-encryption-failed');
    expect(findings(rs[1])).not.toContain('evidence-sql-encryption-failed');
    expect(rs[1].state.facts.tlsClaims?.sqlDown).toBe(false);
  });

  it('a question about SQL stopping is not an outage', () => {
    const r = last(talk('TMS 15.9, CE 9.15, Windows 2016, SQL 2008 R2 SP2 on the TMS server. Will SQL stop if we disable TLS 1.0?'));
    expect(findings(r)).not.toContain('evidence-sql-encryption-failed');
  });
});

describe('#2 a stated remote SQL stays remote', () => {
  it.each([
    ['SQL Server 10.50.6000 is on a separate database server. We applied IIS Crypto Best Practices on the TMS server.', 'remote'],
    ['SQL Server 10.50.6000 は別の DB サーバにあります。 TMS サーバに IIS Crypto の Best Practices を適用しました。', 'remote'],
    ['TMS is 15.9 on Win2016, DB on a separate SQL cluster (2014 SP3). Customer says nothing changed on TMS. Please advise ASAP', 'remote'],
    ['SQL 2016. We disabled TLS 1.0 on the TMS server.', undefined],
    // Still read: a place said in the clause after the SQL one, and a correction.
    ['SQL 2012 SP4, not remote', 'local'],
    ['SQL 2016 on a separate server, sorry, I mean on the TMS server', 'local'],
  ])('%s → %s', (t, want) => {
    expect(extractFacts(t).facts.sqlLocation).toBe(want);
  });

  it('the answer does not tell to re-enable TLS 1.0 for a SQL Server on another machine (EN, JA)', () => {
    const en = last(talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. TMS server is Windows Server 2012. SQL Server 10.50.6000 is on a separate database server. We applied IIS Crypto Best Practices on the TMS server.'));
    expect(card(en)?.facts).toMatch(/SQL on another server/);
    expect(rendered(en)).not.toMatch(/SQL Server 2008 R2 SP3 \(10\.50\.6000\) on the TMS server depends on TLS 1\.0/);
    const ja = last(talk('TMS 15.2.1、エンドポイントを CE 9.15 にしたら No HTTPS response になりました。TMS サーバは Windows Server 2012 です。SQL Server 10.50.6000 は別の DB サーバにあります。 TMS サーバに IIS Crypto の Best Practices を適用しました。'));
    expect(card(ja)?.facts).toMatch(/SQL は別サーバ/);
  });
});

describe('#9 claims in realistic phrasings', () => {
  const claims = (t: string) => extractFacts(t).facts.tlsClaims;
  it.each([
    ['We created the TLS 1.2 Client and Server keys yesterday.', { tls12: 'on', keysChanged: true }],
    ['TLS1.2 keys created + DisabledByDefault fixed, not rebooted yet', { tls12: 'on', keysChanged: true, restarted: false }],
    ['Server 2012R2 / SQL 2014 SP1 (12.0.4100) local / TMS 15.13 / Medium-High already / TLS1.2 keys created + DisabledByDefault fixed, not rebooted yet', { tls12: 'on', keysChanged: true, restarted: false }],
    ['we ran iis crypto and clicked best practices + rebooted last night', { iisCryptoBestPractices: true, tls10: 'off', ssl3: 'off', restarted: true }],
    ['TLS 1.2 のクライアントとサーバのキーを作成しました。まだ再起動していません。', { tls12: 'on', keysChanged: true, restarted: false }],
    ['IIS Crypto でベストプラクティスを適用して再起動しました', { iisCryptoBestPractices: true, tls10: 'off', ssl3: 'off', restarted: true }],
    // IIS alone is still not the TMS server.
    ['we restarted IIS', undefined],
    ['we have not created the keys yet', undefined],
  ])('%s', (t, want) => {
    expect(claims(t)).toEqual(want);
  });

  it('keys created, not rebooted: the answer keeps the reboot', () => {
    const out = rendered(last(talk('Server 2012R2 / SQL 2014 SP1 (12.0.4100) local / TMS 15.13 / CE 9.15 / Medium-High already / TLS1.2 keys created + DisabledByDefault fixed, not rebooted yet')));
    expect(out).toMatch(/Reboot the TMS server once/);
    expect(out).not.toMatch(/restarted since the change \(as you said\)/);
  });
});
