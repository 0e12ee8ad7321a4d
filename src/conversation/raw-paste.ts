/**
 * Pastes that are neither an answer nor evidence the readers know (QA round 8 #16 and leftover 5):
 * - a long log (many lines with timestamps or log levels) in which no reader found anything: it is
 *   evidence that shows nothing relevant, never an attempt to answer the pending question;
 * - a lone line of hex bytes: when it starts a TLS record, what the record header and (for a
 *   handshake) the ClientHello's client_version say; else what to paste instead.
 * knowledge.md (Fix 7): read the version in Client Hello > Version (client_version) or the
 * supported_versions extension; the record-layer version of a TLS 1.2 hello is often 0x0301.
 * Texts in our own words, English and Japanese.
 */
import type { LocalizedText } from '../domain/types';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** A timestamp at a line's start ("2026-12-01 10:00:02,123", "12/1/2026 10:15:02", "10:15:02.123") or a log level word. */
const LOG_LINE = /^\s{0,8}\[?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[ T,]{1,3}\d{1,2}:\d{2}|\d{1,2}:\d{2}:\d{2})|(?<![A-Za-z])(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL|VERBOSE)(?![A-Za-z])/;
/** At least this many non-empty lines, most of them log lines. */
const MIN_LOG_LINES = 5;

/**
 * An event record as Event Viewer copies it ("Log Name: System", "Source: Service Control Manager", "Event ID: 7024";
 * 「ログの名前:」「ソース:」「イベント ID:」): at least two of these labels, each at a line's start.
 */
const EVENT_LABEL = /^[ \t]{0,8}(?:Log Name|Source|Event ID|ログの名前|ソース|イベント\s?ID)[ \t]{0,20}[:：]/gim;

/** The number of non-empty lines of an event record copied from Event Viewer (EVENT_LABEL), else 0. Cheap test first. */
function eventRecordLines(text: string): number {
  const head = text.slice(0, 4000);
  if (!/Event ID|イベント\s?ID/i.test(head)) return 0;
  const labels = new Set<string>();
  for (const m of head.matchAll(EVENT_LABEL)) labels.add(m[0].replace(/[\s:：]/g, '').toLowerCase());
  if (labels.size < 2) return 0;
  return text.split('\n', 10_000).filter((l) => l.trim()).length;
}

/**
 * The number of lines of `text` when it is obviously a log (≥ 5 non-empty lines, ≥ 60 % with a timestamp or a level), or an
 * event record copied from Event Viewer (eventRecordLines: never an answer to the pending question), else 0; `eventRecord`
 * when it is the latter (Log Name / Source / Event ID lines).
 */
export function logPaste(text: string): { lines: number; eventRecord: boolean } {
  const record = eventRecordLines(text);
  if (record) return { lines: record, eventRecord: true };
  let lines = 0;
  let log = 0;
  let start = 0;
  // A loop over the text, not split(): a 1 MB paste would make 20,000 strings at once.
  while (start <= text.length && lines < 100_000) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + 400));
    if (line.trim()) {
      lines++;
      if (LOG_LINE.test(line)) log++;
    }
    start = end + 1;
  }
  return { lines: lines >= MIN_LOG_LINES && log >= lines * 0.6 ? lines : 0, eventRecord: false };
}

/** The number of lines of `text` when it is obviously a log or an event record (logPaste), else 0. */
export function logLines(text: string): number {
  return logPaste(text).lines;
}

const SYMPTOM = /no\s?https\s?response/i;
/** "connection reset", "reset by peer", "forcibly closed by the remote host", 「接続がリセットされました」: the endpoint's reset (QA64 #11). */
const RESET = /(?<![a-z])(?:connection\s(?:was\s)?reset|reset\sby\s(?:the\s)?(?:peer|remote)|forcibly\sclosed|econnreset)(?![a-z])|(?:接続|コネクション)が?\s?リセット/i;

/**
 * A log pasted with the user's own lines around it ("TMS 15.2.1, CE 9.15.3, SQL 2016 … log:" above 30 log lines, QA54 #1):
 * the lines before the first log line and after the last one (`prose`, read for facts as any message; lines between log
 * lines, such as a stack trace's, are the log's), and how many lines name "No HTTPS response" (`symptom`: the symptom
 * itself, which no evidence reader counts as a finding) among the `logLines` from the first log line to the last.
 */
export function logAround(text: string): { prose: string; symptom: number; logLines: number; reset?: number } {
  const lines = text.split('\n', 100_000);
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].slice(0, 400);
    if (line.trim() && LOG_LINE.test(line)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return { prose: text, symptom: 0, logLines: 0 };
  const prose = [...lines.slice(0, first), ...lines.slice(last + 1)].filter((l) => l.trim()).join('\n');
  const inLog = lines.slice(first, last + 1).filter((l) => l.trim());
  const logLines = inLog.length;
  const symptom = inLog.filter((l) => SYMPTOM.test(l.slice(0, 400))).length;
  const reset = symptom ? inLog.filter((l) => RESET.test(l.slice(0, 400))).length : 0;
  return { prose: prose.length > 2000 ? '' : prose, symptom, logLines, ...(reset ? { reset } : {}) };
}

/**
 * What a pasted log in which no reader found a finding shows. `eventRecord`: the paste is an Event Viewer record (logPaste),
 * called that rather than "a log". `symptom`: its lines that name "No HTTPS response" (never said absent then, QA54 #1).
 * `asked`: a question is open (the paste is not taken as its answer); `proseRead`: the user's own lines beside the log were
 * read for facts.
 */
export function logNothingRelevant(lines: number, eventRecord = false, opts: { symptom?: number; reset?: number; asked?: boolean; proseRead?: boolean; again?: boolean } = {}): LocalizedText {
  const { symptom = 0, reset = 0, asked = true, proseRead = false, again = false } = opts;
  // (Asked about afterwards, "what do you make of the log?": the paste named as the user's, QA64 #11.)
  const what = again
    ? eventRecord
      ? L(`You pasted an event-log record (${lines} lines)`, `貼り付けていただいたのはイベント ログのレコードです（${lines} 行）`)
      : L(`You pasted a log of ${lines} lines`, `貼り付けていただいたのは ${lines} 行のログです`)
    : eventRecord
    ? L(`This looks like an event-log record (${lines} lines)`, `イベント ログのレコードのようです（${lines} 行）`)
    : L(`This looks like a log (${lines} lines)`, `ログのようです（${lines} 行）`);
  // The symptom with a reset on its lines (QA64 #11: "…: connection reset" on every line was said to show "no reset"): what a
  // reset right after the hello means, and how to see which TLS version TMS offered.
  const found = symptom && reset
    ? L(
        `${reset >= lines ? 'Every line shows' : `${reset} of its lines show${reset === 1 ? 's' : ''}`} "No HTTPS response" with the connection reset by the endpoint. That fits the TLS 1.0 problem: the endpoint resets TMS's TLS 1.0 ClientHello. The log does not name the TLS version; a capture on the TMS server shows which version TMS offers.`,
        `${reset >= lines ? 'すべての行' : `${reset} 行`}に「No HTTPS response」と、エンドポイントによる接続のリセットが出ています。これは TLS 1.0 の問題と合っています（エンドポイントは TMS の TLS 1.0 の ClientHello をリセットします）。ログには TLS のバージョンは出ていません。TMS がどのバージョンを提示しているかは、TMS サーバでのキャプチャで確認できます。`,
      )
    : symptom
    ? L(
        `${symptom >= lines ? 'Every line shows' : `${symptom} of its lines show${symptom === 1 ? 's' : ''}`} "No HTTPS response", the symptom itself; beyond that I found nothing in it that tells more: no TLS or Schannel error, no ClientHello, reset or SQL Server event.`,
        `${symptom >= lines ? 'すべての行' : `${symptom} 行`}に「No HTTPS response」（症状そのもの）が出ています。それ以上のこと（TLS や Schannel のエラー、ClientHello、リセット、SQL Server のイベント）は見つかりませんでした。`,
      )
    : L(
        'I found nothing in it about this problem: no "No HTTPS response", no TLS or Schannel error, no ClientHello, reset or SQL Server event.',
        'この問題に関係する記述（「No HTTPS response」、TLS や Schannel のエラー、ClientHello、リセット、SQL Server のイベント）は見つかりませんでした。',
      );
  const tail = proseRead
    ? L(' I read the versions and facts from the lines you wrote around it, not from the log.', 'バージョンなどは、ログではなく、その前後にご自身で書かれた行から読み取りました。')
    : asked
    ? L(' I have not taken it as an answer to my question.', '質問への回答としては扱っていません。')
    : L('', '');
  return L(`${what.en}. ${found.en}${tail.en}`, `${what.ja}。${found.ja}${tail.ja}`);
}

/** Byte pairs, spaced or not, perhaps cut short with "...": "16 03 01 00 a5 01", "160301...". */
const HEX_ONLY = /^\s{0,8}(?:0x)?((?:[0-9a-f]{2}[\s:]{0,2}){3,64})(?:\.{2,3}|…)?\s*$/i;

const VERSIONS: Record<number, string> = { 0x0300: 'SSL 3.0', 0x0301: 'TLS 1.0', 0x0302: 'TLS 1.1', 0x0303: 'TLS 1.2', 0x0304: 'TLS 1.3' };

function hex4(n: number): string {
  return `0x${n.toString(16).padStart(4, '0')}`;
}

/**
 * What a lone line of hex bytes is, or null when the message is not one. `16 03 01 00 a5 01 00 00 a1 03 01`:
 * a TLS handshake record (0x16) with record-layer version 0x0301, holding a ClientHello whose client_version is 0x0301.
 */
export function hexLineMeaning(text: string): LocalizedText | null {
  if (text.length > 400 || /\n\s*\S/.test(text.trim())) return null;
  const m = HEX_ONLY.exec(text);
  if (!m) return null;
  const digits = m[1].replace(/[\s:]/g, '');
  if (digits.length % 2 !== 0) return null;
  const b = digits.match(/../g)!.map((x) => parseInt(x, 16));
  // A plain number ("20161201", a ticket number) is not bytes unless it starts a TLS record.
  const tlsStart = (b[0] === 0x16 || b[0] === 0x15) && b[1] === 0x03;
  if (!tlsStart && (b.length < 4 || (/^\d+$/.test(digits) && !/[\s:]/.test(m[1].trim())))) return null;
  const record = b.length >= 3 ? (b[1] << 8) | b[2] : -1;
  const instead = L(
    'To read what TMS offers, paste the packet details of the ClientHello from Wireshark (Handshake Protocol: Client Hello > Version, and the supported_versions extension), or upload the capture file itself.',
    'TMS が何を提示しているかを読むには、Wireshark の ClientHello のパケット詳細（[Handshake Protocol: Client Hello] > [Version] と supported_versions 拡張）を貼り付けるか、キャプチャ ファイル自体をアップロードしてください。',
  );
  if ((b[0] !== 0x16 && b[0] !== 0x15) || !VERSIONS[record]) {
    return L(
      `These bytes do not start a TLS record (a TLS handshake record starts with 16 03 0x), so I cannot tell what they are. ${instead.en}`,
      `このバイト列は TLS レコードの先頭ではない（TLS のハンドシェイク レコードは 16 03 0x で始まります）ため、何のデータか判断できません。${instead.ja}`,
    );
  }
  const recEn = `a TLS record header: 0x${b[0].toString(16)} = ${b[0] === 0x16 ? 'handshake' : 'alert'}, record-layer version ${hex4(record)} (${VERSIONS[record]})`;
  const recJa = `TLS のレコード ヘッダです。0x${b[0].toString(16)} は${b[0] === 0x16 ? 'ハンドシェイク' : 'アラート'}、レコード層のバージョンは ${hex4(record)}（${VERSIONS[record]}）`;
  if (b[0] === 0x15) {
    const alert = b.length >= 7 ? b[6] : null;
    return L(
      `This is ${recEn}${alert !== null ? `; alert description ${alert}${alert === 40 ? ' (handshake_failure, often no cipher suite in common)' : alert === 70 ? ' (protocol_version: the TLS version offered was refused)' : ''}` : ''}.`,
      `${recJa}${alert !== null ? `。アラートの説明は ${alert}${alert === 40 ? '（handshake_failure、多くは共通の暗号スイートがない）' : alert === 70 ? '（protocol_version、提示された TLS のバージョンの拒否）' : ''}` : ''}です。`,
    );
  }
  const note = L(
    'The record-layer version says little: a ClientHello that offers TLS 1.2 often carries 0x0301 there too. What TMS offers is the ClientHello\'s own version (client_version) and its supported_versions extension.',
    'レコード層のバージョンからはあまり分かりません。TLS 1.2 を提示する ClientHello でも、そこは 0x0301 であることがよくあります。TMS が何を提示しているかは、ClientHello 自体のバージョン（client_version）と supported_versions 拡張で分かります。',
  );
  if (b.length >= 11 && b[5] === 0x01) {
    const cv = (b[9] << 8) | b[10];
    const name = VERSIONS[cv];
    const meaning =
      cv === 0x0301
        ? L(
            'client_version 0x0301: this ClientHello offers TLS 1.0 only (unless a supported_versions extension further on lists more), which is what TMS at Medium sends and what TC 7.3.6+/CE 8.1+ endpoints refuse.',
            'client_version は 0x0301 で、この ClientHello は TLS 1.0 のみを提示しています（後ろの supported_versions 拡張にほかのバージョンがなければ）。Medium の TMS が送るもので、TC 7.3.6 以降 / CE 8.1 以降のエンドポイントは拒否します。',
          )
        : cv === 0x0303
        ? L(
            'client_version 0x0303: this ClientHello offers TLS 1.2 (a TLS 1.3 client also says 0x0303 here and lists 1.3 in supported_versions), which every TC/CE release accepts.',
            'client_version は 0x0303 で、この ClientHello は TLS 1.2 を提示しています（TLS 1.3 のクライアントもここは 0x0303 で、1.3 は supported_versions に入ります）。TLS 1.2 はどの TC/CE リリースも受け付けます。',
          )
        : L(`client_version ${hex4(cv)}${name ? ` (${name})` : ''}.`, `client_version は ${hex4(cv)}${name ? `（${name}）` : ''}です。`);
    return L(`This is ${recEn}, followed by a ClientHello (handshake type 01). ${note.en} ${meaning.en}`, `${recJa}。続いて ClientHello（ハンドシェイク タイプ 01）があります。${note.ja}${meaning.ja}`);
  }
  if (b.length >= 6 && b[5] === 0x02) {
    return L(
      `This is ${recEn}, followed by a ServerHello (handshake type 02): the version the server chose is in the ServerHello (and, for TLS 1.3, its supported_versions extension).`,
      `${recJa}。続いて ServerHello（ハンドシェイク タイプ 02）があります。サーバが選んだバージョンは ServerHello（TLS 1.3 ではその supported_versions 拡張）にあります。`,
    );
  }
  return L(`This is ${recEn}. ${note.en} ${instead.en}`, `${recJa}。${note.ja}${instead.ja}`);
}

