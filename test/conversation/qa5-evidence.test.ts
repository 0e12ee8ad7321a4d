/**
 * QA round 5b: evidence pasted mid-incident is read for what it shows, and takes precedence over
 * the generic "check the Windows side" advice (tshark -V without its Frame lines, openssl s_client).
 */
import { findings, last, rendered, talk } from './helpers';

const CASE_EN = 'TMS 15.13, endpoints CE 9.15.3 Room Kit, Windows 2019, SQL remote. Medium-High already set and rebooted, still No HTTPS response';

/** The TLS part of tshark -V, cut from two packets without their Frame lines: a TLS 1.2 ClientHello and the alert that answers it. */
const HELLO_12 = [
  '    Transport Layer Security',
  '        TLSv1 Record Layer: Handshake Protocol: Client Hello',
  '            Content Type: Handshake (22)',
  '            Version: TLS 1.0 (0x0301)',
  '            Handshake Protocol: Client Hello',
  '                Handshake Type: Client Hello (1)',
  '                Version: TLS 1.2 (0x0303)',
];
const ALERT_40 = [
  '    Transport Layer Security',
  '        TLSv1.2 Record Layer: Alert (Level: Fatal, Description: Handshake Failure)',
  '            Content Type: Alert (21)',
  '            Level: Fatal (2)',
  '            Description: Handshake Failure (40)',
];

describe('QA 5b #5: a TLS 1.2 ClientHello refused with alert 40 (tshark -V, no Frame lines)', () => {
  const paste = ['here\'s tshark -V:', ...HELLO_12, ...ALERT_40].join('\n');

  it('reads the alert as the answer to the hello: alert 40, cipher suites or the endpoint, not the Windows keys', () => {
    const r = last(talk(CASE_EN, paste));
    const out = rendered(r);
    expect(findings(r)).toContain('evidence-capture-tls12-refused');
    expect(out).toContain('the server refused with a TLS alert (handshake_failure, 40)');
    expect(out).toContain('The alert here is 40 (handshake_failure)');
    expect(out).not.toContain('the text shows no answer from the server');
    // Takes precedence over "check the TLS 1.2 Client keys" at Medium-High.
    expect(findings(r)).not.toContain('already-medium-high');
    expect(findings(r)).not.toContain('enable-tls11-12-registry');
    expect(out).not.toContain('Check the TLS 1.2 Client keys');
  });

  it('says the alert once: no bullet repeats what another line already says', () => {
    const out = rendered(last(talk(CASE_EN, paste)));
    const times = out.split('refused with a TLS alert (handshake_failure, 40)').length - 1;
    expect(times).toBe(1);
  });

  it('"are you sure it\'s not TMS?" answers from the capture, not "the Windows side is what is left"', () => {
    const out = rendered(last(talk(CASE_EN, paste, 'are you sure it\'s not TMS?')));
    expect(out).toContain('The answer rests on the capture you pasted');
    expect(out).toContain('alert 40');
    expect(out).not.toContain('the Windows side is what is left to check');
  });

  it('JA, a TLS 1.2 hello with no answer pasted at Medium-High: TMS\'s side works, not 「Windows 側を確認してください」', () => {
    const r = last(
      talk(
        { kind: 'text', text: 'TMSは15.9です。エンドポイントはce9.15.3.17、Room Kit です' },
        'Windowsは2016、SQLはリモートです',
        'Medium-Highにしました。まだNo HTTPS responseのままです',
        ['tshark -V の出力です:', ...HELLO_12].join('\n'),
      ),
    );
    const out = rendered(r);
    expect(r.state.lang).toBe('ja');
    expect(findings(r)).toContain('evidence-capture-tls12-offered');
    expect(findings(r)).not.toContain('already-medium-high');
    expect(out).not.toContain('Windows 側を確認してください');
    expect(out).not.toContain('Schannel の Client 側で TLS 1.2 が有効になっていない');
    expect(out).toContain('TMS は TLS 1.2 を提示しています');
    // The bare "no answer" line is part of the hello's line: listed once.
    expect(out.split('貼り付けられたテキストにはサーバからの応答がありません').length - 1).toBe(1);
  });

  it('at Medium, a TLS 1.2 hello with no answer is not called "TMS\'s side works" (the level does not match)', () => {
    const r = last(talk('TMS 15.13 at Medium, endpoints CE 9.15.3, Windows 2019, SQL remote', ['tshark -V:', ...HELLO_12].join('\n')));
    expect(findings(r)).not.toContain('evidence-capture-tls12-offered');
  });
});

describe('QA 5b #11: openssl s_client refused with alert 70 (tlsv1 alert protocol version)', () => {
  const ossl = [
    'エンドポイントから openssl で確認しました:',
    'CONNECTED(00000003)',
    '140735:error:1409442E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:s3_pkt.c:1493:SSL alert number 70',
    '---',
    'no peer certificate available',
    '---',
    'New, TLSv1/SSLv3, Cipher is (NONE)',
    '    Protocol  : TLSv1',
  ].join('\n');

  it('"Protocol : TLSv1" with alert 70 is a TLS 1.0 hello refused: it confirms the refusal (JA)', () => {
    const r = last(talk({ kind: 'text', text: 'TMS 15.10、Windows Server 2012、エンドポイントはCE8.3、SQLはリモートです' }, ossl));
    const out = rendered(r);
    expect(findings(r)).toContain('evidence-tool-tls10-refused');
    expect(out).toContain('クライアントは TLS 1.0 だけを提示し、相手に拒否されています');
    expect(out).not.toContain('どの TLS バージョンを提示したかは分かりません');
  });

  it('the same error with "Protocol : TLSv1.2" stays "the line does not say TLS 1.0" (the client offered 1.2)', () => {
    const r = last(talk('TMS 15.10, Windows Server 2012, endpoints CE 8.3, SQL remote', ossl.replace('Protocol  : TLSv1', 'Protocol  : TLSv1.2').replace(/^エンドポイントから.*\n/, 'openssl output:\n')));
    expect(findings(r)).not.toContain('evidence-tool-tls10-refused');
    expect(findings(r)).toContain('evidence-tool-tls-failed');
    expect(rendered(r)).toContain('does not say which TLS version the client offered');
  });
});
