/**
 * QA round 5b: evidence pasted mid-incident is read for what it shows, and takes precedence over
 * the generic "check the Windows side" advice (tshark -V without its Frame lines, openssl s_client).
 */
import { step } from '../../src/conversation/engine';
import { probeResult } from '../fixtures/probe';
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

  it('"still failing" after that capture does not ask for a capture again: it starts from alert 40', () => {
    const out = rendered(last(talk(CASE_EN, paste, 'still failing')));
    expect(out).toContain('The capture you pasted already shows TMS offering TLS 1.2 and the endpoint refusing it with alert 40');
    expect(out).not.toContain('A capture on the TMS server tells the two cases apart');
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

  it('the same error with "Protocol : TLSv1.2" is not TLS 1.0: the client offered TLS 1.2 and nothing newer, and was refused (QA55 #5)', () => {
    const r = last(talk('TMS 15.10, Windows Server 2012, endpoints CE 8.3, SQL remote', ossl.replace('Protocol  : TLSv1', 'Protocol  : TLSv1.2').replace(/^エンドポイントから.*\n/, 'openssl output:\n')));
    expect(findings(r)).not.toContain('evidence-tool-tls10-refused');
    expect(findings(r)).toContain('evidence-tool-tls12-refused');
    expect(rendered(r)).toContain('Medium-High will not help this endpoint');
  });
});

describe('QA 5b #8: questions about the probe result just shown are answered from it', () => {
  const refused = { kind: 'probe' as const, result: probeResult() };
  const accepted = { kind: 'probe' as const, result: probeResult({ protocols: { ssl3: false, 'tls1.0': true, 'tls1.1': true, 'tls1.2': true, 'tls1.3': null } }) };
  const first = 'TMS 15.2.1 says No HTTPS response for one codec, we upgraded it yesterday';

  it('a probe that shows TLS 1.0 refused and TLS 1.2 accepted says it confirms the problem, before the next question', () => {
    const out = rendered(last(talk(first, refused)));
    expect(out).toContain('This confirms the TLS 1.0 problem at this endpoint');
  });

  it('"what does that mean?" after that probe (nothing pasted): the probe in plain words, not "nothing was read"', () => {
    const out = rendered(last(talk(first, refused, 'what does that mean?')));
    expect(out).toContain('The endpoint turned TLS 1.0 away and accepted TLS 1.2. So this is the TLS 1.0 problem');
    expect(out).not.toContain('Nothing pasted in this conversation was read as evidence');
  });

  it('「これはどういう意味ですか？」 in Japanese: the same, in Japanese', () => {
    const out = rendered(last(talk('TMS 15.2.1でNo HTTPS responseが出ています。昨日エンドポイントをアップグレードしました', refused, 'これはどういう意味ですか？')));
    expect(out).toContain('つまり、これは TLS 1.0 の問題です');
  });

  it('probe (TLS 1.0 accepted) against CE 9.15.3: "so is it the TLS thing or not?" and "how can the probe say …" explain the disagreement', () => {
    const start = 'TMS 15.9, endpoint is on CE 9.15.3, Windows 2019, SQL remote, level Medium';
    for (const q of ['so is it the TLS thing or not?', "how can the probe say TLS 1.0 works if it's CE 9?"]) {
      const r = last(talk(start, accepted, q));
      const out = rendered(r);
      expect(out).toContain('the probe and the version cannot both be right');
      expect(out).toContain('if the version holds, it is; if the probe holds, look elsewhere');
      expect(out).not.toContain("I don't know that one");
      expect(out).not.toContain('here is how that case looks');
      // Nothing recorded: the endpoint stays CE 9.15.3.
      expect(r.state.facts.endpoint?.semver).toBe('9.15.3');
    }
  });

  it('without a probe in the conversation, "so is it the TLS thing or not?" is not answered from one', () => {
    const out = rendered(last(talk('TMS 15.9, endpoint is on CE 9.15.3, Windows 2019, SQL remote, level Medium', 'so is it the TLS thing or not?')));
    expect(out).not.toContain('The probe');
  });

  it('"what does that mean?" after a paste that was read still explains the paste, not the probe', () => {
    const out = rendered(last(talk(first, refused, ['tshark -V:', ...HELLO_12, ...ALERT_40].join('\n'), 'what does that mean?')));
    expect(out).toContain('From the evidence you pasted in this conversation');
  });
});

describe('QA 5b #14: mid-incident, a full answer does not repeat steps already shown unchanged', () => {
  const lines = (r: Parameters<typeof rendered>[0]) => rendered(r).split('\n').length;

  // (The level said as it stands: "we set Medium-High, still failing" with no restart said leads with the restart, QA53 #4.)
  it('EN: the first full answer is whole; after "the level is Medium-High now, still failing" only what changed is in full', () => {
    const [a, first] = talk('TMS 15.9, endpoints CE 9.15.3 Room Kit, Windows 2016, SQL remote', 'the level is Medium-High now, still No HTTPS response');
    expect(rendered(a)).toContain('Select File > Export');
    const out = rendered(first);
    expect(out).not.toContain('Select File > Export');
    // Verify was step 6 and is step 5 now (Medium-High is done): not "as I gave it" under a number that moved (QA round 8 #10).
    // Its text is for a TMS already at Medium-High now (QA56 #7), so it is shown in full under its new number.
    expect(out).toContain('Steps 1 and 2 are as I gave them earlier in this conversation');
    expect(out).toContain('Step 5: Verify the fix');
    expect(out).toContain('TMS is already at Medium-High, so it should offer TLS 1.2 already');
    expect(out).not.toMatch(/Step 5 is (?:unchanged|as I gave it)/);
    expect(out).toContain('Step 4: Restart IIS and the TMS services');
    expect(out).toContain('If TLS 1.2 is offered and it still fails');
    expect(lines(first)).toBeLessThan(lines(a) / 2);
  });

  it('"how do I do step 1?" after that still gives the step in full', () => {
    const r = last(talk('TMS 15.9, endpoints CE 9.15.3 Room Kit, Windows 2016, SQL remote', 'the level is Medium-High now, still No HTTPS response', 'how do I do step 1?'));
    expect(rendered(r)).toContain('Select File > Export');
  });

  it('a new conversation (or the first full answer) shows every step whole', () => {
    const r = last(talk('TMS 15.9 at Medium-High, endpoints CE 9.15.3 Room Kit, Windows 2016, SQL remote, still No HTTPS response'));
    expect(rendered(r)).toContain('Select File > Export');
    expect(rendered(r)).not.toContain('as I gave them earlier');
  });

  it('JA: a reg query paste during a SQL 2008 R2 case leads with the recovery and names the unchanged steps and caveats', () => {
    const r = last(
      talk(
        'TMS 15.2.1 で No HTTPS response。エンドポイントは TC7.3.6 に上げた SX80 です。Windows は 2008 R2',
        'SQLはローカルです。バージョンはこれ:\nMicrosoft SQL Server 2008 R2 (SP2) - 10.50.4000.0 (X64)   Jun 28 2012 08:36:30   Copyright (c) Microsoft Corporation  Standard Edition (64-bit) on Windows NT 6.1 <X64> (Build 7601: Service Pack 1)',
        'reg query の結果です:\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server\n    Enabled    REG_DWORD    0x0\n    DisabledByDefault    REG_DWORD    0x1',
      ),
    );
    const out = rendered(r);
    expect(out).toContain('TLS 1.0 が無効ですが、SQL Server 2008 R2 はそれを必要としています');
    expect(out).toContain('は、この会話で先にお伝えした内容と同じなので、ここでは繰り返しません');
    expect(out).toContain('SQL Server 2008 R2：TLS 1.0 は有効のままにする');
    expect(out).not.toContain('[ファイル] > [エクスポート]');
    // Turning TLS 1.0 back on is a numbered step of its own now (QA54 #6: the step list, the renumbering note and the step):
    // its .reg is the warning's, shown once in the reply, the step pointing up to it.
    expect(out.split('[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]')).toHaveLength(2);
    expect(out).toContain('ここに入る内容は、上に示したものとまったく同じです');
    // (QA56 #1 added the TLS 1.0 check before the reboot, a few lines.)
    expect(lines(r)).toBeLessThan(82);
  });

  it('a step shown in English is new again in Japanese: after a switch of language the next full answer shows it whole', () => {
    const [a] = talk('TMS 15.9, endpoints CE 9.15.3 Room Kit, Windows 2016, SQL remote');
    // (QA58 #10: the language request itself gives the answer again in Japanese, whole: that is where the step is new again.)
    const asked = step(a.state, { kind: 'text', text: '日本語でお願いします' });
    const out = rendered(asked);
    expect(out).toContain('[ファイル] > [エクスポート]');
    expect(out).not.toContain('この会話で先にお伝えした内容と同じなので');
  });

  it('the shown steps survive a stored state (JSON round trip), and "start over" forgets them', () => {
    const [a] = talk('TMS 15.9, endpoints CE 9.15.3 Room Kit, Windows 2016, SQL remote');
    const stored = JSON.parse(JSON.stringify(a.state)) as typeof a.state;
    const r = step(stored, { kind: 'text', text: 'the level is Medium-High now, still No HTTPS response' });
    expect(rendered(r)).toContain('as I gave them earlier in this conversation');
    const over = step(step(r.state, { kind: 'text', text: 'start over' }).state, { kind: 'text', text: 'TMS 15.9, endpoints CE 9.15.3 Room Kit, Windows 2016, SQL remote' });
    expect(rendered(over)).toContain('Select File > Export');
  });
});
