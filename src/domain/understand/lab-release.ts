/**
 * A release said to be a lab or test system's, not the case's (QA49 F6): "sorry, 14.6.2 was the lab box", "14.6.2 is
 * the test TMS", 「あ、すみません、14.6.2 は検証環境のほうでした」: the release is the subject, so it points back at a value
 * said before. Only a statement: a question, a plan ("we'll upgrade the lab to 15.13") or a line that also names
 * production ("prod is 15.2.1, the lab is 14.6", prodAndTestTms) is none; a lab server described with its release ("the
 * lab TMS is 15.2", 「検証環境のTMSは14.6です」) is another TMS, read by the extractor  (otherTms), not this.
 * Pure, linear (bounded patterns).
 */
import { nfkc } from '../nfkc';
import { ENV_MORE_WORDS_EN, ENV_WORDS_EN, ENV_WORDS_JA, wordsBut } from './other-machine';

/** Cheap gate: a lab or test word. */
const LAB_FAST = /lab|test|stag|dev|uat|sandbox|demo|検証|テスト|ステージング|開発|評価|ラボ|試験/i;

const REL = String.raw`v?(\d{1,2}\.\d{1,2}(?:\.\d{1,4}){0,2})`;
/** other-machine.ts's environment words, all of them, with "stage" and 「開発」「評価」「試験」 (a noun or the copula follows). */
const LAB_EN = String.raw`(?:${ENV_WORDS_EN}|stage|${ENV_MORE_WORDS_EN})(?:\s(?:tms|box|server|system|environment|env|instance|vm|machine|one|setup|side|node))?`;
const LAB_JA = String.raw`(?:${ENV_WORDS_JA}|開発|評価|試験)\s?(?:環境|系|サーバー?|機|用)?`;

/** "14.6.2 was the lab box", "14.6.2 is on the test server", "14.6.2 is only our staging TMS". */
const REL_IS_LAB = new RegExp(
  String.raw`(?<![\d.])(?:tms\s)?${REL}\s(?:is|was|=|belongs\sto|came\sfrom|is\sfrom|was\sfrom|is\son|was\son|runs\son|ran\son)\s(?:(?:just|only|actually|really)\s)?(?:(?:on|from|for|in)\s)?(?:the|our|a|that)\s(?:old\s)?${LAB_EN}(?![a-z])`,
  'i',
);
/** 「14.6.2 は検証環境のほうでした」「14.6.2 はテスト用の TMS です」「14.6.2 は検証機の話でした」. */
const REL_IS_LAB_JA = new RegExp(String.raw`(?<![\d.])(?:tms\s?)?${REL}\s?(?:は|が)\s?${LAB_JA}\s?(?:の\s?(?:ほう|方|もの|やつ|tms|サーバー?|話|バージョン))?\s?(?:でした|です|だった|だ|の話|のこと)`, 'i');

/** Words that make it no statement of what the lab runs now: a question, a plan, a wish, production named too. */
const NOT_A_STATEMENT =
  /[?？]|(?<![a-z])(?:will|going\sto|gonna|plan(?:ning)?|should|could|would|can|let'?s|want|try|upgrade|downgrade|move|prod|production|live)(?![a-z])|予定|つもり|しましょう|しよう|できますか|ますか|でしょうか|アップグレード|ダウングレード|本番|移行/i;

/** The release said to be a lab or test system's, or null. */
export function labReleaseIn(text: string): string | null {
  if (!text || text.length > 300 || !/\d/.test(text) || !LAB_FAST.test(text)) return null;
  const t = nfkc(text);
  if (NOT_A_STATEMENT.test(t)) return null;
  const m = REL_IS_LAB.exec(t) ?? REL_IS_LAB_JA.exec(t);
  return m ? m[1] : null;
}

/**
 * The lab words of the place and subject readers below, from other-machine.ts's lists (one source: QA63 #6 came back for
 * "demo", 「試験環境」 while these had their own lists). English: all of ENV_WORDS_EN and ENV_MORE_WORDS_EN but "testing" ("in
 * testing" is a phase, not a system); Japanese: ENV_WORDS_JA with 「開発」「試験」 (a noun or a particle follows each here).
 */
const LAB_WORDS_EN = `${wordsBut(ENV_WORDS_EN, 'testing')}|${ENV_MORE_WORDS_EN}`;
const LAB_WORDS_JA = `${ENV_WORDS_JA}|開発|試験`;
/** Cheap gate of labPlaceIn: one of those words. */
const LAB_WORD = new RegExp(`${LAB_WORDS_EN}|${LAB_WORDS_JA}`, 'i');

/** "in the lab", "on the test server", "in our staging environment"; 「検証環境では」「テスト環境で」「ラボの方は」. */
export const LAB_PLACE_EN = new RegExp(
  String.raw`(?<![a-z])(?:in|on|at)\s(?:the\s|our\s|a\s|my\s)?(?:${LAB_WORDS_EN})(?:\s(?:environment|env|server|box|system|vm|setup|site|instance|machine))?(?![a-z-])`,
  'i',
);
export const LAB_PLACE_JA = new RegExp(String.raw`(?:${LAB_WORDS_JA})(?:環境|用|系|機|サーバー?)?\s?(?:では|で|の\s?(?:方|ほう)は|側(?:で)?は)`);
/** …but not when production is named in the clause too, or the lab is denied ("not in the lab", 「検証環境ではなく」). */
const LAB_PLACE_NOT = /(?<![a-z])(?:prod|production|live|not|isn['’]?t|aren['’]?t|outside)(?![a-z])|本番|ではな|じゃな|以外/i;
/** The clause is nothing but the lab place ("in the lab", "and on the test server:", 「検証環境では」): a lead-in. */
export function labPlaceAlone(clause: string): boolean {
  const rest = clause.replace(new RegExp(LAB_PLACE_EN.source, 'gi'), ' ').replace(new RegExp(LAB_PLACE_JA.source, 'g'), ' ');
  return !/[0-9a-z\u3040-\u30ff\u4e00-\u9fff]/i.test(rest.replace(/(?<![a-z])(?:and|but|also|btw|however|meanwhile)(?![a-z])|また|なお|一方/gi, ' '));
}
/**
 * The lab or test server as the subject, with no TMS release after it: "lab TMS is on Windows Server 2025", "the test server
 * runs 2019", 「検証環境の TMS は Windows Server 2025 です」 (QA63 #6: the Windows release replaced production's). "lab", "test"
 * only at the clause's start or after a determiner ("we test server 2019" is no lab). A TMS release right after the server
 * ("lab TMS 14.6.2") is another TMS, read by the extractor (otherTms), not this.
 */
export const LAB_SUBJECT_EN = new RegExp(
  String.raw`(?:^\s*|(?<![a-z])(?:the|our|a|my|btw|and|but)\s)(?:${LAB_WORDS_EN})\s(?:tms|server|box|vm|machine|system)(?:['’]s)?(?=\s(?:is|runs|has|was|uses|sits)\s)(?!\s(?:is\s|runs\s|was\s)?v?\d)`,
  'i',
);
export const LAB_SUBJECT_JA = new RegExp(String.raw`(?:${LAB_WORDS_JA})(?:環境|用|系|機)?\s?の\s?(?:tms|サーバー?)\s?(?:は|も)(?!\s?(?:tms\s?)?v?\d{1,2}\.\d)`, 'i');
const LAB_SUBJECT_WORD_EN = new RegExp(String.raw`(?<![a-z])(?:${LAB_WORDS_EN})\s(?=(?:tms|server|box|vm|machine|system)(?![a-z]))`, 'gi');
const LAB_SUBJECT_WORD_JA = new RegExp(String.raw`(?:${LAB_WORDS_JA})(?:環境|用|系|機)?\s?の\s?(?=(?:tms|サーバー?)\s?(?:は|も))`, 'gi');
/** The text with the lab word of its lab subject left out ("lab TMS is on 2025" → "TMS is on 2025"): read as if the case's. */
export function withoutLabSubject(text: string): string {
  return text.replace(LAB_SUBJECT_WORD_EN, '').replace(LAB_SUBJECT_WORD_JA, '');
}
/** Does the clause put its values in a lab or test system (FIX62A #8)? */
export function labPlaceIn(clause: string): boolean {
  if (clause.length > 400 || !LAB_WORD.test(clause)) return false;
  return (LAB_PLACE_EN.test(clause) || LAB_PLACE_JA.test(clause) || LAB_SUBJECT_EN.test(clause) || LAB_SUBJECT_JA.test(clause)) && !LAB_PLACE_NOT.test(clause);
}
