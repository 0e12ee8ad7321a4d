/**
 * SQL Server on the TMS server and TLS 1.2, as data (Microsoft KB3135244's build table, KB3052404,
 * KB3146034) and one pure function that says what to do before the TLS change.
 *
 * Builds are compared on their numeric parts (major.minor.build.revision).
 */
import type { LocalizedText, SqlVersion } from '../types';

/** A range of builds of one release line that has TLS 1.2 support. `to` inclusive; absent = open. */
export interface SqlTls12Line {
  release: '2008' | '2008 R2' | '2012' | '2014';
  /** The line as Microsoft names it ("SP2 GDR", "RTM CU12": that CU and the later ones of the line). */
  line: string;
  /** First build of the line with TLS 1.2 support. */
  from: string;
  /** Last build of that line (the next line starts after it); absent = every later build. */
  to?: string;
  /** KB3146034: the first TLS 1.2 builds of 2008 / 2008 R2 can terminate intermittently. */
  intermittentTermination?: boolean;
}

/** Microsoft KB3135244: the first builds with TLS 1.2 support, per release line. */
export const SQL_TLS12_BUILDS: readonly SqlTls12Line[] = [
  { release: '2008', line: 'SP4 (first)', from: '10.0.6543.0', to: '10.0.6546.99999', intermittentTermination: true },
  { release: '2008', line: 'SP4', from: '10.0.6547.0', to: '10.0.99999.99999' },
  { release: '2008 R2', line: 'SP3 (first)', from: '10.50.6537.0', to: '10.50.6541.99999', intermittentTermination: true },
  { release: '2008 R2', line: 'SP3', from: '10.50.6542.0', to: '10.50.99999.99999' },
  { release: '2012', line: 'SP2 GDR', from: '11.0.5352.0', to: '11.0.5531.99999' },
  { release: '2012', line: 'SP2 CU10', from: '11.0.5644.2', to: '11.0.6019.99999' },
  { release: '2012', line: 'SP3 GDR', from: '11.0.6216.27', to: '11.0.6517.99999' },
  { release: '2012', line: 'SP3 CU1', from: '11.0.6518.0', to: '11.0.7000.99999' },
  { release: '2012', line: 'SP4', from: '11.0.7001.0' },
  { release: '2014', line: 'RTM GDR', from: '12.0.2271.0', to: '12.0.2341.99999' },
  { release: '2014', line: 'RTM CU12', from: '12.0.2564.0', to: '12.0.4099.99999' },
  { release: '2014', line: 'SP1 GDR', from: '12.0.4219.0', to: '12.0.4415.99999' },
  { release: '2014', line: 'SP1 CU5', from: '12.0.4439.1', to: '12.0.4999.99999' },
  { release: '2014', line: 'SP2', from: '12.0.5000.0' },
];

/** The builds to name to a user (the first build of each line without the KB3146034 problem). */
export function tls12BuildsText(release: SqlTls12Line['release'], lang: 'en' | 'ja' = 'en'): string {
  return SQL_TLS12_BUILDS.filter((r) => r.release === release && !r.intermittentTermination)
    .map((r) => `${r.line} ${r.from}`)
    .join(lang === 'ja' ? '、' : ', ');
}

/** Numeric parts of a build ("11.0.5644.2" → [11, 0, 5644, 2]); null when it is not a build. */
export function buildParts(build: string | null | undefined): number[] | null {
  if (typeof build !== 'string') return null;
  const parts = build.split('.').map((p) => Number.parseInt(p, 10));
  if (parts.length < 3 || parts.length > 4 || parts.some((p) => !Number.isFinite(p) || p < 0)) return null;
  while (parts.length < 4) parts.push(0);
  return parts;
}

function cmp(a: number[], b: number[]): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The TLS 1.2 line a build belongs to, or null (no TLS 1.2 support, or not a build of these releases). */
export function tls12LineOf(build: string | null | undefined): SqlTls12Line | null {
  const b = buildParts(build);
  if (!b) return null;
  for (const row of SQL_TLS12_BUILDS) {
    const from = buildParts(row.from)!;
    if (from[0] !== b[0] || from[1] !== b[1]) continue;
    if (cmp(b, from) < 0) continue;
    if (row.to && cmp(b, buildParts(row.to)!) > 0) continue;
    return row;
  }
  return null;
}

/**
 * What the TMS server's SQL instance needs before the TLS change:
 * - `nothing-needed`: 2016 and later (TLS 1.2 built in).
 * - `has-tls12`: 2012 / 2014 at a build with TLS 1.2 support.
 * - `install-update`: 2012 SP2/SP3 or 2014 RTM/SP1 known to be older than the fixed build of its
 *   line: install the TLS 1.2 update (KB3052404; builds in KB3135244) first.
 * - `upgrade-service-pack`: 2012 RTM / SP1, for which no TLS 1.2 package exists: a service-pack
 *   upgrade (SP4 is simplest), a SQL change with its own window.
 * - `check-build`: 2012 / 2014 whose service pack or CU is not known: check `SELECT @@VERSION`.
 * - `keep-tls10`: 2005 / 2008 / 2008 R2: TLS 1.0 must stay on. `tls12`: 'yes' (a TLS 1.2 build
 *   without the KB3146034 problem), 'early' (a first TLS 1.2 build, KB3146034), 'no', or null.
 */
export type SqlTlsStatus =
  | { kind: 'nothing-needed' }
  | { kind: 'has-tls12' }
  | { kind: 'install-update' }
  | { kind: 'upgrade-service-pack' }
  | { kind: 'check-build' }
  | { kind: 'keep-tls10'; tls12: 'yes' | 'early' | 'no' | null };

export type SqlTlsKind = SqlTlsStatus['kind'];

/** 2012 / 2014 by service pack and CU: true = TLS 1.2 build, false = not, null = cannot tell. */
function fixedBySp(year: number, sp: number | null, cu: number | null): boolean | null {
  if (sp === null) return null;
  if (year === 2012) {
    if (sp <= 1) return false;
    if (sp === 2) return cu === null ? null : cu >= 10;
    if (sp === 3) return cu === null ? null : cu >= 1;
    return true;
  }
  // 2014
  if (sp === 0) return cu === null ? null : cu >= 12;
  if (sp === 1) return cu === null ? null : cu >= 5;
  return true;
}

export function sqlTlsStatus(v: SqlVersion): SqlTlsStatus {
  const year = typeof v?.year === 'number' ? v.year : 0;
  if (year >= 2016) return { kind: 'nothing-needed' };
  const b = buildParts(v.build);
  if (year === 2012 || year === 2014) {
    const line = b ? tls12LineOf(v.build) : null;
    if (b) {
      if (line) return { kind: 'has-tls12' };
      // 2012 RTM (2100…) and SP1 (3000…) builds: no TLS 1.2 package for them.
      if (year === 2012 && b[2] < 5058) return { kind: 'upgrade-service-pack' };
      return { kind: 'install-update' };
    }
    if (year === 2012 && v.sp !== null && v.sp <= 1) return { kind: 'upgrade-service-pack' };
    const fixed = fixedBySp(year, v.sp, v.cu);
    if (fixed === true) return { kind: 'has-tls12' };
    if (fixed === false) return { kind: 'install-update' };
    return { kind: 'check-build' };
  }
  // 2005, 2008, 2008 R2 (and anything older)
  let tls12: 'yes' | 'early' | 'no' | null = null;
  if (year === 2008) {
    if (b) {
      const line = tls12LineOf(v.build);
      tls12 = line ? (line.intermittentTermination ? 'early' : 'yes') : 'no';
    } else if (v.sp !== null && v.sp < (v.r2 ? 3 : 4)) {
      tls12 = 'no'; // TLS 1.2 builds exist only from 2008 SP4 / 2008 R2 SP3
    }
  } else if (year > 0 && year < 2008) {
    tls12 = 'no';
  }
  return { kind: 'keep-tls10', tls12 };
}

/**
 * The builds to reach for a SQL 2012 / 2014 without TLS 1.2 support, on its own service pack (knowledge.md's
 * KB3135244 table): the TLS 1.2 lines of that service pack, and the service pack from which every build has
 * TLS 1.2 (2014 SP2, 2012 SP4). `lines` is empty for 2012 RTM / SP1 (no TLS 1.2 package: a service pack
 * only); every line of the release when the service pack is not known. Null for other releases, or a
 * build that already has TLS 1.2 support.
 */
export function tls12Targets(v: SqlVersion): { lines: SqlTls12Line[]; servicePack: 'SP2' | 'SP4'; spKnown: boolean } | null {
  const year = v?.year;
  if (year !== 2012 && year !== 2014) return null;
  const st = sqlTlsStatus(v).kind;
  if (st === 'has-tls12' || st === 'nothing-needed') return null;
  const servicePack = year === 2014 ? 'SP2' : 'SP4';
  const all = SQL_TLS12_BUILDS.filter((r) => r.release === String(year) && r.line !== servicePack);
  if (v.sp === null || v.sp === undefined) return { lines: all, servicePack, spKnown: false };
  if (year === 2012 && v.sp <= 1) return { lines: [], servicePack, spKnown: true };
  const name = v.sp === 0 ? 'RTM' : `SP${v.sp}`;
  return { lines: all.filter((r) => r.line.startsWith(`${name} `)), servicePack, spKnown: true };
}

/**
 * Microsoft KB3135244's first builds with TLS 1.2 support of SQL Server 2012 and 2014, as one list for the texts
 * (knowledge.md, SQL Server 2012 caveat).
 */
export const SQL2012_2014_FIRST_TLS12_BUILDS: LocalizedText = {
  en: '2012 SP2 GDR 11.0.5352, SP2 CU10 11.0.5644.2, SP3 GDR 11.0.6216.27, SP3 CU1 11.0.6518, SP4 and later; 2014 RTM GDR 12.0.2271.0, RTM CU12 12.0.2564.0, SP1 GDR 12.0.4219, SP1 CU5 12.0.4439.1, SP2 and later',
  ja: '2012 SP2 GDR 11.0.5352、SP2 CU10 11.0.5644.2、SP3 GDR 11.0.6216.27、SP3 CU1 11.0.6518、SP4 以降、2014 RTM GDR 12.0.2271.0、RTM CU12 12.0.2564.0、SP1 GDR 12.0.4219、SP1 CU5 12.0.4439.1、SP2 以降',
};

/**
 * The TLS 1.2 build to name for SQL 2008 / 2008 R2 ("2008 R2 SP3 10.50.6542.0" / "2008 SP4 10.0.6547.0": the later
 * builds, KB3146034), or null for older releases (2005), for which knowledge.md names no build.
 */
export function sql2008Tls12BuildName(v: SqlVersion): string | null {
  if (v.year !== 2008) return null;
  const line = SQL_TLS12_BUILDS.find((l) => l.release === (v.r2 ? '2008 R2' : '2008') && !l.intermittentTermination);
  return line ? `${line.release} ${line.line} ${line.from}` : null;
}

/**
 * What a SQL 2012 / 2014 build below its line's TLS 1.2 build needs, said when the exact build is not known
 * (`check-build`): the TLS 1.2 update (KB3052404) for 2014 and for 2012 SP2 / SP3; a 2012 whose service pack is not
 * known may be RTM or SP1, for which no TLS 1.2 update exists: a service-pack upgrade then (knowledge.md's SQL 2012
 * caveat: "not 'install KB3052404'"). `when` is " first" / " before any TLS change" (EN) and 「先に」 / 「TLS の設定を
 * 変更する前に」 (JA). EN fits after "needs"; JA is a whole predicate (「…が必要です」), without the final 「。」.
 */
export function sqlBelowNeeds(v: SqlVersion, when: LocalizedText): LocalizedText {
  const update = { en: `Microsoft's TLS 1.2 update (KB3052404)${when.en}`, ja: `${when.ja} Microsoft の TLS 1.2 更新プログラム（KB3052404）の適用が必要です` };
  if (v?.year !== 2012 || (v.sp !== null && v.sp !== undefined && v.sp >= 2)) return update;
  return {
    en: `${update.en} (on 2012 RTM / SP1, which have no such update, a service-pack upgrade instead: SP4 is the simplest, a SQL change with its own window)`,
    ja: `${update.ja}（2012 RTM / SP1 にはこの更新プログラムがないため、代わりにサービス パックへのアップグレードが必要です。SP4 が最も簡単で、専用の作業時間を取る SQL の変更です）`,
  };
}
