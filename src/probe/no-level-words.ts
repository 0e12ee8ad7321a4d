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

/** How many of a fleet's no-level systems (TLS 1.0, 1.1 and 1.2 all refused) answered TLS 1.3, and how. */
export interface NoLevelTls13 {
  /** Systems where TLS 1.0, 1.1 and 1.2 all failed. */
  total: number;
  /** Of them, TLS 1.3 accepted (the endpoint's minimum TLS version). */
  accepted: number;
  /** Of them, TLS 1.3 refused too (not the minimum: what is in the way, the address, HTTPS on the endpoint). */
  refused: number;
}

/**
 * What to check for a fleet's no-level systems, by what TLS 1.3 did (as noLevelNext says for one): one sentence per
 * group, with its count. Null when TLS 1.3 is known for none (the callers keep their general advice). Pure.
 */
export function noLevelGroupsAdvice(c: NoLevelTls13): LocalizedText | null {
  const { total, accepted, refused } = c;
  if (accepted <= 0 && refused <= 0) return null;
  const unknown = Math.max(0, total - accepted - refused);
  const en: string[] = [];
  const ja: string[] = [];
  const whoEn = (n: number) => (n === total ? (n === 1 ? 'It' : `All ${n}`) : `${n} of them`);
  const whoJa = (n: number) => (n === total ? (n === 1 ? 'この機器' : `${n} 台すべて`) : `うち ${n} 台`);
  const them = (n: number) => (n === 1 ? 'it' : 'them');
  if (accepted > 0) {
    en.push(
      `${whoEn(accepted)} accepted only TLS 1.3, as an endpoint answers when its minimum TLS version is above what TMS offers (TLS 1.2, at Medium-High): check \`${MIN_TLS_SETTING}\` on ${them(accepted)}; TMS reaches ${them(accepted)} only once it allows TLS 1.2 (agree any change with whoever raised it).`,
    );
    ja.push(
      `${whoJa(accepted)}は TLS 1.3 だけを受け付けました。エンドポイントの TLS の下限が TMS の提示するバージョン（Medium-High での TLS 1.2）より上に設定されているときの応答です。その機器の \`${MIN_TLS_SETTING}\` を確認してください。TLS 1.2 を許可するまで TMS からは接続できません（変更する場合は、その設定を上げた担当者と相談してください）。`,
    );
  }
  if (refused > 0) {
    en.push(
      `${whoEn(refused)} refused TLS 1.3 too: a minimum TLS version never refuses the newest version, so MinimumTLSVersion does not explain ${refused === 1 ? 'it' : 'those'}. Check first a firewall or IPS in the path (resetting TLS to ${refused === 1 ? 'that address' : 'those addresses'}), that the address is really the endpoint, and that HTTPS is on at the endpoint (\`xConfiguration NetworkServices HTTP Mode\`; on TC 7, \`xConfiguration NetworkServices HTTPS Mode\`).`,
    );
    ja.push(
      `${whoJa(refused)}は TLS 1.3 も拒否しました。TLS の下限の設定が最新のバージョンまで拒否することはないため、MinimumTLSVersion ではこれを説明できません。まず、経路上のファイアウォールや IPS（そのアドレスへの TLS をリセットしていないか）、そのアドレスが本当にエンドポイントか、エンドポイントで HTTPS が有効か（\`xConfiguration NetworkServices HTTP Mode\`、TC 7 では \`xConfiguration NetworkServices HTTPS Mode\`）を確認してください。`,
    );
  }
  if (unknown > 0) {
    en.push(`For the ${unknown === 1 ? 'one' : unknown} where TLS 1.3 gave no clear answer, check that the address is the endpoint's HTTPS service (HTTP Mode / HTTPS Mode on the endpoint, a proxy or firewall in front of it).`);
    ja.push(`TLS 1.3 の結果がはっきりしない ${unknown} 台は、そのアドレスがエンドポイントの HTTPS サービスか（エンドポイントの HTTP Mode / HTTPS Mode、前段のプロキシやファイアウォール）を確認してください。`);
  }
  return { en: en.join(' '), ja: ja.join('') };
}
