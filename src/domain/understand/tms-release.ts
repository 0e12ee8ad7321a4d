/**
 * How a TMS release is written in a sentence, shared by the readers that pick one out (tms-servers, sites,
 * tms-checked). Pattern sources for `new RegExp`; group 1 is the release as written, without its "v".
 */

/**
 * A TMS release after its words: "15.9", "v15.13.1" (two or three parts), not followed by another digit or ".digit"
 * ("15.123" and "15.9.1.2" are not read as one).
 */
export const TMS_RELEASE = String.raw`v?(\d{2}\.\d{1,2}(?:\.\d{1,3})?)(?![\d])(?!\.\d)`;

/**
 * The same, written anywhere in a remark (someone else's note or what a screen shows): not inside a longer number
 * (no digit or "." before it), and up to four parts ("15.9.1.2"). Kept apart from TMS_RELEASE on purpose: the two
 * read some inputs differently ("15.9.1.2", "15.123" is read here as 15.12), and each reader's answers rely on its own.
 */
export const TMS_RELEASE_IN_REMARK = String.raw`(?<![\d.])v?(\d{2}\.\d{1,2}(?:\.\d{1,4}){0,2})(?![\d.]\d)`;
