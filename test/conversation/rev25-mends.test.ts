/**
 * REV25 (a review of the REV24 mends): the planned upgrade said done only in its own words (not a ticket, a browser, a
 * rollback or one test unit); "our own" endpoints are ours; a firewall still in question is not ruled out; a hedge on
 * the result stays a hedge when the cause is named beside it.
 */
import { firewallRuledOut } from '../../src/domain/understand/firewall-ruled-out';
import { worksHedgedIn } from '../../src/conversation/one-system-works';
import { rendered, runIn } from './helpers';

const PLAN = {
  en: 'Tomorrow we will upgrade the SX20s from TC7.3.3 to TC7.3.21. TMS is 15.13.',
  ja: '明日 SX20 を TC7.3.3 から TC7.3.21 に上げる予定です。TMS は 15.13 です。',
} as const;

describe('REV25 #1: only the planned upgrade said done takes the planned release', () => {
  it.each([
    ['en', 'I updated the ticket with the logs.'],
    ['en', 'I upgraded Chrome and it still fails'],
    ['en', 'We upgraded them but rolled back'],
    ['en', 'We upgraded one SX20 as a test'],
    ['ja', 'チケットを更新しました。'],
    ['ja', 'アップグレードしましたが、切り戻しました。'],
    ['ja', '1台だけアップグレードしました。'],
  ] as const)('%s %j keeps TC 7.3.3', (lang, msg) => {
    const r = runIn(lang, [PLAN[lang], msg]);
    expect(r.route).not.toBe('planned-upgrade-done');
    expect(r.state.facts.endpoint?.semver).toBe('7.3.3');
  });
  it.each([
    ['en', 'ok we upgraded them, now No HTTPS response'],
    ['en', 'Upgraded. No HTTPS response now.'],
    ['ja', 'アップグレードしました。No HTTPS response が出ています'],
  ] as const)('%s %j takes TC 7.3.21', (lang, msg) => {
    const r = runIn(lang, [PLAN[lang], msg]);
    expect(r.route).toBe('planned-upgrade-done');
    expect(r.state.facts.endpoint?.semver).toBe('7.3.21');
  });
});

describe('REV25 #2: "our own" endpoints are ours', () => {
  it.each([
    ['en', 'We will upgrade our own SX20s from TC7.3.3 to CE 9.15 next week. TMS is 15.13. Will they break?'],
    ['ja', '来週うちの SX20 を TC7.3.3 から CE 9.15 に上げる予定です。TMS は 15.13 です。問題ありますか？'],
  ] as const)('%s %j: the plan answer, TC 7.3.3 now', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.route).toBe('endpoint-upgrade-plan');
    expect(r.state.facts.endpoint?.semver).toBe('7.3.3');
    expect(rendered(r)).toMatch(lang === 'en' ? /Noted as a plan/ : /予定として承知しました/);
  });
});

describe('REV25 #3: a firewall change still in question is not ruled out', () => {
  it.each([
    'We changed the firewall yesterday and TMS has not worked since',
    "We changed the firewall yesterday and TMS hasn't worked fine since",
    "we changed the firewall, the network team says it's unrelated, but the errors started right after",
    'ファイアウォールを変更してから TMS が動かない',
  ])('%j', (msg) => expect(firewallRuledOut(msg)).toBe(false));
  it.each(['firewall on the guest wifi, nothing to do with TMS', 'the firewall was changed last month but TMS worked fine after that', "did the firewall change? I don't think so"])(
    '%j stays ruled out',
    (msg) => expect(firewallRuledOut(msg)).toBe(true),
  );
});

describe('REV25 #4: a hedge on the result stays one beside a cause', () => {
  it.each(['I think it works now thanks to the reboot', '再起動のおかげで直ったと思います'])('%j is hedged', (msg) => expect(worksHedgedIn(msg)).toBe(true));
  it.each(['It works now, I think the reboot did it', '直りました。再起動が効いたと思います'])('%j is not', (msg) => expect(worksHedgedIn(msg)).toBe(false));
});
