/**
 * The symptom named (src/domain/understand/symptom.ts), QA round 11 #1: another error than "No HTTPS
 * response" ("Wrong username or password", "Authentication failed", "No SNMP response", EN and JA) is
 * read as such; "No HTTPS response" said as seen wins; denied, asked or supposed symptoms are not read;
 * the results of Medium-High ("Security violation: Telnet communication is not allowed") are not another symptom.
 */
import { symptomIn } from '../../src/domain/understand/symptom';
import { extractFacts } from '../../src/domain/extract';
import { diagnose } from '../../src/domain/diagnose';

const T = 'TMS 15.2.1, endpoints CE 9.15.3 show No HTTPS response, Windows 2016, SQL 2016 local';

describe('another symptom named', () => {
  it.each([
    // QA round 11 #1, as reported.
    ['TMS 15.2.1, endpoints CE 9.15.3 show Wrong username or password in Navigator, Windows 2016, SQL 2016 local', 'wrong-credentials'],
    ['TMS 15.2.1, CE 9.15.3, the endpoints show "Authentication failed", Windows 2016, SQL 2016 local', 'authentication-failed'],
    ['TMS 15.2.1、CE 9.15.3 の端末で「Wrong username or password」と表示されます。Windows 2016、SQL 2016 ローカル', 'wrong-credentials'],
    ['the endpoint shows Authentication failed, not No HTTPS response', 'authentication-failed'],
    ['端末には Authentication failed と出ています。No HTTPS response ではありません', 'authentication-failed'],
    // Nearby wordings.
    ['TMS 15.2.1 CE 9.15.3 No SNMP response on the codecs', 'no-snmp-response'],
    ['Navigator says invalid credentials for the SX80s since the upgrade', 'wrong-credentials'],
    ['it is not a No HTTPS response, the error is Authentication failed', 'authentication-failed'],
    ['TMS 15.2.1、CE 9.15.3 の端末で認証に失敗しましたと出ます', 'authentication-failed'],
    ['端末でユーザー名またはパスワードが違いますと表示されます', 'wrong-credentials'],
  ])('%s → %s', (text, id) => {
    expect(symptomIn(text).other).toBe(id);
    expect(extractFacts(text).facts.otherSymptom).toBe(id);
  });

  it.each([
    // "No HTTPS response" said as seen wins, whatever else the message names (a pasted error list with both).
    T,
    'TMS 15.2.1, CE 9.15.3, errors: No HTTPS response; Wrong username or password. Windows 2016, SQL 2016 local',
    'some endpoints show No HTTPS response, two others Authentication failed',
    'no longer Authentication failed, now No HTTPS response',
    // A result of Medium-High (knowledge.md, Caveats), not another symptom.
    'TMS 15.2.1, endpoints CE 9.15.3, after Medium-High the HDX shows Security violation: Telnet communication is not allowed',
    'Medium-High にしたら HDX で Security violation: Telnet communication is not allowed と TMS Connection Error が出ます',
    // .NET's handshake error in a pasted log (it fits this problem; src/evidence reads it).
    'TMS 15.2.1, CE 9.15.3. From log-web.txt: System.IO.IOException: Authentication failed because the remote party has closed the transport stream.',
    'Authentication failed because the remote party has closed the transport stream',
    // Denied, supposed or asked, not seen.
    'TMS 15.2.1 CE 9.15.3, it is not Authentication failed',
    'TMS 15.2.1 CE 9.15.3, will it show Authentication failed after the change?',
    'if the password is wrong, would TMS say Wrong username or password?',
    '認証エラーではありません',
    // No symptom at all: today's reading.
    'TMS 15.2.1, CE 9.15.3, Windows 2016, SQL 2016 local',
    'we changed the admin password last week',
  ])('%s → no other symptom', (text) => {
    expect(symptomIn(text).other).toBeUndefined();
    expect(extractFacts(text).facts.otherSymptom).toBeUndefined();
  });

  it('"No HTTPS response" said as seen is reported (it replaces another symptom named before)', () => {
    expect(symptomIn('sorry, it is No HTTPS response after all').noHttps).toBe(true);
    expect(extractFacts('やはり No HTTPS response でした').noHttpsSaid).toBe(true);
    expect(extractFacts('Authentication failed, not No HTTPS response').noHttpsSaid).toBeUndefined();
  });
});

describe('diagnosis with another symptom', () => {
  const base = extractFacts(T).facts;
  it('is not shown to be this problem: no fix, no questions, what to check and what would make it this problem', () => {
    const d = diagnose({ ...base, otherSymptom: 'wrong-credentials' });
    expect(d.affected).toBe('unknown');
    expect(d.findings.map((f) => f.code)).toEqual(['other-symptom-not-shown']);
    expect(d.questions).toEqual([]);
    const body = d.findings[0].body.map((b) => b.en).join('\n');
    expect(body).toContain('username and password TMS has stored');
    expect(body).toContain('No HTTPS response');
    expect(body).toContain('CE 9.15.3 refuses TLS 1.0');
    expect(body).not.toMatch(/set Communication Security to Medium-High/i);
  });
  it('for No SNMP response points at the level and TMSSNMPService', () => {
    const d = diagnose({ ...base, otherSymptom: 'no-snmp-response' });
    const body = d.findings[0].body.map((b) => b.en).join('\n');
    expect(body).toContain('TMSSNMPService');
    expect(d.findings[0].body.map((b) => b.ja).join('\n')).toContain('TMSSNMPService');
  });
  it('without it, the same facts get the fix', () => {
    expect(diagnose(base).affected).toBe('yes');
  });
  it('ignores a stored value that is not a symptom id', () => {
    expect(diagnose({ ...base, otherSymptom: 'nonsense' as never }).affected).toBe('yes');
  });
});

describe('QA round 12: questions and a reset after the hello are not another symptom', () => {
  it.each([
    'Wrong username or password の可能性はありますか？',
    'Authentication failed でしょうか？',
    '認証に失敗しましたというエラーの可能性は？',
  ])('a Japanese question %s is not a report', (text) => {
    expect(symptomIn(text).other).toBeUndefined();
  });

  it('a Japanese report is still read', () => {
    expect(symptomIn('HDX で Wrong username or password と表示されます。どうすればいいですか？').other).toBe('wrong-credentials');
  });

  it.each([
    ['Navigator error: Authentication failed. Wireshark: Client Hello TLSv1 then RST from the codec.', true],
    ['Navigator のエラーは Authentication failed です。キャプチャでは TLSv1 の Client Hello のあとコーデックから RST が返っています。', true],
    ['Navigator error: Authentication failed. The Client Hello gets no reset, the codec answers with a ServerHello.', false],
    ['Navigator のエラーは Authentication failed です。Client Hello のあと RST は返っていません。', false],
  ])('%s: hello reset %s', (text, reset) => {
    expect(!!symptomIn(text).helloReset).toBe(reset);
    expect(extractFacts(text).facts.otherSymptom).toBe(reset ? undefined : 'authentication-failed');
  });
});
