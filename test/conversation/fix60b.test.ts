/**
 * FIX60B: JA leftovers and QA58 #8, #15.
 * 1. 「Communication Security はもう High ですが、…」 in a longer message records High (「もう」 was cut into 「も」 + 「う」).
 * 2. A check to come (「…に影響がないか確認します」, "we will check …") records no release.
 * 3. A language asked for right after "we are closing the ticket": the language and the closing, not the whole answer again.
 * 4. QA58 #8: a capture after "done, still failing" at Medium-High: one box, the capture's.
 * 5. QA58 #15: raised to High after Medium-High worked: the certificates, not the Windows side.
 */
import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from './helpers';

const B1 = 'TMS 15.9, SX20 upgraded to TC7.3.21 -> No HTTPS response';
const B2 = 'Windows 2016, SQL 2016 remote, level Medium';
const J1 = 'TMS 15.13 で、SX80 を TC7.3.21 に上げたら No HTTPS response になりました';
const J2 = 'Windows 2019、SQL 2019 は別サーバー、レベルは Medium';

describe('FIX60B #1: 「もう High」 inside a longer message', () => {
  it.each([
    'TMS 15.13、Communication Security はもう High ですが、SX80 (CE9.15.3) が No HTTPS response です',
    'TMS 15.13、レベルはもう High です。SX80 (CE9.15.3) が No HTTPS response です',
    '通信セキュリティはもう High です',
  ])('records High: %s', (m) => {
    expect(extractFacts(m).facts.level).toBe('high');
  });
  it('もう Low, もう Medium-High; a release after もう keeps its raw text', () => {
    expect(extractFacts('レベルはもう Low です').facts.level).toBe('low');
    expect(extractFacts('レベルはもう Medium-High です').facts.level).toBe('medium-high');
    expect(extractFacts('SQL はもう 2019 です').facts.sql?.raw).toBe('2019');
  });
  it.each(['レベルはもう High にしましたか？', 'ログレベルはもう High です'])('no level: %s', (m) => {
    expect(extractFacts(m).facts.level).toBeUndefined();
  });
});

describe('FIX60B #2: a check to come records no release', () => {
  it.each([
    'CE9.15.3 にアップグレードした MX300 に影響がないか確認します',
    'CE9.15.3 の MX300 も調べてみます',
    'I will check whether the MX300 we upgraded to CE9.15.3 is affected',
    'let me check the MX300 on CE 9.15.3',
  ])('%s', (m) => {
    expect(extractFacts(m).facts.endpoint).toBeUndefined();
  });
  it.each([
    'CE9.15.3 の MX300 も確認しましたが No HTTPS response でした',
    'SX80 を CE9.15.3 に上げたら No HTTPS response になったので MX300 も確認します',
    '確認すると CE9.15.3 でした',
    'we checked the MX300 on CE 9.15.3, same error',
  ])('a report still records it: %s', (m) => {
    expect(extractFacts(m).facts.endpoint?.semver).toBe('9.15.3');
  });
  it('the case keeps its release (JA conversation)', () => {
    const r = runIn('ja', [J1, J2, 'CE9.15.3 にアップグレードした MX300 に影響がないか確認します']);
    expect(r.state.facts.endpoint?.semver).toBe('7.3.21');
    expect(rendered(r)).not.toMatch(/TC 7\.3\.21 → CE 9\.15\.3/);
  });
});

describe('FIX60B #3: a language asked for after the case was closed', () => {
  it.each([
    ['en', [B1, B2, 'we are closing the ticket', 'in Japanese please'], /ここからは日本語/, /状況を教えてください/],
    ['en', [B1, B2, 'we are closing the ticket', '日本語でお願いします'], /ここからは日本語/, /状況を教えてください/],
    ['ja', ['TMS 15.2.1 で、エンドポイントを CE 9.15 にアップグレードしたら No HTTPS response になりました', 'Windows Server 2016、SQL 2016 は別サーバー、レベルは Medium', 'このチケットはクローズします', 'in English please'], /answer in English/, /tell me what you see/],
  ] as const)('%s: the closing again in the language asked, not the answer', (lang, msgs, set, closed) => {
    const r = runIn(lang, msgs);
    const out = rendered(r);
    expect(r.route).toBe('language-request');
    expect(out).toMatch(set);
    expect(out).toMatch(closed);
    expect(out).not.toMatch(/Medium-High|手順 1|Step 1/);
  });
  it('after a normal answer the answer is still given again in the language asked (QA58 #10)', () => {
    expect(rendered(runIn('en', [B1, B2, 'in Japanese please']))).toMatch(/手順 1/);
  });
  it('a message after the closing drops it: a language asked later gives the answer again', () => {
    expect(rendered(runIn('en', [B1, B2, 'we are closing the ticket', 'is a reboot needed?', 'in Japanese please']))).toMatch(/手順 1/);
  });
});

describe('FIX60B #4 (QA58 #8): one box for the capture after "done, still failing"', () => {
  const DONE = 'done: set Medium-High, restarted IIS and all TMS services, keys were already fine. still failing';
  it.each([
    ['capture still shows Client Hello version TLS 1.0 (0x0301)', /The capture does not fit the level you named/],
    ['capture: TCP handshake ok, then nothing, no Client Hello at all', /TMS connects but sends no ClientHello/],
  ])('%s', (m, box) => {
    const out = rendered(runIn('en', [B1, B2, DONE, m]));
    expect(out).toMatch(box);
    expect(out).not.toMatch(/⚠ TMS is already at Medium-High/);
    expect(out.match(/^⚠ /gm)).toHaveLength(1);
  });
  it('without a capture the "already at Medium-High" box stays', () => {
    expect(rendered(runIn('en', [B1, 'Windows 2016, SQL 2016 remote, level Medium-High']))).toMatch(/⚠ TMS is already at Medium-High/);
  });
});

describe('FIX60B #5 (QA58 #15): High after Medium-High worked', () => {
  const AGAIN = 'security team now raised it to High and the SX20 is back to No HTTPS response';
  it('EN: the certificates are the one change, no Windows side, no registry steps', () => {
    const r = runIn('en', [B1, B2, 'Medium-High fixed it, thanks', AGAIN]);
    const out = rendered(r);
    expect(r.state.facts.level).toBe('high');
    expect(out).toMatch(/it worked at Medium-High: check the endpoints' certificates/);
    expect(out).toMatch(/the Windows side is not what fails now/);
    expect(out).not.toMatch(/Then the Windows side|Back up the registry|Reboot only if/);
  });
  it('JA', () => {
    const r = runIn('ja', ['TMS 15.2.1 で、エンドポイントを CE 9.15 にアップグレードしたら No HTTPS response になりました', 'Windows Server 2016、SQL 2016 は別サーバー、レベルは Medium', 'Medium-High にしたら直りました', 'セキュリティ部門が High に上げたら、また No HTTPS response になりました']);
    const out = rendered(r);
    expect(r.state.facts.level).toBe('high');
    expect(out).toMatch(/Medium-High では動作していた/);
    expect(out).not.toMatch(/次に Windows 側を確認|レジストリをバックアップ/);
  });
  it('raised to High without it having worked at Medium-High: the Windows side stays', () => {
    expect(rendered(runIn('en', [B1, B2, 'we set it to High, still No HTTPS response']))).toMatch(/Then the Windows side/);
  });
});
