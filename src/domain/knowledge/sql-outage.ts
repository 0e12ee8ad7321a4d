/**
 * SQL Server stopped after a TLS change (event 26011, "unable to initialize encryption"): how to get
 * it running again, and where to read its version while it is down. Used by the evidence rules (a
 * pasted 26011) and the catalogue ("how do I get it back up now?", 「今すぐ復旧するには？」).
 *
 * From knowledge.md: Microsoft's failing case is TLS 1.0 and SSL 3.0 both disabled on a SQL build
 * without TLS 1.2 support, so TLS 1.0 back on takes the server out of it; do not change SSL 3.0 as
 * part of this; Schannel settings apply to processes that start after the change, a reboot is the
 * safe way; a remote SQL Server is not touched by the TMS server's Schannel settings; SQL 2016 and
 * later need nothing. Where the version is read while SQL is down is not in knowledge.md: it is
 * said as a place to look (SQL Server's own log), not as a claim about TLS.
 */
import type { Facts, LocalizedText, Question } from '../types';
import { formatSql } from '../versions';
import { sqlTlsStatus } from './sql';
import { tls10EnableFile } from './windows';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

export const SCHANNEL_TLS10 = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0';

/** The TLS 1.0 Client and Server keys as an importable .reg (what "re-enable TLS 1.0" writes). */
export const TLS10_REENABLE_LITERAL = tls10EnableFile();

/** Where to read the SQL Server version while the service is stopped (`SELECT @@VERSION` needs it running). */
export const SQL_VERSION_WHILE_DOWN = L(
  '`SELECT @@VERSION` cannot run while the service is stopped: the first lines of SQL Server\'s ERRORLOG (the `Log` folder of the instance, e.g. `…\\MSSQL10_50.MSSQLSERVER\\MSSQL\\Log\\ERRORLOG`) show the same version and build; paste them here.',
  'サービスが停止している間は `SELECT @@VERSION` を実行できません。SQL Server の ERRORLOG（インスタンスの `Log` フォルダ。例：`…\\MSSQL10_50.MSSQLSERVER\\MSSQL\\Log\\ERRORLOG`）の先頭の数行に同じバージョンとビルドが出ているので、それを貼ってください。',
);

export type SqlOutageCase = 'remote' | 'not-tls' | 'restore';

/**
 * Which answer fits: a remote SQL (not touched by the TMS server), a build with TLS 1.2 support (TLS is not the cause: 2016+,
 * 2012 / 2014 from their TLS 1.2 builds, 2008 R2 from 10.50.6542 and 2008 from 10.0.6547), or the restore steps. The first
 * TLS 1.2 builds of 2008 / 2008 R2 (10.0.6543 / 10.50.6537, KB3146034: can terminate intermittently) keep the restore steps.
 */
export function sqlOutageCase(f: Facts): SqlOutageCase {
  if (f.sqlLocation === 'remote') return 'remote';
  if (f.sql) {
    const st = sqlTlsStatus(f.sql);
    if (st.kind === 'nothing-needed' || st.kind === 'has-tls12') return 'not-tls';
    if (st.kind === 'keep-tls10' && st.tls12 === 'yes') return 'not-tls';
  }
  return 'restore';
}

/**
 * Getting SQL Server running again, first thing to do, in order (for the restore case); then the
 * version question when the SQL Server is not known. Said for this conversation's facts.
 */
export function sqlOutageRecovery(f: Facts): LocalizedText[] {
  const c = sqlOutageCase(f);
  if (c === 'remote') {
    return [
      L(
        'You told me SQL Server runs on another server: the TMS server\'s Schannel settings do not touch it, so undoing the TMS change will not bring it back. Check what changed in the TLS settings of the SQL server itself: the same failing case applies there (TLS 1.0 and SSL 3.0 both disabled on a SQL build without TLS 1.2 support), and the same steps (TLS 1.0 back on for Client and Server, SSL 3.0 left alone, then start the service) on that server.',
        'SQL Server は別のサーバで動いているとのことなので、TMS サーバの Schannel 設定はその SQL Server に影響しません。TMS サーバ側の変更を戻しても復旧しません。SQL サーバ自体の TLS 設定で何が変わったかを確認してください。そちらでも同じ条件（TLS 1.2 に対応していない SQL のビルドで、TLS 1.0 と SSL 3.0 の両方が無効）で止まるので、そのサーバで同じ手順（TLS 1.0 の Client と Server を有効に戻し、SSL 3.0 はそのままにして、サービスを開始）を行ってください。',
      ),
    ];
  }
  if (c === 'not-tls') {
    const name = formatSql(f.sql!);
    return [
      L(
        `${name} supports TLS 1.2, so the TLS change is not the usual reason it stops: check the certificate SQL Server uses and the Schannel events logged at the same time. If the service stopped right after a registry change, importing the export you made before it puts the changed values back (an import does not remove keys the change created: check TLS 1.0 Client and Server afterwards); then start the service.`,
        `${name} は TLS 1.2 に対応しているため、TLS の変更はふつう停止の原因になりません。SQL Server が使う証明書と、同時刻に記録された Schannel のイベントを確認してください。レジストリの変更直後に止まった場合は、変更前に取ったエクスポートをインポートすれば変更された値は元に戻ります（インポートでは変更で作られたキーは消えないので、インポート後に TLS 1.0 の Client と Server を確認してください）。そのあとサービスを開始してください。`,
      ),
    ];
  }
  const name = f.sql ? formatSql(f.sql) : null;
  const who = name ? L(name, name) : L('SQL Server', 'SQL Server');
  const out: LocalizedText[] = [];
  // "TLS 1.0 back on but SQL still won't start", 「TLS 1.0 を戻しましたが、SQL はまだ起動しません」: step (1) is
  // said done; what to check next, not the same step again.
  if (f.tlsClaims?.tls10 === 'on') {
    out.push(
      L(
        `You say TLS 1.0 is back on and ${who.en} still does not start. Check, in order: (a) TLS 1.0 is on for both Client and Server: under \`${SCHANNEL_TLS10}\`, each of the two subkeys needs \`Enabled\`=1 and \`DisabledByDefault\`=0 (one side alone is not enough); (b) the server was rebooted after TLS 1.0 went back on (a service restart may not pick up the Schannel change); (c) whether SSL 3.0 was disabled too: Microsoft's failing case (KB3135244) is TLS 1.0 and SSL 3.0 both off on a build without TLS 1.2 support, so with TLS 1.0 really on it no longer applies; leave SSL 3.0 as it is; (d) SQL Server's ERRORLOG after the last start attempt: if 26011 is still there, paste those lines and the build from its first lines; if it is gone, the error now logged is the cause to follow, not TLS.`,
        `TLS 1.0 は有効に戻したが、${who.ja} がまだ起動しないとのことです。次の順に確認してください。(a) TLS 1.0 が Client と Server の両方で有効か：\`${SCHANNEL_TLS10}\` の下の 2 つのサブキーそれぞれで \`Enabled\`=1、\`DisabledByDefault\`=0 が必要です（片方だけでは足りません）。(b) TLS 1.0 を戻したあとにサーバを再起動したか（サービスの再起動だけでは Schannel の変更が反映されないことがあります）。(c) SSL 3.0 も無効にしていないか：Microsoft（KB3135244）が挙げている障害の条件は、TLS 1.2 に対応していないビルドで TLS 1.0 と SSL 3.0 の両方が無効になっていることです。TLS 1.0 が本当に有効ならこの条件には当たりません。SSL 3.0 はそのままにしてください。(d) 最後に起動を試したあとの SQL Server の ERRORLOG：26011 がまだ出ていれば、その行と先頭の数行（ビルドが分かります）を貼ってください。出ていなければ、いま記録されているエラーが原因なので、TLS ではなくそちらを追います。`,
      ),
    );
  }
  // "We disabled SSL 3.0 only, and now SQL fails with 26011": knowledge.md (KB3135244) names the failing case as SSL 3.0 AND
  // TLS 1.0 both off, and SSL 3.0 off alone is not said to stop SQL. The user's account does not fit that case on its own: say
  // so, and what to check (TLS 1.0 off too, by hand, a policy or a tool), before the same recovery steps.
  const said = f.tlsClaims ?? {};
  if (said.ssl3 === 'off' && said.tls10 !== 'off' && said.tls10 !== 'on' && said.iisCryptoBestPractices !== true) {
    out.push(
      L(
        `You say SSL 3.0 was turned off. The failing case Microsoft names (KB3135244) is SSL 3.0 and TLS 1.0 both disabled on a build without TLS 1.2 support; SSL 3.0 off alone is not named as stopping ${who.en}. So check whether TLS 1.0 is off as well: \`reg query "${SCHANNEL_TLS10}\\Client"\` and \`reg query "${SCHANNEL_TLS10}\\Server"\` (off when \`Enabled\`=0 or \`DisabledByDefault\`=1), and whether a policy (GPO) or a tool such as IIS Crypto changed it along with SSL 3.0. If TLS 1.0 turns out to be on for both and 26011 is still logged, the cause is something else: read SQL Server's ERRORLOG around the failed start.`,
        `SSL 3.0 を無効にしたとのことです。Microsoft（KB3135244）が停止の条件として挙げているのは、TLS 1.2 に対応していないビルドで SSL 3.0 と TLS 1.0 の両方が無効になっている場合で、SSL 3.0 だけの無効化で ${who.ja} が停止するとは書かれていません。そのため、TLS 1.0 も無効になっていないかを確認してください：\`reg query "${SCHANNEL_TLS10}\\Client"\` と \`reg query "${SCHANNEL_TLS10}\\Server"\`（\`Enabled\`=0 または \`DisabledByDefault\`=1 なら無効）。また、SSL 3.0 と一緒にポリシー（GPO）や IIS Crypto などのツールが TLS 1.0 も変えていないかも確認してください。TLS 1.0 が両方で有効なのに 26011 が記録され続ける場合は、別の原因です。起動に失敗した時刻の SQL Server の ERRORLOG を確認してください。`,
      ),
    );
  }
  // Nothing said or shown about a change to the protocols (a pasted 26011 alone): knowledge.md ties 26011 to TLS 1.0 and
  // SSL 3.0 both off on a build without TLS 1.2, but 26011 does not prove that they are off. Step (1) checks it first.
  const known = tlsChangeKnown(f);
  const checkEn = known ? '' : `check whether TLS 1.0 (and SSL 3.0) were disabled in Schannel: \`reg query "${SCHANNEL_TLS10}\\Client"\` and \`reg query "${SCHANNEL_TLS10}\\Server"\` (off when \`Enabled\`=0 or \`DisabledByDefault\`=1), and whether a policy (GPO) or a tool such as IIS Crypto turned them off; if TLS 1.0 is off, `;
  const checkJa = known ? '' : `Schannel で TLS 1.0（と SSL 3.0）が無効になっていないか確認する：\`reg query "${SCHANNEL_TLS10}\\Client"\` と \`reg query "${SCHANNEL_TLS10}\\Server"\`（\`Enabled\`=0 または \`DisabledByDefault\`=1 なら無効）。ポリシー（GPO）や IIS Crypto などのツールで無効にされていないかも確認する。TLS 1.0 が無効なら、`;
  const notOffEn = known ? '' : ` If TLS 1.0 is on for both Client and Server and 26011 is still logged, the cause is something else: read SQL Server's ERRORLOG around the failed start.`;
  const notOffJa = known ? '' : 'TLS 1.0 が Client と Server の両方で有効なのに 26011 が記録される場合は、別の原因です。起動に失敗した時刻の SQL Server の ERRORLOG を確認してください。';
  out.push(
    L(
      `To get ${who.en} running again, on the server where it runs: (1) ${checkEn}turn TLS 1.0 back on for both Client and Server (\`Enabled\`=1, \`DisabledByDefault\`=0 under \`${SCHANNEL_TLS10}\`), (a registry export made before the change can be imported instead, but an import only writes back the values it holds and keys the change created stay: check TLS 1.0 Client and Server afterwards); (2) leave SSL 3.0 as it is; (3) start the SQL Server service; (4) if it still does not start, reboot the server (Schannel settings reach the processes that start after the change; a reboot is the sure way). Microsoft's failing case is TLS 1.0 and SSL 3.0 both disabled on a build without TLS 1.2 support: TLS 1.0 back on takes the server out of it. If a policy (a GPO) turned TLS 1.0 off, check it too, or it turns it off again.${notOffEn}`,
      `${who.ja} を再び動かすには、SQL が動いているサーバで次の順に行ってください。(1) ${checkJa}TLS 1.0 の Client と Server の両方を有効に戻す（\`${SCHANNEL_TLS10}\` の下で \`Enabled\`=1、\`DisabledByDefault\`=0）。（変更前に取ったレジストリのエクスポートをインポートしてもかまいませんが、インポートはファイルにある値を書き戻すだけで、変更で作られたキーは残ります。インポート後に TLS 1.0 の Client と Server を確認してください）。(2) SSL 3.0 はそのままにする。(3) SQL Server のサービスを開始する。(4) それでも起動しなければサーバを再起動する（Schannel の設定は変更後に起動したプロセスに反映されます。確実なのは再起動です）。Microsoft が挙げている障害の条件は、TLS 1.2 に対応していないビルドで TLS 1.0 と SSL 3.0 の両方が無効になっていることなので、TLS 1.0 を有効に戻せばこの条件から外れます。TLS 1.0 をポリシー（GPO）で無効にしている場合は、そちらも確認してください。そのままだと再び無効にされます。${notOffJa}`,
    ),
  );
  if (f.tlsClaims?.byPolicy) {
    out.push(
      L(
        'You say a group policy changed the protocols: change TLS 1.0 back where that policy sets it (or take this server out of its scope), not only in the registry by hand, or the next policy refresh may turn it off again and stop SQL Server again. How the policy applies here is for whoever manages it to confirm.',
        'プロトコルをグループ ポリシーで変更したとのことなので、TLS 1.0 はレジストリを手で戻すだけでなく、そのポリシーの設定自体で戻してください（またはこのサーバをポリシーの対象から外してください）。そうしないと、次にポリシーが適用されたときに再び無効になり、SQL Server がまた停止するおそれがあります。このサーバでのポリシーの適用のされ方は、ポリシーの管理者に確認してください。',
      ),
    );
  }
  if (f.sql && f.sql.year <= 2008) {
    out.push(L('Longer term, 2008 R2 SP3 from build 10.50.6542.0 speaks TLS 1.2 (avoid the first TLS 1.2 builds, 10.50.6537, which can stop intermittently); until then TLS 1.0 stays on.', '長期的には、ビルド 10.50.6542.0 以降の 2008 R2 SP3 なら TLS 1.2 を使えます（断続的に停止することがある最初の TLS 1.2 ビルド 10.50.6537 は避けてください）。それまでは TLS 1.0 を有効のままにしてください。'));
  } else if (f.sql && (f.sql.year === 2012 || f.sql.year === 2014)) {
    out.push(L(`Before TLS 1.0 goes off again, make sure ${name} is on a build with TLS 1.2 support (Microsoft KB3135244 lists the first ones).`, `TLS 1.0 を再び無効にする前に、${name} が TLS 1.2 対応のビルドになっていることを確認してください（対応する最初のビルドは Microsoft KB3135244 に記載されています）。`));
  }
  return out;
}

/**
 * Was a change to the protocols said (TLS 1.0 or SSL 3.0 off, IIS Crypto's Best Practices, keys changed, a policy) or
 * shown (a pasted registry with TLS 1.0 or SSL 3.0 disabled)? Then re-enabling TLS 1.0 is the step; otherwise it is checked first.
 */
function tlsChangeKnown(f: Facts): boolean {
  const c = f.tlsClaims ?? {};
  if (c.tls10 === 'off' || c.ssl3 === 'off' || c.iisCryptoBestPractices === true || c.keysChanged === true || c.byPolicy === true) return true;
  const obs = (f as { evidence?: { observations?: unknown } }).evidence?.observations;
  return Array.isArray(obs) && obs.some((o) => !!o && typeof o === 'object' && /^schannel-(?:tls10-disabled|ssl3-disabled)$/.test(String((o as { code?: unknown }).code)));
}

/**
 * Does this conversation hold a pasted SQL Server encryption failure (26011 and its companions)? Not
 * once the user said SQL runs again after it ("TLS 1.0 back on, SQL started", 「SQL は起動しました」):
 * that paste is history (merge.ts forgets the "runs again" when a newer 26011 is pasted).
 */
export function sqlDownSeen(f: Facts): boolean {
  if (f.tlsClaims?.sqlDown === false) return false;
  const obs = (f as { evidence?: { observations?: unknown } }).evidence?.observations;
  return Array.isArray(obs) && obs.some((o) => !!o && typeof o === 'object' && (o as { code?: unknown }).code === 'event-sql-encryption-init-failed');
}

/**
 * Did the pasted SQL events include 26011 itself ("unable to initialize encryption"), not only its companions
 * (17182, 17826)? Not once the user said SQL runs again after it (as sqlDownSeen).
 */
export function sql26011Seen(f: Facts): boolean {
  if (f.tlsClaims?.sqlDown === false) return false;
  const obs = (f as { evidence?: { observations?: unknown } }).evidence?.observations;
  return Array.isArray(obs) && obs.some((o) => !!o && typeof o === 'object' && (o as { code?: unknown }).code === 'event-sql-encryption-init-failed' && /\b26011\b/.test(String((o as { detail?: { en?: unknown } }).detail?.en)));
}

/**
 * Does the pasted output show SQL Server's own service not running (net start "could not be started", sc query STOPPED,
 * Restart-Service "cannot be started", event 7024 "terminated with …", a Get-Service row: evidence/text.ts)? Not once the
 * user said SQL runs again after it (merge.ts forgets that when the service is pasted down again).
 */
export function sqlServiceDownSeen(f: Facts): boolean {
  if (f.tlsClaims?.sqlDown === false) return false;
  const obs = (f as { evidence?: { observations?: unknown } }).evidence?.observations;
  return Array.isArray(obs) && obs.some((o) => !!o && typeof o === 'object' && (o as { code?: unknown }).code === 'sql-service-not-running');
}

/**
 * Is SQL Server said not to start, in words ("SQL won't start", 「SQL が起動しません」) or shown so by its service in pasted
 * output (sqlServiceDownSeen)? Either way no 26011 says why: the answer says what to check (sqlDownSaidLead).
 */
export function sqlDownSaid(f: Facts): boolean {
  return f.tlsClaims?.sqlDown === true || sqlServiceDownSeen(f);
}

/** Is SQL Server down, pasted (26011) or said? */
export function sqlDownNow(f: Facts): boolean {
  return sqlDownSeen(f) || sqlDownSaid(f);
}

/** A cause named for the outage that is not TLS (understand/sql-cause.ts), in our words. */
const SQL_CAUSE: Record<NonNullable<NonNullable<Facts['tlsClaims']>['sqlCause']>, LocalizedText> = {
  disk: L('the disk', 'ディスク'),
  logFull: L('a full log drive', 'ログ領域の空き不足'),
  account: L('its service account (or that account\'s password)', 'サービス アカウント（またはそのパスワード）'),
  license: L('the license', 'ライセンス'),
};

/**
 * What leads the recovery when SQL Server is said down with no 26011 pasted. With a change to the
 * protocols said (TLS 1.0 or SSL 3.0 off, IIS Crypto's Best Practices, keys changed, a policy), the
 * outage is the known one: nothing to add. Otherwise the steps hold only if a TLS change came before
 * it, and its log says so: said as that condition, with what to read.
 */
export function sqlDownSaidLead(f: Facts): LocalizedText[] {
  const c = f.tlsClaims ?? {};
  const changed = c.tls10 === 'off' || c.ssl3 === 'off' || c.iisCryptoBestPractices === true || c.keysChanged === true || c.byPolicy === true;
  if (changed || sqlOutageCase(f) !== 'restore') return [];
  // Shown by the service's state, not said: an exit code (3417 and the like) says that it failed, not why.
  if (c.sqlDown !== true && sqlServiceDownSeen(f)) {
    return [
      L(
        'What you pasted shows SQL Server\'s service stopped or failing to start. Its exit code alone does not tell why: check SQL Server\'s ERRORLOG (the `Log` folder of the instance) around the failed start for 26011 ("unable to initialize encryption"), 17182 or 17826, and whether TLS 1.0 and SSL 3.0 were disabled on this server (by hand, a policy or a tool such as IIS Crypto). If they were, this is how to get it back; if the log shows another error, tell me what it says.',
        '貼っていただいた出力では、SQL Server のサービスが停止しているか、開始に失敗しています。終了コードだけでは原因は分かりません。起動に失敗した時刻の SQL Server の ERRORLOG（インスタンスの `Log` フォルダ）に 26011（「unable to initialize encryption」）、17182、17826 が出ていないか、またこのサーバで TLS 1.0 と SSL 3.0 が無効にされていないか（手作業、ポリシー、IIS Crypto などのツール）を確認してください。無効にされていれば、次の手順で復旧できます。ログに別のエラーが出ている場合は、その内容を教えてください。',
      ),
    ];
  }
  // "SQL won't start, it was the disk": the cause said comes first; the TLS recovery stays a condition (never dropped: the
  // TLS settings may have been changed on this server too).
  const cause = c.sqlDown === true && c.sqlCause ? SQL_CAUSE[c.sqlCause] : undefined;
  if (cause) {
    return [
      L(
        `You say SQL Server does not start and that the cause is ${cause.en}: deal with that first. The steps below apply only if TLS settings were also changed on this server (SQL Server's log then shows event 26011, "unable to initialize encryption"). If it still does not start once ${cause.en} is dealt with, tell me what its log says.`,
        `SQL Server が起動せず、原因は${cause.ja}とのことです。まずそちらに対処してください。次の手順が必要なのは、このサーバで TLS 設定も変更していた場合だけです（SQL Server のログにイベント 26011「unable to initialize encryption」が出ます）。${cause.ja}に対処しても起動しない場合は、ログに何が記録されているかを教えてください。`,
      ),
    ];
  }
  return [
    L(
      'You say SQL Server does not start. If that began after a change to the server\'s TLS settings (SQL Server\'s log then shows event 26011, "unable to initialize encryption"), this is how to get it back; if nothing changed there, tell me what its log says.',
      'SQL Server が起動しないとのことです。サーバの TLS 設定を変更したあとからであれば（SQL Server のログにイベント 26011「unable to initialize encryption」が出ます）、次の手順で復旧できます。TLS 設定を変更していない場合は、ログに何が記録されているかを教えてください。',
    ),
  ];
}

/**
 * A question as asked while SQL Server is down (26011 seen or the outage said, the restore case): the SQL version is read
 * from its log, not with SELECT @@VERSION; the endpoint's version can wait until SQL runs again.
 * Other questions, and every question when SQL is not down, are returned as they are.
 */
export function duringSqlOutage(f: Facts, q: Question): Question {
  if (!sqlDownNow(f) || sqlOutageCase(f) !== 'restore') return q;
  if (q.code === 'need-sql-version') {
    return { ...q, text: L(`Which SQL Server version is it, and does it run on the TMS server itself? ${SQL_VERSION_WHILE_DOWN.en}`, `どの SQL Server のバージョンで、TMS サーバ上で動いていますか。${SQL_VERSION_WHILE_DOWN.ja}`) };
  }
  if (q.code === 'need-endpoint-version') {
    return { ...q, text: L(`Once SQL Server runs again: ${q.text.en.charAt(0).toLowerCase()}${q.text.en.slice(1)}`, `SQL Server が復旧したあとで構いません。${q.text.ja}`) };
  }
  return q;
}
