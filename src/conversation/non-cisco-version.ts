/**
 * A bare version that belongs to a named non-Cisco product (FIX60A #2, QA59 #5): "Polycom Group 500 6.2.2", "it's a Polycom,
 * firmware 6.2.2", or "6.2.2" alone after a message that named a Polycom (and no Cisco endpoint), answering the endpoint question.
 * knowledge.md covers Cisco TC, CE and RoomOS releases only: such a version is never read as "TC 6.2.2" (which would say "still
 * accepts TLS 1.0"). The question stays open with what tells instead (a capture, a probe), and the Telnet/SNMP caveat. A release
 * written with TC/CE/RoomOS before it, or a Cisco model named in the answer, is read as usual. Pure.
 */
import type { Facts, LocalizedText, ParseProblem } from '../domain/types';

/** Non-Cisco video systems a user may name (Polycom/Poly, Lifesize, Avaya/Radvision, Huawei). */
const NON_CISCO = /polycom|ポリコム|realpresence|(?<![a-z])poly\s(?:studio|g7500|x30|x50|x70|trio)|lifesize|avaya|radvision|scopia|huawei/i;
/** A Cisco release or model named in the answer: "TC 7.3.6", "CE 9.15", "RoomOS 11", "SX80", "Room Kit". */
const CISCO_SAID = /(?<![a-z])(?:tc|ce|roomos)\s?v?\d|(?<![a-z])(?:sx|mx|dx|ix)\d{2,3}|(?<![a-z])c[4-9]0(?![\d])|room\s?kit|codec\s(?:plus|pro)|webex|cisco/i;

/** The product's name as written ("Polycom"), when the version answered is that product's; else null. */
export function nonCiscoProductOf(answer: string, facts: Partial<Facts>): string | null {
  const t = answer.slice(0, 400);
  if (CISCO_SAID.test(t)) return null;
  const m = NON_CISCO.exec(t);
  if (m) return /ポリコム|realpresence|poly\s/i.test(m[0]) ? 'Polycom' : m[0][0]!.toUpperCase() + m[0].slice(1).toLowerCase();
  // "6.2.2" alone, after a Polycom was named and no Cisco endpoint: the Polycom's.
  if (facts.endpointModels?.length || facts.endpoint) return null;
  if (tcOverNamedPolycom(t, facts)) return null;
  return facts.telnetSystems?.some((x) => /polycom/i.test(x)) ? 'Polycom' : null;
}

/**
 * A TC 7 release written bare ("7.3.6", "it's 7.3.6"; TC 7.0–7.3, three parts), answering the endpoint question when the
 * endpoints were said to fail and a Polycom was named beside them ("we also have a Polycom", REV37 #9): the Cisco endpoints'
 * release that question asked for, read as TC with a note (tcOverPolycomNote). Not when the failing system was the Polycom
 * itself (no endpoints said to fail: "No HTTPS response for our Polycom Group 500", then "7.3.6"), nor for "firmware 7.3.6"
 * or a release of another shape ("6.2.2"): those stay the Polycom's (FIX60A #2).
 */
const TC7_BARE = /^\s*(?:(?:it'?s|they(?:'re|\sare)|we(?:'re|\sare)|all|on|v(?=\d)|version|release|sw|software)[\s:]*)*v?7\.[0-3]\.\d{1,2}(?:\.[0-9a-f]{6,8})?(?![\d.]*\d)[\s.!。]*$/i;
export function tcOverNamedPolycom(answer: string, facts: Partial<Facts>): boolean {
  return facts.endpointsFail === true && !facts.endpoint && !facts.endpointModels?.length && !!facts.telnetSystems?.some((x) => /polycom/i.test(x)) && TC7_BARE.test(answer.slice(0, 80));
}

/** The note said when tcOverNamedPolycom read the answer as TC: which release it was taken as, and what to say if it is the Polycom's. */
export function tcOverPolycomNote(release: string): LocalizedText {
  return {
    en: `I read that as ${release}, the release of the Cisco endpoints I asked about. If it is the Polycom's own software instead, tell me: my sources say which Cisco TC, CE and RoomOS releases refuse TLS 1.0 and nothing about Polycom releases, and for the Polycom a capture on the TMS server or a probe of its HTTPS port tells.`,
    ja: `お尋ねした Cisco エンドポイントのリリースとして、${release} と読みました。Polycom 自身のソフトウェアのバージョンであれば、そう教えてください。手元の資料が示しているのはどの Cisco TC・CE・RoomOS のリリースが TLS 1.0 を拒否するかで、Polycom のリリースについては書かれていません。Polycom については、TMS サーバでのキャプチャか、その HTTPS ポートのプローブで確かめられます。`,
  };
}

/** The problem shown for it: not read as TC, what tells, and the question asked again for Cisco endpoints. */
export function nonCiscoVersionProblem(input: string, product: string): ParseProblem {
  // (The version as written, not the whole answer: "the Polycoms on 6.2.2 also fail" shows "6.2.2".)
  const v = (/(?<![\d.])v?\d{1,2}(?:\.\d{1,4}){1,3}(?:\(\d[\d.]*\))?/.exec(input)?.[0] ?? input.trim()).slice(0, 40);
  const message: LocalizedText = {
    en: `"${v}" reads as the ${product}'s own software, not a Cisco TC or CE release, so I have not taken it as one. My sources say which Cisco TC, CE and RoomOS releases refuse TLS 1.0; they say nothing about ${product} releases. What tells for this system: a capture on the TMS server (a TLS 1.0 ClientHello answered with a reset means it refuses TLS 1.0) or a probe of its HTTPS port. If it does refuse TLS 1.0, the TMS-side fix is the same, but Medium-High turns Telnet and SNMP off, and systems TMS manages over Telnet or SNMP (Polycom HDX, for example) are then no longer managed: check how TMS manages it first. If Cisco endpoints fail too, which release do they run?`,
    ja: `「${v}」は ${product} 自身のソフトウェアのバージョンと思われ、Cisco の TC や CE のリリースではないため、そのようには扱っていません。手元の資料が示しているのは、どの Cisco TC・CE・RoomOS のリリースが TLS 1.0 を拒否するかであり、${product} のリリースについては何も書かれていません。この機器について確かめるには、TMS サーバでのキャプチャ（TLS 1.0 の ClientHello にリセットが返れば TLS 1.0 を拒否しています）か、その HTTPS ポートのプローブを使ってください。TLS 1.0 を拒否している場合、TMS 側の修正は同じですが、Medium-High にすると Telnet と SNMP が無効になり、TMS が Telnet や SNMP で管理している機器（例: Polycom HDX）は管理できなくなります。先に TMS がこの機器をどう管理しているか確認してください。Cisco のエンドポイントも失敗している場合、そのバージョンは何ですか？`,
  };
  return { field: 'endpoint', input: v, message };
}
