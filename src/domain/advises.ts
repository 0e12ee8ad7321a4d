/**
 * Texts that advise raising Communication Security to Medium-High. knowledge.md (Caveats, Telnet and SNMP): that change
 * turns Telnet and SNMP off, so every answer that advises it carries the caveat. Whoever writes such a text marks it
 * here (`LocalizedText.advises`); the conversation marks the blocks built from it, and the Telnet/SNMP pointer
 * (src/conversation/telnet-pointer.ts) keys on the mark, not on the wording.
 */
import type { LocalizedText } from './types';

/** A text in both languages that advises the change to Medium-High. */
export function advisingMediumHigh(en: string, ja: string): LocalizedText {
  return { en, ja, advises: 'medium-high' };
}

/** Does any of these texts advise the change to Medium-High? */
export function anyAdvising(ts: readonly (LocalizedText | undefined)[]): boolean {
  return ts.some((t) => t?.advises === 'medium-high');
}

/**
 * Observations whose detail advises the change to Medium-High (src/evidence/text.ts, a test said in words: "That endpoint
 * accepts TLS 1.2: once TMS offers TLS 1.2 (Medium-High) it can connect to it"). Observations are kept in the
 * conversation's facts, so the mark is their code's, not stored with them.
 */
export const OBSERVATIONS_ADVISING_MEDIUM_HIGH: ReadonlySet<string> = new Set(['tool-tls-handshake-ok']);
