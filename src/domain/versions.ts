/**
 * Version parsers and the version rules of the "No HTTPS response" problem. Pure, total:
 * every parser returns a ParseResult and never throws, whatever the input (binary, emoji,
 * lone surrogates, 10k+ characters). Regexes are anchored or bounded (no nested quantifiers),
 * and every parser looks at a bounded prefix of its input, so cost is linear and small.
 *
 * The parsers are lenient about the words around a version ("it's 15.2.1", "TMS 15.13",
 * "SQL Server 2012 SP1"): the conversation engine hands them the user's whole answer to the
 * question it asked. Precision: a version is accepted as soon as it DECIDES the diagnosis
 * question for its family; otherwise the result is a `vague` problem (a question to ask back,
 * never a guess). See `parseEndpoint` for the per-family rules.
 */
import semver from 'semver';
import type {
  EndpointFamily,
  EndpointVersion,
  LocalizedText,
  ParseProblem,
  ParseResult,
  SecurityLevel,
  SqlLocation,
  SqlVersion,
  TmsVersion,
  WindowsVersion,
} from './types';
import { nfkc } from './nfkc';
import { sqlCopyOnTms } from './understand/sql-copy';
import { isSqlClientLine } from './understand/tool-output';

/** Parsers look at most at this many characters of their input. */
export const MAX_PARSE_INPUT = 2000;
/** `raw` keeps at most this many characters of what the user typed. */
const MAX_RAW = 120;

// ---------------------------------------------------------------------------------------------
// helpers

/** Coerce anything to a bounded, NFKC-normalised string (full-width digits → ASCII). Never throws. */
export function cleanInput(s: unknown, max = MAX_PARSE_INPUT): string {
  let str: string;
  try {
    str = typeof s === 'string' ? s : s == null ? '' : String(s);
  } catch {
    str = '';
  }
  if (str.length > max) str = str.slice(0, max);
  str = nfkc(str);
  // NFKC can lengthen a string a little; keep the bound.
  if (str.length > max) str = str.slice(0, max);
  // Invisible format characters (zero-width spaces/joiners, bidi overrides, BOM) pasted from chat
  // clients or web pages would split "CE\u200b9.15.3" into pieces: drop them.
  str = str.replace(INVISIBLE, '');
  // (Both comma fixes need a comma, and MEDIUM_TYPO an "me"/"mi": most texts have neither, and an indexOf or a
  // two-letter test is far cheaper than a scan by a pattern that opens with a lookbehind. Every reader cleans its
  // text, so cleanInput runs ~10 times a turn.)
  if (str.includes(',')) {
    // "15,2,1" (a comma typed for a dot, three parts, no spaces) is a dotted version.
    str = str.replace(COMMA_VERSION, '$1.$2.$3');
    // "CE9,15", "TMS 15,13": two parts right after the product's name, no space after the comma.
    str = str.replace(PRODUCT_COMMA_VERSION, '$1.$2');
  }
  // "ce 9 .15", "TC 7 . 3.6": a space typed before the dot right after the product's major is still its release
  // (read as CE 9 it became a vaguer 9.x without a question). "CE 9. 15 codecs" (a dot then a space) stays apart.
  if (str.includes(' .')) str = str.replace(PRODUCT_SPACED_DOT, '$1.$2');
  // "Medum-High", "meduim": a misspelt Medium, so that the High after it is not read as the level.
  if (MAY_MEDIUM_TYPO.test(str)) str = str.replace(MEDIUM_TYPO, 'Medium');
  // "windwos 2016", "widows 2k12 r2" (QA51 #18): a misspelt Windows right before a Windows release is Windows.
  if (MAY_WINDOWS_TYPO.test(str)) str = str.replace(WINDOWS_TYPO, 'Windows');
  // "isn’t", "haven’t" (a phone's typographic apostrophe): the plain one, which every negation cue expects.
  if (str.includes('’')) str = str.replace(/(?<=[a-z])’(?=[a-z])/gi, "'");
  return str;
}

/** Zero-width and bidi control characters, word joiners, BOM. */
export const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Three comma-separated numbers without spaces, not part of a longer list: 15,2,1 → 15.2.1. */
const COMMA_VERSION = /(?<![\d,.])(\d{1,2}),(\d{1,2}),(\d{1,5})(?![\d,])/g;

const MEDIUM_TYPO = /(?<![a-z])(?:medum|meduim|mediun|meidum|midium|mediam|meduem|medim)(?![a-z])/gi;
/** What every MEDIUM_TYPO alternative starts with (the cheap test before it). */
const MAY_MEDIUM_TYPO = /m[ei]/i;
/**
 * A misspelt Windows, only right before a release ("windwos 2016", "widows server 2012 R2", "windoes 2k8"): "widows" alone
 * stays a word.
 */
const WINDOWS_TYPO = /(?<![a-z])(?:windwos|widows|windoes|windos|windws|wndows|winodws|windowns)(?=\s?(?:server\s?)?(?:20[0-2]\d|2k\d)(?!\d))/gi;
/** What every WINDOWS_TYPO alternative holds (the cheap test before it). */
const MAY_WINDOWS_TYPO = /d(?:wo|oe|os|ws)|widow|wndow|winod|downs/i;
/** A product name, its major version, a comma and the minor one without a space: CE9,15 → CE9.15, 「TMSは15,9で」 → 15.9. */
const PRODUCT_COMMA_VERSION = /((?<![a-z\d])(?:tms|ce|tc|roomos)(?:\s?(?:は|が|も|[:：]))?\s?v?\d{1,2}),(\d{1,2})(?![\d,.])/gi;
/** A product name, its major version, a space, a dot and the minor one: ce 9 .15 → ce 9.15, TC 7 . 3.6 → TC 7.3.6. */
const PRODUCT_SPACED_DOT = /((?<![a-z\d])(?:tms|ce|tc|roomos)(?:\s?(?:は|が|も|[:：]))?\s?v?\d{1,2}) \.\s?(\d{1,3})(?!\d)/gi;

function rawOf(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > MAX_RAW ? `${t.slice(0, MAX_RAW - 1)}…` : t;
}

/** Slack mrkdwn markers (bold, italic, strike, code) and their full-width look-alikes, which no surface formats. */
const MRKDWN_MARKS: Record<string, string> = { '*': '＊', _: '＿', '~': '～', '`': '｀' };

/**
 * Show user input inside a message safely: short, one line, no control characters, and no mrkdwn
 * marker that could format the rest of the message ("*urgent*" stays text; an underscore inside a
 * word, as in s52010ce9_15_3, is left alone: mrkdwn does not format it).
 */
function quote(s: string): string {
  const t = rawOf(s)
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[*~`]|(?<![0-9a-z])_|_(?![0-9a-z])/gi, (c) => MRKDWN_MARKS[c] ?? c);
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

function fail<T>(
  field: ParseProblem['field'],
  input: string,
  message: LocalizedText,
  vague?: boolean,
): ParseResult<T> {
  const problem: ParseProblem = { field, input: rawOf(input), message };
  if (vague) problem.vague = true;
  return { ok: false, problem };
}

function num(s: string | undefined): number | undefined {
  if (s === undefined || s === '' || /^x$/i.test(s)) return undefined;
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) ? n : undefined;
}

function toSemver(major: number, minor?: number, patch?: number): string {
  return `${major}.${minor ?? 0}.${patch ?? 0}`;
}

// ---------------------------------------------------------------------------------------------
// Another product's version given where one was asked for

type ProductField = 'tms' | 'endpoint' | 'sql' | 'windows';

/** Words that name each product. Bounded, no nested quantifiers. */
const PRODUCT_WORDS: Record<ProductField, RegExp> = {
  tms: /(?<![a-z])tms(?![a-z])/i,
  endpoint: /(?<![a-z])(?:tc|ce|roomos|room\s?os|codecs?|endpoints?)(?![a-z])|エンドポイント|コーデック/i,
  sql: /(?<![a-z])(?:ms)?sql(?![a-z])/i,
  windows: /(?<![a-z])(?:windows|win\s?(?:server)?\s?(?:20|2k)|w2k)/i,
};

const PRODUCT_FIELDS = Object.keys(PRODUCT_WORDS) as ProductField[];
/** A product's name followed by a number ("SQL 11.0.2100", "Windows 2016"). */
const PRODUCT_WITH_NUMBER = Object.fromEntries(
  PRODUCT_FIELDS.map((f) => [f, new RegExp(`(?:${PRODUCT_WORDS[f].source})[\\s:=-]{0,3}(?:is\\s|version\\s|ver\\.?\\s?|server\\s)?v?\\d`, 'i')]),
) as Record<ProductField, RegExp>;

const PRODUCT_NAMES: Record<ProductField, LocalizedText> = {
  tms: { en: 'TMS', ja: 'TMS' },
  endpoint: { en: 'endpoint (TC/CE/RoomOS)', ja: 'エンドポイント（TC/CE/RoomOS）' },
  sql: { en: 'SQL Server', ja: 'SQL Server' },
  windows: { en: 'Windows Server', ja: 'Windows Server' },
};

/**
 * The answer names another product and not the one asked for ("SQL 11.0.2100" to the endpoint
 * question, "Windows 2016" to the SQL question): say so instead of reading its number as ours.
 */
function otherProduct<T>(field: ProductField, s: string, expected: LocalizedText): ParseResult<T> | null {
  if (PRODUCT_WORDS[field].test(s)) return null;
  // Only another product WITH a number counts: "the one bundled with TMS, I think 2012" is a SQL answer.
  const other = PRODUCT_FIELDS.find((f) => f !== field && PRODUCT_WITH_NUMBER[f].test(s));
  if (!other) return null;
  return fail(field, s, {
    en: `"${quote(s)}" looks like the ${PRODUCT_NAMES[other].en} version, but here I need the ${PRODUCT_NAMES[field].en} version: ${expected.en}.`,
    ja: `「${quote(s)}」は ${PRODUCT_NAMES[other].ja} のバージョンのようです。ここで必要なのは ${PRODUCT_NAMES[field].ja} のバージョンです（${expected.ja}）。`,
  });
}

// ---------------------------------------------------------------------------------------------
// TMS

export const TMS_MIN_MAJOR = 12;
/** TMS 15.x (last: 15.13) is the final major release line. */
export const TMS_MAX_MAJOR = 15;

/** A 15.x minor this high is no TMS release (15.13 is the highest people paste): well above it, so that no real one is refused. */
const TMS_MAX_MINOR = 20;

/** A dotted version token: 15, 15.2, 15.2.1, 15.2.1.4711, 15.x; not part of a longer number. */
const TMS_TOKEN = /(?<![\d.])v?\s?(\d{1,4})(?:\.(\d{1,4}|x))?(?:\.(\d{1,6}|x))?(?:\.\d{1,8})?(?![\d])/i;

const TMS_EXPECTED: LocalizedText = {
  en: 'a TMS version such as 15.2.1 or 14.6.2',
  ja: '15.2.1 や 14.6.2 のような TMS のバージョン番号',
};

/**
 * "15.2.1", "TMS 15.13", "14.6.2", "tms15.2", "v15.0", "15" → TmsVersion (semver "15.13.0").
 * Majors outside 12..16 are refused politely.
 */
export function parseTms(input: unknown): ParseResult<TmsVersion> {
  const s = cleanInput(input);
  const foreign = otherProduct<TmsVersion>('tms', s, TMS_EXPECTED);
  if (foreign) return foreign;
  const m = TMS_TOKEN.exec(s);
  if (!m) {
    return fail('tms', s, {
      en: `I could not find a version number in "${quote(s)}". I expected ${TMS_EXPECTED.en}.`,
      ja: `「${quote(s)}」からバージョン番号を読み取れませんでした。${TMS_EXPECTED.ja}を教えてください。`,
    });
  }
  const major = num(m[1])!;
  if (major < TMS_MIN_MAJOR || major > TMS_MAX_MAJOR) {
    return fail('tms', s, {
      en: `"${quote(m[0])}" does not look like a TMS release (TMS versions run from ${TMS_MIN_MAJOR}.x to ${TMS_MAX_MAJOR}.x). I expected ${TMS_EXPECTED.en}.`,
      ja: `「${quote(m[0])}」は TMS のリリース番号として見当たりません（TMS は ${TMS_MIN_MAJOR}.x〜${TMS_MAX_MAJOR}.x です）。${TMS_EXPECTED.ja}を教えてください。`,
    });
  }
  // "15.99.7": the 15.x line goes to 15.13 in what people paste, nowhere near a minor of 20, so a minor that high is
  // a typo or another number: asked back, not recorded (as "CE 99" is). Only on 15.x, the line that is fixed in
  // place: before 15 every release gets the same answer (upgrade TMS), whatever its minor.
  const minor = num(m[2]);
  if (major === TMS_MAX_MAJOR && minor !== undefined && minor >= TMS_MAX_MINOR) {
    return fail('tms', s, {
      en: `"${quote(m[0])}" is not a TMS release I know. I expected ${TMS_EXPECTED.en}.`,
      ja: `「${quote(m[0])}」は既知の TMS リリースではありません。${TMS_EXPECTED.ja}を教えてください。`,
    });
  }
  // The raw kept is the version as written ("15.13"), not the words after it ("15.13 to a new VM last week (").
  const v: TmsVersion = { product: 'TMS', raw: rawOf(writtenAt(s, m.index, m[0])), semver: toSemver(major, num(m[2]), num(m[3])) };
  return { ok: true, value: v };
}

/** "15.2.1": three plain numbers, what the parsers here produce. */
const PLAIN_SEMVER = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

/** semver.gte(a, b): plain "x.y.z" versions are compared as numbers (the same answer, no SemVer objects), anything else by the library. */
export function semverGte(a: string, b: string): boolean {
  const x = typeof a === 'string' ? PLAIN_SEMVER.exec(a) : null;
  const y = x && typeof b === 'string' ? PLAIN_SEMVER.exec(b) : null;
  if (!x || !y) return semver.gte(a, b);
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** semver.valid(v) !== null: a plain "x.y.z" version is recognised without the library. */
export function isSemver(v: unknown): boolean {
  return (typeof v === 'string' && PLAIN_SEMVER.test(v)) || semver.valid(v as string) !== null;
}

/** TMS 15.0.0 and later have the Communication Security option (Medium-High): fixable in place. */
export function tmsCanBeFixedInPlace(v: TmsVersion): boolean {
  return semverGte(v.semver, '15.0.0');
}

// ---------------------------------------------------------------------------------------------
// Endpoints: TC, CE, RoomOS

/**
 * A family token followed by an optional version. The lookbehind refuses a letter before the
 * family name ("once", "etc") but allows digits, so package names work: "s52010tc7_3_5.pkg".
 */
const FAMILY_TOKEN =
  /(?<![a-z])(roomos|room\s?os|tc|ce|collaboration\s?endpoint(?:\s?software)?)(?![a-z])[\s:-]{0,3}(?:v(?:er(?:sion)?)?\.?\s?)?(\d{1,3}|x)?(?:[._](\d{1,3}|x))?(?:[._](\d{1,4}|x))?/i;
/** A bare dotted version (no family): 7.3.6, 9.15.3.17, 11.x. */
const BARE_DOTTED = /(?<![\d.])v?(\d{1,3})[._](\d{1,3}|x)(?:[._](\d{1,4}|x))?(?![\d])/i;
/** The whole answer is just a number ("9", "v11"). */
const BARE_WHOLE = /^\s*v?(\d{1,3})\s*$/i;

const ENDPOINT_EXPECTED: LocalizedText = {
  en: 'an endpoint software version such as TC7.3.6, CE 9.15.3 or RoomOS 11',
  ja: 'TC7.3.6、CE 9.15.3、RoomOS 11 のようなエンドポイントのソフトウェアバージョン',
};

/** An IPv4 address (four parts ≤ 255, first ≥ 10: "9.15.3.17" stays a CE build). */
export const IPV4_LIKE = /(?<![\d.])(?:1\d|[2-9]\d|1\d\d|2[0-4]\d|25[0-5])(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|\d{1,2})){3}(?![\d.])/;

function familyOf(token: string): EndpointFamily {
  const t = token.toLowerCase();
  if (t === 'tc') return 'TC';
  if (t.startsWith('room')) return 'RoomOS';
  return 'CE';
}

function inferFamily(major: number): EndpointFamily | null {
  if (major >= 4 && major <= 7) return 'TC';
  if (major >= 8 && major <= 9) return 'CE';
  if (major >= 10 && major <= 40) return 'RoomOS';
  return null;
}

/**
 * Decide whether (family, major, minor, patch) is precise enough for the TLS 1.0 question:
 * - TC: TC 7.3.0–7.3.5 accept TLS 1.0, 7.3.6+ refuse → "TC7" and "TC7.3" are vague; TC 4–6 and
 *   TC 7.0–7.2 are decided (they accept).
 * - CE: 8.0.x accepts, 8.1.0+ refuses → "CE8" is vague, "CE 8.0" and "CE 8.1" are decided;
 *   every CE 9 (and "CE10") refuses, so "CE9" / "CE 9.x" are decided.
 * - RoomOS: every release refuses → any RoomOS answer is decided (a bare "RoomOS" → 10.0.0).
 */
function decideEndpoint(
  s: string,
  family: EndpointFamily,
  major: number | undefined,
  minor: number | undefined,
  patch: number | undefined,
  token: string,
  /** The version as written ("ce9.15.3.17", "TC7.3.6.4c7b8e7"): what is kept and shown, not the sentence around it. */
  written?: string,
): ParseResult<EndpointVersion> {
  const raw = rawOf(written ?? s);
  const ok = (mj: number, mn?: number, pt?: number): ParseResult<EndpointVersion> => ({
    ok: true,
    value: { family, raw, semver: toSemver(mj, mn, pt) },
  });
  if (family === 'RoomOS') {
    if (major === undefined) return ok(10);
    if (major < 10) {
      return fail('endpoint', s, {
        en: `RoomOS releases start at 10 (before that the software was called CE, up to 9.15). Which version exactly? I expected ${ENDPOINT_EXPECTED.en}.`,
        ja: `RoomOS は 10 から始まります（それ以前は CE で、9.15 まで）。正確なバージョンを教えてください。例：${ENDPOINT_EXPECTED.ja}。`,
      });
    }
    return ok(major, minor, patch);
  }
  if (family === 'TC') {
    if (major === undefined) {
      return fail(
        'endpoint',
        s,
        {
          en: 'Which TC release exactly? TC 7.3.5 and earlier still accept TLS 1.0, TC 7.3.6 and later refuse it. Please give the full version, e.g. TC7.3.6.',
          ja: 'TC のどのリリースでしょうか。TC 7.3.5 以前は TLS 1.0 を受け付け、TC 7.3.6 以降は拒否します。TC7.3.6 のように正確なバージョンを教えてください。',
        },
        true,
      );
    }
    if (major < 4 || major > 7) {
      return fail('endpoint', s, {
        en: `"${quote(token)}" is not a TC release I know (TC runs from 4.x to 7.3.x; after it came CE 8.x). I expected ${ENDPOINT_EXPECTED.en}.`,
        ja: `「${quote(token)}」は既知の TC リリースではありません（TC は 4.x〜7.3.x で、その後継が CE 8.x です）。${ENDPOINT_EXPECTED.ja}を教えてください。`,
      });
    }
    if (major === 7 && (minor === undefined || (minor === 3 && patch === undefined))) {
      return fail(
        'endpoint',
        s,
        {
          en: 'That is not precise enough: TC 7.3.0 to 7.3.5 still accept TLS 1.0 but TC 7.3.6 and later refuse it. Which exact TC 7.3.x is it (e.g. TC7.3.5 or TC7.3.6)?',
          ja: 'この情報だけでは判断できません。TC 7.3.0〜7.3.5 は TLS 1.0 を受け付けますが、TC 7.3.6 以降は拒否します。正確な TC 7.3.x（例：TC7.3.5 や TC7.3.6）を教えてください。',
        },
        true,
      );
    }
    return ok(major, minor, patch);
  }
  // CE
  if (major === undefined) {
    return fail(
      'endpoint',
      s,
      {
        en: 'Which CE release exactly? CE 8.0.x still accepts TLS 1.0, CE 8.1.0 and later refuse it. Please give the version, e.g. CE 9.15.3.',
        ja: 'CE のどのリリースでしょうか。CE 8.0.x は TLS 1.0 を受け付け、CE 8.1.0 以降は拒否します。CE 9.15.3 のようにバージョンを教えてください。',
      },
      true,
    );
  }
  if (major < 8) {
    return fail('endpoint', s, {
      en: `CE releases start at 8.0 (before that the software was called TC, up to 7.3.x). Did you mean TC${major}…? I expected ${ENDPOINT_EXPECTED.en}.`,
      ja: `CE は 8.0 から始まります（それ以前は TC で、7.3.x まで）。TC${major}… のことでしょうか。${ENDPOINT_EXPECTED.ja}を教えてください。`,
    });
  }
  if (major > 40) {
    return fail('endpoint', s, {
      en: `"${quote(token)}" is not a CE release I know. I expected ${ENDPOINT_EXPECTED.en}.`,
      ja: `「${quote(token)}」は既知の CE リリースではありません。${ENDPOINT_EXPECTED.ja}を教えてください。`,
    });
  }
  if (major === 8 && minor === undefined) {
    return fail(
      'endpoint',
      s,
      {
        en: 'That is not precise enough: CE 8.0.x still accepts TLS 1.0 but CE 8.1.0 and later refuse it. Is it CE 8.0.x or CE 8.1 or later (e.g. CE 8.3.0)?',
        ja: 'この情報だけでは判断できません。CE 8.0.x は TLS 1.0 を受け付けますが、CE 8.1.0 以降は拒否します。CE 8.0.x と CE 8.1 以降（例：CE 8.3.0）のどちらでしょうか。',
      },
      true,
    );
  }
  return ok(major, minor, patch);
}

/** A version token with the rest of its word ("ce9.15.3" + ".17", "tc7.3.6" + ".4c7b8e7"), without the words or brackets after it. */
function writtenAt(s: string, at: number, token: string): string {
  const tail = /^[\w.-]{0,40}/.exec(s.slice(at + token.length))?.[0] ?? '';
  return `${token}${tail}`.replace(/[.-]+$/, '');
}

/**
 * "TC7.3.6", "tc7.3.6.4c7b8e7", "TC7.3.21.d1b4a7a", "s52010tc7_3_5.pkg", "CE 8.1", "ce8.3.0.199465",
 * "ce9.15.3.17", "s52010ce9_15_3", "RoomOS 10.x", "RoomOS 11.5", "roomos 11" → EndpointVersion.
 * A bare version ("7.3.6", "9.15") gets its family from the major (4–7 TC, 8–9 CE, 10+ RoomOS).
 * Vague answers ("CE8", "TC7.3", "TC7", "CE") → ok:false with problem.vague = true.
 */
export function parseEndpoint(input: unknown): ParseResult<EndpointVersion> {
  const s = cleanInput(input);
  const foreign = otherProduct<EndpointVersion>('endpoint', s, ENDPOINT_EXPECTED);
  if (foreign) return foreign;
  const m = FAMILY_TOKEN.exec(s);
  if (m) {
    const family = familyOf(m[1].replace(/\s+/g, '').replace(/^collaborationendpoint.*$/i, 'ce'));
    return decideEndpoint(s, family, num(m[2]), num(m[3]), num(m[4]), m[0], writtenAt(s, m.index, m[0]));
  }
  if (IPV4_LIKE.test(s)) {
    return fail('endpoint', s, {
      en: `"${quote(s)}" looks like an IP address. I need the software version the endpoint runs: ${ENDPOINT_EXPECTED.en}.`,
      ja: `「${quote(s)}」は IP アドレスのようです。エンドポイントで動いているソフトウェアのバージョンが必要です。${ENDPOINT_EXPECTED.ja}を教えてください。`,
    });
  }
  const b = BARE_DOTTED.exec(s) ?? BARE_WHOLE.exec(s);
  if (b) {
    const major = num(b[1])!;
    const family = inferFamily(major);
    if (family) return decideEndpoint(s, family, major, num(b[2]), num(b[3]), b[0], writtenAt(s, b.index, b[0]));
    return fail('endpoint', s, {
      en: `"${quote(b[0])}" does not look like an endpoint software version. I expected ${ENDPOINT_EXPECTED.en}.`,
      ja: `「${quote(b[0])}」はエンドポイントのソフトウェアバージョンに見えません。${ENDPOINT_EXPECTED.ja}を教えてください。`,
    });
  }
  return fail('endpoint', s, {
    en: `I could not find an endpoint version in "${quote(s)}". I expected ${ENDPOINT_EXPECTED.en}.`,
    ja: `「${quote(s)}」からエンドポイントのバージョンを読み取れませんでした。${ENDPOINT_EXPECTED.ja}を教えてください。`,
  });
}

/** TC ≥ 7.3.6, CE ≥ 8.1.0 and every RoomOS refuse TLS 1.0 on HTTPS. TC ≤ 7.3.5 and CE 8.0.x accept it. */
export function endpointRefusesTls10(v: EndpointVersion): boolean {
  switch (v.family) {
    case 'RoomOS':
      return true;
    case 'TC':
      return semverGte(v.semver, '7.3.6');
    case 'CE':
      return semverGte(v.semver, '8.1.0');
    default:
      return true;
  }
}

// ---------------------------------------------------------------------------------------------
// SQL Server

const SQL_BUILD_YEAR: Record<string, { year: number; r2: boolean }> = {
  '9.0': { year: 2005, r2: false },
  '10.0': { year: 2008, r2: false },
  '10.50': { year: 2008, r2: true },
  '10.5': { year: 2008, r2: true },
  '11.0': { year: 2012, r2: false },
  '12.0': { year: 2014, r2: false },
  '13.0': { year: 2016, r2: false },
  '14.0': { year: 2017, r2: false },
  '15.0': { year: 2019, r2: false },
  '16.0': { year: 2022, r2: false },
  '17.0': { year: 2025, r2: false },
};
const SQL_YEARS = [2005, 2008, 2012, 2014, 2016, 2017, 2019, 2022, 2025];

/** 11.0.2100, 10.50.6560.0, 12.0.4439.1, 13.0.x (third part ≥ 3 digits, so "15.2.1" is not a build). */
const SQL_BUILD = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{3,5}|x)(?:\.(\d{1,5}))?(?![\d])/i;
/** A release year, not part of a date ("2016-03-01", "01/03/2016") or a longer number. */
/** "2k8 R2", "2k12", "sql2k16" (QA51 #18): a SQL release written as Windows' often is. */
const SQL_2K = /(?:(?<=sql)|(?<![a-z\d]))2k(\d{1,2})(?!\d)(?:[\s-]{0,2}(r2)(?![a-z]))?/i;
const YEAR_R2 = /(?<!\d)(?<!\d[-/.])(19\d\d|20\d\d)(?!\d)(?![-/.]\d)(?:[\s-]{0,2}(r2)(?![a-z]))?/i;
const SQL_SP = /(?<![a-z])(?:sp|service\s?pack)[\s-]{0,2}(\d{1,2})(?!\d)/i;
const SQL_RTM = /(?<![a-z])rtm(?![a-z])/i;
const SQL_CU = /(?<![a-z])(?:cu|cumulative\s?update)[\s-]{0,2}(\d{1,2})(?!\d)/i;
/** A clause or message that only names a service pack / cumulative update ("oh, SP1", 「あ、SP1でした」, "it's SP2 CU10"). */
const SQL_SP_ONLY =
  /^[\s,.、。!]*(?:(?:oh|ah|sorry|actually|and|also|but|rather|it'?s|it\sis|its|that'?s|with|on|plus|あ|あっ|すみません|失敗|正しくは|それと|ちなみに)[\s,.、。!]*)*(?:(?:sp|service\s?pack)[\s-]{0,2}\d{1,2}|rtm)(?:[\s,+]{0,3}(?:cu|cumulative\s?update)[\s-]{0,2}\d{1,2})?\s*(?:でした|です|だった|だよ|too|as\swell)?[\s.!。]*$/i;

/**
 * The service pack and cumulative update of a text that names nothing else, to refine a SQL
 * version already known; null when the text says more (or no service pack at all).
 */
export function parseSqlServicePack(input: unknown): { sp: number; cu: number | null } | null {
  const s = cleanInput(input, 200);
  if (!SQL_SP_ONLY.test(s)) return null;
  const sp = SQL_SP.exec(s);
  const cu = SQL_CU.exec(s);
  return { sp: sp ? num(sp[1])! : 0, cu: cu ? num(cu[1])! : null };
}

/** Build → service pack, for the releases whose service pack matters here (first build of each SP). */
const SP_FIRST_BUILD: Record<string, number[]> = {
  // index = SP number; value = third part of the first build of that SP
  '2008R2': [1600, 2500, 4000, 6000],
  '2012': [2100, 3000, 5058, 6020, 7001],
  '2014': [2000, 4100, 5000, 6024],
};

/**
 * The last service pack of a SQL Server release, for the releases SP_FIRST_BUILD lists (2008 R2: SP3, 2012: SP4, 2014: SP3), or null
 * where this code keeps no list (nothing is said of them). "SQL 2014 SP4" names a service pack that does not exist (QA63 #3).
 */
export function sqlLastServicePack(year: number, r2: boolean): number | null {
  const table = SP_FIRST_BUILD[r2 ? `${year}R2` : String(year)];
  return table ? table.length - 1 : null;
}

/** The SQL Server releases SP_FIRST_BUILD lists that have service pack `sp` ("2012" for SP4). */
export function sqlReleasesWithServicePack(sp: number): string[] {
  return Object.entries(SP_FIRST_BUILD)
    .filter(([, t]) => sp >= 1 && sp < t.length)
    .map(([k]) => k.replace('R2', ' R2'));
}

function spFromBuild(year: number, r2: boolean, buildNo: number): number | null {
  const table = SP_FIRST_BUILD[r2 ? `${year}R2` : String(year)];
  if (!table || buildNo < table[0]) return null;
  let sp = 0;
  for (let i = 0; i < table.length; i++) if (buildNo >= table[i]) sp = i;
  return sp;
}

const SQL_EXPECTED: LocalizedText = {
  en: 'a SQL Server version such as "2008 R2", "2012 SP1", "2014 SP2", "2016", or a build number like 11.0.2100',
  ja: '「2008 R2」「2012 SP1」「2014 SP2」「2016」のような SQL Server のバージョン、または 11.0.2100 のようなビルド番号',
};

/** An edition word right after the version ("2008 R2 Express", "2016 (Standard)"): part of what was said. */
const SQL_EDITION_AFTER = /^\s?[(（]?\s?(?:express|standard|enterprise|web|developer)(?:\s?edition)?[)）]?/i;

/**
 * The version as the user wrote it, without what follows it in the segment: "2008 R2 SP2 別" and
 * "2016 on another server" keep "2008 R2 SP2" and "2016" (an edition right after the version stays).
 */
function sqlVersionText(s: string, found: (RegExpExecArray | null)[]): string {
  let end = 0;
  let first = s.length;
  for (const m of found) if (m) {
    end = Math.max(end, m.index + m[0].length);
    first = Math.min(first, m.index);
  }
  if (end === 0) return s;
  const ed = SQL_EDITION_AFTER.exec(s.slice(end));
  if (ed) end += ed[0].length;
  // "remote (2014 sp1 on a separate box)": a bracket opened before the version, with words before it, is
  // not part of the version; it starts after the bracket.
  const lead = /[(（][^)）]*$/.exec(s.slice(0, first));
  const start = lead && lead.index > 0 ? lead.index + 1 : 0;
  // "2012 SP1 (11.0.3000)": the bracket the version opened closes with it.
  const open = (s.slice(start, end).match(/[(（]/g) ?? []).length - (s.slice(start, end).match(/[)）]/g) ?? []).length;
  const close = open > 0 ? /^\s?[)）]/.exec(s.slice(end)) : null;
  return s.slice(start, end + (close ? close[0].length : 0));
}

/**
 * "2008 R2", "SQL Server 2012 SP1", "2014 SP2", "SQL 2012 SP2 CU10", "2016", "SQL Server 2008R2 SP3",
 * "SQL Express 2012", build numbers "11.0.2100", "10.50.6560.0", "12.0.4439.1", "13.0.x" → SqlVersion.
 * When only a build is given, the service pack is derived from it (2008 R2, 2012, 2014).
 */
export function parseSql(input: unknown): ParseResult<SqlVersion> {
  const s = cleanInput(input);
  const foreign = otherProduct<SqlVersion>('sql', s, SQL_EXPECTED);
  if (foreign) return foreign;
  const spM = SQL_SP.exec(s);
  const cuM = SQL_CU.exec(s);
  const yr = YEAR_R2.exec(s);
  const k = yr ? null : SQL_2K.exec(s);
  const raw = rawOf(sqlVersionText(s, [spM, cuM, SQL_RTM.exec(s), SQL_BUILD.exec(s), yr ?? k]));
  let sp: number | null = spM ? num(spM[1])! : SQL_RTM.test(s) ? 0 : null;
  const cu: number | null = cuM ? num(cuM[1])! : null;

  const b = SQL_BUILD.exec(s);
  if (b) {
    const key = `${num(b[1])}.${b[2]}`;
    const info = SQL_BUILD_YEAR[key] ?? SQL_BUILD_YEAR[`${num(b[1])}.${num(b[2])}`];
    if (info) {
      const third = num(b[3]);
      const build = third === undefined ? null : b[4] !== undefined ? `${b[1]}.${b[2]}.${b[3]}.${b[4]}` : `${b[1]}.${b[2]}.${b[3]}`;
      if (sp === null && third !== undefined) sp = spFromBuild(info.year, info.r2, third);
      return { ok: true, value: { year: info.year, r2: info.r2, sp, cu, build, raw } };
    }
    return fail('sql', s, {
      en: `"${quote(b[0])}" is not a SQL Server build number I know (SQL Server 2005 is 9.0, 2008 R2 is 10.50, 2012 is 11.0, 2016 is 13.0, 2022 is 16.0). I expected ${SQL_EXPECTED.en}.`,
      ja: `「${quote(b[0])}」は既知の SQL Server ビルド番号ではありません（2005 は 9.0、2008 R2 は 10.50、2012 は 11.0、2016 は 13.0、2022 は 16.0 です）。${SQL_EXPECTED.ja}を教えてください。`,
    });
  }
  const y = yr ?? k;
  if (y) {
    const year = yr ? num(y[1])! : 2000 + num(y[1])!;
    if (!SQL_YEARS.includes(year)) {
      return fail('sql', s, {
        en: `There is no SQL Server ${year} (releases: 2005, 2008, 2008 R2, 2012, 2014, 2016, 2017, 2019, 2022, 2025). I expected ${SQL_EXPECTED.en}.`,
        ja: `SQL Server ${year} というリリースはありません（2005、2008、2008 R2、2012、2014、2016、2017、2019、2022、2025 があります）。${SQL_EXPECTED.ja}を教えてください。`,
      });
    }
    // Only 2008 has an R2 edition: "SQL 2012 R2" names a Windows Server release, so ask which product.
    if (y[2] !== undefined && year !== 2008) {
      return fail('sql', s, {
        en: `SQL Server has no ${year} R2 (Windows Server ${year} R2 exists). Is that your Windows Server release, and which SQL Server version runs with TMS (for example "SQL ${year}")?`,
        ja: `SQL Server に ${year} R2 というリリースはありません（Windows Server ${year} R2 はあります）。それは Windows Server のバージョンでしょうか。TMS が使っている SQL Server のバージョン（例:「SQL ${year}」）も教えてください。`,
      });
    }
    const r2 = year === 2008 && y[2] !== undefined;
    return { ok: true, value: { year, r2, sp, cu, build: null, raw } };
  }
  return fail('sql', s, {
    en: `I could not find a SQL Server version in "${quote(s)}". I expected ${SQL_EXPECTED.en}.`,
    ja: `「${quote(s)}」から SQL Server のバージョンを読み取れませんでした。${SQL_EXPECTED.ja}を教えてください。`,
  });
}

/**
 * The release and service pack the user named next to a build that says otherwise ("SQL Server 2012 SP4 (11.0.5058)",
 * "SQL Server 2016 (12.0.4100)"): parseSql takes the release from the build (and keeps a named service pack), so the verdict
 * follows the build; this says what the label claimed and what the build is, for a note that they disagree (QA61 #7). Null
 * when there is no build, no label, or they agree.
 */
export function sqlLabelBuildConflict(v: SqlVersion | undefined): { label: string; build: string } | null {
  if (!v || !v.build || typeof v.raw !== 'string') return null;
  const b = SQL_BUILD.exec(v.build);
  const info = b ? (SQL_BUILD_YEAR[`${num(b[1])}.${b[2]}`] ?? SQL_BUILD_YEAR[`${num(b[1])}.${num(b[2])}`]) : undefined;
  if (!b || !info) return null;
  // The label is what the raw text says outside the build number.
  const rest = v.raw.replace(SQL_BUILD, ' ');
  const y = YEAR_R2.exec(rest);
  const labelYear = y ? num(y[1])! : null;
  const labelR2 = y ? y[2] !== undefined : false;
  const spM = SQL_SP.exec(rest);
  const labelSp: number | null = spM ? num(spM[1])! : SQL_RTM.test(rest) ? 0 : null;
  const third = num(b[3]);
  const buildSp = third === undefined ? null : spFromBuild(info.year, info.r2, third);
  const yearDiffers = labelYear !== null && (labelYear !== info.year || labelR2 !== info.r2);
  const spDiffers = labelSp !== null && buildSp !== null && labelSp !== buildSp;
  if (!yearDiffers && !spDiffers) return null;
  const sp = (n: number | null): string => (n === null ? '' : n === 0 ? ' RTM' : ` SP${n}`);
  const labelYearText = labelYear !== null ? `${labelYear}${labelR2 ? ' R2' : ''}` : `${info.year}${info.r2 ? ' R2' : ''}`;
  return {
    label: `SQL Server ${labelYearText}${sp(labelSp)}`,
    build: `SQL Server ${info.year}${info.r2 ? ' R2' : ''}${sp(buildSp)}`,
  };
}

const NOT_REMOTE_EN =
  /(?<![a-z])(?:not|isn't|aren't|never)\s(?:on\s|in\s|at\s)?(?:a\s|an\s)?(?:remote(?:ly)?|separate|seperate|seprate|another|anothr|anohter|annother|different|diffrent|diferent|dedicated|external|other)(?![a-z])/;
/** "SQL 2016 別", 「SQL は別」, 「SQL 2008 R2（別）」: 別 ending the SQL clause says it runs elsewhere. */
const REMOTE_JA_BARE = /(?:^|[\s\d)）(（はも])別(?:建て|筐体|機)?[)）]?(?:です|でした|だ|だよ|になります|にあります)?[\s)）。.!！]*$/;
/**
 * "DB on SQLCLUSTER01", "SQL runs on prd-sql02": SQL on a host named for a database or a cluster (not
 * one named for TMS) is another machine.
 */
const REMOTE_HOST = /(?<![a-z])(?:on|at)\s(?:host\s|server\s|node\s)?(?!tms)[a-z0-9-]*(?:sql|db|cluster)[a-z0-9-]*\d[a-z0-9-]*(?![a-z0-9])/;
const NOT_REMOTE_JA = /(?:別(?:の)?(?:サーバ|マシン|ホスト)|リモート|外部(?:の)?(?:サーバ)?)ー?(?:上)?(?:では|じゃ|で)(?:なく|ない|ありません|はない|はありません)/;
const NOT_LOCAL_EN = /(?<![a-z])(?:not|isn't|aren't|never|no\slonger)\s(?:on\s|in\s)?(?:the\s)?(?:local(?:ly)?|co-?located|on[\s-]?box|same\s(?:server|machine|host|box|vm)|(?<=on\s)(?:the|this)\sbox)(?![a-z])/;
const NOT_LOCAL_JA = /(?:ローカル|同居|同じサーバ|同一サーバ)(?:上)?(?:では|じゃ)(?:なく|ない|ありません|はない|はありません)/;

/** Words for SQL on another machine (a remote server, a dedicated or shared one, a SQL cluster). */
const REMOTE_EN = /(?<![a-z])(?:not\s(?:installed\s|running\s|hosted\s|located\s)?(?:on|in)\s(?:the\s)?(?:tms|same)|remote(?:ly)?|separate|seperate|seprate|(?:another|anothr|anohter|annother|different|diffrent|diferent)(?!\s(?:codec|endpoint|unit|device|room\s?kit|board|desk|sx\d|mx\d|dx\d|c\d0)(?![a-z]))|dedicated|external|elsewhere|off[\s-]?box|(?:its|their)\sown\s(?:server|box|host|machine|vm)|shared\s(?:db|database|sql)(?:\s(?:farm|cluster|server|instance|platform))?|shared\s(?:cluster|farm|instance)|(?:db|database|sql)\s(?:farm|cluster)|failover\scluster|always\s?on|dba\steam|other\s(?:server|machine|host|box))(?![a-z])/;
const REMOTE_JA = /別(?:の)?\s?(?:db|sql|データベース)?\s?(?:サーバ|マシン|ホスト|vm(?![a-z]))|tms\s?(?:サーバ)?\s?とは別|リモート|外部|専用(?:の)?(?:サーバ|マシン)|共有(?:の)?(?:sql|db|データベース|クラスタ)|(?:sql|db|データベース)\s?(?:基盤|ファーム|クラスタ)|(?:tms|同じ)\s?サーバ(?:上)?(?:に|には|では)(?:ない|無い|ありません|ございません|入って(?:い)?ない)/;
/**
 * SQL said to be on one node of a redundant TMS pair: "on node 1", "on the primary node", "on the primary",
 * 「1台目に」「ノード1で」「プライマリに」「主系だけ」. Not "on a second server" (another machine), nor a node or replica of
 * a SQL cluster (SQL_CLUSTER), nor a host name ("SQL 2012 on TMS01" says no place).
 */
const TMS_NODE_EN =
  /(?<![a-z])(?:on|at|in)\s(?:the\s)?(?:(?:tms\s)?node\s?(?:1|2|one|two|a|b)|(?:first|second|primary|secondary|active|passive)\s(?:tms\s)?node|primary\stms|primary(?=\s?(?:only|[,.;)]|$)))(?![a-z0-9])/;
const TMS_NODE_JA = /(?:[12一二]台目|[12]号機|ノード\s?[12ab]|プライマリ(?:ノード|サーバ|側)?|主系)(?:の)?(?:tms)?(?:サーバ|ノード)?(?:上)?(?:に|で|だけ|のみ)/;
const SQL_CLUSTER = /failover\scluster|always\s?on|(?:sql|db|database)\s(?:cluster|farm|node|replica)|(?:sql|db|データベース)\s?クラスタ/;

/** Where in `s` (lower-cased, cleaned) SQL is said to run on one TMS node, before any word for another machine; -1 if not. */
function tmsNodeAt(s: string): number {
  const m = TMS_NODE_EN.exec(s) ?? TMS_NODE_JA.exec(s);
  if (!m || SQL_CLUSTER.test(s)) return -1;
  // "TMS on node 1" with no SQL named before it says where TMS runs, not SQL.
  const before = s.slice(0, m.index);
  if (/(?<![a-z])tms(?![a-z])/.test(before) && !/sql|(?<![a-z])db(?![a-z])|database|データベース/.test(before)) return -1;
  const r = [REMOTE_EN.exec(s), REMOTE_JA.exec(s), REMOTE_HOST.exec(s)].reduce((a, x) => (x && x.index < a ? x.index : a), Infinity);
  return m.index < r ? m.index : -1;
}

/**
 * "SQL is on node 1 only, node 2 uses it remotely", 「SQLは1台目にあり、2台目はリモートで使用」: SQL runs on a TMS
 * node (the SQL caveat holds there), whatever the other node does.
 */
export function sqlOnTmsNode(input: unknown): boolean {
  return sqlOnTmsNodeIn(cleanInput(input, 400).toLowerCase());
}

/** sqlOnTmsNode on a cleaned, lower-cased text. */
function sqlOnTmsNodeIn(s: string): boolean {
  if (!/node|primary|tms|台目|号機|ノード|プライマリ|主系/.test(s)) return false;
  return !NOT_REMOTE_EN.test(s) && !NOT_LOCAL_EN.test(s) && !NOT_LOCAL_JA.test(s) && tmsNodeAt(s) >= 0;
}

/**
 * Bare answers about where SQL runs: "remote", "separate server", "別サーバ", "local", "same server".
 * "on TMS 15.2.1" names TMS with its version (where the symptom is), not the place SQL runs.
 */
export function parseSqlLocation(input: unknown): SqlLocation | null {
  return sqlPlaceIn(cleanInput(input, 400).toLowerCase(), false).location;
}

/**
 * Where SQL runs (parseSqlLocation) and whether it is said to run on one TMS node (sqlOnTmsNode, only with 'local'), from
 * one reading of the text: the node test runs once per clause.
 */
export function parseSqlPlace(input: unknown): { location: SqlLocation | null; onNode: boolean } {
  return sqlPlaceIn(cleanInput(input, 400).toLowerCase(), true);
}

/**
 * sqlcmd's / the SQL client driver's own advice, quoted or pasted without its "Sqlcmd:" prefix: "Check if … SQL Server is
 * configured to allow remote connections", 「SQL Server がリモート接続を許可するように構成されていることを確認してください」. It
 * names remote connections in general, not the place SQL runs (QA round 28 W1); its lines (isSqlClientLine) say nothing either.
 */
const DRIVER_REMOTE_ADVICE = /(?:configured\sto\s)?allow(?:s|ing)?\sremote\sconnections?|リモート\s?接続を許可/g;

/** `s` without the driver's advice and its error lines (cheap: only a text that says remote has any). */
function withoutDriverAdvice(s: string): string {
  if (!s.includes('remote') && !s.includes('リモート')) return s;
  const out = s.replace(DRIVER_REMOTE_ADVICE, ' ');
  return out.includes('\n') || isSqlClientLine(out) ? out.split('\n').map((l) => (isSqlClientLine(l) ? '' : l)).join('\n') : out;
}

/** `s` cleaned and lower-cased; `withNode`: also say whether SQL is on a TMS node (else onNode is false). */
function sqlPlaceIn(text: string, withNode: boolean): { location: SqlLocation | null; onNode: boolean } {
  const s = withoutDriverAdvice(text);
  // "AlwaysOn, with a replica on the TMS server itself": an instance on the TMS server is local, whatever runs elsewhere
  // (the safe side: the SQL caveats hold; QA39 #1).
  if (sqlCopyOnTms(s)) return { location: 'local', onNode: false };
  // "not on a separate server", "not remote", "別サーバではなく", "リモートではありません": local.
  if (NOT_REMOTE_EN.test(s) || NOT_REMOTE_JA.test(s)) return { location: 'local', onNode: withNode && sqlOnTmsNodeIn(s) };
  // "not local (but remote)", "isn't on the same server", 「ローカルではなく」「同居ではありません」: remote.
  if (NOT_LOCAL_EN.test(s) || NOT_LOCAL_JA.test(s)) return { location: 'remote', onNode: false };
  // "on node 1 only, node 2 uses it remotely": a TMS node (QA round 22 W3); "remotely" is the other node's access.
  if (sqlOnTmsNodeIn(s)) return { location: 'local', onNode: withNode };
  if (
    REMOTE_EN.test(s) ||
    REMOTE_JA.test(s) ||
    REMOTE_JA_BARE.test(s) ||
    REMOTE_HOST.test(s)
  ) {
    return { location: 'remote', onNode: false };
  }
  if (
    /(?<![a-z])(?:local(?:ly)?|same\s(?:server|machine|host|box|vm)|on[\s-]?box|on\s(?:the|this)\sbox(?!\s?\d)|on\s(?:the\s)?tms(?:\s(?:server|box|host|machine|vm)|(?!\s?v?\s?\d))|co-?located|tms\s(?:server|box|host|machine|vm)\s(?:also\s)?(?:hosts|runs|has))(?![a-z])/.test(s) ||
    /ローカル|同じサーバ|同一サーバ|同居|tms\s?(?:サーバ|と同じ)/.test(s)
  ) {
    return { location: 'local', onNode: false };
  }
  return { location: null, onNode: false };
}

/** What the TMS server's SQL instance needs before the TLS change: see knowledge/sql.ts (KB3135244 table). */
export { sqlTlsStatus } from './knowledge/sql';
export type { SqlTlsStatus } from './knowledge/sql';

// ---------------------------------------------------------------------------------------------
// Windows Server

const WIN_YEARS = [2008, 2012, 2016, 2019, 2022, 2025];
const WIN_YEAR = YEAR_R2;
const WIN_2K = /(?<![a-z\d])(?:w|win|windows)?[\s-]?2k(\d{1,2})(?!\d)[\s-]?(r2)?(?![a-z])/i;
const WIN_NT = /(?<![a-z])nt\s?6\.([0-3])(?![\d.])/i;
const WIN_CLIENT = /(?<![a-z])(?:windows|win)\s?(?:7|8|8\.1|10|11|xp|vista)(?![\d.a-z])/i;

const WINDOWS_EXPECTED: LocalizedText = {
  en: 'a Windows Server version such as 2008 R2, 2012 R2, 2016, 2019 or 2022',
  ja: '2008 R2、2012 R2、2016、2019、2022 のような Windows Server のバージョン',
};

/** A service pack or an edition right after the Windows release ("2008 SP2", "2012 R2 Datacenter"): part of what was said. */
const WIN_EDITION_AFTER = /^(?:\s?(?:sp\s?\d|service\s?pack\s?\d))?(?:\s?[(（]?\s?(?:datacenter|dc|standard|std|essentials|core|server\s?core)(?:\s?edition)?[)）]?)?/i;

/** The release as written, without what follows it in the segment: "2016 with local" keeps "2016". */
function windowsVersionText(s: string, found: RegExpExecArray): string {
  let end = found.index + found[0].length;
  const ed = WIN_EDITION_AFTER.exec(s.slice(end));
  if (ed) end += ed[0].length;
  return s.slice(0, end);
}

/** "2008 R2", "Windows Server 2012 R2", "2016", "2019", "2022", "2025", "win2k12r2", "W2K8R2" → WindowsVersion. */
export function parseWindows(input: unknown): ParseResult<WindowsVersion> {
  const s = cleanInput(input);
  const foreign = otherProduct<WindowsVersion>('windows', s, WINDOWS_EXPECTED);
  if (foreign) return foreign;
  let year: number | undefined;
  let r2 = false;
  const k = WIN_2K.exec(s);
  const y = WIN_YEAR.exec(s);
  const nt = WIN_NT.exec(s);
  if (nt && !k && !y) {
    // "Windows NT 6.1" as printed by SELECT @@VERSION: 6.0 = 2008, 6.1 = 2008 R2, 6.2 = 2012, 6.3 = 2012 R2.
    const minor = num(nt[1])!;
    year = minor <= 1 ? 2008 : 2012;
    r2 = minor === 1 || minor === 3;
  } else if (k && (!y || k.index <= y.index)) {
    const n = num(k[1])!;
    year = n < 100 ? 2000 + n : n;
    r2 = k[2] !== undefined;
  } else if (y) {
    year = num(y[1])!;
    r2 = y[2] !== undefined;
  }
  if (year === undefined) {
    if (WIN_CLIENT.test(s)) {
      return fail('windows', s, {
        en: `TMS runs on Windows Server, not a desktop Windows. I expected ${WINDOWS_EXPECTED.en}.`,
        ja: `TMS はデスクトップ版ではなく Windows Server 上で動作します。${WINDOWS_EXPECTED.ja}を教えてください。`,
      });
    }
    return fail('windows', s, {
      en: `I could not find a Windows Server version in "${quote(s)}". I expected ${WINDOWS_EXPECTED.en}.`,
      ja: `「${quote(s)}」から Windows Server のバージョンを読み取れませんでした。${WINDOWS_EXPECTED.ja}を教えてください。`,
    });
  }
  if (!WIN_YEARS.includes(year) && SQL_YEARS.includes(year)) {
    // "Windows 2014": that year is a SQL Server release, not a Windows one.
    return fail('windows', s, {
      en: `There is no Windows Server ${year}; ${year} is a SQL Server release. Is ${year} your SQL Server version? Which Windows Server does TMS run on (${WINDOWS_EXPECTED.en.replace(/^a Windows Server version such as /, '')})?`,
      ja: `Windows Server ${year} というリリースはありません。${year} は SQL Server のリリースです。SQL Server のバージョンのことでしょうか。TMS が動いている Windows Server のバージョン（2008 R2、2012 R2、2016、2019、2022 など）も教えてください。`,
    });
  }
  if (!WIN_YEARS.includes(year)) {
    // (Not "TMS does not run on it": the sources cover these releases, and say nothing of TMS on 2025; QA61 #5.)
    return fail('windows', s, {
      en: `Windows Server ${year} is not a release this problem's sources cover. They cover 2008 (SP2, where Microsoft's KB4019276 must come first: without it TLS 1.2 does not exist there), 2008 R2, 2012, 2012 R2, 2016, 2019 and 2022; for 2025, TMS support is not documented. I expected ${WINDOWS_EXPECTED.en}.`,
      ja: `Windows Server ${year} は、この問題の資料が扱うリリースではありません。資料が扱うのは 2008（SP2。先に Microsoft の KB4019276 が必要で、これがないと TLS 1.2 が存在しません）、2008 R2、2012、2012 R2、2016、2019、2022 で、2025 での TMS のサポートは資料に記載がありません。${WINDOWS_EXPECTED.ja}を教えてください。`,
    });
  }
  if (year !== 2008 && year !== 2012) r2 = false;
  return { ok: true, value: { year, r2, raw: rawOf(windowsVersionText(s, nt && !k && !y ? nt : k && (!y || k.index <= y.index) ? k : y!)) } };
}

/** Schannel defaults per Windows release: see knowledge/windows.ts (Microsoft's table). */
export { registryStepFor, windowsSchannelDefaults } from './knowledge/windows';
export type { SchannelDefaults } from './knowledge/windows';

// ---------------------------------------------------------------------------------------------
// Security level

/**
 * Low / Medium / Medium-High / High in any reasonable spelling, English or Japanese:
 * "medium high", "med-high", "MediumHigh", "mid-high", "中", "中高", "ミディアムハイ", "ミディアム", "高", "低".
 * "default" / "デフォルト" / "既定" → medium (TMS's default).
 */
export function parseLevel(input: unknown): ParseResult<SecurityLevel> {
  const s = cleanInput(input, 400);
  const t = s.toLowerCase();
  const level = levelIn(t);
  if (level) return { ok: true, value: level };
  return fail('level', s, {
    en: `I could not read "${quote(s)}" as a Communication Security level. I expected Low, Medium, Medium-High or High (TMS Tools > Security Settings > Advanced Security Settings).`,
    ja: `「${quote(s)}」を通信セキュリティのレベルとして読み取れませんでした。Low、Medium、Medium-High、High のいずれかを教えてください（TMS Tools > Security Settings > Advanced Security Settings で確認できます）。`,
  });
}

/** "medium" and its common misspellings ("Medum-High", "meduim", "Midium", "Mediun"): never read as the High after them. */
const MEDIUM_EN = 'medium|med|mid|middle|medum|meduim|mediun|meidum|midium|mediam|meduem|medim';
const LV_MH_EN = new RegExp(`(?<![a-z])(?:${MEDIUM_EN})[\\s_/+-]{0,3}(?:high|hi)(?![a-z])`);
// A kanji level (中 高 低 中高) is a word of its own, not part of a compound: 業務時間中 (during business
// hours), 確認中, 中止, 最高, 低下 name no level.
const LV_MH_JA = /ミディアム[\s_・ー-]{0,2}ハイ|ミドル[\s_・ー-]{0,2}ハイ|(?<![\u3400-\u9fff])中[\s_・-]{0,2}高(?!い|く|速|校|年|級|等|[\u3400-\u9fff])/;
const LV_H_EN = /(?<![a-z])(?:high|hi)(?![a-z])/;
// Katakana and kanji level names stand alone: not ロー in ロールバック (rollback), フロー or ローカル,
// not ハイ in ハイパーV, not ミドル in ミドルウェア, not 中 in 作業中 / 確認中 / 時間中, not 低 in 低い / 低下,
// not 高 in 高負荷 / 最高.
const LV_H_JA = /(?<!ミディアム|ミドル|[ァ-ヺ])ハイ(?![ァ-ヺ])|(?<![\u3400-\u9fff])高(?!い|く|速|め|さ|[\u3400-\u9fff])/;
const LV_M_EN = new RegExp(`(?<![a-z])(?:${MEDIUM_EN})(?![a-z])`);
const LV_M_JA = /ミディアム|ミドル(?![ァ-ヺ])|(?<![\u3400-\u9fff])中(?![\u3400-\u9fff])/;
const LV_L_EN = /(?<![a-z])(?:low|lo)(?![a-z])/;
const LV_L_JA = /(?<![ァ-ヺ])ロー(?![ァ-ヺ])|(?<![\u3400-\u9fff])低(?!い|く|か|さ|め|[\u3400-\u9fff])/;
const LV_DEFAULT = /(?<![a-z])default(?![a-z])|デフォルト|既定|初期(?:設定|値)/;

/** The level named in (lower-cased) text, most specific first; null when none. */
export function levelIn(t: string): SecurityLevel | null {
  if (LV_MH_EN.test(t) || LV_MH_JA.test(t)) return 'medium-high';
  if (LV_M_EN.test(t) || LV_M_JA.test(t)) return LV_H_EN.test(t) || LV_H_JA.test(t) ? mixed(t) : 'medium';
  if (LV_H_EN.test(t) || LV_H_JA.test(t)) return 'high';
  if (LV_L_EN.test(t) || LV_L_JA.test(t)) return 'low';
  if (LV_DEFAULT.test(t)) return 'medium';
  return null;
}

/** Both "medium" and "high" appear but not adjacent ("medium, not high"): take the first one said. */
function mixed(t: string): SecurityLevel {
  const m = LV_M_EN.exec(t) ?? LV_M_JA.exec(t);
  const h = LV_H_EN.exec(t) ?? LV_H_JA.exec(t);
  if (m && h) return m.index <= h.index ? 'medium' : 'high';
  return 'medium';
}

// ---------------------------------------------------------------------------------------------
// Display helpers

/**
 * A version as precise as the user gave it: "15.2.1", "9.15" (not "9.15.0", which is one particular
 * release), "15.x" for a bare major; null when the user gave no number at all (a bare "RoomOS").
 */
export function shownVersion(semverText: string, raw: string): string | null {
  const [a, b, c] = String(semverText).split('.');
  const r = String(raw ?? '');
  // Numbers (what a parsed version holds) are looked up directly; anything else (a hand-edited state) as a pattern, as before.
  const has = (parts: string[]) =>
    parts.every((p) => DIGITS.test(p)) ? hasNumbers(r, parts) : new RegExp(`(?<!\\d)${parts.join('[._]')}(?!\\d)`).test(r);
  if (!has([a])) return null;
  if (c === undefined || b === undefined) return semverText;
  if (c !== '0' || has([a, b, c])) return `${a}.${b}.${c}`;
  if (b !== '0' || has([a, b])) return `${a}.${b}`;
  return `${a}.x`;
}

const DIGITS = /^\d+$/;
const isDigit = (s: string, i: number) => i >= 0 && i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

/**
 * Does `r` hold the numbers `parts` joined by "." or "_", not inside a longer number? The same
 * answer as /(?<!\d)a[._]b[._]c(?!\d)/.test(r), without building a regex per call.
 */
function hasNumbers(r: string, parts: string[]): boolean {
  for (let i = r.indexOf(parts[0]); i >= 0; i = r.indexOf(parts[0], i + 1)) {
    if (isDigit(r, i - 1)) continue;
    let pos = i + parts[0].length;
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) {
      const sep = r[pos];
      ok = (sep === '.' || sep === '_') && r.startsWith(parts[k], pos + 1);
      pos += 1 + parts[k].length;
    }
    if (ok && !isDigit(r, pos)) return true;
  }
  return false;
}

export function formatTms(v: TmsVersion): string {
  return `TMS ${shownVersion(v.semver, v.raw) ?? v.semver}`;
}
export function formatEndpoint(v: EndpointVersion): string {
  const shown = shownVersion(v.semver, v.raw);
  return shown === null ? v.family : `${v.family} ${shown}`;
}
export function formatSql(v: SqlVersion): string {
  let s = `SQL Server ${v.year}${v.r2 ? ' R2' : ''}`;
  if (v.sp !== null) s += v.sp === 0 ? ' RTM' : ` SP${v.sp}`;
  if (v.cu !== null) s += ` CU${v.cu}`;
  if (v.build) s += ` (${v.build})`;
  return s;
}
export function formatWindows(v: WindowsVersion): string {
  return `Windows Server ${v.year}${v.r2 ? ' R2' : ''}`;
}
const LEVEL_NAMES: Record<SecurityLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  'medium-high': 'Medium-High',
  high: 'High',
};
export function formatLevel(l: SecurityLevel): string {
  return LEVEL_NAMES[l] ?? 'Medium';
}
