/**
 * A correction that names no field, only values: "no wait, the rebuild was actually 2022 not 2025",
 * "2012 R2, not 2016", "it's 15.13 not 15.12", 「あ、違う、やっぱり2008 R2です」, 「2016ではなく2019です」.
 * This reads the value said (the last one outside the "not …" part) and the value it replaces, when
 * named; the conversation decides which known field it corrects (the one holding the replaced value,
 * or the one it held just before: 「やっぱり」 goes back). Pure, linear (bounded patterns).
 */
import { allMatches } from './fast-regex';
import { nfkc } from '../nfkc';
import { classifyClause, endsAsQuestion } from './clauses';
import { trimEnd } from '../trim-end';

/** A version as people type one without its product: a Windows/SQL year, a dotted release, "TC7.3.3". */
const VALUE = '(?:(?:tc|ce|roomos|room\\s?os)\\s?v?)?(?:20(?:0[0-9]|1[0-9]|2[0-9])(?:\\s?r2)?(?:\\s?sp\\s?\\d)?|\\d{1,2}(?:\\.\\d{1,3}){1,3})';
const VALUES = new RegExp(`(?<![\\w.])${VALUE}(?![\\d.]\\d)`, 'gi');

/** "not 2025", "rather than 2016", "instead of 15.12"; 「2016ではなく」「2016じゃなくて」: the value replaced. */
const NOT_EN = new RegExp(`(?<![a-z])(?:not|rather\\sthan|instead\\sof)\\s(?:the\\s)?(?:windows\\s(?:server\\s)?|server\\s|sql\\s(?:server\\s)?|tms\\s)?(${VALUE})(?![\\d.]\\d)`, 'i');
const NOT_JA = new RegExp(`(${VALUE})\\s?(?:では|じゃ)(?:なくて|なく)`, 'i');

/** "not SP2", "rather than SP2", 「SP2 ではなく」: a service pack said not to be (the one after it is meant). */
const NOT_SP = /(?<![a-z])(?:not|isn't|wasn't|rather\sthan|instead\sof)\s(?:(?:sql\s(?:server\s)?)?20\d\d\s?(?:r2\s?)?)?(?:sp|service\s?pack)\s?\d{1,2}(?!\d)|(?:sp|service\s?pack|サービス\s?パック)\s?\d{1,2}\s?(?:では|じゃ)(?:なくて|なく)/gi;

/** The text without the service packs it says are not the one ("sorry, not SP2 but SP1" → "sorry,  but SP1"). */
export function withoutDeniedServicePack(text: string): string {
  return text.slice(0, 400).replace(NOT_SP, ' ');
}

/**
 * "sorry, SQL is SP1", "correction: it's SP1", 「すみません、SQLはSP1でした」: the lead of a service-pack
 * correction (interjections, then the SQL topic or "it's"), to be cut before the service pack is read.
 */
const SP_CORRECTION_LEAD =
  /^[\s,.、。!:：]*(?:(?:sorry|correction|oops|my\sbad|wait|no|actually|i\smean|すみません|すいません|失礼しました|訂正(?:です)?|いや|やっぱり|正しくは)[\s,.、。!:：]*)*(?:(?:the\s)?(?:ms\s?)?sql(?:\sserver)?(?:\s(?:is|was|runs|has)|'s|\s?(?:は|の方は|のほうは|が))|it'?s|it\s(?:is|was)|that'?s)\s?(?:actually\s|really\s|on\s)?/i;

/** A leading "no" with its comma: 「いいえ、」「いえ、」, "no, ", "nope, ". */
const NO_LEAD = /^\s*(?:いいえ|いえ|いや|no|nope)\s?[、,。.!！]\s*/i;

/**
 * The service-pack part of a short SP-only correction of the SQL version ("sorry, SQL is SP1 not SP2" →
 * "SP1", 「SQLはSP1でした」 → "SP1でした"), without the service pack said not to be; the text as it was when
 * it has no such lead (a plain "sorry, SP1" is read as before). The caller reads it only when a SQL
 * version is known.
 */
export function servicePackCorrectionPart(text: string): string {
  // 「いいえ、SP4 です」「いえ、SP4」, "no, SP4" (QA51 #10): the "no" of a correction, as "sorry," is.
  const t = withoutDeniedServicePack(nfkc(text)).replace(NO_LEAD, '');
  const lead = SP_CORRECTION_LEAD.exec(t);
  return lead && lead[0].length > 0 ? trimEnd(t.slice(lead[0].length), /[\s,、.!。]/) : t;
}

/** Words that make a message a correction of something said before. */
const CUE = /(?<![a-z])(?:actually|sorry|wait|correction|oops|my\sbad|i\smean|make\sthat|should\sbe|not|rather\sthan|instead\sof|no|wrong)(?![a-z])|^\s*(?:いいえ|いえ)(?=[\s、,。.!！])|やっぱり|やはり|いや(?![ーあぁ])|すみません|失礼しました|違う|違い|違って|間違|訂正|正しくは|ではなく|じゃなく/i;

export interface Correction {
  /** The value said now ("2022", "2008 R2", "TC7.3.3"). */
  value: string;
  /** The value it replaces, when the message names one ("not 2025"). */
  replaced?: string;
}

/** The correction a short message makes with bare values, or null (a question, a plan, or no cue). */
export function bareCorrection(text: string): Correction | null {
  if (!text || text.length > 200) return null;
  const t = nfkc(text).trim();
  if (endsAsQuestion(t) || !CUE.test(t)) return null;
  const not = NOT_EN.exec(t) ?? NOT_JA.exec(t);
  const rest = not ? t.slice(0, not.index) + ' ' + t.slice(not.index + not[0].length) : t;
  // Only what the message states: "we plan to move to 2025, not 2022" is a plan, "what if 2016" a supposition.
  if (!['stated', 'past'].includes(classifyClause(rest))) return null;
  const values = allMatches(VALUES, rest).map((m) => m[0]);
  if (values.length === 0) return null;
  // Two different values besides the one replaced: which one is meant is not clear.
  if (new Set(values.map((v) => v.toLowerCase().replace(/\s/g, ''))).size > 1) return null;
  return not ? { value: values[0], replaced: not[1] } : { value: values[0] };
}
