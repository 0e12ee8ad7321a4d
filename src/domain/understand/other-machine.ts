/**
 * The words that say a machine (or an organisation) is not the one this case is about: "the old server", "a lab box",
 * 「旧サーバ」「検証環境の」, "the customer's", 「先方の」 (REV28 #6). One set of pieces; each reader builds its pattern from them,
 * and where a reader needs fewer words its variant says so where it is built (the words it leaves out were never tested
 * there). Regex sources for the `i` flag, alternations without groups (wrap them in (?:…)). Order is free: every reader
 * bounds them (a space, a noun or (?![a-z]) after).
 */

/** An environment other than production: "lab", "test", "staging", "dev". */
export const ENV_WORDS_EN = 'lab|test|testing|staging|dev';
/** Another one: "other", "another". */
export const ELSE_WORDS_EN = 'other|another';
/** Another one, said by its difference: "different", "separate". */
export const APART_WORDS_EN = 'different|separate';
/** A machine before or after a replacement: "old", "new", "previous", "legacy". */
export const AGE_WORDS_EN = 'old|older|new|newer|previous|prior|legacy|former';
/** A machine in a migration: "target", "source", "destination". */
export const MIGRATION_WORDS_EN = 'target|replacement|migration|destination|source';
/** A standby machine: "backup", "spare", "DR". */
export const STANDBY_WORDS_EN = 'backup|spare|dr';
/** Not the one meant: "the wrong server", "wrong box". */
export const WRONG_WORDS_EN = 'wrong';
/** Rarer names of a lab than ENV_WORDS_EN's: "uat", "sandbox", "demo" (readers of a lab system add them; not in the others). */
export const ENV_MORE_WORDS_EN = 'uat|sandbox|demo';

/**
 * A machine that is not the TMS server in use now, before its noun ("the old server", "the DR box", "the migration target
 * VM"): every piece above but APART (rev26 #4: merge.ts's bare correction, extract.ts's Windows keyword lookbehinds).
 */
export const OTHER_SERVER_WORDS_EN = [ENV_WORDS_EN, ELSE_WORDS_EN, AGE_WORDS_EN, MIGRATION_WORDS_EN, STANDBY_WORDS_EN].join('|');
/** The nouns OTHER_SERVER_WORDS_EN goes with for a server. */
export const SERVER_NOUNS_EN = 'server|box|host|machine|vm';
/**
 * The same before 「サーバ」: 「旧」「新しい」「検証環境の」「テスト用の」「移行先の」「別の」「予備の」 (rev26 #4). Ends where
 * 「(TMS) サーバ」 starts.
 */
export const OTHER_SERVER_PREFIX_JA = '旧|新|新しい|古い|以前の|前の|検証(?:環境)?(?:用)?の?|テスト(?:環境)?(?:用)?の?|ラボの?|移行先の?|移行元の?|別の?|他の?|予備の?';

/**
 * An environment other than production in Japanese, said alone: 「検証」「テスト」「ラボ」「ステージング」. Not 「開発」: alone it is
 * also 「開発元」 (the vendor), so each reader adds it where a noun or a particle follows (「開発環境」「開発で」).
 */
export const ENV_WORDS_JA = '検証|テスト|ラボ|ステージング';
/** Another one in Japanese, before its noun: 「別の」「他の」 (each reader says whether の must follow). */
export const ELSE_WORDS_JA = '別|他';

/**
 * `words` (one of the pieces above) without `left` ("ENV_WORDS_EN but testing"): a reader whose list is narrower says which
 * words it leaves out where it is built. Throws at load on a word the piece does not have (a typo would widen nothing silently).
 */
export function wordsBut(words: string, ...left: string[]): string {
  const all = words.split('|');
  for (const w of left) if (!all.includes(w)) throw new Error(`wordsBut: '${w}' is not in '${words}'`);
  return all.filter((w) => !left.includes(w)).join('|');
}

/** Another organisation, by its role: "customer", "partner", "vendor" (a stem: the caller adds 's, s, s'). */
export const OTHER_ORG_WORDS_EN = 'customer|client|partner|vendor|supplier';
/** Another organisation in Japanese: 「お客様」「先方」「取引先」「パートナー」. */
export const OTHER_ORG_WORDS_JA = 'お客様|顧客|客先|先方|取引先|相手先|パートナー';
