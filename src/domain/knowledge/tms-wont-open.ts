/**
 * "TMS won't open" right after TLS 1.0 and SSL 3.0 went off (IIS Crypto's "Best Practices" template turns both off), with a
 * SQL Server on the TMS server whose build may lack TLS 1.2 support: knowledge.md (Caveats) says such a build stops and does
 * not start again when TLS 1.0 and SSL 3.0 are both off (event 26011), and TMS needs its database. Whether that happened is
 * not known, so every surface (the chat answer, the card, the fix kit) leads with checking SQL Server, hedged, and nothing
 * that changes Schannel comes before that check. Pure.
 */
import type { Facts, LocalizedText } from '../types';
import { sqlTlsStatus } from './sql';

/** TLS 1.0 and SSL 3.0 both taken as off (said, or IIS Crypto's Best Practices), SQL not said remote, down or running, nor on a TLS 1.2 build. */
export function sqlLikelyBehindTmsOutage(f: Facts): boolean {
  const c = f.tlsClaims;
  if (!c || f.sqlLocation === 'remote' || typeof c.sqlDown === 'boolean') return false;
  const tls10Off = c.tls10 === 'off' || (c.iisCryptoBestPractices === true && c.tls10 !== 'on');
  const ssl3Off = c.ssl3 === 'off' || (c.iisCryptoBestPractices === true && c.ssl3 !== 'on');
  if (!tls10Off || !ssl3Off) return false;
  if (!f.sql) return true;
  const st = sqlTlsStatus(f.sql);
  return !(st.kind === 'nothing-needed' || st.kind === 'has-tls12' || (st.kind === 'keep-tls10' && st.tls12 === 'yes'));
}

/** TMS said not to open (stored claim) and the SQL case still holds: the SQL check leads everywhere. */
export function sqlCheckFirst(f: Facts): boolean {
  return f.tlsClaims?.tmsWontOpen === true && sqlLikelyBehindTmsOutage(f);
}

/** The headline once the SQL check leads: what comes first, then the fix (SQL Server is not said down, so not stated as down). */
export const HEADING_SQL_FIRST: LocalizedText = {
  en: 'Check SQL Server first (TMS may be down with it), then the fix for "No HTTPS response"',
  ja: 'まず SQL Server を確認してください（TMS が開かないのはそのためかもしれません）。そのあと「No HTTPS response」に対処してください',
};

/** The card's next action in that case: the SQL check, before the fix's own next action. */
export const NEXT_SQL_FIRST: LocalizedText = {
  en: 'First check that the SQL Server service (MSSQLSERVER, or MSSQL$<instance>) on the TMS server is running (services.msc, or `sc query MSSQLSERVER`); if it stopped after the change, read the full answer before changing anything else. Then:',
  ja: 'まず TMS サーバ上の SQL Server のサービス（MSSQLSERVER または MSSQL$<インスタンス名>）が実行中か確認してください（services.msc、または `sc query MSSQLSERVER`）。変更のあとに停止している場合は、ほかを変更する前に詳しい回答を読んでください。そのあと：',
};

/** What the fix kit says before anything else in that case: check-tls.cmd (read only) first, enable-tls12.reg after. */
export const KIT_SQL_FIRST: LocalizedText = {
  en: 'FIRST, before importing anything: TMS does not open since TLS 1.0 and SSL 3.0 were turned off, and SQL Server on this server may have stopped with them (a build without TLS 1.2 support does, event 26011). Check that the SQL Server service (MSSQLSERVER, or MSSQL$<instance>) runs (services.msc, or `sc query MSSQLSERVER`); check-tls.cmd only reads and lists the SQL Server instances and their versions. If SQL Server is stopped, do not import enable-tls12.reg: it is not the way back; follow the answer in this conversation (TLS 1.0 back on for Client and Server, SSL 3.0 left as it is) and ask for the fix files again once SQL Server runs.',
  ja: '最初に（何もインポートしないうちに）：TLS 1.0 と SSL 3.0 を無効にしてから TMS が開かないとのことです。このサーバの SQL Server が一緒に停止している可能性があります（TLS 1.2 非対応のビルドは停止します。イベント 26011）。SQL Server のサービス（MSSQLSERVER または MSSQL$<インスタンス名>）が実行中か確認してください（services.msc、または `sc query MSSQLSERVER`）。check-tls.cmd は読み取るだけで、SQL Server のインスタンスとバージョンも表示します。SQL Server が停止している場合は enable-tls12.reg をインポートしないでください。復旧の手段ではありません。この会話の回答に従って（TLS 1.0 の Client と Server を有効に戻し、SSL 3.0 はそのままにします）、SQL Server が動いてから、もう一度修正ファイルを作成してください。',
};
