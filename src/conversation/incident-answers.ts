/**
 * Answers to questions asked during and after an incident (QA round 4): the security officer's
 * ("does this weaken security?"), what Cisco bug CSCuz71542 is, the options on TMS before 15, what to
 * install first, and a short cause / fix / impact / risk summary for a customer, a manager or an
 * incident report. The catalogue entries that use them are in catalogue.ts.
 *
 * Facts come from /work/shared/knowledge.md; the wording is ours. What the knowledge does not settle
 * is said as something to check.
 */
import { advisingMediumHigh } from '../domain/advises';
import type { Facts, LocalizedText } from '../domain/types';
import { BUG_ID, caveatTelnetSnmp, joinAnd, telnetViaLabel, KB_SQL2008_INTERMITTENT, SQL2008_TLS12_BUILD, SQL2008R2_TLS12_BUILD, sqlBelowNeeds, pre15Stopgap, tmsToolsMediumHigh } from '../domain/knowledge';
import { registryPlan } from '../domain/knowledge/windows';
import { endpointRefusesTls10, formatEndpoint, formatLevel, formatSql, formatTms, formatWindows, sqlTlsStatus, tmsCanBeFixedInPlace } from '../domain/versions';
import { diagnose } from '../domain/diagnose';
import { sqlTargetText } from './sql-target';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;
/** (A bullet keeps its text's mark: src/domain/advises.ts.) */
const bullet = (x: LocalizedText): LocalizedText => ({ ...x, en: `• ${x.en}`, ja: `・${x.ja}` });

const pre15 = (f: Facts) => !!f.tms && !tmsCanBeFixedInPlace(f.tms);
const from15 = (f: Facts) => !!f.tms && tmsCanBeFixedInPlace(f.tms);
const atMediumHighOrAbove = (f: Facts) => f.level === 'medium-high' || f.level === 'high';
const win2008 = (f: Facts) => !!f.windows && f.windows.year === 2008 && !f.windows.r2;
const win2025 = (f: Facts) => !!f.windows && f.windows.year >= 2025;
/** A SQL Server that may sit on the TMS server (location local or not known). */
const sqlMaybeLocal = (f: Facts) => !!f.sql && f.sqlLocation !== 'remote';
/** The SQL Server as the subject of a Japanese sentence (followed by a particle): 「TMS サーバ上の SQL Server 2008 R2 」. */
const sqlSubjectJa = (f: Facts) => (f.sqlLocation === 'local' ? `TMS サーバ上の ${formatSql(f.sql!)} ` : `${formatSql(f.sql!)}（TMS サーバ上にある場合）`);
const onTmsServer = (f: Facts) => (f.sqlLocation === 'local' ? L('', '') : L(' (if it runs on the TMS server itself)', '（TMS サーバ上で動いている場合）'));

/**
 * The stopgap on the endpoints, for the endpoints known (knowledge: TMS before 15, TC 7.3.3 only on hardware that runs TC): the
 * text every answer gives (pre15Stopgap), and, asked about security, that it keeps them on the deprecated TLS 1.0.
 */
function downgradeStopgap(f: Facts): LocalizedText {
  const s = pre15Stopgap(f.endpoint, f.endpointModels);
  return L(
    `${s.en} It leaves them on an old release that accepts the deprecated TLS 1.0.`,
    `${s.ja}その場合、非推奨の TLS 1.0 を受け付ける古いリリースのまま使い続けることになります。`,
  );
}

// ---------------------------------------------------------------------------------------------
// "Is this a security vulnerability?", "does this weaken security?", "why is TLS 1.0 bad?"

/** Asks why TLS 1.0 is bad (not why the endpoint resets): the deprecation leads the answer. */
const WHY_TLS10_BAD = /(?:why|what'?s\swrong|what\sis\swrong)[^?]{0,30}tls\s?v?1\.?0(?![.\d])|tls\s?v?1\.?0(?![.\d])[^。？?]{0,20}(?:なぜ|どうして|なんで|何が|なにが)/i;

export function securityAnswer(f: Facts, text = ''): LocalizedText[] {
  const out: LocalizedText[] = [];
  const deprecated = L(
    'TLS 1.0 (and TLS 1.1) are deprecated: RFC 8996 formally retires both. Endpoints from TC 7.3.6 and CE 8.1.0 on, and every RoomOS release, no longer accept TLS 1.0 on their HTTPS interface; every TC and CE release accepts TLS 1.2.',
    'TLS 1.0（と TLS 1.1）は非推奨です。RFC 8996 で両方とも正式に廃止されています。TC 7.3.6 以降、CE 8.1.0 以降、および RoomOS のすべてのリリースのエンドポイントは HTTPS で TLS 1.0 を受け付けなくなっており、TC と CE のどのリリースも TLS 1.2 は受け付けます。',
  );
  if (WHY_TLS10_BAD.test(text)) out.push(deprecated);
  if (pre15(f)) {
    out.push(
      MH(
        `No vulnerability is opened by the fix, but on ${formatTms(f.tms!)} (before 15) there is no fix on TMS itself: it offers only TLS 1.0 whatever the registry says (Cisco bug ${BUG_ID}). Upgrading TMS to 15.x and then raising Communication Security to Medium-High moves TMS to TLS 1.2. The other way out, going back to TC 7.3.3 on the endpoints, does the opposite: it makes them accept TLS 1.0 again.`,
        `修正によって脆弱性が生じることはありません。ただし ${formatTms(f.tms!)}（15 より前）は TMS 側で直す手段がなく、レジストリの設定にかかわらず TLS 1.0 しか提示しません（Cisco のバグ ${BUG_ID}）。TMS を 15.x にアップグレードして [Communication Security] を Medium-High に上げると、TMS は TLS 1.2 を使うようになります。もう一つの方法であるエンドポイントの TC 7.3.3 への切り戻しは逆効果で、エンドポイントが再び TLS 1.0 を受け付けるようになります。`,
      ),
    );
    if (!WHY_TLS10_BAD.test(text)) out.push(deprecated);
    return out;
  }
  out.push(
    atMediumHighOrAbove(f)
      ? L(
          `No. TMS is already at ${formatLevel(f.level!)}, where it offers TLS 1.2; nothing in this fix weakens anything.`,
          `いいえ。TMS はすでに ${formatLevel(f.level!)} で、TLS 1.2 を提示しています。この修正で安全性が下がるものはありません。`,
        )
      : MH(
          'No, it goes the other way. The registry change makes TLS 1.2 available and turns nothing off; Communication Security = Medium-High makes TMS offer TLS 1.2 instead of only TLS 1.0 (Medium). Nothing is weakened.',
          'いいえ、むしろ逆です。レジストリの変更は TLS 1.2 を使える状態にするだけで、何も無効にしません。[Communication Security] を Medium-High にすると、TMS は TLS 1.0 だけ（Medium）ではなく TLS 1.2 を提示するようになります。安全性が下がるものはありません。',
        ),
  );
  if (!WHY_TLS10_BAD.test(text)) out.push(deprecated);
  out.push(
    L(
      `Two points for a security review. (1) Leave the TLS 1.1 keys of the original document out: only TLS 1.2 is needed, and those keys switch TLS 1.1 back on where the OS or a policy turned it off${win2025(f) ? ' (on Windows Server 2025 it is off by default: keep it off)' : ''}. (2) The fix does not turn TLS 1.0 off on the TMS server: that is a separate hardening change${sqlMaybeLocal(f) && f.sql!.year <= 2008 ? `, and with ${formatSql(f.sql!)} on the TMS server TLS 1.0 must stay on` : ''}.`,
      `セキュリティ審査向けに 2 点あります。1 点目：元の文書にある TLS 1.1 のキーは省いてください。必要なのは TLS 1.2 だけで、これらのキーは OS やポリシーが無効にした TLS 1.1 を再び有効にしてしまいます${win2025(f) ? '（Windows Server 2025 では既定で無効なので、無効のままにしてください）' : ''}。2 点目：この修正では TMS サーバの TLS 1.0 は無効になりません。無効にするのは別のハードニング作業です${sqlMaybeLocal(f) && f.sql!.year <= 2008 ? `。また、TMS サーバ上に ${formatSql(f.sql!)} があるため、TLS 1.0 は有効のままにする必要があります` : ''}。`,
    ),
  );
  if (!atMediumHighOrAbove(f)) {
    out.push(
      L(
        `What does change: raising the level from ${f.level === 'low' ? 'Low' : 'Medium'} to Medium-High turns Telnet and SNMP off in TMS, so systems TMS manages over them (for example Polycom HDX, older Tandberg MXP) lose that management. Check which ones depend on them first.`,
        `変わる点：レベルを ${f.level === 'low' ? 'Low' : 'Medium'} から Medium-High に上げると TMS の Telnet と SNMP が無効になり、それらで管理しているシステム（Polycom HDX や古い Tandberg MXP など）は管理できなくなります。先に、依存しているシステムを確認してください。`,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// "What is CSCuz71542?"

export function bugIdAnswer(f: Facts): LocalizedText[] {
  const out = [
    L(
      `${BUG_ID} is the Cisco bug for this problem on TMS before 15 (filed against TMS 14.6.x): those releases offer only TLS 1.0 in their ClientHello, whatever the Windows registry allows, and TMS Tools has no Communication Security option. The workaround is upgrading TMS to 15.x (or, for hardware that runs TC, going back to TC 7.3.3 on the endpoints).`,
      `${BUG_ID} は、TMS 15 より前のリリースでこの問題を扱う Cisco のバグです（TMS 14.6.x に対して登録）。これらのリリースは Windows のレジストリ設定にかかわらず ClientHello で TLS 1.0 しか提示せず、TMS ツールに [Communication Security] の項目もありません。回避策は TMS を 15.x にアップグレードすること（TC を動かせるハードウェアであれば、エンドポイントを TC 7.3.3 に戻すこと）です。`,
    ),
  ];
  if (from15(f)) {
    out.push(
      MH(
        `It is not your case: ${formatTms(f.tms!)} has the Communication Security setting. There the cause is the default level Medium, which offers only TLS 1.0, and the fix is the setting (TLS 1.2 available in Schannel, Communication Security = Medium-High), not an upgrade.`,
        `お使いの ${formatTms(f.tms!)} には当てはまりません。このバージョンには [Communication Security] の設定があり、原因は TLS 1.0 しか提示しない既定のレベル Medium です。修正はアップグレードではなく設定の変更です（Schannel で TLS 1.2 を使える状態にし、[Communication Security] を Medium-High にします）。`,
      ),
    );
  } else if (pre15(f)) {
    out.push(L(`It is your case: ${formatTms(f.tms!)} is before 15.`, `お使いの ${formatTms(f.tms!)} は 15 より前なので、まさにこのバグに当たります。`));
  } else {
    out.push(L('Whether it is your case depends on the TMS version: before 15 it is; from 15 on the fix is the Communication Security setting. Which TMS version runs?', 'お使いの環境に当てはまるかは TMS のバージョンによります。15 より前なら当てはまり、15 以降なら [Communication Security] の設定で直せます。TMS のバージョンを教えてください。'));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// "What are our options?", "is upgrading TMS the only option?", "when can we fix it properly?"

const ASKS_WHEN = /(?<![a-z])when(?![a-z])|いつ/i;
/** "is upgrading TMS the only option?", 「アップグレードするしかないですか」: a yes/no leads. */
const ASKS_ONLY = /(?<![a-z])only\s(?:option|way|fix|solution|choice)(?![a-z])|しか(?:ない|あり|方法|手)/i;

export function optionsAnswer(f: Facts, text = ''): LocalizedText[] {
  const when = ASKS_WHEN.test(text);
  if (f.endpoint && !endpointRefusesTls10(f.endpoint)) {
    return [L(`Your endpoints on ${formatEndpoint(f.endpoint)} still accept TLS 1.0, so this is not the TLS 1.0 problem: look for another cause before planning a change.`, `${formatEndpoint(f.endpoint)} のエンドポイントは TLS 1.0 を受け付けるため、TLS 1.0 の問題ではありません。変更を計画する前に、別の原因を調べてください。`)];
  }
  if (pre15(f)) {
    const out: LocalizedText[] = [];
    if (ASKS_ONLY.test(text) && !when) {
      out.push(L('For a real fix, yes: upgrading TMS to 15.x is the only one. There is one stopgap besides it.', '恒久的な解決策としては、はい。TMS の 15.x へのアップグレードしかありません。ほかには暫定策が 1 つあるだけです。'));
    }
    if (when) {
      out.push(
        L(
          `Not before TMS runs 15.x: on ${formatTms(f.tms!)} nothing fixes it (no Communication Security option, and the registry does not help; Cisco bug ${BUG_ID}), and my sources name no 14.x release that does. So "properly fixed" is when the upgrade to 15.x is done and the level is raised; the stopgap below can come sooner.`,
          `TMS が 15.x になるまでは直せません。${formatTms(f.tms!)} では直す手段がなく（[Communication Security] の項目がなく、レジストリも効きません。Cisco のバグ ${BUG_ID}）、直る 14.x のリリースも資料にはありません。きちんと直るのは 15.x へのアップグレードを終えてレベルを上げたときで、下の暫定策はそれより前に実施できます。`,
        ),
      );
    }
    out.push(
      L(
        `On ${formatTms(f.tms!)} (before 15) there are two options, and only the first is a fix:`,
        `${formatTms(f.tms!)}（15 より前）の選択肢は 2 つで、解決策になるのは 1 つ目だけです：`,
      ),
      bullet(
        MH(
          'Upgrade TMS to 15.x, then make TLS 1.2 available in Schannel and set Communication Security to Medium-High (Telnet and SNMP then go off). Plan it as its own change: check the Windows Server and SQL Server requirements of the 15.x release in Cisco\'s documentation first.',
          'TMS を 15.x にアップグレードし、Schannel で TLS 1.2 を使える状態にして、[Communication Security] を Medium-High にする（このとき Telnet と SNMP は無効になります）。独立した変更として計画し、先に Cisco のドキュメントで 15.x の Windows Server と SQL Server の要件を確認してください。',
        ),
      ),
      bullet(downgradeStopgap(f)),
      L('Nothing else: the registry alone does not help on TMS before 15.', 'ほかに方法はありません。TMS 15 より前では、レジストリの変更だけでは効果がありません。'),
    );
    return out;
  }
  if (from15(f)) {
    const out: LocalizedText[] = [];
    out.push(
      when
        ? MH(
            `As soon as you have a window: ${formatTms(f.tms!)} needs no upgrade and there is nothing to wait for from Cisco. The fix is on the TMS server (TLS 1.2 available in Schannel, Communication Security = Medium-High, then the restarts${registryPlan(f.windows).step === 'required' ? ', with one reboot' : ''}).`,
            `作業時間を確保でき次第です。${formatTms(f.tms!)} はアップグレード不要で、Cisco の対応を待つ必要もありません。修正は TMS サーバ側で行います（Schannel で TLS 1.2 を使える状態にし、[Communication Security] を Medium-High にして、再起動${registryPlan(f.windows).step === 'required' ? '。サーバの再起動も 1 回必要です' : 'します'}）。`,
          )
        : L(
            `No TMS upgrade is needed: ${formatTms(f.tms!)} is fixed in place (TLS 1.2 available in Schannel, Communication Security = Medium-High in TMS Tools, then the restarts). Nothing changes on the endpoints.`,
            `TMS のアップグレードは不要です。${formatTms(f.tms!)} はそのまま修正できます（Schannel で TLS 1.2 を使える状態にし、TMS ツールで [Communication Security] を Medium-High にしてから再起動します）。エンドポイント側の作業はありません。`,
          ),
    );
    if (sqlMaybeLocal(f)) {
      const k = sqlTlsStatus(f.sql!).kind;
      if (k === 'upgrade-service-pack' || k === 'install-update' || k === 'check-build') {
        out.push(L(`Before it: ${formatSql(f.sql!)}${onTmsServer(f).en} needs ${k === 'check-build' ? 'its build checked (`SELECT @@VERSION`)' : k === 'install-update' ? 'the TLS 1.2 update (KB3052404)' : 'a service-pack upgrade with TLS 1.2 support'} before any TLS change.`, `その前に：${sqlSubjectJa(f)}は、TLS の設定を変更する前に${k === 'check-build' ? 'ビルドの確認（`SELECT @@VERSION`）' : k === 'install-update' ? 'TLS 1.2 更新プログラム（KB3052404）の適用' : 'TLS 1.2 対応のサービス パックへのアップグレード'}が必要です。`));
      }
    }
    if (!when) {
      out.push(
        L(
          'The alternatives are weaker: no other setting on TMS offers TLS 1.2 (Medium offers only TLS 1.0), and the only other way is a stopgap on the endpoints: codecs whose hardware runs TC can go back to TC 7.3.3 (not hardware introduced with CE 9 or RoomOS; CE to TC resets the configuration).',
          'ほかの方法はより劣ります。TMS でほかに TLS 1.2 を提示させる設定はなく（Medium は TLS 1.0 しか提示しません）、残るのはエンドポイント側の暫定策だけです。TC を動かせるハードウェアのコーデックは TC 7.3.3 に戻せます（CE 9 や RoomOS で登場したハードウェアは不可で、CE から TC に戻すと設定が初期化されます）。',
        ),
      );
    }
    return out;
  }
  return [
    MH(
      'It depends on the TMS version. From TMS 15 on, no upgrade is needed: the fix is made in place (TLS 1.2 available in Schannel, Communication Security = Medium-High), as soon as you have a window. Before TMS 15 nothing on TMS fixes it: the fix is upgrading TMS to 15.x, and the stopgap is going back to TC 7.3.3 on codecs whose hardware runs TC. Which TMS version runs?',
      'TMS のバージョンによります。TMS 15 以降はアップグレード不要で、作業時間を確保でき次第そのまま修正できます（Schannel で TLS 1.2 を使える状態にし、[Communication Security] を Medium-High にします）。TMS 15 より前は TMS 側で直す手段がなく、解決策は TMS の 15.x へのアップグレード、暫定策は TC を動かせるハードウェアのコーデックを TC 7.3.3 に戻すことです。TMS のバージョンを教えてください。',
    ),
  ];
}

/** "Can we set Medium-High?": on TMS before 15 the setting does not exist, so that leads; from 15 on, yes, with its caveat. */
export function setMediumHighAnswer(f: Facts): LocalizedText[] {
  if (pre15(f)) {
    return [
      L(
        `Not on ${formatTms(f.tms!)}: TMS releases before 15 have no Communication Security option in TMS Tools, and TLS 1.2 in the registry does not help (Cisco bug ${BUG_ID}). Medium-High becomes possible after upgrading TMS to 15.x.`,
        `${formatTms(f.tms!)} ではできません。TMS 15 より前のリリースには TMS ツールに [Communication Security] の項目がなく、レジストリで TLS 1.2 を有効にしても効果はありません（Cisco のバグ ${BUG_ID}）。Medium-High にできるのは、TMS を 15.x にアップグレードしてからです。`,
      ),
      L('Until then, the only stopgap is on the endpoints: codecs whose hardware runs TC can go back to TC 7.3.3 (not hardware introduced with CE 9 or RoomOS).', 'それまでの暫定策はエンドポイント側だけで、TC を動かせるハードウェアのコーデックは TC 7.3.3 に戻せます（CE 9 や RoomOS で登場したハードウェアは不可）。'),
    ];
  }
  if (atMediumHighOrAbove(f)) {
    return [L(`You told me TMS is already at ${formatLevel(f.level!)}: there is nothing to raise. If endpoints still show "No HTTPS response", say "still failing" and I will list what to check.`, `TMS はすでに ${formatLevel(f.level!)} とお聞きしています。上げる必要はありません。それでも「No HTTPS response」が出る場合は「まだ直りません」と送ってください。確認項目をお伝えします。`)];
  }
  const out: LocalizedText[] = [];
  out.push(
    f.tms
      ? MH(`Yes: ${formatTms(f.tms)} has the setting, and Medium-High is the fix.`, `はい。${formatTms(f.tms)} にはこの設定があり、Medium-High にするのが修正です。`)
      : MH('Yes, from TMS 15 on (releases before 15 do not have the setting), and Medium-High is the fix.', 'はい、TMS 15 以降であれば可能で（15 より前のリリースにはこの設定がありません）、Medium-High にするのが修正です。'),
  );
  out.push(...tmsToolsMediumHigh(f.level).body);
  out.push(caveatTelnetSnmp(f.level, f.telnetSystems ?? []).title);
  return out;
}

// ---------------------------------------------------------------------------------------------
// "What do I need to install first?"

export function installFirstAnswer(f: Facts): LocalizedText[] {
  const out: LocalizedText[] = [];
  if (pre15(f)) {
    out.push(L(`First of all TMS 15.x: ${formatTms(f.tms!)} cannot be fixed in place (Cisco bug ${BUG_ID}). Check the Windows Server and SQL Server requirements of the 15.x release before planning it.`, `まず TMS 15.x が必要です。${formatTms(f.tms!)} はそのままでは直せません（Cisco のバグ ${BUG_ID}）。計画する前に、15.x の Windows Server と SQL Server の要件を確認してください。`));
  }
  if (win2008(f)) {
    out.push(
      L(
        `On ${formatWindows(f.windows!)}: Microsoft's update KB4019276, before anything else. Without it TLS 1.1 and 1.2 do not exist on Windows Server 2008 (not R2) SP2, and the registry keys do nothing. Then add the TLS 1.2 keys and reboot. (Windows Server 2008 and 2008 R2 are easily confused: check with \`winver\` that this really is the TMS server's release.)`,
        `${formatWindows(f.windows!)} では、何よりも先に Microsoft の更新プログラム KB4019276 を適用してください。これがないと Windows Server 2008（R2 ではない）SP2 には TLS 1.1 と 1.2 自体がなく、レジストリのキーも効きません。そのあと TLS 1.2 のキーを追加して再起動します（Windows Server 2008 と 2008 R2 は取り違えやすいため、\`winver\` で TMS サーバのバージョンが本当に 2008 か確認してください）。`,
      ),
    );
  } else if (f.windows) {
    out.push(
      L(
        `${formatWindows(f.windows)}: nothing to install, TLS 1.2 is built in${registryPlan(f.windows).step === 'required' ? ' (off by default here: the registry keys turn it on, with one reboot)' : ' (on by default here: the registry step is a check)'}.`,
        `${formatWindows(f.windows)}：インストールするものはありません。TLS 1.2 は組み込まれています${registryPlan(f.windows).step === 'required' ? '（このバージョンでは既定で無効なので、レジストリのキーで有効にし、再起動が 1 回必要です）' : '（このバージョンでは既定で有効なので、レジストリの手順は確認だけです）'}。`,
      ),
    );
  } else {
    out.push(L('Windows: only Windows Server 2008 (not R2) SP2 needs something first, Microsoft\'s KB4019276 (without it TLS 1.1 and 1.2 do not exist); 2008 R2 and later have TLS 1.2 built in. `winver` shows the release.', 'Windows：先に何かが必要なのは Windows Server 2008（R2 ではない）SP2 だけで、Microsoft の KB4019276 です（ないと TLS 1.1 と 1.2 自体がありません）。2008 R2 以降には TLS 1.2 が組み込まれています。バージョンは `winver` で確認できます。'));
  }
  if (f.sql && f.sqlLocation === 'remote') {
    out.push(L(`${formatSql(f.sql)} runs on another server: nothing to install on it for this fix.`, `${formatSql(f.sql)} は別のサーバで動いているため、この修正のためにインストールするものはありません。`));
  } else if (f.sql) {
    const k = sqlTlsStatus(f.sql).kind;
    const name = formatSql(f.sql);
    const where = onTmsServer(f);
    if (k === 'keep-tls10') {
      const build = f.sql.r2 ? `2008 R2 SP3 ${SQL2008R2_TLS12_BUILD}` : `2008 SP4 ${SQL2008_TLS12_BUILD}`;
      out.push(
        L(
          `${name}${where.en}: nothing to install for this fix, because the fix leaves TLS 1.0 on, and TLS 1.0 must stay on for it. TLS 1.2 support for it comes only with ${build} or later (avoid the first TLS 1.2 builds, ${KB_SQL2008_INTERMITTENT}): a SQL change to plan on its own, not a prerequisite.`,
          `${name}${where.ja}：この修正のためにインストールするものはありません。修正では TLS 1.0 を有効のまま残し、この SQL Server のために TLS 1.0 は有効のままにする必要があるからです。TLS 1.2 に対応するのは ${build} 以降だけです（TLS 1.2 対応の最初期のビルドは避けてください：${KB_SQL2008_INTERMITTENT}）。これは前提条件ではなく、別に計画する SQL の変更です。`,
        ),
      );
    } else if (k === 'upgrade-service-pack') {
      out.push(L(`${name}${where.en}: a service-pack upgrade with TLS 1.2 support (SP4 is the simplest) before any TLS change; it is a SQL change with its own window and backup.`, `${name}${where.ja}：TLS の設定を変更する前に、TLS 1.2 対応のサービス パックへのアップグレード（SP4 が最も簡単です）が必要です。専用の作業時間とバックアップを用意する SQL の変更です。`));
    } else if (k === 'install-update') {
      out.push(L(`${name}${where.en}: Microsoft's TLS 1.2 update for its branch (KB3052404) before any TLS change.`, `${name}${where.ja}：TLS の設定を変更する前に、そのブランチ向けの Microsoft の TLS 1.2 更新プログラム（KB3052404）が必要です。`));
      // The builds that means for its service pack (QA round 16 #10).
      const target = sqlTargetText(f.sql);
      if (target) out.push(target);
    } else if (k === 'check-build') {
      const below = sqlBelowNeeds(f.sql, L(' before any TLS change', 'TLS の設定を変更する前に'));
      out.push(L(`${name}${where.en}: check its exact build first (\`SELECT @@VERSION\`); a build without TLS 1.2 support needs ${below.en}.`, `${name}${where.ja}：先に正確なビルドを確認してください（\`SELECT @@VERSION\`）。TLS 1.2 非対応のビルドなら、${below.ja}。`));
      const target = sqlTargetText(f.sql);
      if (target) out.push(target);
    } else {
      out.push(L(`${name}: nothing to install, it already supports TLS 1.2.`, `${name}：すでに TLS 1.2 に対応しているため、インストールするものはありません。`));
    }
  } else {
    out.push(L('SQL Server: not known yet. On the TMS server, 2012 and 2014 may need a TLS 1.2 update first, 2008 and 2008 R2 keep TLS 1.0 on, 2016 and later need nothing. `SELECT @@VERSION` shows it.', 'SQL Server：まだ分かりません。TMS サーバ上の 2012 と 2014 は先に TLS 1.2 の更新が必要な場合があり、2008 と 2008 R2 は TLS 1.0 を有効のままにし、2016 以降は対応不要です。`SELECT @@VERSION` で確認できます。'));
  }
  out.push(L('Nothing is installed on the endpoints. Export the registry before changing it.', 'エンドポイントにインストールするものはありません。レジストリを変更する前にエクスポートしてください。'));
  return out;
}

// ---------------------------------------------------------------------------------------------
// "What should I tell the customer / my manager?", "a summary for the incident report"

export function reportSummaryAnswer(f: Facts): LocalizedText[] {
  const d = diagnose(f);
  const fixed = f.tlsClaims?.worksNow === true;
  // Medium-High set in this incident, then "it works now": the usual cause, fixed by the usual step.
  const raisedFix = fixed && f.tlsClaims?.levelRaised === true;
  const out: LocalizedText[] = [L('A short summary from what you told me (what is not known yet is marked so):', 'これまでに伺った内容からの短いまとめです（まだ分かっていない点はそう書いています）：')];
  const eps = f.endpoint ? formatEndpoint(f.endpoint) : null;
  const tms = f.tms ? formatTms(f.tms) : null;
  if (d.affected === 'no') {
    out.push(bullet(L(`Cause: not found yet. For the versions given this is not the TLS 1.0 problem${eps && !endpointRefusesTls10(f.endpoint!) ? ` (endpoints on ${eps} still accept TLS 1.0)` : ''}; the investigation goes on.`, `原因：まだ特定できていません。お伺いしたバージョンでは TLS 1.0 の問題ではなく${eps && !endpointRefusesTls10(f.endpoint!) ? `（${eps} のエンドポイントは TLS 1.0 を受け付けます）` : ''}、調査を続けています。`)));
    return out;
  }
  const epsEn = eps ? `the endpoints were upgraded to ${eps}, which` : 'endpoints on TC 7.3.6 or later, CE 8.1.0 or later or RoomOS';
  const epsJa = eps ? `エンドポイントが ${eps} にアップグレードされ、` : 'TC 7.3.6 以降、CE 8.1.0 以降、RoomOS のエンドポイントは ';
  if (pre15(f)) {
    const likely = d.affected !== 'yes' || !f.endpoint;
    out.push(
      bullet(L(`${likely ? 'Likely cause (to confirm with the endpoint software version)' : 'Cause'}: ${epsEn} no longer accept${eps ? 's' : ''} the old TLS 1.0 protocol on HTTPS; ${tms} (before 15) can offer nothing newer (Cisco bug ${BUG_ID}), so TMS cannot reach them over HTTPS and shows "No HTTPS response".`, `${likely ? '考えられる原因（エンドポイントのソフトウェア バージョンで確認が必要）' : '原因'}：${epsJa}HTTPS で古い TLS 1.0 を受け付けなくなりました。${tms}（15 より前）はそれより新しいバージョンを提示できないため（Cisco のバグ ${BUG_ID}）、TMS は HTTPS で接続できず「No HTTPS response」と表示しています。`)),
      bullet(MH('Fix: upgrade TMS to 15.x, then raise Communication Security to Medium-High. Stopgap until then: codecs whose hardware runs TC can go back to TC 7.3.3.', '対策：TMS を 15.x にアップグレードし、[Communication Security] を Medium-High に上げます。それまでの暫定策として、TC を動かせるハードウェアのコーデックは TC 7.3.3 に戻せます。')),
    );
  } else if (atMediumHighOrAbove(f) && fixed && !raisedFix) {
    // Closed as working after the usual cause was ruled out (QA49 F9): what fixed it is what changed last, which the summary
    // does not hold as a fact; said so, not "not found yet" beside "it works".
    out.push(bullet(L(`Cause: TMS at ${formatLevel(f.level!)} already offered TLS 1.2, so the usual cause (TMS at Medium offering only TLS 1.0) was ruled out. The cause is what the team found and changed last before it worked: I do not hold that as a fact, so write it in yourself (the checks recorded are below).`, `原因：TMS は TLS 1.2 を提示する ${formatLevel(f.level!)} だったため、よくある原因（Medium の TMS が TLS 1.0 しか提示しない）は当てはまりませんでした。原因は、直る前に最後に見つけて変更した点です。私はそれを事実として記録していないので、ご自身で書き加えてください（記録したチェック結果は下のとおりです）。`)));
  } else if (atMediumHighOrAbove(f) && !raisedFix) {
    out.push(bullet(L(`Cause: not found yet. TMS is already at ${formatLevel(f.level!)}, which offers TLS 1.2, so the usual cause (TMS at Medium offering only TLS 1.0) is ruled out; a capture and the Schannel events on the TMS server are the next checks.`, `原因：まだ特定できていません。TMS はすでに TLS 1.2 を提示する ${formatLevel(f.level!)} なので、よくある原因（Medium の TMS が TLS 1.0 しか提示しない）は当てはまりません。次は TMS サーバでのキャプチャと Schannel のイベントの確認です。`)));
  } else {
    // (Raised to Medium-High in this incident and then said to work: the level before the fix was Medium.)
    const lv = raisedFix ? 'at Communication Security Medium (raised to Medium-High since)' : f.level ? `at Communication Security ${formatLevel(f.level)}` : 'at the default Communication Security level Medium (level not confirmed yet)';
    const lvJa = raisedFix ? '[Communication Security] が Medium の（その後 Medium-High に変更）' : f.level ? `[Communication Security] が ${formatLevel(f.level)} の` : '[Communication Security] が既定の Medium の（レベルは未確認）';
    const likely = d.affected !== 'yes' || !f.endpoint;
    out.push(
      bullet(L(`${likely ? 'Likely cause (to confirm with the endpoint software version)' : 'Cause'}: ${epsEn} no longer accept${eps ? 's' : ''} the old TLS 1.0 protocol on HTTPS; ${tms ?? 'TMS'} ${lv} offers only TLS 1.0, so TMS cannot reach them over HTTPS and shows "No HTTPS response". A TMS setting that was not raised when the endpoints moved on, not a failure (Cisco TechNote 211279).${tms ? '' : ' TMS version: not known yet (before 15 the fix is an upgrade).'}`, `${likely ? '考えられる原因（エンドポイントのソフトウェア バージョンで確認が必要）' : '原因'}：${epsJa}HTTPS で古い TLS 1.0 を受け付けなくなりました。${lvJa}${tms ?? 'TMS'} は TLS 1.0 しか提示しないため、TMS は HTTPS で接続できず「No HTTPS response」と表示しています。故障ではなく、エンドポイントの更新に TMS の設定が追いついていなかったものです（Cisco TechNote 211279）。${tms ? '' : 'TMS のバージョンはまだ分かりません（15 より前なら対策はアップグレードです）。'}`)),
      bullet(MH(`Fix, on the TMS server only: make TLS 1.2 available in Schannel${f.windows ? (registryPlan(f.windows).step === 'required' ? ` (required on ${formatWindows(f.windows)}, with one reboot)` : ` (a check on ${formatWindows(f.windows)})`) : ''}, set Communication Security to Medium-High in TMS Tools, restart IIS and the TMS services. Nothing changes on the endpoints.`, `対策（TMS サーバ側のみ）：Schannel で TLS 1.2 を使える状態にし${f.windows ? (registryPlan(f.windows).step === 'required' ? `（${formatWindows(f.windows)} では必須で、再起動が 1 回必要）` : `（${formatWindows(f.windows)} では確認のみ）`) : ''}、TMS ツールで [Communication Security] を Medium-High にして、IIS と TMS のサービスを再起動します。エンドポイント側の変更はありません。`)),
    );
  }
  // What the thread established beyond the versions (QA49 F9): the checks read, the steps said done, the case closed.
  // (One reading inside another, "… reset the connection (RST)" after the ClientHello's, is said once.)
  const details = (f.evidence?.observations ?? []).map((o) => o.detail).filter((d) => d && typeof d.en === 'string' && typeof d.ja === 'string');
  const seen = details.filter((d, i) => !details.some((o, j) => j !== i && (o.en.length > d.en.length || (o.en === d.en && j < i)) && o.en.toLowerCase().includes(d.en.replace(/[.。]\s*$/, '').toLowerCase()))).slice(0, 4);
  if (seen.length) out.push(bullet(L(`Checks: ${seen.map((x) => x.en.replace(/[.。]\s*$/, '')).join('; ')}.`, `チェック結果：${seen.map((x) => x.ja.replace(/[.。]\s*$/, '')).join('。')}。`)));
  const done = doneOf(f);
  if (done.length) out.push(bullet(L(`Done (as you said): ${done.map((x) => x.en).join(', ')}.`, `実施済み（お聞きした内容）：${done.map((x) => x.ja).join('、')}。`)));
  if (fixed) {
    out.push(bullet(L('Status: fixed. You said the systems work again.', '状況：解決済み。システムが再び動作しているとのことです。')));
    out.push(L('Not in this summary: what was said in the thread but not recorded as a fact (a setting found on the endpoints, who did what and when): add it yourself.', 'このまとめに含まれないもの：スレッドで話されたものの事実として記録していない内容（エンドポイントで見つかった設定、誰がいつ何をしたか）。ご自身で書き加えてください。'));
    return out;
  }
  out.push(
    bullet(
      L(
        'Impact: TMS cannot manage the affected systems over HTTPS until the fix. What that stops for users depends on what TMS does for you (booking, call launch, phone books): my sources do not say, check it. During the change TMS itself is interrupted while it restarts.',
        '影響：修正までは、TMS は影響を受けたシステムを HTTPS で管理できません。利用者にとって何が止まるか（予約、会議の開始、電話帳など）は TMS の使い方によるため、資料には記載がありません。確認してください。作業中は、再起動の間 TMS 自体が止まります。',
      ),
    ),
  );
  const risks = risksOf(f);
  const unknown = unknownOf(f);
  out.push(bullet(L(`Risks: ${risks.map((x) => x.en).join('; ')}.`, `リスク：${risks.map((x) => x.ja).join('。')}。`)));
  if (unknown.length) out.push(bullet(L(`Not known yet: ${unknown.map((x) => x.en).join(', ')}.`, `未確認：${unknown.map((x) => x.ja).join('、')}。`)));
  return out;
}

/** The risks of the fix for these facts (Telnet/SNMP, SQL on the TMS server, Windows 2008, the TMS upgrade), and how to roll back. */
function risksOf(f: Facts): LocalizedText[] {
  const risks: LocalizedText[] = [];
  if (!pre15(f) && !atMediumHighOrAbove(f)) risks.push(L(`Telnet and SNMP go off at Medium-High (systems managed over them, e.g. Polycom HDX, lose management)`, `Medium-High にすると Telnet と SNMP が無効になります（それらで管理しているシステム、たとえば Polycom HDX は管理できなくなります）`));
  if (sqlMaybeLocal(f) && f.sql!.year <= 2008) risks.push(L(`${formatSql(f.sql!)}${onTmsServer(f).en} needs TLS 1.0 to stay on`, `${sqlSubjectJa(f)}のために TLS 1.0 は有効のままにする必要があります`));
  else if (sqlMaybeLocal(f) && sqlTlsStatus(f.sql!).kind !== 'nothing-needed' && sqlTlsStatus(f.sql!).kind !== 'has-tls12') risks.push(L(`${formatSql(f.sql!)}${onTmsServer(f).en} needs a build with TLS 1.2 support before any TLS change`, `${sqlSubjectJa(f)}は、TLS の設定を変更する前に TLS 1.2 対応のビルドが必要です`));
  if (win2008(f)) risks.push(L('Windows Server 2008 (not R2) needs KB4019276 first', 'Windows Server 2008（R2 ではない）は先に KB4019276 が必要です'));
  if (pre15(f)) {
    risks.push(L('the TMS upgrade is a change of its own (check the Windows Server and SQL Server requirements of 15.x first)', 'TMS のアップグレードは独立した変更です（先に 15.x の Windows Server と SQL Server の要件を確認します）'));
    risks.push(L('going back from CE to TC resets the endpoints\' configuration', 'CE から TC に戻すとエンドポイントの設定が初期化されます'));
  } else {
    risks.push(L('export the registry first, so it can be rolled back', '元に戻せるよう、先にレジストリをエクスポートします'));
  }
  return risks;
}

/** The steps the user said were done (tlsClaims), for the report summary. */
function doneOf(f: Facts): LocalizedText[] {
  const c = f.tlsClaims;
  const out: LocalizedText[] = [];
  if (!c) return out;
  if (c.tls12 === 'on') out.push(L('TLS 1.2 on in Schannel', 'Schannel で TLS 1.2 を有効'));
  if (c.keysChanged) out.push(L('Schannel keys changed', 'Schannel のキーを変更'));
  if (c.levelRaised) out.unshift(L('Communication Security raised from Medium to Medium-High in TMS Tools', 'TMS ツールで [Communication Security] を Medium から Medium-High に変更'));
  if (c.restarted) out.push(L('restarted since the change', '変更後に再起動'));
  return out;
}

/** What is not known yet and would change the plan. */
function unknownOf(f: Facts): LocalizedText[] {
  const unknown: LocalizedText[] = [];
  if (!f.tms) unknown.push(L('TMS version', 'TMS のバージョン'));
  if (!f.endpoint) unknown.push(L('endpoint software', 'エンドポイントのソフトウェア'));
  if (!f.windows) unknown.push(L('Windows Server release', 'Windows Server のバージョン'));
  if (!f.sql && f.sqlLocation !== 'remote') unknown.push(L('SQL Server version and where it runs', 'SQL Server のバージョンと場所'));
  if (!f.level && !pre15(f)) unknown.push(L('Communication Security level', '[Communication Security] のレベル'));
  return unknown;
}

// ---------------------------------------------------------------------------------------------
// "Write the change request", 「変更申請を書いて」

/**
 * A change request for the fix, from the facts: what changes and on which server, the outage, the
 * risks, the rollback and how it is verified. When there is no change to request yet (not the TLS
 * 1.0 problem, or TMS already at Medium-High with the cause not found), the report summary says why.
 */
/** Medium-High set in this incident (QA53 #1): the level during the incident was Medium, and the record is of that change. */
function changeMade(f: Facts): boolean {
  return from15(f) && f.level === 'medium-high' && f.tlsClaims?.levelRaised === true;
}

/** The title: a record of the change once it was made (QA53), a request before. */
export function changeRequestTitle(f: Facts): LocalizedText {
  return changeMade(f) ? L('Change record', '変更記録') : L('Change request', '変更申請');
}

export function changeRequestAnswer(f: Facts): LocalizedText[] {
  const d = diagnose(f);
  const raised = changeMade(f);
  if (d.affected === 'no' || (from15(f) && atMediumHighOrAbove(f) && !raised)) {
    return [L('There is no change to request yet: the cause is not found. Here is where the case stands:', 'まだ申請する変更はありません。原因が特定できていないためです。現状は次のとおりです：'), ...reportSummaryAnswer(f).slice(1)];
  }
  const fixed = raised && f.tlsClaims?.worksNow === true;
  const out: LocalizedText[] = [
    fixed
      ? L('A change record from what you told me: the change below was made and the systems work again, as you said (fill in the dates, names and what is marked as not known):', 'これまでに伺った内容からの変更記録です。下記の変更は実施済みで、システムは再び動作しているとのことです（日時、担当者、未確認の点は埋めてください）：')
      : raised
        ? L('A change record from what you told me: the change below was made, as you said; that it works is not confirmed yet (fill in the dates, names and what is marked as not known):', 'これまでに伺った内容からの変更記録です。下記の変更は実施済みとのことですが、動作はまだ確認できていません（日時、担当者、未確認の点は埋めてください）：')
        : L('A change request from what you told me (fill in the dates, names and what is marked as not known):', 'これまでに伺った内容からの変更申請です（日時、担当者、未確認の点は埋めてください）：'),
  ];
  const tms = f.tms ? formatTms(f.tms) : 'TMS';
  const plan = registryPlan(f.windows);
  const from = raised ? 'Medium' : f.level ? formatLevel(f.level) : 'Medium';
  const fromJa = raised ? 'Medium' : f.level ? formatLevel(f.level) : 'Medium（既定。未確認）';
  const keys = plan.step === 'required' ? L(`create the Schannel keys for TLS 1.2 (Client and Server; ${formatWindows(f.windows!)} has it off by default)`, `Schannel に TLS 1.2 のキーを作成（Client と Server。${formatWindows(f.windows!)} では既定で無効）`) : f.windows ? L(`check the Schannel keys for TLS 1.2 (on by default on ${formatWindows(f.windows)}; changed only if a policy turned it off)`, `Schannel の TLS 1.2 のキーを確認（${formatWindows(f.windows)} では既定で有効。ポリシーで無効にされている場合だけ変更）`) : MH('make TLS 1.2 available in the Schannel keys (a check or a change depending on the Windows release, not known yet)', 'Schannel のキーで TLS 1.2 を使える状態に（確認だけか変更かは Windows のバージョン次第で、まだ未確認）');
  if (pre15(f)) {
    out.push(bullet(MH(`Change: upgrade ${tms} to TMS 15.x (its own change: check the Windows Server and SQL Server requirements of that release), then on the upgraded server ${keys.en}, set Communication Security to Medium-High in TMS Tools, and restart IIS and the TMS services. Nothing changes on the endpoints.`, `変更内容：${tms} を TMS 15.x にアップグレード（独立した変更です。そのリリースの Windows Server と SQL Server の要件を確認）。そのうえで ${keys.ja}、TMS ツールで [Communication Security] を Medium-High に設定し、IIS と TMS のサービスを再起動。エンドポイント側の変更はありません。`)));
  } else {
    out.push(bullet(L(`Change: on the TMS server (${tms}${f.windows ? `, ${formatWindows(f.windows)}` : ''}): export the registry; ${keys.en}; in TMS Tools set Communication Security from ${from} to Medium-High; restart IIS and the TMS services. Nothing changes on the endpoints.`, `変更内容：TMS サーバ（${tms}${f.windows ? `、${formatWindows(f.windows)}` : ''}）で、レジストリをエクスポート、${keys.ja}、TMS ツールで [Communication Security] を ${fromJa} から Medium-High に変更、IIS と TMS のサービスを再起動。エンドポイント側の変更はありません。`)));
  }
  out.push(bullet(L('Where: the TMS server only; with a redundant TMS, both nodes (otherwise a failover brings the error back).', '対象：TMS サーバのみ。冗長構成の TMS では両方のノード（片方だけだとフェイルオーバーで再発します）。')));
  const reboot =
    plan.step === 'required'
      ? L('one reboot of the TMS server (the keys are created), which also restarts every TMS service', 'TMS サーバの再起動が 1 回（キーを作成するため）。これで TMS のサービスもすべて再起動されます')
      : plan.step === 'unknown'
        ? L('a reboot only if Schannel keys are created or changed; otherwise IIS and the TMS services restart', 'Schannel のキーを作成・変更した場合だけ再起動。それ以外は IIS と TMS のサービスの再起動')
        : L('no reboot unless Schannel keys had to be created or changed; IIS and the TMS services restart', 'Schannel のキーを作成・変更した場合を除き再起動なし。IIS と TMS のサービスは再起動');
  const upgrade = pre15(f) ? L('the TMS upgrade\'s own window, then ', 'TMS のアップグレード自体の作業時間、そのあと ') : L('', '');
  out.push(bullet(L(`Outage: TMS (web interface and services) is interrupted during the work: ${upgrade.en}${reboot.en}. What that stops for users (booking, call launch, phone books) depends on how you use TMS: my sources do not say, check it.`, `停止：作業中は TMS（Web インターフェイスとサービス）が止まります。${upgrade.ja}${reboot.ja}。利用者にとって何が止まるか（予約、会議の開始、電話帳など）は TMS の使い方によるため、資料には記載がありません。確認してください。`)));
  const named = f.telnetSystems ?? [];
  const risks = risksOf(f).filter((r) => !/^export the registry|^Telnet and SNMP/.test(r.en));
  if (raised) {
    // The change is made: its known side effect, said as what to check now, not before.
    risks.unshift(
      L(
        `Telnet and SNMP went off with Medium-High: ${named.length ? joinAnd(named) : 'systems TMS manages over them (e.g. Polycom HDX)'} lose management over them, and automatic discovery stops (check that no managed system depends on them)`,
        `Medium-High にしたことで Telnet と SNMP は無効になっています。${named.length ? named.join('、') : 'それらで管理しているシステム（Polycom HDX など）'}はそれらでは管理できなくなり、自動検出も止まります（それらに頼っている管理対象システムがないか確認）`,
      ),
    );
  } else if (!atMediumHighOrAbove(f)) {
    risks.unshift(
      named.length && f.telnetVia
        ? L(`Telnet and SNMP go off at Medium-High: ${joinAnd(named)}, which TMS manages over ${telnetViaLabel(f.telnetVia).en}, will lose management (decide before the change: replace, manage another way, or accept it)`, `Medium-High にすると Telnet と SNMP が無効になります。TMS が ${telnetViaLabel(f.telnetVia).ja} で管理している ${named.join('、')} は管理できなくなります（置き換える、別の方法で管理する、受け入れる、のどれにするか変更前に決めてください）`)
        : named.length
        ? L(`Telnet and SNMP go off at Medium-High: ${joinAnd(named)}, if TMS manages ${named.length === 1 ? 'it' : 'them'} over Telnet or SNMP, will lose management (check before the change)`, `Medium-High にすると Telnet と SNMP が無効になります。${named.join('、')} を TMS が Telnet や SNMP で管理している場合は管理できなくなります（変更前に確認）`)
        : L('Telnet and SNMP go off at Medium-High: systems TMS manages over them (e.g. Polycom HDX) lose management, and automatic discovery stops (check before the change)', 'Medium-High にすると Telnet と SNMP が無効になります。それらで管理しているシステム（Polycom HDX など）は管理できなくなり、自動検出も止まります（変更前に確認）'),
    );
  }
  out.push(bullet(L(`Risks: ${risks.map((x) => x.en).join('; ')}.`, `リスク：${risks.map((x) => x.ja).join('。')}。`)));
  if (pre15(f)) out.push(bullet(L('Rollback of the TMS upgrade: plan it with the upgrade (backups of the TMS server and its database before it; check Cisco\'s upgrade guide, my sources do not cover it).', 'TMS のアップグレードの切り戻し：アップグレードと一緒に計画してください（事前に TMS サーバとデータベースをバックアップ。Cisco のアップグレード ガイドを確認してください。手元の資料には記載がありません）。')));
  out.push(
    bullet(
      L(
        `Rollback${pre15(f) ? ' of the TLS settings' : ''}: in TMS Tools set Communication Security back to ${from}; set any Schannel key that was created or changed back to what the export shows (importing the export restores changed values but does not remove keys created after it: delete those); restart IIS and the TMS services, or reboot if keys changed. After a rollback the endpoints show "No HTTPS response" again.`,
        `${pre15(f) ? 'TLS 設定の' : ''}切り戻し：TMS ツールで [Communication Security] を ${fromJa} に戻し、作成・変更した Schannel のキーをエクスポートの内容に戻します（エクスポートをインポートすると変更した値は戻りますが、あとから作成したキーは消えないので削除します）。IIS と TMS のサービスを再起動し、キーを変えた場合は再起動します。切り戻すと、エンドポイントには再び「No HTTPS response」が表示されます。`,
      ),
    ),
  );
  out.push(
    bullet(
      L(
        `Verification: a capture on the TMS server shows the ClientHello to an endpoint offering TLS 1.2 (0x0303); in Systems > Navigator the endpoints no longer show "No HTTPS response" (Force Refresh); the TMS services${sqlMaybeLocal(f) || !f.sql ? ' and SQL Server' : ''} are running.`,
        `確認方法：TMS サーバでのキャプチャで、エンドポイントへの ClientHello が TLS 1.2（0x0303）を提示していること。[Systems] > [Navigator] でエンドポイントに「No HTTPS response」が出なくなること（[Force Refresh]）。TMS のサービス${sqlMaybeLocal(f) || !f.sql ? 'と SQL Server ' : ''}が動いていること。`,
      ),
    ),
  );
  if (raised) {
    const done = doneOf(f);
    out.push(bullet(L(`Done (as you said): ${done.map((x) => x.en).join(', ')}.`, `実施済み（お聞きした内容）：${done.map((x) => x.ja).join('、')}。`)));
    if (fixed) out.push(bullet(L('Status: fixed. You said the systems work again.', '状況：解決済み。システムが再び動作しているとのことです。')));
  }
  const unknown = unknownOf(f);
  if (unknown.length) out.push(bullet(L(`Not known yet: ${unknown.map((x) => x.en).join(', ')}.`, `未確認：${unknown.map((x) => x.ja).join('、')}。`)));
  return out;
}
