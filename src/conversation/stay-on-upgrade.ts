/**
 * "if we upgrade TMS to 15, is it ok to stay on Windows 2008 R2 and SQL 2008 R2 SP3 (10.50.6542.0)?", 「TMS を 15 に上げる場合、
 * Windows 2008 R2 と SQL 2008 R2 SP3 (10.50.6542.0) のままで大丈夫？」 (QA50 #10): the releases said to stay are the user's own
 * (they run now), so they are recorded; the upgrade is a plan, so TMS 15 is not. The answer rests on them: what the SQL build
 * means for the fix (knowledge.md, SQL 2008 R2 and 2012/2014 on the TMS server), what the Windows release means for the
 * registry step, and what still to check (TMS 15's own requirements are not in the knowledge). Pure, bounded.
 */
import { advisingMediumHigh } from '../domain/advises';
import type { Facts, LocalizedText, SqlVersion, WindowsVersion } from '../domain/types';
import { extractFacts } from '../domain/extract';
import { sqlTlsStatus } from '../domain/knowledge/sql';
import { registryPlan } from '../domain/knowledge/windows';
import { formatSql, formatWindows } from '../domain/versions';

const GATE = /15/;
const UPGRADE_EN = /(?<![a-z])(?:upgrad\w*|go(?:ing)?|mov\w*|updat\w*)\s(?:the\s)?(?:tms\s)?(?:to\s)?(?:tms\s)?15(?![\d.])|(?<![a-z])tms\s15\s(?:upgrade|migration)/i;
const STAY_EN = /(?<![a-z])(?:stay|staying|keep|keeping|remain|remaining|stick|sticking)\s(?:on|with|at)?/i;
const UPGRADE_JA = /tms\s?(?:を|は)?\s?(?:v|ver\.?\s?)?15(?![\d.])\s?(?:系)?\s?(?:に|へ)\s?(?:上げ|あげ|アップグレード|アップデート|移行|バージョンアップ)/i;
const STAY_JA = /(?:の|その)まま/;
const ASKS = /[?？]\s*$|(?:大丈夫|問題(?:ない|ありません)|いい|良い|よい|ok|平気)(?:ですか|でしょうか|か|かな)?\s*(?:[?？]\s*)?$|(?:ですか|ますか|でしょうか)\s*$/i;

export interface StayOnUpgrade {
  sql?: SqlVersion;
  windows?: WindowsVersion;
}

/** The releases said to stay through a TMS 15 upgrade, asked about; null when the message is not that question. */
export function stayOnUpgradeIn(facts: Facts, text: string): StayOnUpgrade | null {
  if (text.length > 300 || !GATE.test(text)) return null;
  const t = text.normalize('NFKC');
  const en = UPGRADE_EN.test(t) && STAY_EN.test(t);
  const ja = UPGRADE_JA.test(t) && STAY_JA.test(t);
  if ((!en && !ja) || !ASKS.test(t)) return null;
  // (Already on TMS 15 or later: not this question.)
  if (facts.tms && Number(facts.tms.semver.split('.')[0]) >= 15) return null;
  const ex = extractFacts(t);
  const sql = ex.facts.sql ?? ex.asked?.sql ?? ex.supposed?.sql;
  const windows = ex.facts.windows ?? ex.asked?.windows ?? ex.supposed?.windows;
  if (!sql && !windows) return null;
  return { ...(sql ? { sql } : {}), ...(windows ? { windows } : {}) };
}

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

/** The answer's paragraphs, for the releases said (facts: the conversation's, with them recorded). */
export function stayOnUpgradeAnswer(said: StayOnUpgrade, f: Facts): LocalizedText[] {
  const out: LocalizedText[] = [];
  const names = [said.windows ? formatWindows(said.windows) : null, said.sql ? formatSql(said.sql) : null].filter((x): x is string => !!x);
  out.push(L(`Noted as what runs now: ${names.join(' and ')} (TMS 15 is the plan, not noted as done).`, `現在の構成として記録しました：${names.join('、')}（TMS 15 は予定なので、実施済みとしては記録していません）。`));
  if (said.sql) {
    const sql = formatSql(said.sql);
    const where = f.sqlLocation === 'remote' ? 'remote' : f.sqlLocation === 'local' ? 'local' : 'unknown';
    const st = sqlTlsStatus(said.sql);
    const onTms = where === 'remote'
      ? L(`It runs on another server, so the TMS server's Schannel settings do not touch it.`, `別のサーバで動いているため、TMS サーバの Schannel の設定の影響は受けません。`)
      : where === 'unknown'
        ? L(`This matters only if it runs on the TMS server itself (a SQL Server on another server is not touched by the TMS server's Schannel settings): where does it run?`, `これが関係するのは TMS サーバ上で動いている場合だけです（別サーバの SQL Server は TMS サーバの Schannel の設定の影響を受けません）。どこで動いていますか。`)
        : null;
    if (st.kind === 'nothing-needed') out.push(L(`${sql}: nothing to do for the TLS fix.`, `${sql}：TLS の対処のために必要な作業はありません。`));
    else if (st.kind === 'has-tls12') out.push(L(`${sql} is a build with TLS 1.2 support, so it is ready for the TLS fix.`, `${sql} は TLS 1.2 に対応したビルドなので、TLS の対処の準備はできています。`));
    else if (st.kind === 'keep-tls10' && st.tls12 === 'yes') {
      const first = said.sql.r2 ? '2008 R2 SP3 10.50.6542.0' : '2008 SP4 10.0.6547.0';
      out.push(
        L(
          `${sql} is a build with TLS 1.2 support (${first} and later; not the first TLS 1.2 builds, which KB3146034 says can stop intermittently). The fix does not need TLS 1.0 off: on the TMS server TLS 1.0 stays enabled (the TMS document says so for SQL 2008 R2), and SSL 3.0 is not changed as part of this fix.`,
          `${sql} は TLS 1.2 に対応したビルドです（${first} 以降。KB3146034 によれば、最初の TLS 1.2 対応ビルドは断続的に停止することがありますが、それには当たりません）。この対処で TLS 1.0 を無効にする必要はありません。SQL 2008 R2 について TMS の資料にあるとおり、TMS サーバでは TLS 1.0 を有効のままにし、SSL 3.0 はこの対処の一部として変更しないでください。`,
        ),
      );
    }
    else
      out.push(
        L(
          `${sql}: check its build before any TLS setting changes (\`SELECT @@VERSION\`); the SQL caveats for the TMS server then decide what to do.`,
          `${sql}：TLS の設定を変える前にビルドを確認してください（\`SELECT @@VERSION\`）。TMS サーバ上の SQL についての注意点で、何をするかが決まります。`,
        ),
      );
    if (onTms) out.push(onTms);
  }
  if (said.windows) {
    const win = formatWindows(said.windows);
    out.push(
      registryPlan(said.windows).step === 'required'
        ? MH(`${win}: TLS 1.2 is off by default there, so after the upgrade the registry step is required (create the TLS 1.2 Client keys, then one reboot), then set Communication Security to Medium-High in TMS Tools.`, `${win}：TLS 1.2 が既定で無効なため、アップグレード後にレジストリの手順が必須です（TLS 1.2 の Client キーを作成して 1 回再起動）。そのあと TMS ツールで [Communication Security] を Medium-High にします。`)
        : L(`${win}: after the upgrade, check the TLS 1.2 keys (on by default unless a policy turned them off), then set Communication Security to Medium-High in TMS Tools.`, `${win}：アップグレード後に TLS 1.2 のキーを確認し（ポリシーで無効にされていなければ既定で有効です）、TMS ツールで [Communication Security] を Medium-High にします。`),
    );
  }
  out.push(
    L(
      `Still to check: whether TMS 15 supports ${names.join(' and ')} is not in my notes. Check the TMS 15 release's requirements (release notes, install guide) before the upgrade.`,
      `確認が必要な点：TMS 15 が ${names.join('、')} をサポートしているかどうかは、手元の資料には記載がありません。アップグレードの前に、TMS 15 のリリースの要件（リリースノート、インストールガイド）を確認してください。`,
    ),
  );
  return out;
}
