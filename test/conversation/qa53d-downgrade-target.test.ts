/**
 * QA53 #14: downgrade questions answer the release asked and the model recorded; the Slack card's next step agrees with the
 * full answer. knowledge.md: TC 7.3.6+ and CE 8.1.0+ refuse TLS 1.0, TC up to 7.3.5 and CE 8.0.x accept it (Cause 1); the
 * documented stop-gap is TC 7.3.3, only for hardware that runs TC; hardware introduced with CE 9 / RoomOS (Room Kit) cannot
 * run TC ("TMS before 15").
 */
import { freshState, step } from '../../src/conversation/engine';
import { rendered, runIn } from './helpers';

const SX80 = 'TMS 14.6.2 on Windows 2012 R2, SQL 2014 SP2 local, SX80s on CE 9.8 show No HTTPS response';
const ROOMKIT = 'TMS 14.6.2 on Windows 2012 R2, SQL 2014 SP2 local, Room Kits on CE 9.10 show No HTTPS response';

describe('QA53 #14: the release asked and the model recorded', () => {
  it('TC 7.3.5 asked: it still accepts TLS 1.0, TC 7.3.3 is the documented one; the SX80 is named, not "an SX20, for example" (EN)', () => {
    const out = rendered(runIn('en', [SX80, 'can we downgrade the SX80 to TC 7.3.5 instead?']));
    expect(out).toMatch(/TC 7\.3\.5 is below TC 7\.3\.6, so it still accepts TLS 1\.0/);
    expect(out).toMatch(/TechNote names for this stop-gap is TC 7\.3\.3/);
    expect(out).toMatch(/For your SX80 on CE 9\.8/);
    expect(out).not.toMatch(/an SX20, for example/);
  });

  it('CE 8.0.1 asked (EN and JA): accepts TLS 1.0, but not the documented stop-gap; check the release notes', () => {
    expect(rendered(runIn('en', [SX80, 'can we downgrade the SX80 to CE 8.0.1 instead?']))).toMatch(/CE 8\.0\.1 is a CE 8\.0 release, which still accepts TLS 1\.0/);
    expect(rendered(runIn('ja', [SX80, 'SX80 を CE 8.0.1 にダウングレードできますか？']))).toMatch(/CE 8\.0\.1 は CE 8\.0 のリリースなので、TLS 1\.0 をまだ受け付けます/);
  });

  it('a release that refuses TLS 1.0 asked: no (EN and JA)', () => {
    expect(rendered(runIn('en', [SX80, 'can we downgrade to TC 7.3.6?']))).toMatch(/Not to TC 7\.3\.6: it refuses TLS 1\.0 as well/);
    expect(rendered(runIn('ja', [SX80, 'CE 8.1.0 にダウングレードすればいいですか？']))).toMatch(/CE 8\.1\.0 では解決しません/);
  });

  it('Room Kits asked to CE 8.0.1: no earlier release; the question does not change the recorded release', () => {
    const r = runIn('en', [ROOMKIT, 'can we downgrade them to CE 8.0.1 instead?']);
    expect(rendered(r)).toMatch(/Not to CE 8\.0\.1: hardware introduced with CE 9 or RoomOS has no earlier release/);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.10');
  });

  it('the card for Room Kits on TMS 14 says there is no downgrade, as the full answer does (EN and JA)', () => {
    for (const lang of ['en', 'ja'] as const) {
      const opener = lang === 'en' ? ROOMKIT : 'TMS 14.6.2、Windows 2012 R2、SQL 2014 SP2 は TMS サーバ上です。Room Kit（CE 9.10）で No HTTPS response が出ています';
      const r = step(freshState(lang), { kind: 'text', text: opener });
      const next = r.replies.map((x) => x.summary?.next).find(Boolean) ?? '';
      expect(next).toMatch(lang === 'en' ? /this hardware cannot run TC, so there is no downgrade/ : /ダウングレードはできません/);
      expect(next).not.toMatch(/check the model first|機種を確認/);
      expect(rendered(r)).toMatch(lang === 'en' ? /The Room Kit cannot be downgraded/ : /Room Kit/);
    }
  });

  it('the card for SX80s keeps "check the model first", as the full answer does', () => {
    const r = step(null, { kind: 'text', text: SX80 });
    expect(r.replies.map((x) => x.summary?.next).find(Boolean)).toMatch(/check the model first/);
    expect(rendered(r)).toMatch(/the model decides whether it can go back/);
  });
});
