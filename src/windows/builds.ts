/**
 * Windows releases by build number, as printed by `SELECT @@VERSION` ("Windows NT 6.3 <X64>
 * (Build 14393: )"), `ver`, `winver` and `systeminfo`. The build decides, not the NT version:
 * SQL Server 2014 and older report "NT 6.3" on Windows Server 2016 and later, and every release
 * from 2016 on is "NT 10.0".
 */
import type { WindowsVersion } from '../domain/types';

export type WindowsBuild =
  | { kind: 'server'; year: number; r2: boolean }
  /** Desktop Windows (TMS runs on Windows Server). */
  | { kind: 'client'; name: string }
  | { kind: 'unknown' };

const SERVER: Record<number, [number, boolean]> = {
  6001: [2008, false],
  6002: [2008, false],
  6003: [2008, false],
  7600: [2008, true],
  7601: [2008, true],
  9200: [2012, false],
  9600: [2012, true],
  14393: [2016, false],
  17763: [2019, false],
  20348: [2022, false],
  26100: [2025, false],
};

/** Builds shared by a desktop release with no LTSC server of the same build. */
function clientName(build: number): string | null {
  if (build === 10240) return 'Windows 10 1507';
  if (build === 10586) return 'Windows 10 1511';
  if (build >= 19041 && build <= 19045) return 'Windows 10';
  if (build === 22000 || (build >= 22621 && build <= 22631)) return 'Windows 11';
  return null;
}

export function windowsFromBuild(build: number): WindowsBuild {
  const s = SERVER[build];
  if (s) return { kind: 'server', year: s[0], r2: s[1] };
  const c = clientName(build);
  if (c) return { kind: 'client', name: c };
  return { kind: 'unknown' };
}

export function windowsVersionFromBuild(build: number, raw: string): WindowsVersion | null {
  const w = windowsFromBuild(build);
  return w.kind === 'server' ? { year: w.year, r2: w.r2, raw: raw.slice(0, 120) } : null;
}
