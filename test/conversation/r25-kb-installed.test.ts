/**
 * QA round 21 F6 (rest): "so install the KB? we already did", "KB3052404 is installed already", 「KB入れました」,
 * 「KBはもう入れてあります」 are not answered with "install KB3052404" again: the build decides (`SELECT @@VERSION`
 * against the first builds with TLS 1.2 support), and a build known to be below them means the update did not reach
 * the instance (the build after the update is asked for).
 */
import { last, rendered, runIn, talk } from './helpers';

const EN = 'TMS 15.13, CE 9.15, SQL 2012 SP2 (11.0.5058) local, win 2012 r2';
const JA_NO_BUILD = 'TMS 15.13、CE 9.15、SQL 2012 SP2 ローカル、win 2012 r2';

describe('the SQL TLS 1.2 update said installed', () => {
  it.each(['so install the KB? we already did', 'KB3052404 is installed already', 'we installed the KB', "so install the KB? it's installed already"])('EN, build known below: %s', (msg) => {
    const out = rendered(last(talk(EN, msg)));
    expect(out).not.toMatch(/Install Microsoft's TLS 1\.2 update|^Yes, before any TLS change/m);
    expect(out).toMatch(/has not reached this instance/);
    expect(out).toMatch(/SELECT @@VERSION/);
  });
  it.each([[EN, 'KB入れました', /更新がこのインスタンスに適用されていない/], [JA_NO_BUILD, 'KBはもう入れてあります', /ビルドで決まります/]] as const)('JA %s / %s', (p, msg, want) => {
    const out = rendered(runIn('ja', [p, msg]));
    expect(out).toMatch(want);
    expect(out).toMatch(/SELECT @@VERSION/);
    expect(out).toMatch(/11\.0\.5352/);
    expect(out).not.toMatch(/適用してから、TLS の設定を変更してください/);
  });
  it('the build unknown: the build decides (EN)', () => {
    const out = rendered(last(talk('TMS 15.13, CE 9.15, SQL 2012 SP2 local, win 2012 r2', 'KB3052404 is installed already')));
    expect(out).toMatch(/the build decides/);
    expect(out).not.toMatch(/has not reached/);
  });
  it('the question alone keeps its answer', () => {
    expect(rendered(last(talk(EN, 'so install the KB?')))).toMatch(/Install Microsoft's TLS 1\.2 update/);
    expect(rendered(last(talk(EN, 'is KB3052404 installed?')))).not.toMatch(/has not reached this instance/);
  });
  it('a Windows KB is not this one', () => {
    expect(rendered(last(talk(EN, 'KB4019276 is installed already')))).not.toMatch(/The SQL TLS 1\.2 update installed/);
  });
});
