/**
 * A refused probe as Slack users read it: what was refused and why, in one sentence in their
 * language, and — when the target may be legitimate — that the bot's administrator can allow it.
 * The policy words its reasons in English for the CLI and the probe log ("10.0.0.1 is outside the
 * networks the probe may reach (127.0.0.0/8). An administrator can widen PROBE_ALLOW."): the parts
 * a user needs (the address, the allowed networks or ports, the host name) are taken out of it and
 * said again in the user's language, never quoted. Command-line flags and environment variable
 * names are an administrator's business (README, "Probing an endpoint"): they are never shown.
 */
import type { Lang } from '../domain/types';
import type { RefusalKind } from '../probe/policy';

/** When the reason cannot be read: what was refused, without its details (no English inside Japanese). */
const W: Record<Lang, Record<RefusalKind, string>> = {
  en: {
    malformed: 'That is not a target I can probe: give host[:port], e.g. 10.1.2.3 or codec-12.example.lan:443.',
    port: 'That port is not one this bot may probe.',
    address: 'That address is outside the networks this bot may probe.',
    name: 'I do not look up that host name: this bot looks up only the names its administrator allowed.',
    resolve: 'I could not turn that host name into an address I may probe.',
    error: 'The probe could not run.',
  },
  ja: {
    malformed: 'プローブできる宛先の形式ではありません。ホスト[:ポート] で指定してください（例：10.1.2.3、codec-12.example.lan:443）。',
    port: 'そのポートは、このボットがプローブできるポートではありません。',
    address: 'そのアドレスは、このボットがプローブできるネットワークの外です。',
    name: 'そのホスト名は名前解決しません。このボットは、管理者が許可したホスト名だけを解決します。',
    resolve: 'そのホスト名を、プローブしてよいアドレスに解決できませんでした。',
    error: 'プローブを実行できませんでした。',
  },
};

/** What the user can do about a refusal that may be legitimate. */
const ASK: Record<Lang, Partial<Record<RefusalKind, string>>> = {
  en: {
    port: 'If the endpoint really listens there, ask the administrator of this bot to allow the port.',
    address: 'If it is one of your endpoints, ask the administrator of this bot to allow its network.',
    name: "Give the endpoint's IP address instead, or ask the administrator of this bot to allow the name.",
  },
  ja: {
    port: 'エンドポイントが本当にそのポートで待ち受けているなら、ボットの管理者に許可を依頼してください。',
    address: '自社のエンドポイントであれば、ボットの管理者にそのネットワークの許可を依頼してください。',
    name: '代わりにエンドポイントの IP アドレスを指定するか、ボットの管理者にそのホスト名の許可を依頼してください。',
  },
};

/** The policy's names for special addresses (src/probe/policy.ts, SPECIAL), in Japanese. */
const SPECIAL_JA: [RegExp, string][] = [
  [/loopback/, 'ループバックアドレス'],
  [/link-local/, 'リンクローカルアドレス'],
  [/multicast/, 'マルチキャストアドレス'],
  [/broadcast/, 'ブロードキャストアドレス'],
  [/unspecified/, '未指定のアドレス'],
  [/reserved/, '予約済みのアドレス'],
];

/** The policy's reason without flags (--allow …) or environment variable names (PROBE_…). */
export function withoutSettings(reason: string): string {
  return reason
    .replace(/\s*\((?:[^()]*?)(?:--[a-z][a-z-]*|PROBE_[A-Z_]+)(?:[^()]*?)\)/g, '')
    .split(/(?<=[.!?])\s+/)
    .filter((s) => !/--[a-z][a-z-]*|PROBE_[A-Z_]+|[A-Z][A-Z0-9]*_[A-Z0-9_]+=/.test(s))
    .join(' ')
    .trim();
}

const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);
const jaList = (list: string) => list.split(/\s*,\s*/).join('、');

/** "10.0.0.1 is outside …": one sentence about an address in the user's language; null when not one the policy words. */
function addressSentence(reason: string, lang: Lang): string | null {
  let m = /^(\S+) is outside the networks the probe may reach \(([^)]*)\)/.exec(reason);
  if (m) {
    const [addr, list] = [clip(m[1]!), clip(m[2]!)];
    const none = list === '(none)' || list === '';
    if (lang === 'ja') return none ? `${addr} は、このボットがプローブできるネットワークの外です（許可されているネットワークはありません）。` : `${addr} は、このボットがプローブできるネットワーク（${jaList(list)}）の外です。`;
    return none ? `${addr} is outside the networks this bot may probe (none is allowed).` : `${addr} is outside the networks this bot may probe (${list}).`;
  }
  m = /^(\S+) is (.+?); probing it is refused unless/.exec(reason);
  if (m) {
    const [addr, label] = [clip(m[1]!), m[2]!];
    if (lang === 'ja') {
      const kind = SPECIAL_JA.find(([re]) => re.test(label))?.[1] ?? '特別な用途のアドレス';
      return `${addr} は${kind}なので、このボットは明示的に許可されていない限りプローブしません。`;
    }
    return `${addr} is ${clip(label)}, which this bot probes only when it is allowed explicitly.`;
  }
  m = /^"([^"]+)" resolves to an address the probe may not use: (.+)$/.exec(reason);
  if (m) {
    const inner = addressSentence(m[2]!, lang);
    if (!inner) return null;
    return lang === 'ja' ? `「${clip(m[1]!)}」の解決先の ${inner}` : `"${clip(m[1]!)}" resolves to an address this bot may not probe: ${inner}`;
  }
  return null;
}

/** The refusal's own sentence (what and why), or null when its reason is not one the policy words. */
function detailSentence(kind: RefusalKind, reason: string, lang: Lang): string | null {
  if (kind === 'address') return addressSentence(reason, lang);
  if (kind === 'port') {
    const m = /^Port (\d+) is not one the probe may use(?: \(allowed: ([^)]*)\))?/.exec(reason);
    if (!m) return null;
    const allowed = m[2] && m[2] !== 'none' ? clip(m[2]) : null;
    return lang === 'ja'
      ? `ポート ${m[1]} は、このボットがプローブできるポートではありません${allowed ? `（許可されているポート：${jaList(allowed)}）` : ''}。`
      : `Port ${m[1]} is not a port this bot may probe${allowed ? ` (allowed: ${allowed})` : ''}.`;
  }
  if (kind === 'name') {
    const m = /^"([^"]+)" is a host name the probe may not look up/.exec(reason);
    if (!m) return null;
    return lang === 'ja'
      ? `「${clip(m[1]!)}」は名前解決しません（このボットは、管理者が許可したホスト名だけを解決します）。`
      : `I do not look up "${clip(m[1]!)}": this bot looks up only the host names its administrator allowed.`;
  }
  if (kind === 'resolve') {
    const m = /"([^"]+)"/.exec(reason);
    if (!m) return null;
    return lang === 'ja' ? `「${clip(m[1]!)}」を、プローブしてよいアドレスに解決できませんでした。` : `I could not turn "${clip(m[1]!)}" into an address I may probe.`;
  }
  return null;
}

export function slackRefusal(out: { kind?: RefusalKind; reason: string }, lang: Lang): string {
  const kind = out.kind ?? 'error';
  const words = W[lang] ?? W.en;
  if (kind === 'malformed') return words.malformed;
  const reason = withoutSettings(out.reason ?? '').slice(0, 300);
  const lead = detailSentence(kind, reason, lang) ?? words[kind] ?? words.error;
  const ask = ASK[lang]?.[kind];
  return ask ? `${lead} ${ask}`.replace(/。 /, '。') : lead;
}
