/**
 * maskNoise() skips texts with no ASCII digit and none of ":", ".", "-" (src/domain/understand/noise.ts):
 * no noise pattern can match such a text. These tests keep that true when patterns change.
 */
import fc from 'fast-check';
import { maskNoise, NOISE_PATTERNS } from '../../src/domain/understand/noise';

describe('maskNoise prefilter', () => {
  it('knows every noise pattern (a new one must be checked against the prefilter: does it need a digit, ":", "." or "-"?)', () => {
    expect(NOISE_PATTERNS.map((p) => p.name)).toEqual(['mac', 'ipv6', 'ipv4', 'iso-date', 'date', 'month-date', 'ja-date', 'time', 'ticket', 'port', 'frame', 'hash', 'host-name', 'bytes']);
  });

  it('no pattern matches a text without a digit, ":", "." or "-"', () => {
    const all = NOISE_PATTERNS.map((p) => new RegExp(p.source, 'i'));
    const word = fc.constantFrom(
      'abcdef', 'ABCDEF', 'face', 'cafe', 'bead', 'deadbeef', 'mac', 'address', 'port', 'ポート', 'frame', 'packet', 'case', 'ticket', '#', 'jan', 'may',
      'sept', 'st', '年', '月', '日', '時', '分', 'bytes', 'kb', 'mb', 'tcp', '/', 'udp', 'build', 'sha', 'am', 'pm', ' ', '　', '(', ')', 'ｰ', '：', '．',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), (words) => {
        const text = words.join('');
        for (const re of all) expect(re.test(text)).toBe(false);
        expect(maskNoise(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('still masks what needs only letters and separators', () => {
    expect(maskNoise('x ab:cd:ef:ab:cd:ef y')).toBe('x y');
    expect(maskNoise('x abcd.abcd.abcd y')).toBe('x y');
    expect(maskNoise('x fe80::abcd y')).toBe('x y');
  });
});
