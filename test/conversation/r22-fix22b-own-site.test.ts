/**
 * FIX22B (REV22 #10): the user's own system said with a time or a whole-company word before では (「全拠点では」「東京本社では」
 * 「現場では」「先週末では」「アップグレード後では」) or "at Headquarters" is not another site: the TMS said is the case's.
 * Real other sites (「大阪では」「大阪支社では」, "the TMS at Leeds") stay not taken.
 */
import { aboutOtherSite } from '../../src/domain/understand/other-site';
import { runIn } from './helpers';

const SETUP = { en: 'TMS 14.6.2, endpoints CE 9.15, SQL 2016 on a separate server, level Medium', ja: 'TMS 14.6.2、エンドポイントは CE 9.15、SQL 2016 は別サーバ、レベルは Medium です' } as const;

describe('REV22 #10: own-system lines are not another site', () => {
  it.each([
    ['ja', '全拠点では TMS 15.13 です'],
    ['ja', '東京本社では TMS 15.13 です'],
    ['ja', '現場では TMS 15.13 が動いています'],
    ['ja', '先週末では TMS 15.13 にアップグレード済みです'],
    ['ja', 'アップグレード後では TMS 15.13 です'],
    ['ja', '本社の TMS は 15.13 です'],
    ['ja', 'アップグレード後の TMS は 15.13 です'],
    ['en', 'TMS at Headquarters is 15.13'],
    ['en', 'the TMS at HQ is 15.13'],
    ['en', 'TMS at Head Office is 15.13'],
  ] as const)('%s %j: the case\'s TMS', (lang, msg) => {
    expect(aboutOtherSite(msg)).toBe(false);
    expect(runIn(lang, [SETUP[lang], msg]).state.facts.tms?.semver).toBe('15.13.0');
  });

  it.each(['大阪では TMS 15.13 です', '大阪支社では TMS 15.13 です', 'the TMS at Leeds is 15.13', "Osaka's TMS is 15.13", '名古屋工場では TMS 15.13 です', '大阪の TMS は 15.13 です', '別拠点の TMS は 15.13 です'])(
    '%j is still another site',
    (m) => expect(aboutOtherSite(m)).toBe(true),
  );
});
