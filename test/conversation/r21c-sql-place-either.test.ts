/**
 * REV21-a #2, QA49 F18: an either-or SQL place ("on the TMS server or a separate one") records no place, so a later
 * "SQL is 2008 R2" keeps its caveat; one place said is still recorded.
 */
import type { TurnResult } from '../../src/conversation/types';
import { step } from '../../src/conversation/engine';
import { setupThenLine } from './helpers';


const run = setupThenLine;
const shown = (r: TurnResult): string => JSON.stringify(r.replies);

describe('REV21-a #2, QA49 F18: an either-or SQL place records no place', () => {
  const R = 'TMS 15.2, endpoints CE 9.15, level Medium';
  const R_JA = 'TMS 15.2、エンドポイント CE 9.15、レベル Medium';
  it.each([
    ['en', 'SQL might be on the TMS server or a separate one'],
    ['en', 'SQL is either local or remote'],
    ['ja', 'SQL は別サーバーか TMS サーバー上のどちらかです'],
  ] as Array<['en' | 'ja', string]>)('%s %s: no sqlLocation; a later 2008 R2 keeps its caveat', (lang, line) => {
    const { r } = run(lang, lang === 'ja' ? R_JA : R, line, false);
    expect(r.state.facts.sqlLocation).toBeUndefined();
    const after = step(r.state, { kind: 'text', text: lang === 'ja' ? 'SQL は 2008 R2 です' : 'SQL is 2008 R2' });
    expect(after.state.facts.sqlLocation).toBeUndefined();
    expect(shown(after)).not.toMatch(/Remote SQL Server: not affected|別サーバの SQL Server/);
  });
  it.each([
    ['en', 'SQL is on a separate server, not on the TMS box', 'remote'],
    ['en', 'SQL is on a separate server', 'remote'],
    ['en', 'SQL is on the TMS server', 'local'],
    ['ja', 'SQL は TMS サーバーではなく別サーバーです', 'remote'],
    ['ja', 'SQL は TMS サーバー上です', 'local'],
  ] as Array<['en' | 'ja', string, string]>)('%s %s: one place said, recorded (%s)', (lang, line, place) => {
    const { r } = run(lang, lang === 'ja' ? R_JA : R, line, false);
    expect(r.state.facts.sqlLocation).toBe(place);
  });
  it('a question in the thread ("anyone know if SQL is local?") leaves no place for a later "SQL is 2008 R2"', () => {
    const setup = 'TMS 15.13, SX20s on CE 9.8.1 show No HTTPS response, Windows 2012 R2';
    const { r } = run('en', setup, 'anyone know if SQL is local?', true);
    const after = step(r.state, { kind: 'text', text: 'SQL is 2008 R2', keepLang: true, unaddressed: true });
    expect(after.state.facts.sqlLocation).toBeUndefined();
    expect(shown(after)).toMatch(/Where SQL Server runs was not said/);
  });
});
