/**
 * QA round 13 #4: a TLS test's result told in a message ("and with -tls1_2 it works: Protocol : TLSv1.2 Cipher : …",
 * 「-tls1_2 だと繋がります」) is evidence about the endpoint, not "it works now" (the incident closed).
 */
import { stepTexts as run } from '../conversation/helpers';
import { closingIn } from '../../src/conversation/intents';
import { readPastedText } from '../../src/evidence/text';

const S_CLIENT_TLS1 = [
  'openssl s_client -connect 10.1.4.22:443 -tls1',
  'CONNECTED(00000003)',
  'write:errno=104',
  '---',
  'no peer certificate available',
  '---',
  'No client certificate CA names sent',
  '---',
  'SSL handshake has read 0 bytes and written 139 bytes',
].join('\n');

const codes = (text: string) => readPastedText(text).observations.map((o) => o.code);

describe('a TLS test result in words is evidence', () => {
  it.each([
    ['and with -tls1_2 it works: Protocol  : TLSv1.2 Cipher    : ECDHE-RSA-AES256-GCM-SHA384', 'tool-tls-handshake-ok', /TLS 1\.2.*ECDHE-RSA-AES256-GCM-SHA384/],
    ['TLS 1.2 handshake works', 'tool-tls-handshake-ok', /TLS 1\.2/],
    ['using TLS 1.2 it connects fine', 'tool-tls-handshake-ok', /TLS 1\.2/],
    ['-tls1_2 だと繋がります', 'tool-tls-handshake-ok', /TLS 1\.2/],
    ['TLS1.2 だと接続できます', 'tool-tls-handshake-ok', /TLS 1\.2/],
    ['with -tls1 it works too', 'endpoint-accepts-tls10', /TLS 1\.0/],
  ])('%j → %s', (text, code, detail) => {
    const o = readPastedText(text).observations.find((x) => x.code === code);
    expect(o?.detail.en).toMatch(detail);
    expect(o?.detail.en).toMatch(/^Your test, as you describe it/);
    expect(o?.detail.ja).toMatch(/^お伝えいただいたテスト結果/);
  });

  it.each([
    'enabled TLS 1.2 and set Medium-High, it works now',
    'TLS 1.2 is enabled in the registry, works now',
    'with -tls1_2 it still fails',
    '-tls1_2 でも繋がりません',
    'TLS 1.2 を有効にしたら繋がりました',
    'done, it works now!',
  ])('%j → no test result read', (text) => {
    expect(codes(text)).not.toContain('tool-tls-handshake-ok');
    expect(codes(text)).not.toContain('endpoint-accepts-tls10');
  });
});

describe('a test result does not close the incident; a fix said to work still does', () => {
  it.each([
    'and with -tls1_2 it works: Protocol  : TLSv1.2 Cipher    : ECDHE-RSA-AES256-GCM-SHA384',
    'TLS 1.2 handshake works',
    'with TLS 1.2 it works',
    'openssl with -tls1_2 works',
  ])('%j → not a closing remark', (text) => {
    expect(closingIn(text.toLowerCase())).toBeNull();
  });
  it.each(['done, it works now!', 'set Medium-High, iisreset, restarted services. works now', 'enabled TLS 1.2 and set Medium-High, it works now'])('%j → works', (text) => {
    expect(closingIn(text.toLowerCase())).toBe('works');
  });

  it('EN: s_client -tls1 reset, then "with -tls1_2 it works": the cause confirmed, not "Good to hear it works now"', () => {
    const { text, state } = run([S_CLIENT_TLS1, 'and with -tls1_2 it works: Protocol  : TLSv1.2 Cipher    : ECDHE-RSA-AES256-GCM-SHA384']);
    expect(text).not.toMatch(/Good to hear it works now/);
    expect(text).toMatch(/Confirmed: TLS 1\.0 refused, TLS 1\.2 accepted/);
    expect(text).toMatch(/the endpoint is not broken/);
    expect(state.facts.evidence?.observations.map((o) => o.code)).toEqual(expect.arrayContaining(['tool-tls10-refused', 'tool-tls-handshake-ok']));
  });

  it('JA: 「-tls1_2 だと繋がります」 confirms the cause; 「1_2」 is not read as an endpoint version', () => {
    const { text } = run([`s_client の結果です：\n${S_CLIENT_TLS1}`, '-tls1_2 だと繋がります']);
    expect(text).not.toMatch(/直ってよかった/);
    expect(text).not.toMatch(/「1_2」/);
    expect(text).toMatch(/確認できました：TLS 1\.0 は拒否、TLS 1\.2 は受け付け/);
    expect(text).toMatch(/エンドポイントは故障していません/);
  });

  it('"is the endpoint broken?" after that is answered: no, refusing TLS 1.0 is by design', () => {
    const { text } = run([S_CLIENT_TLS1, 'and with -tls1_2 it works: Protocol  : TLSv1.2 Cipher    : ECDHE-RSA-AES256-GCM-SHA384', 'is the endpoint broken?']);
    expect(text).toMatch(/The endpoints refuse TLS 1\.0 by design/);
    const ja = run([`s_client の結果です：\n${S_CLIENT_TLS1}`, '-tls1_2 だと繋がります', 'エンドポイントが壊れているのですか？']).text;
    expect(ja).toMatch(/エンドポイントが TLS 1\.0 を拒否するのは仕様どおり/);
  });
});
