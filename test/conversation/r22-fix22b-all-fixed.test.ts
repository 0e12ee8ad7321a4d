/**
 * FIX22B (REV22 #9): a question after a report that already says all systems work ("all 20 codecs show HTTPS again after
 * Force Refresh, all good?", 「全台直りました。これで完了ですか？」) closes the case as before FIX21B; only a report that does not
 * say all ("it works now, all fixed?", "works on one codec now, all fixed?") stays open.
 */
import { rendered, runIn } from './helpers';

const SETUP = { en: 'TMS 15.2, endpoints CE 9.15, SQL 2016 on a separate server, level Medium', ja: 'TMS 15.2、エンドポイントは CE 9.15、SQL 2016 は別サーバ、レベルは Medium です' } as const;
const DONE = { en: 'we set Medium-High and restarted the services', ja: 'Medium-High に設定してサービスを再起動しました' } as const;

describe('REV22 #9: "all work, all good?" closes', () => {
  it.each([
    ['en', 'all 20 codecs show HTTPS again after Force Refresh, all good?'],
    ['en', 'it works now on all endpoints, are we done?'],
    ['en', 'everything works now, all good?'],
    ['ja', '全台直りました。これで完了ですか？'],
    ['ja', '全部直りました。これで解決ですか？'],
  ] as const)('%s %j: closed', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], DONE[lang], msg]);
    expect(r.state.facts.tlsClaims?.worksNow).toBe(true);
    expect(rendered(r)).toMatch(/Good to hear it works now|直ってよかったです/);
    expect(rendered(r)).not.toMatch(/It is fixed when each endpoint|それぞれ TMS でもう一度|これで全部か/);
  });

  it.each([
    ['en', 'all but 2 codecs show HTTPS again, all good?'],
    ['en', 'it works now but not on all endpoints, all fixed?'],
    ['en', 'all 20 codecs show HTTPS again except the SX20, all good?'],
    ['en', 'it works now, all fixed?'],
    ['ja', '2台以外は全台直りました。これで完了ですか？'],
    ['ja', '全台直ったわけではないです。これで完了ですか？'],
    ['ja', '直りました。これで解決ですか？'],
    ['ja', '1台で直りました。全部直ったということですか？'],
    ['en', 'works on one codec now, all fixed?'],
  ] as const)('%s %j: not closed', (lang, msg) => {
    expect(runIn(lang, [SETUP[lang], DONE[lang], msg]).state.facts.tlsClaims?.worksNow).not.toBe(true);
  });
});
