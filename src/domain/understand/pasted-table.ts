/**
 * A small table pasted from a ticket, a wiki or a spreadsheet, one field a row, in two columns:
 * - Markdown: "| TMS | 15.9 |", "| Windows | 2012 R2 |" (its "|---|---|" rule dropped);
 * - tab-separated (a spreadsheet's copy): "TMS<TAB>15.9", "SQL Server<TAB>2014 SP3 (local)".
 * pastedTable() rewrites each such row as "TMS: 15.9", the "Key: value" line the extractor already reads.
 * Only rows of exactly two cells whose first cell is a short label (it starts with a letter, at most 40 characters):
 * a Markdown row needs its leading and trailing "|" (so "reg query … | findstr TLS", nmap's "| ssl-enum-ciphers:" lines
 * and "a | b" in a sentence are left alone), a tab row exactly one run of tabs (tshark's field output starts with a
 * number, Event Viewer's copied rows have more columns). At most MAX_ROWS rows are rewritten.
 * Run on text already NFKC-normalised. Pure, linear (bounded patterns), total.
 */

/** Rows rewritten at most (a ticket's field table is short; a long paste is read as it is after that). */
const MAX_ROWS = 60;

/** "| TMS | 15.9 |": a label cell and a value cell between pipes. */
const MD_ROW = /^[ \t]{0,8}\|[ \t]{0,8}([^\s|\d:][^|\n\t]{0,39}?)[ \t]{0,8}:?[ \t]{0,8}\|[ \t]{0,8}([^|\n]{1,200}?)[ \t]{0,8}\|[ \t]{0,8}$/;
/** "|---|---|", "| :-- | --: |": a Markdown table's rule under its header. */
const MD_RULE = /^[ \t]{0,8}\|(?:[ \t]{0,8}:?-{1,40}:?[ \t]{0,8}\|){1,12}[ \t]{0,8}$/;
/** "TMS<TAB>15.9": a label, one run of tabs, a value with no tab. */
const TAB_ROW = /^[ \t]{0,8}([^\s|\d:][^|\n\t]{0,39}?)[ \t]{0,8}:?\t{1,8}[ \t]{0,8}([^\t\n]{1,200}?)[ \t]{0,8}$/;

/** The text with two-cell table rows written as "Key: value" lines (the text itself when it has none). */
export function pastedTable(text: string): string {
  const md = text.includes('|');
  const tab = text.includes('\t');
  if (!md && !tab) return text;
  const lines = text.split('\n');
  let rows = 0;
  let changed = false;
  for (let i = 0; i < lines.length && rows < MAX_ROWS; i++) {
    const line = lines[i];
    if (md && line.includes('|')) {
      if (MD_RULE.test(line)) {
        // (The header row above it is read like any row: a field table's header is often its first field, "| TMS | 15.9 |";
        // "Item: Value" says nothing.)
        lines[i] = '';
        changed = true;
        continue;
      }
      const m = MD_ROW.exec(line);
      if (m) {
        lines[i] = `${m[1]}: ${m[2]}`;
        rows++;
        changed = true;
        continue;
      }
    }
    if (tab && line.includes('\t')) {
      const m = TAB_ROW.exec(line);
      if (m) {
        lines[i] = `${m[1]}: ${m[2]}`;
        rows++;
        changed = true;
      }
    }
  }
  return changed ? lines.join('\n') : text;
}
