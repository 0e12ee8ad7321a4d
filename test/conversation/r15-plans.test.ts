/**
 * QA round 15 #3: a step said done in the past tense beside a time word ("Tonight we changed it to Medium-High",
 * "…yesterday and will reboot tonight") is done, not a plan; only the future step is the plan.
 */
import { last, rendered, talk } from './helpers';
import { planIn, levelSaidDone } from '../../src/domain/understand/plan';

const P = 'TMS 15.2 on Windows Server 2016, local SQL 2016. Endpoints upgraded to CE 9.15 show No HTTPS response.';
const PJ = 'TMS 15.2、Windows Server 2016、SQL 2016 はローカルです。CE 9.15 にアップグレードした端末が No HTTPS response になります。';

describe('#3 a past-tense change next to tonight/tomorrow is recorded', () => {
  it.each([
    'Tonight we changed it to Medium-High and restarted IIS.',
    'Tonight we changed it to Medium-High.',
    'Changed it to Medium-High this morning, will check again tomorrow.',
    'Changed it to Medium-High, will check tomorrow.',
    'Medium-High was set an hour ago. Tomorrow we will verify with a capture.',
    'Tonight we set it to Medium-High and restarted IIS.',
  ])('%s: level Medium-High, no plan reply', (msg) => {
    const r = last(talk(P, msg));
    expect(r.state.facts.level).toBe('medium-high');
    expect(rendered(r)).not.toMatch(/Noted as a plan|Raising the level from Medium to Medium-High turns Telnet and SNMP off/);
  });
  it.each([
    'We changed Communication Security to Medium-High yesterday and will reboot tonight.',
    'Tonight we changed it to Medium-High and will restart IIS tomorrow',
  ])('%s: the level recorded, the restart is the plan', (msg) => {
    const r = last(talk(P, msg));
    expect(r.state.facts.level).toBe('medium-high');
    expect(rendered(r)).toMatch(/Noted: Medium-High\.[\s\S]*Noted as a plan/);
  });
  it.each([
    [PJ, '昨日 Medium-High に変更しました。明日再起動します。'],
    [PJ, '今夜 Medium-High に変更しました。'],
    [PJ, 'Medium-High に変更済み、今夜再起動します。'],
  ])('JA %s → %s: recorded', (first, msg) => {
    expect(last(talk(first, msg)).state.facts.level).toBe('medium-high');
  });
  it.each([
    [P, 'we will reboot tonight after setting Medium-High', /Noted as a plan/],
    [P, 'We will set Medium-High tonight', /Noted as a plan/],
    [P, 'I am going to set it to Medium-High tonight', /Noted as a plan/],
    [P, 'we changed nothing yet and will set Medium-High tomorrow', /Noted as a plan/],
    [P, 'we will change it to Medium-High tomorrow, then reboot', /Noted as a plan/],
    [PJ, '来週火曜日に Medium-High に変更します', /予定として承知しました/],
    [PJ, '明日 Medium-High に変更します', /予定として承知しました/],
  ])('%s → %s: still a plan, nothing recorded', (first, msg, reply) => {
    const r = last(talk(first, msg));
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(reply);
  });
  it('planIn keeps only the future step', () => {
    expect(planIn('we changed it to medium-high yesterday and will reboot tonight')).toEqual({ restart: true });
    expect(planIn('tonight we changed it to medium-high and restarted iis')).toBeNull();
    expect(planIn('tonight we change it to medium-high')).toEqual({ level: true });
    expect(levelSaidDone('we will set medium-high tonight')).toBe(false);
    // (FIX62A #5: "tonight we set it to Medium-High" with nothing said done or seen is a plan; with a result it reports.)
    expect(levelSaidDone('tonight we set it to medium-high')).toBe(false);
    expect(levelSaidDone('tonight we set it to medium-high and it works now')).toBe(true);
    expect(levelSaidDone('medium-high was set an hour ago')).toBe(true);
  });
});

describe('#5 JA: HTTP works, HTTPS fails is the signature (managed over HTTPS), as in EN', () => {
  it.each(['HTTP では管理できますが HTTPS だとだめです。', 'HTTP なら動きますが、HTTPS だと失敗します。', 'HTTPS では繋がらず、HTTP なら繋がります。'])('%s → the fix, not "HTTP のみ"', (msg) => {
    const r = last(talk(PJ, msg));
    expect(r.state.facts.https).toBe(true);
    expect(rendered(r)).toMatch(/TLS 1\.0 の問題です/);
    expect(rendered(r)).not.toMatch(/HTTP のみ/);
  });
  it.each(['HTTP で管理しています。', 'HTTPS はだめです。HTTP で管理しています。'])('%s → still managed over HTTP', (msg) => {
    expect(last(talk(PJ, msg)).state.facts.https).toBe(false);
  });
  it('EN stays: "Our endpoints work with HTTP, just not HTTPS"', () => {
    expect(last(talk(P, 'Our endpoints work with HTTP, just not HTTPS.')).state.facts.https).toBe(true);
  });
});
