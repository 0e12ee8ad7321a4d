/**
 * FIX21B (REV21-a #6): another site's TMS said with a possessive ("Osaka's TMS"), after "in" ("the TMS in Osaka"), as the
 * subject of "is still on TMS" or with 〜では (「大阪では TMS 14.6 を使っています」) no longer replaces the case's TMS. A line
 * that names our TMS and the other site's takes ours and says the other was not taken. Own-site lines and corrections
 * still change the case.
 */
import { aboutOtherSite } from '../../src/domain/understand/other-site';
import { rendered, runIn } from './helpers';

const EN = 'TMS 15.2, endpoints CE 9.15, SQL 2016 on a separate server, level Medium';
const JA = 'TMS 15.2、エンドポイントは CE 9.15、SQL 2016 は別サーバ、レベルは Medium です';
const SETUP = { en: EN, ja: JA } as const;

describe('another site\'s TMS is not the case\'s', () => {
  it.each([
    ['en', "Osaka's TMS is 14.6.2", /Not taken into this case: TMS 14\.6\.2\. .*another site's systems/s],
    ['en', 'fyi the TMS in Osaka is 14.6.2', /Not taken into this case: TMS 14\.6\.2/],
    ['en', 'btw Osaka is still on TMS 14.6', /Not taken into this case: TMS 14\.6\b/],
    ['ja', '大阪では TMS 14.6 を使っています', /この件には反映していません：TMS\s*14\.6/],
  ] as const)('%s %j: nothing taken', (lang, msg, note) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.state.facts.tms?.semver).toBe('15.2.0');
    const out = rendered(r);
    expect(out).toMatch(note);
    expect(out).not.toMatch(/Updated:|更新：|cannot be fixed in place|そのままでは対処できません/);
  });

  it.each([
    ['en', 'our TMS is 15.13, the Osaka TMS is 14.6', /Not taken into this case: TMS 14\.6, said of another site's systems/],
    ['ja', 'うちの TMS は 15.13、大阪の TMS は 14.6 です', /この件には反映していません：TMS\s*14\.6（別の拠点/],
    ['en', "Osaka's TMS is 14.6 and ours is 15.13", /Not taken into this case: TMS 14\.6, said of another site's systems/],
    ['en', 'sorry, our TMS is 15.13, the Osaka TMS is 14.6', /Not taken into this case: TMS 14\.6, said of another site's systems/],
  ] as const)('%s %j: ours taken, the other site\'s named as not taken', (lang, msg, note) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.state.facts.tms?.semver).toBe('15.13.0');
    expect(rendered(r)).toMatch(note);
  });

  it.each([
    ['en', 'we are the Osaka site, our TMS is 14.6', '14.6.0'],
    ['en', 'no, TMS is 14.6', '14.6.0'],
    ['en', 'TMS is 14.6.2 in prod', '14.6.2'],
    ['en', 'Our TMS in Osaka is 14.6.2', '14.6.2'],
    ['en', 'we moved our TMS to Osaka, it is 15.9 now', '15.9.0'],
    ['ja', '本番では TMS 14.6 を使っています', '14.6.0'],
    ['ja', 'うちでは TMS 14.6 を使っています', '14.6.0'],
  ] as const)('%s %j still changes the case\'s TMS', (lang, msg, semver) => {
    expect(runIn(lang, [SETUP[lang], msg]).state.facts.tms?.semver).toBe(semver);
  });

  it.each(["Osaka's TMS is 14.6.2", 'the TMS at Leeds is 14.6', 'Osaka is still on TMS 14.6', 'btw Leeds are on CE 9.15', '大阪では TMS 14.6 を使っています', '大阪拠点ではまだ TC7.3.3 です'])(
    '%j is about another site',
    (m) => expect(aboutOtherSite(m)).toBe(true),
  );
  it.each([
    "Cisco's TMS 15.13",
    "Customer's TMS is 14.6",
    'the TMS in Medium-High mode',
    'TMS at Medium',
    'set it in TMS Tools',
    'Everything is on TMS 15.2',
    'It is still on TMS 15.2',
    'The TMS in Production is 15.2',
    'we said Osaka is on TMS 15',
    '本番では TMS 15.2 を使っています',
    '現在では TMS 15.2 です',
    '弊社では TMS 15.2',
    '検証環境では TMS 14.6 です',
    'チケットではTMS 14.6となっていますが、バージョン情報では15.9と表示されています',
  ])('%j is not', (m) => expect(aboutOtherSite(m)).toBe(false));
});
