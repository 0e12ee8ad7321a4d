/**
 * QA round 19, findings 9–13 (smaller items): Japanese twins of questions the English side answers, the capture
 * question after a file, TLS 1.0 off with SQL remote, the reboot after a reg query showing TLS 1.2 Client off,
 * staying at / lowering from High, and the Japanese label of the level in "Updated:" lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { rendered, runIn } from './helpers';

const BJ = 'TMS 15.9、Room Kit ce9.15.3、Windows Server 2016、SQLは別サーバ、Medium。';
const DONT_KNOW = /分かりません|I don't know that one/;

describe('#9 Japanese questions answered like their English twins', () => {
  it.each(['TLS 1.0を有効に戻せば直りますか？', 'TLS1.0を有効にすれば直りますか', 'TLS 1.0を戻すべきですか？'])('%s: the TLS 1.0 answer (it does not help)', (q) => {
    const out = rendered(runIn('ja', [BJ, q]));
    expect(out).not.toMatch(DONT_KNOW);
    expect(out).toMatch(/TLS 1\.0 を有効に戻せばよいのでは/);
    expect(out).toMatch(/いいえ、それでは解決しません/);
  });
  it('サーバの再起動はしなくていいですよね？: the reboot answer', () => {
    const out = rendered(runIn('ja', [BJ, 'サーバの再起動はしなくていいですよね？']));
    expect(out).not.toMatch(DONT_KNOW);
    expect(out).toMatch(/サーバの再起動は必要か/);
  });
  it('negatives: TLS 1.0 for SQL, or an IIS restart, are not taken', () => {
    expect(rendered(runIn('ja', [BJ, 'SQLのためにTLS 1.0を有効に戻せば直りますか？']))).not.toMatch(/いいえ、それでは解決しません/);
    expect(rendered(runIn('ja', [BJ, 'IISの再起動はしなくていいですよね？']))).not.toMatch(/サーバの再起動は必要か/);
  });
});

describe('#9 "so what does this capture tell us?" after a capture', () => {
  const FIX = join(__dirname, '..', 'fixtures', 'evidence');
  async function afterCapture(lang: 'en' | 'ja', setup: string, question: string): Promise<TurnResult> {
    const file = 'tms-medium-rst.pcap';
    const r = await readEvidenceBuffer(file, readFileSync(join(FIX, file)));
    if (!r.ok) throw new Error(r.reason.en);
    let s: ConversationState = freshState(lang);
    s = step(s, { kind: 'text', text: setup }).state;
    s = step(s, { kind: 'evidence', source: file, reading: r.reading }).state;
    return step(s, { kind: 'text', text: question });
  }
  it.each([
    ['en', 'so what does this capture tell us?'],
    ['en', 'what did the capture show?'],
    ['ja', 'このキャプチャから何が分かりますか？'],
  ] as const)('%s %s: the capture reading again', async (lang, q) => {
    const out = rendered(await afterCapture(lang, 'TMS 15.9, SX80 CE 9.15.3, Windows 2016, SQL remote', q));
    expect(out).not.toMatch(DONT_KNOW);
    expect(out).toMatch(lang === 'ja' ? /0x0301/ : /TLS 1\.0 only \(client_version 0x0301\)/);
  });
});

describe('#10 disabling TLS 1.0 with SQL known to be remote', () => {
  it.each([
    ['en', 'TMS 15.9, DX80 ce9.15.3, already Medium-High, Windows Server 2019, SQL on a separate server', 'can we disable TLS 1.0 as well?'],
    ['ja', 'TMS 15.9、DX80 ce9.15.3、もうMedium-High、Windows Server 2019、SQLは別サーバ', 'TLS 1.0も無効にしていいですか？'],
  ] as const)('%s: no "SQL 2008 R2 on the TMS server must keep TLS 1.0", the remote SQL named', (lang, setup, q) => {
    const out = rendered(runIn(lang, [setup, q]));
    expect(out).not.toMatch(/must keep TLS 1\.0|TLS 1\.0 を残す必要があります/);
    expect(out).toMatch(lang === 'ja' ? /SQL Server は別サーバで動いている/ : /SQL Server runs on a separate server/);
  });
  it('SQL location unknown: the check is still said', () => {
    expect(rendered(runIn('en', ['TMS 15.9, DX80 ce9.15.3, already Medium-High, Windows Server 2019', 'can we disable TLS 1.0 as well?']))).toMatch(/must keep TLS 1\.0/);
  });
});

describe('#11 the reboot after a reg query shows TLS 1.2 Client off', () => {
  const REG = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\n    DisabledByDefault    REG_DWORD    0x1\n    Enabled    REG_DWORD    0x0';
  it.each([
    ['ja', 'TMS15.9でDX80(ce9.15.3)がNo HTTPS responseのまま。セキュリティはもうMedium-Highにしてあります。OSはWindows Server 2019、SQLは別サーバ', '再起動は必要ですか？'],
    ['en', 'TMS 15.9, DX80 ce9.15.3 still No HTTPS response, already Medium-High, Windows Server 2019, SQL remote', 'is a reboot needed?'],
  ] as const)('%s: yes, once, after the key is fixed (not "check the keys first")', (lang, setup, q) => {
    const out = rendered(runIn(lang, [setup, REG, q]));
    expect(out).toMatch(lang === 'ja' ? /はい、`TLS 1\.2\\Client` のキーを直したあとに 1 回必要です/ : /Yes, once, after you correct the `TLS 1\.2\\Client` key/);
    expect(out).not.toMatch(/まずキーを確認してください|so check them first/);
  });
});

describe('#12 at High: stay at High, or lower to Medium-High', () => {
  const HJ = 'TMS 15.13、セキュリティレベルはHigh、Windows Server 2022、SQL 2019は別サーバ。Desk ProがRoomOS 11.9でNo HTTPS responseです。証明書は自己署名のまま';
  const HE = 'TMS 15.13, level High, Server 2022, SQL 2019 remote. Desk Pro on RoomOS 11.9 shows No HTTPS response, it has the self-signed cert';
  it.each([
    ['ja', HJ, 'Highのままで直す方法はありますか？', /はい。High のままにして、エンドポイントに TMS が信頼する証明書/],
    ['en', HE, 'can we stay at High?', /Yes: keep High and give the endpoint a certificate TMS trusts/],
  ] as const)('%s, question %#: yes, with a certificate TMS trusts', (lang, setup, q, re) => {
    const out = rendered(runIn(lang, [setup, q]));
    expect(out).toMatch(re);
    expect(out).not.toMatch(/go to High only once|High にするのは、すべてのエンドポイント/);
  });
  it.each([
    ['ja', HJ, 'Medium-Highに下げても大丈夫ですか？Telnetとかに影響ありますか？', /セキュリティとの引き換え/, /Medium-High に下げても再び有効にはなりません/],
    ['en', HE, 'is it safe to lower it to Medium-High? any Telnet impact?', /security trade-off/, /lowering to Medium-High does not turn them back on/],
  ] as const)('%s, question %#: the trade-off, and Telnet/SNMP stay off (as a check)', (lang, setup, q, tradeOff, telnet) => {
    const out = rendered(runIn(lang, [setup, q]));
    expect(out).toMatch(tradeOff);
    expect(out).toMatch(telnet);
    expect(out).not.toMatch(/You are already at High, so Telnet and SNMP are already off|すでに High なので、Telnet と SNMP はすでに無効です/);
  });
  it('not at High: "keep it at High?" gets the High/Medium-High answer', () => {
    expect(rendered(runIn('en', ['TMS 15.13, level Medium, Server 2022, Desk Pro RoomOS 11.9', 'should we keep it at high later?']))).toMatch(/go to High only once every endpoint has a certificate TMS trusts/);
  });
});

describe('#13 the Japanese "Updated:" line names the level in Japanese', () => {
  it('レベル, not level', () => {
    // (A correction of the level: the step-done report with a question is recorded as done, with no "Updated:" line.)
    const out = rendered(runIn('ja', ['TMS 15.10、MX300 G2 CE 9.14.5、Win2016、SQL 2016 同居、Medium', 'すみません、レベルは Medium-High でした']));
    expect(out).toMatch(/更新：レベル Medium → レベル Medium-High/);
    expect(out).not.toMatch(/level Medium/);
  });
});

describe('"should I just set Medium-High?": the restart after it is named (no bare 再起動)', () => {
  it('EN and JA say IIS and the TMS services, and a server reboot only when keys change', () => {
    const en = rendered(runIn('en', ['TMS 15.10, MX300 G2 CE 9.14.5, Win2016, SQL 2016 local, Medium', 'should I just set Medium-High?']));
    expect(en).toMatch(/after it, the restart of IIS and the TMS services \(a server reboot only if registry keys change\)/);
    const ja = rendered(runIn('ja', ['TMS 15.10、MX300 G2 CE 9.14.5、Win2016、SQL 2016 同居、Medium', 'TLS 1.0を戻すべきですか？それともMedium-Highにすればいいですか？']));
    expect(ja).toMatch(/その後に IIS と TMS サービスの再起動が必要です（サーバの再起動は、レジストリのキーを変更した場合だけです）/);
    expect(ja).not.toMatch(/その後に再起動が必要です/);
  });
});
