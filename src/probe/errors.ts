/**
 * Why a probe got no TLS answer, in English and Japanese. `summarise` (./index) writes the English
 * text into `ProbeResult.error`; `probeErrorText` gives it back in the user's language.
 */
import type { Lang, LocalizedText } from '../domain/types';

export const PROBE_ERROR = {
  refused: {
    en: 'port closed: the TCP connection was refused',
    ja: 'ポートが閉じています（TCP 接続が拒否されました）。',
  },
  silent: {
    en: 'host silent: no answer to the TCP connection (down, filtered, or wrong address)',
    ja: 'ホストが応答しません（TCP 接続に応答がありません。停止中、フィルタリング、またはアドレスの誤りが考えられます）。',
  },
  unreachable: {
    en: 'unreachable',
    ja: '到達できません。',
  },
  plainHttp: {
    en: 'not TLS: the port answers in plain HTTP',
    ja: 'TLS ではありません（このポートは暗号化されていない HTTP で応答します）。',
  },
  notTls: {
    en: 'not TLS: the port answers with bytes that are not TLS',
    ja: 'TLS ではありません（このポートは TLS 以外のデータで応答します）。',
  },
  malformed: {
    en: 'the port answers with malformed TLS',
    ja: 'このポートは不正な形式の TLS で応答します。',
  },
  noAnswer: {
    en: 'the port accepts TCP connections but never answers a TLS ClientHello',
    ja: 'このポートは TCP 接続を受け付けますが、TLS の ClientHello に応答しません。',
  },
  deadline: {
    en: "no answer before the probe's deadline: raise --deadline to wait longer",
    ja: 'プローブの期限（--deadline）までに応答がありませんでした。待ち時間を延ばすには --deadline を大きくしてください。',
  },
  dropped: {
    en: 'the port accepts TCP connections but drops every TLS ClientHello (reset or close)',
    ja: 'このポートは TCP 接続を受け付けますが、TLS の ClientHello をすべて切断します（リセットまたはクローズ）。',
  },
} as const satisfies Record<string, LocalizedText>;

const BY_EN = new Map<string, LocalizedText>(Object.values(PROBE_ERROR).map((t) => [t.en, t]));

/** A probe's error in the user's language; an error with no translation is quoted, never lost. */
export function probeErrorText(error: string, lang: Lang): string {
  if (lang !== 'ja') return error;
  const known = BY_EN.get(error);
  if (known) return known.ja;
  const failed = /^TCP connection failed \(([A-Z0-9_]+)\)$/.exec(error);
  if (failed) return `TCP 接続に失敗しました（\`${failed[1]}\`）。`;
  return `プローブの結果：「${error}」`;
}
