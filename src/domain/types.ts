/**
 * Shared domain types. Pure data: everything here is JSON-serialisable so that
 * conversation state can be stored as-is (SQLite) and printed by the CLI (--json).
 */
import type { FailureScope } from './understand/scope';
import type { ProbeResult } from '../probe/types';
import type { EvidenceSummary } from '../evidence/types';
import type { FleetFact } from './fleet';
import type { SourceId } from './sources';
import type { OtherProductId } from './knowledge/products';

export type { SourceId } from './sources';

export type Lang = 'en' | 'ja';

/** A text the bot shows, always in both languages, written in our own words. */
export interface LocalizedText {
  en: string;
  ja: string;
  /**
   * Set when the text advises raising Communication Security to Medium-High (knowledge.md, Caveats, Telnet and SNMP):
   * a block built from it is marked so (src/conversation/document.ts `Block.advises`) and carries the caveat.
   */
  advises?: 'medium-high';
}

/** TMS Tools > Security Settings > Advanced Security Settings > Communication Security. */
export type SecurityLevel = 'low' | 'medium' | 'medium-high' | 'high';

export interface TmsVersion {
  product: 'TMS';
  /** What the user typed, trimmed. */
  raw: string;
  /** Normalised semver, e.g. "15.2.1", "15.13.0". */
  semver: string;
}

export type EndpointFamily = 'TC' | 'CE' | 'RoomOS';

export interface EndpointVersion {
  family: EndpointFamily;
  raw: string;
  /** Normalised semver, e.g. "7.3.6", "9.15.3", "11.0.0". */
  semver: string;
}

export interface SqlVersion {
  /** Release year: 2005, 2008, 2012, 2014, 2016, 2017, 2019, 2022, 2025. */
  year: number;
  r2: boolean;
  /** Service pack number; 0 = RTM; null = not stated. */
  sp: number | null;
  /** Cumulative update number, null = not stated. */
  cu: number | null;
  /** Build number as typed, e.g. "11.0.2100" or "10.50.6560.0"; null when not given. */
  build: string | null;
  raw: string;
}

export interface WindowsVersion {
  /** 2008, 2012, 2016, 2019, 2022, 2025 */
  year: number;
  r2: boolean;
  raw: string;
}

/** Where the SQL Server instance used by TMS runs. */
export type SqlLocation = 'local' | 'remote';

/**
 * What the user says was already done to the TMS server's protocols ("we already disabled TLS 1.0",
 * "TLS 1.2 is already enabled in the registry", "we applied IIS Crypto's Best Practices"), and around
 * them (the server already rebooted, the endpoints' certificates self-signed). A claim,
 * not evidence: the diagnosis acknowledges it and says what to check (knowledge/claims.ts).
 */
export interface TlsClaims {
  /** TLS 1.0 on the TMS server: 'off' = said to be disabled, 'on' = said to be still enabled. */
  tls10?: 'on' | 'off';
  /** TLS 1.2 in the TMS server's Schannel registry: 'on' = said to be enabled, 'off' = said not to be. */
  tls12?: 'on' | 'off';
  /**
   * With tls12 'off': the user read the key's values and they turn it off ("TLS 1.2 Client key: Enabled=0",
   * "Enabled = 0 and DisabledByDefault = 1"), as a pasted `reg query` would show: the registry step is required.
   */
  tls12ValuesOff?: boolean;
  /**
   * The TLS 1.2 keys or their values were removed ("we removed the TLS 1.2 keys", "deleted only the TLS 1.2 values",
   * 「TLS 1.2 のキーを削除しました」): TLS 1.2 is back at the Windows default (off on 2008 R2, on from 2012), not said off.
   */
  tls12KeysRemoved?: true;
  /** SSL 3.0 on the TMS server (IIS Crypto's Best Practices turns it off). */
  ssl3?: 'on' | 'off';
  /**
   * Of ssl3, tls10 and tls12: those whose state was read from a pasted IIS Crypto check-box listing, not said in words (FIX62A #7):
   * the context line says "(in what you pasted)" for them, not "(as you said)". A protocol said again in words leaves it.
   */
  pasted?: Array<'ssl3' | 'tls10' | 'tls12'>;
  /** IIS Crypto's "Best Practices" template was applied (it disables SSL 3.0 and TLS 1.0). */
  iisCryptoBestPractices?: boolean;
  /** Nobody changed the Schannel registry ("we haven't touched the registry"): the Windows defaults apply unless a policy set keys. */
  registryUntouched?: boolean;
  /**
   * The TMS server was rebooted, or its services restarted, since the change ("we already rebooted",
   * 「再起動しましたが」): true; said not to be ("haven't rebooted yet"): false. A restart of the
   * endpoints or of IIS alone does not count.
   */
  restarted?: boolean;
  /**
   * Only IIS was restarted (iisreset) after the level change, not the TMS services ("set it to medium-high and restarted iis",
   * 「Medium-High に変更して IIS を再起動しました」): 'said'; 'reminded' once a "still failing" was answered with the missing restart
   * (QA63 #8). Moot once `restarted` is true.
   */
  iisOnly?: 'said' | 'reminded';
  /**
   * Schannel keys were created or changed in this incident ("keys are created", "fixed DisabledByDefault
   * to 0", 「キーを作成しました」, or the registry step said done where it creates keys): the server
   * needs its one reboot (knowledge.md, Fix step 4) unless it was rebooted after.
   */
  keysChanged?: boolean;
  /**
   * The protocols were changed by a group policy ("we disabled TLS 1.0 via GPO", 「グループ ポリシーで
   * TLS 1.0 を無効にしました」): a hand edit of those keys may be undone at the next policy refresh.
   */
  byPolicy?: boolean;
  /** The managed systems' certificates are said to be self-signed or expired (true), or said not to be (false). */
  untrustedCerts?: boolean;
  /**
   * The managed systems' certificates are said replaced or renewed ("we also replaced their certificates with new ones from our
   * internal CA", 「証明書も入れ替えました」; FIX60F #3): one line on what that means at the level (knowledge/certificates.ts).
   */
  certsReplaced?: boolean;
  /**
   * SQL Server said down in words ("SQL Server does not start", 「SQL が起動しません」): true; said
   * running again ("SQL is back up"): false (understand/sql-down.ts). Read like a pasted 26011: the
   * recovery leads (knowledge/sql-outage.ts).
   */
  sqlDown?: boolean;
  /**
   * A cause named for SQL Server not starting that is not TLS ("it was the disk", 「原因はディスクでした」;
   * understand/sql-cause.ts), kept only while the outage is said: the answer says it comes first, and keeps the TLS
   * recovery as a condition. Never a reason to drop the outage.
   */
  sqlCause?: 'disk' | 'logFull' | 'account' | 'license';
  /**
   * TMS itself said not to open right after the change that turned TLS 1.0 and SSL 3.0 off ("now TMS won't open",
   * 「TMSが開かなくなった」), stored by src/conversation/tms-wont-open.ts only when a SQL Server on the TMS server may
   * be the outage (knowledge/tms-wont-open.ts): the card and the fix kit then lead with the SQL check too.
   */
  tmsWontOpen?: boolean;
  /**
   * Communication Security was raised to Medium-High in this incident, as a step of the fix reported
   * done ("I set Medium-High", 「手順 3 まで終わりました」): progress, not the premise "it was already
   * Medium-High". The incident's cause stays TMS at Medium; the restart that applies the level and the
   * check are what is left. Dropped when the user says it still fails, or states the level anew.
   */
  levelRaised?: boolean;
  /**
   * The fix worked for some systems only ("7 of 10 came back", 「10台中7台が復旧しました」): TMS offers a
   * TLS version they accept, so for the systems left its level is not what fails. Set by the partial-success
   * reader (src/conversation/partial-success.ts); a later "the remaining 3 are C40s on TC 7.3.6" describes
   * the systems left, not the fleet.
   */
  partlyWorks?: boolean;
  /**
   * The user said the fix works for all ("it works now", 「直りました」): the case closed as working (QA49 F9). Read by the report
   * summary; dropped when the user says it still fails, or when it is checked for another node.
   */
  worksNow?: boolean;
  /**
   * The fix worked at Medium-High, then the case was opened again ("Medium-High fixed it" then "security raised it to High and
   * it fails again"): TLS 1.2 and the Windows side of the TMS server are proven; at High the certificate validation High adds is
   * the one change (QA58 #15). Set by the reopen reader (src/conversation/reopen.ts); read at High only.
   */
  workedAtMediumHigh?: boolean;
  /**
   * How many systems were said to fail still at the partial success ("5 are green, 3 still red": 3), when the message
   * gave a count: a later "2 are green now too" closes the case only when it covers them all (R54).
   */
  stillFailing?: number;
}

/** Everything the bot knows about one incident. All optional: the conversation fills them in. */
export interface Facts {
  tms?: TmsVersion;
  endpoint?: EndpointVersion;
  sql?: SqlVersion;
  /** 'remote' = SQL is on another server (caveats do not apply); absent = not known. */
  sqlLocation?: SqlLocation;
  /**
   * SQL Server runs on one node of a redundant TMS pair ("SQL is on node 1, node 2 uses it remotely", 「SQLは1台目」):
   * with sqlLocation 'local', the SQL caveat holds on that node, not on the other one (QA round 22 W3).
   */
  sqlOnNode?: boolean;
  /**
   * The host names of a redundant TMS's nodes, named with the pair ("two nodes tms01 and tms02", 「tms01 と tms02 の冗長構成」;
   * QA49 F16): a step reported on one of them is that node's only (understand/node-level.ts, conversation/node-progress.ts).
   */
  tmsNodes?: string[];
  /** Of `tmsNodes`, those a step of the fix was reported done on while another node was still left. */
  tmsNodesDone?: string[];
  /**
   * TMS said to be one server, not a redundant pair ("not redundant", 「冗長構成ではありません」, QA63 #13): the fix's "on both
   * nodes" lines are left out (diagnose.ts). Additive (absent = not said).
   */
  singleTms?: true;
  windows?: WindowsVersion;
  level?: SecurityLevel;
  /** Does TMS manage this endpoint over HTTPS? false = HTTP only (then this is not the problem). */
  https?: boolean;
  /** The latest probe of the endpoint, when one was run. */
  probe?: ProbeResult;
  /** Every probe kept (oldest first, at most 16, the latest last; src/domain/probes-kept.ts). Absent in older states: read as [probe]. */
  probes?: ProbeResult[];
  /** How many older probe results were dropped from `probes`. */
  probesDropped?: number;
  /** Other products TMS manages over HTTPS that the user named (src/domain/knowledge/products.ts). */
  otherProducts?: OtherProductId[];
  /** The Meeting Server release named with it ("CMS 2.2" → "2.2"): 2.3 and later take TLS 1.2 at minimum. */
  meetingServerRelease?: string;
  /**
   * Did the user say endpoints fail too (true), or that they do not (false: "the endpoints are fine,
   * only the Expressway")? Absent = endpoints were not mentioned. With other products named and no
   * endpoint known, anything but true means the failing system is the product (no endpoint version asked).
   */
  endpointsFail?: boolean;
  /** What evidence (captures, registry exports, event logs, command output) showed; see src/evidence/. */
  evidence?: EvidenceSummary;
  /** The latest fleet probe's counts (src/domain/fleet.ts), when one was run. */
  fleet?: FleetFact;
  /** Do only some systems fail, or all of them, as the user said it (src/domain/understand/scope.ts)? */
  scope?: FailureScope;
  /**
   * Systems on the same release as the failing ones said to work through this TMS (src/domain/understand/same-release-works.ts):
   * at Medium that contradicts the TLS 1.0 cause, at Medium-High or High the failing units are where to look.
   */
  sameReleaseWorks?: true;
  /**
   * A timeline that does not fit "the upgrade broke it" (src/domain/understand/upgrade-timeline.ts): the symptom already there
   * before the upgrade, or nothing upgraded and it started lately (QA59 #7).
   */
  upgradeTimeline?: 'before-upgrade' | 'no-upgrade';
  /** What the user says was already done to the TMS server's protocols (claims, not evidence). */
  tlsClaims?: TlsClaims;
  /**
   * Several endpoint releases named with what each does ("TC 7.3.3 and CE 9.15 both fail", "TC 7.3.3 fails and CE
   * 9.15 works", 「TC7.3.3 と CE9.15 の両方でエラー」; src/domain/understand/endpoint-results.ts): one group per release,
   * in order. `endpoint` is then one that fails (one refusing TLS 1.0 when any does). Replaced by the next message
   * that names releases.
   */
  endpointGroups?: EndpointGroup[];
  /**
   * Other TMS servers on other releases named with this one ("site A runs TMS 15.2, site B runs TMS 14.6"): the answer
   * is for `tms` (one that can be fixed in place when any can); each of these gets its own verdict (QA round 20 #3).
   * Replaced by the next message that names a TMS release.
   */
  otherTms?: TmsVersion[];
  /**
   * Semvers of the `otherTms` servers whose result was never said while another server was said to fail
   * ("Tokyo runs TMS 15.9, Osaka TMS 14.6; Osaka's CE 9.15 endpoints show No HTTPS response", QA round 26 B8): not
   * said to fail, so the bot says to check that server first before changing it (raising its level turns its Telnet
   * and SNMP off). Kept only for servers still in `otherTms`.
   */
  otherTmsUnsaid?: string[];
  /**
   * TMS servers the user said work ("Tokyo (TMS 15.13) is fine", 「東京は問題なし」, QA round 24 W2): not this incident's,
   * and no fix is given for them; said back as noted. Replaced by the next message that names a TMS release.
   */
  workingTms?: TmsVersion[];
  /**
   * The user said the failing system is in "Behind Firewall" mode ("it's in Behind Firewall mode", QA36 #12): TMS does not poll
   * such systems (knowledge.md), so the note stays with the answer on later turns and the headline does not call it the TLS problem.
   */
  behindFirewall?: true;
  /**
   * Models said to be in Behind Firewall mode so far ("the MX700 is Behind Firewall", then "the SX80 is also Behind Firewall";
   * readers-d #3): the mode is the failing systems' once these cover every failing model held.
   */
  behindFirewallNamed?: string[];
  /**
   * Releases that still accept TLS 1.0 (TC 7.3.3, CE 8.0.x) said to fail too, after hardening (a GPO, IIS Crypto, a baseline):
   * TLS 1.0 off on the TMS server's Schannel Client side fits that (FIX10D, QA36 #5). Kept so later answers lead with that check
   * instead of "the endpoint resets the connection".
   */
  hardeningAllFail?: string[];
  /** Endpoint models the user named as theirs ("SX80", "MX700 G2"), in the bot's spelling (src/domain/knowledge/products.ts). */
  endpointModels?: string[];
  /**
   * The user said the endpoints ran TC before ("upgraded from TC7.3.3 to ce9.12.3"): their hardware
   * runs TC, so a downgrade to TC 7.3.3 exists for them. Absent = not said.
   */
  endpointsRanTc?: boolean;
  /** Systems the user named that TMS may manage over Telnet/SNMP ("Polycom VSX", "Polycom HDX", "Tandberg MXP"). */
  telnetSystems?: string[];
  /**
   * The user said how TMS manages such systems: over Telnet, SNMP or both ("4 MXPs and an HDX managed via telnet",
   * 「HDX は Telnet で管理しています」). Absent = not said (the caveat then says to check).
   */
  telnetVia?: 'telnet' | 'snmp' | 'telnet-snmp';
  /**
   * The user named a symptom, and it is not "No HTTPS response" ("Wrong username or password",
   * "Authentication failed, not No HTTPS response"; src/domain/understand/symptom.ts): this problem is
   * not shown, so no fix is given. Dropped when "No HTTPS response" is said as seen.
   */
  otherSymptom?: OtherSymptomId;
}

/** Endpoints on one release and what the user says they do: fail (true) or work (false). */
export interface EndpointGroup {
  endpoint: EndpointVersion;
  fails: boolean;
}

/** A symptom other than "No HTTPS response" that the user names (src/domain/understand/symptom.ts). */
export type OtherSymptomId =
  | 'wrong-credentials'
  | 'authentication-failed'
  | 'no-snmp-response'
  | 'no-http-response'
  | 'unable-to-connect'
  | 'not-reachable'
  | 'connection-timed-out'
  | 'connection-refused'
  | 'certificate-validation'
  | 'booking-failed'
  | 'call-failed'
  | 'tms-connection-error';

export type Affected = 'yes' | 'no' | 'unknown';

export type Severity = 'info' | 'action' | 'warning' | 'critical';

/**
 * Stable codes. Tests, conversations/ files and the JSON output refer to these.
 * Add codes as needed; never rename one.
 */
export type FindingCode =
  | 'endpoint-no-tls10'
  | 'some-systems-fail'
  | 'partly-works-offers-tls12'
  | 'same-release-works'
  | 'upgrade-timeline'
  | 'probe-certificate-at-high'
  | 'pasted-certificate-at-high'
  | 'assume-endpoint-refuses-tls10'
  | 'assume-tms-15-or-later'
  | 'check-sql-build-first'
  | 'endpoint-accepts-tls10'
  | 'tms-medium-tls10-only'
  | 'sql-tls12-build-first'
  | 'backup-registry-first'
  | 'enable-tls11-12-registry'
  | 'reboot-server'
  | 'tms-tools-medium-high'
  | 'restart-tms-services'
  | 'verify-tls12-clienthello'
  | 'caveat-telnet-snmp-disabled'
  | 'caveat-sql2008r2-keep-tls10-ssl3'
  | 'caveat-sql2012-kb3052404'
  | 'caveat-remote-sql-untouched'
  | 'tms-pre15-upgrade-or-downgrade'
  | 'already-medium-high'
  | 'http-not-affected'
  | 'behind-firewall-not-polled'
  | 'hardening-tls10-client-suspected'
  | 'verify-probe-target'
  | 'probe-unreachable'
  | 'probe-not-tls'
  | 'probe-inconclusive'
  | 'probe-no-tms-protocol'
  | 'probes-kept'
  | 'http-redirects-to-https'
  | 'still-failing-checks'
  | 'other-products-same-wall'
  | 'products-fail-endpoints-fine'
  | 'products-fail-at-raised-level'
  | 'other-product-no-tls10'
  | 'endpoints-accept-tls10-beside-products'
  | 'meeting-server-release-unsettled'
  | 'probe-product-port'
  | 'product-accepts-tls10'
  | 'fleet-summary'
  | 'said-tls10-off'
  | 'said-tls12-on'
  | 'said-tls12-off'
  | 'said-registry-untouched'
  | 'certs-replaced'
  | 'other-tms-releases'
  | (string & {});

export type QuestionCode =
  | 'need-tms-version'
  | 'need-endpoint-version'
  | 'need-sql-version'
  | 'need-windows-version'
  | 'need-security-level'
  | (string & {});

export interface Finding {
  code: FindingCode;
  severity: Severity;
  title: LocalizedText;
  /** One or more paragraphs explaining the finding. */
  body: LocalizedText[];
  /** Numbered steps, when the finding is something to do. */
  steps?: LocalizedText[];
  /** Literal text to show as code (registry paths and values, service names). Not translated. */
  literal?: string;
  /** The public documents this finding rests on (ids of `SOURCES` in src/domain/sources.ts). */
  sources?: SourceId[];
  /**
   * What a reply that still asks a required question shows of an urgent finding: its lead and its one action (with
   * `literal`). The full answer shows the finding whole. Absent = the whole finding (src/conversation/compose.ts).
   */
  brief?: LocalizedText[];
  /**
   * What a later answer says instead of a bullet of `steps` that this conversation already showed in full, unchanged (same
   * index; absent: the bullet again, whole): "the stop-gap above" (src/conversation/compose.ts).
   */
  stepsAgain?: (LocalizedText | undefined)[];
}

export interface Choice {
  value: string;
  label: LocalizedText;
}

export interface Question {
  code: QuestionCode;
  text: LocalizedText;
  /** What a good answer looks like, e.g. "15.2.1". */
  example?: string;
  /** Common answers, offered as buttons/selects. */
  choices?: Choice[];
  /**
   * true = needed before a full answer (endpoint, TMS, SQL when relevant); false/absent = an
   * optional refinement (Windows, security level) the bot can ask while already answering.
   */
  required?: boolean;
}

export interface Diagnosis {
  affected: Affected;
  findings: Finding[];
  questions: Question[];
}

/** A value the user gave that could not be understood. Never thrown: reported back. */
export interface ParseProblem {
  field: 'tms' | 'endpoint' | 'sql' | 'windows' | 'level';
  input: string;
  /** Why, and what was expected. */
  message: LocalizedText;
  /** true when the value was recognised but too vague to decide (CE8, TC7.3). */
  vague?: boolean;
  /** true when two values were offered as alternatives and the answer depends on which ("TC 7.3.3 or CE 9.15"). */
  alternatives?: boolean;
  /** The two endpoint releases offered ("TC 7.3.3", "CE 9.15"), so that "both" can follow. */
  offered?: string[];
  /**
   * "Which server runs TMS now?" asked (understand/server-replaced.ts): the new server's Windows as written ("2016"), and the old
   * one's when it was named too, so that "the new one", 「新しい方」 next can record it.
   */
  serverAsked?: { now: string; old?: string };
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: ParseProblem };
