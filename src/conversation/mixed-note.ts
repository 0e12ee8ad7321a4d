/**
 * The line said when a message names endpoints on several releases, some still accepting TLS 1.0 and some
 * refusing it: which ones the answer is for. With the result said for each release (Facts.endpointGroups: "TC 7.3.3
 * and CE 9.15 both fail", "TC 7.3.3 fails and CE 9.15 works"), releases that accept TLS 1.0 and are said to fail are
 * not "not hit": TLS 1.0 is just not why they fail. Used by the engine (merge.ts) and the CLI.
 */
import type { EndpointGroup, EndpointVersion, Lang } from '../domain/types';
import { endpointRefusesTls10, formatEndpoint } from '../domain/versions';
import { TEXTS } from './texts';

export function mixedEndpointsNote(mixed: EndpointVersion[], groups: EndpointGroup[] | undefined, lang: Lang): string {
  const t = TEXTS[lang];
  const said = (refuses: boolean, fails: boolean) =>
    (groups ?? []).filter((g) => endpointRefusesTls10(g.endpoint) === refuses && g.fails === fails).map((g) => formatEndpoint(g.endpoint)).join(', ');
  const acceptingFail = said(false, true);
  if (acceptingFail && said(true, true)) return t.mixedAllFail(acceptingFail, said(true, true));
  if (acceptingFail && said(true, false)) return t.mixedAcceptingFail(acceptingFail, said(true, false));
  const names = (refuses: boolean) => mixed.filter((e) => endpointRefusesTls10(e) === refuses).map(formatEndpoint).join(', ');
  return t.mixedEndpoints(names(false), names(true));
}
