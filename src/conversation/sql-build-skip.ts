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

/**
 * Whether a build is good enough (QA53 #7), the question people ask after `SELECT @@VERSION`: "is 12.0.4100 ok?", "is 12.0.4100
 * new enough for TLS 1.2?", "our build is 12.0.4100, is that ok?", "12.0.4100 - is that fine?", 「12.0.4100 で大丈夫ですか？」,
 * 「ビルドは 12.0.4100 ですが、問題ありませんか」. The build is the user's own.
 */
const GOOD = String.raw`(?:ok|okay|fine|good(?:\senough)?|new\senough|recent\senough|high\senough|enough|sufficient|acceptable|alright|all\sright|supported|compatible)`;
const FOR_WHAT = String.raw`(?:\s(?:for\s(?:tls\s?1\.?2|this(?:\sfix)?|the\s(?:fix|change|tls\schange)|it|us|that)|here|then|now))*`;
const BUILD_NUM = String.raw`(\d{1,2}\.\d{1,2}\.\d{3,5}(?:\.\d{1,5})?)`;
const TAIL_OK = String.raw`(?:\s*[,.;:]+\s*|\s[-–]\s|\s)(?:(?:is|would)\s(?:that|it|this)\s(?:be\s)?|(?:that|it)(?:'s|\sis)\s)${GOOD}${FOR_WHAT}`;
export const BUILD_OK_EN = new RegExp(
  String.raw`^\s*(?:(?:so|ok|okay|and|sorry|wait|also)[,\s]+)?(?:(?:is|would|will)\s(?:(?:our|my|the)\s)?(?:sql\s(?:server\s)?)?(?:build\s)?${BUILD_NUM}\s(?:be\s)?${GOOD}${FOR_WHAT}|(?:(?:our|my|the)\s)?(?:sql\s(?:server\s)?)?(?:build|version)\s(?:is|=|:)\s?${BUILD_NUM}${TAIL_OK}|${BUILD_NUM}${TAIL_OK})\s*[?？]+\s*$`,
  'i',
);
export const BUILD_OK_JA = new RegExp(
  String.raw`^\s*(?:(?:sql\s?(?:server\s?)?(?:の)?\s?)?(?:ビルド|バージョン)\s?(?:は|が)\s?)?(?:sql\s?(?:server\s?)?(?:の)?\s?)?${BUILD_NUM}\s?(?:です(?:が|けど)[、,\s]*(?:これで|それで)?|で|なら|は)\s?(?:大丈夫|問題(?:ない|ありません|ありませんか|なし)|いい|良い|よい|ok|十分|足り(?:ますか|る|ています)|対応して)`,
  'i',
);

/** The build a "what's 11.0.2100?" question asks about, or null (not a SQL build: "what's 15.2.1?" is no build). */
export function sqlBuildAsked(text: string): SqlVersion | null {
  return sqlBuildQuestion(text)?.v ?? null;
}

/** The build asked about, and whether the question asks if it is good enough ("is 12.0.4100 ok?", the user's own build). */
export function sqlBuildQuestion(text: string): { v: SqlVersion; ok: boolean } | null {
  const t = nfkc(text.slice(0, 200));
  const asked = BUILD_ASKED_EN.exec(t) ?? BUILD_ASKED_JA.exec(t);
  const okM = asked ? null : okQuestion(t);
  const raw = asked?.[1] ?? okM;
  if (!raw || !BUILD.test(raw)) return null;
  const r = parseSql(raw);
  return r.ok && r.value.build ? { v: r.value, ok: !asked } : null;
}

function okQuestion(t: string): string | null {
  const en = BUILD_OK_EN.exec(t);
  if (en) return en[1] ?? en[2] ?? en[3] ?? null;
  const ja = BUILD_OK_JA.exec(t);
  return ja ? ja[1]! : null;
}

/**
 * The user's own build asked about ("is 12.0.4100 ok?"): the words to read for facts with the answer ("SQL build 12.0.4100"),
 * when it fits the SQL Server held (none held, or the same release with no other build); else null (QA53 #7).
 */
export function ownBuildAsked(f: Facts, text: string): string | null {
  const q = sqlBuildQuestion(text);
  if (!q || !q.ok) return null;
  const held = f.sql;
  if (held && (held.year !== q.v.year || !!held.r2 !== !!q.v.r2 || (held.build && held.build !== q.v.build))) return null;
  return `SQL build ${q.v.build}`;
}

/** The answer to "what's 11.0.2100?": the release, what it needs, and whether it is the user's SQL and where it runs. */
export function sqlBuildAnswer(v: SqlVersion, f: Facts, ok = false): LocalizedText[] {
  const name = releaseName(v);
  const out = [L(`${v.build} is ${name}.`, `${v.build} は ${name} です。`), needsText(v)];
  // ("is 12.0.4100 ok?" with SQL on another server: yes for this fix, the TMS server's settings do not touch it.)
  if (ok && f.sqlLocation === 'remote') {
    out.unshift(L('For this fix, yes, if this is your SQL Server: it runs on another server, and the TMS server\'s Schannel settings do not touch it.', 'これがお使いの SQL Server であれば、この修正に関しては問題ありません。別のサーバで動いており、TMS サーバの Schannel の設定は影響しません。'));
    return out;
  }
  if (ok) {
    const lead = okLead(v);
    if (lead) out.unshift(lead);
  }
  if (f.sqlLocation === 'remote')
    out.push(L('If this is your SQL Server, it runs on another server: the TMS server\'s Schannel settings do not touch it.', 'これがお使いの SQL Server であれば、別のサーバで動いているので、TMS サーバの Schannel の設定は影響しません。'));
  return out;
}

/** The first TLS 1.2 builds of the build's own release line (2012 or 2014), from the KB3135244 list. */
function firstBuildsOf(v: SqlVersion): LocalizedText {
  const all = SQL2012_2014_FIRST_TLS12_BUILDS;
  const en = all.en.split('; ').find((x) => x.startsWith(String(v.year)));
  const ja = all.ja.split(/、(?=20\d\d\s)/).find((x) => x.startsWith(String(v.year)));
  return en && ja ? { en, ja } : all;
}

/** "Is 12.0.4100 ok?": yes or not yet, for this fix (knowledge.md, SQL caveats); null where the answer is the SQL 2008 R2 limit. */
function okLead(v: SqlVersion): LocalizedText | null {
  switch (sqlTlsStatus(v).kind) {
    case 'nothing-needed':
    case 'has-tls12':
      return L('Yes, for this fix: no SQL change is needed before the TLS settings change.', 'この修正に関しては、はい。TLS の設定を変更する前に SQL を変更する必要はありません。');
    case 'install-update':
      return L(
        `Not yet: this build comes before the first builds with TLS 1.2 support (Microsoft KB3135244: ${firstBuildsOf(v).en}).`,
        `まだです。このビルドは、TLS 1.2 に対応した最初のビルドより前のものです（Microsoft KB3135244：${firstBuildsOf(v).ja}）。`,
      );
    case 'upgrade-service-pack':
      return L('Not yet: this release has no TLS 1.2 support and no update that adds it.', 'まだです。このリリースは TLS 1.2 に対応しておらず、対応を追加する更新プログラムもありません。');
    default:
      return null;
  }
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
