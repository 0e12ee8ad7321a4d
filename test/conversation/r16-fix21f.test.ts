/**
 * FIX21F (QA50 #15, #8, #7, #18, #19, #21 …): readers that missed or misplaced facts. Each hit has its near misses
 * (plans, questions, conditionals, other products) so nothing is recorded that was not said.
 */
import { rendered, runIn } from './helpers';

const EN_SQL = 'TMS 15.2, SX80 and Room Kit all No HTTPS response, CE 9.14.5. Windows Server 2012 R2, SQL 2014 SP1 on the TMS server';
const JA_SQL = 'TMS 15.2 で SX80 が No HTTPS response。CE は 9.14.5 です。TMS サーバは Windows Server 2012 R2、SQL は TMS サーバ上で 2014 SP1 です';

describe('#15 a service pack reported applied updates the SQL release (and its build when said with it)', () => {
  it.each([
    ['en', EN_SQL, 'SQL is now SP3', null],
    ['en', EN_SQL, 'SQL is now SP3, 12.0.6024.0', '12.0.6024.0'],
    ['en', EN_SQL, 'SP3 applied, 12.0.6024.0', '12.0.6024.0'],
    ['ja', JA_SQL, 'SP3 適用しました。12.0.6024.0 です', '12.0.6024.0'],
    ['ja', JA_SQL, 'SP3 適用済みです', null],
  ] as const)('%s: %s / %s', (lang, first, msg, build) => {
    for (const setup of [[first], [first, lang === 'en' ? 'build is 12.0.4100.1' : 'ビルドは 12.0.4100.1 でした']]) {
      const r = runIn(lang, [...setup, msg]);
      expect(r.state.facts.sql?.sp).toBe(3);
      expect(r.state.facts.sql?.year).toBe(2014);
      expect(r.state.facts.sql?.build ?? null).toBe(build);
    }
  });
  it('a build of another service pack is not taken as the new one', () => {
    const r = runIn('en', [EN_SQL, 'SP3 applied, 12.0.5000.0']);
    expect(r.state.facts.sql?.sp).toBe(3);
    expect(r.state.facts.sql?.build ?? null).toBeNull();
  });
  it.each([
    ['en', EN_SQL, 'DBA will apply SP3 Thursday'],
    ['en', EN_SQL, 'SP3 for Windows?'],
    ['en', EN_SQL, 'SP3 applied?'],
    ['en', EN_SQL, 'if SQL is now SP3, can we go Medium-High?'],
    ['en', EN_SQL, 'Windows SP1 applied'],
    ['en', EN_SQL, 'SP3 is not applied yet'],
    ['ja', JA_SQL, 'SP3 を適用したら Medium-High にしていいですか？'],
    ['ja', JA_SQL, 'SQL を SP3 にするのは来週の予定です'],
    ['ja', JA_SQL, 'SP3 はまだ適用していません'],
  ] as const)('near miss %s: %s / %s', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.sql?.sp).toBe(1);
  });
});

describe('#8 「TLS 1.0 を元に戻して再起動したら…ました」 puts TLS 1.0 back on', () => {
  const OFF = '昨夜、別の担当者がレジストリで TLS 1.0 を無効にしてしまい、今朝から SQL Server が起動しません';
  it.each(['TLS 1.0 を元に戻して再起動したら SQL は起動しました', 'TLS 1.0 を元に戻して再起動しました', 'TLS 1.0 も元に戻してからサーバを再起動しました'])('%s', (msg) => {
    const r = runIn('ja', [JA_SQL, OFF, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBe('on');
    expect(rendered(r)).not.toMatch(/TLS 1\.0 無効/);
  });
  it('the EN form agrees', () => {
    const r = runIn('en', [EN_SQL, 'last night someone disabled TLS 1.0 in the registry and SQL Server will not start', 'we turned TLS 1.0 back on and rebooted, SQL started']);
    expect(r.state.facts.tlsClaims?.tls10).toBe('on');
  });
  it.each([
    'TLS 1.0 を元に戻しても SQL は起動しませんでした',
    'TLS 1.0 を元に戻して再起動してください',
    'TLS 1.0 を元に戻したら SQL は起動しますか',
    'TLS 1.0 を元に戻して再起動したら SQL は起動しますか？',
    'TLS 1.0 を元に戻して再起動したほうがいいですか',
    'TLS 1.0 を元に戻して再起動してもらえますか',
  ])('near miss: %s', (msg) => {
    const r = runIn('ja', [JA_SQL, OFF, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
  });
});

describe('#7 a TC release said for the TC-era models of a mixed fleet is theirs, not the Room Kits\'', () => {
  const EN_MIX = 'TMS 15.13, Windows 2025, SQL 2019 local. Room Kit Pros on RoomOS 11.14 and SX20s on TC 7.3.3, all No HTTPS response';
  const JA_MIX = 'TMS 15.13、Windows 2025、SQL 2019 ローカル。Room Kit Pro は RoomOS 11.14、SX20 は TC 7.3.3 で、全台 No HTTPS response です';
  it.each([
    ['en', EN_MIX, 'hmm actually the SX20s are TC 7.3.6, my mistake', /Updated: SX20 on TC 7\.3\.6; the other endpoints stay on RoomOS 11\.14/],
    ['ja', JA_MIX, 'すみません、SX20 は TC 7.3.6 でした', /更新：SX20 は TC 7\.3\.6 とのことです。ほかのエンドポイントは RoomOS 11\.14 のままです/],
  ] as const)('%s: %s', (lang, first, msg, note) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('RoomOS 11.14');
    const text = rendered(r);
    expect(text).toMatch(note);
    expect(text).not.toMatch(/RoomOS 11\.14 → TC 7\.3\.6/);
  });
  it('with both groups held, the SX20s\' group takes the release', () => {
    const r = runIn('en', [
      'new TMS server: TMS 15.13 on Windows Server 2025, SQL 2019 Express local. ALL systems show No HTTPS response, even the old SX20s on TC 7.3.3',
      'the others are Room Kit Pro on RoomOS 11.14',
      'level is Medium',
      'ok, Medium-High set, services restarted. Room Kits are fine now. SX20s on TC 7.3.3 still No HTTPS response',
      'hmm actually the SX20s are TC 7.3.6, my mistake',
    ]);
    expect(r.state.facts.endpoint?.raw).toBe('RoomOS 11.14');
    const tc = r.state.facts.endpointGroups?.find((g) => g.endpoint.family === 'TC');
    expect(tc?.endpoint.semver).toBe('7.3.6');
  });
  it.each([
    ['en', EN_MIX, 'actually they are TC 7.3.6', 'TC 7.3.6'],
    ['en', EN_MIX, 'hmm actually the Room Kit Pros are RoomOS 11.9', 'RoomOS 11.9'],
    ['en', 'TMS 15.13, SX20s on CE 9.15.3, all No HTTPS response', 'sorry, the SX20s are TC 7.3.6', 'TC 7.3.6'],
  ] as const)('still a correction of the release held: %s / %s', (lang, first, msg, raw) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe(raw);
  });
});

describe('#18 a TMS release said as "14.6" is never shown as 14.6.0', () => {
  it.each([
    ['en', ['TMS 14.6, CE 9.15.3 endpoints fail with No HTTPS response', 'we have 2 Polycom HDX managed over SNMP. will raising the level disable Telnet and SNMP?'], /With TMS 14\.6 \(before 15\)/],
    [
      'ja',
      [
        '至急です。工場拠点の Room Kit Mini 3台と SX10 2台が TMS で No HTTPS response。先週エンドポイントを CE 9.15.3 にしました',
        'TMS のバージョンは 14.6 系です。14.6.2 だったかな',
        'Polycom の HDX が 2 台あって SNMP で管理しています。Medium-High にすると Telnet と SNMP が無効になりますか？',
      ],
      /TMS 14\.6（15 より前）では/,
    ],
  ] as const)('%s', (lang, msgs, shown) => {
    const text = rendered(runIn(lang, msgs));
    expect(text).toMatch(shown);
    expect(text).not.toMatch(/14\.6\.0/);
  });
});

describe('#19 "why is a reboot needed?" gets the reason, not a yes', () => {
  const EN_W = 'TMS 15.2.1, SX20 No HTTPS response, Windows 2008 R2, SQL 2012 on the TMS server, TC 7.3.6';
  const JA_W = 'TMS 15.2.1 で SX20 が No HTTPS response です。TMS サーバは 2008 R2、SQL 2012 です（TMS サーバ上）。エンドポイントは TC7.3.6 です';
  it.each([
    ['en', EN_W, 'why is a reboot needed?', /^Because on Windows Server 2008 R2 TLS 1\.2 stays off until its Schannel keys are created/m, /^Yes, once/m],
    ['ja', JA_W, 'なぜ再起動が必要なんですか？', /Windows Server 2008 R2 では Schannel のキーを作成するまで TLS 1\.2 が無効なためです/, /はい、1 回必要です/],
    ['en', EN_W, 'keys are created. why do we need a reboot?', /Because you created or changed Schannel keys/, /^Yes, once/m],
    ['ja', JA_W, 'キーを作成しました。どうして再起動が必要なんですか？', /Schannel のキーを作成・変更したためです/, /はい、1 回必要です/],
  ] as const)('%s: %s', (lang, first, msg, reason, yes) => {
    const r = runIn(lang, [first, msg]);
    const text = rendered(r);
    expect(text).toMatch(reason);
    expect(text).not.toMatch(yes);
  });
  it.each([
    ['en', EN_W, 'is a reboot needed?', /Yes, once/],
    ['ja', JA_W, '再起動は必要ですか？', /はい、1 回必要です/],
  ] as const)('a yes/no question still gets yes: %s', (lang, first, msg, yes) => {
    expect(rendered(runIn(lang, [first, msg]))).toMatch(yes);
  });
});

describe('#21 what the user does with the Telnet/SNMP systems is acknowledged, not the trade-off note again', () => {
  const EN_T = ['TMS 15.13, Room Kit Mini on CE 9.15.3 No HTTPS response', 'we have 2 Polycom HDX managed via SNMP', 'Medium-High set and rebooted'];
  const JA_T = ['TMS 15.13 で Room Kit Mini と SX10 が No HTTPS response。エンドポイントは CE 9.15.3', 'Polycom の HDX が 2 台あって SNMP で管理しています', 'Medium-High にして再起動済み'];
  it.each([
    ['en', EN_T, "ok, we'll remove the HDX from TMS management, thanks", /Noted: Polycom HDX out of TMS management/],
    ['en', EN_T, 'the HDXs will be replaced next year', /Noted: Polycom HDX to be replaced/],
    ['en', EN_T, "we'll manage the HDX another way", /Noted: Polycom HDX managed another way/],
    ['ja', JA_T, '了解、HDX は管理対象から外します。ありがとうございました', /Polycom HDX を TMS の管理対象から外すとのことですね/],
    ['ja', JA_T, 'HDX はリプレース予定です', /Polycom HDX は置き換えるとのことですね/],
  ] as const)('%s: %s', (lang, setup, msg, ack) => {
    const before = runIn(lang, setup).state.facts;
    const r = runIn(lang, [...setup, msg]);
    const text = rendered(r);
    expect(text).toMatch(ack);
    expect(text).not.toMatch(/TMSSNMPService/);
    expect(r.state.facts).toEqual(before);
  });
  it('with thanks, no question is asked again', () => {
    const text = rendered(runIn('ja', [...JA_T, '了解、HDX は管理対象から外します。ありがとうございました']));
    expect(text).not.toMatch(/SQL Server のバージョン/);
  });
  it.each([
    ['en', EN_T, 'should we remove the HDX from TMS?'],
    ['en', EN_T, 'if we remove the HDX from TMS, will the SX20 work?'],
    ['en', EN_T, "we won't remove the HDX from TMS"],
    ['en', EN_T, "we'll remove the SX20 from TMS"],
    ['en', EN_T, "we'll remove the HDX from TMS, the Room Kit Mini on CE 9.15.3 still fails"],
    ['ja', JA_T, 'HDX は管理対象から外したほうがいいですか？'],
    ['ja', JA_T, 'HDX は TMS から外せば直りますか'],
    ['ja', JA_T, 'HDX は外しません'],
  ] as const)('near miss %s: %s', (lang, setup, msg) => {
    expect(runIn(lang, [...setup, msg]).route).not.toBe('telnet-decision');
  });
  it('without Telnet/SNMP systems held, nothing is acknowledged', () => {
    expect(runIn('en', [EN_T[0], "we'll remove the HDX from TMS management"]).route).not.toBe('telnet-decision');
  });
});

describe('#6 what came back, a release said to be fine and the expected Telnet error read as a partial success', () => {
  const EN_P = ['TMS 15.13, Room Kit Mini and SX10 on CE 9.15.3 show No HTTPS response', 'we have 2 Polycom HDX managed via SNMP', 'Medium-High set and rebooted'];
  const JA_P = ['TMS 15.13 で Room Kit Mini と SX10 が No HTTPS response。エンドポイントは CE 9.15.3', 'Polycom の HDX が 2 台あって SNMP で管理しています', 'Medium-High にして再起動済み'];
  it.each([
    ['ja', JA_P, 'Room Kit Mini は復旧、SX10 は TC7.3.3 に戻したやつなのでそのままでも OK でした。HDX は予想どおり Telnet エラーです', /一部は直ったとのこと/],
    ['ja', JA_P, 'Room Kit Mini は復旧、HDX は予想どおり Telnet エラーです', /一部は直ったとのこと/],
    ['ja', JA_P, 'Room Kit Mini は復旧しましたが、HDX は Telnet エラーです', /一部は直ったとのこと/],
    ['en', EN_P, 'Room Kits are back, the SX10s were rolled back to TC 7.3.3 so they were fine anyway. HDX shows the Telnet error as expected', /Good: part of it works/],
    ['en', EN_P, 'Room Kits are fine now, the HDX shows the Telnet error as expected', /Good: part of it works/],
  ] as const)('%s: %s', (lang, setup, msg, lead) => {
    const r = runIn(lang, [...setup, msg]);
    expect(r.route).toBe('partial-success');
    const text = rendered(r);
    expect(text).toMatch(lead);
    expect(text).not.toMatch(/TC 7\.3\.3 のエンドポイントでも失敗|TC 7\.3\.3 endpoints fail/);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15.3');
    expect(r.state.facts.endpointGroups?.some((g) => g.endpoint.family === 'TC' && g.fails) ?? false).toBe(false);
  });
  it.each([
    ['ja', JA_P, 'SQL は復旧、HDX は Telnet エラーです'],
    ['ja', JA_P, 'Room Kit Mini は復旧しましたか、HDX は Telnet エラーですか'],
    ['ja', JA_P, 'SX10 は TC7.3.3 でもエラーです'],
    ['en', EN_P, 'are the Room Kits fine now, and does the HDX show the Telnet error?'],
  ] as const)('near miss %s: %s', (lang, setup, msg) => {
    expect(runIn(lang, [...setup, msg]).route).not.toBe('partial-success');
  });
});

describe('#10 releases said to stay through a TMS 15 upgrade are the case\'s, and the answer rests on them', () => {
  const EN_U = 'TMS 14.6.2, Room Kit Mini on CE 9.15.3 No HTTPS response';
  const JA_U = '至急です。工場拠点の Room Kit Mini 3台と SX10 2台が TMS で No HTTPS response。先週エンドポイントを CE 9.15.3 にしました';
  it.each([
    ['en', [EN_U], 'if we upgrade TMS to 15, is it ok to stay on Windows 2008 R2 and SQL 2008 R2 SP3 (10.50.6542.0)?', /SQL Server 2008 R2 SP3 \(10\.50\.6542\.0\) is a build with TLS 1\.2 support/, /whether TMS 15 supports Windows Server 2008 R2/],
    ['ja', [JA_U, 'TMS のバージョンは 14.6 系です。14.6.2 だったかな'], 'TMS を 15 に上げる場合、Windows 2008 R2 と SQL 2008 R2 SP3 (10.50.6542.0) のままで大丈夫？', /SQL Server 2008 R2 SP3 \(10\.50\.6542\.0\) は TLS 1\.2 に対応したビルドです/, /TMS 15 が Windows Server 2008 R2、SQL Server 2008 R2 SP3 \(10\.50\.6542\.0\) をサポートしているかどうか/],
  ] as const)('%s', (lang, setup, msg, sqlLine, check) => {
    const tmsBefore = runIn(lang, setup).state.facts.tms;
    const r = runIn(lang, [...setup, msg]);
    const text = rendered(r);
    expect(text).toMatch(sqlLine);
    expect(text).toMatch(check);
    expect(text).toMatch(/Client/);
    expect(r.state.facts.sql?.build).toBe('10.50.6542.0');
    expect(r.state.facts.windows?.year).toBe(2008);
    expect(r.state.facts.tms).toEqual(tmsBefore);
  });
  it.each([
    ['en', EN_U, 'we upgraded TMS to 15, we stayed on Windows 2008 R2'],
    ['en', EN_U, 'is it ok to stay on SQL 2008 R2?'],
    ['ja', JA_U, 'TMS を 15 に上げる予定です'],
    ['en', 'TMS 15.13, Room Kit Mini on CE 9.15.3 No HTTPS response', 'if we upgrade TMS to 15, is it ok to stay on Windows 2008 R2?'],
  ] as const)('near miss %s: %s', (lang, first, msg) => {
    expect(runIn(lang, [first, msg]).route).not.toBe('stay-on-upgrade');
  });
});

describe('#12 interim advice while the SQL update is pending on 2008 R2: the keys, and so Medium-High, wait for it', () => {
  const JA_S = [
    'TMS 15.2.1 で SX20 が No HTTPS response です。TMS サーバは 2008 R2、SQL 2012 だったはず（SP はわかりません）。TMS サーバ上です',
    'エンドポイントは TC7.3.6 です',
    'SELECT @@VERSION の結果：Microsoft SQL Server 2012 - 11.0.2100.60 (X64) Feb 10 2012 Enterprise Edition on Windows NT 6.1 <X64> (Build 7601: Service Pack 1)',
  ];
  const EN_S = ['TMS 15.2.1, SX20 on TC 7.3.6 No HTTPS response. Windows 2008 R2, SQL 2012 RTM (11.0.2100.60) on the TMS server'];
  it.each([
    ['ja', JA_S, 'SQL の SP アップグレードは来月になります。それまでの回避策はありますか？', /Medium-High（または High）が効くのは TLS 1\.2 の Client キーを作成したあとです[^]*SQL の更新を待つ[^]*TMS が信頼する証明書/],
    ['en', EN_S, 'the SQL SP upgrade is next month. any workaround until then?', /only takes effect once the TLS 1\.2 Client keys exist[^]*wait for the SQL update[^]*certificates on the endpoints that TMS trusts/],
  ] as const)('%s', (lang, setup, msg, said) => {
    expect(rendered(runIn(lang, [...setup, msg]))).toMatch(said);
  });
  it.each([
    ['en', 'TMS 15.2.1, SX20 on TC 7.3.6 No HTTPS response. Windows 2016, SQL 2012 RTM (11.0.2100.60) on the TMS server'],
    ['en', 'TMS 15.2.1, SX20 on TC 7.3.6 No HTTPS response. Windows 2008 R2, SQL 2016 on the TMS server'],
    ['en', 'TMS 15.2.1, SX20 on TC 7.3.6 No HTTPS response. Windows 2008 R2, SQL 2012 RTM (11.0.2100.60) on another server'],
  ] as const)('not said when the SQL does not hold the keys: %s', (lang, first) => {
    expect(rendered(runIn(lang, [first, 'any other way than Medium-High?']))).not.toMatch(/wait for the SQL update/);
  });
});
