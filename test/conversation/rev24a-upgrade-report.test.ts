/**
 * REV24 #1 #2 #5 (the endpoint-upgrade-plan reader): a finished upgrade with a future word in another clause is a report
 * (release and failure recorded); after a plan, "ok we upgraded them, now No HTTPS response" reads the planned release, not
 * the one upgraded from ("not the TLS 1.0 problem"); another organisation's upgrade plan is not this case's.
 */
import { endpointUpgradePlanIn } from '../../src/domain/understand/endpoint-upgrade-plan';
import { last, rendered, runIn, talk } from './helpers';

describe('REV24 #1: a finished upgrade with tomorrow in another clause is a report', () => {
  it.each([
    'TMS 15.13. The SX80s were upgraded to CE 9.15.3 last night and now show No HTTPS response, we will open a TAC case tomorrow. SQL 2016 local, Windows 2019.',
    "Endpoints got upgraded to CE 9.15 last week, now No HTTPS response; I'll take a capture tomorrow. TMS 15.9",
    'The endpoints were updated to CE 9.15 and we will look at TMS tomorrow. TMS 15.9',
    'Last week we moved the SX80s to CE 9.15 and tomorrow I will check TMS 15.9',
    'TMS 15.13 です。昨夜 SX80 を CE 9.15.3 にアップグレードし、No HTTPS response が出ているので、明日 TAC に問い合わせる予定です。',
    'CE 9.15 にアップグレードしてから No HTTPS response が出ていて、明日パケットキャプチャを取る予定です。TMS は 15.9',
  ])('%s', (msg) => {
    expect(endpointUpgradePlanIn(msg)).toBeNull();
    const r = last(talk(msg));
    expect(r.route).not.toBe('endpoint-upgrade-plan');
    expect(r.state.facts.endpoint?.family).toBe('CE');
  });

  it('the failure is recorded and the fix given (EN)', () => {
    const r = last(talk('TMS 15.13. The SX80s were upgraded to CE 9.15.3 last night and now show No HTTPS response, we will open a TAC case tomorrow. SQL 2016 local, Windows 2019.'));
    expect(r.state.facts.endpoint?.semver).toBe('9.15.3');
    expect(rendered(r)).toMatch(/This is the TLS 1\.0 problem/);
    expect(rendered(r)).not.toMatch(/Noted as a plan/);
  });

  it.each([
    ['Tomorrow, we will upgrade the SX20s to CE 9.15. TMS 15.13', 'CE 9.15'],
    ['We will back up TMS and upgrade the SX20s, SX80s and MX300s to CE 9.15 next week. TMS 15.13', 'CE 9.15'],
    ['来週、CE 11.5 に上げます。TMS 15.13', 'CE 11.5'],
    ['TMS は 15.13 で、来週 CE 11.5 に上げます', 'CE 11.5'],
  ])('still a plan: %s', (msg, to) => {
    expect(endpointUpgradePlanIn(msg)?.to).toBe(to);
  });
});

describe('REV24 #2: the planned upgrade said done reads the planned release', () => {
  const PLAN = 'We will upgrade our SX20s from TC7.3.3 to TC7.3.21 tomorrow. TMS is 15.13. Will they break?';
  it.each(['ok we upgraded them, now No HTTPS response on all SX20s', 'Upgraded. No HTTPS response now.', 'The upgrade is done and now they all show No HTTPS response'])('EN: %s', (msg) => {
    const r = last(talk(PLAN, 'SQL 2016 on the TMS server, Windows 2019', msg));
    expect(r.understoodNothing).toBeUndefined();
    expect(r.state.facts.endpoint?.semver).toBe('7.3.21');
    expect(rendered(r)).toMatch(/This is the TLS 1\.0 problem/);
    expect(rendered(r)).not.toMatch(/not the TLS 1\.0 problem/);
  });

  it('JA', () => {
    const out = runIn('ja', ['明日 SX20 を TC7.3.3 から TC7.3.21 に上げる予定です。TMS は 15.13 です。問題ありますか？', 'アップグレードしました。No HTTPS response が出ています']);
    expect(out.state.facts.endpoint?.semver).toBe('7.3.21');
    expect(out.understoodNothing).toBeUndefined();
  });

  it('a plan with no release upgraded from: the planned one', () => {
    const r = last(talk('The codecs will be upgraded to CE 9.15 tonight. Any issues? TMS 15.13', 'Upgraded. No HTTPS response now.'));
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
  });

  it.each(["we haven't upgraded yet, but they show No HTTPS response", 'we will upgrade them tonight', 'Did the customer upgrade theirs?'])('not done: %s', (msg) => {
    const r = last(talk(PLAN, msg));
    expect(r.route).not.toBe('planned-upgrade-done');
    expect(r.state.facts.endpoint?.semver).not.toBe('7.3.21');
  });
});

describe("REV24 #5: another organisation's endpoint upgrade plan", () => {
  it.each(['TMS 15.9. The customer will upgrade their endpoints to CE 9.15 next week; ours stay on TC7.3.3', 'お客様が来週エンドポイントを CE 9.15 に上げる予定です。TMS 15.9'])('%s', (msg) => {
    expect(endpointUpgradePlanIn(msg)).toBeNull();
    const r = last(talk(msg));
    expect(r.route).not.toBe('endpoint-upgrade-plan');
    expect(r.state.facts.endpoint?.family).not.toBe('CE');
  });
});
