/**
 * Noise in pasted tickets that must never become a version: IP and MAC addresses, dates, times,
 * ticket and case numbers, ports, frame numbers, build hashes, byte sizes. Each pattern is data;
 * maskNoise() replaces every match with a space, so the readers after it never see the number.
 * Pure, linear (every pattern is bounded), total.
 */

/** Month names, whole or abbreviated ("maybe 2014" and "augmented 2016" are not dates). */
const MONTHS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\\.|(?![a-z]))';

export const NOISE_PATTERNS: { name: string; source: string }[] = [
  { name: 'mac', source: '(?:(?<![a-z])mac\\s?(?:address)?\\s?[:#]?\\s?)?(?<![0-9a-f:-])[0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}(?![0-9a-f:-])|(?<![0-9a-f.])[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}(?![0-9a-f.])' },
  { name: 'ipv6', source: '(?<![0-9a-f:])(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}(?![0-9a-f:])|(?<![0-9a-f:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?(?![0-9a-f:])' },
  // First octet 10 or more, like IPV4_LIKE: CE/TC four-part versions ("ce9.15.3.17") start below 10.
  // A four-part RoomOS version ("RoomOS 11.5.1.6") looks like an address: right after the word RoomOS it is a version.
  { name: 'ipv4', source: '(?<!room\\s?os[\\s:]{0,3}(?:v(?:ersion)?[\\s:.]{0,3})?)(?<![\\d.a-z_])(?:1\\d|[2-9]\\d|1\\d\\d|2[0-4]\\d|25[0-5])(?:\\.\\d{1,3}){3}(?::\\d{1,5})?(?:/\\d{1,2})?(?![\\d.])' },
  { name: 'iso-date', source: '(?<![\\d.])(?:19|20)\\d\\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])(?:t\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?z?)?(?![\\d.])' },
  { name: 'date', source: '(?<![\\d./])\\d{1,2}[/-]\\d{1,2}[/-](?:19|20)?\\d\\d(?![\\d./])' },
  { name: 'month-date', source: `(?<![a-z])${MONTHS}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:19|20)\\d\\d(?!\\d)|(?<!\\d)\\d{1,2}\\s${MONTHS}\\s(?:19|20)\\d\\d(?!\\d)|(?<![a-z])${MONTHS}\\s(?:19|20)\\d\\d(?!\\d)` },
  { name: 'ja-date', source: '(?:19|20)\\d\\d\\s?年(?:\\s?\\d{1,2}\\s?月(?:\\s?\\d{1,2}\\s?日)?)?|\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日' },
  { name: 'time', source: '(?<![\\d:.])\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,6})?)?(?:\\s?[ap]\\.?m\\.?)?(?![\\d:])|\\d{1,2}\\s?時\\s?(?:\\d{1,2}\\s?分)?' },
  {
    name: 'ticket',
    source:
      '(?<![a-z])(?:case|ticket|tkt|sr|srs|inc|incident|req|ritm|request|chg|change|bug|issue|ref|jira|prb|problem|task|tac)(?:\\s?(?:no\\.?|number|id|nr))?\\s?[:#]?\\s?[a-z]{0,6}-?\\d{2,}(?![\\d.])|(?<![a-z\\d])(?:inc|ritm|chg|req|prb|sr|cs)\\d{3,}(?![\\d.])|#\\s?\\d{2,}(?![\\d.])|(?:ケース|チケット|問い合わせ|案件)(?:番号)?\\s?[:：#]?\\s?\\d{2,}',
  },
  // A capture row's ports ("443 → 51234 [RST, ACK]", "51234 > 443 [SYN] Seq=0"): not a version change.
  // ("TLS 1.0 on port 443" goes whole after a protocol: it must not leave "TLS 1.0 on", a state. Only there:
  // "SQL 2014 SP2 on port 1433 another server" keeps its "on".)
  // (The lookbehind comes after the literal word, so it is tried only where "on"/"to"/"at"/"via" matched, not at every position.)
  { name: 'port', source: '(?:on|to|at|via)(?<=(?:tls|ssl)\\s?v?\\d(?:\\.\\d)?\\s(?:on|to|at|via))\\s(?:port|ポート)\\s?(?:番号)?\\s?[:#]?\\s?\\d{1,5}(?![\\d.])|(?<![a-z])(?:port|ポート)\\s?(?:番号)?\\s?[:#]?\\s?\\d{1,5}(?![\\d.])|(?<![\\d.])\\d{1,5}\\s?/\\s?(?:tcp|udp)(?![a-z])|(?<![a-z])(?:tcp|udp)\\s?/\\s?\\d{1,5}(?![\\d.])|(?<![\\d.])\\d{1,5}\\s{0,3}(?:→|->|>)\\s{0,3}\\d{1,5}(?=\\s{1,3}(?:\\[(?:SYN|ACK|RST|FIN|PSH)|(?:seq|ack|win|len)=))' },
  { name: 'frame', source: '(?<![a-z])(?:frame|packet|pkt|no\\.)\\s?#?\\s?\\d{1,9}(?![\\d.])|(?:フレーム|パケット)\\s?(?:番号)?\\s?\\d{1,9}' },
  { name: 'hash', source: '(?:(?<![a-z])(?:build|commit|hash|sha)\\s?[:#]?\\s?)?(?<![\\w.])(?=[0-9a-f]{0,39}[a-f])(?=[0-9a-f]{0,39}\\d)[0-9a-f]{7,40}(?![\\w.])' },
  // A server's name is not its TMS version: the value of a name field in systeminfo and Event Viewer
  // exports ("Host Name:   TMS14", "Computer: TMS14.corp.example.com", 「ホスト名: TMS14-PRD」), and
  // "TMS" glued to a number that is not a dotted version ("TMS01", "TMS-13-NODE2", "our server TMS15").
  // "TMS15.2.1", "TMS14.x", "TMS 15.2.1" and "tms v15.13" stay versions; 「TMS2台とも 15.2」 counts servers (extract.ts TMS_COUNT).
  {
    name: 'host-name',
    source:
      '(?<![a-z])(?:host\\s?name|computer(?:\\s?name)?|machine\\s?name|server\\s?name|device\\s?name|ホスト名|コンピューター?名?)[ \\t\\u3000]{0,40}:[ \\t\\u3000]{0,40}[^\\s,;、。"]{1,63}|(?<![a-z\\d])tms[-_]?\\d{1,4}(?!\\d|\\.\\d|\\.?x(?![a-z\\d_-])|\\s?(?:台|ノード|基|系))(?:[-_.][a-z\\d]{1,30}){0,6}',
  },
  { name: 'bytes', source: '(?<![\\d.a-z])\\d{1,12}(?:[.,]\\d{1,3})?\\s?(?:bytes?|octets?|[kmgt]i?b|バイト)(?![a-z\\d])' },
];

/** A noise token with the blanks around it (so "SQL <noise> Server" reads "SQL Server" again). */
const NOISE = new RegExp(`[ \\t\\u3000]{0,8}[([（]?(?:${NOISE_PATTERNS.map((p) => `(?:${p.source})`).join('|')})[)\\]）]?[ \\t\\u3000]{0,8}`, 'gi');

const MAY_HOLD_NOISE = /[0-9:.-]/;

/**
 * For each pattern (same order as NOISE_PATTERNS), a short test that every text it matches passes (read off its
 * source: the characters no match can do without). NOISE.test(text) is true exactly when one pattern matches (its
 * blanks and brackets are optional), so a text whose gated patterns all fail holds no noise. Nearly every message
 * names a version ("TMS 15.2.1") and so holds a digit and a dot: the big NOISE regex, ~4 us on a 40-character
 * sentence, ran on each; the gates with the one or two patterns they let through cost well under 1 us.
 * (test/domain/r16-perf-gates.test.ts checks each gate against its pattern.)
 */
const TICKET_WORD = /case|ticket|tkt|sr|inc|req|ritm|chg|change|bug|issue|ref|jira|prb|problem|task|tac|cs|#|ケース|チケット|問い合わせ|案件/i;
export const NOISE_GATES: Record<string, (text: string) => boolean> = {
  mac: (t) => /[0-9a-f]{2}[:-][0-9a-f]{2}[:-]|[0-9a-f]{4}\.[0-9a-f]{4}\./i.test(t),
  ipv6: (t) => /[0-9a-f]:[0-9a-f:]/i.test(t),
  ipv4: (t) => /\d\.\d{1,3}\.\d{1,3}\.\d/.test(t),
  'iso-date': (t) => /\d\d[-/.]\d{1,2}[-/.]\d/.test(t),
  date: (t) => /\d[/-]\d{1,2}[/-]\d/.test(t),
  'month-date': (t) => /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d/i.test(t),
  'ja-date': (t) => /[年日]/.test(t),
  time: (t) => /\d:\d|時/.test(t),
  ticket: (t) => /\d\d/.test(t) && TICKET_WORD.test(t),
  port: (t) => /port|ポート|tcp|udp|\d\s{0,3}(?:→|->|>)/i.test(t),
  frame: (t) => /frame|packet|pkt|no\.|フレーム|パケット/i.test(t),
  hash: (t) => /[0-9a-f]{7}/i.test(t),
  'host-name': (t) => /host|computer|machine|server|device|ホスト名|コンピュータ|tms[-_]?\d/i.test(t),
  bytes: (t) => /\d\s?(?:byte|octet|[kmgt]i?b|バイト)/i.test(t),
};
const GATED_NOISE = NOISE_PATTERNS.map((p) => ({ gate: NOISE_GATES[p.name], re: new RegExp(p.source, 'i') }));

/**
 * A ticket's priority or severity field, whose value is a level word: "Priority: Medium-High", "Severity: Medium",
 * "Sev: High", "Medium priority", 「優先度: Medium」「重要度：高」. The case's urgency, not TMS's Communication
 * Security level: masked before any level is read (knowledge, Levels: the user's real level).
 * Not "We're at Medium priority-wise this is urgent", "It is set to Medium priority-wise…": "priority" is no head
 * noun there, and "at"/"set to" put the level word to TMS's setting (QA round 17 #6).
 */
const MAY_TICKET_FIELD = /priorit|severit|urgen|impact|(?<![a-z])(?:sev|pri)(?![a-z])|優先|重要度|緊急度|深刻度|影響度/i;
const LEVEL_VALUE = String.raw`(?:medium[\s_-]?high|medium|med|high|low|critical|urgent|ミディアム[\s・ー-]?ハイ|ミディアム|ハイ|ロー|中高|高|中|低)`;
const TICKET_FIELD = new RegExp(
  String.raw`(?<![a-z])(?:priority|severity|urgency|(?:business\s)?impact|sev|pri)(?:\s?level)?\s?(?:[:=：]|\sis|\swas|\s-)?\s?(?:is\s)?${LEVEL_VALUE}(?![a-z])|(?<![a-z])(?<!(?:(?<![a-z])at|set\sto|set\sat)\s)(?:medium[\s_-]?high|medium|high|low)\s(?:priority|severity)(?![a-z]|\s?-?\s?wise)|(?:優先度|重要度|緊急度|深刻度|影響度)\s?(?:は|が|[:：=])?\s?${LEVEL_VALUE}`,
  'gi',
);

/** A masked token opening a sentence, right before its verb. */
const SUBJECT_MASKED = /(^|[.!?。\n]\s{0,3})\u0000+(?=(?:is|are|was|were|runs|has|had)\s)/gi;

/** The text with every noise token (and the blanks around it) replaced by one space. */
export function maskNoise(text: string): string {
  if (MAY_TICKET_FIELD.test(text)) text = text.replace(TICKET_FIELD, ' ');
  // Every pattern needs an ASCII digit, except MAC and IPv6 addresses, which need ":", "-" or ".".
  if (!MAY_HOLD_NOISE.test(text)) return text;
  if (!GATED_NOISE.some(({ gate, re }) => gate(text) && re.test(text))) return text;
  NOISE.lastIndex = 0;
  // "127.0.0.1:46051 is an old C40 on TC 7.3.3", "10.1.2.3 runs TC 7.3.3": an address that is a sentence's subject leaves
  // "it", not a sentence opening with "is …" (read as a question, FIX20B).
  return text.replace(NOISE, '\u0000').replace(SUBJECT_MASKED, '$1 it ').replace(/\u0000+/g, ' ');
}
