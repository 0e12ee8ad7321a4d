/**
 * A capture showing TLS 1.2 working, then a newer one with a reset hello at Medium-High: the answer is "not settled",
 * and the older capture's TLS 1.2 is shown as the earlier one, not as the current state (EN/JA).
 */
import { chatWithFiles, findings, rendered } from './helpers';


const chat = chatWithFiles;

const SETUP = {
  en: 'TMS 15.9, CE 9.15.3, SQL 2016, Win 2016. Communication Security is already Medium-High and we rebooted, still No HTTPS response',
  ja: 'TMS 15.9、CE 9.15.3、SQL 2016、Windows 2016です。Communication Security はすでに Medium-High で再起動もしましたが、まだ No HTTPS response です',
};
const NOW = { en: 'The capture shows TLS 1.2 working', ja: 'キャプチャでは TLS 1.2 が動作しています' };

describe.each(['en', 'ja'] as const)('%s: an older capture with TLS 1.2 working under a newer reset', (lang) => {
  it('is labelled as the earlier capture, not as the current state', async () => {
    const r = await chat(lang, [SETUP[lang], 'tls12-accepted-postfix.tshark.txt', 'tls10-reset-http301.tshark.txt']);
    const f = findings(r);
    expect(f).toContain('evidence-capture-hello-reset-unsettled');
    expect(f).not.toContain('evidence-capture-fix-verified');
    expect(f).toContain('evidence-capture-fix-verified-earlier');
    expect(rendered(r)).not.toContain(NOW[lang]);
  });

  it('a capture with TLS 1.2 working alone still says so', async () => {
    const r = await chat(lang, [SETUP[lang], 'tls12-accepted-postfix.tshark.txt']);
    expect(findings(r)).toContain('evidence-capture-fix-verified');
    expect(findings(r)).not.toContain('evidence-capture-fix-verified-earlier');
    expect(rendered(r)).toContain(NOW[lang]);
  });
});
