/**
 * QA49 F22: "is it ok to disable TLS 1.0?" with SQL Server 2012 RTM / SP1 (no TLS 1.2 build at all) or a 2012 / 2014 build
 * known to be older than its line's first TLS 1.2 build: "no, not yet", with the release's own way to TLS 1.2 (service-pack
 * upgrade; the TLS 1.2 update), not "check with SELECT @@VERSION". Build not known, TLS 1.2 builds, 2016 and remote SQL keep
 * their answers.
 */
import { step, freshState } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import type { Lang } from '../../src/domain/types';

function answer(lang: Lang, setup: string, q: string): string {
  let s: ConversationState = freshState(lang);
  s = step(s, { kind: 'text', text: setup }).state;
  return JSON.stringify(step(s, { kind: 'text', text: q }).replies);
}
const SETUP = {
  en: (sql: string, where = ' on the TMS server') => `TMS 15.9, Room Kit on CE 9.15 shows No HTTPS response. Windows Server 2016, SQL Server ${sql}${where}, level Medium.`,
  ja: (sql: string, where = ' は TMS サーバ上') => `TMS 15.9、Room Kit CE 9.15 で No HTTPS response。Windows Server 2016、SQL Server ${sql}${where}、レベルは Medium。`,
};
const Q = { en: 'is it ok to disable TLS 1.0?', ja: 'TLS 1.0 を無効にしてもいいですか？' };

describe('QA49 F22: disabling TLS 1.0 with SQL 2012 / 2014 known to be without TLS 1.2 support', () => {
  it.each(['en', 'ja'] as const)('%s: SQL 2012 SP1 on the TMS server: no, a service-pack upgrade first', (lang) => {
    const a = answer(lang, SETUP[lang]('2012 SP1'), Q[lang]);
    expect(a).toMatch(lang === 'en' ? /No, not yet: SQL Server 2012 SP1 runs on the TMS server and has no build with TLS 1\.2 support at all.*service-pack upgrade first \(SP4 is the simplest\)/ : /いいえ、まだです。TMS サーバ上の SQL Server 2012 SP1 には TLS 1\.2 に対応したビルドがありません.*サービス パックへのアップグレード（SP4 が最も簡単です）が必要です/);
    expect(a).not.toMatch(/SELECT @@VERSION/);
    expect(a).not.toMatch(/It is not part of this fix: at Medium-High|^今回の修正には含まれません/);
  });

  it.each(['en', 'ja'] as const)('%s: SQL 2014 SP1 build 12.0.4100: no, the TLS 1.2 update first', (lang) => {
    const a = answer(lang, SETUP[lang]('2014 build 12.0.4100'), Q[lang]);
    expect(a).toMatch(lang === 'en' ? /No, not yet: SQL Server 2014 SP1 \(12\.0\.4100\) runs on the TMS server and is older than the first build of its line with TLS 1\.2 support, so it needs the TLS 1\.2 update \(KB3052404\) first/ : /いいえ、まだです。TMS サーバ上の SQL Server 2014 SP1 \(12\.0\.4100\) は、同じ系列の TLS 1\.2 対応ビルドより古いため、先に TLS 1\.2 更新プログラム（KB3052404）の適用が必要です/);
    expect(a).not.toMatch(/SELECT @@VERSION/);
  });

  it.each(['en', 'ja'] as const)('%s: near misses keep their answers: 2012 with the build not known (check it), 2012 SP4 and 2016 (not part of this fix), remote', (lang) => {
    expect(answer(lang, SETUP[lang]('2012'), Q[lang])).toMatch(/SELECT @@VERSION/);
    for (const sql of ['2012 SP4', '2016']) {
      const a = answer(lang, SETUP[lang](sql), Q[lang]);
      expect(a).toMatch(lang === 'en' ? /It is not part of this fix/ : /今回の修正には含まれません/);
      expect(a).not.toMatch(/No, not yet|いいえ、まだです/);
    }
    const remote = answer(lang, SETUP[lang]('2012 SP1', lang === 'en' ? ' on a separate server' : ' は別サーバ'), Q[lang]);
    expect(remote).not.toMatch(/No, not yet|いいえ、まだです/);
  });
});
