/**
 * QA57 #5: questions mid-way that got "I don't know that one" (EN and JA), or an answer beside the point:
 * which server gets the change (the TMS server, both nodes; nothing on the endpoints), whether SQL needs work or a restart
 * (remote: untouched; local: no restart of its own, a server reboot restarts it; its build caveat), without downtime / 無停止.
 * QA57 #7: the downgrade answer: only the failing models, one verdict per model, "None of them" for three.
 * QA57 #6: "SQL is local" said before its version is shown in Understood so far, and only the version is asked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntry } from '../../src/conversation/catalogue';
import { extractFacts } from '../../src/domain/extract';
import { last, rendered, say, talk } from './helpers';

const EN = 'TMS 15.13 on Windows 2012 R2, SQL 2014 SP3 local, SX80 CE 9.15.3 No HTTPS response, level Medium';
const JA = 'TMS 15.13、Windows 2012 R2、SQL 2014 SP3 同居、SX80 CE 9.15.3 で No HTTPS response、レベルは Medium';

describe('QA57 #5: recognised', () => {
  it.each([
    ['wait, which server do I change?', 'which-server-change'],
    ['which box do I make the change on?', 'which-server-change'],
    ['wait, which server do I change? the TMS or the codecs?', 'which-server-change'],
    ['where do we make the change?', 'which-server-change'],
    ['the TMS or the endpoints?', 'which-server-change'],
    ['どのサーバで作業すればいいですか？', 'which-server-change'],
    ['作業対象はTMSサーバですか、それとも端末側ですか？', 'which-server-change'],
    ['どこで作業しますか？', 'which-server-change'],
    ['does SQL need a restart too?', 'sql-restart'],
    ['do we need to restart SQL as well?', 'sql-restart'],
    ['should we restart the database too?', 'sql-restart'],
    ['any work on the SQL side?', 'sql-restart'],
    ['SQL側も再起動必要？', 'sql-restart'],
    ['SQLサーバも再起動が必要ですか？', 'sql-restart'],
    ['SQLサーバ側での作業は発生しますか？', 'sql-restart'],
    ['サービス停止なしで実施できますか？', 'downtime'],
    ['無停止でできますか？', 'downtime'],
    ['TMS を止めずに作業できますか？', 'downtime'],
    ['can we do it without stopping TMS?', 'downtime'],
    ['can we do it without downtime?', 'downtime'],
    // Unchanged: the registry question names the registry; the endpoints' own question.
    ['Which machine gets the registry keys?', 'registry-which-machine'],
    ['レジストリはどのサーバに入れますか？', 'registry-which-machine'],
    ['端末側で作業は必要ですか？', 'endpoints-untouched'],
    ['サーバの再起動は必要ですか？', 'reboot-needed'],
  ])('%s -> %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });

  it.each(['SQLサーバも再起動しました', 'we restarted SQL as well', 'TMSサーバで作業しました', 'we did it without stopping TMS'])('a report, not asked: %s', (q) => {
    const r = say([EN], q).text;
    expect(r).not.toMatch(/Where the change is made|Does SQL Server need work|作業するサーバ|SQL Server 側の作業/);
  });
});

describe('QA57 #5: answers', () => {
  it('which server: the TMS server, both nodes, nothing on the endpoints (EN and JA)', () => {
    const en = say([EN], 'wait, which server do I change? the TMS or the codecs?').text;
    expect(en).toMatch(/On the TMS server only/);
    expect(en).toMatch(/both nodes/);
    expect(en).toMatch(/Nothing changes on the endpoints/);
    expect(en).toMatch(/same machine/);
    expect(en).not.toMatch(/I don't know that one/);
    const ja = say([JA], '作業対象はTMSサーバですか、それとも端末側ですか？').text;
    expect(ja).toMatch(/作業するのは TMS サーバだけです/);
    expect(ja).toMatch(/両方のノード/);
    expect(ja).toMatch(/エンドポイント側では何も変更しません/);
  });

  it('SQL restart: local has no restart of its own, a reboot restarts it, its build needs nothing (EN and JA)', () => {
    const en = say([EN], 'does SQL need a restart too?').text;
    expect(en).toMatch(/needs no restart of its own/);
    expect(en).toMatch(/SQL stops and starts with it/);
    expect(en).toMatch(/SQL Server 2014 SP3 is on a build with TLS 1\.2 support|SQL Server 2014 SP3 needs nothing/);
    const ja = say([JA], 'SQL側も再起動必要？').text;
    expect(ja).toMatch(/個別に再起動する必要はありません/);
    expect(ja).not.toMatch(/サーバの再起動は必要か/);
  });

  it('SQL restart: remote is untouched; unknown place gives both and asks', () => {
    const remote = say(['TMS 15.13 on Windows 2019, SQL 2017 remote, SX80 CE 9.15.3 No HTTPS response'], 'do we need to restart SQL as well?').text;
    expect(remote).toMatch(/Nothing on the SQL server is changed or restarted for this fix/);
    expect(remote).not.toMatch(/needs no restart of its own/);
    // Where SQL runs not known (integration, with QA53 #10's answer): both places said as ifs, neither asserted.
    const unknown = say(['TMS 15.13 on Windows 2019, SX80 CE 9.15.3 No HTTPS response'], 'does SQL need a restart too?').text;
    expect(unknown).toMatch(/It depends on where SQL Server runs/);
    expect(unknown).toMatch(/On another server: nothing/);
    expect(unknown).not.toMatch(/Your SQL Server runs on another machine/);
    // A question about work (not a restart) with the place not known: the same answer.
    const work = say(['TMS 15.13 on Windows 2019, SX80 CE 9.15.3 No HTTPS response'], 'any work on the SQL side?').text;
    expect(work).not.toMatch(/Your SQL Server runs on another machine/);
  });

  it('SQL 2012 SP1 local: the service-pack caveat comes with it', () => {
    const t = say(['TMS 15.13 on Windows 2012 R2, SQL 2012 SP1 local, SX80 CE 9.15.3 No HTTPS response'], 'does SQL need a restart too?').text;
    expect(t).toMatch(/service-pack upgrade/);
  });

  it('without downtime in Japanese: the downtime card, as in English', () => {
    const ja = say([JA], '無停止でできますか？').text;
    expect(ja).toMatch(/作業時間はお答えできません/);
    const ja2 = say([JA], 'サービス停止なしで実施できますか？').text;
    expect(ja2).toMatch(/サービスを再起動している間は、TMS の Web インターフェイスと/);
  });

  it('TMS before 15: the upgrade note', () => {
    expect(say(['TMS 14.6.2, SX80 CE 9.15.3 No HTTPS response'], 'which server do I change?').text).toMatch(/upgrading TMS to 15\.x/);
  });
});

describe('QA57 #6: "SQL is local" is shown, and only its version is asked', () => {
  it.each([
    ['en', 'TMS 15.13, SX10 ce9.15.3 No HTTPS response, SQL is local', /Understood so far: TMS 15\.13 · CE 9\.15\.3 · SQL on the TMS server/, /You said SQL Server runs on the TMS server itself: which version is it\?/],
    ['ja', 'TMS 15.13、SX10 ce9.15.3 で No HTTPS response。SQL は TMS サーバに同居しています', /ここまでの情報：TMS 15\.13、CE 9\.15\.3、SQL は TMS サーバ上/, /SQL Server は TMS サーバ上で動いているとのことですが、そのバージョンを教えてください/],
  ])('%s', (_lang, msg, ctx, q) => {
    const t = rendered(last(talk(msg)));
    expect(t).toMatch(ctx);
    expect(t).toMatch(q);
    expect(t).not.toMatch(/Not on the TMS server|TMS サーバ上にはない/);
  });
  it('forwarded mail "TMS SQL is local"', () => {
    const t = rendered(last(talk(readFileSync(join(__dirname, '..', 'fixtures', 'qa57', 'i6.txt'), 'utf8'))));
    expect(t).toMatch(/SQL on the TMS server/);
    expect(t).toMatch(/which version is it\?/);
  });
  it('where SQL runs unknown: the question still asks both', () => {
    const t = rendered(last(talk('TMS 15.13, SX10 ce9.15.3 No HTTPS response')));
    expect(t).toMatch(/does it run on the TMS server itself\?/);
    expect(t).toMatch(/Not on the TMS server/);
  });
});

describe('QA57 #7: the downgrade answer names only the failing models, one verdict each', () => {
  it('a C40 still on TC 7.3.3 is not named with the SX80s on CE 9.15.3', () => {
    const t = say(['TMS 14.6, SX80 x12 upgraded to CE 9.15.3, C40 x3 still on TC 7.3.3, No HTTPS response on the SX80s'], 'what if we just downgrade the codecs?').text;
    expect(t).toMatch(/For your SX80 on CE 9\.15\.3/);
    expect(t).not.toMatch(/SX80 and C40/);
  });
  it('JA ticket: 「C40 ×3台（TC7.3.3のまま）」 is not one of the failing models', () => {
    const f = extractFacts(readFileSync(join(__dirname, '..', 'fixtures', 'qa57', 'i3.txt'), 'utf8')).facts;
    expect(f.endpointModels).toEqual(['SX80']);
  });
  it('an SX80 on CE beside a Room Kit: the same "check" as alone, never "can go back"', () => {
    const t = say(['TMS 14.6.2 on w2k12r2, sql 2012 sp4 local; Room Kit (RoomOS 11.9) and SX80 (CE 9.15.3) all NHR'], 'what if we just downgrade the codecs?').text;
    expect(t).not.toMatch(/The SX80 can go back/);
    expect(t).toMatch(/Check it for the SX80/);
    expect(t).toMatch(/The Room Kit cannot/);
    const ja = say(['TMS 14.6.2、Windows 2012 R2、SQL 2012 SP4 同居。Room Kit（RoomOS 11.9）と SX80（CE 9.15.3）がすべて No HTTPS response'], 'コーデックをダウングレードしたら？').text;
    expect(ja).not.toMatch(/SX80 は、暫定策として/);
    expect(ja).toMatch(/SX80 について確認してください/);
  });
  it('three models: "None of them", not "Neither"', () => {
    const t = say([readFileSync(join(__dirname, '..', 'fixtures', 'qa57', 'i2.txt'), 'utf8')], 'what if we just downgrade the codecs?').text;
    expect(t).toMatch(/None of them needs it/);
    expect(t).not.toMatch(/Neither needs it/);
  });
  it.each([
    ['SX20 on TC 7.3.7, SX80 on CE 9.15.3, both No HTTPS response', ['SX20', 'SX80']],
    // All said to fail (a hardened server fails TC 7.3.3 too), or not said to be left on it: the model stays.
    ['TMS 15.13、Windows 2025、SQL 2019 ローカル。Room Kit Pro は RoomOS 11.14、SX20 は TC 7.3.3 で、全台 No HTTPS response です', ['SX20', 'Room Kit Pro']],
    ['Room Kits failing on RoomOS 11.9, then the SX20 on TC 7.3.3', ['SX20', 'Room Kit']],
  ])('still: %s', (msg, models) => {
    expect(extractFacts(msg).facts.endpointModels).toEqual(models);
  });
});
