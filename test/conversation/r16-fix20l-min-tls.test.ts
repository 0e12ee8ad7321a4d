/**
 * REV20 #7: MinimumTLSVersion said in prose is read as it is now (the last value of a change, the from/to form), and not at all
 * for another product or site, a default or the docs, or this bot's own sentence pasted back (then the rule is the answer).
 */
import { rendered, runIn } from './helpers';

const EN = 'TMS 15.13, endpoints on CE 9.15 show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const JA = 'TMS 15.13、エンドポイントは CE 9.15 で No HTTPS response、SQL 2016 は TMS サーバー上、Windows 2016';
const RULE_EN = /must not be above what TMS offers/;
const RULE_JA = /TMS が提示するバージョンを上回ってはいけません/;

describe('the value now', () => {
  it.each([
    ['the codec had MinimumTLSVersion TLSv1.3 but we changed it to TLSv1.2', '1.2'],
    ['we changed MinimumTLSVersion from TLSv1.3 to TLSv1.1', '1.1'],
    ['the codec has MinimumTLSVersion TLSv1.3', '1.3'],
  ])('EN %s', (msg, v) => {
    const text = rendered(runIn('en', [EN, 'Medium', msg]));
    expect(text).toContain(`This endpoint's minimum is TLS ${v}`);
  });
  it.each([
    ['コーデックの MinimumTLSVersion は TLSv1.3 でしたが、TLSv1.2 に変更しました', '1.2'],
    ['MinimumTLSVersion を TLSv1.3 にしました', '1.3'],
  ])('JA %s', (msg, v) => {
    const text = rendered(runIn('ja', [JA, 'Medium', msg]));
    expect(text).toContain(`このエンドポイントの最小は TLS ${v}`);
  });
});

describe('no value for this endpoint: the rule', () => {
  it.each([
    'the codec had MinimumTLSVersion TLSv1.3 but we changed it',
    'the Expressway has MinimumTLSVersion TLSv1.3',
    "the other site's codecs have MinimumTLSVersion TLSv1.0",
    'the default MinimumTLSVersion is TLSv1.2 per the docs',
    'You said: MinimumTLSVersion TLSv1.3 is above what TMS offers',
  ])('EN %s', (msg) => {
    const text = rendered(runIn('en', [EN, 'Medium', msg]));
    expect(text).not.toMatch(/This endpoint's minimum is/);
    expect(text).toMatch(RULE_EN);
  });
  it.each(['Expressway の MinimumTLSVersion は TLSv1.3 です', '別拠点のコーデックの MinimumTLSVersion は TLSv1.3 です'])('JA %s', (msg) => {
    const text = rendered(runIn('ja', [JA, 'Medium', msg]));
    expect(text).not.toMatch(/このエンドポイントの最小は/);
    expect(text).toMatch(RULE_JA);
  });
});
