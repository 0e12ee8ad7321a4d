/**
 * "what do you make of the log?", "anything in the log?", 「このログから何かわかりますか」 (QA64 #11): asked after a pasted log, the
 * log's reading said again (state.logRead: what it showed), not "I don't know that one" nor silence in a thread; with no log
 * read in this conversation, where to paste it. Pure; the recognisers are anchored and bounded (short messages only).
 */
import type { Lang } from '../domain/types';
import { nfkc } from '../domain/nfkc';
import { next, para, reply } from './compose';
import { logNothingRelevant } from './raw-paste';
import type { ConversationState, TurnResult } from './types';

const ASKED_EN =
  /^(?:(?:so|and|ok|okay|hey|well)[,\s]+)?(?:what\s(?:do\syou\smake\sof|do\syou\ssee\sin|can\syou\s(?:tell|see|read)\s(?:from|in)|does|did)|anything\s(?:useful\s|interesting\s)?in|did\syou\s(?:see|find)\sanything\sin|(?:any\s)?thoughts\son|how\sdoes)\s(?:the|this|that|my|our)\s(?:log|logs|log\sfile|paste|output)(?:\s(?:say|show|tell\s(?:you|us)|look|mean|above))?(?:\s(?:from\sit|in\sit|there))?\s*[?？]*\s*$/;
const ASKED_JA =
  /^(?:(?:この|その|上の|さっきの|先ほどの|貼った|貼り付けた)\s?)?ログ(?:から|で|を見て|について|の内容(?:から)?|は)\s?(?:何か|なにか)?\s?(?:わかり|分かり|言え|読み取れ|どう|いかが)[^。]{0,12}[?？]?\s*$/;

/** Is this a question about the pasted log? */
export function logAskedIn(text: string): boolean {
  if (text.length > 120) return false;
  const t = nfkc(text).toLowerCase().trim();
  return ASKED_EN.test(t) || ASKED_JA.test(t);
}

const NONE = {
  en: 'I have not read a log in this conversation yet. Paste it here (or share the file) and I will say what it shows.',
  ja: 'この会話ではまだログを読んでいません。ここに貼り付けるか、ファイルを共有していただければ、何がわかるかをお伝えします。',
};

export function onLogAsked(s: ConversationState, lang: Lang): TurnResult {
  const r = s.logRead;
  const text = r ? logNothingRelevant(r.lines, r.event, { symptom: r.symptom, reset: r.reset, asked: false, again: true })[lang] : NONE[lang];
  return { state: next({ ...s, lang }, {}), replies: [reply(lang, [para(text)])], route: 'log-asked' };
}
