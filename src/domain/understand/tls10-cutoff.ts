/**
 * A claim or a question about where the endpoints' TLS 1.0 cut-off lies (left-a #4): "the vendor told us TC 7.3.3 is the last release
 * that accepts TLS 1.0", "the last version that supports TLS 1.0 is TC 7.3.5", "TC 7.3.4 is the first one that refuses TLS 1.0", "TLS
 * 1.0 was dropped in CE 8.1", 「TC7.3.3 が TLS1.0 に対応する最後のバージョンと言われました」「TLS1.0 に対応する最後のバージョンは
 * TC 7.3.5 です」. (A question with no release, "which is the last TC release that accepts TLS 1.0?", is the catalogue's
 * endpoint-tls10-threshold entry.)
 * A claim about releases, not what the endpoints run: "we are on TC 7.3.3, the last release that accepts TLS 1.0" is not one (the
 * release is said as theirs first), nor an instruction ("TAC asked us to go back to TC 7.3.3"). Pure, bounded, linear; a cheap test first.
 */
import { groupedByFirstLetter } from './first-letter';
import { nfkc } from '../nfkc';

export interface Tls10CutoffClaim {
  /** What is said of `release`: the last release that accepts TLS 1.0, or the first that refuses it. */
  kind: 'last-accepts' | 'first-refuses';
  /** The release named, as written ("tc 7.3.3"). */
  release: string;
}

const FAST_TLS = /tls\s?v?1/i;
const FAST_EDGE = groupedByFirstLetter(/last|latest|final|first|highest|newest|drop|remov|stopp|最後|最終|最初|から|以降/i);
const TLS10 = String.raw`tls\s?v?1(?:[._]0)?(?![.\d])`;
const REL = String.raw`((?:tc|ce|roomos)\s?v?\d{1,2}(?:\.\d{1,3}){0,3})(?![.\d])`;
const EDGE_LAST = String.raw`(?:last|latest|final|highest|newest)`;
const KIND = String.raw`(?:tc\s|ce\s|roomos\s)?(?:release|version|build|firmware|software|one|update)s?`;
/** Accepting TLS 1.0, said positively: "accepts TLS 1.0", "still supports TLS 1.0", "with TLS 1.0" (not "doesn't support TLS 1.0"). */
const ACCEPTS = String.raw`(?:(?<!(?:n't|not|no\slonger|never)\s)(?:accept|support|allow|speak|work|handl|talk|negotiat)\w*(?:\s(?:with|on))?|with)\s(?:the\s)?(?:old\s)?${TLS10}`;
const REFUSES = String.raw`(?:refus|reject|drop|disabl|block|remov|no\slonger|not\saccept|doesn'?t\saccept|does\snot\saccept|doesn'?t\ssupport|does\snot\ssupport|without|stop)`;

/** "TC 7.3.3 is the last release that accepts TLS 1.0", "TC 7.3.5 is the last one with TLS 1.0 support". */
const REL_IS_LAST = new RegExp(String.raw`(?<![a-z])${REL}\s(?:is|was|'s|would\sbe|will\sbe|should\sbe)\s(?:the\s|supposedly\sthe\s)?${EDGE_LAST}(?![a-z])[^.;!?\n]{0,40}?${ACCEPTS}`, 'i');
/** "the last release that accepts TLS 1.0 is TC 7.3.3". */
const LAST_IS_REL = new RegExp(String.raw`(?<![a-z])${EDGE_LAST}\s${KIND}(?![a-z])[^.;!?\n]{0,30}?${ACCEPTS}[^.;!?\n]{0,20}?\s(?:is|was|'s|would\sbe|will\sbe)\s(?:the\s)?${REL}`, 'i');
/** "is TC 7.3.5 the last one that accepts TLS 1.0?". */
const IS_REL_LAST = new RegExp(String.raw`(?<![a-z])(?:is|was|isn't)\s${REL}\s(?:really\s|actually\s)?(?:the\s)?${EDGE_LAST}(?![a-z])[^.;!?\n]{0,40}?${ACCEPTS}`, 'i');
/** "TC 7.3.4 is the first release that refuses TLS 1.0", "the first version that drops TLS 1.0 is CE 8.1". */
const REL_IS_FIRST = new RegExp(String.raw`(?<![a-z])${REL}\s(?:is|was|'s|would\sbe|will\sbe)\s(?:the\s)?first(?![a-z])[^.;!?\n]{0,30}?${REFUSES}[^.;!?\n]{0,20}?${TLS10}`, 'i');
const FIRST_IS_REL = new RegExp(String.raw`(?<![a-z])first\s${KIND}(?![a-z])[^.;!?\n]{0,30}?${REFUSES}[^.;!?\n]{0,20}?${TLS10}[^.;!?\n]{0,20}?\s(?:is|was|'s|would\sbe|will\sbe)\s(?:the\s)?${REL}`, 'i');
/** "TLS 1.0 was dropped in CE 8.1", "TLS 1.0 support was removed as of TC 7.3.4". */
const DROPPED_IN = new RegExp(String.raw`${TLS10}(?:\ssupport)?\s(?:was|is|got|has\sbeen)\s(?:dropped|removed|disabled)\s(?:in|with|from|as\sof|since|starting\s(?:with|from))\s(?:the\s)?${REL}`, 'i');
const JA_LAST = String.raw`(?:最後|最終)\s?の?\s?(?:tc\s?|ce\s?)?(?:バージョン|リリース|版|ファーム(?:ウェア)?|ソフトウェア)`;
/** Accepting TLS 1.0, said positively (not 「対応していない」「使えない」). */
const JA_ACCEPTS = String.raw`\s?(?:に|が|を)?\s?(?:対応(?:する|している|した|の)|使える|使用できる|受け付ける|受付ける|サポートする|サポートしている|サポートされている|動作する|通る)\s?`;
/** 「TC7.3.3 が TLS1.0 に対応する最後のバージョン」「TC 7.3.5 は TLS 1.0 が使える最終版」. */
const JA_REL_LAST = new RegExp(String.raw`${REL}\s?(?:が|は|こそ)\s?[^。\n]{0,6}?${TLS10}${JA_ACCEPTS}${JA_LAST}`, 'i');
/** 「TC 7.3.3 が最後の TLS1.0 対応バージョン」. */
const JA_REL_LAST_BEFORE = new RegExp(String.raw`${REL}\s?(?:が|は|こそ)\s?(?:最後|最終)の?\s?${TLS10}\s?(?:対応|サポート)`, 'i');
/** 「TLS1.0 に対応する最後のバージョンは TC 7.3.5 です」. */
const JA_LAST_IS_REL = new RegExp(String.raw`${TLS10}${JA_ACCEPTS}${JA_LAST}\s?(?:は|が)\s?${REL}`, 'i');
/** 「CE 8.1 から TLS1.0 が使えなくなった」「TC 7.3.4 以降は TLS 1.0 非対応」. */
const JA_FIRST = new RegExp(String.raw`${REL}\s?(?:から|以降)\s?(?:は)?\s?[^。\n]{0,10}?${TLS10}\s?(?:が|に|を|は)?\s?(?:使えな|非対応|対応しな|対応していな|無効|受け付けな|廃止|サポートされな|サポートしな)`, 'i');
/**
 * The release said as the user's own ("we are on TC 7.3.3, …", "our codecs run …", "so we stay on it"): what runs, for the usual
 * readings, not this one.
 */
const OWN =
  /(?<![a-z])(?:we(?:'re|\sare|\swere)?|our\s(?:codecs?|endpoints?|systems?|units?|devices?|fleet|rooms?|[a-z]{2}\d{2,3}s?)|they(?:'re|\sare))\s(?:(?:all|still|now|currently|will|'ll)\s)?(?:on|run|running|runs|stay|staying|keep|keeping|are\son|have|upgraded|downgraded|went)(?![a-z])/i;

/** The claim or question in the message, or null. */
export function tls10CutoffIn(text: string): Tls10CutoffClaim | null {
  const s = nfkc(text.slice(0, 600)).toLowerCase();
  if (!FAST_TLS.test(s) || !FAST_EDGE.test(s) || OWN.test(s)) return null;
  const last = REL_IS_LAST.exec(s) ?? IS_REL_LAST.exec(s) ?? LAST_IS_REL.exec(s) ?? JA_REL_LAST.exec(s) ?? JA_REL_LAST_BEFORE.exec(s) ?? JA_LAST_IS_REL.exec(s);
  if (last) return { kind: 'last-accepts', release: last[1] };
  const first = REL_IS_FIRST.exec(s) ?? FIRST_IS_REL.exec(s) ?? DROPPED_IN.exec(s) ?? JA_FIRST.exec(s);
  if (first) return { kind: 'first-refuses', release: first[1] };
  return null;
}
