/**
 * Evidence: what a capture, a registry export, an event log or pasted command output shows.
 * Readers (one per module in src/evidence/) turn bytes or text into an EvidenceReading; the
 * diagnosis folds the observations and facts in (src/domain/evidence-rules.ts).
 * Everything here is plain JSON data (it is kept in the conversation state).
 */
import type { Facts, LocalizedText } from '../domain/types';

/** 'sql-errorlog': SQL Server's own ERRORLOG file (timestamped lines from Server / spidNN), not a Windows event log. */
export type EvidenceKind = 'pcap' | 'pcapng' | 'reg' | 'reg-query' | 'eventlog' | 'sql-errorlog' | 'text';

/**
 * Stable observation codes (JSON output, tests, rules). Add codes as needed; never rename one.
 */
export type ObservationCode =
  // captures (and pasted capture text)
  | 'capture-clienthello-tls10-only'
  /** A ClientHello offering SSL 3.0 only (0x0300): not the TLS 1.0 hello TMS sends at Medium. */
  | 'capture-clienthello-ssl3-only'
  /** Only a summary row labelled TLSv1 (the record layer): could be TLS 1.0-only or TLS 1.2. */
  | 'capture-clienthello-record-tls10'
  | 'capture-clienthello-tls11'
  | 'capture-clienthello-tls12'
  | 'capture-reset-after-clienthello'
  | 'capture-alert-after-clienthello'
  | 'capture-serverhello'
  /** The server chose a lower version than offered (its ServerHello) and the client refused it with an alert (70 protocol_version). */
  | 'capture-client-refused-version'
  /** The server's ServerHello was accepted, then the client ended the handshake with a certificate alert (42–46, 48). */
  | 'capture-client-rejected-certificate'
  /** The server's ServerHello at the version offered, then the client ended the handshake with another alert (not 0 or 90). */
  | 'capture-client-ended-after-serverhello'
  /** The client reset its own connection after its ClientHello, before the server answered. */
  | 'capture-client-reset-after-clienthello'
  | 'capture-silence-after-clienthello'
  | 'capture-unexpected-answer'
  | 'capture-no-clienthello'
  | 'capture-tcp-not-completed'
  | 'capture-http-301-fallback'
  | 'capture-version-line-ambiguous'
  /** `tshark -T fields` rows without their header (-E header=y): which column is which cannot be told. */
  | 'capture-fields-no-header'
  | 'capture-no-tls-traffic'
  /** No packet could be read: the file is damaged, cut short or of a link type not read (says nothing about the traffic). */
  | 'capture-unreadable'
  | 'capture-truncated'
  // registry
  | 'schannel-tls12-client-enabled'
  | 'schannel-tls12-client-disabled'
  | 'schannel-tls12-client-partial'
  | 'schannel-tls12-server-disabled'
  | 'schannel-tls10-disabled'
  | 'schannel-tls10-not-default'
  | 'schannel-ssl3-disabled'
  | 'schannel-keys-absent'
  /** A `[-HKEY_…\\Protocols\\TLS 1.2]` line: the file deletes that protocol's key, so the OS default applies. */
  | 'schannel-key-deleted'
  /** Schannel keys found only under HKLM\\SYSTEM\\ControlSet00N (read as the current set), or only under HKEY_CURRENT_USER (not read by Schannel). */
  | 'schannel-controlset-keys'
  | 'schannel-hkcu-keys'
  /** PowerShell Get-TlsCipherSuite: suites with Protocols 771 (TLS 1.2) listed, or none. */
  | 'windows-tls12-suites-present'
  | 'windows-tls12-suites-absent'
  /** Get-TlsCipherSuite lists only a few suites (with TLS 1.2 among them): hardening may leave no suite shared with an endpoint (a check). */
  | 'windows-cipher-suites-few'
  /** Get-TlsCipherSuite as a table without Protocols (`| ft Name`): the suite names only, TLS 1.2 not told (QA60 #10). */
  | 'windows-cipher-suites-listed'
  /** PowerShell Test-NetConnection: TcpTestSucceeded True / False. */
  | 'tcp-reachable'
  | 'tcp-unreachable'
  /** Enabled / DisabledByDefault stored as another type than REG_DWORD (REG_SZ "1", a QWORD). */
  | 'schannel-value-wrong-type'
  /** `reg query … /v`: one value of TLS 1.2\\Client shown, the other not asked for. */
  | 'schannel-query-one-value'
  /** reg query output cut off in a value line: TLS 1.2\\Client only partly shown, the rest asked for (QA60 #16). */
  | 'schannel-query-cut-off'
  /** PowerShell: a Schannel key that says nothing about TLS 1.2 Client does not exist (named only). */
  | 'schannel-key-missing'
  | 'netfx-strong-crypto-on'
  | 'netfx-strong-crypto-off'
  /** PowerShell's [Net.ServicePointManager]::SecurityProtocol value: this process's .NET default, not what TMS offers (QA60 #11). */
  | 'netfx-security-protocol'
  /** A .NET 4 key (64- or 32-bit view) that reg query said does not exist. */
  | 'netfx-key-missing'
  // event logs and messages
  | 'event-sql-encryption-init-failed'
  | 'event-schannel-error'
  | 'tms-telnet-violation'
  | 'tms-no-https-response'
  /**
   * A TLS client's own words for a failed handshake (curl, openssl s_client, PowerShell, a browser
   * or a script): reset by the peer, alert 40 / 70, or just "handshake failed". Not TMS's log.
   */
  | 'tool-tls-failed'
  /** The same, from a client held to TLS 1.0 (`openssl s_client -tls1`, `curl --tls-max 1.0`): reset or alert 70. */
  | 'tool-tls10-refused'
  /** sslscan / nmap ssl-enum-ciphers: the versions a scanned endpoint accepts and refuses (TLS 1.0 refused, or not scanned). */
  | 'endpoint-scan-versions'
  /** curl -v / openssl s_client completed a handshake at TLS 1.1 or later with the endpoint. */
  | 'tool-tls-handshake-ok'
  /** The endpoint's certificate is self-signed or expired (s_client / curl verify errors, sslscan's block): fails at High. */
  | 'endpoint-cert-untrusted'
  /** The same, from a client that offered TLS 1.2 or later (curl -v's "TLSv1.3 (OUT), TLS handshake, Client hello"). */
  | 'tool-tls12-refused'
  /** openssl s_client refused the older version the endpoint answered with (`unsupported protocol`). */
  | 'tool-server-version-refused'
  /** A scan or a completed handshake shows an endpoint that still accepts TLS 1.0. */
  | 'endpoint-accepts-tls10'
  /**
   * A TLS or TCP test run against the TMS server itself (localhost, a host named like it, "against itself"; QA62 #17): its own
   * web server (the Schannel Server side), not an endpoint. Replaces the readings that took the target for the endpoint.
   */
  | 'tool-target-tms-server'
  /** sqlcmd could not connect to a SQL Server on this machine (-S ., localhost, (local), 127.0.0.1, or none named). */
  | 'sql-no-answer'
  // services (sc query)
  | 'service-not-running'
  /** A SQL Server instance's service (MSSQL$NAME, MSSQLSERVER) stopped, could not start, or stopped on an error. */
  | 'sql-service-not-running'
  | 'services-running'
  // versions read from command output (the value is in `facts`)
  | 'fact-sql-version'
  | 'fact-windows-version'
  | 'fact-endpoint-version'
  /** TMS's About page (Software Version). */
  | 'fact-tms-version'
  | 'windows-build-unknown'
  // the endpoint's own settings (CE/RoomOS/TC xConfiguration)
  /** NetworkServices HTTPS Server MinimumTLSVersion; the version is in the detail ("TLS 1.3"). */
  | 'xapi-min-tls'
  /** HTTP Mode HTTP+HTTPS / HTTPS (CE), HTTPS Mode On (TC 7). */
  | 'xapi-https-allowed'
  /** HTTP Mode HTTP / Off (CE), HTTPS Mode Off (TC 7). */
  | 'xapi-https-off'
  | (string & {});

export interface Observation {
  code: ObservationCode;
  /** A short human detail ("10.1.2.3 → 10.9.8.7:443: the client offered TLS 1.0 only; the server reset the connection"). */
  detail: LocalizedText;
  /**
   * What the observation is about, when it is about one connection or flow
   * ("10.1.2.3→10.9.8.7:443"): observations with the same subject belong together.
   */
  subject?: string;
  /**
   * On a ClientHello observation read from packets: the code of the answer on that hello's own TCP connection
   * (client port included). Hellos pair with their answers by this, not by subject: one subject ("client → server:port")
   * can hold a TLS 1.0 hello reset and, on the next connection, a TLS 1.2 hello accepted (QA55 #3).
   */
  answer?: ObservationCode;
  /** How many times it was seen (connections, log lines), when more than one. */
  count?: number;
  /**
   * A merged observation is listed where it was first seen. When it was seen again after others first seen later, this says how
   * many of the observations after it in the same list were first seen before its last sighting (rev31 #8: refused, accepted,
   * refused again is not "refused, then accepted"). Absent when none.
   */
  seenAfter?: number;
}

export interface EvidenceReading {
  kind: EvidenceKind;
  observations: Observation[];
  facts: Partial<Facts>;
  /** Why (part of) the input could not be read; empty or absent when all was read. */
  problems?: LocalizedText[];
}

/** Observation details and problems are capped so a hostile input cannot flood a reply. */
export const MAX_OBSERVATIONS = 60;

/** What the evidence of one conversation (or one `diagnose --evidence` run) adds up to: kept in Facts.evidence. */
export interface EvidenceSummary {
  observations: Observation[];
  /** Versions read from the evidence (typed facts win; see src/domain/evidence-rules.ts). */
  facts: Pick<Partial<Facts>, 'sql' | 'windows' | 'endpoint' | 'sqlLocation' | 'tms'>;
  /** Where the observations came from (file names, "pasted text"), newest last. */
  sources: string[];
}

const MAX_SOURCES = 20;

const isCapture = (o: Observation): boolean => typeof o.code === 'string' && o.code.startsWith('capture-');
/** The server host a capture observation is about ("10.0.0.5 → 10.0.0.9:443" → "10.0.0.9"); '' when not said. */
function captureHost(o: Observation): string {
  const m = /→\s*(\S+?)(?::\d+)?\s*$/.exec(o.subject ?? '');
  return m ? m[1] : '';
}
/**
 * A newer capture of the same server replaces the older one's handshake readings (QA round 19 #2: "we set Medium-High",
 * then a capture with TLS 1.2 accepted; the pre-change TLS 1.0 reset must not stay beside it as if both were now).
 * Only a reading with a ClientHello (or its absence) starts over: a paste of the packets after a hello ("the ServerHello
 * came next") adds to the earlier paste. Hosts not in the new capture keep their readings.
 */
function supersededHosts(obs: readonly Observation[]): Set<string> {
  const out = new Set<string>();
  for (const o of obs) if (isCapture(o) && (o.code.startsWith('capture-clienthello') || o.code === 'capture-no-clienthello')) out.add(captureHost(o));
  return out;
}

/**
 * Adds a reading to a summary (new observations first replace older ones with the same code and
 * subject; the list stays within MAX_OBSERVATIONS). Pure: returns a new summary.
 */
/** Windows event observations: each paste's events add to those already seen (addReading). */
const EVENT_CODES: ReadonlySet<string> = new Set(['event-schannel-error', 'event-sql-encryption-init-failed']);

export function addReading(summary: EvidenceSummary | undefined, source: string, reading: EvidenceReading): EvidenceSummary {
  const prev = summary ?? { observations: [], facts: {}, sources: [] };
  // Event pastes accumulate (QA49 F12): one Windows event per message ("Event ID: 36887 … alert 70", then "Event ID 36888 …
  // alert 40") is one more event seen, not a newer reading of the same thing; the same event text pasted again replaces
  // its copy. Other readings (a capture, a probe of a host) are replaced by their newer one, keyed by code and subject.
  const key = (o: Observation) => (EVENT_CODES.has(o.code) ? `${o.code}\u0000${o.subject ?? ''}\u0000${o.detail?.en ?? ''}` : `${o.code}\u0000${o.subject ?? ''}`);
  const fresh = new Set(reading.observations.map(key));
  const replaced = supersededHosts(reading.observations);
  const observations = [...prev.observations.filter((o) => !fresh.has(key(o)) && !(replaced.size && isCapture(o) && replaced.has(captureHost(o)))), ...reading.observations].slice(-MAX_OBSERVATIONS);
  const f = reading.facts ?? {};
  const facts = { ...prev.facts };
  if (f.sql) facts.sql = f.sql;
  if (f.windows) facts.windows = f.windows;
  if (f.endpoint) facts.endpoint = f.endpoint;
  if (f.sqlLocation) facts.sqlLocation = f.sqlLocation;
  if (f.tms) facts.tms = f.tms;
  const sources = [...prev.sources.filter((s) => s !== source), String(source).slice(0, 200)].slice(-MAX_SOURCES);
  return { observations, facts, sources };
}

function isText(x: unknown): x is LocalizedText {
  return !!x && typeof x === 'object' && typeof (x as LocalizedText).en === 'string' && typeof (x as LocalizedText).ja === 'string';
}

/**
 * A stored summary (JSON from a database, maybe hand-edited) back to the shape above, or null.
 * `cleanFacts` checks the version facts (the conversation's own validator).
 */
export function cleanEvidenceSummary(raw: unknown, cleanFacts: (f: unknown) => Partial<Facts>): EvidenceSummary | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.observations)) return null;
  const observations: Observation[] = [];
  for (const o of r.observations.slice(0, MAX_OBSERVATIONS)) {
    if (!o || typeof o !== 'object') continue;
    const x = o as Record<string, unknown>;
    if (typeof x.code !== 'string' || x.code.length > 80 || !isText(x.detail)) continue;
    const obs: Observation = { code: x.code, detail: { en: x.detail.en.slice(0, 2000), ja: x.detail.ja.slice(0, 2000) } };
    if (typeof x.subject === 'string') obs.subject = x.subject.slice(0, 200);
    if (typeof x.answer === 'string' && x.answer.length <= 80) obs.answer = x.answer;
    if (typeof x.count === 'number' && Number.isInteger(x.count) && x.count > 0) obs.count = x.count;
    if (typeof x.seenAfter === 'number' && Number.isInteger(x.seenAfter) && x.seenAfter > 0 && x.seenAfter < MAX_OBSERVATIONS) obs.seenAfter = x.seenAfter;
    observations.push(obs);
  }
  // The evidence's own facts never carry evidence (no nesting).
  const f = r.facts && typeof r.facts === 'object' && !Array.isArray(r.facts) ? cleanFacts({ ...(r.facts as object), evidence: undefined }) : {};
  const facts: EvidenceSummary['facts'] = {};
  if (f.sql) facts.sql = f.sql;
  if (f.windows) facts.windows = f.windows;
  if (f.endpoint) facts.endpoint = f.endpoint;
  if (f.sqlLocation) facts.sqlLocation = f.sqlLocation;
  if (f.tms) facts.tms = f.tms;
  const sources = Array.isArray(r.sources) ? r.sources.filter((s): s is string => typeof s === 'string').slice(-MAX_SOURCES).map((s) => s.slice(0, 200)) : [];
  return { observations, facts, sources };
}
