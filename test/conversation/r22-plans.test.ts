/**
 * Helper R22A: an upgrade plan written with a colon ("Please confirm the upgrade to: TMS 15.13", 「予定：TMS 15.13、CE 11
 * に上げます」) is a plan, not the setup now; "is it safe to upgrade to TC 7.3.21?" (「TC 7.3.21 に上げても大丈夫？」) is the
 * endpoint-upgrade question, not the fix's risks.
 */
import { extractFacts } from '../../src/domain/extract';
import { last, rendered, runIn, talk } from './helpers';

describe('an upgrade plan after a colon is not recorded as the current setup', () => {
  const CE = 'TMS 15.9, CE 9.15.3, SQL 2016 remote, Windows 2016, Medium';
  const TC = 'TMS 15.9, SX80 on TC 7.3.3, SQL 2016 remote, Windows 2016, Medium';
  it('EN "Please confirm the upgrade to: TMS 15.13": TMS stays 15.9, the plan answer says what the upgrade means', () => {
    const r = last(talk(CE, 'Please confirm the upgrade to: TMS 15.13'));
    expect(r.state.facts.tms?.raw).toBe('15.9');
    const out = rendered(r);
    expect(out).toMatch(/keep TMS 15\.9/);
    expect(out).toMatch(/After the upgrade to TMS 15\.13/);
    expect(out).not.toMatch(/Updated: TMS 15\.9/);
  });
  it('EN "We plan to upgrade to: TMS 15.13, CE 11": both stay, the endpoints go last (CE 11 refuses TLS 1.0)', () => {
    const r = last(talk(TC, 'We plan to upgrade to: TMS 15.13, CE 11'));
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.endpoint?.raw).toBe('TC 7.3.3');
    const out = rendered(r);
    expect(out).toMatch(/CE 11[^\n]* refuses TLS 1\.0/);
    expect(out).toMatch(/upgrade the endpoints last/);
  });
  it('JA 「次のアップグレード先はこれで合っていますか：TMS 15.13」', () => {
    const r = runIn('ja', [CE, '次のアップグレード先はこれで合っていますか：TMS 15.13']);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(rendered(r)).toMatch(/TMS 15\.13 へのアップグレード後/);
  });
  it('JA 「予定：TMS 15.13、CE 11 に上げます」', () => {
    const r = runIn('ja', [TC, '予定：TMS 15.13、CE 11 に上げます']);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.endpoint?.raw).toBe('TC 7.3.3');
    expect(rendered(r)).toMatch(/エンドポイントのアップグレードは最後/);
  });
  // A change said done, or a setup after a colon, is still read as the setup now.
  it.each([
    ['We upgraded to: TMS 15.13, CE 11', '15.13'],
    ['Please verify the steps for our setup: TMS 15.9, CE 9.15', '15.9'],
    ['Setup: TMS 15.9, CE 9.15', '15.9'],
    ['アップグレードしました：TMS 15.13', '15.13'],
    ['Upgrade status: done, TMS 15.13', '15.13'],
  ])('still stated: %s', (msg, tms) => {
    expect(extractFacts(msg).facts.tms?.raw).toBe(tms);
  });
});

describe('"is it safe to upgrade to <endpoint release>?" is the endpoint-upgrade question', () => {
  const P = 'TMS 15.9 on Windows 2016, SQL 2016 remote, Medium, SX80 on TC 7.3.3 works';
  it.each(['is it safe to upgrade to TC 7.3.21?', 'is it ok to move to CE 9.15?'])('EN %s', (msg) => {
    const out = rendered(last(talk(P, msg)));
    expect(out).toMatch(/change TMS first/);
    expect(out).not.toMatch(/not the TLS 1\.0 problem/);
  });
  it('JA 「TC 7.3.21 に上げても大丈夫？」', () => {
    const r = runIn('ja', ['TMS 15.9、Windows 2016、SQL 2016 は別サーバ、Medium、SX80 は TC 7.3.3 で動いています', 'TC 7.3.21 に上げても大丈夫？']);
    expect(r.state.facts.endpoint?.raw).toBe('TC 7.3.3');
    expect(rendered(r)).toMatch(/先に TMS 側を変更してください/);
  });
  it('the permission question names no working release and no current one', () => {
    expect(extractFacts('TC 7.3.21 に上げても大丈夫？').facts.endpoint).toBeUndefined();
    expect(extractFacts('TC 7.3.21 に上げても大丈夫？').supposed?.endpoint?.raw).toBe('TC 7.3.21');
  });
  it('the risks of the fix are still answered as such', () => {
    expect(rendered(last(talk('TMS 15.9, CE 9.15, SQL 2016 remote, Windows 2016, Medium', 'is it safe?')))).toMatch(/What could go wrong/);
  });
});
