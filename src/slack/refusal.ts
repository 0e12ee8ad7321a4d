/**
 * A refused probe as Slack users read it: what was refused and why in their language, and — when
 * the target may be legitimate — that the bot's administrator can allow it. Command-line flags and
 * environment variable names are an administrator's business (README, "Probing an endpoint"): they
 * are taken out of the policy's own wording here.
 */
import type { Lang } from '../domain/types';
import type { RefusalKind } from '../probe/policy';

const W: Record<Lang, Record<RefusalKind, string>> = {
  en: {
    malformed: 'That is not a target I can probe: give host[:port], e.g. 10.1.2.3 or codec-12.example.lan:443.',
    port: 'That port is not one this bot may probe. If the endpoint really listens there, ask the administrator of this bot to allow the port.',
    address: 'That address is outside the networks this bot may probe. If it is one of your endpoints, ask the administrator of this bot to allow its network.',
    resolve: 'I could not turn that host name into an address I may probe.',
    error: 'The probe could not run.',
  },
  ja: {
    malformed: 'プローブできる宛先の形式ではありません。ホスト[:ポート] で指定してください（例：10.1.2.3、codec-12.example.lan:443）。',
    port: 'そのポートはこのボットがプローブしてよいポートではありません。エンドポイントが本当にそのポートで待ち受けているなら、ボットの管理者に許可を依頼してください。',
    address: 'そのアドレスはこのボットがプローブしてよいネットワークの外にあります。自社のエンドポイントであれば、ボットの管理者にそのネットワークの許可を依頼してください。',
    resolve: 'そのホスト名を、プローブしてよいアドレスに解決できませんでした。',
    error: 'プローブを実行できませんでした。',
  },
};

/** The policy's reason without flags (--allow …) or environment variable names (PROBE_…). */
export function withoutSettings(reason: string): string {
  return reason
    .replace(/\s*\((?:[^()]*?)(?:--[a-z][a-z-]*|PROBE_[A-Z_]+)(?:[^()]*?)\)/g, '')
    .split(/(?<=[.!?])\s+/)
    .filter((s) => !/--[a-z][a-z-]*|PROBE_[A-Z_]+|[A-Z][A-Z0-9]*_[A-Z0-9_]+=/.test(s))
    .join(' ')
    .trim();
}

export function slackRefusal(out: { kind?: RefusalKind; reason: string }, lang: Lang): string {
  const kind = out.kind ?? 'error';
  const summary = (W[lang] ?? W.en)[kind] ?? W[lang].error;
  const detail = withoutSettings(out.reason ?? '').slice(0, 300);
  if (!detail || kind === 'malformed') return summary;
  return lang === 'ja' ? `${summary}（詳細：「${detail}」）` : `${summary} (${detail})`;
}
