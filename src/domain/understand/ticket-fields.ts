/**
 * Ticket fields and a common typo that name the TMS release without "TMS" before the number:
 * - "Product: TMS / Version: 15.9", "Product: Cisco TMS\nVersion: 15.9.0", 「製品：TMS\nバージョン：15.2.1」:
 *   a "Version:" field after a Product field that says TMS (and nothing else) is TMS's version. A product
 *   field naming an endpoint, SQL Server or Windows leaves its "Version:" alone.
 * - "TSM 15.2" (letters swapped) with a TMS release number (12.x to 15.x) is TMS 15.2; "TSM" with
 *   another number (IBM's Tivoli Storage Manager runs 5.x to 8.x) is left alone.
 * ticketFields() rewrites those spots so the extractor reads them as "TMS version: 15.9" and "TMS 15.2".
 * Run on text already NFKC-normalised (full-width colons are ASCII). Pure, linear (bounded patterns), total.
 */

/** Cheap test: the words that can start either rewrite (case-sensitive classes run faster than /i). */
const MAY = /[pP]roduct|PRODUCT|製品|[tT][sS][mM]/;

/** A Product field whose value is TMS alone, up to the end of the field (a line end, " / ", " | ", ";"). */
const PRODUCT_TMS =
  /(?<![a-z])(?:product(?:\s?name)?|製品(?:名)?)\s?[:=]\s?(?:cisco\s)?(?:tms|telepresence\s?management\s?suite)(?:\s?\(tms\))?(?=[ \t]*(?:\n|$)|\s[/|]\s|\s?;)/gi;
/** The next field "Version: <number>" (at a field's start), within a few fields after the product. */
const VERSION_FIELD = /(?:^|\n|\s[/|]\s|;)[ \t]?((?:software\s)?(?:version|ver\.?)|(?:ソフトウェア\s?)?バージョン)\s?[:=]\s?(?=v?\s?\d)/i;
/** Another Product field: the TMS one's fields end there. */
const NEXT_PRODUCT = /(?<![a-z])(?:product|製品)/i;

/** "TSM 15.2", 「TSM は 15.2」: TMS misspelt, before a TMS release number (12 to 15). */
const TSM_TYPO = /(?<![a-z])tsm(?=\s?(?:[:は]\s?)?v?\s?1[2-5](?:\.\d|(?!\d)))/gi;

/** The text with ticket fields and typos that name TMS's release spelt as "TMS version:" and "TMS". */
export function ticketFields(text: string): string {
  if (!MAY.test(text)) return text;
  let s = text.replace(TSM_TYPO, 'TMS');
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
