/**
 * readers-c: reader misses left from the last sessions (one describe per finding of BRIEF-readers-c).
 */
import { parseSql } from '../../src/domain/versions';
import { rendered, runIn } from './helpers';

describe('readers-c #8 (QA51 #18): typos in Windows and SQL releases', () => {
  it.each([
    ['tms15.13 windwos 2016 sql2014sp2 local, codec ce 9.15', 2016, false, 2014],
    ['TMS 15.13, Win 2k8 R2, SQL 2k8 R2 local, TC7.3.6', 2008, true, 2008],
    ['TMS 15.13, widows 2012 r2, sql 2k12 sp4 local, ce9.15', 2012, true, 2012],
    ['TMS 15.13, windoes server 2019, SQL 2k16 local, CE 9.15', 2019, false, 2016],
    ['TMS 15.13 on W2K16, SQL2k8R2 local, ce 9.15', 2016, false, 2008],
  ] as const)('%j reads Windows and SQL', (msg, win, r2, sql) => {
    const f = runIn('en', [msg]).state.facts;
    expect(f.windows).toMatchObject({ year: win, r2 });
    expect(f.sql?.year).toBe(sql);
    expect(f.tms?.semver).toBe('15.13.0');
  });
  it('SQL 2k8 R2 is 2008 R2, 2k14 sp2 is 2014 SP2', () => {
    expect(parseSql('2k8 R2')).toMatchObject({ ok: true, value: { year: 2008, r2: true } });
    expect(parseSql('2k14 sp2')).toMatchObject({ ok: true, value: { year: 2014, sp: 2 } });
    expect(parseSql('2k12 R2').ok).toBe(false);
  });
  it.each(['the widows of the old codecs, TMS 15.13', 'TMS 15.13, SQL 2k local, CE 9.15'])('%j reads no Windows nor SQL', (msg) => {
    const f = runIn('en', [msg]).state.facts;
    expect(f.windows).toBeUndefined();
    expect(f.sql).toBeUndefined();
  });
});

const TWO = {
  en: 'TMS 15.13 two nodes, SQL 2016 on the TMS server, CE 9.15, Windows 2016, Medium',
  ja: 'TMS 15.13 冗長構成 2台、SQL 2016 ローカル、CE 9.15、Windows 2016、Medium',
} as const;

describe('readers-c #1: a level set while the other node is not done yet is one node\'s', () => {
  it.each([
    ['en', "I set Medium-High, the other node isn't done yet"],
    ['en', 'I set Medium-High but not on the other node yet'],
    ['en', 'Medium-High is set, the second node is still to do'],
    ['en', 'I changed it to Medium-High. The other node is not done yet.'],
    ['ja', 'Medium-High にしました。もう片方のノードはまだです'],
    ['ja', 'Medium-High に変更しました、もう一台はまだです'],
  ] as const)('%s %j: Medium kept TMS-wide, per-node answer', (lang, msg) => {
    const r = runIn(lang, [TWO[lang], msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).toMatch(lang === 'en' ? /one is at Medium-High/ : /片方は Medium-High/);
  });
  it.each([
    ['en', 'I set Medium-High on both nodes'],
    ['en', "I set Medium-High on both nodes, the other node isn't rebooted yet"],
    ['en', 'I set Medium-High, the other node still shows No HTTPS response'],
    ['ja', '両方のノードを Medium-High にしました'],
    ['ja', 'Medium-High にしましたが、もう片方はまだエラーが出ます'],
  ] as const)('%s %j: Medium-High recorded', (lang, msg) => {
    expect(runIn(lang, [TWO[lang], msg]).state.facts.level).toBe('medium-high');
  });
  it.each([
    ['en', "I'll set Medium-High tomorrow, the other node isn't done yet"],
    ['ja', '明日 Medium-High にします。もう片方のノードはまだです'],
  ] as const)('%s %j (a plan): no per-node answer, Medium kept', (lang, msg) => {
    const r = runIn(lang, [TWO[lang], msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).not.toMatch(/one is at Medium-High|片方は Medium-High/);
  });
});

const BASE = {
  en: 'TMS 15.13, SQL 2016 on the TMS server, Windows 2016, Medium',
  ja: 'TMS 15.13、SQL 2016 は TMS サーバ上、Windows 2016、Medium',
} as const;

describe('readers-c #2: an upgrade from a release, with no target, leaves the current release unknown', () => {
  it.each([
    ['en', 'we upgraded the codecs from TC7.3.3 last night'],
    ['en', 'we upgraded from TC7.3.3 last night, now No HTTPS response'],
    ['en', 'the SX20s were upgraded from TC7.3.3 yesterday'],
    ['ja', '昨夜コーデックを TC7.3.3 からアップグレードしました'],
  ] as const)('%s %j: no endpoint release, the old one noted, the current one asked', (lang, msg) => {
    const r = runIn(lang, [BASE[lang], msg]);
    expect(r.state.facts.endpoint).toBeUndefined();
    expect(r.state.facts.endpointsRanTc).toBe(true);
    expect(rendered(r)).toMatch(lang === 'en' ? /TC 7\.3\.3 is what the endpoints ran before/ : /TC 7\.3\.3 はアップグレード前のバージョン/);
  });
  it.each([
    ['en', 'we upgraded the codecs from TC7.3.3 to CE 9.15 last night'],
    ['ja', '昨夜 TC7.3.3 から CE 9.15 にアップグレードしました'],
  ] as const)('%s %j: the target is the release', (lang, msg) => {
    expect(runIn(lang, [BASE[lang], msg]).state.facts.endpoint?.semver).toBe('9.15.0');
  });
  it('with CE 9.15 held, the release left stays a note', () => {
    const r = runIn('en', [`${BASE.en}, CE 9.15`, 'we upgraded the codecs from TC7.3.3 last night']);
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
  });
});

describe('readers-c #3: a change to a release said not to happen yet records no endpoint release', () => {
  it.each([
    ['en', "We won't upgrade to CE 9.15 until next quarter"],
    ['en', "we won't go to CE 9.15 yet"],
    ['en', 'the codecs will not be upgraded to CE 9.15 before March'],
    ['en', "we haven't upgraded to CE 9.15 yet"],
    ['ja', 'CE 9.15 にはまだ上げません'],
    ['ja', 'CE 9.15 には来期まで上げません'],
    ['ja', 'CE 9.15 へのアップグレードは来期です'],
    ['ja', 'CE 9.15 にはまだ上げていません'],
  ] as const)('%s %j', (lang, msg) => {
    expect(runIn(lang, [BASE[lang], msg]).state.facts.endpoint).toBeUndefined();
    expect(runIn(lang, [msg]).state.facts.endpoint).toBeUndefined();
  });
  it.each([
    ['en', 'we upgraded to CE 9.15, it did not help'],
    ['en', "CE 9.15, we haven't touched TMS"],
    ['ja', 'CE 9.15 に上げましたが、直りません'],
    ['ja', 'エンドポイントは CE 9.15 で、TMS はまだ何も変更していません'],
  ] as const)('%s %j still records CE 9.15', (lang, msg) => {
    expect(runIn(lang, [BASE[lang], msg]).state.facts.endpoint?.semver).toBe('9.15.0');
  });
});

describe('readers-c #4 (QA51 #15): the SQL a planned change starts from is the SQL now', () => {
  it.each([
    ['en', 'we plan to migrate from SQL 2008 R2'],
    ['en', 'we plan to upgrade SQL 2008 R2 to 2016 next month'],
    ['en', 'SQL 2008 R2 will be replaced by 2019 in Q3'],
    ['ja', '来月 SQL 2008 R2 から 2016 へ移行する予定です'],
    ['ja', 'SQL 2008 R2 を 2016 に上げる予定です'],
  ] as const)('%s %j: SQL 2008 R2', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.sql).toMatchObject({ year: 2008, r2: true });
  });
  it.each([
    ['en', 'We plan to upgrade to SQL 2016 next month'],
    ['en', 'If we migrate from SQL 2008 R2, will it work?'],
    ['en', 'we plan to upgrade SQL 2008 R2 on the lab server to 2016'],
    ['ja', 'SQL 2016 に上げる予定です'],
  ] as const)('%s %j: no SQL', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.sql).toBeUndefined();
  });
  it('QA51 #15: SQL 2008 R2 local is read, the fix answered, SQL not asked again', () => {
    const r = runIn('en', ["TMS 15.13, CE 9.15 failing. We plan to upgrade SQL 2008 R2 to 2016 next month, it's local", 'Windows 2012 R2']);
    expect(r.state.facts.sql).toMatchObject({ year: 2008, r2: true });
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(rendered(r)).not.toMatch(/Which SQL Server version/);
  });
});

const FULL = {
  en: 'TMS 15.13, SQL 2016 on the TMS server, CE 9.15, Windows 2016',
  ja: 'TMS 15.13、SQL 2016 は TMS サーバ上、CE 9.15、Windows 2016',
} as const;

describe('readers-c #5: an expired endpoint certificate said gets an answer, not a bare dismissal', () => {
  it.each([
    ['en', 'the certificate expired'],
    ['en', "the codec's certificate has expired"],
    ['ja', '証明書の期限が切れています'],
  ] as const)('%s %j at Medium: why not at Medium, High would, the revocation check', (lang, msg) => {
    const out = rendered(runIn(lang, [`${FULL[lang]}${lang === 'en' ? ', ' : '、'}Medium`, msg]));
    expect(out).not.toMatch(/does not change my answer|前の回答は変わりません/);
    if (lang === 'en') {
      expect(out).toMatch(/most likely not what causes "No HTTPS response" at Medium/);
      expect(out).toMatch(/only the level High adds validation/);
      expect(out).toMatch(/Enable Certificate Revocation Check/);
    } else {
      expect(out).toMatch(/Medium では「No HTTPS response」の原因である可能性は低い/);
      expect(out).toMatch(/レベル High だけ/);
      expect(out).toMatch(/Enable Certificate Revocation Check/);
    }
  });
  it('at High it says the certificate can be the cause', () => {
    const out = rendered(runIn('en', [`${FULL.en}, Communication Security is High`, 'the certificate expired']));
    expect(out).toMatch(/You are at High/);
    expect(out).not.toMatch(/most likely not/);
  });
  it.each(['the TMS server certificate expired', 'TMS uses a self-signed cert'])("%j (the TMS server's own) gets no endpoint-certificate answer", (msg) => {
    expect(rendered(runIn('en', [msg]))).not.toMatch(/endpoint certificate is most likely not/);
  });
  it('High said in the same message: the diagnosis leads with the certificates, no second certificate answer', () => {
    const r = runIn('en', ['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote, we are on High and endpoints use self-signed certs']);
    expect(r.route).toBe('facts');
    expect(rendered(r)).not.toMatch(/Could it be the certificate\?/);
  });
});

describe('readers-c #6: "could it be the firewall?" asked alone is answered with what rules it in or out', () => {
  it.each([
    ['en', 'could it be the firewall?'],
    ['en', 'is it a firewall issue?'],
    ['en', 'firewall?'],
    ['en', 'could the firewall be blocking it?'],
    ['ja', 'ファイアウォールが原因でしょうか？'],
    ['ja', 'ファイアウォールのせいですか？'],
  ] as const)('%s %j', (lang, msg) => {
    for (const msgs of [[msg], [`${FULL[lang]}${lang === 'en' ? ', ' : '、'}Medium`, msg]]) {
      const out = rendered(runIn(lang, msgs));
      expect(out).toMatch(/Test-NetConnection HOST -Port 443/);
      expect(out).toMatch(lang === 'en' ? /TcpTestSucceeded : False/ : /TcpTestSucceeded が False/);
      expect(out).not.toMatch(/I don't know that one|分かりません。できること/);
      expect(out).not.toMatch(/It is TLS, not the network|原因はネットワークではなく TLS です/);
    }
  });
  it.each([
    ['en', 'we changed the firewall yesterday, could that be it?', /Network before TLS/],
    ['en', 'could it be because the codec is Behind Firewall?', /Behind Firewall mode/],
  ] as const)('%s %j keeps its own answer', (lang, msg, re) => {
    const out = rendered(runIn(lang, [msg]));
    expect(out).toMatch(re);
    expect(out).not.toMatch(/Could it be the firewall\?/);
  });
});

describe('readers-c #7 (QA51 #17): "No HTTP response" is asked about; a failing ping is checked before TLS', () => {
  it.each([
    ['en', "TMS 15.13 shows 'No HTTP response' for a CE 9.15 codec"],
    ['ja', 'TMS 15.13 で CE 9.15 のコーデックに「No HTTP response」と表示されます'],
  ] as const)('%s %j: no fix, which message exactly, port 80 and HTTP Mode', (lang, msg) => {
    const r = runIn(lang, [msg]);
    const out = rendered(r);
    expect(r.state.facts.otherSymptom).toBe('no-http-response');
    expect(out).toMatch(/Test-NetConnection HOST -Port 80/);
    expect(out).toMatch(/xConfiguration NetworkServices HTTP Mode/);
    expect(out).not.toMatch(/Set Communication Security to Medium-High in TMS Tools|TMS ツールで Communication Security を Medium-High/);
  });
  it('"No HTTPS response" stays this problem', () => {
    expect(runIn('en', ["TMS 15.13 shows 'No HTTPS response' for a CE 9.15 codec"]).state.facts.otherSymptom).toBeUndefined();
  });
  it.each([
    ['en', "TMS 15.13 shows 'No HTTPS response' for a CE 9.15 codec, and ping to the codec fails too"],
    ['en', "we can't ping the endpoint"],
    ['ja', 'コーデックへの ping も通りません'],
  ] as const)('%s %j: reachability first', (lang, msg) => {
    const out = rendered(runIn(lang, [msg]));
    expect(out).toMatch(/Test-NetConnection HOST -Port 443/);
    expect(out).toMatch(lang === 'en' ? /fix reachability first/ : /まず到達性/);
  });
  it.each([
    ['en', 'ping works fine'],
    ['en', "ping doesn't fail"],
    ['ja', 'ping は通ります'],
    ['en', 'escapes hostile text the engine echoes, so it cannot ping or link'],
  ] as const)('%s %j: no reachability answer', (lang, msg) => {
    expect(rendered(runIn(lang, [msg]))).not.toMatch(/fix reachability first|まず到達性/);
  });
});
