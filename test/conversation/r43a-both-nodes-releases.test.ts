/**
 * Round 43 (helper R43A), item 2: two TMS servers on different releases. knowledge.md does not say whether a redundant
 * pair can run different releases, so the "both nodes" note is worded as a check (pair on one database: both; separate
 * installations: only the failing one), not as an order beside "leave the other server if it does not fail".
 * Same release, or one release known: the note stays as it was.
 */
import { rendered, runIn } from './helpers';

describe('both-nodes note with two TMS releases', () => {
  it.each<['en' | 'ja', string[]]>([
    ['en', ['we have two TMS servers, 15.9 and 15.12, endpoints CE 9.15']],
    ['en', ['we have two TMS servers, 15.9 and 15.12, endpoints CE 9.15', 'do I need to do it on the other server too?']],
    ['ja', ['TMSは2台で、15.9と15.12です。エンドポイントは CE 9.15']],
  ])('%s %j: a check, both releases named', (lang, msgs) => {
    const out = rendered(runIn(lang, msgs));
    expect(out).toMatch(/15\.9[^\n]*15\.12/);
    if (lang === 'en') {
      expect(out).toMatch(/If they are a redundant pair[^\n]*on both[^\n]*If they are separate TMS installations[^\n]*only the one whose systems fail/);
      expect(out).not.toMatch(/With two TMS nodes, make the registry change/);
    } else {
      expect(out).toMatch(/冗長構成のペアであれば[^\n]*両方[^\n]*独立した TMS であれば[^\n]*方だけ/);
      expect(out).not.toMatch(/TMS が 2 ノード構成なら/);
    }
  });

  it.each<['en' | 'ja', string[]]>([
    ['en', ['we have two TMS servers, both on 15.9, endpoints CE 9.15']],
    ['en', ['TMS 15.9, CE 9.15', 'do I need to do it on the other node too?']],
    ['ja', ['TMSは2台構成で、どちらも15.9です。エンドポイントは CE 9.15']],
  ])('%s %j: one release: the note as before', (lang, msgs) => {
    const out = rendered(runIn(lang, msgs));
    expect(out).toMatch(lang === 'en' ? /With two TMS nodes, make the registry change/ : /TMS が 2 ノード構成なら/);
    expect(out).not.toMatch(/separate TMS installations|独立した TMS/);
  });
});
