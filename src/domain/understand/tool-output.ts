/**
 * Lines of a tool's output pasted into a chat message (sslscan, nmap ssl-enum-ciphers, curl -v,
 * openssl s_client, hex dumps, PEM blocks): what a scanned or probed ENDPOINT did, read by the
 * evidence reader (src/evidence/text.ts), never the user's own words. "TLSv1.0 disabled" in an
 * sslscan report is not "TLS 1.0 is off on the TMS server", "dh 2048" is not SQL Server 2048, the
 * bytes "ce 08" of a session ticket are not CE 8, "verify error:num=18:self-signed certificate" is
 * not the user saying the endpoints' certificates are self-signed. maskToolOutput() blanks those
 * lines before the sentence readers see the text. Pure, linear (bounded patterns), total.
 */

import { maskProbeOutput } from '../../probe/output-read';

export const TOOL_LINES: readonly RegExp[] = [
  // sslscan: cipher rows, key exchange groups, heartbleed, header lines (its protocol table: SSLSCAN_ROW).
  /^\s{0,8}TLSv1\.[0-3]\s(?:not\s)?vulnerable to heartbleed/i,
  /^\s{0,8}(?:Preferred|Accepted|Rejected)\s{1,8}(?:SSLv[23]|TLSv1(?:\.[0-3])?)\s/i,
  /^\s{0,8}(?:SSLv[23]|TLSv1(?:\.[0-3])?)\s{1,8}\d{1,4}\s{1,4}bits\s/i,
  /^\s{0,8}(?:Testing SSL server|SSL\/TLS Protocols:|TLS Fallback SCSV:|Server (?:does not )?supports? TLS Fallback|TLS renegotiation:|Session renegotiation|Secure session renegotiation|TLS Compression:|Compression disabled|Heartbleed:|Supported Server Cipher|Server Key Exchange Group|SSL Certificate:|RSA Key Strength:|Not valid (?:before|after):)/i,
  // nmap: script output ("| …", "|_ …", not a Markdown table row, which ends with "|"), port table, banner.
  /^\s{0,4}\|(?:_|\s)(?!.*\|\s*$)/,
  /^\s{0,4}(?:Starting Nmap|Nmap scan report|Nmap done|Host is up|PORT\s{1,12}STATE\s{1,12}SERVICE|Not shown:)/i,
  /^\s{0,4}\d{1,5}\/(?:tcp|udp)\s{1,12}(?:open|closed|filtered)/i,
  // curl -v: "* …" info lines (not a bulleted list: curl's own words), "> " request and "< " response
  // headers (not a quoted line), "} [5 bytes data]", the progress meter.
  /^(?:\s{0,8}\d{1,3}\s{1,6}\d.{0,90}?)?\*\s{1,4}(?:Trying|Connected to|ALPN|(?:TLSv1(?:\.[0-3])?|SSLv3) \((?:IN|OUT)\)|SSL connection using|SSL certificate|Server certificate|subject:|start date|expire date|issuer:|Closing connection|Connection #|OpenSSL\/|Recv failure|Send failure|schannel|CAfile|CApath|Mark bundle|Using HTTP|using HTTP|successfully set|TCP_NODELAY|old SSL session|SSL re-using|Failed to connect|Could not resolve|Uses proxy|Host \S{1,200} was resolved|IPv[46]:| {2}(?:subject|start|expire|issuer|SSL certificate))/i,
  /^\s{0,4}>\s(?:GET|HEAD|POST|PUT|Host:|User-Agent:|Accept:)/i,
  /^\s{0,4}<\s(?:HTTP\/|[A-Za-z-]{1,40}:\s)/,
  /^\s{0,4}[{}]\s\[\d{1,9} bytes data\]/,
  /^\s{0,4}curl:\s\(\d{1,3}\)/i,
  /^\s{0,4}(?:%\s{1,4}Total|\s{0,40}Dload\s)|^\s{0,8}\d{1,3}\s{1,6}\d{1,9}[kMG]?\s{1,6}\d{1,3}\s{1,6}\d{1,9}[kMG]?\s{1,6}\d{1,3}\s{1,6}\d/,
  // openssl s_client.
  /^\s{0,4}(?:depth=\d|verify (?:error|return)[:=]|Verify return code|Verification(?: error)?:|CONNECTED\(|Certificate chain|Server certificate|subject=|issuer=|No client certificate|Peer sign|Server Temp Key|SSL handshake has|New, (?:\(NONE\)|TLSv|SSLv)|Server public key|Secure Renegotiation|Compression:|Expansion:|No ALPN|Early data|SSL-Session:|Protocol\s{0,4}:\s{0,4}(?:TLSv|SSLv)|Cipher\s{0,4}(?::|is\s)|Session-ID|Resumption PSK|PSK identity|SRP username|Master-Key|TLS session ticket|Start Time|Timeout\s{0,4}:|Extended master secret|Max Early Data|Acceptable client certificate|Shared (?:Requested )?(?:Signature|Elliptic)|Requested Signature|Can't use SSL_get_servername|read R BLOCK|DONE$|closed$|Post-Handshake New Session Ticket|Session Ticket arrived|---)/i,
  /^\s{0,4}\d\s[siav]:/,
  /^\s{1,8}[siav]:(?:PKEY|NotBefore|[A-Z]{1,2}\s?=)/,
  // sslscan's certificate block: "Subject:  codec" (two blanks or more after the colon, as sslscan aligns it).
  /^\s{0,8}(?:Subject|Issuer|Altnames|Signature Algorithm):\s{2,}\S/i,
  /^\s{0,4}[0-9A-F]{8,}:error:/i,
  // Hex dumps: s_client's "0080 - e9 c9 …", tshark -x's "0030  16 03 01 …", xxd's "00000010: 1603 …".
  /^\s{0,12}[0-9a-f]{4,8}\s{0,2}(?:-|:)?\s{1,3}(?:[0-9a-f]{2}[\s-]){4}/i,
  /^\s{0,12}[0-9a-f]{4,8}:\s(?:[0-9a-f]{4}\s){2}/i,
  // PEM blocks and their base64 lines.
  /^-----(?:BEGIN|END) [A-Z ]{1,40}-----\s*$/,
  /^[A-Za-z0-9+/]{40,}={0,2}\s*$/,
];

/**
 * A row of sslscan's protocol table ("TLSv1.0   disabled"): a scan's only under sslscan's heading
 * (SSLSCAN_HEADING); typed alone, "TLSv1.0 disabled" is the user's word about the TMS server.
 */
export const SSLSCAN_ROW = /^\s{0,8}(SSLv[23]|TLSv1\.[0-3])\s{1,12}(enabled|disabled)\s*$/i;
export const SSLSCAN_HEADING = /^\s{0,8}(?:Testing SSL server\s|\s{0,4}SSL\/TLS Protocols:)/im;

/**
 * Every TOOL_LINES pattern in one regex, all under /i: a line none of its alternatives matches is no tool's line (each
 * pattern is anchored at the line's start, and /i only widens one that lacks it), so the ~25 patterns run one by one
 * only on the few lines this lets through. A user's sentence costs one anchored regex call instead of ~25 (engine
 * step over the bench conversation: maskToolOutput ~6 us/turn → ~1).
 */
const ANY_TOOL_LINE = new RegExp(`^(?:${TOOL_LINES.map((re) => `(?:${re.source})`).join('|')})`, 'i');

/** Slack's quote marker at a line's start (the adapter decodes `&gt;`): not PowerShell's ">>" prompt. */
const SLACK_QUOTE = /^[ \t]{0,3}>(?!>)[ \t]?(?=\S|[ \t])/;

/** Is this line a tool's output (see TOOL_LINES; sslscan's protocol rows when the text has its heading)? */
export function isToolLine(line: string, sslscan = false): boolean {
  const l = line.length > 2000 ? line.slice(0, 2000) : line;
  if (l.trim() === '') return false;
  if ((sslscan && SSLSCAN_ROW.test(l)) || (ANY_TOOL_LINE.test(l) && TOOL_LINES.some((re) => re.test(l)))) return true;
  // Quoted in Slack ("> CONNECTED(00000003)", QA60 #7): the line under the quote marker (not curl's "> GET" request lines,
  // matched above as they are).
  const q = SLACK_QUOTE.exec(l);
  if (q === null) return false;
  const u = l.slice(q[0].length);
  return (sslscan && SSLSCAN_ROW.test(u)) || (ANY_TOOL_LINE.test(u) && TOOL_LINES.some((re) => re.test(u)));
}


/**
 * A line of sqlcmd's (or the SQL client driver's) error output: "Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : …",
 * 「Sqlcmd: エラー: …」, "Msg 18456, Level 14, State 1, …", "HResult 0x2, Level 16, State 1", "Named Pipes Provider: …",
 * 「名前付きパイプのプロバイダー: …」, "[Microsoft][ODBC Driver 17 for SQL Server]…". Its words ("…configured to allow remote
 * connections", "…closed by the remote host") are the driver's, never where the user says SQL runs (QA round 28 W1). The
 * evidence reader reads these lines on its own (src/evidence/text.ts); isToolLine does not include them.
 */
const SQL_CLIENT_LINE =
  /^\s{0,8}(?:sqlcmd\s?:\s?(?:error|warning|エラー|警告)|msg\s\d{1,6},\s?level\s\d{1,2},|メッセージ\s?\d{1,6}[、,]\s?レベル\s?\d|hresult\s0x[0-9a-f]{1,8},\s?level\s\d|\[microsoft\]\s?\[(?:odbc|sql\sserver\snative\sclient|sql\snative\sclient|dbnetlib)|(?:named\spipes|tcp|shared\smemory|ssl|sql\sserver\snetwork\sinterfaces)\sprovider\s?:|(?:名前付きパイプ|tcp\s?|共有メモリ|ssl\s?)の?\s?プロバイダー\s?[:：])/i;

/** Is this line sqlcmd's or the SQL client driver's error output (SQL_CLIENT_LINE)? */
export function isSqlClientLine(line: string): boolean {
  return SQL_CLIENT_LINE.test(line.length > 2000 ? line.slice(0, 2000) : line);
}

/** The text with every tool-output line (and sqlcmd's error lines) blanked (kept as an empty line, so the line count stays). */
export function maskToolOutput(raw: string): string {
  // tms-doctor probe's own output pasted back: its what-if levels and verdicts are not the user's words (QA43 #1, #2).
  const text = maskProbeOutput(raw);
  if (!text.includes('\n')) return isToolLine(text) || isSqlClientLine(text) ? '' : text;
  const sslscan = SSLSCAN_HEADING.test(text.slice(0, 65536));
  return text
    .split('\n')
    .map((l) => (isToolLine(l, sslscan) || isSqlClientLine(l) ? '' : l))
    .join('\n');
}

/** Is the message mostly a tool's output (at least 3 such lines, and more of them than of other lines)? */
export function mostlyToolOutput(text: string): boolean {
  let tool = 0;
  let other = 0;
  let n = 0;
  const sslscan = SSLSCAN_HEADING.test(text.slice(0, 65536));
  for (const line of text.split('\n', 5000)) {
    if (line.trim() === '') continue;
    if (++n > 5000) break;
    if (isToolLine(line, sslscan)) tool++;
    else other++;
  }
  return tool >= 3 && tool > other;
}
