/**
 * A message that is only a build number shaped like a SQL Server build ("sorry it's 11.0.6518",
 * 「11.0.5058 でした」, "build 10.50.6000", "the build is 12.0.4100"): a known SQL Server line
 * (10.50 = 2008 R2, 11.0 = 2012, 12.0 = 2014, 13.0 = 2016…) and a third part of 3 to 5 digits.
 * Such a number also parses as a RoomOS release (RoomOS 10, 11 and later exist), so the conversation
 * decides: after SQL was discussed (a SQL version known, the SQL question open) or with the word
 * "build" it is the SQL build; with no context at all it asks which. Pure, bounded, linear.
 */
import type { SqlVersion } from '../types';
import { parseSql } from '../versions';
import { nfkc } from '../nfkc';
import { WRONG_LEAD_EN, WRONG_LEAD_JA } from './cues';

/** A build said not to be, whole or by its third part ("not 5343", "not 11.0.5343"). */
const NOT_BUILD = String.raw`(?:\d{1,2}\.\d{1,2}\.)?\d{3,5}(?:\.\d{1,5})?`;

/**
 * Only a build, maybe after a correction lead ("sorry", 「いえ、」「いいえ」「すみません」「訂正します」) or
 * "build"/「ビルド」, and a closing word.
 */
const ONLY_BUILD = new RegExp(
  `^\\s*(?:(?:sorry|oops|no|nope|actually|correction|wait|ah|oh|ok|okay|my\\sbad|i\\smean|${WRONG_LEAD_EN}|${WRONG_LEAD_JA}|すみません|すいません|ごめんなさい|ごめん|失礼しました|いや|いえ|いいえ|ううん|訂正(?:です|します)?|あ|正しくは)[\\s,.:;!、。]*)*` +
    // "SP1, build 11.0.3000", 「SP1です。ビルドは11.0.3000」: a service pack said before the build (the build decides).
    `(?:(?:sql\\s?)?sp\\s?\\d(?:\\s?cu\\s?\\d{1,2})?\\s?(?:です|でした)?[\\s,.:;、。]*(?:and\\s|with\\s|で\\s?)?)?` +
    // ("build is actually 11.0.5352": a word of correction after "is".)
    `(?:(?:the\\s|sql\\s)?(build)(?:\\s?(?:number|no\\.?|#))?(?:\\s(?:is|was))?(?:\\s(?:actually|really))?[\\s:=]*|(?:SQL\\s?(?:の\\s?)?)?(ビルド)(?:番号)?\\s?(?:は|が|:)?\\s?(?:(?:実は|実際は|正しくは)\\s?)?)?` +
    // 「5343 ではなく 11.0.5352 でした」: the build said not to be, before the one meant.
    `(?:${NOT_BUILD}\\s?(?:ではなく|じゃなくて|じゃなく)[\\s、,]*)?` +
    `(?:(?:it'?s|it\\sis|that'?s|make\\sthat|should\\sbe|was|its)\\s)?v?(\\d{1,2}\\.\\d{1,2}\\.\\d{3,5}(?:\\.\\d{1,5})?)\\s*(?:です|でした|だった|actually)?` +
    // "sorry, 11.0.5352 not 5343": the build said not to be, after the one meant.
    `(?:[\\s,]+(?:not|rather\\sthan|instead\\sof)\\s(?:the\\s)?${NOT_BUILD})?[\\s.!。]*$`,
  'i',
);

export interface BareSqlBuild {
  /** The build as written ("11.0.6518"). */
  build: string;
  /** It read as SQL Server (year, service pack from the build table, build). */
  sql: SqlVersion;
  /** The message says "build" / 「ビルド」: endpoint software is not given that way here. */
  saysBuild: boolean;
}

/** The SQL Server build a short message consists of, or null. */
export function bareSqlBuild(text: string): BareSqlBuild | null {
  if (!text || text.length > 80) return null;
  const t = nfkc(text);
  // Cheap test first: a dot followed by three digits somewhere in the message.
  if (!/\.\d{3}/.test(t)) return null;
  const m = ONLY_BUILD.exec(t);
  if (!m) return null;
  const r = parseSql(m[3]);
  if (!r.ok || !r.value.build) return null;
  return { build: m[3], sql: r.value, saysBuild: m[1] !== undefined || m[2] !== undefined };
}
