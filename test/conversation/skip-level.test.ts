/**
 * Skipping a required question goes on with a safe assumption; the line asks back for what was skipped:
 * the level (asked first when TMS sends no ClientHello and the level is unknown) or a version.
 */
import { last, rendered, talk } from './helpers';

describe('skip: the line names what to tell back', () => {
  it('the level skipped (EN, JA): check the level in TMS Tools, not "tell me the version"', () => {
    const en = rendered(last(talk('TMS 15.2.1, CE 9.15.3, Windows 2016, SQL 2016 local. After the change TMS sends no ClientHello at all', 'skip')));
    expect(en).toMatch(/Check the level in TMS Tools when you can, and tell me what it shows\./);
    expect(en).not.toMatch(/tell me the version if you find it/);
    const ja = rendered(last(talk('TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response、Windows 2016、SQL 2016 はローカルです。変更後、TMS が ClientHello を送りません', 'スキップ')));
    expect(ja).toMatch(/TMS ツール(?:（TMS Tools）)?に表示されているレベルを教えてください/);
  });
  it('a version skipped keeps asking for the version', () => {
    const en = rendered(last(talk('TMS 15.2.1 shows No HTTPS response after the upgrade', 'skip')));
    expect(en).toMatch(/tell me the version if you find it/);
  });
});
