/**
 * Evidence: what a capture, a registry export, an event log or pasted command output shows.
 * Readers (one per module in src/evidence/) turn bytes or text into an EvidenceReading; the
 * diagnosis folds the observations and facts in (src/domain/evidence-rules.ts).
 * Everything here is plain JSON data (it is kept in the conversation state).
 */
import type { Facts, LocalizedText } from '../domain/types';

export type EvidenceKind = 'pcap' | 'pcapng' | 'reg' | 'reg-query' | 'eventlog' | 'text';

/**
 * Stable observation codes (JSON output, tests, rules). Add codes as needed; never rename one.
 */
export type ObservationCode =
  // captures (and pasted capture text)
  | 'capture-clienthello-tls10-only'
  /** Only a summary row labelled TLSv1 (the record layer): could be TLS 1.0-only or TLS 1.2. */
  | 'capture-clienthello-record-tls10'
  | 'capture-clienthello-tls11'
  | 'capture-clienthello-tls12'
  | 'capture-reset-after-clienthello'
  | 'capture-alert-after-clienthello'
  | 'capture-serverhello'
  | 'capture-silence-after-clienthello'
  | 'capture-unexpected-answer'
  | 'capture-no-clienthello'
  | 'capture-tcp-not-completed'
  | 'capture-http-301-fallback'
  | 'capture-version-line-ambiguous'
  | 'capture-no-tls-traffic'
  | 'capture-truncated'
  // registry
  | 'schannel-tls12-client-enabled'
  | 'schannel-tls12-client-disabled'
  | 'schannel-tls12-client-partial'
  | 'schannel-tls12-server-disabled'
  | 'schannel-tls10-disabled'
  | 'schannel-ssl3-disabled'
  | 'schannel-keys-absent'
  | 'netfx-strong-crypto-on'
  | 'netfx-strong-crypto-off'
  // event logs and messages
  | 'event-sql-encryption-init-failed'
  | 'event-schannel-error'
  | 'tms-telnet-violation'
  | 'tms-no-https-response'
  // versions read from command output (the value is in `facts`)
  | 'fact-sql-version'
  | 'fact-windows-version'
  | 'fact-endpoint-version'
  | 'windows-build-unknown'
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
  /** How many times it was seen (connections, log lines), when more than one. */
  count?: number;
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
