/**
 * FIX21E (QA50 #1): "should I add TLS 1.0 and 1.1 keys so the TC 7.3.3 ones work at Medium?" on Windows Server 2025: no, with why.
 */
import { rendered, runIn } from './helpers';

const S4_EN = [
  'TMS 15.13 on Windows Server 2025, SQL 2019 Express local. Room Kit Pro on RoomOS 11.14 and SX20s on TC 7.3.3 all show No HTTPS response',
  'level is Medium',
];
const S4_JA = ['TMS 15.13、Windows Server 2025、SQL 2019 Express はローカル。RoomOS 11.14 の Room Kit Pro と TC 7.3.3 の SX20 がすべて No HTTPS response です', 'レベルは Medium です'];

describe('#1: TLS 1.0 and 1.1 keys to stay at Medium', () => {
  it('EN on Windows Server 2025', () => {
    const r = runIn('en', [...S4_EN, 'so no keys for TLS at all. should I add TLS 1.0 and 1.1 keys so the TC 7.3.3 ones work at Medium?']);
    const t = rendered(r);
    expect(r.route).toBe('legacy-keys');
    expect(t).toMatch(/^No\. On Windows Server 2025/m);
    expect(t).toContain('RFC 8996');
    expect(t).toContain('TC 7.3.3 included');
    expect(t).toContain('not documented');
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
  });
  it('JA on Windows Server 2025', () => {
    const t = rendered(runIn('ja', [...S4_JA, 'TC 7.3.3 が Medium で動くように TLS 1.0 と 1.1 のキーを追加すべきですか？']));
    expect(t).toContain('いいえ。Windows Server 2025 では TLS 1.0 と TLS 1.1 は既定で無効');
    expect(t).toContain('RFC 8996');
  });
  it.each([
    'should I disable TLS 1.0 and 1.1 on the server?',
    'we added TLS 1.1 and 1.2 keys and rebooted',
    'can I enable TLS 1.1 on the codecs?',
    'should I add the TLS 1.2 keys?',
  ])('near miss EN %s', (m) => {
    expect(runIn('en', [...S4_EN, m]).route).not.toBe('legacy-keys');
  });
  it.each(['TLS 1.0 と 1.1 を無効にすべきですか？', 'TLS 1.1 と 1.2 のキーを追加して再起動しました'])('near miss JA %s', (m) => {
    expect(runIn('ja', [...S4_JA, m]).route).not.toBe('legacy-keys');
  });
  it('near miss: TMS before 15', () => {
    expect(runIn('en', ['TMS 14.6.2, TC 7.3.6, SQL 2014 remote', 'should I add TLS 1.0 and 1.1 keys?']).route).not.toBe('legacy-keys');
  });
});
