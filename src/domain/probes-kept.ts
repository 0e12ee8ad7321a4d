/**
 * Every probe of the conversation, each with its own result (QA43 #3 #6 #8): a second probe no longer
 * replaces the first one's evidence. Facts.probes holds the last PROBES_KEPT results (oldest first, a
 * re-probe of an address replaces its earlier result), Facts.probe stays the latest one. A stored state
 * from before (Facts.probe only) reads as one kept probe. The diagnosis rests on all of them: the probe
 * it reasons from is the latest that refuses TLS 1.0, else the latest that accepts it, else the latest
 * (probeForDiagnosis), and a finding names what each address showed (keptProbesFinding). Pure.
 *
 * The list holds slim records (REV11 #4): what the answers read (target, port, reachability, TLS, the
 * protocols, TMS's verdicts, the error, the certificate's self-signed/expired flags, the HTTP redirect),
 * never the whole certificate or per-version detail; the full result is only Facts.probe (the latest).
 * The list's JSON is capped at PROBES_KEPT_JSON characters, the oldest dropped (and counted) first.
 */
import type { Facts, Finding, LocalizedText, SecurityLevel } from './types';
import type { ProbeResult } from '../probe/types';

/** How many probe results a conversation keeps; the oldest is dropped first. */
export const PROBES_KEPT = 16;
/** The kept list's JSON stays under this many characters (the oldest records are dropped first). */
export const PROBES_KEPT_JSON = 8_000;

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** "host:port" of a result (the port added when the target does not name it). */
export function keptWhere(p: ProbeResult): string {
  const target = typeof p.target === 'string' ? p.target.slice(0, 100) : '?';
  const port = typeof p.port === 'number' ? p.port : 443;
  return target.endsWith(`:${port}`) ? target : `${target}:${port}`;
}

const clip = (x: unknown, n: number): string | null => (typeof x === 'string' ? x.slice(0, n) : null);
const tri = (x: unknown): boolean | null => (typeof x === 'boolean' ? x : null);
const PROTOCOL_KEYS = ['ssl3', 'tls1.0', 'tls1.1', 'tls1.2', 'tls1.3'] as const;

/**
 * The slim record of one probe result kept in Facts.probes (REV11 #4): only what probeClass, probeLine,
 * keptWhere and the diagnosis read; a whole stored result (older states) shrinks to it. null for a non-object.
 */
export function slimProbe(x: unknown): ProbeResult | null {
  if (!isObj(x)) return null;
  const pr = isObj(x.protocols) ? x.protocols : {};
  const protocols = {} as ProbeResult['protocols'];
  for (const k of PROTOCOL_KEYS) protocols[k] = tri(pr[k]);
  const tms = isObj(x.tms) ? x.tms : {};
  const cert = isObj(x.certificate) ? x.certificate : null;
  const http = isObj(x.http) ? x.http : null;
  const out: Record<string, unknown> = {
    target: clip(x.target, 300) ?? '?',
    address: clip(x.address, 64),
    port: typeof x.port === 'number' && Number.isFinite(x.port) ? x.port : 443,
    reachable: x.reachable === false ? false : x.reachable === true ? true : null,
    tls: tri(x.tls),
    protocols,
    tms: { medium: tri(tms.medium), mediumHigh: tri(tms.mediumHigh) },
    // The flags the answers read (at High, a self-signed or expired certificate), not its names.
    certificate: cert ? { selfSigned: cert.selfSigned === true, expired: cert.expired === true, validTo: clip(cert.validTo, 30) ?? '' } : null,
    error: clip(x.error, 300),
    durationMs: typeof x.durationMs === 'number' && Number.isFinite(x.durationMs) ? x.durationMs : 0,
  };
  if (http) out.http = { port: typeof http.port === 'number' ? http.port : 80, status: typeof http.status === 'number' ? http.status : null, location: clip(http.location, 200), redirectsToHttps: tri(http.redirectsToHttps) };
  return out as unknown as ProbeResult;
}

/** The slim records, newest kept: at most PROBES_KEPT and PROBES_KEPT_JSON characters of JSON; how many were dropped. */
export function boundKept(list: ProbeResult[]): { probes: ProbeResult[]; over: number } {
  let kept = list.slice(-PROBES_KEPT);
  let size = kept.reduce((n, p) => n + JSON.stringify(p).length + 1, 1);
  while (kept.length > 1 && size > PROBES_KEPT_JSON) {
    size -= JSON.stringify(kept[0]).length + 1;
    kept = kept.slice(1);
  }
  return { probes: kept, over: list.length - kept.length };
}

/** The kept probes, oldest first; a state with only Facts.probe (stored before) gives that one. */
export function keptProbes(facts: Facts): ProbeResult[] {
  const list = Array.isArray(facts.probes) ? facts.probes.filter(isObj) : [];
  if (list.length) return list.slice(-PROBES_KEPT) as unknown as ProbeResult[];
  return isObj(facts.probe) ? [facts.probe as ProbeResult] : [];
}

/** The kept list with `result` added last as a slim record (an earlier result of the same address is replaced), and how many old ones were dropped. */
export function withProbeKept(facts: Facts, result: ProbeResult): { probes: ProbeResult[]; dropped: number } {
  const where = keptWhere(result);
  const before = keptProbes(facts)
    .filter((p) => keptWhere(p) !== where)
    .map(slimProbe)
    .filter((p): p is ProbeResult => p !== null);
  const slim = slimProbe(result);
  const { probes, over } = boundKept(slim ? [...before, slim] : before);
  const dropped = Math.min((typeof facts.probesDropped === 'number' && facts.probesDropped > 0 ? Math.min(facts.probesDropped, 1_000_000) : 0) + over, 1_000_000);
  return { probes, dropped };
}

export type ProbeClass = 'refuses' | 'accepts' | 'all-refused' | 'unreachable' | 'not-tls' | 'unclear';

/** What one result says about TLS 1.0 (the same reading as diagnose.ts probeVerdict). */
export function probeClass(p: ProbeResult): ProbeClass {
  if (p.reachable === false) return 'unreachable';
  const pr = (isObj(p.protocols) ? p.protocols : {}) as Record<string, unknown>;
  if (pr['tls1.0'] === true) return 'accepts';
  if (pr['tls1.0'] === false && (pr['tls1.1'] === true || pr['tls1.2'] === true)) return 'refuses';
  if (p.tls === false) return 'not-tls';
  if (pr['tls1.0'] === false && pr['tls1.1'] === false && pr['tls1.2'] === false) return 'all-refused';
  return 'unclear';
}

const RANK: Record<ProbeClass, number> = { refuses: 4, accepts: 3, 'all-refused': 2, unreachable: 1, 'not-tls': 1, unclear: 1 };

/**
 * The probe the diagnosis reasons from: the latest that refuses TLS 1.0 (the problem is there, whatever
 * else was probed), else the latest that accepts it, else the latest that refused every version, else the latest.
 */
export function probeForDiagnosis(facts: Facts): ProbeResult | undefined {
  const kept = keptProbes(facts);
  let best: ProbeResult | undefined;
  let rank = 0;
  for (const p of kept) {
    const r = RANK[probeClass(p)];
    if (r >= rank) {
      best = p;
      rank = r;
    }
  }
  // The latest probe's full result (certificate, redirect, detail) when it is the one chosen; the list holds slim records.
  if (best && isObj(facts.probe) && keptWhere(best) === keptWhere(facts.probe)) return facts.probe;
  return best ?? (isObj(facts.probe) ? facts.probe : undefined);
}

const enList = (xs: string[]) => (xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const jaList = (xs: string[]) => xs.join('、');
const one = (n: number, s: string, p: string) => (n === 1 ? s : p);

/** The findings' paragraphs: one per kind of result, naming the addresses. */
function groupsText(kept: ProbeResult[], level: SecurityLevel | undefined, skip: string | null): LocalizedText[] {
  const by: Record<ProbeClass, string[]> = { refuses: [], accepts: [], 'all-refused': [], unreachable: [], 'not-tls': [], unclear: [] };
  for (const p of kept) if (keptWhere(p) !== skip) by[probeClass(p)].push(keptWhere(p));
  const out: LocalizedText[] = [];
  const raised = level === 'medium-high' || level === 'high';
  const r = by.refuses;
  if (r.length) {
    const n = r.length;
    // "which it takes" only when every one of them accepted TLS 1.2 in the probe (REV11 #5).
    const all12 = kept.filter((p) => r.includes(keptWhere(p))).every((p) => isObj(p.protocols) && (p.protocols as Record<string, unknown>)['tls1.2'] === true);
    const takes = all12
      ? L(`, which ${one(n, 'it takes', 'they take')}`, 'これは受け付けられます')
      : n === 1
        ? L(
            ` (with the TLS 1.2 Client keys in place), but the probe did not see this address accept TLS 1.2: check its \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` and that the probe reached the endpoint itself`,
            'ただし、このアドレスが TLS 1.2 を受け付けることはプローブで確認できませんでした。その `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` と、プローブがエンドポイント自体に届いているかを確認してください',
          )
        : L(
            ` (with the TLS 1.2 Client keys in place), but not every one of them accepted TLS 1.2 in the probe: ask about each ("what did the probe of … show?") and check its \`HTTPS Server MinimumTLSVersion\``,
            'ただし、プローブで TLS 1.2 を受け付けなかったアドレスがあります。アドレスごとの結果を確認し、その `HTTPS Server MinimumTLSVersion` を確認してください',
          );
    out.push(
      raised
        ? L(
            `${enList(r)} ${one(n, 'refuses', 'refuse')} TLS 1.0 and ${one(n, 'accepts', 'accept')} a newer version: TMS at Medium could not reach ${one(n, 'it', 'them')}; at ${level === 'high' ? 'High' : 'Medium-High'} TMS should offer TLS 1.2${takes.en}.`,
            `${jaList(r)} は TLS 1.0 を拒否し、より新しいバージョンを受け付けます。Medium の TMS からは接続できませんが、${level === 'high' ? 'High' : 'Medium-High'} の TMS は TLS 1.2 を提示するはずで、${takes.ja}。`,
          )
        : all12
          ? L(
              `${enList(r)} ${one(n, 'refuses', 'refuse')} TLS 1.0 and ${one(n, 'accepts', 'accept')} a newer version: this is the TLS 1.0 problem there. TMS at Medium offers only TLS 1.0, so the fix (Medium-High) applies to ${one(n, 'it', 'them')}.`,
              `${jaList(r)} は TLS 1.0 を拒否し、より新しいバージョンを受け付けます。ここでは TLS 1.0 の問題です。Medium の TMS は TLS 1.0 しか提示しないため、修正（Medium-High への変更）は該当するアドレスに当てはまります。`,
            )
          : // "The fix applies" only where the probe saw TLS 1.2 accepted (the version Medium-High offers): else what to check.
            L(
              `${enList(r)} ${one(n, 'refuses', 'refuse')} TLS 1.0 and ${one(n, 'accepts', 'accept')} a newer version: this is the TLS 1.0 problem there, since TMS at Medium offers only TLS 1.0. At Medium-High TMS should offer TLS 1.2${takes.en} before counting on the fix there.`,
              `${jaList(r)} は TLS 1.0 を拒否し、より新しいバージョンを受け付けます。Medium の TMS は TLS 1.0 しか提示しないため、ここでは TLS 1.0 の問題です。Medium-High の TMS は TLS 1.2 を提示するはずです（TMS サーバに TLS 1.2 の Client キーがある場合）。${takes.ja}。修正で解決すると見込むのは、その確認のあとにしてください。`,
            ),
    );
  }
  const a = by.accepts;
  if (a.length) {
    const n = a.length;
    out.push(
      L(
        `${enList(a)} still ${one(n, 'accepts', 'accept')} TLS 1.0: TMS at Medium reaches ${one(n, 'it', 'them')}, so the TLS 1.0 change does not explain a "No HTTPS response" there. Look for another cause for ${one(n, 'that one', 'those')}: reachability, HTTPS on the endpoint, its certificate, TMS's stored credentials.`,
        `${jaList(a)} はまだ TLS 1.0 を受け付けます。Medium の TMS でも接続できるため、そこでの「No HTTPS response」は TLS 1.0 の変更では説明できません。該当するアドレスについては別の原因（到達性、エンドポイントの HTTPS 設定、証明書、TMS に保存された認証情報）を調べてください。`,
      ),
    );
  }
  const b = by['all-refused'];
  if (b.length) {
    const n = b.length;
    out.push(
      L(
        `${enList(b)} refused TLS 1.0, 1.1 and 1.2 alike: that is not what a TC or CE endpoint does at its default settings, and Medium-High will not reach ${one(n, 'it', 'them')} either. First check the endpoint's \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` (a minimum above TLS 1.2 refuses everything TMS offers), then that HTTPS is on (HTTP Mode) and that ${one(n, 'the address is', 'each address is')} the endpoint itself, not a proxy or firewall in front of it.`,
        `${jaList(b)} は TLS 1.0・1.1・1.2 のどれも拒否しました。これは初期設定の TC や CE のエンドポイントの動作ではなく、Medium-High にしても接続できません。まずエンドポイントの \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` を確認してください（最小値が TLS 1.2 より上だと、TMS が提示するものはすべて拒否されます）。次に HTTPS が有効か（HTTP Mode）、そのアドレスがエンドポイント自体で、手前のプロキシやファイアウォールではないかを確認してください。`,
      ),
    );
  }
  const none = [...by.unreachable, ...by['not-tls'], ...by.unclear];
  if (none.length) {
    const n = none.length;
    out.push(
      L(
        `${enList(none)} gave no clear TLS answer (port closed, silent, or not TLS): ${one(n, 'it says', 'they say')} nothing about TLS 1.0, either way.`,
        `${jaList(none)} からは TLS についてはっきりした応答がありませんでした（ポートが閉じている、無応答、または TLS 以外）。TLS 1.0 についてはどちらとも言えません。`,
      ),
    );
  }
  return out;
}

/**
 * What each kept probe showed, when more than one address was probed; null for one probe (its own finding says it).
 * `shown`: the probe whose own finding the diagnosis already shows (not said twice).
 */
export function keptProbesFinding(facts: Facts, shown: ProbeResult | null = null): Finding | null {
  const kept = keptProbes(facts);
  if (kept.length < 2) return null;
  const body = groupsText(kept, facts.level, shown ? keptWhere(shown) : null);
  const dropped = typeof facts.probesDropped === 'number' && facts.probesDropped > 0 ? Math.min(facts.probesDropped, 1_000_000) : 0;
  if (dropped > 0) {
    body.push(
      L(
        `I keep at most the last ${PROBES_KEPT} probes of this conversation (fewer when the addresses are long); ${dropped} older ${one(dropped, 'one was', 'ones were')} dropped.`,
        `この会話では直近のプローブ結果を最大 ${PROBES_KEPT} 件保持しています（アドレスが長い場合はそれより少なくなります）。それより古い ${dropped} 件は破棄しました。`,
      ),
    );
  }
  const refusing = kept.filter((p) => probeClass(p) === 'refuses').length;
  return {
    code: 'probes-kept',
    severity: refusing > 0 ? 'critical' : 'info',
    title: L(`What each of the ${kept.length} probed addresses showed`, `プローブした ${kept.length} 件のアドレスごとの結果`),
    body,
  };
}

/**
 * An address that refused TLS 1.0, 1.1 and 1.2 (REV11 #6): not what a TC/CE endpoint does at its default settings;
 * the endpoint's own minimum TLS version first, then HTTPS on the endpoint and what sits in front of it.
 */
export function allRefusedLine(w: string, only13: boolean): LocalizedText {
  return L(
    `${w}: TLS 1.0, 1.1 and 1.2 all refused${only13 ? ', TLS 1.3 accepted' : ''}. That is not what a TC or CE endpoint does at its default settings, and TMS offers at most TLS 1.2 (at Medium-High), so raising the level alone would not reach it. First check the endpoint's \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` (a minimum above TLS 1.2 refuses everything TMS offers), then that HTTPS is on (\`xConfiguration NetworkServices HTTP Mode\`) and that the address is the endpoint itself, not a proxy or firewall in front of it.`,
    `${w}：TLS 1.0・1.1・1.2 がすべて拒否されました${only13 ? '（TLS 1.3 は受け付けました）' : ''}。これは初期設定の TC や CE のエンドポイントの動作ではありません。TMS が提示するのは最大でも TLS 1.2（Medium-High の場合）なので、レベルを上げるだけでは接続できません。まずエンドポイントの \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` を確認してください（最小値が TLS 1.2 より上だと、TMS が提示するものはすべて拒否されます）。次に HTTPS が有効か（\`xConfiguration NetworkServices HTTP Mode\`）、そのアドレスがエンドポイント自体で、手前のプロキシやファイアウォールではないかを確認してください。`,
  );
}

/** One line on one kept result: what it shows about TLS 1.0 (asked "what did the probe of X show?"). */
export function probeLine(p: ProbeResult): LocalizedText {
  const w = keptWhere(p);
  const pr = (isObj(p.protocols) ? p.protocols : {}) as Record<string, unknown>;
  switch (probeClass(p)) {
    case 'refuses': {
      const took = (['tls1.1', 'tls1.2', 'tls1.3'] as const).filter((k) => pr[k] === true).map((k) => `TLS ${k.slice(3)}`);
      // "which it accepts" only when the probe saw TLS 1.2 accepted (REV11 #5); Medium-High offers 1.2 only with the Client keys in place.
      const takes12 = pr['tls1.2'] === true;
      return L(
        `${w}: TLS 1.0 refused, ${enList(took)} accepted. TMS at Medium (TLS 1.0 only) cannot reach it: this is the TLS 1.0 problem there; at Medium-High TMS should offer TLS 1.2 (with the TLS 1.2 Client keys in place on the TMS server)${
          takes12 ? ', which it accepts' : `, but this address did not accept TLS 1.2 in the probe${pr['tls1.2'] === false ? '' : ' (not settled)'}: check its HTTPS settings (\`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\`) before counting on the fix there`
        }.`,
        `${w}：TLS 1.0 は拒否、${took.join('・')} は受け付けました。TLS 1.0 しか提示しない Medium の TMS からは接続できません。ここでは TLS 1.0 の問題です。Medium-High の TMS は TLS 1.2 を提示するはずです（TMS サーバに TLS 1.2 の Client キーがある場合）。${
          takes12 ? 'このアドレスは TLS 1.2 を受け付けました。' : `ただしこのアドレスはプローブで TLS 1.2 を${pr['tls1.2'] === false ? '受け付けませんでした' : '受け付けるか確認できませんでした'}。修正で解決すると見込む前に、その HTTPS 設定（\`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\`）を確認してください。`
        }`,
      );
    }
    case 'accepts':
      return L(
        `${w}: TLS 1.0 accepted. TMS at Medium can reach it, so the TLS 1.0 change does not explain a failure there: look for another cause.`,
        `${w}：TLS 1.0 を受け付けました。Medium の TMS でも接続できるため、そこでの障害は TLS 1.0 の変更では説明できません。別の原因を調べてください。`,
      );
    case 'all-refused':
      return allRefusedLine(w, pr['tls1.3'] === true);
    case 'unreachable':
      return L(
        `${w}: no TCP connection (port closed or host silent). There was no TLS answer, so it says nothing about TLS 1.0.`,
        `${w}：TCP 接続できませんでした（ポートが閉じている、またはホストが無応答）。TLS の応答がないため、TLS 1.0 については何も分かりません。`,
      );
    case 'not-tls':
      return L(
        `${w}: it answered, but not in TLS. That says nothing about TLS 1.0: check the port and that HTTPS is on at the endpoint.`,
        `${w}：応答はありましたが TLS ではありませんでした。TLS 1.0 については何も分かりません。ポート番号と、エンドポイントで HTTPS が有効かを確認してください。`,
      );
    default:
      return L(
        `${w}: the TCP connection opened but no clear TLS answer came (timed out or dropped). That says nothing about TLS 1.0; a probe with a longer timeout may tell more.`,
        `${w}：TCP 接続はできましたが、TLS のはっきりした応答はありませんでした（タイムアウトまたは切断）。TLS 1.0 については何も分かりません。タイムアウトを長くして再度プローブすると分かる場合があります。`,
      );
  }
}

/**
 * One line for a surface that shows a short form of the answer (the Slack card) when the kept probes disagree: at least
 * one address refuses TLS 1.0 and another accepts it or refuses TLS 1.0, 1.1 and 1.2 alike. The card would otherwise show
 * the answer the diagnosis reasons from and, as its probe line, only the latest probe, hiding an earlier address that
 * tells otherwise (FIX20D #2). null when the probes agree (or fewer than two were kept).
 */
export function keptProbesDiffer(facts: Facts): LocalizedText | null {
  const kept = keptProbes(facts);
  if (kept.length < 2) return null;
  const refuses = kept.filter((p) => probeClass(p) === 'refuses');
  const accepts = kept.filter((p) => probeClass(p) === 'accepts');
  const allRefused = kept.filter((p) => probeClass(p) === 'all-refused');
  if (!refuses.length || accepts.length + allRefused.length === 0) return null;
  const some = (ps: ProbeResult[]) => {
    const names = ps.slice(0, 3).map(keptWhere);
    const more = ps.length - names.length;
    return { en: more > 0 ? `${names.join(', ')} and ${more} more` : enList(names), ja: more > 0 ? `${jaList(names)} ほか ${more} 件` : jaList(names), n: ps.length };
  };
  const en: string[] = [];
  const ja: string[] = [];
  const with12 = refuses.filter((p) => isObj(p.protocols) && (p.protocols as Record<string, unknown>)['tls1.2'] === true);
  const without12 = refuses.filter((p) => !with12.includes(p));
  if (with12.length) {
    const x = some(with12);
    // Already at Medium-High or High: nothing left to apply; TLS 1.2 is what TMS should be offering there.
    const raised = facts.level === 'medium-high' || facts.level === 'high';
    en.push(`${x.en} ${one(x.n, 'refuses', 'refuse')} TLS 1.0 and ${one(x.n, 'accepts', 'accept')} TLS 1.2 (${raised ? 'TMS offering TLS 1.2 should reach it' : 'the fix applies there'})`);
    ja.push(`${x.ja} は TLS 1.0 を拒否し TLS 1.2 を受け付けます（${raised ? 'TLS 1.2 を提示する TMS なら接続できるはずです' : '修正が当てはまります'}）`);
  }
  if (without12.length) {
    const x = some(without12);
    en.push(`${x.en} ${one(x.n, 'refuses', 'refuse')} TLS 1.0 but was not seen accepting TLS 1.2 (check its minimum TLS version first)`);
    ja.push(`${x.ja} は TLS 1.0 を拒否しますが、TLS 1.2 の受け付けは確認できていません（先に最小 TLS バージョンを確認してください）`);
  }
  if (accepts.length) {
    const x = some(accepts);
    en.push(`${x.en} still ${one(x.n, 'accepts', 'accept')} TLS 1.0 (look for another cause there)`);
    ja.push(`${x.ja} はまだ TLS 1.0 を受け付けます（そこでは別の原因を調べてください）`);
  }
  if (allRefused.length) {
    const x = some(allRefused);
    en.push(`${x.en} ${one(x.n, 'refuses', 'refuse')} TLS 1.0, 1.1 and 1.2 alike (Medium-High will not reach ${one(x.n, 'it', 'them')}: check its minimum TLS version)`);
    ja.push(`${x.ja} は TLS 1.0・1.1・1.2 のどれも拒否します（Medium-High でも接続できません。最小 TLS バージョンを確認してください）`);
  }
  return L(`The probed addresses differ: ${en.join('; ')}.`, `プローブ結果はアドレスによって異なります：${ja.join('／')}。`);
}
