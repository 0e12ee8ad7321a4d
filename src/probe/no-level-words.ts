/**
 * What to check next where TLS 1.0, 1.1 and 1.2 were all refused, by what TLS 1.3 did (QA55 #6). Pure.
 * - TLS 1.3 accepted: what an endpoint answers when its minimum TLS version (xConfiguration NetworkServices HTTPS Server
 *   MinimumTLSVersion, knowledge.md "What else a senior engineer checks") is above the TLS 1.2 TMS offers at Medium-High.
 * - TLS 1.3 refused too: a minimum version never refuses the newest one, so MinimumTLSVersion does not explain it; what is in
 *   the way (a firewall or IPS), the address, and HTTPS on the endpoint come first.
 * - TLS 1.3 not known: null (the callers keep their general advice).
 */
import type { LocalizedText } from '../domain/types';

export const MIN_TLS_SETTING = 'xConfiguration NetworkServices HTTPS Server MinimumTLSVersion';

export function noLevelNext(tls13: boolean | null | undefined): LocalizedText | null {
  if (tls13 === true) {
    return {
      en: `only TLS 1.3 accepted, as an endpoint answers when its minimum TLS version is above what TMS offers (TLS 1.2, at Medium-High): check ${MIN_TLS_SETTING} on the endpoint; TMS reaches it only once that allows TLS 1.2 (agree any change with whoever raised it)`,
      ja: `受け付けたのは TLS 1.3 だけです。エンドポイントの TLS の下限が TMS の提示するバージョン（Medium-High での TLS 1.2）より上に設定されているときの応答です。エンドポイントの ${MIN_TLS_SETTING} を確認してください。TLS 1.2 を許可するまで TMS からは接続できません（変更する場合は、その設定を上げた担当者と相談してください）`,
    };
  }
  if (tls13 === false) {
    return {
      en: 'TLS 1.3 refused too: a minimum TLS version never refuses the newest version, so MinimumTLSVersion does not explain this. Check first a firewall or IPS in the path (resetting TLS to this address), that the address is really the endpoint, and that HTTPS is on at the endpoint (xConfiguration NetworkServices HTTP Mode; on TC 7, HTTPS Mode)',
      ja: 'TLS 1.3 も拒否されました。TLS の下限の設定が最新のバージョンまで拒否することはないため、MinimumTLSVersion ではこれを説明できません。まず、経路上のファイアウォールや IPS（このアドレスへの TLS をリセットしていないか）、そのアドレスが本当にエンドポイントか、エンドポイントで HTTPS が有効か（xConfiguration NetworkServices HTTP Mode、TC 7 では HTTPS Mode）を確認してください',
    };
  }
  return null;
}
