/**
 * At High, TMS validates the certificates of the systems it manages (Cisco TMS Administrator Guide,
 * as knowledge.md has it: check the guide before stating more). When a probe has seen the
 * endpoint's certificate, say what it showed instead of "check whether it is self-signed". Never
 * advise lowering the level: replacing or renewing the certificate is the way that keeps High.
 */
import type { CertificateInfo } from '../../probe/types';
import type { Finding, LocalizedText } from '../types';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** The probe saw a self-signed or expired certificate on an endpoint TMS manages at High; null otherwise. */
export function probeCertificateAtHigh(cert: CertificateInfo | null | undefined, target: string): Finding | null {
  if (!cert || typeof cert !== 'object' || (cert.selfSigned !== true && cert.expired !== true)) return null;
  const what = cert.expired === true && cert.selfSigned === true ? 'both' : cert.expired === true ? 'expired' : 'self';
  const until = typeof cert.validTo === 'string' ? cert.validTo.slice(0, 10) : '';
  const en = {
    self: `The probe of ${target} found a self-signed certificate (issued by itself, not by a CA).`,
    expired: `The probe of ${target} found an expired certificate (valid until ${until}).`,
    both: `The probe of ${target} found a self-signed certificate that has also expired (valid until ${until}).`,
  }[what];
  const ja = {
    self: `${target} をプローブしたところ、自己署名の証明書（CA ではなく自分自身が発行したもの）でした。`,
    expired: `${target} をプローブしたところ、期限切れの証明書（有効期限 ${until}）でした。`,
    both: `${target} をプローブしたところ、自己署名で、しかも期限切れの証明書（有効期限 ${until}）でした。`,
  }[what];
  return {
    code: 'probe-certificate-at-high',
    sources: ['cisco-tms-admin-guide'],
    severity: 'warning',
    title: L('At High this certificate is likely what fails', 'High ではこの証明書が失敗の原因である可能性が高いです'),
    body: [
      L(
        `${en} At High, TMS validates the certificates of the systems it manages, so this endpoint can fail even though it accepts TLS 1.2. Give the endpoint a certificate TMS trusts (${what === 'self' ? 'one issued by a CA the TMS server trusts' : 'a renewed one, issued by a CA the TMS server trusts'}), and check in the Cisco TMS Administrator Guide exactly what High validates. Keep High while you do: lowering the level weakens what TMS checks.`,
        `${ja} High の TMS は管理対象システムの証明書を検証するため、このエンドポイントは TLS 1.2 を受け付けていても失敗することがあります。TMS が信頼する証明書をエンドポイントに設定してください（${what === 'self' ? 'TMS サーバが信頼する CA が発行したもの' : '更新した証明書で、TMS サーバが信頼する CA が発行したもの'}）。High で何が検証されるかは、Cisco TMS 管理者ガイドで確認してください。その間も High のままにしてください。レベルを下げると TMS が確認する内容が弱くなります。`,
      ),
    ],
  };
}
