/**
 * FIX64B: QA64 WRONG 1–3 and LOST 4, 5, 10.
 * #1 SQL Server 2014 SP2 down (26011) with its build from a sqlcmd file, then the endpoint and Windows: the card's Next reads the
 *    evidence's build as the answer does ("find why it stopped"), never "turn TLS 1.0 back on and reboot".
 * #2 A rollback with SQL Server 2008 R2 on the TMS server: what to restore and the trap (TLS 1.0 stays on; tls10-back-on.reg and
 *    the export from before are not rolled back); "if it does not work, how do we roll back?" is that question, not a failure.
 * #3 "restarted IIS and the scanner, still … on 2 of 12": the scanner is TMSDatabaseScannerService, 2 of 12 a partial success.
 * #4 At High, "can we go to Medium?": Medium offers only TLS 1.0 and brings Telnet/SNMP back; not Medium-High, no rollback.
 * #5 A capture with a TLS 1.0 hello reset settles the endpoint's refusal (no version asked with each file); a capture shared
 *    "after the change" with a TLS 1.2 hello reads the level as Medium-High, not "is TMS at Medium-High now?".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../../src/conversation/engine';
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { chatWithFiles, findings, questions, rendered, runIn } from './helpers';

/** Text turns, and files of test/fixtures/evidence as "file:NAME" (with "|caption" after it): every turn's result. */
async function turns(msgs: readonly string[]): Promise<TurnResult[]> {
  let s: ConversationState | null = null;
  const out: TurnResult[] = [];
  for (const m of msgs) {
    let r: TurnResult;
    if (m.startsWith('file:')) {
      const [name, comment] = m.slice(5).split('|');
      const read = await readEvidenceBuffer(name, readFileSync(join(__dirname, '..', 'fixtures', 'evidence', name)));
      if (!read.ok) throw new Error(read.reason.en);
      r = step(s, { kind: 'evidence', source: name, reading: read.reading, ...(comment ? { comment, keepLang: true } : {}) });
    } else r = step(s, { kind: 'text', text: m });
    out.push(r);
    s = r.state;
  }
  return out;
}

describe('FIX64B #1: SQL 2014 SP2 down, its build from a file, then versions', () => {
  it.each([
    ['en', ['TMS 15.9 shows No HTTPS response. registry and event log attached.', 'registry/q-en-missing.txt', 'events/ja-sql.txt', 'versions/sqlcmd-ja.txt', 'endpoints are CE 9.15, Windows is 2016'], 'First find why SQL Server stopped: SQL Server 2014 SP2 (12.0.5207.0) supports TLS 1.2', 'turn TLS 1.0 back on'],
    ['ja', ['TMS 15.9 で No HTTPS response が出ています。レジストリとイベントログを添付します。', 'registry/q-ja-missing.txt', 'events/ja-sql.txt', 'versions/sqlcmd-ja.txt', 'エンドポイントは CE 9.15、Windows は 2016 です'], 'SQL Server 2014 SP2 (12.0.5207.0)', 'TLS 1.0 を（Client と Server で）有効に戻し'],
  ] as const)('%s: the card does not prescribe TLS 1.0 back on and a reboot', async (lang, msgs, want, not) => {
    const r = await chatWithFiles(lang, msgs);
    const card = r.replies.find((x) => x.summary)?.summary;
    expect(card?.next).toContain(want);
    expect(card?.next).not.toContain(not);
    expect(rendered(r)).not.toContain(not);
  });
});

const REG =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client\n    Enabled    REG_DWORD    0x0\n    DisabledByDefault    REG_DWORD    0x1\n\n' +
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server\n    Enabled    REG_DWORD    0x0\n    DisabledByDefault    REG_DWORD    0x1\n';
const EN = 'TMS 15.6.1, SX10 on CE 9.3, No HTTPS response. Windows Server 2008 R2 with SQL 2008 R2 SP3 on the same server, level Medium';
const JA = 'TMS 15.6.1 で SX10 (CE 9.3) が No HTTPS response です。Windows Server 2008 R2、SQL 2008 R2 SP3 が同じサーバにあります。レベルは Medium です。';

describe('FIX64B #2: rollback with SQL Server 2008 R2 on the TMS server', () => {
  it.each(['if it does not work, how do we roll back?', 'how do we roll back if it does not work?', 'in case it fails, can we roll it back?', 'how do we roll back?'])('EN "%s" after TLS 1.0 seen off: the rollback, TLS 1.0 kept on', (q) => {
    const out = rendered(runIn('en', [EN, `reg query output:\n\n${REG}`, q]));
    expect(out).toContain('Rolling back');
    expect(out).not.toContain('Sorry it still fails');
    expect(out).toContain('Do not roll back tls10-back-on.reg');
    expect(out).toContain('do not import the registry export made before the fix as it is: it holds TLS 1.0 off');
    expect(out).not.toMatch(/put (?:them|it) back as (?:they|it) were/);
  });

  it.each(['うまくいかなかったら元に戻す方法を教えてください', '元に戻すには？', '元の状態に戻して', '元の状態に戻してください'])('JA 「%s」 after TLS 1.0 seen off: tls10-back-on.reg stays', (q) => {
    const out = rendered(runIn('ja', [JA, `reg query の結果です\n\n${REG}`, q]));
    expect(out).toContain('切り戻し');
    expect(out).toContain('tls10-back-on.reg は戻さないでください');
    expect(out).toContain('修正前に取ったレジストリのエクスポートをそのままインポートしないでください');
    expect(out).not.toContain('元の状態に戻して');
  });

  it('TLS 1.0 not said off: the rollback leaves TLS 1.0 as it is, and says how SQL comes back', () => {
    const out = rendered(runIn('en', [EN, 'how do we roll back?']));
    expect(out).toContain('TLS 1.0 is not part of the rollback');
    expect(out).toContain('turn TLS 1.0 back on for Client and Server, leave SSL 3.0 as it is');
    expect(out).not.toContain('tls10-back-on.reg');
  });

  it('「TLS 1.0 を元に戻して」 names what to turn on: not read as a rollback', () => {
    expect(rendered(runIn('ja', [JA, 'TLS 1.0 を元に戻して']))).not.toContain('切り戻し');
  });

  it('a rollback without SQL 2008 R2 keeps the general answer', () => {
    const out = rendered(runIn('en', ['TMS 15.9, CE 9.15, Windows 2019, SQL 2019 remote, level Medium, No HTTPS response', 'if it does not work, how do we roll back?']));
    expect(out).toContain('Undo the steps in reverse');
    expect(out).not.toContain('Sorry it still fails');
  });
});

describe('FIX64B #3: Medium-High set, IIS and the scanner restarted, 2 of 12 still fail', () => {
  const O = 'after upgrading our SX80s to CE 9.15 TMS shows No HTTPS response for all of them. TMS 15.9 on Windows Server 2016, SQL 2016 on the same box';
  it.each([
    'done, set to Medium-High and restarted IIS and the scanner, still No HTTPS response on 2 of 12',
    'done: Medium-High saved, restarted IIS and the scanner service, still No HTTPS response on 2 of 12',
    'set to Medium-High and ran iisreset, still No HTTPS response on 2 of 12',
  ])('"%s": what sets the 2 apart, not the restart again', (q) => {
    const out = rendered(runIn('en', [O, 'level is Medium, we never touched it', q]));
    expect(out).toContain('Some systems work, some still fail: find what sets the failing ones apart');
    expect(out).toContain('Compare one of them with one that works');
    expect(out).not.toContain('The restart is not complete yet');
  });

  it('JA: 「IIS とスキャナを再起動…12台中2台がまだ」', () => {
    const out = rendered(runIn('ja', ['TMS 15.9、Windows 2016、SQL 2016 は別サーバ、SX80 (CE 9.15) が No HTTPS response です。レベルは Medium です。', 'Medium-High に変更して IIS とスキャナを再起動しましたが、12台中2台がまだ No HTTPS response です']));
    expect(out).toContain('一部のシステムは正常、残りはまだ失敗しています');
    expect(out).not.toContain('再起動がまだ完了していません');
  });

  it.each(['set to Medium-High and ran iisreset, still red', 'set to Medium-High and ran iisreset, still No HTTPS response on 12 of 12'])('"%s" (none back): the TMS services\' restart still leads', (q) => {
    expect(rendered(runIn('en', [O, 'level is Medium, we never touched it', q]))).toContain('The restart is not complete yet');
  });
});

describe('FIX64B #4: at High, "can we go to Medium?" is Medium, not Medium-High nor a rollback', () => {
  const EH = 'TMS 15.13 on Windows 2022, SQL remote, level High. Room Kits on RoomOS 11.9 show No HTTPS response';
  const JH = 'TMS 15.13（Windows 2022、SQL は別サーバ）、レベルは High です。RoomOS 11.9 の Room Kit が No HTTPS response になります。';
  it.each(['can we set it to Medium for now to get them back quickly?', 'can we go to Medium to fix it quickly?'])('EN "%s"', (q) => {
    const out = rendered(runIn('en', [EH, q]));
    expect(out).toContain('No, not Medium. At Medium TMS offers only TLS 1.0');
    expect(out).toContain('(yours: RoomOS 11.9) refuse TLS 1.0');
    expect(out).toContain('Medium also turns Telnet and SNMP back on');
    expect(out).toContain('Keep High and give the endpoints certificates');
    expect(out).not.toContain('Rolling back');
  });

  it.each(['とりあえず Medium に戻せば直りますか？', 'Medium にしてもいいですか？'])('JA 「%s」', (q) => {
    const out = rendered(runIn('ja', [JH, q]));
    expect(out).toContain('いいえ、Medium では直りません。');
    expect(out).toContain('Telnet と SNMP が再び有効になります');
    expect(out).toContain('High のままにして、TMS サーバが信頼する証明書');
    expect(out).not.toContain('切り戻し：');
    expect(out).not.toContain('手順を逆の順に戻します');
  });

  it('at High, Medium-High asked: no "not Medium" lead', () => {
    expect(rendered(runIn('en', [EH, 'can we go to Medium-High?']))).not.toContain('No, not Medium');
  });

  it('at Medium-High, "how do we go back to Medium?" stays the rollback', () => {
    expect(rendered(runIn('en', ['TMS 15.9, CE 9.15, Windows 2019, SQL 2019 remote, level Medium-High, No HTTPS response', 'how do we go back to Medium?']))).toContain('Rolling back');
  });
});

describe('FIX64B #5: a capture that proves the cause', () => {
  it('TLS 1.0 hello + RST: the endpoint version is asked once (the opening), not with each file', async () => {
    const rs = await turns(['No HTTPS response on several codecs after last night upgrade, TMS 15.11. attaching a capture', 'file:tls10-reset-http301.pcap|capture from the TMS server', 'file:schannel-tls10-off-tls12-on.reg|and here is the schannel export', 'file:events/schannel-36887-saveas.txt']);
    expect(questions(rs[0])).toContain('need-endpoint-version');
    for (const r of rs.slice(1)) {
      expect(questions(r)).not.toContain('need-endpoint-version');
      expect(rendered(r)).not.toContain('Which software version do the affected endpoints run?');
    }
    const last = await turns(['No HTTPS response on several codecs after last night upgrade, TMS 15.11. attaching a capture', 'file:tls10-reset-http301.pcap', 'file:versions/sqlcmd.txt', 'Windows 2016']);
    expect(findings(last[3])).toEqual(expect.arrayContaining(['evidence-capture-confirms-cause', 'endpoint-no-tls10', 'tms-medium-tls10-only']));
  });

  it('JA: the same capture, no 「影響を受けているエンドポイントのソフトウェアバージョン」 again', async () => {
    const rs = await turns(['TMS 15.11 で No HTTPS response が出ています。キャプチャを添付します。', 'file:tls10-reset-http301.pcap']);
    expect(questions(rs[1])).not.toContain('need-endpoint-version');
  });

  it('a pasted row "Client Hello TLSv1 then RST" (the record layer only) settles nothing: the version is still asked', () => {
    expect(questions(runIn('en', ['TMS 15.11, No HTTPS response. Wireshark: Client Hello TLSv1 then RST from the codec.']))).toContain('need-endpoint-version');
  });

  it('at Medium-High the same capture settles nothing about the endpoint: the version is still asked', async () => {
    const rs = await turns(['TMS 15.11 at Medium-High, No HTTPS response on several codecs', 'file:tls10-reset-http301.pcap']);
    expect(questions(rs[1])).toContain('need-endpoint-version');
  });

  it.each([
    ['en', 'TMS 15.9, Windows 2016, SQL 2016 remote, SX80 CE 9.15 No HTTPS response', 'after the change', 'Communication Security is probably at Medium-High now'],
    ['ja', 'TMS 15.9、Windows 2016、SQL 2016 は別サーバ、SX80 (CE 9.15) が No HTTPS response です。', '変更後のキャプチャです', 'おそらく現在 Medium-High です'],
  ] as const)('%s: a TLS 1.2 capture shared "after the change" is read as Medium-High', async (_lang, open, caption, lead) => {
    const rs = await turns([open, `file:tls12-accepted-client-goes-on.pcap|${caption}`]);
    const r = rs[1];
    expect(rendered(r)).toContain(lead);
    expect(rendered(r)).not.toMatch(/is TMS at Medium-High now\?|Medium-High になっていますか/);
    expect(r.state.facts.level).toBe('medium-high');
    expect(findings(r)).toContain('evidence-capture-fix-verified');
  });

  it.each(['before the change', 'capture from the TMS server'])('"%s": not read as the change made', async (caption) => {
    const rs = await turns(['TMS 15.9, Windows 2016, SQL 2016 remote, SX80 CE 9.15 No HTTPS response', `file:tls12-accepted-client-goes-on.pcap|${caption}`]);
    expect(rs[1].state.facts.level).toBeUndefined();
  });
});

describe('FIX64B #10: a Communication Security level on TMS 14.x', () => {
  const E = 'TMS 14.6.2, SX80 on CE 9.15, No HTTPS response. Communication Security is set to Medium-High already';
  const J = 'TMS 14.6.2、SX80 (CE 9.15) が No HTTPS response です。レベルは Medium-High に設定済みです。';
  it('EN: the card says the version is to check first, and does not show the level as this TMS\'s', () => {
    const r = runIn('en', [E]);
    const card = r.replies.find((x) => x.summary)?.summary;
    expect(card?.next).toMatch(/^First check the TMS version \(TMS's About page\): you gave the level as Medium-High, but TMS 14\.6\.2 has no such setting/);
    expect(rendered(r)).toContain('level Medium-High as you said (TMS 14.6.2 has no such setting)');
    expect(rendered(r)).not.toMatch(/· level Medium-High(?! as you said)/);
  });

  it('JA: the same', () => {
    const r = runIn('ja', [J]);
    expect(r.replies.find((x) => x.summary)?.summary?.next).toMatch(/^まず TMS のバージョンを確認してください/);
    expect(rendered(r)).toContain('レベル Medium-High（とのことですが、TMS 14.6.2 にはこの設定がありません）');
  });

  it.each([
    ['en', E, 'we changed it to Medium-High in TMS Tools last week', 'TMS 14.6.2 has no Communication Security setting'],
    ['ja', J, '先週 TMS ツールで Medium-High に変更しました', 'TMS 14.6.2 には [Communication Security] の設定がありません'],
  ] as const)('%s: the level said again asks the TMS version, not "nothing changes"', (lang, open, again, lead) => {
    const r = runIn(lang, [open, again]);
    expect(rendered(r)).toContain(lead);
    expect(questions(r)).toContain('need-tms-version');
    expect(r.state.pending).toBe('need-tms-version');
    expect(rendered(r)).not.toMatch(/does not change my previous answer|前の回答は変わりません/);
  });

  it('the version then given is the TMS corrected', () => {
    const r = runIn('en', [E, 'we changed it to Medium-High in TMS Tools last week', '15.6.1']);
    expect(r.state.facts.tms?.semver).toBe('15.6.1');
  });

  it('TMS 15: the level is shown as before', () => {
    expect(rendered(runIn('en', ['TMS 15.6.1, SX80 on CE 9.15, No HTTPS response. Communication Security is set to Medium-High already']))).not.toContain('as you said (');
  });
});
