/**
 * QA round 21 F6: a short question followed by more ("reboot? already did", 「再起動？もうしました」, "safe? I mean
 * turning off TLS 1.0 entirely") is not answered as the short question alone: what was done is recorded, what the
 * question means is answered. The short question alone keeps its answer.
 */
import { shortLeadRewrite } from '../../src/conversation/short-lead';
import { rendered, runIn } from './helpers';

const EN = ['TMS 15.9, CE 9.15, win 2016, sql 2016 remote', 'set medium-high'];
const JA = ['TMS 15.9、CE9.15、Win2016、SQL2016リモート'];
const REBOOT_CARD_EN = /Is a reboot needed\?/;
const REBOOT_CARD_JA = /サーバの再起動は必要か/;

describe('a short question as a lead-in', () => {
  it('"reboot? already did…": the restart is recorded, not the reboot card', () => {
    for (const msg of ['reboot? already did, still failing on 3', 'reboot? already did', 'restart? yes we did already']) {
      const r = runIn('en', [...EN, msg]);
      expect(rendered(r)).not.toMatch(REBOOT_CARD_EN);
      expect(r.state.facts.tlsClaims?.restarted).toBe(true);
    }
  });
  it('JA 「再起動？もうしました」: not the reboot card', () => {
    expect(rendered(runIn('ja', [...JA, '再起動？もうしました']))).not.toMatch(REBOOT_CARD_JA);
  });
  it('"safe? I mean turning off TLS 1.0 entirely": the TLS 1.0 turn-off card', () => {
    const out = rendered(runIn('en', [...EN, 'safe? I mean turning off TLS 1.0 entirely']));
    expect(out).toMatch(/Can TLS 1\.0 be turned off too\?/);
    expect(out).not.toMatch(/What could go wrong/);
  });
  it('the short question alone keeps its answer', () => {
    expect(rendered(runIn('en', [...EN, 'reboot?']))).toMatch(REBOOT_CARD_EN);
    expect(rendered(runIn('en', [...EN, 'safe?']))).toMatch(/What could go wrong/);
    expect(rendered(runIn('ja', [...JA, '再起動？']))).toMatch(REBOOT_CARD_JA);
  });
  it('the reader leaves other messages alone', () => {
    for (const t of ['reboot?', 'restart the server? we changed the keys', 'safe? what about the HDX', 'rebooted, still failing', 'safe to reboot now?', '再起動は必要ですか？']) {
      expect(shortLeadRewrite(t)).toBeNull();
    }
  });
});
