/**
 * QA round 16 (helper C) #4: pasted Get-TlsCipherSuite output in PowerShell's default list form
 * ("Name : TLS_…", "Protocols : {771}") is read like the table form: whether TLS 1.2 suites (771 =
 * 0x0303) are there, and a short list named as a thing to check (hardening: alert 40 or a reset even at TLS 1.2).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readPastedText } from '../../src/evidence/text';
import { last, rendered, runIn, talk } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/tools', name), 'utf8');
const codes = (text: string) => readPastedText(text).observations.map((o) => o.code);
/** `n` suites in Get-TlsCipherSuite's list form, each with the given Protocols. */
const list = (n: number, protocols: string) =>
  Array.from({ length: n }, (_, i) => `Cipher                : AES\nName                  : TLS_ECDHE_RSA_WITH_AES_${i}_GCM_SHA384\nProtocols             : {${protocols}}\n`).join('\n');

const P = 'TMS 15.2, CE 9.15, no https response, SQL 2016 local, Windows Server 2016, Medium-High';

describe('#4 Get-TlsCipherSuite in list form', () => {
  it('the Microsoft docs sample (two suites, {771}): TLS 1.2 suites present, and a short list to check', () => {
    const o = readPastedText(fixture('ps-tlsciphersuite-list.txt')).observations;
    expect(o.map((x) => x.code)).toEqual(['windows-tls12-suites-present', 'windows-cipher-suites-few']);
    expect(o[0].detail.en).toMatch(/2 cipher suites for TLS 1\.2/);
    expect(o[1].detail.en).toMatch(/alert 40 or a reset even at TLS 1\.2/);
    expect(o[1].detail.en).toMatch(/If that is the whole output/);
    expect(o[1].detail.ja).toMatch(/アラート 40/);
  });
  it('a long list with 771: present, no short-list note', () => {
    expect(codes(list(12, '769, 770, 771'))).toEqual(['windows-tls12-suites-present']);
  });
  it('no 771 anywhere: absent', () => {
    expect(codes(list(3, '769, 770'))).toEqual(['windows-tls12-suites-absent']);
  });
  it.each([
    ['a Name line alone', 'Name                  : TLS_RSA_WITH_AES_256_CBC_SHA'],
    ['a Protocols line alone', 'Protocols             : {771}'],
    ['a Protocols line far from its Name', `Name : TLS_RSA_WITH_AES_256_CBC_SHA\n${'x : 1\n'.repeat(8)}Protocols : {771}`],
    ['another object\'s Name', 'Name      : TMSDatabaseScannerService\nProtocols : {771}'],
  ])('not read as a suite: %s', (_label, text) => {
    expect(codes(text).filter((c) => c.startsWith('windows-'))).toEqual([]);
  });
  // (Its speed is not asserted here: timings belong in bench/, never in tests.)
  it('a huge paste (20,000 suites) is read whole, as one long list', () => {
    expect(codes(list(20000, '771'))).toEqual(['windows-tls12-suites-present']);
  });
  it('in a conversation, EN and JA: the reading is shown', () => {
    expect(rendered(last(talk(P, fixture('ps-tlsciphersuite-list.txt'))))).toMatch(/Get-TlsCipherSuite lists 2 cipher suites for TLS 1\.2[\s\S]*Only 2 cipher suites are listed/);
    const ja = rendered(runIn('ja', ['TMS 15.2、CE 9.15、No HTTPS response、SQL 2016 ローカル、Windows Server 2016、Medium-High', fixture('ps-tlsciphersuite-list.txt')]));
    expect(ja).toMatch(/暗号スイートが 2 個しか表示されていません/);
  });
});
