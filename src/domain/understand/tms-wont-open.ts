/**
 * TMS itself said not to open, in words: "now TMS won't open", "TMS doesn't load anymore", "we can't open TMS",
 * 「TMSが開かなくなった」「TMS の画面が開けません」「TMS が表示されない」. Read per sentence, only as a report (not "if …",
 * "would …", 「…場合」「…なら」). After a change that turned TLS 1.0 and SSL 3.0 off (IIS Crypto's Best Practices), the
 * likely cause is SQL Server on the TMS server (knowledge.md, Caveats): src/conversation/tms-wont-open.ts answers.
 * Pure, total; the cheap word test first.
 */
import { sentencesOf } from './clauses';

/** EN: "TMS won't open", "the TMS web page doesn't load", "can't open TMS", "TMS no longer opens". */
const WONT_OPEN_EN =
  /(?<![a-z])tms(?:\s(?:web(?:\s?(?:site|page|ui))?|portal|page|site|console|ui|website))?\s(?:(?:won'?t|will\snot|doesn'?t|does\snot|can'?t|cannot|didn'?t|did\snot|is\snot|isn'?t)\s(?:open|load|come\sup)(?:ing)?|no\slonger\s(?:opens|loads))(?![a-z])|(?<![a-z])(?:can'?t|cannot|could\snot|couldn'?t|unable\sto)\s(?:open|load|reach|get\sinto|log\s?in\sto|access)\s(?:the\s)?tms(?![a-z])(?!\s(?:server|tools))/i;
/** JA: 「TMSが開かなくなった」「TMS の画面が開けません」「TMS が表示されない」「TMSにログインできない」. */
const WONT_OPEN_JA =
  /tms(?:\s?の\s?(?:画面|ページ|web\s?(?:画面|ページ)?|ポータル|サイト))?\s?(?:が|は|も|に)?\s?(?:まだ\s?)?(?:開か(?:ない|なく|ず)|開け(?:ない|なく|ません)|開きません|表示され(?:ない|なく|ません)|表示でき(?:ない|なく|ません)|ログインでき(?:ない|なく|ません))/i;
/** A condition, a guess, a question or someone else's case: not a report. */
const NOT_REPORT = /(?<![a-z])(?:if|unless|would|could\sit|might|otherwise|in\scase|whether|will\s(?:the|tms|it))(?![a-z])|[?？]|場合|なら|可能性|おそれ|かどうか|他の案件|聞きました|と言われ/i;

export function tmsWontOpenIn(text: string): boolean {
  if (!/tms/i.test(text) || !/open|load|access|log\s?in|開|表示|ログイン/i.test(text)) return false;
  for (const sentence of sentencesOf(text.slice(0, 2_000))) {
    const m = WONT_OPEN_EN.exec(sentence) ?? WONT_OPEN_JA.exec(sentence);
    if (m && !NOT_REPORT.test(sentence)) return true;
  }
  return false;
}
