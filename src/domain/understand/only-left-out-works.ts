/**
 * "nothing is back except the 2 MXPs", "none of them are back except the MXPs", 「MXP以外はどれも戻っていません」: an inverted
 * partial success. What is left out is the only thing that works; everything else still fails. So it is not "all back but the
 * MXPs" (a partial success with the MXPs left failing): for the systems the fix was for, nothing came back (QA: it was read as
 * the MXPs failing). Bounded input, linear regexes.
 */
const CHEAP = /except|but\s|apart|other\sthan|save|aside|以外/i;
const NONE = /nothing|none|no\s|not\s(?:one|a\ssingle)|以外/i;
/**
 * "nothing/none (of them)/no endpoints/not one" + "is back/came back/works/recovered" + "except/but/apart from/other than".
 * Not "but the web UI opens fine in Chrome" (a browser is not a system TMS manages: QA40 #2).
 */
const INVERTED_EN =
  /(?<![a-z])(?:nothing|none(?:\sof\s(?:them|those|the\s[\w-]+|our\s[\w-]+))?|no\s(?:endpoints?|systems?|codecs?|units?|devices?|ones?|others?)|not\s(?:one|a\ssingle\s(?:one|endpoint|system|codec|unit|device))(?:\sof\s(?:them|the\s[\w-]+))?)\s(?:(?:(?:has|have|is|are)\s)?(?:(?:come|came)\s)?(?:back|recovered|fixed|working|green|fine|ok)|(?:came|come)\sback|works?|worked|recovered)(?:\s(?:now|yet|up|online|again))?,?\s(?:except|but|apart\sfrom|other\sthan|save|aside\sfrom)(?:\sfor)?\s(?!that|i\s|we\s|it\s|when|after|before|if|(?:the\s|a\s)?(?:web|browser|ui|gui|ping|chrome|firefox|edge|https?:))/i;
/** 「MXP以外はどれも戻っていません」「MXP 以外は直っていません」「MXP以外は復旧しません」. */
const INVERTED_JA =
  /以外(?:は|の(?:端末|機器|エンドポイント|システム)は?)?\s?(?:どれも|全部|すべて|全て|いずれも|何も|ひとつも|一台も|1台も|どの(?:端末|機器|エンドポイント)も)?\s?(?:(?:戻って|直って|治って|復旧して|動いて|緑になって)(?:い)?(?:ない|ません)|(?:戻り|直り|治り|復旧し|動き)ません|戻らない|直らない)/;

/** Does the message say that only what it leaves out works ("nothing is back except the MXPs")? */
export function onlyLeftOutWorks(text: string): boolean {
  const t = text.slice(0, 300);
  if (!CHEAP.test(t) || !NONE.test(t)) return false;
  return INVERTED_EN.test(t) || INVERTED_JA.test(t);
}
