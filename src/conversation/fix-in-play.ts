/**
 * Whether the TLS fix (TLS 1.2 on the TMS server, Communication Security = Medium-High) is what the case is about. Texts that
 * read a recovery as "the TMS side of the fix took effect", a relapse as "TMS is back at Medium", or the systems left as
 * "Medium-High has turned that off" hold only when it is (QA50 #3, #4):
 * - 'tms-before-15': TMS before 15 has no Communication Security option (knowledge.md "TMS before 15"), so no level was raised;
 * - 'not-tls': the versions say it is not the TLS 1.0 problem (an endpoint that still accepts TLS 1.0, HTTP only, …).
 * null: the fix applies, or the facts do not settle it.
 */
import type { Facts } from '../domain/types';
import { diagnose } from '../domain/diagnose';
import { tmsCanBeFixedInPlace } from '../domain/versions';

export type FixOutOfPlay = 'tms-before-15' | 'not-tls';

export function fixOutOfPlay(f: Facts): FixOutOfPlay | null {
  // (Cheap gate: the verdict "not this problem" needs an endpoint release, HTTP or another symptom said.)
  if ((f.endpoint || f.endpointGroups || f.https === false || f.otherSymptom) && diagnose(f).affected === 'no') return 'not-tls';
  return f.tms && typeof f.tms.semver === 'string' && !tmsCanBeFixedInPlace(f.tms) ? 'tms-before-15' : null;
}

/** The case was said to work, fully or for some systems: only then can it be "reopened". */
export function saidWorking(f: Facts): boolean {
  return f.tlsClaims?.worksNow === true || f.tlsClaims?.partlyWorks === true;
}
