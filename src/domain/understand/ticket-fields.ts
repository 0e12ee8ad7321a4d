/**
 * Ticket fields and a common typo that name the TMS release without "TMS" before the number:
 * - "Product: TMS / Version: 15.9", "Product: Cisco TMS\nVersion: 15.9.0", 「製品：TMS\nバージョン：15.2.1」:
 *   a "Version:" field after a Product field that says TMS (and nothing else) is TMS's version. A product
 *   field naming an endpoint, SQL Server or Windows leaves its "Version:" alone.
 * - "TSM 15.2" (letters swapped) with a TMS release number (12.x to 15.x) is TMS 15.2; "TSM" with
 *   another number (IBM's Tivoli Storage Manager runs 5.x to 8.x) is left alone.
 * - "TSL 1.2" (TLS misspelt) before a TLS release is TLS 1.2.
 * ticketFields() rewrites those spots so the extractor reads them as "TMS version: 15.9", "TMS 15.2" and "TLS 1.2".
 * Run on text already NFKC-normalised (full-width colons are ASCII). Pure, linear (bounded patterns), total.
 */

/** Cheap test: the words that can start either rewrite (case-sensitive classes run faster than /i). */
const MAY = /[pP]roduct|PRODUCT|製品|[tT][sS][mM]|[tT][sS][lL]/;

/** A Product field whose value is TMS alone, up to the end of the field (a line end, " / ", " | ", ";"). */
const PRODUCT_TMS =
  /(?<![a-z])(?:product(?:\s?name)?|製品(?:名)?)\s?[:=]\s?(?:cisco\s)?(?:tms|telepresence\s?management\s?suite)(?:\s?\(tms\))?(?=[ \t]*(?:\n|$)|\s[/|]\s|\s?;)/gi;
/** The next field "Version: <number>" (at a field's start), within a few fields after the product. */
const VERSION_FIELD = /(?:^|\n|\s[/|]\s|;)[ \t]?((?:software\s)?(?:version|ver\.?)|(?:ソフトウェア\s?)?バージョン)\s?[:=]\s?(?=v?\s?\d)/i;
/** Another Product field: the TMS one's fields end there. */
const NEXT_PRODUCT = /(?<![a-z])(?:product|製品)/i;

/**
 * "TSL 1.2", "TSLv1.0": TLS misspelt, before a TLS release (QA57 #9): read as TLS, so only where "TLS 1.2" itself would be read
 * ("TSL 1.2 is enabled in the registry already").
 */
const TSL_TYPO = /(?<![a-z])tsl(?=\s?v?\s?1(?:\.[0-3]|[0-3])?(?![\d.]))/gi;

/** "TSM 15.2", 「TSM は 15.2」: TMS misspelt, before a TMS release number (12 to 15). */
const TSM_TYPO = /(?<![a-z])tsm(?=\s?(?:[:は]\s?)?v?\s?1[2-5](?:\.\d|(?!\d)))/gi;

/**
 * TMS's About page, pasted: "Database version: 15.13.6" (「データベース バージョン: 15.13.6」) is TMS's own database
 * schema, not SQL Server's release. A line with a TMS-like release (12.x to 16.x) is dropped when the text is an About
 * page (a Software Version line or TMS named) or the number is no SQL build (SQL's are 10.0, 10.50, 11.0 … 16.0).
 */
const MAY_ABOUT = /ersion|バージョン/;
const DB_VERSION_LINE = /(?:^|\n)[ \t]{0,8}(?:database|db|データベース)\s?(?:schema\s?)?(?:version|バージョン)\s?[:=]\s?v?(1[2-6])\.(\d{1,2})(?:\.\d{1,4}){0,2}[ \t]*(?=\n|$)/gi;
/** 「ソフトウェア バージョン: 15.13.6」, "Software Version: 15.13.6" at a line's start, with a TMS-like release. */
const SOFTWARE_VERSION_LINE = /(?:^|\n)[ \t]{0,8}(?=(?:software\s?version|ソフトウェア\s?バージョン)\s?[:=]\s?v?1[2-6]\.\d)/gi;
const TMS_NAMED = /(?<![a-z])tms(?![a-z])|telepresence\s?management\s?suite/i;

/** A "Software Version:" field at a line's start. */
const SOFTWARE_FIELD = /(?:^|\n)[ \t]{0,8}(?:software\s?version|ソフトウェア\s?バージョン)\s?[:=]/i;

/**
 * Does the text hold a TMS About page's "Database version" line (TMS's schema), one that aboutPage() drops? That is a
 * line it drops whatever its release (the text is an About page) or one whose release is no SQL build (not x.0 or x.50).
 * (aboutPage() changes the text exactly when it drops such a line or names TMS on a Software Version line; the latter
 * needs an About page, where any Database version line is dropped, so this is "aboutPage(text) !== text and a Database
 * version line is there", without building the rewritten text.)
 */
export function tmsDatabaseVersionIn(text: string): boolean {
  if (!MAY_ABOUT.test(text)) return false;
  const about = SOFTWARE_FIELD.test(text) || TMS_NAMED.test(text);
  let dropped = false;
  DB_VERSION_LINE.lastIndex = 0;
  for (let m = DB_VERSION_LINE.exec(text); m && !dropped; m = DB_VERSION_LINE.exec(text)) dropped = about || (m[2] !== '0' && m[2] !== '50');
  DB_VERSION_LINE.lastIndex = 0;
  return dropped;
}

export function aboutPage(text: string): string {
  if (!MAY_ABOUT.test(text)) return text;
  const software = SOFTWARE_FIELD.test(text);
  const about = software || TMS_NAMED.test(text);
  let s = text.replace(DB_VERSION_LINE, (line, _major: string, minor: string) => (about || (minor !== '0' && minor !== '50') ? (line.startsWith('\n') ? '\n' : '') : line));
  // (The Software Version line of a page that names TMS is TMS's release: 「TMSのバージョン情報画面：…ソフトウェア バージョン: 15.13.6」.)
  if (software && TMS_NAMED.test(s) && !/(?<![a-z])tms\s?(?:software\s?)?version/i.test(s)) s = s.replace(SOFTWARE_VERSION_LINE, (m) => `${m}TMS `);
  return s;
}

/** The text with ticket fields and typos that name TMS's release spelt as "TMS version:" and "TMS". */
export function ticketFields(text: string): string {
  const t = aboutPage(text);
  return MAY.test(t) ? productFields(t) : t;
}

function productFields(text: string): string {
  let s = text.replace(TSM_TYPO, 'TMS').replace(TSL_TYPO, (m) => (m === 'tsl' ? 'tls' : 'TLS'));
  const edits: number[] = [];
  PRODUCT_TMS.lastIndex = 0;
  for (let m = PRODUCT_TMS.exec(s); m; m = PRODUCT_TMS.exec(s)) {
    const from = m.index + m[0].length;
    let window = s.slice(from, from + 200);
    const other = NEXT_PRODUCT.exec(window);
    if (other) window = window.slice(0, other.index);
    const v = VERSION_FIELD.exec(window);
    if (v) edits.push(from + v.index + v[0].indexOf(v[1]));
  }
  for (let i = edits.length - 1; i >= 0; i--) s = `${s.slice(0, edits[i])}TMS ${s.slice(edits[i])}`;
  return s;
}
