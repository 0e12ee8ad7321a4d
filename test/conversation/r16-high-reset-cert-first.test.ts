/**
 * A newer capture with a hello reset at High: the "not settled" finding puts the certificate check first (knowledge.md,
 * "Levels other than Medium and Medium-High": at High a self-signed or expired endpoint certificate fails even though
 * TLS 1.2 is offered), and its title names the alert as well as the reset. At Medium-High no certificate check (EN/JA).
 */
import type { TurnResult } from '../../src/conversation/types';
import type { Finding } from '../../src/domain/types';
import { chatWithFiles } from './helpers';


const chat = chatWithFiles;

const unsettled = (r: TurnResult): Finding | undefined => r.replies.find((x) => x.diagnosis)?.diagnosis?.findings.find((f) => f.code === 'evidence-capture-hello-reset-unsettled');

const SETUP = {
  high: {
    en: 'TMS 15.9, CE 9.15.3, SQL 2016, Win 2016. Communication Security is set to High and we rebooted, still No HTTPS response',
    ja: 'TMS 15.9、CE 9.15.3、SQL 2016、Windows 2016です。Communication Security は High に設定済みで再起動もしましたが、まだ No HTTPS response です',
  },
  mh: {
    en: 'TMS 15.9, CE 9.15.3, SQL 2016, Win 2016. Communication Security is already Medium-High and we rebooted, still No HTTPS response',
    ja: 'TMS 15.9、CE 9.15.3、SQL 2016、Windows 2016です。Communication Security はすでに Medium-High で再起動もしましたが、まだ No HTTPS response です',
  },
};
const CERT = { en: /self-signed or expired/, ja: /自己署名または期限切れ/ };
const ALERT = { en: /reset or an alert/, ja: /リセットまたはアラート/ };

describe.each(['en', 'ja'] as const)('%s: a reset hello in the newest capture', (lang) => {
  it('at High: the certificate check comes first, and the title names the alert too', async () => {
    const f = unsettled(await chat(lang, [SETUP.high[lang], 'tls12-accepted-postfix.tshark.txt', 'tls10-reset-http301.tshark.txt']));
    expect(f).toBeDefined();
    expect(f!.body[0][lang]).toMatch(CERT[lang]);
    expect(f!.title[lang]).toMatch(ALERT[lang]);
  });

  it('at Medium-High: no certificate check', async () => {
    const f = unsettled(await chat(lang, [SETUP.mh[lang], 'tls12-accepted-postfix.tshark.txt', 'tls10-reset-http301.tshark.txt']));
    expect(f).toBeDefined();
    expect(f!.body.map((b) => b[lang]).join('\n')).not.toMatch(CERT[lang]);
    expect(f!.title[lang]).toMatch(ALERT[lang]);
  });
});
