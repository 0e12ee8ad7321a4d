/**
 * Several sites or customers in one message, each with its own TMS release and endpoints, and a result said for them
 * (QA round 24 W2): "Site Tokyo: TMS 15.13, Room Kits on CE 11.5. Site Osaka: TMS 14.7 with SX20 on TC7.3.21. Osaka is
 * the one failing.", 「東京拠点はTMS 15.13でRoom Kit（CE11.5）、大阪拠点はTMS 14.7でSX20（TC7.3.21）。問題が出ているのは大阪のみです」.
 * The TMS named with "failing" / "No HTTPS response" / 問題が出ている is this incident's; one said to work is not; each
 * endpoint release stays with its own TMS (the caller reads each site's own text).
 * Pure, linear (bounded patterns), total. A cheap test first: two "TMS" words and a result word.
 */
import { TMS_RELEASE } from './tms-release';

/** "TMS 15.13", "TMS14.7", "TMS v15.9.1": a TMS keyword with its release. */
const TMS_REL = new RegExp(String.raw`(?<![a-z])tms\s?(?:is\s|was\s|runs\s|on\s|[:=]\s?)?${TMS_RELEASE}`, 'gi');

const FAIL = /(?<![a-z])(?:fail(?:s|ing|ed)?|no\shttps\sresponse|broken|errors?|affected|(?:has|have|having|sees?|seeing)\s(?:the\s)?(?:issue|problem|error)s?|down)(?![a-z])|問題が(?:出て|発生|あり)|エラー|失敗|発生して|(?<![A-Za-z])NG(?![A-Za-z])/i;
const WORK =
  /(?<![a-z])(?:works?(?:\s(?:fine|ok|normally))?|working|fine|ok|okay|unaffected|not\saffected|(?:has|have|with)\sno\s(?:issues?|problems?|errors?))(?![a-z])|正常|問題(?:ない|なし|ありません|は(?:ない|ありません))|大丈夫/i;
/** A result said of one site only ("Osaka is the one failing", "only Osaka", 「大阪のみ」「大阪だけ」): the others do not fail. */
const ONLY = /(?<![a-z])(?:the\sone|the\sonly|only)(?![a-z])|のみ|だけ/i;
/** Both or all sites fail ("Both see No HTTPS response", 「両方とも」). */
const ALL = /(?<![a-z])(?:both|all\s(?:of\sthem|sites|customers)|each)(?![a-z])|両方|どちらも|いずれも|両社|両拠点/i;

/**
 * One server's history, not two sites (QA round 26 A4): the releases joined by upgrade or time words ("TMS 14.6 had no
 * issues; after upgrading to TMS 15.9 …", "TMS 14.6 worked fine …; now TMS 15.9 … fails", 「以前はTMS 14.6、現在はTMS 15.9」),
 * with no site word between them.
 */
const HISTORY =
  /(?<![a-z])(?:upgrad(?:e|ed|ing)|updat(?:e|ed|ing)|migrat(?:e|ed|ing|ion)|now|since|before|after|previously|used\sto|until)(?![a-z])|以前|現在|今は|アップグレード|バージョンアップ|更新|移行|上げて|上げた/i;
const SITE_WORD =
  /(?<![a-z])(?:sites?|customers?|offices?|branch(?:es)?|locations?|clients?|prod(?:uction)?|test|staging|lab|dev|other|second|another|both)(?![a-z])|拠点|支社|支店|事業所|社|本番|検証|環境|両方|もう一台|別の/i;

const STRONG = /[.;。；\n!！?？]/;
const WEAK = /[,、，]/;

export type SiteResult = 'fails' | 'works' | null;
export interface Site {
  /** The TMS release as written ("15.13"). */
  tms: string;
  /** The site's own text (its endpoints are read from it). */
  text: string;
  result: SiteResult;
}

/** The site's name at the start of its text: "Site Osaka:", "Customer B runs", "Osaka (", 「大阪拠点は」「B社：」. */
const LABEL_EN = /^\s*(?:(?:and|while|but|plus)\s)?(?:the\s)?(?:(?:site|customer|office|branch|location|client)\s)?([A-Z][A-Za-z0-9-]{0,24}|[A-Z])(?![a-z])/;
const LABEL_EN_AFTER = /^\s*(?:(?:and|while|but|plus)\s)?(?:the\s)?(?:site|customer|office|branch|location|client)\s([A-Za-z0-9][A-Za-z0-9-]{0,24})/i;
const LABEL_JA = /^\s*([\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9]{1,8}?)(?:拠点|支社|支店|事業所|社|様)?(?:の\s?tms)?\s?(?:は|：|:|では|の)/i;
const STOP_LABEL = /^(?:tms|the|site|customer|both|and|but|we|our|it|this|that|sql|windows|ce|tc|roomos)$/i;

function labelOf(head: string): string | null {
  const a = LABEL_EN_AFTER.exec(head) ?? LABEL_EN.exec(head) ?? LABEL_JA.exec(head);
  const l = a?.[1];
  return l && !STOP_LABEL.test(l) ? l : null;
}

function resultOf(text: string): SiteResult {
  // ("No HTTPS response" carries "no"; "not affected" carries "affected": the work words are read first on a copy
  // without the symptom's name.)
  const t = text.replace(/no\shttps\sresponse/gi, 'FAILSAID');
  if (WORK.test(t.replace(/FAILSAID/g, ''))) return /FAILSAID/.test(t) || FAIL.test(t.replace(/not\saffected/gi, '')) ? null : 'works';
  return FAIL.test(text) ? 'fails' : null;
}

/**
 * The sites of a message that names two or more TMS releases, each with its text and the result said for it, when a
 * result is said for at least one of them; null otherwise.
 */
export function sitesIn(s: string): Site[] | null {
  const fast = s.match(/tms/gi);
  if (!fast || fast.length < 2 || !(FAIL.test(s) || WORK.test(s))) return null;
  const t = s.slice(0, 2000);
  const hits: { start: number; end: number; rel: string }[] = [];
  TMS_REL.lastIndex = 0;
  for (let m = TMS_REL.exec(t); m && hits.length < 4; m = TMS_REL.exec(t)) hits.push({ start: m.index, end: m.index + m[0].length, rel: m[1] });
  if (hits.length < 2 || new Set(hits.map((h) => h.rel)).size < 2) return null;
  const span = t.slice(Math.max(0, hits[0].start - 40), hits[hits.length - 1].end);
  if (hits.length === 2 && HISTORY.test(span) && !SITE_WORD.test(span)) return null;
  // Each site's text starts after the last strong separator between the previous release and its TMS (else the last
  // weak one); the text after the last site's sentence is read as remarks about the sites.
  // (A sentence before the first site is a remark about the sites: 「拠点Aと拠点Bで同じエラー。拠点AはTMS 15.2、…」.)
  let first = 0;
  for (let j = hits[0].start - 1; j >= 0 && !first; j--) if (STRONG.test(t[j]) && !/\d/.test(t[j + 1] ?? '')) first = j + 1;
  const starts: number[] = [first];
  for (let i = 1; i < hits.length; i++) {
    const gap = t.slice(hits[i - 1].end, hits[i].start);
    let cut = -1;
    for (let j = gap.length - 1; j >= 0 && cut < 0; j--) if (STRONG.test(gap[j]) && !/\d/.test(gap[j + 1] ?? '')) cut = j + 1;
    for (let j = gap.length - 1; j >= 0 && cut < 0; j--) if (WEAK.test(gap[j])) cut = j + 1;
    if (cut < 0) return null;
    starts.push(hits[i - 1].end + cut);
  }
  // The last site ends at its sentence's end (a strong separator after its endpoints); what follows is remarks.
  const lastFrom = hits[hits.length - 1].end;
  let end = t.length;
  const tail = /[.;。；\n!！?？](?!\d)/g;
  tail.lastIndex = lastFrom;
  for (let m = tail.exec(t); m; m = tail.exec(t)) {
    if (m.index >= lastFrom) {
      end = m.index + 1;
      break;
    }
  }
  const sites: Site[] = hits.map((h, i) => {
    const text = t.slice(starts[i], i + 1 < hits.length ? starts[i + 1] : end);
    return { tms: h.rel, text, result: resultOf(text) };
  });
  // (「B社：TMS 14.6.2／TC7.3.6、両方ともNo HTTPS response」: a result said of both, inside the last site's text.)
  for (const site of sites) {
    if (site.result && ALL.test(site.text)) for (const o of sites) o.result ??= site.result;
  }
  // Remarks after the sites: "Osaka is the one failing", 「問題が出ているのは大阪のみです」, "Both see No HTTPS response".
  const remarks = [t.slice(0, first), ...t.slice(end).split(/[.;。；\n!！?？](?!\d)/).slice(0, 6)];
  // Each site's label as a pattern, built once for all the remarks.
  const labels = sites.map((site) => {
    const l = labelOf(site.text);
    return l ? new RegExp(`(?<![A-Za-z])${l.replace(/[^\w\u3000-\u9fff-]/g, '')}(?![a-z])`, 'i') : null;
  });
  for (const r of remarks) {
    const res = resultOf(r);
    if (!res) continue;
    if (ALL.test(r)) {
      for (const site of sites) site.result ??= res;
      continue;
    }
    const named = sites.filter((_, i) => labels[i]?.test(r) === true);
    // ("拠点Aと拠点Bで同じエラー": a result said of several sites by name is theirs.)
    if (named.length > 1) for (const site of named) site.result ??= res;
    if (named.length !== 1) continue;
    named[0].result = res;
    if (ONLY.test(r)) for (const site of sites) if (site !== named[0]) site.result ??= res === 'fails' ? 'works' : 'fails';
  }
  // ("Tokyo TMS 15.13 is working; Osaka TMS 14.7 with SX20 on TC 7.3.21", 「東京のTMS 15.13は正常、大阪はTMS 14.7で…」:
  // of two sites, the one not said to work is this incident's.)
  if (sites.length === 2 && sites.filter((x) => x.result === 'works').length === 1) for (const x of sites) x.result ??= 'fails';
  return sites.some((x) => x.result) ? sites : null;
}
