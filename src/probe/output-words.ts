/**
 * The fixed words of `tms-doctor probe`'s own output (single table, fleet table, fleet CSV): one place,
 * used by the formatters (report.ts, fleet-report.ts) and by the reader that recognises that output
 * when it is pasted back into the chat or read with `evidence` (output-read.ts). Pure constants.
 */
import type { ProtocolKey } from './types';

export const PROTOCOL_LABEL: Record<ProtocolKey, string> = {
  ssl3: 'SSL 3.0',
  'tls1.0': 'TLS 1.0',
  'tls1.1': 'TLS 1.1',
  'tls1.2': 'TLS 1.2',
  'tls1.3': 'TLS 1.3',
};

/** The single table's result column. */
export const RESULT_WORD = { accepted: 'accepted', refused: 'refused', unknown: 'unknown' } as const;

/** The single table's what-if lines: what TMS at each level would see (hypotheses, not the user's setting). */
export const TMS_AT = {
  medium: 'TMS at Medium (TLS 1.0 only):',
  mediumHigh: 'TMS at Medium-High (TLS 1.0 to 1.2):',
  high: 'TMS at High (certificate checked):',
} as const;

/** The single table's last line (conclusion()), the ones that name no target. */
export const CONCLUSION = {
  mediumFails: 'TLS 1.0 refused: TMS at Medium cannot manage this endpoint over HTTPS; at Medium-High (TLS 1.2 enabled on the TMS server) it can.',
  mediumOk: 'TLS 1.0 accepted: TMS at Medium can talk HTTPS to this endpoint, so the TLS 1.0 change is not what breaks it.',
  only13: 'Only TLS 1.3 accepted: neither Medium nor Medium-High in TMS can manage this endpoint over HTTPS.',
  noLevel: 'TLS 1.0, 1.1 and 1.2 all refused: TMS cannot manage this endpoint over HTTPS at any security level.',
  mediumFailsUnknown: 'TLS 1.0 refused: TMS at Medium cannot manage this endpoint; whether Medium-High can is unknown (TLS 1.1/1.2 gave no clear answer).',
  mediumHighOnly: 'TLS 1.0 gave no clear answer; Medium-High would work (TLS 1.1/1.2 accepted).',
} as const;

/** The single table's heading ("Probe of 10.1.2.3:443 — 19 ms") and column heads. */
export const PROBE_HEADING = 'Probe of ';
export const TABLE_HEAD = ['Protocol', 'Result', 'Detail'] as const;

/** The fleet table's verdict column. */
export const FLEET_SHORT = {
  'medium-fails': 'MEDIUM FAILS',
  'medium-ok': 'medium ok',
  'no-level': 'NO TMS LEVEL',
  'not-tls': 'not TLS',
  unreachable: 'no answer',
  unclear: 'unclear',
  'not-probed': 'not probed',
} as const;

export const FLEET_TABLE_HEAD = ['LINE', 'TARGET', 'NAME', 'STATED', 'VERDICT'] as const;

/** The fleet summary's lines. */
export const FLEET_SUMMARY = {
  head: 'Fleet: ',
  mediumCannotReach: (n: number, of: number) => `TMS at Medium cannot reach ${n} of ${of} probed (TLS 1.0 refused):`,
  mediumCannotReachStart: 'TMS at Medium cannot reach ',
} as const;

/** The fleet summary's lines in Japanese (`probe --lang ja`): the head, and the Medium heading (counts, then the probed total). */
export const FLEET_SUMMARY_JA = {
  head: 'フリート：',
  mediumCannotReach: (n: number, of: number) => `${n} 台は TLS 1.0 を拒否しているため、Medium の TMS からは接続できません（調べた ${of} 台中）：`,
} as const;

export const FLEET_VERDICT_LABEL = {
  'medium-fails': 'refuses TLS 1.0 (Medium fails, Medium-High works)',
  'medium-ok': 'accepts TLS 1.0 (Medium works)',
  'no-level': 'refuses TLS 1.0-1.2 (no TMS level works)',
  'not-tls': 'answers, but not TLS',
  unreachable: 'no answer (closed, silent or unreachable)',
  unclear: 'no clear TLS answer',
  'not-probed': 'not probed',
} as const;

export const CSV_HEADER = ['line', 'target', 'address', 'name', 'stated_version', 'verdict', 'ssl3', 'tls1.0', 'tls1.1', 'tls1.2', 'tls1.3', 'tms_medium', 'tms_medium_high', 'note', 'duration_ms'];

/** The summary's count labels in Japanese (`probe --lang ja`). */
export const FLEET_VERDICT_LABEL_JA = {
  'medium-fails': 'TLS 1.0 を拒否（Medium では接続不可、Medium-High なら可）',
  'medium-ok': 'TLS 1.0 を受け付け（Medium でも接続可）',
  'no-level': 'TLS 1.0～1.2 をすべて拒否（どの TMS レベルでも接続不可）',
  'not-tls': '応答はあるが TLS ではない',
  unreachable: '応答なし（閉じている、無応答、または到達不能）',
  unclear: 'TLS としてはっきりした応答なし',
  'not-probed': '調べていない',
} as const;
