/**
 * The line said when a message names endpoints on several releases, some still accepting TLS 1.0 and some
 * refusing it: which ones the answer is for. With the result said for each release (Facts.endpointGroups: "TC 7.3.3
 * and CE 9.15 both fail", "TC 7.3.3 fails and CE 9.15 works"), releases that accept TLS 1.0 and are said to fail are
 * not "not hit": TLS 1.0 is just not why they fail. Used by the engine (merge.ts) and the CLI.
 */
import type { EndpointGroup, EndpointVersion, Lang } from '../domain/types';
import { endpointRefusesTls10, formatEndpoint } from '../domain/versions';
import { TEXTS } from './texts';

/** Hardening named as what it started after: a GPO, IIS Crypto, a security baseline, "hardening" (EN / JA). */
const HARDENING = /(?<![a-z])(?:gpos?|group\s?polic(?:y|ies)|hardening|hardened|iis\s?crypto|(?:security\s)?baselines?|cis\s?benchmarks?|stig)(?![a-z])|グループ\s?ポリシー|ハードニング|セキュリティ(?:の)?強化|ベースライン/i;
/** The older units said to fail too: "including", "even", "also", "every system", 「も」「含め」「全部」. */
const TOO = /(?<![a-z])(?:including|incl|even|also|too|as\swell|every|all)(?![a-z])|含め|含む|すべて|全て|全部|全台|も(?:失敗|ダメ|だめ|エラー|no\s?https)/i;
/** …unless they are said to work ("TC 7.3.3 units are fine"). */
const WORK = /(?<![a-z])(?<!(?:not|n't|nothing|never|stopped)\s)(?:works?|working|fine|ok|okay|unaffected)(?![a-z])|(?<![a-z])(?:not\saffected|only)(?![a-z])|正常|問題(?:は|が)?ない|だけ|のみ/i;

/**
 * The message says the units that still accept TLS 1.0 fail too, and that it started after hardening (QA36 #5): TLS 1.0 off on
 * the TMS server's Client side fits that (knowledge.md), and is said as a check. `acceptingFail`: the per-release results say so.
 */
function afterHardening(text: string, acceptingFail: boolean): boolean {
  if (!HARDENING.test(text)) return false;
  return acceptingFail || (TOO.test(text) && !WORK.test(text));
}

/**
 * The releases that accept TLS 1.0 said to fail too, after hardening (the case mixedAfterHardening is said for), or null.
 * merge.ts keeps them (Facts.hardeningAllFail) so the later answers lead with that check.
 */
export function hardeningAllFailIn(mixed: EndpointVersion[], groups: EndpointGroup[] | undefined, text: string): string[] | null {
  if (!text || !mixed.some((e) => !endpointRefusesTls10(e)) || !mixed.some((e) => endpointRefusesTls10(e))) return null;
  const of = (refuses: boolean, fails: boolean) => (groups ?? []).filter((g) => endpointRefusesTls10(g.endpoint) === refuses && g.fails === fails).map((g) => formatEndpoint(g.endpoint));
  const acceptingFail = of(false, true);
  if (of(true, false).length || !afterHardening(text, acceptingFail.length > 0)) return null;
  return acceptingFail.length ? acceptingFail : mixed.filter((e) => !endpointRefusesTls10(e)).map(formatEndpoint);
}

export function mixedEndpointsNote(mixed: EndpointVersion[], groups: EndpointGroup[] | undefined, lang: Lang, text = ''): string {
  const t = TEXTS[lang];
  const said = (refuses: boolean, fails: boolean) =>
    (groups ?? []).filter((g) => endpointRefusesTls10(g.endpoint) === refuses && g.fails === fails).map((g) => formatEndpoint(g.endpoint)).join(', ');
  const acceptingFail = said(false, true);
  if (text && mixed.some((e) => !endpointRefusesTls10(e)) && mixed.some((e) => endpointRefusesTls10(e)) && !said(true, false) && afterHardening(text, !!acceptingFail)) {
    const names = (refuses: boolean) => mixed.filter((e) => endpointRefusesTls10(e) === refuses).map(formatEndpoint).join(', ');
    return t.mixedAfterHardening(acceptingFail || names(false), said(true, true) || names(true));
  }
  if (acceptingFail && said(true, true)) return t.mixedAllFail(acceptingFail, said(true, true));
  if (acceptingFail && said(true, false)) return t.mixedAcceptingFail(acceptingFail, said(true, false));
  const names = (refuses: boolean) => mixed.filter((e) => endpointRefusesTls10(e) === refuses).map(formatEndpoint).join(', ');
  return t.mixedEndpoints(names(false), names(true));
}
