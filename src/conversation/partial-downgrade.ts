/**
 * A downgrade of some endpoints only (QA round 30 W1): "SX20s are back on TC 7.3.3 now" after "Room Kit Minis on
 * CE9.15 and SX20s on TC7.3.21 show No HTTPS response", 「SX20はTC7.3.3に戻しました」. The TC codecs went back to a
 * release that still accepts TLS 1.0; the CE / RoomOS ones cannot run TC and still fail. So the TC group(s) that
 * refused TLS 1.0 become one working group on the release named, and the other failing groups stay, with the diagnosis
 * for them. Pure, total; the cheap tests first (a release named anew, failing groups held, a downgrade word).
 */
import type { EndpointGroup, EndpointVersion, Facts } from '../domain/types';
import { endpointRefusesTls10 } from '../domain/versions';

/** "back on/to", "downgraded", "rolled back", "reverted", 「戻し(た|ました)」「ダウングレードし(た|ました)」. */
const DOWNGRADE = /(?<![a-z])(?:back\s(?:on|to)|downgrad\w*|rolled\sback|reverted|went\sback)(?![a-z])|戻し|ダウングレード/i;

export interface PartialDowngrade {
  endpoint: EndpointVersion;
  groups: EndpointGroup[];
}

/**
 * The groups after a TC downgrade of some endpoints, or null. `named` is the release the message named (a TC release
 * that accepts TLS 1.0); `held` the groups before, of which at least one fails on TC refusing TLS 1.0 and one fails
 * on another family (those are kept as failing).
 */
export function partialDowngrade(held: Facts['endpointGroups'], named: EndpointVersion | undefined, text: string): PartialDowngrade | null {
  if (!named || !held || held.length < 2 || named.family !== 'TC' || endpointRefusesTls10(named)) return null;
  if (!DOWNGRADE.test(text)) return null;
  const downgraded = (g: EndpointGroup) => g.endpoint.family === 'TC' && endpointRefusesTls10(g.endpoint);
  if (!held.some((g) => g.fails && downgraded(g))) return null;
  const still = held.filter((g) => g.fails && !downgraded(g) && endpointRefusesTls10(g.endpoint));
  if (!still.length) return null;
  const rest = held.filter((g) => !downgraded(g) && !(g.endpoint.family === named.family && g.endpoint.semver === named.semver));
  return { endpoint: still[0].endpoint, groups: [...rest, { endpoint: named, fails: false }].slice(0, 6) };
}
