/**
 * Whom an "over HTTP" remark is about. "we also have 2 MXPs, those are managed over http", "the polycoms use http, not
 * telnet", 「MXPはHTTPで管理してます」 speak of OTHER devices (Telnet/SNMP-era units, "the others", "some old ones"):
 * the endpoints that fail with "No HTTPS response" are still reached over HTTPS, so the remark must not become the
 * incident's "managed over HTTP". "TMS talks to the codecs over http only", "all our endpoints are managed over HTTP",
 * "CE 9.15, managed over http" speak of the endpoints themselves (knowledge.md "Symptom": only an endpoint managed over
 * plain HTTP escapes the error).
 * Pure; the extractor calls it only on messages that contain "http", on text it has already normalised (NFKC).
 */

import { TELNET_PRODUCT_WORDS_EN, TELNET_PRODUCT_WORDS_JA } from '../knowledge/products';

export type HttpSubject = 'others' | 'self';

/**
 * Other devices: the units TMS typically manages over Telnet/SNMP (knowledge.md "Caveats - Telnet and SNMP"), and
 * "the others", "the rest", "some old ones", "legacy systems", 「他の機器」「古い端末」「残りの端末」「レガシー」.
 */
const OTHERS =
  new RegExp(String.raw`(?<![a-z])(?:${TELNET_PRODUCT_WORDS_EN})(?![a-z])|${TELNET_PRODUCT_WORDS_JA}|(?<![a-z])(?:the\s)?(?:others|rest)(?![a-z])|(?<![a-z])(?:other|old|older|legacy)\s(?:\d{1,4}\s)?(?:ones?|systems?|devices?|units?|endpoints?|codecs?|boxes|kit|gear|stuff)(?![a-z])|(?:他|ほか|その他|残り)の?(?:\d{1,4}\s?台の?)?(?:機器|端末|システム|装置|もの|やつ|エンドポイント|コーデック)|古い(?:機器|端末|システム|装置|もの|やつ|の|エンドポイント|コーデック)|旧(?:機種|機器|端末)|レガシー`, 'gi');

/**
 * The endpoints themselves: "the codecs", "all our endpoints", "CE 9.15", "SX80s", 「コーデック」「端末」「全台」 (not
 * "the other codecs", "those devices", "MXP endpoints": see NOT_SELF_BEFORE).
 */
const SELF =
  /(?<![a-z])(?:codecs?|endpoints?|systems?|devices?|units?|video\s?systems?|room\s?kits?|boards?|(?:sx|mx|dx)\d{2,3}s?|(?:ce|tc|roomos)\s?v?\d{1,2}(?:\.\d{1,3}){0,3}|(?:all|every)\s(?:of\s)?(?:them|ours?))(?![a-z])|コーデック|端末|エンドポイント|全台|全部|すべて|全て/gi;

/** Right before a SELF word: it is not the endpoints themselves ("the other codecs", "those units", "MXP endpoints"). */
const NOT_SELF_BEFORE = new RegExp(String.raw`(?:(?<![a-z])(?:other|others|old|older|legacy|those|these|${TELNET_PRODUCT_WORDS_EN})(?:\s\d{1,4})?\s?|(?:他|ほか|その他|残り|古い|旧|ポリコム|mxp|hdx|vsx)の?\s?(?:\d{1,4}\s?台の?)?)$`, 'i');

function lastMention(text: string, before: number): { at: number; who: HttpSubject } | null {
  let best: { at: number; who: HttpSubject } | null = null;
  const head = text.slice(0, before);
  OTHERS.lastIndex = 0;
  for (let m = OTHERS.exec(head); m; m = OTHERS.exec(head)) if (!best || m.index >= best.at) best = { at: m.index, who: 'others' };
  SELF.lastIndex = 0;
  for (let m = SELF.exec(head); m; m = SELF.exec(head)) {
    if (NOT_SELF_BEFORE.test(head.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (!best || m.index > best.at) best = { at: m.index, who: 'self' };
  }
  return best;
}

/** The devices a clause names last before `before` (the whole clause by default), or null when it names none. */
export function httpSubjectIn(clause: string, before = clause.length): HttpSubject | null {
  return lastMention(clause, Math.min(before, clause.length))?.who ?? null;
}

/** Cheap word test before devicesNamedIn: a word every OTHERS match contains. */
const OTHERS_CHEAP = /polycom|hdx|vsx|tandberg|mxp|other|rest|old|legacy|他|ほか|残り|古い|旧|レガシー|ポリコム|タンバーグ/i;

/**
 * Which devices a message names, for an "over HTTP" remark that names none in the next message ("we also have 2 MXPs"
 * then "those are on http"): 'others' when it names other devices only, 'both' when it also names the endpoints
 * themselves (then "those" is unclear), null when it names no other device (the remark keeps today's reading).
 * Pure; a cheap word test first.
 */
export function devicesNamedIn(text: string): 'others' | 'both' | null {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  if (!OTHERS_CHEAP.test(head)) return null;
  const s = head.normalize('NFKC');
  OTHERS.lastIndex = 0;
  if (!OTHERS.test(s)) return null;
  SELF.lastIndex = 0;
  for (let m = SELF.exec(s); m; m = SELF.exec(s)) {
    if (!NOT_SELF_BEFORE.test(s.slice(Math.max(0, m.index - 16), m.index))) return 'both';
  }
  return 'others';
}
