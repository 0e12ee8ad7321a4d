/**
 * QA53 #15–#18: endpoint "why / will it fix it" questions (#15), Windows releases compared or a move asked about (#16), another
 * unit's release asked about without replacing the case's (#17), "what does the Client key / this key do?" (#18).
 */
import { runIn, runText } from './helpers';

const CASE = {
  en: 'TMS 15.9 on Windows 2016, SQL 2016 remote, SX80s on CE 9.8 show No HTTPS response, level Medium',
  ja: 'TMS 15.9、Windows 2016、SQL 2016 はリモート、CE 9.8 の SX80 で No HTTPS response が出ています。レベルは Medium です',
};
const WIN = {
  en: 'TMS 15.13 on Windows 2022, SQL 2019 local, Room Bar on RoomOS 11.14 shows No HTTPS response, level Medium',
  ja: 'TMS 15.13、Windows 2022、SQL 2019 はローカル、RoomOS 11.14 の Room Bar で No HTTPS response が出ています。レベルは Medium です',
};

describe('a working and a failing release, "why?" (QA53 #15)', () => {
  it.each([
    ['en', 'our SX20s on CE 8.0.1 are fine but SX80s on CE 9.8 fail, why?', /CE 8\.0\.1 still accepts TLS 1\.0/],
    ['en', 'the SX20s on CE 8.0.1 work fine, why?', /CE 8\.0\.1 still accepts TLS 1\.0/],
    ['ja', 'CE 8.0.1 の SX20 は正常ですが、CE 9.8 の SX80 はエラーです。なぜですか？', /CE 8\.0\.1 はまだ TLS 1\.0 を受け付ける/],
  ] as const)('%s: %s -> the why answered, the groups kept', (lang, q, re) => {
    const r = runIn(lang, [CASE[lang], q]);
    const { text } = runText(lang, [CASE[lang], q]);
    expect(text).toMatch(lang === 'en' ? /Because of the release/ : /リリースの違いによるもの/);
    expect(text).toMatch(re);
    expect(text).toMatch(lang === 'en' ? /CE 9\.8 refuses TLS 1\.0/ : /CE 9\.8 は TLS 1\.0 を受け付けない/);
    expect(text).not.toMatch(/That does not change my previous answer|前回の回答は変わりません/);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
    expect(r.state.facts.endpointGroups?.some((g) => !g.fails && g.endpoint.semver === '8.0.1')).toBe(true);
  });

  it('both said to fail: no "why" answer from the cause (TC 7.3.3 failing is not what it predicts)', () => {
    const { text } = runText('en', [CASE.en, 'SX20s on TC 7.3.3 fail and SX80s on CE 9.8 fail too, why?']);
    expect(text).not.toMatch(/Because of the release/);
  });
});

describe('"will upgrading to a newer release fix it?" (QA53 #15)', () => {
  it.each([
    ['en', 'will upgrading the SX80s to CE 9.15 fix it?', /No\. CE 9\.15 refuses TLS 1\.0 too/],
    ['en', 'if we upgrade to RoomOS 11, will that fix it?', /No\. RoomOS 11\.x refuses TLS 1\.0 too/],
    ['ja', 'CE 9.15 に上げれば直りますか？', /いいえ。CE 9\.15 も CE 9\.8 と同じく TLS 1\.0 を受け付けません/],
  ] as const)('%s: %s -> no, the fix is on the TMS side; the release held stays', (lang, q, re) => {
    const r = runIn(lang, [CASE[lang], q]);
    const { text } = runText(lang, [CASE[lang], q]);
    expect(text).toMatch(re);
    expect(text).toMatch(/Medium-High/);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
  });

  it('on TMS 14: no, and the way out is upgrading TMS', () => {
    const { text } = runText('en', ['TMS 14.6.2, SX80s on CE 9.8 show No HTTPS response', 'will upgrading the SX80s to CE 9.15 fix it?']);
    expect(text).toMatch(/No\. CE 9\.15 refuses TLS 1\.0 too/);
    expect(text).toMatch(/upgrading TMS to 15\.x/);
  });

  it('"will upgrading to CE 9.15 break anything?" is not this answer', () => {
    const { text } = runText('en', [CASE.en, 'will upgrading to CE 9.15 break anything?']);
    expect(text).not.toMatch(/No\. CE 9\.15 refuses/);
  });
});

describe('another unit\'s release asked about (QA53 #17)', () => {
  it.each([
    ['en', 'the MX300 G1 is on TC 7.3.21, does it need anything?', /nothing on the endpoint itself/],
    ['en', 'is the MX300 on TC 7.3.21 affected too?', /nothing on the endpoint itself/],
    ['ja', 'MX300 G1 は TC 7.3.21 ですが、何か必要ですか？', /エンドポイント側の作業は不要です/],
  ] as const)('%s: %s -> answered for that unit, CE 9.8 kept, nothing recorded', (lang, q, re) => {
    const r = runIn(lang, [CASE[lang], q]);
    const { text } = runText(lang, [CASE[lang], q]);
    expect(text).toMatch(re);
    expect(text).not.toMatch(/Updated: CE 9\.8|更新: CE 9\.8|CE 9\.8 → TC/);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
    expect(r.state.facts.endpointGroups).toBeUndefined();
  });

  it('a unit on a release that still accepts TLS 1.0: nothing needed, the change does not cut it off', () => {
    const { text, state } = runText('en', [CASE.en, 'the MX300 G1 is on TC 7.3.3, does it need anything?']);
    expect(text).toMatch(/still accepts TLS 1\.0/);
    expect(state.facts.endpoint?.raw).toBe('CE 9.8');
  });

  it.each([
    'the SX80s are on CE 9.15, does it need anything?',
    'sorry, the MX300 is on TC 7.3.21, does it need anything?',
  ])('%s -> still read as the case\'s release (a correction)', (q) => {
    const r = runIn('en', [CASE.en, q]);
    expect(r.route).not.toBe('other-unit-asked');
  });

  it('"…and fails too" adds a failing group, as before', () => {
    const r = runIn('en', [CASE.en, 'the MX300 G1 is on TC 7.3.21 and fails too, does it need anything?']);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
    expect(r.state.facts.endpointGroups?.length).toBe(2);
  });
});

describe('Windows Server releases compared, a move asked about (QA53 #16)', () => {
  it.each([
    ['en', 'is Windows 2022 different from 2019 here?', [/TLS 1\.3/, /nothing in the fix changes/]],
    ['en', "what's different on 2012 R2 vs 2016?", [/SSL 3\.0 is off by default/, /nothing in the fix changes/]],
    ['en', 'does it matter that we are on 2016 and not 2019?', [/nothing in the fix changes/, /I still go by Windows Server 2022/]],
    ['en', 'we are moving the TMS server to 2022 next month, does the fix change?', [/After the move, check both again/]],
    ['en', 'we are moving the TMS server to Windows 2025 next month, does the fix change?', [/TLS 1\.0 and 1\.1 are off by default/, /no ClientHello/, /not documented/]],
    ['ja', '2012 R2 と 2016 で違いはありますか？', [/修正内容は変わりません/]],
    ['ja', '来月 TMS サーバを Windows 2025 に移行する予定ですが、手順は変わりますか？', [/ClientHello をまったく送りません/, /移行後は/]],
  ] as const)('%s: %s -> answered from the table, nothing recorded', (lang, q, res) => {
    const r = runIn(lang, [WIN[lang], q]);
    const { text } = runText(lang, [WIN[lang], q]);
    expect(r.route).toBe('windows-compare');
    for (const re of res) expect(text).toMatch(re);
    expect(r.state.facts.windows?.year).toBe(2022);
  });

  it.each([
    'we moved the TMS server to 2019 last week, do we need to redo the fix?',
    'is SQL 2016 different from 2019?',
    'did anything change on 2019 after the patch?',
    "we're moving to Windows 2025 tomorrow night, is a reboot needed?",
    'does the Windows version matter?',
    'Windows is 2019 actually',
  ])('%s -> not this answer', (q) => {
    expect(runIn('en', [WIN.en, q]).route).not.toBe('windows-compare');
  });
});

describe('"what does the Client key / this key do?" (QA53 #18)', () => {
  it.each([
    ['en', 'what does the Client key do?'],
    ['en', "what's the Server subkey for?"],
    ['en', 'what do these keys do?'],
    ['ja', 'このキーは何をするものですか？'],
    ['ja', 'Client キーの役割は？'],
  ] as const)('%s: %s -> the Client/Server card', (lang, q) => {
    const { text } = runText(lang, [WIN[lang], q]);
    expect(text).toMatch(lang === 'en' ? /Client and Server keys/ : /Client キーと Server キー/);
  });

  it('"what does the .NET key do?" is not the Client/Server card', () => {
    const { text } = runText('en', [WIN.en, 'what does the .NET key do?']);
    expect(text).not.toMatch(/Client and Server keys/);
  });
});
