/**
 * "is TLS 1.0 enabled?" and "what does SecurityProtocol mean?" asked of the bot (FIX61A #3, src/domain/understand/tls-questions.ts).
 * The bot cannot see the TMS server: it says how to check there and what each result means (knowledge.md: Windows Schannel defaults,
 * when a protocol counts as enabled, the Client side is TMS's; Symptom: TLS 1.0 off at Medium means no ClientHello at all; SQL caveats),
 * and what .NET's SecurityProtocol is (What else: .NET strong crypto). Nothing recorded.
 */
import type { LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { listFrom, next, paraFrom, reply, sub } from './compose';
import { formatSql, formatWindows } from '../domain/versions';
import { windowsSchannelDefaults } from '../domain/knowledge/windows';
import type { TlsQuestion } from '../domain/understand/tls-questions';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
const QUERY = '`reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client"`';
const NET_KEYS = '`HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319`';

const TLS10_LEAD = L(
  `I cannot see the TMS server, so check it there: on the TMS server run ${QUERY} (and the same for \`…\\TLS 1.0\\Server\`), or paste the output here and I read it. The Client side is the one that matters for this problem: when TMS connects to an endpoint, the TMS server is the TLS client.`,
  `こちらから TMS サーバは見えないので、サーバ上で確認してください。TMS サーバで ${QUERY} を実行してください（\`…\\TLS 1.0\\Server\` も同様）。出力をここに貼り付けていただければ読み取ります。この問題で重要なのは Client 側です。TMS がエンドポイントに接続するとき、TMS サーバは TLS クライアントになります。`,
);
const TLS10_RESULTS_TITLE = L('What the result means', '結果の見方');
const TLS10_RESULTS: LocalizedText[] = [
  L(
    `\`Enabled\` non-zero and \`DisabledByDefault\` 0: TLS 1.0 is enabled. At Medium TMS then sends its TLS 1.0 ClientHello, and endpoints on TC 7.3.6 or later / CE 8.1 or later reset it: the usual case.`,
    '`Enabled` が 0 以外で `DisabledByDefault` が 0：TLS 1.0 は有効です。Medium の TMS は TLS 1.0 の ClientHello を送り、TC 7.3.6 以降 / CE 8.1 以降のエンドポイントがそれをリセットします。よくあるケースです。',
  ),
  L(
    '`Enabled` = 0: TLS 1.0 is disabled for the Client side. At Medium TMS then completes the TCP handshake and sends no ClientHello at all, to every endpoint.',
    '`Enabled` = 0：Client 側で TLS 1.0 は無効です。Medium の TMS は TCP ハンドシェイクを完了したあと、どのエンドポイントにも ClientHello をまったく送りません。',
  ),
  L(
    '`Enabled` non-zero but `DisabledByDefault` not 0: TLS 1.0 does not count as enabled, and whether TMS\'s own TLS 1.0 request still gets through is not settled: a capture on the TMS server shows it (a TLS 1.0 ClientHello, or none).',
    '`Enabled` が 0 以外でも `DisabledByDefault` が 0 以外：TLS 1.0 は有効とは見なされません。TMS 自身の TLS 1.0 の要求が通るかどうかは決まっていないので、TMS サーバでのキャプチャで確認してください（TLS 1.0 の ClientHello が出ているか、出ていないか）。',
  ),
  L(
    'No such key (reg query says it cannot find it): the Windows default applies, on from Windows Server 2008 R2 to 2022 and off from 2025.',
    'キーがない（reg query でキーが見つからないというエラーになる）：Windows の既定値が適用されます。Windows Server 2008 R2 から 2022 までは有効、2025 以降は無効です。',
  ),
];
const TLS10_FIX = L(
  'Whatever the result, the fix is the same: TLS 1.2 enabled for the Client side and Communication Security at Medium-High, which offers TLS 1.2 (every TC and CE release accepts it). TLS 1.0 does not need to be on for the endpoints, and the fix does not turn it off: leave it as it is.',
  'どの結果でも対処は同じです。Client 側で TLS 1.2 を有効にし、[Communication Security] を Medium-High にします。Medium-High では TLS 1.2 を提示し、TC と CE はどのリリースもそれを受け付けます。エンドポイントのために TLS 1.0 を有効にしておく必要はなく、この修正で TLS 1.0 を無効にすることもありません。そのままにしてください。',
);
/** The same with a SQL Server on the TMS server that may need TLS 1.0 (REV38 #3): not "leave it as it is" when it shows off. */
const TLS10_FIX_SQL = L(
  'Whatever the result, the fix for the endpoints is the same: TLS 1.2 enabled for the Client side and Communication Security at Medium-High, which offers TLS 1.2 (every TC and CE release accepts it). The fix does not turn TLS 1.0 off; for the SQL Server above it must be on, so if the keys show it off, see the SQL note above before any reboot.',
  'どの結果でも、エンドポイントに対する対処は同じです。Client 側で TLS 1.2 を有効にし、[Communication Security] を Medium-High にします。Medium-High では TLS 1.2 を提示し、TC と CE はどのリリースもそれを受け付けます。この修正で TLS 1.0 を無効にすることはありません。上記の SQL Server のためには TLS 1.0 が有効である必要があるので、キーで無効になっていた場合は、再起動の前に上記の SQL の注意を確認してください。',
);

const SP_LEAD = L(
  '`[Net.ServicePointManager]::SecurityProtocol` is the .NET Framework setting that says which protocols .NET code in one process uses by default for its outgoing TLS connections. `SystemDefault` means .NET leaves the choice to Windows (Schannel); `Ssl3, Tls` means SSL 3.0 and TLS 1.0 only, which .NET code can be left with when the strong crypto values are not set (the .NET Framework release the code was built for also plays a part).',
  '`[Net.ServicePointManager]::SecurityProtocol` は、1 つのプロセス内の .NET コードが外向きの TLS 接続で既定で使うプロトコルを決める .NET Framework の設定です。`SystemDefault` は選択を Windows（Schannel）に任せるという意味で、`Ssl3, Tls` は SSL 3.0 と TLS 1.0 だけという意味です。強力な暗号化の値が設定されていないと、.NET コードが後者のままになることがあります（コードがどの .NET Framework のリリース向けに作られたかにもよります）。',
);
const SP_MORE: LocalizedText[] = [
  L(
    `The strong crypto values decide that default for the whole server: \`SchUseStrongCrypto\` = 1 and \`SystemDefaultTlsVersions\` = 1 under ${NET_KEYS} and its \`Wow6432Node\` twin (64-bit and 32-bit .NET code each read their own view). Without them, .NET code on the TMS server that Communication Security does not govern stays on TLS 1.0.`,
    `サーバ全体でその既定を決めるのは強力な暗号化の値です。${NET_KEYS} とその \`Wow6432Node\` 側に \`SchUseStrongCrypto\` = 1 と \`SystemDefaultTlsVersions\` = 1 を設定します（64 ビットと 32 ビットの .NET コードはそれぞれ自分のビューを読みます）。これがないと、[Communication Security] の対象外の TMS サーバ上の .NET コードは TLS 1.0 のままです。`,
  ),
  L(
    'Read in PowerShell, `[Net.ServicePointManager]::SecurityProtocol` shows that PowerShell session\'s value only (a script can set it for itself): to know the server\'s setting, check the registry values above.',
    'PowerShell で `[Net.ServicePointManager]::SecurityProtocol` を表示すると、その PowerShell セッションの値だけが分かります（スクリプトが自分用に設定することもあります）。サーバの設定を知るには、上記のレジストリ値を確認してください。',
  ),
  L(
    'It is not what TMS offers to the endpoints: that is Communication Security in TMS Tools (only TLS 1.0 at Medium, TLS 1.2 at Medium-High). So it does not change the fix; set the strong crypto values as well, so that the rest of TMS does not stay on TLS 1.0.',
    'これは TMS がエンドポイントに提示するものではありません。そちらは TMS ツールの [Communication Security] で決まります（Medium では TLS 1.0 だけ、Medium-High では TLS 1.2）。そのため修正の内容は変わりません。TMS のほかの部分が TLS 1.0 のままにならないよう、強力な暗号化の値もあわせて設定してください。',
  ),
];

/** With the Windows release held: its default for TLS 1.0; with a SQL Server that may need TLS 1.0 on the server: keep it on. */
function tls10Held(s: ConversationState): { lines: LocalizedText[]; sqlNeedsTls10: boolean } {
  const out: LocalizedText[] = [];
  let sqlNeedsTls10 = false;
  const w = s.facts.windows;
  if (w && typeof w.year === 'number') {
    const on = windowsSchannelDefaults(w).tls10;
    out.push(
      on
        ? L(`On ${formatWindows(w)} TLS 1.0 is on by default, so with no key it is enabled.`, `${formatWindows(w)} では TLS 1.0 は既定で有効なので、キーがなければ有効です。`)
        : L(`On ${formatWindows(w)} TLS 1.0 is off by default, so with no key it is disabled.`, `${formatWindows(w)} では TLS 1.0 は既定で無効なので、キーがなければ無効です。`),
    );
  }
  const q = s.facts.sql;
  if (q && typeof q.year === 'number' && q.year <= 2014 && s.facts.sqlLocation !== 'remote') {
    sqlNeedsTls10 = true;
    const here = s.facts.sqlLocation === 'local' ? L('on the TMS server', 'TMS サーバ上の ') : L('if it runs on the TMS server', '（TMS サーバ上で動いている場合）');
    out.push(
      L(
        `${formatSql(q)} ${here.en}: builds without TLS 1.2 support need TLS 1.0. With TLS 1.0 and SSL 3.0 both off, Microsoft says such a build's SQL service stops and does not start, and TMS with it. Do not turn TLS 1.0 off there; if the keys show it off (Client or Server), turn it back on (\`Enabled\` = 1, \`DisabledByDefault\` = 0) before the server restarts, and leave SSL 3.0 as it is.`,
        `${here.ja}${formatSql(q)}：TLS 1.2 に対応していないビルドには TLS 1.0 が必要です。Microsoft によると、TLS 1.0 と SSL 3.0 の両方が無効だと、そのようなビルドの SQL サービスは停止して起動しなくなり、TMS も止まります。TLS 1.0 は無効にしないでください。キーで無効になっていた場合（Client または Server）は、サーバを再起動する前に有効に戻し（\`Enabled\` = 1、\`DisabledByDefault\` = 0）、SSL 3.0 はそのままにしてください。`,
      ),
    );
  }
  return { lines: out, sqlNeedsTls10 };
}

export function onTlsQuestion(s: ConversationState, q: TlsQuestion): TurnResult {
  const lang = s.lang;
  const held = tls10Held(s);
  const blocks =
    q === 'tls10-enabled'
      ? [paraFrom(TLS10_LEAD, lang), sub(TLS10_RESULTS_TITLE[lang]), listFrom('bullets', TLS10_RESULTS, lang), ...held.lines.map((t) => paraFrom(t, lang)), paraFrom(held.sqlNeedsTls10 ? TLS10_FIX_SQL : TLS10_FIX, lang)]
      : [paraFrom(SP_LEAD, lang), listFrom('bullets', SP_MORE, lang)];
  return { state: next(s, {}), replies: [reply(lang, blocks)] };
}

/**
 * IIS Crypto's boxes pasted with only the Server side (FIX61A #4, src/domain/understand/iis-crypto-boxes.ts): said back as read, with
 * what the Server side is for, and the Client side asked for (knowledge.md: TMS connecting to endpoints uses the Client side; in
 * Secure-Only mode the Server keys matter too; SSL 3.0 and TLS 1.0 both off on the server side is the SQL 2008 R2 failing case).
 */
export function serverOnlyNote(s: ConversationState, b: { on: string[]; off: string[]; tls10Off: boolean; ssl3Off: boolean }): LocalizedText[] {
  const listed = (en: boolean): string => {
    const sep = en ? ', ' : '、';
    const on = b.on.length ? `${en ? 'checked' : 'チェックあり'} ${b.on.join(sep)}` : '';
    const off = b.off.length ? `${en ? 'unchecked' : 'チェックなし'} ${b.off.join(sep)}` : '';
    return [on, off].filter(Boolean).join(en ? '; ' : '／');
  };
  const read = L(
    `From the Server Protocols you pasted: ${listed(true)}. The Server side is what this server accepts when others connect to it (it matters in Secure-Only mode, where HTTPS runs both ways).`,
    `貼り付けていただいた Server Protocols：${listed(false)}。Server 側は、ほかのシステムがこのサーバに接続するときに受け付けるプロトコルです（HTTPS を双方向で使う Secure-Only モードで重要です）。`,
  );
  const ask = L(
    'TMS\'s own connections to the endpoints use the Client side, which this paste does not show, so I have not taken TLS 1.0 or TLS 1.2 as on or off for TMS. Please paste the Client Protocols section too (or `reg query` of `…\\TLS 1.0\\Client` and `…\\TLS 1.2\\Client`).',
    'TMS がエンドポイントに接続するときに使うのは Client 側で、この貼り付けには含まれていません。そのため、TMS について TLS 1.0 や TLS 1.2 が有効か無効かはまだ判断していません。Client Protocols の部分も貼り付けてください（または `…\\TLS 1.0\\Client` と `…\\TLS 1.2\\Client` の `reg query`）。',
  );
  const out = [read, ask];
  const q = s.facts.sql;
  if (b.tls10Off && b.ssl3Off && s.facts.sqlLocation !== 'remote' && !(q && typeof q.year === 'number' && q.year >= 2016)) {
    out.push(
      L(
        'TLS 1.0 and SSL 3.0 both off on the Server side is the case in which a SQL Server without TLS 1.2 support on this server (2008 or 2008 R2, 2012 or 2014 before its TLS 1.2 build) stops and does not start: if such a SQL Server runs here, check that its service runs.',
        'Server 側で TLS 1.0 と SSL 3.0 の両方が無効なのは、このサーバ上の TLS 1.2 非対応の SQL Server（2008、2008 R2、TLS 1.2 対応ビルドより前の 2012 と 2014）が停止し、起動しなくなる条件です。そのような SQL Server がここで動いている場合は、サービスが動いているか確認してください。',
      ),
    );
  }
  return out;
}
