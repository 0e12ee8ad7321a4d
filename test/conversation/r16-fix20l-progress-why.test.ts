/**
 * REV20 #4: a report joined to a "why" question by a comma is recorded as done only when it is this user's own steps, done:
 * not "after we set Medium-High and reboot, …", "once I set …", nor a colleague's report ("Bob says he set …").
 */
import { rendered, runIn } from './helpers';

const EN = 'TMS 15.13, endpoints on CE 9.15 show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const JA = 'TMS 15.13、エンドポイントは CE 9.15 で No HTTPS response、SQL 2016 は TMS サーバー上、Windows 2016';

describe('not a report of steps done', () => {
  it.each([
    'after we set Medium-High and reboot, why would it still fail?',
    'once I set Medium-High and reboot, why would it still fail?',
    'once I set Medium-High, why would it still fail?',
    'when we set Medium-High and restart the services, why would it fail?',
    'as soon as we set Medium-High and reboot, why would it still fail?',
    "we'll set Medium-High and reboot, why would it still fail?",
    'Bob says he set Medium-High and rebooted, why is it still failing?',
    'my colleague told me he set Medium-High and rebooted, why is it still failing?',
  ])('EN %s', (msg) => {
    const r = runIn('en', [EN, 'Medium', msg]);
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(rendered(r)).not.toMatch(/Noted as done/);
  });
  it.each(['田中さんによると Medium-High にして再起動しましたが、なぜまだ失敗するのですか？', 'もし Medium-High にして再起動しましたが、なぜ失敗するのですか？'])('JA %s', (msg) => {
    const r = runIn('ja', [JA, 'Medium', msg]);
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(rendered(r)).not.toMatch(/実施済みとして記録しました/);
  });
});

describe('still a report', () => {
  it.each(['I set Medium-High and rebooted, why is it still failing?', 'we set Medium-High and restarted the services, why is it still failing?'])('EN %s', (msg) => {
    const r = runIn('en', [EN, 'Medium', msg]);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
    expect(rendered(r)).toMatch(/Noted as done/);
  });
  it('JA', () => {
    const r = runIn('ja', [JA, 'Medium', 'Medium-High にして再起動しましたが、なぜまだ失敗するのですか？']);
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
    expect(rendered(r)).toMatch(/実施済みとして記録しました/);
  });
});
