/**
 * Fix files for one conversation's facts, generated from data (they cannot run here; the tests read
 * them back with src/windows/reg.ts):
 * - enable-tls12.reg: the Schannel keys TMS needs (TLS 1.2 Client and Server; TLS 1.1 only when
 *   asked), regedit 5.00 format as regedit writes it (UTF-16LE with BOM, CRLF, final blank line),
 *   with a comment header: what it does, for which facts, what must come first.
 * - check-tls.cmd: read-only (`reg query`, `sc query`): the Schannel Protocols key, the .NET
 *   strong-crypto keys (64- and 32-bit views) and the TMS services. Plain ASCII with CRLF (cmd.exe
 *   reads a batch file in the console's code page, so non-ASCII text there would be garbled).
 * - rollback.reg, only when the current Schannel state is known (a pasted check-tls / reg query
 *   output, or a .reg export): undoes enable-tls12.reg, back to that state for what the fix touches (deletes only
 *   the keys the fix creates, restores changed values). Without it, the rollback is the backup of
 *   step 1, and the kit says so.
 * Pure: no I/O.
 */
import { composeDiagnosis, contextLine } from '../conversation/compose';
import { diagnose } from '../domain/diagnose';
import { withEvidenceFacts } from '../domain/evidence-rules';
import { importBlockers, kitWarnings, recoveryKitCase, recoveryLead, recoveryLines, refusal, sqlLines, sqlStepOne, stepLines, tls10BackFirst, tls10FirstLines, tls10OnlyIfOld, windowsLines, type KitCase } from './instructions';
import { tls10EnableFile } from '../domain/knowledge/windows';
import { KIT_SQL_FIRST, sqlCheckFirst } from '../domain/knowledge/tms-wont-open';
import type { Facts, Lang } from '../domain/types';
import {
  applyReg,
  encodeRegUtf16,
  keyId,
  mentionsSchannel,
  showsSchannelTree,
  schannelKeyPath,
  SCHANNEL_PROTOCOLS_PATH,
  NETFX_PATHS,
  serializeReg,
  type RegKey,
  type RegModel,
  type RegTree,
  type SchannelProtocol,
} from '../windows/reg';

export interface FixKitInput {
  facts: Facts;
  lang: Lang;
  /** The Schannel state before the fix (parsed pasted output); unknown when absent. */
  before?: RegModel | null;
  /** `before` is known to be only part of the Protocols tree (a cut check-tls.cmd output): read for the warnings, no rollback from it. */
  beforePartial?: boolean;
  /** `before` is known to be the whole Protocols tree (check-tls.cmd's complete Schannel section), whatever its shape. */
  beforeWhole?: boolean;
  /** Also enable TLS 1.1 (only when asked: TLS 1.2 is the one TMS needs; 1.1 is deprecated). */
  tls11?: boolean;
  /** 'cli' for `tms-doctor fix-kit` (a refusal points to `tms-doctor diagnose`); a chat (Slack, console) by default. */
  surface?: 'cli' | 'chat';
}

export interface FixFile {
  name: string;
  /** The bytes to write / upload. */
  bytes: Buffer;
  /** The same as text (before encoding). */
  text: string;
  encoding: 'utf16le-bom' | 'ascii';
}

export type FixKit =
  | {
      ok: true;
      files: FixFile[];
      rollback: 'file' | 'backup';
      facts: string;
      notes: string[];
      /** Said before anything else (TLS 1.0 already off with a SQL build that needs it; a SQL prerequisite before the import; --tls11 ignored). */
      warnings: string[];
      /** 'recovery': SQL Server is down after TLS 1.0 went off; the kit is tls10-back-on.reg only, not the fix. */
      kind?: 'recovery';
      /** The evidence shows TLS 1.2 already usable (no registry step), and the kit is there for tls10-back-on.reg: enable-tls12.reg needs no import. */
      tls12Shown?: true;
    }
  | { ok: false; reason: string };

/** The services TMS uses to reach systems, and IIS (the knowledge lists these). */
export const TMS_SERVICES = ['W3SVC', 'TMSDatabaseScannerService', 'TMSLiveService', 'TMSSchedulerService', 'TMSServerDiagnosticsService', 'TMSSNMPService', 'TMSPLCMDirectoryService'] as const;

const VALUES = [
  { name: 'Enabled', value: 1 },
  { name: 'DisabledByDefault', value: 0 },
] as const;

const W = {
  en: {
    noRegistry: (headline: string) => `No fix files for this case: ${headline}. The registry change does not apply here.`,
    title: (protocols: string) => `tms-doctor: enable ${protocols} for Schannel (Client and Server) on the TMS server`,
    what: (protocols: string) => `What it does: sets Enabled=1 and DisabledByDefault=0 for ${protocols} (Client and Server). It changes nothing else: SSL 3.0 and TLS 1.0 are left as they are.`,
    facts: (f: string) => `For: ${f || 'no versions given'}`,
    first: 'Before importing:',
    backup: '1. Back up the registry (regedit > File > Export, range All), or keep the output of check-tls.cmd.',
    rollbackFile: '   rollback.reg, made from the state you pasted, undoes exactly this file.',
    rollbackBackup: '   No rollback.reg yet: the backup above is how to undo this file. Given the output of check-tls.cmd from before the import, I can write one.',
    steps: 'Then, in this order:',
    redundant: 'Redundant TMS: do steps 2 to 4 on both nodes.',
    tls11Ignored: '--tls11 was ignored: TLS 1.1 is off by design on Windows Server 2025.',
    rollbackTitle: 'tms-doctor: rollback of enable-tls12.reg, back to the Schannel state you pasted',
    rollbackWhat: 'What it does: deletes the keys enable-tls12.reg created and restores the values it changed. Reboot afterwards if enable-tls12.reg was imported (the keys change back); if it was not, this file changes nothing and needs no reboot.',
    rollbackSame: 'What it does: writes back the values the state you pasted already holds. enable-tls12.reg changes nothing on that state (its keys are already there with its values), so this file changes nothing either: no reboot is needed for it.',
    noteBackup: 'Rollback: the registry backup of step 1 (paste the output of check-tls.cmd here first and I can write rollback.reg).',
    noteNoTree: 'Rollback: the registry backup of step 1. The Schannel state given does not show the whole Protocols tree (as check-tls.cmd prints it), so no rollback.reg is made from it: one could delete keys that were never shown.',
    noteBackupCli: 'Rollback: the registry backup of step 1 (save all of the output of check-tls.cmd from the TMS server and run fix-kit again with --current FILE to get rollback.reg).',
    noteFile: 'rollback.reg undoes what enable-tls12.reg set (its keys go back to the values you pasted) and nothing else: it does not touch TLS 1.0 or SSL 3.0.',
  },
  ja: {
    noRegistry: (headline: string) => `このケースには修正ファイルはありません：${headline}。レジストリの変更は当てはまりません。`,
    title: (protocols: string) => `tms-doctor：TMS サーバの Schannel で ${protocols}（Client と Server）を有効にします`,
    what: (protocols: string) => `内容：${protocols} の Client と Server に Enabled=1、DisabledByDefault=0 を設定します。ほかは変更しません（SSL 3.0 と TLS 1.0 はそのままです）。`,
    facts: (f: string) => `対象：${f || 'バージョン情報なし'}`,
    first: 'インポートの前に：',
    backup: '1. レジストリをバックアップします（regedit の [ファイル] > [エクスポート]、[エクスポート範囲] は [すべて]）。または check-tls.cmd の出力を保存します。',
    rollbackFile: '   貼り付けていただいた状態から作った rollback.reg で、このファイルの変更を正確に元に戻せます。',
    rollbackBackup: '   rollback.reg はまだありません。元に戻すには上のバックアップを使います。インポート前の check-tls.cmd の出力をいただければ、rollback.reg を作成できます。',
    steps: 'その後、次の順に行います：',
    redundant: '冗長構成の TMS：手順 2～4 を両方のノードで行ってください。',
    tls11Ignored: '--tls11 は無視しました。Windows Server 2025 では TLS 1.1 は設計上無効です。',
    rollbackTitle: 'tms-doctor：enable-tls12.reg を元に戻し、貼り付けていただいた Schannel の状態に戻します',
    rollbackWhat: '内容：enable-tls12.reg が作成したキーを削除し、変更した値を元に戻します。enable-tls12.reg をインポートしていた場合は、その後サーバを再起動してください（キーが元に戻ります）。インポートしていなかった場合は、このファイルは何も変更しないため、再起動は不要です。',
    rollbackSame: '内容：貼り付けていただいた状態にすでにある値を書き戻します。その状態では enable-tls12.reg は何も変更しない（キーも値もすでにそのとおりです）ため、このファイルも何も変更しません。このファイルのための再起動は不要です。',
    noteBackup: '元に戻す方法：手順 1 のレジストリのバックアップです（先に check-tls.cmd の出力をここに貼り付けていただければ、rollback.reg を作成できます）。',
    noteNoTree: '元に戻す方法：手順 1 のレジストリのバックアップです。いただいた Schannel の状態は Protocols キーのツリー全体（check-tls.cmd が出力するもの）ではないため、rollback.reg は作成しません。作成すると、含まれていないキーを削除してしまうおそれがあります。',
    noteBackupCli: '元に戻す方法：手順 1 のレジストリのバックアップです（TMS サーバで check-tls.cmd の出力をすべて保存し、--current FILE を付けて fix-kit をもう一度実行すると、rollback.reg を作成できます）。',
    noteFile: 'rollback.reg は enable-tls12.reg が設定したものだけを元に戻します（そのキーが貼り付けていただいた値に戻ります）。TLS 1.0 と SSL 3.0 には触れません。',
  },
} as const;

/** Insert `;` comment lines right after the regedit header line. */
function withComments(regText: string, comments: string[]): string {
  const [header, ...rest] = regText.split('\r\n');
  const lines = comments.map((c) => `; ${c}`.trimEnd());
  return [header, ...lines, ...rest].join('\r\n');
}

/** The keys and values enable-tls12.reg writes. */
export function fixModel(protocols: SchannelProtocol[]): RegModel {
  const keys: RegKey[] = [];
  for (const p of protocols) {
    for (const side of ['Client', 'Server'] as const) {
      keys.push({ path: schannelKeyPath(p, side), values: VALUES.map((v) => ({ name: v.name, data: { type: 'REG_DWORD', value: v.value } })) });
    }
  }
  return { format: 5, keys };
}

/**
 * The model that takes the registry from "before + fix" back to "before", for what the fix touches.
 * `before` must cover the Schannel Protocols key (a `reg query … /s` of it, or an export).
 */
export function rollbackModel(before: RegModel, fix: RegModel): RegModel {
  const tree: RegTree = applyReg(before);
  const keys: RegKey[] = [];
  const deleted = new Set<string>();
  // Parent keys (…\TLS 1.2) that the fix creates: delete them whole (their subkeys are the fix's too).
  for (const k of fix.keys) {
    const parent = k.path.slice(0, k.path.lastIndexOf('\\'));
    const pid = keyId(parent);
    if (keyId(parent) === keyId(SCHANNEL_PROTOCOLS_PATH) || deleted.has(pid)) continue;
    const parentExisted = [...tree.keys.keys()].some((id) => id === pid || id.startsWith(`${pid}\\`));
    if (!parentExisted) {
      keys.push({ path: parent, delete: true, values: [] });
      deleted.add(pid);
    }
  }
  for (const k of fix.keys) {
    const id = keyId(k.path);
    const parent = keyId(k.path.slice(0, k.path.lastIndexOf('\\')));
    if (deleted.has(parent) || deleted.has(id)) continue;
    const existing = tree.keys.get(id);
    const hadSubkeys = [...tree.keys.keys()].some((x) => x.startsWith(`${id}\\`));
    if (!existing && !hadSubkeys) {
      keys.push({ path: k.path, delete: true, values: [] });
      deleted.add(id);
      continue;
    }
    const values = k.values.map((v) => {
      const old = existing?.values.get(v.name.toLowerCase());
      return old ? { name: old.name, data: old.data } : { name: v.name, data: { type: 'delete' as const } };
    });
    keys.push({ path: k.path, values });
  }
  return { format: 5, keys };
}

/** Importing `fix` over `before` changes a key or a value (a key created, a value added or of another type or data). */
export function fixChanges(before: RegModel, fix: RegModel): boolean {
  const tree: RegTree = applyReg(before);
  return fix.keys.some((k) => {
    const existing = tree.keys.get(keyId(k.path));
    if (!existing) return true;
    return k.values.some((v) => {
      const old = existing.values.get(v.name.toLowerCase());
      return !old || JSON.stringify(old.data) !== JSON.stringify(v.data);
    });
  });
}

/** Only the Schannel Protocols part of a pasted model (the rest is not ours to keep). */
/** check-tls.cmd's section headers: the Schannel part is whole only when the next section follows it. */
const CHECK_SCHANNEL = /^=+ Schannel protocols =+\s*$/im;
const CHECK_AFTER_SCHANNEL = /^=+ \.NET strong crypto/im;

/**
 * How much of the Schannel Protocols tree a pasted text shows (the one rule for the CLI's --current and a paste stored in a
 * chat, answers-misc E). `partial`: Schannel keys but not the whole tree (one subkey, reg query without /s, a cut check-tls.cmd
 * output): no rollback.reg from it, since keys it never showed would be deleted as "absent". `whole`: check-tls.cmd's Schannel
 * section followed by its next one is the whole tree (it runs reg query … /s), even when that tree is only the Protocols key and
 * one empty subkey, which showsSchannelTree cannot tell from a query without /s (QA48 #18). A section counts only whole.
 */
export function schannelExtent(text: string, model: RegModel): { partial: boolean; whole: boolean } {
  const framed = CHECK_SCHANNEL.test(text);
  const after = framed && CHECK_AFTER_SCHANNEL.test(text.slice(text.search(CHECK_SCHANNEL)));
  return { partial: framed ? !after : !showsSchannelTree(model), whole: after };
}

export function schannelPart(model: RegModel): RegModel {
  const root = keyId(SCHANNEL_PROTOCOLS_PATH);
  return { format: model.format, keys: model.keys.filter((k) => keyId(k.path) === root || keyId(k.path).startsWith(`${root}\\`)) };
}

/** Where Windows lists the local SQL Server instances (name = instance, data = its id), both registry views. */
export const SQL_INSTANCE_KEYS = ['HKLM\\SOFTWARE\\Microsoft\\Microsoft SQL Server\\Instance Names\\SQL', 'HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Microsoft SQL Server\\Instance Names\\SQL'];

/** What check-tls.cmd says when sqlcmd is not there (cmd.exe text: no < > | & outside ^ escapes, ASCII). */
const SQLCMD_MISSING = 'check-tls: sqlcmd is not installed on this server, so the version of instance %1 cannot be read here: run SELECT @@VERSION on it in SQL Server Management Studio, or tell me the version.';
/** What check-tls.cmd says when sqlcmd gets no answer with Windows authentication (login refused, service stopped). */
const SQLCMD_FAILED =
  'check-tls: no version from SQL instance %1 with this Windows account (sqlcmd -E): the login is refused for this account, or the instance gave no answer. The rest of this output is still valid. To read the version: run check-tls.cmd as an account that has a SQL Server login, or run sqlcmd -S "%TMSDOC_SQL%" -U ^<sql-login^> -Q "SELECT @@VERSION" (read-only). sc query MSSQLSERVER, or MSSQL$%1 for a named instance, shows the state of its service.';

/** `factsLine` must be the English facts line: the file is plain ASCII (see the header of this file),
 *  so a Japanese line would reach cmd.exe as `?`. The facts' separator `·` becomes a comma; anything
 *  else outside printable ASCII (a pasted name, say) is dropped rather than turned into `?`. */
function checkScript(factsLine: string): string {
  const ascii = (s: string) => s.replace(/ · /g, ', ').replace(/[^\x20-\x7e]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  const lines = [
    '@echo off',
    'setlocal',
    'rem tms-doctor: check-tls.cmd - READ-ONLY. It changes nothing: it only runs "reg query", "sc query", "ver"',
    'rem and "sqlcmd -Q SELECT @@VERSION" on each local SQL instance (a read-only query; if sqlcmd is missing or the',
    'rem login is refused to this account, one "check-tls:" line says so and how to read the version instead).',
    `rem For: ${ascii(factsLine) || 'no versions given'}`,
    'rem Run it on the TMS server (an elevated prompt is not needed), then paste ALL of its output',
    'rem into the conversation: it tells which TLS versions Schannel allows and whether the TMS services run.',
    // What the .NET part should show (knowledge.md: Microsoft, "TLS best practices with .NET"): said here, not only in the answer (QA48 #17).
    'rem .NET strong crypto: in both views, SchUseStrongCrypto and SystemDefaultTlsVersions should be REG_DWORD 0x1;',
    'rem if they are missing or 0x0, .NET code that Communication Security does not govern stays on TLS 1.0.',
    'echo ===== Schannel protocols =====',
    `reg query "${SCHANNEL_PROTOCOLS_PATH.replace('HKEY_LOCAL_MACHINE', 'HKLM')}" /s`,
    'echo ===== .NET strong crypto, 64-bit view =====',
    `reg query "${NETFX_PATHS['64-bit'].replace('HKEY_LOCAL_MACHINE', 'HKLM')}"`,
    'echo ===== .NET strong crypto, 32-bit view =====',
    `reg query "${NETFX_PATHS['32-bit'].replace('HKEY_LOCAL_MACHINE', 'HKLM')}"`,
    'echo ===== TMS services and IIS =====',
    ...TMS_SERVICES.map((s) => `sc query ${s}`),
    // The Windows release (registry step: verify or required; reboot or not) and the SQL build: read-only.
    'echo ===== Windows version =====',
    'ver',
    // Every local instance, not only the default one: TMS's database is often a named instance.
    // The registry lists them (64-bit and 32-bit views); each is asked for @@VERSION, read-only.
    'echo ===== SQL Server instances on this server (none listed: no local SQL Server) =====',
    ...SQL_INSTANCE_KEYS.map((k) => `reg query "${k}" 2>nul`),
    'echo ===== SQL Server version of each local instance (an error here is harmless) =====',
    ...SQL_INSTANCE_KEYS.map((k) => `for /f "tokens=1" %%i in ('reg query "${k}" 2^>nul ^| findstr /c:"REG_SZ"') do call :sqlver %%i`),
    'echo ===== end of check-tls.cmd =====',
    'goto :eof',
    ':sqlver',
    'echo ----- instance %1 -----',
    // No sqlcmd here (SQL elsewhere, or only the engine installed): one clear line, not cmd's "not recognized".
    `where sqlcmd >nul 2>&1 || (echo ${SQLCMD_MISSING} & goto :eof)`,
    // The default instance is ".", a named one ".\NAME"; -b makes a refused login or an unreachable instance set ERRORLEVEL.
    'if /i "%1"=="MSSQLSERVER" (set "TMSDOC_SQL=.") else (set "TMSDOC_SQL=.\\%1")',
    'sqlcmd -E -b -l 5 -S "%TMSDOC_SQL%" -Q "SELECT @@VERSION" 2>&1',
    `if errorlevel 1 echo ${SQLCMD_FAILED}`,
    'goto :eof',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The title of tls10-back-on.reg in the normal kit (TLS 1.0 off with a SQL Server here that needs it). */
const TLS10_FIRST = {
  en: 'tms-doctor: turn TLS 1.0 back on for Schannel (Client and Server) on the TMS server - import this FIRST, before enable-tls12.reg',
  ja: 'tms-doctor：TMS サーバの Schannel で TLS 1.0（Client と Server）を有効に戻します。enable-tls12.reg より先に、最初にインポートしてください',
} as const;

/** The same file's title when the SQL 2012 / 2014 build is not known: the build check decides whether it is imported at all. */
const TLS10_IF_OLD = {
  en: 'tms-doctor: turn TLS 1.0 back on for Schannel (Client and Server) on the TMS server - import this ONLY if the SQL Server build here lacks TLS 1.2 support (check it first: check-tls.cmd or SELECT @@VERSION), and then before enable-tls12.reg',
  ja: 'tms-doctor：TMS サーバの Schannel で TLS 1.0（Client と Server）を有効に戻します。先に SQL Server のビルドを確認し（check-tls.cmd または SELECT @@VERSION）、TLS 1.2 に対応していないビルドの場合だけ、enable-tls12.reg より先にインポートしてください',
} as const;

const RECOVERY = {
  en: {
    title: 'tms-doctor: turn TLS 1.0 back on for Schannel (Client and Server), to get SQL Server running again',
    note: 'Rollback: the registry backup you make before importing.',
  },
  ja: {
    title: 'tms-doctor：SQL Server を復旧するため、Schannel の TLS 1.0（Client と Server）を有効に戻します',
    note: '元に戻す方法：インポートの前に取るレジストリのバックアップです。',
  },
} as const;

/**
 * SQL Server down after TLS 1.0 went off (instructions.ts recoveryKitCase): the one file that turns TLS 1.0 back on for
 * Client and Server (the same keys and values the answer shows), SSL 3.0 untouched; enable-tls12.reg waits until SQL runs.
 */
function recoveryKit(facts: Facts, lang: Lang, d: ReturnType<typeof diagnose>): FixKit {
  const r = RECOVERY[lang];
  const factsLine = contextLine(facts, lang, d).replace(/^[^:：]*[:：]\s*/, '');
  const lines = recoveryLines({ facts, lang });
  const text = withComments(tls10EnableFile(), [r.title, '', ...lines.slice(0, 1), W[lang].facts(factsLine), ...lines.slice(1), '']);
  return {
    ok: true,
    kind: 'recovery',
    files: [{ name: 'tls10-back-on.reg', text, bytes: encodeRegUtf16(text), encoding: 'utf16le-bom' }],
    rollback: 'backup',
    facts: factsLine,
    notes: [r.note],
    warnings: [recoveryLead({ lang, facts })],
  };
}

export function buildFixKit(input: FixKitInput): FixKit {
  const lang: Lang = input.lang === 'ja' ? 'ja' : 'en';
  const w = W[lang];
  // The versions the evidence showed count as facts here too (diagnose reads them the same way).
  const facts = withEvidenceFacts(input.facts);
  const d = diagnose(input.facts);
  const surface = input.surface === 'cli' ? 'cli' : 'chat';
  // SQL Server down (event 26011) comes before any other reason: with the TLS 1.2 keys already right the
  // registry step is gone too, and "the registry change does not apply" would hide the outage.
  const down = refusal({ lang, facts, d, surface });
  if (down && recoveryKitCase({ facts, d })) return recoveryKit(facts, lang, d);
  if (down) return { ok: false, reason: down };
  const summary = composeDiagnosis(input.facts, lang).summary!;
  // What a paste shows of Schannel is read for the warnings (TLS 1.0 already off) whatever its extent;
  // a rollback is built only from the whole Protocols tree: keys a partial paste never showed would be
  // deleted as absent.
  const pasted = input.before && mentionsSchannel(input.before) ? schannelPart(input.before) : null;
  // The evidence shows TLS 1.2 already usable (its keys right, or none where it is on by default), so the registry step is
  // gone; but with TLS 1.0 off and a SQL Server here that needs it, "no fix files" would drop tls10-back-on.reg and FIRST
  // (QA48 #1): the kit is still made, its enable-tls12.reg saying no import is needed for it.
  const keysMoot = !summary.steps.some((s) => s.code === 'enable-tls11-12-registry');
  const tls12Usable = d.findings.some((x) => x.code === 'evidence-schannel-tls12-client-on' || x.code === 'evidence-schannel-defaults');
  if (keysMoot && !(tls12Usable && tls10BackFirst({ facts, d, before: pasted }))) return { ok: false, reason: w.noRegistry(summary.headline) };
  const win = facts.windows;
  const protocols: SchannelProtocol[] = input.tls11 && !(win && win.year >= 2025) ? ['TLS 1.1', 'TLS 1.2'] : ['TLS 1.2'];
  const fix = fixModel(protocols);
  const before = pasted && !input.beforePartial && (input.beforeWhole === true || showsSchannelTree(input.before!)) ? pasted : null;
  const kc0: KitCase = { lang, facts, d, before: pasted, tls11Asked: input.tls11 === true, protocols, surface, ...(keysMoot ? { tls12Shown: true } : {}) };
  // TLS 1.0 already off with a SQL Server here that needs it: tls10-back-on.reg (the recovery kit's file) comes first.
  const kc: KitCase = { ...kc0, tls10File: tls10BackFirst(kc0) };
  // The facts line without its "Understood so far:" label.
  // (The kit's steps assume Medium when the level was not given, whatever else is not known yet: the line says so, QA51 #19.)
  const factsLine = contextLine(facts, lang, d, { levelAssumed: true }).replace(/^[^:：]*[:：]\s*/, '');
  // TMS said not to open after TLS 1.0 and SSL 3.0 went off, SQL Server here maybe down with them: checking SQL comes
  // before any Schannel change, so the read-only check-tls.cmd comes first and the warning says why (knowledge/tms-wont-open.ts).
  const sqlFirst = sqlCheckFirst(facts);
  const warnings = sqlFirst ? [KIT_SQL_FIRST[lang], ...kitWarnings(kc)] : kitWarnings(kc);
  // The title names what the file enables (TLS 1.1 too with --tls11: QA48 #14).
  const comments: string[] = [w.title(protocols.join(lang === 'ja' ? ' と ' : ' and ')), ''];
  if (warnings.length) comments.push(...warnings, '');
  comments.push(w.what(protocols.join(' / ')), w.facts(factsLine), '', w.first);
  // SQL Server 2012 / 2014 here before its TLS 1.2 build (or its build to check): that is step 1, before the backup and every
  // TLS change (QA56 #4); otherwise step 1 is the backup and the SQL lines are notes.
  const sqlOne = sqlStepOne(kc);
  if (sqlOne) comments.push(...sqlOne, before ? w.rollbackFile : w.rollbackBackup, ...windowsLines(kc));
  else comments.push(w.backup, before ? w.rollbackFile : w.rollbackBackup, ...sqlLines(kc), ...windowsLines(kc));
  comments.push('', w.steps, ...stepLines(kc), w.redundant, '');
  const regText = withComments(serializeReg(fix), comments);
  const files: FixFile[] = [{ name: 'enable-tls12.reg', text: regText, bytes: encodeRegUtf16(regText), encoding: 'utf16le-bom' }];
  // check-tls.cmd is ASCII whatever the conversation's language: its header names the facts in English.
  const check = checkScript(lang === 'en' ? factsLine : contextLine(facts, 'en', d, { levelAssumed: true }).replace(/^[^:]*:\s*/, ''));
  const checkFile: FixFile = { name: 'check-tls.cmd', text: check, bytes: Buffer.from(check, 'ascii'), encoding: 'ascii' };
  // SQL 2012 / 2014 here with its build not known and TLS 1.0 off: the build check leads (check-tls.cmd reads @@VERSION),
  // and tls10-back-on.reg is for a build without TLS 1.2 support only.
  const ifOld = kc.tls10File === true && tls10OnlyIfOld(facts);
  const checkLeads = sqlFirst || ifOld;
  if (checkLeads) files.unshift(checkFile);
  else files.push(checkFile);
  if (kc.tls10File) {
    const t = withComments(tls10EnableFile(), [(ifOld ? TLS10_IF_OLD : TLS10_FIRST)[lang], '', ...tls10FirstLines(kc), w.facts(factsLine), '']);
    // First of the files that change something (after the read-only check-tls.cmd when SQL is to be checked first).
    files.splice(checkLeads ? 1 : 0, 0, { name: 'tls10-back-on.reg', text: t, bytes: encodeRegUtf16(t), encoding: 'utf16le-bom' });
  }
  if (before) {
    // A rollback that writes back only what was already there changes nothing: no reboot for it (QA48 #11).
    const rb = withComments(serializeReg(rollbackModel(before, fix)), [w.rollbackTitle, '', fixChanges(before, fix) ? w.rollbackWhat : w.rollbackSame, w.facts(factsLine), '']);
    files.push({ name: 'rollback.reg', text: rb, bytes: encodeRegUtf16(rb), encoding: 'utf16le-bom' });
  }
  const ignored = input.tls11 && win && win.year >= 2025 ? [w.tls11Ignored] : [];
  // Said before anything else where the files are handed over (the upload's comment, the CLI): the outage trap, then what must come before the import.
  return {
    ok: true,
    files,
    rollback: before ? 'file' : 'backup',
    facts: factsLine,
    // In the CLI there is no "here" to paste to: --current FILE is how the state before the fix is given (QA48 #14).
    // A state was given but is not the whole tree: the note does not ask for it again, it says why there is no rollback.reg (QA48 #18).
    notes: [before ? w.noteFile : pasted ? w.noteNoTree : surface === 'cli' ? w.noteBackupCli : w.noteBackup],
    warnings: [...warnings, ...importBlockers(kc), ...ignored],
    ...(keysMoot ? { tls12Shown: true as const } : {}),
  };
}
