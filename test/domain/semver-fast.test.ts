/** semverGte / isSemver (src/domain/versions.ts) answer exactly as the semver library does. */
import fc from 'fast-check';
import semver from 'semver';
import { isSemver, semverGte } from '../../src/domain/versions';

const part = fc.oneof(fc.nat({ max: 40 }).map(String), fc.constantFrom('0', '00', '01', '7', '15', '999999999', '1000000000', 'x', '', 'v1', '1-beta', '3+b'));
const version = fc.oneof(
  fc.tuple(part, part, part).map((p) => p.join('.')),
  fc.tuple(part, part).map((p) => p.join('.')),
  fc.constantFrom('v15.2.1', ' 15.2.1', '15.2.1 ', '15.2.1-rc.1', '15.2.1+build', '=15.0.0', '15.0.0.1', ''),
);

describe('semverGte / isSemver', () => {
  it('answer as semver.gte / semver.valid on any version text (throwing where semver throws)', () => {
    const outcome = (f: () => boolean) => {
      try {
        return f();
      } catch (e) {
        return `throws ${(e as Error).constructor.name}`;
      }
    };
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(outcome(() => semverGte(a, b))).toEqual(outcome(() => semver.gte(a, b)));
        expect(isSemver(a)).toBe(semver.valid(a) !== null);
      }),
      { numRuns: 2000 },
    );
  });

  it('compare by number, not by text', () => {
    expect(semverGte('15.10.0', '15.9.0')).toBe(true);
    expect(semverGte('7.3.5', '7.3.6')).toBe(false);
    expect(semverGte('8.1.0', '8.1.0')).toBe(true);
    expect(semverGte('10.0.0', '8.1.0')).toBe(true);
    expect(isSemver(['1.2.3'])).toBe(false);
    expect(isSemver(15)).toBe(false);
  });
});
