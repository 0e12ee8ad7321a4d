/** shownVersion: a version as precise as the user gave it (src/domain/versions.ts), checked against its regex definition. */
import fc from 'fast-check';
import { formatEndpoint, formatTms, shownVersion } from '../../src/domain/versions';

/** The definition: the numbers of the version, joined by "." or "_", not inside a longer number. */
function byRegex(semverText: string, raw: string): string | null {
  const [a, b, c] = semverText.split('.');
  const has = (parts: string[]) => new RegExp(`(?<!\\d)${parts.join('[._]')}(?!\\d)`).test(raw);
  if (!has([a])) return null;
  if (c === undefined || b === undefined) return semverText;
  if (c !== '0' || has([a, b, c])) return `${a}.${b}.${c}`;
  if (b !== '0' || has([a, b])) return `${a}.${b}`;
  return `${a}.x`;
}

describe('shownVersion', () => {
  it.each([
    ['15.2.1', 'TMS 15.2.1', '15.2.1'],
    ['9.15.0', 'ce9.15', '9.15'],
    ['9.15.0', 'CE 9.15.0', '9.15.0'],
    ['9.15.0', 's52010ce9_15_0', '9.15.0'],
    ['15.0.0', 'TMS 15', '15.x'],
    ['15.0.0', 'TMS 15.0', '15.0'],
    ['15.0.0', 'TMS 115', null],
    ['9.15.3', 'RoomOS', null],
    ['11.5.1', 'RoomOS 11.5.1.6', '11.5.1'],
  ])('%s read from %j → %s', (v, raw, shown) => {
    expect(shownVersion(v, raw)).toBe(shown);
  });

  it('answers as its regex definition on any numbers and text', () => {
    const num = fc.oneof(fc.constantFrom('0', '1', '9', '15', '2', '21', '015'), fc.nat({ max: 200 }).map(String));
    const piece = fc.oneof(num, fc.constantFrom('.', '_', ' ', 'ce', 'TMS ', '-', '..', '1'));
    fc.assert(
      fc.property(fc.tuple(num, num, num), fc.array(piece, { maxLength: 10 }), ([a, b, c], pieces) => {
        const raw = pieces.join('');
        for (const v of [`${a}.${b}.${c}`, `${a}.${b}`, a]) expect(shownVersion(v, raw)).toBe(byRegex(v, raw));
        const own = `x${a}.${b}_${c}y`;
        expect(shownVersion(`${a}.${b}.${c}`, own)).toBe(byRegex(`${a}.${b}.${c}`, own));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps reading a hand-edited, non-numeric version as a pattern', () => {
    expect(shownVersion('1x.2.3', 'v1x.2.3')).toBe(byRegex('1x.2.3', 'v1x.2.3'));
    expect(formatTms({ product: 'TMS', raw: 'TMS 15.2.1', semver: '15.2.1' })).toBe('TMS 15.2.1');
    expect(formatEndpoint({ family: 'CE', raw: 'ce9.15', semver: '9.15.0' })).toBe('CE 9.15');
  });
});
