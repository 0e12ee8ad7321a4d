/**
 * QA round 4: questions the knowledge answers that were refused ("I don't know that one") or sent to the
 * wrong answer, in English and Japanese. Each case: a realistic first message, then the question; the
 * reply must carry the answer (its title and the sentence that answers) and record nothing.
 */
import { findEntry } from '../../src/conversation/catalogue';
import { rendered, talk } from './helpers';

const A = { en: 'TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2019', ja: 'TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2019' };
const B = { en: 'TMS 15.10 on Windows 2008 R2, SQL 2008 R2 SP2 local, TC7.3.6', ja: 'TMS 15.10、Windows 2008 R2、SQL 2008 R2 SP2 同居、TC7.3.6' };
const C = { en: 'TMS 15.13, RoomOS 11.5 room kits, Windows Server 2022, SQL 2014 SP2 local, level Medium', ja: 'TMS 15.13、RoomOS 11.5、Windows Server 2022、SQL 2014 SP2 同居、レベルは Medium' };
const E = { ja: 'TMS 15.2.1、CE 9.15、Windows 2019、SQL 2012 SP1 同居' };

const REFUSED = /I don't know that one|could not find a version or a request|その質問にはお答えできません|読み取れませんでした/;

/** The reply to `question` after `setup`, and the facts before and after it. */
function ask(setup: string, question: string) {
  const [first, r] = talk(setup, question);
  return { out: rendered(r), before: first.state.facts, after: r.state.facts };
}

describe('QA round 4 questions reach the answer (EN and JA), and record nothing', () => {
  it.each([
    // #2 "will SQL stop?": per case (2008 R2 local: not while TLS 1.0 stays on; remote: not touched; 2014 SP2: supported)
    [B.en, 'will SQL stop if we do this', /Not the fix's change[\s\S]*keep TLS 1\.0 on/],
    [B.en, 'is our SQL going to be a problem', /Not the fix's change/],
    [B.en, 'is my SQL ok', /Yes, as long as TLS 1\.0 stays on/],
    [A.en, 'will SQL break', /No: SQL Server runs on another server/],
    [A.en, 'is my SQL ok?', /Yes, it is not affected: SQL Server runs on another server/],
    [C.en, 'is my SQL ok', /Yes: SQL Server 2014 SP2 supports TLS 1\.2/],
    [B.ja, 'SQLは止まりませんか', /修正の変更では止まりません[\s\S]*TLS 1\.0 は有効のままに/],
    [A.ja, 'SQLに影響はありますか', /いいえ。SQL Server は別のサーバで動いており/],
    [C.ja, 'SQLは大丈夫ですか', /はい、大丈夫です。SQL Server 2014 SP2 は TLS 1\.2 に対応/],
    [B.ja, 'SQLは大丈夫ですか', /TLS 1\.0 を有効のままにしておけば大丈夫です/],
    // #3 an IIS restart is always needed after the TMS Tools change (not the server-reboot answer)
    [A.en, 'do i need to restart iis', /Yes, every time, after the TMS Tools change[\s\S]*iisreset/],
    [A.ja, 'IISの再起動は必要ですか', /はい。TMS ツール[\s\S]*変更のあとは毎回必要です/],
    // #7 the EN/JA asymmetry table
    [A.en, 'whats the cisco bug id', /Is it a known bug\?[\s\S]*TechNote \(Cisco 211279\)/],
    [A.en, "wht's teh bug id", /Is it a known bug\?/],
    [A.en, 'which wireshark filter should I use', /tls\.handshake\.type == 1 && tcp\.port == 443/],
    [A.en, 'we have a second TMS node, anything to do there', /on both/],
    [A.ja, 'Mediumのままにできませんか', /TMS 側には、ほかの方法はありません/],
    [A.ja, '変更作業の時間枠は必要ですか', /作業時間と、止まるもの/],
    [A.en, 'client key or server key?', /`Client` subkey decides/],
    [A.en, 'do I need a registry backup', /Back up the registry first/],
    [A.ja, 'レジストリにTLS1.2を追加するだけではだめですか', /いいえ。レジストリのキーは Windows で TLS 1\.2 を使えるようにするだけ/],
    [A.ja, 'どのバージョンに戻せばいいですか', /TC 7\.3\.3/],
    [E.ja, 'どのKBを入れればいいですか', /サービス パックのアップグレードが必要/],
    // #8 what Medium-High turns off; what staying at Medium means
    [A.en, 'what does Medium-High turn off', /disables Telnet and SNMP/],
    [A.ja, 'Medium-Highにすると何が止まりますか', /Telnet と SNMP が無効/],
    [A.en, "what if we don't go to Medium-High", /Then nothing changes: at Medium TMS keeps offering only TLS 1\.0/],
    [A.ja, 'Medium-Highにしなかったらどうなりますか', /その場合は何も変わりません/],
    // #13 registry specifics, capture basics, events, the TechNote
    [A.en, 'what registry keys exactly', /DisabledByDefault[\s\S]*Windows Registry Editor Version 5\.00/],
    // (The file asked: the fix files with enable-tls12.reg and their action, as "fix kit" gets them, QA63 #12.)
    [A.en, 'can you give me the .reg file', /enable-tls12\.reg sets TLS 1\.2 for Schannel Client and Server/],
    [A.ja, 'レジストリキーを具体的に教えてください', /DisabledByDefault[\s\S]*Windows Registry Editor Version 5\.00/],
    [A.ja, 'regファイルをください', /enable-tls12\.reg は Schannel の Client と Server で TLS 1\.2 を有効にします/],
    [A.en, 'what does 0x0301 mean', /0x0301 is TLS 1\.0/],
    [A.ja, '0x0301って何', /0x0301 が TLS 1\.0/],
    [A.en, 'what does RST after client hello mean', /A TCP RST from the endpoint right after a ClientHello offering TLS 1\.0/],
    [A.en, 'which event IDs should I look for', /36871, 36874 and 36888 show that Windows \(Schannel\), not TMS, refused or failed a handshake; the event\\?'s own text says which side[^]*36874[^]*only for a connection coming TO the TMS server[^]*36888[^]*either direction/],
    [A.ja, 'どのイベントIDを見ればいいですか', /36871、36874、36888 は[^]*どちら側の接続かはイベントの本文で確認[^]*36874[^]*受信接続でだけ[^]*36888[^]*どちらの向き/],
    [A.en, 'is there a technote for this', /211279/],
    [A.ja, 'テクニカルノートはありますか', /211279/],
    // #14 casual Japanese: kana typos, no question mark
    [A.ja, 'さいきどうひつようですか', /サーバの再起動は必要か/],
    [A.ja, 'さいきどう必要ですか', /サーバの再起動は必要か/],
    [A.ja, 'リブート必要', /サーバの再起動は必要か/],
    [A.ja, '再起動って必須', /サーバの再起動は必要か/],
  ])('%s + %j', (setup, question, answer) => {
    const { out, before, after } = ask(setup, question);
    expect(out).toMatch(answer);
    expect(out).not.toMatch(REFUSED);
    expect(after).toEqual(before);
  });

  it('a 2008 R2 setup: the bare SQL question does not say "No" to "is my SQL ok" and keeps TLS 1.0 on', () => {
    const { out } = ask(B.en, 'is my SQL ok');
    expect(out).not.toMatch(/\bNo:/);
    expect(out).toMatch(/keep TLS 1\.0 on/);
  });

  it('the server-reboot answer is not given to the IIS question, and the IIS answer not to the reboot one', () => {
    expect(findEntry('IISの再起動は必要ですか')?.id).toBe('iis-restart-needed');
    expect(findEntry('is an IIS restart needed?')?.id).toBe('iis-restart-needed');
    expect(findEntry('再起動は必要ですか')?.id).toBe('reboot-needed');
    expect(findEntry('is a reboot needed?')?.id).toBe('reboot-needed');
    expect(findEntry('is iisreset enough?')?.id).toBe('services-restart-enough');
  });

  it('already at Medium-High: an IIS restart only if a registry key changes', () => {
    const { out } = ask('TMS 15.2.1, CE 9.15, Windows 2019, level Medium-High', 'do I need to restart IIS?');
    expect(out).toMatch(/only if a registry key changes/);
    expect(out).not.toMatch(/Yes, every time/);
  });

  it('questions about disabling TLS 1.0 stay with the TLS 1.0 answer, SQL recovery with the recovery one', () => {
    expect(findEntry('will SQL stop if I disable TLS 1.0?')?.id).toBe('disable-tls10');
    expect(findEntry('TLS 1.0 を無効にしたら SQL は止まりますか？')?.id).toBe('disable-tls10');
    expect(findEntry("SQL won't start, how do I get it back up?")?.id).toBe('sql-recovery');
  });

  it('the .reg for an unknown Windows release sets TLS 1.2 only', () => {
    const { out } = ask('TMS 15.2.1, CE 9.15', 'what registry keys exactly?');
    expect(out).toMatch(/TLS 1\.2\\Client/);
    expect(out).not.toMatch(/TLS 1\.1\\Client/);
  });
});
