import { TEXTS } from '../../src/conversation/texts';
import { rendered, runIn } from './helpers';

// qa-report-25 L2: a bare version equal to the known TMS release, with the endpoints' family known (TC, which has no
// 15.x), is the TMS release said again: noted, not asked about.
describe('a bare repeat of the known TMS release', () => {
  const setup = {
    en: 'TMS 15.13, SX20s on TC7.3.21, Windows 2019, SQL 2016 remote',
    ja: 'エンドポイント(SX20)を TC7.3.21 にアップグレードしたところ No HTTPS response になりました。TMS のバージョンは 15.13、サーバは Windows Server 2019、SQL は 2016 で別サーバです。',
  };
  it.each(['en', 'ja'] as const)('%s: 15.13 is a confirmation of TMS 15.13', (lang) => {
    const r = runIn(lang, [setup[lang], '15.13']);
    const out = rendered(r);
    expect(out).toContain(TEXTS[lang].tmsConfirmed('15.13'));
    expect(out).not.toContain(TEXTS[lang].whichVersion('15.13'));
    expect(r.state.facts.tms?.semver).toBe('15.13.0');
    expect(r.state.facts.endpoint?.semver).toBe('7.3.21');
  });

  it.each(['en', 'ja'] as const)('%s: another bare release is still asked about', (lang) => {
    const out = rendered(runIn(lang, [setup[lang], '15.9']));
    expect(out).toContain(TEXTS[lang].whichVersion('15.9'));
  });

  it('with the endpoints unknown, the same bare release is still asked about', () => {
    const out = rendered(runIn('en', ['TMS 15.13, Windows 2019, SQL 2016 remote', '15.13']));
    expect(out).not.toContain(TEXTS.en.tmsConfirmed('15.13'));
  });
});
