/**
 * Intents that stand alone (help, start over, greeting, thanks, acknowledgment, "don't know"),
 * language requests, and the language a message is written in. The cue lists are data.
 */
import type { Lang } from '../domain/types';
import { detectLang } from '../domain/extract';
import { saysStillFailing, saysUnknown, saysWait, stillFailingNotThis } from '../domain/understand/clauses';
import { onlyLeftOutWorks } from '../domain/understand/only-left-out-works';
import { MAX_MESSAGE } from './guards';
import { nfkc } from '../domain/nfkc';
import { withoutOtherCounts } from '../domain/understand/scope';
import { trimEnd } from '../domain/trim-end';
import { groupedByFirstLetter } from '../domain/understand/first-letter';

export function normIntent(text: string): string {
  const t = nfkc(text);
  const spaced = t
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .replace(/^[@/]?(?:tms-doctor|bot)[:,]?\s*/, '');
  // (Not `.replace(/[\s.!?。！？、,~〜]+$/u, '')`: quadratic on a long run of those before a word, trimEnd says why.)
  return trimEnd(spaced, /[\s.!?。！？、,~〜]/u)
    .replace(/^[\s.!?。！？、,]+/u, '')
    .replace(/\s?(?:please|pls|ください|下さい|お願いします|おねがいします)$/, '')
    .trim();
}

export const HELP = /^(?:help|help me|\?|usage|how does this work|how do i use this|how to use(?: this)?|what can you do|commands|ヘルプ|使い方|つかいかた|使いかた|助けて|たすけて|どうすればいい|どう使う(?:の)?)$/;
/**
 * "start over", "let's start again", "can we start from scratch?", "new ticket", 「最初からやり直したい」,
 * 「もう一度最初から」, 「別の件です」 (the whole message; "new case: TMS 14.6.2…" is NEW_CASE below).
 */
const START_OVER =
  /^(?:(?:ok(?:ay)?,?\s|so,?\s)?(?:let'?s\s|let\sus\s|can\swe\s|could\swe\s|shall\swe\s|i\s(?:want|need|would\slike)\sto\s|i'?d\slike\sto\s)?(?:start ?over|start again|start (?:from )?(?:scratch|the beginning)|start fresh|begin again|reset|restart|clear|forget (?:it|everything|that|all that))(?:\splease)?|(?:new|another|a\snew|a\sdifferent|different)\s(?:case|conversation|incident|ticket|issue)(?:\splease)?|最初から(?:やり直(?:し|す|して|したい|しましょう|します))?|はじめから(?:やり直(?:し|す|して|したい|しましょう|します))?|(?:もう一度|もう一回|もういちど|いったん|一旦)(?:最初から|はじめから|初めから)(?:やり直(?:し|す|して|したい|しましょう|します))?|やり直し(?:たい|ましょう|ます|て)?|やりなおし(?:たい)?|やり直す|リセット(?:して|したい|します)?|リスタート|別の件(?:です)?|別件(?:です)?|新しい件(?:です)?)$/;
const GREETING = /^(?:hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening|day)|greetings|こんにちは|こんにちわ|こんばんは|おはよう(?:ございます)?|はじめまして|もしもし|やあ)(?: there| bot| tms-doctor| all| everyone)?$/;
const THANKS = /^(?:(?:ok(?:ay)?|k|great|perfect|cool|おけ|おっけー?|オッケー?)[,、]?\s?)?(?:thanks?(?: a lot| so much| very much)?|thank you(?: so much| very much)?|thx|tnx|ty|cheers|many thanks|あざす|あざっす|あざーす|あざます|ありがとう(?:ございます|ございました)?|どうもありがとう(?:ございます|ございました)?|助かりました|助かります|サンキュー|感謝します)$/;
const THANKS_LEAD = /^(?:thanks?|thank you|thx|ty|cheers|many thanks|ありがとう(?:ございます|ございました)?|どうもありがとう(?:ございます|ございました)?)(?:\s|$)/;
/** What turns thanks into something else: a "but", a failure, a problem. */
const THANKS_BUT = /(?:(?<![a-z])(?:but|though|however|not|still|fail\w*|error\w*|broken|issue|problem|again)|n't)(?![a-z])|でも|けど|しかし|ません|ない|まだ|エラー|失敗/;
const SKIP = /^(?:skip|pass|next|don'?t know|i don'?t know|dunno|no idea|not sure|unknown|n\/?a|no clue|i'?m not sure|わからない|分からない|わかりません|分かりません|不明|スキップ|知らない|知りません|パス|不明です)$/;

// (Also asked as a question, QA58 #10: "can you answer in Japanese?", 「日本語で説明してもらえますか」.)
const ASK_EN = "(?:(?:can|could|would)\\syou\\s(?:please\\s)?(?:answer|reply|respond|write|explain(?:\\sit|\\sthat|\\sthis)?|continue|talk)\\sin\\s";
const ASK_JA = "(?:で|に)\\s?(?:説明|回答|返答|返信|お答え)\\s?(?:して|し)\\s?(?:もらえ(?:ます|ません)か|いただけ(?:ます|ません)か|ください|下さい|くれ(?:ます|ません)か|ほしい(?:です)?)[?？。]?";
const WANTS_JA = new RegExp(`^(?:(?:in|use|switch to|speak|answer in|reply in)\\s)?japanese(?:\\splease)?$|^日本語(?:で|に)?(?:お願い(?:します)?|話して|答えて|回答して|して)?$|^${ASK_EN}japanese)(?:\\splease)?\\s?[?]?$|^日本語${ASK_JA}$`);
const WANTS_EN = new RegExp(`^(?:(?:in|use|switch to|speak|answer in|reply in)\\s)?english(?:\\splease)?$|^英語(?:で|に)?(?:お願い(?:します)?|話して|答えて|回答して|して)?$|^${ASK_EN}english)(?:\\splease)?\\s?[?]?$|^英語${ASK_JA}$`);

/** "日本語でお願いします", "in English please": the language the user asks for, else null. */
export function languageRequest(text: string): Lang | null {
  return languageRequestIn(normIntent(text));
}

/** languageRequest() of a text already normalised by normIntent(). */
export function languageRequestIn(t: string): Lang | null {
  if (t.length > 40) return languageAskedIn(t);
  if (WANTS_JA.test(t)) return 'ja';
  if (WANTS_EN.test(t)) return 'en';
  return languageAskedIn(t);
}

/**
 * The request said in a longer line (QA64 #12): 「すみません、日本語で回答してもらえますか」, "can you answer in Japanese for my
 * colleague?", "actually can you answer in English from now on? my colleague will take over", "please reply in English from now
 * on". A verb of answering (or switching) beside the language, in a short message (≤ 120 characters); not "the Japanese
 * translation says…" (no such verb) nor a line that names both languages. Only a request to the bot (rev64 #4): "you" after
 * can/could/would/will, or "please", or the verb leading the message; "I will reply in Japanese to the customer" and "we can continue
 * in English" ask nothing of it.
 */
const ASKED_LANG_EN =
  /(?<![a-z])(?:(?:can|could|would|will)\syou\s(?:please\s)?(?:answer|reply|respond|write|continue|talk|explain(?:\sit|\sthat|\sthis)?|switch)|please\s(?:answer|reply|respond|write|continue|switch)|^(?:(?:ok|okay|sorry|actually|and|so)[,\s]+)?(?:switch|answer|reply|respond|continue)|(?:let'?s|we\s(?:need|want|would\slike)\sto)\s(?:switch|continue|talk))(?:\s(?:from\snow\son|again))?\s(?:in|to|into)\s(japanese|english)(?![a-z])/;
const ASKED_LANG_JA = /(日本語|英語)\s?(?:で|に)\s?(?:説明|回答|返答|返信|お答え|答え|話し|お願い|切り替え|切替|書い|やりとり|やり取り)/;

/** The request is the whole message ("in English please", 「日本語でお願いします」): nothing else in it to read. */
export function languageRequestWhole(t: string): boolean {
  return t.length <= 40 && (WANTS_JA.test(t) || WANTS_EN.test(t));
}

/**
 * The message with the language it asks for taken out ("Could you explain in English why Medium-High is needed?" → "Could you
 * explain why Medium-High is needed?"), for the rest to be read as usual (rev64 #4); the text itself when no such words are in it.
 */
export function withoutLanguageAsked(text: string): string {
  if (text.length > 400) return text;
  const en = /\s?(?<![a-z])(?:in|to|into)\s(?:japanese|english)(?:\s(?:from\snow\son|again))?(?![a-z])/i;
  const ja = /(?:日本語|英語)\s?(?:で|に)/;
  const m = en.exec(text) ?? ja.exec(text);
  return m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : text;
}

function languageAskedIn(t: string): Lang | null {
  if (t.length > 120 || (/japanese|日本語/.test(t) && /english|英語/.test(t))) return null;
  const m = ASKED_LANG_EN.exec(t) ?? ASKED_LANG_JA.exec(t);
  if (!m) return null;
  return m[1] === 'japanese' || m[1] === '日本語' ? 'ja' : 'en';
}

/**
 * The user drops what was going on, the whole message (QA63 #14): "never mind", "nevermind", "nvm", "cancel", "forget about it",
 * 「やっぱりいいです」「やっぱり大丈夫です」「やっぱりやめます」「なんでもないです」「気にしないでください」 (normIntent: no ください at
 * the end). Not "never mind that" / 「今のは無視してください」 (a retraction of a line: retraction.ts), nor "forget it" (start over),
 * nor a bare 「いいです」「大丈夫です」 (an answer: yes, no or fine).
 */
export const CANCEL =
  /^(?:(?:oh|ok(?:ay)?|hmm+|ah|actually|sorry|well)[,\s]+)?(?:never\s?mind|nvm|cancel|forget\sabout\sit)(?:\s(?:then|for\snow|sorry))?$|^(?:(?:あ|いや|すみません|すいません|えっと)[、,\s]*)?(?:やっぱり|やはり)[、,\s]?(?:いいです|大丈夫です|結構です|けっこうです|いいや|いい|やめます|やめておきます|なしで|キャンセル(?:します|で)?)$|^(?:(?:あ|いや|すみません|すいません)[、,\s]*)?(?:なんでもない(?:です)?|何でもない(?:です)?|なんでもありません|何でもありません|気にしないで|キャンセル(?:します|で)?)$/;

/** An acknowledgment: nothing to read, nothing to change. */
const ACK =
  /^(?:ok(?:ay)?|k|kk|got it|understood|roger|noted|sounds good|will do|great|perfect|cool|nice|alright|all right|i see|makes sense|we'?re good|we are good|we'?re all set|all set|おけ|おっけー?|オッケー|了解(?:です|しました|いたしました)?|りょうかい(?:です)?|わかりました|分かりました|承知(?:いた)?しました|かしこまりました|なるほど|はい|オッケー|ok ?です)$/;

/**
 * The user will do it later, nothing else said: "ok will try tonight", "will do it tonight and report back",
 * 「今夜やってみます」「明日作業します」 (QA round 20 #10d): acknowledged, nothing read.
 */
const LATER =
  /^(?:(?:ok(?:ay)?|k|alright|all right|great|cool)[,]?\s)?(?:(?:we|i)(?:'ll|\swill)\s|will\s)(?:try|do|test|apply|schedule|change|check)(?:\s(?:it|that|this|them|the\s(?:fix|change)))?(?:\s(?:tonight|tomorrow|later|today|this\s(?:evening|weekend|afternoon)|next\sweek|in\sthe\s(?:window|morning|evening)))?(?:\s(?:and|&)\s(?:report|get|come)\sback(?:\sto\syou)?)?$|^(?:今夜|今晩|今日|明日|あした|週末|後で|あとで|夜)(?:に|中に)?\s?(?:やって|試して|作業して|実施して|対応して|作業|実施|対応)(?:み)?(?:ます|みます)$|^(?:本日|今日|今夜|今晩|明日|明晩|あした|週末|土曜|日曜|来週)(?:の)?\s?(?:(?:夜|深夜|夕方|午前|午後)\s?)?(?:\d{1,2}(?:[:：]\d\d|時(?:\d{1,2}分|半)?)\s?(?:から|より|に|頃|ごろ)?\s?)?(?:に|中に)?\s?(?:作業|実施|対応|変更作業)(?:を)?\s?(?:予定(?:です|しています|しております|となります)|(?:いた)?します|行います|する予定です)$/;
/** LATER on a text normalised by normIntent() (cheap word test first). */
export function laterIn(t: string): boolean {
  return t.length <= 80 && /will|'ll|今|明|週|後|あと|夜|本日|曜/.test(t) && LATER.test(t);
}
export type Intent = 'help' | 'start-over' | 'greeting' | 'thanks' | 'ack' | 'skip' | 'cancel' | 'wait' | 'still-failing' | 'if-still-failing' | null;

/**
 * "what if it still fails after Medium-High?", "and if that doesn't help?", 「それでも直らなかったら？」: a
 * question about a failure that has not happened (the checks, without "sorry it still fails"). The
 * level or fix it names is the condition, not a fact.
 */
const IF_STILL_FAILING_EN =
  /^(?:and\s|but\s|so\s|ok(?:ay)?,?\s)?(?:what\sif|and\sif|if|in\scase|what\s(?:do|should|can)\s(?:we|i)\sdo\s(?:if|when)|what\s(?:do|should)\s(?:we|i)\scheck\s(?:if|when)|what\snext\sif|what\sthen\sif)\s(?:it|that|this|the\sfix|the\schange|tms|they|the\sendpoints?|mediumhigh|medium-high)?\s?(?:still\s)?(?:fails|failed|doesn'?t\s(?:work|help|fix\s(?:it|this|anything))|does\snot\s(?:work|help|fix\s(?:it|this))|didn'?t\s(?:work|help)|is\sstill\s(?:failing|broken|down)|still\s(?:shows|gives|says)|keeps?\s(?:failing|showing))(?![a-z])/;
const IF_STILL_FAILING_JA = /(?:それでも|まだ|これで|それで)?\s?(?:直らな(?:かった|い)|解決しな(?:かった|い)|失敗し(?:た)?|ダメだった|だめだった|駄目だった|改善しな(?:かった|い))(?:ら|場合|とき|時)/;

/** "if it fails, how do I roll back?": another question asked under the condition (the roll-back answer takes it). */
const OTHER_ASK_AFTER_IF = /(?<![a-z])(?:roll(?:ing)?\s?back|revert|undo|restore|back\sout|downgrad)|切り戻|戻(?:す|し|せ)|元に戻|ロールバック|ダウングレード/;

/**
 * "if it does not work, how do we roll back?", "how do we roll back if it doesn't help?" (QA64 #2): a failure under a condition
 * ("if", "in case", "should it") anywhere in the line. With a roll-back question in it, the line is that question, not a report
 * that the fix failed (intentIn returns no intent; the catalogue's rollback entry answers).
 */
const IF_FAILS_ANYWHERE =
  /(?<![a-z])(?:if|in\scase|should|once)\s(?:it|that|this|the\s(?:fix|change|changes|steps?)|tms|they|the\sendpoints?|medium-?high)?\s?(?:still\s)?(?:fails|failed|doesn'?t\s(?:work|help|fix)|does\snot\s(?:work|help|fix)|didn'?t\s(?:work|help|fix)|did\snot\s(?:work|help|fix)|won'?t\s(?:work|help|fix)|will\snot\s(?:work|help|fix)|goes\swrong|breaks\s(?:something|anything))(?![a-z])/;
const ROLLBACK_ASKED_EN = /(?<![a-z])(?:roll(?:ing)?\s?(?:it\s|this\s|that\s|them\s)?back|revert|undo|back\sout)(?![a-z])/;

/** A question about a failure that has not happened yet (see IF_STILL_FAILING_EN). */
export function asksIfStillFailing(t: string): boolean {
  if (t.length > 160 || OTHER_ASK_AFTER_IF.test(t)) return false;
  return (IF_STILL_FAILING_EN.test(t) || (IF_STILL_FAILING_JA.test(t) && /[?？]|(?:ら|場合|とき|時)(?:は)?$|(?:どうすれば|どうしたら|どう)\s?(?:いい|良い|よい)?\s?(?:ですか|でしょうか|の)?$|(?:どうなりますか|ありますか|何を(?:確認|見れば)[^。]{0,12})$/.test(t)));
}

/** "all 10 came back up but", "all the codecs came back online after the reboot, but": the systems booted (see intentIn). */
const ALL_BACK_BUT =
  /^(?:all|every|both)\s(?:\d{1,5}\s)?(?:of\s(?:them|the\s[a-z-]+)\s|(?:the\s)?[a-z\d-]+\s)?(?:have\s)?(?:came|come)\sback(?:\s(?:up|online))?(?:\s(?:after|from)\s(?:the\s)?(?:reboot|restart))?[,;]?\s(?:but|yet)\s/;

export function intentOf(text: string): Intent {
  return intentIn(normIntent(text));
}

/**
 * intentOf() of a text already normalised by normIntent(). `firstReport`: no answer of ours shown yet (QA40 #2): "nothing is
 * back except the MXPs" is then part of a first report, read for its facts like the rest of it, not a status update on a fix.
 */
export function intentIn(t: string, firstReport = false): Intent {
  if (t.length <= 160 && ROLLBACK_ASKED_EN.test(t) && IF_FAILS_ANYWHERE.test(t)) return null;
  if (asksIfStillFailing(t.replace(/(?:medium|med|mid)[\s_/+-]{0,2}(?:high|hi)(?![a-z])/g, 'mediumhigh'))) return 'if-still-failing';
  // "all 10 came back up but they still show No HTTPS response": booted, and all still failing.
  if (t.includes('back') && ALL_BACK_BUT.test(t) && saysStillFailing(t.replace(ALL_BACK_BUT, ''))) return 'still-failing';
  // "nothing is back except the 2 MXPs", 「MXP以外はどれも戻っていません」: only those work; the rest still fails.
  if (!firstReport && onlyLeftOutWorks(t)) return 'still-failing';
  if (t.length > 60) return t.length <= 200 && stillFailingLong(t) ? 'still-failing' : null;
  if (HELP.test(t)) return 'help';
  if (START_OVER.test(t)) return 'start-over';
  if (GREETING.test(t)) return 'greeting';
  if (THANKS.test(t)) return 'thanks';
  if (SKIP.test(t)) return 'skip';
  if (CANCEL.test(t)) return 'cancel';
  if (ACK.test(t)) return 'ack';
  // "got it, thanks!", "わかりました。ありがとうございます": every part an acknowledgment or thanks.
  const parts = t.split(/[,、。.!！]\s*|\s(?:and|&)\s/).map((x) => x.trim()).filter(Boolean);
  if (parts.length > 1 && parts.every((x) => ACK.test(x) || THANKS.test(x))) return parts.some((x) => THANKS.test(x)) ? 'thanks' : 'ack';
  // "I don't know" and "one sec" in any wording (cue lists in src/domain/understand/cues.ts).
  if (saysUnknown(t)) return 'skip';
  if (saysWait(t)) return 'wait';
  // (Not "the lab TMS is still failing", "not sure if it is still failing": REV20 #10.)
  if (saysStillFailing(t)) return stillFailingNotThis(t) ? null : 'still-failing';
  // "did all the steps, still No HTTPS response on all 40": the count of systems is no version (QA49 F7).
  if (SCOPE_TAIL.test(t) && saysStillFailing(t.replace(SCOPE_TAIL, ''))) return stillFailingNotThis(t) ? null : 'still-failing';
  return null;
}

/**
 * How many systems a still-failing line speaks of, at its end: "on all 40", "for all of them", "on every endpoint", "across
 * the board", 「40台すべて」 (QA49 F7). All of them: not a partial count ("on 3 of 40" stays as it is).
 */
const SCOPE_TAIL =
  /\s(?:on|for|across|with|in|at)\s(?:all|every|each|both|any)(?:\s(?:of\s(?:them|those|these|the\s[a-z\d-]+)|the\s[a-z\d-]+|\d{1,5}(?:\s[a-z\d-]+)?|[a-z\d-]+))?$|\s(?:across\sthe\sboard|everywhere)$/;
/**
 * A still-failing status report longer than a short intent line: "still failing after the steps. Navigator still says No
 * HTTPS response on all 40", "did all the steps, still No HTTPS response on all 40", "nope, Navigator still shows No HTTPS
 * response for all of them" (QA49 F7). Every sentence (up to three), less the "on all 40" scope, is a still-failing line of
 * its own; none names a version (a dotted number) or asks.
 */
function stillFailingLong(t: string): boolean {
  if (!t.includes('still') && !/まだ|ダメ|だめ|駄目|直ら|直って|消え|変わり|解決|改善|赤/.test(t)) return false;
  const parts = t
    .split(/(?<=[.。!！])\s*/)
    .map((p) => trimEnd(p, /[.。!！\s]/u).replace(SCOPE_TAIL, '').trim())
    .filter(Boolean);
  if (stillFailingNotThis(t)) return false;
  return parts.length > 0 && parts.length <= 3 && parts.every((p) => p.length <= 60 && !/\d\.\d|[?？]/.test(p) && saysStillFailing(p));
}

/**
 * "new case: TMS 14.6.2 with TC 7.3.6", 「別の件です：TMS 15.6…」: a new case opened with its facts. The
 * lead (up to its separator) is matched; what follows is the new case's first message.
 */
const NEW_CASE = /^\s*(?:ok(?:ay)?[,\s]+|so[,\s]+)?(?:(?:a\s)?(?:new|another|different|next)\s(?:case|ticket|incident|issue|customer)|(?:別の件|別件|新しい件|次の件)(?:です)?)\s?[:：,，、\-–—]\s*/i;

/** The first message of a new case ("new case: …"), or null when the text does not open one with facts. */
export function newCaseText(text: string): string | null {
  const m = NEW_CASE.exec(text.slice(0, 200));
  if (!m) return null;
  const rest = text.slice(m[0].length);
  return /[0-9a-z\u3040-\u30ff\u4e00-\u9fff]/i.test(rest) ? rest : null;
}

/** "done, it works now!", "that fixed it", "fixed, thanks" (the whole message begins with it), 「直りました」: the fix worked. */
const WORKS_NOW =
  groupedByFirstLetter(/[,.;!]\s(?:and\s)?(?:all|everything(?:'s|\sis)?)\s(?:good|green|fine)(?:\snow)?(?=\s*[.!]*$)|^(?:ok(?:ay)?,?\s|so,?\s)?(?:now\s)?(?:all|everything(?:'s|\sis)?|they(?:'re|\sare)(?:\sall)?)\s(?:now\s)?(?:back\s)?online(?:\snow)?[.!\s]*$|^(?:it'?s\s|all\s|finally\s)?(?:fixed|solved|resolved|sorted)(?:\snow)?(?=$|[,.!;]|\s(?:thanks|thank\syou|thx|cheers))|^(?:(?:ok(?:ay)?|great|yes|yep|so|good\snews)[,!]?\s)?(?:(?:we|i)(?:'ve|\shave)?\s)?(?:finally\s|just\s)?(?:fixed|solved|sorted)(?:\s(?:it|that|this))?(?:\snow)?(?=$|[,.!;]|\s(?:thanks|thank\syou|thx|cheers))|[,.;!]\s(?:it'?s\s|all\s|now\s)?(?:fixed|solved|resolved|sorted)(?:\snow)?(?=\s*[.!]*$|,?\s(?:thanks|thank\syou|thx|cheers))|(?<![a-z])(?:(?:it|that|this|everything|all)\s(?:works|worked|is\sworking|did\sit|fixed\sit)|works\snow|(?:it'?s|is|are|all)\s(?:fixed|working|resolved|green)\s?(?:now)?$|fixed\snow|problem\ssolved|all\s(?:good|green)\snow|(?:everything|all|it|things)(?:'s|\sis|\sare)?\s(?:now\s)?back\sto\snormal)(?![a-z])|(?<![a-z])(?:now|again)\s(?:and|&)\s(?:working|green|fine|ok|okay)(?:\snow|\sagain)?(?=\s*[.!]*$)|直りました|直った|解決しました|復旧しました|うまくいきました|正常になりました|動きました|動くようになりました|動作するようになりました|正常に動作(?:しています|しました|するようになりました|していることを確認しました|を確認しました)|(?:全部|全て|すべて|全台)\s?(?:が|とも)?\s?(?:緑|オンライン)(?:になりました|に戻りました|です)|(?:response|エラー|症状|表示)\s?(?:が|も|は)?\s?(?:消えました|消えた|なくなりました|出なくなりました)/);
/**
 * The symptom said gone (R40B): "No HTTPS response is gone now", "the error went away", "the errors have cleared",
 * like 「No HTTPS responseが消えた」. The whole message is the remark (not "the error is gone for 3 of them": counted elsewhere),
 * or its last sentence after the steps done ("I set Medium-High and restarted IIS. The error went away.": R44C), or with what
 * made it go ("No HTTPS response cleared after Force Refresh.").
 */
const SYMPTOM_GONE =
  /(?:^|[.!;]\s)(?:(?:ok(?:ay)?|so|great|good\snews|nice|yay|and)[,!]?\s)?(?:the\s)?(?:["“']?no\s?https\s?response["”']?(?:\s(?:error|status|message))?|errors?|symptom|problem|issue)\s(?:(?:is|are|has|have)\s)?(?:(?:now|finally|all)\s)?(?:gone(?:\saway)?|went\saway|disappeared|cleared(?:\sup)?|vanished)(?:\s(?:now|finally|everywhere|from\s(?:the\s)?navigator))?(?:\s(?:after|with)\s(?:a\s|the\s)?(?:force\s?refresh|refresh|reboot|restart|iisreset|change)(?:\s(?:now|finally))?)?(?:[,.!]\s?(?:thanks?(?:\syou)?|thx|cheers)?)*[.!\s]*$/;
/**
 * More ways of saying the fix worked (QA round 16 #8): "that did the trick", "Fixed after the change, cheers",
 * "closing the case, thx", 「緑になりました」, 「C40は緑になった」, 「Navigatorで緑になりました」, 「無事つながりました」, 「ケースをクローズします」. Not "did the trick for
 * 3 of 10" (some systems only), not 「一部が緑になりました」, not 「SQL に無事つながりました」 (another part connects),
 * and (checked by the caller) not "not green yet", 「まだ緑になりません」.
 */
const WORKS_MORE_CHEAP = /trick|fixed|solved|resolved|sorted|緑|つなが|繋が|接続/;
const WORKS_MORE =
  /(?:^|(?<![a-z])(?:that|this|it|which)(?:'s|\shas)?\s)(?:did|done)\sthe\strick(?!\s(?:for|on|with)\s(?!(?:us|me|all|everything|both)(?![a-z])))|^(?:it'?s\s|all\s)?(?:fixed|solved|resolved|sorted)\s(?:after|with|by)\s(?:the\s|that\s|this\s|your\s)?(?:change|changes|fix|reboot|restart|iisreset|update|registry\schange)(?:\snow)?(?=$|[,.!;]|\s(?:thanks|thank\syou|thx|cheers))|(?:^|[、。!！\s]|[がはもらてで]\s?)緑(?:に|へ)(?:なりました|戻りました|変わりました|(?:なっ|戻っ|変わっ)た(?![らり]|か|けど|のに|が))|無事(?:に)?\s?(?:つなが|繋が)りました|無事(?:に)?\s?接続できました|(?:つなが|繋が)るようになりました|接続できるようになりました/;
/**
 * "closing the ticket", "ok, we'll close the case", 「クローズします」「ケースをクローズします」「このチケットはクローズします」 (FIX60B #3): the case closed, which says
 * nothing about the fix having worked (QA round 20 #10d): thanked, with the way back, not "good to hear it works".
 */
const CLOSE_CASE =
  /(?:^|[,.;!]\s)(?:(?:ok(?:ay)?|so|then)[,\s]\s?)?(?:closing|closed)(?:\s(?:it|now))?[.!\s]*$|(?:^|[,.;!]\s)(?:ok(?:ay)?,?\s|so,?\s)?(?:(?:we|i)(?:'ll|\swill|'re|\sare|\scan)\s)?(?:clos(?:e|ing))\s(?:the|this|our|my)\s(?:case|ticket|incident|sr)(?![a-z])|^(?:(?:では|じゃあ|それでは)[、\s]?)?(?:(?:(?:この|その)\s?)?(?:ケース|案件|本件|チケット)\s?(?:を|は)?\s?)?クローズ(?:します|しました|とします|させていただきます|で)|^(?:(?:では|じゃあ|それでは)[、\s]?)?(?:以上で|これで)\s?(?:作業|対応|すべて|全て)?\s?(?:は|も)?\s?(?:完了|終了)(?:です|しました|となります)?[。!！\s]*$|[。、]\s?(?:(?:では|じゃあ|それでは)[、\s]?)?(?:(?:(?:この|その)\s?)?(?:ケース|案件|本件|チケット)\s?(?:を|は)?\s?)?クローズ(?:します|しました|とします|させていただきます|で)(?:お願いします)?[。!！\s]*$/;
/** Only some systems, or another part of the system, in a JA closing of WORKS_MORE. */
const WORKS_MORE_NOT = /一部|いくつか|何台か|数台|半分|だけ|のみ|ほとんど|大半|(?<![a-z])(?:sql|db|telnet|ssh|rdp|vpn)(?![a-z])|データベース|リモート/;

function worksMoreIn(t: string): boolean {
  return WORKS_MORE_CHEAP.test(t) && WORKS_MORE.test(t) && !WORKS_MORE_NOT.test(t);
}
/**
 * A TLS test's result: a tool option ("-tls1_2", "--tlsv1.2", "--tls-max 1.2"), a version the client was
 * held to ("with TLS 1.2", 「TLS 1.2 だと」), a handshake, s_client's or curl's lines ("Protocol : TLSv1.2",
 * "Cipher is …"), or a tool named (openssl, s_client, curl, sslscan, nmap, Test-NetConnection).
 */
const TEST_RESULT =
  /(?<![\w-])-{1,2}tls|(?<![a-z])(?:with|using|via|over|forcing|held\sto|limited\sto)\s(?:only\s)?(?:tls|ssl)\s?v?\d?(?![a-z])(?!\S*\s(?:enabled|on|turned|switched|set|active))|handshake|protocol\s{0,4}:\s{0,4}tlsv|cipher\s(?:is|:)|cipher\s{1,4}:|(?<![a-z])(?:openssl|s_client|curl|sslscan|nmap)(?![a-z])|tls\s?v?1[._]?\d?\s?(?:だと|では|でなら)/i;
/**
 * The time before the upgrade or the change: "it worked fine before the upgrade", "before the upgrade it worked",
 * 「アップグレード前は動きました」. Past tense about then is not a closing (the problem is still open) unless the
 * message also says it works now ("works again now, like before the upgrade"). Cheap words first.
 */
const BEFORE_CHEAP = /before|prior|until|till|used\sto|previously|earlier|yesterday|last\s|前|まで|以前|もともと|元々|昨日|先週/;
const BEFORE_THEN =
  /(?<![a-z])(?:before|prior\sto|until|till|used\sto|previously|earlier|yesterday|last\s(?:week|month|night|year))(?![a-z])|(?:アップグレード|バージョンアップ|更新|移行|変更|パッチ|適用)(?:する)?(?:前|まで)|以前|もともと|元々|昨日|先週|前は/;
const NOW_TOO = /(?<![a-z])(?:now|again|works|is\sworking|are\sworking)(?![a-z])|今は|現在は?|また(?:動|正常)|再び|ようになりました/;
/**
 * A count of the systems back without its total ("7台復旧しました", "7 came back") or a number that may be a date
 * ("7/10 に復旧しました": restored on July 10, or 7 of 10): not every system said back, so not a closing.
 */
const COUNT_NO_TOTAL = /(?<![\d./])\d{1,5}\s?(?:台|つ|個)|(?<![\d./])\d{1,5}\s?\/\s?\d{1,5}(?![\d./])|(?<![\d.,/a-z])\d{1,5}\s(?:(?:of\s)?(?:them|the\s\w+)\s)?(?:have\s|has\s)?(?:came|come|are|is|got|were|work|recovered)(?![a-z])/;
/**
 * Something other than the failing systems said to work: 「SQL は正常に動作しています」「TMS の Web 画面は動いています」
 * 「他は正常に動作しています」: TMS's own parts or the others, not the incident closed.
 */
/**
 * 「正常に見えるようになりました」「正常に表示されるようになりました」 (QA52 #12): the look of it normal now, which closes the case
 * when told to the bot (LOOKS_NORMAL in closingIn), not when said to colleagues in a shared thread (REV26 #2: looksNormalOnlyIn).
 */
const LOOKS_NORMAL = /正常に(?:見える|表示される)ようになりました/;
/** The message says it works only in the LOOKS_NORMAL words (no other works words in it). */
export function looksNormalOnlyIn(t: string): boolean {
  return LOOKS_NORMAL.test(t) && !WORKS_NOW.test(t.replace(LOOKS_NORMAL, ' '));
}
/**
 * Works said of another environment, or with production still to come (REV26 #2): 「検証環境では正常に見えるようになりました。本番は明日です」,
 * 「ラボでは直りました」, "works in the lab now", 「別サイトは復旧しました」: not this incident closed (read as usual).
 */
const OTHER_ENV_WORKS =
  /検証(?:環境|機|用)|テスト環境|ステージング|ラボ|別(?:の)?\s?(?:サイト|拠点|環境|システム|サーバー?)|本番(?:環境)?\s?(?:は|が|で(?:は)?)\s?(?:明日|明晩|今夜|今晩|今週|来週|週末|これから|まだ|未|後日)|(?<![a-z])(?:lab|staging|test\s(?:env|environment|system|server)|other\s(?:site|environment)|production\s(?:is|will\sbe)\s(?:tomorrow|next|still|not))(?![a-z])/;
const JA_OTHER_WORKS = /(?:sql|tms|web|iis|ui|画面|ポータル|サーバー?|サービス|データベース|db|他|ほか|残り|一部)[^、。]{0,12}?(?:は|が|も)\s?(?:正常|動|問題な)/;
/**
 * A step of the fix said done, its object named: "the keys are fixed now", "registry values fixed", "the level is set
 * now": the step, not the incident ("Done, the keys are fixed now and the server was rebooted" asks for the check).
 */
const STEP_FIXED =
  /(?<![a-z])(?:(?:the|our|all\s(?:the)?|both)\s)?(?:(?:tls\s?1\.2|schannel|registry|reg|client|server|dword)\s)*(?:keys?|subkeys?|values?|registry|dwords?|entries|settings?|level|communication\ssecurity)\s(?:(?:are|is|were|was|have\sbeen|has\sbeen|got)\s)?(?:now\s|all\s|also\s)?(?:fixed|corrected|set|changed|updated)(?:\snow)?(?![a-z])/g;
/** A question ("…どう確認すればいいですか", "how do we know it worked") is not a closing remark. */
const CLOSING_NOT = /[?？]|(?:か|かな)\s*$|どう|どの|(?<![a-z])(?:how|what|whether|if|when|which)(?![a-z])/;
const NOT_WORKING = /(?:(?<![a-z])(?:not|still|no\slonger)|n't)(?![a-z])|ません|ない|まだ/;
/**
 * Every system counted back: "10 of 10 are back", "all 10 are back", "all of them are ok now", 「10台中10台 OK です」「10台中10台が緑です」
 * 「全台復旧しました」「全10台復旧」, "all 10 came back", "10/10 came back": the verification done (not "7 of 10 are back": a
 * partial success, nor "all services are back", nor "came back on 10/10": a date).
 */
const ALL_BACK =
  /(?<![\d.])(\d{1,5})\s(?:out\s)?of\s(?:the\s|our\s|all\s)?\1(?![\d.])\s(?:(?:endpoints?|systems?|codecs?|units?|devices?)\s)?(?:are|is)\s(?:now\s)?(?:all\s)?(?:back|ok|okay|fine|working|green|reachable)|(?<![a-z])all\s(?:\d{1,5}\s)?(?:of\s(?:them|the\s(?:endpoints|systems|codecs))\s|(?:endpoints|systems|codecs)\s)?(?:are|is)\s(?:now\s)?(?:back|ok|okay|fine|working|green|reachable)(?![a-z])|(?<![a-z])all\s(?:\d{1,5}\s)?(?:the\s)?(?:endpoints|systems|codecs)\s(?:now\s)?(?:back|ok|okay|fine|working|green|reachable)(?![a-z])|(?<![a-z])all\s\d{1,5}\s(?:now\s)?(?:green|ok|okay|fine|working)(?:\snow)?(?=$|[,.!;]|\s(?:thanks|thank\syou|thx|cheers))|(\d{1,5})\s?台\s?(?:中|のうち|の内)\s?\2\s?台\s?(?:とも|が|も|は)?\s?(?:ok|正常|問題(?:なし|ありません|ない)|大丈夫|復旧|緑)|(?:全台|全\s?\d{1,5}\s?台)\s?(?:とも|が|も)?\s?(?:ok|正常|問題(?:なし|ありません|ない)|大丈夫|復旧|緑)|(?<![a-z])all\s(?:\d{1,5}\s)?(?:of\s(?:them|the\s(?:endpoints|systems|codecs))\s|(?:the\s)?(?:endpoints|systems|codecs)\s)?(?:have\s)?(?:now\s)?(?:came\sback|come\sback|recovered)(?![a-z])|(?<![\d./]|(?:on|since|from|until|till|by|before|after|dated?)\s)(\d{1,5})\s?\/\s?\3(?![\d./])\s(?:(?:endpoints?|systems?|codecs?)\s)?(?:have\s)?(?:now\s)?(?:came\sback|come\sback|recovered|(?:are|is)\s(?:now\s)?(?:back|ok|okay|fine|working|green|reachable))(?![a-z])/;
/**
 * The rest counted back after a part (QA round 30 M7): "the last 2 are green too", "the remaining 3 are back now",
 * 「残りの2台も緑になりました」: with the part already back, every system works (not "the last 2 are still red").
 */
const REST_BACK =
  /(?<![a-z])the\s(?:last|remaining|other)\s(?:\d{1,5}|one|two|three|four|five)\s(?:[a-z0-9-]+\s)?(?:are|is)\s(?:now\s)?(?:also\s)?(?:back|ok|okay|fine|working|green)(?![a-z])|残り(?:の)?\s?\d{1,5}\s?台\s?(?:も|が|は)\s?(?:緑|復旧|正常|ok)/;
/**
 * After a partial success (some systems back, some still failing), the ones left said back too without "the remaining"
 * (R50A): 「Force Refreshしたら2台も緑になりました」「2台とも緑になりました」「その2台も復旧しました」, "those 2 are green now too",
 * "the 2 red ones are green now", "the other ones are green now", "2 are green now too", "2 more are green" (FIX5A). A bare count opens the message or a clause and has at most 3 digits:
 * "SQL 2014 is fine too", "ports 443 and 80 are ok too" count nothing (FIX7B). Only read with a partial success held (the caller
 * checks): alone, "2台も緑" does not say every system works. A count still failing ("2台も赤です", "2 are still red") is
 * no success word; a negation or "まだ" is refused (NOT_WORKING, by the caller).
 */
const REST_TOO_CHEAP = /台|green|back|ok|fine|working/;
const REST_TOO =
  /(?<![\d.])\d{1,5}\s?台\s?(?:も|とも)\s?(?:緑|復旧|正常|ok|直り|直っ|治り|解消)|(?:その|残った|赤だった|赤の|失敗していた|残っていた)\s?\d{1,5}\s?台\s?(?:も|が|は)\s?(?:緑|復旧|正常|ok|直り|直っ|治り|解消)|(?<![a-z])(?:those|these|the|both)\s(?:(?:\d{1,5}|two|three|four|five)\s)?(?:(?:red|failing|other|last|remaining)\s)?(?:ones\s|endpoints\s|systems\s|codecs\s|units\s)?(?:are|is)\s(?:now\s)?(?:also\s)?(?:back|ok|okay|fine|working|green)(?:\s(?:now|too|as\swell|also)){0,2}[.!\s]*$|(?<=(?:^|[.!;:,]\s{0,2})|(?<![\d.]\s?)(?<![a-z])(?:and|but|now|also|so|then|ok|okay|yes|great)\s)(?:\d{1,3}|one|two|three|four|five)(?![\d.,/])\s(?:more\s(?:(?:ones?|endpoints?|systems?|codecs?|units?)\s)?(?:are|is)\s(?:now\s)?(?:also\s)?(?:back|ok|okay|fine|working|green)(?:\s(?:now|too|as\swell|also)){0,2}|(?:(?:ones?|endpoints?|systems?|codecs?|units?)\s)?(?:are|is)\s(?:now\s)?(?:also\s)?(?:back|ok|okay|fine|working|green)(?:\snow)?\s(?:too|as\swell|also)(?:\snow)?)[.!\s]*$/;
/**
 * How many systems a "the rest too" message says came back (R54): 「2台も緑になりました」 (2), "those 2 are green now too" (2),
 * "the remaining three are back" (3); null when it gives no count ("the other ones are green now"). Call after restTooBackIn.
 */
const REST_COUNT = /(?<![\d.])(\d{1,5})\s?台|(?<![a-z\d.])(\d{1,5}|one|two|three|four|five)\s(?:[a-z0-9-]+\s)?(?:are|is)\s/;
const REST_COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
export function restTooCountIn(t: string): number | null {
  const m = REST_COUNT.exec(t);
  const n = m ? (m[1] ?? m[2]) : undefined;
  if (!n) return null;
  const v = REST_COUNT_WORDS[n] ?? Number(n);
  return v > 0 ? v : null;
}
/**
 * A failure said beside the rest counted back (FIX4B): 「8台も緑のままですが、2台は赤のままです」「その2台は緑ではなく赤です」
 * "those 2 are green now, the other 1 is red": not every system works. Read outside the matched words, so a subject
 * that names what was failing ("the 2 red ones are green now", 「赤だった2台も緑」) is still a success.
 */
const REST_TOO_FAILING = /赤|失敗|ではなく|じゃなく|のまま|(?<![a-z])(?:red|fail\w*)(?![a-z])/;
export function restTooBackIn(t: string): boolean {
  if (t.length > 120 || !REST_TOO_CHEAP.test(t) || CLOSING_NOT.test(t) || NOT_WORKING.test(t)) return false;
  const m = REST_TOO.exec(t) ?? REST_BACK.exec(t);
  return m !== null && !REST_TOO_FAILING.test(t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length));
}
/**
 * A failure word right after "came back": "all 10 came back red after the reboot", "all 10 came back failing",
 * "came back unreachable": they came back failing, not working (not a closing).
 */
const BACK_FAILING =
  /(?<![a-z])(?:came|come|comes|coming)\sback\s(?:up\s|online\s)?(?:(?:all|as|still|just|again)\s)?(?:red|failing|failed|fail|down|broken|unreachable|offline|dead|erroring|errored|in\serror|with\s(?:errors?|an?\serror|the\s(?:same\s)?error|no\shttps)|showing|no\shttps|not\s)(?![a-z])/;

/**
 * No trouble since a change was made (QA round 26 B1): "we haven't had problems since we set Medium-High", "We haven't
 * seen the error since we switched to Medium-High", "no issues since the change", 「Medium-Highにしてから問題は出ていません」
 * 「Medium-Highにしてからエラーは出ていません」: the fix worked (a negation that says it works, not that it fails). The
 * since-clause must name a change or a time after one ("since 2019" alone is not read); nothing may say something
 * still fails or is left out ("but", "except", "still", 「ただ」「以外」「まだ」).
 */
const FINE_SINCE_EN =
  /(?<![a-z])(?:(?:have|has|had)n['’]?t\s(?:had|seen|got|gotten|noticed)|(?:never|not)\s(?:had|seen|got|gotten|noticed)|(?:had|seen|noticed)\sno|there(?:['’]s|\s(?:have|has))\sbeen\sno|no)\s(?:any\s|more\s|further\s)?(?:(?:problems?|issues?|errors?|trouble|failures?|alerts?)|the\s(?:error|problem|issue|failure)|(?:the\s)?no\shttps\sresponse(?:\serrors?)?)\s(?:at\sall\s|anymore\s|again\s)?since\s(?:then|that|(?:we|i|you|they)\s(?:[a-z]+\s){0,2}?(?:set|changed|switched|moved|raised|applied|did|made|rebooted|restarted|went|updated|added|enabled|fixed|saved)|(?:the\s|your\s|that\s|this\s)?(?:change|fix|reboot|restart|registry|iisreset|update)|(?:setting|changing|switching|moving|raising|applying|rebooting|restarting|going)|medium-?high)(?![a-z])/;
const FINE_SINCE_JA =
  /(?:して|変更して|設定して|上げて|再起動して|適用して|変えて|切り替えて|切替えて|保存して)(?:から|以降)(?:は)?[、,]?\s?(?:特に|一度も)?\s?(?:問題|エラー|不具合|症状|no\shttps\sresponse)\s?(?:は|も)?\s?(?:一度も|特に|まったく|全く)?\s?(?:出て(?:い)?(?:ません|ない)|起きて(?:い)?(?:ません|ない)|発生して(?:い)?(?:ません|ない)|ありません|ない(?:です)?$)/;
const FINE_SINCE_NOT = /(?<![a-z])(?:but|except|until|till|only|still|however|apart|fail\w*|some|one|few)(?![a-z])|ただ|以外|まだ|一部|けど|けれど|のみ|だけ|(?:ません|ない(?:です)?)が/;

export function fineSinceIn(t: string): boolean {
  if (!(t.includes('since') || t.includes('から') || t.includes('以降'))) return false;
  return (FINE_SINCE_EN.test(t) || FINE_SINCE_JA.test(t)) && !FINE_SINCE_NOT.test(t.replace(FINE_SINCE_EN, ' '));
}

/**
 * A first report that names failing systems or a rollback beside "it works" (QA39 #2, #6): 「CE 9.15 の 4台がNo HTTPS response、
 * 同じ CE 9.15 の残り30台は正常です」, 「TC7.3.6 に上げたら No HTTPS response、TC7.3.5 に戻したら復旧しました」, "… No HTTPS response …
 * rolled it back to TC7.3.5, works again": some systems still fail, or the rollback is a workaround; not the incident closed.
 * Only with the symptom named in the same message (cheap test first).
 */
const FAILING_OR_ROLLED_BACK =
  /(?<![\d.])\d{1,5}\s?台\s?(?:が|は|で|とも)?\s?(?:「)?no\s?https(?!\s?response\s?(?:」)?\s?(?:でした|だった|になってい(?:まし)?た|が出てい(?:まし)?た))|(?:上げ|アップグレード|更新|バージョンアップ)(?:し)?たら\s?(?:「)?no\s?https|(?:に|へ)\s?戻し(?:たら|て)|(?<![a-z])(?:rolled|rolling|reverted|downgraded)(?![a-z])/;
/**
 * The symptom said to be there now, beside "the rest are fine" (QA59 #1): "One SX80 shows No HTTPS response, the remaining 29 are
 * fine", "only one of them is showing No HTTPS response", 「No HTTPS response になっているのは 1 台だけで、残り 29 台は正常です」,
 * 「1 台だけ No HTTPS response で、残りの 29 台は正常です」. Present forms only: "was showing", "showed", 「…でした」「…が出ていました」
 * are the time before (a closing may follow them).
 */
const FAILING_NOW =
  /(?<![a-z])(?<!(?:was|were|had\sbeen|been)\s)(?:shows?|showing|has|have|gets?|getting|still\s(?:shows?|has|gets?))\s(?:the\s|an?\s)?(?:error\s|status\s)?["“']?no\s?https|no\s?https(?:\s?response)?\s?(?:」)?\s?(?:になってい(?:る|ます)|が出てい(?:る|ます)|が出(?:る|ます)|のまま|です|で\s?[、,])|(?:だけ|のみ)\s?(?:が|は)?\s?(?:「)?no\s?https/;
export function failureBesideWorksIn(t: string): boolean {
  return /no\s?https/.test(t) && (FAILING_OR_ROLLED_BACK.test(t) || FAILING_NOW.test(t));
}

/**
 * The user's own success at the raised level (FIX19E, QA45 W1): "Medium-High can connect now, thanks", "… Medium-High can",
 * 「Medium-High にしたら接続できました」. A clause that says Medium (not Medium-High) cannot connect beside it is the old
 * state ("TMS at Medium cannot connect. Medium-High can."), read out before the failure words are looked for. Not the
 * probe card's "would connect", not a count or "some of them", not with a failure or a "but" said beside it (after the
 * old state is read out: "TMS at Medium cannot connect but Medium-High can" works).
 */
const MH = String.raw`(?:medium|med|mid)[\s_/+-]{0,2}(?:high|hi)(?![a-z])`;
/** Parts of TMS or other places said to work, not the systems it manages ("…and the web UI is fine", "…and the lab is green"). */
const NOT_SYSTEMS_JA = String.raw`(?:[^、。,]{0,12}(?:sql|web|iis|サーバ|サービス|データベース|画面|ポータル|ラボ|検証|テスト|他|ほか|残り|telnet|snmp))`;
const NOT_SYSTEMS = String.raw`(?:sql|web|ui|iis|services?|database|db|server|servers|tms|portal|lab|test|other|others|rest|telnet|snmp)(?![a-z0-9-])`;
const LEVEL_WORKS = new RegExp(
  String.raw`(?:^|[.;:!]\s|,\s?(?:and\s|but\s)?|(?<![a-z])(?:and|but|now|so|ok|okay|with|at|on)\s)(?:(?:tms|it)\s(?:at|on|with)\s)?(?:the\s)?${MH}(?:\s(?:level|setting))?\s(?:can(?:\sconnect)?|connects|works|is\sworking)(?:\snow)?(?:\s(?:to\s(?:them|the\s(?:endpoints|systems|codecs))|fine))?(?:\snow)?(?=$|[.;!]|,?\s(?:thanks|thank\syou|thx|cheers))` +
    String.raw`|${MH}\s?(?:に(?:し|変更し|上げ|切り替え|変え)たら|にして|では|で)\s?(?:(?:無事|すべて|全部|全台)\s?)?(?:接続(?:でき|し)ました|(?:つなが|繋が)りました|(?:接続でき|つなが|繋が)るようになりました)` +
    // "Medium-High fixed it, thanks", "Medium-High worked!", "the Medium-High change did it", "Medium-High was the fix" (QA58 #1): the
    // level named as what fixed it, the whole clause (not "…fixed it on node 1", "…worked in the lab", "…worked for the SX20s").
    String.raw`|(?:^|[.;:!]\s|,\s?(?:and\s|but\s)?|(?<![a-z])(?:and|so|ok|okay|yes|yep|great)\s)(?:the\s)?${MH}(?:\s(?:level|setting|change))?\s(?:(?:really|indeed|definitely)\s)?(?:worked|did\sit|fixed\s(?:it|this|that|things|everything|the\s(?:issue|problem|error))|solved\s(?:it|this|the\s(?:issue|problem))|sorted\s(?:it|this)(?:\sout)?|was\sthe\s(?:fix|answer|solution))(?:\s(?:for\sus|for\sall(?:\sof\sthem)?|for\sthem))?(?:\snow)?(?=\s*$|\s*[.;!]|,?\s(?:thanks|thank\syou|thx|cheers))` +
    // "we're on Medium-High now and the SX20 shows OK", "TMS is at Medium-High now, all endpoints are green" (QA58 #1): the level
    // said in place, beside the systems said to work, the whole message.
    String.raw`|^(?:(?:ok(?:ay)?|so|great|good\snews)[,\s]+)?(?:we(?:'re|\sare)|tms\sis|it(?:'s|\sis))\s(?:now\s)?(?:on|at)\s(?:the\s)?${MH}(?:\s(?:level|setting))?(?:\snow)?(?:,\s?(?:and\s|so\s)?|\s(?:and|so)\s)(?:(?:it|they|everything|all\sof\sthem)|(?:(?:the|our|all|all\sthe|both|all\sour)\s)?(?!${NOT_SYSTEMS})(?:[a-z0-9-]+\s(?!${NOT_SYSTEMS}))?[a-z0-9-]+)(?:'s|'re|\s(?:shows?|is|are|looks?))\s(?:now\s)?(?:all\s)?(?:ok|okay|green|fine|working|online|reachable|back)(?:\s(?:now|again))?(?=\s*$|\s*[.;!]|,?\s(?:thanks|thank\syou|thx|cheers))` +
    // 「Medium-High が効きました」「Medium-High で OK になりました」「Medium-High への変更で問題が解消しました」「今は Medium-High で、SX20 は OK です」 (QA58 #1).
    String.raw`|${MH}\s?(?:が|は)\s?(?:効きました|効いた|効果がありました|正解でした)` +
    String.raw`|${MH}\s?(?:で|に(?:して|したら|変更して|変更したら)|への変更で)\s?(?:(?:問題|症状|エラー)\s?(?:が|は)?\s?)?(?:解消しました|解消されました|ok\s?になりました|ok\s?です|正常に戻りました)` +
    String.raw`|^(?:今は|現在は?|いまは)\s?${MH}\s?(?:で|になっていて|にしてあり|にしていて)[、,\s]\s?(?!${NOT_SYSTEMS_JA})[^、。,]{1,20}?(?:は|も)\s?(?:ok|正常|緑|問題なし)\s?(?:です|になりました|に戻りました)?\s*[。!！]?\s*$`,
);
const MEDIUM_FAILED = new RegExp(
  String.raw`(?:(?:tms|it)\s(?:at|on|with)\s|(?<![a-z-])(?:at|on|with)\s)?(?<![a-z-])medium(?![\s_/+-]{0,2}(?:high|hi|ハイ))(?:\s(?:level|setting))?\s(?:cannot|can\snot|can't|could\snot|couldn't|does\snot|doesn't|did\snot|didn't|won't|fails\sto|failed\sto)\s(?:connect|work)(?![a-z])(?:,?\s(?:but|while|whereas)(?![a-z]))?` +
    String.raw`|(?<![a-z-])medium(?![\s_/+-]{0,2}(?:high|hi|ハイ))\s?(?:の\s?tms\s?|では\s?|だと\s?|で\s?)(?:は\s?)?(?:接続|つなが|繋が)(?:でき|れ|り)?(?:ません|ない|なかった)(?:でした)?(?:が|けど|けれど(?:も)?)?`,
  'g',
);
const LEVEL_WORKS_NOT =
  /(?<![a-z])(?:would|should|probe\w*|card|some|only|except|but|few|fail\w*|error\w*|telnet|snmp|\d+\s(?:of|out\sof))(?![a-z])|プローブ|一部|だけ|のみ|はず|けど|けれど|が、|ただ|以外|ダメ|だめ|駄目|エラー|失敗/;
export function levelWorksIn(t: string): boolean {
  if (!t.includes('hi') || !/can|work|connect|fix|solv|sort|did|ok|green|fine|online|reachable|back|接続|つなが|繋が|効|解消|正常|緑/.test(t)) return false;
  if (!LEVEL_WORKS.test(t)) return false;
  const u = t.replace(MEDIUM_FAILED, ' ');
  return !LEVEL_WORKS_NOT.test(u) && !NOT_WORKING.test(u);
}

/**
 * A closing remark with nothing else in it: "thanks, we'll do it tonight", 「ありがとうございます。今夜作業します」
 * (thanks first), "ok, will schedule it" (an acknowledgment first), "done, it works now!" (works). `asked`: the raw
 * message ended in a question mark (normIntent cuts it).
 * The caller checks that the message carries no fact. `otherEnvToo`: works said of another environment counts too (for an answer
 * that closes nothing: "it is fixed when…").
 */
export function closingIn(t: string, asked = false, otherEnvToo = false): 'thanks' | 'ack' | 'works' | 'closed' | null {
  if (t.length > 120 || CLOSING_NOT.test(t)) return null;
  // "with -tls1_2 it works", "TLS 1.2 handshake works": a test's result (evidence), not the incident closed.
  if (/tls|ssl|cipher|handshake/i.test(t) && TEST_RESULT.test(t)) return null;
  // "Medium-High can connect now", 「Medium-High にしたら接続できました」 (beside "Medium cannot": the old state): it works (FIX19E).
  // (Asked: "Medium-High can connect now?", its "?" cut by normIntent, is a question.)
  // ("In the lab, Medium-High fixed it": another environment's, not this incident closed.)
  if (!asked && levelWorksIn(t) && (otherEnvToo || !OTHER_ENV_WORKS.test(t))) return 'works';
  // (Not when TMS's own services or nodes are counted: "1 of 2 TMS nodes came back", 「2台のノードのうち1台が復旧しました」.)
  const systems = withoutOtherCounts(t);
  // "we haven't had problems since we set Medium-High", 「Medium-Highにしてから問題は出ていません」: fixed (QA round 26 B1).
  if (systems === t && fineSinceIn(t)) return 'works';
  if (systems === t && !NOT_WORKING.test(t) && !(t.includes('back') && BACK_FAILING.test(t))) {
    if (ALL_BACK.test(t) || REST_BACK.test(t)) return 'works';
    // "the keys are fixed now and the server was rebooted": a step of the fix done, not the problem (read without it).
    const u = t.includes('fixed') || t.includes('set') || t.includes('changed') ? t.replace(STEP_FIXED, ' ') : t;
    if ((WORKS_NOW.test(u) || LOOKS_NORMAL.test(u) || worksMoreIn(u) || ((u.includes('gone') || u.includes('away') || u.includes('disappear') || u.includes('clear')) && SYMPTOM_GONE.test(u))) && !JA_OTHER_WORKS.test(t) && (otherEnvToo || !OTHER_ENV_WORKS.test(t)) && !(BEFORE_CHEAP.test(t) && BEFORE_THEN.test(t) && !NOW_TOO.test(t)) && !(/\d/.test(t) && COUNT_NO_TOTAL.test(t))) return 'works';
  }
  if (/clos|クローズ|完了|終了/.test(t) && CLOSE_CASE.test(t) && !NOT_WORKING.test(t)) return 'closed';
  const first = t.split(/[,、。.!！]\s*/)[0]?.trim() ?? '';
  if (THANKS.test(first)) return 'thanks';
  // "thanks team", "thanks *so* much @here", 「ありがとうございます 助かりました」: thanks with a few words after it
  // (not "thanks but it still fails": a fact in it is read by the caller all the same).
  const lead = THANKS_LEAD.exec(first);
  if (lead && !THANKS_BUT.test(first) && first.slice(lead[0].length).trim().split(/\s+/).length <= 6) return 'thanks';
  if (ACK.test(first) && first.length > 2) return 'ack';
  if (laterIn(t)) return 'ack';
  return null;
}

/**
 * The fix said to work in a clause of a longer message, before a question: "TMS 15.9, …, Medium-High done and it
 * works now. Can we also disable TLS 1.0?", 「…、Medium-High 済みで解決しました。ついでに…？」 (QA round 16 #8). One of
 * the last two clauses is a closing that says it works, and nothing in the text says something still fails.
 */
const WORKS_CLAUSE_CHEAP = /work|fix|solv|resolv|sort|green|trick|back|直|解決|復旧|動|緑|つなが|繋が|消え/;
const WORKS_CLAUSE_SPLIT = /[,.;!]\s+|[、。！!]|\s(?:and|but|so)\s/;
export function worksClauseIn(text: string): boolean {
  const t = normIntent(text);
  if (!WORKS_CLAUSE_CHEAP.test(t) || NOT_WORKING.test(t) || /[?？]/.test(t) || /(?<![a-z])(?:fail\w*|error\w*|broken)(?![a-z])|エラー|失敗|だめ|ダメ/.test(t)) return false;
  const parts = t.split(WORKS_CLAUSE_SPLIT).map((x) => x.trim()).filter(Boolean);
  return parts.slice(-2).some((x) => closingIn(x) === 'works');
}

/**
 * "start over", "reset", "new case" and the like, in English command words and nothing else (a text
 * already normalised by normIntent()): a command, not a sign of the user's language (a Japanese
 * conversation that is started over stays Japanese).
 */
export function startOverCommandIn(t: string): boolean {
  return t.length <= 60 && /^[ -~]+$/.test(t) && START_OVER.test(t);
}

/** Words that do not reveal the user's language (versions, product names, level names). */
const NEUTRAL_WORDS = new Set(
  'tms sql server servers windows win roomos room ce tc os medium high low mid med hi lo default remote local express version ver rtm sp cu https http tls ssl codec codecs endpoint endpoints kb build standard enterprise microsoft cisco telepresence management suite collaboration software pkg ok yes no ms os kb sp cu ce tc hi lo'.split(' '),
);

/**
 * English words the engine knows (function words, the words of this problem and of replies to it): in a Japanese
 * conversation, a message in Latin letters turns the answer to English only when one of them is in it ("asdkjh qwe zzz",
 * a random string: no language signal, the conversation's language is kept). Inflections are read by their stem.
 */
const ENGLISH_WORDS = new Set(
  (
    'a an the and or but if so then than that this these those there here it its is are was were be been being am do does did done doing have has had ' +
    'i me my we us our you your he she they them their what which who whom whose when where why how not no nor yes yeah yep nope ok okay sure ' +
    'can could will would shall should may might must need needs let get got go went gone come came make made take took give gave see saw seen say said tell told ' +
    'know knew think thought try tried use used want like just also still yet already again only even now today tonight tomorrow yesterday later soon ' +
    'all any some none each every both either neither one two three few many much more most less least other another same new old next last first ' +
    'in on at by for from to of with without about after before since until into onto over under up down out off back away through between ' +
    'please thanks thank thx ty sorry hi hello hey bye help start stop reset over again hmm um uh lol ' +
    'work works worked working fix fixed fixing issue problem error errors fail failed failing failure broken wrong right fine good bad great same ' +
    'reboot rebooted restart restarted reload change changed set enable enabled disable disabled turn turned on off check checked key keys registry ' +
    'value values missing exist exists found find file files kit script run ran paste pasted output log logs capture trace wireshark packet ' +
    'step steps answer question customer user users site office team node nodes cluster redundant primary secondary active passive ' +
    'endpoint device devices system systems room rooms call calls meeting meetings navigator error response no https certificate cert ' +
    'upgrade upgraded downgrade downgraded update updated install installed patch level security setting settings option options tool tools ' +
    'service services database db instance level why because cause reason still happening again nothing everything something anything ' +
    'is isn aren wasn weren don doesn didn can cannot couldn won wouldn shouldn haven hasn hadn im ive youre dont cant wont ' +
    'english japanese language reply speak write ' +
    'connect connected connection connections close closed open opened opens lost lose management manage managed monitor shows show showing shown ' +
    'seems seem look looks looked same different happen happened happens sometimes always never often every while during once twice ' +
    'server box machine vm host port network firewall proxy dns address name names list page screen message messages alert alerts ticket tickets ' +
    'green red yellow status state online offline up down alive dead slow fast timeout timed refused reset rst hello handshake ' +
    'wait waiting waited sent send receive received getting gets giving went coming goes going keep kept leave left ' +
    'very really quite too enough maybe probably perhaps actually exactly about around almost ' +
    'boss manager colleague vendor partner ask asked asking mean means meant understand confused clear unclear idea ' +
    'thing things way ways time times minute minutes hour hours day days week weeks'
  ).split(' '),
);

/** A word the engine knows as English (by itself or by its stem: "rebooted", "checks", "failing"). */
function knownEnglish(w: string): boolean {
  if (ENGLISH_WORDS.has(w)) return true;
  const stem = /^(.{3,}?)(?:ing|ed|es|s|ly|er)$/.exec(w)?.[1];
  return !!stem && (ENGLISH_WORDS.has(stem) || ENGLISH_WORDS.has(`${stem}e`) || (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && ENGLISH_WORDS.has(stem.slice(0, -1))));
}

/**
 * The language of the text, or the current one when the text does not tell (numbers, versions). In a Japanese
 * conversation, Latin letters with no English word the engine knows (a garbage paste, a random string) do not tell either.
 */
export function languageOf(text: string, current: Lang): Lang {
  if (detectLang(text) === 'ja') return 'ja';
  // (An identifier such as ERR_CONNECTION_CLOSED, pasted from a tool, is not the user's language: read only as a whole word.)
  const lower = text.slice(0, MAX_MESSAGE).toLowerCase();
  const words = (current === 'ja' ? lower.replace(/[a-z0-9]+(?:_[a-z0-9]+)+/g, ' ') : lower).match(/[a-z]{2,}/g) ?? [];
  let short = 0;
  for (const w of words) {
    if (NEUTRAL_WORDS.has(w) || /^(?:s\d|tc|ce)/.test(w)) continue;
    if (current !== 'ja') return 'en';
    // (A two-letter word alone may be a piece of a random string: "xKto9q" holds "to"; two of them, or a longer word, tell.)
    if (knownEnglish(w) && (w.length > 2 || ++short >= 2)) return 'en';
  }
  // Only Latin words the engine does not know (a garbage paste): no language signal, the conversation's language is kept.
  return current;
}
