/**
 * "After the reboot the TMS services won't start", 「再起動したらTMSのサービスが起動しない」 (src/domain/understand/tms-services-down.ts):
 * what to check, hedged, not the fix again. TMS's services depend on their database, so SQL Server is checked first (where it runs, as
 * far as the conversation knows); then which services are stopped and the Windows event log. TMSSNMPService stopped at
 * Medium-High is expected (knowledge.md, Caveats); TMSPLCMDirectoryService is started if stopped (Fix, step 6).
 * Facts in the message are read as usual.
 */
import type { LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { next, reply, paraFrom } from './compose';
import { onFacts } from './merge';
import type { Block } from './document';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

const LEAD = L(
  'TMS services that do not start: I cannot tell why from here, so here is what to check, in this order.',
  'TMS のサービスが起動しないとのことです。原因はここからは分からないため、次の順に確認してください。',
);
const SQL_LOCAL = L(
  'SQL Server first: TMS\'s services depend on their database, so check it first. SQL Server runs on this server, so check that its service (MSSQLSERVER, or MSSQL$<instance>) is running (services.msc, or `sc query MSSQLSERVER`). If it is not, get it running before the TMS services: what `net start` says, or its ERRORLOG (the instance\'s Log folder), may tell why it stopped. If the server\'s TLS settings were changed before this, look in that log for event 26011 ("unable to initialize encryption"): a SQL Server build without TLS 1.2 support stops when TLS 1.0 and SSL 3.0 are both off.',
  'まず SQL Server です。TMS のサービスはデータベースに依存するため、最初にこれを確認してください。SQL Server はこのサーバ上にあるので、そのサービス（MSSQLSERVER または MSSQL$<インスタンス名>）が実行中か確認してください（services.msc、または `sc query MSSQLSERVER`）。実行されていなければ、TMS のサービスより先に SQL Server を起動してください。停止した理由は `net start` の出力か、ERRORLOG（インスタンスの Log フォルダ）で分かることがあります。この前にサーバの TLS 設定を変更していた場合は、そのログにイベント 26011（「unable to initialize encryption」）がないか確認してください。TLS 1.2 非対応の SQL Server のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止します。',
);
const SQL_REMOTE = L(
  'SQL Server first: TMS\'s services depend on their database, so check it first. SQL Server is said to run on another server, so check that it runs there and that this server can reach it.',
  'まず SQL Server です。TMS のサービスはデータベースに依存するため、最初にこれを確認してください。SQL Server は別のサーバにあるとのことなので、そちらで実行中であること、このサーバから接続できることを確認してください。',
);
const SQL_UNKNOWN = L(
  'SQL Server first: TMS\'s services depend on their database, so check it first. If SQL Server is on this server, check that its service (MSSQLSERVER, or MSSQL$<instance>) is running (services.msc, or `sc query MSSQLSERVER`); if it is on another server, that it runs there. If it is not running, it comes before the TMS services: its ERRORLOG (the instance\'s Log folder) may tell why it stopped. If the server\'s TLS settings were changed before this, look in that log for event 26011 ("unable to initialize encryption"): a SQL Server build without TLS 1.2 support stops when TLS 1.0 and SSL 3.0 are both off.',
  'まず SQL Server です。TMS のサービスはデータベースに依存するため、最初にこれを確認してください。SQL Server がこのサーバ上にあれば、そのサービス（MSSQLSERVER または MSSQL$<インスタンス名>）が実行中か確認してください（services.msc、または `sc query MSSQLSERVER`）。別のサーバにある場合は、そちらで実行中か確認してください。実行されていなければ、TMS のサービスより先に SQL Server を起動してください。停止した理由は ERRORLOG（インスタンスの Log フォルダ）で分かることがあります。この前にサーバの TLS 設定を変更していた場合は、そのログにイベント 26011（「unable to initialize encryption」）がないか確認してください。TLS 1.2 非対応の SQL Server のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止します。',
);
const WHICH = L(
  'Which TMS services are stopped: services.msc (their names start with TMS) or `Get-Service TMS*`. TMSPLCMDirectoryService can simply be started if it is stopped.',
  'どの TMS サービスが停止しているか：services.msc（名前が TMS で始まるサービス）または `Get-Service TMS*` で確認できます。TMSPLCMDirectoryService は停止していれば開始してください。',
);
const SNMP = L(
  'With Communication Security at Medium-High, TMSSNMPService being stopped is expected: that level turns Telnet and SNMP off.',
  '[Communication Security] が Medium-High の場合、TMSSNMPService が停止しているのは想定どおりです。このレベルでは Telnet と SNMP が無効になります。',
);
const LOG = L(
  'The Windows event log (System log, source Service Control Manager, and the Application log) around the start: it may say why a service stopped.',
  '起動した時刻の Windows のイベント ログ（システム ログのソース Service Control Manager と、アプリケーション ログ）：サービスが停止した理由が記録されていることがあります。',
);
const PASTE = L(
  'You can paste the output of `Get-Service TMS*,MSSQL*` (PowerShell) or of `sc query` for each service, and I will read it.',
  '`Get-Service TMS*,MSSQL*`（PowerShell）や各サービスの `sc query` の出力を貼っていただければ、読み取ります。',
);

export function onTmsServicesDown(s: ConversationState, text: string): TurnResult {
  const read = onFacts(s, text);
  const f = read.state.facts;
  const lang = s.lang;
  const sql = f.sqlLocation === 'local' ? SQL_LOCAL : f.sqlLocation === 'remote' ? SQL_REMOTE : SQL_UNKNOWN;
  const raised = f.level === 'medium-high' || f.level === 'high' || !!f.tlsClaims?.levelRaised;
  const steps = [sql, WHICH, ...(raised ? [SNMP] : []), LOG].map((x) => x[lang]);
  const blocks: Block[] = [paraFrom(LEAD, lang), { type: 'steps', items: steps }, paraFrom(PASTE, lang)];
  // New facts in the same message ("TMS 15.9 … and the TMS services won't start"): the checks lead that answer.
  if (JSON.stringify(f) !== JSON.stringify(s.facts) && read.replies.length) {
    const [first, ...rest] = read.replies;
    return { state: read.state, replies: [{ ...first, blocks: [...blocks, ...first.blocks] }, ...rest] };
  }
  return { state: next(s, {}), replies: [reply(lang, blocks)] };
}
