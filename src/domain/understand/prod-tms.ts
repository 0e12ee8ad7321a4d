/**
 * Production's release said alone (FIX60A #1): "prod is 14.6", "production is on 14.6", "our prod TMS: 15.13", 「本番は14.6です」
 * 「本番環境は 14.6 です」. Production is the case's TMS (as "prod is 15.9, staging is 14.6" is read, tms-servers prodAndTestTms), when
 * the release is one TMS has (13–15; "prod is 11.5" is a RoomOS release, no TMS's). Only a statement of now: not a question
 * ("prod is 14.6?"), a condition ("if prod is 14.6"), a plan ("prod is 15.13 next month", 「本番は15.13にする予定」), a denial
 * ("prod isn't 14.6", 「本番は14.6ではありません」), the past ("prod was 14.6") or another site's or server's production ("the other
 * site's prod is 14.6"). Pure, linear (bounded patterns), the cheap word test first.
 */
import { TMS_RELEASE as REL } from './tms-release';

const FAST = /prod|本番/i;
const PROD_EN = new RegExp(
  String.raw`(?<![a-z])(?:prod|production)(?:\s(?:tms|server|environment|env|system|instance|box))?\s?(?:(?:is|runs|is\son|is\srunning|is\sat|runs\son|'s|’s)\s|[:=]\s?)(?:still\s|currently\s|now\s)?(?:on\s)?(?:tms\s?)?${REL}`,
  'i',
);
const PROD_JA = new RegExp(String.raw`本番\s?(?:環境|系|サーバー?|機)?\s?(?:の\s?tms\s?)?(?:は|が|[:：])\s?(?:tms\s?)?${REL}\s?(?=です|だ|[。、,.\s]|$)`, 'i');

/** What makes it no statement of production now, in the sentence before the match. */
// (REV37 #1: "their prod", 「他社の本番」 are another organisation's production, as "the other site's" is.)
// (REV37 #11: the user's own belief, "I think prod is 14.6", "we guess …", is read, as 「本番は14.6だと思います」 and "I think TMS is
// 14.6" are; someone else's or a question's is not: "do you think prod is 14.6", "Tom thinks …". "I thought prod is 14.6" was a
// belief now given up.)
const BEFORE_NOT = /(?<![a-z])(?:if|when|once|unless|whether|suppose|supposing|assuming|other|another|second|2nd|sister|partner|their|old|previous|former|new|will|would|should|could|might|maybe|perhaps|thought|thinks|guesses)(?![a-z])|(?<![a-z])(?<!(?<![a-z])(?:i|we)\s)(?:think|guess)(?![a-z])|n['’]t\s|(?:もし|他の|別の|旧|新しい|新)\s?$|site\s?\w*['’]s\s|もし|他の|別の|他拠点|別拠点|他社|別会社/i;
/** …and after it, up to the sentence's end. */
// (REV37 #1: "prod is 14.6 at site B", "… at the other site": another site's production. 「本番は14.6だと思っていましたが」: a belief given up.)
const AFTER_NOT = /^[^.!?。！？\n]{0,60}?(?:[?？]|(?<![a-z])(?:at|in|on|for)\s(?:the\s)?(?:other|another|a\sdifferent|second|their)\s|(?<![a-z])(?:at|in)\ssite\s|(?<![a-z])(?:next|tomorrow|tonight|soon|later|planned|scheduled|after\sthe\supgrade|by\sthe\send|will)(?![a-z])|予定|つもり|から|ではな|じゃな|ですか|ますか|でしょうか|なら|だったら|にする|に上げ|へ|と思って(?:い|お)?(?:まし)?た)|^\s?(?:ですか|か[?？。]?|\?)/i;

/** The release production is said to run now, or null. */
export function prodTmsAlone(text: string): string | null {
  if (!FAST.test(text)) return null;
  const t = text.slice(0, 2000);
  const m = PROD_EN.exec(t) ?? PROD_JA.exec(t);
  const rel = m?.[1];
  if (!m || !rel || !/^1[3-5]\./.test(rel)) return null;
  const before = t.slice(0, m.index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('？')) + 1;
  if (BEFORE_NOT.test(before.slice(start))) return null;
  if (AFTER_NOT.test(t.slice(m.index + m[0].length))) return null;
  return rel;
}
