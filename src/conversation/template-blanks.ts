/**
 * A ticket template pasted with fields nobody filled in: "Version: unknown", "SQL: N/A", "Windows: ?",
 * "SQL: TBD", 「バージョン：不明」 (QA round 24 M2). Those lines say nothing, and left in they make the whole ticket
 * read as "I don't know" (a short one) or as an answer to a question nobody asked: they are dropped, and
 * the rest of the ticket ("Issue: No HTTPS response on all endpoints") is read as usual.
 */

/** One "Label: value" line of a template (a label of a few words, a colon). */
const FIELD_LINE = /^\s*(?:[-•*]\s*)?(?:[A-Za-z][A-Za-z0-9 ./()&-]{0,30}|[\u3040-\u30ff\u4e00-\u9fff\uff10-\uff5a A-Za-z0-9]{1,16})\s*[:：]/;
/**
 * A field line whose value says it is not known: unknown, n/a, ?, TBD, 不明, 未確認. (An empty value is left alone:
 * "TMSのバージョン情報画面：" heads the lines under it, and an empty line reads as nothing anyway. "none", "-" and
 * 「なし」 are answers, not blanks: "Telnet/SNMP devices: none" says there are none, and is kept.)
 */
const BLANK_FIELD =
  /^\s*(?:[-•*]\s*)?(?:[A-Za-z][A-Za-z0-9 ./()&-]{0,30}|[\u3040-\u30ff\u4e00-\u9fff\uff10-\uff5a A-Za-z0-9]{1,16})\s*[:：]\s*(?:unknown|n\/?a|not\sknown|tbd|\?{1,3}|？{1,3}|不明(?:です)?|未確認)\s*(?:[.。]\s*)?$/i;

/**
 * The text without its blank template fields, or null when it is not a template with one (fewer than two
 * field lines, no blank field, or nothing else left: a bare "SQL: unknown" answers the open question).
 */
export function withoutBlankFields(text: string): string | null {
  if (!text.includes('\n') || !/[:：]/.test(text)) return null;
  const lines = text.split(/\r?\n/);
  if (lines.length > 60) return null;
  let fields = 0;
  let blanks = 0;
  for (const line of lines) {
    if (!FIELD_LINE.test(line)) continue;
    fields++;
    if (BLANK_FIELD.test(line)) blanks++;
  }
  if (fields < 2 || blanks === 0) return null;
  const kept = lines.filter((line) => !BLANK_FIELD.test(line));
  // What is left must say something: a label with a value, or a line of its own.
  if (!kept.some((line) => /[0-9a-z\u3040-\u30ff\u4e00-\u9fff]/i.test(FIELD_LINE.test(line) ? line.replace(/^[^:：]*[:：]/, '') : line))) return null;
  return kept.join('\n');
}
