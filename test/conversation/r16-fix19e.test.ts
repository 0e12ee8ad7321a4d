/**
 * FIX19E (QA45 W1, W4, W5, W7): a success report read as still failing, and other misreadings.
 * W1 "Medium-High can connect now, thanks", "… TMS at Medium cannot connect. Medium-High can.", 「Medium の TMS は接続できません。
 *    Medium-High にしたら接続できました。」: the fix worked (not "check the Windows side", an invitation to needless changes).
 * W4 "the cipher suites are the default ones" is no level; "cipher suites were hardened by GPO, is that it?" gets the cipher-suites
 *    answer; "we hardened the cipher suites with IIS Crypto" / 「暗号スイートは IIS Crypto で変更済みです」 is a statement noted.
 * W5 "TMS 15.0 then?" asks (the user's TMS stays 14.6.2); "TMS 15.0 is what the other site runs" is another server's release.
 * W7 「後で確認して連絡します」「Navigator で確認しておきます」: the wait reply.
 */
import { last, rendered, runIn, talk } from './helpers';

const C = 'TMS 15.2 on Windows 2012 R2, endpoints on CE 9.15 show No HTTPS response, SQL 2016 remote';
const J = 'TMS 15.2、Windows Server 2012 R2、エンドポイントは CE 9.15 で No HTTPS response が出ます。SQL 2016 は別サーバ';
const WORKS_EN = /Good to hear it works now/;
const WORKS_JA = /直ってよかったです/;

describe('W1 the user says Medium-High connects: it works', () => {
  it.each(['Medium-High can connect now, thanks', 'We set Medium-High and restarted. TMS at Medium cannot connect. Medium-High can.', 'TMS at Medium cannot connect but Medium-High can', 'Medium-High works now'])('%s', (m) => {
    const r = last(talk(C, m));
    const out = rendered(r);
    expect(out).toMatch(WORKS_EN);
    expect(out).not.toMatch(/check the Windows side|Not settled yet/);
    expect(r.state.facts.level).toBe('medium-high');
  });
  it.each(['Medium の TMS は接続できません。Medium-High にしたら接続できました。', 'Medium-High にしたら接続できました'])('JA %s', (m) => {
    const out = rendered(runIn('ja', [J, m]));
    expect(out).toMatch(WORKS_JA);
    expect(out).not.toMatch(/まだ判断できません/);
  });
  it.each([
    'Medium-High can connect now?',
    'the probe says Medium-High can connect',
    'Medium-High can connect to some of them',
    'Medium-High cannot connect',
    'Medium-High can connect but the MXPs still fail',
    'TMS at Medium cannot connect.',
    'Medium-High can connect now, but the HDX shows Telnet is not allowed',
    'Medium-High can connect now but 2 still fail',
  ])('not a success: %s', (m) => {
    expect(rendered(last(talk(C, m)))).not.toMatch(WORKS_EN);
  });
  it.each(['Medium-High にしたら接続できましたか？', 'Medium-High にしたら接続できませんでした', 'Medium-High で一部だけ接続できました', 'Medium-High にしたら接続できましたが、MXP はダメです'])('JA not a success: %s', (m) => {
    expect(rendered(runIn('ja', [J, m]))).not.toMatch(WORKS_JA);
  });
});

describe('W4 cipher suites', () => {
  it('"the cipher suites are the default ones" stores no level', () => {
    const r = last(talk(C, 'the cipher suites are the default ones'));
    expect(r.state.facts.level).toBeUndefined();
  });
  it('"the security level is default" still reads Medium', () => {
    expect(last(talk(C, 'the security level is default')).state.facts.level).toBe('medium');
  });
  it('"cipher suites were hardened by GPO, is that it?" gets the cipher-suites answer', () => {
    const out = rendered(last(talk(C, 'cipher suites were hardened by GPO, is that it?')));
    expect(out).toMatch(/Cipher suites/);
    expect(out).not.toMatch(/Is that all\?/);
  });
  it('"is that it?" alone is still "is that all?"', () => {
    expect(rendered(last(talk(C, 'is that it?')))).toMatch(/Is that all\?/);
  });
  it('"we hardened the cipher suites with IIS Crypto last month" is noted', () => {
    const out = rendered(last(talk(C, 'we hardened the cipher suites with IIS Crypto last month')));
    expect(out).toMatch(/Noted: the cipher suites were hardened/);
    expect(out).toMatch(/alert 40/);
    expect(out).not.toMatch(/could not find a version or a request/);
  });
  it('JA 「暗号スイートは IIS Crypto で変更済みです」 is noted', () => {
    const out = rendered(runIn('ja', [J, '暗号スイートは IIS Crypto で変更済みです']));
    expect(out).toMatch(/暗号スイートが強化されている/);
    expect(out).not.toMatch(/読み取れませんでした/);
  });
  it('"we never changed the cipher suites" is not noted as hardened', () => {
    expect(rendered(last(talk(C, 'we never changed the cipher suites')))).not.toMatch(/Noted: the cipher suites were hardened/);
  });
});

describe('W5 TMS 15.0 asked about or another site\'s', () => {
  const P = 'TMS 14.6.2, endpoints on CE 9.15 show No HTTPS response';
  it.each(['TMS 15.0 then?', 'TMS 15.0 instead?'])('%s keeps TMS 14.6.2', (m) => {
    expect(last(talk(P, m)).state.facts.tms?.raw).toBe('14.6.2');
  });
  it('"TMS 15.0 is what the other site runs" is another server', () => {
    const f = last(talk(P, 'TMS 15.0 is what the other site runs')).state.facts;
    expect(f.tms?.raw).toBe('14.6.2');
    expect(f.otherTms?.map((t) => t.raw)).toEqual(['15.0']);
  });
  it.each(['we are on TMS 15.0 then?', 'TMS 15.0 is what we run'])('the user\'s own release still counts: %s', (m) => {
    expect(last(talk(P, m)).state.facts.tms?.raw).toBe('15.0');
  });
});

describe('W7 JA checking later is a wait', () => {
  it.each(['後で確認して連絡します', 'Navigator で確認しておきます'])('%s', (m) => {
    const out = rendered(runIn('ja', [J, m]));
    expect(out).toMatch(/ごゆっくり確認してください/);
    expect(out).not.toMatch(/読み取れませんでした/);
  });
  it('「Navigator で確認しておきますか？」 is a question, not a wait', () => {
    expect(rendered(runIn('ja', [J, 'Navigator で確認しておきますか？']))).not.toMatch(/ごゆっくり確認してください/);
  });
});
