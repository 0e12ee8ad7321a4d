/**
 * "it works now for the Cisco ones", "works for the SX80s but not the HDX", 「Cisco の機器は直りました」:
 * the fix worked for some systems only. The incident is not closed: what works is acknowledged and
 * what is left is pointed at — systems TMS manages over Telnet/SNMP (Medium-High turns both off), or
 * other products TMS manages over HTTPS (their own TLS settings and certificates then matter, since
 * the endpoints show that TMS now offers a version they accept). Bounded input, linear regexes.
 */
import type { LocalizedText } from '../domain/types';
import { extractFacts } from '../domain/extract';
import { detectOtherProducts, joinAnd, OTHER_PRODUCTS, SERVICES, telnetSystemsIn } from '../domain/knowledge';
import type { Block } from './document';
import type { ConversationState, TurnResult } from './types';
import { para, reply } from './compose';
import { onFacts } from './merge';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** The fix worked (in any tense): "works now", "is fixed", "came back", 「直りました」, 「復旧」, 「消えました」. */
const WORKED =
  /(?<![a-z])(?:works?|worked|working|fixed|resolved|recovered|came\sback|(?:are|is|look)\s(?:fine|ok|good|green)|fine\snow|ok\snow|good\snow|green\snow)(?![a-z])|直りました|直った|直って|復旧しました|復旧して|解消しました|正常になりました|うまくいきました|(?:消えました|消えた|出なくなりました)/i;

/**
 * Words that say "for some only": "for the Cisco ones", "but not the HDX", "except the HDX", "only the
 * SX80s", 「Cisco の機器は」, 「だけ」, 「以外は」, 「…が HDX はまだ」.
 */
const ONLY_SOME_EN =
  /(?<![a-z])(?:for|on)\s(?:the\s|our\s|all\sthe\s)?(?!now|me|us|good|real|sure|all\s*$|everything|every|now)[a-z][\w-]{1,20}(?:\s[\w-]{1,20})?\s?(?:ones|endpoints|codecs|systems|units|devices|boxes|rooms)(?![a-z])|(?<![a-z])(?:for|on)\s(?:the\s|our\s)?(?:cisco|sx\d+|mx\d+|dx\d+|ex\d+|codec\s?(?:plus|pro)|room\s?kits?|tc|ce|roomos)s?(?![a-z])|(?<![a-z])(?:but\snot|except(?:\sfor)?|apart\sfrom|other\sthan|all\sbut|only)\s(?:the\s|our\s|for\s)?[a-z\d]|(?<![a-z])(?:the\s)?(?:cisco|tc|ce)\s(?:ones|endpoints|codecs|systems|units)\s(?:work|are|came|look)|(?<![a-z])(?:but|while|though|although)\s(?!not\ssure)(?:[\w-]{1,20}\s){1,6}?(?:still|not|doesn't|don't|isn't|aren't|fails?|failing)(?![a-z])/i;
const ONLY_SOME_JA =
  /(?:cisco|sx\d+|mx\d+|codec|room\s?kit|tc|ce|roomos|エンドポイント)\s?(?:の(?:機器|端末|エンドポイント|方|系|分)|系|分|端末|機器)?\s?(?:は|だけ|のみ)\s?(?:直|復旧|解消|正常|うまく|消え)|(?:だけ|のみ)\s?(?:は)?\s?(?:直|復旧|解消|正常|うまく)|以外は|(?:が|けど|ものの)[、,\s]?.{0,30}(?:は|が)\s?(?:まだ|だめ|ダメ|直っていません|直りません|駄目)/i;
/** A question is not a report. */
const ASKS = /[?？]|(?<![a-z])(?:how|what|why|whether|should|can|could|do|does|is\sthere)\s|(?:ですか|ますか|でしょうか|かな)\s*$/i;

/**
 * Does the message report that the fix worked for some systems only? A message that names versions
 * ("CE 9.15 endpoints fine now but the Expressway-C still fails, level Medium-High", "codecs on CE 9.15")
 * describes a case: it is read and diagnosed as one (a level alone is what was done, and stays a report).
 */
export function partialSuccessIn(text: string): boolean {
  const t = text.slice(0, 300);
  if (t.length > 240 || ASKS.test(t) || !WORKED.test(t) || !(ONLY_SOME_EN.test(t) || ONLY_SOME_JA.test(t))) return false;
  const f = extractFacts(t).facts;
  return !f.tms && !f.endpoint && !f.sql && !f.windows;
}

/** The answer: what works, what is left and what to check for it; the incident stays open. */
export function onPartialSuccess(s: ConversationState, text: string): TurnResult {
  const read = onFacts(s, text);
  const f = read.state.facts;
  const lang = s.lang;
  // What the message names as left wins ("but the Expressway-C still shows it"); else what the conversation holds.
  const named = { telnet: telnetSystemsIn(text), products: detectOtherProducts(text) };
  const fromText = named.telnet.length + named.products.length > 0;
  const telnet = (fromText ? named.telnet : (f.telnetSystems ?? [])).slice(0, 4);
  const products = (fromText ? named.products : (f.otherProducts ?? [])).map((id) => OTHER_PRODUCTS[id].name);
  const out: LocalizedText[] = [
    L(
      'Good: part of it works. The systems that work now show that TMS offers a TLS version they accept, so the TMS side of the fix took effect. The incident is not closed while other systems still fail.',
      '一部は直ったとのこと、よかったです。直ったシステムがあるということは、TMS がそれらの受け付ける TLS バージョンを提示できており、TMS 側の対処は効いています。ただし、まだ失敗しているシステムがあるうちは、この件は完了ではありません。',
    ),
  ];
  if (telnet.length) {
    const en = joinAnd(telnet);
    const ja = telnet.join('、');
    out.push(
      L(
        `What is left, ${en}: check how TMS manages ${telnet.length === 1 ? 'it' : 'them'}. If it is over Telnet or SNMP, ${telnet.length === 1 ? 'it' : 'they'} cannot come back at Medium-High: that level turns Telnet and SNMP off in TMS (\`${SERVICES.snmp}\` stops), and such systems show "Security violation: Telnet communication is not allowed" with a "TMS Connection Error" ticket. The choices are to replace ${telnet.length === 1 ? 'it' : 'them'}, manage ${telnet.length === 1 ? 'it' : 'them'} differently, or accept losing ${telnet.length === 1 ? 'it' : 'them'} in TMS. Going back to Medium is not one: the systems that work now would fail again.`,
        `残っている ${ja} について：TMS がどの方法で管理しているかを確認してください。Telnet や SNMP で管理している場合、Medium-High のままでは戻りません。このレベルでは TMS の Telnet と SNMP が無効になり（\`${SERVICES.snmp}\` が停止します）、そうしたシステムには「Security violation: Telnet communication is not allowed」が表示され、「TMS Connection Error」のチケットが作成されます。選択肢は、置き換える、別の方法で管理する、TMS での管理をあきらめる、のいずれかです。Medium に戻すのは解決になりません。いま直ったシステムが再び失敗します。`,
      ),
    );
  }
  if (products.length) {
    const en = joinAnd(products);
    const ja = products.join('、');
    out.push(
      L(
        `What is left, ${en}: since the endpoints now accept what TMS offers, check the HTTPS settings of ${products.length === 1 ? 'that product itself' : 'those products themselves'}: the minimum TLS version and cipher suites ${products.length === 1 ? 'it accepts' : 'they accept'}, and ${products.length === 1 ? 'its' : 'their'} certificate (at High, TMS validates certificates; with "Enable Certificate Revocation Check" on, an unreachable CRL point fails HTTPS too).`,
        `残っている ${ja} について：エンドポイントは TMS の提示を受け付けているので、その製品側の HTTPS 設定を確認してください。受け付ける TLS の最低バージョンと暗号スイート、そして証明書です（High では TMS が証明書を検証します。また [Enable Certificate Revocation Check] が有効だと、CRL 配布ポイントに届かない場合も HTTPS が失敗します）。`,
      ),
    );
  }
  if (!telnet.length && !products.length) {
    out.push(
      L(
        'Which systems still show "No HTTPS response"? If TMS manages them over Telnet or SNMP (a Polycom HDX, an older Tandberg MXP), Medium-High has turned that off for them: that is the known trade-off of the level. If TMS manages them over HTTPS, check their own TLS settings (minimum version, cipher suites) and certificates, and their software version.',
        'まだ「No HTTPS response」が出ているのはどのシステムですか。TMS が Telnet や SNMP で管理しているもの（Polycom HDX や古い Tandberg MXP など）であれば、Medium-High でそれが無効になっています。このレベルの既知のトレードオフです。HTTPS で管理しているものであれば、そのシステム側の TLS 設定（最低バージョン、暗号スイート）と証明書、ソフトウェアのバージョンを確認してください。',
      ),
    );
  }
  const blocks: Block[] = out.map((x) => para(x[lang]));
  return { state: { ...read.state, pending: null }, replies: [reply(lang, blocks)] };
}
