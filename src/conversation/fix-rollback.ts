/**
 * A rollback of the fix reported in words (QA53 #11): "we rolled back everything", 「全部元に戻しました」, "we restored the registry
 * backup and set Medium again", 「切り戻しました。Medium に戻し、レジストリもバックアップから戻しました。」, and after a closed case
 * "we had to roll back to Medium because of the MXPs". Before, these were not understood, "did not change the answer", or got the
 * whole fix again as if new.
 * The answer acknowledges the rollback and says what it means (knowledge.md): back at Medium TMS offers only TLS 1.0, so the
 * endpoints that refuse it show "No HTTPS response" again; the level applies once IIS and the TMS services restart (Fix 6); a
 * restored registry takes effect after a restart of what uses Schannel, a reboot being the usual way, and only where the import
 * changed keys (Fix 4). For Telnet/SNMP systems named as the reason (an MXP, an HDX): the known trade-off and its choices
 * (Caveats, "Telnet and SNMP"), not the fix list again. The level is recorded back at Medium where the message says so (or where
 * "everything" is rolled back after the level was raised in this incident); the progress claims of the fix are dropped.
 * Conservative: a report of ours (not a question, plan, condition, negation, history, someone else's or another machine's), of
 * the TLS fix (not the endpoints' release, not hardening, SQL or an update), TMS 15 or later or not known, after an answer of ours.
 * Pure, total; the cheap test first.
 */
import type { Facts, LocalizedText, TlsClaims } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import type { Block } from './document';
import { extractFacts } from '../domain/extract';
import { nfkc } from '../domain/nfkc';
import { advisingMediumHigh } from '../domain/advises';
import { formatEndpoint, tmsCanBeFixedInPlace } from '../domain/versions';
import { sqlDownNow } from '../domain/knowledge/sql-outage';
import { next, paraFrom, questionBlocksFor, reply } from './compose';
import { wentBackAnswer } from './catalogue';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

export interface FixRollback {
  /** Communication Security said back at Medium. */
  level: boolean;
  /** The registry said restored (from the backup/export). */
  registry: boolean;
  /** "everything", 「全部」, or the change/fix as a whole, or a bare rollback. */
  whole: boolean;
  /** Telnet/SNMP systems named (the reason): the trade-off answer. */
  telnet: boolean;
  /** Only the registry/TLS 1.2 settings put back (no level, not "everything"): no note on the level. */
  registryOnly: boolean;
  /**
   * A bare rollback ("we rolled it back", 「全部元に戻しました」) with no fix reported in this incident: it may be the endpoints'
   * upgrade that was undone, not the TLS fix (REV30 #1): the reply says how the two differ and asks which.
   */
  unclear: boolean;
}

const CHEAP = /roll|revert|restor|undid|undone|back|again|戻|ロールバック|復元/i;

const MEDIUM = String.raw`medium(?![\s_-]?high)`;
/** The level put back: "set Medium again", "back to Medium", "rolled back to Medium", "went back to Medium". */
const ACTOR = String.raw`(?:^\s*|(?<![a-z])(?:we|i|they|the\steam|ops|and|then)\s(?:(?:have|'ve|had|just|then|already|finally|also|all)\s)*)`;
const LEVEL_EN = new RegExp(
  String.raw`${ACTOR}(?:(?:set|put|changed|switched|moved|turned|returned|reverted|rolled|went|had\sto\s(?:go|roll|set\sit|put\sit))\s(?:it\s|the\slevel\s|communication\ssecurity\s|the\ssetting\s|tms\s|everything\s)?(?:back\s)?(?:to\s)?${MEDIUM}\s(?:again|back)|(?:set|put|changed|switched|moved|turned|returned|reverted|rolled|went|go|had\sto\s(?:go|roll|set\sit|put\sit))\s(?:it\s|the\slevel\s|communication\ssecurity\s|the\ssetting\s|tms\s|everything\s)?(?:back\s)?to\s(?:the\s)?${MEDIUM})(?![a-z])`,
);
/** The registry restored: "restored the registry backup", "imported the registry export", "reverted the registry". */
const REGISTRY_EN =
  /(?<![a-z])(?:(?:restored|reverted|rolled\sback|put\sback)\s(?:the\s|our\s)?(?:registry|reg)(?:\s(?:backup|export|keys?|file|settings?))?|(?:restored|imported|re-imported|reimported)\s(?:the\s|our\s)?(?:registry\sbackup|backup\sof\sthe\sregistry)|restored\s(?:the\s|our\s)?(?:registry\sexport|export\sof\sthe\sregistry)|(?:the\s)?registry\s(?:is|was|has\sbeen)\s(?:restored|reverted|rolled\sback))(?![a-z])/;
/**
 * The whole change: "rolled back everything", "reverted the change", "we rolled it back", "had to roll back", "backed out the fix".
 * Not a bare "we reverted" (REV29 #5): with no object it could be anything (an endpoint, a policy); the usual readings take it.
 */
const WHOLE_EN = new RegExp(
  String.raw`${ACTOR}(?:(?:rolled|put|reverted|backed|undid|undone)\s(?:back\s|out\s)?(?:everything|all(?:\sof\sit|\sthe\schanges?)?|the\s(?:whole\s)?(?:change|changes|fix|work)|it)(?:\s(?:back|out))?|(?:rolled|backed)\s(?:back|out)|(?:had|needed)\sto\s(?:roll|back|revert|undo)\s?(?:it\s|everything\s|the\schanges?\s)?(?:back|out)?|undid\s(?:it|everything|the\schanges?|the\sfix))(?![a-z])|(?<![a-z])roll-?back\s(?:is\s|was\s)?(?:done|complete[d]?)(?![a-z])`,
);

const LEVEL_JA = new RegExp(String.raw`(?:${MEDIUM}|ミディアム(?!\s?ハイ))\s?(?:に|へ)\s?(?:戻し(?:ました|て|、|,|た(?!ら))|切り戻し)`);
const REGISTRY_JA = /レジストリ[^。！？]{0,24}?(?:戻し(?:ました|て|、|,|た(?!ら))|復元し(?:ました|て|、|,|た(?!ら))|インポートし(?:ました|て|、|,|た(?!ら)))/;
const WHOLE_JA =
  /^\s*(?:はい[、,]?\s?)?元に\s?戻しました|(?:全部|すべて|全て|一式|変更|設定|作業|元)\s?(?:を|も)?\s?(?:元に\s?)?戻し(?:ました|て(?:あります|います))|切り戻し(?:ました|を(?:実施|行い|し)(?:ました)?|済み|完了)|切り戻しました|ロールバック(?:しました|を(?:実施|行い|し)(?:ました)?|済み|完了)/;

/** Not a report of ours done now: a question, plan, wish, condition, negation, history, someone else's, another machine's. */
const NOT_REPORT_EN =
  /[?？]|(?<![a-z])(?:if|whether|should|would|could|can|will|shall|may|might|want|wants|plan\w*|going\sto|gonna|let'?s|need\sto|tomorrow|tonight|later|next|not|never|no\sneed|nothing|none|anything|last\s(?:year|month|week|time)|years?\sago|previously|in\sthe\spast|customer|client|partner|vendor|other|another|their|lab|test|staging|node|nodes|colleague)(?![a-z])|n't(?![a-z])|'ll(?![a-z])|tms-?0?\d/;
const NOT_REPORT_JA =
  /ますか|ですか|でしょうか|か\s*$|予定|つもり|たい|しよう|ましょう|たら|れば|なら|場合|(?:戻|ロールバック|復元)[^。]{0,6}(?:ません|ない|ず)|昨年|去年|以前|前回|過去|お客様|顧客|客先|先方|検証|テスト|ノード|号機|台目|片方|別の|他の/;
/** Something else rolled back: the endpoints' release, hardening, SQL, an update or TMS itself. */
const OTHER_THING =
  /(?<![\w.])(?:tc|ce|roomos)\s?\d|(?<![\w.])\d{1,2}\.\d{1,2}\.\d|(?<![a-z])(?:endpoints?|codecs?|firmware|sx\d{2}s?|room\s?kits?|update|updates|patch|kb\d+|sql|iis\s?crypto|gpo|group\spolicy|policy|hardening|tls\s?1\.0|tls\s?1\.1|ssl|upgrade|release|version|certificates?|windows)(?![a-z])|エンドポイント|端末|コーデック|ファーム|アップデート|更新プログラム|パッチ|ポリシー|アップグレード|証明書|バージョン/;
/** A result said with it (works again, still failing): the readings of those (a Telnet/SNMP reason may say what failed). */
const RESULT_SAID =
  /(?<![a-z])(?:works?|working|fine|green|normal|fixed|resolved)(?![a-z])|直り|直っ|復旧|正常|動(?:き|く|い)/;
const STILL_SAID = /(?<![a-z])(?:still|fail\w*|broken|red|error)(?![a-z])|まだ|失敗|エラー|ダメ|だめ/;
/** Everything said put back. */
const EVERYTHING = /(?<![a-z])(?:everything|all)(?![a-z])|全部|すべて|全て|一式/;
/** The Schannel side named: the TLS 1.2 settings, keys, the registry. */
const KEYS_NAMED = /tls\s?1\.2|schannel|(?<![a-z])keys?(?![a-z])|registry|レジストリ|キー/;
/** The Telnet/SNMP systems named as the reason. */
const TELNET = /(?<![a-z])(?:mxps?|hdxs?|polycoms?|tandbergs?|telnet|snmp|security\sviolation)(?![a-z])|ポリコム|テルネット/;

/** Which rollback the message reports, for these facts, or null. */
export function fixRollbackIn(s: ConversationState, text: string): FixRollback | null {
  if (text.length > 300 || !CHEAP.test(text) || !s.shown?.length) return null;
  const f = s.facts;
  if (!f.tms && !f.endpoint) return null;
  if (f.tms && !tmsCanBeFixedInPlace(f.tms)) return null;
  if (sqlDownNow(f)) return null;
  const c = f.tlsClaims;
  const fixReported = !!c && (c.levelRaised === true || c.keysChanged === true || c.worksNow === true);
  // (Hardening said and no fix reported: "we rolled back everything" undoes the hardening; hardening-rollback.ts and the usual readings.)
  if (!fixReported && c && (c.iisCryptoBestPractices === true || c.tls10 === 'off')) return null;
  const t = nfkc(text).toLowerCase().replace(/ミディアム\s?ハイ/g, 'medium-high');
  if (NOT_REPORT_EN.test(t) || NOT_REPORT_JA.test(t) || OTHER_THING.test(t)) return null;
  const telnet = TELNET.test(t);
  if (RESULT_SAID.test(t) || (!telnet && STILL_SAID.test(t))) return null;
  const level = LEVEL_EN.test(t) || LEVEL_JA.test(t);
  const whole = WHOLE_EN.test(t) || WHOLE_JA.test(t);
  // (The TLS 1.2 settings or keys put back as a whole, 「TLS 1.2 の設定を元に戻しました」: the registry.)
  const registry = REGISTRY_EN.test(t) || REGISTRY_JA.test(t) || (whole && KEYS_NAMED.test(t));
  if (!level && !registry && !whole) return null;
  // Other facts in the message (a release, Windows, SQL): the usual readings. The level said back and the systems named may go with it.
  const { level: said, telnetSystems: _t, endpointModels: _m, ...others } = extractFacts(text).facts;
  if (Object.keys(others).length || (said && said !== 'medium')) return null;
  const registryOnly = registry && !level && said !== 'medium' && !EVERYTHING.test(t);
  return { level: level || said === 'medium', registry, whole, telnet, registryOnly, unclear: !fixReported && !level && !registry && said !== 'medium' };
}

export function onFixRollback(s: ConversationState, text: string, r: FixRollback): TurnResult {
  const lang = s.lang;
  const f = s.facts;
  const c = f.tlsClaims ?? {};
  // The level back at Medium: said, or "everything" rolled back after it was raised in this incident (from Medium: types.ts, levelRaised).
  const levelBack = r.level || (r.whole && c.levelRaised === true);
  const atMedium = levelBack || f.level === 'medium';
  const keysBack = r.registry || (r.whole && c.keysChanged === true);
  const what: LocalizedText[] = [];
  if (levelBack) what.push(L('Communication Security is back at Medium', '[Communication Security] は Medium に戻りました'));
  if (r.registry) what.push(L('the registry settings are put back', 'レジストリの設定も元に戻した状態'));
  const ack = what.length
    ? L(`Noted: you rolled the fix back (${what.map((x) => x.en).join('; ')}).`, `切り戻しを記録しました（${what.map((x) => x.ja).join('。')}）。`)
    : r.unclear
      ? L('Noted: you rolled back. I read it as the TLS fix on the TMS side (the level or the registry).', '切り戻しを記録しました（TMS 側の TLS の修正、つまりレベルかレジストリを戻したものとして読んでいます）。')
      : L('Noted: you rolled the fix back.', '切り戻しを記録しました。');
  const blocks: Block[] = [paraFrom(ack, lang)];
  const ep = f.endpoint ? formatEndpoint(f.endpoint) : null;
  if (!r.telnet) {
    blocks.push(
      paraFrom(
        atMedium
          ? L(
              `What that means: at Medium TMS offers only TLS 1.0, and endpoints from TC 7.3.6 and CE 8.1.0 on${ep ? ` (yours are on ${ep})` : ''} refuse it, so they show "No HTTPS response" again. That is expected after the rollback, not a new fault.`,
              `これが意味すること：Medium の TMS は TLS 1.0 しか提示せず、TC 7.3.6 以降と CE 8.1.0 以降のエンドポイント${ep ? `（お使いのものは ${ep}）` : ''}はそれを拒否するため、再び「No HTTPS response」が表示されます。切り戻しによる想定どおりの状態で、新しい障害ではありません。`,
            )
          : L(
              `What that means: without the fix TMS offers the endpoints only TLS 1.0, and those from TC 7.3.6 and CE 8.1.0 on${ep ? ` (yours are on ${ep})` : ''} refuse it, so they show "No HTTPS response" again. That is expected after the rollback, not a new fault.`,
              `これが意味すること：修正がなければ TMS はエンドポイントに TLS 1.0 しか提示せず、TC 7.3.6 以降と CE 8.1.0 以降のエンドポイント${ep ? `（お使いのものは ${ep}）` : ''}はそれを拒否するため、再び「No HTTPS response」が表示されます。切り戻しによる想定どおりの状態で、新しい障害ではありません。`,
            ),
        lang,
      ),
    );
  }
  const when: LocalizedText[] = [];
  // The level's restart only where a level change is known (said, or "everything" after the raise), not from the Medium on record (REV29 #5).
  if (levelBack && !r.registryOnly)
    when.push(L('The level change applies once IIS and the TMS services restart (a reboot restarts them too).', 'レベルの変更は、IIS と TMS のサービスを再起動した時点で反映されます（サーバの再起動でも同じです）。'));
  if (keysBack)
    when.push(
      L(
        'A restored registry takes effect only after what uses Schannel restarts: a reboot of the TMS server is the usual way. That matters only where the import changed keys: where they were already right before the fix, it changed nothing and needs no reboot. After the import, check with `reg query` that the keys under `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols` are as the export shows: keys the fix created may still be there.',
        '戻したレジストリは、Schannel を使うプロセスを再起動して初めて反映されます。通常は TMS サーバの再起動です。これはインポートでキーが変わった場合だけで、修正前からキーが正しかった場合は何も変わっておらず、再起動は不要です。インポート後、`reg query` で `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols` 配下のキーがエクスポートの内容どおりか確認してください。修正で作成したキーが残っている場合があります。',
      ),
    );
  else if (r.whole && !r.level)
    when.push(
      L(
        'If registry keys were put back too, that takes effect only after what uses Schannel restarts (a reboot is the usual way), and only where the import changed keys.',
        'レジストリのキーも戻した場合は、Schannel を使うプロセスを再起動して初めて反映されます（通常はサーバの再起動です）。インポートでキーが変わった場合に限ります。',
      ),
    );
  if (when.length) blocks.push(paraFrom(L(when.map((x) => x.en).join(' '), when.map((x) => x.ja).join('')), lang));
  // No fix reported yet and only "rolled back" said: the change undone may be the endpoints' upgrade (REV30 #1).
  if (r.unclear)
    blocks.push(
      paraFrom(
        L(
          `If what you rolled back was the endpoints' upgrade instead (back to a release before TC 7.3.6 or CE 8.1.0), they accept TLS 1.0 again, so TMS at Medium can reach them: check with Force Refresh in Systems > Navigator. Tell me which it was${ep ? ` and the release they run now (I have ${ep} on record)` : ''}, and I will go on from there.`,
          `切り戻したのが TMS 側の修正ではなくエンドポイントのアップグレード（TC 7.3.6 / CE 8.1.0 より前のリリースへ戻した）であれば、エンドポイントは再び TLS 1.0 を受け付けるため、Medium の TMS からも接続できます。[Systems] > [Navigator] の [Force Refresh] で確認してください。どちらを戻したのか${ep ? `、また現在のリリース（記録上は ${ep}）` : ''}を教えていただければ、そこから続けます。`,
        ),
        lang,
      ),
    );
  const facts: Facts = { ...f, tlsClaims: withoutProgress(c, keysBack) };
  if (atMedium) facts.level = 'medium';
  if (r.telnet) {
    // The reason was the systems managed over Telnet/SNMP: the known trade-off and the choices, for their case.
    for (const x of wentBackAnswer(facts, text)) blocks.push(paraFrom(x, lang));
  } else {
    // (The "try again" re-advises the fix, Medium-High included: marked as advising it, and it says the Telnet/SNMP caveat itself,
    // even where it was shown earlier in the conversation: a rollback is often that fallout, unnamed (REV29 #9).)
    blocks.push(
      paraFrom(
        advisingMediumHigh(
          'The cause has not changed, so the fix is still what brings them back. When you are ready to try again, the same steps apply (say "details" to see them). If something went wrong during the change, tell me what you saw and I will go through it with you. One thing to know before trying again: Medium-High turns Telnet and SNMP off in TMS, so systems it manages over them (for example Polycom HDX, older Tandberg MXP) show "Security violation: Telnet communication is not allowed". If that was why you rolled back, say so and I will go through the choices for those systems.',
          '原因は変わっていないため、エンドポイントを戻すには引き続き修正が必要です。もう一度実施するときは同じ手順です（「詳しく」と送ると表示します）。変更中に問題が起きた場合は、何が起きたかを教えていただければ一緒に確認します。もう一度実施する前に知っておいていただきたい点として、Medium-High にすると TMS の Telnet と SNMP が無効になり、それらで管理しているシステム（Polycom HDX や古い Tandberg MXP など）には「Security violation: Telnet communication is not allowed」が表示されます。切り戻しの理由がそれであれば、そう教えてください。そうしたシステムについての選択肢を一緒に確認します。',
        ),
        lang,
      ),
    );
  }
  const state: ConversationState = { ...s, facts: dropEmptyClaims(facts) };
  return { state: next(state, {}), replies: [reply(lang, [...blocks, ...questionBlocksFor(state)])] };
}

/** The fix's progress claims dropped (raised, restarted, works); the keys' claims too when the registry went back. */
function withoutProgress(c: TlsClaims, keysBack: boolean): TlsClaims {
  const { levelRaised: _r, restarted: _s, worksNow: _w, partlyWorks: _p, stillFailing: _f, keysChanged, tls12, ...rest } = c;
  return keysBack ? rest : { ...rest, ...(keysChanged !== undefined ? { keysChanged } : {}), ...(tls12 !== undefined ? { tls12 } : {}) };
}

function dropEmptyClaims(f: Facts): Facts {
  if (f.tlsClaims && Object.keys(f.tlsClaims).length === 0) {
    const { tlsClaims: _c, ...rest } = f;
    return rest;
  }
  return f;
}
