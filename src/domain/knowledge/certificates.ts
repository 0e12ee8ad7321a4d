/**
 * At High, TMS validates the certificates of the systems it manages (Cisco TMS Administrator Guide,
 * as knowledge.md has it: check the guide before stating more). When a probe has seen the
 * endpoint's certificate, say what it showed instead of "check whether it is self-signed". Never
 * advise lowering the level: replacing or renewing the certificate is the way that keeps High.
 */
import type { CertificateInfo } from '../../probe/types';
import type { Finding, LocalizedText, SecurityLevel } from '../types';

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

/**
 * Pasted tool output (s_client, curl -v, sslscan) showed a self-signed or expired endpoint certificate while TMS is at High
 * (QA52 #1): the likely cause, said as such (the level is not ruled out at High), with the way that keeps High.
 */
export function pastedCertificateAtHigh(seen: boolean): Finding | null {
  if (!seen) return null;
  return {
    code: 'pasted-certificate-at-high',
    sources: ['cisco-tms-admin-guide'],
    severity: 'warning',
    title: L('At High this certificate is likely what fails', 'High ではこの証明書が失敗の原因である可能性が高いです'),
    body: [
      L(
        'TMS is at High, and what you pasted shows a self-signed or expired certificate on the endpoint. At High TMS validates the certificates of the systems it manages, on top of offering TLS 1.2 (Cisco TMS Administrator Guide; the TechNote does not cover High: check exactly what High validates in the guide for your release), so this endpoint is likely to fail there even though it accepts TLS 1.2: check this before the Windows side.',
        'TMS は High で、貼っていただいた内容ではエンドポイントの証明書が自己署名または期限切れです。High の TMS は TLS 1.2 を提示したうえで、管理対象システムの証明書も検証します（Cisco TMS アドミニストレータ ガイド。TechNote では High は扱われていないため、High で何が検証されるかはお使いのリリースのガイドで確認してください）。そのため、このエンドポイントは TLS 1.2 を受け付けていても High では失敗する可能性が高く、Windows 側より先にこの点を確認してください。',
      ),
      L(
        'Keep High and give the endpoint a certificate TMS trusts: issued by a CA the TMS server trusts, and within its validity dates. Lowering the level to Medium-High would stop the validation, which weakens what TMS checks: that is a security decision for your team, not a step of this fix.',
        'High のまま、TMS が信頼する証明書（TMS サーバが信頼する CA が発行し、有効期限内のもの）をエンドポイントに設定してください。Medium-High に下げると証明書の検証がなくなり、TMS が確認する内容が弱くなります。これはこの修正の手順ではなく、チームで判断すべきセキュリティ上の決定です。',
      ),
    ],
  };
}

/**
 * The managed systems' certificates said replaced with the upgrade (QA59 #11, FIX60F #3): one line on what that means at the level.
 * Below High TMS does not validate them (validating them is what High adds, per Cisco's TMS admin guide); the revocation check in
 * TMS Tools fails HTTPS when the CRL point is unreachable (knowledge.md What else). At High, they are validated.
 */
export function certsReplacedNote(level: SecurityLevel | undefined): Finding {
  const high = level === 'high';
  const crl = L(
    'One certificate setting still matters at every level: with "Enable Certificate Revocation Check" on in TMS Tools, HTTPS fails when the CRL distribution point of the CA that issued them (your internal CA) cannot be reached, even at TLS 1.2.',
    'ただし、どのレベルでも関係する証明書の設定が 1 つあります。TMS Tools で [Enable Certificate Revocation Check] が有効な場合、発行した CA（社内 CA）の CRL 配布ポイントに到達できないと、TLS 1.2 でも HTTPS は失敗します。',
  );
  return {
    code: 'certs-replaced',
    sources: ['cisco-tms-admin-guide'],
    severity: 'info',
    title: L('The new endpoint certificates', 'エンドポイントの新しい証明書'),
    body: [
      high
        ? L(
            `You also replaced the endpoints' certificates. At High, TMS validates the certificates of the systems it manages (Cisco TMS Administrator Guide), so check that the TMS server trusts the CA that issued the new ones. ${crl.en}`,
            `エンドポイントの証明書も入れ替えたとのことです。High の TMS は管理対象システムの証明書を検証するため（Cisco TMS 管理者ガイド）、新しい証明書を発行した CA を TMS サーバが信頼しているか確認してください。${crl.ja}`,
          )
        : L(
            `You also replaced the endpoints' certificates. At ${level === 'medium-high' ? 'Medium-High' : 'Medium'} TMS does not validate them (validating the managed systems' certificates is what High adds, per Cisco's TMS admin guide), so the new certificates are not expected to be why TMS gets no HTTPS answer. ${crl.en}`,
            `エンドポイントの証明書も入れ替えたとのことです。${level === 'medium-high' ? 'Medium-High' : 'Medium'} の TMS は証明書を検証しません（Cisco の TMS 管理者ガイドによると、管理対象システムの証明書の検証は High で加わるものです）。そのため、新しい証明書が HTTPS の応答が得られない原因とは考えにくいです。${crl.ja}`,
          ),
    ],
  };
}
