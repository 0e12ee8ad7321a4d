/**
 * QA round 20 #4: corrections worded with "wrong" / 「間違え」 ("wrong build number, it's 11.0.5352",
 * 「ビルド番号間違えました、11.0.5352です」) correct the value like "sorry, it's …" does; the SQL advice re-decides
 * from the build table (11.0.5352 is the first SP2 GDR build with TLS 1.2: no KB3052404 first).
 * 「KB入れる必要ある？」 / "so install the KB?" is the SQL update question.
 */
import { last, rendered, runIn, talk } from './helpers';
import { CORRECTION_START } from '../../src/domain/understand/clauses';

const SETUP = 'TMS 15.13です。CE9.15、SQL 2012 SP2 (11.0.5058) 同居、Win2012R2';

describe('"wrong …" / 「…間違えました」 corrections', () => {
  it.each<['en' | 'ja', string]>([
    ['ja', 'ビルド番号間違えました、11.0.5352です'],
    ['ja', 'ビルド間違えました、11.0.5352です'],
    ['ja', '番号間違えた、11.0.5352'],
    ['en', "wrong build number, it's 11.0.5352"],
    ['en', 'sorry, wrong build: 11.0.5352'],
  ])('%s: %s corrects the SQL build, no KB3052404 first', (lang, msg) => {
    const r = runIn(lang, [SETUP, msg]);
    expect(r.state.facts.sql?.build).toBe('11.0.5352');
    expect(r.understoodNothing).toBeUndefined();
    const text = rendered(r);
    expect(text).toMatch(lang === 'ja' ? /11\.0\.5352\) はすでに TLS 1\.2 に対応/ : /11\.0\.5352\) already supports TLS 1\.2/);
    expect(text).not.toMatch(/KB3052404）を適用する|install the TLS 1\.2 update \(KB3052404\) first/);
  });

  it('「KB入れる必要ある？」 after the correction: no SQL update needed', () => {
    const text = rendered(runIn('ja', [SETUP, 'ビルド番号間違えました、11.0.5352です', 'KB入れる必要ある？']));
    expect(text).toMatch(/SQL Server を先に更新する必要はありますか/);
    expect(text).toMatch(/いいえ/);
  });

  it('「KB入れる必要ある？」 on 11.0.5058: the update for its branch', () => {
    const text = rendered(runIn('ja', [SETUP, 'KB入れる必要ある？']));
    expect(text).toMatch(/はい、TLS の設定を変更する前に必要です/);
  });

  it('"so install the KB?" on SQL 2012 SP1: no, a service-pack upgrade (the KB does not exist for SP1)', () => {
    const text = rendered(last(talk('TMS 15.13, CE 9.15, SQL 2012 SP1 local, Win2012R2', 'so install the KB?')));
    expect(text).toMatch(/Yes, a service-pack upgrade first, not KB3052404: there is no KB3052404 package/);
  });

  it('"wrong version, it\'s 15.2" is read like "sorry, it\'s 15.2": asked whether TMS or the endpoints, not dropped', () => {
    const r = last(talk('TMS 15.9, CE 9.15, win 2016, sql 2016 remote', "wrong version, it's 15.2"));
    expect(rendered(r)).toMatch(/Is 15\.2 the TMS version or the endpoints' software version/);
    expect(r.understoodNothing).toBeUndefined();
  });

  it('"wrong" leads a correction only before punctuation or a version word', () => {
    for (const t of ['wrong version, 15.2', 'wrong build number: 11.0.5352', 'I gave you the wrong version, it is 15.2', 'ビルド番号間違えました、11.0.5352です', 'バージョンが間違ってました、15.2です']) expect(CORRECTION_START.test(t)).toBe(true);
    for (const t of ['wrong certificate on the codec', 'wrongly configured', '間違いなくCE9.15です']) expect(CORRECTION_START.test(t)).toBe(false);
  });
});
