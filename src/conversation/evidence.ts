/**
 * Pasted evidence in a chat message (event log lines, TMS messages, capture rows, SELECT @@VERSION,
 * systeminfo, xStatus): read by src/evidence/text.ts (the one recogniser), said back to the user
 * line by line ("from what you pasted: …"), its facts joined to the conversation's.
 */
import type { Facts, LocalizedText } from '../domain/types';
import type { Observation } from '../evidence/types';
import { readPastedText } from '../evidence/text';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** What an observation means for this problem, when it changes what to do (facts from knowledge.md). */
const MEANING: Partial<Record<string, LocalizedText>> = {
  'event-sql-encryption-init-failed': L(
    'SQL Server on this server cannot start its encryption: that is what happens to SQL 2008 R2 (or 2012/2014 without a TLS 1.2 build) when TLS 1.0 is turned off. Re-enable TLS 1.0 in Schannel (Client and Server), reboot, and leave it on until SQL is on a build with TLS 1.2 support.',
    'このサーバの SQL Server が暗号化を開始できていません。TLS 1.0 を無効にしたときに SQL 2008 R2（または TLS 1.2 未対応ビルドの 2012/2014）で起きる現象です。Schannel で TLS 1.0（Client と Server）を有効に戻して再起動し、SQL を TLS 1.2 対応ビルドにするまでは有効のままにしてください。',
  ),
  'tms-telnet-violation': L(
    'This is the Telnet/SNMP consequence of Medium-High (or High): TMS no longer talks Telnet or SNMP, so systems it managed that way lose their connection. It is expected after the change, not a new fault.',
    'これは Medium-High（または High）にしたことによる Telnet/SNMP への影響です。TMS が Telnet や SNMP を使わなくなるため、それらで管理していたシステムは接続できなくなります。変更後に想定される結果で、新しい障害ではありません。',
  ),
  'capture-clienthello-tls10-only': L('TMS offered only TLS 1.0: the Medium level at work.', 'TMS は TLS 1.0 しか提示していません。Medium レベルの動作です。'),
  'capture-reset-after-clienthello': L('The endpoint reset the connection right after the ClientHello: it refuses what TMS offered.', 'エンドポイントは ClientHello の直後に接続をリセットしています。TMS の提示した内容を拒否しています。'),
  'capture-no-clienthello': L('No ClientHello after the TCP handshake: TLS 1.0 is off on the server while TMS is still at Medium.', 'TCP ハンドシェイクのあと ClientHello がありません。TMS が Medium のまま、サーバで TLS 1.0 が無効になっています。'),
  'capture-http-301-fallback': L('TMS fell back to HTTP and was redirected (301): the usual second half of the symptom.', 'TMS が HTTP に切り替えてリダイレクト（301）されています。この症状でよく見られる後半部分です。'),
  'event-schannel-error': L('Schannel on the TMS server refused a handshake: check the protocol and cipher-suite settings, not only TMS.', 'TMS サーバの Schannel がハンドシェイクを拒否しています。TMS だけでなく、プロトコルと暗号スイートの設定も確認してください。'),
};

export interface PastedEvidence {
  observations: Observation[];
  facts: Partial<Facts>;
}

/** The evidence in a message, or null when it holds none. Never throws. */
export function pastedEvidence(text: string): PastedEvidence | null {
  try {
    const r = readPastedText(text);
    if (!r || !Array.isArray(r.observations) || r.observations.length === 0) return null;
    return { observations: r.observations, facts: r.facts ?? {} };
  } catch {
    return null;
  }
}

/** "From what you pasted:" lines, each with what it means when that changes what to do. */
export function evidenceLines(ev: PastedEvidence, lang: 'en' | 'ja'): string[] {
  return ev.observations.slice(0, 12).map((o) => {
    const m = MEANING[o.code];
    return m ? `${o.detail[lang]} ${m[lang]}` : o.detail[lang];
  });
}
