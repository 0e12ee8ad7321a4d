/**
 * "we already have the reg to enable TLS 1.2" / "the reg to enable TLS 1.2 didn't work" (FIX60A #4, src/domain/understand/reg-purpose.ts):
 * a file had is not a file applied, and one that did not work is a failed attempt, not TLS 1.2 on. Nothing is recorded; the reply
 * says what to check (knowledge.md: the keys and when a protocol counts as enabled; the Client side; Medium is what keeps TMS on
 * TLS 1.0 whatever the registry allows; Schannel applies the change to handles acquired after it).
 */
import type { LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { listFrom, next, paraFrom, reply } from './compose';
import { tmsCanBeFixedInPlace } from '../domain/versions';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
const KEY = '`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client`';

const HAD = L(
  'Having the .reg is not the same as having it imported, so I have not taken TLS 1.2 as enabled. If it was imported already, tell me and I take it as on; if not, the registry step of the answer is where it goes (after the registry backup).',
  '.reg を持っていることと、それをインポート済みであることは別なので、TLS 1.2 が有効とはまだ扱っていません。すでにインポート済みならそう教えてください。有効として扱います。まだなら、回答のレジストリの手順（レジストリのバックアップの後）で使ってください。',
);
const FAILED = L(
  'A .reg that did not work is a failed attempt, so I have not taken TLS 1.2 as enabled. What did you import, and what still fails? Check first what the .reg did:',
  'うまくいかなかった .reg は、試して失敗したということなので、TLS 1.2 が有効とはまだ扱っていません。何をインポートし、何がまだ失敗しているか教えてください。まず .reg が何をしたかを確認してください。',
);
const FAILED_SHORT = L(
  'A .reg that did not work is a failed attempt, so I have not taken TLS 1.2 as enabled.',
  'うまくいかなかった .reg は、試して失敗したということなので、TLS 1.2 が有効とはまだ扱っていません。',
);
const CHECKS: LocalizedText[] = [
  L(
    `The keys: under ${KEY} (and \`…\\TLS 1.2\\Server\`), \`Enabled\` must be non-zero and \`DisabledByDefault\` 0; \`Enabled\` = 0 disables it. The Client side is the one TMS uses when it connects to the endpoints. check-tls.cmd from the fix files shows them.`,
    `キー：${KEY}（と \`…\\TLS 1.2\\Server\`）で、\`Enabled\` が 0 以外、\`DisabledByDefault\` が 0 である必要があります。\`Enabled\` = 0 は無効です。TMS がエンドポイントに接続するときに使うのは Client 側です。修正ファイルの check-tls.cmd で確認できます。`,
  ),
  L(
    'The registry alone does not fix this: at Medium TMS offers only TLS 1.0 whatever the registry allows. What makes it offer TLS 1.2 is Communication Security = Medium-High in TMS Tools (read the Telnet/SNMP caveat first), then a restart of IIS and the TMS services.',
    'レジストリだけではこの問題は直りません。Medium の TMS は、レジストリで何が許可されていても TLS 1.0 しか提示しません。TLS 1.2 を提示させるのは TMS ツールの Communication Security = Medium-High です（先に Telnet/SNMP の注意を読んでください）。その後 IIS と TMS のサービスを再起動します。',
  ),
  L(
    'Microsoft says Schannel protocol settings apply to credential handles acquired after the change: keys imported while TMS kept running are not in effect for processes that were already running. Restarting every process that uses Schannel may be enough; one reboot is the safe, usual way when keys changed.',
    'Microsoft によると、Schannel のプロトコル設定は変更後に取得される資格情報ハンドルに適用されます。TMS を動かしたままキーをインポートした場合、すでに動いていたプロセスにはまだ反映されていません。Schannel を使うプロセスをすべて再起動すれば足りることもありますが、キーを変更したときは 1 回再起動するのが確実で一般的な方法です。',
  ),
];

/** TMS before 15 (knowledge.md): no Communication Security option, and TLS 1.2 in the registry does not help. */
const PRE15 = L(
  'This TMS is older than 15: it has no Communication Security option, and adding TLS 1.2 to the registry does not help, since TMS keeps sending a TLS 1.0 ClientHello. The way out is upgrading TMS to 15.x (or, for codecs whose hardware runs TC, going back to TC 7.3.3), as in the answer.',
  'この TMS は 15 より前のため、Communication Security の項目がなく、レジストリに TLS 1.2 を追加しても効果はありません。TMS は TLS 1.0 の ClientHello を送り続けます。解決策は回答のとおり、TMS を 15.x にアップグレードすること（TC が動くハードウェアのコーデックなら TC 7.3.3 に戻すこと）です。',
);

export function onRegPurpose(s: ConversationState, said: 'had' | 'failed'): TurnResult {
  const lang = s.lang;
  const pre15 = !!s.facts.tms && !tmsCanBeFixedInPlace(s.facts.tms);
  const blocks = pre15 ? [paraFrom(said === 'had' ? HAD : FAILED_SHORT, lang), paraFrom(PRE15, lang)] : [paraFrom(said === 'had' ? HAD : FAILED, lang), listFrom('bullets', CHECKS, lang)];
  return { state: next(s, {}), replies: [reply(lang, blocks)] };
}
