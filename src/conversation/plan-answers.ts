/**
 * Plans and yes/no questions about a step of the fix, answered from the conversation's facts (QA round 10):
 * - a plan ("I will set Medium-High tonight", 「今夜 Medium-High に変更する予定です」, "planning to reboot at
 *   22:00"): one line that acknowledges it (nothing is recorded as done), what must be true before it and
 *   what follows it;
 * - "so I just pick Medium-High in TMS Tools and save?", 「TMS ツールで Medium-High を選んで保存すればいいですか？」:
 *   yes or no, the step's place in the plan and the caveat of these facts;
 * - "is that all?": what is left of the fix after the level;
 * - "SQL 2014 SP2 or is SP1 enough?", 「2012 は SP3 と SP4 のどちらが必要ですか？」: each service pack named,
 *   with the builds that have TLS 1.2 support (knowledge.md, SQL Server 2012/2014; Microsoft KB3135244).
 * Facts come from /work/shared/knowledge.md; the wording is ours.
 */
import { advisingMediumHigh } from '../domain/advises';
import type { Facts, LocalizedText } from '../domain/types';
import { endpointRefusesTls10, formatEndpoint, formatLevel, formatSql, formatTms, formatWindows, parseEndpoint, parseTms, sqlTlsStatus, tmsCanBeFixedInPlace } from '../domain/versions';
import { registryPlan } from '../domain/knowledge/windows';
import { pre15Stopgap, telnetViaLabel } from '../domain/knowledge';
import type { PlannedSteps } from '../domain/understand/plan';
import { nfkc } from '../domain/nfkc';
import type { ConversationState, TurnResult } from './types';
import { para, paraFrom } from './compose';
import { withOpenQuestion } from './followup';
import { FIELD_NAMES, formatField } from '../domain/fields';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

const pre15 = (f: Facts) => !!f.tms && !tmsCanBeFixedInPlace(f.tms);
const atMediumHighOrAbove = (f: Facts) => f.level === 'medium-high' || f.level === 'high';
const winName = (f: Facts) => (f.windows ? formatWindows(f.windows) : 'Windows Server');

/** TMS before 15: no Medium-High to set; the way out instead (knowledge.md, TMS before 15). */
function pre15Line(f: Facts): LocalizedText {
  const v = formatTms(f.tms!);
  return L(
    `${v} cannot be fixed in place: it has no Communication Security option in TMS Tools, and TLS 1.2 in the registry does not change what it offers (it keeps sending TLS 1.0). The way out is upgrading TMS to 15.x and then doing the fix, or, for codecs that can run TC, going back to TC 7.3.3 (not hardware introduced with CE 9 or RoomOS).`,
    `${v} はそのままでは直せません。TMS ツールに Communication Security の項目がなく、レジストリで TLS 1.2 を有効にしても TMS が提示するものは変わらない（TLS 1.0 を送り続ける）ためです。TMS を 15.x にアップグレードしてから修正するか、TC を動かせるコーデックであれば TC 7.3.3 に戻すしかありません（CE 9 や RoomOS で登場したハードウェアは不可）。`,
  );
}

/** What the SQL Server on the TMS server needs before the TLS change, or null when nothing (or it is remote). */
function sqlBefore(f: Facts): LocalizedText | null {
  if (f.sqlLocation === 'remote') return null;
  if (!f.sql) {
    return L(
      'The SQL Server on the TMS server (if there is one): check its version and build with `SELECT @@VERSION` first; 2008 R2 must keep TLS 1.0, and 2012 or 2014 need a build with TLS 1.2 support.',
      'TMS サーバ上の SQL Server（ある場合）：先に `SELECT @@VERSION` でバージョンとビルドを確認してください。2008 R2 では TLS 1.0 を残す必要があり、2012 と 2014 では TLS 1.2 対応のビルドが必要です。',
    );
  }
  const name = formatSql(f.sql);
  switch (sqlTlsStatus(f.sql).kind) {
    case 'nothing-needed':
    case 'has-tls12':
      return null;
    case 'keep-tls10':
      return L(`${name}: leave TLS 1.0 and SSL 3.0 enabled (the fix only adds TLS 1.2); with both off it stops and will not start.`, `${name}：TLS 1.0 と SSL 3.0 は有効のままにしてください（修正で行うのは TLS 1.2 の追加だけです）。両方を無効にすると停止し、起動できなくなります。`);
    case 'upgrade-service-pack':
      return L(`${name} has no TLS 1.2 package: it needs a service-pack upgrade (SP4 is the simplest) in a window of its own before any TLS change.`, `${name} には TLS 1.2 対応のパッケージがありません。TLS の設定を変更する前に、別の作業枠でサービス パックのアップグレード（SP4 が最も簡単です）が必要です。`);
    case 'install-update':
      return L(`${name}: install its TLS 1.2 update first (KB3052404; KB3135244 lists the builds).`, `${name}：先に TLS 1.2 更新プログラム（KB3052404。ビルドの一覧は KB3135244）を適用してください。`);
    default:
      return L(`${name}: check its build with \`SELECT @@VERSION\` first; it must be a build with TLS 1.2 support (KB3135244).`, `${name}：先に \`SELECT @@VERSION\` でビルドを確認してください。TLS 1.2 対応のビルド（KB3135244）である必要があります。`);
  }
}

/** The registry step for this Windows (knowledge.md: required on 2008 R2, a check on 2012 and later). */
function registryLine(f: Facts): LocalizedText {
  const plan = registryPlan(f.windows);
  if (plan.step === 'unknown') {
    return L(
      'Check the TLS 1.2 keys (Client and Server) after a registry export: on Windows Server 2008 R2 they must be created; from 2012 on TLS 1.2 is on by default unless a policy turned it off.',
      'レジストリをエクスポートしてから、TLS 1.2 のキー（Client と Server）を確認してください。Windows Server 2008 R2 ではキーの作成が必要です。2012 以降は、ポリシーで無効にされていない限り TLS 1.2 は既定で有効です。',
    );
  }
  return plan.step === 'required'
    ? L(`On ${winName(f)} the TLS 1.2 keys (Client and Server) must be created, after a registry export.`, `${winName(f)} では、レジストリをエクスポートしてから TLS 1.2 のキー（Client と Server）を作成する必要があります。`)
    : L(`Check the TLS 1.2 keys on ${winName(f)} (export the registry first); create or correct them only if a policy turned TLS 1.2 off.`, `${winName(f)} の TLS 1.2 のキーを確認してください（先にレジストリをエクスポート）。作成や修正が必要なのは、ポリシーで TLS 1.2 が無効にされている場合だけです。`);
}

/** Said after "turns Telnet and SNMP off" when the level is not known: Medium is only the default (rev63 finding 3). */
const levelUnknownNote = (f: Facts) =>
  f.level ? { en: '', ja: '' } : { en: ' (Medium is the default; your level is not known yet)', ja: '（Medium は既定値で、お使いのレベルはまだ分かっていません）' };
const TELNET = (f: Facts) =>
  f.telnetVia && f.telnetSystems?.length
    ? L(
        `Raising the level from ${formatLevel(f.level ?? 'medium')} to Medium-High turns Telnet and SNMP off${levelUnknownNote(f).en}: the ${f.telnetSystems.slice(0, 4).join(', ')} you said TMS manages over ${telnetViaLabel(f.telnetVia).en} will no longer be managed by TMS (decide first: replace, manage another way, or accept it).`,
        `${formatLevel(f.level ?? 'medium')} から Medium-High に上げると Telnet と SNMP が無効になります${levelUnknownNote(f).ja}。${f.telnetSystems.slice(0, 4).join('、')} は TMS が ${telnetViaLabel(f.telnetVia).ja} で管理しているとのことなので、TMS から管理できなくなります（置き換える、別の方法で管理する、受け入れる、のどれにするか先に決めてください）。`,
      )
    : L(
    `Raising the level from ${formatLevel(f.level ?? 'medium')} to Medium-High turns Telnet and SNMP off${levelUnknownNote(f).en}: check first whether any managed system (a Polycom HDX, an older MXP) depends on them.`,
    `${formatLevel(f.level ?? 'medium')} から Medium-High に上げると Telnet と SNMP が無効になります${levelUnknownNote(f).ja}。先に、それに依存している管理対象のシステム（Polycom HDX や古い MXP など）がないか確認してください。`,
  );

const AFTER_LEVEL = L(
  'After it: restart IIS and the TMS services (or reboot once, if registry keys were created or changed: that also restarts them), then verify: a capture shows the ClientHello at TLS 1.2 (0x0303), and Force Refresh in Systems > Navigator clears "No HTTPS response". Do it on both nodes if TMS is redundant.',
  'その後：IIS と TMS サービスを再起動し（レジストリのキーを作成または変更した場合は 1 回だけサーバを再起動すれば、それらも再起動されます）、確認します。キャプチャで ClientHello が TLS 1.2（0x0303）になっていること、[Systems] > [Navigator] で Force Refresh して「No HTTPS response」が消えることを確かめてください。TMS が冗長構成なら両方のノードで行ってください。',
);

const VERIFY = L(
  'Then verify: a capture shows the ClientHello at TLS 1.2 (0x0303), and Force Refresh in Systems > Navigator clears "No HTTPS response".',
  'その後、キャプチャで ClientHello が TLS 1.2（0x0303）になっていること、[Systems] > [Navigator] で Force Refresh して「No HTTPS response」が消えることを確認してください。',
);

/**
 * The TMS before 15 the user has, while an upgrade is only planned (knowledge.md, TMS before 15): it cannot be fixed in
 * place (CSCuz71542); the target's requirements are checked before the upgrade; TC 7.3.3 is a stopgap only on TC hardware.
 */
function untilUpgraded(now: string, to: string, targetFixes: boolean, f: Facts): LocalizedText[] {
  const req = targetFixes
    ? [` Before the upgrade, check the requirements of ${to}: the Windows Server and SQL Server releases it supports.`, `アップグレードの前に、${to} の要件（対応する Windows Server と SQL Server のリリース）を確認してください。`]
    : ['', ''];
  // (The stop-gap as every answer gives it: pre15Stopgap.)
  const head = L(
    `Until then, ${now} cannot be fixed in place (Cisco bug CSCuz71542): it has no Communication Security option, and TLS 1.2 in the registry does not change the TLS 1.0 it offers.${req[0]}`,
    `それまでは、${now} はそのままでは直せません（Cisco のバグ CSCuz71542）。Communication Security の項目がなく、レジストリで TLS 1.2 を有効にしても TMS が提示する TLS 1.0 は変わりません。${req[1]}`,
  );
  return [head, pre15Stopgap(f.endpoint, f.endpointModels)];
}

/**
 * "I will upgrade TMS to 15.13 tonight", 「今夜 TMS を 15.13 にアップグレードする予定です」: the release the user has stays
 * until the upgrade is said done; from 15 on the fix is done after it, in place (knowledge.md, TMS before 15: upgrade to
 * 15.x, then follow the fix); a target before 15 still cannot be fixed in place.
 */
function tmsUpgradePlan(f: Facts, target: string): LocalizedText[] {
  const parsed = parseTms(target);
  if (!parsed.ok) return [];
  const to = formatTms(parsed.value);
  const now = f.tms ? formatTms(f.tms) : null;
  const out: LocalizedText[] = [];
  if (now) out.push(L(`I keep ${now} as your TMS until you tell me the upgrade to ${to} is done ("TMS is ${parsed.value.raw} now").`, `アップグレードが終わったと伺うまでは、現在の ${now} のままとして扱います（終わったら「TMS は ${parsed.value.raw} になりました」とお知らせください）。`));
  if (now && pre15(f)) out.push(...untilUpgraded(now, to, tmsCanBeFixedInPlace(parsed.value), f));
  if (!tmsCanBeFixedInPlace(parsed.value)) {
    out.push(L(`${to} is still before 15: it has no Communication Security option either, so it would keep offering TLS 1.0. The upgrade that fixes this is to 15.x.`, `${to} も 15 より前のため Communication Security の項目がなく、TLS 1.0 を提示し続けます。この問題を解決できるのは 15.x へのアップグレードです。`));
    return out;
  }
  out.push(L(`After the upgrade to ${to}, the fix is done in place on the TMS server:`, `${to} へのアップグレード後、TMS サーバ上でそのまま修正できます：`));
  const sql = sqlBefore(f);
  if (sql) out.push(sql);
  out.push(registryLine(f), TELNET(f), MH('Set Communication Security to Medium-High in TMS Tools and save.', 'TMS ツールで Communication Security を Medium-High にして保存します。'), AFTER_LEVEL);
  return out;
}

/**
 * "We plan to upgrade to: TMS 15.13, CE 11", 「予定：TMS 15.13、CE 11 に上げます」: the endpoints' release stays until the
 * upgrade is said done; what the target release means for this problem (knowledge.md, Cause 1: TC 7.3.6+, CE 8.1.0+ and
 * RoomOS refuse TLS 1.0), with TMS as it is or as it will be after its own planned upgrade (`tmsTarget`).
 */
function endpointUpgradePlan(f: Facts, target: string, tmsTarget?: string): LocalizedText[] {
  const parsed = parseEndpoint(target);
  if (!parsed.ok) return [];
  const ep = parsed.value;
  const to = formatEndpoint(ep);
  const now = f.endpoint ? formatEndpoint(f.endpoint) : null;
  const out: LocalizedText[] = [];
  if (now && now !== to) out.push(L(`I keep ${now} as the endpoints' release until you tell me they run ${to}.`, `エンドポイントがアップグレードされたと伺うまでは、現在の ${now} のままとして扱います。`));
  if (!endpointRefusesTls10(ep)) {
    out.push(L(`${to} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do), so this upgrade does not bring on "No HTTPS response" by itself.`, `${to} はまだ TLS 1.0 を受け付けます（TC 7.3.5 までと CE 8.0.x は同様です）。そのため、このアップグレードだけで「No HTTPS response」になることはありません。`));
    return out;
  }
  if (f.endpoint && endpointRefusesTls10(f.endpoint)) {
    out.push(L(`${to} refuses TLS 1.0, as ${now} does: for this problem nothing changes, and the same TMS fix covers it.`, `${to} も ${now} と同じく TLS 1.0 を受け付けません。この問題については何も変わらず、同じ TMS 側の対処で足ります。`));
    return out;
  }
  const tmsParsed = tmsTarget ? parseTms(tmsTarget) : null;
  const tmsAfter = tmsParsed?.ok ? tmsParsed.value : f.tms;
  if (tmsAfter && !tmsCanBeFixedInPlace(tmsAfter)) {
    const name = formatTms(tmsAfter);
    out.push(L(`${to} refuses TLS 1.0, and ${name} cannot offer anything newer: after this endpoint upgrade TMS would show "No HTTPS response" for them. Upgrade TMS to 15.x and do the fix there first.`, `${to} は TLS 1.0 を受け付けず、${name} はそれより新しいバージョンを使えません。このままエンドポイントを上げると、TMS でそれらが「No HTTPS response」になります。先に TMS を 15.x にアップグレードし、そこで対処を行ってください。`));
    return out;
  }
  if (atMediumHighOrAbove(f) && !tmsTarget) {
    out.push(L(`${to} refuses TLS 1.0; at ${formatLevel(f.level!)} TMS offers TLS 1.2, which it accepts, as long as Schannel on the TMS server allows TLS 1.2: check the TLS 1.2 Client keys before the endpoint upgrade, and the endpoints in Systems > Navigator (Force Refresh) after it.`, `${to} は TLS 1.0 を受け付けませんが、${formatLevel(f.level!)} の TMS は、TMS サーバの Schannel が許す限り TLS 1.2 を使い、${to} はそれを受け付けます。エンドポイントを上げる前に TLS 1.2 の Client キーを確認し、上げた後に [Systems] > [Navigator] で確認してください（Force Refresh）。`));
    return out;
  }
  const tmsName = tmsParsed?.ok ? formatTms(tmsParsed.value) : 'TMS';
  out.push(
    MH(
      `${to} refuses TLS 1.0 (as every TC release from 7.3.6 and every CE release from 8.1.0 does), and TMS at Medium offers only TLS 1.0: upgrade the endpoints last, once the fix on ${tmsName} is done and checked (Medium-High, the ClientHello at TLS 1.2). Upgraded before that, they would show "No HTTPS response".`,
      `${to} は TLS 1.0 を受け付けず（TC 7.3.6 以降と CE 8.1.0 以降はすべて同様です）、Medium の TMS は TLS 1.0 しか使いません。エンドポイントのアップグレードは最後にし、${tmsName} での対処（Medium-High、ClientHello が TLS 1.2 になったことの確認）が済んでから行ってください。それより前に上げると「No HTTPS response」になります。`,
    ),
  );
  // (With the TMS as it is: what preparing it means, for these facts (QA51 #4). A TMS upgrade planned too lists them itself.)
  if (!tmsTarget) {
    out.push(L('Nothing changes on the endpoints: every TC and CE release accepts TLS 1.2. Before the endpoint upgrade, on the TMS server:', 'エンドポイント側で変えるものはありません（TC と CE のどのリリースも TLS 1.2 を受け付けます）。エンドポイントを上げる前に、TMS サーバで次を行ってください：'));
    const sql = sqlBefore(f);
    if (sql) out.push(sql);
    out.push(registryLine(f), TELNET(f), MH('Set Communication Security to Medium-High in TMS Tools and save.', 'TMS ツールで Communication Security を Medium-High にして保存します。'), AFTER_LEVEL);
  }
  return out;
}

/**
 * What is safe while the SQL Server on the TMS server waits for a build with TLS 1.2 support (`name`: that SQL Server, formatted):
 * reading the keys; on 2012 and later (TLS 1.2 on by default) the level is what is left, whether it alone touches TMS's own
 * SQL connection said as a check; on 2008 R2 the keys must change, so everything waits. Shared by the "TLS part first?"
 * answer (catalogue.ts) and the service-pack plan (QA49 F17).
 */
export function safeBeforeSqlUpdate(f: Facts, name: string): LocalizedText {
  const w = f.windows;
  if (w && w.year > 2008) {
    return MH(
        `What is safe meanwhile: reading the keys (check-tls.cmd only reads). On ${winName(f)} TLS 1.2 is on by default, so if the keys show nothing turned it off, the registry step changes nothing, and what is left is Medium-High in TMS Tools. Whether raising that level alone changes how TMS talks to its own ${name} is not something my sources settle: check it with Cisco (TMS release notes and SQL requirements), or try it in a window where you can set it back to Medium and restart the TMS services, before relying on it.`,
        `その間に安全にできるのは、キーを読み取ることです（check-tls.cmd は読み取るだけです）。${winName(f)} では TLS 1.2 が既定で有効なので、キーに無効化の設定がなければレジストリの手順で変わるものはなく、残るのは TMS ツールで Medium-High にすることだけです。ただし、レベルを上げるだけで TMS から同じサーバの ${name} への接続が変わるかどうかは、私の資料では判断できません。Cisco の情報（TMS のリリースノートと SQL の要件）で確認するか、Medium に戻して TMS のサービスを再起動できる作業時間帯に試してから判断してください。`,
    );
  } else if (w) {
    return L(`On ${winName(f)} TLS 1.2 is off by default, so the keys would have to change: that part waits for the SQL upgrade. Meanwhile nothing changes; reading the keys (check-tls.cmd) is safe.`, `${winName(f)} では TLS 1.2 が既定で無効なので、キーの変更が必要になります。この作業は SQL のアップグレードを待ってください。それまでは何も変更しません。キーの読み取り（check-tls.cmd）は安全です。`);
  } else {
    return L('Which Windows Server release is it? On 2008 R2 the keys would have to change (that waits for SQL); from 2012 on TLS 1.2 is on by default and the registry step is only a check. Reading the keys (check-tls.cmd) is safe either way.', 'Windows Server のバージョンは何でしょうか。2008 R2 ではキーの変更が必要です（SQL のアップグレードを待ってください）。2012 以降は TLS 1.2 が既定で有効なので、レジストリの手順は確認だけです。キーの読み取り（check-tls.cmd）はどちらの場合も安全です。');
  }
}

/**
 * "ok we'll plan the SP4 upgrade next week", 「来週 SP4 に上げる予定です」: the SQL Server the user has stays until the
 * upgrade is said done; whether that service pack has TLS 1.2 support (knowledge.md: 2012 SP4, 2014 SP2 and later), and
 * the fix after it.
 */
function sqlServicePackPlan(f: Facts, sp: number): LocalizedText[] {
  const out: LocalizedText[] = [];
  if (!f.sql) return [L(`Which SQL Server release is it (\`SELECT @@VERSION\`)? Whether SP${sp} brings TLS 1.2 support depends on it.`, `どの SQL Server か（\`SELECT @@VERSION\`）を教えてください。SP${sp} で TLS 1.2 に対応するかはそれで決まります。`)];
  const now = formatSql(f.sql);
  // SQL 2016 and later need nothing for this fix (knowledge.md): the fix does not wait for a service pack, and none is
  // named (SQL 2016's last is SP3; 2017 and later have none), so "SQL Server 2016 SP4" is never made up.
  if (f.sql.year >= 2016) {
    out.push(
      L(
        `${now} needs no update for this fix (SQL Server 2016 and later support TLS 1.2), so the fix does not wait for that upgrade: you can go ahead now on the TMS server.`,
        `${now} では、この修正のための更新は必要ありません（SQL Server 2016 以降は TLS 1.2 に対応しています）。そのアップグレードを待たずに、今すぐ TMS サーバで修正を進められます。`,
      ),
    );
    if (f.sql.year === 2016 && sp > 3) out.push(L(`(SQL Server 2016's last service pack is SP3: check which update is meant.)`, `（SQL Server 2016 の最後のサービス パックは SP3 です。どの更新のことか確認してください。）`));
    if (f.sql.year > 2016) out.push(L(`(SQL Server ${f.sql.year} has no service packs, only cumulative updates: check which update is meant.)`, `（SQL Server ${f.sql.year} にはサービス パックはなく、累積更新プログラムだけです。どの更新のことか確認してください。）`));
    if (!atMediumHighOrAbove(f)) out.push(registryLine(f), TELNET(f), MH('Set Communication Security to Medium-High in TMS Tools and save.', 'TMS ツールで Communication Security を Medium-High にして保存します。'), AFTER_LEVEL);
    return out;
  }
  const target = { ...f.sql, sp, cu: null, build: null };
  const to = formatSql(target);
  out.push(L(`I keep ${now} until you tell me ${to} is installed ("SQL is on SP${sp} now").`, `インストールが終わったと伺うまでは、現在の ${now} のままとして扱います（終わったら「SP${sp} にしました」とお知らせください）。`));
  if (f.sqlLocation === 'remote') {
    out.push(L('That SQL Server runs on another machine, so this fix does not wait for it: the TMS server\'s Schannel settings do not touch it.', 'その SQL Server は別のサーバで動いているため、この修正はそれを待つ必要はありません。TMS サーバの Schannel の設定はそれに影響しません。'));
    return out;
  }
  const kind = sqlTlsStatus(target).kind;
  if (kind === 'has-tls12' || kind === 'nothing-needed') {
    // Until then (the SQL Server now has no TLS 1.2 support): not the Schannel keys; what is safe meanwhile (QA49 F17).
    const nowKind = sqlTlsStatus(f.sql).kind;
    if (nowKind !== 'has-tls12' && nowKind !== 'nothing-needed' && nowKind !== 'keep-tls10') {
      out.push(L(`Until then, leave the Schannel keys alone: ${now}${f.sqlLocation === 'local' ? '' : ' (if it runs on the TMS server)'} needs a build with TLS 1.2 support before TLS settings change on that server.`, `それまでは Schannel のキーを変更しないでください。${now}${f.sqlLocation === 'local' ? '' : '（TMS サーバ上で動いている場合）'}は、そのサーバの TLS の設定を変更する前に TLS 1.2 対応のビルドが必要です。`));
      if (!atMediumHighOrAbove(f)) out.push(safeBeforeSqlUpdate(f, now));
    }
    out.push(L(`${to} has TLS 1.2 support, so after it the fix can go ahead on the TMS server:`, `${to} は TLS 1.2 に対応しているので、その後 TMS サーバで修正を進められます：`));
    out.push(registryLine(f), TELNET(f), MH('Set Communication Security to Medium-High in TMS Tools and save.', 'TMS ツールで Communication Security を Medium-High にして保存します。'), AFTER_LEVEL);
  } else {
    const sql = sqlBefore({ ...f, sql: target });
    if (sql) out.push(sql);
  }
  return out;
}

const BOTH_NODES_AT_ONCE = L(
  'Not both nodes at the same time: that takes TMS down. Do one node at a time: change and restart the first while the other keeps TMS running (check that it has taken over first); when the first is back, do the second. Both nodes get the same change. A reboot is needed only where registry keys were created or changed; otherwise restarting IIS and the TMS services is enough.',
  '2 台を同時に再起動しないでください。TMS が止まります。1 台ずつ行います。1 台目を変更して再起動している間は、もう 1 台で TMS を動かし続けます（先に、もう 1 台が処理を引き継いでいることを確認してください）。1 台目が戻ったら 2 台目を行います。変更の内容は 2 台とも同じです。サーバの再起動が必要なのは、レジストリのキーを作成または変更した場合だけです。それ以外は IIS と TMS サービスの再起動で足ります。',
);

/**
 * A plan to set Medium-High said at High ("ok, Medium-High then", 「じゃあ Medium-High でお願いします」): a step down, not the fix's
 * step from Medium. It gives up the validation of the endpoints' certificates (QA63 #5, followup.ts HIGH_LEVEL_CHOICE): said first,
 * with whose decision it is and the other way (rev63 finding 3).
 */
export const HIGH_TO_MEDIUM_HIGH = L(
  'You are at High: going down to Medium-High turns off the TMS server\'s validation of the endpoints\' certificates. That lowers security, so it is a decision for your security team, not a step of this fix. High already offers TLS 1.2; the other way is to keep High and give the endpoints certificates the TMS server trusts (issued by a CA it trusts, not expired).',
  '現在は High です。Medium-High に下げると、TMS サーバによるエンドポイントの証明書の検証が行われなくなります。セキュリティを下げる変更のため、この修正の手順ではなく、セキュリティ担当のチームが判断することです。High はすでに TLS 1.2 を提示しています。もう 1 つの方法は、High のままにして、TMS サーバが信頼する証明書（信頼する CA が発行し、期限内のもの）をエンドポイントに入れることです。',
);

/** "I will set Medium-High tonight", "planning to reboot at 22:00": before and after the planned step, for these facts. */
export function planAnswer(f: Facts, plan: PlannedSteps): LocalizedText[] {
  const out: LocalizedText[] = [L('Noted as a plan: nothing is recorded as done until you tell me it is.', '予定として承知しました。実施したと伺うまでは、完了とは記録しません。')];
  // "we'll reboot both nodes at the same time tonight": that takes TMS down; one node at a time (QA round 14 #3).
  if (plan.bothNodesAtOnce) out.push(BOTH_NODES_AT_ONCE);
  const endpointPlan = plan.endpointUpgrade ? endpointUpgradePlan(f, plan.endpointUpgrade, plan.tmsUpgrade) : [];
  if (plan.tmsUpgrade) return [...out, ...tmsUpgradePlan(f, plan.tmsUpgrade), ...endpointPlan];
  if (plan.endpointUpgrade) return [...out, ...endpointPlan];
  if (plan.sqlServicePack && !plan.level && !plan.registry) return [...out, ...sqlServicePackPlan(f, plan.sqlServicePack)];
  if (pre15(f) && (plan.level || plan.registry)) return [...out, pre15Line(f)];
  const before: LocalizedText[] = [];
  if (plan.level && f.level === 'high') before.push(HIGH_TO_MEDIUM_HIGH);
  const sql = sqlBefore(f);
  // (a reboot planned with the SQL known: the changes it applies must spare that SQL, e.g. 2008 R2 keeps TLS 1.0)
  if (sql && (plan.registry || plan.level || (plan.restart && f.sql))) before.push(sql);
  if (plan.level && !plan.registry && !atMediumHighOrAbove(f)) before.push(registryLine(f));
  if (plan.registry) before.push(registryLine(f));
  if (plan.level && !atMediumHighOrAbove(f)) before.push(TELNET(f));
  if (plan.restart && !plan.level && !plan.registry) {
    before.push(
      atMediumHighOrAbove(f)
        ? L('A reboot helps only if something changed since the server last started (keys created or changed, the level saved).', '再起動が意味を持つのは、前回の起動後に何か変更した場合（キーの作成や変更、レベルの保存）だけです。')
        : MH('Make the Communication Security change (Medium-High in TMS Tools) and any registry change before it, so one reboot applies them all; a reboot on its own changes nothing TMS offers.', 'Communication Security の変更（TMS ツールで Medium-High）と必要なレジストリの変更を先に済ませておけば、1 回の再起動ですべて反映されます。再起動だけでは TMS が提示するものは変わりません。'),
    );
  }
  if (before.length) out.push(L('Before it:', '実施前に：'), ...before);
  if (plan.level) out.push(AFTER_LEVEL);
  else if (plan.registry) {
    out.push(
      MH(
        'After it: reboot once if a key was created or changed (best after the Communication Security change, so the one reboot applies both); the registry alone does not make TMS offer TLS 1.2: Medium-High in TMS Tools does.',
        'その後：キーを作成または変更した場合は 1 回だけ再起動してください（Communication Security の変更の後にすれば、1 回で両方が反映されます）。レジストリだけでは TMS は TLS 1.2 を提示しません。そのためには TMS ツールで Medium-High にする必要があります。',
      ),
    );
  } else out.push(VERIFY);
  return out;
}

/** "So I just pick Medium-High in TMS Tools and save?": yes or no for these facts, and the step's place in the fix. */
export function confirmLevelAnswer(f: Facts): LocalizedText[] {
  if (pre15(f)) return [L('No.', 'いいえ。'), pre15Line(f)];
  if (atMediumHighOrAbove(f)) {
    return [
      L(
        `TMS is already at ${formatLevel(f.level!)} by what you told me, so saving it again changes nothing: the next things to check are the TLS 1.2 keys on the server and whether IIS and the TMS services were restarted since.`,
        `伺った内容では TMS はすでに ${formatLevel(f.level!)} なので、もう一度保存しても何も変わりません。次に確認するのは、サーバの TLS 1.2 のキーと、その後 IIS と TMS サービスを再起動したかどうかです。`,
      ),
    ];
  }
  const sql = sqlBefore(f);
  const blocked = !!f.sql && f.sqlLocation !== 'remote' && sqlTlsStatus(f.sql).kind === 'upgrade-service-pack';
  if (blocked) return [L('Not yet.', 'まだです。'), sql!];
  const out = [
    MH(
      'Yes, that is the step that fixes it (step 3: TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security = Medium-High, then Save), but not the only one: before it, the registry check; after it, the restart of IIS and the TMS services (a server reboot only if registry keys change).',
      'はい、それが問題を直す手順です（手順 3：TMS ツール > [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] > Communication Security = Medium-High にして保存）。ただし、それだけではありません。その前にレジストリの確認、その後に IIS と TMS サービスの再起動が必要です（サーバの再起動は、レジストリのキーを変更した場合だけです）。',
    ),
    registryLine(f),
  ];
  if (sql) out.push(sql);
  out.push(TELNET(f), AFTER_LEVEL);
  return out;
}

/**
 * "is that all?": what the fix is, end to end, for these facts. Steps reported done (the keys created or TLS 1.2 said
 * on, Medium-High set, the server rebooted or the services restarted since) are named once as done, not listed again.
 */
export function thatAllAnswer(f: Facts): LocalizedText[] {
  if (pre15(f)) return [L('No.', 'いいえ。'), pre15Line(f)];
  const c = f.tlsClaims ?? {};
  const keysDone = !!c.keysChanged || c.tls12 === 'on';
  const levelDone = atMediumHighOrAbove(f);
  const restartDone = c.restarted === true && (levelDone || keysDone);
  const done: LocalizedText[] = [];
  if (keysDone) done.push(L('the TLS 1.2 keys', 'TLS 1.2 のキー'));
  if (levelDone) done.push(L(formatLevel(f.level!), `${formatLevel(f.level!)} への変更`));
  if (restartDone) done.push(L('the restart', '再起動'));
  const sql = sqlBefore(f);
  const out: LocalizedText[] = [];
  if (done.length) {
    out.push(L(`Done, by what you told me: ${done.map((d) => d.en).join(', ')}. What is left:`, `伺った内容では、${done.map((d) => d.ja).join('、')}は済んでいます。残りは次のとおりです。`));
  } else out.push(L('Almost: the whole change, in order, for your facts:', 'ほぼそうですが、伺った内容での作業の全体は、順に次のとおりです。'));
  // SQL matters only while a TLS change is still to come.
  if (sql && !(keysDone && levelDone)) out.push(sql);
  if (!keysDone) out.push(registryLine(f));
  if (!levelDone) out.push(MH('Communication Security = Medium-High in TMS Tools, then Save.', 'TMS ツールで Communication Security を Medium-High にして保存します。'), TELNET(f));
  if (restartDone) out.push(VERIFY);
  else if (done.length) {
    out.push(
      L(
        'Restart IIS and the TMS services (or reboot once, if registry keys were created or changed), unless that happened after the change; then verify: a capture shows the ClientHello at TLS 1.2 (0x0303), and Force Refresh in Systems > Navigator clears "No HTTPS response". Do it on both nodes if TMS is redundant.',
        '変更後にまだ行っていなければ、IIS と TMS サービスを再起動します（レジストリのキーを作成または変更した場合は 1 回だけサーバを再起動）。その後、キャプチャで ClientHello が TLS 1.2（0x0303）になっていること、[Systems] > [Navigator] で Force Refresh して「No HTTPS response」が消えることを確認してください。TMS が冗長構成なら両方のノードで行ってください。',
      ),
    );
  } else out.push(AFTER_LEVEL);
  return out;
}

// ---------------------------------------------------------------------------------------------
// "SQL 2014 SP2 or is SP1 enough?"

const SP_NAMED = /(?<![a-z])(?:sp|service\s?pack)\s?(\d)(?!\d)|(?<![a-z])(rtm)(?![a-z])/gi;

/** One service pack of SQL 2012 or 2014: is it enough, and at which builds (knowledge.md; Microsoft KB3135244). */
function spLine(year: 2012 | 2014, sp: number): LocalizedText {
  if (year === 2014) {
    if (sp >= 2) return L(`SQL 2014 SP${sp}: yes, every build of it supports TLS 1.2 (SP2 is 12.0.5000.0).`, `SQL 2014 SP${sp}：はい、どのビルドでも TLS 1.2 に対応しています（SP2 は 12.0.5000.0）。`);
    if (sp === 1)
      return L(
        'SQL 2014 SP1: enough only at a build with the TLS 1.2 update: SP1 GDR 12.0.4219 or later on the GDR branch, or SP1 CU5 12.0.4439.1 or a later CU. SP1 as first installed, or with CU1 to CU4, is not: install the update for its branch (KB3052404), or go to SP2.',
        'SQL 2014 SP1：TLS 1.2 更新プログラムを含むビルドであれば足ります。GDR ブランチでは SP1 GDR 12.0.4219 以降、CU ブランチでは SP1 CU5 12.0.4439.1 以降です。インストールしたままの SP1 や CU1～CU4 では足りません。そのブランチ向けの更新プログラム（KB3052404）を適用するか、SP2 にしてください。',
      );
    return L(
      'SQL 2014 RTM: only at RTM GDR 12.0.2271.0 (GDR branch) or RTM CU12 12.0.2564.0 or a later CU; otherwise install the update (KB3052404) or move to SP2.',
      'SQL 2014 RTM：RTM GDR 12.0.2271.0（GDR ブランチ）か RTM CU12 12.0.2564.0 以降の CU でのみ対応しています。それ以外では更新プログラム（KB3052404）を適用するか、SP2 にしてください。',
    );
  }
  if (sp >= 4) return L(`SQL 2012 SP${sp}: yes, every build of it supports TLS 1.2 (SP4 is 11.0.7001.0).`, `SQL 2012 SP${sp}：はい、どのビルドでも TLS 1.2 に対応しています（SP4 は 11.0.7001.0）。`);
  if (sp === 3)
    return L(
      'SQL 2012 SP3: enough only with the TLS 1.2 update: SP3 GDR 11.0.6216.27 or SP3 CU1 11.0.6518 and later. SP3 as first installed is not: install the update (KB3052404), or go to SP4.',
      'SQL 2012 SP3：TLS 1.2 更新プログラムを含むビルドであれば足ります。SP3 GDR 11.0.6216.27、または SP3 CU1 11.0.6518 以降です。インストールしたままの SP3 では足りません。更新プログラム（KB3052404）を適用するか、SP4 にしてください。',
    );
  if (sp === 2)
    return L(
      'SQL 2012 SP2: enough only at SP2 GDR 11.0.5352 or SP2 CU10 11.0.5644.2 and later CUs; otherwise install the update (KB3052404) or move to SP4.',
      'SQL 2012 SP2：SP2 GDR 11.0.5352、または SP2 CU10 11.0.5644.2 以降の CU でのみ対応しています。それ以外では更新プログラム（KB3052404）を適用するか、SP4 にしてください。',
    );
  return L(
    `SQL 2012 ${sp === 0 ? 'RTM' : `SP${sp}`}: no, there is no TLS 1.2 package for it; only a service-pack upgrade gets there (SP4 is the simplest), in a window of its own and checked against the SQL versions your TMS release supports.`,
    `SQL 2012 ${sp === 0 ? 'RTM' : `SP${sp}`}：いいえ、TLS 1.2 対応のパッケージがありません。サービス パックのアップグレード（SP4 が最も簡単です）でしか対応できません。別の作業枠で行い、お使いの TMS リリースがサポートする SQL Server のバージョンと照らし合わせてください。`,
  );
}

/** "SQL 2014 SP2 or is SP1 enough?", "2012 SP3 or SP4?": each service pack named, for that release. */
export function servicePackAnswer(f: Facts, text = ''): LocalizedText[] {
  const t = nfkc(text.slice(0, 400)).toLowerCase();
  const named = /(?<![0-9])2012(?![0-9])/.test(t) ? 2012 : /(?<![0-9])2014(?![0-9])/.test(t) ? 2014 : f.sql?.year;
  if (named !== 2012 && named !== 2014) {
    return [
      L(
        'It depends on the release: SQL 2016 and later need nothing; 2012 and 2014 need a build with TLS 1.2 support (2012: SP4, or SP2/SP3 with the TLS 1.2 update; 2014: SP2, or RTM/SP1 with it); 2008 R2 needs no update for this fix but must keep TLS 1.0. Tell me the release, or paste `SELECT @@VERSION`.',
        'リリースによります。SQL 2016 以降は対応不要です。2012 と 2014 には TLS 1.2 対応のビルドが必要です（2012 は SP4、または TLS 1.2 更新プログラムを適用した SP2/SP3。2014 は SP2、または更新プログラムを適用した RTM/SP1）。2008 R2 はこの修正のための更新は不要ですが、TLS 1.0 を残す必要があります。リリースを教えていただくか、`SELECT @@VERSION` の結果を貼ってください。',
      ),
    ];
  }
  const sps = new Set<number>();
  for (const m of t.matchAll(SP_NAMED)) sps.add(m[2] ? 0 : Number(m[1]));
  if (sps.size === 0 && f.sql?.year === named && f.sql.sp !== null) sps.add(f.sql.sp);
  const list = [...sps].sort((a, b) => a - b);
  const out: LocalizedText[] = list.length ? list.map((sp) => spLine(named, sp)) : [spLine(named, named === 2014 ? 1 : 3), spLine(named, named === 2014 ? 2 : 4)];
  if (f.sql?.year === named && f.sql.build) {
    const has = sqlTlsStatus(f.sql).kind === 'has-tls12';
    out.push(has ? L(`Your build ${f.sql.build} already has TLS 1.2 support: nothing to install for it.`, `お使いのビルド ${f.sql.build} はすでに TLS 1.2 に対応しているため、適用するものはありません。`) : L(`Your build ${f.sql.build} has no TLS 1.2 support yet.`, `お使いのビルド ${f.sql.build} はまだ TLS 1.2 に対応していません。`));
  } else {
    out.push(L('Where to check: `SELECT @@VERSION` on the instance shows the build; compare it with the table in Microsoft KB3135244.', '確認方法：インスタンスで `SELECT @@VERSION` を実行するとビルドが分かります。Microsoft の KB3135244 の表と照らし合わせてください。'));
  }
  if (f.sqlLocation === 'remote') out.push(L('You said SQL runs on another machine: the TMS server\'s Schannel change does not touch it, so this matters only if that server is hardened too.', 'SQL は別のマシンで動いているとのことなので、TMS サーバの Schannel の変更は影響しません。そのサーバ自体も強化する場合にだけ関係します。'));
  return out;
}

/** A plan announced: acknowledged, with what comes before and after it; nothing recorded; the open question kept. */
export function onPlan(state: ConversationState, plan: PlannedSteps): TurnResult {
  return withOpenQuestion(state, planAnswer(state.facts, plan).map((b) => paraFrom(b, state.lang)));
}

/**
 * A plan with facts in the same message ("TMS is 15.2, we'll set Medium-High tonight", "SQL 2008 R2 on the TMS
 * server; planning to reboot at 22:00"): `read` is the turn that read the facts (the plan's clauses left out).
 * The facts are kept and named, the plan answered for the facts now known; nothing is recorded as done.
 */
export function onPlanWithFacts(before: ConversationState, read: TurnResult, plan: PlannedSteps): TurnResult {
  const s = read.state;
  const f = s.facts;
  const changed = FIELD_NAMES.filter((k) => JSON.stringify(f[k]) !== JSON.stringify(before.facts[k]))
    .map((k) => formatField(k, f))
    .filter((v): v is string => !!v);
  if (f.sqlLocation && f.sqlLocation !== before.facts.sqlLocation) changed.push(s.lang === 'ja' ? (f.sqlLocation === 'remote' ? 'SQL は別サーバ' : 'SQL は TMS サーバ上') : f.sqlLocation === 'remote' ? 'SQL on another server' : 'SQL on the TMS server');
  const noted = changed.length ? [para(s.lang === 'ja' ? `記録しました：${changed.join('、')}。` : `Noted: ${changed.join(', ')}.`)] : [];
  return withOpenQuestion(s, [...noted, ...planAnswer(f, plan).map((b) => paraFrom(b, s.lang))]);
}

/**
 * "3 of 4 TMS services came back": the restart acknowledged in one line, with the service worth checking (knowledge.md:
 * at Medium-High TMSSNMPService stops by design; TMSPLCMDirectoryService is started by hand if it is stopped). The rest
 * of the turn's answer is kept (a fact said with it); a turn that read nothing else asks the open question again.
 */
export function withServicesBack(s: ConversationState, read: TurnResult, n: { part: number; whole: number }): TurnResult {
  const lang = s.lang;
  const line = para(
    L(
      `${n.part} of ${n.whole} TMS services running again: worth checking which one is not. At Medium-High, TMSSNMPService stopping is expected (Telnet and SNMP are off); TMSPLCMDirectoryService may need a manual start; for any other one, the Windows event log says why it did not start.`,
      `TMS のサービスは ${n.whole} つのうち ${n.part} つが再び動いているとのこと、承知しました。動いていないのがどのサービスかを確認してください。Medium-High では TMSSNMPService が止まるのは想定どおりです（Telnet と SNMP が無効になるため）。TMSPLCMDirectoryService は手動での開始が必要な場合があります。それ以外のサービスなら、Windows のイベント ログに起動しなかった理由が出ています。`,
    )[lang],
  );
  const [first, ...rest] = read.replies;
  // (Nothing read from it: not "could not read a SQL version from …", the open question asked as it is.)
  if (read.understoodNothing || !first || JSON.stringify(read.state.facts) === JSON.stringify(s.facts)) return withOpenQuestion(s, [line]);
  return { ...read, replies: [{ ...first, blocks: [line, ...first.blocks] }, ...rest] };
}

