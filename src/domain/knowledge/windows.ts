/**
 * The TMS Windows server: Microsoft's Schannel defaults per release (as a table), what the
 * registry step means on a given release, which keys the .reg sets, and when a reboot is advised.
 * Pure functions the diagnosis and the conversation's follow-up answers share.
 */
import type { Facts, SecurityLevel, WindowsVersion } from '../types';
import { NETFX_PATHS, schannelKeyPath, serializeReg, SCHANNEL_PROTOCOLS_PATH } from '../../windows/reg';

export interface SchannelDefaults {
  ssl3: boolean;
  tls10: boolean;
  tls11: boolean;
  tls12: boolean;
  /** null = not available on that release. */
  tls13: boolean | null;
}

export interface SchannelDefaultsRow extends SchannelDefaults {
  /** How the row is shown ("2012 / 2012 R2"). */
  release: string;
  /** First and last Windows Server year the row covers (inclusive); `to` absent = and later. */
  from: number;
  to?: number;
  /**
   * The registry step for TLS 1.2 on this release: 'required' where it is off by default,
   * 'verify' where it is on unless a hardening policy turned it off.
   */
  registryStep: 'required' | 'verify';
}

/**
 * Microsoft's table ("Protocols in TLS/SSL (Schannel SSP)"), Client and Server alike. Windows
 * releases after September 2023 (Windows Server 2025 is one) have TLS 1.0 and 1.1 off by default.
 * Windows Server 2008 (not R2) SP2 has no TLS 1.1/1.2 at all until KB4019276 (see `registryPlan`).
 */
export const SCHANNEL_DEFAULTS_TABLE: readonly SchannelDefaultsRow[] = [
  { release: '2008 R2', from: 2008, to: 2008, ssl3: true, tls10: true, tls11: false, tls12: false, tls13: null, registryStep: 'required' },
  { release: '2012 / 2012 R2', from: 2012, to: 2012, ssl3: true, tls10: true, tls11: true, tls12: true, tls13: null, registryStep: 'verify' },
  { release: '2016 / 2019', from: 2016, to: 2019, ssl3: false, tls10: true, tls11: true, tls12: true, tls13: null, registryStep: 'verify' },
  { release: '2022', from: 2022, to: 2022, ssl3: false, tls10: true, tls11: true, tls12: true, tls13: true, registryStep: 'verify' },
  { release: '2025', from: 2025, ssl3: false, tls10: false, tls11: false, tls12: true, tls13: true, registryStep: 'verify' },
];

function rowFor(v: WindowsVersion): SchannelDefaultsRow {
  const y = typeof v?.year === 'number' ? v.year : 2008;
  const row = SCHANNEL_DEFAULTS_TABLE.find((r) => y >= r.from && (r.to === undefined || y <= r.to));
  // Years between rows (none today) take the row before them.
  return row ?? [...SCHANNEL_DEFAULTS_TABLE].reverse().find((r) => y >= r.from) ?? SCHANNEL_DEFAULTS_TABLE[0];
}

/** Microsoft's Schannel defaults (Client and Server alike) for a Windows Server release. */
export function windowsSchannelDefaults(v: WindowsVersion): SchannelDefaults {
  const { ssl3, tls10, tls11, tls12, tls13 } = rowFor(v);
  return { ssl3, tls10, tls11, tls12, tls13 };
}

/** 'required' where TLS 1.2 is off by default (2008 / 2008 R2) or the release is unknown; else 'verify'. */
export function registryStepFor(v: WindowsVersion | undefined): 'required' | 'verify' {
  if (!v) return 'required';
  return rowFor(v).registryStep;
}

/**
 * The TMS server's Windows release when it has TLS 1.0 (and SSL 3.0) off by default (2025 and later)
 * and the user did not say TLS 1.0 is on there; undefined otherwise. A SQL Server 2008 R2 without TLS
 * 1.2 support is then in Microsoft's failing case by default (caveatSql2008r2, the card's Next line).
 */
export function tls10OffByWindowsDefault(facts: Facts): WindowsVersion | undefined {
  const w = facts.windows;
  return w && typeof w.year === 'number' && !rowFor(w).tls10 && facts.tlsClaims?.tls10 !== 'on' ? w : undefined;
}

export type TlsKey = 'TLS 1.1' | 'TLS 1.2';

export interface RegistryPlan {
  /** required: off by default; verify: on by default, check; unknown: release not known. */
  step: 'required' | 'verify' | 'unknown';
  /** The protocol keys the .reg sets: TLS 1.2, the one Medium-High needs, on every release (the same .reg as the fix kit's enable-tls12.reg; TLS 1.1 only through the kit's explicit --tls11). */
  keys: TlsKey[];
  /** Windows Server 2008 (not R2): KB4019276 first, or TLS 1.1/1.2 do not exist. */
  needsKb4019276: boolean;
  /** TLS 1.0 (and 1.1) are off by default here (2025 and later): at Medium TMS sends no ClientHello at all. */
  tls10OffByDefault: boolean;
  /** TMS support for this Windows release is not documented in what the bot knows (2025 and later). */
  tmsSupportUndocumented: boolean;
}

/**
 * The registry step on a release. 2008 / 2008 R2: required (TLS 1.1 and 1.2 off by default there).
 * 2012–2022: verify (TLS 1.2 on by default; the keys matter only where a policy turned it off).
 * 2025: verify (1.0/1.1 off by default, and must not be switched back on). Unknown: verify what is
 * there. The keys are TLS 1.2 everywhere: it is the one Medium-High needs (every TC/CE release
 * accepts it), TLS 1.1 is deprecated (RFC 8996), and the chat's .reg is then the fix kit's
 * enable-tls12.reg (same keys, types and values; the kit adds TLS 1.1 only with --tls11).
 */
export function registryPlan(v: WindowsVersion | undefined): RegistryPlan {
  if (!v || typeof v.year !== 'number') {
    return { step: 'unknown', keys: ['TLS 1.2'], needsKb4019276: false, tls10OffByDefault: false, tmsSupportUndocumented: false };
  }
  const row = rowFor(v);
  return {
    step: row.registryStep,
    keys: ['TLS 1.2'],
    needsKb4019276: v.year === 2008 && !v.r2,
    tls10OffByDefault: !row.tls10,
    tmsSupportUndocumented: v.year >= 2025,
  };
}

// ---------------------------------------------------------------------------------------------
// The .reg file

export const REGISTRY_PATH = SCHANNEL_PROTOCOLS_PATH;

/**
 * A .reg file that enables `keys` for Client and Server, as regedit writes one: the version
 * header, a blank line, each key with `DisabledByDefault`=0 and `Enabled`=1 followed by a blank
 * line, CRLF line endings (so the text ends with a final blank line).
 */
export function registryFile(keys: readonly TlsKey[] = ['TLS 1.2']): string {
  // A diagnosis shows one of very few files (keyed by the protocol names, which hold no "|"): write each once.
  const id = keys.join('|');
  let file = REGISTRY_FILES.get(id);
  if (file === undefined) {
    file = writeRegistryFile(keys);
    if (REGISTRY_FILES.size < 16) REGISTRY_FILES.set(id, file);
  }
  return file;
}

const REGISTRY_FILES = new Map<string, string>();

function writeRegistryFile(keys: readonly TlsKey[]): string {
  return serializeReg({
    format: 5,
    keys: keys.flatMap((p) =>
      (['Client', 'Server'] as const).map((side) => ({
        path: schannelKeyPath(p, side),
        values: [
          { name: 'DisabledByDefault', data: { type: 'REG_DWORD' as const, value: 0 } },
          { name: 'Enabled', data: { type: 'REG_DWORD' as const, value: 1 } },
        ],
      })),
    ),
  });
}

/**
 * TLS 1.0 back on for both sides (Client and Server), as a .reg regedit imports: what an engineer
 * saves during a SQL Server 2008 R2 outage (26011). Through the same serializer as the fix kit.
 */
export function tls10EnableFile(): string {
  return serializeReg({
    format: 5,
    keys: (['Client', 'Server'] as const).map((side) => ({
      path: schannelKeyPath('TLS 1.0', side),
      values: [
        { name: 'Enabled', data: { type: 'REG_DWORD' as const, value: 1 } },
        { name: 'DisabledByDefault', data: { type: 'REG_DWORD' as const, value: 0 } },
      ],
    })),
  });
}

/** .NET strong crypto in both registry views (Microsoft, "TLS best practices with the .NET Framework"), as a .reg. */
export function dotnetStrongCryptoFile(): string {
  return serializeReg({
    format: 5,
    keys: [NETFX_PATHS['64-bit'], NETFX_PATHS['32-bit']].map((path) => ({
      path,
      values: [
        { name: 'SchUseStrongCrypto', data: { type: 'REG_DWORD' as const, value: 1 } },
        { name: 'SystemDefaultTlsVersions', data: { type: 'REG_DWORD' as const, value: 1 } },
      ],
    })),
  });
}

// ---------------------------------------------------------------------------------------------
// Reboot

/**
 * - 'reboot': keys are created or changed (always on 2008 / 2008 R2, where they do not exist by
 *   default; or when the user says they changed them). One reboot after the TMS Tools change also
 *   restarts every TMS service.
 * - 'reboot-if-changed': 2012 and later (or unknown): reboot only if the check led to creating or
 *   changing keys; otherwise restart IIS and the TMS services.
 * - 'no-reboot': nothing changes in the registry (the keys were already right).
 */
export type RebootAdvice = 'reboot' | 'reboot-if-changed' | 'no-reboot';

export interface RebootFacts {
  windows?: WindowsVersion;
  /** true: keys were (or will be) created or changed; false: they were already right; absent: unknown. */
  keysChanged?: boolean;
  /**
   * The user says the TLS 1.2 keys are already set (not verified): even where the keys are required
   * (2008 R2), a reboot is needed only if a key has to be corrected or was set since the last start.
   */
  keysSaidSet?: boolean;
}

export function rebootAdvice(f: RebootFacts): RebootAdvice {
  if (f?.keysChanged === false) return 'no-reboot';
  if (f?.keysChanged === true) return 'reboot';
  if (f?.keysSaidSet === true) return 'reboot-if-changed';
  const plan = registryPlan(f?.windows);
  return plan.step === 'required' ? 'reboot' : 'reboot-if-changed';
}

/** Does the TMS Tools level change as part of the fix (it does unless already Medium-High or High)? */
export function levelChanges(level: SecurityLevel | undefined): boolean {
  return level !== 'medium-high' && level !== 'high';
}
