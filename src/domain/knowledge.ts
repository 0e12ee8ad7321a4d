/**
 * The knowledge of the "No HTTPS response" problem as typed, bilingual data.
 *
 * Every text here is written for tms-doctor (facts from Cisco TechNote 211279 and Microsoft's
 * documentation, restated in our own words in English and Japanese). Literal values (registry
 * paths, value names, service names, menu paths) are kept untranslated in `literal` and in
 * `backticks`. Builders take the facts that change a text (e.g. whether the registry step is
 * required on this Windows release) and return a fresh Finding / Question each time.
 */
import type {
  Choice,
  EndpointVersion,
  Finding,
  LocalizedText,
  Question,
  QuestionCode,
  SecurityLevel,
  SqlVersion,
  TmsVersion,
  WindowsVersion,
} from './types';
import type { ProbeResult } from '../probe/types';
import { formatEndpoint, formatLevel, formatSql, formatTms, formatWindows } from './versions';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

// ---------------------------------------------------------------------------------------------
// Literals

export const REGISTRY_PATH =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';

/** The four subkeys and their values, as a .reg file (importable, and readable as a checklist). */
export const REGISTRY_LITERAL = [
  'Windows Registry Editor Version 5.00',
  '',
  ...['TLS 1.1', 'TLS 1.2'].flatMap((p) =>
    ['Client', 'Server'].flatMap((side) => [
      `[${REGISTRY_PATH}\\${p}\\${side}]`,
      '"DisabledByDefault"=dword:00000000',
      '"Enabled"=dword:00000001',
      '',
    ]),
  ),
]
  .join('\n')
  .trimEnd();

export const TMS_TOOLS_PATH =
  'TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security';

export const SERVICES = {
  iis: 'IIS',
  scanner: 'TMSDatabaseScannerService',
  plcm: 'TMSPLCMDirectoryService',
  snmp: 'TMSSNMPService',
} as const;

export const RESTART_LITERAL = [
  'iisreset',
  `Restart-Service ${SERVICES.scanner}`,
  `Start-Service ${SERVICES.plcm}   # only if it is stopped`,
].join('\n');

export const VERIFY_LITERAL = [
  'Wireshark display filter (TMS → endpoint, port 443):',
  '  tls.handshake.type == 1 && ip.addr == <endpoint-ip>',
  'Expected after the fix: Version TLS 1.2 (0x0303) in the ClientHello',
  'Before the fix:        Version TLS 1.0 (0x0301), answered by a TCP RST',
].join('\n');

/** Microsoft's Schannel defaults per Windows Server release (Client and Server alike). */
export const SCHANNEL_DEFAULTS_TABLE: ReadonlyArray<{
  release: string;
  ssl3: boolean;
  tls10: boolean;
  tls11: boolean;
  tls12: boolean;
  tls13: boolean | null;
  registryStep: 'required' | 'verify';
}> = [
  { release: '2008 R2', ssl3: true, tls10: true, tls11: false, tls12: false, tls13: null, registryStep: 'required' },
  { release: '2012 / 2012 R2', ssl3: true, tls10: true, tls11: true, tls12: true, tls13: null, registryStep: 'verify' },
  { release: '2016 / 2019', ssl3: false, tls10: true, tls11: true, tls12: true, tls13: null, registryStep: 'verify' },
  { release: '2022', ssl3: false, tls10: true, tls11: true, tls12: true, tls13: true, registryStep: 'verify' },
];

export const BUG_ID = 'CSCuz71542';
export const KB_SQL2012_2014 = 'KB3052404';
export const KB_SQL2008R2 = 'KB3135244';
export const SQL2008R2_TLS12_BUILD = '10.50.6542.0';
export const SQL_EVENTS = [26011, 17182, 17826] as const;

// ---------------------------------------------------------------------------------------------
// Notes the bot can show when a user quotes the Japanese translation of the TechNote

export const TRANSLATION_NOTES = {
  telnetDirection: L(
    'A note on the Japanese translation of the Cisco TechNote: it says Telnet and SNMP stop when the level goes from Medium-High to Medium. That is backwards. The English original, and the way the setting works, say it is raising the level from Medium to Medium-High that turns Telnet and SNMP off.',
    'Cisco TechNote の日本語訳についての注意: 訳文では「Medium-High から Medium に変更すると Telnet と SNMP が無効になる」と読めますが、向きが逆です。英語の原文と設定の仕組みのとおり、Telnet と SNMP が使えなくなるのはレベルを Medium から Medium-High に上げたときです。',
  ),
  bugId: L(
    `A note on the Japanese translation of the Cisco TechNote: the bug ID printed there is garbled. The correct Cisco bug ID is ${BUG_ID}.`,
    `Cisco TechNote の日本語訳についての注意: 訳文に載っているバグ ID は崩れています。正しい Cisco バグ ID は ${BUG_ID} です。`,
  ),
} as const;

/**
 * Does the text repeat one of the translation's mistakes? 'telnet-direction' when it says Telnet/SNMP
 * are lost going from Medium-High to Medium; 'bug-id' when it quotes a CSCuz… ID that is not
 * CSCuz71542. Bounded input, linear regexes.
 */
export function detectTranslationQuote(text: unknown): 'telnet-direction' | 'bug-id' | null {
  const s = (typeof text === 'string' ? text : '').slice(0, 20_000);
  if (
    /(?:from\s)?medium[\s-]?high\s(?:to|→|->)\s?medium(?![\s-]?high)/i.test(s) ||
    /medium[\s-]?high\s?(?:から|→)\s?medium(?![\s-]?high)/i.test(s) ||
    /ミディアム[\s・ー-]?ハイ\s?(?:から|→)\s?ミディアム(?![\s・ー-]?ハイ)/.test(s)
  ) {
    return 'telnet-direction';
  }
  const m = /cscu[a-z]?\s?\d{3,8}/i.exec(s);
  if (m && m[0].replace(/\s/g, '').toLowerCase() !== BUG_ID.toLowerCase()) return 'bug-id';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Findings

const ep = (v?: EndpointVersion) => (v ? formatEndpoint(v) : undefined);

export function endpointNoTls10(endpoint: EndpointVersion | undefined, byProbe: boolean): Finding {
  const who = ep(endpoint);
  const body: LocalizedText[] = [
    who
      ? L(
          `${who} refuses TLS 1.0 on its HTTPS interface. Every TC release from 7.3.6, every CE release from 8.1.0 and every RoomOS release only accepts TLS 1.1 or newer, so a client that offers nothing but TLS 1.0 is reset right after its ClientHello.`,
          `${who} は HTTPS で TLS 1.0 を受け付けません。TC 7.3.6 以降、CE 8.1.0 以降、そして RoomOS のすべてのリリースは TLS 1.1 以上しか受け付けないため、TLS 1.0 しか提示しないクライアントは ClientHello の直後に接続をリセットされます。`,
        )
      : L(
          'The endpoint refuses TLS 1.0 on its HTTPS interface (as every TC release from 7.3.6, CE from 8.1.0 and RoomOS does), so a client that offers nothing but TLS 1.0 is reset right after its ClientHello.',
          'このエンドポイントは HTTPS で TLS 1.0 を受け付けません（TC 7.3.6 以降、CE 8.1.0 以降、RoomOS と同じ挙動です）。TLS 1.0 しか提示しないクライアントは ClientHello の直後に接続をリセットされます。',
        ),
  ];
  if (byProbe) {
    body.push(
      L(
        'The probe confirms it: the endpoint refused a TLS 1.0 handshake and completed a TLS 1.2 (or 1.1) one.',
        'プローブ結果もこれを裏付けています。TLS 1.0 のハンドシェイクは拒否され、TLS 1.2（または 1.1）のハンドシェイクは成立しました。',
      ),
    );
  }
  return {
    code: 'endpoint-no-tls10',
    sources: ['cisco-technote-211279'],
    severity: 'info',
    title: L('The endpoint no longer accepts TLS 1.0', 'エンドポイントが TLS 1.0 を受け付けなくなっています'),
    body,
  };
}

export function endpointAcceptsTls10(endpoint: EndpointVersion | undefined, byProbe: boolean): Finding {
  const who = ep(endpoint);
  return {
    code: 'endpoint-accepts-tls10',
    severity: 'info',
    title: L(
      'Not this problem: the endpoint still accepts TLS 1.0',
      'この問題ではありません: エンドポイントはまだ TLS 1.0 を受け付けます',
    ),
    body: [
      byProbe
        ? L(
            'The probe completed a TLS 1.0 handshake with the endpoint, so TMS at Medium can talk to it. The TLS 1.0 change that started with TC 7.3.6 / CE 8.1.0 does not explain the error.',
            'プローブでエンドポイントとの TLS 1.0 ハンドシェイクが成立したため、Medium のままの TMS でも通信できます。TC 7.3.6 / CE 8.1.0 から始まった TLS 1.0 の廃止はこのエラーの原因ではありません。',
          )
        : L(
            `${who ?? 'This release'} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do), so TMS at its default Medium level can still talk to it. The TLS 1.0 change that started with TC 7.3.6 / CE 8.1.0 does not explain the error.`,
            `${who ?? 'このリリース'} はまだ TLS 1.0 を受け付けます（TC 7.3.5 以前と CE 8.0.x は受け付けます）。そのため既定の Medium の TMS でも通信できるはずで、TC 7.3.6 / CE 8.1.0 から始まった TLS 1.0 の廃止はこのエラーの原因ではありません。`,
          ),
      L(
        'Keep in mind for later: once these endpoints are upgraded to TC 7.3.6+ or CE 8.1+, they will refuse TLS 1.0 and TMS at Medium will lose them. Preparing TMS first (TLS 1.1/1.2 on the server, Medium-High) avoids that.',
        '今後のための注意: これらのエンドポイントを TC 7.3.6 以降または CE 8.1 以降にアップグレードすると TLS 1.0 を拒否するようになり、Medium の TMS からは管理できなくなります。先に TMS 側（サーバでの TLS 1.1/1.2 有効化と Medium-High）を準備しておけば避けられます。',
      ),
      L(
        '"No HTTPS response" then has another cause. Look at these instead:',
        'この場合「No HTTPS response」には別の原因があります。次の点を確認してください。',
      ),
    ],
    steps: [
      L(
        'Reachability: can the TMS server open TCP 443 to the endpoint (firewall, routing, NAT, a changed IP address)?',
        '到達性: TMS サーバからエンドポイントの TCP 443 に接続できるか（ファイアウォール、ルーティング、NAT、IP アドレスの変更など）。',
      ),
      L(
        'HTTPS on the endpoint: is the HTTPS service enabled in the endpoint configuration (NetworkServices HTTP Mode)?',
        'エンドポイント側の HTTPS: エンドポイントの設定（NetworkServices の HTTP Mode）で HTTPS が有効になっているか。',
      ),
      L(
        'Certificate: has the endpoint certificate expired or been replaced, and does TMS require certificate validation?',
        '証明書: エンドポイントの証明書が期限切れになっていないか、差し替えられていないか、TMS 側で証明書の検証を必須にしていないか。',
      ),
      L(
        'Credentials and the version itself: check the endpoint really runs the version you gave (Systems > Navigator shows it), and that TMS\'s stored admin credentials still work.',
        '認証情報とバージョン: エンドポイントが本当にそのバージョンで動いているか（Systems > Navigator で確認できます）、TMS に登録した管理者の認証情報が有効か。',
      ),
    ],
  };
}

export function tmsMediumTls10Only(level: SecurityLevel | undefined): Finding {
  const body: LocalizedText[] = [
    L(
      'At the "Medium" Communication Security level, TMS offers only TLS 1.0 in its ClientHello, whatever the Windows registry allows. The endpoint resets the connection, TMS falls back to HTTP on port 80, gets a 301 redirect to HTTPS, and marks the system "No HTTPS response".',
      'Communication Security が「Medium」のとき、TMS は Windows のレジストリ設定に関係なく ClientHello で TLS 1.0 だけを提示します。エンドポイントが接続をリセットすると TMS はポート 80 の HTTP に切り替えますが、HTTPS への 301 リダイレクトが返るだけなので、そのシステムは「No HTTPS response」と表示されます。',
    ),
  ];
  if (level === undefined) {
    body.push(
      L(
        'You did not say which level is set; I assume Medium, which is the default. If it is already Medium-High, tell me and I will adjust the answer.',
        'レベルの設定が不明なため、既定値の Medium と仮定しています。すでに Medium-High になっている場合は教えてください。回答を修正します。',
      ),
    );
  } else if (level === 'low') {
    body.push(
      L(
        'Your level is Low, which behaves like Medium here (TLS 1.0 only).',
        '現在のレベルは Low で、この点では Medium と同じく TLS 1.0 しか使いません。',
      ),
    );
  }
  return {
    code: 'tms-medium-tls10-only',
    sources: ['cisco-technote-211279'],
    severity: 'critical',
    title: L(
      `TMS at ${level ? formatLevel(level) : 'Medium'} speaks only TLS 1.0: this is the cause`,
      `原因: ${level ? formatLevel(level) : 'Medium'} の TMS は TLS 1.0 しか使いません`,
    ),
    body,
  };
}

export function backupRegistryFirst(): Finding {
  return {
    code: 'backup-registry-first',
    sources: ['cisco-technote-211279'],
    severity: 'action',
    title: L('Back up the registry first', 'まずレジストリをバックアップする'),
    body: [
      L(
        'Connect to the TMS Windows server with Remote Desktop and save a copy of the registry before changing anything, so you can roll back.',
        'リモートデスクトップで TMS の Windows サーバに接続し、何かを変更する前にレジストリのコピーを保存してください。問題があれば元に戻せます。',
      ),
    ],
    steps: [
      L('Start `regedit` as an administrator.', '管理者として `regedit` を起動します。'),
      L(
        'Select File > Export, choose "All" as the export range and save the .reg file somewhere safe.',
        '[ファイル] > [エクスポート] を選び、エクスポート範囲を「すべて」にして .reg ファイルを安全な場所に保存します。',
      ),
    ],
  };
}

export function enableTls1112Registry(step: 'required' | 'verify', windows: WindowsVersion | undefined): Finding {
  const body: LocalizedText[] = [];
  if (!windows) {
    body.push(
      L(
        'I do not know the Windows Server release, so do this step: on 2008 R2 TLS 1.1/1.2 are off by default and the fix cannot work without it; on 2012 and later the keys only confirm the default, which is harmless.',
        'Windows Server のバージョンが不明なので、この手順は実施してください。2008 R2 では TLS 1.1/1.2 が既定で無効なため、この手順なしでは解決しません。2012 以降では既定値を明示するだけなので、実施しても害はありません。',
      ),
    );
  } else if (step === 'required' && windows.year === 2008 && !windows.r2) {
    body.push(
      L(
        'Required on Windows Server 2008 (not R2): TLS 1.1 and 1.2 are not even available there until Microsoft\'s update KB4019276 is installed. Install it first, then add the keys. (TMS 15 is normally installed on 2008 R2 or later; check that this really is the TMS server\'s release.)',
        'Windows Server 2008（R2 ではない）では必須です。このバージョンでは Microsoft の更新プログラム KB4019276 を適用するまで TLS 1.1 と 1.2 自体が使えません。先にこれを適用してから、キーを追加してください（TMS 15 は通常 2008 R2 以降にインストールされます。TMS サーバのバージョンが本当に 2008 か確認してください）。',
      ),
    );
  } else if (step === 'required') {
    body.push(
      L(
        `Required on ${formatWindows(windows)}: TLS 1.1 and 1.2 are off there by default, for the Client and the Server side alike.`,
        `${formatWindows(windows)} では必須です。このバージョンでは TLS 1.1 と 1.2 がクライアント側・サーバ側とも既定で無効です。`,
      ),
    );
  } else {
    body.push(
      L(
        `On ${formatWindows(windows)} TLS 1.1 and 1.2 are on by default, so this is a check: look at the keys, and create or correct them only if a hardening policy or a tool (e.g. IIS Crypto, a GPO) has switched them off.`,
        `${formatWindows(windows)} では TLS 1.1 と 1.2 は既定で有効なので、この手順は確認作業です。キーを確認し、セキュリティ強化のポリシーやツール（IIS Crypto や GPO など）で無効にされている場合だけ作成・修正してください。`,
      ),
    );
  }
  body.push(
    L(
      'The Client subkeys are the ones that matter for this problem: when TMS connects to an endpoint, the TMS server is the TLS client. Set the Server subkeys too, so inbound HTTPS to TMS can use TLS 1.2 as well.',
      'この問題で効いてくるのは Client サブキーです。TMS がエンドポイントに接続するとき、TMS サーバは TLS クライアントとして動作するためです。TMS への着信 HTTPS でも TLS 1.2 を使えるよう、Server サブキーも合わせて設定してください。',
    ),
    L(
      'A protocol counts as enabled when `Enabled` is non-zero and `DisabledByDefault` is 0. Do not disable TLS 1.0 or SSL 3.0 as part of this fix.',
      'プロトコルが有効とみなされるのは、`Enabled` が 0 以外で `DisabledByDefault` が 0 のときです。この作業の一環として TLS 1.0 や SSL 3.0 を無効にしないでください。',
    ),
    L(
      'Instead of editing by hand you can use IIS Crypto (Nartac Software), a GUI/CLI tool for the same Schannel settings. Tick TLS 1.1 and 1.2 for client and server; avoid its "Best Practices" template if SQL Server 2008 R2 runs on this server, because that template turns SSL 3.0 off.',
      '手作業で編集する代わりに、同じ Schannel 設定を GUI/CLI で変更できる IIS Crypto（Nartac Software）を使うこともできます。クライアントとサーバの TLS 1.1 と 1.2 にチェックを入れてください。ただし、このサーバで SQL Server 2008 R2 が動いている場合は、SSL 3.0 を無効にしてしまう「Best Practices」テンプレートは使わないでください。',
    ),
  );
  return {
    code: 'enable-tls11-12-registry',
    sources: windows && windows.year === 2008 && !windows.r2 ? ['ms-schannel-registry', 'ms-schannel-protocols', 'ms-kb4019276'] : ['ms-schannel-registry', 'ms-schannel-protocols'],
    severity: 'action',
    title:
      step === 'verify'
        ? L('Check that TLS 1.1 and 1.2 are enabled in Schannel', 'Schannel で TLS 1.1 と 1.2 が有効か確認する')
        : L('Enable TLS 1.1 and 1.2 in the Schannel registry', 'Schannel のレジストリで TLS 1.1 と 1.2 を有効にする'),
    body,
    steps: [
      L(`In \`regedit\`, open \`${REGISTRY_PATH}\`.`, `\`regedit\` で \`${REGISTRY_PATH}\` を開きます。`),
      L(
        'Create the keys `TLS 1.1` and `TLS 1.2` (if missing), and under each of them the subkeys `Client` and `Server`.',
        '`TLS 1.1` と `TLS 1.2` のキーを作成し（ない場合）、それぞれの下に `Client` と `Server` のサブキーを作成します。',
      ),
      L(
        'In each of the four subkeys create two DWORD (32-bit) values: `DisabledByDefault` = 0 and `Enabled` = 1.',
        '4 つのサブキーそれぞれに DWORD（32 ビット）値を 2 つ作成します: `DisabledByDefault` = 0、`Enabled` = 1。',
      ),
    ],
    literal: REGISTRY_LITERAL,
  };
}

export function rebootServer(): Finding {
  return {
    code: 'reboot-server',
    sources: ['ms-schannel-registry'],
    severity: 'action',
    title: L('Reboot the TMS server', 'TMS サーバを再起動する'),
    body: [
      L(
        'Schannel reads its protocol settings only when Windows starts, so the registry change takes effect after a reboot. Plan it as a short TMS outage.',
        'Schannel はプロトコル設定を Windows の起動時にしか読み込まないため、レジストリの変更は再起動後に反映されます。TMS が短時間停止する作業として計画してください。',
      ),
    ],
  };
}

export function tmsToolsMediumHigh(): Finding {
  return {
    code: 'tms-tools-medium-high',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'action',
    title: L('Set Communication Security to Medium-High in TMS Tools', 'TMS Tools で Communication Security を Medium-High にする'),
    body: [
      L(
        'From Medium-High on, TMS offers TLS 1.2 when it connects to endpoints. This is the setting that actually changes the ClientHello; the registry keys only make TLS 1.2 available to it.',
        'Medium-High 以上にすると、TMS はエンドポイントへの接続時に TLS 1.2 を提示するようになります。ClientHello を実際に変えるのはこの設定で、レジストリのキーは TLS 1.2 を使える状態にするためのものです。',
      ),
    ],
    steps: [
      L('Open TMS Tools on the TMS server.', 'TMS サーバで TMS Tools を開きます。'),
      L(
        'Go to Security Settings > Advanced Security Settings > Transport Layer Security Options.',
        '[Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] を開きます。',
      ),
      L('Set Communication Security to "Medium-High" and click Save.', 'Communication Security を「Medium-High」に変更し、[Save] をクリックします。'),
    ],
    literal: `${TMS_TOOLS_PATH} = Medium-High`,
  };
}

export function restartTmsServices(): Finding {
  return {
    code: 'restart-tms-services',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'action',
    title: L('Restart IIS and the TMS services', 'IIS と TMS のサービスを再起動する'),
    body: [
      L(
        'TMS picks up the new security level when its web application and services restart.',
        '新しいセキュリティレベルは、TMS の Web アプリケーションとサービスを再起動したときに反映されます。',
      ),
    ],
    steps: [
      L('Restart IIS (e.g. `iisreset` from an elevated prompt).', 'IIS を再起動します（管理者権限のプロンプトで `iisreset` など）。'),
      L(`Restart \`${SERVICES.scanner}\`.`, `\`${SERVICES.scanner}\` を再起動します。`),
      L(
        `Check \`${SERVICES.plcm}\` in services.msc and start it if it is stopped.`,
        `services.msc で \`${SERVICES.plcm}\` を確認し、停止していれば開始します。`,
      ),
    ],
    literal: RESTART_LITERAL,
  };
}

export function verifyTls12ClientHello(): Finding {
  return {
    code: 'verify-tls12-clienthello',
    sources: ['cisco-technote-211279'],
    severity: 'action',
    title: L('Verify the fix', '修正を確認する'),
    body: [
      L(
        'Two signs that it worked: a packet capture on the TMS server shows TMS\'s ClientHello to the endpoint advertising TLS 1.2 (0x0303) instead of TLS 1.0 (0x0301), and in Systems > Navigator the endpoint no longer shows "No HTTPS response" (force a refresh of the system, or wait for the next poll).',
        '成功の目安は 2 つあります。TMS サーバでパケットキャプチャを取ると、エンドポイント宛ての ClientHello が TLS 1.0（0x0301）ではなく TLS 1.2（0x0303）を提示していること。そして Systems > Navigator でエンドポイントに「No HTTPS response」が表示されなくなること（システムを手動で更新するか、次のポーリングを待ってください）。',
      ),
      L(
        'If TMS now opens the TCP connection but sends no ClientHello at all, TLS 1.0 has been disabled on the server while TLS 1.1/1.2 are not available to TMS: recheck the Client subkeys and the Medium-High setting.',
        'TMS が TCP 接続を開いたあと ClientHello をまったく送らない場合は、サーバで TLS 1.0 が無効になっている一方で TLS 1.1/1.2 が TMS から使えない状態です。Client サブキーと Medium-High の設定を見直してください。',
      ),
    ],
    literal: VERIFY_LITERAL,
  };
}

export function caveatTelnetSnmp(): Finding {
  return {
    code: 'caveat-telnet-snmp-disabled',
    sources: ['cisco-technote-211279'],
    severity: 'warning',
    title: L('Medium-High turns Telnet and SNMP off', 'Medium-High にすると Telnet と SNMP が使えなくなります'),
    body: [
      L(
        `Raising Communication Security from Medium to Medium-High disables Telnet and SNMP in TMS: \`${SERVICES.snmp}\` stops and TMS raises an alert. Systems that TMS manages over Telnet or SNMP (for example Polycom HDX or older Tandberg MXP units) then show "Security violation: Telnet communication is not allowed" and get a "TMS Connection Error" ticket.`,
        `Communication Security を Medium から Medium-High に上げると、TMS の Telnet と SNMP が無効になります。\`${SERVICES.snmp}\` が停止し、TMS がアラートを出します。TMS が Telnet や SNMP で管理しているシステム（Polycom HDX や古い Tandberg MXP など）には「Security violation: Telnet communication is not allowed」が表示され、「TMS Connection Error」のチケットが上がります。`,
      ),
      L(
        'Check before the change whether any managed system depends on Telnet or SNMP, and plan for it (replace, manage differently, or accept the loss).',
        '変更の前に、Telnet や SNMP に依存している管理対象がないか確認し、対処（置き換え、別の管理方法、影響の受け入れ）を決めておいてください。',
      ),
      TRANSLATION_NOTES.telnetDirection,
    ],
  };
}

export function caveatSql2008r2(sql: SqlVersion | undefined, tls12Build: boolean | null): Finding {
  const name = sql ? formatSql(sql) : 'SQL Server 2008 R2';
  // The title names the release the user has (2005, 2008 are treated like 2008 R2).
  const titleName = sql && !(sql.year === 2008 && sql.r2) ? `SQL Server ${sql.year}` : 'SQL Server 2008 R2';
  const body: LocalizedText[] = [
    L(
      `${name} on the TMS server needs TLS 1.0 and SSL 3.0 to stay enabled. If either is switched off, the SQL Server service stops and refuses to start again, and the event log shows event 26011 ("unable to initialize encryption because of a problem with a security library"), often with 17182 and 17826 — and TMS goes down with it.`,
      `TMS サーバ上の ${name} では、TLS 1.0 と SSL 3.0 を有効のままにしておく必要があります。どちらかを無効にすると SQL Server サービスが停止して再起動できなくなり、イベントログにイベント 26011（セキュリティライブラリの問題で暗号化を初期化できない）が、多くの場合 17182 や 17826 とともに記録されます。当然 TMS も止まります。`,
    ),
    L(
      'The fix above only adds TLS 1.1/1.2; it does not touch TLS 1.0 or SSL 3.0. Keep it that way, and if you use IIS Crypto, do not apply its "Best Practices" template, which disables SSL 3.0.',
      '上記の手順は TLS 1.1/1.2 を追加するだけで、TLS 1.0 や SSL 3.0 には触れません。そのままにしておいてください。IIS Crypto を使う場合は、SSL 3.0 を無効にする「Best Practices」テンプレートを適用しないでください。',
    ),
  ];
  if (sql && sql.year === 2008 && sql.r2) {
    body.push(
      tls12Build === true
        ? L(
            `This build is ${SQL2008R2_TLS12_BUILD} or later, which has TLS 1.2 support (Microsoft ${KB_SQL2008R2}). Even so, leave TLS 1.0 and SSL 3.0 on for this change.`,
            `このビルドは ${SQL2008R2_TLS12_BUILD} 以降で、TLS 1.2 に対応しています（Microsoft ${KB_SQL2008R2}）。それでも今回の作業では TLS 1.0 と SSL 3.0 を有効のままにしてください。`,
          )
        : tls12Build === false
          ? L(
              `This build is older than ${SQL2008R2_TLS12_BUILD} (SP3 with the TLS 1.2 update, Microsoft ${KB_SQL2008R2}), so it depends on TLS 1.0.`,
              `このビルドは ${SQL2008R2_TLS12_BUILD}（TLS 1.2 更新を適用した SP3、Microsoft ${KB_SQL2008R2}）より古いため、TLS 1.0 に依存しています。`,
            )
          : L(
              `Builds from ${SQL2008R2_TLS12_BUILD} on (SP3 with Microsoft ${KB_SQL2008R2}) also support TLS 1.2; older builds depend on TLS 1.0. \`SELECT @@VERSION\` shows the build.`,
              `${SQL2008R2_TLS12_BUILD} 以降のビルド（Microsoft ${KB_SQL2008R2} を適用した SP3）は TLS 1.2 にも対応していますが、それより古いビルドは TLS 1.0 に依存しています。ビルドは \`SELECT @@VERSION\` で確認できます。`,
            ),
    );
  } else if (sql) {
    body.push(
      L(
        `${name} is older than SQL Server 2008 R2 and is treated the same way here: keep TLS 1.0 and SSL 3.0 enabled.`,
        `${name} は SQL Server 2008 R2 より古いため、ここでは同じ扱いとします。TLS 1.0 と SSL 3.0 を有効のままにしてください。`,
      ),
    );
  }
  return {
    code: 'caveat-sql2008r2-keep-tls10-ssl3',
    sources: ['ms-kb3135244', 'ms-kb3146034'],
    severity: 'warning',
    title: L(`${titleName}: keep TLS 1.0 and SSL 3.0 enabled`, `${titleName}: TLS 1.0 と SSL 3.0 は有効のままにする`),
    body,
  };
}

export function caveatSql2012Kb(sql: SqlVersion, status: 'needs-kb3052404' | 'verify-kb3052404'): Finding {
  const name = formatSql(sql);
  const first =
    status === 'needs-kb3052404'
      ? L(
          `${name} on the TMS server predates TLS 1.2 support. Install the TLS 1.2 update for SQL Server (Microsoft ${KB_SQL2012_2014}) BEFORE you change any TLS setting on this server.`,
          `TMS サーバ上の ${name} は TLS 1.2 に対応する前のビルドです。このサーバの TLS 設定を変更する「前に」、SQL Server 用の TLS 1.2 更新プログラム（Microsoft ${KB_SQL2012_2014}）を適用してください。`,
        )
      : L(
          `${name} on the TMS server may or may not have TLS 1.2 support yet: check the build with \`SELECT @@VERSION\` and, if it is older than the fixed builds below, install the TLS 1.2 update (Microsoft ${KB_SQL2012_2014}) BEFORE you change any TLS setting.`,
          `TMS サーバ上の ${name} が TLS 1.2 に対応済みかどうかは、この情報だけでは分かりません。\`SELECT @@VERSION\` でビルドを確認し、下記の修正済みビルドより古ければ、TLS 設定を変更する「前に」TLS 1.2 更新プログラム（Microsoft ${KB_SQL2012_2014}）を適用してください。`,
        );
  return {
    code: 'caveat-sql2012-kb3052404',
    sources: ['ms-kb3052404', 'ms-kb3135244'],
    severity: 'warning',
    title: L(
      `SQL Server ${sql.year}: install ${KB_SQL2012_2014} first`,
      `SQL Server ${sql.year}: 先に ${KB_SQL2012_2014} を適用する`,
    ),
    body: [
      first,
      L(
        'Fixed builds: SQL Server 2012 SP2 GDR 11.0.5352 and SP2 CU10 11.0.5644.2, SP3 GDR 11.0.6216.27 and SP3 CU1 11.0.6518, SP4 and later; SQL Server 2014 SP1 GDR 12.0.4219 and SP1 CU5 12.0.4439.1, SP2 and later. 2012 RTM/SP1 and 2014 RTM need a service pack or update first. SQL Server 2016 and later need nothing.',
        '修正済みビルド: SQL Server 2012 は SP2 GDR 11.0.5352、SP2 CU10 11.0.5644.2、SP3 GDR 11.0.6216.27、SP3 CU1 11.0.6518、SP4 以降。SQL Server 2014 は SP1 GDR 12.0.4219、SP1 CU5 12.0.4439.1、SP2 以降。2012 RTM/SP1 と 2014 RTM は、先にサービスパックまたは更新プログラムの適用が必要です。SQL Server 2016 以降は対応不要です。',
      ),
    ],
  };
}

export function caveatRemoteSql(): Finding {
  return {
    code: 'caveat-remote-sql-untouched',
    severity: 'info',
    title: L('Remote SQL Server: not affected by this change', 'リモートの SQL Server: この変更の影響は受けません'),
    body: [
      L(
        'The SQL caveats (TLS 1.0/SSL 3.0 for 2008 R2, the TLS 1.2 update for 2012/2014) are about a SQL instance on the TMS server itself. Schannel settings on the TMS server do not change a SQL Server running on another machine. Keep the TMS-to-SQL connection in mind only if that server\'s own TLS settings are also being hardened.',
        'SQL に関する注意点（2008 R2 の TLS 1.0/SSL 3.0、2012/2014 の TLS 1.2 更新）は、TMS サーバ上にある SQL インスタンスについてのものです。TMS サーバの Schannel 設定は、別のマシンで動いている SQL Server には影響しません。そちらのサーバ自体の TLS 設定も強化する場合にだけ、TMS から SQL への接続に注意してください。',
      ),
    ],
  };
}

export function tmsPre15(tms: TmsVersion): Finding {
  return {
    code: 'tms-pre15-upgrade-or-downgrade',
    sources: ['cisco-bug-cscuz71542', 'cisco-technote-211279'],
    severity: 'critical',
    title: L(
      `${formatTms(tms)} cannot be fixed in place`,
      `${formatTms(tms)} はこのままでは修正できません`,
    ),
    body: [
      L(
        'TMS releases before 15 have no Communication Security option in TMS Tools, and adding TLS 1.1/1.2 to the Windows registry does not help: TMS keeps sending a TLS 1.0 ClientHello, which the endpoint resets. So the registry and TMS Tools steps do not apply to this server.',
        'TMS 15 より前のリリースの TMS Tools には Communication Security の設定がなく、Windows のレジストリで TLS 1.1/1.2 を有効にしても効果がありません。TMS は TLS 1.0 の ClientHello を送り続け、エンドポイントにリセットされます。そのため、レジストリと TMS Tools の手順はこのサーバには当てはまりません。',
      ),
      L(
        `This is tracked by Cisco as bug ${BUG_ID} (filed against TMS 14.6.x).`,
        `この問題は Cisco のバグ ${BUG_ID}（TMS 14.6.x に対して登録）として管理されています。`,
      ),
    ],
    steps: [
      L(
        'Either upgrade TMS to 15.x (check the TMS and SQL Server requirements of that release), then follow the TMS 15 fix: registry, reboot, Medium-High, restarts.',
        '方法 1: TMS を 15.x にアップグレードし（そのリリースの TMS と SQL Server の要件を確認してください）、その後 TMS 15 向けの手順（レジストリ、再起動、Medium-High、サービス再起動）を実施します。',
      ),
      L(
        'Or, as a stopgap, downgrade the affected endpoints to TC 7.3.3, which still accepts TLS 1.0.',
        '方法 2: 暫定策として、影響を受けるエンドポイントを TLS 1.0 をまだ受け付ける TC 7.3.3 にダウングレードします。',
      ),
    ],
  };
}

export function alreadyMediumHigh(level: SecurityLevel, windows: WindowsVersion | undefined): Finding {
  const win2008 = windows !== undefined && windows.year <= 2008;
  return {
    code: 'already-medium-high',
    sources: ['ms-schannel-registry', 'cisco-technote-211279'],
    severity: 'warning',
    title: L(
      `TMS is already at ${formatLevel(level)}: look at the Windows side`,
      `TMS はすでに ${formatLevel(level)} です: Windows 側を確認してください`,
    ),
    body: [
      L(
        `At ${formatLevel(level)} TMS offers TLS 1.2, so the security level is not what blocks it. The likely gap is Windows: TLS 1.1/1.2 not enabled for the Client side in Schannel${win2008 ? ' — on Windows Server 2008 R2 they are off by default' : ''}, or the server not rebooted since the keys were added.`,
        `${formatLevel(level)} の TMS は TLS 1.2 を提示するため、セキュリティレベルは原因ではありません。考えられるのは Windows 側で、Schannel の Client 側で TLS 1.1/1.2 が有効になっていない${win2008 ? '（Windows Server 2008 R2 では既定で無効です）' : ''}、またはキーを追加したあとにサーバを再起動していない、といった状態です。`,
      ),
      L(
        'Typical symptoms in a capture on the TMS server: TMS completes the TCP handshake to port 443 and then sends no ClientHello at all, or its ClientHello still says TLS 1.0 (0x0301).',
        'TMS サーバでキャプチャしたときの典型的な症状: TMS がポート 443 への TCP ハンドシェイクを完了したあと ClientHello をまったく送らない、または ClientHello がまだ TLS 1.0（0x0301）のままになっている。',
      ),
      L(
        'Also make sure IIS and the TMS services were restarted after the level was changed.',
        'あわせて、レベルを変更したあとに IIS と TMS のサービスを再起動したかも確認してください。',
      ),
    ],
  };
}

export function httpNotAffected(): Finding {
  return {
    code: 'http-not-affected',
    severity: 'info',
    title: L(
      'Not this problem: TMS manages this endpoint over HTTP',
      'この問題ではありません: TMS はこのエンドポイントを HTTP で管理しています',
    ),
    body: [
      L(
        'The TLS 1.0 change in TC 7.3.6 / CE 8.1.0 only affects connections made over HTTPS. When TMS talks to the endpoint over plain HTTP, no TLS handshake happens, so the endpoint refusing TLS 1.0 cannot cause the error.',
        'TC 7.3.6 / CE 8.1.0 での TLS 1.0 廃止が影響するのは HTTPS の接続だけです。TMS がエンドポイントと平文の HTTP で通信している場合は TLS ハンドシェイク自体が発生しないため、エンドポイントが TLS 1.0 を拒否することはエラーの原因になりません。',
      ),
      L(
        'Check instead: whether the endpoint now redirects HTTP to HTTPS (a 301 on port 80 means TMS must use HTTPS after all), whether HTTP is still enabled on the endpoint, reachability of port 80 from the TMS server, and the credentials TMS uses.',
        '代わりに確認する点: エンドポイントが HTTP を HTTPS にリダイレクトしていないか（ポート 80 で 301 が返るなら、TMS は結局 HTTPS を使う必要があります）、エンドポイントで HTTP がまだ有効か、TMS サーバからポート 80 に到達できるか、TMS が使う認証情報が正しいか。',
      ),
    ],
  };
}

export function verifyProbeTarget(stated: EndpointVersion, probeRefuses: boolean, probe: ProbeResult): Finding {
  const who = formatEndpoint(stated);
  const target = probe.target.slice(0, 100);
  return {
    code: 'verify-probe-target',
    severity: 'warning',
    title: L('The probe and the stated version disagree', 'プローブ結果と伝えられたバージョンが一致しません'),
    body: [
      probeRefuses
        ? L(
            `You said the endpoint runs ${who}, which accepts TLS 1.0, but the probe of ${target} saw TLS 1.0 refused.`,
            `エンドポイントは ${who}（TLS 1.0 を受け付けるリリース）とのことですが、${target} へのプローブでは TLS 1.0 が拒否されました。`,
          )
        : L(
            `You said the endpoint runs ${who}, which refuses TLS 1.0, but the probe of ${target} completed a TLS 1.0 handshake.`,
            `エンドポイントは ${who}（TLS 1.0 を拒否するリリース）とのことですが、${target} へのプローブでは TLS 1.0 のハンドシェイクが成立しました。`,
          ),
      L(
        'Before acting on either, check that the probed address is really this endpoint (not a proxy, a load balancer or another device) and that the version is the one it runs now (Systems > Navigator, or the endpoint\'s own web page).',
        'どちらかに基づいて作業する前に、プローブしたアドレスが本当にこのエンドポイントか（プロキシやロードバランサ、別の機器ではないか）、そしてバージョンが現在動いているものか（Systems > Navigator やエンドポイントの Web 画面）を確認してください。',
      ),
    ],
  };
}

/**
 * "host:port" for a probed target. The probe's own result already names the port in `target`;
 * a hand-written result may not, so the port is added only when missing.
 */
export function probeWhere(probe: ProbeResult): string {
  const target = typeof probe.target === 'string' ? probe.target.slice(0, 100) : '?';
  const port = typeof probe.port === 'number' ? probe.port : 443;
  return target.endsWith(`:${port}`) ? target : `${target}:${port}`;
}

/**
 * The probe's `error` in Japanese, read by its stable prefix (src/probe/types.ts); an error
 * without a known prefix is shown as the probe wrote it.
 */
function probeErrorJa(error: string): string {
  if (error.startsWith('port closed:')) return 'ポートが閉じています: TCP 接続が拒否されました';
  if (error.startsWith('host silent:')) return 'ホストが応答しません: TCP 接続に応答がありません（停止中、フィルタされている、またはアドレスの誤り）';
  if (error.startsWith('not TLS:')) return error.includes('HTTP') ? 'TLS ではありません: このポートは平文の HTTP で応答します' : 'TLS ではありません: このポートは TLS 以外のデータで応答します';
  return error;
}

export function probeUnreachable(probe: ProbeResult): Finding {
  const where = probeWhere(probe);
  return {
    code: 'probe-unreachable',
    severity: 'warning',
    title: L('The probe could not reach the endpoint', 'プローブがエンドポイントに到達できませんでした'),
    body: [
      L(
        `No TCP connection to ${where}${probe.error ? ` (${probe.error.slice(0, 200)})` : ''}. The probe cannot tell which TLS versions the endpoint accepts. If TMS cannot reach it either, the cause is the network path or the endpoint itself, not TLS.`,
        `${where} に TCP 接続できませんでした${probe.error ? `（${probeErrorJa(probe.error.slice(0, 200))}）` : ''}。そのため、エンドポイントがどの TLS バージョンを受け付けるかは判定できません。TMS からも到達できないのであれば、原因は TLS ではなく、ネットワーク経路かエンドポイント自体にあります。`,
      ),
    ],
  };
}

export function probeNotTls(probe: ProbeResult): Finding {
  const where = probeWhere(probe);
  return {
    code: 'probe-not-tls',
    severity: 'warning',
    title: L('The probed port does not speak TLS', 'プローブしたポートは TLS に応答しません'),
    body: [
      L(
        `${where} accepted the TCP connection but did not answer like a TLS server. Check the port (HTTPS is normally 443) and that HTTPS is enabled on the endpoint.`,
        `${where} は TCP 接続を受け付けましたが、TLS サーバとしては応答しませんでした。ポート番号（HTTPS は通常 443）と、エンドポイントで HTTPS が有効になっているかを確認してください。`,
      ),
    ],
  };
}

export function probeInconclusive(probe: ProbeResult): Finding {
  const where = probeWhere(probe);
  return {
    code: 'probe-inconclusive',
    severity: 'info',
    title: L('The probe result is inconclusive', 'プローブ結果からは判断できません'),
    body: [
      L(
        `The probe of ${where} did not show clearly whether TLS 1.0 is refused while TLS 1.2 works (some handshakes timed out or were not tried). I will rely on the version you give instead.`,
        `${where} へのプローブでは、TLS 1.0 が拒否され TLS 1.2 が通るかどうかをはっきり確認できませんでした（タイムアウトした、または試行していないハンドシェイクがあります）。代わりにお知らせいただくバージョンで判断します。`,
      ),
    ],
  };
}

export function probeNoTmsProtocol(probe: ProbeResult, tls13Only: boolean): Finding {
  const where = probeWhere(probe);
  return {
    code: 'probe-no-tms-protocol',
    severity: 'warning',
    title: L('The probed server refuses TLS 1.0, 1.1 and 1.2', 'プローブ先は TLS 1.0・1.1・1.2 をすべて拒否しています'),
    body: [
      L(
        `${where} refused TLS 1.0, 1.1 and 1.2${tls13Only ? ' and accepted only TLS 1.3' : ''}. TMS cannot manage such a server over HTTPS at any Communication Security level, and no TC or CE release behaves like this (they accept TLS 1.2), so raising TMS to Medium-High would not help.`,
        `${where} は TLS 1.0、1.1、1.2 をすべて拒否しました${tls13Only ? '（TLS 1.3 のみ受け付けています）' : ''}。このようなサーバは Communication Security のどのレベルでも TMS から HTTPS で管理できません。また、TC や CE のリリースはこのような挙動をしない（TLS 1.2 を受け付ける）ため、TMS を Medium-High にしても解決しません。`,
      ),
      L(
        'Check that the probed address is really the endpoint (not a proxy, load balancer or other device in front of it).',
        'プローブしたアドレスが本当にエンドポイントか（手前にあるプロキシやロードバランサ、別の機器ではないか）を確認してください。',
      ),
    ],
  };
}

export function httpRedirectsToHttps(probe: ProbeResult): Finding {
  const port = probe.http?.port ?? 80;
  return {
    code: 'http-redirects-to-https',
    severity: 'warning',
    title: L('The endpoint redirects HTTP to HTTPS', 'エンドポイントは HTTP を HTTPS にリダイレクトしています'),
    body: [
      L(
        `You said TMS manages this endpoint over HTTP, but the probe saw port ${port} answer with a redirect to HTTPS. TMS's HTTP requests then end at the HTTPS interface anyway, so the TLS version question applies after all.`,
        `TMS はこのエンドポイントを HTTP で管理しているとのことですが、プローブではポート ${port} が HTTPS へのリダイレクトを返しました。この場合 TMS の HTTP リクエストも結局 HTTPS 側に向かうため、TLS バージョンの問題が当てはまります。`,
      ),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Questions

const choice = (value: string, en: string, ja: string): Choice => ({ value, label: L(en, ja) });

export const QUESTION_CODES = [
  'need-endpoint-version',
  'need-tms-version',
  'need-sql-version',
  'need-windows-version',
  'need-security-level',
] as const satisfies readonly QuestionCode[];

export function question(code: (typeof QUESTION_CODES)[number]): Question {
  switch (code) {
    case 'need-endpoint-version':
      return {
        code,
        required: true,
        text: L(
          'Which software version do the affected endpoints run? (Systems > Navigator shows it, or the endpoint\'s web page.) The exact version matters: TC 7.3.5 and CE 8.0.x still accept TLS 1.0, TC 7.3.6, CE 8.1 and later do not.',
          '影響を受けているエンドポイントのソフトウェアバージョンを教えてください（Systems > Navigator やエンドポイントの Web 画面で確認できます）。TC 7.3.5 と CE 8.0.x は TLS 1.0 を受け付け、TC 7.3.6・CE 8.1 以降は受け付けないため、正確なバージョンが必要です。',
        ),
        example: 'TC7.3.6',
        choices: [
          choice('TC7.3.5', 'TC 7.3.5 or earlier', 'TC 7.3.5 以前'),
          choice('TC7.3.6', 'TC 7.3.6 or later', 'TC 7.3.6 以降'),
          choice('CE8.0', 'CE 8.0.x', 'CE 8.0.x'),
          choice('CE8.1', 'CE 8.1 or later', 'CE 8.1 以降'),
          choice('RoomOS', 'RoomOS (10 or later)', 'RoomOS（10 以降）'),
        ],
      };
    case 'need-tms-version':
      return {
        code,
        required: true,
        text: L(
          'Which TMS version is installed? (Shown in the TMS web interface, e.g. on its About page.) TMS 15 and later can be fixed in place; older releases cannot.',
          'インストールされている TMS のバージョンを教えてください（TMS の Web 画面の About などで確認できます）。TMS 15 以降はそのまま修正できますが、それより前のリリースはできません。',
        ),
        example: '15.2.1',
        choices: [
          choice('14', 'TMS 14.x or earlier', 'TMS 14.x 以前'),
          choice('15', 'TMS 15.x', 'TMS 15.x'),
        ],
      };
    case 'need-sql-version':
      return {
        code,
        required: true,
        text: L(
          'Which SQL Server version does TMS use, and does it run on the TMS server itself? (`SELECT @@VERSION` shows it.) SQL 2008 R2 and 2012/2014 on the TMS server need care before TLS settings change.',
          'TMS が使っている SQL Server のバージョンと、それが TMS サーバ上で動いているかを教えてください（`SELECT @@VERSION` で確認できます）。TMS サーバ上の SQL 2008 R2 と 2012/2014 は、TLS 設定を変更する前に注意が必要です。',
        ),
        example: 'SQL Server 2012 SP1',
        choices: [
          choice('2008 R2', 'SQL Server 2008 R2', 'SQL Server 2008 R2'),
          choice('2012', 'SQL Server 2012', 'SQL Server 2012'),
          choice('2014', 'SQL Server 2014', 'SQL Server 2014'),
          choice('2016', 'SQL Server 2016 or later', 'SQL Server 2016 以降'),
          choice('remote', 'Not on the TMS server', 'TMS サーバ上にはない'),
        ],
      };
    case 'need-windows-version':
      return {
        code,
        required: false,
        text: L(
          'Which Windows Server release does TMS run on? (`winver` shows it.) On 2008 R2 the registry step is required; from 2012 on it is a check.',
          'TMS が動いている Windows Server のバージョンを教えてください（`winver` で確認できます）。2008 R2 ではレジストリの手順が必須で、2012 以降では確認作業になります。',
        ),
        example: 'Windows Server 2012 R2',
        choices: [
          choice('2008 R2', 'Windows Server 2008 R2', 'Windows Server 2008 R2'),
          choice('2012 R2', 'Windows Server 2012 / 2012 R2', 'Windows Server 2012 / 2012 R2'),
          choice('2016', 'Windows Server 2016', 'Windows Server 2016'),
          choice('2019', 'Windows Server 2019', 'Windows Server 2019'),
          choice('2022', 'Windows Server 2022', 'Windows Server 2022'),
        ],
      };
    case 'need-security-level':
      return {
        code,
        required: false,
        text: L(
          `Which Communication Security level is set in TMS Tools? (${TMS_TOOLS_PATH}.) Medium is the default.`,
          `TMS Tools で設定されている Communication Security のレベルを教えてください（${TMS_TOOLS_PATH}）。既定値は Medium です。`,
        ),
        example: 'Medium',
        choices: [
          choice('low', 'Low', 'Low'),
          choice('medium', 'Medium (default)', 'Medium（既定）'),
          choice('medium-high', 'Medium-High', 'Medium-High'),
          choice('high', 'High', 'High'),
        ],
      };
  }
}
