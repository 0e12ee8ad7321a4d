/**
 * QA round 11 (knowledge audit) #4, #5, #6:
 * - Expressway / VCS, Conductor, TelePresence Server: the reason given is not Meeting Server's 2.3 threshold (knowledge.md
 *   gives a release only for Meeting Server); for the others, no release is given: check their release notes.
 * - "We disabled SSL 3.0 only, and now SQL fails with 26011": knowledge.md (KB3135244) names SSL 3.0 AND TLS 1.0 both off
 *   as the failing case; the answer says SSL 3.0 alone is not named and to check whether TLS 1.0 is off too.
 * - Schannel events: knowledge.md names 36871, 36874, 36888; only 36874 is one side (a request received from a client);
 *   36887/36888 are alerts received/sent on connections either way: never "36888 comes from connections TO this server".
 */
import { last, rendered, say, talk } from './helpers';
import { otherProductsSameWall } from '../../src/domain/knowledge';
import { sqlOutageRecovery } from '../../src/domain/knowledge/sql-outage';
import { extractFacts } from '../../src/domain/extract';

const T = 'TMS 15.2.1, endpoints CE 9.15.3 show No HTTPS response, Windows 2016, SQL 2016 local';
const J = 'TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response になっています。Windows 2016、SQL 2016 はローカルです';

describe('other products: Meeting Server\'s 2.3 is given only for Meeting Server', () => {
  it.each<[string, string, RegExp, RegExp]>([
    ['en', 'the Expressway shows No HTTPS response too', /Expressway \/ VCS: when TMS manages these[^\n]*the sources give no release from which Expressway \/ VCS stops accepting TLS 1\.0: check its release notes/, /Meeting Server from 2\.3/],
    ['ja', 'Expressway も No HTTPS response になっています', /Expressway \/ VCS：[^\n]*Expressway \/ VCSがどのリリースから TLS 1\.0 を受け付けなくなるかは資料に書かれていないため/, /Meeting Server は 2\.3 以降/],
  ])('%s: %s', (lang, msg, want, notWant) => {
    const text = rendered(last(talk(lang === 'ja' ? J : T, msg)));
    expect(text).toMatch(want);
    expect(text).not.toMatch(notWant);
  });
  it('Meeting Server keeps its threshold; with Expressway too, both are said', () => {
    expect(otherProductsSameWall(['Cisco Meeting Server']).body[0]!.en).toMatch(/\(Meeting Server from 2\.3 requires TLS 1\.2 on its API\)/);
    const both = otherProductsSameWall(['Cisco Meeting Server', 'Expressway / VCS']).body[0]!;
    expect(both.en).toMatch(/Meeting Server from 2\.3 requires TLS 1\.2 on its API; the sources give no release from which Expressway \/ VCS stops/);
    expect(both.ja).toMatch(/Meeting Server は 2\.3 以降、API で TLS 1\.2 が必須です。Expressway \/ VCSがどのリリースから/);
    expect(otherProductsSameWall([]).body[0]!.en).toMatch(/Meeting Server from 2\.3 requires TLS 1\.2 on its API; the sources give no release from which Expressway \/ VCS, TelePresence Conductor, TelePresence Server stop accepting/);
  });
});

describe('SQL stopped after "SSL 3.0 only": the user\'s account is checked against Microsoft\'s failing case', () => {
  const base = extractFacts('TMS 15.2.1, CE 9.15.3, Windows 2008 R2, SQL 2008 R2 local').facts;
  it('EN and JA conversations: SSL 3.0 alone is not named; check TLS 1.0 (both subkeys, GPO, IIS Crypto); then the same recovery', () => {
    const en = rendered(last(talk('TMS 15.2.1, endpoints CE 9.15.3 show No HTTPS response, Windows 2008 R2, SQL 2008 R2 local', 'we disabled SSL 3.0 only, and now SQL fails with 26011')));
    expect(en).toMatch(/SSL 3\.0 off alone is not named as stopping SQL Server 2008 R2\. So check whether TLS 1\.0 is off as well: `reg query "[^"]*TLS 1\.0\\Client"` and `reg query "[^"]*TLS 1\.0\\Server"`/);
    expect(en).toMatch(/\(1\) turn TLS 1\.0 back on for both Client and Server/);
    expect(en).not.toMatch(/SSL 3\.0 (?:off )?alone (?:is what )?stops/);
    const ja = rendered(last(talk('TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response、Windows 2008 R2、SQL 2008 R2 はローカルです', 'SSL 3.0 だけ無効にしたら SQL が 26011 で起動しなくなりました')));
    expect(ja).toMatch(/SSL 3\.0 だけの無効化で SQL Server 2008 R2 が停止するとは書かれていません。そのため、TLS 1\.0 も無効になっていないかを確認してください/);
  });
  it.each<[string, object]>([
    ['TLS 1.0 said off too', { ssl3: 'off', tls10: 'off', sqlDown: true }],
    ['TLS 1.0 said back on', { ssl3: 'off', tls10: 'on', sqlDown: true }],
    ['IIS Crypto Best Practices (turns both off)', { ssl3: 'off', iisCryptoBestPractices: true, sqlDown: true }],
    ['nothing said of SSL 3.0', { sqlDown: true }],
  ])('not said when it does not apply: %s', (_n, claims) => {
    const r = sqlOutageRecovery({ ...base, tlsClaims: claims as never });
    expect(r.map((x) => x.en).join(' ')).not.toMatch(/SSL 3\.0 off alone is not named/);
  });
});

describe('Schannel events: knowledge.md\'s three, and no side given to 36888', () => {
  const WRONG_EN = /36874 and 36888 (?:come from|concern) connections|connections made TO this server: 36874, 36888|36874 \(and usually 36888\)|36888 is a fatal alert this server sent, usually on such a connection/;
  const WRONG_JA = /36874 と 36888 は(?:この)?サーバへの|（と多くの場合 36888）|サーバへの受信接続は 36874 と 36888/;
  it.each<[string, string[], string]>([
    ['en', [T], 'which event IDs should I look for'],
    ['ja', [J], 'どのイベントIDを見ればいいですか'],
    ['en', ['TMS 15.2.1 at Medium-High, endpoints are CE 9.15.3, Windows 2019, SQL 2016 on another server'], 'still failing'],
    ['en', [T], 'what does Schannel event 36888 mean?'],
    ['ja', [J], 'Schannel のイベント 36887 って何ですか'],
  ])('%s: %s → %s', (lang, setup, q) => {
    const text = rendered(last(talk(...setup, q)));
    expect(text).toMatch(/3687[14]|3688[78]/);
    expect(text).not.toMatch(lang === 'ja' ? WRONG_JA : WRONG_EN);
  });
  it('the event question for 36888 asks for its alert number before pointing at cipher suites', () => {
    const { text } = say([T], 'what does Schannel event 36888 mean?');
    expect(text).toMatch(/The event's text gives the alert number: with 40 \(handshake_failure\), compare the cipher suites/);
    expect(text).not.toMatch(/this points at cipher suites rather than at the TLS version/);
  });
});
