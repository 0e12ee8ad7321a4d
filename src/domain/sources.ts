/**
 * The public documents the bot's knowledge comes from, as data: an id, a bilingual label and a
 * public https URL. Findings name the sources they rest on (`Finding.sources`), and the surfaces
 * (Slack card, terminal, JSON) turn those ids into links, so an engineer can read the vendor's own
 * words or escalate with them.
 *
 * Only real, public vendor URLs belong here (Cisco, Microsoft, IETF). Nothing here is fetched.
 */
import type { LocalizedText } from './types';

export const SOURCE_IDS = [
  'cisco-technote-211279',
  'cisco-bug-cscuz71542',
  'cisco-tms-admin-guide',
  'ms-kb3052404',
  'ms-kb3135244',
  'ms-kb3146034',
  'ms-kb4019276',
  'ms-schannel-registry',
  'ms-schannel-protocols',
  'ms-tls10-11-disabled',
  'ms-dotnet-tls',
  'rfc8996',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  id: SourceId;
  publisher: 'Cisco' | 'Microsoft' | 'IETF';
  /** Public https URL of the document. */
  url: string;
  /** What the link is, short enough for a button (both languages). */
  label: LocalizedText;
}

const S = (id: SourceId, publisher: Source['publisher'], url: string, en: string, ja: string): Source => ({
  id,
  publisher,
  url,
  label: { en, ja },
});

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'cisco-technote-211279': S(
    'cisco-technote-211279',
    'Cisco',
    'https://www.cisco.com/c/en/us/support/docs/conferencing/telepresence-management-suite-tms/211279-How-to-Troubleshoot-No-HTTPS-response.html',
    'Cisco TechNote 211279: "No HTTPS response" on TMS',
    'Cisco TechNote 211279（TMS の「No HTTPS response」）',
  ),
  'cisco-bug-cscuz71542': S(
    'cisco-bug-cscuz71542',
    'Cisco',
    'https://bst.cloudapps.cisco.com/bugsearch/bug/CSCuz71542',
    'Cisco bug CSCuz71542',
    'Cisco バグ CSCuz71542',
  ),
  'cisco-tms-admin-guide': S(
    'cisco-tms-admin-guide',
    'Cisco',
    'https://www.cisco.com/c/en/us/support/conferencing/telepresence-management-suite-tms/products-maintenance-guides-list.html',
    'Cisco TMS Administrator Guide',
    'Cisco TMS アドミニストレータ ガイド',
  ),
  'ms-kb3052404': S(
    'ms-kb3052404',
    'Microsoft',
    'https://support.microsoft.com/help/3052404',
    'Microsoft KB3052404: TLS 1.2 for SQL Server 2012 / 2014',
    'Microsoft KB3052404（SQL Server 2012 / 2014 の TLS 1.2 対応）',
  ),
  'ms-kb3135244': S(
    'ms-kb3135244',
    'Microsoft',
    'https://support.microsoft.com/help/3135244',
    'Microsoft KB3135244: TLS 1.2 support for SQL Server (build table)',
    'Microsoft KB3135244（SQL Server の TLS 1.2 対応ビルド一覧）',
  ),
  'ms-kb3146034': S(
    'ms-kb3146034',
    'Microsoft',
    'https://support.microsoft.com/help/3146034',
    'Microsoft KB3146034: SQL 2008 / R2 first TLS 1.2 builds stop intermittently',
    'Microsoft KB3146034（SQL 2008 / 2008 R2 の TLS 1.2 初期ビルドの断続的な停止）',
  ),
  'ms-kb4019276': S(
    'ms-kb4019276',
    'Microsoft',
    'https://support.microsoft.com/help/4019276',
    'Microsoft KB4019276: TLS 1.1 / 1.2 for Windows Server 2008 SP2',
    'Microsoft KB4019276（Windows Server 2008 SP2 への TLS 1.1 / 1.2 追加）',
  ),
  'ms-schannel-registry': S(
    'ms-schannel-registry',
    'Microsoft',
    'https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings',
    'Microsoft: TLS / Schannel registry settings',
    'Microsoft: TLS / Schannel のレジストリ設定',
  ),
  'ms-schannel-protocols': S(
    'ms-schannel-protocols',
    'Microsoft',
    'https://learn.microsoft.com/en-us/windows/win32/secauthn/protocols-in-tls-ssl--schannel-ssp-',
    'Microsoft: protocols enabled by default per Windows release',
    'Microsoft: Windows リリースごとの既定で有効なプロトコル',
  ),
  'ms-tls10-11-disabled': S(
    'ms-tls10-11-disabled',
    'Microsoft',
    'https://techcommunity.microsoft.com/blog/windows-itpro-blog/tls-1-0-and-tls-1-1-soon-to-be-disabled-in-windows/3887947',
    'Microsoft: TLS 1.0 and 1.1 disabled by default in new Windows releases',
    'Microsoft: 新しい Windows リリースでの TLS 1.0 / 1.1 の既定無効化',
  ),
  'ms-dotnet-tls': S(
    'ms-dotnet-tls',
    'Microsoft',
    'https://learn.microsoft.com/en-us/dotnet/framework/network-programming/tls',
    'Microsoft: TLS best practices with the .NET Framework',
    'Microsoft: .NET Framework での TLS のベスト プラクティス',
  ),
  rfc8996: S(
    'rfc8996',
    'IETF',
    'https://www.rfc-editor.org/rfc/rfc8996',
    'RFC 8996: TLS 1.0 and 1.1 deprecated',
    'RFC 8996（TLS 1.0 / 1.1 の非推奨化）',
  ),
};

const SOURCE_ID_SET: ReadonlySet<string> = new Set(SOURCE_IDS);

export function isSourceId(x: unknown): x is SourceId {
  return typeof x === 'string' && SOURCE_ID_SET.has(x);
}

/** The sources for ids (unknown ids dropped, duplicates removed, order kept). */
export function sourcesFor(ids: readonly unknown[] | undefined): Source[] {
  if (!Array.isArray(ids)) return [];
  const seen = new Set<SourceId>();
  const out: Source[] = [];
  for (const id of ids) {
    if (isSourceId(id) && !seen.has(id)) {
      seen.add(id);
      out.push(SOURCES[id]);
    }
  }
  return out;
}
