/**
 * QA36 #5: every system fails, including units on TC 7.3.3 / CE 8.0.x that were never upgraded, "after GPO hardening": units that
 * still accept TLS 1.0 failing point to TLS 1.0 turned off on the TMS server's Client side (knowledge.md: TMS at Medium then sends
 * no ClientHello at all). The bot says so, as what to check, instead of "this problem does not hit them". Only when the message
 * says the older units fail too.
 */
import { rendered, runIn } from './helpers';

const first = (lang: 'en' | 'ja', msg: string) => rendered(runIn(lang, [msg]));

describe('r66: older units failing too after hardening', () => {
  it.each([
    'TMS 15.9: every system shows no https response, including old SX20s on TC 7.3.3 that were never upgraded, and the new ones on ce9.15. started after GPO hardening',
    'TMS 15.9: nothing works after we applied IIS Crypto, TC 7.3.3 and ce9.15 both fail',
    'TMS 15.10, since the security baseline was applied all endpoints show no https response, even the CE 8.0.1 ones, not just the ce9.15 codecs',
  ])('EN: %s', (msg) => {
    const t = first('en', msg);
    expect(t).not.toMatch(/does not hit them/);
    expect(t).toMatch(/sends no ClientHello at all/);
    expect(t).toMatch(/TLS 1\.0\\Client/);
    expect(t).toMatch(/a capture on the TMS server settles it/);
  });

  it('JA', () => {
    const t = first('ja', 'TMS 15.9です。GPOでセキュリティ強化をしてから、アップグレードしていないTC 7.3.3のSX20も含め、ce9.15の新しい機器もすべてNo HTTPS responseになりました');
    expect(t).not.toMatch(/この問題の影響は受けません/);
    expect(t).toMatch(/ClientHello をまったく送らない/);
    expect(t).toMatch(/TLS 1\.0\\Client/);
  });

  it.each([
    // the older ones work: not this case
    'TMS 15.9: the SX20s on TC 7.3.3 work fine, only the new ones on ce9.15 show no https response since GPO hardening',
    // no hardening said
    'TMS 15.9: every system shows no https response, including old SX20s on TC 7.3.3 and the new ones on ce9.15',
  ])('not said when the message does not fit: %s', (msg) => {
    expect(first('en', msg)).not.toMatch(/started after hardening/);
  });
});
