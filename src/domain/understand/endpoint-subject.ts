/**
 * The words for "the endpoint" as the subject of a TLS remark ("the codec accepts TLS 1.0", 「端末は TLS1.0 が有効」),
 * shared by the TLS-claims reader (tls-claims.ts: such a clause is not about the TMS server) and the reader of an
 * endpoint seen accepting TLS 1.0 (endpoint-tls-seen.ts). Regex sources (alternatives, no groups), to be placed inside
 * a group by the user; each reader adds its own extra words.
 */

/** English subjects: "endpoints", "the codec", "SX80", "that one", "the target". */
export const ENDPOINT_SUBJECT_EN = String.raw`endpoints?|codecs?|devices?|video\s?systems?|room\s?kits?|(?:sx|mx|dx)\d{2,3}s?|that\sone|this\sone|the\starget`;

/** Adverbs and "says it"/"shows it" between the subject and its verb ("still", "apparently", "says it"). */
export const ENDPOINT_SUBJECT_ADVERBS_EN = String.raw`still\s|now\s|also\s|apparently\s|actually\s|says\s(?:it\s)?|shows\s(?:it\s)?|seems\sto\s`;

/** Japanese subjects: 「エンドポイント」「端末」「コーデック」. */
export const ENDPOINT_SUBJECT_JA = 'エンドポイント|端末|コーデック';
