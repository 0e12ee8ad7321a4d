/**
 * A hardening change announced as a plan (src/domain/understand/hardening-plan.ts, QA49 F2): "I'll disable TLS 1.0 and SSL
 * 3.0 tonight", "going to run IIS Crypto best practices after the fix", 「TLS 1.0 と SSL 3.0 もついでに無効にしておきます」.
 * Nothing is recorded as done. With a SQL Server 2008 / 2008 R2 build without TLS 1.2 support that may run on the TMS
 * server, the reply warns first (knowledge.md, Caveats: SQL stops and will not start when TLS 1.0 and SSL 3.0 are both off;
 * the Best Practices template turns both off; TLS 1.0 must stay enabled; do not change SSL 3.0 as part of this fix; never
 * say that SSL 3.0 alone stops SQL). Otherwise the answers of the matching questions ("can TLS 1.0 be turned off too?",
 * "can SSL 3.0…", "IIS Crypto best practices?") say what holds for the facts known.
 */
import type { Facts, LocalizedText } from '../domain/types';
import { formatSql, formatWindows, sqlTlsStatus } from '../domain/versions';
import type { HardeningPlan } from '../domain/understand/hardening-plan';
import type { ConversationState, TurnResult } from './types';
import { paraFrom } from './compose';
import { withOpenQuestion } from './followup';
import { CATALOGUE, pre15Tls10Stays } from './catalogue';
import type { Block } from './document';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** What the plan turns off, named (REV20 #13: the note is about the plan only, whatever else the reply updates). */
function planNamed(h: HardeningPlan): LocalizedText {
  if (h.bestPractices) return L('IIS Crypto "Best Practices"', 'IIS Crypto の「Best Practices」の適用');
  return h.tls10 && h.ssl3 ? L('TLS 1.0 and SSL 3.0 off', 'TLS 1.0 と SSL 3.0 の無効化') : h.tls10 ? L('TLS 1.0 off', 'TLS 1.0 の無効化') : L('SSL 3.0 off', 'SSL 3.0 の無効化');
}
function noted(h: HardeningPlan): LocalizedText {
  const what = planNamed(h);
  return L(`The plan (${what.en}) is not recorded as done until you tell me it is.`, `予定（${what.ja}）は、実施したと伺うまで完了とは記録しません。`);
}

/** SQL 2008 / 2008 R2 on the TMS server (or where it runs not known), at a build without TLS 1.2 support or not known to have it. */
function sqlAtRisk(f: Facts): 'no' | 'unknown' | null {
  if (!f.sql || f.sql.year > 2008 || f.sqlLocation === 'remote') return null;
  const st = sqlTlsStatus(f.sql);
  if (st.kind !== 'keep-tls10') return null;
  return st.tls12 === 'no' ? 'no' : st.tls12 === null ? 'unknown' : null;
}

/** The warning before the change, for a SQL Server 2008 / 2008 R2 without TLS 1.2 support (knowledge.md, Caveats). */
function riskLines(f: Facts, h: HardeningPlan, risk: 'no' | 'unknown'): LocalizedText[] {
  const name = formatSql(f.sql!);
  const where = f.sqlLocation === 'local' ? L(' on the TMS server', '（TMS サーバ上）') : L(' (if it runs on the TMS server: tell me if it is remote)', '（TMS サーバ上で動いている場合。別サーバならお知らせください）');
  const build = risk === 'unknown'
    ? L(`, unless it is on a build with TLS 1.2 support (${f.sql!.r2 ? '2008 R2 SP3 10.50.6542.0' : '2008 SP4 10.0.6547.0'} or later; check with \`SELECT @@VERSION\`)`, `。ただし TLS 1.2 対応のビルド（${f.sql!.r2 ? '2008 R2 SP3 10.50.6542.0' : '2008 SP4 10.0.6547.0'} 以降。\`SELECT @@VERSION\` で確認できます）なら別です`)
    : L('', '');
  const both = h.bestPractices || (h.tls10 && h.ssl3);
  const what = h.bestPractices
    ? L('IIS Crypto\'s "Best Practices" template turns TLS 1.0 and SSL 3.0 off', 'IIS Crypto の「Best Practices」テンプレートは TLS 1.0 と SSL 3.0 を無効にします')
    : h.tls10 && h.ssl3
      ? L('that turns TLS 1.0 and SSL 3.0 off', 'TLS 1.0 と SSL 3.0 を無効にすること')
      : null;
  const out: LocalizedText[] = [];
  if (what && both) {
    out.push(
      L(
        `Please don't: ${what.en}, and with ${name}${where.en} that is exactly the case where SQL Server stops and will not start again${build.en}. Microsoft (KB3135244) names it: a SQL Server build without TLS 1.2 support, with TLS 1.0 and SSL 3.0 both disabled (event 26011, "unable to initialize encryption"), and TMS goes down with it.`,
        h.bestPractices
          ? `実施しないでください。${what.ja}。${name}${where.ja}では、これはまさに SQL Server が停止して再び起動しなくなる条件です${build.ja}。Microsoft（KB3135244）によると、TLS 1.2 に対応していない SQL Server のビルドで TLS 1.0 と SSL 3.0 の両方が無効になると、こうなります（イベント 26011「unable to initialize encryption」）。TMS も一緒に止まります。`
          : `実施しないでください。${name}${where.ja}では、${what.ja}は、まさに SQL Server が停止して再び起動しなくなる条件です${build.ja}。Microsoft（KB3135244）によると、TLS 1.2 に対応していない SQL Server のビルドで TLS 1.0 と SSL 3.0 の両方が無効になると、こうなります（イベント 26011「unable to initialize encryption」）。TMS も一緒に止まります。`,
      ),
    );
  } else if (h.tls10) {
    const ssl3Off = !!f.windows && f.windows.year >= 2016;
    out.push(
      L(
        `Please don't: ${name}${where.en} needs TLS 1.0${build.en}. Microsoft (KB3135244) says a SQL Server build without TLS 1.2 support stops and will not start again when TLS 1.0 and SSL 3.0 are both disabled (event 26011), and TMS goes down with it. ${ssl3Off ? `On ${formatWindows(f.windows!)} SSL 3.0 is already off by default, so turning TLS 1.0 off is exactly that case.` : 'Wherever SSL 3.0 is already off (a hardening policy, or the default from Windows Server 2016 on), turning TLS 1.0 off is exactly that case.'}`,
        `実施しないでください。${name}${where.ja}は TLS 1.0 を必要とします${build.ja}。Microsoft（KB3135244）によると、TLS 1.2 に対応していない SQL Server のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止し、再び起動しなくなります（イベント 26011）。TMS も一緒に止まります。${ssl3Off ? `${formatWindows(f.windows!)} では SSL 3.0 が既定で無効なので、TLS 1.0 を無効にするとまさにこの条件になります。` : 'SSL 3.0 がすでに無効なサーバ（セキュリティ強化のポリシー、または Windows Server 2016 以降の既定）では、TLS 1.0 を無効にするとまさにこの条件になります。'}`,
      ),
    );
  } else {
    // SSL 3.0 alone: not the failing case by itself (knowledge.md: never say that SSL 3.0 alone stops SQL), but it leaves
    // TLS 1.0 as the one that must stay, and this fix does not change SSL 3.0.
    out.push(
      L(
        `Not as part of this fix: leave SSL 3.0 as it is (the fix only adds TLS 1.2). With ${name}${where.en} it matters: SSL 3.0 off on its own does not stop it, but SSL 3.0 and TLS 1.0 both off on a build without TLS 1.2 support does (event 26011, Microsoft KB3135244)${build.en}. So if SSL 3.0 goes, TLS 1.0 must stay enabled.`,
        `今回の修正には含めないでください。SSL 3.0 はそのままにしてください（修正で行うのは TLS 1.2 の追加だけです）。${name}${where.ja}では、これが関係します。SSL 3.0 を無効にするだけでは止まりませんが、TLS 1.2 に対応していないビルドで SSL 3.0 と TLS 1.0 の両方が無効になると停止します（イベント 26011、Microsoft KB3135244）${build.ja}。SSL 3.0 を無効にするなら、TLS 1.0 は必ず有効のままにしてください。`,
      ),
    );
    return out;
  }
  // (TMS before 15 has no Medium-High: the fix is the TMS upgrade, and TLS 1.0 stays for TMS's own sake too: REV20 #3.)
  out.push(
    f.tms && pre15Tls10Stays(f)
      ? L(
          `Keep TLS 1.0 enabled and leave SSL 3.0 as it is: with TMS ${f.tms.raw} the fix is upgrading TMS to 15.x, not a protocol change. If it has already happened, check now that the SQL Server service is running.`,
          `TLS 1.0 は有効のままにし、SSL 3.0 も変更しないでください。TMS ${f.tms.raw} での解決策は TMS の 15.x へのアップグレードで、プロトコルの変更ではありません。すでに実施してしまった場合は、SQL Server のサービスが動いているか今すぐ確認してください。`,
        )
      : L(
          'Keep TLS 1.0 enabled and leave SSL 3.0 as it is: this fix only adds TLS 1.2 (and Medium-High in TMS Tools). If it has already happened, check now that the SQL Server service is running.',
          'TLS 1.0 は有効のままにし、SSL 3.0 も変更しないでください。今回の修正で行うのは TLS 1.2 の追加（と TMS ツールでの Medium-High）だけです。すでに実施してしまった場合は、SQL Server のサービスが動いているか今すぐ確認してください。',
        ),
  );
  return out;
}

const entry = (id: string) => CATALOGUE.find((e) => e.id === id);

/**
 * Would the change be an outage with these facts (the answer leads with "Please don't")? TLS 1.0 going (alone, with SSL 3.0,
 * or in the Best Practices template) with a SQL Server 2008 / 2008 R2 that may run on the TMS server without TLS 1.2 support,
 * or with TMS before 15. A request to a colleague in a shared thread ("@bob can you disable TLS 1.0 and SSL 3.0 tonight?") is
 * answered only then (REV21-a #1); SSL 3.0 alone is not that case (knowledge.md: never say SSL 3.0 alone stops SQL: REV22 #4).
 */
export function hardeningPlanWarns(f: Facts, h: HardeningPlan): boolean {
  return (!!h.tls10 || !!h.bestPractices) && (!!sqlAtRisk(f) || !!pre15Tls10Stays(f));
}

/**
 * Has the answer a caution for a request to a colleague said in a DM ("@bob please disable SSL 3.0 only": "not as part of
 * this fix", SQL at risk), as well as every outage (hardeningPlanWarns)?
 */
export function hardeningPlanCautions(f: Facts, h: HardeningPlan): boolean {
  return !!sqlAtRisk(f) || hardeningPlanWarns(f, h);
}

/** The answer to a hardening plan, for these facts (knowledge.md), with nothing recorded as done. */
export function hardeningPlanAnswer(f: Facts, h: HardeningPlan, text: string): LocalizedText[] {
  const risk = sqlAtRisk(f);
  // TMS before 15 with TLS 1.0 going (itself, or in the template): TMS speaks only TLS 1.0 (REV20 #3), said first.
  const pre = h.tls10 || h.bestPractices ? pre15Tls10Stays(f) : null;
  if (risk) return [...(pre ? [pre] : []), ...riskLines(f, h, risk), noted(h)];
  // Other facts: what the questions about the same change answer ("can TLS 1.0 be turned off too?"…), the plan noted.
  const ids = [...(h.bestPractices ? ['iis-crypto'] : []), ...(h.tls10 ? ['disable-tls10'] : h.ssl3 ? ['disable-ssl3'] : [])];
  const out: LocalizedText[] = [];
  for (const id of ids) out.push(...(entry(id)?.answer(f, text) ?? []));
  return [...out, noted(h)];
}

/** A hardening plan said (read by the 'hardening-plan' route): the warning or the answer; the open question kept. */
export function onHardeningPlan(state: ConversationState, h: HardeningPlan, text: string): TurnResult {
  const blocks: Block[] = hardeningPlanAnswer(state.facts, h, text).map((b) => paraFrom(b, state.lang));
  return withOpenQuestion(state, blocks);
}
