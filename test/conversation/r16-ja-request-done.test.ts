/**
 * 「TLS1.0を無効にするように GPO を設定しました」 reports a change made (TLS 1.0 off), not a request to make it; a request
 * (「無効にするように言われています」) stays a request.
 */
import { extractFacts } from '../../src/domain/extract';
import { findStatementEntry } from '../../src/conversation/catalogue';
import { runIn } from './helpers';

const FIRST = {
  ja: 'TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2016、レベルは Medium です',
  en: 'TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2016, level Medium',
};

describe('a policy set to turn TLS 1.0 off is done, not asked for', () => {
  it.each([
    ['ja', 'TLS1.0を無効にするように GPO を設定しました'],
    ['ja', 'TLS1.0を無効にするGPOを適用済みです'],
    ['en', 'We set a GPO to disable TLS 1.0'],
  ] as const)('%s: %s is stored as TLS 1.0 off and is no request', (lang, msg) => {
    expect(findStatementEntry(msg)?.id).not.toBe('disable-tls10');
    const r = runIn(lang, [FIRST[lang], msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
  });

  it.each([
    ['ja', 'セキュリティ部門からTLS1.0を無効にするように言われています'],
    ['ja', 'TLS1.0を無効化するよう依頼されました'],
    ['en', 'The security team asked us to disable TLS 1.0'],
  ] as const)('%s: %s stays a request', (lang, msg) => {
    expect(findStatementEntry(msg)?.id).toBe('disable-tls10');
    expect(extractFacts(msg).facts.tlsClaims?.tls10).toBeUndefined();
  });

  it('a plan or a denial is not done: TLS1.0を無効にするように GPO を設定していません / 設定したいです', () => {
    expect(extractFacts('TLS1.0を無効にするように GPO を設定していません').facts.tlsClaims?.tls10).toBeUndefined();
    expect(extractFacts('TLS1.0を無効にするように GPO を設定したいです').facts.tlsClaims?.tls10).toBeUndefined();
  });
});
