/**
 * left-d: leftovers of the rev32 review and of mend31a, EN and JA.
 * #3 (rev32 #4): a wait ("after checking the logs", 「見ておきます」) that states the level is read for it, not "take your time".
 */
import { runIn } from './helpers';

const B0 = { en: 'TMS 15.2 No HTTPS response, SX80 on CE 9.8, SQL 2016 remote, Windows 2016', ja: 'TMS 15.2 で No HTTPS response。SX80 は CE 9.8、SQL 2016 は別サーバ、Windows 2016 です' };

describe('#3: a wait that states the level is read for it', () => {
  it.each([
    ['en', 'after checking the logs, communication security is at High', 'high'],
    ['en', 'after checking, it is Medium', 'medium'],
    ['ja', 'ログは後で見ておきます。通信セキュリティは High です', 'high'],
    ['ja', 'ログを調べます。セキュリティレベルは Medium です', 'medium'],
  ] as const)('%s: %s records %s', (lang, msg, level) => {
    const r = runIn(lang, [B0[lang], msg]);
    expect(r.route).not.toBe('intent-wait');
    expect(r.state.facts.level).toBe(level);
  });

  it.each([
    ['en', 'let me check'],
    ['en', 'one sec, checking TMS Tools'],
    ['en', 'let me check whether it is Medium-High'],
    ['en', 'checking whether the level is High'],
    ['en', 'let me check the level, should be Medium'],
    ['en', "I'll check, but I believe it is Medium"],
    ['ja', '確認します'],
    ['ja', 'Medium-High かどうか確認します'],
    ['ja', 'High になっているか見ておきます'],
  ] as const)('%s: %s is still a wait, nothing recorded', (lang, msg) => {
    const r = runIn(lang, [B0[lang], msg]);
    expect(r.route).toBe('intent-wait');
    expect(r.state.facts.level).toBeUndefined();
  });
});
