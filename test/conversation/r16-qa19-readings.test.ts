/**
 * QA round 19, conversation readings:
 * #1 "planning to upgrade TMS to 15.13", "ok we will plan the TMS upgrade to 15.13", "we'll go to TMS 15.13",
 *    「来月TMSを15.13に上げます」 after TMS 14.6.2: a plan; TMS stays 14.6.2.
 * #3 "set Medium-High and restarted the services. no reboot needed, right?" (and the JA twin): the steps are noted as
 *    done, the reboot question answered, no "not settled" / "why it is refused" card.
 * #4 "after going to ce9.12.3", "since going to CE 9.12.3": the endpoint release is recorded.
 * #5 "All Room Kits are green now", "The Room Kits are green now" (JA too) with Room Kits the affected model: closed.
 */
import { rendered, runIn } from './helpers';
import { partialSuccessIn } from '../../src/conversation/partial-success';

const CLOSED = /Good to hear it works now|直ってよかったです/;
const PARTIAL = /part of it works|一部は直った/;

describe('r19 #1: a planned TMS upgrade is not the TMS version now', () => {
  it.each([
    ['en', 'TMS 14.6.2, MX700 ce9.12.3, Win2012R2, SQL remote', 'planning to upgrade TMS to 15.13'],
    ['en', 'TMS 14.6.2, MX700 ce9.12.3, Win2012R2', 'ok we will plan the TMS upgrade to 15.13'],
    ['en', 'TMS 14.6.2, MX700 ce9.12.3, Win2012R2', "we'll go to TMS 15.13"],
    ['ja', 'TMS 14.6.2、MX700 ce9.12.3、Win2012R2', '来月TMSを15.13に上げます'],
    ['ja', 'TMS 14.6.2、MX700 ce9.12.3、Win2012R2', 'TMS 15.13 にバージョンアップしようと思います'],
  ] as const)('%s %j keeps TMS 14.6.2 and answers as a plan', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.tms?.raw).toBe('14.6.2');
    expect(rendered(r)).toMatch(/Noted as a plan|予定として承知しました/);
  });

  it('then "what do we do now?" gives no Medium-High step for TMS 14', () => {
    const r = runIn('en', ['TMS 14.6.2, MX700 ce9.12.3, Win2012R2, SQL remote', 'planning to upgrade TMS to 15.13', 'what do we do now?']);
    expect(rendered(r)).not.toMatch(/set Communication Security to Medium-High/i);
  });

  it('an upgrade done is still recorded', () => {
    expect(runIn('en', ['TMS 14.6.2, MX700 ce9.12.3, Win2012R2', 'we upgraded TMS to 15.13']).state.facts.tms?.raw).toBe('15.13');
  });
});

describe('r19 #3: steps done, then a question', () => {
  it.each([
    ['en', 'TMS 15.10, MX300 G2 CE 9.14.5, Win2016, SQL 2016 local, Medium', 'set Medium-High and restarted the services. no reboot needed, right?'],
    ['ja', 'TMS 15.10、MX300 G2 CE 9.14.5、Win2016、SQL 2016 同居、Medium', 'Medium-High設定、サービス再起動しました。再起動は不要ですよね？'],
  ] as const)('%s %j: noted as done, reboot answered, no "not settled"', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    const out = rendered(r);
    expect(out).toMatch(/Noted as done|実施済みとして記録しました/);
    expect(out).toMatch(/Is a reboot needed\?|サーバの再起動は必要か/);
    expect(out).not.toMatch(/Not settled yet|まだ判断できません/);
    expect(out).not.toMatch(/why it is refused|拒否される理由/);
    expect(out).not.toMatch(/I don't know that one|お答えできません/);
    expect(r.state.facts.level).toBe('medium-high');
  });

  it('ja: 「サーバの再起動はしなくていいですよね？」 is the reboot question', () => {
    const out = rendered(runIn('ja', ['TMS 15.9、Room Kit ce9.15.3、Windows Server 2016、SQLは別サーバ、Medium。', 'サーバの再起動はしなくていいですよね？']));
    expect(out).not.toMatch(/お答えできません/);
    expect(out).toMatch(/再起動/);
  });
});

describe('r19 #4: "after going to" a release is past', () => {
  it.each([
    'TMS shows No HTTPS response on our MX700s after going to ce9.12.3. TMS 14.6.2, Win2012R2',
    'since going to CE 9.12.3 the MX700s show No HTTPS response. TMS 15.9',
  ])('%j records CE 9.12.3', (msg) => {
    const r = runIn('en', [msg]);
    expect(r.state.facts.endpoint?.semver).toBe('9.12.3');
  });

  it('"we are going to CE 11" stays a plan', () => {
    expect(runIn('en', ['TMS 15.9', 'we are going to CE 11 next month']).state.facts.endpoint).toBeUndefined();
  });
});

describe('r19 #5: the affected model all green is success', () => {
  it.each([
    ['en', 'TMS 15.2.1, Room Kit ce9.15.3, Windows Server 2019, SQL remote, Medium', 'All Room Kits are green now'],
    ['en', 'TMS 15.2.1, Room Kit ce9.15.3, Windows Server 2008 R2, SQL 2008 R2 SP2 on the TMS server, Medium', 'Done: registry keys, Medium-High, reboot. The Room Kits are green now.'],
    ['ja', 'TMS 15.2.1、Room Kit ce9.15.3、Windows Server 2008 R2、SQL 2008 R2 SP2 同居、Medium', 'レジストリ追加とMedium-Highへの変更、再起動まで終わりました。Room Kitは緑になりました'],
  ] as const)('%s %j closes', (lang, setup, msg) => {
    const out = rendered(runIn(lang, [setup, msg]));
    expect(out).toMatch(CLOSED);
    expect(out).not.toMatch(PARTIAL);
  });

  it.each([
    ['the SX80s work now but the HDX still fails', ['SX80']],
    ['the Room Kits are green now', ['Room Kit', 'SX20']],
    ['all Room Kits are green, 2 SX20s still fail', ['Room Kit', 'SX20']],
    ['Room Kit は全部緑になりましたが、SX20 はまだです', ['Room Kit', 'SX20']],
    ['some Room Kits are green now', ['Room Kit']],
    ['the Cisco ones work now', ['SX80']],
  ])('%j with %j is still a partial success', (msg, affected) => {
    expect(partialSuccessIn(msg, affected)).toBe(true);
  });
});
