/**
 * QA round 22 C1: further closing wordings after the fix is in ("ok did node 2 too, all good", "ok, will leave it. closing",
 * "now all online", 「了解、HDXは別管理にします。クローズで」「全部オンラインになりました」) are closings, not "I could not find a
 * version or a request".
 */
import { closingIn } from '../../src/conversation/intents';
import { rendered, runIn } from './helpers';

const EN = 'Redundant TMS 15.11 pair, Windows 2016, SQL 2016 local. CE 9.14, No HTTPS response.';
const JA = 'TMS 15.9でCE 9.15のSX80がNo HTTPS response、Windows 2016、SQL 2016同居。HDXはSNMPとTelnetで管理';

describe('C1: closings', () => {
  it.each([
    ['ok did node 2 too, all good', /Good to hear it works now/],
    ['now all online', /Good to hear it works now/],
    ['everything is online now', /Good to hear it works now/],
    ['ok, will leave it. closing', /Noted, thanks/],
  ])('EN %s', (msg, want) => {
    const out = rendered(runIn('en', [EN, 'Medium-High set, restarted IIS and services', msg]));
    expect(out).toMatch(want);
    expect(out).not.toMatch(/could not find a version/);
  });
  it.each([
    ['了解、HDXは別管理にします。クローズで', /承知しました。ありがとうございました/],
    ['全部オンラインになりました', /直ってよかったです/],
  ])('JA %s', (msg, want) => {
    const out = rendered(runIn('ja', [JA, 'Medium-Highにして再起動しました', msg]));
    expect(out).toMatch(want);
    expect(out).not.toMatch(/読み取れませんでした/);
  });
  it.each(['all good?', 'not all online yet', 'port 443 is closed', 'is the ticket closed', 'all good, thanks', 'tls 1.0 closed, all good but sql is down', 'まだ全部オンラインではありません', 'クローズしていいですか'])(
    'not a works/closed closing: %s',
    (t) => {
      expect(['works', 'closed']).not.toContain(closingIn(t));
    },
  );
});
