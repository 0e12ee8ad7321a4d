/**
 * QA round 4 (#1, #4, #5, #6): questions must not become facts, and an answer to the open question
 * followed by a question gets both (the answer recorded, the question answered).
 */
import { asksAboutLevel } from '../../src/domain/understand/level-question';
import { eventAsked } from '../../src/conversation/followup';
import { rendered, talk } from './helpers';

const EN = 'TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2019';
const JA = 'TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2019';

/** The facts before and after the question, and the reply to it. */
function ask(setup: string, q: string) {
  const [first, r] = talk(setup, q);
  return { before: first.state.facts, after: r.state.facts, text: rendered(r) };
}

describe('#1 a level named in a question is not the level that is set', () => {
  it.each([
    'is medium high safe',
    'is medium-high supported on 15.2.1',
    'what happens if we don\'t go to medium-high',
    'whats the diff between medium and medium high',
    'Medium-Highにしなかったらどうなりますか',
    'MediumHighとHighの違いは',
    'MediumとMedium-Highの違いを教えてください',
    'Medium-High は 15.2.1 でサポートされていますか',
  ])('%j asks about a level', (q) => {
    expect(asksAboutLevel(q)).toBe(true);
  });
  it.each(['Medium-High?', 'Medium-High ですか？', 'is it medium?', 'would be medium I think', 'medium high', 'Medium-High です'])('%j is no such question', (q) => {
    expect(asksAboutLevel(q)).toBe(false);
  });

  it.each([
    [EN, 'is medium high safe', /four levels/],
    [EN, 'is medium-high supported on 15.2.1', /four levels/],
    [EN, 'what happens if we don\'t go to medium-high', /Then nothing changes: at Medium TMS keeps offering only TLS 1.0/],
    [JA, 'Medium-Highにしなかったらどうなりますか', /その場合は何も変わりません/],
    [JA, 'MediumHighとHighの違いは', /High と Medium-High の違い/],
    [JA, 'Medium-High は 15.2.1 でサポートされていますか', /4 段階/],
  ])('%s + %j: answered, the level stays unknown', (setup, q, answer) => {
    const { after, text } = ask(setup, q);
    expect(after.level).toBeUndefined();
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/already at Medium-High|すでに Medium-High/);
  });

  it('an unsure answer still answers the level question', () => {
    expect(ask(EN, 'Medium-High?').after.level).toBe('medium-high');
    expect(ask(JA, 'Medium-High ですか？').after.level).toBe('medium-high');
  });
});

describe('#4 a plan is not the current Windows release', () => {
  it('EN: the 2025 notes are answered, Windows stays 2019', () => {
    const { before, after, text } = ask(EN, 'we plan to move to Windows Server 2025, anything to watch for');
    expect(after).toEqual(before);
    expect(after.windows?.year).toBe(2019);
    expect(text).toMatch(/On Windows Server 2025 TLS 1\.0 and 1\.1 are off by default/);
    expect(text).toMatch(/do not re-enable TLS 1\.1/);
    expect(text).not.toMatch(/Updated: Windows Server 2019/);
  });
  it('JA: the same (as before)', () => {
    const { before, after, text } = ask(JA, 'Windows Server 2025に移行予定ですが注意点はありますか');
    expect(after).toEqual(before);
    expect(text).toMatch(/Windows Server 2025 では TLS 1\.0 と 1\.1 が既定で無効/);
  });
  it('a stated release is still read while the Windows question is open', () => {
    const [, r] = talk('TMS 15.2.1, CE 9.15, SQL 2016 remote', 'OS: 2019');
    expect(r.state.facts.windows?.year).toBe(2019);
  });
});

describe('#5 questions about endpoints, HTTPS mode, events and other products record nothing', () => {
  it.each([
    [EN, 'which endpoints are affected', /TC 7\.3\.6 or later, CE 8\.1\.0 or later, or any RoomOS release/],
    [EN, 'how many endpoints are affected by this', /No HTTPS response" in Systems > Navigator/],
    [EN, 'are all our endpoints affected or just the upgraded ones', /it is the release that counts, not the upgrade itself/],
    [JA, '影響を受けるのはどのエンドポイントですか', /TC 7\.3\.6 以降、CE 8\.1\.0 以降/],
    [JA, '全部のエンドポイントが対象ですか、それともアップグレードしたものだけですか', /アップグレードそのものではなくリリース/],
    [EN, 'what does HTTPS Mode on the endpoint have to do with it', /xConfiguration NetworkServices HTTP Mode/],
    [EN, 'what if the endpoint is in HTTPS only mode', /With HTTPS only there is no plain-HTTP way around it/],
    [JA, 'HTTPSモードがHTTPSのみの場合は関係ありますか', /HTTPS のみの場合は HTTP で回避する道がなく/],
    [EN, 'what does Schannel event 36874 mean', /Event 36874: a client connecting TO this server [^]*not TMS polling an endpoint[^]*For TMS's own connections to endpoints, look at 36871 and 36888, and at 36887 \(a fatal alert received\) if present/],
    [JA, 'Schannelのイベント36874ってどういう意味ですか', /イベント 36874：/],
    [EN, 'is CMS affected', /from release 2\.3 on it requires TLS 1\.2 on its API/],
    [JA, 'CMSも影響ありますか', /2\.3 以降は API で TLS 1\.2 が必須/],
    [EN, 'does the TelePresence Server need the same fix', /From which release of TelePresence Server on TLS 1\.0 is refused, they do not say/],
  ])('%s + %j: answered, facts unchanged', (setup, q, answer) => {
    const { before, after, text } = ask(setup, q);
    expect(after).toEqual(before);
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/That does not change my previous answer|この情報で前の回答は変わりません|Updated answer|回答の更新/);
  });
  it('the endpoints answer names this conversation\'s release', () => {
    expect(ask(EN, 'which endpoints are affected').text).toMatch(/Yours on CE 9\.15 are among them/);
    expect(ask('TMS 15.2.1, TC7.3.5, SQL 2016 remote, Windows 2019', 'which endpoints are affected').text).toMatch(/TC 7\.3\.5 still accepts TLS 1\.0/);
  });
  it('the TelePresence Server answer does not speak of Meeting Server', () => {
    expect(ask(EN, 'does the TelePresence Server need the same fix').text).not.toMatch(/Meeting Server from 2\.3/);
  });
  it('an event definition is not an event; a pasted event line still is', () => {
    expect(eventAsked('what does Schannel event 36874 mean')).toBe(36874);
    expect(eventAsked('what is 26011?')).toBe(26011);
    expect(eventAsked('we see Schannel 36874 on the TMS server')).toBeNull();
    expect(eventAsked('what does event 12345 mean')).toBeNull();
    const [, r] = talk(EN, 'we see Schannel 36874 on the TMS server');
    expect(r.state.facts.evidence?.observations.length).toBeGreaterThan(0);
  });
  it('a product reported failing is still recorded', () => {
    const [, r] = talk(EN, 'our Expressway shows No HTTPS response too');
    expect(r.state.facts.otherProducts).toEqual(['expressway']);
  });
});

describe('#6 the answer to the open question and a question in one message: both', () => {
  it.each([
    [EN, "it's medium, why does medium not work", /TMS offers only TLS 1\.0/],
    [JA, 'Mediumです。なぜMediumだとだめなんですか', /TLS 1\.0 だけを提示/],
  ])('%s + %j: the level is recorded and the question answered', (setup, q, answer) => {
    const { after, text } = ask(setup, q);
    expect(after.level).toBe('medium');
    expect(text).toMatch(answer);
    expect(text).not.toMatch(/That does not change my previous answer|この情報で前の回答は変わりません/);
  });
  it.each([
    [EN, 'whats the diff between medium and medium high'],
    [JA, 'MediumとMedium-Highの違いを教えてください'],
  ])('%s + %j: a question alone records nothing, and is answered', (setup, q) => {
    const { after, text } = ask(setup, q);
    expect(after.level).toBeUndefined();
    expect(text).toMatch(/four levels|4 段階/);
  });
});
