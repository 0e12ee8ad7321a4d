/**
 * The knowledge of the "No HTTPS response" problem as typed, bilingual data.
 *
 * Every text here is written for tms-doctor (facts from Cisco TechNote 211279, Cisco's TMS
 * documentation and Microsoft's documentation, restated in our own words in English and Japanese;
 * see /work/shared/knowledge.md and docs/ja-style.md). Literal values (registry paths, value names,
 * service names, commands) are kept untranslated in `literal` and in `backticks`; code in a
 * literal carries no prose, so it reads the same in both languages. Builders take the facts that
 * change a text and return a fresh Finding / Question each time. Tables live by topic:
 * ./sql.ts (SQL Server builds), ./windows.ts (Schannel defaults, registry plan, reboot rule).
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
} from '../types';
import type { ProbeResult } from '../../probe/types';
import { advisingMediumHigh } from '../advises';
import { formatEndpoint, formatLevel, formatSql, formatTms, formatWindows, sqlLabelBuildConflict, tmsCanBeFixedInPlace } from '../versions';
import { isCeOnlyModel, meetingServerBefore23, OTHER_PRODUCT_IDS, OTHER_PRODUCTS, type OtherProductId } from './products';
import { SQL_TLS12_BUILDS, sqlBelowNeeds, sqlTlsStatus, tls12BuildsText, type SqlTlsKind } from './sql';
import { remoteSqlTls10OffCheck, sqlTls12Support } from './remote-sql';
import { dotnetStrongCryptoFile, REGISTRY_PATH, registryFile, registryPlan, type RebootAdvice, type RegistryPlan } from './windows';

export * from './sql';
export * from './windows';
export * from './products';
export * from './scope';
export * from './sql-outage';
export * from './certificates';
export * from './claims';
export * from './tls10-client-off';
export * from './symptoms';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

// ---------------------------------------------------------------------------------------------
// Literals (code only: no prose, so nothing in them needs translating)

/** The TechNote's four subkeys (TLS 1.1 and 1.2, Client and Server) as a .reg file, CRLF, as regedit writes it (the document's procedure; the bot's own .reg is TLS 1.2 only: registryPlan). */
export const REGISTRY_LITERAL = registryFile(['TLS 1.1', 'TLS 1.2']);

export const TMS_TOOLS_PATH =
  'TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security';

export const SERVICES = {
  iis: 'IIS',
  scanner: 'TMSDatabaseScannerService',
  plcm: 'TMSPLCMDirectoryService',
  snmp: 'TMSSNMPService',
} as const;

/** The TMS Windows services that open connections to managed systems (Cisco TMS admin guide). */
export const TMS_SERVICES = [
  'TMSDatabaseScannerService',
  'TMSLiveService',
  'TMSPLCMDirectoryService',
  'TMSSchedulerService',
  'TMSServerDiagnosticsService',
  'TMSSNMPService',
] as const;

/** PowerShell: restart IIS and every TMS service that is running, start TMSPLCMDirectoryService when stopped. */
export const RESTART_LITERAL = [
  'iisreset',
  `Get-Service ${TMS_SERVICES.filter((s) => s !== 'TMSPLCMDirectoryService').join(', ')} |`,
  "  Where-Object Status -eq 'Running' | Restart-Service",
  `if ((Get-Service ${SERVICES.plcm}).Status -ne 'Running') { Start-Service ${SERVICES.plcm} }`,
].join('\n');

/**
 * After a reboot (knowledge.md, Fix step 6, "start TMSPLCMDirectoryService if it is stopped"): the reboot restarts IIS and the
 * services that were running, not one that was stopped, so the PLCM check stays (QA61 #6). Said wherever a reboot stands in for
 * the restart step.
 */
export const PLCM_AFTER_REBOOT = L(
  `A reboot starts only the services set to start with Windows, so a stopped one may stay stopped: afterwards check that \`${SERVICES.plcm}\` runs and start it if it does not.`,
  `再起動で開始されるのは Windows の起動時に開始する設定のサービスだけなので、停止していたサービスは停止したままのことがあります。再起動のあとで \`${SERVICES.plcm}\` が実行中かどうかを確認し、停止していれば開始してください。`,
);

/** The Wireshark 3.0+ display filter for TMS's ClientHellos to port 443 (older releases: ssl.handshake.type). */
export const VERIFY_FILTER = 'tls.handshake.type == 1 && tcp.port == 443';
export const VERIFY_LITERAL = VERIFY_FILTER;

/** .NET strong crypto, both registry views (Microsoft, "TLS best practices with the .NET Framework"). */
export const DOTNET_LITERAL = dotnetStrongCryptoFile();

export const BUG_ID = 'CSCuz71542';
export const KB_SQL2012_2014 = 'KB3052404';
export const KB_SQL2008R2 = 'KB3135244';
export const KB_SQL2008_INTERMITTENT = 'KB3146034';
export const SQL2008R2_TLS12_BUILD = '10.50.6542.0';
export const SQL2008_TLS12_BUILD = '10.0.6547.0';
export const SQL_EVENTS = [26011, 17182, 17826] as const;
/**
 * Schannel events: the three knowledge.md names as proof that Schannel, not TMS, refused a handshake, and 36887 (an alert
 * received), which the event texts pair with 36888 (an alert sent). Only 36874 names one side (a request received from a
 * client: a connection TO this server); for the others the event's own text says which, and 36887/36888 occur on
 * connections either way (knowledge.md does not split them by side: say to read the event, not which side it is).
 */
export const SCHANNEL_EVENTS = { proof: [36871, 36874, 36888], alertReceived: 36887, incomingOnly: 36874 } as const;

// ---------------------------------------------------------------------------------------------
// Notes the bot can show when a user quotes the Japanese translation of the TechNote

export const TRANSLATION_NOTES = {
  telnetDirection: L(
    'A note on the Japanese translation of the Cisco TechNote: it says Telnet and SNMP stop when the level goes from Medium-High to Medium. That is backwards. The English original, and the way the setting works, say it is raising the level from Medium to Medium-High that turns Telnet and SNMP off.',
    'Cisco TechNote の日本語訳についての注意：訳文では「Medium-High から Medium に変更すると Telnet と SNMP が無効になる」と読めますが、向きが逆です。英語の原文と設定の仕組みのとおり、Telnet と SNMP が無効になるのはレベルを Medium から Medium-High に上げたときです。',
  ),
  bugId: L(
    `A note on the Japanese translation of the Cisco TechNote: the bug ID printed there is garbled. The correct Cisco bug ID is ${BUG_ID}.`,
    `Cisco TechNote の日本語訳についての注意：訳文に記載されたバグ ID は誤っています。正しい Cisco バグ ID は ${BUG_ID} です。`,
  ),
} as const;
/** The translation named: the Japanese translation, 「日本語訳」「訳文」, the TechNote's 日本語版/翻訳/和訳 (see translationNote). */
const TRANSLATION_NAMED =
  /日本語訳|訳文|(?:technote|tech\snote|テクニカル\s?ノート|資料|記事|ドキュメント)\s?(?:の|を|が)?\s?(?:日本語版|翻訳|和訳)|(?:翻訳|和訳)(?:版|された|済みの?)?の?\s?(?:technote|tech\snote|テクニカル\s?ノート|資料|記事|ドキュメント)|(?<![a-z])(?:japanese\s(?:translation|technote|tech\snote|doc)|japanese\sversion\sof\s(?:the\s|this\s|cisco'?s\s)?(?:technote|tech\snote|doc|article)|(?:the|its|this|that)\stranslation|translated\s(?:technote|doc|document|version|article))(?![a-z])/i;
/** The translation's backwards Telnet direction, or a CSCu bug ID (see detectTranslationQuote). */
const TELNET_DIRECTION_QUOTES = [
  /(?:from\s)?medium[\s-]?high\s(?:to|→|->)\s?medium(?![\s-]?high)/i,
  /medium[\s-]?high\s?(?:から|→)\s?medium(?![\s-]?high)/i,
  /ミディアム[\s・ー-]?ハイ\s?(?:から|→)\s?ミディアム(?![\s・ー-]?ハイ)/,
] as const;
const CSCU_ID = /cscu[a-z]?\s?\d{3,8}/i;
/**
 * Word gates (one required literal of each alternative; test/conversation/r16-reader-gates.test.ts checks them over every grid
 * message): the translation named (日本語訳, 訳文, 日本語版, 翻訳, 和訳, japanese, translat…), and the translation's backwards
 * direction or a CSCu bug ID ("high to", "high→", 「ハイから」, "cscu"). Nearly every message has none, and one cheap pattern
 * then stands for the readers' one to four (TRANSLATION_NAMED opens with twenty alternatives, some behind lookbehinds).
 */
const TRANSLATION_WORD = /日本語訳|訳文|日本語版|翻訳|和訳|japanese|translat/i;
const TRANSLATION_QUOTE_GATE = /(?:high|ハイ)\s?(?:to|→|->|から)|cscu/i;
/** Each gate with the patterns it stands for (for the gates' test). */
export const TRANSLATION_GATES: readonly (readonly [RegExp, readonly RegExp[]])[] = [
  [TRANSLATION_WORD, [TRANSLATION_NAMED]],
  [TRANSLATION_QUOTE_GATE, [...TELNET_DIRECTION_QUOTES, CSCU_ID]],
];

/**
 * Does the text speak of the translation ("the Japanese translation", 「日本語訳」「翻訳」「訳文」) or quote its backwards
 * Telnet direction? Then the note on it is worth showing (knowledge.md: to a user who quotes the translation); otherwise
 * the caveat alone, said the right way round, is enough.
 */
export function translationNote(text: unknown): 'telnet-direction' | 'bug-id' | null {
  const quote = detectTranslationQuote(text);
  if (quote) return quote;
  const s = (typeof text === 'string' ? text : '').slice(0, 20_000);
  if (!TRANSLATION_WORD.test(s)) return null;
  // 日本語版 / 翻訳 / 和訳 alone also read "Windows Server 2012 R2 日本語版です" and 「翻訳ツールで書いています」: with those the
  // document is named next to them (TechNote の日本語版, 翻訳された資料); 日本語訳 and 訳文 speak of a translated text by themselves.
  if (!TRANSLATION_NAMED.test(s)) return null;
  return /(?<![a-z])(?:bug|csc)|バグ/i.test(s) && !/telnet|snmp|テルネット/i.test(s) ? 'bug-id' : 'telnet-direction';
}

/**
 * Does the text repeat one of the translation's mistakes? 'telnet-direction' when it says Telnet/SNMP
 * are lost going from Medium-High to Medium; 'bug-id' when it quotes a CSCuz… ID that is not
 * CSCuz71542. Bounded input, linear regexes.
 */
export function detectTranslationQuote(text: unknown): 'telnet-direction' | 'bug-id' | null {
  const s = (typeof text === 'string' ? text : '').slice(0, 20_000);
  if (!TRANSLATION_QUOTE_GATE.test(s)) return null;
  if (TELNET_DIRECTION_QUOTES.some((re) => re.test(s))) return 'telnet-direction';
  const m = CSCU_ID.exec(s);
  if (m && m[0].replace(/\s/g, '').toLowerCase() !== BUG_ID.toLowerCase()) return 'bug-id';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Findings

const ep = (v?: EndpointVersion) => (v ? formatEndpoint(v) : undefined);


/** The level as the user set it, for texts ("Medium" when unknown: the default). */
const lvl = (level: SecurityLevel | undefined) => (level ? formatLevel(level) : 'Medium');

/** `completed`: the highest of TLS 1.2 / 1.1 the probe completed a handshake with (null: not known, say both). */
/** `ceOnlyModels`: no release known, only CE 9 / RoomOS-only hardware named (it cannot run TC; every release it runs refuses TLS 1.0). */
/** `pre15`: the TMS release on record is before 15 (no Medium-High: the probe's TLS 1.2 is said as what TMS offers from 15.x on; QA54 #3). */
export function endpointNoTls10(endpoint: EndpointVersion | undefined, byProbe: boolean, completed: '1.2' | '1.1' | null = null, ceOnlyModels?: string[], pre15 = false): Finding {
  const who = ep(endpoint);
  const hw = !who && ceOnlyModels?.length ? ceOnlyModels.join(', ') : null;
  const body: LocalizedText[] = [
    hw
      ? L(
          `The ${hw} came with CE 9 / RoomOS and cannot run TC, so whatever release it runs refuses TLS 1.0 on its HTTPS interface (every CE release from 8.1.0 and every RoomOS release does), while it accepts TLS 1.2: the release does not change the answer. A client that offers nothing but TLS 1.0 is reset right after its ClientHello.`,
          `${hw} は CE 9 / RoomOS とともに登場した機種で、TC は動きません。そのため、どのリリースでも HTTPS で TLS 1.0 を受け付けず（CE 8.1.0 以降と RoomOS のすべてのリリースが同様です）、TLS 1.2 は受け付けます。リリースによって答えは変わりません。TLS 1.0 しか提示しないクライアントの接続は、ClientHello の直後にエンドポイントによってリセットされます。`,
        )
      : who
      ? L(
          `${who} refuses TLS 1.0 on its HTTPS interface, as every TC release from 7.3.6, every CE release from 8.1.0 and every RoomOS release does, while every TC and CE release accepts TLS 1.2. So a client that offers nothing but TLS 1.0 is reset right after its ClientHello.`,
          `${who} は HTTPS で TLS 1.0 を受け付けません。TC 7.3.6 以降、CE 8.1.0 以降、および RoomOS のすべてのリリースが同様で、一方 TC と CE はどのリリースも TLS 1.2 を受け付けます。そのため、TLS 1.0 しか提示しないクライアントの接続は ClientHello の直後にエンドポイントによってリセットされます。`,
        )
      : L(
          'The endpoint refuses TLS 1.0 on its HTTPS interface (as every TC release from 7.3.6, CE from 8.1.0 and RoomOS does), so a client that offers nothing but TLS 1.0 is reset right after its ClientHello.',
          'このエンドポイントは HTTPS で TLS 1.0 を受け付けません（TC 7.3.6 以降、CE 8.1.0 以降、RoomOS と同じ動作です）。TLS 1.0 しか提示しないクライアントの接続は、ClientHello の直後にエンドポイントによってリセットされます。',
        ),
  ];
  if (byProbe) {
    body.push(
      completed === '1.2' && pre15
        ? L(
            'The probe confirms it: the endpoint refused a TLS 1.0 handshake and completed a TLS 1.2 one, a version TMS offers only from 15.x on (at Medium-High).',
            'プローブ結果もこれを裏付けています。TLS 1.0 のハンドシェイクは拒否され、TLS 1.2（TMS では 15.x 以降の Medium-High で提示されるバージョン）のハンドシェイクは成立しました。',
          )
        : completed === '1.2'
        ? L(
            'The probe confirms it: the endpoint refused a TLS 1.0 handshake and completed a TLS 1.2 one, the version TMS offers at Medium-High.',
            'プローブ結果もこれを裏付けています。TLS 1.0 のハンドシェイクは拒否され、TLS 1.2（Medium-High の TMS が提示するバージョン）のハンドシェイクは成立しました。',
          )
        : completed === '1.1'
          ? L(
              'The probe saw the endpoint refuse a TLS 1.0 handshake and complete a TLS 1.1 one, but not a TLS 1.2 one. TLS 1.2 is the version that matters (every TC and CE release accepts it): check that the probe reached the endpoint itself, not a device in front of it.',
              'プローブでは、TLS 1.0 のハンドシェイクは拒否され、TLS 1.1 は成立しましたが、TLS 1.2 は成立しませんでした。重要なのは TLS 1.2 です（TC と CE はどのリリースも受け付けます）。プローブが前段の機器ではなくエンドポイント自体に届いているか確認してください。',
            )
          : L(
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

/** `level`: at Medium-High or High TMS already offers TLS 1.2: the text does not speak of Medium, nor of raising it later. */
export function endpointAcceptsTls10(endpoint: EndpointVersion | undefined, byProbe: boolean, level?: SecurityLevel, tms?: TmsVersion): Finding {
  const who = ep(endpoint);
  // TMS before 15 has no Communication Security setting: it cannot be prepared in place (knowledge.md, "TMS before 15").
  const pre15 = !!tms && !tmsCanBeFixedInPlace(tms);
  const raised = level === 'medium-high' || level === 'high';
  return {
    code: 'endpoint-accepts-tls10',
    severity: 'info',
    title: L(
      'Not this problem: the endpoint still accepts TLS 1.0',
      'この問題ではありません（エンドポイントは TLS 1.0 を受け付けます）',
    ),
    body: [
      raised
        ? L(
            `${byProbe ? 'The probe completed a TLS 1.0 handshake with the endpoint' : `${who ?? 'This release'} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do)`}, and every TC and CE release accepts TLS 1.2, which TMS offers at ${formatLevel(level)}. So the TLS version is not what fails here: the TLS 1.0 change that started with TC 7.3.6 / CE 8.1.0 does not explain the error.`,
            `${byProbe ? 'プローブでエンドポイントとの TLS 1.0 ハンドシェイクが成立しています' : `${who ?? 'このリリース'} はまだ TLS 1.0 を受け付けます（TC 7.3.5 以前と CE 8.0.x は受け付けます）`}。また TC と CE はどのリリースも TLS 1.2 を受け付け、${formatLevel(level)} の TMS は TLS 1.2 を提示します。そのため失敗の原因は TLS のバージョンではなく、TC 7.3.6 / CE 8.1.0 から始まった TLS 1.0 の廃止はこのエラーの原因ではありません。`,
          )
        : byProbe && pre15
        ? L(
            `The probe completed a TLS 1.0 handshake with the endpoint, and TLS 1.0 is what ${formatTms(tms!)} offers in its ClientHello, so TMS can talk to it. The TLS 1.0 change that started with TC 7.3.6 / CE 8.1.0 does not explain the error.`,
            `プローブでエンドポイントとの TLS 1.0 ハンドシェイクが成立しました。${formatTms(tms!)} が ClientHello で提示するのも TLS 1.0 なので、TMS は通信できます。TC 7.3.6 / CE 8.1.0 から始まった TLS 1.0 の廃止は、このエラーの原因ではありません。`,
          )
        : byProbe
        ? L(
            'The probe completed a TLS 1.0 handshake with the endpoint, so TMS at Medium can talk to it. The TLS 1.0 change that started with TC 7.3.6 / CE 8.1.0 does not explain the error.',
            'プローブでエンドポイントとの TLS 1.0 ハンドシェイクが成立したため、Medium の TMS でも通信できます。TC 7.3.6 / CE 8.1.0 から始まった TLS 1.0 の廃止は、このエラーの原因ではありません。',
          )
        : pre15
        ? // (TMS before 15 has no levels: not "its default Medium level", QA61 #8.)
          L(
            `${formatTms(tms!)} offers TLS 1.0 in its ClientHello, and ${who ?? 'this release'} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do), so TMS can still talk to it. The TLS 1.0 change that started with TC 7.3.6 / CE 8.1.0 does not explain the error.`,
            `${formatTms(tms!)} は ClientHello で TLS 1.0 を提示し、${who ?? 'このリリース'} はまだ TLS 1.0 を受け付けます（TC 7.3.5 以前と CE 8.0.x は受け付けます）。そのため TMS は通信できるはずで、TC 7.3.6 / CE 8.1.0 から始まった TLS 1.0 の廃止はこのエラーの原因ではありません。`,
          )
        : L(
            `${who ?? 'This release'} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do), so TMS at its default Medium level can still talk to it. The TLS 1.0 change that started with TC 7.3.6 / CE 8.1.0 does not explain the error.`,
            `${who ?? 'このリリース'} はまだ TLS 1.0 を受け付けます（TC 7.3.5 以前と CE 8.0.x は受け付けます）。そのため既定の Medium の TMS でも通信できるはずで、TC 7.3.6 / CE 8.1.0 から始まった TLS 1.0 の廃止はこのエラーの原因ではありません。`,
          ),
      ...(raised
        ? []
        : [
            pre15
              ? MH(
                  `Keep in mind for later: once these endpoints are upgraded to TC 7.3.6+ or CE 8.1+, they will refuse TLS 1.0, and ${formatTms(tms!)} will lose them: before TMS 15 there is no Communication Security setting, and TLS 1.2 in the registry does not change the TLS 1.0 that TMS offers in its ClientHello. So the order is: upgrade TMS to 15.x first (check its SQL Server requirements before that upgrade), then enable TLS 1.2 on the server and set Medium-High, and only then upgrade the endpoints.`,
                  `今後のための注意：これらのエンドポイントを TC 7.3.6 以降または CE 8.1 以降にアップグレードすると TLS 1.0 を拒否するようになり、${formatTms(tms!)} からは管理できなくなります。TMS 15 より前には Communication Security の設定がなく、レジストリで TLS 1.2 を有効にしても、TMS が ClientHello で提示する TLS 1.0 は変わりません。順序は、まず TMS を 15.x にアップグレードし（その前に 15.x の SQL Server の要件を確認してください）、次にサーバで TLS 1.2 を有効にして Medium-High に変更し、最後にエンドポイントをアップグレードする、となります。`,
                )
              : MH(
                  'Keep in mind for later: once these endpoints are upgraded to TC 7.3.6+ or CE 8.1+, they will refuse TLS 1.0 and TMS at Medium will lose them. Preparing TMS first (TLS 1.2 on the server, Medium-High) avoids that.',
                  '今後のための注意：これらのエンドポイントを TC 7.3.6 以降または CE 8.1 以降にアップグレードすると TLS 1.0 を拒否するようになり、Medium の TMS からは管理できなくなります。先に TMS 側を準備しておけば（サーバでの TLS 1.2 の有効化と Medium-High への変更）、これを避けられます。',
                ),
          ]),
      L(
        '"No HTTPS response" then has another cause. Look at these instead:',
        'この場合、「No HTTPS response」には別の原因があります。次の点を確認してください。',
      ),
    ],
    steps: [
      L(
        'Reachability: can the TMS server open TCP 443 to the endpoint (firewall, routing, NAT, a changed IP address)?',
        '到達性：TMS サーバからエンドポイントの TCP 443 に接続できるか（ファイアウォール、ルーティング、NAT、IP アドレスの変更など）。',
      ),
      L(
        'HTTPS on the endpoint: `xConfiguration NetworkServices HTTP Mode` (CE/RoomOS) or `xConfiguration NetworkServices HTTPS Mode` (TC 7) must allow HTTPS.',
        'エンドポイント側の HTTPS：`xConfiguration NetworkServices HTTP Mode`（CE/RoomOS）または `xConfiguration NetworkServices HTTPS Mode`（TC 7）で HTTPS が許可されているか。',
      ),
      // (Level High exists from TMS 15 on: before it, not named, QA61 #8.)
      pre15
        ? L(
            'Certificate: has the endpoint certificate expired or been replaced, and is a certificate revocation check enabled in TMS (if this release offers one)?',
            '証明書：エンドポイントの証明書が期限切れになっていないか、差し替えられていないか。TMS 側で証明書の失効確認を有効にしていないか（このリリースにその設定がある場合）。',
          )
        : L(
            'Certificate: has the endpoint certificate expired or been replaced, and does TMS require certificate validation (level High) or a revocation check?',
            '証明書：エンドポイントの証明書が期限切れになっていないか、差し替えられていないか。TMS 側で証明書の検証（レベル High）や失効確認を有効にしていないか。',
          ),
      L(
        'Credentials and the version itself: check the endpoint really runs the version you gave (`xStatus SystemUnit Software Version`, or Systems > Navigator), and that TMS\'s stored admin credentials still work.',
        '認証情報とバージョン：エンドポイントが本当にそのバージョンで動いているか（`xStatus SystemUnit Software Version`、または [Systems] > [Navigator] で確認できます）、TMS に登録した管理者の認証情報が有効か。',
      ),
      // (QA59 #3: TMS offering only TLS 1.0 with TLS 1.0 off for the server's Client side fails every system, old ones too.)
      ...(raised
        ? []
        : [
            L(
              'TLS 1.0 on the TMS server: if a policy or a tool (a GPO, IIS Crypto, a security baseline) turned TLS 1.0 off for the Schannel Client side while TMS offers only TLS 1.0, TMS sends no ClientHello at all and every system fails, this one too. Check `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client` (`Enabled` = 0 or `DisabledByDefault` = 1 means off), or a capture on the TMS server: a TCP handshake to port 443, then no ClientHello.',
              'TMS サーバの TLS 1.0：TMS が TLS 1.0 だけを提示する状態で、ポリシーやツール（GPO、IIS Crypto、セキュリティ ベースライン）によって Schannel の Client 側の TLS 1.0 が無効になっていると、TMS は ClientHello をまったく送らず、このシステムも含めてすべてのシステムが失敗します。`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client` を確認するか（`Enabled` = 0 または `DisabledByDefault` = 1 なら無効）、TMS サーバでキャプチャしてください（ポート 443 への TCP ハンドシェイクのあと ClientHello がない）。',
            ),
          ]),
    ],
  };
}

/**
 * `noHello`: the endpoint accepts TLS 1.0 but TLS 1.0 is off for the TMS server's Client side
 * (knowledge/tls10-client-off.ts): TMS sends no hello at all, so nothing is reset.
 */
export function tmsMediumTls10Only(level?: SecurityLevel, windows?: WindowsVersion, product = false, noHello = false): Finding {
  const plan = registryPlan(windows);
  const who = product ? L('The managed system', '管理対象のシステム') : L('The endpoint', 'エンドポイント');
  const body: LocalizedText[] = [
    noHello && level !== 'low'
      ? L(
          `At the "Medium" Communication Security level, TMS offers only TLS 1.0 in its ClientHello, whatever the Windows registry allows. With TLS 1.0 off for the Client side it cannot offer even that, so ${product ? 'the managed system' : 'the endpoint'} never receives a hello and TMS marks it "No HTTPS response". Medium-High offers TLS 1.2, ${product ? 'which the system must accept (see above)' : 'which every TC and CE release accepts'}.`,
          `[Communication Security] が Medium のとき、TMS は Windows のレジストリ設定にかかわらず、ClientHello で TLS 1.0 だけを提示します。Client 側で TLS 1.0 が無効だとそれすら提示できないため、${product ? '管理対象のシステム' : 'エンドポイント'}には hello が届かず、TMS はそのシステムに「No HTTPS response」と表示します。Medium-High では TLS 1.2 を提示し、${product ? 'システム側がそれを受け付ける必要があります（上記）' : 'TC と CE はどのリリースも TLS 1.2 を受け付けます'}。`,
        )
      : level === 'low'
      ? MH(
          'Your level is Low. The Cisco TechNote speaks only of Medium and Medium-High; Cisco\'s TMS Administrator Guide indicates that Low does not offer TLS 1.2 either. Check the guide for your TMS release: either way, Medium-High is the level that offers TLS 1.2.',
          '現在のレベルは Low です。Cisco TechNote が扱っているのは Medium と Medium-High だけですが、Cisco の TMS アドミニストレータ ガイドによれば、Low でも TLS 1.2 は提示されません。お使いの TMS リリースのガイドで確認してください。いずれにしても、TLS 1.2 を提示するのは Medium-High です。',
        )
      : L(
          product
            ? // What the capture shows (RST, HTTP fallback, 301) is documented for endpoints only.
              'At the "Medium" Communication Security level, TMS offers only TLS 1.0 in its ClientHello, whatever the Windows registry allows. The managed system does not accept a TLS 1.0-only handshake, so TMS marks it "No HTTPS response". (The sources describe what a capture then shows for endpoints: a reset right after the ClientHello, then HTTP on port 80 answered with a 301; a capture of this system shows how it refuses.)'
            : `At the "Medium" Communication Security level, TMS offers only TLS 1.0 in its ClientHello, whatever the Windows registry allows. ${who.en} resets the connection, TMS falls back to HTTP on port 80, gets a 301 redirect to HTTPS, and marks the system "No HTTPS response".`,
          product
            ? '[Communication Security] が Medium のとき、TMS は Windows のレジストリ設定にかかわらず、ClientHello で TLS 1.0 だけを提示します。管理対象のシステムは TLS 1.0 だけのハンドシェイクを受け付けないため、TMS はそのシステムに「No HTTPS response」と表示します（資料に記載されているキャプチャの様子、つまり ClientHello 直後のリセット、ポート 80 の HTTP への切り替えと 301 の応答はエンドポイントについてのものです。このシステムがどのように拒否するかはキャプチャで確認できます）。'
            : `[Communication Security] が Medium のとき、TMS は Windows のレジストリ設定にかかわらず、ClientHello で TLS 1.0 だけを提示します。${who.ja}が接続をリセットすると、TMS はポート 80 の HTTP に切り替えますが、HTTPS への 301 リダイレクトが返るだけなので、そのシステムには「No HTTPS response」が表示されます。`,
        ),
  ];
  if (plan.tls10OffByDefault && windows) {
    body.push(
      L(
        `On ${formatWindows(windows)} TLS 1.0 and 1.1 are off by default (as in every Windows release after September 2023), so at Medium TMS cannot even build a ClientHello: it completes the TCP handshake to port 443 and then sends nothing.`,
        `${formatWindows(windows)} では TLS 1.0 と 1.1 が既定で無効です（2023 年 9 月以降の Windows リリースはすべて同様です）。そのため Medium の TMS は ClientHello を作成できず、ポート 443 への TCP ハンドシェイクを完了したあと何も送信しません。`,
      ),
    );
  }
  if (level === undefined) {
    body.push(
      L(
        'You did not say which level is set; I assume Medium, which is the default. If it is already Medium-High, tell me and I will adjust the answer.',
        'レベルの設定が不明なため、既定値の Medium と仮定しています。すでに Medium-High になっている場合はお知らせください。回答を修正します。',
      ),
    );
  }
  return {
    code: 'tms-medium-tls10-only',
    sources: level === 'low' ? ['cisco-technote-211279', 'cisco-tms-admin-guide'] : ['cisco-technote-211279'],
    severity: 'critical',
    title:
      level === 'low'
        ? L('TMS at Low does not offer TLS 1.2: this is the likely cause', '原因の可能性：Low の TMS は TLS 1.2 を提示しません')
        : L(`TMS at ${lvl(level)} speaks only TLS 1.0: this is the cause`, `原因：${lvl(level)} の TMS は TLS 1.0 しか使いません`),
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
        'リモート デスクトップで TMS の Windows サーバに接続し、変更を始める前にレジストリのコピーを保存してください。問題が起きたときに元に戻せます。',
      ),
    ],
    steps: [
      L('Start `regedit` as an administrator.', '管理者として `regedit` を起動します。'),
      L(
        'Select File > Export, choose "All" as the export range and save the .reg file somewhere safe.',
        '[ファイル] > [エクスポート] を選択し、[エクスポート範囲] で [すべて] を選んで、.reg ファイルを安全な場所に保存します。',
      ),
    ],
  };
}

/** Registry step texts for a plan (exported so follow-up answers can reuse them). */
export function registryStepNote(plan: RegistryPlan, windows: WindowsVersion | undefined): LocalizedText {
  if (plan.step === 'unknown') {
    return L(
      'I do not know the Windows Server release, so check this step. On 2008 R2 TLS 1.2 is off by default and the fix cannot work without these keys; on 2008 (not R2) TLS 1.1 and 1.2 do not exist at all until Microsoft\'s update KB4019276 is installed, so install it before adding the keys; from 2012 on it is on unless a policy turned it off. The keys are not harmless everywhere: TLS 1.1 keys would switch TLS 1.1 back on where the OS (Windows Server 2025) or a hardening policy turned it off. TLS 1.2 is the one that matters; TLS 1.1 is optional and deprecated (RFC 8996), so the file below sets TLS 1.2 only.',
      'Windows Server のバージョンが不明なため、この手順を確認してください。2008 R2 では TLS 1.2 が既定で無効で、これらのキーがなければ解決しません。2008（R2 ではない）では、Microsoft の更新プログラム KB4019276 を適用するまで TLS 1.1 と 1.2 自体がないため、キーを追加する前にこれを適用してください。2012 以降では、ポリシーで無効にされていない限り有効です。また、キーの追加はどの環境でも無害というわけではありません。TLS 1.1 のキーを追加すると、OS（Windows Server 2025）やセキュリティ強化ポリシーが無効にした TLS 1.1 が再び有効になります。必要なのは TLS 1.2 で、TLS 1.1 は任意かつ非推奨（RFC 8996）のため、下のファイルでは TLS 1.2 だけを設定しています。',
    );
  }
  if (plan.needsKb4019276) {
    return L(
      'Required on Windows Server 2008 (not R2): TLS 1.1 and 1.2 do not exist there until Microsoft\'s update KB4019276 is installed. Install it first, then add the keys. (Check with `winver` that this really is the TMS server\'s release.)',
      'Windows Server 2008（R2 ではない）では必須です。このバージョンには、Microsoft の更新プログラム KB4019276 を適用するまで TLS 1.1 と 1.2 自体がありません。先にこれを適用してから、キーを追加してください（TMS サーバのバージョンが本当に 2008（R2 ではない）か、`winver` で確認してください）。',
    );
  }
  if (plan.step === 'required') {
    return L(
      `Required on ${formatWindows(windows!)}: TLS 1.1 and 1.2 are off there by default, for the Client and the Server side alike. TLS 1.2 is the one that matters (Medium-High needs it, and every TC and CE release accepts it), so the file below sets TLS 1.2 only. The TechNote enables TLS 1.1 too; TLS 1.1 is deprecated (RFC 8996) and not needed here.`,
      `${formatWindows(windows!)} では必須です。このバージョンでは TLS 1.1 と 1.2 がクライアント側とサーバ側のどちらも既定で無効です。重要なのは TLS 1.2 です（Medium-High に必要で、TC と CE のどのリリースも受け付けます）。そのため、下のファイルでは TLS 1.2 だけを設定しています。TechNote では TLS 1.1 も有効にしていますが、TLS 1.1 は非推奨（RFC 8996）で、今回は不要です。`,
    );
  }
  if (plan.tls10OffByDefault) {
    return L(
      `On ${formatWindows(windows!)} TLS 1.2 is on by default and TLS 1.0 and 1.1 are off (as in every Windows release after September 2023). Check only the TLS 1.2 keys, and do not switch TLS 1.1 (or 1.0) back on. Cisco does not document TMS support for Windows Server 2025 in the sources I know: check TMS's release notes before relying on this server.`,
      `${formatWindows(windows!)} では TLS 1.2 が既定で有効で、TLS 1.0 と 1.1 は無効です（2023 年 9 月以降の Windows リリースはすべて同様です）。TLS 1.2 のキーだけを確認し、TLS 1.1（および 1.0）を再び有効にしないでください。なお、Windows Server 2025 での TMS のサポートは、私が参照している資料には記載がありません。このサーバで運用する前に TMS のリリースノートを確認してください。`,
    );
  }
  return L(
    `On ${formatWindows(windows!)} TLS 1.2 is on by default, so this is a check: look at the TLS 1.2 keys, and create or correct them only if a hardening policy or a tool (IIS Crypto, a GPO) has switched TLS 1.2 off. If the keys are already right, nothing changes here and no reboot is needed for this step.`,
    `${formatWindows(windows!)} では TLS 1.2 が既定で有効なため、この手順は確認作業です。TLS 1.2 のキーを確認し、セキュリティ強化のポリシーやツール（IIS Crypto や GPO など）で TLS 1.2 が無効にされている場合だけ、作成または修正してください。キーがすでに正しければ、ここで変更するものはなく、この手順のための再起動も不要です。`,
  );
}

/** The same when a pasted listing (IIS Crypto) shows TLS 1.2 on, not the user's words (QA62 #19). */
const PASTED_SET_NOTE = L(
  'What you pasted shows TLS 1.2 enabled, so this step is a check: compare the `TLS 1.2\\Client` and `TLS 1.2\\Server` values with the ones below, and create or correct a key only where it differs.',
  '貼り付けていただいた内容では TLS 1.2 が有効なので、この手順は確認作業です。`TLS 1.2\\Client` と `TLS 1.2\\Server` の値を下記と照らし合わせ、異なる場合だけキーを作成または修正してください。',
);

/** The registry step's first paragraph when the user says the TLS 1.2 keys are already set. */
const SAID_SET_NOTE = L(
  'You say these keys are already set, so this step is a check: compare the `TLS 1.2\\Client` and `TLS 1.2\\Server` values with the ones below, and create or correct a key only where it differs.',
  'これらのキーは設定済みとのことなので、この手順は確認作業です。`TLS 1.2\\Client` と `TLS 1.2\\Server` の値を下記と照らし合わせ、異なる場合だけキーを作成または修正してください。',
);

/**
 * The registry step's first paragraph when the user says they created or changed the keys ("I fixed the
 * keys", 「キーを修正しました」): the step is done (the values are still worth a look), and because keys
 * changed, the reboot applies (knowledge.md, Fix step 4).
 */
const SAID_CHANGED_NOTE = L(
  'You say you created or changed these keys, so this step is done: compare the `TLS 1.2\\Client` and `TLS 1.2\\Server` values with the ones below and correct a key only where it differs.',
  'これらのキーは作成または変更済みとのことなので、この手順は完了しています。`TLS 1.2\\Client` と `TLS 1.2\\Server` の値を下記と照らし合わせ、異なる場合だけ修正してください。',
);
const CHANGED_REBOOT_NOTE = L(
  'Because the keys changed, running processes do not use them yet: the reboot step applies.',
  'キーを変更したため、実行中のプロセスにはまだ反映されていません。再起動の手順が必要です。',
);

/** `keysChanged`: the user says the keys were created or changed (facts.tlsClaims.keysChanged): the step is done, and a reboot follows. */
/** `restarted`: with `keysChanged`, the user says the server was restarted since (the reboot is not announced as still to do). */
/**
 * IIS Crypto's "Best Practices" warning of the registry step, for the SQL Server the conversation knows (QA round 20 #10b):
 * a SQL known to run elsewhere is not touched; one without TLS 1.2 support is named; one with it needs no warning.
 */
function bestPracticesNote(sql?: SqlVersion, sqlLocation?: 'local' | 'remote'): LocalizedText {
  const head = L(
    'Instead of editing by hand you can use IIS Crypto (Nartac Software), a GUI/CLI tool for the same Schannel settings. Do not apply its "Best Practices" template as part of this fix: it disables SSL 3.0 and TLS 1.0',
    '手作業で編集する代わりに、同じ Schannel 設定を GUI/CLI で変更できる IIS Crypto（Nartac Software）も使えます。ただし、この作業では IIS Crypto の [Best Practices] テンプレートを適用しないでください。このテンプレートは SSL 3.0 と TLS 1.0 を無効にします',
  );
  const st = sql ? sqlTlsStatus(sql) : null;
  const safe = st ? st.kind === 'nothing-needed' || st.kind === 'has-tls12' || (st.kind === 'keep-tls10' && st.tls12 === 'yes') : false;
  if (sqlLocation === 'remote' || (sql && safe)) return L(`${head.en}, a hardening change of its own.`, `${head.ja}。これは別のセキュリティ強化作業です。`);
  if (sql && st) {
    const name = formatSql(sql);
    const where = sqlLocation === 'local' ? L(' on this server', 'このサーバ上の ') : L(' (if it runs on this server)', '（このサーバ上で動いている場合）');
    const named = L(`${name}${where.en}`, `${sqlLocation === 'local' ? where.ja : ''}${name}${sqlLocation === 'local' ? '' : where.ja}`);
    // 2008 R2 on one of the first TLS 1.2 builds (10.50.6537 / 10.0.6543): Microsoft's KB3146034 says they can stop
    // intermittently; the advice is a later build, not "it would stop".
    if (st.kind === 'keep-tls10' && st.tls12 === 'early')
      return L(
        `${head.en}. ${named.en} is on one of the first builds with TLS 1.2 support, which Microsoft (KB3146034) says can stop intermittently: ${earlyBuildMoveTail(sql).en}`,
        `${head.ja}。${named.ja} は TLS 1.2 に対応した最初期のビルドで、Microsoft（KB3146034）によると断続的に停止することがあります。${earlyBuildMoveTail(sql).ja}`,
      );
    // (The build decides: 2012/2014 without a build, 2008 R2 without one.)
    const unsure = st.kind === 'check-build' || (st.kind === 'keep-tls10' && st.tls12 === null);
    // SQL 2008 / 2008 R2 without TLS 1.2: knowledge.md names the failing case (KB3135244: both off, the service stops).
    if (st.kind === 'keep-tls10')
      return unsure
        ? L(
            `${head.en}, which would stop ${named.en} if its build has no TLS 1.2 support (\`SELECT @@VERSION\` shows it): such a build does not start with both off.`,
            `${head.ja}。${named.ja} のビルドが TLS 1.2 非対応の場合、両方が無効になると起動しなくなります（ビルドは \`SELECT @@VERSION\` で確認できます）。`,
          )
        : L(
            `${head.en}, which would stop ${named.en}: a build without TLS 1.2 support does not start with both off.`,
            `${head.ja}。${named.ja} は TLS 1.2 非対応のビルドのため、両方が無効になると起動しなくなります。`,
          );
    // SQL 2012 / 2014: knowledge.md says a build with TLS 1.2 support comes before any TLS setting changes (the SQL caveat).
    return unsure
      ? L(
          `${head.en}, a TLS change that ${named.en} must not meet unless its build has TLS 1.2 support (\`SELECT @@VERSION\` shows it; see the SQL Server caveat).`,
          `${head.ja}。${named.ja} は、ビルドが TLS 1.2 に対応していない限り、この変更の前に TLS 1.2 対応のビルドにする必要があります（ビルドは \`SELECT @@VERSION\` で確認できます。SQL Server の注意点を参照）。`,
        )
      : L(
          `${head.en}, a TLS change that ${named.en} must not meet before it is on a build with TLS 1.2 support (see the SQL Server caveat).`,
          `${head.ja}。${named.ja} は、この変更の前に TLS 1.2 対応のビルドにする必要があります（SQL Server の注意点を参照）。`,
        );
  }
  return L(
    `${head.en}, which would stop a SQL Server 2008 R2 without TLS 1.2 support if one runs on this server.`,
    `${head.ja}。そのため、このサーバ上に TLS 1.2 非対応の SQL Server 2008 R2 があると、SQL Server が起動しなくなります。`,
  );
}

/**
 * `keysOffSeen`: pasted evidence shows the TLS 1.2\\Client key off or only partly set (the registry finding above says so): the step is
 * required whatever the Windows default, and says so instead of "this is a check" (QA60 #16).
 */
export function enableTls1112Registry(windowsOrStep?: WindowsVersion | 'required' | 'verify', maybeWindows?: WindowsVersion, saidSet: boolean | 'pasted' = false, keysChanged = false, restarted = false, sql?: SqlVersion, sqlLocation?: 'local' | 'remote', keysOffSeen = false): Finding {
  const windows = typeof windowsOrStep === 'object' ? windowsOrStep : maybeWindows;
  const plan = registryPlan(windows);
  const keys = plan.keys.map((k) => `\`${k}\``).join(plan.keys.length > 1 ? ' and ' : '');
  const keysJa = plan.keys.map((k) => `\`${k}\``).join('と');
  // "a check … no reboot is needed for this step" (2012–2022) contradicts keys just changed: left out then.
  const checkOnly = plan.step !== 'required' && plan.step !== 'unknown' && !plan.tls10OffByDefault && !plan.needsKb4019276;
  const body: LocalizedText[] = [
    ...(keysChanged ? [restarted ? SAID_CHANGED_NOTE : L(`${SAID_CHANGED_NOTE.en} ${CHANGED_REBOOT_NOTE.en}`, `${SAID_CHANGED_NOTE.ja}${CHANGED_REBOOT_NOTE.ja}`)] : saidSet === 'pasted' ? [PASTED_SET_NOTE] : saidSet ? [SAID_SET_NOTE] : []),
    ...(keysChanged && checkOnly ? [] : keysOffSeen && checkOnly ? [KEYS_OFF_SEEN_NOTE] : [registryStepNote(plan, windows)]),
    L(
      'The Client subkeys are the ones that matter for this problem: when TMS connects to an endpoint, the TMS server is the TLS client. The Server subkeys matter when systems connect to TMS over HTTPS: in Secure-Only mode (HTTPS both ways) and for endpoints that reach TMS over HTTPS, so set them too.',
      'この問題に関係するのは Client サブキーです。TMS がエンドポイントに接続するとき、TMS サーバは TLS クライアントとして動作するためです。一方、システムから TMS に HTTPS で接続する場合（Secure-Only モードでは双方向とも HTTPS です）や、エンドポイントが HTTPS で TMS にアクセスする場合は Server サブキーも関係するため、こちらも設定してください。',
    ),
    // (Windows Server 2025 and later: TLS 1.0 and SSL 3.0 are off by default, knowledge.md's Schannel table; "do not disable them"
    // and "the template disables them" read as if they were on, QA64 #17.)
    plan.tls10OffByDefault
      ? L(
          'A protocol counts as enabled when `Enabled` is non-zero and `DisabledByDefault` is 0; `Enabled` = 0 disables it. On this Windows release TLS 1.0 and SSL 3.0 are already off by default: this fix does not turn them on.',
          'プロトコルが有効とみなされるのは、`Enabled` が 0 以外で `DisabledByDefault` が 0 のときです。`Enabled` = 0 にすると無効になります。この Windows リリースでは TLS 1.0 と SSL 3.0 は既定で無効です。この修正でそれらを有効にすることはありません。',
        )
      : L(
          'A protocol counts as enabled when `Enabled` is non-zero and `DisabledByDefault` is 0; `Enabled` = 0 disables it. Do not disable TLS 1.0 or SSL 3.0 as part of this fix.',
          'プロトコルが有効とみなされるのは、`Enabled` が 0 以外で `DisabledByDefault` が 0 のときです。`Enabled` = 0 にすると無効になります。この作業の一環として TLS 1.0 や SSL 3.0 を無効にしないでください。',
        ),
    plan.tls10OffByDefault
      ? L(
          'Instead of editing by hand you can use IIS Crypto (Nartac Software), a GUI/CLI tool for the same Schannel settings. Its "Best Practices" template is a hardening change of its own, not part of this fix.',
          '手作業で編集する代わりに、同じ Schannel 設定を GUI/CLI で変更できる IIS Crypto（Nartac Software）も使えます。[Best Practices] テンプレートの適用は別のセキュリティ強化作業で、この修正には含まれません。',
        )
      : bestPracticesNote(sql, sqlLocation),
    L(
      'Redundant TMS (two nodes): make this change on both nodes, or a failover brings the error back.',
      '冗長構成の TMS（2 ノード）では、両方のノードでこの変更を行ってください。片方だけでは、フェールオーバー後にエラーが再発します。',
    ),
  ];
  return {
    code: 'enable-tls11-12-registry',
    sources: plan.needsKb4019276
      ? ['ms-schannel-registry', 'ms-schannel-protocols', 'ms-kb4019276']
      : plan.tls10OffByDefault || plan.step === 'unknown'
        ? ['ms-schannel-registry', 'ms-schannel-protocols', 'ms-tls10-11-disabled', 'rfc8996']
        : ['ms-schannel-registry', 'ms-schannel-protocols'],
    severity: 'action',
    title: keysChanged
      ? L('TLS 1.2 in the Schannel registry: done, you say (check the values)', 'Schannel のレジストリの TLS 1.2：変更済みとのこと（値を確認）')
      : (plan.step === 'required' && !saidSet) || keysOffSeen
        ? L('Enable TLS 1.2 in the Schannel registry', 'Schannel のレジストリで TLS 1.2 を有効にする')
        : L('Check that TLS 1.2 is enabled in Schannel', 'Schannel で TLS 1.2 が有効か確認する'),
    body,
    steps: [
      L(`In \`regedit\`, open \`${REGISTRY_PATH}\`.`, `\`regedit\` で \`${REGISTRY_PATH}\` を開きます。`),
      L(
        `Create the key${plan.keys.length > 1 ? 's' : ''} ${keys} (if missing), and under ${plan.keys.length > 1 ? 'each of them' : 'it'} the subkeys \`Client\` and \`Server\`.`,
        `${keysJa} のキーがなければ作成し、その下に \`Client\` と \`Server\` のサブキーを作成します。`,
      ),
      L(
        'In each of these subkeys create two DWORD (32-bit) values: `DisabledByDefault` = 0 and `Enabled` = 1.',
        'それぞれのサブキーに、DWORD（32 ビット）値を 2 つ作成します（`DisabledByDefault` = 0、`Enabled` = 1）。',
      ),
      L(
        'Or save the text below as a .reg file and import it (it is written as regedit writes one: CRLF line endings, a blank line at the end).',
        'または、下のテキストを .reg ファイルとして保存してインポートします（regedit が書き出す形式と同じく、改行は CRLF で、末尾に空行があります）。',
      ),
    ],
    literal: registryFile(plan.keys),
  };
}

/** The registry step when a paste showed the TLS 1.2\\Client key off on a release where TLS 1.2 is on by default (QA60 #16). */
const KEYS_OFF_SEEN_NOTE = L(
  'Required here, not a check: the TLS 1.2\\Client values you pasted keep TLS 1.2 off (see "The registry keeps TLS 1.2 off for TMS" above), and the keys win over the Windows default. Set them as below, then reboot once. If a GPO wrote them, change the policy, or it writes them back.',
  'この環境ではこの手順は確認ではなく必須です。貼り付けていただいた TLS 1.2\\Client の値では TLS 1.2 が無効のままで（上の「レジストリで TMS の TLS 1.2 が無効になっています」を参照）、キーの値は Windows の既定値より優先されます。下記のとおり設定し、1 回再起動してください。GPO が書き込んだ値なら、ポリシーの方を変更してください。そうしないと値が書き戻されます。',
);

/** Why and when to reboot, for the given advice (exported for follow-up answers). */
/** `restarted`: the user says the server was rebooted (or its services restarted) since the change. */
/** `verdictSaid`: the text before it already said when a reboot is needed (a follow-up answer's first line): the rule is not repeated. */
export function rebootNote(advice: RebootAdvice, levelChanges: boolean, saidSet: boolean | 'pasted' = false, restarted = false, verdictSaid = false): LocalizedText {
  const note = rebootNoteFor(advice, levelChanges, verdictSaid);
  if (restarted && advice === 'reboot-if-changed' && !levelChanges) {
    return L(
      `Reboot only if checking the TLS 1.2 keys made you create or change one; that one reboot also restarts IIS and the TMS services that were running. You say the server was already rebooted (or the services restarted) since the change, so with the keys already right there is nothing to restart again: a new reboot would be an outage for nothing.`,
      '再起動が必要なのは、TLS 1.2 のキーを確認した結果、キーを作成または変更した場合だけです。この 1 回の再起動で、IIS と実行中だった TMS サービスも再起動されます。変更後にすでにサーバ（または TMS サービス）を再起動したとのことなので、キーがすでに正しければ、もう一度再起動する必要はありません。再起動しても意味のない停止になります。',
    );
  }
  if (restarted && advice === 'reboot') {
    // A reboot says nothing about whether the keys exist: one done before they were created or changed does not count.
    // (`restarted` also covers "ran iisreset and restarted the TMS services" (QA39 14), which is no reboot: the text
    // names both and says that the services alone may not be every process that uses Schannel.)
    return L(
      `${note.en} You say the server was rebooted or its services restarted already: that counts only if it came after the keys were created or changed; a restart before that changed nothing. Restarting IIS and the TMS services alone may not reach every process that uses Schannel: after a key change, the one reboot is the sure way.`,
      `${note.ja}サーバの再起動またはサービスの再起動は済んでいるとのことですが、それが有効なのはキーを作成または変更したあとだった場合だけです。それより前の再起動では何も変わっていません。また、IIS と TMS サービスの再起動だけでは、Schannel を使うすべてのプロセスに届かない場合があります。キーを変更したあとは、この 1 回のサーバ再起動が確実な方法です。`,
    );
  }
  if (!saidSet || advice !== 'reboot-if-changed') return note;
  if (saidSet === 'pasted')
    return L(
      `${note.en} What you pasted shows the keys already set: if they were set after the server last started, running processes do not use them yet, so that one reboot is needed after all.`,
      `${note.ja}なお、貼り付けていただいた内容ではキーは設定済みですが、サーバが最後に起動したあとで設定した場合は、実行中のプロセスにはまだ反映されていないため、この 1 回の再起動が必要です。`,
    );
  return L(
    `${note.en} Since you say the keys are already set: if they were set after the server last started, running processes do not use them yet, so that one reboot is needed after all.`,
    `${note.ja}なお、キーは設定済みとのことですが、サーバが最後に起動したあとで設定した場合は、実行中のプロセスにはまだ反映されていないため、この 1 回の再起動が必要です。`,
  );
}

function rebootNoteFor(advice: RebootAdvice, levelChanges: boolean, verdictSaid = false): LocalizedText {
  const why = L(
    'Microsoft says Schannel protocol settings apply to credential handles acquired after the change, so restarting every process that uses Schannel may be enough; a reboot is the safe, usual way to be sure.',
    'Microsoft によれば、Schannel のプロトコル設定は変更後に取得された資格情報ハンドルに適用されます。そのため Schannel を使うプロセスをすべて再起動すれば足りる場合もありますが、確実なのは、通常どおりサーバを再起動する方法です。',
  );
  const once = levelChanges
    ? L(
        // The reboot step comes after the TMS Tools step in the answer; follow-up answers quote it alone: no "above"/"below".
        // "that were running": a stopped TMSPLCMDirectoryService stays stopped; the restart step says to check it (QA61 #6).
        'Do it once, after the Communication Security change in TMS Tools: that one reboot also restarts IIS and the TMS services that were running.',
        '再起動は、TMS ツールで [Communication Security] を変更したあとに 1 回だけ行ってください。この 1 回の再起動で、IIS と実行中だった TMS サービスも再起動されます。',
      )
    : L(
        'That one reboot also restarts IIS and the TMS services that were running.',
        'この 1 回の再起動で、IIS と実行中だった TMS サービスも再起動されます。',
      );
  if (advice === 'no-reboot') {
    return L(
      'Nothing changed in the registry, so do not reboot: that would be an outage for nothing. Restarting IIS and the TMS services is enough.',
      'レジストリに変更がないため、再起動はしないでください。意味のない停止になります。IIS と TMS サービスの再起動で十分です。',
    );
  }
  if (advice === 'reboot') {
    // Said before anything is done (2008 / 2008 R2, where the keys are required): "after", not "because keys were created".
    return L(`Reboot the TMS server after the registry keys are created or changed. ${why.en} ${once.en} Plan it as a short TMS outage.`, `レジストリのキーを作成または変更したあとで、TMS サーバを再起動してください。${why.ja}${once.ja}TMS が短時間停止する作業として計画してください。`);
  }
  const rule = verdictSaid ? L('', '') : L('Reboot only if checking the TLS 1.2 keys made you create or change one. ', '再起動が必要なのは、TLS 1.2 のキーを確認した結果、キーを作成または変更した場合だけです。');
  return L(
    `${rule.en}${why.en} ${once.en} If the keys were already right, do not reboot: restarting IIS and the TMS services is enough, and a reboot would be an outage for nothing.`,
    `${rule.ja}${why.ja}${once.ja}キーがすでに正しかった場合は再起動しないでください。IIS と TMS サービスの再起動で十分で、再起動は意味のない停止になります。`,
  );
}

/**
 * Before the fix's reboot, for a SQL Server on the TMS server that needs TLS 1.0 (QA56 #1): 2005 / 2008 / 2008 R2 (knowledge.md:
 * "TLS 1.0 must stay enabled"), or 2012 / 2014 not yet on a build with TLS 1.2 support (the SQL step comes first; this covers a
 * server where it is not done). A GPO or IIS Crypto's "Best Practices" template may have turned TLS 1.0 off earlier, and SQL
 * Server keeps running until it restarts: this reboot would be when it stops. So TLS 1.0 Client and Server are checked first,
 * and turned back on if off. Null where another text says it: a remote SQL Server, SQL not known, Windows Server 2025 (its own
 * card: TLS 1.0 off by default), TLS 1.0 said on (checked) or said off (its own finding leads).
 */
/**
 * What a SQL Server on the TMS server needs of TLS 1.0 before a reboot, for rebootTls10Gate and rebootTls10SaidOff: null when
 * it needs nothing said here (remote or not known, Windows Server 2025's own card, a release with no need of TLS 1.0); `later`
 * a 2012/2014 build not yet on TLS 1.2 (or not known to be); `outage` when Microsoft's failing case can apply (a build without
 * TLS 1.2 support, or one not known); a 2008/2008 R2 build with it is kept on TLS 1.0 by rule.
 */
function tls10NeedBeforeReboot(sql: SqlVersion | undefined, where: SqlWhere | 'remote', offByDefault: WindowsVersion | undefined): { at: ReturnType<typeof sqlAt>; later: boolean; outage: boolean } | null {
  if (!sql || where === 'remote' || offByDefault) return null;
  const st = sqlTlsStatus(sql);
  const later = st.kind === 'install-update' || st.kind === 'upgrade-service-pack' || st.kind === 'check-build';
  if (st.kind !== 'keep-tls10' && !later) return null;
  return { at: sqlAt(formatSql(sql), where), later, outage: later || st.tls12 === 'no' || st.tls12 === null };
}

export function rebootTls10Gate(sql: SqlVersion | undefined, where: SqlWhere | 'remote', offByDefault: WindowsVersion | undefined, tls10Said?: 'on' | 'off'): LocalizedText | null {
  const need = tls10Said ? null : tls10NeedBeforeReboot(sql, where, offByDefault);
  if (!need) return null;
  const { at, later, outage } = need;
  const lead = later
    ? L(
        `Before this reboot, if ${at.en} is not on a build with TLS 1.2 support yet (the SQL Server step comes first), check that TLS 1.0 is still enabled: until then it needs it.`,
        `この再起動の前に、${at.jaSp}がまだ TLS 1.2 対応のビルドになっていない場合は（SQL Server の手順が先です）、TLS 1.0 が有効なままか確認してください。対応ビルドになるまでは TLS 1.0 が必要です。`,
      )
    : L(`Before this reboot, check that TLS 1.0 is still enabled: ${at.en} needs it.`, `この再起動の前に、TLS 1.0 が有効なままか確認してください。${at.jaSp}には TLS 1.0 が必要です。`);
  const how = L(
    'TLS 1.0 is off when `Enabled` is 0 or `DisabledByDefault` is 1 under `TLS 1.0\\Client` or `TLS 1.0\\Server` in the Schannel Protocols key (check-tls.cmd from the fix files prints them; regedit shows them too). A GPO or IIS Crypto\'s "Best Practices" template may have turned it off earlier, and SQL Server keeps running until it next restarts.',
    'Schannel の Protocols キーの `TLS 1.0\\Client` または `TLS 1.0\\Server` で `Enabled` が 0、または `DisabledByDefault` が 1 なら、TLS 1.0 は無効です（修正ファイルの check-tls.cmd で表示できます。regedit でも確認できます）。GPO や IIS Crypto の [Best Practices] テンプレートで以前に無効にされていても、SQL Server は次に再起動するまで動き続けます。',
  );
  const then = outage
    ? L(
        'If it is off, turn TLS 1.0 back on for Client and Server first (`Enabled` = 1, `DisabledByDefault` = 0; tell me and I give you the .reg for it), or this reboot can be what stops SQL Server (event 26011; Microsoft\'s failing case is TLS 1.0 and SSL 3.0 both off on a build without TLS 1.2 support) and TMS with it. Leave SSL 3.0 as it is.',
        '無効になっていれば、先に TLS 1.0 の Client と Server を有効に戻してください（`Enabled` = 1、`DisabledByDefault` = 0。お知らせいただければ、そのための .reg をお渡しします）。戻さないと、この再起動で SQL Server が停止し（イベント 26011。Microsoft が挙げている条件は、TLS 1.2 に対応していないビルドで TLS 1.0 と SSL 3.0 の両方が無効な場合です）、TMS も停止するおそれがあります。SSL 3.0 は変更しないでください。',
      )
    : L(
        'If it is off, turn TLS 1.0 back on for Client and Server (`Enabled` = 1, `DisabledByDefault` = 0; tell me and I give you the .reg for it): it must stay enabled with this SQL Server on the TMS server. Leave SSL 3.0 as it is.',
        '無効になっていれば、TLS 1.0 の Client と Server を有効に戻してください（`Enabled` = 1、`DisabledByDefault` = 0。お知らせいただければ、そのための .reg をお渡しします）。TMS サーバ上にこの SQL Server がある間は、TLS 1.0 を有効のままにしておく必要があります。SSL 3.0 は変更しないでください。',
      );
  return L(`${lead.en} ${how.en} ${then.en}`, `${lead.ja}${how.ja}${then.ja}`);
}

/**
 * The pre-reboot check's words when TLS 1.0 is said OFF (REV34 #2) and a SQL Server on the TMS server needs it: in an answer that
 * shows no said-tls10-off finding ("will SQL survive the reboot?", "do I need to restart SQL Server?"), TLS 1.0 being off now is
 * what this reboot turns into a SQL outage, so it leads: TLS 1.0 back on first, then the reboot. Null where rebootTls10Gate has
 * nothing to say (remote or unknown SQL, Windows Server 2025, a release that needs no TLS 1.0).
 */
export function rebootTls10SaidOff(sql: SqlVersion | undefined, where: SqlWhere | 'remote', offByDefault: WindowsVersion | undefined): LocalizedText | null {
  const need = tls10NeedBeforeReboot(sql, where, offByDefault);
  if (!need) return null;
  const { at, outage } = need;
  return outage
    ? L(
        `TLS 1.0 is off, you say: then this reboot can be what stops ${at.en} (event 26011; Microsoft's failing case is TLS 1.0 and SSL 3.0 both off on a build without TLS 1.2 support), and TMS with it: SQL Server keeps running after such a change only until it next restarts. Turn TLS 1.0 back on for Client and Server first (\`Enabled\` = 1, \`DisabledByDefault\` = 0; tell me and I give you the .reg for it), then reboot. Leave SSL 3.0 as it is.`,
        `TLS 1.0 は無効化済みとのことです。それなら、この再起動で ${at.jaSp}が停止し（イベント 26011。Microsoft が挙げている条件は、TLS 1.2 に対応していないビルドで TLS 1.0 と SSL 3.0 の両方が無効な場合です）、TMS も停止するおそれがあります。そうした変更のあとも、SQL Server は次に再起動するまでは動き続けます。先に TLS 1.0 の Client と Server を有効に戻してから（\`Enabled\` = 1、\`DisabledByDefault\` = 0。お知らせいただければ、そのための .reg をお渡しします）、再起動してください。SSL 3.0 は変更しないでください。`,
      )
    : L(
        `TLS 1.0 is off, you say: ${at.en} needs it to stay enabled. Turn TLS 1.0 back on for Client and Server before the reboot (\`Enabled\` = 1, \`DisabledByDefault\` = 0; tell me and I give you the .reg for it). Leave SSL 3.0 as it is.`,
        `TLS 1.0 は無効化済みとのことです。${at.jaSp}には TLS 1.0 を有効のままにしておく必要があります。再起動の前に TLS 1.0 の Client と Server を有効に戻してください（\`Enabled\` = 1、\`DisabledByDefault\` = 0。お知らせいただければ、そのための .reg をお渡しします）。SSL 3.0 は変更しないでください。`,
      );
}

/** The reboot step's title when TLS 1.2 keys are said right (not shown) on a release where they are never there by default (2008 R2). */
export const REBOOT_UNLESS_RESTARTED_TITLE = L(
  'Reboot once, unless the server has restarted since the TLS 1.2 keys were created',
  'TLS 1.2 のキー作成後にサーバを再起動していなければ、1 回再起動する',
);

/**
 * `keysFoundOn`: the user says the TLS 1.2 keys are right and nothing changed, on a Windows release where they are off until
 * created (2008 R2): someone created them, maybe after the last restart, so the reboot is conditional (QA38 A1), in the words
 * of the reboot question's answer.
 */
export function rebootServer(advice: RebootAdvice = 'reboot', levelChanges = true, saidSet: boolean | 'pasted' = false, restarted = false, keysFoundOn?: WindowsVersion): Finding {
  if (keysFoundOn) {
    const win = formatWindows(keysFoundOn);
    return {
      code: 'reboot-server',
      sources: ['ms-schannel-registry'],
      severity: 'action',
      title: REBOOT_UNLESS_RESTARTED_TITLE,
      body: [
        L(
          `On ${win} TLS 1.2 stays off until its Schannel keys exist, so keys found right with nothing changed were created by someone earlier. If the server has restarted since then, no reboot is due for them: restarting IIS and the TMS services is enough. If they were created after the last restart, or you cannot tell, reboot once: running processes do not use them yet. ${levelChanges ? 'Do it after the Communication Security change in TMS Tools: that one reboot also restarts IIS and the TMS services that were running.' : 'That one reboot also restarts IIS and the TMS services that were running.'}`,
          `${win} では Schannel のキーが作成されるまで TLS 1.2 は無効なので、キーが正しく何も変更していないなら、以前に誰かが作成したことになります。その後サーバが再起動されていれば、キーのための再起動は不要で、IIS と TMS サービスの再起動で十分です。最後の起動のあとに作成された場合や、いつ作成されたか分からない場合は 1 回再起動してください（実行中のプロセスはまだ使っていません）。${levelChanges ? '再起動は、TMS ツールで [Communication Security] を変更したあとに行ってください。この 1 回の再起動で IIS と実行中だった TMS サービスも再起動されます。' : 'この 1 回の再起動で、IIS と実行中だった TMS サービスも再起動されます。'}`,
        ),
      ],
    };
  }
  return {
    code: 'reboot-server',
    sources: ['ms-schannel-registry'],
    severity: 'action',
    title:
      advice === 'reboot'
        ? L('Reboot the TMS server once', 'TMS サーバを 1 回再起動する')
        : advice === 'no-reboot'
          ? L('No reboot: the registry keys did not change', '再起動は不要（レジストリのキーは変更なし）')
          : L('Reboot only if registry keys changed', 'レジストリのキーを変更した場合だけ再起動する'),
    body: [rebootNote(advice, levelChanges, saidSet, restarted)],
  };
}

export function tmsToolsMediumHigh(level?: SecurityLevel): Finding {
  return {
    code: 'tms-tools-medium-high',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'action',
    title: MH('Set Communication Security to Medium-High in TMS Tools', 'TMS ツールで [Communication Security] を Medium-High にする'),
    body: [
      L(
        `From Medium-High on, TMS offers TLS 1.2 when it connects to endpoints. This is the setting that actually changes the ClientHello; the registry keys only make TLS 1.2 available to it. The level goes from ${lvl(level)} to Medium-High: read the Telnet/SNMP caveat first.`,
        `Medium-High 以上にすると、TMS はエンドポイントへの接続時に TLS 1.2 を提示します。ClientHello を実際に変えるのはこの設定で、レジストリのキーは TLS 1.2 を使える状態にするだけです。レベルは ${lvl(level)} から Medium-High に上がります。先に、Telnet と SNMP に関する注意を確認してください。`,
      ),
      L(
        'Redundant TMS (two nodes): change it on both nodes.',
        '冗長構成の TMS（2 ノード）では、両方のノードで変更してください。',
      ),
    ],
    steps: [
      L('Open TMS Tools on the TMS server.', 'TMS サーバで TMS ツールを開きます。'),
      L(
        'Go to Security Settings > Advanced Security Settings > Transport Layer Security Options.',
        '[Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] を開きます。',
      ),
      MH('Set Communication Security to Medium-High and click Save.', '[Communication Security] で [Medium-High] を選択し、[Save] をクリックします。'),
    ],
    literal: `${TMS_TOOLS_PATH} = Medium-High`,
  };
}

/** The services the TechNote names and the others the admin guide lists (the restart step and "which services?"). */
export function servicesNamed(): LocalizedText {
  const more = TMS_SERVICES.filter((s) => s !== SERVICES.scanner && s !== SERVICES.plcm).map((s) => `\`${s}\``);
  return L(
    `The TechNote names IIS, \`${SERVICES.scanner}\` and \`${SERVICES.plcm}\`; Cisco's TMS Administrator Guide lists more services that open connections to systems (${more.join(', ')}). Restarting them all is the thorough way.`,
    `TechNote に記載されているのは IIS、\`${SERVICES.scanner}\`、\`${SERVICES.plcm}\` ですが、Cisco の TMS アドミニストレータ ガイドには、システムへの接続を開くサービスがほかにも記載されています（${more.join('、')}）。すべて再起動するのが確実です。`,
  );
}

/** `restarted`: the user says the server was rebooted (or the services restarted) since the change. */
export function restartTmsServices(levelChanges = true, advice: RebootAdvice = 'reboot-if-changed', restarted = false): Finding {
  if (restarted && !levelChanges && advice !== 'reboot') {
    return {
      code: 'restart-tms-services',
      sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
      severity: 'action',
      title: L('Restart IIS and the TMS services only if a key changed', 'キーを変更した場合だけ IIS と TMS サービスを再起動する'),
      body: [
        L(
          'You say the server was rebooted (or the TMS services restarted) since the change, so this is done: restart again only if the check above made you create or change a key (the reboot for it restarts them too).',
          '変更後にサーバ（または TMS サービス）を再起動したとのことなので、この手順は完了しています。上の確認でキーを作成または変更した場合だけ、もう一度再起動してください（そのためのサーバの再起動で、これらも再起動されます）。',
        ),
      ],
    };
  }
  const what = levelChanges
    ? L('TMS applies the new Communication Security level when IIS and its services restart.', '新しい [Communication Security] のレベルは、IIS と TMS サービスを再起動したときに適用されます。')
    : L(
        'The level does not change here; restart IIS and the TMS services so that they open new TLS connections with the Schannel settings now in place.',
        'ここではレベルは変わりません。現在の Schannel 設定で新しい TLS 接続を開くよう、IIS と TMS サービスを再起動してください。',
      );
  // A reboot restarts IIS and the running services, but TMSPLCMDirectoryService may be stopped (knowledge.md, Fix step 6: "start
  // it if it is stopped"): a rebooted server still has that check to do (QA61 #6).
  const skip =
    advice === 'reboot'
      ? L(
          `If you rebooted the server in the previous step, IIS and the TMS services that were running restarted with it: no \`iisreset\` or service restart is needed. One check is still due: a reboot starts only the services set to start with Windows, so check that \`${SERVICES.plcm}\` runs and start it if it does not.`,
          `前の手順でサーバを再起動した場合、IIS と実行中だった TMS サービスはそれで再起動されているので、\`iisreset\` やサービスの再起動は不要です。ただし確認が 1 つ残ります。再起動で開始されるのは Windows の起動時に開始する設定のサービスだけなので、\`${SERVICES.plcm}\` が実行中かどうかを確認し、停止していれば開始してください。`,
        )
      : L(
          `If you rebooted the server, IIS and the TMS services that were running restarted with it; only check that \`${SERVICES.plcm}\` runs and start it if it does not (a reboot starts only the services set to start with Windows). Otherwise restart IIS and the TMS services now (no server reboot needed for this step).`,
          `サーバを再起動した場合、IIS と実行中だった TMS サービスはそれで再起動されています。残るのは \`${SERVICES.plcm}\` の確認だけで、実行中でなければ開始してください（再起動で開始されるのは Windows の起動時に開始する設定のサービスだけです）。再起動していない場合は、ここで IIS と TMS サービスを再起動してください（この手順のためにサーバを再起動する必要はありません）。`,
        );
  return {
    code: 'restart-tms-services',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'action',
    title: L('Restart IIS and the TMS services', 'IIS と TMS サービスを再起動する'),
    body: [
      what,
      skip,
      servicesNamed(),
    ],
    steps: [
      L('Restart IIS (`iisreset` from an elevated prompt).', 'IIS を再起動します（管理者権限のプロンプトで `iisreset` を実行）。'),
      L('Restart every running TMS service (PowerShell below).', '実行中の TMS サービスをすべて再起動します（下の PowerShell）。'),
      L(
        `Check \`${SERVICES.plcm}\` in services.msc and start it if it is stopped.`,
        `services.msc で \`${SERVICES.plcm}\` を確認し、停止していれば開始します。`,
      ),
    ],
    literal: RESTART_LITERAL,
  };
}

/** Where to read a ClientHello's version (knowledge.md, Fix step 7): said by every form of the verify step. */
const VERIFY_READ_VERSION = L(
  'Read the version in Handshake Protocol: Client Hello > Version (client_version), or in the supported_versions extension. Do not read the record layer: the record-layer version of a TLS 1.2 ClientHello is often 0x0301.',
  'バージョンは [Handshake Protocol: Client Hello] > [Version]（client_version）、または supported_versions 拡張で確認してください。レコード層のバージョンは見ないでください。TLS 1.2 の ClientHello でも、レコード層のバージョンは 0x0301 になっていることがよくあります。',
);

/**
 * `noHello`: TLS 1.0 is off on the server and the endpoint accepts TLS 1.0 (knowledge/tls10-client-off.ts): before the fix there is no hello to read.
 * `already`: TMS was found at Medium-High or High (not raised as a step of this fix): it offers TLS 1.2 already, so there is no
 * "before the fix" TLS 1.0 hello to compare with, and a hello that is missing or still TLS 1.0 means TLS 1.2 is not available to
 * TMS (the card's "already at Medium-High" finding); at High the endpoint certificate is a check too (QA56 #7).
 */
export function verifyTls12ClientHello(product = false, noHello = false, already?: 'medium-high' | 'high'): Finding {
  const who = product ? L('the system', 'システム') : L('the endpoint', 'エンドポイント');
  const body: LocalizedText[] = [
    L(
      `Two signs that it worked: a packet capture on the TMS server shows TMS's ClientHello to ${who.en} offering TLS 1.2 (0x0303)${noHello || already ? '' : ' instead of TLS 1.0 (0x0301)'}, and in Systems > Navigator ${who.en} no longer shows "No HTTPS response" (use Force Refresh on the system, or wait for the next poll).`,
      `成功の目安は 2 つあります。1 つは、TMS サーバで取得したパケット キャプチャで、${who.ja}宛ての ClientHello が${noHello || already ? '' : ' TLS 1.0（0x0301）ではなく'} TLS 1.2（0x0303）を提示していることです。もう 1 つは、[Systems] > [Navigator] で${who.ja}に「No HTTPS response」が表示されなくなることです（システムで [Force Refresh] を実行するか、次のポーリングを待ってください）。`,
    ),
    VERIFY_READ_VERSION,
  ];
  if (already) {
    const name = formatLevel(already);
    body.push(
      L(
        `TMS is already at ${name}, so it should offer TLS 1.2 already. If the capture shows the TCP handshake to port 443 and then no ClientHello at all, or a ClientHello that still offers only TLS 1.0 (0x0301), TLS 1.2 is not available to TMS yet: recheck the TLS 1.2 Client subkeys, and that IIS and the TMS services were restarted (or the server rebooted) after the keys last changed.`,
        `TMS はすでに ${name} なので、TLS 1.2 を提示しているはずです。キャプチャで、ポート 443 への TCP ハンドシェイクのあと ClientHello がまったくない場合や、ClientHello がまだ TLS 1.0（0x0301）だけを提示している場合は、TMS がまだ TLS 1.2 を使えない状態です。TLS 1.2 の Client サブキーと、キーを最後に変更したあとに IIS と TMS サービスを再起動した（またはサーバを再起動した）かを見直してください。`,
      ),
      L(
        `If the hello does offer TLS 1.2 and ${who.en} still shows "No HTTPS response", the TLS version is not what fails: look at the Schannel events, the cipher suites, the certificate revocation check and the HTTPS settings of ${who.en}.${already === 'high' ? ` At High, also check the certificate of ${who.en}: per Cisco's TMS admin guide (check it in the guide for your release), High validates the certificates of managed systems, so a self-signed or expired one fails even at TLS 1.2.` : ''}`,
        `ClientHello が TLS 1.2 を提示していても${who.ja}に「No HTTPS response」が表示される場合、失敗の原因は TLS のバージョンではありません。Schannel のイベント、暗号スイート、証明書の失効確認、${who.ja}の HTTPS の設定を確認してください。${already === 'high' ? `High では${who.ja}の証明書も確認してください。Cisco の TMS 管理者ガイドによれば、High では管理対象システムの証明書も検証されるため（お使いのリリースのガイドで確認してください）、自己署名や期限切れの証明書は TLS 1.2 でも失敗します。` : ''}`,
      ),
    );
  } else {
    body.push(
      noHello
        ? L(
            'Before the fix you see the TCP handshake to port 443 and no ClientHello at all; after it, a ClientHello with TLS 1.2 (0x0303).',
            '修正前は、ポート 443 への TCP ハンドシェイクのあと ClientHello がまったくありません。修正後は、TLS 1.2（0x0303）の ClientHello が送られます。',
          )
        : product
        ? // The RST is documented for endpoints; how another product refuses is whatever the capture shows.
          L(
            'Before the fix you see Version TLS 1.0 (0x0301), refused by the system (the capture shows how); after it, TLS 1.2 (0x0303).',
            '修正前は Version が TLS 1.0（0x0301）で、システムに拒否されます（拒否のしかたはキャプチャで確認できます）。修正後は TLS 1.2（0x0303）になります。',
          )
        : L(
            'Before the fix you see Version TLS 1.0 (0x0301) answered by a TCP RST; after it, TLS 1.2 (0x0303).',
            '修正前は Version が TLS 1.0（0x0301）で、エンドポイントから TCP RST が返ります。修正後は TLS 1.2（0x0303）になります。',
          ),
      L(
        'If TMS now opens the TCP connection but sends no ClientHello at all, TLS 1.0 is off on the server while TMS is still at Medium, or TLS 1.2 is not available to it: recheck the Client subkeys and the Medium-High setting.',
        'TMS が TCP 接続を開いたあと ClientHello をまったく送信しない場合は、TMS が Medium のままサーバの TLS 1.0 が無効になっているか、TMS が TLS 1.2 を使えない状態です。Client サブキーと Medium-High の設定を見直してください。',
      ),
    );
  }
  return {
    code: 'verify-tls12-clienthello',
    sources: ['cisco-technote-211279'],
    severity: 'action',
    title: L('Verify the fix', '修正を確認する'),
    body,
    steps: [
      L(
        'In Wireshark 3.0 or later, show TMS\'s ClientHellos on port 443 with the display filter below (before 3.0: `ssl.handshake.type == 1 && tcp.port == 443`).',
        'Wireshark 3.0 以降では、下の表示フィルタでポート 443 宛ての TMS の ClientHello を表示します（3.0 より前は `ssl.handshake.type == 1 && tcp.port == 443`）。',
      ),
    ],
    literal: VERIFY_LITERAL,
  };
}

/**
 * TMS before 15 (QA round 20 #10c): the Telnet/SNMP caveat is about Medium-High, a level this TMS does not have; it applies
 * after the upgrade to 15.x (knowledge.md, TMS before 15: no Communication Security option).
 */
export function telnetCaveatAfterUpgrade(tms: TmsVersion): LocalizedText {
  return L(
    `With ${formatTms(tms)} (before 15) this does not apply yet: its TMS Tools has no Communication Security setting to raise, so nothing changes for Telnet or SNMP now. It applies after the upgrade to TMS 15.x, when the fix sets Medium-High: check these systems before that upgrade.`,
    `${formatTms(tms)}（15 より前）では、これはまだ当てはまりません。この TMS の TMS ツールには上げるべき [Communication Security] の設定がないため、今は Telnet や SNMP に何も変化はありません。当てはまるのは TMS を 15.x にアップグレードし、修正として Medium-High にしたあとです。アップグレードの前に、これらのシステムを確認してください。`,
  );
}

/**
 * How the user said TMS manages their Telnet/SNMP-era systems, as words: "Telnet", "SNMP", or both ("Telnet and SNMP"
 * by default; `both` for a wording that wants "Telnet or SNMP"). Used by every answer that names it.
 */
export function telnetViaLabel(via: 'telnet' | 'snmp' | 'telnet-snmp' | undefined, both: LocalizedText = L('Telnet and SNMP', 'Telnet と SNMP')): LocalizedText {
  return via === 'telnet' ? L('Telnet', 'Telnet') : via === 'snmp' ? L('SNMP', 'SNMP') : both;
}

export function caveatTelnetSnmp(level?: SecurityLevel, named: readonly string[] = [], via?: 'telnet' | 'snmp' | 'telnet-snmp'): Finding {
  const from = lvl(level);
  // "old Polycom VSX" in the user's words: whether TMS manages it over Telnet or SNMP is not known here, so a check.
  const mine = named.slice(0, 4);
  // "… managed via telnet" said: no check left, what happens to them (QA round 20 #6).
  const how = telnetViaLabel(via);
  const one = mine.length === 1;
  const yours: LocalizedText[] = via
    ? [
        L(
          `You said TMS manages ${mine.length ? joinAnd(mine) : 'these systems'} over ${how.en}: from Medium-High on, ${one ? 'it shows' : 'they show'} "Security violation: Telnet communication is not allowed", TMS opens a "TMS Connection Error" ticket for ${one ? 'it' : 'them'}, and TMS no longer manages ${one ? 'it' : 'them'}. I know of no setting that keeps Telnet or SNMP on at Medium-High.`,
          `${mine.length ? mine.join('、') : 'これらのシステム'} は TMS が ${how.ja} で管理しているとのことなので、Medium-High 以上では「Security violation: Telnet communication is not allowed」が表示され、TMS は「TMS Connection Error」のチケットを作成し、TMS からは管理できなくなります。私の知る限り、Medium-High で Telnet や SNMP を有効のままにする設定はありません。`,
        ),
      ]
    : mine.length
    ? [
        L(
          `You mentioned ${joinAnd(mine)}: check how TMS manages ${mine.length === 1 ? 'it' : 'them'} (Telnet or SNMP, or HTTP/HTTPS). If it is Telnet or SNMP, ${mine.length === 1 ? 'it' : 'they'} will show this error after the change.`,
          `お話にあった ${mine.join('、')} を TMS がどの方法で管理しているか（Telnet や SNMP か、HTTP/HTTPS か）を確認してください。Telnet や SNMP であれば、変更後にこのエラーが表示されます。`,
        ),
      ]
    : [];
  return {
    code: 'caveat-telnet-snmp-disabled',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'warning',
    title: L('Medium-High turns Telnet and SNMP off', 'Medium-High にすると Telnet と SNMP が無効になります'),
    body: [
      L(
        `Raising Communication Security from ${from} to Medium-High disables Telnet and SNMP in TMS: \`${SERVICES.snmp}\` stops and TMS raises an alert. Systems that TMS manages over Telnet or SNMP (for example Polycom HDX or older Tandberg MXP units) then show "Security violation: Telnet communication is not allowed" and TMS opens a "TMS Connection Error" ticket for them.`,
        `[Communication Security] を ${from} から Medium-High に上げると、TMS の Telnet と SNMP が無効になります。\`${SERVICES.snmp}\` が停止し、TMS がアラートを表示します。TMS が Telnet や SNMP で管理しているシステム（Polycom HDX や古い Tandberg MXP など）には「Security violation: Telnet communication is not allowed」が表示され、TMS はそれらのシステムについて「TMS Connection Error」のチケットを作成します。`,
      ),
      ...yours,
      L(
        'With SNMP off, TMS also stops discovering systems automatically: MCUs and similar systems must then be added as "Non-SNMP" (Cisco TMS Administrator Guide).',
        'SNMP が無効になると、TMS はシステムの自動検出も行わなくなります。その後 MCU などのシステムを追加するときは、[Non-SNMP] として追加する必要があります（Cisco TMS アドミニストレータ ガイド）。',
      ),
      L(
        'Check before the change whether any managed system depends on Telnet or SNMP, and decide what to do about it (replace it, manage it differently, or accept the loss).',
        '変更の前に、Telnet や SNMP に依存している管理対象がないか確認し、対処方法（置き換え、別の管理方法、影響の受け入れ）を決めておいてください。',
      ),
      // The note on the Japanese translation's direction is not part of the caveat: a reply adds it
      // where it helps (a Japanese full answer, or a message that quotes the translation), once.
    ],
  };
}

/** Where SQL Server 2008 / 2008 R2 has TLS 1.2 support (Microsoft KB3135244): 10.0.6547.0 for 2008, 10.50.6542.0 for 2008 R2 (or a release not known). */
export function sql2008Tls12Build(sql?: SqlVersion): string {
  return sql && sql.year === 2008 && !sql.r2 ? SQL2008_TLS12_BUILD : SQL2008R2_TLS12_BUILD;
}

/**
 * One of the first TLS 1.2 builds of 2008 / 2008 R2 (10.0.6543 / 10.50.6537): knowledge.md (KB3146034) says they can terminate
 * intermittently and to use the later ones. Said the same way in the chat and the kit (QA56 #6): a move to a later build, a SQL
 * change planned in its own window; no ordering against the TLS steps (knowledge.md gives none).
 */
export function earlyBuildMoveTail(sql?: SqlVersion): LocalizedText {
  const good = sql2008Tls12Build(sql);
  return L(
    `move it to a later build (${good} or later), a SQL Server change to plan in a maintenance window of its own.`,
    `より新しいビルド（${good} 以降）に更新してください。SQL Server 自体の変更なので、個別のメンテナンス時間を確保して計画してください。`,
  );
}

/** The early-build sentence whole (QA56 #6): the same words in the SQL caveat and the kit. */
export function earlyBuildMove(sql?: SqlVersion): LocalizedText {
  const tail = earlyBuildMoveTail(sql);
  return L(
    `This is one of the first TLS 1.2 builds, which can terminate intermittently (Microsoft ${KB_SQL2008_INTERMITTENT}): ${tail.en}`,
    `このビルドは TLS 1.2 に対応した最初期のビルドで、断続的に停止することがあります（Microsoft ${KB_SQL2008_INTERMITTENT}）。${tail.ja}`,
  );
}

/**
 * TLS 1.0 and SQL Server 2005 / 2008 / 2008 R2 on the TMS server (knowledge.md: "TLS 1.0 must stay enabled", unconditional; QA56
 * #5): a build with TLS 1.2 support is named only as what a later project to turn TLS 1.0 off would need first, never as leave
 * to turn it off in this fix. 2005: no build of it has TLS 1.2 support, so that project means upgrading SQL Server.
 */
export function tls10StaysEnabled(sql: SqlVersion | undefined): LocalizedText {
  if (sql && sql.year < 2008) {
    return L(
      `TLS 1.0 must stay enabled while ${formatSql(sql)} runs on this server. No build of it has TLS 1.2 support, so turning TLS 1.0 off later would first need SQL Server upgraded (builds with TLS 1.2 support start at SQL Server 2008 SP4 ${SQL2008_TLS12_BUILD} and 2008 R2 SP3 ${SQL2008R2_TLS12_BUILD}); that is a project of its own, not part of this fix.`,
      `${formatSql(sql)} がこのサーバで動いている間は、TLS 1.0 を有効のままにしておく必要があります。このリリースには TLS 1.2 に対応したビルドがないため、将来 TLS 1.0 を無効にするには、先に SQL Server のアップグレードが必要です（TLS 1.2 対応のビルドは SQL Server 2008 SP4 の ${SQL2008_TLS12_BUILD}、2008 R2 SP3 の ${SQL2008R2_TLS12_BUILD} から始まります）。それは別の作業であり、今回の修正には含まれません。`,
    );
  }
  const name = sql ? formatSql(sql) : 'SQL Server 2008 R2';
  const sp = sql && sql.year === 2008 && !sql.r2 ? 'SQL Server 2008 SP4' : 'SQL Server 2008 R2 SP3';
  return L(
    `TLS 1.0 must stay enabled while ${name} runs on this server, whatever its build. A build with TLS 1.2 support (${sp} ${sql2008Tls12Build(sql)} or later) is only what a later project to turn TLS 1.0 off would need first; that is not part of this fix.`,
    `${name} がこのサーバで動いている間は、ビルドにかかわらず TLS 1.0 を有効のままにしておく必要があります。TLS 1.2 に対応したビルド（${sp} の ${sql2008Tls12Build(sql)} 以降）は、将来 TLS 1.0 を無効にする作業で先に必要になるものにすぎず、今回の修正には含まれません。`,
  );
}

/**
 * SQL Server 2005 (a release before 2008) on the TMS server: knowledge.md lists TLS 1.2 builds only for 2008, 2008 R2, 2012 and
 * 2014, so the card names none for it (not the 2008 / 2008 R2 builds, which read as an update in its own line), keeps TLS 1.0
 * enabled, and calls moving off 2005 a change of its own (QA61 #11).
 */
function sql2005NoTls12Listed(sql: SqlVersion, off2025?: string): LocalizedText {
  const none = L(
    `No build of SQL Server ${sql.year} with TLS 1.2 support is listed in the sources I know: Microsoft's list (${KB_SQL2008R2}) names builds for SQL Server 2008, 2008 R2, 2012 and 2014 only.`,
    `TLS 1.2 に対応した SQL Server ${sql.year} のビルドは、手元の資料には記載がありません。Microsoft の一覧（${KB_SQL2008R2}）に載っているのは SQL Server 2008、2008 R2、2012、2014 のビルドだけです。`,
  );
  const move = L(
    `Moving off SQL Server ${sql.year} is a change of its own, with its own maintenance window, checked first against the SQL Server requirements of your TMS release; it is not part of this fix.`,
    `SQL Server ${sql.year} からの移行はそれ自体が別の作業で、個別のメンテナンス時間が必要です。事前にお使いの TMS リリースの SQL Server 要件と照合してください。今回の修正には含まれません。`,
  );
  // On a release with TLS 1.0 off by default (2025) "keep it enabled" does not fit: turning it back on is the trade-off it is.
  return off2025
    ? L(
        `${none.en} So this instance depends on TLS 1.0, which ${off2025} turns off: turning TLS 1.0 back on lets it start but re-opens TLS 1.0 on this server: decide that on purpose. ${move.en}`,
        `${none.ja}そのため、このインスタンスは ${off2025} が無効にしている TLS 1.0 に依存しています。TLS 1.0 を有効に戻せば起動できますが、このサーバで TLS 1.0 を再び開くことになります。意図して判断してください。${move.ja}`,
      )
    : L(`${none.en} So this instance depends on TLS 1.0: keep it enabled. ${move.en}`, `${none.ja}そのため、このインスタンスは TLS 1.0 に依存しています。TLS 1.0 は有効のままにしてください。${move.ja}`);
}

/** Where the SQL instance a caveat is about runs, as the conversation knows it ('unknown': not said). */
export type SqlWhere = 'local' | 'unknown';

/** "SQL Server 2012 SP1 on the TMS server" / "…(if it runs on the TMS server)", as a sentence's subject. */
function sqlAt(name: string, where: SqlWhere): LocalizedText & { jaSp: string } {
  // jaSp: followed by a particle (は、が、には): a space after the version name, none after "）".
  return where === 'local'
    ? { ...L(`${name} on the TMS server`, `TMS サーバ上の ${name}`), jaSp: `TMS サーバ上の ${name} ` }
    : { ...L(`${name} (if it runs on the TMS server)`, `${name}（TMS サーバ上で動いている場合）`), jaSp: `${name}（TMS サーバ上で動いている場合）` };
}

/**
 * The fix a SQL caveat speaks of, as a sentence's subject: the one given above, or with TMS before 15 (which gets no fix in
 * place) the TMS 15 fix, once TMS is upgraded (QA56 #8).
 */
function theFix(before15: boolean): LocalizedText {
  return before15 ? L('The TMS 15 fix, after the upgrade,', 'TMS 15 へのアップグレード後の修正は') : L('The fix above', '上記の手順は');
}

/** Said under a SQL caveat while nobody has said where SQL runs. */
const SQL_ELSEWHERE = L(
  'Where SQL Server runs was not said, so this assumes the TMS server itself, the case that can stop SQL. If it runs on another server, say so ("SQL is on a separate server"): this caveat then does not apply.',
  'SQL Server がどこで動いているかをお聞きしていないため、SQL が停止するおそれのある「TMS サーバ上」を前提にしています。別のサーバで動いている場合はお知らせください（例：「SQL は別サーバです」）。その場合、この注意は当てはまりません。',
);

/**
 * `offByDefault`: the Windows release of this server has TLS 1.0 (and SSL 3.0) off by default (Windows
 * Server 2025) and the user did not say TLS 1.0 is on: "keep TLS 1.0 enabled" does not fit a server where
 * it is not enabled (caveatSql2008r2On2025).
 */
export function caveatSql2008r2(sql: SqlVersion | undefined, tls12: 'yes' | 'early' | 'no' | null | boolean, where: SqlWhere = 'local', offByDefault?: WindowsVersion, before15 = false): Finding {
  const t = tls12 === true ? 'yes' : tls12 === false ? 'no' : tls12;
  const name = sql ? formatSql(sql) : 'SQL Server 2008 R2';
  const titleName = sql && !(sql.year === 2008 && sql.r2) ? `SQL Server ${sql.year}` : 'SQL Server 2008 R2';
  const at = sqlAt(name, where);
  const fix = theFix(before15);
  if (offByDefault) return caveatSql2008r2On2025(sql, t, where, offByDefault, before15);
  const body: LocalizedText[] = [
    L(
      `${at.en}: keep TLS 1.0 enabled. Microsoft (KB3135244) says a SQL Server build without TLS 1.2 support fails to start when SSL 3.0 and TLS 1.0 are both disabled, with event 26011 ("unable to initialize encryption because of a problem with a security library"; 17182 and 17826 are also seen) — and TMS goes down with it.`,
      `${at.ja}：TLS 1.0 は有効のままにしてください。Microsoft（KB3135244）によれば、TLS 1.2 に対応していない SQL Server のビルドは、SSL 3.0 と TLS 1.0 の両方が無効になると起動できなくなり、イベント 26011（セキュリティ ライブラリの問題で暗号化を初期化できない）が記録されます（17182 や 17826 が記録されることもあります）。SQL Server が停止すると、TMS も停止します。`,
    ),
    L(
      `${fix.en} only adds TLS 1.2; it does not change TLS 1.0 or SSL 3.0. Leave SSL 3.0 as it is, and do not apply IIS Crypto's "Best Practices" template, which disables SSL 3.0 and TLS 1.0.`,
      `${fix.ja} TLS 1.2 を追加するだけで、TLS 1.0 や SSL 3.0 は変更しません。SSL 3.0 は現在の設定のままにし、SSL 3.0 と TLS 1.0 を無効にする IIS Crypto の [Best Practices] テンプレートは適用しないでください。`,
    ),
  ];
  const r2 = !sql || (sql.year === 2008 && sql.r2);
  const good = r2 ? SQL2008R2_TLS12_BUILD : SQL2008_TLS12_BUILD;
  if (t === 'yes') {
    body.push(
      L(
        `This build is ${good} or later, which has TLS 1.2 support (Microsoft ${KB_SQL2008R2}). Even so, TLS 1.0 stays enabled: the build is only what a later project to turn TLS 1.0 off would need first, and that is not part of this fix.`,
        `このビルドは ${good} 以降で、TLS 1.2 に対応しています（Microsoft ${KB_SQL2008R2}）。それでも TLS 1.0 は有効のままにしてください。このビルドは、将来 TLS 1.0 を無効にする作業で先に必要になるものにすぎず、今回の修正には含まれません。`,
      ),
    );
  } else if (t === 'early') {
    // The same words as the kit (QA56 #6); TLS 1.0 stays enabled whatever the build (QA56 #5).
    const move = earlyBuildMove(sql);
    body.push(L(`${move.en} TLS 1.0 stays enabled either way.`, `${move.ja}いずれの場合も、TLS 1.0 は有効のままにしてください。`));
  } else if (t === 'no' && sql && sql.year < 2008) {
    body.push(sql2005NoTls12Listed(sql));
  } else if (t === 'no') {
    body.push(
      L(
        `This build has no TLS 1.2 support, so it depends on TLS 1.0. Builds with TLS 1.2: SQL Server 2008 R2 SP3 ${SQL2008R2_TLS12_BUILD}, SQL Server 2008 SP4 ${SQL2008_TLS12_BUILD} (Microsoft ${KB_SQL2008R2}); avoid the first ones (${KB_SQL2008_INTERMITTENT}).`,
        `このビルドは TLS 1.2 に対応していないため、TLS 1.0 に依存しています。TLS 1.2 に対応したビルドは、SQL Server 2008 R2 SP3 の ${SQL2008R2_TLS12_BUILD}、SQL Server 2008 SP4 の ${SQL2008_TLS12_BUILD} です（Microsoft ${KB_SQL2008R2}）。最初期のビルドは避けてください（${KB_SQL2008_INTERMITTENT}）。`,
      ),
    );
  } else {
    body.push(
      L(
        `Builds with TLS 1.2 support: SQL Server 2008 R2 SP3 ${SQL2008R2_TLS12_BUILD} and SQL Server 2008 SP4 ${SQL2008_TLS12_BUILD} or later (Microsoft ${KB_SQL2008R2}); the first TLS 1.2 builds can terminate intermittently (${KB_SQL2008_INTERMITTENT}). \`SELECT @@VERSION\` shows the build.`,
        `TLS 1.2 に対応したビルドは、SQL Server 2008 R2 SP3 の ${SQL2008R2_TLS12_BUILD} 以降と、SQL Server 2008 SP4 の ${SQL2008_TLS12_BUILD} 以降です（Microsoft ${KB_SQL2008R2}）。TLS 1.2 に対応した最初期のビルドは断続的に停止することがあります（${KB_SQL2008_INTERMITTENT}）。ビルドは \`SELECT @@VERSION\` で確認できます。`,
      ),
    );
  }
  const mismatch = sqlLabelBuildNote(sql);
  if (mismatch) body.push(mismatch);
  if (where === 'unknown') body.push(SQL_ELSEWHERE);
  return {
    code: 'caveat-sql2008r2-keep-tls10-ssl3',
    sources: ['ms-kb3135244', 'ms-kb3146034', 'cisco-technote-211279'],
    severity: 'warning',
    // An early TLS 1.2 build (10.50.6537 / 10.0.6543) is named in the title too: the one-line card shows only the title.
    title:
      t === 'early'
        ? L(`${titleName}: keep TLS 1.0 enabled (and move this build to ${good} or later, ${KB_SQL2008_INTERMITTENT})`, `${titleName}：TLS 1.0 は有効のままにする（このビルドは ${good} 以降に更新する。${KB_SQL2008_INTERMITTENT}）`)
        : L(`${titleName}: keep TLS 1.0 enabled`, `${titleName}：TLS 1.0 は有効のままにする`),
    body,
  };
}

/**
 * SQL Server 2008 / 2008 R2 on a Windows release with TLS 1.0 and SSL 3.0 off by default (2025): Microsoft's
 * failing case (KB3135244: both off on a build without TLS 1.2 support) is this server's default state, so
 * "keep TLS 1.0 enabled" does not apply and "leave TLS 1.0 off" alone would hide the outage. Whether SQL
 * 2008 R2 runs on 2025 at all is not in knowledge.md: said as a check (does the service run?). The way that
 * does not re-open TLS 1.0 is a TLS 1.2 build (10.50.6542.0+) or moving / upgrading SQL; turning TLS 1.0
 * back on is named as the trade-off it is, not as a step of this fix.
 */
function caveatSql2008r2On2025(sql: SqlVersion | undefined, t: 'yes' | 'early' | 'no' | null, where: SqlWhere, w: WindowsVersion, before15 = false): Finding {
  const fix = theFix(before15);
  const name = sql ? formatSql(sql) : 'SQL Server 2008 R2';
  const titleName = sql && !(sql.year === 2008 && sql.r2) ? `SQL Server ${sql.year}` : 'SQL Server 2008 R2';
  const at = sqlAt(name, where);
  const win = formatWindows(w);
  const r2 = !sql || (sql.year === 2008 && sql.r2);
  const good = r2 ? SQL2008R2_TLS12_BUILD : SQL2008_TLS12_BUILD;
  const sp = r2 ? 'SQL Server 2008 R2 SP3' : 'SQL Server 2008 SP4';
  const support = L(
    `Whether ${titleName} is supported on ${win} at all is not in the sources I know: check Microsoft's documentation.`,
    `${win} で ${titleName} がそもそもサポートされているかどうかは、手元の資料には記載がありません。Microsoft のドキュメントで確認してください。`,
  );
  const body: LocalizedText[] = [];
  let title: LocalizedText;
  if (t === 'yes') {
    title = L(`${titleName} on ${win}: check that it runs`, `${win} 上の ${titleName}：動いているか確認する`);
    body.push(
      L(
        `${at.en}: this build is ${good} or later, which has TLS 1.2 support (Microsoft ${KB_SQL2008R2}), so Microsoft's failing case (TLS 1.0 and SSL 3.0 both disabled on a build without TLS 1.2 support) does not apply to it. Check that the SQL Server service runs.`,
        `${at.ja}：このビルドは ${good} 以降で TLS 1.2 に対応しているため（Microsoft ${KB_SQL2008R2}）、Microsoft が挙げている障害の条件（TLS 1.2 に対応していないビルドで TLS 1.0 と SSL 3.0 の両方が無効）には当てはまりません。SQL Server のサービスが動いていることを確認してください。`,
      ),
    );
  } else {
    title =
      t === 'early'
        ? L(`${titleName} on ${win}: move this build to ${good} or later (${KB_SQL2008_INTERMITTENT})`, `${win} 上の ${titleName}：このビルドを ${good} 以降に更新する（${KB_SQL2008_INTERMITTENT}）`)
        : L(`${titleName} on ${win}: check that it runs (TLS 1.0 and SSL 3.0 are off by default there)`, `${win} 上の ${titleName}：動いているか確認する（TLS 1.0 と SSL 3.0 は既定で無効）`);
    body.push(sqlOff2025Check(at, win));
    body.push(
      t === 'early'
        ? earlyBuildMove(sql)
        : sql && sql.year < 2008
          ? sql2005NoTls12Listed(sql, win)
          : L(
            `Having TLS 1.0 off here, as ${win} intends, first needs a SQL build with TLS 1.2 support (${sp} ${good} or later, Microsoft ${KB_SQL2008R2}; \`SELECT @@VERSION\` shows the build), or SQL Server moved to another server or upgraded — a SQL change with its own window, checked against your TMS release's SQL requirements, and a project of its own, not part of this fix. Turning TLS 1.0 back on lets a build without TLS 1.2 start, but it re-opens TLS 1.0 that ${win} turns off: decide that on purpose, not as part of this fix.`,
            `${win} の意図どおりにこのサーバで TLS 1.0 を無効にしておくには、先に TLS 1.2 に対応した SQL のビルド（${sp} の ${good} 以降。Microsoft ${KB_SQL2008R2}。ビルドは \`SELECT @@VERSION\` で確認できます）への更新か、SQL Server の別サーバへの移動またはアップグレードが必要です。SQL Server 自体の変更なので、個別のメンテナンス時間を確保し、お使いの TMS リリースの SQL Server 要件と照合してください。これは別の作業であり、今回の修正には含まれません。TLS 1.0 を有効に戻せば TLS 1.2 非対応のビルドも起動できますが、${win} が無効にしている TLS 1.0 を再び開くことになります。今回の作業の一部としてではなく、意図して判断してください。`,
          ),
    );
  }
  body.push(
    L(
      `${fix.en} only checks TLS 1.2; it does not change TLS 1.0 or SSL 3.0.`,
      `${fix.ja} TLS 1.2 を確認するだけで、TLS 1.0 や SSL 3.0 は変更しません。`,
    ),
    support,
  );
  const mismatch = sqlLabelBuildNote(sql);
  if (mismatch) body.push(mismatch);
  if (where === 'unknown') body.push(SQL_ELSEWHERE);
  return { code: 'caveat-sql2008r2-keep-tls10-ssl3', sources: ['ms-kb3135244', 'ms-kb3146034', 'cisco-technote-211279'], severity: 'warning', title, body };
}

/**
 * A local SQL Server whose build lacks (or may lack) TLS 1.2 support on a Windows release with TLS 1.0 and SSL 3.0 off by default
 * (2025): that default is Microsoft's failing case (KB3135244), so whether the service runs is checked before anything (the
 * 2008 R2 card's words, shared with SQL 2012 / 2014 before their TLS 1.2 build: QA56 #2). `buildDecides`: the build is not known.
 */
function sqlOff2025Check(at: LocalizedText, win: string, buildDecides = false): LocalizedText {
  return L(
    `${at.en}: on ${win} TLS 1.0 and SSL 3.0 are off by default. That is the case in which Microsoft (KB3135244) says a SQL Server build without TLS 1.2 support fails to start${buildDecides ? ' (whether this build has that support is checked below)' : ''}, with event 26011 ("unable to initialize encryption because of a problem with a security library"; 17182 and 17826 are also seen) — and TMS goes down with it. Check first whether the SQL Server service runs: if it does on such a build, TLS 1.0 (or SSL 3.0) was turned back on on this server; leave that as it is for now.`,
    `${at.ja}：${win} では TLS 1.0 と SSL 3.0 が既定で無効です。Microsoft（KB3135244）によれば、これは TLS 1.2 に対応していない SQL Server のビルドが起動できなくなる条件で${buildDecides ? '（このビルドが対応しているかは下記で確認します）' : ''}、イベント 26011（セキュリティ ライブラリの問題で暗号化を初期化できない）が記録されます（17182 や 17826 が記録されることもあります）。SQL Server が停止すると、TMS も停止します。まず SQL Server のサービスが動いているか確認してください。そのようなビルドで動いているなら、このサーバでは TLS 1.0（または SSL 3.0）が有効に戻されています。当面はその設定を変えないでください。`,
  );
}

/**
 * A SQL release or service pack named next to a build that says otherwise ("SQL Server 2012 SP4 (11.0.5058)"): the build decides
 * the card (knowledge.md's build table), and the card says so, with the check (QA61 #7). Null when they agree.
 */
export function sqlLabelBuildNote(sql: SqlVersion | undefined): LocalizedText | null {
  const c = sqlLabelBuildConflict(sql);
  if (!c || !sql?.build) return null;
  return L(
    `The name and the build disagree: you wrote ${c.label}, but build ${sql.build} is ${c.build}. The build decides what this card says; confirm it with \`SELECT @@VERSION\` on that instance before you act on it.`,
    `名前とビルドが一致しません。${c.label} とのことですが、ビルド ${sql.build} は ${c.build} のものです。この注意はビルドに基づいています。作業の前に、そのインスタンスで \`SELECT @@VERSION\` を実行して確認してください。`,
  );
}

/** The caveat for SQL Server 2012 / 2014 on the TMS server; the title always matches the action. */
/**
 * `offByDefault`: the Windows release has TLS 1.0 and SSL 3.0 off by default (Windows Server 2025) and TLS 1.0 is not said on:
 * a build without TLS 1.2 support may already fail to start there, so "check that it runs" leads (QA56 #2). Whether SQL Server
 * 2012 / 2014 is supported on that release is not in knowledge.md: said as not known, either way.
 */
export function caveatSql2012Kb(sql: SqlVersion, kind: SqlTlsKind | 'needs-kb3052404' | 'verify-kb3052404', where: SqlWhere = 'local', offByDefault?: WindowsVersion): Finding {
  const name = formatSql(sql);
  const at = sqlAt(name, where);
  const k = kind === 'needs-kb3052404' ? 'install-update' : kind === 'verify-kb3052404' ? 'check-build' : kind;
  const table = L(
    `First builds with TLS 1.2 support, each line's later builds included (Microsoft ${KB_SQL2008R2}): SQL Server 2012 ${tls12BuildsText('2012')}; SQL Server 2014 ${tls12BuildsText('2014')}. SQL Server 2016 and later need nothing.`,
    `TLS 1.2 に対応した最初のビルド（各系列のそれ以降のビルドも対応。Microsoft ${KB_SQL2008R2}）：SQL Server 2012 は ${tls12BuildsText('2012', 'ja')}。SQL Server 2014 は ${tls12BuildsText('2014', 'ja')}。SQL Server 2016 以降は対応不要です。`,
  );
  let title: LocalizedText;
  let first: LocalizedText;
  if (k === 'upgrade-service-pack') {
    title = L(`${name}: upgrade to a service pack with TLS 1.2 first`, `${name}：先に TLS 1.2 対応のサービス パックにアップグレードする`);
    first = L(
      `${at.en} has no TLS 1.2 package: Microsoft's TLS 1.2 update (${KB_SQL2012_2014}) does not exist for 2012 RTM or SP1. Upgrade SQL Server to a service pack with TLS 1.2 support (SP4 is the simplest) BEFORE you change any TLS setting on this server. That is a SQL Server change with its own maintenance window; check it against the SQL Server requirements of your TMS release first.`,
      `${at.jaSp}には TLS 1.2 対応のパッケージがありません。Microsoft の TLS 1.2 更新プログラム（${KB_SQL2012_2014}）は 2012 RTM と SP1 には提供されていません。このサーバの TLS 設定を変更する前に、SQL Server を TLS 1.2 に対応したサービス パックにアップグレードしてください（SP4 が最も簡単です）。これは SQL Server 自体の変更なので、個別のメンテナンス時間を確保し、事前にお使いの TMS リリースの SQL Server 要件と照合してください。`,
    );
  } else if (k === 'install-update') {
    title = L(`${name}: install the TLS 1.2 update (${KB_SQL2012_2014}) first`, `${name}：先に TLS 1.2 更新プログラム（${KB_SQL2012_2014}）を適用する`);
    first = L(
      `${at.en} is older than the TLS 1.2 build of its line. Install Microsoft's TLS 1.2 update for SQL Server (${KB_SQL2012_2014}; the builds are listed in ${KB_SQL2008R2}) BEFORE you change any TLS setting on this server.`,
      `${at.jaSp}は、同じ系列の TLS 1.2 対応ビルドより古いビルドです。このサーバの TLS 設定を変更する前に、Microsoft の SQL Server 用 TLS 1.2 更新プログラム（${KB_SQL2012_2014}。対応ビルドは ${KB_SQL2008R2} に記載）を適用してください。`,
    );
  } else {
    title = L(`${name}: check the build first`, `${name}：先にビルドを確認する`);
    // The RTM / SP1 service-pack clause only for a 2012 whose service pack is not known (not for 2014 or 2012 SP2 / SP3).
    const below = sqlBelowNeeds(sql, L(' first', '先に'));
    first = L(
      `Whether ${at.en} already supports TLS 1.2 depends on its exact build. Check it with \`SELECT @@VERSION\` BEFORE you change any TLS setting, and compare it with the builds below: if it is older, it needs ${below.en}.`,
      `${at.jaSp}が TLS 1.2 に対応しているかどうかは、正確なビルドによって異なります。TLS 設定を変更する前に \`SELECT @@VERSION\` でビルドを確認し、下記のビルドと比較してください。古い場合は、${below.ja}。`,
    );
  }
  const mismatch = sqlLabelBuildNote(sql);
  const body = mismatch ? [first, mismatch, table] : [first, table];
  if (offByDefault && (k === 'upgrade-service-pack' || k === 'install-update' || k === 'check-build')) {
    const win = formatWindows(offByDefault);
    const action = title.en.slice(title.en.indexOf(': ') + 2);
    const actionJa = title.ja.slice(title.ja.indexOf('：') + 1);
    title = L(`${name} on ${win}: check that it runs, then ${action.replace(/ first$/, '')}`, `${win} 上の ${name}：動いているか確認し、${actionJa.replace(/^先に/, '')}`);
    body.unshift(sqlOff2025Check(at, win, k === 'check-build'));
    body.push(
      L(
        `Whether SQL Server ${sql.year} is supported on ${win} at all is not in the sources I know: check Microsoft's documentation.`,
        `${win} で SQL Server ${sql.year} がそもそもサポートされているかどうかは、手元の資料には記載がありません。Microsoft のドキュメントで確認してください。`,
      ),
    );
  }
  // The one-line card shows only the title: the build's own name goes there too (QA61 #7).
  const conflict = mismatch ? sqlLabelBuildConflict(sql) : null;
  if (conflict) {
    // The name shows the label ("2012 SP4 (11.0.5058)"): say what the build is; it shows the build's release: say what was written.
    title = name.startsWith(`${conflict.label} `)
      ? L(`${title.en} (build ${sql.build} is ${conflict.build})`, `${title.ja}（ビルド ${sql.build} は ${conflict.build}）`)
      : L(`${title.en} (you wrote ${conflict.label}; the build decides)`, `${title.ja}（${conflict.label} とのことですが、ビルドで判断しています）`);
  }
  if (where === 'unknown') body.push(SQL_ELSEWHERE);
  return {
    code: 'caveat-sql2012-kb3052404',
    sources: ['ms-kb3052404', 'ms-kb3135244'],
    severity: 'warning',
    title,
    body,
  };
}

/**
 * The SQL Server 2012 / 2014 prerequisite as the first numbered step of the fix (QA56 #4): knowledge.md says SQL needs a build
 * with TLS 1.2 support before TLS settings change, so it is done before every step that follows (the registry, the TMS Tools
 * level, the reboot); the caveat above says why and lists the builds. 2012 RTM / SP1: a service-pack upgrade in its own
 * window; build not known: check the build, not "install first".
 */
export function sqlTls12BuildFirst(sql: SqlVersion, kind: SqlTlsKind, where: SqlWhere = 'local'): Finding {
  const name = formatSql(sql);
  const at = sqlAt(name, where);
  const ifHere = where === 'local' ? L('', '') : L(' (if it runs on the TMS server)', '（TMS サーバ上で動いている場合）');
  let title: LocalizedText;
  let what: LocalizedText;
  if (kind === 'upgrade-service-pack') {
    title = L(`Upgrade ${name} to a service pack with TLS 1.2 support${ifHere.en}`, `${name} を TLS 1.2 対応のサービス パックにアップグレードする${ifHere.ja}`);
    what = L(
      `a service-pack upgrade (SP4 is the simplest; ${KB_SQL2012_2014} does not exist for 2012 RTM or SP1), a SQL Server change with its own maintenance window, checked against your TMS release's SQL requirements`,
      `サービス パックへのアップグレード（SP4 が最も簡単です。${KB_SQL2012_2014} は 2012 RTM と SP1 には提供されていません）。個別のメンテナンス時間が必要な SQL Server の変更で、お使いの TMS リリースの SQL Server 要件との照合も必要です`,
    );
  } else if (kind === 'install-update') {
    title = L(`Install the TLS 1.2 update (${KB_SQL2012_2014}) on ${name}${ifHere.en}`, `${name} に TLS 1.2 更新プログラム（${KB_SQL2012_2014}）を適用する${ifHere.ja}`);
    what = L(`Microsoft's TLS 1.2 update for its branch (${KB_SQL2012_2014})`, `その系列向けの Microsoft の TLS 1.2 更新プログラム（${KB_SQL2012_2014}）の適用`);
  } else {
    title = L(`Check the build of ${name}${ifHere.en}`, `${name} のビルドを確認する${ifHere.ja}`);
    what = L(
      `a build check (\`SELECT @@VERSION\`), compared with the first builds with TLS 1.2 support listed above; a build older than those needs ${sqlBelowNeeds(sql, L('', '')).en} before the next step`,
      `ビルドの確認（\`SELECT @@VERSION\`）。上に挙げた TLS 1.2 対応の最初のビルドと比較し、それより古い場合は、次の手順の前に${sqlBelowNeeds(sql, L('', '')).ja}`,
    );
  }
  return {
    code: 'sql-tls12-build-first',
    sources: ['ms-kb3052404', 'ms-kb3135244'],
    severity: 'action',
    title,
    body: [
      L(
        `${at.en} needs a build with TLS 1.2 support before TLS settings change on this server, so this comes first, before every step below (the registry, the TMS Tools level, the reboot): ${what.en}. See the SQL Server warning above.`,
        `${at.jaSp}は、このサーバの TLS 設定を変更する前に TLS 1.2 に対応したビルドになっている必要があります。そのため、この手順を最初に、以下のすべての手順（レジストリ、TMS ツールのレベル、再起動）より前に行います：${what.ja}。詳しくは上の SQL Server の注意を参照してください。`,
      ),
    ],
  };
}

/**
 * SQL Server on one node of a redundant TMS pair, the other node using it over the network (facts.sqlOnNode): the SQL
 * caveats concern the instance on the TMS server itself, and a remote SQL Server is not touched by a TMS server's
 * Schannel settings (knowledge.md, Caveats). So the caveat holds on the node that hosts SQL, which gets the same TLS
 * change (Fix step 6: both nodes), and not on the other one (QA round 22 W3).
 */
export const SQL_ON_NODE_NOTE = L(
  'You say SQL Server runs on one node of the redundant pair (the other node reaches it over the network). This caveat applies on the node that hosts SQL Server: it gets the same TLS change as the other node. The other node\'s Schannel settings do not touch that SQL instance, so the caveat does not apply there.',
  'SQL Server は冗長構成の一方のノードで動いているとのことです（もう一方のノードはネットワーク経由で接続します）。この注意は SQL Server が動いているノードに当てはまります（そのノードにも、もう一方と同じ TLS の変更を行うためです）。もう一方のノードの Schannel 設定はその SQL インスタンスに影響しないため、そちらのノードには当てはまりません。',
);

/** The SQL caveats of a diagnosis, with SQL_ON_NODE_NOTE when SQL runs on one TMS node (facts.sqlOnNode). */
export function withSqlNodeNote(findings: Finding[], facts: { sqlLocation?: string; sqlOnNode?: boolean }): Finding[] {
  if (facts.sqlOnNode !== true || facts.sqlLocation !== 'local') return findings;
  return findings.map((f) => (f.code === 'caveat-sql2012-kb3052404' || f.code === 'caveat-sql2008r2-keep-tls10-ssl3' ? { ...f, body: [...f.body, SQL_ON_NODE_NOTE] } : f));
}

/** How many TLS 1.2 lines the table knows (for tests and the style of the build list). */
export const SQL_TLS12_LINE_COUNT = SQL_TLS12_BUILDS.length;

export function caveatRemoteSql(sql?: SqlVersion): Finding {
  // (TLS 1.0 turned off on the TMS server later is another matter: TMS is that SQL Server's client (QA51 #5).)
  // (Its release not known: one line; known to lack TLS 1.2 support: the whole check.)
  const check = sqlTls12Support(sql) === 'unknown'
    ? L(
        'TMS connects to that SQL Server as a client, so check before such a change that it has TLS 1.2 support (`SELECT @@VERSION` on it).',
        'TMS はその SQL Server にクライアントとして接続するため、そのような変更の前に、TLS 1.2 に対応しているか確認してください（そのサーバで `SELECT @@VERSION`）。',
      )
    : remoteSqlTls10OffCheck(sql);
  return {
    code: 'caveat-remote-sql-untouched',
    severity: 'info',
    title: L('Remote SQL Server: not affected by this change', 'リモートの SQL Server は、この変更の影響を受けません'),
    body: [
      L(
        'The SQL caveats (TLS 1.0 for 2008 R2, the TLS 1.2 update for 2012/2014) are about a SQL instance on the TMS server itself. Schannel settings on the TMS server do not change a SQL Server running on another machine, and this fix turns nothing off, so TMS\'s own connection to it stays as it is.',
        'SQL Server に関する注意点（2008 R2 の TLS 1.0、2012/2014 の TLS 1.2 更新）は、TMS サーバ上にある SQL インスタンスについてのものです。TMS サーバの Schannel 設定は、別のマシンで動作している SQL Server には影響しません。また今回の修正は何も無効にしないので、TMS からその SQL Server への接続もそのままです。',
      ),
      ...(check
        ? [L(`Turning TLS 1.0 off on the TMS server later (a hardening change, not this fix) is another matter. ${check.en}`, `後で TMS サーバの TLS 1.0 を無効にする場合（今回の修正ではなく、セキュリティ強化の作業）は別です。${check.ja}`)]
        : []),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Assumptions made when the user cannot give a required version ("I don't know"): each says what
// was assumed, why it is the safe reading, and what to check before acting on it.

export function assumeEndpointRefusesTls10(): Finding {
  return {
    code: 'assume-endpoint-refuses-tls10',
    severity: 'warning',
    title: L('Assumed: the endpoints refuse TLS 1.0 (check this first)', '仮定：エンドポイントは TLS 1.0 を受け付けない（最初に確認してください）'),
    body: [
      L(
        'The endpoints\' software version is not known, so this answer assumes a release that refuses TLS 1.0: TC 7.3.6 or later, CE 8.1.0 or later, or any RoomOS. An endpoint upgrade just before the symptom usually means exactly that.',
        'エンドポイントのソフトウェア バージョンが分からないため、この回答では TLS 1.0 を受け付けないリリース（TC 7.3.6 以降、CE 8.1.0 以降、または RoomOS）を前提にしています。症状の直前にエンドポイントをアップグレードした場合は、通常これにあてはまります。',
      ),
      L(
        'Check it before changing anything: `xStatus SystemUnit Software Version` on the endpoint, the system in Systems > Navigator, or a probe of its HTTPS port. If it runs TC 7.3.5 or earlier, or CE 8.0.x, it still accepts TLS 1.0: then this is not the problem, and none of the steps below is needed for it.',
        '変更を始める前に確認してください。エンドポイントで `xStatus SystemUnit Software Version` を実行するか、[Systems] > [Navigator] でそのシステムを開くか、HTTPS ポートをプローブします。TC 7.3.5 以前または CE 8.0.x であれば TLS 1.0 を受け付けるため、この問題ではなく、以下の手順も必要ありません。',
      ),
    ],
    sources: ['cisco-technote-211279'],
  };
}

export function assumeTms15OrLater(): Finding {
  return {
    code: 'assume-tms-15-or-later',
    severity: 'warning',
    title: L('Assumed: TMS 15 or later (check this first)', '仮定：TMS は 15 以降（最初に確認してください）'),
    body: [
      L(
        'The TMS version is not known, so the steps below assume TMS 15.x: only from 15 on does TMS Tools have the Communication Security setting this fix needs.',
        'TMS のバージョンが分からないため、以下の手順は TMS 15.x を前提にしています。この修正に必要な [Communication Security] の設定が TMS ツールにあるのは 15 以降だけです。',
      ),
      L(
        'Check before the first step: if TMS Tools has no Communication Security option under Security Settings > Advanced Security Settings > Transport Layer Security Options, this TMS is older than 15 and none of these steps helps, because it keeps offering TLS 1.0 whatever the registry says. Then the way out is upgrading TMS to 15.x (or, for hardware that can run TC, downgrading the endpoints to TC 7.3.3).',
        '最初の手順の前に確認してください。TMS ツールの [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] に [Communication Security] がなければ、この TMS は 15 より前のバージョンです。レジストリの設定にかかわらず TLS 1.0 しか提示しないため、以下の手順はどれも効果がありません。その場合は TMS を 15.x にアップグレードするか、TC を動かせるハードウェアであればエンドポイントを TC 7.3.3 にダウングレードしてください。',
      ),
    ],
    sources: ['cisco-technote-211279', 'cisco-bug-cscuz71542'],
  };
}

export function checkSqlBuildFirst(): Finding {
  return {
    code: 'check-sql-build-first',
    severity: 'warning',
    title: L('SQL Server version not known: check it before the registry step', 'SQL Server のバージョンが不明です（レジストリの手順の前に確認してください）'),
    body: [
      L(
        'If SQL Server runs on the TMS server itself, find out its version and build before you change any TLS setting: `SELECT @@VERSION` shows both. Until then, leave TLS 1.0 and SSL 3.0 exactly as they are; this fix only adds TLS 1.2.',
        'SQL Server が TMS サーバ上で動作している場合は、TLS の設定を変更する前にそのバージョンとビルドを確認してください（`SELECT @@VERSION` で両方が分かります）。確認できるまでは、TLS 1.0 と SSL 3.0 の設定はそのままにしてください。この修正で追加するのは TLS 1.2 だけです。',
      ),
      L(
        'Why it matters: SQL Server 2008 R2 needs TLS 1.0 to stay enabled, or its service stops and will not start again; SQL Server 2012 and 2014 need a build with TLS 1.2 support before TLS settings change; 2016 and later need nothing. A SQL Server on another machine is not touched by the TMS server\'s Schannel settings.',
        '理由：SQL Server 2008 R2 では TLS 1.0 を有効のままにしておかないと、サービスが停止して再び起動できなくなります。SQL Server 2012 と 2014 では、TLS の設定を変更する前に TLS 1.2 に対応したビルドが必要です。2016 以降では対応は不要です。別のマシンで動作している SQL Server は、TMS サーバの Schannel 設定の影響を受けません。',
      ),
    ],
    sources: ['ms-kb3135244', 'ms-kb3052404', 'cisco-technote-211279'],
  };
}

/**
 * Can this endpoint be downgraded to TC 7.3.3, going by its release alone? 'yes': it runs TC today. 'maybe': any CE or
 * RoomOS release, because the hardware decides, not the release (knowledge.md, "TMS before 15", names the hardware that
 * cannot run TC; it does not say that a CE or RoomOS release runs only on that hardware): a codec that runs TC 7 can run
 * CE, while a Room Kit on the same release cannot go back (QA61 #4). The models named decide further (pre15Stopgap).
 */
export function tcDowngradePossible(endpoint: EndpointVersion | undefined): 'yes' | 'maybe' {
  if (endpoint?.family === 'TC') return 'yes';
  return 'maybe';
}

/**
 * Codecs of the TC era named on a CE or RoomOS release ("SX80s on CE 9.8", "MX800s on RoomOS 10.8"): knowledge.md lists no
 * model's releases, so whether they can go back to TC is what to check for them, named (the TMS before 15 finding, and "can
 * we downgrade the SX80?", QA53 #14; RoomOS, QA61 #4). `endpoint` undefined: the release named may be another model's (a mixed
 * fleet, "SX80s on CE 9.15.3 and Room Kits on RoomOS 11.9", QA61 #3), so none is tied to these models.
 */
export function tcEraModelCheck(endpoint: EndpointVersion | undefined, models: readonly string[]): LocalizedText {
  const tcEra = models.slice(0, 4);
  const one = tcEra.length === 1;
  const en = joinAnd(tcEra);
  const ja = tcEra.join('、');
  if (endpoint?.family === 'CE') {
    return L(
      `For your ${en} on ${formatEndpoint(endpoint)}, the model decides whether ${one ? 'it' : 'they'} can go back: hardware that runs TC can, hardware introduced with CE 9 or RoomOS cannot. Check it for the ${en}: ${one ? 'it' : 'they'} can if ${one ? 'it ran' : 'they ran'} TC before the upgrade to CE, or if Cisco's release notes of TC 7.3.3 list the model; \`xStatus SystemUnit Software Version\` shows what ${one ? 'it runs' : 'each runs'} now.`,
      `${formatEndpoint(endpoint)} の ${ja} を戻せるかどうかは機種で決まります。TC が動作するハードウェアは戻せますが、CE 9 や RoomOS で登場したハードウェアは戻せません。${ja} について確認してください。CE にアップグレードする前に TC で動いていた場合、または Cisco の TC 7.3.3 のリリースノートにその機種が載っている場合は戻せます。いま動いているリリースは \`xStatus SystemUnit Software Version\` で確認できます。`,
    );
  }
  const on = endpoint ? ` on ${formatEndpoint(endpoint)}` : '';
  const onJa = endpoint ? `${formatEndpoint(endpoint)} の ` : '';
  return L(
    `For your ${en}${on}, the hardware decides whether ${one ? 'it' : 'they'} can go back to TC 7.3.3: a codec that runs TC can (its configuration is reset on the way from CE or RoomOS to TC), hardware introduced with CE 9 or RoomOS cannot. Check it for the ${en}: ${one ? 'it' : 'they'} can if ${one ? 'it ran' : 'they ran'} TC before ${one ? 'its' : 'their'} upgrade to CE or RoomOS, or if Cisco's release notes of TC 7.3.3 list the model; \`xStatus SystemUnit Software Version\` shows what ${one ? 'it runs' : 'each runs'} now.`,
    `${onJa}${ja} を TC 7.3.3 に戻せるかどうかは、ハードウェアで決まります。TC が動作するコーデックは戻せます（CE や RoomOS から TC に戻すと設定はリセットされます）が、CE 9 や RoomOS で登場したハードウェアは戻せません。${ja} について確認してください。CE や RoomOS にアップグレードする前に TC で動いていた場合、または Cisco の TC 7.3.3 のリリースノートにその機種が載っている場合は戻せます。いま動いているリリースは \`xStatus SystemUnit Software Version\` で確認できます。`,
  );
}

/**
 * Endpoints on a CE or RoomOS release, no model named: the model decides whether they can go back to TC 7.3.3. On RoomOS, what
 * to check is said too (QA61 #4: a RoomOS release is not proof of hardware that cannot run TC, nor an SX20 an example there).
 */
export function modelDecidesDowngrade(endpoint: EndpointVersion): LocalizedText {
  const v = formatEndpoint(endpoint);
  if (endpoint.family !== 'RoomOS') {
    return L(
      `For your endpoints on ${v}, the model decides: hardware that runs TC 7 (an SX20, for example) can go back, those introduced with CE 9 or RoomOS cannot.`,
      `${v} のエンドポイントが戻せるかどうかは機種で決まります。TC 7 が動作するハードウェア（たとえば SX20）は戻せますが、CE 9 や RoomOS で登場した機種は戻せません。`,
    );
  }
  return L(
    `For your endpoints on ${v}, the model decides, not the release: a codec that runs TC 7 can go back, hardware introduced with CE 9 or RoomOS (Room Kit family, Codec Plus/Pro, Boards, Desk series) cannot. Check each model: it can if it ran TC before its upgrade to CE or RoomOS, or if Cisco's release notes of TC 7.3.3 list it.`,
    `${v} のエンドポイントが戻せるかどうかは、リリースではなく機種で決まります。TC 7 が動作するコーデックは戻せますが、CE 9 や RoomOS で登場したハードウェア（Room Kit ファミリー、Codec Plus/Pro、Board、Desk シリーズ）は戻せません。機種ごとに確認してください。CE や RoomOS にアップグレードする前に TC で動いていた場合、または Cisco の TC 7.3.3 のリリースノートにその機種が載っている場合は戻せます。`,
  );
}

/**
 * The one stop-gap while TMS is before 15 (knowledge.md "TMS before 15"): the endpoints' downgrade to TC 7.3.3, only on
 * hardware that runs TC, and going from CE to TC resets the configuration. Said once here, for every answer that gives it
 * (the TMS before 15 finding, "until then?", "is there another way?", "without upgrading TMS?", an upgrade planned), so a
 * later turn never gives another version of it. What is known of the endpoints (release, CE-only models) is said after it.
 */
export function pre15Stopgap(endpoint: EndpointVersion | undefined, models: readonly string[] = [], nameCeOnly = true): LocalizedText {
  const down = tcDowngradePossible(endpoint);
  const ceOnly = models.filter(isCeOnlyModel).slice(0, 4);
  // (Every model named is one introduced with CE 9 / RoomOS: the model decides nothing more, it cannot go back.)
  const onlyCeOnly = ceOnly.length > 0 && ceOnly.length === models.length;
  const tail: LocalizedText[] = [];
  // The other models named ("our SX20"): knowledge.md lists no model's releases, so they are named and what to check said,
  // nothing claimed of the model itself (answers-c F).
  const tcEra = models.filter((m) => !isCeOnlyModel(m)).slice(0, 4);
  const one = tcEra.length === 1;
  if (endpoint && down === 'yes') {
    tail.push(
      tcEra.length
        ? L(`Your ${joinAnd(tcEra)} ${one ? 'runs' : 'run'} ${formatEndpoint(endpoint)}, so ${one ? 'its' : 'their'} hardware runs TC: ${one ? 'it' : 'they'} can go back.`, `お使いの ${tcEra.join('、')} は ${formatEndpoint(endpoint)} なので、ハードウェアは TC を動かせます（戻せます）。`)
        : L(`Your endpoints run ${formatEndpoint(endpoint)}, so their hardware runs TC: they can go back.`, `お使いのエンドポイントは ${formatEndpoint(endpoint)} なので、ハードウェアは TC を動かせます（戻せます）。`),
    );
  } else if (endpoint && tcEra.length) {
    // Models of both kinds named ("SX80s on CE 9.15.3 and Room Kits on RoomOS 11.9"): the release held is the last one named,
    // perhaps the Room Kits', so it is not said to be the SX80s' (QA61 #3).
    tail.push(tcEraModelCheck(ceOnly.length ? undefined : endpoint, tcEra));
  } else if (endpoint && !onlyCeOnly) tail.push(modelDecidesDowngrade(endpoint));
  if (nameCeOnly && ceOnly.length) tail.push(L(`The ${joinAnd(ceOnly)} cannot go back.`, `${ceOnly.join('、')} は戻せません。`));
  return L(
    [
      'Until TMS is on 15.x, the only stop-gap is on the endpoints: codecs whose hardware runs TC can go back to TC 7.3.3, which still accepts TLS 1.0, but going from CE back to TC resets their configuration. Hardware introduced with CE 9 or RoomOS (Room Kit family, Codec Plus/Pro, Boards, Desk series) cannot run TC at all: for those, upgrading TMS is the only way.',
      ...tail.map((t) => t.en),
    ].join(' '),
    [
      'TMS を 15.x にするまでの暫定策は、エンドポイント側にしかありません。TC を動かせるハードウェアのコーデックは、TLS 1.0 をまだ受け付ける TC 7.3.3 に戻せます。ただし、CE から TC に戻すと設定はリセットされます。また、CE 9 や RoomOS で登場したハードウェア（Room Kit ファミリー、Codec Plus/Pro、Board、Desk シリーズ）はそもそも TC を動かせないため、TMS のアップグレードしか方法がありません。',
      ...tail.map((t) => t.ja),
    ].join(''),
  );
}

/**
 * Other TMS servers on other releases than the one answered for ("site A runs TMS 15.2, site B runs TMS 14.6"): the
 * verdict for each, so that one site's answer is never given to the other (QA round 20 #3; knowledge.md "Fix, TMS 15.x
 * and later" and "TMS before 15").
 */
export function otherTmsReleases(main: TmsVersion, others: readonly TmsVersion[], unsaid: readonly string[] = []): Finding {
  const m = formatTms(main);
  const body: LocalizedText[] = [
    L(
      `You named TMS servers on different releases. What can be done depends on the TMS release, so the rest of this answer is for ${m}; the others are below. No Windows or SQL Server version you said of another server is used in this answer: check each server's own versions, they may differ. For a full answer about another server, start a separate thread for it.`,
      `異なるリリースの TMS サーバが挙がっています。対処は TMS のリリースによって変わるため、この回答のほかの部分は ${m} についてのものです。ほかのサーバについては以下のとおりです。ほかのサーバについてお知らせいただいた Windows と SQL Server のバージョンは、この回答では使っていません。バージョンはサーバごとに異なる場合があるので、それぞれのサーバで確認してください。ほかのサーバについて詳しい回答が必要な場合は、そのサーバ用に別のスレッドで質問してください。`,
    ),
  ];
  for (const o of others) {
    const v = formatTms(o);
    // (A server not said to fail, beside one that is (QA round 26 B8): check it first; raising a TMS that works turns its
    // Telnet and SNMP off for nothing.)
    if (unsaid.includes(o.semver)) {
      body.push(
        tmsCanBeFixedInPlace(o)
          ? L(
              `${v}: you did not say that this one fails. Check first whether its systems show "No HTTPS response" in Systems > Navigator; if they do not, leave that server as it is: raising its Communication Security to Medium-High turns its Telnet and SNMP off. Only if they do, the same fix applies there (15 or later), done on that server itself: its own TLS 1.2 check in the registry, Communication Security = Medium-High in its TMS Tools, and its own restarts, with the caveats that its own Windows and SQL Server versions bring.`,
              `${v}：こちらのサーバでエラーが出ているとは伺っていません。まず、そのサーバの [Systems] > [Navigator] で「No HTTPS response」が出ているか確認してください。出ていなければ、そのサーバは変更しないでください（[Communication Security] を Medium-High に上げると、そのサーバの Telnet と SNMP が無効になります）。出ている場合に限り、15 以降なので同じ対処が当てはまります。作業はそのサーバ自体で行ってください（そのサーバのレジストリでの TLS 1.2 の確認、その TMS ツールでの [Communication Security] = Medium-High、そのサーバでの再起動）。そのサーバの Windows と SQL Server のバージョンに応じた注意点も確認してください。`,
            )
          : L(
              `${v}: you did not say that this one fails. Check first whether its systems show "No HTTPS response" in Systems > Navigator; if they do not, nothing needs to change there. Only if they do: it is before 15, so the in-place fix does not exist there (no Communication Security option in its TMS Tools; Cisco bug ${BUG_ID}), and the ways out are upgrading that TMS to 15.x (check that release's TMS and SQL Server requirements) and then applying the fix there, or, only for endpoints whose hardware can run TC, downgrading them to TC 7.3.3 (going from CE to TC resets their configuration).`,
              `${v}：こちらのサーバでエラーが出ているとは伺っていません。まず、そのサーバの [Systems] > [Navigator] で「No HTTPS response」が出ているか確認してください。出ていなければ、そのサーバで変更する必要はありません。出ている場合は、15 より前のためその場での対処はできません（TMS ツールに [Communication Security] の設定がありません。Cisco のバグ ${BUG_ID}）。その TMS を 15.x にアップグレードして（そのリリースの TMS と SQL Server の要件を確認してください）からそのサーバで対処するか、TC を動かせるハードウェアのエンドポイントに限り TC 7.3.3 にダウングレードしてください（CE から TC に戻すと設定がリセットされます）。`,
            ),
      );
      continue;
    }
    body.push(
      tmsCanBeFixedInPlace(o)
        ? MH(
            `${v}: also 15 or later, so the same fix applies there, done on that server itself: its own TLS 1.2 check in the registry, Communication Security = Medium-High in its TMS Tools, and its own restarts, with the caveats that its own Windows and SQL Server versions bring.`,
            `${v}：こちらも 15 以降なので、同じ対処が当てはまります。作業はそのサーバ自体で行ってください（そのサーバのレジストリでの TLS 1.2 の確認、その TMS ツールでの [Communication Security] = Medium-High、そのサーバでの再起動）。そのサーバの Windows と SQL Server のバージョンに応じた注意点も確認してください。`,
          )
        : L(
            `${v}: before 15, so the in-place fix does not exist there: TMS Tools has no Communication Security option, and TLS 1.2 in the registry does not change what it offers (still only TLS 1.0; Cisco bug ${BUG_ID}). The ways out: upgrade that TMS to 15.x (check that release's TMS and SQL Server requirements), then apply the fix there; or, only for endpoints whose hardware can run TC, downgrade them to TC 7.3.3 (going from CE to TC resets their configuration; hardware introduced with CE 9 / RoomOS, such as the Room Kit family, Codec Plus/Pro, Boards and Desk series, cannot run TC).`,
            `${v}：15 より前のため、その場での対処はできません。TMS ツールに [Communication Security] の設定がなく、レジストリで TLS 1.2 を有効にしても提示する TLS は変わりません（TLS 1.0 のまま。Cisco のバグ ${BUG_ID}）。方法は、その TMS を 15.x にアップグレードして（そのリリースの TMS と SQL Server の要件を確認してください）からそのサーバで対処するか、TC を動かせるハードウェアのエンドポイントに限り TC 7.3.3 にダウングレードするかです（CE から TC に戻すと設定がリセットされます。Room Kit シリーズ、Codec Plus/Pro、Board、Desk シリーズなど CE 9 / RoomOS で登場したハードウェアは TC を動かせません）。`,
          ),
    );
  }
  return {
    code: 'other-tms-releases',
    severity: 'warning',
    title: L(`Several TMS servers: this answer is for ${m}`, `複数の TMS サーバ：この回答は ${m} についてのものです`),
    body,
    sources: ['cisco-technote-211279', 'cisco-bug-cscuz71542'],
  };
}

/** The stop-gap until TMS 15, referred to once an answer of this conversation gave it whole (pre15Stopgap). */
const PRE15_STOPGAP_AGAIN = L(
  'Until TMS is on 15.x: the stop-gap on the endpoints given above still holds (back to TC 7.3.3, only for hardware that runs TC; going from CE to TC resets the configuration).',
  'TMS を 15.x にするまでの暫定策は、上でお伝えしたとおりです（TC を動かせるハードウェアに限り TC 7.3.3 に戻す。CE から TC に戻すと設定はリセットされます）。',
);

export function tmsPre15(tms: TmsVersion, endpoint?: EndpointVersion, level?: SecurityLevel, product = false, windows?: WindowsVersion, models: string[] = []): Finding {
  const ceOnly = models.filter(isCeOnlyModel).slice(0, 4);
  // A product TMS manages (not an endpoint): no TC downgrade exists for it, upgrading TMS is the way.
  const down = product ? 'no' : tcDowngradePossible(endpoint);
  // (One way, then the stop-gap until it is done: pre15Stopgap, the same text as "until then?" and "is there another way?".)
  const upgrade = MH(
    'Upgrade TMS to 15.x (check the TMS and SQL Server requirements of that release), then follow the TMS 15 fix: registry, Medium-High, restarts.',
    'TMS を 15.x にアップグレードし（そのリリースの TMS と SQL Server の要件を確認してください）、その後 TMS 15 向けの手順（レジストリ、Medium-High への変更、サービスの再起動）を実施します。',
  );
  const steps: LocalizedText[] = [upgrade];
  const body: LocalizedText[] = [
    L(
      `TMS releases before 15 have no Communication Security option in TMS Tools, and adding TLS 1.2 to the Windows registry does not help: TMS keeps sending a TLS 1.0 ClientHello, which the ${product ? 'managed system refuses' : 'endpoint resets'}. So the registry and TMS Tools steps do not apply to this server.`,
      `TMS 15 より前のリリースでは、TMS ツールに [Communication Security] の設定がなく、Windows のレジストリで TLS 1.2 を有効にしても効果がありません。TMS は TLS 1.0 の ClientHello を送り続け、${product ? '管理対象のシステムに拒否されます' : 'エンドポイントによって接続がリセットされます'}。そのため、レジストリと TMS ツールの手順はこのサーバには当てはまりません。`,
    ),
    L(
      `This is tracked by Cisco as bug ${BUG_ID} (filed against TMS 14.6.x).`,
      `この問題は Cisco のバグ ${BUG_ID}（TMS 14.6.x に対して登録）として管理されています。`,
    ),
  ];
  // What the Windows release adds to that fix (knowledge: 2008 SP2 needs KB4019276 first; 2025 is undocumented).
  const plan = registryPlan(windows);
  if (windows && plan.needsKb4019276) {
    body.push(
      L(
        `On ${formatWindows(windows)} (not R2), install Microsoft's KB4019276 before the TMS 15 fix (after the upgrade): without it TLS 1.1 and 1.2 do not exist on the server, and the registry keys do nothing.`,
        `${formatWindows(windows)}（R2 ではありません）では、（アップグレード後の）TMS 15 向けの手順の前に Microsoft の KB4019276 を適用してください。これがないとサーバに TLS 1.1 と 1.2 が存在せず、レジストリのキーも効果がありません。`,
      ),
    );
  } else if (windows && plan.tmsSupportUndocumented) {
    body.push(
      L(
        `TMS support for ${formatWindows(windows)} is not documented in the sources: check Cisco's release notes before the upgrade. There TLS 1.0 and 1.1 are off by default: leave them off, only TLS 1.2 matters.`,
        `${formatWindows(windows)} での TMS のサポートは資料に記載がありません。アップグレードの前に Cisco のリリースノートで確認してください。このバージョンでは TLS 1.0 と 1.1 が既定で無効です。無効のままにしてください（必要なのは TLS 1.2 だけです）。`,
      ),
    );
  }
  // (The CE 9 / RoomOS models named are said in the body below.)
  if (down !== 'no') steps.push(pre15Stopgap(endpoint, models, false));
  // Once shown whole, a later answer refers to the stop-gap instead of repeating it (answers-c E).
  const stepsAgain = steps.map((x, i) => (i > 0 ? PRE15_STOPGAP_AGAIN : undefined));
  // "CE 9.8 (Codec Pro) and TC7.3.21 (SX20)": a model named that cannot run TC is said by name.
  if (down !== 'no' && ceOnly.length && !product) {
    body.push(
      L(
        `The ${joinAnd(ceOnly)} cannot be downgraded: ${ceOnly.length === 1 ? 'it is' : 'they are'} hardware introduced with CE 9 / RoomOS, which cannot run TC. For ${ceOnly.length === 1 ? 'it' : 'them'}, upgrading TMS is the only way.`,
        `${ceOnly.join('、')} はダウングレードできません。CE 9 / RoomOS で登場したハードウェアで、TC は動作しないためです。${ceOnly.join('、')} については、TMS のアップグレードが唯一の方法です。`,
      ),
    );
  }
  // A level only TMS 15 has, given with a TMS before 15: one of the two is not right.
  if (level === 'medium-high' || level === 'high') {
    body.unshift(
      L(
        `You gave Communication Security as ${formatLevel(level)}, but ${formatTms(tms)} has no such setting: TMS Tools offers it from TMS 15 on. One of the two is not right, so check the TMS version first (if TMS Tools shows Communication Security, this TMS is 15 or later and the TMS 15 answer applies).`,
        `[Communication Security] は ${formatLevel(level)} とのことですが、${formatTms(tms)} にはこの設定がありません。TMS ツールにこの設定があるのは TMS 15 以降です。どちらかが正しくないため、まず TMS のバージョンを確認してください（TMS ツールに [Communication Security] があれば、この TMS は 15 以降で、TMS 15 向けの回答があてはまります）。`,
      ),
    );
  }
  return {
    code: 'tms-pre15-upgrade-or-downgrade',
    sources: ['cisco-bug-cscuz71542', 'cisco-technote-211279'],
    severity: 'critical',
    title: L(`${formatTms(tms)} cannot be fixed in place`, `${formatTms(tms)} はこのままでは修正できません`),
    body,
    steps,
    ...(stepsAgain.some((x) => x) ? { stepsAgain } : {}),
  };
}

/**
 * At High, before anything else, as a check (knowledge.md, "Levels other than Medium and Medium-High":
 * from the admin guide, not the TechNote): certificate validation fails a self-signed or expired
 * endpoint certificate even though TLS 1.2 is offered, so the level is not ruled out.
 */
export const HIGH_CERT_CHECK_FIRST: readonly LocalizedText[] = [
  L(
    'At High TMS offers TLS 1.2, but it also validates the certificates of the systems it manages (Cisco TMS Administrator Guide; the TechNote does not cover High: check it in the guide for your release). So the level is not ruled out: an endpoint with a self-signed or expired certificate fails at High even though TLS 1.2 is offered. Check that first: look at the endpoint\'s certificate (probing the endpoint shows whether it is self-signed and when it expires).',
    'High の TMS は TLS 1.2 を提示しますが、管理対象システムの証明書も検証します（Cisco TMS アドミニストレータ ガイド。TechNote では High は扱われていないため、お使いのリリースのガイドで確認してください）。そのため、レベルが原因でないとは言えません。自己署名または期限切れの証明書を持つエンドポイントは、TLS 1.2 が提示されていても High では接続に失敗します。まずエンドポイントの証明書を確認してください（エンドポイントをプローブすると、自己署名かどうかと有効期限が分かります）。',
  ),
  L(
    'If that is the case: give the endpoints certificates that TMS trusts (issued by a CA the TMS server trusts, not expired), or decide as a team whether Medium-High, which offers TLS 1.2 without that validation, is acceptable; that is a security decision, not a step of this fix.',
    'その場合は、TMS が信頼する証明書（TMS サーバが信頼する CA が発行し、期限内のもの）をエンドポイントに入れるか、証明書を検証せずに TLS 1.2 を提示する Medium-High でよいかをチームで判断してください。後者はこの修正の手順ではなく、セキュリティ上の判断です。',
  ),
];

/**
 * TMS is already at Medium-High or High: the level is not what keeps TLS 1.2 out (at High its
 * certificate validation is checked first: the level is not ruled out there). What the user says
 * around it (`said`) moves the lead: at High with certificates said to be self-signed or expired,
 * the certificate validation at High comes first (from the admin guide: a check, not a fact of the
 * TechNote); with the server said to be rebooted since the change, a missing restart is ruled out
 * and the checks that remain come instead.
 */
/**
 * At Medium-High (or High), a capture that holds no connection to port 443 or 80 TMS could have polled on: it
 * neither confirms nor rules out anything, and "Medium is the cause" is not said at that level (knowledge.md,
 * Fix steps 5 and 7). What to capture instead.
 */
export function captureNoPollingSeen(level: SecurityLevel): Finding {
  const name = formatLevel(level);
  return {
    code: 'evidence-capture-no-polling-seen',
    sources: ['cisco-technote-211279'],
    severity: 'info',
    title: L('Not settled: this capture does not show TMS polling the endpoint on 443', '未確定：このキャプチャには TMS がポート 443 でエンドポイントをポーリングする通信がありません'),
    body: [
      L(
        `TMS is at ${name}, so the level is not what this capture can settle, and it holds no connection to port 443 that I could read. Take a new capture on the TMS server while TMS polls the endpoint (Force Refresh on the system in Systems > Navigator), and show TMS's hellos with the Wireshark filter \`tls.handshake.type == 1 && tcp.port == 443\`. Then open Client Hello > Version: TLS 1.2 (0x0303) means ${name} took effect.`,
        `TMS は ${name} なので、このキャプチャでレベルを判断することはできません。また、読み取れるポート 443 への接続がありません。TMS がエンドポイントをポーリングしている間に（Systems > Navigator でそのシステムの Force Refresh を実行）、TMS サーバでキャプチャを取り直し、Wireshark のフィルタ \`tls.handshake.type == 1 && tcp.port == 443\` で TMS の ClientHello を表示してください。Client Hello > Version が TLS 1.2（0x0303）なら、${name} が有効になっています。`,
      ),
    ],
  };
}

export function alreadyMediumHigh(level: SecurityLevel, windows: WindowsVersion | undefined, said: { restarted?: boolean; untrustedCerts?: boolean; keysOffSeen?: boolean; keysOnSeen?: boolean; workedAtMh?: boolean } = {}): Finding {
  const plan = registryPlan(windows);
  const name = formatLevel(level);
  const certsFirst = level === 'high' && said.untrustedCerts === true;
  /** At High with nothing said about the certificates: their validation is checked first, the level is not ruled out. */
  const highCheck = level === 'high' && !certsFirst;
  const restarted = said.restarted === true;
  // At High after the fix worked at Medium-High (QA58 #15): TLS 1.2 and the Windows side are proven; the validation is the change.
  const proven = level === 'high' && said.workedAtMh === true && !said.keysOffSeen;
  const offDefault = plan.step === 'required' && windows;
  // 2008 (not R2): TLS 1.2 is not "off by default" there, it does not exist before KB4019276 (knowledge: Schannel defaults).
  const offWhy = offDefault
    ? plan.needsKb4019276
      ? L(`on ${formatWindows(windows)} TLS 1.2 does not exist at all before Microsoft's KB4019276`, `${formatWindows(windows)} では Microsoft の KB4019276 を適用するまで TLS 1.2 自体がありません`)
      : L(`on ${formatWindows(windows)} TLS 1.2 is off by default`, `${formatWindows(windows)} では TLS 1.2 が既定で無効です`)
    : null;
  const body: LocalizedText[] = [];
  if (certsFirst) {
    body.push(
      L(
        'At High, TMS validates the certificates of the systems it manages, on top of offering TLS 1.2 (Cisco TMS Administrator Guide; the TechNote does not cover High: check it in the guide for your release). You say the endpoints use self-signed or expired certificates: such an endpoint fails at High even though TLS 1.2 is offered, so this is the first thing to check, before the Windows side.',
        'High では、TMS は TLS 1.2 を提示したうえで、管理対象システムの証明書も検証します（Cisco TMS アドミニストレータ ガイド。TechNote では High は扱われていないため、お使いのリリースのガイドで確認してください）。エンドポイントの証明書は自己署名または期限切れとのことなので、TLS 1.2 が提示されていても High では接続に失敗します。Windows 側より先に、まずこの点を確認してください。',
      ),
      MH(
        'Two ways out: give the endpoints certificates that TMS trusts (issued by a CA that the TMS server trusts, and not expired), which keeps the validation; or set Communication Security to Medium-High, which offers TLS 1.2 without validating the certificates. The second gives up the check that High adds: that is a security decision for your team, not a step of this fix.',
        '対処は 2 つです。1 つは、TMS が信頼する証明書（TMS サーバが信頼する CA が発行し、期限内のもの）をエンドポイントに入れる方法で、検証はそのまま残ります。もう 1 つは [Communication Security] を Medium-High にする方法で、TLS 1.2 は提示されますが証明書は検証されません。後者は High で加わる確認を手放すことになるため、この修正の手順ではなく、チームで判断すべきセキュリティ上の決定です。',
      ),
      ...(proven ? [] : [L(
        `If the certificates turn out not to be the cause, the Windows side comes next: TLS 1.2 not enabled for the Client side in Schannel${offWhy ? ` (${offWhy.en})` : ''}${restarted ? '' : ", or TMS's services not restarted since the keys were added"}.`,
        `証明書が原因でなかった場合は、次に Windows 側を確認してください。Schannel の Client 側で TLS 1.2 が有効になっていない${offWhy ? `（${offWhy.ja}）` : ''}${restarted ? '' : '、またはキーを追加したあとに TMS のサービスを再起動していない'}、といった状態です。`,
      )]),
    );
  } else if (proven) {
    body.push(
      L(
        'It worked at Medium-High, which offers TLS 1.2 as High does: so TLS 1.2 on the TMS server (the Schannel keys, the restarts) is proven, and the Windows side is not what fails now. What High adds is the validation of the certificates of the systems TMS manages (Cisco TMS Administrator Guide; the TechNote does not cover High: check it in the guide for your release). The endpoint\'s certificate is the one thing to check: self-signed, expired, or issued by a CA the TMS server does not trust (probing the endpoint shows whether it is self-signed and when it expires).',
        'Medium-High では動作していました。Medium-High も High と同じく TLS 1.2 を提示するので、TMS サーバの TLS 1.2（Schannel のキーや再起動）に問題はなく、今回失敗しているのは Windows 側ではありません。High で加わるのは、TMS が管理するシステムの証明書の検証です（Cisco TMS アドミニストレータ ガイド。TechNote では High は扱われていないため、お使いのリリースのガイドで確認してください）。確認するのはエンドポイントの証明書だけです。自己署名か、期限切れか、TMS サーバが信頼しない CA の発行かを確認してください（エンドポイントをプローブすると、自己署名かどうかと有効期限が分かります）。',
      ),
      HIGH_CERT_CHECK_FIRST[1],
    );
  } else if (restarted) {
    if (highCheck) body.push(...HIGH_CERT_CHECK_FIRST);
    body.push(
      highCheck
        ? L(
            'You say the server was rebooted (or the TMS services restarted) since the change, so a missing restart is ruled out.',
            '変更後にサーバを再起動した（または TMS サービスを再起動した）とのことなので、再起動の漏れは原因から外れます。',
          )
        : L(
            `At ${name} TMS offers TLS 1.2, so the security level is not what blocks it, and you say the server was rebooted (or the TMS services restarted) since the change, so a missing restart is ruled out too.`,
            `${name} の TMS は TLS 1.2 を提示するため、セキュリティ レベルは原因ではありません。また、変更後にサーバを再起動した（または TMS サービスを再起動した）とのことなので、再起動の漏れも原因から外れます。`,
          ),
      // A paste that shows the TLS 1.2 Client keys off (QA58 #7): that is what is left, whatever the Windows default.
      said.keysOffSeen
        ? L(
            'The registry values you pasted show TLS 1.2 off for the Client side in Schannel, so that is what is left to fix: enable it (the step below), then reboot the server once (a restart before the change changed nothing for it). The checks below only if it still fails after that.',
            '貼り付けていただいたレジストリの値では、Schannel の Client 側で TLS 1.2 が無効になっています。残る作業はこれです。下の手順で有効にし、サーバを 1 回再起動してください（変更前の再起動では何も変わっていません）。それでも失敗する場合だけ、下の各項目を確認してください。',
          )
        : offWhy
        ? L(
            // A reboot says nothing about whether the keys exist: on 2008 / 2008 R2 they are still the first thing to check.
            `${offWhy.en.charAt(0).toUpperCase()}${offWhy.en.slice(1)}, so ${plan.needsKb4019276 ? 'KB4019276 and ' : ''}the TLS 1.2 Client keys in Schannel are the first thing left to check (a reboot before they existed changed nothing); then the checks below.`,
            `${offWhy.ja}。そのため、残る確認の最初は${plan.needsKb4019276 ? ' KB4019276 と' : ''} Schannel の TLS 1.2 の Client キーです（キーがない状態での再起動では何も変わりません）。その後、下の各項目を確認してください。`,
          )
        : plan.step === 'unknown'
          ? L(
              'What is left: the TLS 1.2 Client keys in Schannel (off by default on Windows Server 2008 R2; from 2012 on, only a hardening policy turns them off), then what a capture shows TMS offering and the checks below.',
              '残る確認は、まず Schannel の TLS 1.2 の Client キーです（Windows Server 2008 R2 では既定で無効、2012 以降はセキュリティ強化のポリシーで無効にされた場合だけです）。その後、キャプチャで TMS が何を提示しているかと、下の各項目を確認してください。',
            )
          : L(
              `On ${windows ? formatWindows(windows) : 'this Windows Server'} TLS 1.2 is on by default, so what is left is to see what TMS actually offers and why it is refused: the ClientHello version in a capture, the Schannel events, the cipher suites after any hardening, the certificate revocation check, the endpoint's MinimumTLSVersion and the .NET strong-crypto keys (details below). Check the TLS 1.2 Client keys only if a policy or a tool may have turned TLS 1.2 off.`,
              `${windows ? formatWindows(windows) : 'この Windows Server'} では TLS 1.2 が既定で有効なので、残るのは、TMS が実際に何を提示し、なぜ拒否されるのかを確かめることです。キャプチャでの ClientHello のバージョン、Schannel のイベント、セキュリティ強化後の暗号スイート、証明書の失効確認、エンドポイントの MinimumTLSVersion、.NET の強力な暗号化のキーを確認してください（詳細は下記）。TLS 1.2 の Client キーは、ポリシーやツールで TLS 1.2 が無効にされた可能性がある場合だけ確認してください。`,
            ),
    );
  } else if (highCheck) {
    // At High the level is not ruled out: its certificate validation is the first check (QA round 16 #13).
    body.push(
      ...HIGH_CERT_CHECK_FIRST,
      L(
        `Then the Windows side: TLS 1.2 not enabled for the Client side in Schannel${offWhy ? ` — ${offWhy.en}` : ''}, or TMS's services not restarted since the keys were added.`,
        `次に Windows 側を確認してください。Schannel の Client 側で TLS 1.2 が有効になっていない${offWhy ? `（${offWhy.ja}）` : ''}、またはキーを追加したあとに TMS のサービスを再起動していない、といった状態です。`,
      ),
    );
  } else if (said.keysOffSeen) {
    body.push(
      L(
        `At ${name} TMS offers TLS 1.2 only if Windows lets it: the registry values you pasted show TLS 1.2 off for the Client side in Schannel, so that is the gap. Enable it (the step below), then reboot the server once.`,
        `${name} の TMS が TLS 1.2 を提示できるのは、Windows がそれを許す場合だけです。貼り付けていただいたレジストリの値では、Schannel の Client 側で TLS 1.2 が無効になっており、これが原因です。下の手順で有効にし、サーバを 1 回再起動してください。`,
      ),
    );
  } else if (said.keysOnSeen) {
    // (QA62 #8) The level and the pasted TLS 1.2\Client keys are both right: what is left, not a guess that the keys are off.
    body.push(
      L(
        `At ${name} TMS offers TLS 1.2, and the TLS 1.2 Client keys you pasted are enabled, so neither the level nor those keys is the gap. What is left: whether IIS and the TMS services (or the server) were restarted after the keys were written (when was that?), then what a capture on the TMS server shows TMS offering, the cipher suites, the certificate revocation check and the endpoint's MinimumTLSVersion (details below).`,
        `${name} の TMS は TLS 1.2 を提示し、貼り付けていただいた TLS 1.2 の Client キーも有効なので、レベルもそのキーも原因ではありません。残る確認は、キーを書き込んだあとに IIS と TMS のサービス（またはサーバ）を再起動したか（書き込んだのはいつですか）、次に TMS サーバでのキャプチャで TMS が何を提示しているか、暗号スイート、証明書の失効確認、エンドポイントの MinimumTLSVersion です（詳細は下記）。`,
      ),
    );
  } else {
    body.push(
      L(
        `At ${name} TMS offers TLS 1.2, so the security level is not what blocks it. The likely gap is Windows: TLS 1.2 not enabled for the Client side in Schannel${offWhy ? ` — ${offWhy.en}` : ''}, or TMS's services not restarted since the keys were added.`,
        `${name} の TMS は TLS 1.2 を提示するため、セキュリティ レベルは原因ではありません。考えられるのは Windows 側の問題で、Schannel の Client 側で TLS 1.2 が有効になっていない${offWhy ? `（${offWhy.ja}）` : ''}、またはキーを追加したあとに TMS のサービスを再起動していない、といった状態です。`,
      ),
    );
  }
  if (!proven) body.push(
    L(
      'Typical signs in a capture on the TMS server: TMS completes the TCP handshake to port 443 and then sends no ClientHello at all, or its ClientHello still offers TLS 1.0 (0x0301 under Client Hello > Version, with no TLS 1.2 in supported_versions; the record layer shows 0x0301 for most TLS 1.2 hellos too, so it proves nothing).',
      'TMS サーバで取得したキャプチャでの典型的な症状は、TMS がポート 443 への TCP ハンドシェイクを完了したあと ClientHello をまったく送信しない、または ClientHello がまだ TLS 1.0 を提示している（Client Hello > Version が 0x0301 で、supported_versions に TLS 1.2 がない）、というものです。レコード層のバージョンは多くの TLS 1.2 の hello でも 0x0301 なので、それだけでは何も示しません。',
    ),
  );
  const title = certsFirst
    ? L('TMS at High validates certificates: check the endpoints\' certificates first', 'High の TMS は証明書を検証します（まずエンドポイントの証明書を確認してください）')
    : proven
      ? L('TMS is at High and it worked at Medium-High: check the endpoints\' certificates', 'TMS は High です（Medium-High では動作していたので、エンドポイントの証明書を確認してください）')
    : highCheck
      ? L('TMS is at High: check the endpoints\' certificates first, then the Windows side', 'TMS は High です（まずエンドポイントの証明書、次に Windows 側を確認してください）')
    : restarted
      ? L(`TMS is already at ${name} and restarted: check what TMS offers and why it is refused`, `TMS はすでに ${name} で、再起動も済んでいます（TMS が何を提示し、なぜ拒否されるかを確認してください）`)
      : L(`TMS is already at ${name}: check the Windows side`, `TMS はすでに ${name} です（Windows 側を確認してください）`);
  return {
    code: 'already-medium-high',
    sources: level === 'high' ? ['ms-schannel-registry', 'cisco-technote-211279', 'cisco-tms-admin-guide'] : ['ms-schannel-registry', 'cisco-technote-211279'],
    severity: 'warning',
    title,
    body,
  };
}

/** Checks when TLS 1.2 is offered and still refused (a senior engineer's list; each names its source). */
export function stillFailingChecks(product = false): Finding {
  return {
    code: 'still-failing-checks',
    sources: ['ms-schannel-registry', 'ms-dotnet-tls', 'cisco-tms-admin-guide'],
    severity: 'info',
    title: L('If TLS 1.2 is offered and it still fails', 'TLS 1.2 を提示しても失敗する場合'),
    body: [
      L(
        product
          ? 'When the capture shows a TLS 1.2 ClientHello and the system still refuses it, or some TMS functions still fail, check these on the TMS server (the endpoint items apply to endpoints only):'
          : 'When the capture shows a TLS 1.2 ClientHello and the endpoint still refuses it, or some TMS functions still fail, check these on the TMS server and the endpoint:',
        product
          ? 'キャプチャで TLS 1.2 の ClientHello が確認できるのにシステムが拒否する場合や、TMS の一部の機能がまだ失敗する場合は、TMS サーバで次の点を確認してください（エンドポイントの項目はエンドポイントだけに当てはまります）。'
          : 'キャプチャで TLS 1.2 の ClientHello が確認できるのにエンドポイントが拒否する場合や、TMS の一部の機能がまだ失敗する場合は、TMS サーバとエンドポイントで次の点を確認してください。',
      ),
    ],
    steps: [
      L(
        `Schannel events (Microsoft): the System log, source Schannel, shows that Windows, not TMS, refused a handshake. Look for ${SCHANNEL_EVENTS.proof.join(', ')} (and ${SCHANNEL_EVENTS.alertReceived} for an alert received); each event's text says which side it was on: ${SCHANNEL_EVENTS.incomingOnly} is only for connections made TO this server (to IIS, for example), the alerts can come from either direction, so match their time with TMS polling the endpoints.`,
        `Schannel のイベント（Microsoft）：システム ログのソース Schannel のイベントが記録されていれば、ハンドシェイクを拒否したのは TMS ではなく Windows です。${SCHANNEL_EVENTS.proof.join('、')}（アラートを受信した場合は ${SCHANNEL_EVENTS.alertReceived}）を探してください。どちら側の接続かは各イベントの本文に書かれています。${SCHANNEL_EVENTS.incomingOnly} は IIS などこのサーバへの接続でだけ記録され、アラートのイベントはどちらの向きでも記録されるため、時刻を TMS のエンドポイントへのポーリングと照らし合わせてください。`,
      ),
      L(
        'Cipher suites (Microsoft): after hardening with a GPO or IIS Crypto, the TMS server and the endpoint may share no cipher suite: the endpoint answers with alert 40 (handshake_failure) or a RST even at TLS 1.2.',
        '暗号スイート（Microsoft）：GPO や IIS Crypto でセキュリティを強化したあとは、TMS サーバとエンドポイントに共通の暗号スイートがなくなっている場合があります。その場合、TLS 1.2 でもエンドポイントはアラート 40（handshake_failure）または RST を返します。',
      ),
      L(
        'Certificate revocation (Cisco): with "Enable Certificate Revocation Check" on in TMS Tools, HTTPS fails when the CRL distribution point cannot be reached, even at TLS 1.2.',
        '証明書の失効確認（Cisco）：TMS ツールで [Enable Certificate Revocation Check] が有効な場合、CRL 配布ポイントに到達できないと、TLS 1.2 でも HTTPS 接続は失敗します。',
      ),
      L(
        '.NET strong crypto (Microsoft, "TLS best practices with the .NET Framework"): .NET code that Communication Security does not govern stays on TLS 1.0 unless `SchUseStrongCrypto` = 1 and `SystemDefaultTlsVersions` = 1 are set under `HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` and its `Wow6432Node` twin (the .reg below; a restart of IIS and the TMS services is expected to apply it, a reboot is the sure way).',
        '.NET の強力な暗号化（Microsoft「TLS best practices with the .NET Framework」）：[Communication Security] の管理外にある .NET のコードは、`HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` とその `Wow6432Node` 側の両方で `SchUseStrongCrypto` = 1 と `SystemDefaultTlsVersions` = 1 を設定しない限り、TLS 1.0 のままです（下の .reg。IIS と TMS サービスの再起動で適用されると見込まれますが、確実なのはサーバの再起動です）。',
      ),
      L(
        'The endpoint (Cisco xAPI): `xConfiguration NetworkServices HTTP Mode` must allow HTTPS, `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` must not be above what TMS offers (TLS 1.2), and `xStatus SystemUnit Software Version` shows the release; on TC 7, `xConfiguration NetworkServices HTTPS Mode` must be On.',
        'エンドポイント（Cisco xAPI）：`xConfiguration NetworkServices HTTP Mode` で HTTPS が許可されていること、`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` が TMS の提示するバージョン（TLS 1.2）を上回っていないことを確認します。リリースは `xStatus SystemUnit Software Version` で確認できます。TC 7 では `xConfiguration NetworkServices HTTPS Mode` が On である必要があります。',
      ),
      L(
        'Systems in "Behind Firewall" mode are not polled by TMS at all, so TLS does not matter to them; in Secure-Only mode HTTPS runs both ways and the TMS server\'s Schannel Server keys matter too (Cisco TMS Administrator Guide).',
        '[Behind Firewall] モードのシステムは TMS からポーリングされないため、TLS は関係しません。Secure-Only モードでは HTTPS が双方向で使われるため、TMS サーバの Schannel の Server キーも関係します（Cisco TMS アドミニストレータ ガイド）。',
      ),
    ],
    literal: DOTNET_LITERAL,
  };
}

/** Other products TMS manages over HTTPS meet the same wall (names recognised in ./products.ts). */
export function otherProductsSameWall(names: readonly string[], meetingServerRelease?: string): Finding {
  const list = names.length ? names.join(', ') : 'Cisco Meeting Server, Expressway / VCS, TelePresence Conductor, TelePresence Server';
  const listJa = names.length ? names.join('、') : 'Cisco Meeting Server、Expressway / VCS、TelePresence Conductor、TelePresence Server';
  const old = meetingServerBefore23(meetingServerRelease) === true;
  const ms = old
    ? L(
        `Meeting Server from 2.3 requires TLS 1.2 on its API; about your ${meetingServerRelease} the sources say nothing, so probe it`,
        `Meeting Server は 2.3 以降、API で TLS 1.2 が必須です。お使いの ${meetingServerRelease} については資料に記載がないため、プローブで確認してください`,
      )
    : L('Meeting Server from 2.3 requires TLS 1.2 on its API', 'Meeting Server は 2.3 以降、API で TLS 1.2 が必須です');
  // Meeting Server's 2.3 is its own threshold: for the other products the sources give no release or TLS minimum.
  const withMs = !names.length || names.includes('Cisco Meeting Server');
  const others = (names.length ? names : ['Expressway / VCS', 'TelePresence Conductor', 'TelePresence Server']).filter((n) => n !== 'Cisco Meeting Server');
  const noRelease = L(
    `the sources give no release from which ${others.length ? others.join(', ') : 'the others'} stop${others.length === 1 ? 's' : ''} accepting TLS 1.0: check ${others.length === 1 ? 'its' : 'their'} release notes`,
    `${others.length ? others.join('、') : 'それ以外の製品'}がどのリリースから TLS 1.0 を受け付けなくなるかは資料に書かれていないため、リリース ノートで確認してください`,
  );
  const why = withMs && others.length ? L(`${ms.en}; ${noRelease.en}`, `${ms.ja}。${noRelease.ja}`) : withMs ? ms : noRelease;
  return {
    code: 'other-products-same-wall',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'info',
    title: L('Not only endpoints: other products meet the same wall', 'エンドポイント以外の製品も同じ問題の影響を受けます'),
    body: [
      L(
        `${list}: when TMS manages these over HTTPS and they no longer accept TLS 1.0 (${why.en}), TMS at Medium loses them in the same way, and the same fix applies. Probe the system's HTTPS port to confirm which TLS versions it accepts.`,
        `${listJa}：TMS がこれらの製品を HTTPS で管理していて、製品側が TLS 1.0 を受け付けない場合（${why.ja}）、Medium の TMS は同じように管理できなくなり、同じ修正手順が当てはまります。どの TLS バージョンを受け付けるかは、その製品の HTTPS ポートをプローブして確認してください。`,
      ),
    ],
  };
}
/**
 * "CE 9.15 endpoints fine now but our Expressway-C and the CMS 3.x still show No HTTPS response", at
 * Medium-High or High: TMS already reaches the endpoints, so its TLS 1.2 works; what is left is on the
 * side of the products that still fail. Said as checks, not as a cause.
 */
export function productsFailEndpointsFine(names: readonly string[], level: SecurityLevel): Finding {
  const list = names.join(', ');
  const listJa = names.join('、');
  return {
    code: 'products-fail-endpoints-fine',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'warning',
    title: L(`The endpoints work, so look at the ${list}`, `エンドポイントは正常なので、${listJa} 側を確認してください`),
    body: [
      L(
        `The endpoints work with TMS at ${formatLevel(level)}, so TMS already offers TLS 1.2 and the TMS server's Schannel settings let it through: the TMS-side fix is in place. What still fails is on the side of the ${list}. Check on each: that TMS manages it over HTTPS with the address and credentials it expects, its certificate (at High TMS validates certificates; with "Enable Certificate Revocation Check" on, an unreachable CRL point fails HTTPS even at TLS 1.2), and its TLS settings and cipher suites. A probe of its HTTPS port shows which TLS versions it accepts, and Schannel events on the TMS server for its address show a refused handshake (for TMS's connections to it, 36871, and also 36887).`,
        `TMS が ${formatLevel(level)} の状態でエンドポイントは正常に管理できているため、TMS はすでに TLS 1.2 を提示しており、TMS サーバの Schannel の設定も問題ありません。TMS 側の修正は済んでいます。失敗が残っているのは ${listJa} 側です。それぞれについて次を確認してください：TMS が想定どおりのアドレスと認証情報で HTTPS で管理しているか、証明書（High では TMS が証明書を検証します。[Enable Certificate Revocation Check] が有効だと、CRL の配布ポイントに届かない場合は TLS 1.2 でも HTTPS が失敗します）、TLS の設定と暗号スイート。どの TLS バージョンを受け付けるかはその製品の HTTPS ポートのプローブで、拒否されたハンドシェイクは TMS サーバのその製品のアドレスに対する Schannel イベント（TMS からの接続では 36871 と、あわせて 36887）で確認できます。`,
      ),
    ],
  };
}

/**
 * Other products TMS manages fail at Medium-High or High while the endpoints run a release that still accepts
 * TLS 1.0 (TC up to 7.3.5, CE 8.0.x: stated, or their own probe), and the endpoints are not said to fail. At that
 * level TMS offers TLS 1.2, so the products' failure is not the TLS 1.0 cause; unlike `productsFailEndpointsFine`,
 * the endpoints working proves nothing about TMS's TLS 1.2 (they would take TLS 1.0 too). What to check instead.
 */
export function productsFailAtRaisedLevel(names: readonly string[], level: SecurityLevel, endpoint: EndpointVersion | undefined, byProbe: boolean, endpointsFail = false): Finding {
  const list = joinAnd(names);
  const listJa = names.join('、');
  const lv = formatLevel(level);
  const who = ep(endpoint);
  const accepts = byProbe
    ? L('the probe completed a TLS 1.0 handshake with the endpoint', 'プローブでエンドポイントとの TLS 1.0 ハンドシェイクが成立しています')
    : L(`${who ?? 'their release'} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do)`, `${who ?? 'そのリリース'} はまだ TLS 1.0 を受け付けます（TC 7.3.5 以前と CE 8.0.x は受け付けます）`);
  return {
    code: 'products-fail-at-raised-level',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide', 'ms-schannel-registry', 'ms-dotnet-tls'],
    severity: 'warning',
    title: L(`At ${lv}, the TLS 1.0 cause does not explain the ${list}: check these instead`, `${lv} では、${listJa} の失敗は TLS 1.0 の問題では説明できません：代わりに次を確認してください`),
    body: [
      L(
        `At ${lv} TMS offers TLS 1.2 once the change is in effect (saved in TMS Tools, on both nodes of a redundant TMS, with IIS and the TMS services restarted since). So the ${list} failing there is not the problem this answer is about: TMS offering only TLS 1.0. ${endpointsFail ? `Nor does it explain the endpoints: ${accepts.en}; what to check for them is below.` : `The endpoints working tells nothing about that: ${accepts.en}, so they would work even if TMS still offered only TLS 1.0.`}`,
        `${lv} では、変更が反映されていれば（TMS ツールで保存済み、冗長構成の TMS では両方のノードで保存済み、その後 IIS と TMS のサービスを再起動済み）、TMS は TLS 1.2 を提示します。そのため、${listJa} がこのレベルで失敗するのは、この回答が扱う問題（TMS が TLS 1.0 しか提示しないこと）によるものではありません。${endpointsFail ? `エンドポイントの失敗もこの問題では説明できません。${accepts.ja}。エンドポイントについて確認する点は下にあります。` : `エンドポイントが動いていることは、この点について何も示しません。${accepts.ja}。そのため、TMS が TLS 1.0 しか提示していなくても動きます。`}`,
      ),
      L(
        `A capture on the TMS server of TMS polling one of them says where to look: a TLS 1.0 ClientHello (0x0301) means the level change has not taken effect on the server that polls it; a TLS 1.2 one (0x0303) that is refused puts the cause on the product's side or in the TMS server's Windows settings.`,
        `TMS サーバで、TMS がそのうちの 1 台をポーリングするところをキャプチャすると、どこを見ればよいか分かります。ClientHello が TLS 1.0（0x0301）なら、ポーリングしているサーバでレベルの変更がまだ反映されていません。TLS 1.2（0x0303）が拒否されているなら、原因は製品側か TMS サーバの Windows の設定にあります。`,
      ),
      L(
        `On each of the ${list}: its TLS settings (the minimum version it accepts) and cipher suites (after hardening with a GPO or IIS Crypto, TMS and the product may share none: alert 40 or a reset even at TLS 1.2), its certificate (at High TMS validates certificates; with "Enable Certificate Revocation Check" on, an unreachable CRL point fails HTTPS too), and that TMS manages it over HTTPS with the address and credentials it expects. On the TMS server: the System log's Schannel events at the times TMS polls it, and .NET strong crypto (both in the list below).`,
        `${listJa} のそれぞれについて：TLS の設定（受け付ける最低バージョン）と暗号スイート（GPO や IIS Crypto で強化したあとは、TMS と製品に共通の暗号スイートがなくなり、TLS 1.2 でもアラート 40 やリセットになることがあります）、証明書（High では TMS が証明書を検証します。[Enable Certificate Revocation Check] が有効だと、CRL 配布ポイントに届かない場合も HTTPS が失敗します）、そして TMS が想定どおりのアドレスと認証情報で HTTPS で管理しているかを確認してください。TMS サーバでは、TMS がその製品をポーリングする時刻のシステム ログの Schannel のイベントと、.NET の強力な暗号化の設定を確認してください（どちらも下の一覧にあります）。`,
      ),
    ],
  };
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The failing system is a product TMS manages (Meeting Server, Expressway/VCS, Conductor, TelePresence
 * Server), not an endpoint: no endpoint version is needed, the TMS-side cause and fix are the same.
 * What the knowledge states about the product's TLS minimum: only Meeting Server 2.3+ (TLS 1.2 on its
 * API); for the others only that they meet the same wall, so the text says what to check.
 */
export function otherProductNoTls10(ids: readonly OtherProductId[], seen: { meetingServerRelease?: string; probeTarget?: string; endpointKnown?: boolean } = {}): Finding {
  const known = OTHER_PRODUCT_IDS.filter((id) => ids.includes(id));
  const names = known.map((id) => OTHER_PRODUCTS[id].name);
  const list = names.length ? joinAnd(names) : 'the system';
  const it = names.length > 1 ? 'them' : 'it';
  const listJa = names.length ? names.join('、') : 'このシステム';
  const body: LocalizedText[] = [
    MH(
      `No endpoint version is needed here: what fails is ${list}, and the problem sits on the TMS side. TMS polls ${it} over HTTPS just as it polls endpoints, and the sources behind this answer say that such products, managed by TMS, hit the same wall: they no longer take a ClientHello that offers only TLS 1.0, and TMS at Medium offers nothing newer. So the cause and the fix on the TMS server are the ones for endpoints: make TLS 1.2 available to Windows and raise Communication Security to Medium-High, with the same cautions.`,
      `この件ではエンドポイントのバージョンは必要ありません。失敗しているのは ${listJa} で、問題は TMS 側にあります。TMS はこの製品もエンドポイントと同じように HTTPS でポーリングします。この回答の根拠となる資料によれば、TMS が管理するこうした製品も同じ問題に当たります。製品側は TLS 1.0 だけを提示する ClientHello を受け付けず、Medium の TMS はそれより新しいバージョンを提示しません。そのため TMS サーバでの原因と修正はエンドポイントの場合と同じです（Windows で TLS 1.2 を使える状態にし、[Communication Security] を Medium-High に上げます。注意点も同じです）。`,
    ),
  ];
  if (seen.probeTarget) {
    const where = seen.probeTarget.slice(0, 100);
    body.unshift(
      L(
        `The probe of ${where} saw TLS 1.0 refused: that is this wall, seen from outside (if that address is the ${list} TMS polls, not a proxy or a load balancer in front of it).`,
        `${where} へのプローブでは TLS 1.0 が拒否されました。外から見たこの問題そのものです（そのアドレスが、プロキシやロードバランサではなく、TMS がポーリングしている ${listJa} である場合）。`,
      ),
    );
  }
  if (known.includes('meeting-server')) {
    const rel = seen.meetingServerRelease;
    const old = meetingServerBefore23(rel);
    body.push(
      old === false
        ? L(
            `Cisco Meeting Server ${rel}: from release 2.3 on, its API accepts TLS 1.2 at minimum, so TMS at Medium cannot reach it, and ${rel} is such a release.`,
            `Cisco Meeting Server ${rel}：リリース 2.3 以降、API が受け付けるのは TLS 1.2 以上です。${rel} はこれに当たるため、Medium の TMS からは接続できません。`,
          )
        : old === true
          ? L(
              `Cisco Meeting Server ${rel}: the sources say that from release 2.3 on its API accepts TLS 1.2 at minimum; about ${rel}, which is older, they say nothing.${seen.probeTarget ? ' The probe above is what shows the refusal.' : ' Probe its HTTPS port to see whether it refuses TLS 1.0.'}`,
              `Cisco Meeting Server ${rel}：資料によれば、リリース 2.3 以降は API が受け付けるのは TLS 1.2 以上ですが、それより前の ${rel} については記載がありません。${seen.probeTarget ? '拒否されていることは上のプローブ結果で確認できます。' : 'TLS 1.0 を拒否するかどうかは、HTTPS ポートをプローブして確認してください。'}`,
            )
          : L(
              'Cisco Meeting Server: from release 2.3 on, its API accepts TLS 1.2 at minimum, so TMS at Medium cannot reach it. About releases before 2.3 the sources here say nothing: check the release notes of the release you run.',
              'Cisco Meeting Server：リリース 2.3 以降、API が受け付けるのは TLS 1.2 以上のため、Medium の TMS からは接続できません。2.3 より前のリリースについては、ここで参照している資料に記載がありません。お使いのリリースのリリースノートで確認してください。',
            ),
    );
  }
  const rest = known.filter((id) => id !== 'meeting-server').map((id) => OTHER_PRODUCTS[id].name);
  if (rest.length || !known.length) {
    const r = rest.length ? joinAnd(rest) : list;
    const rJa = rest.length ? rest.join('、') : listJa;
    body.push(
      L(
        `${r}: the sources say ${rest.length > 1 ? 'they meet' : 'it meets'} the same wall when TMS manages ${rest.length > 1 ? 'them' : 'it'}, but they do not state from which release, nor what TLS minimum ${rest.length > 1 ? 'each' : 'it'} enforces. Check the product's own TLS minimum setting and its release notes, or probe its HTTPS port to see which TLS versions it accepts.`,
        `${rJa}：資料には、TMS が管理している場合に同じ問題に当たると書かれていますが、どのリリースからか、TLS の最低バージョンをいくつにしているかは記載されていません。製品自体の TLS の最低バージョンの設定とリリースノートを確認するか、HTTPS ポートをプローブして、どの TLS バージョンを受け付けるかを確かめてください。`,
      ),
    );
  }
  if (!seen.endpointKnown) {
    body.push(
      L(
        'If endpoints show "No HTTPS response" as well, tell me their software version: for them the answer depends on it.',
        'エンドポイントにも「No HTTPS response」が表示されている場合は、そのソフトウェアバージョンを教えてください。エンドポイントについての回答はバージョンによって変わります。',
      ),
    );
  }
  return {
    code: 'other-product-no-tls10',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'info',
    title: L(`The failing system is ${list}, not an endpoint: the same TLS 1.0 wall`, `失敗しているのはエンドポイントではなく ${listJa} です（同じ TLS 1.0 の問題）`),
    body,
  };
}

/**
 * Other products TMS manages fail (the TLS 1.0 wall) while the endpoints run a release that still
 * accepts TLS 1.0 (TC up to 7.3.5, CE 8.0.x, or a probe that completed TLS 1.0), with TMS at Low,
 * Medium or a level not said. Endpoints not said to fail: why they still work (TMS's TLS 1.0 hello
 * is still taken), and that an upgrade will put them behind the same wall. Said to fail too: this
 * problem does not explain their failure, and what to check on them (the checks of `endpointAcceptsTls10`).
 */
export function endpointsAcceptTls10BesideProducts(endpoint: EndpointVersion | undefined, byProbe: boolean, endpointsFail: boolean): Finding {
  const who = ep(endpoint);
  const why = byProbe
    ? L('the probe completed a TLS 1.0 handshake with the endpoint', 'プローブでエンドポイントとの TLS 1.0 ハンドシェイクが成立した')
    : L(`${who ?? 'their release'} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do)`, `${who ?? 'そのリリース'} がまだ TLS 1.0 を受け付ける（TC 7.3.5 以前と CE 8.0.x は受け付けます）`);
  if (!endpointsFail) {
    return {
      code: 'endpoints-accept-tls10-beside-products',
      sources: ['cisco-technote-211279'],
      severity: 'info',
      title: L('Why the endpoints still work', 'エンドポイントが今も動いている理由'),
      body: [
        L(
          `The endpoints work because ${why.en}: TMS at Medium offers only TLS 1.0, and they still take it. They will be hit too once they are upgraded to TC 7.3.6+ or CE 8.1+, which refuse TLS 1.0; the fix on the TMS server below covers them before that.`,
          `エンドポイントが動いているのは、${why.ja}ためです。Medium の TMS が提示するのは TLS 1.0 だけですが、エンドポイントはまだそれを受け付けています。TC 7.3.6 以降や CE 8.1 以降（TLS 1.0 を拒否します）にアップグレードすると、エンドポイントも同じ問題に当たります。下の TMS サーバでの修正を済ませておけば、その前に備えられます。`,
        ),
      ],
    };
  }
  const checks = endpointAcceptsTls10(endpoint, byProbe).steps ?? [];
  return {
    code: 'endpoints-accept-tls10-beside-products',
    sources: ['cisco-technote-211279'],
    severity: 'warning',
    title: L("The endpoints' failure has another cause", 'エンドポイントの失敗には別の原因があります'),
    body: [
      L(
        `The endpoints are another matter: ${why.en}, so TMS at Medium can reach them and this problem does not explain why they fail. The fix on the TMS server is still right for the other products, and harmless for the endpoints (every TC and CE release accepts TLS 1.2). For the endpoints, check these:`,
        `エンドポイントについては話が別です。${why.ja}ため、Medium の TMS でも通信でき、エンドポイントが失敗する理由はこの問題では説明できません。TMS サーバでの修正はほかの製品に対しては正しく、エンドポイントにも害はありません（TC と CE のどのリリースも TLS 1.2 を受け付けます）。エンドポイントについては次の点を確認してください。`,
      ),
    ],
    steps: checks,
  };
}

/** How to probe a managed product's HTTPS port, in every surface (the same three ways as for an endpoint). */
const PROBE_WAYS: readonly LocalizedText[] = [
  L('In Slack: the Probe button, with the address and HTTPS port TMS uses for the system.', 'Slack では、プローブのボタンから、TMS がそのシステムに使っているアドレスと HTTPS ポートを指定します。'),
  L('In the terminal chat: `probe <host>[:<port>]`.', 'ターミナルのチャットでは `probe <ホスト>[:<ポート>]` と入力します。'),
  L('From a shell: `tms-doctor probe <host> --json > probe.json`, then `tms-doctor diagnose --probe probe.json`.', 'シェルからは `tms-doctor probe <ホスト> --json > probe.json` を実行し、続けて `tms-doctor diagnose --probe probe.json` を実行します。'),
];

/**
 * The failing system is a Meeting Server older than 2.3 and nothing was probed: the sources state
 * the TLS 1.2 minimum from 2.3 on only, so the release does not settle whether TMS at Medium is what
 * it refuses. Changing the TMS server (Medium-High stops Telnet and SNMP) could fix nothing: check first.
 */
export function meetingServerReleaseUnsettled(release: string): Finding {
  const rel = release.slice(0, 20);
  return {
    code: 'meeting-server-release-unsettled',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'warning',
    title: L(
      `Meeting Server ${rel} is older than 2.3: check that it refuses TLS 1.0 before changing TMS`,
      `Meeting Server ${rel} は 2.3 より前のリリースです。TMS を変更する前に、TLS 1.0 を拒否しているか確認してください`,
    ),
    body: [
      L(
        `What the sources behind this answer state is that Meeting Server accepts TLS 1.2 at minimum on its API from release 2.3 on. About ${rel} they say nothing, so the release alone does not show that it turns away TMS at Medium, which offers only TLS 1.0.`,
        `この回答の根拠となる資料に書かれているのは、Meeting Server がリリース 2.3 以降、API で TLS 1.2 以上しか受け付けないということだけです。${rel} については記載がないため、リリースだけでは、TLS 1.0 しか提示しない Medium の TMS をこのサーバが拒否しているとは言えません。`,
      ),
      L(
        'Changing the TMS server for it (TLS 1.2 in the registry, Communication Security at Medium-High, which also stops Telnet and SNMP) could then fix nothing. Probe its HTTPS port first: if TLS 1.0 is refused and TLS 1.2 accepted, the TMS-side fix applies as it does for endpoints, and I will give it with its cautions; if a TLS 1.0 handshake completes, "No HTTPS response" has another cause.',
        'その場合、TMS サーバを変更しても（レジストリでの TLS 1.2 の有効化、[Communication Security] の Medium-High への変更。後者は Telnet と SNMP も停止させます）何も直らない可能性があります。まず HTTPS ポートをプローブしてください。TLS 1.0 が拒否され TLS 1.2 が受け付けられれば、エンドポイントの場合と同じ TMS 側の修正が当てはまるので、注意点とあわせてお伝えします。TLS 1.0 のハンドシェイクが成立すれば、「No HTTPS response」には別の原因があります。',
      ),
    ],
  };
}

/** The step to take when only a probe of a managed product can settle the question. */
export function probeProductPort(ids: readonly OtherProductId[]): Finding {
  const names = OTHER_PRODUCT_IDS.filter((id) => ids.includes(id)).map((id) => OTHER_PRODUCTS[id].name);
  const list = names.length ? joinAnd(names) : 'the system';
  const listJa = names.length ? names.join('、') : 'このシステム';
  return {
    code: 'probe-product-port',
    severity: 'action',
    title: L(`Probe the HTTPS port of ${list} that TMS polls`, `TMS がポーリングしている ${listJa} の HTTPS ポートをプローブします`),
    body: [
      L(
        'The probe offers each TLS version in turn and reports which ones the system accepts. Send me its result and I will tell you whether TMS at Medium can reach the system.',
        'プローブは TLS のバージョンを 1 つずつ提示し、どれを受け付けるかを報告します。結果を送っていただければ、Medium の TMS から接続できるかどうかをお伝えします。',
      ),
    ],
    steps: [...PROBE_WAYS],
  };
}

/** A probe of the managed product (no endpoint in the conversation) completed a TLS 1.0 handshake. */
export function productAcceptsTls10(ids: readonly OtherProductId[], probeTarget: string): Finding {
  const names = OTHER_PRODUCT_IDS.filter((id) => ids.includes(id)).map((id) => OTHER_PRODUCTS[id].name);
  const list = names.length ? joinAnd(names) : 'the system';
  const listJa = names.length ? names.join('、') : 'このシステム';
  const where = probeTarget.slice(0, 100);
  return {
    code: 'product-accepts-tls10',
    sources: ['cisco-technote-211279'],
    severity: 'info',
    title: L(`Not this problem: ${list} still accepts TLS 1.0`, `この問題ではありません（${listJa} は TLS 1.0 を受け付けます）`),
    body: [
      L(
        `The probe completed a TLS 1.0 handshake with ${where}. If that address is the ${list} TMS polls (not a proxy or a load balancer in front of it), TMS at Medium can talk to it, and the TLS 1.0 wall does not explain the error.`,
        `${where} へのプローブで TLS 1.0 のハンドシェイクが成立しました。このアドレスが、前段のプロキシやロードバランサではなく TMS がポーリングしている ${listJa} であれば、Medium の TMS でも通信でき、TLS 1.0 の問題ではこのエラーを説明できません。`,
      ),
      L('"No HTTPS response" then has another cause. Look at these instead:', 'この場合、「No HTTPS response」には別の原因があります。次の点を確認してください。'),
    ],
    steps: [
      L(
        'Reachability: can the TMS server open a TCP connection to that address and port (firewall, routing, NAT, a changed address)?',
        '到達性：TMS サーバからそのアドレスとポートに TCP で接続できるか（ファイアウォール、ルーティング、NAT、アドレスの変更など）。',
      ),
      L(
        'The address and port TMS has for the system: are they the ones just probed, and is the HTTPS service TMS uses enabled there?',
        'TMS に登録されたアドレスとポート：いまプローブしたものと同じか、TMS が使う HTTPS のサービスがそこで有効になっているか。',
      ),
      L(
        'Certificate: has the system\'s certificate expired or been replaced, and does TMS validate certificates (level High) or check revocation?',
        '証明書：システムの証明書が期限切れになっていないか、差し替えられていないか。TMS 側で証明書の検証（レベル High）や失効確認を有効にしていないか。',
      ),
      L('Credentials: do the credentials TMS has stored for the system still work?', '認証情報：TMS に登録したこのシステムの認証情報が有効か。'),
    ],
  };
}

/**
 * Units that still accept TLS 1.0 said to fail too, after hardening (Facts.hardeningAllFail, FIX10D / QA36 #5): TLS 1.0 off on
 * the TMS server's Schannel Client side fits that (knowledge.md: at Medium TMS then sends no ClientHello at all), said as the
 * check that comes first, on every later answer too.
 */
export function hardeningTls10ClientSuspected(accepting: string[]): Finding {
  const en = accepting.join(', ');
  const ja = accepting.join('、');
  return {
    code: 'hardening-tls10-client-suspected',
    severity: 'warning',
    title: L('Units that still accept TLS 1.0 fail too: check TLS 1.0 on the TMS server first', 'TLS 1.0 を受け付けるエンドポイントも失敗：まず TMS サーバの TLS 1.0 を確認'),
    body: [
      MH(
        `You said those on ${en} fail too, since the hardening. ${en} still accepts TLS 1.0, so the endpoints' TLS change does not explain that, but the TMS server can: with TLS 1.0 turned off on its Schannel Client side and TMS at Medium, TMS completes the TCP handshake and then sends no ClientHello at all, to old and new endpoints alike. Check \`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client\` on the TMS server (\`Enabled\` = 0 or \`DisabledByDefault\` = 1 means off) and what the policy set; a capture on the TMS server settles it (a TCP handshake to port 443, then no ClientHello). If so, the steps below (TLS 1.2 for the Client side, Medium-High) reach all of them; check too that the hardening left TLS 1.2 and a cipher suite the endpoints share. A SQL Server on this server without TLS 1.2 support needs TLS 1.0: see its caveat before anything else.`,
        `${ja} のエンドポイントでも、セキュリティ強化のあとから失敗しているとのことです。${ja} はまだ TLS 1.0 を受け付けるため、エンドポイント側の TLS の変更では説明できませんが、TMS サーバ側なら説明できます。Schannel の Client 側の TLS 1.0 が無効で TMS が Medium のままだと、TMS は TCP ハンドシェイクのあと ClientHello をまったく送らないため、新旧どのエンドポイントにも接続できません。TMS サーバで \`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client\` を確認し（\`Enabled\` = 0 または \`DisabledByDefault\` = 1 なら無効）、ポリシーで何が設定されたかも確認してください。TMS サーバでのキャプチャで判断できます（ポート 443 への TCP ハンドシェイクのあと ClientHello がない）。そうであれば、下記の手順（Client 側の TLS 1.2 と Medium-High）ですべてに接続できます。強化で TLS 1.2 と、エンドポイントと共通の暗号スイートが残っているかも確認してください。このサーバに TLS 1.2 非対応の SQL Server がある場合は TLS 1.0 が必要です。何よりも先にその注意事項を確認してください。`,
      ),
    ],
    sources: ['cisco-technote-211279'],
  };
}

/**
 * Every unit on a release that still accepts TLS 1.0 said to fail since a change on the TMS server (Facts.hardeningAllFail set by
 * mixed-note.ts tmsChangeAllOldFailIn, QA59 #3): the endpoints' TLS change does not explain it, TLS 1.0 off for the TMS server's
 * Client side at Medium does (knowledge.md §Symptom, last bullet). Cannot tell which: the check, and a capture.
 */
export function tmsChangeAllOldFail(accepting: string[]): Finding {
  const en = accepting.join(', ');
  const ja = accepting.join('、');
  return {
    code: 'hardening-tls10-client-suspected',
    severity: 'warning',
    title: L('Every system fails since a change on the TMS server: check TLS 1.0 on the TMS server first', 'TMS サーバの変更以降すべて失敗：まず TMS サーバの TLS 1.0 を確認'),
    body: [
      L(
        `I cannot tell yet whether this is the TLS 1.0 problem. ${en} still accepts TLS 1.0, so the endpoints' own TLS change does not explain it. But the change on the TMS server can: if it turned TLS 1.0 off for the Schannel Client side while TMS is at Medium, TMS completes the TCP handshake to port 443 and then sends no ClientHello at all, so every system fails, old releases too. Check \`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client\` on the TMS server (\`Enabled\` = 0 or \`DisabledByDefault\` = 1 means off; no key means the Windows default) and what the policy set; a capture on the TMS server settles it (a TCP handshake to port 443, then no ClientHello). If TLS 1.0 is off there, tell me: TMS then needs TLS 1.2 for the Client side and Medium-High, which every TC and CE release accepts. If it is on, look at the endpoint-side checks below.`,
        `TLS 1.0 の問題かどうかは、まだ判断できません。${ja} はまだ TLS 1.0 を受け付けるため、エンドポイント側の TLS の変更では説明できません。ただし TMS サーバ側の変更なら説明できます。その変更で Schannel の Client 側の TLS 1.0 が無効になり、TMS が Medium のままだと、TMS はポート 443 への TCP ハンドシェイクのあと ClientHello をまったく送らないため、古いリリースも含めてすべてのシステムが失敗します。TMS サーバで \`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client\` を確認し（\`Enabled\` = 0 または \`DisabledByDefault\` = 1 なら無効。キーがなければ Windows の既定値です）、ポリシーで何が設定されたかも確認してください。TMS サーバでのキャプチャで判断できます（ポート 443 への TCP ハンドシェイクのあと ClientHello がない）。そこで TLS 1.0 が無効なら、お知らせください。その場合 TMS には Client 側の TLS 1.2 と Medium-High が必要で、TC と CE はどのリリースも TLS 1.2 を受け付けます。有効なら、下のエンドポイント側の確認項目を見てください。`,
      ),
    ],
    sources: ['cisco-technote-211279'],
  };
}

/** The endpoint-accepts finding under tmsChangeAllOldFail: its facts stand, but it is no longer "not this problem" (QA59 #3). */
export function acceptsAfterTmsChange(f: Finding, accepting: string[]): Finding {
  const en = accepting.join(', ');
  const ja = accepting.join('、');
  return {
    ...f,
    title: L('The endpoint still accepts TLS 1.0', 'エンドポイントは TLS 1.0 を受け付けます'),
    // (The TMS server's TLS 1.0, the list's last check, leads this answer already.)
    steps: f.steps?.filter((x) => !x.en.startsWith('TLS 1.0 on the TMS server:')),
    body: [
      L(
        `${en} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do), so the TLS 1.0 change that started with TC 7.3.6 / CE 8.1.0 does not explain the error: with TLS 1.0 on for the TMS server's Client side, TMS at Medium can talk to it.`,
        `${ja} はまだ TLS 1.0 を受け付けます（TC 7.3.5 以前と CE 8.0.x は受け付けます）。そのため TC 7.3.6 / CE 8.1.0 から始まった TLS 1.0 の廃止ではこのエラーを説明できません。TMS サーバの Client 側で TLS 1.0 が有効なら、Medium の TMS でも通信できます。`,
      ),
      ...f.body.slice(1, -1),
      L('If TLS 1.0 is on for the TMS server\'s Client side, "No HTTPS response" has another cause. Look at these then:', 'TMS サーバの Client 側で TLS 1.0 が有効なら、「No HTTPS response」には別の原因があります。その場合は次の点を確認してください。'),
    ],
  };
}

/**
 * The cause said when hardening may have turned TLS 1.0 off (Facts.hardeningAllFail): not "the endpoint resets the connection"
 * as a fact, but both ways, as the check above says; the rest of the finding as it is.
 */
export function causeAfterHardening(f: Finding, accepting: string[]): Finding {
  const en = accepting.join(', ');
  const ja = accepting.join('、');
  return {
    ...f,
    body: [
      MH(
        `At Medium TMS offers only TLS 1.0 in its ClientHello, whatever the registry allows. If the hardening turned TLS 1.0 off on the TMS server, TMS cannot offer even that and sends no ClientHello at all, to every endpoint (which fits those on ${en} failing too); with TLS 1.0 on, an endpoint on TC 7.3.6+/CE 8.1+ resets the hello instead. Either way TMS needs Medium-High, which offers TLS 1.2.`,
        `Medium の TMS は、レジストリの設定にかかわらず ClientHello で TLS 1.0 だけを提示します。強化で TMS サーバの TLS 1.0 が無効になっていれば、それすら提示できず、どのエンドポイントにも ClientHello をまったく送りません（${ja} も失敗していることと合います）。TLS 1.0 が有効なら、TC 7.3.6 以降/CE 8.1 以降のエンドポイントが hello をリセットします。どちらの場合も、TLS 1.2 を提示する Medium-High が必要です。`,
      ),
      ...f.body.slice(1),
    ],
  };
}

/** The failing system said to be in "Behind Firewall" mode (QA36 #12): TMS does not poll it (knowledge.md), kept across turns. */
export function behindFirewallNotPolled(): Finding {
  return {
    code: 'behind-firewall-not-polled',
    severity: 'warning',
    title: L('This system is in Behind Firewall mode: TMS does not poll it', 'このシステムは Behind Firewall モードで、TMS はポーリングしません'),
    body: [
      L(
        'You said the system is in "Behind Firewall" mode. TMS does not poll systems in that mode, so the TLS version TMS offers does not matter to it, and "No HTTPS response" on it is not explained by the TLS 1.0 change. Check first the mode it is really in (Systems > Navigator, the system\'s connection settings; Cisco\'s TMS Administrator Guide describes the mode). The steps below are for systems TMS does poll over HTTPS.',
        'このシステムは [Behind Firewall] モードとのことです。このモードのシステムは TMS からポーリングされないため、TMS が提示する TLS のバージョンは関係せず、このシステムの「No HTTPS response」は TLS 1.0 の変更では説明できません。まず実際にどのモードになっているかを確認してください（[Systems] > [Navigator] でシステムの接続設定を確認。モードの動作は Cisco の TMS アドミニストレータ ガイドに記載されています）。下記の手順は、TMS が HTTPS でポーリングしているシステムのためのものです。',
      ),
    ],
    sources: ['cisco-tms-admin-guide'],
  };
}

export function httpNotAffected(): Finding {
  return {
    code: 'http-not-affected',
    severity: 'info',
    title: L(
      'Not this problem: TMS manages this endpoint over HTTP',
      'この問題ではありません（TMS はこのエンドポイントを HTTP で管理しています）',
    ),
    body: [
      L(
        'The TLS 1.0 change in TC 7.3.6 / CE 8.1.0 only affects connections made over HTTPS. When TMS talks to the endpoint over plain HTTP, no TLS handshake happens, so the endpoint refusing TLS 1.0 cannot cause the error.',
        'TC 7.3.6 / CE 8.1.0 での TLS 1.0 廃止が影響するのは HTTPS の接続だけです。TMS がエンドポイントと平文の HTTP で通信している場合は TLS ハンドシェイク自体が発生しないため、エンドポイントが TLS 1.0 を拒否することはエラーの原因になりません。',
      ),
      L(
        'Check instead: whether the endpoint now redirects HTTP to HTTPS (a 301 on port 80 means TMS must use HTTPS after all), whether HTTP is still enabled on the endpoint, reachability of port 80 from the TMS server, and the credentials TMS uses.',
        '代わりに、次の点を確認してください。エンドポイントが HTTP を HTTPS にリダイレクトしていないか（ポート 80 で 301 が返る場合、TMS は結局 HTTPS を使う必要があります）、エンドポイントで HTTP がまだ有効か、TMS サーバからポート 80 に到達できるか、TMS が使う認証情報が正しいか。',
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
        'どちらかに基づいて作業する前に、プローブしたアドレスが本当にこのエンドポイントか（プロキシやロードバランサ、別の機器ではないか）、そしてバージョンが現在動いているものか（[Systems] > [Navigator]、またはエンドポイントの Web インターフェイスで確認できます）を確認してください。',
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
  if (error.startsWith('port closed:')) return 'ポートが閉じています（TCP 接続が拒否されました）';
  if (error.startsWith('host silent:')) return 'ホストが応答しません（TCP 接続に応答がありません。停止中、フィルタされている、またはアドレスの誤りが考えられます）';
  if (error.startsWith('not TLS:')) return error.includes('HTTP') ? 'TLS ではありません（このポートは平文の HTTP で応答します）' : 'TLS ではありません（このポートは TLS 以外のデータで応答します）';
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
  const ssl3Only = !tls13Only && probe.protocols?.ssl3 === true;
  return {
    code: 'probe-no-tms-protocol',
    severity: 'warning',
    title: L('The probed server refuses TLS 1.0, 1.1 and 1.2', 'プローブ先は TLS 1.0・1.1・1.2 をすべて拒否しています'),
    body: [
      L(
        `${where} refused TLS 1.0, 1.1 and 1.2${tls13Only ? ' and accepted only TLS 1.3' : ssl3Only ? ' and answered only with SSL 3.0' : ''}. TMS at Medium-High offers TLS 1.2, and a TC or CE endpoint at its default settings accepts it, so raising TMS to Medium-High would not help here.`,
        `${where} は TLS 1.0、1.1、1.2 をすべて拒否しました${tls13Only ? '（TLS 1.3 のみ受け付けています）' : ssl3Only ? '（応答したのは SSL 3.0 だけです）' : ''}。Medium-High の TMS が提示するのは TLS 1.2 で、初期設定の TC や CE のエンドポイントはそれを受け付けるため、ここでは TMS を Medium-High にしても解決しません。`,
      ),
      // TLS 1.3 refused too: a minimum version never refuses the newest one, so the endpoint's minimum is not the first check (QA55 #6).
      probe.protocols?.['tls1.3'] === false
        ? L(
            'TLS 1.3 was refused too, and a minimum TLS version never refuses the newest version: `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` does not explain this. Check first what is in the way: a firewall or IPS on the path that resets TLS to this address, that the probed address is really the endpoint (not a proxy, load balancer or other device), and that HTTPS is on at the endpoint (`xConfiguration NetworkServices HTTP Mode`; on TC 7, `xConfiguration NetworkServices HTTPS Mode`).',
            'TLS 1.3 も拒否されました。TLS の下限の設定が最新のバージョンまで拒否することはないため、`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` ではこれを説明できません。まず、間にあるものを確認してください。経路上のファイアウォールや IPS がこのアドレスへの TLS をリセットしていないか、プローブしたアドレスが本当にエンドポイントか（プロキシやロードバランサ、別の機器ではないか）、エンドポイントで HTTPS が有効か（`xConfiguration NetworkServices HTTP Mode`、TC 7 では `xConfiguration NetworkServices HTTPS Mode`）です。',
          )
        : L(
            "First check the endpoint's own minimum: `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` (TMS reaches it only once it allows TLS 1.2; agree any change with whoever raised it). Then check that the probed address is really the endpoint (not a proxy, load balancer or other device in front of it).",
            'まずエンドポイント側の下限 `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` を確認してください（TLS 1.2 を許可していないと TMS からは接続できません。変更する場合は、その設定を上げた担当者と相談してください）。次に、プローブしたアドレスが本当にエンドポイントか（手前にあるプロキシやロードバランサ、別の機器ではないか）を確認してください。',
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

/**
 * The SQL question once SQL was said to run on the TMS server ("SQL is local", 「SQL は TMS サーバに同居しています」, QA57 #6):
 * only its version is asked, not where it runs again (no "Not on the TMS server" choice).
 */
export function sqlVersionOnTmsQuestion(): Question {
  const q = question('need-sql-version');
  return {
    ...q,
    text: L(
      'You said SQL Server runs on the TMS server itself: which version is it? (`SELECT @@VERSION` on that instance shows it.) SQL 2008 R2 and 2012/2014 there need care before TLS settings change.',
      'SQL Server は TMS サーバ上で動いているとのことですが、そのバージョンを教えてください（そのインスタンスで `SELECT @@VERSION` を実行すると分かります）。そこで動く SQL 2008 R2 と 2012/2014 は、TLS 設定を変更する前に注意が必要です。',
    ),
    choices: q.choices?.filter((c) => c.value !== 'remote'),
  };
}

export function question(code: (typeof QUESTION_CODES)[number]): Question {
  switch (code) {
    case 'need-endpoint-version':
      return {
        code,
        required: true,
        text: L(
          'Which software version do the affected endpoints run? (Systems > Navigator shows it, or the endpoint\'s web page.) The exact version matters: TC 7.3.5 and CE 8.0.x still accept TLS 1.0, TC 7.3.6, CE 8.1 and later do not.',
          '影響を受けているエンドポイントのソフトウェアバージョンを教えてください（[Systems] > [Navigator]、またはエンドポイントの Web インターフェイスで確認できます）。TC 7.3.5 と CE 8.0.x は TLS 1.0 を受け付け、TC 7.3.6・CE 8.1 以降は受け付けないため、正確なバージョンが必要です。',
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
          'インストールされている TMS のバージョンを教えてください（TMS の Web インターフェイスの [About] などで確認できます）。TMS 15 以降はそのまま修正できますが、それより前のリリースはできません。',
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
          'Which Windows Server release does TMS run on? (`winver` shows it.) On 2008 R2 and 2008 the registry step is required (2008 without R2 needs Microsoft\'s KB4019276 first); from 2012 on it is a check.',
          'TMS が動いている Windows Server のバージョンを教えてください（`winver` で確認できます）。2008 R2 と 2008 ではレジストリの手順が必須で（R2 ではない 2008 では、先に Microsoft の KB4019276 が必要です）、2012 以降では確認作業になります。',
        ),
        example: 'Windows Server 2012 R2',
        choices: [
          choice('2008 R2', 'Windows Server 2008 R2', 'Windows Server 2008 R2'),
          // 2008 without R2 needs KB4019276 before TLS 1.2 exists (knowledge.md): an option of its own, next to 2008 R2 (QA61 #10).
          choice('2008', 'Windows Server 2008 (not R2)', 'Windows Server 2008（R2 ではない）'),
          choice('2012 R2', 'Windows Server 2012 / 2012 R2', 'Windows Server 2012 / 2012 R2'),
          choice('2016', 'Windows Server 2016', 'Windows Server 2016'),
          choice('2019', 'Windows Server 2019', 'Windows Server 2019'),
          choice('2022', 'Windows Server 2022', 'Windows Server 2022'),
          choice('2025', 'Windows Server 2025', 'Windows Server 2025'),
        ],
      };
    case 'need-security-level':
      return {
        code,
        required: false,
        text: L(
          `Which Communication Security level is set in TMS Tools? (${TMS_TOOLS_PATH}.) Medium is the default.`,
          'TMS ツールで設定されている [Communication Security] のレベルを教えてください（[Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] で確認できます）。既定値は Medium です。',
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
