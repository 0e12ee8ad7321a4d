/**
 * A SQL Server on another machine, and TLS 1.0 turned off on the TMS server (QA51 #5). knowledge.md: the remote SQL *service*
 * is not touched by the TMS server's Schannel settings; TLS 1.2 support starts with 2008 R2 10.50.6542.0, 2008 10.0.6547.0,
 * the KB3135244 builds for 2012/2014, and 2016 on. What knowledge.md does not settle: TMS is that SQL Server's client, so
 * with TLS 1.0 off on the TMS server's Client side, its database connection to a build without TLS 1.2 support may fail.
 * Said as a check to make before such a change, never as safe. Pure.
 */
import type { LocalizedText, SqlVersion } from '../types';
import { formatSql } from '../versions';
import { sqlTlsStatus } from './sql';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** Does the SQL Server have TLS 1.2 support: 'yes', 'no', or 'unknown' (no release, or no build/service pack that settles it)? */
export function sqlTls12Support(sql: SqlVersion | undefined): 'yes' | 'no' | 'unknown' {
  if (!sql) return 'unknown';
  const st = sqlTlsStatus(sql);
  if (st.kind === 'nothing-needed' || st.kind === 'has-tls12') return 'yes';
  if (st.kind === 'upgrade-service-pack' || st.kind === 'install-update') return 'no';
  if (st.kind === 'keep-tls10') return st.tls12 === 'yes' || st.tls12 === 'early' ? 'yes' : st.tls12 === 'no' ? 'no' : 'unknown';
  return 'unknown';
}

const BUILDS = L(
  '2008 R2 from build 10.50.6542.0, 2008 from 10.0.6547.0, 2012 and 2014 from the builds Microsoft lists in KB3135244, 2016 and later always',
  '2008 R2 はビルド 10.50.6542.0 以降、2008 は 10.0.6547.0 以降、2012 と 2014 は Microsoft の KB3135244 に載っているビルド以降、2016 以降はすべて',
);

/**
 * What to check before TLS 1.0 is turned off on the TMS server, with SQL Server on another machine; null when that SQL Server
 * has TLS 1.2 support (nothing beyond the usual check after the change).
 */
export function remoteSqlTls10OffCheck(sql: SqlVersion | undefined): LocalizedText | null {
  const support = sqlTls12Support(sql);
  if (support === 'yes') return null;
  const name = sql ? formatSql(sql) : null;
  // (For the release named, its own line only.)
  const builds =
    sql?.year === 2008
      ? sql.r2
        ? L('from build 10.50.6542.0', 'ビルド 10.50.6542.0 以降')
        : L('from build 10.0.6547.0', 'ビルド 10.0.6547.0 以降')
      : sql?.year === 2012 || sql?.year === 2014
      ? L('from the builds Microsoft lists in KB3135244', 'Microsoft の KB3135244 に載っているビルド以降')
      : BUILDS;
  const lead =
    support === 'no' && name
      ? L(
          `Your SQL Server runs on a separate server, and ${name} has no TLS 1.2 support (TLS 1.2 support: ${builds.en}).`,
          `SQL Server は別サーバで動いていますが、${name} は TLS 1.2 に対応していません（TLS 1.2 対応は${builds.ja}です）。`,
        )
      : L(
          `Your SQL Server runs on a separate server; which build it runs decides this (\`SELECT @@VERSION\` on it; TLS 1.2 support: ${builds.en}).`,
          `SQL Server は別サーバで動いているので、そのビルドで判断が変わります（そのサーバで \`SELECT @@VERSION\` を実行してください。TLS 1.2 対応は${builds.ja}です）。`,
        );
  return L(
    `${lead.en} Its own service is not touched by the TMS server's Schannel settings, but TMS connects to it as a client: with TLS 1.0 off on the TMS server's Client side, a SQL Server without TLS 1.2 support may no longer accept TMS's database connection. My sources do not settle this case, so check it before the change, not after: whether that SQL Server accepts TLS 1.2 (its build) and, if it does not, keep TLS 1.0 enabled on the TMS server's Client side until that SQL Server is on a build with TLS 1.2 support.`,
    `${lead.ja}SQL Server のサービス自体は TMS サーバの Schannel 設定の影響を受けませんが、TMS はそのサーバにクライアントとして接続します。TMS サーバの Client 側で TLS 1.0 を無効にすると、TLS 1.2 非対応の SQL Server は TMS からのデータベース接続を受け付けなくなるおそれがあります。この場合については私の資料では判断できないため、変更の後ではなく前に確認してください。その SQL Server が TLS 1.2 を受け付けるか（ビルド）を確かめ、受け付けない場合は、その SQL Server が TLS 1.2 対応のビルドになるまで TMS サーバの Client 側の TLS 1.0 は有効のままにしてください。`,
  );
}
