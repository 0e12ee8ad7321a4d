/**
 * A reopen: "reopening: 5 days later the Room Kits show No HTTPS response again after the TMS node
 * failover to tms02", "reopen: the SX80s show No HTTPS response again since yesterday",
 * 「5 日後に再発しました。セカンダリノードにフェイルオーバーした後です」「また出ました。TMS を再起動したら 2 台が
 * No HTTPS response に戻りました」. The fix worked once and the error is back: what changed decides
 * where to look.
 * - after a failover to another TMS node: knowledge.md Fix step 6, the other node needs the registry
 *   and TMS Tools changes too (and its restart);
 * - after a restart of TMS or its server: checks (beyond the document, said as checks): the level still
 *   Medium-High (saved?), a group policy that rewrites the Schannel keys, endpoints upgraded since;
 * - otherwise: what changed, and how to tell (a capture of TMS's ClientHello).
 */
import { advisingBlock, type Block } from './document';
import type { ConversationState, TurnResult } from './types';
import type { Facts, TlsClaims } from '../domain/types';
import { next, para, reply, paraFrom } from './compose';
import { onFacts } from './merge';
import { FIELD_NAMES } from '../domain/fields';
import { fixOutOfPlay, type FixOutOfPlay } from './fix-in-play';
import { pre15Stopgap } from '../domain/knowledge';

const LEAD = /^\s*(?:re-?open(?:ing|ed)?|再オープン)(?![a-z])/i;
const SYMPTOM = /no\shttps\sresponse|(?<![a-z])(?:the\s(?:error|problem|issue|same\serror)|it)(?![a-z])|エラー|症状|問題/i;
const AGAIN_EN = /(?<![a-z])(?:again|came\sback|(?:is|are|it'?s)\sback|returned|recurr\w*|reappear\w*|re-?open(?:ing|ed)?)(?![a-z])/i;
/** 「再発しました」「また出ています」「また No HTTPS response が出ました」「再びエラーが発生しています」. */
const AGAIN_JA =
  /再発|(?:また|再び|ふたたび)\s?(?:(?:no\shttps\sresponse|エラー|同じエラー|症状|問題|同じ症状)\s?(?:が|は|も)?\s?)?(?:出|発生|表示|起き)|(?:no\shttps\sresponse|エラー)\s?に戻|ぶり返/i;
/** After "reopening": the error named, or said back, or what brought it back. */
const LEAD_SYMPTOM =
  /no\shttps\sresponse|(?<![a-z])(?:error|errors|problem|issue|symptom|again|came\sback|(?:is|are|it'?s)\sback|returned|recurr\w*|reappear\w*|still\sfail\w*|fail(?:s|ing)\sagain|fail(?:ed|ing)?[\s-]?over)(?![a-z])|エラー|症状|問題|再発|また|再び|ふたたび|フェイルオーバー|フェールオーバー/i;
/** A question or a condition ("what if it comes back?", 「再発したら？」), or SQL said running again ("SQL is back"). */
const NOT_REOPEN = /[?？]|(?<![a-z])(?:if|what\sif|in\scase|would|could|will|sql|database)(?![a-z])|(?:たら|れば|場合)(?:は|には)?\s*(?:どう\S*)?\s*(?:[。.]\s*)?$|ですか|でしょうか|データベース/i;

/**
 * Systems counted back, the fix working for them: "7 of 10 are back but 3 still show No HTTPS response", "7 came back,
 * 3 still show No HTTPS response", "7/10 recovered" (not "2 endpoints are back to No HTTPS response"). Their "back"
 * is not the error's.
 */
const SYSTEMS_BACK =
  /(?<![\d./])\d{1,5}(?:\s?\/\s?\d{1,5}|\s(?:out\s)?of\s(?:the\s|our\s)?\d{1,5})?\s(?:(?:[a-z0-9-]+\s)?(?:endpoints?|systems?|codecs?|units?|devices?)\s)?(?:(?:have|has|are|is)\s)?(?:now\s)?(?:came\sback|come\sback|back|recovered)(?![a-z])(?!\s(?:to|in|into|with)(?![a-z]))/gi;

/** Does the message report that the error is back after the fix worked? */
export function reopenIn(text: string): boolean {
  if (text.length > 400) return false;
  let t = text;
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  // "reopening: … No HTTPS response again after the failover": the word opens it; alone it is not enough
  // ("reopening this ticket: I forgot to give you the SQL build, it's 13.0.5026" adds a value).
  if (LEAD.test(t)) return LEAD_SYMPTOM.test(t.replace(LEAD, ' '));
  if (NOT_REOPEN.test(t)) return false;
  if (/\d/.test(t)) t = t.replace(SYSTEMS_BACK, ' ');
  return AGAIN_JA.test(t) || (SYMPTOM.test(t) && AGAIN_EN.test(t) && /no\shttps\sresponse|(?<![a-z])(?:error|problem|issue)(?![a-z])/i.test(t));
}

const FAILOVER = /fail(?:ed|ing)?[\s-]?over|(?:secondary|second|other|standby|passive|backup)\s(?:tms\s)?(?:node|server)|tms0?2(?![0-9])|フェイルオーバー|フェールオーバー|セカンダリ|(?:別|もう一方|もう 1 台|2 台目)の\s?(?:ノード|サーバ)|待機系/i;
const RESTART = /(?<![a-z])(?:restart\w*|reboot\w*|patch\w*|windows\supdate\w*|updates?\sinstalled)(?![a-z])|再起動|パッチ|windows\s?update/i;

const TEXT = {
  en: {
    head: 'Reopened: "No HTTPS response" is back after it was fixed',
    failover:
      'It came back after a failover to the other TMS node. With redundant TMS, the registry change and the TMS Tools change (Communication Security = Medium-High, then Save) are needed on both nodes, or a failover brings the error back. On the node now active: check the TLS 1.2 keys in Schannel (create them if missing), set Medium-High in TMS Tools and save, then reboot once if keys were created or changed, otherwise restart IIS and the TMS services. Then Force Refresh an affected system in Systems > Navigator.',
    restart:
      'It came back after a restart. Things to check (they go beyond the TechNote, so confirm each): (1) TMS Tools still shows Communication Security = Medium-High, and the change was saved; (2) the TLS 1.2 keys in Schannel are still there: a group policy (GPO) or a hardening tool that manages Schannel can rewrite hand-made keys at its next refresh or reboot; (3) were endpoints upgraded since? A newer release may need more than TMS offers, for example a minimum TLS version set on the endpoint (xConfiguration NetworkServices HTTPS Server MinimumTLSVersion).',
    other:
      'What changed before it came back? A failover to another TMS node, a restart or patching of the TMS server, a group policy refresh, or endpoints upgraded since? Tell me that, or paste a capture of TMS connecting to one of them: a ClientHello offering only TLS 1.0 (0x0301) means TMS is back at Medium on the server that now polls (the other node, or the setting not saved); TLS 1.2 (0x0303) refused points at the endpoint or at the Schannel settings.',
    notTls:
      'What changed before it came back? For the versions you gave this is not the TLS 1.0 problem, so no TLS level or Schannel key is what broke again: look first at what fixed it last time. From the TMS server, can it open TCP 443 to the system (a firewall rule, routing or NAT changed back)? Does the address TMS polls still point at it (a DNS record, a changed IP)? On the system, is HTTPS still on, and is its certificate still valid?',
    againHead: '"No HTTPS response" again',
    stillHead: 'Still "No HTTPS response"',
    notTlsAgain:
      'For the versions you gave this is not the TLS 1.0 problem, so no TLS level or Schannel key change will clear it.',
    notTlsChanged: 'If it had cleared and came back, what changed in between?',
    notTlsChecks:
      'From the TMS server, can it open TCP 443 to the system (a firewall rule, routing or NAT)? Does the address TMS polls still point at it (a DNS record, a changed IP)? On the system, is HTTPS on, is its certificate still valid, and do the admin credentials stored in TMS still work? Then use Force Refresh on it in Systems > Navigator.',
    before15Again:
      'TMS before 15 has no Communication Security level and keeps offering only TLS 1.0, so nothing changed on the TMS server clears it for systems that refuse TLS 1.0 (TC 7.3.6 or later, CE 8.1 or later, RoomOS): upgrading TMS to 15.x is the fix.',
    before15:
      'What changed before it came back? TMS before 15 has no Communication Security level, so it still offers only TLS 1.0: were any of these systems upgraded since to TC 7.3.6 or later, CE 8.1 or later or RoomOS? Those refuse TLS 1.0, and this TMS cannot reach them until TMS is upgraded to 15.x. If their release did not change, look at what fixed it last time: TCP 443 from the TMS server to the system (firewall, routing), the address TMS polls (DNS), and HTTPS and the certificate on the system.',
  },
  ja: {
    head: '再発：修正後に「No HTTPS response」が再び出ています',
    failover:
      'TMS のもう一方のノードへのフェイルオーバー後に再発しています。冗長構成の TMS では、レジストリの変更と TMS ツールでの変更（[Communication Security] を Medium-High にして保存）が両方のノードに必要で、片方だけだとフェイルオーバーでエラーが戻ります。現在稼働しているノードで、Schannel の TLS 1.2 のキーを確認し（なければ作成）、TMS ツールで Medium-High にして保存し、キーを作成・変更した場合は 1 回再起動、そうでなければ IIS と TMS のサービスを再起動してください。そのあと [Systems] > [Navigator] で対象のシステムを [Force Refresh] してください。',
    restart:
      '再起動のあとに再発しています。次の点を確認してください（TechNote の範囲外の内容も含むため、1 つずつ確かめてください）。(1) TMS ツールの [Communication Security] が Medium-High のままで、変更が保存されているか。(2) Schannel の TLS 1.2 のキーが残っているか。Schannel を管理するグループ ポリシー（GPO）や強化ツールがあると、次の更新や再起動で手動のキーが書き換えられることがあります。(3) その後エンドポイントをアップグレードしていないか。新しいリリースでは、エンドポイント側で最小 TLS バージョン（xConfiguration NetworkServices HTTPS Server MinimumTLSVersion）が設定されている場合などがあります。',
    other:
      '再発の前に何が変わりましたか。別の TMS ノードへのフェイルオーバー、TMS サーバの再起動やパッチ適用、グループ ポリシーの更新、エンドポイントのアップグレードなどです。それを教えていただくか、TMS が対象に接続するところのキャプチャを貼ってください。ClientHello が TLS 1.0（0x0301）だけなら、いまポーリングしているサーバの TMS が Medium に戻っています（もう一方のノード、または設定が保存されていない）。TLS 1.2（0x0303）が拒否されていれば、エンドポイントか Schannel の設定を確認します。',
    notTls:
      '再発の前に何が変わりましたか。お伝えいただいたバージョンでは TLS 1.0 の問題ではないため、TLS のレベルや Schannel のキーが元に戻ったわけではありません。まず、前回直したときに何を変えたかを確認してください。TMS サーバからそのシステムへ TCP 443 で接続できるか（ファイアウォールのルール、ルーティング、NAT が元に戻っていないか）。TMS がポーリングするアドレスがまだそのシステムを指しているか（DNS レコード、IP アドレスの変更）。システム側で HTTPS が有効なままか、証明書が有効か。',
    againHead: '再び「No HTTPS response」',
    stillHead: 'まだ「No HTTPS response」',
    notTlsAgain: 'お伝えいただいたバージョンでは TLS 1.0 の問題ではないため、TLS のレベルや Schannel のキーを変えても解消しません。',
    notTlsChanged: 'いったん消えてから再び出たのであれば、その間に何が変わったかを確認してください。',
    notTlsChecks:
      'TMS サーバからそのシステムへ TCP 443 で接続できるか（ファイアウォールのルール、ルーティング、NAT）。TMS がポーリングするアドレスがそのシステムを指しているか（DNS レコード、IP アドレスの変更）。システム側で HTTPS が有効か、証明書が有効か、TMS に登録した管理者の認証情報が使えるか。そのあと [Systems] > [Navigator] で対象を [Force Refresh] してください。',
    before15Again:
      '15 より前の TMS には [Communication Security] のレベルがなく、TLS 1.0 だけを提示し続けます。そのため、TLS 1.0 を受け付けないシステム（TC 7.3.6 以降、CE 8.1 以降、RoomOS）については、TMS サーバで何を変えても解消しません。解決策は TMS を 15.x にアップグレードすることです。',
    before15:
      '再発の前に何が変わりましたか。15 より前の TMS には [Communication Security] のレベルがなく、いまも TLS 1.0 だけを提示します。その後、対象のシステムを TC 7.3.6 以降、CE 8.1 以降、または RoomOS にアップグレードしていませんか。これらは TLS 1.0 を受け付けないため、TMS を 15.x にアップグレードするまでこの TMS からは接続できません。リリースが変わっていなければ、前回直したときに何を変えたかを確認してください。TMS サーバからそのシステムへの TCP 443（ファイアウォール、ルーティング）、TMS がポーリングするアドレス（DNS）、システム側の HTTPS と証明書です。',
  },
} as const;

/** What was seen or done on one TMS server's Windows and TMS Tools (captures, registry, Schannel events, services). */
const NODE_EVIDENCE = /^(?:capture-|schannel-|netfx-|event-schannel|service|tms-telnet)/;

/**
 * After a failover, the facts of the fix speak for the node that was changed, not for the one now active: its level is
 * not known (Medium unless it was changed too), and the keys, restarts and captures reported were on the other node.
 * Dropped, so the answer, the card and the fix files give the whole fix for this node (knowledge.md Fix 6: both nodes).
 * Versions (TMS, SQL, Windows, endpoints), the endpoint's own evidence (probe, xAPI) and SQL's state stay.
 */
export function forActiveNode(facts: Facts): Facts {
  const out: Facts = { ...facts };
  delete out.level;
  if (out.tlsClaims) {
    const c: TlsClaims = { ...out.tlsClaims };
    delete c.tls12;
    delete c.registryUntouched;
    delete c.restarted;
    delete c.keysChanged;
    delete c.levelRaised;
    // "7 of 10 came back" was said of the node that was changed: it settles nothing for this one.
    delete c.partlyWorks;
    delete c.worksNow;
    delete c.stillFailing;
    if (Object.keys(c).length) out.tlsClaims = c;
    else delete out.tlsClaims;
  }
  if (out.evidence && Array.isArray(out.evidence.observations)) {
    out.evidence = { ...out.evidence, observations: out.evidence.observations.filter((o) => !NODE_EVIDENCE.test(String(o?.code ?? ''))) };
  }
  return out;
}

/** The reply to a reopen; facts in the message (a version, "2 of 40") are read as usual. */
export function onReopen(given: ConversationState, text: string): TurnResult {
  // (The case said to work is open again: the report summary no longer says fixed, QA49 F9.)
  // (It worked at Medium-High: TLS 1.2 and the Windows side are proven, whatever level comes next: QA58 #15.)
  const workedMh = given.facts.level === 'medium-high' && given.facts.tlsClaims?.worksNow === true;
  const open = withoutWorksNow(given);
  const state = workedMh ? { ...open, facts: { ...open.facts, tlsClaims: { ...open.facts.tlsClaims, workedAtMediumHigh: true } } } : open;
  const lang = state.lang;
  const t = TEXT[lang];
  const failover = FAILOVER.test(text);
  const answered = onFacts(state, text);
  // "the problem came back after we upgraded more endpoints to ce 11.5": a version given with it is read
  // as usual ("Updated: CE 9.15.3 → CE 11.5" and the answer for it), not folded silently into the reopen.
  const changed = FIELD_NAMES.some((f) => JSON.stringify(answered.state.facts[f]) !== JSON.stringify(state.facts[f]));
  if (changed && !failover) return { ...answered, replies: answered.replies.map((r, i) => (i === 0 ? { ...r, reopened: true } : r)) };
  const facts = answered.state;
  const read = failover ? { ...facts, facts: forActiveNode(facts.facts) } : facts;
  const blocks: Block[] = [{ type: 'subheading', text: t.head }];
  // The TLS fix out of play (TMS before 15, or not the TLS 1.0 problem): no node, level or key talk (QA50 #3).
  const outOfPlay = fixOutOfPlay(facts.facts);
  if (outOfPlay) {
    blocks.push(para(outOfPlay === 'not-tls' ? t.notTls : t.before15));
    return { state: { ...facts, pending: null }, replies: [{ ...reply(lang, blocks), reopened: true }] };
  }
  const restart = RESTART.test(text);
  // (Both say to check Communication Security is saved at Medium-High: advice to raise it where it is not.)
  if (failover) blocks.push(advisingBlock(para(t.failover)));
  if (restart && !failover) blocks.push(advisingBlock(para(t.restart)));
  if (!failover && !restart) blocks.push(para(t.other));
  return { state: { ...read, pending: null }, replies: [{ ...reply(lang, blocks), reopened: true }] };
}

/** The state without the "it works now" claim (tlsClaims.worksNow), when the case is open again. */
export function withoutWorksNow(state: ConversationState): ConversationState {
  if (!state.facts.tlsClaims?.worksNow) return state;
  const claims = { ...state.facts.tlsClaims };
  delete claims.worksNow;
  const facts = { ...state.facts };
  if (Object.keys(claims).length) facts.tlsClaims = claims;
  else delete facts.tlsClaims;
  return { ...state, facts };
}

/**
 * "No HTTPS response again", 「また No HTTPS response が出ました」, or "still failing" in a case never said to work where the TLS fix
 * is out of play (not the TLS 1.0 problem, or TMS before 15): not a reopen (nothing was fixed) and no TLS-fix talk; what applies
 * to this case, said again (answers-misc A). Facts in the message are read as usual first.
 */
export function onOutOfPlayAgain(state: ConversationState, text: string, outOfPlay: FixOutOfPlay, still: boolean): TurnResult {
  const lang = state.lang;
  const t = TEXT[lang];
  if (text) {
    const answered = onFacts(state, text);
    if (FIELD_NAMES.some((f) => JSON.stringify(answered.state.facts[f]) !== JSON.stringify(state.facts[f]))) return answered;
  }
  const blocks: Block[] = [{ type: 'subheading', text: still ? t.stillHead : t.againHead }];
  if (outOfPlay === 'not-tls') blocks.push(para(still ? `${t.notTlsAgain}${lang === 'en' ? ' ' : ''}${t.notTlsChecks}` : `${t.notTlsAgain}${lang === 'en' ? ' ' : ''}${t.notTlsChanged}${lang === 'en' ? ' ' : ''}${t.notTlsChecks}`));
  else {
    const s = pre15Stopgap(state.facts.endpoint, state.facts.endpointModels);
    blocks.push(para(t.before15Again), paraFrom(s, lang));
  }
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}
