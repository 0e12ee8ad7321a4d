/**
 * "Which update exactly?", "which SQL update do we need?", "what build should we go to?" for a SQL
 * Server 2012 / 2014 on the TMS server that needs TLS 1.2 support first (QA round 16 #10): the target
 * builds of its own service pack from knowledge.md's table (Microsoft KB3135244), to be checked against
 * that KB, never a package named as certain for a build the user has not confirmed.
 */
import type { Facts, LocalizedText, SqlVersion } from '../domain/types';
import { SQL_TLS12_BUILDS, sqlTlsStatus, tls12Targets, type SqlTls12Line } from '../domain/knowledge/sql';
import { formatSql } from '../domain/versions';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** "SP1 GDR 12.0.4219 or later on the GDR branch", "SP1 CU5 12.0.4439.1 or a later CU". */
function lineText(r: SqlTls12Line): LocalizedText {
  const release = `SQL ${r.release} `;
  if (/\bGDR\b/.test(r.line)) return L(`${release}${r.line} ${r.from} or later on the GDR branch`, `GDR ブランチでは ${release}${r.line} ${r.from} 以降`);
  if (/\bCU\d/.test(r.line)) return L(`${release}${r.line} ${r.from} or a later CU`, `CU ブランチでは ${release}${r.line} ${r.from} 以降の CU`);
  return L(`${release}${r.line} ${r.from} or later`, `${release}${r.line} ${r.from} 以降`);
}

/**
 * The builds to go to for this SQL Server, in one paragraph, or null when it needs none (2016+, a
 * build with TLS 1.2 support, 2008 / 2008 R2, which keep TLS 1.0 instead).
 */
export function sqlTargetText(sql: SqlVersion): LocalizedText | null {
  const t = tls12Targets(sql);
  if (!t) return null;
  const spBuild = SQL_TLS12_BUILDS.find((r) => r.release === String(sql.year) && r.line === t.servicePack)?.from;
  const sp = L(`SQL ${sql.year} ${t.servicePack} (${spBuild}) or later (every build of it has TLS 1.2 support)`, `SQL ${sql.year} ${t.servicePack}（${spBuild}）以降（どのビルドも TLS 1.2 に対応しています）`);
  const check = L(
    "Check the package for your exact build and branch against Microsoft's table in KB3135244 before installing; afterwards `SELECT @@VERSION` should show one of those builds or a later one.",
    'インストールする前に、お使いのビルドとブランチに合うパッケージを Microsoft の KB3135244 の表で確認してください。適用後、`SELECT @@VERSION` でこれらのビルド以降になっていることを確認してください。',
  );
  const below = sql.build ? L(` Your build ${sql.build} is below them.`, `現在のビルド ${sql.build} はこれより前です。`) : L('', '');
  if (t.lines.length === 0) {
    // 2012 RTM / SP1: no TLS 1.2 package exists; a service pack is the way (knowledge.md).
    return L(
      `Target: ${sp.en}. There is no TLS 1.2 update for SQL ${sql.year} RTM or SP1, so a service pack is the only way, and ${t.servicePack} is the simplest. It is a SQL change with its own window and backup: check it against the SQL Server versions your TMS release supports, and the TLS 1.2 builds against Microsoft's KB3135244; afterwards \`SELECT @@VERSION\` should show ${spBuild} or later.`,
      `目標：${sp.ja}。SQL ${sql.year} の RTM と SP1 向けの TLS 1.2 更新プログラムはないため、サービス パックしか方法がなく、${t.servicePack} が最も簡単です。専用の作業時間とバックアップを用意する SQL の変更です。お使いの TMS リリースがサポートする SQL Server のバージョンと、TLS 1.2 対応のビルドを Microsoft の KB3135244 で確認してください。適用後、\`SELECT @@VERSION\` で ${spBuild} 以降になっていることを確認してください。`,
    );
  }
  const lines = t.lines.map(lineText);
  if (!t.spKnown) {
    // 2012 with the service pack not known may be RTM / SP1, which have no TLS 1.2 update (knowledge.md).
    const rtm = sql.year === 2012
      ? L(
          ` On 2012 RTM or SP1 (builds 11.0.2xxx / 11.0.3xxx) there is no TLS 1.2 update: the way there is a service pack (${t.servicePack} is the simplest), a SQL change with its own window and backup, checked against the SQL Server versions your TMS release supports.`,
          `2012 の RTM または SP1（ビルド 11.0.2xxx / 11.0.3xxx）には TLS 1.2 更新プログラムがないため、サービス パックへのアップグレード（${t.servicePack} が最も簡単です）が必要です。専用の作業時間とバックアップを用意する SQL の変更で、お使いの TMS リリースがサポートする SQL Server のバージョンとの確認も必要です。`,
        )
      : L('', '');
    return L(
      `Which one depends on its service pack and branch (\`SELECT @@VERSION\` shows them). The first builds with TLS 1.2 support: ${lines.map((x) => x.en).join('; ')}; or ${sp.en}.${rtm.en} ${check.en}`,
      `どれになるかは、サービス パックとブランチによります（\`SELECT @@VERSION\` で確認できます）。TLS 1.2 に対応した最初のビルドは、${lines.map((x) => x.ja).join('、')}、または ${sp.ja}です。${rtm.ja}${check.ja}`,
    );
  }
  return L(
    `Target for its service pack: ${lines.map((x) => x.en).join(', or ')}; or ${sp.en}.${below.en} ${check.en}`,
    `このサービス パックでの目標：${lines.map((x) => x.ja).join('、または ')}、もしくは ${sp.ja}です。${below.ja}${check.ja}`,
  );
}

/**
 * "so I just install KB3052404?", 「KB3052404 を入れればいいですか？」 for a SQL Server whose service pack has TLS 1.2 packages (QA63
 * #17): the packages of its service pack by branch, in one sentence, or null (no package: RTM / SP1, 2016+, 2008 R2, or the
 * service pack not known).
 */
export function sqlPackagesByBranch(sql: SqlVersion): LocalizedText | null {
  const t = tls12Targets(sql);
  if (!t || !t.spKnown || t.lines.length === 0) return null;
  const lines = t.lines.map(lineText);
  return L(lines.map((x) => x.en).join(', or '), lines.map((x) => x.ja).join('、または '));
}

/** The SQL Server the answer is about, when it needs a build with TLS 1.2 support and may run on the TMS server. */
export function sqlNeedsTarget(f: Facts): boolean {
  return !!f.sql && f.sqlLocation !== 'remote' && sqlTargetText(f.sql) !== null;
}

/** "Which update exactly?" for a SQL Server that needs one: the target builds, with where it applies. */
export function sqlTargetAnswer(f: Facts): LocalizedText[] {
  const name = formatSql(f.sql!);
  const where = f.sqlLocation === 'local' ? L('', '') : L(' (if it runs on the TMS server; a SQL Server on another machine is not touched)', '（TMS サーバ上で動いている場合。別のマシンの SQL Server は影響を受けません）');
  const unsure = sqlTlsStatus(f.sql!).kind === 'check-build';
  return [
    unsure
      ? L(`${name}${where.en} needs a build with TLS 1.2 support before any TLS change on the server (Microsoft KB3052404 / KB3135244); whether it already has one depends on its exact build: \`SELECT @@VERSION\` shows it.`, `${name}${where.ja} は、サーバの TLS の設定を変更する前に、TLS 1.2 対応のビルドになっている必要があります（Microsoft KB3052404 / KB3135244）。すでに対応しているかは正確なビルドによります。\`SELECT @@VERSION\` で確認できます。`)
      : L(`${name}${where.en} needs a build with TLS 1.2 support before any TLS change on the server (Microsoft KB3052404 / KB3135244).`, `${name}${where.ja} は、サーバの TLS の設定を変更する前に、TLS 1.2 対応のビルドになっている必要があります（Microsoft KB3052404 / KB3135244）。`),
    sqlTargetText(f.sql!)!,
  ];
}
