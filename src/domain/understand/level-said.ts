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
/** "from the start", "all along", "since day one": the level set then is the level now ("it was High from the start"). */
const ALL_ALONG_EN = String.raw`(?:from\s(?:the\s)?(?:start|beginning|outset|get-?go|day\sone)|all\salong|since\s(?:the\s)?(?:start|beginning|install(?:ation)?|day\sone)|to\sbegin\swith|originally)`;
/**
 * "it was actually High in TMS Tools", "it's High", "TMS Tools says High", "High, actually"; set so from the start
 * ("originally High", "it was High from the start", "it's been High all along"): with no change said, the level now.
 */
const SAID_EN = new RegExp(
  String.raw`^\s*${LEAD_EN}(?:(?:it|that|the\slevel|the\ssetting|communication\ssecurity|ours|we|tms)(?:'s|\sis|\swas|\sare|\swere|'re|'s\sbeen|\shas\sbeen|\shad\sbeen|\shave\sbeen|'ve\sbeen|\sis\sset\sto|\swas\sset\sto|\sare\son|\sare\sat)?\s|tms\s?tools\s(?:says|shows|has|said|showed|had)\s(?:it\s(?:at|on)\s)?|its\s)?(?:(?:actually|really|set\sto|at|on|still|already|originally|always)\s){0,2}(high|low)(?:\s(?:actually|after\sall|not\smedium[\s-]?high|instead|${ALL_ALONG_EN}))?(?:\s${TOOLS_EN})?(?:\s(?:actually|after\sall))?[\s.!]*$`,
  'i',
);
const LEAD_JA = String.raw`(?:(?:すみません|いや|あ|訂正です?|正しくは|実は|やっぱり|やはり|確認したら|見たら)[\s、,]*)*`;
/** The setting named before its value: 「レベルは」「Communication Securityは」「セキュリティレベルは」. */
const SUBJECT_JA = String.raw`(?:レベル|設定|通信セキュリティ|セキュリティ\s?(?:レベル|設定)?|communication\s?security|コミュニケーション\s?セキュリティ)\s?(?:は|が|も)\s?`;
/** 「すでに」「もう」「今は」 before the value (QA round 29 #2: 「Communication SecurityはすでにHighです」). */
const ALREADY_JA = String.raw`(?:(?:すでに|既に|もう|今は|現在は?|ずっと|元々|もともと)\s?)?`;
/** 「もともと」「元々」「最初から」「ずっと」「すでに」 before the value: it may stand without an ending (「もともとHigh」). */
const SINCE_JA = String.raw`(?:元々|もともと|最初から|初めから|はじめから|導入時から|ずっと|すでに|既に)\s?(?:は\s?)?`;
const END_JA = String.raw`(?:に(?:なって|設定されて)(?:い)?(?:ましたが?|います|た|る)|でした|です|だった|のまま(?:でした|です)?)`;
/**
 * 「TMS Tools で High になっていました」「High でした」「レベルは High でした」「TMS ツールでは Low に設定されていました」,
 * 「Communication SecurityはすでにHighです」; with the setting named the ending may go (「セキュリティレベルは既にHigh」),
 * and after 「もともと」「ずっと」 too (「もともとHigh」), otherwise not (a bare 「ハイ」 is a yes).
 */
const SAID_JA = new RegExp(
  String.raw`^\s*${LEAD_JA}(?:TMS\s?(?:Tools|ツール)\s?(?:で|では|を見たら|を確認したら)[\s、,]*)?(?:${SUBJECT_JA}${ALREADY_JA}(high|low|ハイ|ロー)\s?${END_JA}?|${ALREADY_JA}(high|low|ハイ|ロー)\s?${END_JA}|${SINCE_JA}(high|low|ハイ|ロー)\s?${END_JA}?)[\s。!]*$`,
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
  return /^(?:high|ハイ)$/i.test(m[1] ?? m[2] ?? m[3]) ? 'high' : 'low';
}

/**
 * High and Low are everyday words: "the priority is high", "High availability: two TMS nodes", "a high
 * number of endpoints", "the load was high", "our security team wants High eventually", 「優先度は高です」
 * name no setting. In an answer to the level question they count only as the setting's value: the
 * answer opens with the level ("High", "high I think", "it's on High", 「High です」, 「レベルは高です」),
 * or the level is what something was set/changed to or is at ("set it to High", "went from Medium to
 * High", "TMS Tools shows High", 「High に設定されています」). Bounded, linear.
 */
const HL_EN = /(?<![a-z])(?:high|hi|low|lo)(?![a-z])/;
/** Words that may come before the level in an answer that opens with it. */
const OPEN_EN = String.raw`(?:(?:sorry|no|nope|actually|wait|oops|correction|my\sbad|oh|ah|ok|okay|hmm|turns\sout|i\sthink|i\sbelieve|i\sguess|probably|maybe|perhaps|pretty\ssure|looks\slike|seems|currently|now|still|already|just|only|it(?:'s|\sis|\swas)|its|that(?:'s|\sis|\swas)|we(?:'re|\sare|\swere)|ours(?:\sis|\swas)?|the\s(?:security\s)?(?:level|setting)(?:\sis|\swas)?|(?:communication\s)?security(?:\slevel)?(?:\sis|\swas)?|level|set|at|on|to|(?:is|was)(?:\sit)?)[\s,.:-]+)*`;
/** After the level: nothing, punctuation, an aside ("Low (someone set it years ago)", "Low - set years ago"), or words that say no more than where and how sure. */
const CLOSE_EN = String.raw`(?:$|[,.;!?)(]|\s[([—–]|\s-{1,2}\s|\s(?:i\sthink|i\sbelieve|i\sguess|probably|maybe|perhaps|actually|now|currently|still|already|too|then|after\sall|instead|i'?m\s(?:pretty\s)?sure|(?:in|on|per|according\sto)\s(?:the\s)?tms|level|setting|mode|security|not\s))`;
const OPENS_WITH_EN = new RegExp(String.raw`^[\s:=-]*${OPEN_EN}(?:high|hi|low|lo)${CLOSE_EN}`, 'i');
/** "set it to High", "changed the level to Low", "went from Medium to High", "TMS Tools shows High". */
const SET_TO_EN =
  /(?<![a-z])(?:(?:set|changed|switched|moved|went|raised|lowered|put|configured|bumped|left)\s(?:(?:it|that|the\s(?:security\s)?level|communication\ssecurity|tms|from\s[a-z-]{2,12}|back|all\sthe\sway|up|down)\s){0,2}(?:to|at|on)|(?:(?:it|level|setting|security|tms)\s(?:is|was)\s(?:set\s)?(?:to|at|on))|tms\s?tools\s(?:says|shows|showed|said|has|had)|(?:says|shows|showed)\s(?:it(?:'s|\sis)\s)?(?:at|on)?)\s(?:high|low)(?![a-z])/i;
/**
 * JA: the level first (after a level keyword or 「TMS Tools で」), or what it was set to / became. 「すでに」「もう」 may come before it
 * and 「なのに」 after it (FIX58A #6: 「Communication Security はすでに High ですが、…」「…はすでに High なのに…」 in a longer message).
 */
const OPENS_WITH_JA =
  /^[\s:：=]*(?:は|が)?\s?(?:(?:すみません|いや|あ|えっと|たぶん|多分|おそらく|確か|今は|現在は?|実は|やっぱり|やはり|すでに|既に|もう|ずっと|元々|もともと)[\s、,]*)*(?:TMS\s?(?:Tools|ツール)\s?(?:で|では|は)[\s、,]*)?(?:(?:レベル|設定|通信セキュリティ|セキュリティ(?:レベル)?)\s?(?:は|が|:|：)\s?)?(?:high|low|ハイ|ロー|高|低)\s?(?=で|だ|な(?:のに|ので)|の(?:まま|よう)|に(?:なって|設定)|と(?:思|な)|[。、!！]|$)/i;
const SET_TO_JA = /(?:high|low|ハイ|ロー|(?<![\u3400-\u9fff])高|(?<![\u3400-\u9fff])低)\s?(?:に|へ)\s?(?:設定|変更|し|なっ|な|上げ|下げ|戻)/i;

/**
 * Does an answer that reads as High or Low (parseLevel) state it as the setting's value? False for
 * "high" in another sense ("the priority is high", "High availability", 「優先度は高です」).
 */
export function highOrLowAsSetting(text: string): boolean {
  const t = nfkc(text.slice(0, 400)).toLowerCase();
  if (!HL_EN.test(t) && !/ハイ|ロー|高|低/.test(t)) return true;
  return OPENS_WITH_EN.test(t) || SET_TO_EN.test(t) || OPENS_WITH_JA.test(t) || SET_TO_JA.test(t);
}
