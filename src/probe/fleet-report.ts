/**
 * Fleet output, one target at a time (so nothing waits for the whole list): table rows, CSV rows,
 * JSON lines, and the closing summary.
 */
import type { FleetItem, FleetSummary, FleetSystem, FleetVerdict } from './fleet';
import { FLEET_VERDICTS, VERDICT_LABEL } from './fleet';
import type { ProtocolKey, Tri } from './types';
import { CSV_HEADER, FLEET_SHORT, FLEET_SUMMARY, FLEET_SUMMARY_JA, FLEET_TABLE_HEAD, FLEET_VERDICT_LABEL_JA } from './output-words';
import type { Lang } from '../domain/types';
import { MIN_TLS_SETTING } from './no-level-words';

const SHORT: Record<FleetVerdict, string> = FLEET_SHORT;

function cut(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function pad(s: string, n: number): string {
  const t = cut(s, n);
  return t + ' '.repeat(n - t.length);
}

function mark(v: Tri | undefined): string {
  return v === true ? 'yes' : v === false ? 'no' : '?';
}

const VERSIONS: [ProtocolKey, string][] = [
  ['tls1.0', '1.0'],
  ['tls1.1', '1.1'],
  ['tls1.2', '1.2'],
  ['tls1.3', '1.3'],
];

/** What the note column says: why not probed, the error, or the disagreement. */
export function itemNote(i: FleetItem): string {
  if (i.skipped) return i.skipped.reason;
  if (i.mismatch) return `stated ${i.stated}: ${i.mismatch}`;
  return i.result?.error ?? '';
}

export function tableHeader(): string {
  const [L, T, N, S, V] = FLEET_TABLE_HEAD;
  return `${pad(L, 6)}${pad(T, 24)}${pad(N, 18)}${pad(S, 14)}${pad(V, 14)}${VERSIONS.map(([, l]) => pad(l, 5)).join('')}NOTE\n`;
}

export function tableRow(i: FleetItem): string {
  const target = i.result?.target ?? (i.input || '(empty)');
  const vs = VERSIONS.map(([k]) => pad(i.result ? mark(i.result.protocols[k]) : '-', 5)).join('');
  return `${pad(String(i.line), 6)}${pad(target, 23)} ${pad(i.name ?? '', 17)} ${pad(i.stated ?? '', 13)} ${pad(SHORT[i.verdict], 14)}${vs}${cut(itemNote(i), 160)}\n`;
}

/** A CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet shows it as text. */
export function csvCell(v: string | number | boolean | null | undefined): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export { CSV_HEADER };

export function csvHeaderLine(): string {
  return CSV_HEADER.join(',') + '\r\n';
}

export function csvRow(i: FleetItem): string {
  const r = i.result;
  const tri = (v: Tri | undefined) => (r ? (v === null || v === undefined ? 'unknown' : v ? 'accepted' : 'refused') : '');
  const tms = (v: Tri | undefined) => (r ? (v === null || v === undefined ? 'unknown' : v ? 'works' : 'fails') : '');
  return (
    [
      i.line,
      r?.target ?? i.input,
      r?.address ?? '',
      i.name,
      i.stated,
      i.verdict,
      tri(r?.protocols.ssl3),
      tri(r?.protocols['tls1.0']),
      tri(r?.protocols['tls1.1']),
      tri(r?.protocols['tls1.2']),
      tri(r?.protocols['tls1.3']),
      tms(r?.tms.medium),
      tms(r?.tms.mediumHigh),
      itemNote(i),
      r?.durationMs ?? '',
    ]
      .map(csvCell)
      .join(',') + '\r\n'
  );
}

/** One JSON object per target: the single-probe shape plus where it came from. */
export function jsonItem(i: FleetItem): Record<string, unknown> {
  const from = { line: i.line, name: i.name, stated: i.stated, verdict: i.verdict, mismatch: i.mismatch };
  if (i.result) return { ...i.result, ...from };
  return { target: i.input, ...from, refused: i.skipped };
}

function systems(list: FleetSystem[], count: number, lang: Lang = 'en', indent = '  '): string[] {
  const out = list.map((s) =>
    lang === 'ja'
      ? `${indent}${s.target}${s.name ? `（${s.name}）` : ''}${s.note ? `：${s.note.ja}` : ''}`
      : `${indent}${s.target}${s.name ? ` (${s.name})` : ''}${s.note ? `: ${s.note.en}` : ''}`,
  );
  if (count > list.length) out.push(lang === 'ja' ? `${indent}…ほか ${count - list.length} 台（全体のレポートを参照）` : `${indent}… and ${count - list.length} more (see the full report)`);
  return out;
}

/** Why targets were not probed, by kind, after their count. */
const SKIP_JA: Record<string, string> = {
  duplicate: '重複',
  deadline: '期限切れ',
  malformed: '読み取れない',
  port: '許可されていないポート',
  address: '許可されていないアドレス',
  name: '許可されていないホスト名',
  resolve: '名前解決できない',
  error: 'エラー',
};

/** The summary's sentences in Japanese (`probe --lang ja`); the English ones are written inline in summaryText. */
const JA = {
  head: (s: FleetSummary, rate: string) =>
    `${FLEET_SUMMARY_JA.head}対象 ${s.total} 件、うち ${s.probed} 件を ${(s.durationMs / 1000).toFixed(1)} 秒で調査（${rate} 件/秒、同時実行数 ${s.concurrency}）`,
  deadline: '調査の期限に達したため、すべての対象を調べる前に止まりました。',
  truncated: (n: number) => `リストが ${n} 件を超えているため、最初の ${n} 件だけを読みました。`,
  only13: (n: number) =>
    `${n} 台は TLS 1.3 だけを受け付けます（TLS 1.0・1.1・1.2 は拒否）。エンドポイントの TLS の下限が TMS の提示するバージョン（Medium-High での TLS 1.2）より上に設定されているときの応答なので、Medium-High にしても接続できません。${n === 1 ? 'その機器' : 'それぞれの機器'}の \`${MIN_TLS_SETTING}\` を確認してください。TLS 1.2 を許可するまで TMS からは接続できません（変更する場合は、その設定を上げた担当者と相談してください）：`,
  noLevel: (n: number) =>
    `${n} 台は TLS 1.0・1.1・1.2 のいずれも拒否しています。アップグレードでは説明がつかず、Medium-High にしても接続できません（TC/CE はどのリリースも TLS 1.2 を受け付けます）。そのアドレスがエンドポイントの HTTPS サービスか（HTTP Mode / HTTPS Mode、前段のプロキシやファイアウォール）を確認してください：`,
  noAnswer: (n: number) => `${n} 台は TLS で応答しませんでした（閉じている、無応答、別のプロトコル、または時間内にはっきりした応答なし）。これらは別に確認してください：`,
  mismatch: (n: number) => `${n} 台で、記載されたソフトウェアバージョンとプローブ結果が食い違っています：`,
  claimed: (n: number) =>
    `${n} 件のアドレスが、リストの 2 行に別の機器（名前またはバージョンが異なる）として載っています。同じアドレスを調べるのは最初の行の分として 1 回だけで、プローブではどちらの機器が応答しているかは分かりません。${n === 1 ? 'そのアドレス' : 'それぞれのアドレス'}に実際にある機器を確認してください：`,
};

/** The closing summary, in English or (`probe --lang ja`) Japanese. The table, CSV and JSON stay as they are. */
export function summaryText(s: FleetSummary, lang: Lang = 'en'): string {
  const ja = lang === 'ja';
  const out: string[] = [];
  const rate = s.durationMs > 0 ? (s.probed / (s.durationMs / 1000)).toFixed(1) : '-';
  out.push(ja ? JA.head(s, rate) : `${FLEET_SUMMARY.head}${s.total} ${s.total === 1 ? 'target' : 'targets'}, ${s.probed} probed in ${(s.durationMs / 1000).toFixed(1)} s (${rate}/s, concurrency ${s.concurrency})`);
  for (const v of FLEET_VERDICTS) {
    if (s.counts[v] === 0) continue;
    let extra = '';
    if (v === 'not-probed') {
      const kinds = Object.entries(s.skipped);
      extra = ja
        ? `（${kinds.map(([k, n]) => `${SKIP_JA[k] ?? k} ${n} 件`).join('、')}）`
        : ` (${kinds
            .map(([k, n]) => `${n} ${k === 'duplicate' ? 'duplicate' : k === 'deadline' ? 'after the deadline' : k === 'malformed' ? 'unreadable' : `refused (${k})`}`)
            .join(', ')})`;
    }
    out.push(`  ${String(s.counts[v]).padStart(6)}  ${ja ? FLEET_VERDICT_LABEL_JA[v] : VERDICT_LABEL[v]}${extra}`);
  }
  if (s.deadlineHit) out.push(ja ? JA.deadline : "The job's deadline stopped it before every target was probed.");
  if (s.truncatedAt !== null) out.push(ja ? JA.truncated(s.truncatedAt) : `The list is longer than ${s.truncatedAt} targets: only the first ${s.truncatedAt} were read.`);
  if (s.mediumCannotReachCount > 0) {
    out.push('');
    out.push(ja ? FLEET_SUMMARY_JA.mediumCannotReach(s.mediumCannotReachCount, s.probed) : FLEET_SUMMARY.mediumCannotReach(s.mediumCannotReachCount, s.probed));
    out.push(...systems(s.mediumCannotReach, s.mediumCannotReachCount, lang));
  }
  if ((s.noLevelCount ?? 0) > 0) {
    out.push('');
    // Every one of them accepted TLS 1.3 (left-e #3): the heading says what their rows say (the endpoint's minimum TLS version),
    // not the general advice. A mix (or TLS 1.3 not known for some): the general heading, each row saying its own.
    const n = s.noLevelCount ?? 0;
    const only13 = (s.noLevelTls13?.accepted ?? 0) === n;
    out.push(
      ja
        ? only13
          ? JA.only13(n)
          : JA.noLevel(n)
        : only13
          ? `${n} ${n === 1 ? 'accepts' : 'accept'} only TLS 1.3 (TLS 1.0, 1.1 and 1.2 refused), as an endpoint answers when its minimum TLS version is above what TMS offers (TLS 1.2, at Medium-High), so Medium-High would not fix it: check ${MIN_TLS_SETTING} on ${n === 1 ? 'it' : 'each'}; TMS reaches ${n === 1 ? 'it' : 'them'} only once that allows TLS 1.2 (agree any change with whoever raised it):`
          : `${n} ${n === 1 ? 'refuses' : 'refuse'} TLS 1.0, 1.1 and 1.2: an upgrade does not explain it and Medium-High would not fix it (every TC/CE release accepts TLS 1.2). Check that the address is the endpoint's HTTPS service (HTTP Mode / HTTPS Mode, a proxy or firewall in front):`,
    );
    // (Under that heading each row is tagged, not given the same sentence again.)
    out.push(...systems(only13 ? s.noLevel.map((x) => ({ ...x, note: { en: 'only TLS 1.3 accepted', ja: 'TLS 1.3 だけ受け付け' } })) : s.noLevel, s.noLevelCount, lang));
  }
  if (s.noAnswerCount > 0) {
    out.push('');
    out.push(ja ? JA.noAnswer(s.noAnswerCount) : `${s.noAnswerCount} gave no TLS answer (closed, silent, another protocol, or no clear answer in time): look at them separately:`);
    out.push(...systems(s.noAnswer, s.noAnswerCount, lang));
  }
  if (s.mismatchCount > 0) {
    out.push('');
    out.push(ja ? JA.mismatch(s.mismatchCount) : `${s.mismatchCount} where the stated software version and the probe disagree:`);
    out.push(...systems(s.mismatches, s.mismatchCount, lang));
  }
  if ((s.claimedCount ?? 0) > 0) {
    out.push('');
    // (Not "listed for two systems … (probed once)": which line the one probe was for, and that it cannot tell which system answers, FIX20D #5.)
    out.push(
      ja
        ? JA.claimed(s.claimedCount)
        : `${s.claimedCount} ${s.claimedCount === 1 ? 'address appears' : 'addresses appear'} on two lines of the list as different systems (another name or version). An address is probed at most once, for its first line, and a probe cannot tell which system answers there: check which one is really at ${s.claimedCount === 1 ? 'that address' : 'each address'}:`,
    );
    out.push(...systems(s.claimed, s.claimedCount, lang));
  }
  return out.join('\n') + '\n';
}
