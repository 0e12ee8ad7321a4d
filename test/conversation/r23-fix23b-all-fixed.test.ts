/**
 * FIX23B (REV23 #5): "All fixed?" closes only when the report says all work and nothing else: not with a problem beside it,
 * a place or a lab, a time ahead or "seems" / 「ようです」.
 */
import { rendered, runIn } from './helpers';

const SETUP = { en: 'TMS 15.2, endpoints CE 9.15, SQL 2016 on a separate server, level Medium', ja: 'TMS 15.2、エンドポイントは CE 9.15、SQL 2016 は別サーバ、レベルは Medium です' } as const;
const DONE = { en: 'we set Medium-High and restarted the services', ja: 'Medium-High に設定してサービスを再起動しました' } as const;

describe('REV23 #5: "all fixed?" closes only on a plain all-work report', () => {
  it.each([
    ['en', 'it works now on all endpoints but SQL is down, are we done?'],
    ['en', 'it works on all endpoints in Tokyo, are we done?'],
    ['en', 'all endpoints work in the lab, all good?'],
    ['en', 'all endpoints will work after the reboot, all good?'],
    ['en', 'all 20 codecs seem to show HTTPS again, all good?'],
    ['ja', '全台直りましたが、SQL Server が止まっています。これで完了ですか？'],
    ['ja', '検証環境では全台直りました。これで完了ですか？'],
    ['ja', '全台直ったようです。これで完了ですか？'],
    ['ja', '再起動したら全台直るはずです。これで完了ですか？'],
  ] as const)('%s %j: stays open', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], DONE[lang], msg]);
    expect(r.state.facts.tlsClaims?.worksNow).not.toBe(true);
    expect(rendered(r)).not.toMatch(/Good to hear it works now|直ってよかったです/);
  });

  it.each([
    ['en', 'all 20 codecs show HTTPS again after Force Refresh in TMS, all good?'],
    ['en', 'everything works now, are we done?'],
    ['ja', '全部直りました。これで解決ですか？'],
  ] as const)('%s %j: plain report still closes', (lang, msg) => {
    const r = runIn(lang, [SETUP[lang], DONE[lang], msg]);
    expect(r.state.facts.tlsClaims?.worksNow).toBe(true);
  });
});
