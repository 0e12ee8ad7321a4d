/**
 * QA round 21, F5: 「コーデックのTLS1.0は無効、サーバ側は有効」 was stored as the TMS server's "TLS 1.0 off", the
 * opposite of what was said. The clause about the codec's own TLS is skipped, and the server's state said right
 * after it with no protocol named (「サーバ側は有効」, "enabled on the server") is the TMS server's, EN and JA.
 */
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { last, rendered, runIn, talk } from './helpers';

const EN = 'TMS 15.9, CE 9.15, win 2016, sql 2016 remote';
const JA = 'TMS 15.9、CE9.15、Win2016、SQL2016リモート';

describe('F5: the codec\'s TLS, then the server\'s', () => {
  it('JA 「コーデックのTLS1.0は無効、サーバ側は有効」: the server\'s TLS 1.0 is on', () => {
    const r = runIn('ja', [JA, 'コーデックのTLS1.0は無効、サーバ側は有効']);
    expect(r.state.facts.tlsClaims?.tls10).toBe('on');
    expect(rendered(r)).not.toMatch(/TLS 1\.0 無効/);
  });
  it('EN "TLS 1.0 is disabled on the codecs, enabled on the server": the server\'s TLS 1.0 is on', () => {
    const r = last(talk(EN, 'TLS 1.0 is disabled on the codecs, enabled on the server'));
    expect(r.state.facts.tlsClaims?.tls10).toBe('on');
    expect(rendered(r)).not.toMatch(/TLS 1\.0 off/);
  });
  it.each<[string, 'on' | 'off' | undefined]>([
    ['コーデックのTLS1.0は無効、サーバ側は有効です', 'on'],
    ['コーデックのTLS1.0は無効、サーバ側も無効にしました', 'off'],
    ['端末のTLS1.0は無効', undefined],
    ['コーデックのTLS1.0は無効、サーバ側はオンプレです', undefined],
    ['コーデックのTLS1.0は無効、サーバ側は未確認', undefined],
    ['TLS 1.0 is off on the codecs, the server side is on', 'on'],
    ['TLS 1.0 is disabled on the codecs, and on the server too', undefined],
    ['TLS 1.0 is disabled on the codecs, enabled on the SQL server', undefined],
    ['TLS 1.0 is disabled on the codecs, the server is on CE 9.15', undefined],
    ['TLS 1.0 is disabled on the codecs, is it enabled on the server?', undefined],
  ])('%s → %s', (msg, want) => {
    expect(readTlsClaims(msg).tls10).toBe(want);
  });
  it('a plain server claim is unchanged', () => {
    expect(readTlsClaims('サーバ側のTLS1.0は無効化済みです').tls10).toBe('off');
    expect(readTlsClaims('TLS 1.0 is disabled on the TMS server').tls10).toBe('off');
  });
});
