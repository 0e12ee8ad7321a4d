/**
 * "How do we revert IIS Crypto?", "how do I undo it?", 「どうやって戻す？」 after a hardening change was said (IIS Crypto's Best
 * Practices, or TLS 1.0 said off) and before the fix was reported done: the user asks how to undo the hardening, not whether
 * IIS Crypto may be used, nor how to roll the fix back. Answer: import the registry export made before the change if there
 * is one (an import does not remove what the change added), then check TLS 1.0 and turn it back on for Client and Server (the tls10-back-on.reg keys, SSL 3.0 left as it is), reboot,
 * check SQL Server. (knowledge.md: back up the registry first; the SQL caveat; Schannel settings apply after a restart.)
 * Pure; the cheap word test first; null when it does not apply.
 */
import type { Facts, LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { next, reply, paraFrom, listFrom } from './compose';
import type { Block } from './document';
import { tls10EnableFile } from '../domain/knowledge/windows';
import { formatSql } from '../domain/versions';
import { sqlTlsStatus } from '../domain/knowledge/sql';
import { sqlDownNow } from '../domain/knowledge/sql-outage';

const MAY = /revert|undo|roll\s?back|reverse|go\sback|back\sout|restore|戻|ロールバック/i;
/** A question to undo something: "how do we revert IIS Crypto?", "how do I undo it?", 「どうやって戻す？」「元に戻すには？」. */
const ASK_EN =
  /(?<![a-z])(?:how|what(?:'s|\sis)?\sthe\sway|can\s(?:we|i|you)|could\s(?:we|i)|is\sthere\sa\sway)\s(?:[a-z']+\s){0,4}?(?:revert|undo|roll\s?back|reverse|back\sout|restore)(?![a-z])|(?<![a-z])how\sto\s(?:revert|undo|roll\s?back|reverse)(?![a-z])/i;
const ASK_JA = /(?:どうやって|どうすれば|どのように|どう)\s?(?:元に\s?)?戻(?:す|せ|し)|(?:元に\s?)?戻(?:す|し方)(?:には|方法|手順)|戻せ(?:ますか|る\s?[?？])|ロールバック(?:方法|手順|するには|は\s?どう|の仕方)|切り戻(?:す|し)(?:には|方法|手順)/;
/** The hardening named: IIS Crypto, its template, TLS 1.0/SSL 3.0, "the hardening". */
const HARDENING = /iis\s?crypto|best\s?practices?|ベスト\s?プラクティス|template|テンプレート|hardening|強化|tls\s?1\.0|ssl\s?3(?:\.0)?/i;
/** The fix's own parts named: "undo Medium-High", "revert the TMS Tools change", 「Medium-High を戻す」. */
const FIX_PART = /medium|tms\s?tools|communication\s?security|tls\s?1\.2|enable-tls12|the\sfix|修正|ミディアム/i;

function hardeningSaid(f: Facts): boolean {
  const c = f.tlsClaims;
  return !!c && (c.iisCryptoBestPractices === true || c.tls10 === 'off');
}

/** The fix reported under way or done: an unnamed "undo it" may mean that. */
function fixReported(f: Facts): boolean {
  const c = f.tlsClaims;
  return !!c && (c.levelRaised === true || c.keysChanged === true);
}

export function hardeningRollbackAsked(s: ConversationState, text: string): boolean {
  // (SQL Server said or seen down: the existing recovery answer says how to get it back.)
  if (!MAY.test(text) || !hardeningSaid(s.facts) || sqlDownNow(s.facts)) return false;
  const t = text.slice(0, 500);
  if (!ASK_EN.test(t) && !ASK_JA.test(t)) return false;
  if (FIX_PART.test(t)) return false;
  return HARDENING.test(t) || !fixReported(s.facts);
}

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

export function onHardeningRollback(s: ConversationState): TurnResult {
  const f = s.facts;
  const lang = s.lang;
  const iis = f.tlsClaims?.iisCryptoBestPractices === true;
  const sqlAtRisk = !!f.sql && f.sqlLocation !== 'remote' && (() => {
    const st = sqlTlsStatus(f.sql!);
    return !(st.kind === 'nothing-needed' || st.kind === 'has-tls12' || (st.kind === 'keep-tls10' && st.tls12 === 'yes'));
  })();
  const lead = iis
    ? L('Undoing IIS Crypto\'s "Best Practices" template:', 'IIS Crypto の「Best Practices」テンプレートを元に戻すには：')
    : L('Undoing the change that turned TLS 1.0 off:', 'TLS 1.0 を無効にした変更を元に戻すには：');
  const steps: LocalizedText[] = [
    L(
      'If the registry was exported before the change, import that export on the TMS server. An import writes back the values it holds but does not remove keys or values the change added, so check the next step either way.',
      '変更の前にレジストリをエクスポートしてあれば、そのファイルを TMS サーバでインポートしてください。インポートはファイルにある値を書き戻しますが、変更で追加されたキーや値は削除しないため、いずれにしても次の手順を確認してください。',
    ),
    L(
      `Under \`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\`, look at \`Client\` and \`Server\`: if \`Enabled\` is 0 (or \`DisabledByDefault\` is 1) under either, turn TLS 1.0 back on with the .reg below (\`Enabled\` = 1 and \`DisabledByDefault\` = 0 under both). Leave SSL 3.0 as it is.${iis ? ' This brings back TLS 1.0 only, not cipher suites the template may have turned off.' : ''}`,
      `\`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\` の \`Client\` と \`Server\` を確認してください。どちらかで \`Enabled\` が 0（または \`DisabledByDefault\` が 1）なら、下の .reg で TLS 1.0 を有効に戻してください（両方のキーに \`Enabled\` = 1、\`DisabledByDefault\` = 0）。SSL 3.0 はそのままにしてください。${iis ? 'これで戻るのは TLS 1.0 だけで、テンプレートが無効にした暗号スイートは戻りません。' : ''}`,
    ),
    L(
      'Reboot the server: Schannel settings apply to processes started after the change, and the reboot restarts them all.',
      'サーバを再起動してください。Schannel の設定は変更後に起動したプロセスに適用され、再起動ですべてが起動し直します。',
    ),
    sqlAtRisk
      ? L(
          `Then check that the SQL Server service (${formatSql(f.sql!)} on this server) is running, and keep TLS 1.0 on for as long as it runs a build without TLS 1.2 support.`,
          `そのあと、SQL Server のサービス（このサーバ上の ${formatSql(f.sql!)}）が実行中か確認してください。TLS 1.2 非対応のビルドのうちは TLS 1.0 を有効のままにしてください。`,
        )
      : L('Then check that SQL Server and the TMS services are running.', 'そのあと、SQL Server と TMS のサービスが実行中か確認してください。'),
  ];
  const after = L(
    'Turning TLS 1.0 back on does not fix "No HTTPS response": the fix (TLS 1.2 available, Communication Security at Medium-High) is still what the endpoints need, and it turns no protocol off.',
    'TLS 1.0 を有効に戻しても「No HTTPS response」は解決しません。エンドポイントに必要なのは引き続き修正（TLS 1.2 を使える状態にして [Communication Security] を Medium-High にする）で、修正はどのプロトコルも無効にしません。',
  );
  const blocks: Block[] = [
    paraFrom(lead, lang),
    listFrom('steps', steps, lang),
    { type: 'code', text: tls10EnableFile() },
    paraFrom(after, lang),
  ];
  return { state: next(s, {}), replies: [reply(lang, blocks)] };
}
