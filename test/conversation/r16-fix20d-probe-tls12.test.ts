/**
 * FIX20D #3: a probed address that refuses TLS 1.0 while TMS is at Medium is the TLS 1.0 problem there, but "the fix
 * applies" only when the probe also saw TLS 1.2 accepted (what TMS offers at Medium-High). Where TLS 1.2 was refused or
 * not settled, the answer says what to check (the endpoint's minimum TLS version, that the probe reached the endpoint).
 */
import type { IncomingMessage } from '../../src/conversation/types';
import { chatWith, probeAt } from './helpers';

const NO12 = (port: number) => probeAt(port, { protocols: { 'tls1.2': false } });
const UNSURE12 = (port: number) => probeAt(port, { protocols: { 'tls1.2': null } });
const REFUSES = (port: number) => probeAt(port);
const ACCEPTS = (port: number) => probeAt(port, { protocols: { 'tls1.0': true } });

const FIRST = {
  en: 'TMS 15.2.1 No HTTPS response on several codecs, SQL 2014 SP2, Windows 2016, Medium',
  ja: 'TMS 15.2.1 で複数のコーデックが No HTTPS response、SQL 2014 SP2、Windows 2016、レベルは Medium です',
};
const ASK = { en: 'so is it the TLS thing?', ja: 'じゃあTLSの問題なんですか？' };
const run = (lang: 'en' | 'ja', msgs: (string | IncomingMessage)[]) => chatWith(FIRST[lang], msgs).text;

const APPLIES_TO_IT = { en: 'so the fix (Medium-High) applies to it', ja: '修正（Medium-High への変更）は該当するアドレスに当てはまります' };
const APPLIES_TO_THEM = { en: 'the fix applies to them', ja: '修正はそれらに当てはまります' };
const CHECK_FIRST = { en: 'counting on the fix', ja: '修正で解決すると見込む' };

describe('a refusing address with TLS 1.2 not seen accepted: what to check, not "the fix applies" (FIX20D #3)', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: two addresses, the refusing one refused TLS 1.2 too: the answer says what to check there`, () => {
      const text = run(lang, [NO12(35535), ACCEPTS(46051)]);
      expect(text).not.toContain(APPLIES_TO_IT[lang]);
      expect(text).toContain(CHECK_FIRST[lang]);
      expect(text).toContain('HTTPS Server MinimumTLSVersion');
    });
    it(`${lang}: "is it the TLS thing?" after them: the fix is said to apply only where TLS 1.2 was accepted`, () => {
      const text = run(lang, [NO12(35535), ACCEPTS(46051), ASK[lang]]);
      expect(text).not.toContain(APPLIES_TO_THEM[lang]);
      expect(text).toContain(lang === 'en' ? 'applies where the probe also saw TLS 1.2 accepted' : 'プローブで TLS 1.2 も受け付けられたアドレスです');
    });
    it(`${lang}: one probe, TLS 1.2 not settled: "is it the TLS thing?" names what to check`, () => {
      const text = run(lang, [UNSURE12(35535), ASK[lang]]);
      expect(text).toContain(lang === 'en' ? 'The probe did not see this address accept TLS 1.2' : 'このアドレスが TLS 1.2 を受け付けることは、プローブでは確認できませんでした');
      expect(text).toContain(CHECK_FIRST[lang]);
    });
    it(`${lang}: guard: with TLS 1.2 accepted the fix still applies, and nothing is left to check`, () => {
      const text = run(lang, [REFUSES(35535), ACCEPTS(46051)]);
      expect(text).toContain(APPLIES_TO_IT[lang]);
      expect(text).not.toContain(CHECK_FIRST[lang]);
      const asked = run(lang, [REFUSES(35535), ACCEPTS(46051), ASK[lang]]);
      expect(asked).toContain(APPLIES_TO_THEM[lang]);
      expect(run(lang, [REFUSES(35535), ASK[lang]])).not.toContain(CHECK_FIRST[lang]);
    });
  }
});
