/** The probe's result, exactly the JSON printed by `tms-doctor probe --json`. */

export type ProtocolKey = 'ssl3' | 'tls1.0' | 'tls1.1' | 'tls1.2' | 'tls1.3';

/** true = accepted, false = refused (alert, reset, close), null = unknown (timeout, not tried). */
export type Tri = boolean | null;

export interface CertificateInfo {
  subject: string;
  issuer: string;
  subjectAltNames: string[];
  validFrom: string; // ISO 8601
  validTo: string; // ISO 8601
  keyType: string; // 'RSA' | 'EC' | 'Ed25519' | ...
  keyBits: number | null;
  signatureAlgorithm: string | null;
  selfSigned: boolean;
  expired: boolean;
  fingerprint256: string;
}

export interface ProbeResult {
  target: string;
  address: string | null;
  port: number;
  reachable: boolean;
  tls: boolean | null;
  protocols: Record<ProtocolKey, Tri>;
  tms: { medium: Tri; mediumHigh: Tri };
  certificate: CertificateInfo | null;
  /**
   * Why there is no clear TLS answer, or null. Stable prefixes: "port closed:", "host silent:",
   * "not TLS:" (then "plain HTTP" or other bytes); other texts describe a TLS port that never
   * answers, drops every ClientHello, or answers malformed TLS.
   */
  error: string | null;
  durationMs: number;
  /** Optional extras (port 80 redirect check, per-version detail). */
  http?: { port: number; status: number | null; location: string | null; redirectsToHttps: boolean | null } | null;
  detail?: Partial<Record<ProtocolKey, string>>;
}
