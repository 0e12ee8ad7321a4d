/**
 * Round 13, the other-symptom reader and the possessive in should-questions:
 * 1. "Could it be Wrong username or password?" (and 「…の可能性はありますか？」) gets a real answer: not what this problem
 *    shows, what to check, what would make it this problem. Nothing is recorded.
 * 2. A report with a what-to-do question ("The HDX shows Wrong username or password, what should I do?") is the report:
 *    the same answer as the plain report (not the Telnet/SNMP entry for its "HDX").
 * 4. "should we upgrade our CE 9.15 endpoints?" records CE 9.15 (a possessive) and is answered: upgrading the endpoints
 *    does not fix this; without the possessive the release is a case.
 */
import { findings, rendered, runIn as run } from './helpers';
import { symptomIn } from '../../src/domain/understand/symptom';


const T = 'TMS 15.9, SQL 2016, Windows 2019, CE 9.15, No HTTPS response';

describe('r13 #1: a question whether another symptom is this problem gets an answer, records nothing', () => {
  it.each([
    ['en', 'Could it be Wrong username or password?', 'Wrong username or password', /"Wrong username or password" is not what this problem shows/, /What to check for "Wrong username or password"/, /What would make it this problem/],
    ['en', 'Could this be the Authentication failed problem?', 'Authentication failed', /"Authentication failed" is not what this problem shows/, /What to check for "Authentication failed"/, /What would make it this problem/],
    ['en', 'Could it be No SNMP response?', 'No SNMP response', /"No SNMP response" is not what this problem shows/, /SNMP is not HTTPS/, /What would make it this problem/],
    ['en', 'is it an authentication error?', 'Authentication failed', /is not what this problem shows/, /What to check/, /What would make it this problem/],
    ['ja', 'Wrong username or password の可能性はありますか？', 'Wrong username or password', /「Wrong username or password」は、この問題で表示されるものではありません/, /について確認すること/, /この問題だと言えるのは/],
    ['ja', '認証エラーの可能性はありますか？', 'Authentication failed', /「Authentication failed」は、この問題で表示されるものではありません/, /について確認すること/, /この問題だと言えるのは/],
  ] as const)('%s %j', (lang, msg, _name, notThis, check, would) => {
    const r = run(lang, [msg]);
    expect(r.state.facts.otherSymptom).toBeUndefined();
    expect(r.state.facts).toEqual({});
    const out = rendered(r);
    expect(out).toMatch(notThis);
    expect(out).toMatch(check);
    expect(out).toMatch(would);
    expect(out).not.toMatch(/I don't know that one|その質問にはお答えできません/);
  });

  it.each([
    ['en', [T, 'Could it be Wrong username or password instead?'], /it does not change my answer: for the systems that show "No HTTPS response", it is still the TLS 1\.0 problem/],
    ['ja', ['TMS 15.9、SQL 2016、Windows 2019、CE 9.15、No HTTPS response', 'Wrong username or password の可能性はありますか？'], /回答は変わりません。「No HTTPS response」が出ているシステムについては、引き続き TLS 1\.0 の問題です/],
  ] as const)('%s after the diagnosis: the answer stands, the other error is apart', (lang, msgs, said) => {
    const r = run(lang, msgs);
    expect(r.state.facts.otherSymptom).toBeUndefined();
    const out = rendered(r);
    expect(out).toMatch(said);
    expect(out).not.toMatch(/What would make it this problem|この問題だと言えるのは/);
  });

  it('the recorded facts are the endpoint release said before: the "would" line names it', () => {
    const out = rendered(run('en', ['the endpoints run CE 9.15', 'Could it be Wrong username or password?']));
    expect(out).toMatch(/CE 9\.15 refuses TLS 1\.0, so then it is the TLS 1\.0 problem/);
  });
});

describe('r13 #2: a report with a what-to-do question is a report', () => {
  const PLAIN_EN = 'The HDX shows Wrong username or password';
  const PLAIN_JA = 'HDX で Wrong username or password と表示されます';
  it.each([
    ['en', 'The HDX shows Wrong username or password, what should I do?', PLAIN_EN],
    ['en', 'The HDX shows Wrong username or password - how do I fix it?', PLAIN_EN],
    ['en', 'The HDX shows Wrong username or password. What should I do?', PLAIN_EN],
    ['ja', 'HDX で Wrong username or password と表示されますが、どうすればいいですか？', PLAIN_JA],
    ['ja', 'HDX で Wrong username or password と表示されますがどうしたらいいでしょうか？', PLAIN_JA],
  ] as const)('%s %j: the plain report\'s answer', (lang, msg, plain) => {
    const r = run(lang, [msg]);
    const p = run(lang, [plain]);
    expect(r.state.facts.otherSymptom).toBe('wrong-credentials');
    expect(r.state.facts).toEqual(p.state.facts);
    expect(findings(r)).toEqual(['other-symptom-not-shown']);
    expect(rendered(r)).toBe(rendered(p));
  });

  it.each([
    // True questions stay questions; conditions stay conditions.
    'Could it be Wrong username or password?',
    'Wrong username or password の可能性はありますか？',
    'If it shows Authentication failed, what should I do?',
    'Authentication failed の場合、どうすればいいですか？',
    'Will it show No SNMP response, what should I do?',
    'もし認証に失敗しましたと出たら、どうすればいいですか？',
  ])('%j is not a report', (msg) => {
    expect(symptomIn(msg).other).toBeUndefined();
    expect(run(/[ぁ-ん]/.test(msg) ? 'ja' : 'en', [msg]).state.facts.otherSymptom).toBeUndefined();
  });

  it.each([
    ['Our codecs show Authentication failed, what should I do?', 'authentication-failed'],
    ['認証に失敗しましたと出ます。どうすればいいですか？', 'authentication-failed'],
    ['We get Authentication failed on the MXP - how do I fix it?', 'authentication-failed'],
  ])('%j → %s', (msg, id) => {
    expect(symptomIn(msg).other).toBe(id);
  });

  it('a question about the HDX itself is still the Telnet/SNMP answer', () => {
    expect(rendered(run('en', ['what happens to our HDX at Medium-High?']))).toMatch(/disables Telnet and SNMP in TMS/);
  });
});

describe('r13 #4: should we upgrade the endpoints? No; the fix is on TMS (a possessive records the release)', () => {
  it.each([
    ['en', 'should we upgrade our CE 9.15 endpoints?', 'CE 9.15', /No: upgrading the endpoints does not fix this\. From TC 7\.3\.6 and CE 8\.1\.0 on, every release .* refuses TLS 1\.0 .* by design, CE 9\.15 included/],
    ['en', 'should CE 9.15 endpoints be upgraded?', undefined, /No: upgrading the endpoints does not fix this\..*CE 9\.15 included/],
    ['en', 'would upgrading the codecs fix it?', undefined, /No: upgrading the endpoints does not fix this\. .*The fix is on the TMS side/],
    ['ja', 'うちの CE 9.15 の端末をアップグレードすべきですか？', 'CE 9.15', /いいえ。エンドポイントをアップグレードしても、この問題は直りません。.*仕様として HTTPS で TLS 1\.0 を拒否します（CE 9\.15 もそうです）/],
    ['ja', 'CE 9.15 の端末をアップグレードすべきですか？', undefined, /いいえ。エンドポイントをアップグレードしても、この問題は直りません/],
  ] as const)('%s %j → endpoint %s', (lang, msg, want, said) => {
    const r = run(lang, [msg]);
    expect(r.state.facts.endpoint?.raw).toBe(want);
    expect(rendered(r)).toMatch(said);
  });

  it('a release that still accepts TLS 1.0: upgrading would bring the problem on', () => {
    const out = rendered(run('en', ['should TC 7.3.5 codecs be upgraded?']));
    expect(out).toMatch(/it would bring this problem on: TC 7\.3\.5 still accepts TLS 1\.0/);
    expect(out).not.toMatch(/Your endpoints on/);
  });

  it('"do we need to update the endpoints?" stays the endpoints-untouched answer', () => {
    expect(rendered(run('en', ['do we need to update the endpoints?']))).toMatch(/No: the fix is on the TMS server only/);
  });
});

describe('r13 #3: No SNMP response after Medium-High: the known effect, said; whether the endpoints answer now, asked', () => {
  it.each([
    ['en', ['TMS 15.9, SQL 2016, Windows 2019, CE 9.15, No HTTPS response, level Medium', 'we set Medium-High, rebooted', 'after Medium-High the HDX now shows No SNMP response'], /That is the known effect of Medium-High, not a sign that the fix failed/, /What I do not know yet is whether those systems \(the TC\/CE endpoints\) answer TMS now/],
    ['en', ['TMS 15.9, SQL 2016, Windows 2019, CE 9.15, No HTTPS response, level Medium', 'Medium-High applied', 'the HDX now shows No SNMP response'], /That is the known effect of Medium-High/, /answer TMS now: Force Refresh one in Systems > Navigator/],
    ['ja', ['TMS 15.9、SQL 2016、Windows 2019、CE 9.15、No HTTPS response、レベルは Medium', 'Medium-High に変更して保存しました', 'HDX で No SNMP response が出るようになりました'], /これは Medium-High の既知の影響で、修正が失敗したということではありません/, /まだ分からないのは、それらのシステム（TC\/CE のエンドポイント）が今 TMS に応答しているかどうかです/],
  ] as const)('%s %j', (lang, msgs, known, asked) => {
    const r = run(lang, msgs);
    const out = rendered(r);
    expect(out).toMatch(known);
    expect(out).toMatch(asked);
    // Not the answer again as if the endpoints still failed.
    expect(out).not.toMatch(/Not settled yet|まだ判断できません|Check before the change|変更の前に/);
    expect(r.state.facts.otherSymptom).toBeUndefined();
    expect(r.state.facts.level).toBe('medium-high');
  });

  it('with a new fact in the same message the answer is given as before, with the side line', () => {
    const out = rendered(run('en', ['TMS 15.9, SQL 2016, Windows 2019, CE 9.15, No HTTPS response', 'Medium-High set, rebooted. Now the HDX shows No SNMP response and Authentication failed.']));
    expect(out).toContain('Medium-High turns Telnet and SNMP off in TMS');
    expect(out).toMatch(/TLS 1\.0|Medium-High/);
  });
});
