/**
 * The short form of a diagnosis: what an incident channel needs first (verdict, cause, next action,
 * the facts and assumptions, the caveats that can cause an outage), plus the numbered steps kept
 * for when someone asks for them. Surface-neutral and pure: Slack renders it as a card
 * (src/slack/card.ts), the console and CLI can print it as it is.
 *
 * Every line is in the reply's language; titles of findings come from the knowledge (src/domain),
 * so a caveat reads the same here as in the long answer.
 */
import type { Advises, Block, DiagnosisJson, Reply } from './document';
import { anyAdvising } from '../domain/advises';
import type { Diagnosis, Facts, Finding, Lang } from '../domain/types';
import { TEXTS } from './texts';
import { sourcesFor } from '../domain/sources';
import { joinAnd, OTHER_PRODUCT_IDS, OTHER_PRODUCTS, OTHER_SYMPTOM_CODE, OTHER_SYMPTOM_TEXTS, readOtherSymptom, REBOOT_UNLESS_RESTARTED_TITLE, rebootServer, registryPlan, sqlOutageCase, tcDowngradePossible, isCeOnlyModel, TLS10_OFF_ENDPOINT_ACCEPTS, SQL2008_TLS12_BUILD, SQL2008R2_TLS12_BUILD, TLS10_OFF_PRE15, tls10ClientOffBasis, tls10OffByWindowsDefault, type Tls10OffBasis } from '../domain/knowledge';
import { CAPTURE_ACCEPTS_TLS10, TLS12_HELLO_AT_MEDIUM, withEvidenceFacts, withEvidenceWindows } from '../domain/evidence-rules';
import { formatEndpoint, formatLevel, formatSql, formatTms, formatWindows, sqlTlsStatus } from '../domain/versions';
import { HEADING_SQL_FIRST, NEXT_SQL_FIRST, sqlCheckFirst } from '../domain/knowledge/tms-wont-open';
import { keptProbesDiffer } from '../domain/probes-kept';

/** What the card says about the case, as one of a few kinds (stable: stored, tested). */
export type Verdict = 'fix' | 'upgrade-tms' | 'check' | 'not-this' | 'need-more';

export interface SummaryStep {
  code: string;
  title: string;
  body: string[];
  items: string[];
  literal?: string;
}

export interface SummaryCaveat {
  code: string;
  /** One line (the finding's title). */
  text: string;
  /** The finding's full explanation, for the details. */
  detail: string[];
}

export interface Summary {
  verdict: Verdict;
  /** The card's header: the verdict in a few words. */
  headline: string;
  /** One line: why. */
  cause: string;
  /** One line: what to do next. */
  next: string;
  /** The facts understood, one line ("TMS 15.2.1 · CE 9.15 · SQL Server 2012 SP1"), '' when none. */
  facts: string;
  /** What was assumed because it was not given (one short phrase each). */
  assumed: string[];
  /** Caveats that must be read before any step, one line each, most dangerous first. */
  caveats: SummaryCaveat[];
  /** The numbered steps (action findings, in order). */
  steps: SummaryStep[];
  /** The public documents the findings rest on (cause and caveats first), for links. */
  sources: { id: string; label: string; url: string }[];
  /** One sentence, at most FALLBACK_MAX characters: verdict and next action (notifications, screen readers). */
  fallback: string;
  /**
   * Set when the short form advises raising Communication Security to Medium-High (one of its steps does, or its next
   * action names that step): its caveat goes with it.
   */
  advises?: Advises;
  /** Set when `next` itself advises it (it names the Communication Security step): a surface that shows `next` alone marks it so. */
  nextAdvises?: Advises;
}

export const FALLBACK_MAX = 300;

const W = {
  en: {
    headline: {
      fix: 'TLS 1.0 problem: TMS must offer TLS 1.2',
      'upgrade-tms': 'TLS 1.0 problem: this TMS must be upgraded',
      check: 'Most likely the TLS 1.0 problem: check the assumption first',
      'not-this': 'Not the TLS 1.0 problem',
      'need-more': 'Not settled yet: check this first',
    } satisfies Record<Verdict, string>,
    headlineConflict: 'What you pasted contradicts the endpoint version you gave: check which is right',
    headlineFixed: 'Fixed, as you said: the systems work again',
    nextFixed: 'Nothing left for this case. If "No HTTPS response" comes back (after a failover to a second TMS node, for example), say so here.',
    headlineLevelConflict: 'A TLS 1.2 hello in your capture: is TMS at Medium-High now?',
    nextLevelConflict: 'Tell me the level TMS Tools shows now, and whether the capture\'s client is the TMS server. If it is, a ServerHello after that hello means the fix has taken effect (then Force Refresh in Systems > Navigator).',
    nextLevelConflictClientEnded: 'Tell me the level TMS Tools shows now, and whether the capture\'s client is the TMS server. If it is, TLS 1.2 is agreed but the client then ended the handshake itself: check what it refused (below), most often the endpoint\'s certificate.',
    theEndpoint: 'The endpoint',
    theSystem: 'The system',
    causeFix: (ep: string) => `${ep} ${ep.includes(' and ') ? 'refuse' : 'refuses'} TLS 1.0, and TMS at Medium offers nothing newer.`,
    causeFixRaised: (ep: string) => `${ep} ${ep.includes(' and ') ? 'refuse' : 'refuses'} TLS 1.0, which is all TMS offered at Medium; you have set Medium-High since.`,
    nextVerifyRaised: 'Check that Medium-High took effect: Force Refresh an affected system in Systems > Navigator, or take a capture where TMS\'s ClientHello offers TLS 1.2 (0x0303).',
    causeFixLow: (ep: string) => `${ep} ${ep.includes(' and ') ? 'refuse' : 'refuses'} TLS 1.0, and TMS at Low does not offer TLS 1.2 either (per Cisco's admin guide: check it).`,
    causeFixNoHello: (ep: string, win: string, level: string) =>
      `${ep} ${ep.includes(' and ') ? 'need' : 'needs'} TLS 1.2, which TMS at ${level} does not offer; on ${win}, where TLS 1.0 is off too, TMS at ${level} sends no ClientHello at all.`,
    causeFixNoHelloSeen: (ep: string, level: string, claim: boolean) =>
      `${ep} ${ep.includes(' and ') ? 'need' : 'needs'} TLS 1.2, which TMS at ${level} does not offer; ${claim ? 'and if TLS 1.0 is off for the TMS server\'s Client side, as you say' : 'and since TLS 1.0 is off for the TMS server\'s Client side (your evidence shows it)'}, TMS at ${level} sends no ClientHello at all.`,
    causePre15: (tms: string, ep: string) => `${tms} always offers TLS 1.0 only, which ${ep === 'The endpoint' ? 'the endpoint' : ep} refuses; no TMS setting changes that.`,
    causeAlreadyMh: 'TMS is already at Medium-High, so the TMS server\'s Windows TLS 1.2 settings are the likely gap.',
    causeRegistryTls12Off: 'TMS is at Medium-High, but the registry keeps TLS 1.2\\Client off on the TMS server, so TMS cannot offer TLS 1.2.',
    // No ClientHello seen and the level not named (evidence-rules.ts noHelloLevelUnknown): the cause at each level, not one asserted.
    causeNoHelloLevelUnknown: (ep: string) =>
      `TMS sends no ClientHello, and you have not named the level: at Medium (the default) that means TLS 1.0 is off on the TMS server, and ${ep} ${ep.includes(' and ') ? 'need' : 'needs'} the TLS 1.2 that Medium-High offers; if TMS is already at Medium-High, TLS 1.2 is likely off for its Client side.`,
    nextNoHelloLevelUnknown: (next: string) => `Check the level in TMS Tools first. At Medium-High: check that TLS 1.2\\Client has Enabled = 1 and DisabledByDefault = 0. At Medium: ${next.charAt(0).toLowerCase()}${next.slice(1)}`,
    nextNoHelloMh: 'Check TLS 1.2\\Client on the TMS server first (Enabled = 1, DisabledByDefault = 0; reboot once if you change it); once TMS sends a ClientHello, the Schannel events, cipher suites, the revocation check and the endpoint\'s MinimumTLSVersion.',
    causeAccepts: (ep: string) => `${ep} still accepts TLS 1.0, so TMS at Medium can reach it.`,
    causeAcceptsAnyLevel: (ep: string) => `${ep} still accepts TLS 1.0 (and TLS 1.2), so the TLS 1.0 change does not explain this error.`,
    causeAcceptsProduct: (ep: string) => `${ep} still accepts TLS 1.0, so the TLS 1.0 change does not explain this error.`,
    causeHttp: 'TMS manages this endpoint over HTTP, so no TLS handshake is involved.',
    // The fix's steps as one line (stepsLine), from the answer's own action findings: the registry step, the level, the reboot rule.
    regKb: (win: string) => `install Microsoft's KB4019276 on ${win} (without it TLS 1.1/1.2 do not exist), enable TLS 1.2 in the Schannel keys`,
    regKbSaidSet: (win: string) => `check that Microsoft's KB4019276 is installed on ${win} and that the TLS 1.2 keys you set in Schannel are right (required there)`,
    regRequired: (win: string) => `enable TLS 1.2 in the server's Schannel keys (off by default on ${win})`,
    regRequiredSaidSet: (win: string) => `check the TLS 1.2 keys you set in Schannel (required on ${win}; correct any that differ)`,
    reg2025: (win: string) => `check that TLS 1.2 is enabled in the Schannel keys on ${win}`,
    regUnknown: 'check that TLS 1.2 is enabled in the server\'s Schannel keys (whether it is off by default depends on the Windows release: `winver` shows it)',
    regVerify: 'make sure TLS 1.2 is enabled in the server\'s Schannel keys',
    regVerifySaidSet: 'check the TLS 1.2 keys you set in Schannel (correct any that differ)',
    stepLevel: 'set Communication Security to Medium-High in TMS Tools',
    stepReboot: 'reboot the server once',
    stepRebootKeysChanged: 'reboot the server once (you changed keys)',
    stepRestartIfChanged: 'restart IIS and the TMS services (reboot instead only if a key had to be created or changed)',
    stepRebootUnlessRestarted: 'reboot the server once, unless it has restarted since the TLS 1.2 keys were created',
    stepRestart: 'restart IIS and the TMS services',
    stepsJoin: (parts: string[]) => `${parts[0].charAt(0).toUpperCase()}${parts[0].slice(1)}${parts.slice(1).map((p, i) => (i === parts.length - 2 ? `, then ${p}` : `, ${p}`)).join('')}.`,
    keepHigh: 'Keep the level at High. ',
    highCertCheck: ' Check whether the endpoint\'s certificate is self-signed or expired: at High that fails even with TLS 1.2 (check Cisco\'s admin guide).',
    nextSqlFirst: (title: string, then: string) => `${title.replace(/[.]$/u, '')}, before any TLS change. Only then: ${then}`,
    nextSqlFirstMaybe: (title: string, then: string) => `${title.replace(/[.]$/u, '')}, if it runs on the TMS server (check where it runs), before any TLS change. Only then: ${then}`,
    leadTls10OffSql: (sql: string) =>
      `First check that SQL Server is running: ${sql} on this server needs TLS 1.0 (without it its service stops: event 26011), so turn TLS 1.0 back on (Client and Server) before any reboot, and leave SSL 3.0 as it is. Only then: `,
    leadTls10OffSqlMaybe: (sql: string) =>
      `First, if ${sql} runs on the TMS server, check that it is running: it needs TLS 1.0 there (without it its service stops: event 26011), so turn TLS 1.0 back on (Client and Server) before any reboot, and leave SSL 3.0 as it is. Only then: `,
    nextSqlOn2025: (sql: string, win: string, build: string, registry: boolean) =>
      `First check that ${sql} on this server runs: on ${win} TLS 1.0 and SSL 3.0 are off by default, which stops a SQL build without TLS 1.2 support (event 26011); if it runs, TLS 1.0 or SSL 3.0 was turned back on here: leave it so (having TLS 1.0 off later first needs a TLS 1.2 build, ${build} or later, or SQL moved or upgraded: a project of its own, not this fix). Then ${registry ? 'check that TLS 1.2 is enabled in the Schannel keys, changing neither TLS 1.0 nor SSL 3.0, and ' : ''}set Communication Security to Medium-High in TMS Tools. TMS support for ${win} is not documented: check Cisco's release notes.`,
    nextAcceptsSchannel: 'Look elsewhere, starting with the Schannel events you pasted: a cipher-suite mismatch (alert 40) fails at any TLS version. Read which side each event names (its text says it: 36874 is a client connecting TO this server; 36887/36888 can be either direction). Compare the cipher suites (GPO, IIS Crypto).',
    pre15Kb4019276: (win: string) => ` On ${win}, install Microsoft's KB4019276 before that fix: without it TLS 1.1/1.2 do not exist.`,
    pre152025: (win: string) => ` TMS support for ${win} is not documented: check Cisco's release notes before the upgrade.`,
    supportUndocumented: (win: string) => ` TMS support for ${win} is not documented: check Cisco's release notes; leave TLS 1.0/1.1 off there.`,
    telnetNamed: (title: string, named: string[]) => `${title}: this concerns the ${joinAnd(named)} you mentioned`,
    schannelEvents: 'Schannel events pasted: a cipher-suite mismatch (alert 40) fails even at TLS 1.2 (36874 is a client connecting TO this server; for 36871, 36887 and 36888 the event\'s text says which side): compare the cipher suites (GPO, IIS Crypto)',
    nextSqlDownNotTls: (sql: string) =>
      `First find why SQL Server stopped: ${sql} supports TLS 1.2, so TLS is not the usual reason; check the certificate it uses and the Schannel events logged at the same time. The TLS fix's steps (keys, Medium-High, restarts) wait until it runs again.`,
    nextSqlDown: 'First get SQL Server running again: on the server where it runs, turn TLS 1.0 back on (Client and Server), checking it after any import of an earlier registry export (an import leaves keys the change created), leave SSL 3.0 as it is, start the SQL service (reboot if it still fails).',
    nextSqlDownRemote: 'First get SQL Server running again on the database server where it runs, not on the TMS server (whose TLS settings do not touch it): check what changed in the TLS settings there, and on a build without TLS 1.2 re-enable TLS 1.0 on that server (SSL 3.0 left alone), then start the service.',
    nextPre15: 'Upgrade TMS to 15.x, then apply the TLS 1.2 fix; downgrading TC codecs to TC 7.3.3 is the only other way.',
    causeTls10Off: (ep: string, basis: Tls10OffBasis, win: string | null, level: string, product = false) =>
      basis === 'claim'
        ? `${ep} still accepts TLS 1.0, so ${product ? 'a TLS 1.0 wall on its side' : 'the TC/CE change'} is not the cause; but if TLS 1.0 was disabled for the TMS server's Client side, as you say, TMS at ${level} sends no ClientHello at all.`
        : `${ep} still accepts TLS 1.0, but TLS 1.0 is off on the TMS server (${basis === 'windows' && win ? `the ${win} default` : 'your evidence shows it'}), so TMS at ${level} sends no ClientHello at all.`,
    nextConfirmTls10Client: (next: string) => `Confirm first that TLS 1.0\\Client on the TMS server is off (Enabled = 0 or DisabledByDefault = 1), or take a capture (TCP handshake, no ClientHello); if it is: ${next.charAt(0).toLowerCase()}${next.slice(1)}`,
    causePre15Tls10Off: (tms: string, ep: string) => `${ep} still accepts TLS 1.0, but ${tms} offers only TLS 1.0, which is off on its server, so it sends no ClientHello at all.`,
    nextPre15Tls10Off: 'Upgrade TMS to 15.x, then apply the TLS 1.2 fix; turning the TLS 1.0 Client side back on is only a stopgap (it re-opens TLS 1.0, and TC 7.3.6+/CE 8.1+ refuse it anyway).',
    nextPre15NoTc: 'Upgrade TMS to 15.x, then apply the TLS 1.2 fix: this hardware cannot run TC, so there is no downgrade.',
    nextPre15Product: 'Upgrade TMS to 15.x, then apply the TLS 1.2 fix (the TC 7.3.3 downgrade is for endpoints only).',
    nextPre15Model: 'Upgrade TMS to 15.x, then apply the TLS 1.2 fix. A downgrade to TC 7.3.3 exists only for hardware that runs TC 7: check the model first.',
    nextPre15LevelSaid: (tms: string, level: string, then: string) =>
      `First check the TMS version (TMS's About page): you gave the level as ${level}, but ${tms} has no such setting, which TMS Tools offers from TMS 15 on. If it shows 15 or later, the TMS 15 fix applies instead. If it is ${tms}: ${then}`,
    nextSomeFailRaised: (steps: string) =>
      `Compare a failing system with one that works: software version, HTTPS mode, MinimumTLSVersion, certificate, Behind Firewall mode, port 443 from the TMS server. Only if every working one is on a release that still accepts TLS 1.0 is the Windows side in question: ${steps.charAt(0).toLowerCase()}${steps.slice(1)}`,
    nextAlreadyMhRestarted: 'Read the ClientHello version TMS sends in a capture, then the Schannel events, cipher suites, the revocation check and the endpoint\'s MinimumTLSVersion.',
    causeHighCerts: 'At High TMS validates the endpoints\' certificates (per Cisco\'s admin guide: check it), and you say they are self-signed or expired.',
    nextHighCerts: 'Give the endpoints certificates TMS trusts, or weigh Medium-High, which does not validate them; then check the Windows side.',
    causeHighCertsSeen: 'At High TMS validates the endpoints\' certificates (per Cisco\'s admin guide: check it), and the capture shows TLS 1.2 agreed, then the client rejecting the endpoint\'s certificate.',
    nextHighCertsSeen: 'Keep the level at High. Check the endpoint\'s certificate (self-signed, expired, which CA issued it) and give it one the TMS server trusts; the TLS version is not what fails on that connection.',
    nextAccepts: 'Look elsewhere: reachability, the endpoint\'s HTTPS service and its certificate.',
    nextAcceptsProduct: 'Look elsewhere: reachability, the address and HTTPS service TMS uses for the system, and its certificate.',
    nextHttp: 'Look elsewhere: TLS settings do not change an HTTP connection.',
    nextQuestion: 'Answer the question below so I can decide.',
    nextDetails: 'Read the checks in the full answer: they say what to look at next.',
    nextTls12Offered: 'Copy the packets right after TMS\'s TLS 1.2 hello: a reset or alert 40 points to cipher suites or the endpoint\'s HTTPS settings; a ServerHello means TLS works (then Force Refresh in Systems > Navigator).',
    nextAsk: (q: string) => `To decide I need one more fact: ${q}`,
    causeMissing: 'A fact that decides the case is still missing.',
    nextProbeConflict: 'Check that the probed address is really this endpoint (not a proxy or another device) and which version it runs now (Systems > Navigator); then decide with the one that holds.',
    nextEvidenceConflictRefuses: 'Check that the scanned address is really the endpoint (not a proxy or load balancer) and which version it runs now (Systems > Navigator): if it refuses TLS 1.0, it is on TC 7.3.6 or later or CE 8.1 or later, and this is the TLS 1.0 problem; tell me its version for the fix.',
    nextCaptureConflict: 'Tell me which system is at the server address in the capture and which version it runs (Systems > Navigator): the fix below holds for an endpoint that refuses TLS 1.0; one that accepts it, as in the capture, fails for another reason.',
    nextEvidenceConflict: 'Check that the scanned address is really the endpoint (not a proxy or load balancer) and which version it runs (Systems > Navigator): the fix below holds for an endpoint that refuses TLS 1.0; one that accepts it fails for another reason.',
    causeAlreadyHigh: 'TMS is already at High, which offers TLS 1.2: the gap is likely the TMS server\'s Windows TLS 1.2 settings or the endpoint\'s certificate, which TMS validates at High.',
    nextAlreadyHighRestarted: 'Keep the level at High. Check whether the endpoint\'s certificate is self-signed or expired (TMS validates it at High), then read the ClientHello version TMS sends in a capture and the Schannel events.',
    nextTls10OffSql: 'Before any reboot, turn TLS 1.0 back on (Client and Server): it is off here, and a SQL Server build without TLS 1.2 support on this server needs it or its service stops (event 26011). Leave SSL 3.0 as it is; then enable TLS 1.2 and set Medium-High.',
    assumeLevel: 'level Medium (default)',
    assumeWindows: 'Windows release not given: the registry step is a TLS 1.2 check',
    understood: 'Understood',
    firstly: '; first: ',
  },
  ja: {
    headline: {
      fix: 'TLS 1.0 の問題です（TMS が TLS 1.2 を使えるようにします）',
      'upgrade-tms': 'TLS 1.0 の問題です（この TMS はアップグレードが必要です）',
      check: 'TLS 1.0 の問題の可能性が高いです（まず仮定を確認してください）',
      'not-this': 'TLS 1.0 の問題ではありません',
      'need-more': 'まだ判断できません（まず次の点を確認してください）',
    } satisfies Record<Verdict, string>,
    headlineFixed: '解決済み（お聞きした内容）：システムは再び動作しています',
    nextFixed: 'この件で残っている作業はありません。「No HTTPS response」が再発した場合（たとえば 2 台目の TMS ノードへのフェイルオーバー後など）は、ここでお知らせください。',
    headlineConflict: '貼り付けていただいた内容と伝えられたエンドポイントのバージョンが食い違っています（どちらが正しいか確認してください）',
    headlineLevelConflict: 'キャプチャに TLS 1.2 の hello があります。TMS は現在 Medium-High ですか？',
    nextLevelConflict: 'TMS ツールに現在表示されているレベルと、キャプチャのクライアントが TMS サーバかどうかを教えてください。TMS サーバなら、その hello に ServerHello が返っていれば修正は効いています（その後 Systems > Navigator で Force Refresh を実行します）。',
    nextLevelConflictClientEnded: 'TMS ツールに現在表示されているレベルと、キャプチャのクライアントが TMS サーバかどうかを教えてください。TMS サーバなら、TLS 1.2 では合意できていますが、その後クライアント自身がハンドシェイクを打ち切っています。何を拒否したか（下記）、多くの場合はエンドポイントの証明書を確認してください。',
    theEndpoint: 'エンドポイント',
    theSystem: 'このシステム',
    causeFix: (ep: string) => `${ep} は TLS 1.0 を拒否し、Medium の TMS はそれより新しいバージョンを使いません。`,
    causeFixRaised: (ep: string) => `${ep} は TLS 1.0 を拒否し、Medium の TMS は TLS 1.0 しか提示していませんでした。その後 Medium-High に変更済みです。`,
    nextVerifyRaised: 'Medium-High が反映されたか確認します。[Systems] > [Navigator] で対象のシステムを [Force Refresh] するか、キャプチャで TMS の ClientHello が TLS 1.2（0x0303）を提示しているかを見ます。',
    causeFixLow: (ep: string) => `${ep} は TLS 1.0 を拒否し、Low の TMS も TLS 1.2 を提示しません（Cisco の管理者ガイドで確認してください）。`,
    causeFixNoHello: (ep: string, win: string, level: string) =>
      `${ep} には TLS 1.2 が必要ですが、${level} の TMS は TLS 1.2 を提示しません。TLS 1.0 も無効な ${win} では、${level} の TMS は ClientHello をまったく送りません。`,
    causeFixNoHelloSeen: (ep: string, level: string, claim: boolean) =>
      `${ep} には TLS 1.2 が必要ですが、${level} の TMS は TLS 1.2 を提示しません。${claim ? 'お話のとおり TMS サーバの Client 側で TLS 1.0 も無効なら' : 'さらに TMS サーバの Client 側で TLS 1.0 が無効なため（証拠で確認済み）'}、${level} の TMS は ClientHello をまったく送りません。`,
    causePre15: (tms: string, ep: string) => `${tms} は常に TLS 1.0 だけで接続し、${ep} はそれを拒否します。TMS の設定では変えられません。`,
    causeAlreadyMh: 'TMS はすでに Medium-High のため、原因は TMS サーバの Windows 側の TLS 1.2 設定である可能性が高いです。',
    causeRegistryTls12Off: 'TMS は Medium-High ですが、TMS サーバのレジストリで TLS 1.2\\Client が無効になっているため、TMS は TLS 1.2 を提示できません。',
    causeNoHelloLevelUnknown: (ep: string) =>
      `TMS は ClientHello を送っておらず、レベルはまだ伺っていません。Medium（既定値）なら TMS サーバで TLS 1.0 が無効になっているということで、${ep} には Medium-High が提示する TLS 1.2 が必要です。すでに Medium-High なら、Client 側の TLS 1.2 が無効になっている可能性が高いです。`,
    nextNoHelloLevelUnknown: (next: string) => `まず TMS ツールでレベルを確認してください。Medium-High なら、TLS 1.2\\Client が Enabled = 1、DisabledByDefault = 0 になっているか確認します。Medium なら：${next}`,
    nextNoHelloMh: 'まず TMS サーバの TLS 1.2\\Client を確認します（Enabled = 1、DisabledByDefault = 0。変更した場合はサーバを 1 回再起動）。TMS が ClientHello を送るようになったら、Schannel のイベント、暗号スイート、失効確認、エンドポイントの MinimumTLSVersion を確認します。',
    causeAccepts: (ep: string) => `${ep} はまだ TLS 1.0 を受け付けるため、Medium の TMS でも接続できます。`,
    causeAcceptsAnyLevel: (ep: string) => `${ep} はまだ TLS 1.0 も TLS 1.2 も受け付けるため、TLS 1.0 の廃止ではこのエラーを説明できません。`,
    causeAcceptsProduct: (ep: string) => `${ep} はまだ TLS 1.0 を受け付けるため、TLS 1.0 の廃止ではこのエラーを説明できません。`,
    causeHttp: 'TMS はこのエンドポイントを HTTP で管理しているため、TLS のハンドシェイクは発生しません。',
    regKb: (win: string) => `${win} に Microsoft の KB4019276 を適用し（これがないと TLS 1.1/1.2 が存在しません）、Schannel レジストリで TLS 1.2 を有効にします。`,
    regKbSaidSet: (win: string) => `${win} に Microsoft の KB4019276 が適用済みで、設定済みの Schannel レジストリの TLS 1.2 のキーが正しいか確認します（このバージョンでは必須です）。`,
    regRequired: (win: string) => `サーバの Schannel レジストリで TLS 1.2 を有効にします（${win} では既定で無効です）。`,
    regRequiredSaidSet: (win: string) => `設定済みの Schannel レジストリの TLS 1.2 のキーを確認し、異なるものがあれば修正します（${win} では必須です）。`,
    reg2025: (win: string) => `${win} の Schannel レジストリで TLS 1.2 が有効か確認します。`,
    regUnknown: 'サーバの Schannel レジストリで TLS 1.2 が有効か確認します（既定で無効かどうかは Windows のバージョンによります。`winver` で確認できます）。',
    regVerify: 'サーバの Schannel レジストリで TLS 1.2 が有効か確認します。',
    regVerifySaidSet: '設定済みの Schannel レジストリの TLS 1.2 のキーを確認し、異なるものがあれば修正します。',
    stepLevel: 'TMS ツールで [Communication Security] を Medium-High にします。',
    stepReboot: 'サーバを 1 回再起動します。',
    stepRebootKeysChanged: 'サーバを 1 回再起動します（キーを変更したため）。',
    stepRestartIfChanged: 'IIS と TMS サービスを再起動します（キーを作成または変更した場合だけ、代わりにサーバの再起動が必要です）。',
    stepRebootUnlessRestarted: 'TLS 1.2 のキー作成後にサーバを再起動していなければ、1 回再起動します。',
    stepRestart: 'IIS と TMS サービスを再起動します。',
    stepsJoin: (parts: string[]) => parts.map((p, i) => (i === 0 ? p : `${i === parts.length - 1 && parts.length > 2 ? '最後に、' : 'その後、'}${p}`)).join(''),
    keepHigh: 'レベルは High のままにします。',
    highCertCheck: 'エンドポイントの証明書が自己署名や期限切れでないかも確認します（High では TLS 1.2 でも失敗します。Cisco の管理者ガイドで確認してください）。',
    nextSqlFirst: (title: string, then: string) => `${title.replace(/[。]$/u, '')}（TLS の設定を変更する前に行います）。そのあとで、${then}`,
    nextSqlFirstMaybe: (title: string, then: string) => `${title.replace(/[。]$/u, '')}（TMS サーバ上で動いている場合です。どこで動いているか確認し、TLS の設定を変更する前に行います）。そのあとで、${then}`,
    leadTls10OffSql: (sql: string) =>
      `まず SQL Server が動いているか確認します。このサーバの ${sql} には TLS 1.0 が必要なので（ないとサービスが停止します。イベント 26011）、再起動の前に TLS 1.0 を（Client と Server で）有効に戻し、SSL 3.0 はそのままにします。そのあとで、`,
    leadTls10OffSqlMaybe: (sql: string) =>
      `まず、${sql} が TMS サーバ上で動いている場合は、そのサービスが動いているか確認します。そこでは TLS 1.0 が必要なので（ないとサービスが停止します。イベント 26011）、再起動の前に TLS 1.0 を（Client と Server で）有効に戻し、SSL 3.0 はそのままにします。そのあとで、`,
    nextSqlOn2025: (sql: string, win: string, build: string, registry: boolean) =>
      `まず、このサーバの ${sql} が動いているか確認します。${win} では TLS 1.0 と SSL 3.0 が既定で無効で、TLS 1.2 に対応していない SQL のビルドは起動できません（イベント 26011）。動いているなら、このサーバでは TLS 1.0 か SSL 3.0 が有効に戻されています。その設定はそのままにします（将来 TLS 1.0 を無効にするには、先に TLS 1.2 対応のビルド（${build} 以降）への更新か、SQL の移行またはアップグレードが必要です。これは別の作業で、今回の修正には含まれません）。そのあとで、${registry ? 'TLS 1.0 と SSL 3.0 は変えずに Schannel レジストリで TLS 1.2 が有効か確認し、' : ''}TMS ツールで [Communication Security] を Medium-High にします。${win} での TMS のサポートは資料に記載がないため、Cisco のリリースノートで確認してください。`,
    nextAcceptsSchannel: '別の原因を調べます。まず貼り付けられた Schannel のイベントを確認します。暗号スイートの不一致（アラート 40）は TLS のバージョンにかかわらず失敗します。どちら側の接続かは各イベントの本文で確認してください（36874 はこのサーバへの接続、36887 と 36888 はどちらの向きもあります）。暗号スイート（GPO、IIS Crypto）を比較してください。',
    pre15Kb4019276: (win: string) => `${win} では、その対処の前に Microsoft の KB4019276 を適用してください。これがないと TLS 1.1/1.2 が存在しません。`,
    pre152025: (win: string) => `${win} での TMS のサポートは資料に記載がないため、アップグレードの前に Cisco のリリースノートで確認してください。`,
    supportUndocumented: (win: string) => `${win} での TMS のサポートは資料に記載がないため、Cisco のリリースノートで確認してください。TLS 1.0/1.1 は無効のままにします。`,
    telnetNamed: (title: string, named: string[]) => `${title}（お話にあった ${named.join('、')} に関係します）`,
    schannelEvents: 'Schannel のイベントがあります。暗号スイートの不一致（アラート 40）は TLS 1.2 でも失敗するため（36874 はこのサーバへの接続。36871、36887、36888 はイベントの本文でどちら側か確認）、暗号スイート（GPO、IIS Crypto）を比較してください',
    nextSqlDownNotTls: (sql: string) =>
      `まず SQL Server が止まった原因を突き止めてください。${sql} は TLS 1.2 に対応しているため、TLS はふつう原因ではありません。SQL Server が使う証明書と、同時刻に記録された Schannel のイベントを確認します。TLS の対処の手順（キー、Medium-High、再起動）は、SQL Server が再び動くまで待ちます。`,
    nextSqlDown: 'まず SQL Server を復旧します。SQL Server が動くサーバで TLS 1.0 を（Client と Server で）有効に戻し（代わりに以前のレジストリのエクスポートをインポートした場合、変更で作られたキーは残るので TLS 1.0 を確認します）、SSL 3.0 はそのままにして SQL のサービスを開始します（それでも起動しなければ再起動します）。',
    nextSqlDownRemote: 'まず SQL Server を復旧します。作業するのは SQL Server が動く DB サーバで、TMS サーバではありません（TMS サーバの TLS 設定は DB サーバに影響しません）。DB サーバの TLS 設定で何が変わったかを確認し、TLS 1.2 に対応していないビルドなら、そのサーバで TLS 1.0 を有効に戻して（SSL 3.0 はそのまま）サービスを開始します。',
    nextPre15: 'TMS を 15.x にアップグレードしてから、TLS 1.2 の対処を行います。ほかの方法は、TC で動作しているコーデックを TC 7.3.3 に戻すことだけです。',
    causeTls10Off: (ep: string, basis: Tls10OffBasis, win: string | null, level: string, product = false) =>
      basis === 'claim'
        ? `${ep} はまだ TLS 1.0 を受け付けるため、${product ? '製品側の TLS 1.0 の廃止' : 'TC/CE の変更'}は原因ではありません。ただし、お話のとおり TMS サーバの Client 側で TLS 1.0 が無効なら、${level} の TMS は ClientHello をまったく送りません。`
        : `${ep} はまだ TLS 1.0 を受け付けますが、TMS サーバで TLS 1.0 が無効なため（${basis === 'windows' && win ? `${win} の既定値` : '証拠で確認済み'}）、${level} の TMS は ClientHello をまったく送りません。`,
    nextConfirmTls10Client: (next: string) => `まず TMS サーバの TLS 1.0\\Client が無効か（Enabled = 0 または DisabledByDefault = 1）確認するか、キャプチャを取得してください（TCP ハンドシェイクのあと ClientHello がない）。無効なら：${next}`,
    causePre15Tls10Off: (tms: string, ep: string) => `${ep} はまだ TLS 1.0 を受け付けますが、${tms} は TLS 1.0 しか提示せず、サーバでその TLS 1.0 が無効なため、ClientHello をまったく送りません。`,
    nextPre15Tls10Off: 'TMS を 15.x にアップグレードしてから、TLS 1.2 の対処を行います。TLS 1.0 の Client 側を有効に戻すのは一時しのぎにすぎません（TLS 1.0 を再び使えるようにすることになり、TC 7.3.6 以降/CE 8.1 以降はいずれにしても TLS 1.0 を拒否します）。',
    nextPre15NoTc: 'TMS を 15.x にアップグレードしてから、TLS 1.2 の対処を行います。このハードウェアでは TC が動作しないため、ダウングレードはできません。',
    nextPre15Product: 'TMS を 15.x にアップグレードしてから、TLS 1.2 の対処を行います（TC 7.3.3 へのダウングレードはエンドポイントにしか使えません）。',
    nextPre15Model: 'TMS を 15.x にアップグレードしてから、TLS 1.2 の対処を行います。TC 7.3.3 へのダウングレードは TC 7 が動作するハードウェアでしかできないため、先に機種を確認してください。',
    nextPre15LevelSaid: (tms: string, level: string, then: string) =>
      `まず TMS のバージョンを確認してください（TMS の [About] で確認できます）。レベルは ${level} とのことですが、${tms} にはこの設定がなく、TMS ツールにこの設定があるのは TMS 15 以降です。15 以降と表示される場合は、TMS 15 向けの対処があてはまります。${tms} の場合：${then}`,
    nextSomeFailRaised: (steps: string) =>
      `失敗しているシステムを、正常なシステムと比べてください（ソフトウェアのバージョン、HTTPS のモード、MinimumTLSVersion、証明書、Behind Firewall モード、TMS サーバからのポート 443）。正常なものがすべて TLS 1.0 を受け付けるリリースの場合に限り、Windows 側を確認します：${steps}`,
    nextAlreadyMhRestarted: 'キャプチャで TMS が送る ClientHello のバージョンを確認し、次に Schannel のイベント、暗号スイート、失効確認、エンドポイントの MinimumTLSVersion を確認します。',
    causeHighCerts: 'High の TMS はエンドポイントの証明書を検証し（Cisco の管理者ガイドで確認してください）、その証明書が自己署名または期限切れとのことです。',
    nextHighCerts: 'TMS が信頼する証明書をエンドポイントに入れるか、証明書を検証しない Medium-High にするかを検討し、その後 Windows 側を確認します。',
    causeHighCertsSeen: 'High の TMS はエンドポイントの証明書を検証し（Cisco の管理者ガイドで確認してください）、キャプチャでは TLS 1.2 で合意したあと、クライアントがエンドポイントの証明書を拒否しています。',
    nextHighCertsSeen: 'レベルは High のままにします。エンドポイントの証明書（自己署名か、期限切れか、発行した CA）を確認し、TMS サーバが信頼する証明書を入れてください。この接続で失敗しているのは TLS のバージョンではありません。',
    nextAccepts: '別の原因（到達性、エンドポイントの HTTPS サービス、証明書）を調べます。',
    nextAcceptsProduct: '別の原因（到達性、TMS がそのシステムに使うアドレスと HTTPS サービス、証明書）を調べます。',
    nextHttp: '別の原因を調べます。TLS の設定は HTTP の接続には影響しません。',
    nextQuestion: '判断のため、下の質問に答えてください。',
    nextDetails: '次に確認することは、詳しい回答の確認項目を見てください。',
    nextTls12Offered: 'TMS の TLS 1.2 の hello の直後のパケットも貼ってください。リセットやアラート 40 なら暗号スイートかエンドポイントの HTTPS 設定を、ServerHello なら TLS は動作しているので Systems > Navigator で Force Refresh を実行します。',
    nextAsk: (q: string) => `判断するには、もう 1 点教えてください：${q}`,
    causeMissing: '判断に必要な情報がまだ足りません。',
    nextProbeConflict: 'プローブしたアドレスが本当にこのエンドポイントか（プロキシや別の機器ではないか）と、現在動いているバージョン（[Systems] > [Navigator]）を確認し、正しい方に基づいて判断します。',
    nextEvidenceConflictRefuses: 'スキャンしたアドレスが本当にエンドポイントか（プロキシやロードバランサではないか）と、現在動いているバージョン（[Systems] > [Navigator]）を確認してください。TLS 1.0 を拒否するなら TC 7.3.6 以降か CE 8.1 以降で、TLS 1.0 の問題です。対処のため、そのバージョンを教えてください。',
    nextCaptureConflict: 'キャプチャのサーバのアドレスにあるのがどのシステムで、どのバージョンで動いているか（[Systems] > [Navigator]）を教えてください。以下の対処は TLS 1.0 を拒否するエンドポイントに当てはまります。キャプチャのように TLS 1.0 を受け付けるものなら、失敗の原因は別にあります。',
    nextEvidenceConflict: 'スキャンしたアドレスが本当にエンドポイントか（プロキシやロードバランサではないか）と、動いているバージョン（[Systems] > [Navigator]）を確認してください。以下の対処は TLS 1.0 を拒否するエンドポイントに当てはまります。TLS 1.0 を受け付けるエンドポイントなら、失敗の原因は別にあります。',
    causeAlreadyHigh: 'TMS はすでに High で、TLS 1.2 を提示しています。原因は TMS サーバの Windows 側の TLS 1.2 設定か、High で TMS が検証するエンドポイントの証明書である可能性が高いです。',
    nextAlreadyHighRestarted: 'レベルは High のままにします。エンドポイントの証明書が自己署名や期限切れでないか確認し（High では TMS が検証します）、次にキャプチャで TMS が送る ClientHello のバージョンと Schannel のイベントを確認します。',
    nextTls10OffSql: '再起動の前に、TLS 1.0 を（Client と Server で）有効に戻します。このサーバでは無効になっており、ここで動く SQL Server が TLS 1.2 に対応していないビルドなら、TLS 1.0 がないとサービスが停止します（イベント 26011）。SSL 3.0 はそのままにし、その後 TLS 1.2 を有効にして Medium-High にします。',
    assumeLevel: 'レベル Medium（既定値と仮定）',
    assumeWindows: 'Windows のバージョンが不明なため、レジストリの手順は TLS 1.2 の確認として記載',
    understood: '把握している情報',
    firstly: '。先に確認：',
  },
} as const;

const has = (d: DiagnosisJson, code: string) => d.findings.some((f) => f.code === code);

/** "8 of 10 green, 2 still red" at Medium-High: part of it works, the rest is to compare (R50A): the reply's heading and the card's say so. */
export function someSystemsWork(d: Diagnosis): boolean {
  const on = (c: string) => d.findings.some((f) => f.code === c);
  return d.affected === 'unknown' && ((on('some-systems-fail') && (on('already-medium-high') || on('partly-works-offers-tls12'))) || on('same-release-works'));
}

function endpointName(facts: Facts, lang: Lang): string {
  try {
    if (facts.endpoint) return formatEndpoint(facts.endpoint);
  } catch {
    /* malformed: fall through */
  }
  return W[lang].theEndpoint;
}

/** The other products named as the failing system ("Expressway / VCS"), or null when none is known. */
function productNames(facts: Facts, lang: Lang): string | null {
  const ids = Array.isArray(facts.otherProducts) ? OTHER_PRODUCT_IDS.filter((id) => facts.otherProducts!.includes(id)) : [];
  const names = ids.map((id) => OTHER_PRODUCTS[id].name);
  return ids.length ? (lang === 'ja' ? names.join(' と ') : joinAnd(names)) : null;
}

function tmsName(facts: Facts): string {
  try {
    if (facts.tms) return formatTms(facts.tms);
  } catch {
    /* malformed */
  }
  return 'TMS';
}

/**
 * The kind of answer a diagnosis is: the same reading as the full answer's heading (compose.ts
 * `heading`), so the card and the answer never disagree. Already at Medium-High or High is not
 * settled (the Windows side or the certificates are to check): 'need-more', as the answer says.
 */
/** A pasted scan or handshake shows an endpoint accepting TLS 1.0 that the user said runs a release refusing it (evidence-rules.ts). */
export function evidenceContradictsSaid(d: Pick<DiagnosisJson, 'findings'>): boolean {
  return d.findings.some((f) => CONFLICT_CODES.includes(f.code) && f.severity === 'warning');
}
/** The reverse: a scan shows an endpoint refusing TLS 1.0 that the user said runs a release accepting it. */
export function evidenceRefusalContradictsSaid(d: Pick<DiagnosisJson, 'findings'>): boolean {
  return d.findings.some((f) => f.code === 'evidence-endpoint-refuses-tls10' && f.severity === 'warning');
}
const CONFLICT_CODES = ['evidence-endpoint-accepts-tls10', 'evidence-endpoint-refuses-tls10', CAPTURE_ACCEPTS_TLS10];

export function verdictOf(d: DiagnosisJson): Verdict {
  // A scan refusing TLS 1.0 at an endpoint said to accept it: not "not this problem" until it is settled which is right.
  if (evidenceRefusalContradictsSaid(d) && !has(d, 'http-not-affected')) return 'check';
  if (d.affected === 'no' || has(d, 'http-not-affected')) return 'not-this';
  if (has(d, 'assume-endpoint-refuses-tls10')) return 'check';
  if (d.questions.some((q) => q.required) && !has(d, 'verify-probe-target')) return 'need-more';
  // TLS 1.0 off on the TMS server said, not seen (which side is not known): the answer is given, its premise to confirm first.
  if (d.affected === 'unknown' && (has(d, TLS10_OFF_ENDPOINT_ACCEPTS) || has(d, TLS10_OFF_PRE15))) return 'check';
  if (d.affected === 'unknown') return 'need-more';
  // A pasted scan contradicts the endpoint version given: the answer stands only once it is settled which is right.
  if (evidenceContradictsSaid(d) || has(d, TLS12_HELLO_AT_MEDIUM)) return 'check';
  if (has(d, 'tms-pre15-upgrade-or-downgrade') || has(d, TLS10_OFF_PRE15)) return 'upgrade-tms';
  // The failing system said to be in Behind Firewall mode (not polled by TMS, QA36 #12): its mode is to check first.
  if (has(d, 'behind-firewall-not-polled') || has(d, 'hardening-tls10-client-suspected')) return 'check';
  return 'fix';
}

/** Is this finding something to read before any step (a trap that can cause an outage)? */
function isCaveat(f: Finding, causeCode: string | null): boolean {
  if (f.code === causeCode) return false;
  // After "7 of 10 came back" the comparison with a working system is what is next, not a caveat besides it.
  if (causeCode === 'partly-works-offers-tls12' && f.code === 'some-systems-fail') return false;
  if (f.code === 'tms-pre15-upgrade-or-downgrade') return true;
  // Schannel events pasted (36874: no cipher suite in common): a cipher mismatch fails even at TLS 1.2, so the card says so.
  if (f.code === 'evidence-schannel-events') return causeCode !== 'endpoint-accepts-tls10' && causeCode !== 'product-accepts-tls10';
  // "TLS 1.0 is off, you say" with SQL 2008 R2 on the box is critical: an outage trap like the caveats.
  return f.severity === 'warning' || (f.severity === 'critical' && (f.code.startsWith('caveat-') || f.code.startsWith('said-') || f.code === 'evidence-tls10-off-sql2008r2'));
}

/** Caveats in the order they must be read: SQL first (they block the registry step), then the rest. */
function caveatRank(code: string): number {
  if (code === 'tms-pre15-upgrade-or-downgrade' || code.startsWith('assume-')) return 0;
  if (code === 'evidence-tls10-off-sql2008r2') return 0.5;
  if (code.includes('sql') || code === 'said-tls10-off') return 1;
  if (code.includes('telnet') || code.includes('snmp')) return 2;
  return 3;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Cut to `max` characters at a word boundary (an ellipsis marks the cut). */
/**
 * Where the first `n` code points of `s` end, as a UTF-16 index; -1 when `s` has no more than `n`.
 * (A counting loop: Array.from(s) builds an array of the whole text through the string iterator.)
 */
function codePointEnd(s: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n; k++) {
    if (i >= s.length) return -1;
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i >= s.length ? -1 : i;
}

/** The headline of a case said fixed in words (the Slack card's Fixed keeps it as it is). */
export const HEADLINE_FIXED: readonly string[] = [W.en.headlineFixed, W.ja.headlineFixed];

export function clip(s: string, max: number): string {
  // UTF-16 units never count fewer than code points: a text that short fits.
  if (s.length <= max || codePointEnd(s, max) === -1) return s;
  const head = s.slice(0, codePointEnd(s, max - 1));
  const sp = head.lastIndexOf(' ');
  return `${(sp > max / 2 ? head.slice(0, sp) : head).replace(/[\s,;:、。]+$/u, '')}…`;
}

const titleEn = (f: Finding | undefined) => f?.title.en ?? '';
const REBOOT_ONCE = rebootServer('reboot').title.en;
const REBOOT_IF_CHANGED = rebootServer('reboot-if-changed').title.en;

/**
 * The fix's steps as one line, read from the answer's own action findings in their order: the registry
 * step (enable or check, by the Windows release and the claim), the level change when the answer has
 * it, and the reboot rule of its reboot step (once when keys are or must be created or changed, else
 * restart IIS and the TMS services). Null when the answer has no registry step.
 */
function stepsLine(d: DiagnosisJson, lang: Lang, win: string | null): string | null {
  const w = W[lang];
  const facts = d.facts ?? {};
  const reg = d.findings.find((f) => f.code === 'enable-tls11-12-registry');
  // Evidence showed the TLS 1.2 keys right (a .reg export): no registry step, the level and the restart remain.
  const keysShown = !reg && d.findings.some((f) => f.code === 'evidence-schannel-tls12-client-on') && d.findings.some((f) => f.code === 'tms-tools-medium-high');
  if (!reg && !keysShown) return null;
  // (The Windows release a paste gave counts as typed, as in the answer itself: QA63 #11.)
  const plan = registryPlan(withEvidenceWindows(facts).windows);
  const saidSet = facts.tlsClaims?.tls12 === 'on';
  const parts: string[] = [];
  if (keysShown) {
    /* nothing to do in the keys */
  } else if (plan.needsKb4019276 && win) parts.push(saidSet ? w.regKbSaidSet(win) : w.regKb(win));
  else if (plan.step === 'required' && win) parts.push(saidSet ? w.regRequiredSaidSet(win) : w.regRequired(win));
  else if (plan.tls10OffByDefault && win) parts.push(w.reg2025(win));
  else if (plan.step === 'unknown') parts.push(w.regUnknown);
  else parts.push(saidSet ? w.regVerifySaidSet : w.regVerify);
  if (d.findings.some((f) => f.code === 'tms-tools-medium-high')) parts.push(w.stepLevel);
  const reboot = titleEn(d.findings.find((f) => f.code === 'reboot-server'));
  if (reboot === REBOOT_ONCE) parts.push(facts.tlsClaims?.keysChanged === true && plan.step !== 'required' ? w.stepRebootKeysChanged : w.stepReboot);
  else if (reboot === REBOOT_IF_CHANGED) parts.push(w.stepRestartIfChanged);
  else if (reboot === REBOOT_UNLESS_RESTARTED_TITLE.en) parts.push(w.stepRebootUnlessRestarted);
  else if (reboot || d.findings.some((f) => f.code === 'restart-tms-services')) parts.push(w.stepRestart);
  return w.stepsJoin(parts);
}

/** The first finding the answer puts before its steps, leading the card's Next: SQL Server before any TLS change. */
function withLead(d: DiagnosisJson, lang: Lang, next: string): string {
  const w = W[lang];
  const facts = d.facts ?? {};
  const lead = d.findings.find((f) => (f.code === 'said-tls10-off' && f.severity === 'critical') || f.code === 'caveat-sql2012-kb3052404');
  if (!lead) return next;
  const local = facts.sqlLocation === 'local';
  const then = lang === 'en' ? next.charAt(0).toLowerCase() + next.slice(1) : next;
  if (lead.code === 'caveat-sql2012-kb3052404') return (local ? w.nextSqlFirst : w.nextSqlFirstMaybe)(oneLine(lead.title[lang]), then);
  let sql = 'SQL Server 2008 R2';
  try {
    if (facts.sql) sql = formatSql(facts.sql);
  } catch {
    /* malformed */
  }
  return `${local ? w.leadTls10OffSql(sql) : w.leadTls10OffSqlMaybe(sql)}${then}`;
}

/**
 * The summary of a diagnosis. `contextLine` is the engine's facts line ("Understood so far: …"),
 * passed in so the summary and the long answer name the facts identically.
 */
export function summarize(d: DiagnosisJson, lang: Lang, factsLine = ''): Summary {
  const w = W[lang];
  const facts = d.facts ?? {};
  const verdict = verdictOf(d);
  // The failing system is another product TMS manages (not an endpoint): name it instead.
  // So is a product probed as accepting TLS 1.0 while TLS 1.0 is off on the TMS server (no endpoint in the conversation).
  const productProbedOff = has(d, TLS10_OFF_ENDPOINT_ACCEPTS) && !!facts.probe && !facts.endpoint && !facts.fleet && facts.endpointsFail !== true;
  const product = has(d, 'other-product-no-tls10') || productProbedOff ? productNames(facts, lang) : null;
  const ep = product ?? endpointName(facts, lang);
  let cause: string;
  let causeCode: string | null = null;
  let next: string;
  const critical = d.findings.find((f) => f.severity === 'critical');
  // The Windows release decides the registry step (required on 2008 / 2008 R2, KB4019276 on 2008 SP2, TLS 1.0 off on 2025).
  // (The one a paste gave too, once it is the TMS server's: QA63 #11.)
  const windows = withEvidenceWindows(facts).windows;
  const winPlan = registryPlan(windows);
  let win: string | null = null;
  try {
    if (windows) win = formatWindows(windows);
  } catch {
    /* malformed */
  }
  const registryRequired = winPlan.step === 'required';
  const otherSymptom = has(d, OTHER_SYMPTOM_CODE) ? readOtherSymptom(facts.otherSymptom) : undefined;
  if (otherSymptom) {
    // Another symptom named (knowledge/symptoms.ts): not shown to be this problem; its checks are next.
    cause = oneLine(d.findings.find((f) => f.code === OTHER_SYMPTOM_CODE)!.title[lang]);
    causeCode = OTHER_SYMPTOM_CODE;
    next = OTHER_SYMPTOM_TEXTS.next(otherSymptom)[lang];
  } else if (has(d, 'http-not-affected')) {
    cause = w.causeHttp;
    causeCode = 'http-not-affected';
    next = w.nextHttp;
  } else if (has(d, 'endpoint-accepts-tls10')) {
    // At Medium, "TMS at Medium can reach it"; at another level (or none given) the point holds without naming one.
    cause = facts.level === 'medium' ? w.causeAccepts(ep) : w.causeAcceptsAnyLevel(ep);
    causeCode = 'endpoint-accepts-tls10';
    next = has(d, 'evidence-schannel-events') ? w.nextAcceptsSchannel : w.nextAccepts;
  } else if (has(d, 'product-accepts-tls10')) {
    const who = productNames(facts, lang) ?? w.theSystem;
    cause = facts.level === 'medium' ? w.causeAccepts(who) : w.causeAcceptsProduct(who);
    causeCode = 'product-accepts-tls10';
    next = w.nextAcceptsProduct;
  } else if (has(d, TLS10_OFF_PRE15)) {
    // The endpoint accepts TLS 1.0, TLS 1.0 is off on the TMS server, and this TMS offers nothing else (knowledge/tls10-client-off.ts).
    cause = w.causePre15Tls10Off(tmsName(facts), ep);
    causeCode = TLS10_OFF_PRE15;
    next = w.nextPre15Tls10Off;
    if (winPlan.tmsSupportUndocumented && win) next += w.pre152025(win);
    if (verdict === 'check') next = w.nextConfirmTls10Client(next);
  } else if (verdict === 'upgrade-tms') {
    cause = w.causePre15(tmsName(facts), ep);
    // The hardware decides, not the release (CE or RoomOS alike, QA61 #4): the models named, when every one cannot run TC (knowledge: tcDowngradePossible).
    const down = tcDowngradePossible(facts.endpoint);
    // Models recorded (QA53 #14): when every one is hardware introduced with CE 9 / RoomOS ("Room Kits on CE 9.10"), there is no
    // downgrade, as the full answer says (pre15Stopgap), not "check the model first".
    const models = facts.endpointModels ?? [];
    const byModel = down === 'maybe' && models.length > 0 && models.every(isCeOnlyModel) ? 'no' : down;
    next = product ? w.nextPre15Product : byModel === 'no' ? w.nextPre15NoTc : byModel === 'maybe' ? w.nextPre15Model : w.nextPre15;
    // What the Windows release adds to "then apply the TLS 1.2 fix" (knowledge: 2008 SP2 needs KB4019276; 2025 is undocumented).
    if (winPlan.needsKb4019276 && win) next += w.pre15Kb4019276(win);
    else if (winPlan.tmsSupportUndocumented && win) next += w.pre152025(win);
    // A level only TMS 15 has, said with this TMS before 15 (QA64 #10): the version is settled before the upgrade advice stands.
    if ((facts.level === 'medium-high' || facts.level === 'high') && facts.tms) next = w.nextPre15LevelSaid(tmsName(facts), formatLevel(facts.level), next);
  } else if (has(d, 'same-release-works')) {
    // Systems on the failing ones' release work through this TMS (diagnose 5-same): compare, do not change the server.
    const f = d.findings.find((x) => x.code === 'same-release-works')!;
    cause = oneLine(f.title[lang]);
    causeCode = 'same-release-works';
    next = w.nextDetails;
  } else if (has(d, 'upgrade-timeline')) {
    // The symptom before the upgrade, or nothing upgraded (diagnose 5-time): what it means is the card; what to check follows.
    cause = oneLine(d.findings.find((x) => x.code === 'upgrade-timeline')!.title[lang]);
    causeCode = 'upgrade-timeline';
    next = w.nextDetails;
  } else if (has(d, 'partly-works-offers-tls12')) {
    // "7 of 10 came back" with the level never said: TMS offers TLS 1.2 (diagnose 5a); what is left is on the failing systems.
    cause = oneLine(d.findings.find((f) => f.code === 'partly-works-offers-tls12')!.title[lang]);
    causeCode = 'partly-works-offers-tls12';
    const compare = d.findings.find((f) => f.code === 'some-systems-fail');
    next = compare ? oneLine(compare.title[lang]) : w.nextDetails;
  } else if (has(d, 'already-medium-high')) {
    // At High with certificates said to be self-signed or expired, the validation leads; after a restart said done, the checks that remain.
    // At High the level is never the fix and the certificate check belongs in the card (knowledge: High adds certificate validation).
    const highLevel = facts.level === 'high';
    const certs = highLevel && facts.tlsClaims?.untrustedCerts === true;
    // "Rebooted" settles the restart only where the keys were a check (2012+); on 2008 / 2008 R2 they are required, whatever was rebooted.
    const restartedDone = facts.tlsClaims?.restarted === true && !registryRequired && facts.tlsClaims?.keysChanged !== true;
    // The capture itself shows TLS 1.2 agreed and the endpoint's certificate refused by the client: the certificate leads.
    const certsSeen = highLevel && !certs && d.findings.some((f) => f.code === 'evidence-capture-client-rejected-certificate' && f.title.en.startsWith('TLS 1.2 '));
    // At Medium-High with TLS 1.2\Client kept off in the registry (QA55 #11): the cause found, said as such.
    const registryOff = !highLevel && d.affected === 'yes' && has(d, 'evidence-schannel-tls12-client-off');
    cause = certs ? w.causeHighCerts : certsSeen ? w.causeHighCertsSeen : highLevel ? w.causeAlreadyHigh : registryOff ? w.causeRegistryTls12Off : w.causeAlreadyMh;
    causeCode = 'already-medium-high';
    const steps = stepsLine(d, lang, win);
    if (certs) next = w.nextHighCerts;
    else if (certsSeen) next = w.nextHighCertsSeen;
    // No ClientHello at all (evidence): there is no version to read; the TLS 1.2 Client keys come first (evidence-rules.ts noHelloAlreadyMh).
    else if ((restartedDone || !steps) && has(d, 'evidence-capture-no-clienthello')) next = highLevel ? `${w.keepHigh}${w.nextNoHelloMh}` : w.nextNoHelloMh;
    else if (restartedDone || !steps) next = highLevel ? w.nextAlreadyHighRestarted : w.nextAlreadyMhRestarted;
    else next = highLevel ? `${w.keepHigh}${steps}${w.highCertCheck}` : steps;
    // "Only some endpoints fail" at Medium-High (not a certificate case at High): the systems still failing lead, the comparison
    // with one that works is next, the Windows side only if every working one still accepts TLS 1.0 (the reply's order, answers-misc D).
    const someFail = d.findings.find((f) => f.code === 'some-systems-fail');
    if (someFail && !certs && !certsSeen) {
      cause = oneLine(someFail.title[lang]);
      causeCode = 'some-systems-fail';
      next = w.nextSomeFailRaised(next);
    }
    if (winPlan.tmsSupportUndocumented && win) next += w.supportUndocumented(win);
  } else if (has(d, 'tms-medium-tls10-only')) {
    // The level the user gave (Low is not Medium); on a Windows with TLS 1.0 off (2025), TMS at Medium sends no ClientHello at all.
    cause = winPlan.tls10OffByDefault && win && facts.level !== 'low' ? w.causeFixNoHello(ep, win, 'Medium') : facts.level === 'low' ? w.causeFixLow(ep) : w.causeFix(ep);
    // The endpoint accepts TLS 1.0; TLS 1.0 off on the TMS server is the cause (knowledge/tls10-client-off.ts).
    const offBasis = has(d, TLS10_OFF_ENDPOINT_ACCEPTS) ? tls10ClientOffBasis(withEvidenceFacts(facts)) : null;
    if (offBasis) cause = w.causeTls10Off(ep, offBasis, win, facts.level === 'low' ? 'Low' : 'Medium', productProbedOff);
    // The endpoint refuses TLS 1.0 and TLS 1.0 is off for the Client side too (a .reg, a capture with no hello, or said):
    // TMS at Medium sends no ClientHello at all (knowledge.md, Symptom), not "nothing newer".
    else if (facts.level !== 'low' && !(winPlan.tls10OffByDefault && win)) {
      const seenOrSaid = tls10ClientOffBasis(withEvidenceFacts(facts));
      if (seenOrSaid === 'evidence' || seenOrSaid === 'claim') cause = w.causeFixNoHelloSeen(ep, 'Medium', seenOrSaid === 'claim');
    }
    causeCode = 'tms-medium-tls10-only';
    // Medium-High set as a step of this fix (progress): the cause was Medium; what is left is the restart and the check.
    const raised = facts.level === 'medium-high' && facts.tlsClaims?.levelRaised === true;
    if (raised && !offBasis) cause = w.causeFixRaised(ep);
    next = stepsLine(d, lang, win) ?? (raised ? w.nextVerifyRaised : w.stepsJoin([w.regVerify, w.stepLevel]));
    if (winPlan.tmsSupportUndocumented && win) next += w.supportUndocumented(win);
    // SQL 2008 R2 without TLS 1.2 support on a Windows with TLS 1.0 and SSL 3.0 off by default (2025): its caveat says check that it runs first.
    const off = tls10OffByWindowsDefault(facts);
    const sqlSt = facts.sql && facts.sqlLocation === 'local' && has(d, 'caveat-sql2008r2-keep-tls10-ssl3') ? sqlTlsStatus(facts.sql) : null;
    if (off && sqlSt?.kind === 'keep-tls10' && sqlSt.tls12 !== 'yes') next = w.nextSqlOn2025(formatSql(facts.sql!), formatWindows(off), facts.sql!.r2 ? SQL2008R2_TLS12_BUILD : SQL2008_TLS12_BUILD, has(d, 'enable-tls11-12-registry'));
    if (offBasis && verdict === 'check') next = w.nextConfirmTls10Client(next);
    // No ClientHello seen and the level assumed (not named, TMS 15+ or not known): both readings, the level checked first.
    if (!offBasis && !facts.level && has(d, 'evidence-capture-no-clienthello')) {
      cause = w.causeNoHelloLevelUnknown(ep);
      next = w.nextNoHelloLevelUnknown(next);
    }
  } else {
    const main = critical ?? d.findings.find((f) => f.severity === 'warning') ?? d.findings[0];
    cause = main ? oneLine(main.title[lang]) : w.causeMissing;
    causeCode = main?.code ?? null;
    const action = d.findings.find((f) => f.severity === 'action');
    // Name the question itself: the card (and the CLI's --summary) may show no question below it.
    const ask = d.questions.find((q) => q.required);
    if (main?.code === 'verify-probe-target') {
      // The conflict itself (what was said, what the probe saw) is the cause; resolving it is next.
      if (main.body[0]) cause = oneLine(main.body[0][lang]);
      next = w.nextProbeConflict;
    } else if (main?.code === 'evidence-capture-tls12-offered' && !action && !ask) {
      next = w.nextTls12Offered;
    } else {
      // "Answer the question below" only when the answer has a question; otherwise its checks are what is next.
      next = action ? oneLine(action.title[lang]) : ask ? w.nextAsk(oneLine(ask.text[lang])) : d.questions.length ? w.nextQuestion : w.nextDetails;
    }
  }
  // What the answer puts before its steps leads the card too: TLS 1.0 said off with a SQL Server 2008 R2 that needs it, or a SQL Server
  // 2012 / 2014 to upgrade or check first (on the TMS server, or maybe there when its location is unknown).
  if (causeCode === 'tms-medium-tls10-only' || causeCode === 'already-medium-high' || causeCode === 'some-systems-fail') next = withLead(d, lang, next);
  // TLS 1.0 already off with a local SQL 2008 R2 without TLS 1.2 (evidence): the reboot of the fix would stop SQL, so TLS 1.0 comes first.
  if (d.findings.some((f) => f.code === 'evidence-tls10-off-sql2008r2')) next = w.nextTls10OffSql;
  // SQL Server stopped after a TLS change (26011): getting it back comes before any step of the fix, on the server where it runs.
  // Read with the evidence's versions, as the diagnosis is (QA64 #1: the build from a sqlcmd file, SQL 2014 SP2, said "TLS is not
  // the usual reason" in the answer while the card, reading the typed facts only, said "turn TLS 1.0 back on and reboot").
  if (d.findings.some((f) => f.code === 'evidence-sql-encryption-failed' && f.severity === 'critical')) {
    const ef = withEvidenceFacts(facts);
    const c = sqlOutageCase(ef);
    next = c === 'remote' ? w.nextSqlDownRemote : c === 'not-tls' && ef.sql ? w.nextSqlDownNotTls(formatSql(ef.sql)) : w.nextSqlDown;
  }
  const caveats = d.findings
    .filter((f) => isCaveat(f, causeCode))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => caveatRank(a.f.code) - caveatRank(b.f.code) || a.i - b.i)
    .map(({ f }) => ({ code: f.code, text: caveatText(f, facts, lang), detail: f.body.map((b) => b[lang]) }));
  // Several probed addresses that disagree (one refuses TLS 1.0, another accepts it): the card says so, or its verdict
  // and its one probe line (the latest) would hide the address that tells otherwise (FIX20D #2).
  const kept = d.findings.find((f) => f.code === 'probes-kept');
  const differ = kept ? keptProbesDiffer(facts) : null;
  if (kept && differ) caveats.push({ code: kept.code, text: differ[lang], detail: kept.body.map((b) => b[lang]) });
  const assumed: string[] = [];
  if (d.affected !== 'no' && !d.questions.some((q) => q.required)) {
    if (d.questions.some((q) => q.code === 'need-security-level') && !facts.level) assumed.push(w.assumeLevel);
    if (d.questions.some((q) => q.code === 'need-windows-version') && !facts.windows && has(d, 'enable-tls11-12-registry')) assumed.push(w.assumeWindows);
  }
  const steps = d.findings
    .filter((f) => f.severity === 'action')
    .map((f) => ({
      code: f.code,
      title: oneLine(f.title[lang]),
      body: f.body.map((b) => b[lang]),
      items: (f.steps ?? []).map((s) => s[lang]),
      ...(f.literal ? { literal: f.literal } : {}),
    }));
  const conflict = evidenceContradictsSaid(d) && verdict === 'check';
  const levelConflict = !conflict && verdict === 'check' && has(d, TLS12_HELLO_AT_MEDIUM);
  // TMS said not to open after TLS 1.0 and SSL 3.0 went off, SQL Server on it maybe down (knowledge/tms-wont-open.ts): the SQL check leads, as in the chat answer.
  const sqlFirst = !otherSymptom && !conflict && !levelConflict && sqlCheckFirst(facts);
  // (Some systems work, some still fail at Medium-High: the reply's heading says so, and the card's too (R50A).)
  const someWork = verdict === 'need-more' && someSystemsWork(d);
  // The failing system said to be in Behind Firewall mode (QA36 #12): the card's first line is the reply's, not "most likely the TLS problem".
  const behindFirewall = verdict === 'check' && !conflict && !levelConflict && has(d, 'behind-firewall-not-polled');
  const hardening = verdict === 'check' && !conflict && !levelConflict && !behindFirewall && has(d, 'hardening-tls10-client-suspected');
  // Closed as working ("it works now", tlsClaims.worksNow; QA49 F9): the card says so, not "Not settled yet".
  const fixedSaid = facts.tlsClaims?.worksNow === true && !otherSymptom;
  const headline = fixedSaid ? w.headlineFixed : otherSymptom ? OTHER_SYMPTOM_TEXTS.heading[lang] : conflict ? w.headlineConflict : levelConflict ? w.headlineLevelConflict : sqlFirst ? HEADING_SQL_FIRST[lang] : someWork ? TEXTS[lang].headingSomeWork : behindFirewall ? TEXTS[lang].headingBehindFirewall : hardening ? TEXTS[lang].headingHardening : w.headline[verdict];
  if (sqlFirst) next = lang === 'en' ? `${NEXT_SQL_FIRST.en} ${/^[A-Z][a-z]/.test(next) ? next.charAt(0).toLowerCase() + next.slice(1) : next}` : `${NEXT_SQL_FIRST.ja}${next}`;
  // A TLS 1.2 hello while the level is Medium: whose hello, and the level now, come before the cause "TMS at Medium".
  if (levelConflict) {
    const f = d.findings.find((x) => x.code === TLS12_HELLO_AT_MEDIUM);
    if (f) cause = oneLine(f.title[lang]);
    next = has(d, 'evidence-capture-client-rejected-certificate') || has(d, 'evidence-capture-client-ended') ? w.nextLevelConflictClientEnded : w.nextLevelConflict;
  }
  // The scan and the version given disagree: the card's cause is the disagreement, what to check first is next.
  if (conflict) {
    const f = d.findings.find((x) => CONFLICT_CODES.includes(x.code) && x.severity === 'warning');
    if (f) cause = oneLine(f.title[lang]);
    next = evidenceRefusalContradictsSaid(d) ? w.nextEvidenceConflictRefuses : f?.code === CAPTURE_ACCEPTS_TLS10 ? w.nextCaptureConflict : w.nextEvidenceConflict;
  }
  if (fixedSaid) next = w.nextFixed;
  // Sources of the cause and the caveats first (what to escalate with), then those of the steps.
  const first = d.findings.filter((f) => f.code === causeCode || f.severity === 'critical' || caveats.some((c) => c.code === f.code));
  const rest = d.findings.filter((f) => !first.includes(f));
  // (A loop, not flatMap: Node 20's flatMap costs ~15 us here, most of a summary.)
  const ids: unknown[] = [];
  for (const f of [...first, ...rest]) {
    const s = f.sources ?? [];
    if (Array.isArray(s)) for (const id of s) ids.push(id);
    else ids.push(s);
  }
  const sources = sourcesFor(ids).map((x) => ({ id: x.id, label: x.label[lang], url: x.url }));
  // (A step whose words advise Medium-High (src/domain/advises.ts): the short form advises it too; so does a next action
  // built with the Communication Security step (w.stepLevel, or that step's title).)
  const level = d.findings.find((f) => f.code === 'tms-tools-medium-high');
  const nextAdvises = next.includes(w.stepLevel) || (level !== undefined && anyAdvising([level.title]) && next.includes(oneLine(level.title[lang])));
  const advises = nextAdvises || d.findings.some((f) => f.severity === 'action' && anyAdvising([f.title, ...f.body, ...(f.steps ?? [])]));
  return {
    verdict,
    headline,
    cause,
    next,
    facts: factsLine,
    assumed,
    caveats,
    steps,
    sources,
    fallback: fallbackSentence(headline, next, caveats, lang),
    ...(advises ? { advises: 'medium-high' as const } : {}),
    ...(nextAdvises ? { nextAdvises: 'medium-high' as const } : {}),
  };
}

/** A caveat's one line; the Telnet/SNMP one names the systems the conversation mentioned ("Polycom HDX"). */
function caveatText(f: Finding, facts: Facts, lang: Lang): string {
  const w = W[lang];
  if (f.code === 'evidence-schannel-events') return oneLine(w.schannelEvents);
  const named = f.code === 'caveat-telnet-snmp-disabled' ? (facts.telnetSystems ?? []).slice(0, 4) : [];
  return oneLine(named.length ? w.telnetNamed(f.title[lang], named) : f.title[lang]);
}

/** Room for the text and its end mark within FALLBACK_MAX characters (code points: never more than UTF-16 units, so short texts need no count). */
const fits = (s: string) => s.length + 1 <= FALLBACK_MAX || codePointEnd(s, FALLBACK_MAX - 1) === -1;

/** "TLS 1.0 problem: …: set Medium-High …; first: SQL Server 2012 …" within FALLBACK_MAX characters. */
function fallbackSentence(headline: string, next: string, caveats: SummaryCaveat[], lang: Lang): string {
  const base = `${headline} — ${next.replace(/[.。]$/u, '')}`;
  const withCaveat = caveats[0] ? `${base}${W[lang].firstly}${caveats[0].text}` : base;
  const end = lang === 'ja' ? '。' : '.';
  if (fits(withCaveat)) return `${withCaveat}${end}`;
  if (fits(base)) return `${base}${end}`;
  return clip(base, FALLBACK_MAX);
}

const STEPS_TITLE = { en: 'Steps', ja: '手順' } as const;
const CAVEATS_TITLE = { en: 'Read before any step', ja: '作業の前に確認すること' } as const;
/** An answer with caveats but no steps (TMS before 15: nothing to do on this server): no step to read them before (QA54 #11). */
const CAVEATS_ONLY_TITLE = { en: { one: 'Caveat on this answer', more: 'Caveats on this answer' }, ja: { one: 'この回答の注意点', more: 'この回答の注意点' } } as const;

/**
 * The details asked for with "Show steps": the caveats first (full text), then the numbered steps
 * with their sub-steps and literals. Surface-neutral blocks.
 */
export function stepsBlocks(s: Summary, lang: Lang): Block[] {
  const blocks: Block[] = [];
  if (s.caveats.length) {
    blocks.push({ type: 'subheading', text: s.steps.length ? CAVEATS_TITLE[lang] : CAVEATS_ONLY_TITLE[lang][s.caveats.length === 1 ? 'one' : 'more'] });
    for (const c of s.caveats) blocks.push({ type: 'warning', title: c.text, text: c.detail.join('\n\n') });
  }
  if (s.steps.length) {
    blocks.push({ type: 'heading', text: STEPS_TITLE[lang] });
    s.steps.forEach((st, i) => {
      blocks.push({ type: 'subheading', text: `${i + 1}. ${st.title}` });
      for (const b of st.body) blocks.push({ type: 'paragraph', text: b });
      if (st.items.length) blocks.push({ type: 'steps', items: st.items });
      if (st.literal) blocks.push({ type: 'code', text: st.literal });
    });
  }
  return blocks;
}

const LABELS = { en: { cause: 'Cause', next: 'Next', assumed: 'Assumed' }, ja: { cause: '原因', next: '次の作業', assumed: '仮定' } } as const;

/** The summary as a short reply of its own (the terminal's version of the Slack card). */
export function summaryReply(s: Summary, lang: Lang): Reply {
  const l = LABELS[lang];
  const blocks: Block[] = [
    { type: 'heading', text: s.headline },
    { type: 'paragraph', text: `${l.cause}: ${s.cause}` },
    { type: 'paragraph', text: `${l.next}: ${s.next}` },
  ];
  if (s.facts) blocks.push({ type: 'context', text: s.facts });
  if (s.assumed.length) blocks.push({ type: 'context', text: `${l.assumed}: ${s.assumed.join(' · ')}` });
  for (const c of s.caveats) blocks.push({ type: 'warning', title: c.text, text: '' });
  return { lang, blocks };
}
