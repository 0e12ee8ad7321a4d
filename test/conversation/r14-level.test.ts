/**
 * QA round 14: "high" in other senses is no level (#5), plans with a future marker are not done (#4),
 * no SP-plan for SQL Server 2016 (#8), both nodes at once (#3).
 */
import { last, rendered, talk } from './helpers';
import { extractFacts } from '../../src/domain/extract';
import { highOrLowAsSetting } from '../../src/domain/understand/level-said';

const P = 'TMS 15.2 on Windows Server 2016, local SQL 2016. Endpoints upgraded to CE 9.15 show No HTTPS response.';
const PJ = 'TMS 15.2、Windows Server 2016、SQL 2016 はローカルです。CE 9.15 にアップグレードした端末が No HTTPS response になります。';

describe('#5 High or Low in another sense is no level (the Medium-High step stays)', () => {
  it.each([
    [P, 'the priority is high for us, customer is waiting'],
    [P, 'High availability: we run two TMS nodes behind a load balancer'],
    [P, 'we have a high number of endpoints, around 200'],
    [P, 'the load on the TMS server was high during the change'],
    [P, 'our security team wants High eventually'],
    [PJ, '優先度は高です。お客様が待っています'],
  ])('%s → %s: no level', (first, msg) => {
    const r = last(talk(first, msg));
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).not.toMatch(/At High TMS offers TLS 1\.2|High の TMS は TLS 1\.2 を提示/);
  });
  it.each([
    [P, 'High', 'high'],
    [P, "it's on High", 'high'],
    [P, "we're at high", 'high'],
    [P, 'High, in TMS Tools', 'high'],
    [P, 'is it low?', 'low'],
    [P, 'security level: High', 'high'],
    [P, 'Communication Security is set to High', 'high'],
    [P, 'we went from Medium to High', 'high'],
    [P, 'the previous admin set it to High years ago, not sure why', 'high'],
    [PJ, 'High です', 'high'],
    [PJ, '高です', 'high'],
    [PJ, 'TMS Tools で High になっていました', 'high'],
  ])('%s → %s: level %s', (first, msg, level) => {
    expect(last(talk(first, msg)).state.facts.level).toBe(level);
  });
  it.each([
    [P, 'high I think'],
    [PJ, 'たぶん High'],
    // (FIX62A #3: 「…ようです」 is hearsay or an inference, a guess like 「たぶん」; it was recorded as High.)
    [PJ, '前任者が High に設定していたようです'],
  ])('%s → %s: a guessed High is not recorded (FIX61C, QA61 #1), and said so', (first, msg) => {
    const r = last(talk(first, msg));
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(/so I have not recorded it|レベルは記録していません/);
  });
  it('a change from Medium to High is High now; one that did not happen keeps Medium', () => {
    expect(extractFacts('we changed it from Medium to Low').facts.level).toBe('low');
    expect(extractFacts("we haven't switched from Medium to High").facts.level).toBe('medium');
    expect(extractFacts('we went from Medium to Medium-High').facts.level).toBe('medium-high');
  });
  it('highOrLowAsSetting', () => {
    expect(highOrLowAsSetting('the priority is high')).toBe(false);
    expect(highOrLowAsSetting('High CPU on the TMS server')).toBe(false);
    expect(highOrLowAsSetting('set it to High')).toBe(true);
    expect(highOrLowAsSetting('レベルは High で、Medium-High ではありません')).toBe(true);
  });
});

describe('#4 a plan with a future marker is not recorded as done', () => {
  it.each([
    [PJ, '来週火曜日に Medium-High に変更します', /予定として承知しました/],
    [PJ, '明日 Medium-High に変更します', /予定として承知しました/],
    [P, 'we will reboot tonight after setting Medium-High', /Noted as a plan/],
    [P, 'we will change it to Medium-High on Tuesday', /Noted as a plan/],
  ])('%s → %s: the plan reply, no level', (first, msg, reply) => {
    const r = last(talk(first, msg));
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(reply);
    expect(rendered(r)).not.toMatch(/実施済みとして記録しました|Noted as done|already at Medium-High/);
  });
  it('after the JA plan, 「それだけですか？」 does not say the change is done', () => {
    const r = last(talk(PJ, '来週火曜日に Medium-High に変更します', 'それだけですか？'));
    expect(rendered(r)).not.toMatch(/Medium-High への変更は済んでいます/);
  });
  it.each([
    [PJ, 'Medium-High に変更しました', /実施済みとして記録しました/],
    [PJ, 'Medium-High に変更して保存しました', /実施済みとして記録しました/],
    [P, 'I set Medium-High', /Noted as done/],
  ])('%s → %s: done, recorded', (first, msg, reply) => {
    const r = last(talk(first, msg));
    expect(r.state.facts.level).toBe('medium-high');
    expect(rendered(r)).toMatch(reply);
  });
  it.each([
    [P, 'Medium-High set, will reboot tonight', /Noted: Medium-High[\s\S]*Noted as a plan/],
    [PJ, 'Medium-High に変更しました。明日再起動します', /記録しました：Medium-High[\s\S]*予定として承知しました/],
  ])('%s → %s: the level said done is kept beside the plan', (first, msg, reply) => {
    const r = last(talk(first, msg));
    expect(r.state.facts.level).toBe('medium-high');
    expect(rendered(r)).toMatch(reply);
  });
  it("a level said beside the plan stays: \"we're at Medium, will set Medium-High tonight\"", () => {
    expect(last(talk(P, "we're at Medium, will set Medium-High tonight")).state.facts.level).toBe('medium');
  });
});

describe('#8 a service-pack plan on SQL 2016 invents no SP and holds nothing', () => {
  it.each([
    [P, "we'll plan the SP4 upgrade next week", /SQL Server 2016 needs no update for this fix[\s\S]*go ahead now/],
    [PJ, 'SP4 にアップグレードする予定です', /SQL Server 2016 では、この修正のための更新は必要ありません/],
  ])('%s → %s', (first, msg, reply) => {
    const r = last(talk(first, msg));
    const out = rendered(r);
    expect(out).toMatch(reply);
    expect(out).not.toMatch(/SQL Server 2016 SP4/);
    expect(out).not.toMatch(/I keep SQL Server|インストールが終わったと伺うまでは/);
    expect(out).toMatch(/Medium-High/);
    expect(r.state.facts.sql?.sp ?? null).toBeNull();
  });
  it('SQL 2012 SP1: the SP4 plan still holds the fix until SP4 is in', () => {
    const out = rendered(last(talk('TMS 15.2 on Windows 2016, SQL 2012 SP1 local, CE 9.15 No HTTPS response', "we'll plan the SP4 upgrade next week")));
    expect(out).toMatch(/I keep SQL Server 2012 SP1 until you tell me SQL Server 2012 SP4 is installed/);
  });
});

describe('#3 both nodes at once: no, one at a time (JA questions, EN and JA plans)', () => {
  it.each(['両方のノードを同時に再起動してもいいですか？', '2台のノードを一度に再起動して大丈夫ですか？', '両方のサーバーを同時に再起動してもいいですか？', '両ノード同時に再起動してもいいですか？'])('%s → いいえ、1 台ずつ', (q) => {
    const out = rendered(last(talk(PJ, q)));
    expect(out).toMatch(/いいえ、同時には行わないでください。1 台ずつ行います/);
    expect(out).not.toMatch(/はい。TMS が 2 ノード構成なら/);
  });
  it.each([
    [P, "we'll reboot both nodes at the same time tonight", /Noted as a plan[\s\S]*Not both nodes at the same time: that takes TMS down\. Do one node at a time/],
    [PJ, '今夜、両方のノードを同時に再起動します', /予定として承知しました[\s\S]*2 台を同時に再起動しないでください。TMS が止まります。1 台ずつ行います/],
  ])('%s → %s: the plan gets the warning', (first, msg, reply) => {
    expect(rendered(last(talk(first, msg)))).toMatch(reply);
  });
  it.each([
    [P, 'we will reboot tonight'],
    [PJ, '今夜再起動します'],
  ])('%s → %s: a plain reboot plan has no such warning', (first, msg) => {
    expect(rendered(last(talk(first, msg)))).not.toMatch(/Not both nodes|2 台を同時に再起動しないでください/);
  });
});

describe('#5 "High CPU …, is that related?" is not the High-or-Medium-High question', () => {
  it('no level answer, no level recorded', () => {
    const r = last(talk(P, 'High CPU on the TMS server since the upgrade, is that related?'));
    expect(rendered(r)).not.toMatch(/Medium-High is what this fix needs/);
    expect(r.state.facts.level).toBeUndefined();
  });
  it('"is High better than Medium-High?" still is', () => {
    expect(rendered(last(talk(P, 'is High better than Medium-High?')))).toMatch(/Medium-High is what this fix needs/);
  });
});
