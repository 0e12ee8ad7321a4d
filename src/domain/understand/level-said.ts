/**
 * A short message that states the level as High or Low and nothing else: "it was actually High in TMS
 * Tools", "TMS Tools says High", "actually it's Low", 「TMS Tools で High になっていました」, 「High でした」.
 * The extractor reads Medium and Medium-High anywhere, but High and Low only after a level keyword
 * ("security level High") or "at/to/on"; these forms are the user's setting all the same (most often a
 * correction of a level said before). Not in a question ("what about High?"). Bounded, linear.
 */
import type { SecurityLevel } from '../types';
import { nfkc } from '../nfkc';
import { endsAsQuestion } from './clauses';

const LEAD_EN = String.raw`(?:(?:sorry|no|nope|actually|wait|oops|correction|my\sbad|oh|ah|ok|okay|hmm|turns\sout)[\s,.!:]*)*`;
const TOOLS_EN = String.raw`(?:in|on|per)\s(?:the\s)?tms\s?tools`;
/** "it was actually High in TMS Tools", "it's High", "TMS Tools says High", "High, actually". */
const SAID_EN = new RegExp(
  String.raw`^\s*${LEAD_EN}(?:(?:it|that|the\slevel|the\ssetting|communication\ssecurity|ours|we|tms)(?:'s|\sis|\swas|\sare|\swere|'re|\sis\sset\sto|\swas\sset\sto|\sare\son|\sare\sat)?\s|tms\s?tools\s(?:says|shows|has|said|showed|had)\s(?:it\s(?:at|on)\s)?|its\s)?(?:(?:actually|really|set\sto|at|on|still|already)\s){0,2}(high|low)(?:\s(?:actually|after\sall|not\smedium[\s-]?high|instead))?(?:\s${TOOLS_EN})?(?:\s(?:actually|after\sall))?[\s.!]*$`,
  'i',
);
const LEAD_JA = String.raw`(?:(?:すみません|いや|あ|訂正です?|正しくは|実は|やっぱり|やはり|確認したら|見たら)[\s、,]*)*`;
/** 「TMS Tools で High になっていました」「High でした」「レベルは High でした」「TMS ツールでは Low に設定されていました」. */
const SAID_JA = new RegExp(
  String.raw`^\s*${LEAD_JA}(?:TMS\s?(?:Tools|ツール)\s?(?:で|では|を見たら|を確認したら)[\s、,]*)?(?:(?:レベル|設定|通信セキュリティ)\s?(?:は|が)\s?)?(high|low|ハイ|ロー)\s?(?:に(?:なって|設定されて)(?:い)?(?:ました|います|た|る)|でした|です|だった|のまま(?:でした|です)?)[\s。!]*$`,
  'i',
);

/** The level a short message states as High or Low, or null. */
export function highOrLowSaid(text: string): SecurityLevel | null {
  if (!text || text.length > 100) return null;
  const t = nfkc(text);
  // Cheap test first: the level words.
  if (!/high|low|ハイ|ロー/i.test(t) || endsAsQuestion(t)) return null;
  const m = SAID_EN.exec(t) ?? SAID_JA.exec(t);
  if (!m) return null;
  return /^(?:high|ハイ)$/i.test(m[1]) ? 'high' : 'low';
}
