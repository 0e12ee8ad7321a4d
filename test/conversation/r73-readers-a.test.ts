/**
 * REV24 readers (helper readers-a): messages the readers misread. Each case checks what is recorded and what the reply does.
 */
import { rendered, runIn, setupThenLine, SQL2008R2_LOCAL } from './helpers';

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

describe('REV24 #4: the raised level gone back by itself is recorded, and why it reverted is to be checked', () => {
  const DONE = { en: 'we set Medium-High and rebooted', ja: 'Medium-High に設定して再起動しました' } as const;
  it.each([
    ['en', 'Medium-High reverted to Medium'],
    ['en', 'Medium-High got reset to Medium'],
    ['ja', 'Medium-High が Medium に戻っていました'],
    ['ja', 'Medium-High が Medium に戻ってしまいました'],
  ] as const)('%s %j', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], DONE[lang], msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).toMatch(lang === 'en' ? /find out why it reverted/ : /戻った理由を確かめてください/);
  });
  it.each([
    ['en', 'we reverted to Medium'],
    ['en', 'what if it got reset to Medium?'],
    ['ja', 'Medium に戻しました'],
  ] as const)('%s %j: no "why it reverted" note', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], DONE[lang], msg]);
    expect(rendered(r)).not.toMatch(/find out why it reverted|戻った理由を確かめてください/);
  });
  it('"what if it got reset to Medium?" keeps Medium-High', () => {
    expect(runIn('en', [SETUP.en, DONE.en, 'what if it got reset to Medium?']).state.facts.level).toBe('medium-high');
  });
});

describe('REV24 #5: "didn\'t apply to the endpoints, Save gave an error" is a save that failed', () => {
  it.each([
    ['en', "didn't apply to the endpoints, Save gave an error"],
    ['en', 'Save gave an error'],
    ['ja', 'エンドポイントに反映されず、保存時にエラーが出ました'],
  ] as const)('%s %j', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.route).toBe('level-change-failed');
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.endpointsFail).toBeUndefined();
    expect(rendered(r)).toMatch(lang === 'en' ? /did not save/ : /保存されていない/);
  });
  it('"what if Save gives an error?" is no report', () => {
    expect(runIn('en', [SETUP.en, 'what if Save gives an error?']).route).not.toBe('level-change-failed');
  });
});

describe('REV24 #6: "set Medium-High, node 2 fails too, it is on 14.6" records the level and answers the pre-15 node', () => {
  it.each([
    ['en', 'set Medium-High, node 2 fails too, it is on 14.6'],
    ['ja', 'Medium-High にしましたが、もう片方のノードもダメです。そちらは TMS 14.6 です'],
  ] as const)('%s %j', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tms?.raw).toBe('15.13');
    expect(rendered(r)).toMatch(lang === 'en' ? /that node runs TMS 14\.6/ : /そのノードは TMS 14\.6/);
  });
  it('"node 2 fails too, it is on 14.6" alone records no level', () => {
    const r = runIn('en', [SETUP.en, 'node 2 fails too, it is on 14.6']);
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).toMatch(/that node runs TMS 14\.6/);
  });
});

describe('REV24 #7: "I set Medium-High on node 1, node 2 not yet" keeps where SQL runs, and is one node\'s level', () => {
  const REMOTE = { en: 'TMS 15.13, SQL 2016 on a separate SQL server, CE 9.15, Windows 2016, Medium', ja: 'TMS 15.13、SQL 2016 は別サーバ、CE 9.15、Windows 2016、レベル Medium' } as const;
  it.each([
    ['en', 'I set Medium-High on node 1, node 2 not yet'],
    ['ja', '1号機は Medium-High にしました。2号機はまだです'],
  ] as const)('%s %j', (lang, msg) => {
    const r = runIn(lang, [REMOTE[lang], msg]);
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(r.state.facts.sqlOnNode).toBeUndefined();
    // (Communication Security is set per node: one node's level is not the TMS's; the per-node answer.)
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).toMatch(lang === 'en' ? /the nodes are at different levels/ : /ノードごとにレベルが違う/);
  });
  it('both nodes named together are not one node', () => {
    expect(rendered(runIn('en', [REMOTE.en, 'I set Medium-High on node 1 and node 2']))).not.toMatch(/the nodes are at different levels/);
  });
  it.each([
    ['en', "sorry, not remote, it's on the TMS server"],
    ['en', "SQL isn't remote, it's local"],
  ] as const)('%s %j: a place corrected still is', (lang, msg) => {
    expect(runIn(lang, [REMOTE[lang], msg]).state.facts.sqlLocation).toBe('local');
  });
});

describe('REV24 #8: "the upgrade to TMS 15.13 happens Friday as planned" is a plan; TMS stays 14.6', () => {
  const OLD = { en: 'TMS 14.6, SQL 2016 on the TMS server, CE 9.15, Windows 2016', ja: '' } as const;
  it.each([
    'the upgrade to TMS 15.13 happens Friday as planned',
    'TMS goes to 15.13 on Friday as planned',
    'the upgrade to TMS 15.13 happens Friday',
  ])('%j', (msg) => {
    const r = runIn('en', [OLD.en, msg]);
    expect(r.route).toBe('plan');
    expect(r.state.facts.tms?.raw).toBe('14.6');
    expect(rendered(r)).toMatch(/I keep TMS 14\.6 as your TMS until you tell me the upgrade to TMS 15\.13 is done/);
  });
  it.each(['we upgraded to TMS 15.13 on Friday as planned', 'the upgrade to TMS 15.13 happened Friday as planned'])('%j: done, recorded', (msg) => {
    expect(runIn('en', [OLD.en, msg]).state.facts.tms?.raw).toBe('15.13');
  });
});

describe('REV24 #9, #10: an intent to keep TLS 1.0 on, and a worry that SQL stops, record nothing and are answered', () => {
  const R2 = { en: 'TMS 15.13, SQL 2008 R2 on the TMS server, CE 9.15, Windows 2016, Medium', ja: 'TMS 15.13、SQL 2008 R2 は TMS サーバー上、CE 9.15、Windows 2016、レベル Medium' } as const;
  it.each([
    ['ja', 'TLS 1.0 を切るつもりはないです'],
    ['ja', 'TLS 1.0 は無効にしません'],
    ['en', "we won't disable TLS 1.0"],
    ['en', 'no plan to turn off TLS 1.0'],
  ] as const)('%s %j: right where SQL needs it, nothing recorded', (lang, msg) => {
    const before = runIn(lang, [R2[lang]]).state.facts;
    const r = runIn(lang, [R2[lang], msg]);
    expect(r.route).toBe('keeps-tls10');
    expect(r.state.facts).toEqual(before);
    expect(rendered(r)).toMatch(lang === 'en' ? /That is right, and needed here/ : /そのとおりで、この環境では必要なことです/);
  });
  it('with SQL 2016 on the TMS server, keeping TLS 1.0 on is fine, with no SQL 2008 R2 warning', () => {
    const r = runIn('ja', [SETUP.ja, 'TLS 1.0 を切るつもりはないです']);
    expect(rendered(r)).toMatch(/問題ありません/);
    expect(rendered(r)).not.toMatch(/26011/);
  });
  it.each([
    ['ja', '前回は SQL が止まったので心配です'],
    ['ja', '前回は SQL が止まったので、今回も止まるか心配です'],
    ['en', "I'm worried: SQL Server won't start when we restart it"],
    ['en', "I'm worried SQL Server won't start when we reboot"],
  ] as const)('%s %j: a worry, nothing recorded, what to check', (lang, msg) => {
    const before = runIn(lang, [R2[lang]]).state.facts;
    const r = runIn(lang, [R2[lang], msg]);
    expect(r.route).toBe('sql-worry');
    expect(r.state.facts).toEqual(before);
    expect(rendered(r)).toMatch(/TLS 1\.0\\\\Server|TLS 1\.0\\Server/);
    expect(rendered(r)).not.toMatch(/SQL Server does not start: get it running|SQL Server が起動しません：まず復旧/);
  });
  it.each([
    ['en', "SQL Server is down and I'm worried it won't come back when we reboot"],
    ['ja', 'SQL Server が止まっていて、再起動しても戻らないか心配です'],
    ['ja', '前回は問題なかったのですが、SQL Server が起動しなくなったので、ほかも止まるか心配です'],
  ] as const)('%s %j: SQL down now is still the report', (lang, msg) => {
    expect(runIn(lang, [R2[lang], msg]).state.facts.tlsClaims?.sqlDown).toBe(true);
  });
});

describe('REV24 #11: in a shared thread, a request to a colleague', () => {
  it.each([
    ['en', '@bob please disable SSL 3.0 only'],
    ['ja', '@bob SSL 3.0 だけ無効にしてください'],
  ] as const)('%s %j: SSL 3.0 alone is safe: silent, nothing taken', (lang, line) => {
    const { before, r } = setupThenLine(lang, SQL2008R2_LOCAL[lang], line, true);
    expect(r.route).toBe('chatter');
    expect(r.replies).toEqual([]);
    expect(r.state).toEqual(before);
  });
  it.each([
    ['en', '@bob please disable TLS 1.0'],
    ['ja', '@bob TLS 1.0 を無効にしてください'],
  ] as const)('%s %j: TLS 1.0 off with SQL 2008 R2 on the TMS server: warned, nothing taken', (lang, line) => {
    const { before, r } = setupThenLine(lang, SQL2008R2_LOCAL[lang], line, true);
    expect(r.route).toBe('hardening-plan');
    expect(JSON.stringify(r.replies)).toMatch(/Please don't|実施しないでください/);
    expect(r.state.facts).toEqual(before.facts);
  });
});
