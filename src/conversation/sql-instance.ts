/**
 * A SQL instance on the TMS server beside the one on record (FIX20C):
 * - what an instance on the TMS server needs before TLS settings change, for its release if known (knowledge.md, SQL
 *   caveats: 2008 R2 keeps TLS 1.0 enabled unless on a TLS 1.2 build; 2012 / 2014 a build with TLS 1.2 support first;
 *   2016 and later nothing). A SQL Server on another machine is not touched by the TMS server's Schannel settings.
 * - the notes for a second instance on the TMS server (which one holds tmsng is asked), and for the answer to that.
 * Pure texts, EN and JA.
 */
import type { LocalizedText, SqlVersion } from '../domain/types';
import { sql2008Tls12BuildName, sqlTlsStatus } from '../domain/knowledge/sql';
import { formatSql } from '../domain/versions';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** What a SQL instance on the TMS server needs before the TLS settings change; `sql` its release, if known. */
export function sqlOnTmsNeeds(sql: SqlVersion | undefined): LocalizedText {
  if (!sql) {
    return L(
      'What it needs depends on its release (`SELECT @@VERSION` on that instance shows it): SQL Server 2008 R2 needs TLS 1.0 kept enabled (a build without TLS 1.2 support does not start with TLS 1.0 and SSL 3.0 both off; builds with TLS 1.2 support start at 2008 R2 SP3 10.50.6542.0); 2012 and 2014 need a build with TLS 1.2 support before the TLS settings change (Microsoft KB3135244); 2016 and later need nothing.',
      '必要なことはそのリリースによります（そのインスタンスで `SELECT @@VERSION` を実行すると分かります）。SQL Server 2008 R2 では TLS 1.0 を有効のまま残す必要があります（TLS 1.2 非対応のビルドは、TLS 1.0 と SSL 3.0 の両方が無効だと起動しません。TLS 1.2 対応のビルドは 2008 R2 SP3 10.50.6542.0 からです）。2012 と 2014 は、TLS の設定を変更する前に TLS 1.2 対応のビルドになっている必要があります（Microsoft KB3135244）。2016 以降は何も必要ありません。',
    );
  }
  const name = formatSql(sql);
  const st = sqlTlsStatus(sql);
  switch (st.kind) {
    case 'nothing-needed':
      return L(`${name} needs nothing for this change: TLS 1.2 support is built in.`, `${name} では、この変更のために必要なことはありません。TLS 1.2 に標準で対応しています。`);
    case 'has-tls12':
      return L(`${name} is on a build with TLS 1.2 support: nothing to install first.`, `${name} は TLS 1.2 対応のビルドなので、先に適用するものはありません。`);
    case 'keep-tls10': {
      const build = sql2008Tls12BuildName(sql);
      const later = build ? L(` Builds with TLS 1.2 support start at ${build} (\`SELECT @@VERSION\` shows the build).`, `TLS 1.2 対応のビルドは ${build} からです（ビルドは \`SELECT @@VERSION\` で確認できます）。`) : L('', '');
      return L(
        `${name} needs TLS 1.0 kept enabled: a build without TLS 1.2 support does not start with TLS 1.0 and SSL 3.0 both off. Leave SSL 3.0 as it is.${later.en}`,
        `${name} では TLS 1.0 を有効のまま残す必要があります。TLS 1.2 非対応のビルドは、TLS 1.0 と SSL 3.0 の両方が無効だと起動しません。SSL 3.0 は変更しないでください。${later.ja}`,
      );
    }
    case 'upgrade-service-pack':
      return L(
        `${name} has no TLS 1.2 update: it needs a service-pack upgrade (SP4 is the simplest) before the TLS settings change, a SQL change with its own window.`,
        `${name} には TLS 1.2 の更新プログラムがないため、TLS の設定を変更する前にサービス パックへのアップグレード（SP4 が最も簡単です）が必要です。専用の作業時間を取る SQL の変更です。`,
      );
    case 'install-update':
      return L(
        `${name} needs a build with TLS 1.2 support before the TLS settings change (Microsoft KB3052404; the builds are in KB3135244).`,
        `${name} は、TLS の設定を変更する前に TLS 1.2 対応のビルドにする必要があります（Microsoft KB3052404。ビルドは KB3135244 にあります）。`,
      );
    default:
      return L(
        `${name} needs a build with TLS 1.2 support before the TLS settings change; whether it has one depends on its exact build: check it first (\`SELECT @@VERSION\`).`,
        `${name} は、TLS の設定を変更する前に TLS 1.2 対応のビルドになっている必要があります。対応しているかは正確なビルドによるため、先に確認してください（\`SELECT @@VERSION\`）。`,
      );
  }
}

const THIS_SERVER = L(
  'An instance on the TMS server itself runs under the TMS server\'s Schannel settings, whichever database it holds.',
  'TMS サーバ上のインスタンスは、どのデータベースを持っているかにかかわらず、TMS サーバの Schannel の設定の影響を受けます。',
);

/**
 * "there is also a second instance on the TMS server": noted, tmsng's instance asked. With no release for it, the remote one
 * stays on record (`remote`: its release); with its release (`second`), that instance is recorded (its caveat is in the
 * answer) and `remote` is the release said of the separate server before.
 */
export function secondInstanceNote(remote: SqlVersion | undefined, second: SqlVersion | undefined): LocalizedText {
  if (second) {
    const other = remote
      ? L(` ${formatSql(remote)} on the separate server is not touched by the TMS server's Schannel settings.`, `別サーバの ${formatSql(remote)} は、TMS サーバの Schannel の設定の影響を受けません。`)
      : L(' The SQL Server on the separate server is not touched by the TMS server\'s Schannel settings.', '別サーバの SQL Server は、TMS サーバの Schannel の設定の影響を受けません。');
    return L(
      `Noted: ${formatSql(second)} on the TMS server, a second instance. It runs under the TMS server's Schannel settings whichever database it holds, so the answer now carries its caveat.${other.en} Which instance holds tmsng, the TMS database? That decides whether TMS goes down if the instance on the TMS server stops.`,
      `記録しました：TMS サーバ上にも ${formatSql(second)} のインスタンスがあります。どのデータベースを持っているかにかかわらず TMS サーバの Schannel の設定の影響を受けるため、回答にはこのインスタンスの注意点を含めています。${other.ja}TMS のデータベース tmsng はどちらのインスタンスにありますか？TMS サーバ上のインスタンスが停止したときに TMS も止まるかどうかは、これで決まります。`,
    );
  }
  const kept = remote
    ? L(`I keep ${formatSql(remote)} on the separate server as the one on record.`, `記録している ${formatSql(remote)}（別サーバ）はそのままにしています。`)
    : L('I keep SQL on the separate server as the one on record.', '記録している別サーバの SQL はそのままにしています。');
  const needs = sqlOnTmsNeeds(undefined);
  return L(
    `Noted: a second SQL instance on the TMS server. ${kept.en} Which instance holds tmsng, the TMS database? Tell me ("tmsng is on the TMS server" or "tmsng is on the separate server"). ${THIS_SERVER.en} ${needs.en}`,
    `記録しました：TMS サーバ上にも SQL のインスタンスがあります。${kept.ja}TMS のデータベース tmsng はどちらのインスタンスにありますか？（「tmsng は TMS サーバ上」または「tmsng は別サーバ」のようにお知らせください）。${THIS_SERVER.ja}${needs.ja}`,
  );
}

/** "tmsng is on the TMS server": SQL is now on the TMS server; a release on record was the separate server's. */
export function tmsngLocalNote(droppedRelease: SqlVersion | undefined): LocalizedText {
  const dropped = droppedRelease
    ? L(
        ` The release on record, ${formatSql(droppedRelease)}, was said of the separate server, so I no longer apply it here: which release is the instance on the TMS server (\`SELECT @@VERSION\` on it)?`,
        `記録していた ${formatSql(droppedRelease)} は別サーバについてのものだったため、ここでは使いません。TMS サーバ上のインスタンスのリリースを教えてください（そのインスタンスで \`SELECT @@VERSION\`）。`,
      )
    : L('', '');
  return L(`Noted: TMS's database (tmsng) is on the instance on the TMS server, so the SQL caveats apply to it.${dropped.en}`, `記録しました：TMS のデータベース（tmsng）は TMS サーバ上のインスタンスにあるため、SQL の注意点はこのインスタンスに当てはまります。${dropped.ja}`);
}

/** "tmsng is on the separate server": the place on record stays; the instance on the TMS server still needs a look. */
export function tmsngRemoteNote(): LocalizedText {
  const needs = sqlOnTmsNeeds(undefined);
  return L(
    `Noted: TMS's database (tmsng) is on the separate server, as on record; the TMS server's Schannel change does not touch it. If another SQL instance runs on the TMS server, it is touched all the same. ${needs.en}`,
    `記録しました：TMS のデータベース（tmsng）は記録どおり別サーバにあり、TMS サーバの Schannel の変更の影響は受けません。TMS サーバ上で別の SQL インスタンスが動いている場合は、そちらは同じように影響を受けます。${needs.ja}`,
  );
}
