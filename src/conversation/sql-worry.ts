/**
 * REV24 #9, #10 (understand/sql-worry.ts): a worry that SQL Server stops, and an intent to keep TLS 1.0 on. Nothing is recorded;
 * the replies follow knowledge.md: SQL 2008 / 2008 R2 on the TMS server without TLS 1.2 support stops when TLS 1.0 and SSL 3.0 are
 * both disabled (event 26011); TLS 1.2 builds 10.50.6542.0 / 10.0.6547.0 (not the first ones, KB3146034); SQL 2012 / 2014 need a
 * TLS 1.2 build before TLS settings change; 2016 and later need nothing; a remote SQL is not touched by the TMS server's Schannel
 * settings. This fix does not need TLS 1.0 or SSL 3.0 off. Pure.
 */
import { advisingMediumHigh } from '../domain/advises';
import type { Facts } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { next, para, questionBlocksFor, reply, paraFrom } from './compose';

type SqlCase = 'remote' | 'modern' | 'needs-build' | 'keep-tls10' | 'unknown';

function sqlCase(f: Facts): SqlCase {
  if (f.sqlLocation === 'remote') return 'remote';
  const year = f.sql?.year;
  if (typeof year !== 'number') return 'unknown';
  if (year >= 2016) return 'modern';
  if (year === 2012 || year === 2014) return 'needs-build';
  return 'keep-tls10';
}

const CHECKS = {
  en: 'So that it keeps running through the restart: before it, check on the server SQL runs on that TLS 1.0 is still enabled in Schannel (`reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server"` and the same for `Client`: it is off when `Enabled` is 0 or `DisabledByDefault` is 1) and that no hardening since (IIS Crypto\'s Best Practices template, a GPO) turned it off; export the registry before any change, so it can be put back. This fix does not need TLS 1.0 or SSL 3.0 off: leave both as they are. If SQL Server does not start after all, tell me what its log says (event 26011 points at this cause).',
  ja: '再起動後も動き続けるように、再起動の前に SQL が動いているサーバで、Schannel の TLS 1.0 がまだ有効かを確認してください（`reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server"` と、同じく `Client`。`Enabled` が 0 か `DisabledByDefault` が 1 なら無効です）。その後のハードニング（IIS Crypto の Best Practices テンプレートや GPO）で無効にされていないかも確認してください。変更の前にはレジストリをエクスポートして、元に戻せるようにしておいてください。今回の修正では TLS 1.0 も SSL 3.0 も無効にする必要はありません。どちらもそのままにしてください。それでも SQL Server が起動しない場合は、ログの内容を教えてください（イベント 26011 ならこの原因です）。',
} as const;

function worryCase(c: SqlCase, f: Facts): { en: string; ja: string } {
  const y = f.sql?.year;
  const name = f.sql ? `SQL Server ${f.sql.raw}` : 'SQL Server';
  switch (c) {
    case 'remote':
      return {
        en: 'SQL Server runs on another server: the TMS server\'s Schannel settings do not touch it, so this fix is not a reason for it to stop. If it stopped last time, its own log shows why.',
        ja: 'SQL Server は別のサーバで動いているため、TMS サーバの Schannel の設定は影響しません。今回の修正で止まる理由はありません。前回止まった場合は、そのサーバの SQL Server のログに理由が出ています。',
      };
    case 'modern':
      return {
        en: `${name} supports TLS 1.2, so the TLS settings of this fix are not a reason for it to stop. If it stopped last time, its log and the Schannel events of that time show why (the certificate SQL Server uses, for example).`,
        ja: `${name} は TLS 1.2 に対応しているため、今回の修正の TLS 設定で止まる理由はありません。前回止まった場合は、その時の SQL Server のログと Schannel のイベントに理由が出ています（SQL Server が使う証明書など）。`,
      };
    case 'needs-build':
      return {
        en: `${name} on the TMS server needs a build with TLS 1.2 support before TLS settings change (Microsoft KB3135244); \`SELECT @@VERSION\` shows the build. ${CHECKS.en}`,
        ja: `TMS サーバ上の ${name} は、TLS の設定を変える前に TLS 1.2 対応のビルドにしておく必要があります（Microsoft KB3135244）。ビルドは \`SELECT @@VERSION\` で確認できます。${CHECKS.ja}`,
      };
    case 'keep-tls10':
      return {
        en: `With ${name} on the TMS server the known cause is Schannel: a build without TLS 1.2 support does not start when TLS 1.0 and SSL 3.0 are both disabled (event 26011, "unable to initialize encryption"). TLS 1.2 support comes with ${y === 2008 && f.sql?.r2 === false ? '2008 SP4 from build 10.0.6547.0' : '2008 R2 SP3 from build 10.50.6542.0 (2008 SP4 from 10.0.6547.0)'}; \`SELECT @@VERSION\` shows the build. ${CHECKS.en}`,
        ja: `TMS サーバ上の ${name} で知られている原因は Schannel です。TLS 1.2 に対応していないビルドは、TLS 1.0 と SSL 3.0 がどちらも無効だと起動しません（イベント 26011「unable to initialize encryption」）。TLS 1.2 に対応するのは ${y === 2008 && f.sql?.r2 === false ? '2008 SP4 のビルド 10.0.6547.0 以降' : '2008 R2 SP3 のビルド 10.50.6542.0 以降（2008 は SP4 の 10.0.6547.0 以降）'}です。ビルドは \`SELECT @@VERSION\` で確認できます。${CHECKS.ja}`,
      };
    default:
      // The release not known: what each family needs (knowledge.md "Caveats"), and which one it is is asked below (QA51 D).
      return {
        en: `It depends on which SQL Server it is${f.sqlLocation === 'local' ? '' : ' and where it runs'}; \`SELECT @@VERSION\` shows the release and build. ${f.sqlLocation === 'local' ? '' : "On another server, the TMS server's Schannel settings do not touch it. "}On the TMS server itself: 2016 and later support TLS 1.2, nothing to do for them; 2012 and 2014 need a build with TLS 1.2 support before TLS settings change (Microsoft KB3135244; 2012 RTM and SP1 have none, that is a service-pack upgrade of its own); 2008 and 2008 R2 without TLS 1.2 support do not start when TLS 1.0 and SSL 3.0 are both disabled (event 26011), so TLS 1.0 must stay enabled. ${CHECKS.en}`,
        ja: `${f.sqlLocation === 'local' ? 'どの SQL Server かによります。' : 'どの SQL Server がどこで動いているかによります。'}リリースとビルドは \`SELECT @@VERSION\` で確認できます。${f.sqlLocation === 'local' ? '' : '別のサーバで動いている場合、TMS サーバの Schannel の設定は影響しません。'}TMS サーバ上で動いている場合：2016 以降は TLS 1.2 に対応しているため、何もする必要はありません。2012 と 2014 は、TLS の設定を変える前に TLS 1.2 対応のビルドにしておく必要があります（Microsoft KB3135244。2012 の RTM と SP1 には対応する更新がなく、サービス パックのアップグレードという別の作業になります）。2008 と 2008 R2 は、TLS 1.2 に対応していないビルドだと TLS 1.0 と SSL 3.0 がどちらも無効のときに起動しない（イベント 26011）ため、TLS 1.0 を有効のままにしておく必要があります。${CHECKS.ja}`,
      };
  }
}

/** The reply to a worry that SQL Server stops: nothing recorded; what decides it here and what to check. */
export function onSqlWorry(s: ConversationState): TurnResult {
  const body = worryCase(sqlCase(s.facts), s.facts);
  const lead = { en: 'Nothing recorded: you are worried SQL Server stops, not saying it is down now.', ja: 'SQL Server が止まる心配とのことで、いま止まっているというお話ではないので、何も記録していません。' };
  return { state: next(s, {}), replies: [reply(s.lang, [para(`${lead[s.lang]}${s.lang === 'ja' ? '' : ' '}${body[s.lang]}`), ...questionBlocksFor(s)])], route: 'sql-worry' };
}

/** The reply to an intent to keep TLS 1.0 on: right (and needed where SQL needs it); nothing recorded. */
export function onKeepsTls10(s: ConversationState): TurnResult {
  const c = sqlCase(s.facts);
  const name = s.facts.sql ? `SQL Server ${s.facts.sql.raw}` : 'SQL Server';
  // (Each answer says the fix is Medium-High, TLS 1.0 left as it is: it advises the change, src/domain/advises.ts.)
  const text =
    c === 'keep-tls10'
      ? advisingMediumHigh(
          `That is right, and needed here: with ${name} on the TMS server, TLS 1.0 must stay enabled, or SQL Server stops and does not start (event 26011) unless its build supports TLS 1.2. The fix does not need it off: at Medium-High TMS offers TLS 1.2 to the endpoints while TLS 1.0 stays for what still uses it. Nothing recorded.`,
          `そのとおりで、この環境では必要なことです。TMS サーバ上の ${name} では、ビルドが TLS 1.2 に対応していない限り、TLS 1.0 を有効のままにしないと SQL Server が止まり、起動しなくなります（イベント 26011）。今回の修正で TLS 1.0 を無効にする必要はありません。Medium-High にすると TMS はエンドポイントに TLS 1.2 を提示し、TLS 1.0 はそれを使うもののために残ります。何も記録していません。`,
        )
      : c === 'needs-build' || c === 'unknown'
        ? advisingMediumHigh(
            `That is the safe choice: the fix does not need TLS 1.0 off (at Medium-High TMS offers TLS 1.2 to the endpoints). ${c === 'needs-build' ? `With ${name} on the TMS server, keep it on at least until SQL's build supports TLS 1.2.` : 'If SQL Server 2008, 2008 R2, 2012 or 2014 runs on the TMS server, it may need TLS 1.0 until its build supports TLS 1.2.'} Nothing recorded.`,
            `安全な選択です。今回の修正で TLS 1.0 を無効にする必要はありません（Medium-High にすると TMS はエンドポイントに TLS 1.2 を提示します）。${c === 'needs-build' ? `TMS サーバ上の ${name} では、少なくとも SQL のビルドが TLS 1.2 に対応するまでは有効のままにしてください。` : 'TMS サーバ上で SQL Server 2008、2008 R2、2012、2014 が動いている場合、ビルドが TLS 1.2 に対応するまでは TLS 1.0 が必要なことがあります。'}何も記録していません。`,
          )
        : advisingMediumHigh(
            'That is fine: the fix does not need TLS 1.0 off. At Medium-High TMS offers TLS 1.2 to the endpoints; TLS 1.0 can stay enabled. Nothing recorded.',
            '問題ありません。今回の修正で TLS 1.0 を無効にする必要はありません。Medium-High にすると TMS はエンドポイントに TLS 1.2 を提示します。TLS 1.0 は有効のままで構いません。何も記録していません。',
          );
  return { state: next(s, {}), replies: [reply(s.lang, [paraFrom(text, s.lang), ...questionBlocksFor(s)])], route: 'keeps-tls10' };
}
