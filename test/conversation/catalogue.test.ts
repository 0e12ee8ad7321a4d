/**
 * The follow-up question catalogue: each entry is recognised in English and Japanese, and its
 * answer follows the conversation's facts.
 */
import { step } from '../../src/conversation/engine';
import { CATALOGUE, findEntry, findStatementEntry } from '../../src/conversation/catalogue';
import { catalogueQuestion, stepQuestion } from '../../src/conversation/followup';
import type { ConversationState } from '../../src/conversation/types';
import { say } from './helpers';
import { extractFacts } from '../../src/domain/extract';

const EN = 'TMS 15.2.1, CE 9.15.3, SQL 2016';
const JA = 'TMS 15.2.1、CE 9.15.3、SQL 2016';

describe('reboot as the fix (reboot-alone)', () => {
  it.each([
    ['will a reboot fix it?', 'reboot-alone'],
    ['is it fixed by a reboot alone?', 'reboot-alone'],
    ['would restarting the TMS server alone fix it?', 'reboot-alone'],
    ['is a reboot alone enough?', 'reboot-alone'],
    ['再起動すれば直りますか？', 'reboot-alone'],
    ['サーバを再起動するだけで直りますか', 'reboot-alone'],
    ['リブートだけで大丈夫？', 'reboot-alone'],
    ['is a reboot required for this?', 'reboot-needed'],
    ['サービスの再起動だけで足りますか', 'services-restart-enough'],
  ])('%j -> %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });

  it.each(['we just rebooted the server', 'only restarted IIS and now it works', 'we rebooted and it is fixed', '再起動したら直りました'])('%j is not asked as a question of it', (q) => {
    expect(findEntry(q)?.id).not.toBe('reboot-alone');
  });

  it('answers from the level: at Medium no (Medium-High is the fix), at Medium-High only if something changed; EN and JA', () => {
    const medium = say(['TMS 15.2.1, CE 9.15.3, SQL 2016 remote, Windows 2019, level Medium'], 'will a reboot fix it?').text;
    expect(medium).toMatch(/No\. A reboot does not change what TMS offers: at Medium it offers only TLS 1\.0/);
    expect(medium).toMatch(/Medium-High in TMS Tools/);
    const mh = say(['TMS 15.2.1, CE 9.15.3, SQL 2016 remote, Windows 2019, level Medium-High'], 'will a reboot fix it?').text;
    expect(mh).toMatch(/Only if something changed since the server last started/);
    expect(mh).not.toMatch(/^No\./m);
    const low = say(['TMS 15.2.1, CE 9.15.3, SQL 2016 remote, Windows 2019, level Low'], 'will a reboot fix it?').text;
    expect(low).toMatch(/at Low it does not offer TLS 1\.2 \(per Cisco's TMS admin guide: check it there\)/);
    const ja = say(['TMS 15.2.1、CE 9.15.3、SQL 2016 は別サーバ、Windows 2019、レベルは Medium'], '再起動すれば直りますか？').text;
    expect(ja).toMatch(/いいえ。再起動しても TMS が提示するものは変わりません。Medium のままでは/);
    const pre15 = say(['TMS 14.6.2, CE 9.15.3'], 'will a reboot fix it?').text;
    expect(pre15).not.toMatch(/A reboot does not change/);
  });
});

describe('recognisers, both languages', () => {
  it.each([
    ['is a reboot required for this?', 'reboot-needed'],
    ['サーバの再起動はいりますか', 'reboot-needed'],
    ['is an iisreset sufficient?', 'services-restart-enough'],
    ['サービスの再起動だけで足りますか', 'services-restart-enough'],
    ['would the registry change alone do it?', 'registry-alone'],
    ['レジストリだけで直りますか', 'registry-alone'],
    ["can we turn off TLS 1.0 for compliance while we're there?", 'disable-tls10'],
    ['ついでに TLS 1.0 を無効にしてもいいですか', 'disable-tls10'],
    ['what does High add over Medium-High?', 'high-vs-medium-high'],
    ['High と Medium-High はどちらがいいですか', 'high-vs-medium-high'],
    ['what happens to our Polycoms?', 'telnet-snmp-polycom'],
    ['Polycom はどうなりますか', 'telnet-snmp-polycom'],
    ['does this work on Windows 2025?', 'windows-2025'],
    ['Windows Server 2025 でも同じですか', 'windows-2025'],
    ['both nodes?', 'both-nodes'],
    ['what if SQL is remote?', 'sql-elsewhere'],
    ['and if the database runs on its own server?', 'sql-elsewhere'],
    ['SQL が別サーバだったらどうなりますか', 'sql-elsewhere'],
    ['リモートの SQL でも影響ありますか', 'sql-elsewhere'],
    ['冗長構成の場合は両方のノードで必要ですか', 'both-nodes'],
    ['do we need TLS 1.1 too?', 'tls11-needed'],
    ['TLS 1.1 も必要ですか', 'tls11-needed'],
    ['can we just downgrade the codecs?', 'downgrade-endpoints'],
    ['エンドポイントをダウングレードできますか', 'downgrade-endpoints'],
    ['how do we verify it worked?', 'verify'],
    ['直ったかどうかはどう確認すればいいですか', 'verify'],
    ['how do I check the registry keys?', 'check-registry'],
    ['where are the schannel keys?', 'check-registry'],
    ['レジストリはどうやって確認すればいいですか', 'check-registry'],
    ["what's the rollback plan?", 'rollback'],
    ['how do we roll back if something goes wrong?', 'rollback'],
    ['ロールバック方法は？', 'rollback'],
    ['元に戻すにはどうすればいいですか', 'rollback'],
    ['can I use IIS Crypto instead?', 'iis-crypto'],
    ['IIS Crypto を使ってもいいですか', 'iis-crypto'],
    ['what does DisabledByDefault mean?', 'registry-value-meaning'],
    ['DisabledByDefault とは何ですか', 'registry-value-meaning'],
    ['is this a known bug?', 'known-bug'],
    ['バグIDはありますか', 'known-bug'],
    ['what is Secure-Only mode?', 'secure-only'],
    ['Secure-Only モードだと何か変わりますか', 'secure-only'],
    ['how do I get it back up now?', 'sql-recovery'],
    ['how do we bring SQL back online?', 'sql-recovery'],
    ["SQL won't start, what do we do?", 'sql-recovery'],
    ['今すぐ復旧するにはどうすればいいですか？', 'sql-recovery'],
    ['SQL が起動しないのですがどうすればいいですか？', 'sql-recovery'],
    ['is the .reg file harmless?', 'registry-safe'],
    ['will the registry change stop our SQL?', 'registry-safe'],
    ['.reg ファイルは無害ですか？', 'registry-safe'],
    ['レジストリの変更で SQL は止まりますか？', 'registry-safe'],
    ['what about SSL3?', 'disable-ssl3'],
    ['and SSL 3.0?', 'disable-ssl3'],
    ['SSL 3.0 はどうですか？', 'disable-ssl3'],
    ['can I just use IIS Crypto best practices?', 'iis-crypto'],
    ['IIS Crypto のベストプラクティスを適用してもいいですか？', 'iis-crypto'],
    ['is TLS 1.3 supported by TMS?', 'tls13'],
    ['TLS 1.3 は使えますか', 'tls13'],
    ['how do I take a capture on the TMS server?', 'take-capture'],
    ['which filter should I use in wireshark, how?', 'take-capture'],
    ['キャプチャの取り方を教えてください', 'take-capture'],
    ['which TMS version do we need?', 'tms-version-needed'],
    ['what is the minimum TMS version for the fix?', 'tms-version-needed'],
    ['TMS はどのバージョンなら直せますか？', 'tms-version-needed'],
    ['必要な TMS のバージョンは？', 'tms-version-needed'],
    ['why do you need the Windows version?', 'why-windows-version'],
    ['does the OS version matter?', 'why-windows-version'],
    ['なぜWindowsのバージョンが必要なんですか？', 'why-windows-version'],
    ['OSのバージョンって関係ある？', 'why-windows-version'],
    ['why do you need to know the SQL version?', 'why-sql-version'],
    ['what does the SQL server have to do with it?', 'why-sql-version'],
    ['SQLのバージョンはなぜ必要？', 'why-sql-version'],
    ['why do you need the TMS version?', 'why-tms-version'],
    ['TMSのバージョンはなぜ必要ですか？', 'why-tms-version'],
    ['why do you need to know the endpoint version?', 'why-endpoint-version'],
    ['なぜエンドポイントのバージョンが必要？', 'why-endpoint-version'],
    ['the codecs have MinimumTLSVersion TLSv1.2, is that a problem?', 'endpoint-minimum-tls'],
    ['エンドポイントの最小TLSバージョンを1.2にしていますが問題ですか？', 'endpoint-minimum-tls'],
    ['Is TLS 1.0 disabled on the TMS server by default?', 'tls-defaults'],
    ['Windows 2016のデフォルトでTLS1.2は有効ですか？', 'tls-defaults'],
    ["what's the difference between the Client and Server keys?", 'client-vs-server-keys'],
    ['which key, client or server?', 'client-vs-server-keys'],
    ['クライアントとサーバのキーの違いは何ですか？', 'client-vs-server-keys'],
    ['what about SchUseStrongCrypto, do we need it?', 'dotnet-strong-crypto'],
    ['do we need the .NET keys too?', 'dotnet-strong-crypto'],
    ['.NET の強力な暗号化は必要ですか？', 'dotnet-strong-crypto'],
    ['do we need to touch the endpoints at all?', 'endpoints-untouched'],
    ['anything to change on the codec side?', 'endpoints-untouched'],
    ['エンドポイント側で何か作業は必要ですか？', 'endpoints-untouched'],
    ['is the endpoint broken?', 'endpoints-untouched'],
    ['are the codecs faulty?', 'endpoints-untouched'],
    ['エンドポイントが壊れているのですか？', 'endpoints-untouched'],
    ['how long will it take?', 'downtime'],
    ['how long does the reboot take?', 'downtime'],
    ['can we do it during business hours?', 'downtime'],
    ['作業時間はどれくらい？', 'downtime'],
    ['業務時間中に作業できますか？', 'downtime'],
    ['is there any risk?', 'risks'],
    ['what could go wrong?', 'risks'],
    ['リスクはありますか？', 'risks'],
    ['もう一台のノードは？', 'both-nodes'],
    ['the other node is at Low, does that matter?', 'node-levels-differ'],
    ['もう片方のノードは Low ですが問題ありますか？', 'node-levels-differ'],
    ['which TMS versions can be fixed?', 'tms-version-needed'],
    ['do we have to reboot the codecs?', 'endpoints-reboot'],
    ['do the endpoints need a restart?', 'endpoints-reboot'],
    ['エンドポイントの再起動は必要？', 'endpoints-reboot'],
    ['do we need to reboot the system?', 'reboot-needed'],
    ['どのくらい時間がかかりますか', 'downtime'],
    ['影響範囲は？', 'risks'],
    ['is there any risk for the MXPs?', 'telnet-snmp-polycom'],
    ['what if it fails, how do we roll back?', 'rollback'],
    ['切り戻し手順は？', 'rollback'],
    ['can we roll back the codecs instead?', 'downgrade-endpoints'],
    ['can you write the change request', 'change-request'],
    ['変更申請はどう書けばいいですか', 'change-request'],
  ])('%s → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it('every entry has recognisers in both languages', () => {
    for (const e of CATALOGUE) {
      expect(e.recognise.en.length).toBeGreaterThan(0);
      expect(e.recognise.ja.length).toBeGreaterThan(0);
    }
  });
  it.each(['what is Medium-High?', 'how long does the reboot take?', 'TMS 15.2.1'])('%s → no entry', (q) => {
    expect(findEntry(q)?.id === 'reboot-needed' || findEntry(q)?.id === 'high-vs-medium-high').toBe(false);
  });
});

describe('reboot: follows Windows and the level', () => {
  it('2008 R2: yes, once', () => {
    expect(say([EN, 'Windows 2008 R2'], 'is a reboot required?').text).toMatch(/Yes, once/);
  });
  it('2016 with the keys right: only if keys changed, else restart IIS and services', () => {
    const { text } = say([EN, 'Windows 2016'], 'is a reboot required?');
    expect(text).toMatch(/Only if you had to create or change/);
    expect(text).not.toMatch(/Yes, once/);
  });
  it('already at Medium-High on 2019: no reboot for nothing', () => {
    expect(say([EN, 'Windows 2019', 'we are at Medium-High'], 'do we need to reboot?').text).toMatch(/outage for nothing/);
  });
  it('Windows unknown: depends, and asks which release', () => {
    expect(say([EN], 'is a reboot required?').text).toMatch(/It depends on the registry/);
  });
  it('Japanese, 2008 R2', () => {
    expect(say([JA, 'Windows 2008 R2'], 'サーバの再起動はいりますか').text).toContain('はい、1 回必要です');
  });
  it('Japanese, 2016', () => {
    expect(say([JA, 'Windows 2016'], 'サーバの再起動はいりますか').text).toContain('作成・変更した場合だけ');
  });
  it('TMS 14: none of this applies', () => {
    expect(say(['TMS 14.6.2, CE 9.15, SQL 2016'], 'is a reboot required?').text).toMatch(/older than 15/);
  });
  it('facts in the same message are read before answering', () => {
    const r = say([EN], "we're on Windows 2008 R2, do we need a reboot?");
    expect(r.state.facts.windows).toMatchObject({ year: 2008, r2: true });
    expect(r.text).toMatch(/Yes, once/);
  });
});

describe('an answer to the open question and a question in one message', () => {
  it('"2016, and is a reboot required?" while the Windows question is open: 2016 is stored, the reboot answer is for 2016', () => {
    const r = say(['TMS 15.2.1, CE 9.15, SQL 2012 SP4'], '2016, and is a reboot required?');
    expect(r.state.facts.windows).toMatchObject({ year: 2016 });
    expect(r.text).toMatch(/Only if you had to create or change/);
    expect(r.text).not.toMatch(/It depends on the registry/);
    expect(r.state.pending).toBe('need-security-level');
  });
  it('「2019 です。再起動は必要ですか？」: 2019 is stored and answered for', () => {
    const r = say([JA], '2019 です。再起動は必要ですか？');
    expect(r.state.facts.windows).toMatchObject({ year: 2019 });
    expect(r.text).toContain('作成・変更した場合だけ');
  });
  it('"2008 R2 on the same box - can we turn TLS 1.0 off?" while the SQL question is open: SQL 2008 R2 on the TMS server, so no', () => {
    const r = say(['TMS 15.2.1, endpoints CE 9.15'], "2008 R2 on the same box - can we turn TLS 1.0 off while we're at it?");
    expect(r.state.facts.sql).toMatchObject({ year: 2008, r2: true });
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(r.text).toMatch(/No\. SQL Server 2008 R2 runs on the TMS server/);
  });
  it('a question alone keeps the open question open', () => {
    const r = say(['TMS 15.2.1, endpoints CE 9.15'], 'is a reboot needed?');
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.pending).toBe('need-sql-version');
  });
});

describe('iisreset / services only', () => {
  it('2016: enough when nothing changed in the registry', () => {
    expect(say([EN, 'Windows 2016'], 'is an iisreset sufficient?').text).toMatch(/no reboot is needed/);
  });
  it('2008 R2: plan a reboot instead', () => {
    expect(say([EN, 'Windows 2008 R2'], 'is an iisreset sufficient?').text).toMatch(/plan a reboot/);
  });
  it('Japanese', () => {
    expect(say([JA, 'Windows 2016'], 'サービスの再起動だけで足りますか').text).toContain('TMSDatabaseScannerService');
  });
});

describe('registry alone', () => {
  it('at Medium: no, Medium-High is the change', () => {
    expect(say([EN], 'would the registry change alone do it?').text).toMatch(/^No\. The registry keys only make/m);
  });
  it('already at Medium-High: the keys are what is left', () => {
    expect(say([EN, 'we are at Medium-High'], 'would the registry change alone do it?').text).toMatch(/keys are indeed what is left/);
  });
  it('Japanese', () => {
    expect(say([JA], 'レジストリだけで足りますか').text).toContain('いいえ。レジストリのキーは');
  });
});

describe('disable TLS 1.0', () => {
  it('SQL 2008 R2 on the TMS server: no, SQL stops', () => {
    const { text } = say(['TMS 15.2.1, CE 9.15, SQL 2008 R2 on the same box'], 'can we turn off TLS 1.0 for compliance?');
    expect(text).toMatch(/^No\. SQL Server 2008 R2 runs on the TMS server/m);
    expect(text).toContain('26011');
  });
  it('SQL 2008 R2 remote: not the SQL warning', () => {
    const { text } = say(['TMS 15.2.1, CE 9.15, SQL 2008 R2, SQL is remote'], 'can we turn off TLS 1.0 for compliance?');
    expect(text).not.toContain('26011');
    expect(text).toMatch(/separate hardening change/);
  });
  it('SQL 2016: a separate hardening change, Medium-High first', () => {
    expect(say([EN], 'can we disable TLS 1.0 too?').text).toMatch(/no ClientHello at all/);
  });
  it('Japanese, SQL 2008 R2 local', () => {
    expect(say(['TMS 15.2.1、CE 9.15、SQL 2008 R2 は TMS サーバに同居'], 'ついでに TLS 1.0 を無効にしてもいいですか').text).toContain('いいえ。');
  });
  it("SQL 2008 R2: Microsoft's failing case is TLS 1.0 and SSL 3.0 both off, not TLS 1.0 alone; from Windows 2016 on SSL 3.0 is off already, so that is the case there (EN/JA)", () => {
    const on2016 = say(['TMS 15.2.1, CE 9.15, SQL 2008 R2 on the same box, Windows 2016'], 'can we turn off TLS 1.0 for compliance?').text;
    expect(on2016).toContain('with TLS 1.0 and SSL 3.0 both disabled');
    expect(on2016).toContain('On Windows Server 2016 SSL 3.0 is already off by default, so turning TLS 1.0 off is exactly that case');
    const on2012 = say(['TMS 15.2.1, CE 9.15, SQL 2008 R2 on the same box, Windows 2012 R2'], 'can we turn off TLS 1.0 for compliance?').text;
    expect(on2012).toContain('Where SSL 3.0 is already off (the default from Windows Server 2016 on, or a hardening policy)');
    for (const t of [on2016, on2012]) expect(t).not.toMatch(/With TLS 1\.0 off on a SQL build/);
    const ja = say(['TMS 15.2.1、CE 9.15、SQL 2008 R2 は TMS サーバに同居、Windows 2019'], 'ついでに TLS 1.0 を無効にしてもいいですか').text;
    expect(ja).toContain('TLS 1.0 と SSL 3.0 の両方が無効');
    expect(ja).toContain('SSL 3.0 が既定で無効なので、TLS 1.0 を無効にするとまさにこの条件になります');
  });
});

describe('High vs Medium-High, Polycoms, Windows 2025, both nodes, TLS 1.1, downgrade, verify', () => {
  it('High: certificate validation, as a check', () => {
    const { text, state } = say([EN], 'which is safer, High or Medium-High?');
    expect(text).toMatch(/certificate validation/);
    expect(text).toMatch(/check it there/);
    expect(state.facts.level).toBeUndefined();
  });
  it('High, Japanese, user at High', () => {
    const text = say([JA, 'レベルは High です'], 'High と Medium-High の違いは何ですか').text;
    // (At High, going down to Medium-High is said to turn off the endpoints' certificate validation, a security decision.)
    expect(text).toContain('現在は High です。Medium-High に下げると');
    expect(text).toContain('セキュリティ担当のチームが判断する');
  });
  it('Polycoms: Telnet/SNMP, the right direction; already at Medium-High says so', () => {
    expect(say([EN], 'what happens to our Polycoms?').text).toMatch(/from Medium to Medium-High/);
    expect(say([EN, 'we are at Medium-High'], 'what happens to our Polycoms?').text).toMatch(/already off/);
    expect(say([JA], 'Polycom はどうなりますか').text).toContain('Medium から Medium-High に上げる');
  });
  it('Windows 2025: 1.0 and 1.1 off, support not documented; the question stores no fact', () => {
    const { text, state } = say([EN], 'does this work on Windows 2025?');
    expect(text).toMatch(/not something I know/);
    expect(state.facts.windows).toBeUndefined();
    expect(say([JA], 'Windows Server 2025 でも同じですか').text).toContain('私には分かりません');
  });
  it('both nodes', () => {
    expect(say([EN], 'both nodes?').text).toMatch(/failover/);
    expect(say([JA], '両方のノードで必要ですか').text).toContain('フェイルオーバー');
  });
  it('TLS 1.1: only 1.2 matters, 2025 adds a warning', () => {
    expect(say([EN], 'do we need TLS 1.1 too?').text).toMatch(/RFC 8996/);
    expect(say([EN, 'Windows 2025'], 'do we need TLS 1.1 too?').text).toMatch(/do not re-enable it/);
  });
  it('downgrade: with TMS 15 not needed', () => {
    expect(say([EN], 'can we just downgrade the codecs?').text).toMatch(/can be fixed in place/);
    expect(say(['TMS 14.6.2, CE 9.15, SQL 2016'], 'can we just downgrade the codecs?').text).not.toMatch(/can be fixed in place/);
  });
  it('downgrade: the model decides on CE (an SX20 on CE 9 can go back), and on RoomOS too (QA61 #4)', () => {
    const ce = say(['TMS 14.6.2, CE 9.3, SQL 2016'], 'can we just downgrade the codecs?').text;
    expect(ce).toMatch(/the model decides/);
    expect(ce).not.toMatch(/cannot go back: RoomOS/);
    expect(say(['TMS 14.6.2, CE 9.3, SQL 2016'], 'エンドポイントをダウングレードできますか').text).toContain('機種で決まります');
    const roomos = say(['TMS 14.6.2, RoomOS 11.5, SQL 2016'], 'can we just downgrade the codecs?').text;
    // (QA61 #4: a RoomOS release does not tell the hardware; the model decides, and what to check is said.)
    expect(roomos).toMatch(/RoomOS 11\.5, the model decides, not the release.*ran TC before its upgrade to CE or RoomOS/);
    expect(roomos).not.toMatch(/RoomOS only runs|an SX20/);
  });
  it('downgrade: a model named that cannot run TC (Room Kit Pro, Board Pro) is a no, with the way out (EN/JA)', () => {
    const pro = say([], 'TMS 14.6.2, our Room Kit Pro on ce9.15.3.17 shows No HTTPS response. can I downgrade it to TC 7.3.3?').text;
    expect(pro).toMatch(/No: a Room Kit Pro cannot run TC/);
    expect(pro).toMatch(/the only way is upgrading TMS to 15\.x/);
    expect(pro).not.toMatch(/the model decides/);
    const ja = say([], 'TMS14.6.2 です。エンドポイントはRoom Kit (CE9.12) です。ダウングレードできますか？').text;
    expect(ja).toMatch(/いいえ。Room Kit はそもそも TC を動かせません/);
    expect(ja).not.toContain('機種で決まります');
    // Named in the question, with TMS 15: no, and nothing is needed on it.
    const board = say([EN], 'can we downgrade our Webex Board Pro instead?').text;
    expect(board).toMatch(/No: a Board Pro cannot run TC/);
    expect(board).toMatch(/can be fixed in place/);
    // Named only to be denied: the general answer.
    const sx = say(['TMS 14.6.2, CE 9.3, SQL 2016'], 'we have SX20s, not Room Kits: can we downgrade them?').text;
    expect(sx).toMatch(/the model decides/);
    expect(sx).not.toMatch(/No: a Room Kit/);
  });
  it('downgrade: endpoints the user upgraded from TC are a yes, named by model, as a stopgap with the reset, and not needed on TMS 15+ (EN/JA)', () => {
    const ticket =
      'Hi team, after upgrading ~40 codecs (SX80, MX700) from TC7.3.3 to ce9.12.3 last weekend, TMS shows "No HTTPS response". TMS is 15.4.0 on Win2k12R2, SQL 2016 remote. Customer has some old Polycom VSX too. They asked if they can just roll back codecs. Pls advise asap';
    // The ticket's own question is answered in the first reply, before the fix.
    const first = say([], ticket).text;
    expect(first).toMatch(/Yes, the SX80 and MX700 can go back: you say they ran TC before the upgrade/);
    expect(first).toMatch(/resets their configuration/);
    expect(first).toMatch(/your TMS 15\.4\.0 can be fixed in place/);
    expect(first.indexOf('Downgrading the endpoints')).toBeLessThan(first.indexOf('Set Communication Security to Medium-High'));
    // The Polycom VSX named is in the Telnet/SNMP caveat, as a check.
    expect(first).toMatch(/You mentioned Polycom VSX: check how TMS manages it \(Telnet or SNMP/);
    // The follow-up uses the models and the TC history from the ticket.
    const again = say([ticket], 'so can they roll back the codecs?').text;
    expect(again).toMatch(/Yes, the SX80 and MX700 can go back/);
    expect(again).not.toMatch(/the model decides/);
    // TMS before 15: it is the stopgap until TMS is upgraded.
    const old = say(['TMS 14.6.2. we upgraded the SX20s from TC 7.3.3 to CE 9.15 last week'], 'can we roll back the codecs?').text;
    expect(old).toMatch(/Yes, the SX20 can go back/);
    expect(old).toMatch(/before 15\) it is the only stopgap/);
    const ja = say(['TMS 15.4.0 です。先週 SX80 を TC7.3.3 から CE9.12.3 にアップグレードしました。'], 'TC に戻せますか？').text;
    expect(ja).toMatch(/はい、SX80 は戻せます/);
    expect(ja).toContain('設定が初期化され');
    // Without a TC history said, the model still decides.
    expect(say(['TMS 15.2.1, CE 9.15, our SX80s'], 'can we downgrade the codecs?').text).toMatch(/the model decides/);
  });
  it('check the registry: read-only, the Client subkey, what a missing key means on this Windows, check-tls.cmd', () => {
    const on2019 = say([EN, 'Windows 2019'], 'how do I check the registry keys?').text;
    expect(on2019).toMatch(/reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" \/s/);
    expect(on2019).toMatch(/TLS 1\.2\\Client/);
    expect(on2019).toMatch(/a missing TLS 1\.2 key means it is on/);
    expect(on2019).toMatch(/check-tls\.cmd/);
    expect(say([EN, 'Windows 2008 R2'], 'how do I check the registry keys?').text).toMatch(/a missing TLS 1\.2 key means it is off/);
    expect(say([JA], 'レジストリの確認方法を教えてください。').text).toContain('何も変更せずに読み取ってください');
  });
  it('take a capture: on the TMS server, Force Refresh, the filter, read Version not the record layer, send the file', () => {
    const t = say([EN], 'please tell me how to take a capture').text;
    expect(t).toMatch(/Capture on the TMS server/);
    expect(t).toMatch(/tls\.handshake\.type == 1 && tcp\.port == 443/);
    expect(t).toMatch(/not the record layer/);
    expect(t).toMatch(/\.pcapng/);
    expect(say([JA], 'キャプチャの取り方を教えてください').text).toContain('TMS サーバでキャプチャします');
  });
  it('rollback: reverse order, the backup or rollback.reg, restarts; and 「ロールバック」 is never the level Low', () => {
    // asked right after the bot asked for the level: before, ロー in ロールバック was read as "Low"
    const { text, state } = say([JA, 'Windows 2019'], 'ロールバック方法は？');
    expect(text).toContain('手順を逆の順に戻します');
    expect(state.facts.level).toBeUndefined();
    expect(say([EN], 'how do we roll back if something goes wrong?').text).toMatch(/rollback\.reg/);
    expect(say(['TMS 14.6.2, CE 9.15, SQL 2016'], "what's the rollback plan?").text).toMatch(/none of this applies/);
  });
  it('IIS Crypto: the same keys, not its Best Practices template, and the SQL 2008 R2 trap when it applies', () => {
    const t = say([EN], 'can I use IIS Crypto instead?').text;
    expect(t).toMatch(/Do not apply its "Best Practices" template/);
    expect(t).toMatch(/Medium-High in TMS Tools is still the step/);
    expect(t).not.toMatch(/SQL Server 2008 R2/);
    expect(say(['TMS 15.2.1, CE 9.15, SQL 2008 R2 on the TMS server'], 'can I use IIS Crypto instead?').text).toMatch(/With SQL Server 2008 R2 on the TMS server this matters/);
  });
  it('known bug: CSCuz71542 before TMS 15, the documented Medium behaviour from 15 on', () => {
    expect(say(['TMS 14.6.2, CE 9.15, SQL 2016'], 'is this a known bug?').text).toMatch(/CSCuz71542/);
    expect(say(['TMS 14.6.2, CE 9.15, SQL 2016'], 'is this a known bug?').text).not.toMatch(/with no bug ID/);
    expect(say([EN], 'is this a known bug?').text).toMatch(/explains it as how the default Medium level works, with no bug ID/);
    expect(say([EN], 'is this a known bug?').text).not.toMatch(/CSCuz71542/);
  });
  it('TLS 1.3: not needed for the fix, not asserted for TMS, never disable 1.2 for it', () => {
    const t = say([EN], 'is TLS 1.3 supported by TMS?').text;
    expect(t).toMatch(/does not need it/);
    expect(t).toMatch(/check Cisco's TMS release notes/);
    expect(t).toMatch(/Do not disable TLS 1\.2/);
  });
  it('verify', () => {
    expect(say([JA], '直ったかどうかはどう確認すればいいですか').text).toContain('0x0303');
  });
  it('a question outside the catalogue: an honest "I don\'t know that one", then the open question', () => {
    const { text, state } = say([EN], 'who wrote the TechNote?');
    expect(text).toMatch(/I don't know that one/);
    expect(state.pending).toBe('need-windows-version');
  });
});

describe('after the answer: the endpoints, how long, business hours, risks', () => {
  const FULL = 'TMS 15.2.1, CE 9.15.3, SQL 2016, Windows 2019';
  it('endpoints: nothing to change on them; what to check if one still fails', () => {
    const { text, state } = say([FULL], 'do we need to touch the endpoints at all?');
    expect(text).toMatch(/No: the fix is on the TMS server only/);
    expect(text).toContain('MinimumTLSVersion');
    expect(state.facts.level).toBeUndefined();
  });
  it('endpoints, Japanese; TMS 14: the stopgap is on them', () => {
    expect(say([JA], 'エンドポイント側で何か作業は必要ですか？').text).toContain('TMS サーバ側だけで完結');
    expect(say(['TMS 14.6.2, CE 9.15, SQL 2016'], 'do we need to change anything on the endpoints?').text).toMatch(/TC 7\.3\.3/);
  });
  it('how long: no duration is invented; restarts interrupt TMS, the reboot follows Windows', () => {
    const t2019 = say([FULL], 'how long will it take?').text;
    expect(t2019).toMatch(/cannot give you a duration/);
    expect(t2019).not.toMatch(/\d+\s?(?:min|minutes|hours?)\b/);
    expect(t2019).toMatch(/no reboot is needed when the keys are already right/);
    expect(t2019).toMatch(/Nothing changes or restarts on the endpoints themselves/);
    expect(say([FULL], 'is there downtime for the endpoints?').text).toMatch(/Nothing changes or restarts on the endpoints/);
    expect(say([FULL], 'do it during lunch?').text).toMatch(/your call/);
    const t2008 = say([EN, 'Windows 2008 R2'], 'can we do it during business hours?').text;
    expect(t2008).toMatch(/the server reboots once/);
    expect(t2008).toMatch(/your call/);
  });
  it('business hours in Japanese while the level question is open: answered, and 時間中 is not the level', () => {
    const { text, state } = say([JA + '、Windows 2019'], '業務時間中に作業できますか？');
    expect(state.pending).toBe('need-security-level');
    expect(state.facts.level).toBeUndefined();
    expect(text).toContain('作業時間はお答えできません');
    expect(text).toContain('IIS と TMS のサービスの再起動');
  });
  it('risks: the caveats of this case, SQL first', () => {
    const { text } = say(['TMS 15.2.1, CE 9.15, SQL 2008 R2 on the TMS server'], 'is there any risk?');
    expect(text.indexOf('SQL Server 2008 R2')).toBeGreaterThan(-1);
    expect(text.indexOf('SQL Server 2008 R2')).toBeLessThan(text.indexOf('Telnet and SNMP'));
    expect(text).toMatch(/Windows Server release not known/);
    expect(say([JA], 'リスクはありますか？').text).toContain('Telnet と SNMP');
  });
  it('rebooting the codecs: not needed, nothing changes on them (before: the server reboot answer)', () => {
    const en = say([FULL], 'do we have to reboot the codecs?').text;
    expect(en).toMatch(/The endpoints need no reboot/);
    expect(en).not.toMatch(/Is a reboot needed\?/);
    const ja = say([JA + '、Windows 2019'], 'エンドポイントの再起動は必要？').text;
    expect(ja).toContain('エンドポイントの再起動は不要です');
    expect(ja).not.toContain('サーバの再起動は必要か');
  });
  it('rolling back: in reverse, not a fix, look at why first; SQL 2008 R2 on the box adds what stops it', () => {
    const en = say([FULL], 'what if it fails, how do we roll back?').text;
    expect(en).toMatch(/Undo the steps in reverse/);
    expect(en).toMatch(/Rolling back is not a fix/);
    expect(en).not.toMatch(/event 26011/);
    expect(say(['TMS 15.2.1, CE 9.15, SQL 2008 R2 on the TMS server'], 'how do we roll back?').text).toMatch(/event 26011/);
    expect(say([JA], '切り戻し手順は？').text).toContain('手順を逆の順に戻します');
  });
  it('the second node', () => {
    expect(say([JA], 'もう一台のノードは？').text).toContain('両方のノード');
  });
});

describe('pasted evidence (src/evidence/text.ts) is said back and its facts are used', () => {
  it('SELECT @@VERSION answers the SQL question', () => {
    const { text, state } = say(['TMS 15.2.1, CE 9.15'], 'Microsoft SQL Server 2012 (SP1) - 11.0.3000.0 (X64)');
    expect(state.facts.sql).toMatchObject({ year: 2012, sp: 1 });
    expect(text).toMatch(/From what you pasted/);
  });
  it('event 26011: what to re-enable, in Japanese too', () => {
    const line = 'イベント ID 26011 unable to initialize encryption because of a problem with a security library';
    const { text } = say(['TMS 15.2.1、CE 9.15、SQL 2008 R2'], line);
    expect(text).toContain('TLS 1.0 の Client と Server の両方を有効に戻す');
    expect(text).toContain('26011');
  });
  it('a Telnet violation line is explained, not "no version found"', () => {
    const { text } = say([EN], 'Security violation: Telnet communication is not allowed');
    expect(text).toMatch(/known side effect of Medium-High/);
    expect(text).not.toMatch(/could not find a version/);
  });
  it('pasted capture rows while Windows is asked are not read as a bad Windows answer; they join the evidence', () => {
    const { text, state } = say([EN], '12 1.234 10.0.0.1 10.0.0.2 TLSv1 Client Hello\n13 1.235 10.0.0.2 10.0.0.1 TCP 443 → 51000 [RST, ACK]');
    expect(text).not.toMatch(/could not find a Windows Server version/);
    expect(state.facts.evidence?.observations.length).toBeGreaterThan(0);
    expect(state.facts.windows).toBeUndefined();
  });
  it('a paste of 30,000 characters is read', () => {
    const filler = 'Info 2016-05-25 14:32:10 poll ok\n'.repeat(900);
    const { state } = say(['TMS 15.2.1, CE 9.15'], `${filler}Microsoft SQL Server 2016 (SP2) - 13.0.5026.0 (X64)\n`);
    expect(state.facts.sql?.year).toBe(2016);
  });
});

describe('which TMS version can be fixed: follows the TMS version', () => {
  it.each([
    [['CE 9.15', 'TMS 14.6.2'], 'which TMS version do we need?', /14\.6\.2 is before 15/],
    [[EN], 'which TMS version do we need?', /15\.2\.1 is 15 or later/],
    [['CE 9.15です'], 'TMS はどのバージョンなら直せますか？', /TMS 15\.0 以降です/],
  ])('%j + %j', (setup, q, answer) => {
    const { text } = say(setup, q);
    expect(text).toMatch(answer);
    expect(text).toMatch(/CSCuz71542/);
  });
});

describe('why the bot asks for a version', () => {
  it('Windows: the registry step and the reboot, for the release given', () => {
    const { text } = say([EN, 'Windows 2008 R2'], 'why do you need the Windows version?');
    expect(text).toMatch(/registry step and the reboot depend on it/);
    expect(text).toMatch(/For your Windows Server 2008 R2, the registry step is required/);
    expect(text).not.toMatch(/Why the endpoints show/);
  });
  it('Windows not given yet: says what the answer assumes meanwhile, and asks again', () => {
    const r = say([EN], 'why do you need the Windows version?');
    expect(r.text).toMatch(/sets TLS 1\.2 only/);
    expect(r.state.pending).toBe('need-windows-version');
  });
  it('SQL, asked while the SQL question is open (Japanese): the reasons, and the question again', () => {
    const r = say(['TMS 15.2.1、CE 9.15'], 'SQLのバージョンはなぜ必要？');
    expect(r.text).toContain('SQL Server のバージョンが必要な理由');
    expect(r.text).toContain('TLS 1.0 と SSL 3.0 の両方が無効になると停止');
    expect(r.state.pending).toBe('need-sql-version');
  });
  it('SQL known: the verdict for it', () => {
    expect(say([EN], 'why do you need to know the SQL version?').text).toMatch(/SQL Server 2016 already supports TLS 1\.2/);
    expect(say(['TMS 15.2.1, CE 9.15, SQL 2012 SP1 on the box'], 'why do you need the SQL version?').text).toMatch(/upgrade it to a service pack/);
    expect(say(['TMS 15.2.1, CE 9.15, SQL 2008 R2 on another server'], 'why do you need the SQL version?').text).toMatch(/none of this applies/);
  });
});

describe('why the TMS and endpoint versions, and the endpoint minimum TLS version', () => {
  it('TMS: fix in place from 15, the upgrade before; for the TMS given', () => {
    const r = say(['CE 9.15'], 'why do you need the TMS version?');
    expect(r.text).toMatch(/decides whether TMS can be fixed in place/);
    expect(r.text).not.toMatch(/Why the endpoints show/);
    expect(r.state.pending).toBe('need-tms-version');
    expect(say(['TMS 14.6.2, CE 9.15, SQL 2016'], 'why do you need the TMS version?').text).toMatch(/14\.6\.2 is before 15: it needs the upgrade/);
  });
  it('endpoint: whether this is the problem at all (Japanese)', () => {
    expect(say(['TMS 15.2.1'], 'なぜエンドポイントのバージョンが必要？').text).toContain('そもそもこの問題かどうかが決まるためです');
  });
  it('MinimumTLSVersion TLSv1.2: fine at Medium-High, and at Medium the fix stays Medium-High', () => {
    const { text } = say([EN], 'the codecs have MinimumTLSVersion TLSv1.2, is that a problem?');
    expect(text).toMatch(/a minimum of TLS 1\.2 is fine/);
    expect(text).toMatch(/the fix stays the same: raise TMS to Medium-High/);
    expect(text).not.toMatch(/I don't know that one/);
    expect(say([EN, 'we are at Medium-High'], 'the codecs have MinimumTLSVersion TLSv1.2, is that a problem?').text).not.toMatch(/the fix stays the same/);
  });
});

describe('reboot and restarts when the TLS 1.2 keys are said to be set already', () => {
  it('2008 R2 with the keys said set: not "yes, once", but only if a key changes or was set since the last start', () => {
    const { text } = say([EN, 'Windows 2008 R2', 'TLS 1.2 is already enabled in the registry'], 'is a reboot required?');
    expect(text).not.toMatch(/Yes, once/);
    expect(text).toMatch(/You say the TLS 1\.2 keys are already set, so only if/);
    expect(text).toMatch(/set after the server last started/);
  });
  it('iisreset on 2008 R2 with the keys said set: enough when nothing changes', () => {
    const { text } = say([EN, 'Windows 2008 R2', 'TLS 1.2 is already enabled in the registry'], 'is an iisreset sufficient?');
    expect(text).not.toMatch(/plan a reboot of the server instead/);
    expect(text).toMatch(/no reboot is needed/);
  });
  it('Japanese', () => {
    expect(say([JA, 'Windows 2008 R2', 'TLS1.2は既にレジストリで有効化済み'], 'サーバの再起動はいりますか').text).toContain('TLS 1.2 のキーは設定済みとのことなので');
  });
});

describe('defaults, Client vs Server keys, .NET strong crypto', () => {
  it('"Is TLS 1.0 disabled by default?": the defaults table, not "can TLS 1.0 be turned off"', () => {
    const { text } = say([EN, 'Windows 2016'], 'Is TLS 1.0 disabled on the TMS server by default?');
    expect(text).toMatch(/2025: SSL 3\.0 off, TLS 1\.0 off, TLS 1\.1 off, TLS 1\.2 on/);
    expect(text).toMatch(/For your Windows Server 2016: TLS 1\.0 on, TLS 1\.2 on by default/);
    expect(text).not.toMatch(/Can TLS 1\.0 be turned off too/);
  });
  it('Client vs Server keys: TMS connecting to endpoints is the client', () => {
    const { text } = say([EN], "what's the difference between the Client and Server keys?");
    expect(text).toMatch(/the TMS server is the TLS client/);
    expect(text).not.toMatch(/I don't know that one/);
  });
  it('.NET strong crypto, and with TLS 1.0 said off such code fails', () => {
    expect(say([EN], 'what about SchUseStrongCrypto, do we need it?').text).toMatch(/SystemDefaultTlsVersions/);
    expect(say([EN, 'we already disabled TLS 1.0 on the TMS server'], 'what about SchUseStrongCrypto, do we need it?').text).toMatch(/fails outright until these values are set/);
  });
  it('Japanese', () => {
    expect(say([JA], 'クライアントとサーバのキーの違いは何ですか？').text).toContain('TMS サーバは TLS クライアントです');
    expect(say([JA], 'Windows 2016のデフォルトでTLS1.2は有効ですか？').text).toContain('2016 / 2019：SSL 3.0 無効、TLS 1.0 有効');
  });
});

describe('several questions in one message', () => {
  it('each is answered, in the order asked, and nothing else changes', () => {
    const { text, state } = say([EN, 'Windows 2019'], 'do we need a reboot? and what happens to our Polycoms?');
    const reboot = text.indexOf('Is a reboot needed?');
    const polycom = text.indexOf('Telnet/SNMP');
    expect(reboot).toBeGreaterThanOrEqual(0);
    expect(polycom).toBeGreaterThan(reboot);
    expect(state.facts.level).toBeUndefined();
    const ja = say([JA, 'Windows 2019'], '再起動は必要ですか？Polycom はどうなりますか？').text;
    expect(ja).toContain('サーバの再起動は必要か');
    expect(ja).toContain('Telnet/SNMP で管理しているシステムへの影響');
  });
  it('the same question twice is answered once; facts in the message are still read', () => {
    const once = say([EN], 'is a reboot needed? is a reboot required?').text;
    expect(once.split('Is a reboot needed?').length - 1).toBe(1);
    const r = say([EN], 'we are on Windows 2008 R2. is iisreset enough, and do we need to do both nodes?');
    expect(r.state.facts.windows?.year).toBe(2008);
    expect(r.text).toMatch(/Is restarting IIS and the services enough\?/);
    expect(r.text).toMatch(/both nodes/);
  });
});

describe('questions back during an incident: sources, calls, skipping a step', () => {
  const FULL = 'TMS 15.2.1, CE 9.15.3, SQL 2016, Windows 2016, level Medium';
  const FULL_JA = 'TMS 15.2.1、CE 9.15.3、SQL 2016、Windows Server 2016、レベルは Medium';
  it.each([
    ['are you sure?', 'sources'],
    ['where does it say that?', 'sources'],
    ['source?', 'sources'],
    ['how do you know that?', 'sources'],
    ['do you have a link to the doc?', 'sources'],
    ['本当ですか', 'sources'],
    ['根拠は？', 'sources'],
    ['ソースはどこですか？', 'sources'],
    ['確かですか？', 'sources'],
    ['ドキュメントのどこに書いてありますか', 'sources'],
    ['will the endpoints drop calls during this?', 'calls-in-progress'],
    ['will ongoing calls be dropped?', 'calls-in-progress'],
    ['are active calls affected?', 'calls-in-progress'],
    ['is there a risk to scheduled meetings?', 'calls-in-progress'],
    ['通話は切れますか', 'calls-in-progress'],
    ['会議中の通話に影響はありますか', 'calls-in-progress'],
    ['予約済みの会議に影響はありますか？', 'calls-in-progress'],
    ['what if we skip step 2?', 'skip-step'],
    ['can we skip step 1?', 'skip-step'],
    ['is step 6 optional?', 'skip-step'],
    ['what if we only change TMS Tools?', 'skip-step'],
    ['can we skip the backup?', 'skip-step'],
    ['do we have to do the registry bit?', 'skip-step'],
    ['手順2を飛ばしたらどうなりますか', 'skip-step'],
    ['手順 1 は省略できますか', 'skip-step'],
    ['TMS Tools だけ変更したら直りますか？', 'skip-step'],
    ['バックアップは必須ですか？', 'skip-step'],
    ["what if we don't reboot?", 'reboot-needed'],
    ['再起動しないとどうなりますか？', 'reboot-needed'],
    ['what if we only do the registry part?', 'registry-alone'],
    ['before we switch to Medium-High, what should we check?', 'risks'],
    ['Medium-High にする前に何を確認すべきですか？', 'risks'],
  ])('%s → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it.each([
    ['ok and will this affect our Webex calls?', 'calls-in-progress'],
    ['can we do the TMS part first and SQL later?', 'why-sql-version'],
    ['SQL は後回しにして TMS の変更を先にできますか？', 'why-sql-version'],
    ['can we set it back to Medium after?', 'rollback'],
    ['could we switch back to medium later?', 'rollback'],
    ['作業後に Medium に戻しても大丈夫ですか？', 'rollback'],
    ['could it be the certificate?', 'certificates'],
    ['is it a cert issue?', 'certificates'],
    ['証明書の問題の可能性はありますか？', 'certificates'],
  ])('%s → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it.each([
    ['how do I do step 2?', 2, false],
    ['can you explain step 4?', 4, false],
    ['step 5?', 5, false],
    ['what does step 3 mean?', 3, false],
    ["what's step 4 for?", 4, false],
    ['done with step 3, what next?', 3, true],
    ['step 2 done. next?', 2, true],
    ['手順3はどうやるんですか', 3, false],
    ['手順２まで終わりました。次は？', 2, true],
  ])('%s → step %d (done: %s)', (q, n, done) => {
    expect(stepQuestion(q as string)).toEqual({ n, done });
  });
  it.each(['what if we skip step 2?', 'is step 6 optional?', 'how do I verify it?'])('%s → not a question about a step\'s details', (q) => {
    expect(stepQuestion(q)).toBeNull();
  });
  it('a step past the last one, or done with the last one', () => {
    const FULL3 = 'TMS 15.2.1, CE 9.15.3, SQL 2016, Windows 2016, level Medium';
    expect(say([FULL3], 'how do I do step 9?').text).toMatch(/My answer has 6 steps/);
    expect(say([FULL3], 'done with step 6, what next?').text).toMatch(/Step 6 was the last one/);
    // No steps shown yet (a required version is missing): say so, and the question follows.
    expect(say(['TMS 15.2.1'], 'how do I do step 2?').text).toMatch(/I have not listed any steps yet/);
  });
  it('"are you sure about the SQL part?" answers the SQL part, then what it rests on', () => {
    const { text } = say(['TMS 15.2.1, CE 9.15, SQL 2012 SP1 on the TMS server, Windows 2012 R2, Medium'], 'are you sure about the SQL part?');
    expect(text).toContain('Why the SQL Server version matters');
    expect(text).toContain('KB3135244');
    const ja = say(['TMS 15.2.1、CE 9.15、SQL 2012 SP1 同居、Windows 2012 R2、Medium'], 'SQL の件は本当ですか？').text;
    expect(ja).toContain('SQL Server のバージョンが必要な理由');
  });
  it('a question that names its own topic still goes to that topic', () => {
    expect(findEntry('are you sure a reboot is needed?')?.id).toBe('reboot-needed');
    expect(findEntry('本当に再起動は必要ですか？')?.id).toBe('reboot-needed');
  });

  it('"are you sure?" says what the answer rests on, with the documents, and how to see it yourself', () => {
    const { text, state } = say([FULL], 'are you sure?');
    expect(text).toContain('Cisco TechNote 211279');
    expect(text).toContain('https://www.cisco.com/');
    expect(text).toMatch(/CE 9\.15\.3/);
    expect(text).toMatch(/capture/);
    expect(text).not.toMatch(/I don't know that one/);
    expect(state.facts.level).toBe('medium');
    const ja = say([FULL_JA], '根拠は？').text;
    expect(ja).toContain('Cisco TechNote 211279');
    expect(ja).toContain('キャプチャ');
    expect(ja).not.toContain('お答えできません');
  });
  it('"are you sure?" with the level only assumed says it was assumed', () => {
    expect(say(['TMS 15.2.1, CE 9.15.3, SQL 2016, Windows 2016'], 'are you sure?').text).toMatch(/assumed/);
    expect(say(['TMS 15.2.1、CE 9.15.3、SQL 2016、Windows 2016'], '本当ですか？').text).toContain('仮定');
  });
  it('"are you sure?" before any version: the documents, and what is still needed', () => {
    const { text } = say([], 'where does it say that?');
    expect(text).toContain('Cisco TechNote 211279');
    expect(text).toMatch(/Which software version do the affected endpoints run/);
  });

  it('calls: the knowledge does not say, so the bot says so and what it does know', () => {
    const { text } = say([FULL], 'will the endpoints drop calls during this?');
    expect(text).toMatch(/do not say/);
    expect(text).toMatch(/nothing changes or restarts on the endpoints/i);
    expect(text).not.toMatch(/calls (?:will|won't) (?:not )?drop/i);
    const ja = say([FULL_JA], '通話は切れますか').text;
    expect(ja).toContain('記載がありません');
    expect(ja).toContain('エンドポイント側では何も変更せず');
  });

  it('skipping step 2 follows Windows: a check on 2016, not skippable on 2008 R2', () => {
    const w2016 = say([FULL], 'what if we skip step 2?').text;
    expect(w2016).toContain('Step 2');
    expect(w2016).toMatch(/on by default/);
    const w2008 = say(['TMS 15.2.1, CE 9.15.3, SQL 2016, Windows 2008 R2, level Medium'], 'what if we skip step 2?').text;
    expect(w2008).toMatch(/cannot be skipped/);
    const ja = say([FULL_JA], '手順2を飛ばしたらどうなりますか').text;
    expect(ja).toContain('手順 2');
    expect(ja).toContain('既定で有効');
  });
  it('skipping TMS Tools (step 3, or "only TMS Tools") is answered for what it is', () => {
    expect(say([FULL], 'what if we skip step 3?').text).toMatch(/at Medium, TMS still offers nothing but TLS 1\.0/);
    expect(say([FULL], 'what if we only change TMS Tools?').text).toMatch(/on by default/);
    expect(say([FULL_JA], 'TMS Tools だけ変更したら直りますか？').text).toContain('既定で有効');
  });
  it('the backup, the restarts and the check each get their own answer', () => {
    expect(say([FULL], 'can we skip the backup?').text).toMatch(/way back/);
    expect(say([FULL_JA], 'バックアップは必須ですか？').text).toContain('元に戻す');
    expect(say([FULL], 'what if we skip step 5?').text).toMatch(/does not apply/);
    expect(say([FULL], 'is step 6 optional?').text).toMatch(/Force Refresh/);
  });
  it('at Medium-High, "are you sure?" says what a capture shows at that level; on 2025, skipping step 2 says TMS support there is not documented', () => {
    const mh = say(['TMS 15.2.1, CE 9.15.3, SQL 2016, level Medium-High, Windows 2016'], 'are you sure?').text;
    expect(mh).toContain('0x0303');
    expect(mh).not.toContain('TLS 1.0 is 0x0301');
    expect(say(['TMS 15.2.1, CE 9.15.3, SQL 2019, Windows Server 2025, Medium'], 'what if we skip step 2?').text).toMatch(/Windows Server 2025 is not documented/);
    expect(say(['TMS 15.2.1、CE 9.15.3、SQL 2019、Windows Server 2025、Medium'], '手順2を飛ばしたらどうなりますか').text).toContain('手元の資料に記載がありません');
  });
  it('a step that is not there is said so, with the steps', () => {
    const { text } = say([FULL], 'what if we skip step 9?');
    expect(text).toMatch(/6 steps/);
    expect(text).toMatch(/Set Communication Security to Medium-High/);
  });
  it('before the steps are known, it says what is still needed', () => {
    const { text } = say(['TMS 15.2.1'], 'what if we skip step 2?');
    expect(text).toMatch(/Which software version do the affected endpoints run/);
    expect(text).not.toMatch(/Step 2:/);
  });
});

describe('the TMS web UI, a TAC case, a newer TMS, how soon it takes effect', () => {
  const FULL = 'TMS 15.2.1, CE 9.15.3, SQL 2016, Windows 2019';
  const JFULL = 'TMS 15.2.1、CE 9.15.3、SQL 2016、Windows 2019';
  it.each([
    ['does this affect the TMS web UI?', 'tms-web-ui'],
    ['will the TMS web interface still work after the change?', 'tms-web-ui'],
    ['TMS の Web 画面にも影響しますか？', 'tms-web-ui'],
    ['should we open a TAC case?', 'tac-case'],
    ['do we need to contact Cisco TAC?', 'tac-case'],
    ['TAC にケースを開くべきですか？', 'tac-case'],
    ['is there a newer TMS that fixes this without config?', 'newer-tms'],
    ['will a later TMS release fix it by itself?', 'newer-tms'],
    ['設定しなくても直る新しい TMS はありますか？', 'newer-tms'],
    ['how long until the change takes effect?', 'takes-effect'],
    ['どのくらいで反映されますか？', 'takes-effect'],
    ['反映までどれくらいかかりますか？', 'takes-effect'],
  ])('%j → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it('the web UI: the sources say nothing about it; what the fix changes and what to check', () => {
    const { text, state } = say([FULL], 'does this affect the TMS web UI?');
    expect(text).not.toMatch(/I don't know that one/);
    expect(text).toMatch(/say nothing about TMS's own web interface/);
    expect(text).toMatch(/check/i);
    expect(state.facts.level).toBeUndefined();
    const ja = say([JFULL], 'TMS の Web 画面にも影響しますか？').text;
    expect(ja).toContain('記載がありません');
  });
  it('a TAC case: known, documented behaviour (TechNote 211279; CSCuz71542 before 15); when to open one and what to have ready', () => {
    const en = say([FULL], 'should we open a TAC case?').text;
    expect(en).toMatch(/211279/);
    expect(en).toMatch(/if the checks do not explain it/);
    expect(en).toMatch(/capture/);
    expect(en).toMatch(/Schannel/);
    // As the TechNote puts it (how Medium works), not a verdict of our own ("not a fault").
    expect(en).toContain('explains it as how the Medium level works');
    expect(en).not.toMatch(/not a fault/);
    expect(say(['TMS 14.6.2, CE 9.15, SQL 2016'], 'should we open a TAC case?').text).toMatch(/CSCuz71542/);
    const ja = say([JFULL], 'TAC にケースを開くべきですか？').text;
    expect(ja).toContain('211279');
    expect(ja).toContain('Schannel');
    expect(ja).toContain('Medium レベルの動作として説明されています');
  });
  it('a newer TMS: the fix is the setting (default Medium); a later default change is not in the sources, check the release notes', () => {
    const en = say([FULL], 'is there a newer TMS that fixes this without config?').text;
    expect(en).toMatch(/default is Medium/);
    expect(en).toMatch(/do not say/);
    expect(en).toMatch(/release notes/);
    expect(en).not.toMatch(/I don't know that one/);
    const ja = say([JFULL], '設定しなくても直る新しい TMS はありますか？').text;
    expect(ja).toContain('リリースノート');
    expect(ja).toContain('Medium');
  });
  it('how soon: after Save and the restarts (or the one reboot); Force Refresh in Systems > Navigator; no minutes invented', () => {
    const en = say([FULL], 'how long until the change takes effect?').text;
    expect(en).toMatch(/Force Refresh/);
    expect(en).toMatch(/Systems > Navigator/);
    expect(en).toMatch(/restart/);
    expect(en).not.toMatch(/\d+\s?(?:min|minutes|hours?|seconds?)\b/);
    expect(en).not.toMatch(/cannot give you a duration/); // not the downtime answer
    const ja = say([JFULL], 'どのくらいで反映されますか？').text;
    expect(ja).toContain('Force Refresh');
    expect(ja).not.toMatch(/分かりません）。お手伝い/);
    expect(say(['TMS 14.6.2, CE 9.15, SQL 2016'], 'how long until the change takes effect?').text).toMatch(/TMS older than 15/);
  });
  it('how long it takes (the work itself) is still the downtime answer', () => {
    expect(findEntry('how long will it take?')?.id).toBe('downtime');
  });
});

describe('does SQL Server need an update first: follows the SQL version, build and place', () => {
  it.each([
    ['do we really have to upgrade SQL?', 'sql-update-needed'],
    ['is the SQL service pack needed?', 'sql-update-needed'],
    ['do we need to install KB3052404 on the database?', 'sql-update-needed'],
    ['is an update of the sql server required?', 'sql-update-needed'],
    ['SQL の SP を上げないといけないんですか？', 'sql-update-needed'],
    ['データベースのアップデートはいりますか', 'sql-update-needed'],
    // the neighbours keep theirs
    ['why do you need to know the SQL version?', 'why-sql-version'],
    ['can we do the TMS part first and SQL later?', 'why-sql-version'],
    ['do we need to update the endpoints?', 'endpoints-untouched'],
  ])('%j → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it('2012 SP1: yes, a service pack first (its own window, TMS requirements); Japanese too; the open question stays', () => {
    const r = say(['TMS 15.2.1, CE 9.15, SQL 2012 SP1 on the TMS box'], 'do we really have to upgrade SQL?');
    expect(r.text).toMatch(/Yes, before any TLS change: SQL Server 2012 SP1 has no TLS 1\.2 package/);
    expect(r.text).toMatch(/SP4 is the simplest/);
    expect(r.text).toMatch(/SQL Server versions your TMS release supports/);
    expect(r.state.pending).toBe('need-windows-version');
    expect(say(['TMS 15.2.1、CE 9.15、SQL 2012 SP1 は同じサーバ'], 'SQL の SP を上げないといけないんですか？').text).toMatch(/はい、TLS の設定を変更する前に必要です/);
  });
  it('2014 without a build: check the build; with the location unknown it says where it applies', () => {
    const t = say(['TMS 15.2.1, CE 9.15, SQL 2014'], 'is the SQL service pack needed?').text;
    expect(t).toMatch(/It depends on the exact build of SQL Server 2014 \(if it runs on the TMS server itself/);
    expect(t).toMatch(/12\.0\.2271\.0/);
  });
  it('2016: no; 2008 R2: not for this fix, keep TLS 1.0; remote: not for this fix; unknown: depends, asks for @@VERSION', () => {
    expect(say([EN], 'do we really have to upgrade SQL?').text).toMatch(/No: SQL Server 2016 already supports TLS 1\.2/);
    const r2 = say(['TMS 15.2.1, CE 9.15, SQL 2008 R2 SP2 on the same box'], 'is the SQL service pack needed?').text;
    expect(r2).toMatch(/Not for this fix/);
    expect(r2).toMatch(/TLS 1\.0 stays enabled/);
    expect(r2).not.toMatch(/^Yes/m);
    expect(say(['TMS 15.2.1, CE 9.15, SQL 2012 SP1 on another server'], 'do we really have to upgrade SQL?').text).toMatch(/Not for this fix: you told me SQL Server runs on another machine/);
    expect(say(['TMS 15.2.1, CE 9.15'], 'do we really have to upgrade SQL?').text).toMatch(/SELECT @@VERSION/);
  });
});

describe('making the endpoints accept TLS 1.0 again instead: not a fix; what works follows the TMS version', () => {
  it.each([
    ["can't we just set MinimumTLSVersion to TLSv1.0 on the codecs instead?", 'endpoint-tls10-instead'],
    ['can we enable TLS 1.0 on the endpoints again?', 'endpoint-tls10-instead'],
    ['could the codecs accept TLS 1.0 again?', 'endpoint-tls10-instead'],
    ['エンドポイント側で TLS 1.0 を有効にすればいいのでは？', 'endpoint-tls10-instead'],
    ['端末で TLS1.0 を許可できますか', 'endpoint-tls10-instead'],
    // the neighbours keep theirs
    ['the codecs have MinimumTLSVersion TLSv1.2, is that a problem?', 'endpoint-minimum-tls'],
    ["can we turn off TLS 1.0 for compliance while we're there?", 'disable-tls10'],
    ['ついでに TLS 1.0 を無効にしてもいいですか', 'disable-tls10'],
  ])('%j → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it('TMS 15: not a fix (RFC 8996, no setting named in the sources), the TMS-side change is what works; the open question stays', () => {
    const r = say(['TMS 15.2.1, CE 9.15, SQL 2016'], 'can we enable TLS 1.0 on the endpoints again?');
    expect(r.text).toMatch(/Not as a fix/);
    expect(r.text).toMatch(/RFC 8996/);
    expect(r.text).toMatch(/Communication Security at Medium-High/);
    expect(r.state.pending).toBe('need-windows-version');
  });
  it('TMS before 15: upgrading TMS, the TC 7.3.3 stopgap only on TC hardware (Japanese); an endpoint that accepts TLS 1.0: not this problem', () => {
    const ja = say(['TMS 14.6.2、CE 9.15'], 'エンドポイント側で TLS 1.0 を有効にすればいいのでは？').text;
    expect(ja).toMatch(/修正策としてはお勧めしません/);
    expect(ja).toMatch(/15\.x へのアップグレード/);
    expect(ja).toMatch(/TC 7\.3\.3/);
    expect(say(['TMS 15.2.1, TC 7.3.3'], 'can we enable TLS 1.0 on the endpoints again?').text).toMatch(/already accept TLS 1\.0, so this is not the TLS 1\.0 problem/);
  });
});

describe('which services, and other integrations of TMS', () => {
  it.each([
    ['which services exactly?', 'which-services'],
    ['what services do we need to restart?', 'which-services'],
    ['どのサービスを再起動すればいいですか', 'which-services'],
    ['サービス名を教えてください', 'which-services'],
    ['will this break TMSXE or the CUCM integration?', 'other-integrations'],
    ['is TMSPE affected?', 'other-integrations'],
    ['TMSXE に影響はありますか', 'other-integrations'],
    ['連携は大丈夫ですか', 'other-integrations'],
    // the neighbours keep theirs
    ['is an iisreset sufficient?', 'services-restart-enough'],
    ['サービスの再起動だけで足りますか', 'services-restart-enough'],
    ['what happens to ongoing calls?', 'calls-in-progress'],
    ['what happens to our Polycoms?', 'telnet-snmp-polycom'],
  ])('%j → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it('which services: the TechNote\'s three, the admin guide\'s others, SNMP staying off after Medium-High (not at Medium-High already)', () => {
    const t = say([EN, 'Windows 2019, Medium'], 'which services exactly?').text;
    for (const s of ['TMSDatabaseScannerService', 'TMSPLCMDirectoryService', 'TMSLiveService', 'TMSSchedulerService', 'TMSServerDiagnosticsService', 'iisreset']) expect(t).toContain(s);
    expect(t).toMatch(/TMSSNMPService` stops and stays stopped/);
    expect(say([EN, 'Windows 2019, Medium-High'], 'which services exactly?').text).not.toMatch(/stays stopped/);
    expect(say([JA], 'どのサービスを再起動すればいいですか').text).toContain('TMSDatabaseScannerService');
  });
  it('integrations: says the sources do not cover them, what the fix changes and what to check; Japanese too', () => {
    const t = say([EN], 'will this break TMSXE or the CUCM integration?').text;
    expect(t).toMatch(/do not cover TMS's integrations/);
    expect(t).toMatch(/without removing TLS 1\.0 or SSL 3\.0/);
    expect(t).toMatch(/Telnet or SNMP/);
    expect(t).not.toMatch(/I don't know that one/);
    expect(say([JA], 'TMSXE に影響はありますか').text).toMatch(/個別の記載がありません/);
  });
});

describe('where to find a value the bot asks for', () => {
  it.each([
    ['how do I find the Windows version?', 'where-to-find'],
    ['where do I find the TMS Tools setting?', 'where-to-find'],
    ['how do we check the SQL version?', 'where-to-find'],
    ['how can I see the endpoint software version?', 'where-to-find'],
    ['SQL のバージョンはどこで確認できますか', 'where-to-find'],
    ['レベルの確認方法は？', 'where-to-find'],
    // the neighbours keep theirs
    ['how do I verify the fix?', 'verify'],
    ['how do I check the registry keys?', 'check-registry'],
    ['how do I take a capture?', 'take-capture'],
    ['why do you need the Windows version?', 'why-windows-version'],
  ])('%j → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it('answers for the value named (and only it), keeps the open question; Japanese too', () => {
    const r = say(['TMS 15.2.1, CE 9.15, SQL 2016'], 'how do I find the Windows version?');
    expect(r.text).toMatch(/systeminfo/);
    expect(r.text).not.toMatch(/SELECT @@VERSION` against/);
    expect(r.state.pending).toBe('need-windows-version');
    const tools = say(['TMS 15.2.1, CE 9.15, SQL 2016'], 'where do I find the TMS Tools setting?').text;
    expect(tools).toMatch(/Transport Layer Security Options > Communication Security/);
    expect(tools).not.toMatch(/About page/);
    expect(say(['TMS 15.2.1、CE 9.15'], 'SQL のバージョンはどこで確認できますか').text).toMatch(/SELECT @@VERSION/);
  });
});

describe('another way than Medium-High; statements about the topology (two nodes, Behind Firewall, Secure-Only)', () => {
  it.each([
    ['any other way?', 'other-way'],
    ['is there another way without Medium-High?', 'other-way'],
    ['Medium-High にせずに直す方法はありますか', 'other-way'],
    ['回避策はありますか', 'other-way'],
    ['some endpoints are Behind Firewall, do they need anything?', 'behind-firewall'],
    ['Behind Firewall のエンドポイントはどうなりますか？', 'behind-firewall'],
  ])('%j → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it.each(['any other way to verify?', '他の方法で確認できますか'])('%j is not "another way"', (q) => {
    expect(findEntry(q)?.id).not.toBe('other-way');
  });
  it('"we can\'t go to Medium-High because of SNMP. any other way?": the level is not taken as Medium-High, the question is answered (EN/JA)', () => {
    const r = say(['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote'], "we can't go to Medium-High because of SNMP monitoring. any other way?");
    expect(r.state.facts.level).toBeUndefined();
    expect(r.text).toMatch(/Not on TMS itself/);
    expect(r.text).toMatch(/TC 7\.3\.3/);
    expect(r.text).toMatch(/Non-SNMP/);
    const ja = say(['TMS 15.2.1、CE 9.15、Windows 2019、SQL 2016 別サーバ'], 'SNMP 監視があるので Medium-High にはできません。他の方法はありますか？');
    expect(ja.state.facts.level).toBeUndefined();
    expect(ja.text).toMatch(/TMS 側には、ほかの方法はありません/);
  });
  it('statements: two nodes, Behind Firewall, Secure-Only get their answer; the facts in the same message are kept', () => {
    const two = say([], 'TMS 15.2.1 (two nodes), CE 9.15, SQL 2016 remote, Windows 2019, Medium');
    expect(two.text).toMatch(/With two TMS nodes, make the registry change and the TMS Tools change on both/);
    expect(two.text).not.toMatch(/^Yes\./m);
    expect(two.state.facts.tms?.semver).toBe('15.2.1');
    expect(two.state.facts.windows?.year).toBe(2019);
    expect(say([EN], 'we run TMS redundant, two nodes behind a load balancer').text).toMatch(/both/);
    expect(say([JA], 'TMSは冗長構成（2ノード）です').text).toMatch(/両方のノードで行ってください/);
    expect(say([EN], 'the endpoints are in Secure-Only mode').text).toMatch(/`Server` keys for TLS 1\.2 matter as well/);
    expect(say([EN], 'some endpoints are Behind Firewall').text).toMatch(/does not poll systems in "Behind Firewall" mode/);
  });
});

describe('"it broke our HDX, so we went back to Medium": the Telnet/SNMP trade-off, said', () => {
  it('answers with the caveat and reads the level the user is at now', () => {
    const r = say(['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote'], 'we tried Medium-High last year and it broke our HDX so we went back to Medium');
    // The trade-off for their case and the choices, not "That does not change my previous answer".
    expect(r.text).toMatch(/That is the known trade-off, not something that went wrong: raising Communication Security to Medium-High turns Telnet and SNMP off/);
    expect(r.text).toMatch(/so Polycom HDX showed "Security violation/);
    expect(r.text).toMatch(/But back at Medium, TMS offers only TLS 1\.0/);
    expect(r.text).toMatch(/The choices: \(1\) go to Medium-High and decide for it: replace it, manage it differently .* or accept losing it in TMS; \(2\) stay at Medium and, as a stopgap, move codecs whose hardware runs TC back to TC 7\.3\.3/);
    expect(r.text).not.toMatch(/does not change my previous answer/);
    expect(r.state.facts.level).toBe('medium');
    expect(say([JA], 'Medium-High にしたら Polycom が管理できなくなりました').text).toMatch(/Telnet/);
    // Japanese: the level gone back to is the level now, and the same answer.
    const ja = say([JA, 'Windows 2019'], '去年 Medium-High にしたら Polycom HDX が管理できなくなったので Medium に戻しました');
    expect(ja.state.facts.level).toBe('medium');
    expect(ja.text).toContain('それは既知のトレードオフで、手順の失敗ではありません');
    expect(ja.text).toContain('(2) Medium のままにして、暫定策として');
    expect(ja.text).not.toContain('前の回答は変わりません');
    // Asked, not done: no level is read from it.
    expect(say([EN], 'should we go back to Medium?').state.facts.level).toBeUndefined();
  });
  it('the TMS message itself pasted is evidence, not this statement', () => {
    expect(say([EN], 'Security violation: Telnet communication is not allowed').text).not.toMatch(/^What happens to Telnet\/SNMP systems$/m);
  });
});

describe('round 2: denied topology, staying on Medium, a polite Japanese question, the capture against the level', () => {
  it.each([
    'TMS 15.2.1 (single server, not redundant), CE 9.15',
    'TMS：15.2.1（冗長構成ではありません）',
    "we don't use Secure-Only mode and there are no Polycoms",
    'no endpoints are Behind Firewall',
    'Secure-Only モードは使っていません',
  ])('denied: %j gets no topology answer', (text) => {
    expect(findStatementEntry(text)).toBeNull();
  });
  it.each(['we run TMS redundant, two nodes', 'TMSは冗長構成（2ノード）です', 'the endpoints are in Secure-Only mode', 'some endpoints are Behind Firewall'])('stated: %j still gets it', (text) => {
    expect(findStatementEntry(text)).not.toBeNull();
  });
  it('"can we stay on Medium?" / 「Medium のままでは直りませんか？」: the other-way answer, no level recorded', () => {
    for (const q of ['can we stay on Medium and still fix it?', 'is there any way to keep Medium?']) {
      const r = say(['TMS 15.2.1, CE 9.15, SQL 2016 remote'], q);
      expect(r.text).toMatch(/Not on TMS itself/);
      expect(r.state.facts.level).toBeUndefined();
    }
    const ja = say(['TMS 15.2.1、CE 9.15、SQL 2016 別サーバ'], 'Medium のままでは直りませんか？');
    expect(ja.text).toMatch(/TMS 側には、ほかの方法はありません/);
    expect(ja.state.facts.level).toBeUndefined();
    expect(findEntry('can we keep Medium-High?')?.id).not.toBe('other-way');
  });
  it('「レジストリだけで直りませんか？」 is a question (registry alone), not "still failing"', () => {
    const t = say(['TMS 15.2.1、CE 9.15、Windows 2019、SQL 2016 別サーバ'], 'レジストリだけで直りませんか？').text;
    expect(t).toMatch(/^いいえ。レジストリのキーは/m);
    expect(t).not.toMatch(/解決せず申し訳ありません/);
  });
  it('a TLS 1.0-only ClientHello pasted after "Medium-High set and rebooted": the level is said not to be in effect there', () => {
    const t = say(['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote, Medium-High set and server rebooted'], 'Handshake Protocol: Client Hello\n    Handshake Type: Client Hello (1)\n    Version: TLS 1.0 (0x0301)').text;
    expect(t).toMatch(/So the level is not in effect where this hello came from/);
    expect(t).toMatch(/on every TMS node/);
  });
});

describe('the new entries do not catch other questions', () => {
  it.each([
    'how do I contact the server team?',
    "where is the version on the endpoint's web interface?",
    'is the new version of CE affected?',
    'エンドポイントの管理画面でバージョンは見られますか？',
  ])('%j', (q) => {
    expect(['tms-web-ui', 'tac-case', 'newer-tms', 'takes-effect']).not.toContain(findEntry(q)?.id);
  });
});

describe('"Is Conductor affected too?": answered, not recorded as failing', () => {
  it.each([
    ['Is Conductor affected too?', 'other-product-affected'],
    ['is our Expressway also affected?', 'other-product-affected'],
    ['does this affect the Meeting Server?', 'other-product-affected'],
    ['what about the TelePresence Server?', 'other-product-affected'],
    ['Conductor も影響を受けますか？', 'other-product-affected'],
    ['Expressway は対象ですか', 'other-product-affected'],
  ])('%s → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });

  it('EN: yes per the sources, release not stated, not counted as failing, no full fix prescribed', () => {
    const { text, state } = say([], 'Is Conductor affected too? TMS 15.9');
    expect(text).toMatch(/Yes, as far as the sources go: they say that TelePresence Conductor, managed by TMS over HTTPS, meets the same wall/);
    expect(text).toMatch(/From which release of TelePresence Conductor on TLS 1\.0 is refused, they do not say/);
    expect(text).not.toMatch(/failing: TelePresence Conductor/);
    expect(text).not.toMatch(/Steps, in order|Back up the registry first/);
    expect(state.facts.otherProducts).toBeUndefined();
    expect(state.facts.tms?.semver).toBe('15.9.0');
    // The next message does not bring it back as the failing system.
    let s = state;
    s = step(s, { kind: 'text', text: 'SQL 2016 local, Windows 2019' }).state;
    expect(s.facts.otherProducts).toBeUndefined();
  });

  it('JA: answered the same way; Meeting Server: the 2.3 fact; TMS before 15: upgrade', () => {
    const ja = say([], 'Conductor も影響を受けますか？TMS は 15.9 です');
    expect(ja.text).toMatch(/資料の範囲では、はい。/);
    expect(ja.text).toMatch(/どのリリースから TLS 1\.0 が拒否されるのかは、資料には記載がありません/);
    expect(ja.state.facts.otherProducts).toBeUndefined();
    const cms = say(['TMS 14.6.2, SQL 2016'], 'does this affect the Meeting Server?').text;
    expect(cms).toMatch(/from release 2\.3 on it requires TLS 1\.2 on its API/);
    expect(cms).not.toMatch(/From which release of/);
    expect(cms).toMatch(/upgrading TMS to 15\.x/);
  });

  it('with the failing endpoints known: answered the same way, nothing recorded (QA round 4 #5)', () => {
    const { state, text } = say(['TMS 15.13, CE 9.15, SQL 2016, Windows 2019, Medium'], 'Is Conductor affected too?');
    expect(text).toMatch(/Yes, as far as the sources go/);
    expect(text).toMatch(/I have not counted it as failing/);
    expect(state.facts.otherProducts).toBeUndefined();
    expect(state.facts.endpoint?.semver).toBe('9.15.0');
  });

  it('reported as failing ("our Conductor shows No HTTPS response"): still recorded', () => {
    const { state } = say([], 'TMS 15.9, our TelePresence Conductor shows No HTTPS response');
    expect(state.facts.otherProducts).toEqual(['conductor']);
  });
});

describe('SQL Server down after the change (26011): recovery first (QA #3)', () => {
  const SQL_LINE = "after the change SQL won't start: Error: 26011, Severity: 16, State: 1. The server was unable to initialize encryption because of a problem with a security library";
  it('the first reply leads with recovery and asks for the version from the ERRORLOG, not SELECT @@VERSION', () => {
    const { text, state } = say([], SQL_LINE);
    // "SQL won't start" in the message is recorded too (as said), before the recovery.
    expect(text).toMatch(/^Understood so far: SQL Server does not start \(as you said\)[^\n]*\nTo get SQL Server running again/);
    expect(text).toMatch(/turn TLS 1\.0 back on for both Client and Server/);
    expect(text).toMatch(/a registry export made before the change can be imported instead, but an import only writes back the values it holds/);
    expect(text).toMatch(/leave SSL 3\.0 as it is; \(3\) start the SQL Server service; \(4\) if it still does not start, reboot/);
    expect(text).not.toMatch(/Run SELECT @@VERSION/);
    expect(text).toMatch(/ERRORLOG/);
    expect(state.pending).toBe('need-sql-version');
  });
  it('"how do I get it back up now?" is answered with the steps; the endpoint question waits for SQL', () => {
    const { text } = say([SQL_LINE, 'SQL 2008 R2 SP2 on the TMS server, I can\'t run SELECT, the service is down'], 'how do I get it back up now?');
    expect(text).not.toMatch(/I don't know that one/);
    expect(text).toMatch(/To get SQL Server 2008 R2 SP2 running again/);
    expect(text).toMatch(/Once SQL Server runs again: which software version do the affected endpoints run/);
  });
  it('JA: 「（26011）」 is read as the event, and the reply leads with recovery once (not twice)', () => {
    let s: ConversationState | null = null;
    const r = step(s, { kind: 'text', text: 'SQLが落ちました（26011）。SQL 2008 R2 SP2 です。今すぐ復旧するにはどうすればいいですか？' });
    s = r.state;
    expect(s.facts.evidence?.observations.map((o) => o.code)).toEqual(['event-sql-encryption-init-failed']);
    const text = JSON.stringify(r.replies);
    expect(text).toContain('TLS 1.0 の Client と Server の両方を有効に戻す');
    expect(text).toContain('SSL 3.0 はそのままにする');
    expect(text.split('TLS 1.0 の Client と Server の両方を有効に戻す').length).toBe(2);
    expect(text).toContain('SQL Server が復旧したあとで構いません。');
  });
  it('JA: 「今すぐ復旧するには？」 later in the conversation; a remote SQL is not restored on the TMS server', () => {
    expect(say(['TMS 15.2.1、CE 9.15、SQL 2008 R2 SP3 ローカル', 'SQL のイベント 26011 が出ています'], '今すぐ復旧するには？').text).toContain('SQL Server 2008 R2 SP3 を再び動かすには');
    const remote = say([EN.replace('SQL 2016', 'SQL 2008 R2 on a separate server')], 'how do we bring SQL back online?').text;
    expect(remote).toMatch(/undoing the TMS change will not bring it back/);
    expect(remote).not.toMatch(/To get SQL Server/);
  });
  it('"get the endpoints back online" is not about SQL', () => {
    expect(findEntry('how do I get the endpoints back online?')?.id).not.toBe('sql-recovery');
    expect(findEntry('how do we get the codecs back up?')?.id).not.toBe('sql-recovery');
  });
  it('with nothing said about SQL, the steps are given for the SQL case only, as a condition', () => {
    expect(say([EN.replace(', SQL 2016', '')], 'how do I get it back up now?').text).toMatch(/^If it is SQL Server that stopped after the TLS change/m);
  });
});

describe('IIS Crypto "Best Practices" is not approved (QA #4)', () => {
  it('SQL 2008 R2 on the TMS server: No first, and why; the tool may still tick TLS 1.2', () => {
    const t = say(['TMS 15.2.1, CE 9.15, Windows 2008 R2, SQL 2008 R2 SP2 local'], 'can I just use IIS Crypto best practices?').text;
    const answer = t.slice(t.indexOf('IIS Crypto\n') + 'IIS Crypto\n'.length);
    expect(answer).toMatch(/^No, not the "Best Practices" template: it disables TLS 1\.0 and SSL 3\.0, and SQL Server 2008 R2 SP2 on the TMS server then stops/);
    expect(answer).not.toMatch(/^Yes/);
    expect(answer).toMatch(/The tool itself is fine for this fix if you only tick TLS 1\.2/);
  });
  it('JA, and SQL unknown: いいえ / No first', () => {
    const ja = say(['TMS 15.2.1、CE 9.15、Windows 2008 R2、SQL 2008 R2 SP3 ローカル'], 'IIS Crypto のベストプラクティスを適用してもいいですか？').text;
    // 2008 R2 SP3 with no build: SP3 builds before 10.50.6542.0 have no TLS 1.2, so "check the build first" (QA36 #6), still No first.
    expect(ja).toContain('IIS Crypto\nいいえ。ビルドが分かるまでは「Best Practices」テンプレートは使わないでください。');
    expect(ja).not.toContain('はい。');
    const unknown = say(['TMS 15.2.1, CE 9.15, Windows 2019'], 'can I apply the IIS Crypto best practices template?').text;
    expect(unknown).toMatch(/IIS Crypto\nNo, not the "Best Practices" template while the SQL Server version is not known/);
  });
  it('SQL 2016 remote: not "Yes" either (a separate hardening change); the tool alone is still "Yes"', () => {
    const t = say(['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote'], 'can I just use IIS Crypto best practices?').text;
    expect(t).toMatch(/IIS Crypto\nNot as part of this fix\. The "Best Practices" template also disables TLS 1\.0 and SSL 3\.0/);
    expect(say(['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote'], 'can I use IIS Crypto instead?').text).toMatch(/IIS Crypto\nYes\. IIS Crypto \(Nartac Software\)/);
  });
});

describe('safety questions answered from the knowledge (QA #8)', () => {
  it('"is the .reg file harmless?" with Windows unknown: not called harmless; TLS 1.1 would come back where it was off', () => {
    const t = say(['TMS 15.2.1, CE 9.15, SQL 2016 remote'], 'is the .reg file harmless?').text;
    expect(t).not.toMatch(/I don't know that one/);
    expect(t).toMatch(/I would not call it harmless without knowing the Windows Server release/);
    expect(t).toMatch(/turns it back on, so leave TLS 1\.1 out/);
    expect(say(['TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2008 R2'], 'is the .reg file harmless?').text).toMatch(/On Windows Server 2008 R2 TLS 1\.1 and 1\.2 are off by default: the \.reg turns TLS 1\.2 on for Client and Server \(TLS 1\.1 is not needed\)/);
  });
  it('"will the registry change stop our SQL?": remote no; local 2008 R2 not the fix, turning TLS 1.0 off would', () => {
    expect(say(['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2008 R2 SP3 on a separate server'], 'will the registry change stop our SQL?').text).toMatch(/No: SQL Server runs on another server, and the TMS server's Schannel settings do not touch it/);
    const local = say(['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2008 R2 SP3 local'], 'will the registry change stop our SQL?').text;
    expect(local).toMatch(/Not the fix's change: it turns TLS 1\.2 on and leaves TLS 1\.0 and SSL 3\.0 as they are/);
    expect(local).toMatch(/What would stop it is turning TLS 1\.0 off/);
    expect(say(['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2012 SP1 local'], 'will the registry change stop our SQL?').text).toMatch(/It can: SQL Server 2012 SP1 needs a build with TLS 1\.2 support before any TLS change/);
    expect(say(['TMS 15.2.1、CE 9.15、Windows 2019、SQL 2008 R2 SP3 別サーバ'], 'レジストリの変更で SQL は止まりますか？').text).toContain('いいえ。SQL Server は別のサーバで動いており');
  });
  it('"what about SSL3?" and "and SSL 3.0?" after a TLS question: leave SSL 3.0 as it is', () => {
    const setup = ['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2008 R2 SP2 local', 'can we turn TLS 1.0 off?'];
    for (const q of ['what about SSL3?', 'and SSL 3.0?']) {
      const t = say(setup, q).text;
      expect(t).not.toMatch(/I don't know that one/);
      expect(t).toMatch(/leave SSL 3\.0 as it is/);
      expect(t).toMatch(/TLS 1\.0 must stay enabled/);
    }
  });
});

describe('TLS 1.3 follows the Windows release (QA #17)', () => {
  it('n/a before 2022, on by default from 2022, both said when the release is unknown', () => {
    const old = say(['TMS 15.2.1, CE 9.15, Windows 2008 R2, SQL 2008 R2 SP3 local'], 'should I enable TLS 1.3?').text;
    expect(old).toMatch(/On Windows Server 2008 R2 there is no TLS 1\.3 to enable/);
    expect(old).not.toMatch(/2022 and later turn TLS 1\.3 on/);
    expect(say(['TMS 15.2.1, CE 9.15, Windows 2022, SQL 2016'], 'should I enable TLS 1.3?').text).toMatch(/On Windows Server 2022 TLS 1\.3 is already on by default/);
    expect(say([EN], 'should I enable TLS 1.3?').text).toMatch(/only from Windows Server 2022 on \(on by default there\), not on 2008 R2 to 2019/);
    expect(say(['TMS 15.2.1、CE 9.15、Windows 2016、SQL 2016'], 'TLS 1.3 を有効にすべきですか？').text).toContain('Windows Server 2016 には有効にできる TLS 1.3 がありません');
  });
});

describe('one node of a redundant TMS at another level: "no, the other node says Low"', () => {
  it.each(['no, the other node says Low', 'hmm no the other node says Low', 'node 1 at Medium, node 2 at Low', 'いや、もう片方のノードは Low でした'])('%j is answered, not read as the level', (t) => {
    expect(findStatementEntry(t)?.id).toBe('node-levels-differ');
    expect(extractFacts(t).facts.level).toBeUndefined();
  });
  it.each(['both nodes are at Medium', 'we run two nodes, level Medium'])('%j names one level for all', (t) => {
    expect(findStatementEntry(t)?.id).not.toBe('node-levels-differ');
    expect(extractFacts(t).facts.level).toBe('medium');
  });
});

describe('"can we fix it without upgrading TMS?" (EN/JA): answered from the TMS release, never "I don\'t know"', () => {
  it.each([
    'can we fix it without upgrading TMS?',
    'any workaround without upgrading tms?',
    'do we really have to upgrade TMS?',
    'is it necessary to upgrade the TMS?',
    'TMS を上げずに直す方法はないですか？',
    'アップグレードしないで回避できますか',
    'TMS のアップグレードは必須ですか？',
  ])('%j → without-tms-upgrade', (q) => {
    expect(findEntry(q)?.id).toBe('without-tms-upgrade');
  });
  it.each(['how do I upgrade TMS?', 'we need to upgrade TMS next year anyway', 'TMS をアップグレードしました', 'we upgraded the endpoints without telling anyone'])('%j is not that question', (q) => {
    expect(findEntry(q)?.id).not.toBe('without-tms-upgrade');
  });
  it('「他に方法はありますか？」 (no の) is "another way"', () => {
    expect(findEntry('他に方法はありますか？')?.id).toBe('other-way');
    expect(findEntry('ほかに何か手段はありますか')?.id).toBe('other-way');
  });
  it('TMS 14: no fix on TMS itself (CSCuz71542), the TC 7.3.3 stopgap with its limits; on RoomOS the model decides (QA61 #4)', () => {
    const en = say(['TMS 14.6.2, CE 9.8, SQL 2008 R2 SP3 local, Windows 2008 R2'], 'can we fix it without upgrading TMS?').text;
    expect(en).toMatch(/Not on TMS 14\.6\.2 itself/);
    expect(en).toContain('CSCuz71542');
    expect(en).toMatch(/TC 7\.3\.3/);
    expect(en).toMatch(/resets their configuration/);
    expect(en).toMatch(/CE 9\.8, the model decides/);
    expect(en).not.toMatch(/I don't know/);
    const roomos = say(['TMS 14.7.1, RoomOS 11.9'], 'any workaround without upgrading tms?').text;
    expect(roomos).toMatch(/RoomOS 11\.9, the model decides, not the release/);
    expect(roomos).not.toMatch(/cannot go back to TC: RoomOS/);
    const ja = say(['TMS 14.6.2、CE 9.8、Windows 2008 R2'], 'TMS を上げずに直す方法はないですか？').text;
    expect(ja).toContain('TMS 14.6.2 のままでは直せません');
    expect(ja).toContain('TC 7.3.3');
    expect(ja).not.toContain('お答えできません');
  });
  it('TMS 15: no upgrade needed, the fix in place; TMS unknown: both cases said', () => {
    const en = say(['TMS 15.2.1, CE 9.15'], 'can we fix it without upgrading TMS?').text;
    expect(en).toMatch(/Your TMS 15\.2\.1 needs no upgrade/);
    expect(en).not.toMatch(/TC 7\.3\.3/);
    expect(say(['TMS 15.2.1、CE 9.15'], 'TMS を上げずに直せますか？').text).toContain('お使いの TMS 15.2.1 はアップグレード不要です');
    const unknown = say([], 'can we fix it without upgrading TMS?').text;
    expect(unknown).toMatch(/depends on the TMS release/);
    expect(unknown).toMatch(/From TMS 15 on, no upgrade is needed/);
    expect(unknown).toMatch(/Before TMS 15 there is no fix on TMS itself/);
  });
});

describe('"can I test it on one endpoint first?" and "what about TMSXE?" (EN/JA)', () => {
  it.each([
    ['can I test it on one endpoint first?', 'test-one-first'],
    ['can we enable medium-high only for some endpoints?', 'test-one-first'],
    ['is it per endpoint?', 'test-one-first'],
    ['can we do it endpoint by endpoint?', 'test-one-first'],
    ['1台だけで先に試せますか？', 'test-one-first'],
    ['一部の端末だけに適用できますか', 'test-one-first'],
    ['what about TMSXE?', 'other-integrations'],
    ['and the cucm integration?', 'other-integrations'],
    ['TMSXE は？', 'other-integrations'],
    ['how do I test it?', 'verify'],
  ])('%j → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it('"what about TMSXE and the schedule?" (more than the integration named) is not taken as the integrations question by the whole-question form', () => {
    expect(findEntry('what about tmsxe and then we schedule the change for friday?')?.id).not.toBe('other-integrations');
  });
  it('one endpoint first: no per-endpoint switch, the probe before and the one-endpoint check after; TMS 14 gets the pre-15 note', () => {
    const en = say(['TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2019'], 'can I test it on one endpoint first?').text;
    expect(en).toMatch(/Not as a switch per endpoint/);
    expect(en).toMatch(/Telnet and SNMP off for all of them/);
    expect(en).toMatch(/probe its HTTPS port/);
    expect(en).toMatch(/Force Refresh/);
    expect(say(['TMS 15.2.1、CE 9.15'], '1台だけで先に試せますか？').text).toContain('エンドポイントごとの切り替えはできません');
    expect(say(['TMS 14.6.2, CE 9.15'], 'can I test it on one endpoint first?').text).toMatch(/With TMS older than 15 none of this applies/);
  });
});

describe('"is a reboot needed?" asked on its own refers to nothing "above"', () => {
  it.each([
    [['TMS 15.2.1, CE 9.15, SQL 2016 remote'], 'do I need to reboot?'],
    [['TMS 15.2.1、CE 9.15、SQL 2016 別サーバ'], '再起動は必要ですか？'],
  ])('%j + %j', (setup, q) => {
    const { text } = say(setup, q);
    // The condition is said once, in the first line (the note after it gives the why and the how).
    expect(text).toMatch(/a reboot is needed when the Schannel keys were created or changed|Schannel のキーを作成・変更した場合は再起動が必要です/);
    expect(text).not.toMatch(/checking the TLS 1\.2 keys made you create or change one|TLS 1\.2 のキーを確認した結果/);
    expect(text).toMatch(/If the keys were already right, do not reboot|キーがすでに正しかった場合は再起動しないでください/);
    expect(text).not.toMatch(/the check above|上の確認で/);
  });
});

describe('asking for the fix files (QA round 9 #7)', () => {
  const W08 = 'TMS 15.2.1, Windows Server 2008 R2, SQL remote, endpoints CE 9.15.3, level Medium';
  const W08JA = 'TMS 15.2.1、Windows Server 2008 R2、SQL は別サーバ、端末は CE 9.15.3、レベルは Medium です';
  it.each([
    'can you give me the fix files?',
    'give me the fix files',
    'how do I get the .reg file?',
    'where are the fix files?',
    'fix-kit',
    'fix files please',
    '修正ファイルをください',
    '修正ファイルはどこですか',
    // (The .reg asked as a file is the files, as "fix kit" gets them: QA63 #12.)
    'can you give me the .reg file',
  ])('%s → fix-files', (q) => {
    expect((findEntry(q) ?? findStatementEntry(q))?.id).toBe('fix-files');
  });
  it.each([
    'we imported the fix files yesterday',
    'did the fix files change SSL 3.0?',
    'the fix files did not help',
    '修正ファイルを適用しました',
    'what registry keys exactly',
  ])('%s → not fix-files', (q) => {
    expect(findEntry(q)?.id).not.toBe('fix-files');
    expect(findStatementEntry(q)?.id).not.toBe('fix-files');
  });
  it('answers with what the kit holds and a Fix files action; EN and JA', () => {
    const r = talkTo([W08, 'can you give me the fix files?']);
    expect(r.text).toContain('enable-tls12.reg sets TLS 1.2 for Schannel Client and Server');
    expect(r.text).not.toMatch(/I don't know that one|I could not find a version/);
    expect(r.actions).toContain('fix-files');
    const j = talkTo([W08JA, '修正ファイルをください']);
    expect(j.text).toContain('enable-tls12.reg は Schannel の Client と Server で TLS 1.2 を有効にします');
    expect(j.actions).toContain('fix-files');
  });
  it('refused as the kit refuses: TMS before 15, SQL down, a fact missing; no action then', () => {
    const pre = talkTo(['TMS 14.6.2, CE 9.15.3, Windows 2012 R2, SQL remote', 'give me the fix files']);
    expect(pre.text).toMatch(/No fix files for this case: .*The registry change does not apply here/);
    expect(pre.actions).not.toContain('fix-files');
    const down = talkTo(['TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL 2016 remote', "SQL won't start now!", 'can you give me the fix files?']);
    expect(down.text).toContain('No fix files: you say SQL Server does not start');
    expect(down.actions).not.toContain('fix-files');
    const missing = talkTo(['endpoints show No HTTPS response after upgrade to CE 9.15', 'can you give me the fix files?']);
    expect(missing.text).toContain("No fix files yet: they are written for one server's facts");
    expect(missing.actions).not.toContain('fix-files');
  });
});

/** The last reply's text (every block) and its action ids. */
function talkTo(msgs: string[]): { text: string; actions: string[] } {
  let s: ConversationState | null = null;
  let r: ReturnType<typeof step> | null = null;
  for (const m of msgs) {
    r = step(s, { kind: 'text', text: m });
    s = r.state;
  }
  const blocks = r!.replies.flatMap((x) => x.blocks);
  return {
    text: blocks.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join('\n') : '')).join('\n'),
    actions: blocks.flatMap((b) => (b.type === 'actions' ? b.actions.map((a) => a.id) : [])),
  };
}

describe('safety questions asked mid-incident (QA round 9 #9, #10)', () => {
  const SQL2012 = 'TMS 15.2.1, Windows Server 2012 R2, SQL Server 2012 SP1 on the TMS server, endpoints CE 9.15.3, level Medium';
  const SQL2012JA = 'TMS 15.2.1、Windows Server 2012 R2、SQL Server 2012 SP1（TMS と同居）、端末は CE 9.15.3、レベルは Medium';
  const SQL2008 = 'TMS 15.2.1, Windows Server 2012 R2, SQL Server 2008 R2 on the TMS server, CE 9.15.3';
  const SQL2008JA = 'TMS 15.2.1、Windows Server 2012 R2、SQL Server 2008 R2（TMS と同居）、端末は CE 9.15.3';
  it.each([
    ['we have no time to upgrade SQL to SP4 now, can we do the TLS part first?', 'tls-before-sql-upgrade'],
    ['can we do the registry change first and SQL later?', 'tls-before-sql-upgrade'],
    ['SP4 にアップグレードする時間がありません。先に TLS だけ設定してもいいですか？', 'tls-before-sql-upgrade'],
    ['what breaks if we do this?', 'risks'],
    ['何が壊れますか？', 'risks'],
    ['should we just re-enable SSL 3.0 then?', 'ssl3-reenable'],
    ['SSL 3.0 を有効に戻せばいいですよね？', 'ssl3-reenable'],
    ['SSL 3.0 を無効にしたからでは？', 'ssl3-reenable'],
    ['why not just enable TLS 1.0 again?', 'why-not-tls10'],
    ['なぜ TLS 1.0 を有効に戻さないんですか？', 'why-not-tls10'],
    ['so is the registry step needed at all?', 'skip-step'],
    ['レジストリの変更はそもそも必要ですか？', 'skip-step'],
    // QA round 10 #14: the same question, put as "what if … without touching SQL?".
    ['what if we just enable TLS 1.2 in the registry without touching SQL?', 'tls-before-sql-upgrade'],
    ['SQL には触らずに、レジストリで TLS 1.2 だけ有効にしたらどうなりますか？', 'tls-before-sql-upgrade'],
    ['TLS 1.0 を戻せば SQL は起動しますか？', 'sql-recovery'],
    ['if we turn TLS 1.0 back on, will SQL start?', 'sql-recovery'],
  ])('%s → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it.each([
    ['can we turn SSL 3.0 off too?', 'ssl3-reenable'],
    ['can we turn TLS 1.0 off for compliance?', 'why-not-tls10'],
    ['is TLS 1.0 still enabled on the server?', 'why-not-tls10'],
    ['do we need to upgrade SQL first?', 'tls-before-sql-upgrade'],
    ['what does TLS 1.2 change?', 'risks'],
  ])('%s → not %s', (q, id) => {
    expect(findEntry(q)?.id).not.toBe(id);
  });
  it('no time for SP4: no to the Schannel keys, why, and what is safe meanwhile (EN and JA)', () => {
    const t = say([SQL2012], 'we have no time to upgrade SQL to SP4 now, can we do the TLS part first?').text;
    expect(t).toMatch(/Not the Schannel keys\. SQL Server 2012 SP1 needs a build with TLS 1\.2 support before TLS settings change/);
    expect(t).toMatch(/service-pack upgrade \(SP4 is the simplest\)/);
    expect(t).toMatch(/check-tls\.cmd only reads/);
    expect(t).toMatch(/not something my sources settle/);
    expect(t).not.toMatch(/I don't know that one/);
    const j = say([SQL2012JA], 'SP4 にアップグレードする時間がありません。先に TLS だけ設定してもいいですか？').text;
    expect(j).toContain('Schannel のキーは変更しないでください');
    expect(j).toContain('私の資料では判断できません');
    // A remote SQL or a SQL with TLS 1.2: nothing waits.
    expect(say(['TMS 15.2.1, Windows 2019, SQL 2014 SP2 on another server, CE 9.15.3'], 'can we do the TLS part first?').text).toMatch(/^Yes, as far as SQL goes/m);
  });
  it('"what if we just enable TLS 1.2 in the registry without touching SQL?" (SQL 2012 SP1): not the Schannel keys (QA round 10 #14)', () => {
    const t = say([SQL2012], 'what if we just enable TLS 1.2 in the registry without touching SQL?').text;
    expect(t).toMatch(/Not the Schannel keys\. SQL Server 2012 SP1 needs a build with TLS 1\.2 support/);
    expect(t).not.toMatch(/I don't know that one/);
  });
  it('"what breaks?" gets the risk answer in both languages', () => {
    expect(say([SQL2012], 'what breaks if we do this?').text).toMatch(/Medium-High turns Telnet and SNMP off/);
    expect(say([SQL2012JA], '何が壊れますか？').text).toMatch(/Telnet と SNMP が無効/);
  });
  it('re-enable SSL 3.0 after SQL stopped: TLS 1.0 back on is the fix, SSL 3.0 is not; no claim stored', () => {
    const r = say([SQL2008, "SQL won't start now!"], 'should we just re-enable SSL 3.0 then?');
    expect(r.text).toMatch(/No: SSL 3\.0 is not part of it\. What SQL Server 2008 R2 needs to start again is TLS 1\.0 on, for both Client and Server/);
    expect(r.text).not.toMatch(/disabling SSL 3\.0 (?:alone )?stops SQL/i);
    expect(r.state.facts.tlsClaims?.ssl3).toBeUndefined();
    const j = say([SQL2008JA, 'SQL が起動しません。イベント 26011 が出ています'], '佐藤です。SSL 3.0 を無効にしたからでは？SSL 3.0 を有効に戻せばいいですよね？');
    expect(j.text).toContain('いいえ。SSL 3.0 は関係ありません。SQL Server 2008 R2 を再び起動するのに必要なのは、TLS 1.0 の Client と Server の両方が有効なこと');
    expect(j.text).not.toContain('SSL 3.0 も無効にしてよいか');
    expect(j.state.facts.tlsClaims?.ssl3).toBeUndefined();
    expect(j.text).not.toContain('SSL 3.0 有効（お聞きした内容）');
  });
  it('why not TLS 1.0 again: the endpoints refuse it; during a SQL outage it is the SQL recovery, not the endpoint fix', () => {
    expect(say([SQL2012], 'why not just enable TLS 1.0 again?').text).toMatch(/Because TLS 1\.0 is what the endpoints refuse: CE 9\.15\.3/);
    expect(say([SQL2008, "SQL won't start now!"], 'why not just enable TLS 1.0 again?').text).toMatch(/For SQL Server, yes: TLS 1\.0 back on \(Client and Server\) is how it starts again/);
  });
  it('is the registry step needed at all: 2008 R2 required, 2012+ a check', () => {
    expect(say(['TMS 15.2.1, Windows Server 2008 R2, SQL remote, CE 9.15.3, level Medium'], 'so is the registry step needed at all?').text).toMatch(/It cannot be skipped on Windows Server 2008 R2/);
    expect(say([SQL2012], 'so is the registry step needed at all?').text).toMatch(/this step is a check, not a change/);
  });
  it('"what next?", 「次は？」, 「次はどうすれば？」 give the next step, and 「なぜ Medium-High なんですか？」 is answered', () => {
    expect(say([SQL2012], 'what next?').text).toMatch(/What to do/);
    expect(say([SQL2012JA], '次は？').text).toMatch(/対処/);
    expect(say([SQL2012JA], '次はどうすれば？').text).toMatch(/対処/);
    const why = say(['TMS 15.2.1、CE 9.15.3、SQL 2016 は別サーバ、Windows 2019'], 'なぜ Medium-High なんですか？');
    expect(why.text).toContain('4 段階があります');
    expect(why.text).not.toContain('読み取れませんでした');
    expect(why.state.facts.level).toBeUndefined();
  });
});

describe('TLS 1.0 on the endpoints is not "why not TLS 1.0 again" on TMS', () => {
  it.each(['エンドポイント側で TLS 1.0 を有効にすればいいのでは？', 'why not just enable TLS 1.0 on the endpoints?'])('%s', (q) => expect(findEntry(q)?.id).not.toBe('why-not-tls10'));
});

describe('core facts asked directly, alone and mid-incident (QA round 11 #3, #7)', () => {
  const T = 'TMS 15.2.1, endpoints CE 9.15.3 show No HTTPS response, Windows 2016, SQL 2016 local';
  const J = 'TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response になっています。Windows 2016、SQL 2016 はローカルです';

  it.each([
    ['which CE version drops TLS 1.0?', 'endpoint-tls10-threshold'],
    ['which CE version first refused TLS 1.0?', 'endpoint-tls10-threshold'],
    ['from which TC version is TLS 1.0 refused?', 'endpoint-tls10-threshold'],
    ['what is the first release of CE without TLS 1.0?', 'endpoint-tls10-threshold'],
    ['TLS 1.0 を受け付けなくなったのはどの CE バージョンからですか？', 'endpoint-tls10-threshold'],
    ['どの TC バージョンから TLS 1.0 が使えなくなりましたか？', 'endpoint-tls10-threshold'],
    ['what about Low?', 'level-low'],
    ['what if we set it to Low?', 'level-low'],
    ['would Low work?', 'level-low'],
    ['Low だとどうなりますか？', 'level-low'],
    ['Low にしたら直りますか？', 'level-low'],
    ['does TC 7.3.6 accept TLS 1.2?', 'endpoint-accepts-tls12'],
    ['do CE 8.0 endpoints support TLS 1.2?', 'endpoint-accepts-tls12'],
    ['TC 7.3.6 は TLS 1.2 を受け付けますか？', 'endpoint-accepts-tls12'],
    ['エンドポイントは TLS 1.2 に対応していますか？', 'endpoint-accepts-tls12'],
    ['what about Windows 2008 SP2?', 'windows-2008-sp2'],
    ['is Windows Server 2008 supported?', 'windows-2008-sp2'],
    ['Windows 2008 SP2 はどうですか？', 'windows-2008-sp2'],
    ['should I restart only IIS?', 'services-restart-enough'],
    ['IIS だけ再起動すればいいですか？', 'services-restart-enough'],
    ['is iisreset enough?', 'services-restart-enough'],
    ['IIS の再起動だけで足りますか？', 'services-restart-enough'],
  ])('%j -> %s', (q, id) => expect(findEntry(q)?.id).toBe(id));

  it.each([
    ['what about Windows 2008 R2?', 'windows-2008-sp2'],
    ['what about SQL 2008?', 'windows-2008-sp2'],
    ['is SQL Server 2008 a problem?', 'windows-2008-sp2'],
    ['we are at Low today', 'level-low'],
    ['Low?', 'level-low'],
    ['Low です', 'level-low'],
    ['which TLS version does TMS send at Medium? TLS 1.0?', 'endpoint-tls10-threshold'],
    ['does TMS offer TLS 1.2 at Medium?', 'endpoint-accepts-tls12'],
  ])('%j is not %s', (q, id) => expect(findEntry(q)?.id).not.toBe(id));

  it.each([
    ['en', [] as string[], 'which CE version drops TLS 1.0?', /TC 7\.3\.6 and CE 8\.1\.0 are the first releases that refuse TLS 1\.0[\s\S]*RoomOS[\s\S]*CE's successor[\s\S]*TC up to 7\.3\.5 and CE 8\.0\.x still accept it/],
    ['en', [T], 'which CE version first refused TLS 1.0?', /CE 8\.1\.0[\s\S]*Your endpoints on CE 9\.15\.3 are past that line/],
    ['ja', [] as string[], 'TLS 1.0 を受け付けなくなったのはどの CE バージョンからですか？', /TC 7\.3\.6 と CE 8\.1\.0 から[\s\S]*RoomOS[\s\S]*CE 8\.0\.x は、まだ TLS 1\.0 を受け付けます/],
    ['ja', [J], 'TLS 1.0 を受け付けなくなったのはどの CE バージョンからですか？', /お使いの CE 9\.15\.3 のエンドポイントはこの境目より新しい/],
    ['en', [] as string[], 'what about Low?', /Low does not help either[\s\S]*admin guide Low also does not offer TLS 1\.2 \(check[\s\S]*Medium-High is the fix[\s\S]*from Low to Medium-High disables Telnet and SNMP/],
    ['en', [T], 'what about Low?', /Low does not help either[\s\S]*from Low to Medium-High disables Telnet and SNMP/],
    ['ja', [] as string[], 'Low だとどうなりますか？', /Low も TLS 1\.2 を提示しません（頼る前にガイドで確認[\s\S]*Low から Medium-High に上げると、TMS の Telnet と SNMP が無効/],
    ['ja', [J], 'Low だとどうなりますか？', /Low にしても解決しません/],
    ['en', [] as string[], 'does TC 7.3.6 accept TLS 1.2?', /Yes: every TC and CE release accepts TLS 1\.2[\s\S]*TC 7\.3\.6 also refuses TLS 1\.0[\s\S]*I have not noted it as your own version/],
    ['en', [T], 'does TC 7.3.6 accept TLS 1.2?', /Yes: every TC and CE release accepts TLS 1\.2[\s\S]*your own system stays CE 9\.15\.3/],
    ['en', [T], 'does TC 7.3.5 accept TLS 1.2?', /TC 7\.3\.5 still accepts TLS 1\.0 as well/],
    ['ja', [] as string[], 'TC 7.3.6 は TLS 1.2 を受け付けますか？', /TC と CE のどのリリースも TLS 1\.2 を受け付けます[\s\S]*記録していません/],
    ['ja', [J], 'TC 7.3.6 は TLS 1.2 を受け付けますか？', /引き続き CE 9\.15\.3 として扱います/],
    ['en', [] as string[], 'what about Windows 2008 SP2?', /KB4019276[\s\S]*I have not noted it as your own version/],
    ['en', [T], 'what about Windows 2008 SP2?', /KB4019276 is installed: install it first[\s\S]*your own system stays Windows Server 2016/],
    ['ja', [] as string[], 'Windows 2008 SP2 はどうですか？', /KB4019276 を入れるまで TLS 1\.1 も 1\.2 もありません/],
    ['ja', [J], 'Windows 2008 SP2 はどうですか？', /KB4019276[\s\S]*引き続き Windows Server 2016 として扱います/],
    ['en', [T], 'should I restart only IIS?', /`iisreset` on its own does not restart TMS's Windows services/],
    ['ja', [J], 'IIS だけ再起動すればいいですか？', /`iisreset` だけでは、システムへの接続を行う TMS の Windows サービスは再起動されません/],
  ])('%s %j then %j', (_lang, setup, q, re) => {
    const r = say(setup, q);
    expect(r.text).toMatch(re);
    expect(r.text).not.toMatch(/I don't know that one|お答えできません/);
    // The release asked about is never noted as the user's own.
    if (setup.length === 0) expect(['endpoint', 'windows', 'level'].filter((f) => r.state.facts[f as 'endpoint'] !== undefined)).toEqual([]);
    else expect([r.state.facts.endpoint?.raw, r.state.facts.windows?.year, r.state.facts.level]).toEqual(['CE 9.15.3', 2016, undefined]);
  });

  it('the JA answers read as Japanese (no English sentence left in them)', () => {
    for (const q of ['Low だとどうなりますか？', 'TC 7.3.6 は TLS 1.2 を受け付けますか？', 'Windows 2008 SP2 はどうですか？', 'TLS 1.0 を受け付けなくなったのはどの CE バージョンからですか？']) {
      expect(say([J], q).text).not.toMatch(/\b(?:does|the|You asked)\b/);
    }
  });
});

describe('a Windows or endpoint release named in a question is asked about, not noted (QA round 11 #7)', () => {
  it.each([
    ['is Windows 2012 R2 affected?', 'windows'],
    ['Windows 2012 R2 でも影響はありますか？', 'windows'],
    ['would CE 9.15 be affected?', 'endpoint'],
    ['TC 7.3.3 でも発生しますか？', 'endpoint'],
  ])('%j stores no %s', (q, field) => {
    const r = say([], q);
    expect(r.state.facts[field as 'windows']).toBeUndefined();
    expect(r.text).toMatch(/I have not noted it as your own version|記録していません/);
  });
  it('a stated release is still noted, and TMS asked about still fills an empty TMS field', () => {
    expect(say([], 'our TMS server runs Windows 2012 R2').state.facts.windows?.year).toBe(2012);
    expect(say([], 'the endpoints are on CE 9.15.3').state.facts.endpoint?.raw).toBe('CE 9.15.3');
    expect(say([], 'is TMS 14.6.2 affected?').state.facts.tms?.semver).toBe('14.6.2');
  });
});

describe('QA round 13: timing of two nodes, re-enabling TLS 1.0, the keys alone, the doc .reg, KB4019276, "why off", TMS upgrade', () => {
  const W19 = 'TMS 15.9, Windows 2019, SQL 2016 remote, endpoints CE 9.15';
  const W19_JA = 'TMS 15.9、Windows 2019、SQL 2016 は別サーバ、エンドポイントは CE 9.15';

  it.each([
    ['we have a second TMS node too, do I reboot both at once?', 'nodes-timing'],
    ['do I have to reboot both at the same time?', 'nodes-timing'],
    ['can we restart both nodes simultaneously?', 'nodes-timing'],
    ['両方同時に再起動しますか？', 'nodes-timing'],
    ['2台とも一緒に再起動していいですか？', 'nodes-timing'],
    ['Is it safe to just re-enable TLS 1.0?', 'why-not-tls10'],
    ['can we turn TLS 1.0 back on?', 'why-not-tls10'],
    ['TLS 1.0 を有効に戻せばいいですか？', 'why-not-tls10'],
    ['what about leaving TLS 1.0 on and only adding 1.2?', 'keep-tls10-add-tls12'],
    ['TLS 1.0 はそのままで TLS 1.2 を追加すればいいですか？', 'keep-tls10-add-tls12'],
    ['should I just create the reg keys?', 'registry-alone'],
    ['do I just create the registry keys?', 'registry-alone'],
    ['レジストリキーを作成すれば良いですか', 'registry-alone'],
    ['should I run the .reg from the doc?', 'doc-reg-file'],
    ['ドキュメントの reg ファイルを実行すればいいですか？', 'doc-reg-file'],
    ['why is it off?', 'why-off-by-default'],
    ['なぜ無効になっているのですか？', 'why-off-by-default'],
    ['so we need to upgrade TMS?', 'without-tms-upgrade'],
    ['TMSのアップグレードが必要ということですか', 'without-tms-upgrade'],
    ['KB4019276 は入っていません', 'kb4019276-missing'],
    ['KB4019276 is not installed', 'kb4019276-missing'],
    // The neighbours keep theirs.
    ['both nodes?', 'both-nodes'],
    ['do we need to change both nodes?', 'both-nodes'],
    ['if we turn TLS 1.0 back on, will SQL start?', 'sql-recovery'],
    ['TLS 1.0 を戻せば SQL は起動しますか？', 'sql-recovery'],
    ['why not just enable TLS 1.0 again?', 'why-not-tls10'],
    ['is TLS 1.2 on by default on 2016?', 'tls-defaults'],
    ['is a reboot required for this?', 'reboot-needed'],
  ])('%j -> %s', (q, id) => {
    const r = say([], q);
    expect(r.text).not.toMatch(/I don't know that one|お答えできません/);
    // The question as the engine picks it out of the message (the clause asked; a statement when nothing is asked).
    expect(catalogueQuestion(q)?.entry.id).toBe(id);
  });

  it.each(['how do I upgrade TMS?', 'we need to upgrade TMS next year anyway', 'we turned TLS 1.0 off last year', 'we keep TLS 1.0 logs'])('%j is not one of them', (q) => {
    expect(['without-tms-upgrade', 'why-not-tls10', 'keep-tls10-add-tls12']).not.toContain(findEntry(q)?.id);
  });

  it('"reboot both at once?" gets the timing (one node at a time), never a bare "Yes.", and the reboot rule for the facts (EN, JA)', () => {
    for (const q of ['we have a second TMS node too, do I reboot both at once?', 'do I have to reboot both at the same time?']) {
      const t = say([W19], q).text;
      expect(t).toMatch(/No, not at the same time: one node at a time/);
      expect(t).toMatch(/the other keeps TMS running/);
      expect(t).toMatch(/on Windows Server 2019 TLS 1\.2 is on by default/);
      expect(t).not.toMatch(/^Yes\./m);
      expect(t).not.toMatch(/Redundant TMS: both nodes\?/);
    }
    const ja = say([W19_JA], '両方同時に再起動しますか？').text;
    expect(ja).toMatch(/いいえ、同時には行わないでください。1 台ずつ行います/);
    expect(ja).toMatch(/Windows Server 2019 では TLS 1\.2 が既定で有効/);
    expect(ja).not.toMatch(/^はい。/m);
  });

  it('"is it safe to re-enable TLS 1.0?": no, the endpoints refuse it, keep the hardening, TLS 1.2 Client + Medium-High; SQL 2008 R2 keeps TLS 1.0 for SQL only', () => {
    const t = say([W19], 'Is it safe to just re-enable TLS 1.0?').text;
    expect(t).toMatch(/^No, it does not help\. TLS 1\.0 is what the endpoints refuse/m);
    expect(t).toMatch(/keep it off/);
    expect(t).toMatch(/TLS 1\.2 enabled on the Client side[\s\S]*Medium-High/);
    const back = say([W19], 'can we turn TLS 1.0 back on?').text;
    expect(back).toMatch(/^No, it does not help/m);
    const sql = say(['TMS 15.9、Windows 2012 R2、SQL 2008 R2 はローカル、エンドポイントは CE 9.15'], 'TLS 1.0 を有効に戻せばいいですか？').text;
    expect(sql).toMatch(/^いいえ、それでは解決しません/m);
    expect(sql).toMatch(/TMS サーバ上の SQL Server 2008 R2 は例外です。TLS 1\.0 を有効のまま残す必要があります/);
    expect(sql).toMatch(/エンドポイントのために有効に戻すこととは別の話/);
    expect(sql).not.toMatch(/無効のままにしてください/);
    // The "why" question keeps its "because" answer.
    expect(say([W19], 'why not just enable TLS 1.0 again?').text).toMatch(/Because TLS 1\.0 is what the endpoints refuse/);
    // Endpoints that still accept TLS 1.0: it would work for them, but TLS 1.2 + Medium-High keeps the hardening.
    expect(say(['TMS 15.9, Windows 2019, SQL 2016 remote, endpoints TC 7.3.3'], 'can we turn TLS 1.0 back on?').text).toMatch(/still accept TLS 1\.0, so for them it would work[\s\S]*Medium-High/);
  });

  it('"leave TLS 1.0 on and only add 1.2?": yes, that is the fix, with the Windows row; on 2025 there is no TLS 1.0 to leave', () => {
    const t = say(['TMS 15.9, Windows 2012 R2, SQL 2012 SP4 local, endpoints CE 9.15'], 'what about leaving TLS 1.0 on and only adding 1.2?').text;
    expect(t).toMatch(/^Yes, that is exactly the fix: leave TLS 1\.0 as it is/m);
    expect(t).toMatch(/On Windows Server 2012 R2 TLS 1\.2 is on by default: the keys are a check/);
    expect(say(['TMS 15.9 on Windows Server 2025, SQL 2019 remote, endpoints RoomOS 11'], 'what about leaving TLS 1.0 on and only adding 1.2?').text).toMatch(/TLS 1\.0 is already off by default, so there is nothing to leave on/);
    expect(say([W19_JA], 'TLS 1.0 はそのままで TLS 1.2 を追加すればいいですか？').text).toMatch(/^はい、それがまさに修正内容です/m);
  });

  it('"just create the reg keys?": no, Medium-High changes the hello; the keys per Windows; on 2008 SP2 KB4019276 first (EN, JA)', () => {
    const t = say([W19], 'should I just create the reg keys?').text;
    expect(t).toMatch(/^No\. The registry keys only make TLS 1\.2 available/m);
    expect(t).toMatch(/On Windows Server 2019 TLS 1\.2 is on by default: the keys are a check/);
    const sp2 = say(['TMS 15.2 on Windows Server 2008 SP2, SQL 2016 remote, endpoints CE 9.15'], 'do I just create the registry keys?').text;
    expect(sp2).toMatch(/^Not yet: on Windows Server 2008 install Microsoft's KB4019276 first/m);
    const ja = say(['すみません、TMS 15.2 の No HTTPS response の件で質問です。Windows は 2008（R2ではない）SP2 です'], 'レジストリキーを作成すれば良いですか').text;
    expect(ja).toMatch(/^まだです。Windows Server 2008 では、先に Microsoft の KB4019276 を適用してください/m);
    expect(ja).not.toMatch(/お答えできません/);
  });

  it('"KB4019276 is not installed" is understood (install it first), not read as a version (EN, JA)', () => {
    const ja = say(['すみません、TMS 15.2 の No HTTPS response の件で質問です。Windows は 2008（R2ではない）SP2 です'], 'KB4019276 は入っていません');
    expect(ja.text).toMatch(/先に Microsoft の KB4019276 を適用してください/);
    expect(ja.text).not.toMatch(/読み取れませんでした/);
    const en = say(['TMS 15.2 on Windows Server 2016, endpoints CE 9.15'], 'KB4019276 is not installed');
    expect(en.text).toMatch(/install Microsoft's KB4019276 first[\s\S]*does not need it: check with `winver`/);
    expect(en.text).not.toMatch(/could not (?:read|find)/);
  });

  it('"should I run the .reg from the doc?": per Windows (2025: no, it turns TLS 1.1 back on; 2008 R2: its TLS 1.2 part; unknown: ask)', () => {
    const w25 = say(['TMS 15.9 on Windows Server 2025, SQL 2019 remote, endpoints RoomOS 11'], 'should I run the .reg from the doc?').text;
    expect(w25).toMatch(/^No, not that file on Windows Server 2025: it turns TLS 1\.1 back on/m);
    expect(w25).toMatch(/Medium-High/);
    expect(say(['TMS 15.9 on Windows Server 2008 R2, SQL 2016 remote, endpoints CE 9.15'], 'should I run the .reg from the doc?').text).toMatch(/TLS 1\.2 keys are required[\s\S]*leave out the TLS 1\.1 part/);
    expect(say(['TMS 15.9, SQL 2016 remote, endpoints CE 9.15'], 'should I run the .reg from the doc?').text).toMatch(/^Not before you know the Windows release/m);
    expect(say([W19], 'should I run the .reg from the doc?').text).toMatch(/^Not as it is: on Windows Server 2019/m);
  });

  it('"why is it off? I thought 2012 R2 had it on by default": an explicit key overrides the default; what to check (EN, JA)', () => {
    const t = say(['TMS 15.3 on Windows 2012 R2, endpoints CE 9.15'], 'why is it off? I thought 2012 R2 had it on by default').text;
    expect(t).toMatch(/On Windows Server 2012 R2 TLS 1\.2 is indeed on by default[\s\S]*explicit key overrides it/);
    expect(t).toMatch(/`Enabled` = 0 or `DisabledByDefault` = 1/);
    expect(t).toMatch(/GPO/);
    expect(say(['TMS 15.3 on Windows 2008 R2, endpoints CE 9.15'], 'why is it off?').text).toMatch(/TLS 1\.2 is in fact off by default/);
    expect(say(['TMS 15.3、Windows 2012 R2、エンドポイントは CE 9.15'], 'なぜ無効なのですか？2012 R2 は既定で有効だと思っていました').text).toMatch(/確かに TLS 1\.2 は既定で有効です[\s\S]*DisabledByDefault/);
  });

  it('"so we need to upgrade TMS?": yes with TMS 14.x (cannot be fixed in place), no with 15.x (EN, JA)', () => {
    const j = say(['TMS 14.6.2 で No HTTPS response が出ます。エンドポイントは Room Kit (RoomOS 10.8)。'], 'TMSのアップグレードが必要ということですか').text;
    expect(j).toMatch(/^はい。TMS 14\.6\.2 のままでは直せません/m);
    expect(j).toMatch(/Room Kit は戻せません/);
    expect(say([W19], 'so we need to upgrade TMS?').text).toMatch(/^No\. Your TMS 15\.9 needs no upgrade/m);
    expect(say(['TMS 14.6.2, endpoints CE 9.15'], 'so we need to upgrade TMS?').text).toMatch(/^Yes\. TMS 14\.6\.2 cannot be fixed in place/m);
    // "without" keeps its answer without a yes or no.
    expect(say(['TMS 14.6.2, endpoints CE 9.15'], 'can we fix it without upgrading TMS?').text).toMatch(/^Not on TMS 14\.6\.2 itself/m);
  });
});
