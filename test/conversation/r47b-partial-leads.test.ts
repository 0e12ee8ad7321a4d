/**
 * QA round 30 M5: after the fix was said done at Medium-High, "8 of 10 are green, 2 still red" shows TMS's side works:
 * the comparison with a working system leads, the Windows-side checks come after it (EN and JA).
 */
import { findings, rendered, runIn } from './helpers';

const EN = [
  'TMS 15.8, Windows Server 2008 R2, SQL Server 2008 R2 on the same box. SX20 (TC7.3.7) No HTTPS response',
  'registry added, Medium-High, rebooted. 8 of 10 are green, 2 still red',
];
const JA = [
  'TMS 15.8、Windows Server 2008 R2、SQL Server 2008 R2 が同居。SX20 (TC7.3.7) が No HTTPS response',
  'レジストリ追加、Medium-High、再起動まで完了。SX20 10台中8台が緑、2台が赤のまま',
];

describe('r47b: partial success at Medium-High leads with the failing systems', () => {
  it.each([
    ['en', EN, 'Only some systems fail: compare', 'TMS is already at Medium-High'],
    ['ja', JA, '一部のシステムだけが失敗する', 'TMS はすでに Medium-High'],
  ] as const)('%s: the comparison comes before the Windows-side lead', (lang, msgs, part, windows) => {
    const r = runIn(lang, msgs);
    const f = findings(r);
    expect(f.indexOf('some-systems-fail')).toBeGreaterThanOrEqual(0);
    expect(f.indexOf('some-systems-fail')).toBeLessThan(f.indexOf('already-medium-high'));
    const out = rendered(r);
    expect(out.indexOf(part)).toBeGreaterThanOrEqual(0);
    expect(out.indexOf(part)).toBeLessThan(out.indexOf(windows));
  });

  it('at Medium-High with nothing said done, "3 of 40 fail" keeps the Windows side first', () => {
    const f = findings(runIn('en', ['TMS 15.8 at Medium-High, Windows 2016, SX20 on TC 7.3.7: 3 of 40 show No HTTPS response']));
    if (f.includes('some-systems-fail') && f.includes('already-medium-high')) {
      expect(f.indexOf('already-medium-high')).toBeLessThan(f.indexOf('some-systems-fail'));
    }
  });
});
