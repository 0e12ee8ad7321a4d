/**
 * REV24 readers (helper readers-a): messages the readers misread. Each case checks what is recorded and what the reply does.
 */
import { rendered, runIn } from './helpers';

const SETUP = {
  en: 'TMS 15.13, SQL 2016 on the TMS server, CE 9.15, Windows 2016, Medium',
  ja: 'TMS 15.13、SQL 2016 は TMS サーバー上、CE 9.15、Windows 2016、レベル Medium',
} as const;
const CLOSED = /Good to hear it works now|直ってよかったです/;

describe('REV24 #1: "works now on all endpoints but SQL is down" records the outage and does not close', () => {
  it.each([
    ['en', 'it works now on all endpoints but SQL is down, are we done?'],
    ['en', 'it works now on all endpoints but SQL is down'],
    ['ja', '全台直りましたが、SQL Server が止まっています。これで完了ですか？'],
    ['ja', '全部直りましたが、SQL Server が止まっています'],
  ] as const)('%s %j', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    expect(r.state.facts.tlsClaims?.worksNow).not.toBe(true);
    expect(r.state.facts.endpointsFail).toBeUndefined();
    expect(rendered(r)).not.toMatch(CLOSED);
    expect(rendered(r)).toMatch(/SQL Server does not start|SQL Server が起動しません/);
  });
});

describe('REV24 #2: a hedged "it works" ("seems", ようです) asks to confirm each system, does not close', () => {
  it.each([
    ['ja', '全台直ったようです'],
    ['ja', '全部直ったみたいです'],
    ['ja', 'たぶん直りました'],
    ['en', 'all endpoints seem fixed now'],
    ['en', 'looks like it works now, thanks'],
    ['en', 'I think it is fixed now'],
  ] as const)('%s %j', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.state.facts.tlsClaims?.worksNow).not.toBe(true);
    expect(r.state.facts.scope).toBeUndefined();
    expect(rendered(r)).not.toMatch(CLOSED);
    expect(rendered(r)).toMatch(lang === 'en' ? /Before I close the case, please confirm/ : /完了にする前に確認をお願いします/);
  });
  it.each([
    ['ja', '全台直りました'],
    ['en', 'it works now on all endpoints'],
  ] as const)('%s %j (plain) still closes', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.state.facts.tlsClaims?.worksNow).toBe(true);
  });
});

describe('REV24 #3: a raised level declined, or only believed, is not recorded', () => {
  it.each([
    ['en', "I'd rather not try Medium-High"],
    ['en', "we'd prefer not to use Medium-High"],
    ['en', "I don't want to go to Medium-High"],
    ['en', "I'm not keen on Medium-High"],
    ['ja', 'Medium-High にはしたくないです'],
    ['ja', 'Medium-High は避けたいです'],
  ] as const)('%s %j: declined, nothing recorded, what staying at Medium means', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(r.route).toBe('level-declined');
    expect(rendered(r)).toMatch(lang === 'en' ? /at Medium TMS offers only TLS 1\.0/ : /Medium の TMS は TLS 1\.0 しか提示せず/);
  });
  it.each([
    ['en', "I'm thinking it's Medium-High"],
    ['en', "I think it's Medium-High"],
    ['en', 'probably Medium-High'],
    ['ja', 'たぶん Medium-High です'],
    ['ja', 'Medium-High だと思います'],
  ] as const)('%s %j: a guess, not recorded; look in TMS Tools', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).toMatch(/Communication Security/);
    expect(rendered(r)).toMatch(lang === 'en' ? /not sure, so I have not recorded it/ : /レベルは記録していません/);
  });
  it.each([
    ['en', "it's Medium-High"],
    ['en', 'I set Medium-High'],
    ['en', "I'd rather try Medium-High first"],
    ['ja', 'Medium-High に設定しました'],
  ] as const)('%s %j: as before', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(rendered(r)).not.toMatch(/have not recorded it|記録していません|記録もしていません/);
  });
});
