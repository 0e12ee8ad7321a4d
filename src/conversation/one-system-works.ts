/**
 * "set it back to TLSv1.2 on one codec and it works now!", 「1台で TLSv1.2 に戻したら直りました」 (QA49 F10): the change worked on
 * one system, tried there first. That is a partial success, not the case closed while the other systems still fail: the
 * answer says to make the same change on the others and keeps the case open. "it works now", 「直りました」 (no "one") close as
 * before. Bounded input; gated on the digit/word "one" before the pattern runs.
 */
import type { LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { next, para, reply } from './compose';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

const UNIT_EN = String.raw`(?:codecs?|endpoints?|systems?|units?|devices?|rooms?|room\s?kits?|boards?|desks?|(?:sx|mx|dx|ex)\d{2,3}s?)`;
/** "on one codec", "on just one endpoint", "on a single Room Kit", "one of them", "on the first codec", "on a test codec". */
const ONE_EN = new RegExp(
  String.raw`(?<![a-z])(?:(?:on|for|with|in)\s(?:just\s|only\s)?(?:one|1|a\s(?:single|test|pilot)|the\sfirst|a\sfirst)\s(?:[a-z-]+\s)?${UNIT_EN}|(?:on|for|with)\s(?:just\s|only\s)?one\sof\s(?:them|the\s${UNIT_EN}|our\s${UNIT_EN}))(?![a-z])`,
  'i',
);
/** 「1台で」「1台だけ」「一台目で」「1台のコーデックで」「テスト機で」. */
const ONE_JA = /(?:1|一)\s?台(?:目)?\s?(?:の\s?(?:コーデック|端末|エンドポイント|機器)\s?)?(?:で|だけ|のみ)|テスト機\s?(?:で|だけ)/;
/** Others said to fail still ("2 are green, 1 is still red", 「1台はまだ赤です」): a count, read by the partial-success reader. */
const STILL = /(?<![a-z])still\s(?:fail|red|show|broken|down|not)|まだ/i;
/** …but all of them, or the rest too ("on one codec first, now all 40 are green"): the whole case, not one system. */
const ALL_TOO = /(?<![a-z])(?:all\s(?:of\s)?(?:them|\d+|the\s(?:others|rest))|everything|every\s(?:one|codec|endpoint|system)|the\s(?:rest|others)\s(?:too|as\swell|also)|(?:rest|others)\s(?:are|work|came))(?![a-z])|全(?:部|台|て)|すべて|残り(?:も|の\s?\d+\s?台も)/i;

/** Does the message scope the success to one system (tried on one first)? */
export function oneSystemWorksIn(text: string): boolean {
  const t = text.slice(0, 300).normalize('NFKC');
  if (!/one|1|一|single|first|test|pilot|テスト/i.test(t)) return false;
  return (ONE_EN.test(t) || ONE_JA.test(t)) && !ALL_TOO.test(t) && !STILL.test(t);
}

const TEXT = L(
  'Good: it works on that one system, so the change is the right one. The case stays open while the others still fail: make the same change on each of the other systems that show "No HTTPS response" (with many of them, a macro or a provisioning template saves time), then refresh them in Systems > Navigator (Force Refresh, or wait for the next poll) and tell me whether they all work.',
  '1 台で直ったとのこと、よかったです。その変更が正しいということです。ただし、ほかのシステムがまだ失敗しているうちは、この件は完了ではありません。「No HTTPS response」が表示されているほかのシステムにも、それぞれ同じ変更を行ってください（台数が多い場合は、マクロやプロビジョニングのテンプレートを使うと効率的です）。そのあと [Systems] > [Navigator] で更新し（[Force Refresh]、または次のポーリングを待つ）、すべて直ったかお知らせください。',
);

/** The answer: that one works, do the same on the others; nothing recorded, the case stays open. */
export function onOneSystemWorks(s: ConversationState): TurnResult {
  return { state: next(s, {}), replies: [reply(s.lang, [para(TEXT[s.lang])])] };
}
