/**
 * Service Control Manager event 7036, a service's state changed, English and Japanese Windows: "The SQL Server (MSSQLSERVER)
 * service entered the stopped state.", 「SQL Server (MSSQLSERVER) サービスは 停止 状態に移行しました。」「… 実行中 状態に移行しました。」.
 * One pair for both readers: the evidence reader (src/evidence/text.ts) reads a pasted line with it; the SQL-down reader strips
 * the line's words from a sentence (a logged stop is no outage told).
 */

/** The words of the line: group 1 the display name, group 2 the state. */
const WORDS_EN = String.raw`([A-Za-z0-9][\w$ ().-]{0,79}?) service entered the (running|stopped|paused) state`;
const WORDS_JA = String.raw`(?<![\w$().-])([A-Za-z0-9][\w$ ().-]{0,79}?)\s?サービスは\s?(実行中|停止|一時停止)\s?状態に移行しました`;

/** A pasted 7036 line, at a line start, after a colon or a tab, or after two spaces: group 1 the display name, 2 the state. */
export const SERVICE_STATE_EN = new RegExp(String.raw`(?:^\s{0,8}|[:：\t]\s{0,8}|\s{2})The ` + WORDS_EN);
export const SERVICE_STATE_JA = new RegExp(WORDS_JA);

/** The same words anywhere in a sentence, any case, every occurrence: to strip them ("SQL is down, event: The SQL Server … state."). */
export const SERVICE_STATE_ANYWHERE = new RegExp(String.raw`(?<![\w$().-])` + WORDS_EN + '|' + WORDS_JA, 'gi');
