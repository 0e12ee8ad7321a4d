/**
 * Two versions offered as alternatives ("TMS is 14 or 15", "TC 7.3.3 or CE 9.15, not sure which",
 * 「TC 7.3.3 か CE 9.15 のどちらか」): the user does not know which one runs. When the answer is the
 * same for both (same TMS major, two endpoint releases that both refuse TLS 1.0) the first is kept;
 * when it depends on which one it is, neither is a value: the result is a problem for the field, so
 * the conversation asks that field's question with a message that says what each case would mean.
 * Pure and total; every pattern is anchored and bounded.
 */
import type { Facts, ParseProblem, ParseResult } from '../types';
import { endpointRefusesTls10, formatEndpoint, formatSql, formatTms, formatWindows, parseEndpoint, parseSql, parseTms, parseWindows, tmsCanBeFixedInPlace } from '../versions';
import { groupedByFirstLetter } from './first-letter';

type VersionField = 'tms' | 'endpoint' | 'sql' | 'windows';

/** "or" in the languages people write: or, か, または, もしくは, なのか, それとも, "(could also be", "maybe" (with an optional "maybe"). */
const OR = String.raw`\s?[,(]?\s?(?:or|か|または|もしくは|なのか|それとも|could\s(?:also\s)?be|might\s(?:also\s)?be|maybe|perhaps|possibly)\s?(?:maybe\s|perhaps\s|possibly\s|else\s|even\s|多分\s?|たぶん\s?)?`;

/** A cheap test before the patterns: the words (or the slash) that can join two alternatives. */
export const MAY_OFFER = groupedByFirstLetter(/\bor\b|か|また|もしく|それとも|could|might|maybe|perhaps|possibly|\/|\+|and\s(?:later|newer|above|up|earlier|older|below)|以降|以上|以前|以下/i);

/** "14 or 15", "15.1/15.2", 「14 か 15」, "2012 R2 or 2016": a number, then "or" (or a slash), then a number. */
const NUMBERS = new RegExp(String.raw`^(?:either\s)?v?\s?((\d{1,4})[\d.x]{0,12}(\s?r2)?)(?:${OR}|\s?\/\s?)(?:sql\s|windows\s|tms\s)?v?\s?((\d{1,4})[\d.x]{0,12}(\s?r2)?)`, 'i');

/** An endpoint release with or without its family: "TC 7.3.3", "ce9.15.3", "RoomOS 11", "7.3.3". */
const EP = String.raw`(?:(?:tc|ce|roomos|room\s?os)\s?)?v?\s?\d{1,2}(?:[._]\d{1,4}){0,3}`;
const ENDPOINTS = new RegExp(String.raw`^(?:either\s)?(${EP})${OR}(${EP})`, 'i');
const FAMILY = /^\s*(tc|ce|roomos|room\s?os)/i;
/** An open range of endpoint releases: "TC 7.3.3 or later", "CE 9.15+", 「CE 8.0 以降」, "TC 7.3.6 or earlier". */
const RANGE = new RegExp(String.raw`^(?:either\s)?(${EP})\s?(?:(\+|(?:or|and)\s(?:later|newer|above|higher|up)|以降|以上)|(?:or|and)\s(?:earlier|older|below|lower)|以前|以下)`, 'i');

/**
 * Words that make "X or Y" a description of a mixed fleet rather than a doubt ("some on TC 7.3.3,
 * others on CE 9.15", "TC 7.3.3 or CE 9.15 depending on the room", 「部屋によって」).
 */
export const MIXED_FLEET = /(?<![a-z])(?:some|others?|rest|few|most|several|mix(?:ed)?|depending|depends|various|varies|both)(?![a-z])|一部|他は|ほかは|残り|混在|によって|両方|それぞれ/i;

export interface Offered {
  /** Characters of the text the two alternatives span. */
  length: number;
  /** Set when the answer depends on which one it is (ask); otherwise `first` answers for both. */
  problem: ParseProblem | null;
  first: ParseResult<NonNullable<Facts[VersionField]>>;
}

const FIELD_NAME = { tms: { en: 'TMS', ja: 'TMS' }, endpoint: { en: 'endpoint', ja: 'エンドポイント' }, sql: { en: 'SQL Server', ja: 'SQL Server' }, windows: { en: 'Windows Server', ja: 'Windows Server' } };

function shown(field: VersionField, r: ParseResult<NonNullable<Facts[VersionField]>>, raw: string): string {
  if (!r.ok) return raw.trim().replace(/\s+/g, ' ').slice(0, 30);
  const v = r.value as never;
  return field === 'tms' ? formatTms(v) : field === 'endpoint' ? formatEndpoint(v) : field === 'sql' ? formatSql(v) : formatWindows(v);
}

const PARSE: Record<VersionField, (s: string) => ParseResult<NonNullable<Facts[VersionField]>>> = {
  tms: parseTms,
  endpoint: parseEndpoint,
  sql: parseSql,
  windows: parseWindows,
};

/**
 * A clause that only offers another value for the field of the clause before ("SQL is 2012, or
 * maybe 2014", 「SQL は 2012 だったかな、2014 だったかも」): the value, or null.
 */
const OR_CLAUSE_EN = /^\s*(?:or\s(?:was|is)\sit|or\sit'?s|or|maybe|perhaps|possibly|(?:or\s)?(?:it\s)?(?:could|might)\s(?:also\s)?be)(?:\s(?:maybe|perhaps|possibly|even|also))?\s(?:it'?s\s)?(v?\s?\d[\w.]{0,20}(?:\s?r2)?)\s*(?:[?]|$|\s(?:i\sthink|not\ssure|need\sto\scheck|to\sbe\sconfirmed|tbc))/i;
const OR_CLAUSE_JA = /^\s*(?:または|もしくは|それとも|か|たぶん|多分)?\s?(v?\d[\w.]{0,20}(?:\s?r2)?)\s?(?:だった|でした|です)?\s?(?:かも|かな|か)/i;
export function otherAlternative(clause: string): string | null {
  const t = clause.slice(0, 200);
  const m = OR_CLAUSE_EN.exec(t) ?? OR_CLAUSE_JA.exec(t);
  return m ? m[1] : null;
}

/** A value as its number, for reading it against another one ("2012", "2008 R2", "15.2.1", "CE 9.15"). */
export function valueText(field: VersionField, facts: Partial<Facts>): string | null {
  const v = facts[field];
  if (!v) return null;
  if (field === 'tms') return (v as { semver: string }).semver;
  if (field === 'endpoint') return formatEndpoint(v as never);
  const y = v as { year: number; r2: boolean };
  return `${y.year}${y.r2 ? ' R2' : ''}`;
}

/**
 * Two values of `field` offered as alternatives at the start of `text` (the text after the field's
 * keyword, or a bare answer), or null when the text does not start that way.
 */
export function offeredAlternatives(field: VersionField, text: string): Offered | null {
  const t = text.slice(0, 200);
  if (field === 'endpoint') {
    // "TC 7.3.3 or later" spans both sides of the line when its start still accepts TLS 1.0 (and
    // "CE 9.15 or earlier" when its end refuses it): then it is no value, as two alternatives are not.
    const r = RANGE.exec(t);
    if (r) {
      const v = parseEndpoint(r[1]);
      const later = r[2] !== undefined;
      const crosses = !v.ok || (later ? !endpointRefusesTls10(v.value) : endpointRefusesTls10(v.value));
      return { length: r.index + r[0].length, first: v, problem: crosses ? rangeProblem(r[0], v, r[1], later) : null };
    }
    const m = ENDPOINTS.exec(t);
    if (!m) return null;
    const fam = FAMILY.exec(m[1]);
    // "TC 7.3.5 or 7.3.6": the second release is of the first one's family.
    const second = FAMILY.test(m[2]) || !fam ? m[2] : `${fam[1]} ${m[2]}`;
    const a = parseEndpoint(m[1]);
    const b = parseEndpoint(second);
    const same = a.ok && b.ok && endpointRefusesTls10(a.value) === endpointRefusesTls10(b.value);
    return { length: m.index + m[0].length, first: a, problem: same ? null : problemFor('endpoint', m[0], a, b, m[1], second) };
  }
  const m = NUMBERS.exec(t);
  if (!m) return null;
  const parse = PARSE[field];
  const a = parse(m[1]);
  // Same major ("15.1/15.2") or the same year ("2012 SP1 or SP2" does not get here): either answers.
  const same = m[2] === m[5] && !m[3] === !m[6];
  return { length: m.index + m[0].length, first: a, problem: same ? null : problemFor(field, m[0], a, parse(m[4]), m[1], m[4]) };
}

/** A value said with a doubt after it: "15.9 I think", "2012 probably", 「15.9 だと思います」「15.9 かな」. */
export const HEDGED_VALUE = /\d[\w.]{0,20}\s?(?:(?:i\s(?:think|believe|guess)|probably|iirc|not\ssure)(?![a-z])|だと思(?:います|う)|と思(?:います|う)|かな|かも)/i;
/** "15.9 I think, maybe 15.10", 「15.9 だと思います、たぶん 15.10 かも」: two values, both said with a doubt. */
const HEDGED_PAIR_EN = /^\s*(?:(?:tms|sql|windows|win)\s)?v?\s?(\d[\w.]{0,20}(?:\s?r2)?)\s(?:i\s(?:think|believe|guess)|probably|iirc|not\ssure)\s?[,;]?\s?(?:or\s)?(?:maybe|perhaps|possibly|(?:it\s)?(?:could|might)\s(?:also\s)?be|or)\s(?:even\s)?(?:it'?s\s)?v?\s?(\d[\w.]{0,20}(?:\s?r2)?)/i;
const HEDGED_PAIR_JA = /^\s*(?:(?:tms|sql|windows)\s?(?:は|が)?\s?)?v?(\d[\w.]{0,20}(?:\s?r2)?)\s?(?:だと思(?:います|う)|と思(?:います|う)|かな|かも|だったかな)[、,。]?\s?(?:たぶん|多分|もしかしたら|または|それとも)?\s?v?(\d[\w.]{0,20}(?:\s?r2)?)\s?(?:だった|でした|です)?\s?(?:かも|かな|か)/i;

/**
 * Two values the user is unsure of both of ("15.9 I think, maybe 15.10"): the question is asked again even when the
 * answer would be the same for both (neither was said for sure). Null when the text is no such pair, or a value does
 * not parse, or both are the same.
 */
export function hedgedPair(field: Exclude<VersionField, 'endpoint'>, text: string): ParseProblem | null {
  const t = text.slice(0, 200);
  if (!/\d/.test(t)) return null;
  const m = HEDGED_PAIR_EN.exec(t) ?? HEDGED_PAIR_JA.exec(t);
  return m ? unsureProblem(field, m[0], m[1], m[2]) : null;
}

/** The problem for two values offered with a doubt on both (null when one does not parse or both are one value). */
export function unsureProblem(field: VersionField, input: string, rawA: string, rawB: string): ParseProblem | null {
  const parse = PARSE[field];
  const a = parse(rawA);
  const b = parse(rawB);
  if (!a.ok || !b.ok) return null;
  const x = shown(field, a, rawA);
  const y = shown(field, b, rawB);
  if (x === y) return null;
  const depends = problemFor(field, input, a, b, rawA, rawB);
  const same = field === 'endpoint' ? endpointRefusesTls10(a.value as never) === endpointRefusesTls10(b.value as never) : field === 'tms' ? tmsCanBeFixedInPlace(a.value as never) === tmsCanBeFixedInPlace(b.value as never) : false;
  if (!same) return depends;
  const name = FIELD_NAME[field];
  const en = `You named two possible ${name.en} versions, ${x} or ${y}, and did not sound sure of either, so I will not pick one. Which one is it?`;
  const ja = `${name.ja}${/[a-z]$/i.test(name.ja) ? ' ' : ''}のバージョンとして ${x} と ${y} の 2 つが挙がっていて、どちらとも確かではないようなので、こちらでは選びません。どちらでしょうか。`;
  return { ...depends, message: { en, ja } };
}

function rangeProblem(input: string, v: ParseResult<NonNullable<Facts[VersionField]>>, raw: string, later: boolean): ParseProblem {
  const x = shown('endpoint', v, raw);
  const en = `${x} ${later ? 'or later' : 'or earlier'} covers releases on both sides of the line, so I will not guess: TC up to 7.3.5 and CE 8.0.x still accept TLS 1.0, while TC 7.3.6, CE 8.1 and later and every RoomOS release refuse it. Which release do the affected endpoints run?`;
  const ja = `${x} ${later ? '以降' : '以前'}には、TLS 1.0 を受け付けるリリースと拒否するリリースの両方が含まれるため、推測では答えません。TC 7.3.5 以前と CE 8.0.x はまだ TLS 1.0 を受け付け、TC 7.3.6 以降、CE 8.1 以降、およびすべての RoomOS は拒否します。影響を受けているエンドポイントはどのリリースで動いていますか。`;
  return { field: 'endpoint', input: input.trim().slice(0, 60), message: { en, ja }, alternatives: true };
}

function problemFor(
  field: VersionField,
  input: string,
  a: ParseResult<NonNullable<Facts[VersionField]>>,
  b: ParseResult<NonNullable<Facts[VersionField]>>,
  rawA: string,
  rawB: string,
): ParseProblem {
  const x = shown(field, a, rawA);
  const y = shown(field, b, rawB);
  const name = FIELD_NAME[field];
  let en = `You named two possible ${name.en} versions, ${x} or ${y}, and the answer depends on which one it is, so I will not guess.`;
  let ja = `${name.ja}${/[a-z]$/i.test(name.ja) ? ' ' : ''}のバージョンとして ${x} と ${y} の 2 つが挙がっていますが、どちらかによって回答が変わるため、推測では答えません。`;
  if (field === 'endpoint' && a.ok && b.ok) {
    const [ok, refusing] = endpointRefusesTls10(a.value as never) ? [y, x] : [x, y];
    en += ` ${ok} still accepts TLS 1.0, so this problem would not hit it; ${refusing} refuses TLS 1.0, which is this problem. Which one do the endpoints run? If both are in use, say "both".`;
    ja += `${ok} はまだ TLS 1.0 を受け付けるため、この問題の影響は受けません。${refusing} は TLS 1.0 を拒否するため、この問題にあたります。エンドポイントはどちらで動いていますか。両方が混在している場合は「両方」と送ってください。`;
  } else if (field === 'tms' && a.ok && b.ok && tmsCanBeFixedInPlace(a.value as never) !== tmsCanBeFixedInPlace(b.value as never)) {
    en += ' TMS 15 and later can be fixed in place; before 15, only an upgrade of TMS (or a downgrade of TC endpoints) helps. Which one is installed?';
    ja += 'TMS 15 以降はそのまま修正できますが、15 より前では TMS のアップグレード（または TC エンドポイントのダウングレード）しか方法がありません。どちらがインストールされていますか。';
  } else {
    en += ' Which one is it?';
    ja += 'どちらでしょうか。';
  }
  const problem: ParseProblem = { field, input: input.trim().slice(0, 60), message: { en, ja }, alternatives: true };
  if (field === 'endpoint' && a.ok && b.ok) problem.offered = [x, y];
  return problem;
}
