/**
 * QA52 #11: two questions of a long SQL case. "what's 11.0.2100?", 「11.0.2100 って何ですか」: the SQL Server release a build
 * number is, and what that release needs here (knowledge.md §Caveats, SQL). "can we just skip the SQL part?", 「SQL の作業は
 * 省略できますか」: whether the SQL part of the answer can be left out, for the SQL Server the conversation holds. Pure.
 */
import type { Facts, LocalizedText, SqlVersion } from '../domain/types';
import { formatSql, parseSql, sqlTlsStatus } from '../domain/versions';
import { SQL2012_2014_FIRST_TLS12_BUILDS, sql2008Tls12BuildName, sqlBelowNeeds } from '../domain/knowledge';
import { nfkc } from '../domain/nfkc';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** A SQL Server build number as pasted: 11.0.2100, 10.50.6560.0, 12.0.4100.1. */
const BUILD = /(?<![\d.])(\d{1,2}\.\d{1,2}\.\d{3,5}(?:\.\d{1,5})?)(?![\d.])/;

/** The release name of a SQL version with its service pack when known ("SQL Server 2012 RTM", "SQL Server 2014 SP1"). */
const releaseName = (v: SqlVersion): string => formatSql({ ...v, sp: v.sp ?? null, cu: null, build: null });

/** What the release needs before TLS settings change on the server where it runs (knowledge.md). */
function needsText(v: SqlVersion): LocalizedText {
  const st = sqlTlsStatus(v);
  switch (st.kind) {
    case 'nothing-needed':
      return L('SQL Server 2016 and later need nothing for this fix.', 'SQL Server 2016 以降は、この修正のために何もする必要はありません。');
    case 'has-tls12':
      return L('This build already has TLS 1.2 support (Microsoft KB3135244), so it needs no SQL change before the TLS settings change.', 'このビルドはすでに TLS 1.2 に対応しているため（Microsoft KB3135244）、TLS の設定変更の前に SQL を変更する必要はありません。');
    case 'upgrade-service-pack':
      return L(
        'There is no TLS 1.2 package for 2012 RTM or SP1: before TLS settings change on the server it runs on, it needs a service-pack upgrade (SP4 is the simplest), a SQL change with its own window and its own check against TMS\'s SQL requirements, not "install KB3052404".',
        '2012 RTM と SP1 には TLS 1.2 のパッケージがありません。実行しているサーバで TLS の設定を変更する前に、サービス パックへのアップグレードが必要です（SP4 が最も簡単です）。専用の作業時間を取り、TMS の SQL 要件も確認して行う SQL の変更で、「KB3052404 を適用する」ことではありません。',
      );
    case 'install-update':
      return L('This build has no TLS 1.2 support yet: before TLS settings change on the server it runs on, it needs Microsoft\'s TLS 1.2 update (KB3052404) or a later build.', 'このビルドはまだ TLS 1.2 に対応していません。実行しているサーバで TLS の設定を変更する前に、Microsoft の TLS 1.2 更新プログラム（KB3052404）か、それ以降のビルドが必要です。');
    case 'check-build':
      return L('Whether it has TLS 1.2 support depends on the exact build: `SELECT @@VERSION` shows it.', 'TLS 1.2 に対応しているかは正確なビルドによります。`SELECT @@VERSION` で確認できます。');
    default:
      return L(
        'On the TMS server, TLS 1.0 must stay enabled for it and SSL 3.0 is not to be changed as part of this fix, or the SQL service may stop and not start (event 26011).',
        'TMS サーバ上では、この SQL のために TLS 1.0 を有効のままにし、この修正の一環として SSL 3.0 を変更しないでください。そうしないと SQL サービスが停止し、起動しなくなることがあります（イベント 26011）。',
      );
  }
}

const BUILD_ASKED_EN = /^\s*(?:(?:so|ok|okay|and|sorry|wait)[,\s]+)?(?:what(?:'s|\sis|s)|which\s(?:sql\s)?(?:version|release)\sis)\s(?:sql\s(?:server\s)?(?:build\s)?|build\s)?(\d{1,2}\.\d{1,2}\.\d{3,5}(?:\.\d{1,5})?)(?:\sexactly)?\s*[?？.]*\s*$/i;
const BUILD_ASKED_JA = /^\s*(?:sql\s?(?:server\s?)?(?:の)?\s?(?:ビルド)?\s?)?(\d{1,2}\.\d{1,2}\.\d{3,5}(?:\.\d{1,5})?)\s?(?:とは|って|は)\s?(?:何|なに|どの(?:バージョン|リリース)|どういう(?:意味|こと|バージョン))/;

/** The build a "what's 11.0.2100?" question asks about, or null (not a SQL build: "what's 15.2.1?" is no build). */
export function sqlBuildAsked(text: string): SqlVersion | null {
  const t = nfkc(text.slice(0, 200));
  const m = BUILD_ASKED_EN.exec(t) ?? BUILD_ASKED_JA.exec(t);
  if (!m || !BUILD.test(m[1]!)) return null;
  const r = parseSql(m[1]!);
  return r.ok && r.value.build ? r.value : null;
}

/** The answer to "what's 11.0.2100?": the release, what it needs, and whether it is the user's SQL and where it runs. */
export function sqlBuildAnswer(v: SqlVersion, f: Facts): LocalizedText[] {
  const name = releaseName(v);
  const out = [L(`${v.build} is ${name}.`, `${v.build} は ${name} です。`), needsText(v)];
  if (f.sqlLocation === 'remote')
    out.push(L('If this is your SQL Server, it runs on another server: the TMS server\'s Schannel settings do not touch it.', 'これがお使いの SQL Server であれば、別のサーバで動いているので、TMS サーバの Schannel の設定は影響しません。'));
  return out;
}

/** The answer to "can we just skip the SQL part?" for the SQL Server the conversation holds. */
export function skipSqlAnswer(f: Facts): LocalizedText[] {
  const v = f.sql;
  if (f.sqlLocation === 'remote')
    return [L('Yes, as far as this fix goes: your SQL Server runs on another server, and the TMS server\'s Schannel settings do not touch it.', 'この修正に関しては、はい。SQL Server は別のサーバで動いており、TMS サーバの Schannel の設定は影響しません。')];
  if (!v)
    return [L('That depends on the SQL Server: which release is it (`SELECT @@VERSION`), and does it run on the TMS server itself?', 'SQL Server によります。どのリリースで（`SELECT @@VERSION` で確認できます）、TMS サーバ上で動いていますか。')];
  const status = sqlTlsStatus(v);
  const st = status.kind;
  const name = releaseName(v);
  const where = f.sqlLocation === 'local' ? L('on the TMS server', 'TMS サーバ上') : L('(if it runs on the TMS server)', '（TMS サーバ上で動いている場合）');
  if (st === 'nothing-needed' || st === 'has-tls12')
    return [L(`There is nothing to skip: ${name} ${where.en} needs no SQL change for this fix.`, `省くものはありません。${where.ja}の ${name} は、この修正のために SQL を変更する必要はありません。`)];
  if (status.kind === 'keep-tls10') {
    const tls12 = status.tls12;
    if (tls12 === 'yes' || tls12 === 'early') {
      // A build with TLS 1.2 support: Microsoft's start-up failure is for builds without it; the TechNote's rule is the reason.
      const later = tls12 === 'early' ? sql2008Tls12BuildName(v) : null;
      return [
        L(
          `For ${name} ${where.en} the SQL part is not a change but a limit: keep TLS 1.0 enabled and leave SSL 3.0 as it is. That cannot be skipped: the TechNote says to keep TLS 1.0 enabled with SQL Server 2008 R2 on the TMS server. This build has TLS 1.2 support, so turning TLS 1.0 off would be a separate change of its own, not part of this fix.${later ? ` It is one of the first builds with TLS 1.2 support, which can terminate intermittently (Microsoft KB3146034): ${later} or later is worth planning separately.` : ''}`,
          `${where.ja}の ${name} については、SQL の作業は変更ではなく制約です。TLS 1.0 を有効のままにし、SSL 3.0 はそのままにしてください。これは省けません。TechNote は、TMS サーバ上に SQL Server 2008 R2 がある場合は TLS 1.0 を有効のままにするよう書いています。このビルドは TLS 1.2 に対応していますが、TLS 1.0 の無効化は今回の修正とは別の作業です。${later ? `TLS 1.2 に対応した最初のビルドの一つで、断続的に終了することがあるため（Microsoft KB3146034）、${later} 以降への更新を別途計画することをお勧めします。` : ''}`,
        ),
      ];
    }
    return [
      L(
        `For ${name} ${where.en} the SQL part is not a change but a limit: keep TLS 1.0 enabled and leave SSL 3.0 as it is. That cannot be skipped: with both off, a build without TLS 1.2 support stops and will not start (event 26011).`,
        `${where.ja}の ${name} については、SQL の作業は変更ではなく制約です。TLS 1.0 を有効のままにし、SSL 3.0 はそのままにしてください。これは省けません。両方を無効にすると、TLS 1.2 に対応していないビルドは停止して起動しなくなります（イベント 26011）。`,
      ),
    ];
  }
  if (st === 'check-build') {
    // knowledge.md: with the build unknown the action is "check the build", not "install first".
    const below = sqlBelowNeeds(v, L(' before any TLS change', 'TLS の設定を変更する前に'));
    return [
      L(
        `Check the build first (\`SELECT @@VERSION\`): the SQL part can be skipped only if ${name} ${where.en} already has TLS 1.2 support.`,
        `まずビルドを確認してください（\`SELECT @@VERSION\`）。${where.ja}の ${name} がすでに TLS 1.2 に対応している場合に限り、SQL の作業を省けます。`,
      ),
      L(
        `The first builds with TLS 1.2 support (Microsoft KB3135244): ${SQL2012_2014_FIRST_TLS12_BUILDS.en}. A build below those needs ${below.en}. Until that is done, keep the TLS settings as they are.`,
        `TLS 1.2 に対応した最初のビルド（Microsoft KB3135244）：${SQL2012_2014_FIRST_TLS12_BUILDS.ja}。これより前のビルドでは、${below.ja}。それが済むまで、TLS の設定は変えないでください。`,
      ),
    ];
  }
  return [
    L(
      `Not safely. ${name} ${where.en} needs a build with TLS 1.2 support before TLS settings change on that server (Microsoft KB3052404 / KB3135244).`,
      `安全には省けません。${where.ja}の ${name} は、そのサーバで TLS の設定を変更する前に、TLS 1.2 に対応したビルドにする必要があります（Microsoft KB3052404 / KB3135244）。`,
    ),
    needsText(v),
    L(
      'Skipping it is betting that SQL Server keeps working after the change. If the SQL change cannot be done now, keep the TLS settings as they are until it is. To confirm where you stand, check the build (`SELECT @@VERSION`).',
      '省くのは、変更後も SQL Server が動き続けることに賭けることになります。今 SQL を変更できない場合は、それが済むまで TLS の設定は変えないでください。現状を確かめるには、ビルドを確認してください（`SELECT @@VERSION`）。',
    ),
  ];
}
