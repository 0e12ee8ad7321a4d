/**
 * nfkc(): what String.prototype.normalize('NFKC') gives, for any text, with or without the shortcut
 * for ASCII and the one-entry memory of the last text.
 */
import fc from 'fast-check';
import { nfkc } from '../../src/domain/nfkc';

describe('nfkc', () => {
  it('turns full-width and compatibility forms into plain ones', () => {
    expect(nfkc('ＴＭＳ１５．２．１')).toBe('TMS15.2.1');
    expect(nfkc('ＳＱＬ　２０１２')).toBe('SQL 2012');
    expect(nfkc('ｾｷｭﾘﾃｨ')).toBe('セキュリティ');
    expect(nfkc('Ⅱ')).toBe('II');
  });

  it('returns ASCII text as it is', () => {
    const s = 'TMS 15.2.1, CE 9.15.3 (SQL 2012 SP4)\t\n';
    expect(nfkc(s)).toBe(s);
  });

  it('gives the right answer when texts alternate (the memory holds one text)', () => {
    for (let i = 0; i < 3; i++) {
      expect(nfkc('ＣＥ９')).toBe('CE9');
      expect(nfkc('ＣＥ９')).toBe('CE9');
      expect(nfkc('TC7.3.6')).toBe('TC7.3.6');
      expect(nfkc('ｗｉｎ２０１６')).toBe('win2016');
    }
  });

  it('agrees with normalize("NFKC") on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('①②', 'ｱｲｳ', '㍻', 'ﬁ', '\u00a0x', 'e\u0301')), (s) => {
        expect(nfkc(s)).toBe(s.normalize('NFKC'));
        expect(nfkc(s)).toBe(s.normalize('NFKC'));
      }),
      { numRuns: 2000 },
    );
  });
});
