/**
 * Round 32 (helper R32D): messages engineers type, leftovers of QA report 24 (M4 restart part, and the
 * "(?<![a-z])(?:…|n't)" flaw: a lookbehind before the n't inside "didn't" can never match it).
 */
import { closingIn, normIntent, worksClauseIn } from '../../src/conversation/intents';
import { telnetViaIn } from '../../src/domain/extract';
import { hedgedMedium } from '../../src/domain/understand/level-hedge';
import { planIn } from '../../src/domain/understand/plan';
import { sideStatementIn } from '../../src/domain/understand/side-statement';
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { runIn } from './helpers';

const SETUP_EN = 'TMS 15.9, CE 9.15, win 2016, SQL 2016 local';
const SETUP_JA = 'TMS15.9、CE9.15、Win2016、SQL2016ローカル';

describe('M4: a restart said not done is recorded', () => {
  it('EN "we didn\'t reboot and didn\'t restart IIS" records not restarted, like the JA twin', () => {
    expect(runIn('en', [SETUP_EN, "we didn't reboot and didn't restart IIS"]).state.facts.tlsClaims?.restarted).toBe(false);
    expect(runIn('ja', [SETUP_JA, '再起動はしていません、IISも再起動していません']).state.facts.tlsClaims?.restarted).toBe(false);
  });

  it('each verb phrase keeps its own object', () => {
    expect(readTlsClaims("restarted IIS and didn't reboot").restarted).toBe(false);
    expect(readTlsClaims("didn't restart the codecs and rebooted the server").restarted).toBe(true);
    // Negatives: IIS or the endpoints alone say nothing of the server.
    expect(readTlsClaims("we didn't restart IIS").restarted).toBeUndefined();
    expect(readTlsClaims('we rebooted the codecs and the room kits').restarted).toBeUndefined();
  });
});

describe("n't inside a word is a negation in every English cue list", () => {
  it('registry reader: "didn\'t run IIS Crypto best practices" is no change; "…and SQL won\'t start" still is', () => {
    expect(readTlsClaims("didn't run IIS Crypto best practices").iisCryptoBestPractices).toBeUndefined();
    expect(readTlsClaims("we applied IIS Crypto best practices and SQL won't start").iisCryptoBestPractices).toBe(true);
    expect(readTlsClaims('ran IIS Crypto best practices').iisCryptoBestPractices).toBe(true);
    expect(readTlsClaims('created the TLS 1.2 keys').keysChanged).toBe(true);
  });

  it('thanks reader: "thanks didn\'t help" is not a thank-you that closes the case', () => {
    expect(closingIn(normIntent("thanks didn't help"))).not.toBe('thanks');
    expect(closingIn(normIntent("thanks it doesn't"))).not.toBe('thanks');
    expect(closingIn(normIntent('thanks a lot'))).toBe('thanks');
  });

  it('works reader: "it works now, the others don\'t" is not a plain "works"', () => {
    expect(worksClauseIn("it works now, the others don't")).toBe(false);
    expect(worksClauseIn('works now')).toBe(true);
  });

  it('hedge reader: "we aren\'t sure, Medium" is a guess', () => {
    expect(hedgedMedium("we aren't sure, Medium")).toBe(true);
    expect(hedgedMedium("level is Medium, aren't 100% sure")).toBe(true);
    expect(hedgedMedium('level is Medium')).toBe(false);
  });

  it('side statements: a denial with n\'t is not the statement', () => {
    expect(sideStatementIn("the other TMS works, doesn't it")).toBeNull();
    expect(sideStatementIn('the other TMS works fine')).toBe('other-tms-works');
    expect(sideStatementIn("CRL check was enabled, isn't any more")).toBeNull();
    expect(sideStatementIn('CRL check is enabled')).toBe('crl-check-on');
    expect(sideStatementIn("auto-discovery is enabled, we haven't relied on it in years")).toBeNull();
    expect(sideStatementIn('we use automatic discovery')).toBe('auto-discovery-used');
  });

  it('plan reader: "we can\'t reboot tonight" is no plan to reboot', () => {
    expect(planIn("we can't reboot tonight")).toBeNull();
    expect(planIn("we don't reboot tonight")).toBeNull();
    expect(planIn('tonight we will set Medium-High and reboot')).toEqual({ level: true, restart: true });
  });

  it('Telnet reader: "the MXPs aren\'t managed via telnet" is no Telnet-managed system', () => {
    expect(telnetViaIn("the MXPs aren't managed via telnet")).toBeUndefined();
    expect(telnetViaIn('the MXPs are managed via telnet')).toBe('telnet');
  });

  it('service pack reader: "we haven\'t upgraded to SP4 yet" keeps the SP recorded; a clause of its own is read', () => {
    const setup = 'TMS 15.9, CE 9.15, win 2012 R2, SQL 2012 SP1 local';
    expect(runIn('en', [setup, "we haven't upgraded to SP4 yet"]).state.facts.sql?.sp).toBe(1);
    expect(runIn('en', [setup, "didn't apply SP4, we went to SP3"]).state.facts.sql?.sp).toBe(3);
    expect(runIn('en', [setup, 'we upgraded to SP4']).state.facts.sql?.sp).toBe(4);
  });
});
