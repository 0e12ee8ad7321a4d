/**
 * What the bot says when the user reports that something was already done to the TMS server's
 * protocols (Facts.tlsClaims, read by src/domain/understand/tls-claims.ts): the claim is
 * acknowledged, the answer takes it into account, and it says what to confirm, because a claim is
 * not evidence. Facts from /work/shared/knowledge.md (Schannel Client vs Server keys, the Medium
 * level and TLS 1.0, SQL Server 2008 R2 / 2012 / 2014 and TLS 1.0, .NET strong crypto, Windows
 * defaults); the wording is ours, in English and Japanese.
 */
import { advisingMediumHigh } from '../advises';
import type { Facts, Finding, LocalizedText, SecurityLevel, TlsClaims } from '../types';
import { formatLevel, formatSql, formatWindows } from '../versions';
import { sqlTlsStatus } from './sql';
import { tls10EnableFile, windowsSchannelDefaults } from './windows';
import { sqlDownNow, sqlOutageCase } from './sql-outage';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

const SCHANNEL_PROTOCOLS = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';

/** The TLS 1.0 keys that re-enable it for both sides, as an importable .reg (header, full root names). */
export const TLS10_ENABLE_LITERAL = tls10EnableFile();

const NETFX_CHECK = L(
  '.NET strong crypto: .NET code on the server that Communication Security does not govern stays on TLS 1.0 unless `SchUseStrongCrypto` = 1 and `SystemDefaultTlsVersions` = 1 are set under `HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` and its `Wow6432Node` twin. Check both values in both views.',
  '.NET の強力な暗号化：[Communication Security] の管理外にある .NET のコードは、`HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` とその `Wow6432Node` 側で `SchUseStrongCrypto` = 1 と `SystemDefaultTlsVersions` = 1 が設定されていない限り TLS 1.0 のままです。両方のビューで両方の値を確認してください。',
);

/** A claims object as the types promise (a stored state may hold anything); null when it says nothing. */
export function readClaims(raw: unknown): TlsClaims | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const out: TlsClaims = {};
  const st = (v: unknown) => (v === 'on' || v === 'off' ? v : undefined);
  const t10 = st(r.tls10);
  const t12 = st(r.tls12);
  const s3 = st(r.ssl3);
  if (t10) out.tls10 = t10;
  if (t12) out.tls12 = t12;
  if (t12 === 'off' && r.tls12ValuesOff === true) out.tls12ValuesOff = true;
  if (!t12 && r.tls12KeysRemoved === true) out.tls12KeysRemoved = true;
  if (s3) out.ssl3 = s3;
  // Which of them were read from a paste (FIX62A #7): the cards say "what you pasted shows", not "you say" (QA62 #19).
  if (Array.isArray(r.pasted)) {
    const p = (['ssl3', 'tls10', 'tls12'] as const).filter((k) => (r.pasted as unknown[]).includes(k) && out[k] !== undefined);
    if (p.length) out.pasted = p;
  }
  if (r.iisCryptoBestPractices === true) out.iisCryptoBestPractices = true;
  if (r.registryUntouched === true) out.registryUntouched = true;
  if (typeof r.restarted === 'boolean') out.restarted = r.restarted;
  if (typeof r.keysChanged === 'boolean') out.keysChanged = r.keysChanged;
  if (r.iisOnly === 'said' || r.iisOnly === 'reminded') out.iisOnly = r.iisOnly;
  if (typeof r.untrustedCerts === 'boolean') out.untrustedCerts = r.untrustedCerts;
  if (r.certsReplaced === true) out.certsReplaced = true;
  if (r.byPolicy === true) out.byPolicy = true;
  if (typeof r.sqlDown === 'boolean') out.sqlDown = r.sqlDown;
  // The named non-TLS cause of the SQL outage (ec33d92): kept with it across turns and a stored state (REV7 #4).
  if (r.sqlCause === 'disk' || r.sqlCause === 'logFull' || r.sqlCause === 'account' || r.sqlCause === 'license') out.sqlCause = r.sqlCause;
  if (r.levelRaised === true) out.levelRaised = true;
  if (r.partlyWorks === true) out.partlyWorks = true;
  if (r.worksNow === true) out.worksNow = true;
  if (r.workedAtMediumHigh === true) out.workedAtMediumHigh = true;
  if (typeof r.stillFailing === 'number' && Number.isInteger(r.stillFailing) && r.stillFailing > 0 && r.stillFailing < 100000) out.stillFailing = r.stillFailing;
  // "TMS won't open" after the hardening (R54: dropped here before, so the next turn's answer and fix files lost the SQL check).
  if (r.tmsWontOpen === true) out.tmsWontOpen = true;
  return Object.keys(out).length ? out : null;
}

const high = (level: SecurityLevel | undefined) => level === 'medium-high' || level === 'high';

/**
 * "We already disabled TLS 1.0 on the TMS server" (or IIS Crypto's Best Practices, which does it):
 * what that changes at the current level, the SQL Server trap, and what to confirm.
 * `pre15`: TMS before 15 (it only ever offers TLS 1.0).
 */
export function saidTls10Off(facts: Facts, claims: TlsClaims, pre15: boolean, endpointAccepts = false): Finding {
  const level = facts.level;
  const body: LocalizedText[] = [];
  const steps: LocalizedText[] = [];
  const pasted10 = claims.pasted?.includes('tls10') === true;
  body.push(
    claims.iisCryptoBestPractices
      ? L(
          'You say IIS Crypto\'s "Best Practices" template was applied on the TMS server. That template disables SSL 3.0 and TLS 1.0, so I take both as off (I have not seen the registry: confirm it there).',
          'TMS サーバに IIS Crypto の [Best Practices] テンプレートを適用済みとのことです。このテンプレートは SSL 3.0 と TLS 1.0 を無効にするため、両方とも無効として回答します（レジストリは確認していないので、実際の値を確かめてください）。',
        )
      : pasted10
        ? // Read from a pasted listing (IIS Crypto), not said (QA62 #19): said as what the paste shows.
          L(
            'What you pasted shows TLS 1.0 disabled on the TMS server. I take that into account below.',
            '貼り付けていただいた内容では、TMS サーバで TLS 1.0 が無効になっています。以下はそれを踏まえた回答です。',
          )
        : L(
            'You say TLS 1.0 is already disabled on the TMS server. I take that into account below; I have not seen the registry, so confirm it there.',
            'TMS サーバで TLS 1.0 はすでに無効化済みとのことです。以下はそれを踏まえた回答です。レジストリは確認していないので、実際の値を確かめてください。',
          ),
  );
  // The same hardening may have cut the cipher suites too: a mismatch gives alert 40 or a RST even at TLS 1.2.
  if (claims.iisCryptoBestPractices && !pre15) {
    body.push(
      L(
        'The same hardening can leave the TMS server and the endpoint without a cipher suite in common: the endpoint then answers even a TLS 1.2 ClientHello with alert 40 (handshake_failure) or a RST. In the TMS server\'s System log, look at the Schannel events (36871, 36874, 36888, and 36887 for an alert received; their text says which side and gives the alert number; 36874 is only for connections coming TO the server); compare the cipher suites left enabled on the server with those the endpoint accepts.',
        '同じ強化によって、TMS サーバとエンドポイントに共通の暗号スイートがなくなることもあります。その場合、エンドポイントは TLS 1.2 の ClientHello にもアラート 40（handshake_failure）または RST で応答します。TMS サーバのシステム ログで Schannel のイベント（36871、36874、36888、アラートを受信した場合は 36887。どちら側かとアラート番号は本文に書かれています。36874 はサーバへの受信接続だけ）を確認してください。サーバで有効のまま残っている暗号スイートと、エンドポイントが受け付ける暗号スイートを比べてください。',
      ),
    );
  }
  if (pre15 && endpointAccepts) {
    // The endpoint accepts TLS 1.0 (knowledge/tls10-client-off.ts): with TLS 1.0 off, this TMS reaches nothing; the options are in that finding.
    body.push(
      L(
        'TMS before 15 offers only TLS 1.0, whatever the level or the registry, so if TLS 1.0 is off for the Client side it reaches no endpoint at all, this one included: see the options above (upgrade TMS, or TLS 1.0\\Client back on).',
        '15 より前の TMS は、レベルやレジストリにかかわらず TLS 1.0 しか提示しません。そのため Client 側で TLS 1.0 が無効なら、このエンドポイントも含めてどのエンドポイントにも接続できません。対処の選択肢は上記のとおりです（TMS のアップグレード、または TLS 1.0\\Client を有効に戻す）。',
      ),
    );
  } else if (pre15) {
    body.push(
      L(
        'TMS before 15 offers only TLS 1.0, whatever the level or the registry, so turning TLS 1.0 off cannot help it reach the endpoints; the way out stays the TMS upgrade (or, for hardware that runs TC, the downgrade to TC 7.3.3).',
        '15 より前の TMS は、レベルやレジストリにかかわらず TLS 1.0 しか提示しません。そのため TLS 1.0 を無効にしてもエンドポイントには接続できるようになりません。解決策は引き続き TMS のアップグレード（TC を動かせるハードウェアなら TC 7.3.3 へのダウングレード）です。',
      ),
    );
  } else if (high(level)) {
    body.push(
      L(
        `At ${formatLevel(level!)} TMS offers TLS 1.2 and does not need TLS 1.0 to reach the endpoints. What it does need is TLS 1.2 enabled for the Client side: with TLS 1.0 off and TLS 1.2 not usable, TMS opens the TCP connection and sends no ClientHello at all.`,
        `${formatLevel(level!)} の TMS は TLS 1.2 を提示するため、エンドポイントへの接続に TLS 1.0 は不要です。必要なのは Client 側で TLS 1.2 が有効になっていることです。TLS 1.0 が無効で TLS 1.2 も使えない状態だと、TMS は TCP 接続を開いたあと ClientHello をまったく送りません。`,
      ),
    );
  } else if (level === 'low') {
    body.push(
      MH(
        'At Low TMS does not offer TLS 1.2 either (Cisco\'s TMS Administrator Guide; check it for your release), so turning TLS 1.0 off does not get TMS to the endpoints: Medium-High, with TLS 1.2 enabled for the Client side, is still the fix.',
        'Low の TMS も TLS 1.2 を提示しません（Cisco の TMS アドミニストレータ ガイド。お使いのリリースのガイドで確認してください）。そのため TLS 1.0 を無効にしても TMS はエンドポイントに接続できません。解決策は引き続き、Client 側で TLS 1.2 を有効にしたうえでの Medium-High への変更です。',
      ),
    );
  } else if (endpointAccepts) {
    body.push(
      MH(
        `At ${level ? formatLevel(level) : 'Medium (the default)'} TMS offers only TLS 1.0. With TLS 1.0 disabled for the Client side, TMS completes the TCP handshake to port 443 and sends no ClientHello at all, even to an endpoint that accepts TLS 1.0. The fix is TLS 1.2 for the Client side and Communication Security at Medium-High. (Client and Server subkeys are separate: if TLS 1.0 was disabled only under Server, TMS still sends its TLS 1.0 hello, and this endpoint accepts it.)`,
        `${level ? `${formatLevel(level)} ` : 'Medium（既定値）'}の TMS は TLS 1.0 しか提示しません。Client 側で TLS 1.0 を無効にした場合、TMS はポート 443 への TCP ハンドシェイクを完了したあと ClientHello をまったく送らず、TLS 1.0 を受け付けるエンドポイントにも接続できません。対処は Client 側の TLS 1.2 と、[Communication Security] の Medium-High です（Client と Server のサブキーは別々です。Server 側だけで TLS 1.0 を無効にした場合、TMS は引き続き TLS 1.0 の hello を送り、このエンドポイントはそれを受け付けます）。`,
      ),
    );
  } else {
    body.push(
      MH(
        `At ${level ? formatLevel(level) : 'Medium (the default)'} TMS offers only TLS 1.0. With TLS 1.0 disabled for the Client side, TMS now completes the TCP handshake to port 443 and sends no ClientHello at all, instead of a TLS 1.0 hello that the endpoint resets. Turning TLS 1.0 off fixes nothing by itself: TMS still needs TLS 1.2 for the Client side and Communication Security at Medium-High. (Client and Server subkeys are separate: if TLS 1.0 was disabled only under Server, TMS still sends its TLS 1.0 hello.)`,
        `${level ? `${formatLevel(level)} ` : 'Medium（既定値）'}の TMS は TLS 1.0 しか提示しません。Client 側で TLS 1.0 を無効にした場合、TMS はポート 443 への TCP ハンドシェイクを完了したあと、ClientHello をまったく送らなくなります（TLS 1.0 の hello がエンドポイントにリセットされる代わりに）。TLS 1.0 を無効にするだけでは何も解決しません。Client 側の TLS 1.2 と、[Communication Security] の Medium-High が引き続き必要です（Client と Server のサブキーは別々です。Server 側だけで TLS 1.0 を無効にした場合、TMS は引き続き TLS 1.0 の hello を送ります）。`,
      ),
    );
  }

  // SQL Server on the TMS server: the trap of this change.
  let critical = false;
  let literal: string | undefined;
  /** Where the lead and the one action start in body (the critical case only). */
  let brief: number | null = null;
  const sql = facts.sql;
  const maybeLocal = facts.sqlLocation !== 'remote';
  const w = facts.windows;
  const ssl3Line = (): LocalizedText => {
    if (claims.ssl3 === 'off') return L('You say SSL 3.0 is off too: that is exactly the failing case.', 'SSL 3.0 も無効とのことなので、まさにこの失敗するケースにあたります。');
    if (w && !windowsSchannelDefaults(w).ssl3) return L(`On ${formatWindows(w)} SSL 3.0 is off by default, so with TLS 1.0 off both are off: exactly the failing case.`, `${formatWindows(w)} では SSL 3.0 が既定で無効なので、TLS 1.0 も無効にすると両方が無効になり、まさにこの失敗するケースにあたります。`);
    if (w) return L(`On ${formatWindows(w)} SSL 3.0 is on by default unless a policy or a tool (IIS Crypto's Best Practices) turned it off: check it.`, `${formatWindows(w)} では、ポリシーやツール（IIS Crypto の [Best Practices]）で無効にされていない限り SSL 3.0 は既定で有効です。確認してください。`);
    return L('SSL 3.0 is off by default from Windows Server 2016 on, and IIS Crypto\'s Best Practices template turns it off too: check it.', 'SSL 3.0 は Windows Server 2016 以降では既定で無効で、IIS Crypto の [Best Practices] テンプレートでも無効になります。確認してください。');
  };
  // SQL Server said down or a 26011 pasted, and not after it was said to run again: the outage whose recovery leads.
  const outage = sqlDownNow(facts) && facts.tlsClaims?.sqlDown !== false && sqlOutageCase(facts) === 'restore';
  if (maybeLocal && sql && sql.year <= 2008) {
    const st = sqlTlsStatus(sql);
    const name = formatSql(sql);
    const where = facts.sqlLocation === 'local' ? L(`${name} on the TMS server`, `TMS サーバ上の ${name}`) : L(`${name}, if it runs on the TMS server,`, `${name} が TMS サーバ上で動いている場合、その SQL Server`);
    if (st.kind === 'keep-tls10' && st.tls12 === 'yes') {
      body.push(
        L(
          `${where.en} is on a build with TLS 1.2 support, so it is not in the case Microsoft describes; the TechNote still says to keep TLS 1.0 on for SQL Server 2008 R2. Check that the SQL service is running and that TMS still reaches its database.`,
          `${where.ja}は TLS 1.2 に対応したビルドなので、Microsoft が説明している失敗のケースにはあたりません。ただし TechNote では、SQL Server 2008 R2 では TLS 1.0 を有効のままにするよう求めています。SQL のサービスが動いていること、TMS がデータベースに接続できていることを確認してください。`,
        ),
      );
    } else if (outage) {
      // SQL Server is down already (said, or a 26011 pasted): the recovery leads the answer (evidence-rules.ts);
      // here only why, not "check that SQL runs" (QA round 16 #15g), and not the same .reg twice.
      critical = true;
      body.push(
        dependsOnTls10(where, ssl3Line()),
        L(
          'So TLS 1.0 off is the likely reason SQL Server does not start: get it running first with the steps at the top of this answer (TLS 1.0 back on for Client and Server, SSL 3.0 left as it is, then start the service), and keep TLS 1.0 on for this fix.',
          'そのため、SQL Server が起動しないのは TLS 1.0 を無効にしたためと考えられます。まずこの回答の最初の手順（TLS 1.0 を Client と Server の両方で有効に戻し、SSL 3.0 はそのままにして、サービスを開始）で SQL Server を復旧し、この修正でも TLS 1.0 は有効のままにしてください。',
        ),
      );
    } else {
      critical = true;
      literal = TLS10_ENABLE_LITERAL;
      // (While a required question is still open, the reply shows only these two: the lead and the one action.)
      brief = body.length;
      body.push(
        dependsOnTls10(where, ssl3Line()),
        L(
          'Check now that the SQL service is running, and re-enable TLS 1.0 for Client and Server (values below): it must stay enabled while this SQL Server runs on the TMS server, whatever its build, and on a build without TLS 1.2 support (before 2008 R2 SP3 10.50.6542.0 or 2008 SP4 10.0.6547.0) it is what lets SQL start again. Then start the SQL service if it is stopped. Do not change SSL 3.0 as part of this fix.',
          '今すぐ SQL のサービスが動いているか確認してください。そして TLS 1.0 を Client と Server の両方で再び有効にしてください（値は下記）。この SQL Server が TMS サーバで動いている間は、ビルドにかかわらず TLS 1.0 を有効のままにしておく必要があり、TLS 1.2 非対応のビルド（2008 R2 SP3 の 10.50.6542.0、2008 SP4 の 10.0.6547.0 より前）では、SQL が再び起動できるようにするためにも必要です。そのあと、SQL のサービスが停止していれば開始してください。この修正の一環として SSL 3.0 は変更しないでください。',
        ),
      );
    }
  } else if (maybeLocal && sql && (sql.year === 2012 || sql.year === 2014)) {
    const st = sqlTlsStatus(sql);
    if (st.kind !== 'has-tls12' && st.kind !== 'nothing-needed') {
      const name = formatSql(sql);
      body.push(
        L(
          `${name}${facts.sqlLocation === 'local' ? ' on the TMS server' : ' (if it runs on the TMS server)'} needs a build with TLS 1.2 support before TLS settings change (Microsoft KB3052404 / KB3135244); ${st.kind === 'check-build' ? 'whether this one has it depends on the exact build (`SELECT @@VERSION`)' : 'this one does not have it'}. ${outage ? 'It does not start now: get it running first with the steps at the top of this answer, and keep TLS 1.0 on until SQL is on such a build.' : 'Check now that the SQL service is running and TMS reaches its database; if not, re-enable TLS 1.0 until SQL is on such a build (see the SQL caveat).'}`,
          `${name}${facts.sqlLocation === 'local' ? '（TMS サーバ上）' : '（TMS サーバ上で動いている場合）'}は、TLS 設定を変更する前に TLS 1.2 対応のビルドになっている必要があります（Microsoft KB3052404 / KB3135244）。${st.kind === 'check-build' ? '対応しているかどうかは正確なビルドによります（`SELECT @@VERSION`）' : 'このビルドは対応していません'}。${outage ? 'いまは起動しないとのことなので、まずこの回答の最初の手順で復旧し、SQL を対応ビルドにするまで TLS 1.0 は有効のままにしてください。' : '今すぐ SQL のサービスが動いていて TMS がデータベースに接続できるか確認してください。できていなければ、SQL を対応ビルドにするまで TLS 1.0 を再び有効にしてください（SQL に関する注意を参照）。'}`,
        ),
      );
      if (!outage) literal = TLS10_ENABLE_LITERAL;
    }
  } else if (maybeLocal && !sql) {
    body.push(
      L(
        'Which SQL Server does TMS use, and does it run on the TMS server? SQL Server 2008 R2 there depends on TLS 1.0 (a build without TLS 1.2 support stops when TLS 1.0 and SSL 3.0 are both off), and 2012 / 2014 need a build with TLS 1.2 support. Check that the SQL service is running.',
        'TMS が使っている SQL Server のバージョンと、TMS サーバ上で動いているかを教えてください。そこで動く SQL Server 2008 R2 は TLS 1.0 に依存しており（TLS 1.2 非対応のビルドは TLS 1.0 と SSL 3.0 の両方が無効だと停止します）、2012 / 2014 は TLS 1.2 対応のビルドが必要です。SQL のサービスが動いているか確認してください。',
      ),
    );
  }

  steps.push(
    L(
      `Which side: under \`${SCHANNEL_PROTOCOLS}\\TLS 1.0\`, look at both \`Client\` and \`Server\`. A protocol is enabled only when \`Enabled\` is non-zero and \`DisabledByDefault\` is 0; \`Enabled\` = 0 disables it. TMS connecting to endpoints uses the Client side.`,
      `どちら側か：\`${SCHANNEL_PROTOCOLS}\\TLS 1.0\` の下の \`Client\` と \`Server\` の両方を確認します。プロトコルが有効なのは \`Enabled\` が 0 以外で \`DisabledByDefault\` が 0 のときだけで、\`Enabled\` = 0 にすると無効になります。TMS がエンドポイントに接続するときに使うのは Client 側です。`,
    ),
    NETFX_CHECK,
  );
  if (w && w.year >= 2025) {
    steps.push(L(`On ${formatWindows(w)} TLS 1.0 and 1.1 are off by default anyway; do not switch TLS 1.1 back on.`, `${formatWindows(w)} ではもともと TLS 1.0 と 1.1 が既定で無効です。TLS 1.1 を再び有効にしないでください。`));
  }
  if (facts.sqlLocation === 'remote') {
    steps.push(L('The SQL Server on another machine is not touched by the TMS server\'s Schannel settings.', '別のマシンで動いている SQL Server は、TMS サーバの Schannel 設定の影響を受けません。'));
  }
  const finding: Finding = {
    code: 'said-tls10-off',
    severity: critical ? 'critical' : 'warning',
    title: critical
      ? outage
        ? L('TLS 1.0 is off, you say: the likely reason SQL Server does not start', 'TLS 1.0 は無効化済みとのこと：SQL Server が起動しない原因と考えられます')
        : L('TLS 1.0 is off, you say: check SQL Server now', 'TLS 1.0 は無効化済みとのこと：今すぐ SQL Server を確認してください')
      : pasted10 && !claims.iisCryptoBestPractices
        ? L('TLS 1.0 is off in what you pasted: what that changes and what to confirm', 'TLS 1.0 は無効（貼り付けられた内容より）：その影響と確認すべき点')
        : L('TLS 1.0 is off, you say: what that changes and what to confirm', 'TLS 1.0 は無効化済みとのこと：その影響と確認すべき点'),
    body,
    steps,
    sources: ['ms-schannel-protocols', 'ms-schannel-registry', 'ms-kb3135244', 'ms-dotnet-tls', 'cisco-technote-211279'],
  };
  if (literal) finding.literal = literal;
  if (brief !== null && critical && !outage) finding.brief = body.slice(brief, brief + 2);
  return finding;
}

/** "TLS 1.2 is already enabled in the registry": the registry step becomes a check; what to confirm. */
export function saidTls12On(facts: Facts): Finding {
  const level = facts.level;
  // "I fixed the keys", 「キーを修正しました」: keys created or changed, not found already right (knowledge.md Fix step 4: reboot).
  const changed = facts.tlsClaims?.keysChanged === true;
  // "fixed the keys and rebooted": the reboot is done (merge.ts drops an older "rebooted" when keys change later).
  const rebooted = changed && facts.tlsClaims?.restarted === true;
  // Read from a pasted listing (IIS Crypto), not said (QA62 #19).
  const pasted12 = !changed && facts.tlsClaims?.pasted?.includes('tls12') === true;
  const body: LocalizedText[] = [
    changed
      ? L(
          `You say you created or changed the TLS 1.2 keys in the TMS server's registry. Then the registry step below is done: compare the keys with it instead of importing the file again.${rebooted ? ' You say the server was restarted since: then the new keys are in effect.' : ` Because the keys changed, a reboot is needed (once${high(level) ? '' : ', after the TMS Tools change'}).`}`,
          `TMS サーバのレジストリで TLS 1.2 のキーを作成または変更済みとのことです。その場合、下記のレジストリの手順は完了しています。ファイルを再度インポートするのではなく、キーを手順の値と照らし合わせてください。${rebooted ? 'その後サーバを再起動済みとのことなので、新しいキーは反映されています。' : `キーを変更したので、再起動が必要です（${high(level) ? '1 回' : 'TMS ツールでの変更のあとに 1 回'}）。`}`,
        )
      : pasted12
        ? L(
            'What you pasted shows TLS 1.2 enabled on the TMS server. Then the registry step below is a check, not a change: compare the keys with it instead of importing the file again.',
            '貼り付けていただいた内容では、TMS サーバで TLS 1.2 が有効になっています。その場合、下記のレジストリの手順は変更ではなく確認です。ファイルを再度インポートするのではなく、キーを手順の値と照らし合わせてください。',
          )
        : L(
          'You say TLS 1.2 is already enabled in the TMS server\'s registry. Then the registry step below is a check, not a change: compare the keys with it instead of importing the file again.',
          'TMS サーバのレジストリで TLS 1.2 はすでに有効化済みとのことです。その場合、下記のレジストリの手順は変更ではなく確認です。ファイルを再度インポートするのではなく、キーを手順の値と照らし合わせてください。',
        ),
    high(level)
      ? L(
          `With TMS at ${formatLevel(level!)} as well, TMS should now offer TLS 1.2. If the endpoint still shows "No HTTPS response", the points below are the usual reasons, then the list under "If TLS 1.2 is offered and it still fails".`,
          `TMS も ${formatLevel(level!)} なので、TMS は TLS 1.2 を提示するはずです。それでもエンドポイントに「No HTTPS response」が表示される場合、よくある原因は下記の点です。そのあと「TLS 1.2 を提示しても失敗する場合」の項目を確認してください。`,
        )
      : MH(
          `The registry alone does not fix this: at ${level ? formatLevel(level) : 'Medium (the default)'} TMS still offers only TLS 1.0, whatever the registry allows. The change that fixes it is Communication Security = Medium-High in TMS Tools, then restarting IIS and the TMS services.`,
          `レジストリだけでは解決しません。${level ? `${formatLevel(level)} ` : 'Medium（既定値）'}の TMS は、レジストリの設定にかかわらず TLS 1.0 しか提示しません。解決するのは TMS ツールで [Communication Security] を Medium-High にし、IIS と TMS のサービスを再起動する変更です。`,
        ),
  ];
  const steps: LocalizedText[] = [
    L(
      `The Client subkey: \`${SCHANNEL_PROTOCOLS}\\TLS 1.2\\Client\` needs \`Enabled\` non-zero and \`DisabledByDefault\` = 0. When TMS connects to an endpoint, the TMS server is the TLS client; keys under \`Server\` alone do not change what TMS sends (they matter for connections to TMS, as in Secure-Only mode).`,
      `Client サブキー：\`${SCHANNEL_PROTOCOLS}\\TLS 1.2\\Client\` で \`Enabled\` が 0 以外、\`DisabledByDefault\` が 0 になっている必要があります。TMS がエンドポイントに接続するとき、TMS サーバは TLS クライアントです。\`Server\` 側のキーだけでは TMS が送る内容は変わりません（Server 側は Secure-Only モードのように TMS への接続で関係します）。`,
    ),
    changed && !rebooted
      ? L(
          `That it takes effect: Schannel applies protocol settings only to credential handles acquired after the change, so processes already running do not use the new keys. Reboot the server once${high(level) ? '' : ', after the TMS Tools change'} (restarting every process that uses Schannel may be enough; the reboot is the safe, usual way).`,
          `反映させるには：Schannel のプロトコル設定は変更後に取得された資格情報ハンドルにだけ適用されるため、実行中のプロセスは新しいキーを使っていません。${high(level) ? '' : 'TMS ツールでの変更のあとに'}サーバを 1 回再起動してください（Schannel を使うプロセスをすべて再起動すれば足りる場合もありますが、確実なのは通常どおりの再起動です）。`,
        )
      : L(
          'That it is in effect: Schannel applies protocol settings to credential handles acquired after the change. If the keys were set after the server last started, restart the TMS services, or reboot once (after the TMS Tools change).',
          '反映されているか：Schannel のプロトコル設定は、変更後に取得された資格情報ハンドルに適用されます。サーバが最後に起動したあとでキーを設定した場合は、TMS のサービスを再起動するか、TMS ツールでの変更のあとにサーバを 1 回再起動してください。',
        ),
    NETFX_CHECK,
    L('Redundant TMS (two nodes): the keys must be set on both nodes.', '冗長構成の TMS（2 ノード）：キーは両方のノードで設定されている必要があります。'),
  ];
  const sql = facts.sql;
  // TLS 1.0 read off in a paste (an IIS Crypto listing, reg query): the outage card says to turn it back on; "leave them as they are"
  // beside it would say the opposite (QA62 #1).
  const tls10ShownOff = !!facts.evidence?.observations.some((o) => o.code === 'schannel-tls10-disabled');
  if (facts.sqlLocation !== 'remote' && (!sql || sql.year <= 2008) && !tls10ShownOff) {
    steps.push(
      L(
        `TLS 1.0 and SSL 3.0: leave them as they are. If whoever enabled TLS 1.2 also turned TLS 1.0 off (IIS Crypto's Best Practices template does), ${sql ? `${formatSql(sql)} on this server` : 'a SQL Server 2008 R2 on this server'} can stop (it depends on TLS 1.0): check that its service is running.`,
        `TLS 1.0 と SSL 3.0 は現状のままにしてください。TLS 1.2 を有効にした際に TLS 1.0 も無効にしていた場合（IIS Crypto の [Best Practices] テンプレートはそうします）、${sql ? `このサーバの ${formatSql(sql)}` : 'このサーバに SQL Server 2008 R2 があれば、その SQL Server'} は停止することがあります（TLS 1.0 に依存しているため）。サービスが動いているか確認してください。`,
      ),
    );
  }
  return {
    code: 'said-tls12-on',
    severity: 'info',
    title: changed
      ? L('TLS 1.2 keys changed, you say: what to confirm', 'TLS 1.2 のキーは変更済みとのこと：確認すべき点')
      : pasted12
        ? L('TLS 1.2 is enabled in what you pasted: what to confirm', 'TLS 1.2 は有効（貼り付けられた内容より）：確認すべき点')
        : L('TLS 1.2 is already enabled, you say: what to confirm', 'TLS 1.2 は有効化済みとのこと：確認すべき点'),
    body,
    steps,
    sources: ['ms-schannel-registry', 'ms-schannel-protocols', 'ms-dotnet-tls', 'cisco-technote-211279'],
  };
}

/**
 * "TLS 1.2 is not enabled in the registry": what that means on this Windows release. `valuesRead`: the user
 * gave the key's values ("TLS 1.2 Client key: Enabled=0"), which settle it as a pasted `reg query` does.
 */
export function saidTls12Off(facts: Facts, valuesRead = false): Finding {
  const w = facts.windows;
  const d = w ? windowsSchannelDefaults(w) : null;
  if (valuesRead) {
    const on = !!w && !!d?.tls12;
    return {
      code: 'said-tls12-off',
      severity: 'info',
      title: L('TLS 1.2 is off in the registry: the registry step is required', 'レジストリで TLS 1.2 が無効です：レジストリの手順は必須です'),
      body: [
        MH(
          `The values you give for \`TLS 1.2\\Client\` (\`Enabled\` = 0, or \`DisabledByDefault\` = 1) turn TLS 1.2 off, whatever the Windows default${on ? ` (on for ${formatWindows(w!)})` : ''}: TMS cannot offer TLS 1.2 even at Medium-High. The registry step of the fix is required, not a check: set \`Enabled\` = 1 and \`DisabledByDefault\` = 0. If a group policy wrote that value, change it in the policy: a hand edit may be undone at the next policy refresh.`,
          `お知らせいただいた \`TLS 1.2\\Client\` の値（\`Enabled\` = 0、または \`DisabledByDefault\` = 1）では、Windows の既定値${on ? `（${formatWindows(w!)} では有効）` : ''}にかかわらず TLS 1.2 は無効です。このままでは Medium-High にしても TMS は TLS 1.2 を提示できません。修正手順のうちレジストリの手順は、確認ではなく必須です。\`Enabled\` = 1、\`DisabledByDefault\` = 0 にしてください。グループ ポリシーがこの値を書いている場合はポリシー側で変更してください。手作業で変更しても、次のポリシー更新で元に戻ることがあります。`,
        ),
      ],
      sources: ['ms-schannel-registry', 'ms-schannel-protocols'],
    };
  }
  const body: LocalizedText[] = [
    !w
      ? L(
          'You say TLS 1.2 is not enabled in the registry. What that means depends on the Windows Server release: on 2008 R2 TLS 1.2 is off by default, so without keys it is off; from 2012 on it is on by default, and not enabled only where a key (`Enabled` = 0 or `DisabledByDefault` = 1) or a policy says so. Check the `TLS 1.2\\Client` key: the registry step below creates or corrects it either way.',
          'レジストリで TLS 1.2 が有効になっていないとのことです。その意味は Windows Server のリリースによって異なります。2008 R2 では TLS 1.2 が既定で無効なので、キーがなければ無効です。2012 以降では既定で有効で、キー（`Enabled` = 0 または `DisabledByDefault` = 1）やポリシーで無効にされた場合だけ無効です。`TLS 1.2\\Client` のキーを確認してください。下記のレジストリの手順で、どちらの場合もキーを作成または修正できます。',
        )
      : d && !d.tls12
        ? L(
            `You say TLS 1.2 is not enabled in the registry. On ${formatWindows(w)} it is off by default, so the registry step below is required.`,
            `レジストリで TLS 1.2 が有効になっていないとのことです。${formatWindows(w)} では既定で無効なので、下記のレジストリの手順は必須です。`,
          )
        : L(
            `You say TLS 1.2 is not enabled in the registry. On ${formatWindows(w)} TLS 1.2 is on by default: with no TLS 1.2 key at all it is on, and it is not enabled only where a key says so (\`Enabled\` = 0 or \`DisabledByDefault\` = 1), for example after a GPO or IIS Crypto. Check which it is in \`TLS 1.2\\Client\`; the registry step below corrects it.`,
            `レジストリで TLS 1.2 が有効になっていないとのことです。${formatWindows(w)} では TLS 1.2 は既定で有効です。TLS 1.2 のキーがまったくなければ有効で、キーで無効にされている場合（\`Enabled\` = 0 または \`DisabledByDefault\` = 1。GPO や IIS Crypto の適用後など）だけ無効です。\`TLS 1.2\\Client\` でどちらか確認してください。下記のレジストリの手順で修正できます。`,
          ),
  ];
  return {
    code: 'said-tls12-off',
    severity: 'info',
    title: L('TLS 1.2 not enabled, you say: check the key', 'TLS 1.2 は有効でないとのこと：キーを確認してください'),
    body,
    sources: ['ms-schannel-registry', 'ms-schannel-protocols'],
  };
}

/**
 * "We removed the TLS 1.2 keys", "deleted only the TLS 1.2 values" (FIX20C #3): TLS 1.2 goes back to the Windows default,
 * which is off only on 2008 R2 (knowledge.md, Schannel defaults). With SQL Server 2008 / 2008 R2 that may run on the TMS
 * server, what it needs is said again: TLS 1.0 kept enabled (its failing case is TLS 1.0 and SSL 3.0 both off on a build
 * without TLS 1.2 support), which removing the TLS 1.2 keys does nothing for.
 */
export function saidTls12KeysRemoved(facts: Facts): Finding {
  const w = facts.windows;
  const d = w ? windowsSchannelDefaults(w) : null;
  const body: LocalizedText[] = [
    !w
      ? L(
          'Removing the TLS 1.2 keys (or their values) does not turn TLS 1.2 off: it puts it back at the Windows default. On Windows Server 2008 R2 that default is off, so the registry step (the keys, then one reboot) is needed again; from 2012 on the default is on, unless a policy turns it off. `winver` shows the release.',
          'TLS 1.2 のキー（またはその値）を削除しても TLS 1.2 が無効になるわけではなく、Windows の既定値に戻ります。Windows Server 2008 R2 では既定値が無効なので、レジストリの手順（キーの作成と 1 回の再起動）がもう一度必要です。2012 以降では、ポリシーで無効にされていない限り既定値は有効です。リリースは `winver` で確認できます。',
        )
      : d && !d.tls12
        ? MH(
            `Removing the TLS 1.2 keys (or their values) puts TLS 1.2 back at the Windows default, and on ${formatWindows(w)} that default is off: TMS cannot offer TLS 1.2 even at Medium-High. The registry step is needed again (create the keys, then reboot once).`,
            `TLS 1.2 のキー（またはその値）を削除すると TLS 1.2 は Windows の既定値に戻り、${formatWindows(w)} の既定値は無効です。このままでは Medium-High にしても TMS は TLS 1.2 を提示できません。レジストリの手順（キーの作成と 1 回の再起動）がもう一度必要です。`,
          )
        : L(
            `Removing the TLS 1.2 keys (or their values) puts TLS 1.2 back at the Windows default, and on ${formatWindows(w)} that default is on: TLS 1.2 stays available to TMS unless a policy turns it off (check with \`reg query\` that no GPO writes the keys back).`,
            `TLS 1.2 のキー（またはその値）を削除すると TLS 1.2 は Windows の既定値に戻り、${formatWindows(w)} の既定値は有効です。ポリシーで無効にされない限り、TMS は引き続き TLS 1.2 を使えます（GPO がキーを書き戻していないか \`reg query\` で確認してください）。`,
          ),
  ];
  if (facts.sql && facts.sql.year <= 2008 && facts.sqlLocation !== 'remote') {
    const name = formatSql(facts.sql);
    const where = facts.sqlLocation === 'local' ? L(' on the TMS server', '') : L(', if it runs on the TMS server,', '');
    const whereJa = facts.sqlLocation === 'local' ? 'TMS サーバ上の ' : 'TMS サーバ上で動いている場合、';
    body.push(
      L(
        `For ${name}${where.en} this changes nothing: what it needs is TLS 1.0 kept enabled, with SSL 3.0 left as it is. Microsoft names its failing case as TLS 1.0 and SSL 3.0 both disabled on a build without TLS 1.2 support, not the TLS 1.2 keys, so removing them does not protect it, and TLS 1.0 must stay on either way.`,
        `${whereJa}${name} については、これで何も変わりません。必要なのは TLS 1.0 を有効のまま残し、SSL 3.0 を変更しないことです。Microsoft が挙げている失敗するケースは、TLS 1.2 非対応のビルドで TLS 1.0 と SSL 3.0 の両方が無効な場合で、TLS 1.2 のキーではありません。キーを削除しても SQL を守ることにはならず、いずれにしても TLS 1.0 は有効のまま残す必要があります。`,
      ),
    );
  }
  return {
    code: 'said-tls12-keys-removed',
    severity: 'info',
    title: L('TLS 1.2 keys removed: back to the Windows default', 'TLS 1.2 のキーを削除：Windows の既定値に戻ります'),
    body,
    sources: ['ms-schannel-registry', 'ms-schannel-protocols'],
  };
}

/** "We haven't touched the registry": the Windows defaults apply, unless a policy or a tool set keys. */
export function saidRegistryUntouched(facts: Facts): Finding {
  const w = facts.windows;
  const d = w ? windowsSchannelDefaults(w) : null;
  const body: LocalizedText[] = [
    L(
      'You say nobody changed the Schannel registry. Then the Windows defaults apply, unless a policy or a tool (a GPO, IIS Crypto) set keys without anyone editing them by hand, so check the keys anyway (`reg query` of the Schannel Protocols key, or check-tls.cmd from the fix files).',
      'Schannel のレジストリは誰も変更していないとのことです。その場合は Windows の既定値が適用されます。ただし、ポリシーやツール（GPO、IIS Crypto）が手作業なしでキーを設定していることもあるため、キーは確認してください（Schannel の Protocols キーの `reg query`、または修正用ファイルの check-tls.cmd）。',
    ),
    !w
      ? L(
          'What the defaults give depends on the release: on Windows Server 2008 R2 TLS 1.2 is off by default, so the keys are needed; from 2012 on TLS 1.2 is on by default (on 2025 TLS 1.0 and 1.1 are off as well).',
          '既定値はリリースによって異なります。Windows Server 2008 R2 では TLS 1.2 が既定で無効なのでキーが必要です。2012 以降では TLS 1.2 は既定で有効です（2025 では TLS 1.0 と 1.1 も無効です）。',
        )
      : d && !d.tls12
        ? L(`On ${formatWindows(w)} TLS 1.2 is off by default, so without keys TMS cannot use it: the registry step is required.`, `${formatWindows(w)} では TLS 1.2 が既定で無効なので、キーがなければ TMS は TLS 1.2 を使えません。レジストリの手順は必須です。`)
        : L(`On ${formatWindows(w)} TLS 1.2 is on by default, so the registry step is likely to change nothing (and then no reboot is needed for it).`, `${formatWindows(w)} では TLS 1.2 が既定で有効なので、レジストリの手順で変更するものはおそらくありません（その場合、そのための再起動も不要です）。`),
  ];
  return {
    code: 'said-registry-untouched',
    severity: 'info',
    title: L('Registry untouched, you say: the Windows defaults apply', 'レジストリは未変更とのこと：Windows の既定値が適用されます'),
    body,
    sources: ['ms-schannel-protocols', 'ms-schannel-registry'],
  };
}

/** Why SQL Server 2008 R2 (or 2008) without TLS 1.2 support on the TMS server needs TLS 1.0 (Microsoft's failing case). */
function dependsOnTls10(where: LocalizedText, ssl3: LocalizedText): LocalizedText {
  return L(
    `${where.en} depends on TLS 1.0: Microsoft (KB3135244) says a SQL Server build without TLS 1.2 support stops and will not start again when TLS 1.0 and SSL 3.0 are both disabled (event 26011), and TMS goes down with it. ${ssl3.en}`,
    `${where.ja}は TLS 1.0 に依存しています。Microsoft（KB3135244）によれば、TLS 1.2 に対応していない SQL Server のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止し、再び起動できなくなります（イベント 26011）。SQL Server が停止すると TMS も停止します。${ssl3.ja}`,
  );
}
