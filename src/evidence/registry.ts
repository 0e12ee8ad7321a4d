/**
 * Observations from a registry model (a .reg export, `reg query` output or the check-tls.cmd output
 * that runs reg query): the Schannel protocol state TMS depends on and the .NET strong-crypto keys.
 */
import type { LocalizedText, WindowsVersion } from '../domain/types';
import { windowsSchannelDefaults } from '../domain/knowledge/windows';
import { formatWindows } from '../domain/versions';
import {
  applyReg,
  keyId,
  NETFX_PATHS,
  schannelKeyPath,
  mentionsNetFx,
  mentionsSchannel,
  netFxState,
  schannelState,
  type RegModel,
  type NetFxView,
  type SchannelSideState,
} from '../windows/reg';
import type { Observation } from './types';

function t(en: string, ja: string): LocalizedText {
  return { en, ja };
}

/**
 * What deleting a TLS 1.0 key means (QA62 #14; knowledge.md, Windows Schannel defaults): TLS 1.0 is on by default up to Windows
 * Server 2022 and off on 2025, so the release decides; the Client side is TMS's hello at Medium, the Server side a local SQL
 * Server without TLS 1.2 support (and systems connecting to TMS).
 */
function tls10DeletedDefault(side: 'Client' | 'Server' | 'both'): LocalizedText {
  const why = tls10Why(side);
  return t(
    ` For TLS 1.0 that default depends on the Windows release: on from Windows Server 2008 R2 to 2022, so there a key that turned TLS 1.0 off no longer does and TLS 1.0 is on again; off on Windows Server 2025, where it stays off. ${why.en}.`,
    `TLS 1.0 の既定は Windows のリリースによって異なります。Windows Server 2008 R2 から 2022 までは有効なので、そこでは TLS 1.0 を無効にしていたキーがなくなり、TLS 1.0 は再び有効になります。Windows Server 2025 では無効なので、無効のままです。${why.ja}。`,
  );
}

/** Which side of TLS 1.0 a deleted key concerns, and what that side is for. */
function tls10Why(side: 'Client' | 'Server' | 'both'): LocalizedText {
  return (
    side === 'Client'
      ? t('TLS 1.0\\Client is what TMS at Medium uses for its hello to the endpoints', 'TLS 1.0\\Client は、Medium の TMS がエンドポイントへの hello に使うものです')
      : side === 'Server'
        ? t('TLS 1.0\\Server matters to a SQL Server on this server without TLS 1.2 support and to systems that connect to TMS; TMS\'s own hello to the endpoints uses the Client key, which this line leaves alone', 'TLS 1.0\\Server は、このサーバ上の TLS 1.2 非対応の SQL Server と、TMS に接続してくるシステムに関係します。TMS からエンドポイントへの hello は Client のキーを使い、この行はそれを変更しません')
        : t('the Client side is what TMS at Medium uses for its hello to the endpoints, the Server side matters to a SQL Server on this server without TLS 1.2 support', 'Client 側は Medium の TMS がエンドポイントへの hello に使うもので、Server 側はこのサーバ上の TLS 1.2 非対応の SQL Server に関係します'));
}

/**
 * What importing a `[-…\\Protocols\\<protocol>(\\Client|\\Server)]` line means: the key gone, the Windows release's default
 * applies (knowledge.md, Windows Schannel defaults). With the release known (rev63 #8), that release's default only; with it
 * not known (or Windows Server 2008, not R2, where TLS 1.1/1.2 need KB4019276 first), each release's.
 */
export function keyDeletedDetail(what: string, windows?: WindowsVersion): LocalizedText {
  const p = (/Protocols\\(SSL 3\.0|TLS 1\.[012])/i.exec(what)?.[1] ?? 'TLS 1.2').toUpperCase() as 'SSL 3.0' | 'TLS 1.0' | 'TLS 1.1' | 'TLS 1.2';
  const del = { path: what };
  const known = windows && typeof windows.year === 'number' && !(windows.year === 2008 && !windows.r2) ? windows : undefined;
  // knowledge.md: TLS 1.2 is on by default from Windows Server 2012 on, off on 2008 R2, where it works only while
  // the keys exist. The Client side is what TMS uses to reach the endpoints; the Server side matters for systems
  // connecting to TMS over HTTPS (Secure-Only mode). A deleted key says which side the file turns off on 2008 R2.
  const side = /\\Client\\?$/i.test(del.path) ? 'Client' : /\\Server\\?$/i.test(del.path) ? 'Server' : 'both';
  const lost =
    side === 'Server'
      ? t(
          'so deleting this key turns TLS 1.2 off on the Server side there: systems that connect to TMS over HTTPS (Secure-Only mode) can no longer use it (TMS\'s own connections to the endpoints use the Client key, which this line leaves alone)',
          'そのため 2008 R2 でこのキーを削除すると Server 側の TLS 1.2 が無効になり、HTTPS で TMS に接続するシステム（Secure-Only モード）は TLS 1.2 を使えなくなります（TMS からエンドポイントへの接続は Client のキーを使い、この行はそれを変更しません）',
        )
      : side === 'Client'
        ? t('so deleting this key turns TLS 1.2 off for TMS\'s connections to the endpoints there: TMS cannot offer it even at Medium-High', 'そのため 2008 R2 でこのキーを削除すると TMS からエンドポイントへの接続で TLS 1.2 が無効になり、Medium-High でも TMS は TLS 1.2 を提示できません')
        : t(
            'so deleting this key turns TLS 1.2 off there: TMS cannot offer it even at Medium-High (Client), and systems that connect to TMS over HTTPS in Secure-Only mode lose it too (Server)',
            'そのため 2008 R2 でこのキーを削除すると TLS 1.2 が無効になり、Medium-High でも TMS は TLS 1.2 を提示できず（Client）、Secure-Only モードで HTTPS により TMS に接続するシステムも TLS 1.2 を使えなくなります（Server）',
          );
  const tls12 =
    p === 'TLS 1.2'
      ? t(
          ` For TLS 1.2 that default is on from Windows Server 2012 on, so there TLS 1.2 stays on; on Windows Server 2008 R2 it is off and TLS 1.2 works only while these keys exist, ${lost.en}.`,
          `TLS 1.2 の既定は Windows Server 2012 以降では有効なので、そこでは TLS 1.2 は有効のままです。Windows Server 2008 R2 では既定が無効で、TLS 1.2 はこれらのキーがある間だけ使えます。${lost.ja}。`,
        )
      : p === 'TLS 1.0'
        ? tls10DeletedDefault(side)
        : p === 'TLS 1.1'
          ? t(
              ' For TLS 1.1 that default depends on the release: off on Windows Server 2008 R2 and on 2025, on from 2012 to 2022. Only TLS 1.2 matters for this fix (TLS 1.1 is deprecated).',
              'TLS 1.1 の既定はリリースによって異なり、Windows Server 2008 R2 と 2025 では無効、2012 から 2022 までは有効です。この対処で意味があるのは TLS 1.2 だけです（TLS 1.1 は非推奨です）。',
            )
          : t(
              ' For SSL 3.0 that default depends on the release: on for Windows Server 2008 R2, 2012 and 2012 R2, off from 2016 on. This fix does not change SSL 3.0.',
              'SSL 3.0 の既定はリリースによって異なり、Windows Server 2008 R2、2012、2012 R2 では有効、2016 以降では無効です。この対処では SSL 3.0 は変更しません。',
            );
  const tlsLine = known ? keyDeletedDefaultFor(p, side, known, lost) : tls12;
  return t(
    `The file deletes the key ${what} (a [-…] line): once it is imported, ${what} has no Schannel settings, so the default of the Windows release applies.${tlsLine.en}`,
    `このファイルはキー ${what} を削除します（[-…] の行）。取り込むと ${what} には Schannel の設定がなくなり、Windows のリリースごとの既定値が適用されます。${tlsLine.ja}`,
  );
}

/** The default of one known Windows release for the protocol whose key is deleted (keyDeletedDetail). */
function keyDeletedDefaultFor(p: 'SSL 3.0' | 'TLS 1.0' | 'TLS 1.1' | 'TLS 1.2', side: 'Client' | 'Server' | 'both', windows: WindowsVersion, lost: LocalizedText): LocalizedText {
  const d = windowsSchannelDefaults(windows);
  const w = formatWindows(windows);
  if (p === 'TLS 1.2') {
    return d.tls12
      ? t(` For TLS 1.2 the default on ${w} is on, so TLS 1.2 stays on.`, `${w} での TLS 1.2 の既定は有効なので、TLS 1.2 は有効のままです。`)
      : t(` For TLS 1.2 the default on ${w} is off: TLS 1.2 works there only while these keys exist, ${lost.en}.`, `${w} での TLS 1.2 の既定は無効で、TLS 1.2 はこれらのキーがある間だけ使えます。${lost.ja}。`);
  }
  if (p === 'TLS 1.0') {
    const why = tls10Why(side);
    return d.tls10
      ? t(
          ` For TLS 1.0 the default on ${w} is on, so a key that turned TLS 1.0 off no longer does: TLS 1.0 is on again once the processes using Schannel restart or the server reboots. ${why.en}.`,
          `${w} での TLS 1.0 の既定は有効なので、TLS 1.0 を無効にしていたキーがなくなり、Schannel を使うプロセスの再起動またはサーバの再起動の後、TLS 1.0 は再び有効になります。${why.ja}。`,
        )
      : t(` For TLS 1.0 the default on ${w} is off, so TLS 1.0 stays off. ${why.en}.`, `${w} での TLS 1.0 の既定は無効なので、TLS 1.0 は無効のままです。${why.ja}。`);
  }
  if (p === 'TLS 1.1') {
    return d.tls11
      ? t(` For TLS 1.1 the default on ${w} is on, so TLS 1.1 is on again there. Only TLS 1.2 matters for this fix (TLS 1.1 is deprecated).`, `${w} での TLS 1.1 の既定は有効なので、TLS 1.1 は再び有効になります。この対処で意味があるのは TLS 1.2 だけです（TLS 1.1 は非推奨です）。`)
      : t(` For TLS 1.1 the default on ${w} is off, so TLS 1.1 stays off. Only TLS 1.2 matters for this fix (TLS 1.1 is deprecated).`, `${w} での TLS 1.1 の既定は無効なので、TLS 1.1 は無効のままです。この対処で意味があるのは TLS 1.2 だけです（TLS 1.1 は非推奨です）。`);
  }
  return d.ssl3
    ? t(` For SSL 3.0 the default on ${w} is on, so SSL 3.0 is on again there. This fix does not change SSL 3.0.`, `${w} での SSL 3.0 の既定は有効なので、SSL 3.0 は再び有効になります。この対処では SSL 3.0 は変更しません。`)
    : t(` For SSL 3.0 the default on ${w} is off, so SSL 3.0 stays off. This fix does not change SSL 3.0.`, `${w} での SSL 3.0 の既定は無効なので、SSL 3.0 は無効のままです。この対処では SSL 3.0 は変更しません。`);
}

/** The observations with each deleted key's note given for the Windows release now known (keyDeletedDetail). */
export function keyDeletedForWindows<O extends Observation>(obs: readonly O[], windows: WindowsVersion | undefined): O[] {
  if (!windows || !obs.some((o) => o.code === 'schannel-key-deleted' && typeof o.subject === 'string')) return obs as O[];
  return obs.map((o) => (o.code === 'schannel-key-deleted' && typeof o.subject === 'string' && /^SCHANNEL\\Protocols\\/i.test(o.subject) ? { ...o, detail: keyDeletedDetail(o.subject, windows) } : o));
}

/** `qwords`, `where`: values stored as a QWORD ("TLS 1.2\\Client: DisabledByDefault") are marked as such. */
/** A .NET view ("64-bit") as said in Japanese prose (「64 ビット」). */
const viewJa = (view: string): string => view.replace(/^(\d{2})-bit$/, '$1 ビット');

/**
 * A DWORD as it was written: 0 and 1 (and small values) as numbers, a large one in hex as regedit, reg query and IIS Crypto show it
 * ("Enabled=0xffffffff", not 4294967295; QA62 #19). An Enabled other than 0 and 1 says what it means: any non-zero value enables the protocol.
 */
function dword(n: number, name: 'Enabled' | 'DisabledByDefault', ja: boolean): string {
  if (n <= 9) return String(n);
  const hex = `0x${n.toString(16)}`;
  return name === 'Enabled' ? `${hex}${ja ? '（0 以外の値は有効の意味）' : ' (any non-zero value means enabled)'}` : hex;
}

function values(s: SchannelSideState, qwords?: Set<string>, where = '', ja = false): string {
  const parts: string[] = [];
  const q = (name: string) => (qwords?.has(`${where}: ${name}`) ? ' (QWORD)' : '');
  if (s.enabled !== null) parts.push(`Enabled=${dword(s.enabled, 'Enabled', ja)}${q('Enabled')}`);
  if (s.disabledByDefault !== null) parts.push(`DisabledByDefault=${dword(s.disabledByDefault, 'DisabledByDefault', ja)}${q('DisabledByDefault')}`);
  return parts.length ? parts.join(', ') : 'no values';
}

/**
 * @param notFound reg query said a key does not exist and the query named SCHANNEL\Protocols: the
 *   keys are absent (OS defaults apply).
 */
/**
 * @param missingKeys keys under SCHANNEL\Protocols that PowerShell said do not exist.
 */
/**
 * Enabled / DisabledByDefault values of another type than REG_DWORD under the protocol keys TMS
 * depends on: "TLS 1.2\Client: Enabled is REG_SZ". Schannel reads these as DWORDs, so the state
 * readers treat a REG_SZ as not set.
 */
function wrongTypes(model: RegModel): { where: string; type: string }[] {
  const tree = applyReg(model);
  const out: { where: string; type: string }[] = [];
  for (const p of ['SSL 3.0', 'TLS 1.0', 'TLS 1.1', 'TLS 1.2'] as const) {
    for (const side of ['Client', 'Server'] as const) {
      const k = tree.keys.get(keyId(schannelKeyPath(p, side)));
      for (const name of ['Enabled', 'DisabledByDefault']) {
        const v = k?.values.get(name.toLowerCase());
        if (v && v.data.type !== 'REG_DWORD' && v.data.type !== 'delete' && out.length < 8) {
          out.push({ where: `${p}\\${side}: ${v.name}`, type: v.data.type === 'REG_HEX' ? 'hex' : v.data.type });
        }
      }
    }
  }
  return out;
}

/** HKLM\SYSTEM\ControlSet001\…\SCHANNEL\Protocols…: the form of an offline-hive or partial HKLM\SYSTEM export. */
const CONTROL_SET_SCHANNEL = /^HKEY_LOCAL_MACHINE\\SYSTEM\\(ControlSet\d{3})(\\Control\\SecurityProviders\\SCHANNEL\\Protocols(?:\\.*)?)$/i;
const HKCU_SCHANNEL = /^HKEY_CURRENT_USER\\.*\\SCHANNEL\\Protocols(?:\\|$)/i;

/**
 * Schannel keys under ControlSet00N only (no CurrentControlSet key in the model): read as the current set, with a note naming the
 * set (CurrentControlSet is a link to one of them; HKLM\SYSTEM\Select "Current" says which). Several sets: the lowest is read.
 */
function fromControlSet(model: RegModel): { model: RegModel; set: string; sets: string[] } | null {
  if (!model?.keys?.length || mentionsSchannel(model)) return null;
  const sets = [...new Set(model.keys.map((k) => CONTROL_SET_SCHANNEL.exec(k.path)?.[1]).filter((x): x is string => !!x))].sort();
  if (!sets.length) return null;
  const set = sets[0];
  const keys = model.keys.flatMap((k) => {
    const m = CONTROL_SET_SCHANNEL.exec(k.path);
    return m && m[1].toLowerCase() === set.toLowerCase() ? [{ ...k, path: `HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet${m[2]}` }] : [];
  });
  return { model: { ...model, keys }, set, sets };
}

/** What a .reg deletes under SCHANNEL\\Protocols: `[-…\\TLS 1.2\\Server]` keys and `"Enabled"=-` values ("TLS 1.2\\Client: Enabled"). */
function schannelDeletions(model: RegModel): string[] {
  const out: string[] = [];
  for (const k of model?.keys ?? []) {
    const m = /\\SCHANNEL\\Protocols(?:\\(.*))?$/i.exec(k.path);
    if (!m) continue;
    const where = (m[1] ?? 'SCHANNEL\\Protocols').replace(/\\+$/, '');
    if (k.delete) out.push(`[-…\\${where}]`);
    else for (const v of k.values) if (v.data.type === 'delete') out.push(`${where}: "${v.name}"=-`);
  }
  return out;
}

export function registryObservations(model: RegModel, opts: { schannelQueriedButMissing?: boolean; missingKeys?: string[]; netfxMissing?: NetFxView[] } = {}): Observation[] {
  const out: Observation[] = [];
  const cs = fromControlSet(model);
  if (cs) {
    const others = cs.sets.length > 1 ? t(` (the file also has ${cs.sets.slice(1).join(', ')}; only ${cs.set} is read)`, `（ファイルには ${cs.sets.slice(1).join('、')} もありますが、読んだのは ${cs.set} だけです）`) : t('', '');
    out.push({
      code: 'schannel-controlset-keys',
      detail: t(
        `The Schannel keys are under HKLM\\SYSTEM\\${cs.set}, not CurrentControlSet: they are read below as the current set${others.en}. CurrentControlSet is one of the ControlSet00N sets (HKLM\\SYSTEM\\Select, value Current, says which): if ${cs.set} is not that one, export HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols instead.`,
        `Schannel のキーは CurrentControlSet ではなく HKLM\\SYSTEM\\${cs.set} の下にあります。以下では現在のセットとして読みました${others.ja}。CurrentControlSet は ControlSet00N のどれか一つです（HKLM\\SYSTEM\\Select の Current の値で分かります）。${cs.set} がそれでない場合は、HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols をエクスポートし直してください。`,
      ),
    });
    model = cs.model;
  } else if (!mentionsSchannel(model) && (model?.keys ?? []).some((k) => HKCU_SCHANNEL.test(k.path))) {
    out.push({
      code: 'schannel-hkcu-keys',
      detail: t(
        'The Schannel Protocols keys in this file are under HKEY_CURRENT_USER, where Schannel does not read them: only HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols counts, so they change nothing for TMS. Check (or export) that HKLM key instead.',
        'このファイルの Schannel Protocols のキーは HKEY_CURRENT_USER の下にあり、Schannel はそこを読みません。有効なのは HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols だけなので、TMS には何の影響もありません。代わりにその HKLM のキーを確認（またはエクスポート）してください。',
      ),
    });
  }
  const hasSchannel = mentionsSchannel(model);
  if (hasSchannel) {
    const s = schannelState(model);
    const wrong = wrongTypes(model);
    const qwords = new Set(wrong.filter((x) => x.type === 'REG_QWORD').map((x) => x.where));
    if (wrong.length) {
      const sz = wrong.filter((x) => x.type !== 'REG_QWORD');
      const qw = wrong.filter((x) => x.type === 'REG_QWORD');
      const en: string[] = [];
      const ja: string[] = [];
      if (sz.length) {
        en.push(`${sz.map((x) => `${x.where} is ${x.type}`).join('; ')}: Schannel documents ${sz.length > 1 ? 'these values' : 'it'} as a DWORD (REG_DWORD) and may ignore ${sz.length > 1 ? 'them' : 'it'} as ${sz.length > 1 ? 'they are' : 'it is'}; here ${sz.length > 1 ? 'they are' : 'it is'} read as not set, so the Windows default would apply.`);
        ja.push(`${sz.map((x) => `${x.where} が ${x.type}`).join('、')} です。Schannel の仕様では DWORD（REG_DWORD）で、このままでは無視される可能性があります。ここでは値がないものとして読み、その場合は Windows の既定値が適用されます。`);
      }
      if (qw.length) {
        en.push(`${qw.map((x) => x.where).join('; ')} ${qw.length > 1 ? 'are QWORDs' : 'is a QWORD'} (REG_QWORD), not the DWORD Schannel documents, so Schannel may not read ${qw.length > 1 ? 'them' : 'it'}; below, ${qw.length > 1 ? 'their values are' : 'its value is'} taken as written and marked (QWORD), which holds only if Schannel reads ${qw.length > 1 ? 'them' : 'it'}.`);
        ja.push(`${qw.map((x) => x.where).join('、')} は QWORD（REG_QWORD）で、Schannel の仕様にある DWORD ではないため、Schannel に読まれない可能性があります。以下ではその値を書かれたとおりに扱い（QWORD）と記しますが、これは Schannel がその値を読む場合に限ります。`);
      }
      out.push({ code: 'schannel-value-wrong-type', detail: t(`${en.join(' ')} Delete the value and create it again as a DWORD (regedit: New > DWORD (32-bit) Value).`, `${ja.join('')}値を削除し、DWORD として作り直してください（regedit の [新規] > [DWORD (32 ビット) 値]）。`) });
    }
    const c12 = s['TLS 1.2'].Client;
    if (c12.verdict === 'enabled') {
      out.push({
        code: 'schannel-tls12-client-enabled',
        detail: t(`Schannel TLS 1.2 Client is enabled (${values(c12, qwords, 'TLS 1.2\\Client')}): TMS can offer TLS 1.2 once it is at Medium-High.`, `Schannel の TLS 1.2 Client は有効です（${values(c12, qwords, 'TLS 1.2\\Client', true)}）。TMS を Medium-High にすれば TLS 1.2 を提示できます。`),
      });
    } else if (c12.verdict === 'disabled' || c12.verdict === 'disabled-by-default') {
      out.push({
        code: 'schannel-tls12-client-disabled',
        detail: t(`Schannel TLS 1.2 Client is turned off (${values(c12, qwords, 'TLS 1.2\\Client')}): TMS cannot offer TLS 1.2 until it is Enabled=1, DisabledByDefault=0.`, `Schannel の TLS 1.2 Client が無効です（${values(c12, qwords, 'TLS 1.2\\Client', true)}）。Enabled=1、DisabledByDefault=0 にするまで TMS は TLS 1.2 を提示できません。`),
      });
    } else if (c12.verdict === 'partly-set') {
      out.push({
        code: 'schannel-tls12-client-partial',
        detail: t(`Schannel TLS 1.2 Client is only partly set (${values(c12, qwords, 'TLS 1.2\\Client')}): the Windows default decides the missing value; set both Enabled=1 and DisabledByDefault=0.`, `Schannel の TLS 1.2 Client は一部だけ設定されています（${values(c12, qwords, 'TLS 1.2\\Client', true)}）。欠けている値は Windows の既定で決まります。Enabled=1 と DisabledByDefault=0 の両方を設定してください。`),
      });
    }
    const s12 = s['TLS 1.2'].Server;
    if (s12.verdict === 'disabled' || s12.verdict === 'disabled-by-default') {
      out.push({
        code: 'schannel-tls12-server-disabled',
        detail: t(`Schannel TLS 1.2 Server is turned off (${values(s12, qwords, 'TLS 1.2\\Server')}): this matters when systems connect to TMS over HTTPS (Secure-Only mode).`, `Schannel の TLS 1.2 Server が無効です（${values(s12, qwords, 'TLS 1.2\\Server', true)}）。システムが HTTPS で TMS に接続する場合（Secure-Only モード）に影響します。`),
      });
    }
    // Enabled=0 turns TLS 1.0 off (knowledge.md); DisabledByDefault≠0 with Enabled not 0 only makes it "not enabled by default":
    // whether TMS's explicit TLS 1.0 request still gets through then is not settled, so that case is its own observation, worded as a check.
    const off10 = (['Client', 'Server'] as const).filter((side) => s['TLS 1.0'][side].verdict === 'disabled');
    const dbd10 = (['Client', 'Server'] as const).filter((side) => s['TLS 1.0'][side].verdict === 'disabled-by-default');
    if (off10.length) {
      const sides = off10.join(' and ');
      const vals = off10.map((side) => `${off10.length > 1 ? `${side}: ` : ''}${values(s['TLS 1.0'][side], qwords, `TLS 1.0\\${side}`)}`).join('; ');
      const valsJa = off10.map((side) => `${off10.length > 1 ? `${side}: ` : ''}${values(s['TLS 1.0'][side], qwords, `TLS 1.0\\${side}`, true)}`).join('、');
      out.push({
        code: 'schannel-tls10-disabled',
        detail: t(
          `Schannel TLS 1.0 ${sides} ${off10.length > 1 ? 'are' : 'is'} turned off (${vals})${off10.includes('Client') ? ': at Medium, TMS then sends no ClientHello at all' : ''}. A SQL Server on this server without TLS 1.2 support (2008 or 2008 R2, 2012 or 2014 before its TLS 1.2 build) needs TLS 1.0.`,
          `Schannel の TLS 1.0 ${off10.join(' と ')} が無効です（${valsJa}）${off10.includes('Client') ? '。Medium のままでは TMS は ClientHello をまったく送りません' : ''}。TLS 1.2 に対応していない SQL Server（TLS 1.2 対応ビルドより前の 2008、2008 R2、2012、2014）がこのサーバにある場合、TLS 1.0 が必要です。`,
        ),
      });
    }
    if (dbd10.length) {
      const vals = dbd10.map((side) => `${dbd10.length > 1 ? `${side}: ` : ''}${values(s['TLS 1.0'][side], qwords, `TLS 1.0\\${side}`).replace(/^(DisabledByDefault=(?:\d+|0x[\da-f]+)(?: \(QWORD\))?)$/, 'Enabled not set, $1')}`).join('; ');
      const valsJa = dbd10.map((side) => `${dbd10.length > 1 ? `${side}: ` : ''}${values(s['TLS 1.0'][side], qwords, `TLS 1.0\\${side}`, true).replace(/^(DisabledByDefault=(?:\d+|0x[\da-f]+)(?: \(QWORD\))?)$/, 'Enabled なし、$1')}`).join('、');
      const client = dbd10.includes('Client');
      out.push({
        code: 'schannel-tls10-not-default',
        detail: t(
          `Schannel TLS 1.0 ${dbd10.join(' and ')} ${dbd10.length > 1 ? 'are' : 'is'} not enabled by default (${vals}): DisabledByDefault is set, Enabled is not 0.${
            client ? ' Whether TMS at Medium then still sends its TLS 1.0 ClientHello is to be checked: a capture shows it.' : ''
          } A SQL Server on this server without TLS 1.2 support (2008 or 2008 R2, 2012 or 2014 before its TLS 1.2 build) needs TLS 1.0.`,
          `Schannel の TLS 1.0 ${dbd10.join(' と ')} は既定では有効になっていません（${valsJa}）。DisabledByDefault が設定され、Enabled は 0 ではありません。${
            client ? 'この状態で Medium の TMS が TLS 1.0 の ClientHello を送るかどうかは確認が必要です（キャプチャで分かります）。' : ''
          }TLS 1.2 に対応していない SQL Server（TLS 1.2 対応ビルドより前の 2008、2008 R2、2012、2014）がこのサーバにある場合、TLS 1.0 が必要です。`,
        ),
      });
    }
    const off3 = (['Client', 'Server'] as const).filter((side) => ['disabled', 'disabled-by-default'].includes(s['SSL 3.0'][side].verdict));
    if (off3.length) {
      out.push({
        code: 'schannel-ssl3-disabled',
        detail: t(`Schannel SSL 3.0 ${off3.join(' and ')} turned off.`, `Schannel の SSL 3.0 ${off3.join(' と ')} が無効です。`),
      });
    }
    // `[-HKEY_…\Protocols\TLS 1.2]` lines: importing the file removes the key (and its Client/Server subkeys).
    for (const p of ['SSL 3.0', 'TLS 1.0', 'TLS 1.1', 'TLS 1.2'] as const) {
      const del = model.keys.find((k) => k.delete && new RegExp(`\\\\SCHANNEL\\\\Protocols\\\\${p.replace('.', '\\.')}(\\\\(Client|Server))?\\\\?$`, 'i').test(k.path));
      if (!del || s[p].Client.verdict !== 'absent' || s[p].Server.verdict !== 'absent') continue;
      const what = del.path.replace(/^.*\\SCHANNEL\\Protocols\\/i, 'SCHANNEL\\Protocols\\');
      // (`subject`: the key deleted, so that the note can be given for the Windows release once it is known: keyDeletedForWindows.)
      out.push({ code: 'schannel-key-deleted', subject: what, detail: keyDeletedDetail(what) });
    }
    // A file that deletes Schannel keys or values (`[-…]`, `"Enabled"=-`) is a change to import, not an export (regedit never
    // writes deletions): it says nothing of the server's registry as it is, so no "the defaults apply" is read from it (QA41 #5).
    const deletes = schannelDeletions(model);
    if (deletes.length) {
      const list = deletes.slice(0, 4).join('; ') + (deletes.length > 4 ? '; …' : '');
      out.push({
        code: 'reg-change-script',
        detail: t(
          `This file deletes Schannel settings (${list}): it is a change script to import, not an export of the server's registry (an export never holds deletions), so it does not show how the keys are now. Importing it would remove them, and the Windows default of the release would apply to what it removes. To see the current state, export HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols on the TMS server (regedit > File > Export) and send that file.`,
          `このファイルは Schannel の設定を削除します（${list.replace(/; /g, '、')}）。これは取り込むための変更スクリプトで、サーバのレジストリのエクスポートではありません（エクスポートに削除の行は含まれません）。そのため、現在のキーの状態は分かりません。取り込むとそれらが削除され、削除された部分にはそのリリースの Windows の既定値が適用されます。現在の状態を見るには、TMS サーバで HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols をエクスポートし（regedit の [ファイル] > [エクスポート]）、そのファイルを送ってください。`,
        ),
      });
    }
    const relevant = !deletes.length && (['TLS 1.0', 'TLS 1.1', 'TLS 1.2'] as const).every((p) => s[p].Client.verdict === 'absent' && s[p].Server.verdict === 'absent');
    if (relevant) {
      out.push({
        code: 'schannel-keys-absent',
        detail: wrong.length
          ? t('No DWORD Enabled/DisabledByDefault values for TLS 1.0, 1.1 or 1.2 under SCHANNEL\\Protocols (values of another type do not count): the Windows release\'s defaults apply.', 'SCHANNEL\\Protocols の下に、TLS 1.0、1.1、1.2 の DWORD の Enabled/DisabledByDefault 値がありません（ほかの型の値は数えません）。Windows のリリースごとの既定値が適用されます。')
          : t('No Enabled/DisabledByDefault values for TLS 1.0, 1.1 or 1.2 under SCHANNEL\\Protocols: the Windows release\'s defaults apply.', 'SCHANNEL\\Protocols の下に TLS 1.0、1.1、1.2 の Enabled/DisabledByDefault 値がありません。Windows のリリースごとの既定値が適用されます。'),
      });
    }
  } else if (opts.missingKeys?.some((k) => /\\SCHANNEL\\Protocols(?:\\TLS 1\.2(?:\\Client)?)?\\?$/i.test(k))) {
    const names = opts.missingKeys.filter((k) => /\\SCHANNEL\\Protocols(?:\\TLS 1\.2(?:\\Client)?)?\\?$/i.test(k)).slice(0, 3).map((k) => k.replace(/^.*\\SCHANNEL\\Protocols\\?/i, '') || 'SCHANNEL\\Protocols');
    const list = names.join(', ');
    out.push({
      code: 'schannel-keys-absent',
      detail: t(
        `The key ${list} does not exist: no Enabled/DisabledByDefault values are set there, so the Windows release's default applies to it.`,
        `キー ${list} は存在しません。Enabled/DisabledByDefault の値が設定されていないため、Windows のリリースごとの既定値が適用されます。`,
      ),
    });
  } else if (opts.schannelQueriedButMissing) {
    out.push({
      code: 'schannel-keys-absent',
      detail: t('reg query found no SCHANNEL\\Protocols keys: the Windows release\'s defaults apply.', 'reg query で SCHANNEL\\Protocols のキーが見つかりませんでした。Windows のリリースごとの既定値が適用されます。'),
    });
  }
  for (const view of opts.netfxMissing ?? []) {
    const path = NETFX_PATHS[view].replace('HKEY_LOCAL_MACHINE', 'HKLM');
    out.push({
      code: 'netfx-key-missing',
      detail: t(
        `.NET 4 (${view}): reg query did not find ${path}, so neither SchUseStrongCrypto nor SystemDefaultTlsVersions is set in that view: ${view} .NET code outside Communication Security may stay on TLS 1.0; create the key with both values set to 1.`,
        `.NET 4（${viewJa(view)}）：reg query で ${path} が見つからなかったため、このビューでは SchUseStrongCrypto も SystemDefaultTlsVersions も設定されていません。[Communication Security] の設定が及ばない ${viewJa(view)} の .NET コードは TLS 1.0 のままになることがあります。キーを作成し、両方の値を 1 にしてください。`,
      ),
    });
  }
  if (mentionsNetFx(model)) {
    const n = netFxState(model);
    for (const view of ['64-bit', '32-bit'] as const) {
      const v = n[view];
      if (!v.keyPresent) continue;
      const vals = `SchUseStrongCrypto=${v.schUseStrongCrypto ?? '—'}, SystemDefaultTlsVersions=${v.systemDefaultTlsVersions ?? '—'}`;
      out.push(
        v.strong
          ? // Each view governs its own code (QA62 #18): the 64-bit key 64-bit .NET 4 code, the Wow6432Node key 32-bit code.
            { code: 'netfx-strong-crypto-on', detail: t(`.NET 4 (${view}): ${vals}: ${view} .NET 4 code uses the TLS versions Windows allows.`, `.NET 4（${viewJa(view)}）：${vals}。${viewJa(view)}の .NET 4 のコードは Windows が許可する TLS バージョンを使います。`) }
          : { code: 'netfx-strong-crypto-off', detail: t(`.NET 4 (${view}): ${vals}: ${view} .NET 4 code outside Communication Security may stay on TLS 1.0; set both to 1.`, `.NET 4（${viewJa(view)}）：${vals}。[Communication Security] の設定が及ばない${viewJa(view)}の .NET 4 のコードは TLS 1.0 のままになることがあります。両方を 1 にしてください。`) },
      );
    }
  }
  return out;
}
