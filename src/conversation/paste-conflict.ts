/**
 * A paste whose endpoint release or SQL Server release disagrees with the one the user typed (QA62 #3): "SX80 on CE 9.15 …
 * xstatus:\n*s SystemUnit Software Version: "ce8.0.1…"", or "SQL 2008 R2 is local" above a `SELECT @@VERSION` of SQL 2016.
 * The paste is not allowed to replace the typed value silently (the reply contradicted itself: "my answer is for CE 9.15" and
 * "not this problem"; a typed SQL 2008 R2 replaced by a pasted 2016 dropped the keep-TLS-1.0 warning). The typed value stays
 * (it is the failing unit's, or the SQL instance the user named); the paste's value stays in the evidence, where
 * src/domain/evidence-rules.ts (disagreements) says both values and asks which system the paste is from.
 *
 * "Typed" is what the message says outside the paste's own lines (the xStatus / xConfiguration lines, the `SELECT @@VERSION`
 * line, any line holding the pasted value), or, when the message types none, the value held from before. Pure; bounded input.
 */
import type { EndpointVersion, Facts, SqlVersion } from '../domain/types';
import { extractFacts, type ExtractContext } from '../domain/extract';
import { endpointRefusesTls10 } from '../domain/versions';
import { nfkc } from '../domain/nfkc';
import { pasteProse } from '../domain/understand/paste-label';

/** The typed words read: at most this much of the message once the paste's lines are out. */
const MAX_TYPED = 8_000;
/** A line of the paste itself: xAPI output, SQL Server's version string. */
const PASTE_LINE = /^\s*(?:\*[sc]\s|microsoft\s+sql\s+server\s)/i;

/** Two endpoint releases that answer differently (one refuses TLS 1.0, the other not) or are other releases (major.minor). */
export function endpointsDisagree(a: EndpointVersion, b: EndpointVersion): boolean {
  if (a.family === b.family && a.semver === b.semver) return false;
  if (endpointRefusesTls10(a) !== endpointRefusesTls10(b)) return true;
  const mm = (e: EndpointVersion) => `${e.family}${e.semver.split('.').slice(0, 2).join('.')}`;
  return mm(a) !== mm(b);
}

export const sqlsDisagree = (a: SqlVersion, b: SqlVersion): boolean => a.year !== b.year || a.r2 !== b.r2;

/** The message without the paste's lines (those holding a pasted value, xAPI lines, SQL's version string). */
export function typedPart(text: string, pasted: readonly string[]): string {
  const raws = pasted.map((r) => r.toLowerCase()).filter((r) => r.length >= 3);
  const kept: string[] = [];
  for (const line of text.slice(0, 40_000).split('\n')) {
    if (PASTE_LINE.test(line)) continue;
    const low = line.toLowerCase();
    if (raws.some((r) => low.includes(r))) continue;
    kept.push(line);
  }
  return kept.join('\n').slice(0, MAX_TYPED);
}

/**
 * The typed values to keep against the paste, or null when the paste agrees with them (or either side names none).
 * `held`: the case's values before this message.
 */
export function typedAgainstPaste(
  text: string,
  pasted: Partial<Facts>,
  held: Partial<Facts>,
): { endpoint?: EndpointVersion; sql?: SqlVersion; heldGroupsStay?: true } | null {
  const pe = pasted.endpoint;
  const ps = pasted.sql;
  if (!pe && !ps) return null;
  const typed = extractFacts(typedPart(text, [pe?.raw ?? '', ps?.raw ?? ''])).facts;
  const out: { endpoint?: EndpointVersion; sql?: SqlVersion; heldGroupsStay?: true } = {};
  // (A fleet typed as groups, "TC 7.3.3 and CE 9.15", names no one failing release to set against the paste: left as it is.)
  // (A value held from before gives way when the words before the paste say it is the failing unit's or production's: "here is
  // the xstatus of the failing SX80:", "prod pasted below:", 「本番のものです」; the change is then said as an update.)
  const heldYields = saidToBeTheFailingOnes(text);
  // (Groups held, "CE 9.15 and CE 9.12.3 both fail": a paste showing one of their releases is that group's; one showing none of
  // them, unlabelled, is set against the release answered for as with one release held (REV39 #1: "and this one:" + an xstatus of
  // CE 8.0.1 replaced CE 9.15 and dropped both failing groups).)
  const inHeldGroups = !!pe && !!held.endpointGroups?.some((g) => g?.endpoint?.family === pe.family && g.endpoint.semver === pe.semver);
  const te = typed.endpointGroups?.length ? undefined : typed.endpoint ?? (inHeldGroups || heldYields ? undefined : held.endpoint);
  if (pe && te && endpointsDisagree(te, pe)) out.endpoint = te;
  // (Nothing typed and groups held: the paste, one of the groups' releases or set against the one answered for, leaves the
  // release and the groups as they are: heldGroupsStay.)
  if (pe && held.endpointGroups?.length && !typed.endpoint && !typed.endpointGroups?.length && !heldYields && (inHeldGroups || out.endpoint)) out.heldGroupsStay = true;
  const ts = typed.sql ?? (heldYields ? undefined : held.sql);
  if (ps && ts && sqlsDisagree(ts, ps)) out.sql = ts;
  return out.endpoint || out.sql || out.heldGroupsStay ? out : null;
}

/** Where a SQL Server version string starts in a line ("SELECT @@VERSION: Microsoft SQL Server 2016 (SP2) … on Windows …"). */
const SQL_STRING_AT = /microsoft\s+sql\s+server\s/i;

/**
 * The Windows release the message itself types beside a pasted SQL Server version string that names its host's Windows ("TMS
 * 15.9 on Windows Server 2016 … SELECT @@VERSION:\n… on Windows Server 2012 R2 …", FIX63C #2a): read from the message without the
 * paste's lines (those holding a pasted value, SQL's version string and, on the line it starts in, everything from it on). The
 * typed one is the user's word about the TMS server; the paste's is the SQL host's. Null when the message types none.
 */
export function typedWindowsBesidePaste(text: string, pasted: readonly string[], ctx?: ExtractContext): Facts['windows'] | null {
  const raws = pasted.map((r) => r.toLowerCase()).filter((r) => r.length >= 3);
  const kept: string[] = [];
  for (const line of text.slice(0, 40_000).split('\n')) {
    const at = line.search(SQL_STRING_AT);
    const head = at >= 0 ? line.slice(0, at) : line;
    if (head.trim() === '') continue;
    const low = head.toLowerCase();
    if (raws.some((r) => low.includes(r))) continue;
    kept.push(head);
  }
  if (!kept.length || !/win|20(?:08|12|16|19|22|25)|ウィンドウズ/i.test(kept.join('\n'))) return null;
  return extractFacts(kept.join('\n').slice(0, MAX_TYPED), ctx).facts.windows ?? null;
}

/** The failing unit or production named in the words before the paste (its first line, cut at the paste's colon). */
const FAILING_EN = /(?<![a-z])(?:failing|broken|affected|faulty|prod|production|live)(?![a-z])/;
const FAILING_JA = /本番|失敗している|エラー(?:が出て|になって)いる|問題の(?:ある)?\s?(?:機器|端末|コーデック|サーバ)/;
const FAILING_DENIED = /(?<![a-z])(?:not|isn['’]?t|non)[\s-](?:the\s|from\s|a\s)?(?:failing|broken|affected|faulty|prod|production|live)(?![a-z])|本番(?:環境)?(?:の\s?(?:もの)?)?\s?(?:では|じゃ)/;

function saidToBeTheFailingOnes(text: string): boolean {
  const lead = pasteProse(text)[0];
  if (!lead) return false;
  const t = nfkc(lead).toLowerCase();
  return (FAILING_EN.test(t) || FAILING_JA.test(t)) && !FAILING_DENIED.test(t);
}
