/**
 * A refused probe explained in the user's language. The policy's own reason (English, with the
 * exact address, port or setting) follows as the detail, so nothing it says is lost.
 */
import type { Lang, LocalizedText } from '../domain/types';
import type { RefusalKind } from './policy';

const SUMMARY: Record<RefusalKind, LocalizedText> = {
  malformed: {
    en: 'That is not a target I can probe: give HOST[:PORT], e.g. 10.1.2.3 or codec-12.example.lan:443.',
    ja: 'プローブできる宛先の形式ではありません。HOST[:PORT] の形で指定してください（例：10.1.2.3、codec-12.example.lan:443）。',
  },
  port: {
    en: 'That port is not one the probe may use (PROBE_PORTS).',
    ja: 'そのポートは、プローブが使ってよいポート（PROBE_PORTS）に含まれていません。',
  },
  address: {
    en: 'That address is outside the networks the probe may reach (PROBE_ALLOW).',
    ja: 'そのアドレスは、プローブが接続してよいネットワーク（PROBE_ALLOW）の外にあります。ループバック、リンクローカル（クラウドのメタデータ 169.254.169.254 を含む）、マルチキャストなどは、明示的に許可されない限り接続しません。',
  },
  name: {
    en: 'The probe looks up only the host names an administrator allowed (PROBE_ALLOW_NAMES).',
    ja: 'プローブは、管理者が許可したホスト名（PROBE_ALLOW_NAMES）しか名前解決しません。エンドポイントの IP アドレスを指定してください。',
  },
  resolve: {
    en: 'The host name could not be turned into an address the probe may use.',
    ja: 'ホスト名を、プローブが接続してよいアドレスに解決できませんでした。',
  },
  error: {
    en: 'The probe could not run.',
    ja: 'プローブを実行できませんでした。',
  },
};

/** English: the policy's reason as it is. Japanese: a Japanese explanation, then the detail. */
export function refusalText(out: { kind?: RefusalKind; reason: string }, lang: Lang): string {
  if (lang !== 'ja') return out.reason;
  const summary = SUMMARY[out.kind ?? 'error'] ?? SUMMARY.error;
  return `${summary.ja}（詳細：${out.reason}）`;
}
