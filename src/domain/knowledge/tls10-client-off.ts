/**
 * The endpoint still accepts TLS 1.0 (TC up to 7.3.5, CE 8.0.x, or a probe that completed TLS 1.0),
 * yet TLS 1.0 is off on the TMS server's Schannel Client side while TMS is at Low/Medium (or before
 * 15, where it only ever offers TLS 1.0). knowledge.md (§Symptom, §Windows Schannel defaults): TMS then
 * completes the TCP handshake and sends no ClientHello at all, so it reaches no endpoint, including
 * one that accepts TLS 1.0. The TC/CE change is not the cause here; the TMS server is.
 *
 * Why we think TLS 1.0 is off (the basis), from the most to the least solid:
 * - 'evidence': a registry export / reg query with TLS 1.0\Client disabled, or a capture with a TCP
 *   handshake and no ClientHello;
 * - 'windows': Windows Server 2025 or later (TLS 1.0 and 1.1 off by default), unless the user said TLS 1.0 is on;
 * - 'claim': the user said TLS 1.0 was disabled on the TMS server, without saying which side.
 * Texts in our own words, English and Japanese.
 */
import { advisingMediumHigh } from '../advises';
import type { EndpointVersion, Facts, Finding, LocalizedText, SecurityLevel, TmsVersion, WindowsVersion } from '../types';
import { formatEndpoint, formatLevel, formatTms, formatWindows } from '../versions';
import { schannelKeyPath, serializeReg } from '../../windows/reg';
import { REGISTRY_PATH, windowsSchannelDefaults } from './windows';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

export type Tls10OffBasis = 'evidence' | 'windows' | 'claim';
/** What showed TLS 1.0 off for the Client side: a registry paste, a capture, or Windows curl.exe's credential error (an inference). */
export type TlsOffSeen = 'registry' | 'capture' | 'curl' | null;
/** The detail of curl.exe's `schannel-tls10-disabled` (src/evidence/text.ts): read from an error, not from the keys. */
export const CURL_INFERENCE = /curl\.exe/;

/** The codes of this case's findings (tests, summary and conversations/ refer to them). */
export const TLS10_OFF_ENDPOINT_ACCEPTS = 'tls10-off-endpoint-accepts';
export const TLS10_OFF_PRE15 = 'tms-pre15-tls10-client-off';

function observations(facts: Facts): { code: string; detail?: { en?: unknown } }[] {
  const e = (facts as { evidence?: { observations?: unknown } }).evidence;
  const obs = e && typeof e === 'object' && Array.isArray(e.observations) ? e.observations : [];
  return obs.filter((o): o is { code: string; detail?: { en?: unknown } } => !!o && typeof o === 'object' && typeof (o as { code?: unknown }).code === 'string');
}

/**
 * Did evidence show TLS 1.0 off for the Client side? A capture of TMS opening TCP and sending no
 * ClientHello, or the registry reader's `schannel-tls10-disabled` for the Client side (its detail
 * names the sides: "Schannel TLS 1.0 Client [and Server] ..."; a Server-only change does not stop
 * TMS's hello, src/evidence/registry.ts).
 */
export function tls10ClientOffSeen(facts: Facts): TlsOffSeen {
  const obs = observations(facts);
  const client = obs.filter((o) => o.code === 'schannel-tls10-disabled' && typeof o.detail?.en === 'string' && /TLS 1\.0 Client\b/.test(o.detail.en));
  // (FIX61A #5) Windows curl.exe's SEC_E_ALGORITHM_MISMATCH (src/evidence/text.ts) points at it without reading the keys: 'curl'.
  if (client.length) return client.every((o) => CURL_INFERENCE.test(String(o.detail?.en))) ? 'curl' : 'registry';
  if (obs.some((o) => o.code === 'capture-no-clienthello')) return 'capture';
  return null;
}

/** Why TLS 1.0 is taken as off on the TMS server's Client side, or null when nothing says so. */
export function tls10ClientOffBasis(facts: Facts): Tls10OffBasis | null {
  if (tls10ClientOffSeen(facts)) return 'evidence';
  const claim = facts.tlsClaims?.tls10;
  const w = facts.windows;
  if (w && typeof w.year === 'number' && !windowsSchannelDefaults(w).tls10 && claim !== 'on') return 'windows';
  if (claim === 'off') return 'claim';
  return null;
}

/** The endpoint is known to accept TLS 1.0: its stated release (TC ≤ 7.3.5, CE 8.0.x) or a probe that completed TLS 1.0. */
export function endpointKnownToAcceptTls10(facts: Facts, statedRefuses: boolean | null): boolean {
  const p = facts.probe?.protocols as Record<string, unknown> | undefined;
  if (p && p['tls1.0'] === true) return true;
  return statedRefuses === false && !(p && p['tls1.0'] === false);
}

function basisText(basis: Tls10OffBasis, windows: WindowsVersion | undefined, seen: TlsOffSeen, product = false): LocalizedText {
  if (basis === 'evidence') {
    if (seen === 'curl') {
      return L(
        `The curl.exe output you pasted points to it: Schannel refused to make a TLS 1.0 client credential, which usually means TLS 1.0 is disabled for the Client side, the side TMS uses when it connects to endpoints. That is read from an error, not from the keys: confirm it under \`${REGISTRY_PATH}\\TLS 1.0\\Client\` on the TMS server.`,
        `貼り付けていただいた curl.exe の出力がそれを示唆しています。Schannel が TLS 1.0 のクライアント資格情報を作成できなかったことは、通常、TMS がエンドポイントに接続するときに使う Client 側で TLS 1.0 が無効であることを意味します。これはキーではなくエラーから読み取ったものなので、TMS サーバの \`${REGISTRY_PATH}\\TLS 1.0\\Client\` で確認してください。`,
      );
    }
    return seen === 'capture'
      ? L(
          'Your capture shows it: TMS completes the TCP handshake and then sends no ClientHello.',
          '貼り付けていただいたキャプチャがそれを示しています。TMS は TCP ハンドシェイクを完了したあと、ClientHello を送っていません。',
        )
      : L(
          'The registry you pasted shows it: TLS 1.0 is disabled for the Schannel Client side, the side TMS uses when it connects to endpoints.',
          '貼り付けていただいたレジストリがそれを示しています。TMS がエンドポイントに接続するときに使う Schannel の Client 側で、TLS 1.0 が無効です。',
        );
  }
  if (basis === 'windows') {
    const win = windows ? formatWindows(windows) : 'Windows Server 2025';
    return L(
      `On ${win} TLS 1.0 and 1.1 are off by default, for the client side as well as the server side (Microsoft turns them off in Windows releases after September 2023), so this is what to expect there unless a policy turned TLS 1.0 back on.`,
      `${win} では、TLS 1.0 と 1.1 がクライアント側・サーバ側とも既定で無効です（Microsoft は 2023 年 9 月以降の Windows リリースでこれらを無効にしています）。ポリシーで TLS 1.0 を有効に戻していない限り、この動きは想定どおりです。`,
    );
  }
  const it = product ? L('this system', 'このシステム') : L('this endpoint', 'このエンドポイント');
  return L(
    `You say TLS 1.0 was disabled on the TMS server; I have not seen the registry, and which side matters. Check \`${REGISTRY_PATH}\\TLS 1.0\\Client\`: TLS 1.0 is off for TMS's connections when \`Enabled\` = 0 or \`DisabledByDefault\` = 1 there. If only \`TLS 1.0\\Server\` was changed, TMS still sends its TLS 1.0 hello, ${it.en} accepts it, and the cause is elsewhere (the checks under "Still failing"). A capture on the TMS server settles it: a TCP handshake to port 443 and no ClientHello means the Client side is off.`,
    `TMS サーバで TLS 1.0 を無効にしたとのことですが、レジストリは確認しておらず、どちらの側かが重要です。\`${REGISTRY_PATH}\\TLS 1.0\\Client\` を確認してください。ここで \`Enabled\` = 0 または \`DisabledByDefault\` = 1 なら、TMS からの接続で TLS 1.0 は無効です。\`TLS 1.0\\Server\` だけを変更した場合、TMS は引き続き TLS 1.0 の hello を送り、${it.ja}はそれを受け付けるので、原因は別にあります（「それでも失敗する場合」の確認項目）。TMS サーバでのキャプチャで判断できます。ポート 443 への TCP ハンドシェイクのあと ClientHello がなければ、Client 側が無効です。`,
  );
}

/**
 * The finding that stands for `endpoint-no-tls10` in this case: the endpoint accepts TLS 1.0, so the
 * TC/CE change is not the cause, but TMS at Low/Medium sends nothing with TLS 1.0 off on its Client side.
 */
export function tls10OffEndpointAccepts(
  endpoint: EndpointVersion | undefined,
  byProbe: boolean,
  level: SecurityLevel | undefined,
  basis: Tls10OffBasis,
  windows: WindowsVersion | undefined,
  pre15: boolean,
  seen: TlsOffSeen = null,
  product?: ProbedProduct,
): Finding {
  const who = endpoint ? formatEndpoint(endpoint) : null;
  const at = pre15 ? L('TMS before 15', '15 より前の TMS') : level === 'low' ? L('TMS at Low', 'Low の TMS') : level ? L(`TMS at ${formatLevel(level)}`, `${formatLevel(level)} の TMS`) : L('TMS at Medium (the default)', 'Medium（既定値）の TMS');
  if (product) return tls10OffProductAccepts(product, at, basis, windows, pre15, seen);
  const body: LocalizedText[] = [
    byProbe
      ? L(
          'The probe completed a TLS 1.0 handshake with the endpoint, so the TLS 1.0 change of TC 7.3.6 / CE 8.1.0 does not explain the error.',
          'プローブでエンドポイントとの TLS 1.0 ハンドシェイクが成立したため、TC 7.3.6 / CE 8.1.0 での TLS 1.0 の廃止はこのエラーの原因ではありません。',
        )
      : L(
          `${who ?? 'This release'} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do), so the TLS 1.0 change of TC 7.3.6 / CE 8.1.0 does not explain the error.`,
          `${who ?? 'このリリース'} はまだ TLS 1.0 を受け付けます（TC 7.3.5 以前と CE 8.0.x は受け付けます）。そのため、TC 7.3.6 / CE 8.1.0 での TLS 1.0 の廃止はこのエラーの原因ではありません。`,
        ),
    L(
      `The TMS server is: ${at.en} offers only TLS 1.0, and with TLS 1.0 disabled for the Schannel Client side it has nothing to offer. It completes the TCP handshake to port 443 and then sends no ClientHello at all, so it reaches no endpoint, even one that accepts TLS 1.0.`,
      `原因は TMS サーバ側にあります。${at.ja} は TLS 1.0 しか提示せず、Schannel の Client 側で TLS 1.0 が無効だと提示できるものがありません。ポート 443 への TCP ハンドシェイクを完了したあと ClientHello をまったく送らないため、TLS 1.0 を受け付けるエンドポイントも含め、どのエンドポイントにも接続できません。`,
    ),
    basisText(basis, windows, seen),
    pre15
      ? L('TMS before 15 cannot offer TLS 1.2 at all: the options are below.', '15 より前の TMS は TLS 1.2 をまったく提示できません。対処の選択肢は下記のとおりです。')
      : MH(
          'Every TC and CE release accepts TLS 1.2, so the way out is the usual TMS-side fix: TLS 1.2 enabled for the Client side and Communication Security at Medium-High (steps below). TLS 1.0 does not need to come back on to reach the endpoints.',
          'TC と CE はどのリリースも TLS 1.2 を受け付けるので、対処は通常の TMS 側の修正です。Client 側で TLS 1.2 を有効にし、[Communication Security] を Medium-High にします（下記の手順）。エンドポイントに接続するために TLS 1.0 を有効に戻す必要はありません。',
        ),
  ];
  return {
    code: TLS10_OFF_ENDPOINT_ACCEPTS,
    severity: 'info',
    title: L('The endpoint accepts TLS 1.0, but TLS 1.0 is off on the TMS server', 'エンドポイントは TLS 1.0 を受け付けますが、TMS サーバで TLS 1.0 が無効です'),
    body,
    sources: ['cisco-technote-211279', 'ms-schannel-protocols', 'ms-schannel-registry', 'ms-tls10-11-disabled'],
  };
}

/** Another product TMS manages (Meeting Server, Expressway…), probed: its names and the probed address. */
export interface ProbedProduct {
  names: string[];
  target: string;
  /** What the probe saw of TLS 1.2 (null: not tested). */
  tls12: boolean | null;
}

/**
 * The same case for another product TMS manages, probed as accepting TLS 1.0 (it stands for
 * `product-accepts-tls10`): TMS at Low/Medium with TLS 1.0 off on its Client side sends no ClientHello,
 * so it reaches no system over HTTPS, this one included. Same code as the endpoint's finding.
 */
function tls10OffProductAccepts(
  p: ProbedProduct,
  at: LocalizedText,
  basis: Tls10OffBasis,
  windows: WindowsVersion | undefined,
  pre15: boolean,
  seen: TlsOffSeen,
): Finding {
  const en = p.names.length ? p.names.join(' and ') : 'The system';
  const ja = p.names.length ? p.names.join('、') : 'このシステム';
  const where = p.target.slice(0, 100);
  const body: LocalizedText[] = [
    L(
      `The probe completed a TLS 1.0 handshake with ${where}: if that address is the ${en === 'The system' ? 'system' : en} TMS polls (not a proxy or a load balancer in front of it), it still accepts TLS 1.0, so a TLS 1.0 wall on its side does not explain the error.`,
      `${where} へのプローブで TLS 1.0 のハンドシェイクが成立しました。このアドレスが、前段のプロキシやロードバランサではなく TMS がポーリングしている ${ja} であれば、まだ TLS 1.0 を受け付けているので、製品側の TLS 1.0 の廃止ではこのエラーを説明できません。`,
    ),
    L(
      `The TMS server is: ${at.en} offers only TLS 1.0, and with TLS 1.0 disabled for the Schannel Client side it has nothing to offer. It completes the TCP handshake to port 443 and then sends no ClientHello at all, so it reaches no system over HTTPS, even one that accepts TLS 1.0.`,
      `原因は TMS サーバ側にあります。${at.ja} は TLS 1.0 しか提示せず、Schannel の Client 側で TLS 1.0 が無効だと提示できるものがありません。ポート 443 への TCP ハンドシェイクを完了したあと ClientHello をまったく送らないため、TLS 1.0 を受け付けるシステムも含め、HTTPS ではどのシステムにも接続できません。`,
    ),
    basisText(basis, windows, seen, true),
    pre15
      ? L('TMS before 15 cannot offer TLS 1.2 at all: the options are below.', '15 より前の TMS は TLS 1.2 をまったく提示できません。対処の選択肢は下記のとおりです。')
      : p.tls12 === true
        ? MH(
            `The probe saw ${en === 'The system' ? 'the system' : en} accept TLS 1.2 too, so the way out is the usual TMS-side fix: TLS 1.2 enabled for the Client side and Communication Security at Medium-High (steps below). TLS 1.0 does not need to come back on to reach it.`,
            `プローブでは ${ja} は TLS 1.2 も受け付けたので、対処は通常の TMS 側の修正です。Client 側で TLS 1.2 を有効にし、[Communication Security] を Medium-High にします（下記の手順）。接続するために TLS 1.0 を有効に戻す必要はありません。`,
          )
        : L(
            `The way out is the usual TMS-side fix: TLS 1.2 enabled for the Client side and Communication Security at Medium-High (steps below), not TLS 1.0 back on. Check first that ${en === 'The system' ? 'the system' : en} accepts TLS 1.2 (its own TLS settings; the probe ${p.tls12 === false ? 'saw it refuse TLS 1.2' : 'did not test it'}).`,
            `対処は TLS 1.0 を有効に戻すことではなく、通常の TMS 側の修正です。Client 側で TLS 1.2 を有効にし、[Communication Security] を Medium-High にします（下記の手順）。先に ${ja} が TLS 1.2 を受け付けるか（製品側の TLS 設定）を確認してください（プローブでは${p.tls12 === false ? ' TLS 1.2 は拒否されました' : ' TLS 1.2 は試していません'}）。`,
          ),
  ];
  return {
    code: TLS10_OFF_ENDPOINT_ACCEPTS,
    severity: 'info',
    title: L(`${en} accepts TLS 1.0, but TLS 1.0 is off on the TMS server`, `${ja} は TLS 1.0 を受け付けますが、TMS サーバで TLS 1.0 が無効です`),
    body,
    sources: ['cisco-technote-211279', 'ms-schannel-protocols', 'ms-schannel-registry', 'ms-tls10-11-disabled'],
  };
}

/**
 * TMS before 15 with TLS 1.0 off for the Client side: it offers only TLS 1.0, so it reaches no
 * endpoint. Upgrade TMS (then Medium-High), or turn TLS 1.0\Client back on (what it was: a security
 * trade-off, and endpoints on TC 7.3.6+/CE 8.1+ refuse it anyway). Stands for `tms-pre15-upgrade-or-downgrade`.
 */
export function tmsPre15Tls10ClientOff(tms: TmsVersion, windows: WindowsVersion | undefined): Finding {
  const name = formatTms(tms);
  const body: LocalizedText[] = [
    L(
      `${name} has no Communication Security option and only ever offers TLS 1.0: with TLS 1.0 off for the Client side it cannot reach any endpoint, whatever release the endpoint runs. Adding TLS 1.2 to the registry does not change what this TMS sends.`,
      `${name} には [Communication Security] の設定がなく、常に TLS 1.0 だけを提示します。Client 側で TLS 1.0 が無効だと、エンドポイントのリリースにかかわらず、どのエンドポイントにも接続できません。レジストリで TLS 1.2 を有効にしても、この TMS が送る内容は変わりません。`,
    ),
  ];
  const steps: LocalizedText[] = [
    MH(
      'Upgrade TMS to 15.x (check the TMS and SQL Server requirements of that release), then follow the TMS 15 fix: TLS 1.2 for the Client side, Communication Security at Medium-High, restarts. This is the way that lasts.',
      'TMS を 15.x にアップグレードし（そのリリースの TMS と SQL Server の要件を確認してください）、その後 TMS 15 向けの手順（Client 側の TLS 1.2、[Communication Security] の Medium-High、再起動）を実施します。長く使えるのはこの方法です。',
    ),
    L(
      `Or turn the TLS 1.0 Client side back on, as it was (\`${REGISTRY_PATH}\\TLS 1.0\\Client\`: \`Enabled\` = 1, \`DisabledByDefault\` = 0; it takes effect for new connections after the TMS services restart or the server reboots). Be clear about what that is: it re-opens TLS 1.0 on this server, a security trade-off against whatever policy turned it off, and endpoints on TC 7.3.6+/CE 8.1+ refuse TLS 1.0 anyway, so it only holds until they are upgraded.`,
      `または、TLS 1.0 の Client 側を以前のとおり有効にします（\`${REGISTRY_PATH}\\TLS 1.0\\Client\` で \`Enabled\` = 1、\`DisabledByDefault\` = 0。TMS のサービスの再起動またはサーバの再起動後の新しい接続から有効になります）。これはこのサーバで TLS 1.0 を再び使えるようにすることで、TLS 1.0 を無効にしたポリシーとのセキュリティ上のトレードオフです。また TC 7.3.6 以降/CE 8.1 以降のエンドポイントはいずれにしても TLS 1.0 を拒否するため、エンドポイントをアップグレードするまでの一時しのぎにしかなりません。`,
    ),
  ];
  if (windows && windows.year >= 2025) {
    body.push(
      L(
        `TMS support for ${formatWindows(windows)} is not documented in the sources: check Cisco's release notes. There TLS 1.0 and 1.1 are off by default; if you turn TLS 1.0 back on, do not re-enable TLS 1.1 with it. After an upgrade, only TLS 1.2 matters.`,
        `${formatWindows(windows)} での TMS のサポートは資料に記載がありません。Cisco のリリースノートで確認してください。このバージョンでは TLS 1.0 と 1.1 が既定で無効です。TLS 1.0 を有効に戻す場合でも、TLS 1.1 は有効にしないでください。アップグレード後に必要なのは TLS 1.2 だけです。`,
      ),
    );
  }
  return {
    code: TLS10_OFF_PRE15,
    severity: 'info',
    title: L('This TMS offers only TLS 1.0, and TLS 1.0 is off on its server', 'この TMS は TLS 1.0 しか提示せず、サーバで TLS 1.0 が無効です'),
    body,
    steps,
    literal: tls10ClientEnableFile(),
    sources: ['cisco-technote-211279', 'cisco-bug-cscuz71542', 'ms-schannel-registry', 'ms-tls10-11-disabled'],
  };
}

/** The TLS 1.0 Client key only (what TMS's outgoing connections use), as an importable .reg. */
function tls10ClientEnableFile(): string {
  return serializeReg({
    format: 5,
    keys: [
      {
        path: schannelKeyPath('TLS 1.0', 'Client'),
        values: [
          { name: 'Enabled', data: { type: 'REG_DWORD' as const, value: 1 } },
          { name: 'DisabledByDefault', data: { type: 'REG_DWORD' as const, value: 0 } },
        ],
      },
    ],
  });
}
