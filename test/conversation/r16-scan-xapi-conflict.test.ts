/**
 * QA23 E4: a scan that completed only TLS 1.0 next to the endpoint's xAPI with MinimumTLSVersion TLSv1.2:
 * the answer says the two files cannot describe the same device (the scan likely reached another
 * address or a proxy), in either order, EN and JA. A minimum of TLS 1.0 with the same scan is no conflict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jaStyleProblems } from '../../src/domain/ja-style';
import { rendered, runIn } from './helpers';

const fx = (p: string) => readFileSync(join(__dirname, '..', 'fixtures', 'evidence', p)).toString('utf8');
const scan = fx('sslscan-accepts-tls10.txt');
const xapi = fx('xapi/xapi.txt');
const EN = 'TMS 15.9 at Medium-High, endpoints are CE 9.15.3, Windows 2019, SQL 2016 on another server';
const JA = 'TMS 15.9、レベルは Medium-High、エンドポイントは CE 9.15.3、Windows 2019、SQL 2016 は別サーバ';

describe('scan and xAPI that cannot be the same device (QA23 E4)', () => {
  it.each([
    ['scan then xAPI', [scan, xapi]],
    ['xAPI then scan', [xapi, scan]],
  ])('EN, %s: names the conflict and what to check', (_, files) => {
    const text = rendered(runIn('en', [EN, ...files]));
    expect(text).toMatch(/cannot describe the same device: this endpoint's minimum is TLS 1\.2[^\n]*completed TLS 1\.0 and refused TLS 1\.2/);
    expect(text).toMatch(/another address, or a proxy in front of the endpoint/);
  });

  it.each([
    ['scan then xAPI', [scan, xapi]],
    ['xAPI then scan', [xapi, scan]],
  ])('JA, %s: names the conflict and what to check', (_, files) => {
    const text = rendered(runIn('ja', [JA, ...files]));
    const line = text.split('\n').find((l) => /同じ機器のものではありえません/.test(l)) ?? '';
    expect(line).toMatch(/最小バージョンは TLS 1\.2/);
    expect(line).toMatch(/TLS 1\.0 が成立しています（TLS 1\.2 は拒否）/);
    expect(line).toMatch(/別のアドレスか、エンドポイントの前段のプロキシ/);
    expect(jaStyleProblems(line.trim())).toEqual([]);
  });

  it('said for a TLS 1.2 minimum only: not for a TLS 1.0 minimum, nor with the xAPI alone', () => {
    expect(rendered(runIn('en', [EN, scan, xapi]))).toMatch(/same device/);
    const min10 = xapi.replace(/MinimumTLSVersion: TLSv1\.2/, 'MinimumTLSVersion: TLSv1.0');
    expect(min10).not.toBe(xapi);
    expect(rendered(runIn('en', [EN, scan, min10]))).not.toMatch(/same device/);
    expect(rendered(runIn('en', [EN, xapi]))).not.toMatch(/same device/);
    expect(rendered(runIn('ja', [JA, xapi]))).not.toMatch(/同じ機器のものではありえません/);
  });
});
