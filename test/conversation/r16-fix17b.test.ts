/**
 * FIX17B (REV10 #1–#3).
 * 1. Short status reports after the fix ("done, reboot is scheduled for Saturday. still failing", 「対応完了しました。再起動は土曜の
 *    予定です。まだ失敗しています」, "all done, rebooted, still failing") are read by done-still-failing, not the generic intent.
 * 2. "Rolled back to TC 7.3.5, works again" (with the family word) keeps the failing TC 7.3.6, as the JA form does.
 * 3. The rollback note's plan/question and topic-word tests run on the rollback's sentence/clause, not the whole message.
 */
import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from './helpers';

const T8 = 'TMS 15.9 on Windows Server 2008 R2, local SQL 2008 R2 SP3. 12 CE 9.15 endpoints fail with No HTTPS response, level Medium.';
const T8_JA = 'TMS 15.9、Windows Server 2008 R2、SQL Server 2008 R2 SP3 同居。CE 9.15 の 12 台が No HTTPS response、レベルは Medium。';

describe('FIX17B 1: short "done … still failing" reports are the status report, not the generic still-failing reply', () => {
  it.each([
    ['en', T8, 'done, reboot is scheduled for Saturday. still failing'],
    ['en', T8, 'done, not rebooted yet. still failing'],
    ['ja', T8_JA, '対応完了しました。再起動は土曜の予定です。まだ失敗しています'],
  ] as const)('%s "%s": the reboot still to come is said, the steps are recorded, no capture chase', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    const out = rendered(r);
    expect(out).toMatch(lang === 'en' ? /has not been restarted since the change/ : /まだサーバを再起動していない/);
    expect(out).not.toMatch(/If TLS 1\.2 is offered and it still fails|Cipher suites/);
    expect(r.state.facts.tlsClaims?.levelRaised ?? r.state.facts.level === 'medium-high').toBeTruthy();
    expect(r.state.facts.tlsClaims?.restarted).not.toBe(true);
  });
  it('"all done, rebooted, still failing": the steps and the reboot are recorded as done', () => {
    const r = runIn('en', [T8, 'all done, rebooted, still failing']);
    expect(rendered(r)).toMatch(/Noted as done/);
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
  });
  it('JA 「全部完了しました、再起動もしました。まだ失敗しています」: recorded as done', () => {
    const r = runIn('ja', [T8_JA, '全部完了しました、再起動もしました。まだ失敗しています']);
    expect(rendered(r)).toMatch(/次のとおり記録しました/);
  });
  it('negatives keep the conservative rules: a step left out, another server, a plain "still failing"', () => {
    expect(rendered(runIn('en', [T8, 'done except the keys, still failing']))).not.toMatch(/Noted as done/);
    expect(rendered(runIn('en', [T8, 'done on the lab TMS, still failing']))).not.toMatch(/Noted as done/);
    expect(rendered(runIn('en', [T8, 'still failing']))).not.toMatch(/Noted as done/);
  });
});

describe('FIX17B 2: a rollback that works again with the family word keeps the failing release (EN as JA)', () => {
  it.each(['Rolled back to TC 7.3.5, works again', 'We rolled the SX20s back to TC7.3.5 and they work again', 'rolled the codecs back to 7.3.5, works again'])(
    '%s: no endpoint release read',
    (msg) => {
      expect(extractFacts(msg).facts.endpoint).toBeUndefined();
    },
  );
  it('in a conversation: TC 7.3.6 kept, not "not the TLS 1.0 problem"', () => {
    const r = runIn('en', ['TMS 15.2 on Windows 2016, remote SQL 2017. SX20s upgraded to TC 7.3.6 fail with No HTTPS response, level Medium.', 'Rolled back to TC 7.3.5, works again']);
    expect(r.state.facts.endpoint?.raw).toBe('TC 7.3.6');
    expect(rendered(r)).not.toMatch(/not the TLS 1\.0 problem/);
    expect(rendered(r)).toMatch(/workaround, not the fix/);
  });
  it('a rollback that still fails is read as before (the release is the current one)', () => {
    expect(extractFacts('Rolled back to TC 7.3.5 but still failing').facts.endpoint?.raw).toBe('TC 7.3.5');
  });
});

describe('FIX17B 3: the rollback note reads the rollback sentence, not the whole message', () => {
  const R = 'TMS 15.2 on Windows 2016, remote SQL 2017. SX20s upgraded to TC 7.3.6 fail with No HTTPS response, level Medium.';
  const RJ = 'TMS 15.2、Windows 2016、SQL 2017 は別サーバ。SX20 を TC 7.3.6 に上げたら No HTTPS response、レベルは Medium。';
  it.each([
    'We downgraded the SX20s to TC7.3.3 and everything works again, we plan to upgrade TMS next quarter.',
    'Rolled back to 7.3.5, works again. Thanks',
    'Rolled back to 7.3.5 at Medium, works again',
    'We rolled the SX20s back to TC7.3.5 and they work again',
  ])('%s: the workaround note, the case not closed', (msg) => {
    const r = runIn('en', [R, msg]);
    const out = rendered(r);
    expect(out).toMatch(/workaround, not the fix/);
    expect(out).not.toMatch(/Good to hear it works now/);
    expect(r.state.facts.endpoint?.raw).toBe('TC 7.3.6');
  });
  it.each(['TC7.3.5 に戻したら直りました。来期に TMS を上げる予定です。', 'TC7.3.3 にダウングレードしたら直りました、TMS は来期にアップグレードする予定です'])('JA %s: the workaround note', (msg) => {
    const out = rendered(runIn('ja', [RJ, msg]));
    expect(out).toMatch(/回避策で、修正ではありません/);
    expect(out).not.toMatch(/直ってよかったです/);
  });
  it.each([
    'if we roll back to 7.3.5 will it work?',
    'if we rolled back to 7.3.5, would it work again',
    'reverted the registry change, works again',
    'rolled back the level to Medium, works again',
    'Rolled back to 7.3.5 but still failing',
  ])('not a rollback that works: %s', (msg) => {
    expect(rendered(runIn('en', [R, msg]))).not.toMatch(/workaround, not the fix/);
  });
  it.each(['もし TC7.3.5 に戻したら直りますか？', 'TLS 1.0 を戻したら直りました'])('JA not a rollback of the endpoints that works: %s', (msg) => {
    expect(rendered(runIn('ja', [RJ, msg]))).not.toMatch(/回避策で、修正ではありません/);
  });
});
