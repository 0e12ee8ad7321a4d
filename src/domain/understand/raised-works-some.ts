/**
 * The level raised worked for some units and not for one named with its release (FIX60A #6): "Medium-High worked for the SX20s, not
 * the MX300 on TC 7.3.21", "Medium-High fixed the SX20s but the MX300 on TC 7.3.21 still fails". The failing unit's release as
 * written, or null. The caller takes it as "the same release works" only when that release is the one the whole fleet was said to
 * run (merge.ts): TMS now reaches units on it, so the failing one is where to look (knowledge/scope.ts sameReleaseWorks). Only a
 * report: not a question, a plan or a condition. Pure, linear (bounded patterns), the cheap word test first.
 */
const CHEAP = /high/i;
const REL = String.raw`((?:tc|ce|roomos)\s?v?\d{1,2}(?:\.\d{1,3}){1,3})(?![\d.]\d)`;
const LEVEL = String.raw`(?<![a-z-])(?:medium-?\s?high|high)(?:\s(?:level|setting))?`;
const WORKED = String.raw`(?:worked|fixed|helped|did\sthe\strick|solved\sit)`;
const UNITS = String.raw`[^,;.!?]{1,40}?`;
const PATTERNS = [
  // "Medium-High worked for the SX20s, not the MX300 on TC 7.3.21"
  new RegExp(String.raw`${LEVEL}\s${WORKED}\s(?:for|on)\s${UNITS},?\s(?:but\s)?not\s(?:for\s|on\s)?(?:the\s|our\s|that\s)?${UNITS}\s(?:on|running|at|with)\s${REL}`, 'i'),
  // "Medium-High fixed the SX20s but the MX300 on TC 7.3.21 still fails"
  new RegExp(String.raw`${LEVEL}\s(?:${WORKED}\s(?:for\s|on\s)?)${UNITS},?\s(?:but|while|however,?)\s(?:the\s|our\s|that\s)?${UNITS}\s(?:on|running|at|with)\s${REL}\s(?:still\s)?(?:fails|failing|shows|doesn['’]?t|does\snot|is\s(?:still\s)?(?:failing|red|broken|not))`, 'i'),
];
const NOT_REPORT = /[?？]|(?<![a-z])(?:if|will|would|should|could|plan|tomorrow|tonight|might|maybe)(?![a-z])/i;

export function raisedWorksForSomeIn(text: string): string | null {
  if (!CHEAP.test(text) || text.length > 300 || NOT_REPORT.test(text)) return null;
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (m?.[1]) return m[1];
  }
  return null;
}
