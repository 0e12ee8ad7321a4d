/**
 * The line said when a message names endpoints on several releases, some still accepting TLS 1.0 and some
 * refusing it: which ones the answer is for. With the result said for each release (Facts.endpointGroups: "TC 7.3.3
 * and CE 9.15 both fail", "TC 7.3.3 fails and CE 9.15 works"), releases that accept TLS 1.0 and are said to fail are
 * not "not hit": TLS 1.0 is just not why they fail. Used by the engine (merge.ts) and the CLI.
 */
import type { EndpointGroup, EndpointVersion, Facts, Lang } from '../domain/types';
import { endpointRefusesTls10, formatEndpoint } from '../domain/versions';
import { advisingBlock, type Block } from './document';
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

/** A new TMS server named ("on a new Windows Server 2022", "migrated TMS to a new server", 「新しいサーバーに移行」): a TMS-side change too. */
const NEW_SERVER = /(?<![a-z])new\s(?:windows\s)?(?:server|vm|box|machine)(?![a-z])|(?<![a-z])(?:moved|migrated|rebuilt|reinstalled)\s(?:the\s)?tms(?:\sserver)?\s(?:to|on)\s(?:a\s)?new(?![a-z])|新しい\s?(?:windows\s?)?(?:サーバ|vm)|新サーバ|サーバー?\s?(?:を)?\s?(?:移行|入れ替え|リプレース)/i;
/** A plan, a condition or a question: not what happened. */
const NOT_HAPPENED = /(?<![a-z])(?:will|going\sto|plan(?:s|ned|ning)?|tomorrow|next\s(?:week|month)|if|whether|would|could)(?![a-z])|予定|明日|来週|もし|たら|なら|[?？]/i;

/**
 * Every endpoint said to fail, all on one release that still accepts TLS 1.0, since a change on the TMS server (a security GPO,
 * a CIS benchmark, TLS hardening, a new Windows server) with TMS at Medium or the level unsaid (QA59 #3): TLS 1.0 off on the TMS
 * server's Client side fits that (knowledge.md §Symptom: at Medium TMS then sends no ClientHello at all, to every system), so the
 * answer is "cannot tell: check it", not "not this problem". The release, to be kept as Facts.hardeningAllFail, or null. TLS 1.0
 * said on or off is read elsewhere (tlsClaims.tls10), and evidence speaks for itself; a plan or a question, "only"/"the rest are fine" say nothing here.
 */
export function tmsChangeAllOldFailIn(facts: Pick<Facts, 'endpoint' | 'endpointGroups' | 'level' | 'tlsClaims' | 'evidence'>, text: string): string[] | null {
  const s = text.slice(0, 2000);
  const e = facts.endpoint;
  if (!e || facts.endpointGroups?.length || facts.tlsClaims?.tls10 !== undefined || facts.evidence) return null;
  if (facts.level === 'medium-high' || facts.level === 'high') return null;
  if (!(HARDENING.test(s) || NEW_SERVER.test(s)) || NOT_HAPPENED.test(s)) return null;
  if (!TOO.test(s) || WORK.test(s)) return null;
  try {
    return endpointRefusesTls10(e) ? null : [formatEndpoint(e)];
  } catch {
    return null;
  }
}

/** The older units said to work ("the TC 7.3.3 units work after all", 「古い機器は正常でした」): a release held, or "older"/「古い」. */
const OLDER_EN = /(?<![a-z])(?:older|old)\s(?:\w+\s)?(?:ones?|units?|systems?|codecs?|endpoints?|devices?|sx\d{2}s?|mx\d{3}s?)(?![a-z])/i;
const OLDER_JA = /古い|旧(?:機種|型)/;
const WORKS_EN = /(?<![a-z])(?:works?|working|fine|ok(?:ay)?|green|unaffected|not\s(?:affected|failing))(?![a-z])/i;
const NOT_WORKING_EN = /(?:n't|(?<![a-z])not|(?<![a-z])never|no\slonger|stopped)\s(?:\w+\s)?(?:work|working|fine|ok|okay|green)(?![a-z])/i;
const WORKS_JA = /正常|問題(?:は|が)?(?:ない|ありません|なし)|(?:動いて|動作して|繋がって|つながって)(?:い)?(?:ます|る|いました)|(?:失敗|エラーに?な)(?:って|して)(?:い)?(?:ない|ません)/;
const NOT_WORKING_JA = /正常(?:では|じゃ)|(?:動いて|動作して|繋がって|つながって)(?:い)?(?:ない|ません)|(?:繋|つな)がらな|問題があ/;
/** The hardening said not to have touched TLS 1.0: "the GPO did not touch TLS 1.0", "IIS Crypto left TLS 1.0 on", 「TLS 1.0 は変更していません」. */
const TLS10_UNTOUCHED_EN =
  /(?:n't|(?<![a-z])not|(?<![a-z])never)\s(?:touch|change|disable|turn\soff|affect)(?:ed)?\s(?:the\s)?tls\s?1\.?0(?![\d.])|(?<![a-z])(?:left|leaves|kept|keeps)\s(?:the\s)?tls\s?1\.?0\s(?:on|alone|enabled|untouched|as\sit\swas)(?![a-z])|(?<![a-z])tls\s?1\.?0\s(?:was|is|were)\s(?:not\stouched|untouched|left\s(?:on|alone|enabled)|not\s(?:changed|disabled))(?![a-z])/i;
const TLS10_UNTOUCHED_JA = /tls\s?1\.0\s?(?:は|を|には)?\s?(?:(?:触って|変更して|無効に(?:して|なって)|いじって|変えて)(?:い)?(?:ない|ません)|(?:そのまま|有効のまま|対象外))/i;

/**
 * The units that accept TLS 1.0 were kept as failing after hardening (Facts.hardeningAllFail): does this message undo that?
 * The older units said to work after all, or the hardening said not to have touched TLS 1.0 (TLS 1.0 said or shown on is
 * read by the caller, merge.ts). Questions say nothing. `held`: the releases kept ("TC 7.3.3"). Bounded (2,000 characters).
 */
export function hardeningAllFailUndone(text: string, held: readonly string[]): boolean {
  const s = text.slice(0, 2000);
  if (/[?？]/.test(s)) return false;
  if (TLS10_UNTOUCHED_EN.test(s) || TLS10_UNTOUCHED_JA.test(s)) return true;
  const release = held.some((h) => {
    const v = /\d+(?:\.\d+)+/.exec(h)?.[0];
    return !!v && new RegExp(`(?<![\\d.])${v.replace(/\./g, '\\.')}(?![\\d.])`).test(s);
  });
  const older = release || OLDER_EN.test(s) || OLDER_JA.test(s);
  if (!older) return false;
  return (WORKS_EN.test(s) && !NOT_WORKING_EN.test(s)) || (WORKS_JA.test(s) && !NOT_WORKING_JA.test(s));
}

/** The line (for the CLI): see `note`. */
export function mixedEndpointsNote(mixed: EndpointVersion[], groups: EndpointGroup[] | undefined, lang: Lang, text = '', level?: string): string {
  return note(mixed, groups, lang, text, level).text;
}

/** The line as a paragraph, marked as advising Medium-High when it names that fix (src/domain/advises.ts). */
export function mixedEndpointsNoteBlock(mixed: EndpointVersion[], groups: EndpointGroup[] | undefined, lang: Lang, text = '', level?: string): Block {
  const n = note(mixed, groups, lang, text, level);
  const b: Block = { type: 'paragraph', text: n.text };
  return n.advises ? advisingBlock(b) : b;
}

/** The line and whether it advises Medium-High: after hardening at Medium it names the fix below (TLS 1.2 for the Client side, Medium-High). */
function note(mixed: EndpointVersion[], groups: EndpointGroup[] | undefined, lang: Lang, text: string, level?: string): { text: string; advises: boolean } {
  const t = TEXTS[lang];
  const said = (refuses: boolean, fails: boolean) =>
    (groups ?? []).filter((g) => endpointRefusesTls10(g.endpoint) === refuses && g.fails === fails).map((g) => formatEndpoint(g.endpoint)).join(', ');
  const acceptingFail = said(false, true);
  if (text && mixed.some((e) => !endpointRefusesTls10(e)) && mixed.some((e) => endpointRefusesTls10(e)) && !said(true, false) && afterHardening(text, !!acceptingFail)) {
    const names = (refuses: boolean) => mixed.filter((e) => endpointRefusesTls10(e) === refuses).map(formatEndpoint).join(', ');
    // At Medium-High (or High) TLS 1.0 is not what TMS uses: the stored level decides the reading (QA39 #9).
    const raised = level === 'medium-high' || level === 'high';
    return { text: (raised ? t.mixedAfterHardeningRaised : t.mixedAfterHardening)(acceptingFail || names(false), said(true, true) || names(true)), advises: !raised };
  }
  if (acceptingFail && said(true, true)) return { text: t.mixedAllFail(acceptingFail, said(true, true)), advises: false };
  // (At Medium or Low, TMS offers only TLS 1.0: units that refuse it working does not fit the cause either, FIX19A / QA46 W6.)
  if (acceptingFail && said(true, false)) return { text: (level === 'medium' || level === 'low' ? t.mixedAcceptingFailMedium : t.mixedAcceptingFail)(acceptingFail, said(true, false)), advises: false };
  const names = (refuses: boolean) => mixed.filter((e) => endpointRefusesTls10(e) === refuses).map(formatEndpoint).join(', ');
  return { text: t.mixedEndpoints(names(false), names(true)), advises: false };
}
