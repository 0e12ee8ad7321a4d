/**
 * REV29 mends (helper mend29a): #1 a negated or someone else's Medium-High is not the missing-restart report; #5 the rollback
 * readers; #9 the rollback's "try again" carries the Telnet/SNMP caveat; #4 the SQL reboot answer.
 */
import { runIn } from './helpers';

const P = {
  en: 'TMS 15.2.1, endpoints CE 9.15, Windows 2019',
  ja: 'TMS 15.2.1、エンドポイントは CE 9.15、Windows 2019',
};

describe('REV29 #1: a negated or a customer\'s Medium-High is not "raised, no restart"', () => {
  it.each([
    ['en', "we didn't set Medium-High, still failing"],
    ['en', 'we never changed it to Medium-High, still red'],
    ['en', "the customer's admin set Medium-High, still red"],
    ['ja', 'Medium-High に変更しておらず、まだ失敗します'],
    ['ja', 'Medium-High に設定していません。まだ失敗します'],
    ['ja', 'お客様が Medium-High に変更しましたが、まだ失敗します'],
  ] as const)('%s: %s', (lang, line) => {
    const r = runIn(lang, [P[lang], line]);
    expect(r.route).not.toBe('raised-no-restart');
    expect(r.state.facts.tlsClaims?.levelRaised).toBeFalsy();
  });

  it.each([
    ['en', "I set Medium-High but it still doesn't work"],
    ['en', 'set Medium-High, still not working'],
    ['en', 'set Medium-High, no change'],
    ['ja', 'Medium-High に設定しました。まだ直っていません'],
    ['ja', 'Medium-High に変更しましたが、変わりません'],
  ] as const)('%s: %s (the still-failing words are no negation of the change) still leads with the restart', (lang, line) => {
    expect(runIn(lang, [P[lang], line]).route).toBe('raised-no-restart');
  });
});
