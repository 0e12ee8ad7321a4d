/**
 * A symptom named that is not "No HTTPS response" (src/domain/understand/symptom.ts): the problem this
 * bot knows shows as "No HTTPS response" in Systems > Navigator (knowledge.md §Symptom). The endpoint's
 * release alone does not make another error this problem, and the fix is not free (Medium-High turns
 * Telnet and SNMP off in TMS, knowledge.md §Caveats): so the answer is "not shown to be this problem",
 * what to check for the symptom named, and what would make it this problem. What goes beyond
 * knowledge.md (credentials, accounts) is said as a check, never as a cause.
 */
import type { EndpointVersion, Finding, LocalizedText, OtherSymptomId } from '../types';
import { endpointRefusesTls10, formatEndpoint } from '../versions';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

export const OTHER_SYMPTOM_CODE = 'other-symptom-not-shown';

/** How TMS shows each symptom: the product's own words, in both languages. */
export const OTHER_SYMPTOM_NAMES: Readonly<Record<OtherSymptomId, string>> = {
  'wrong-credentials': 'Wrong username or password',
  'authentication-failed': 'Authentication failed',
  'no-snmp-response': 'No SNMP response',
  'no-http-response': 'No HTTP response',
};

const isId = (x: unknown): x is OtherSymptomId => typeof x === 'string' && Object.prototype.hasOwnProperty.call(OTHER_SYMPTOM_NAMES, x);

/** The id, when the stored value is one (a hand-edited state may hold anything). */
export function readOtherSymptom(x: unknown): OtherSymptomId | undefined {
  return isId(x) ? x : undefined;
}

function checksFor(id: OtherSymptomId): LocalizedText {
  if (id === 'no-http-response') {
    return L(
      'What to check for "No HTTP response": it names HTTP, not HTTPS. First make sure which of the two Systems > Navigator shows for the system, word for word: "No HTTPS response" is the one this problem gives. For a system TMS manages over plain HTTP, the TLS version TMS offers plays no part; check instead that the TMS server reaches the endpoint on port 80 (`Test-NetConnection HOST -Port 80` from the TMS server) and what the endpoint allows (`xConfiguration NetworkServices HTTP Mode`: HTTP+HTTPS, or HTTPS only).',
      '「No HTTP response」について確認すること：これは HTTPS ではなく HTTP のメッセージです。まず、[Systems] > [Navigator] でそのシステムに表示されているのがどちらか、文字どおり確認してください。この問題で出るのは「No HTTPS response」です。TMS がプレーンな HTTP で管理しているシステムでは、TMS が提示する TLS のバージョンは関係しません。代わりに、TMS サーバからエンドポイントのポート 80 に届くか（TMS サーバで `Test-NetConnection HOST -Port 80`）と、エンドポイントが何を許可しているか（`xConfiguration NetworkServices HTTP Mode`：HTTP+HTTPS か、HTTPS のみか）を確認してください。',
    );
  }
  if (id === 'no-snmp-response') {
    return L(
      'What to check for "No SNMP response": SNMP is not HTTPS, so the TLS version TMS offers does not decide it. One thing my sources do connect to it: raising Communication Security to Medium-High turns SNMP off in TMS (TMSSNMPService stops). So check the level in TMS Tools (Security Settings > Advanced Security Settings > Transport Layer Security Options) and whether TMSSNMPService runs; if the level is Medium or lower, check the SNMP settings on the system and in TMS (the community name, SNMP allowed from the TMS server).',
      '「No SNMP response」について確認すること：SNMP は HTTPS ではないので、TMS が提示する TLS のバージョンでは決まりません。手元の資料で関係するのは 1 点だけで、[Communication Security] を Medium-High に上げると TMS の SNMP が無効になります（TMSSNMPService が停止します）。TMS ツール（[Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options]）でレベルを確認し、TMSSNMPService が動いているかを確認してください。レベルが Medium 以下なら、システム側と TMS 側の SNMP の設定（コミュニティ名、TMS サーバからの SNMP が許可されているか）を確認してください。',
    );
  }
  return L(
    `What to check for "${OTHER_SYMPTOM_NAMES[id]}": it reads as a sign-in problem, which my sources do not cover. Check the username and password TMS has stored for this system (Systems > Navigator) against an admin account that works on the endpoint itself (its web page), and that the account is not locked or changed since the upgrade. \`xStatus SystemUnit Software Version\` on the endpoint shows the release it runs now.`,
    `「${OTHER_SYMPTOM_NAMES[id]}」について確認すること：これはサインインの問題に見えますが、手元の資料の範囲外です。TMS がこのシステム用に保存しているユーザー名とパスワード（[Systems] > [Navigator]）を、エンドポイント自体（その Web ページ）で使える管理者アカウントと照らし合わせ、アップグレード以降にアカウントがロックされたり変更されたりしていないかを確認してください。エンドポイントで現在動いているリリースは \`xStatus SystemUnit Software Version\` で分かります。`,
  );
}

/** What would make it this problem: "No HTTPS response" (or the hello reset), with the endpoint's release when known. */
function wouldBeThisProblem(endpoint?: EndpointVersion): LocalizedText {
  let refuses: boolean | null = null;
  let ep = '';
  try {
    if (endpoint) {
      refuses = endpointRefusesTls10(endpoint);
      ep = formatEndpoint(endpoint);
    }
  } catch {
    /* malformed stored fact */
  }
  return refuses === true
      ? L(
          `What would make it this problem: if Systems > Navigator shows "No HTTPS response" for the system (or a capture on the TMS server shows its TLS 1.0 ClientHello answered with a reset), tell me so. ${ep} refuses TLS 1.0, so then it is the TLS 1.0 problem, and I will give the fix.`,
          `この問題だと言えるのは、[Systems] > [Navigator] でそのシステムに「No HTTPS response」が表示されている場合（または TMS サーバでのキャプチャで、TMS の TLS 1.0 の ClientHello にリセットが返っている場合）です。その場合はお知らせください。${ep} は TLS 1.0 を拒否するので、それなら TLS 1.0 の問題で、修正手順をご案内します。`,
        )
      : L(
          'What would make it this problem: if Systems > Navigator shows "No HTTPS response" for the system (or a capture on the TMS server shows its TLS 1.0 ClientHello answered with a reset), tell me so, with the endpoint\'s release.',
          'この問題だと言えるのは、[Systems] > [Navigator] でそのシステムに「No HTTPS response」が表示されている場合（または TMS サーバでのキャプチャで、TMS の TLS 1.0 の ClientHello にリセットが返っている場合）です。その場合は、エンドポイントのリリースと合わせてお知らせください。',
        );
}

/**
 * The answer when another symptom is named: not shown to be this problem, no fix. `endpoint` (when
 * known) says whether "No HTTPS response" would then be this problem.
 */
export function otherSymptomNotShown(id: OtherSymptomId, endpoint?: EndpointVersion): Finding {
  const name = OTHER_SYMPTOM_NAMES[id];
  const would = wouldBeThisProblem(endpoint);
  return {
    code: OTHER_SYMPTOM_CODE,
    sources: ['cisco-technote-211279'],
    severity: 'warning',
    title: L(`"${name}" is not the symptom of the TLS 1.0 problem`, `「${name}」は TLS 1.0 の問題の症状ではありません`),
    body: [
      L(
        `The TLS 1.0 problem shows as "No HTTPS response" in Systems > Navigator. You named another error, "${name}", so this problem is not shown, whatever the versions. I am not giving its fix: the fix raises Communication Security to Medium-High, which turns Telnet and SNMP off in TMS, a cost for nothing if TLS is not the cause.`,
        `TLS 1.0 の問題は、[Systems] > [Navigator] で「No HTTPS response」として表れます。伺ったのは別のエラー（「${name}」）なので、バージョンにかかわらず、この問題だとは言えません。修正手順はご案内しません。修正では [Communication Security] を Medium-High に上げますが、これで TMS の Telnet と SNMP が無効になるため、TLS が原因でなければ失うものだけが残ります。`,
      ),
      checksFor(id),
      would,
    ],
  };
}

/**
 * "Could it be Wrong username or password?", 「Authentication failed の可能性はありますか？」: a question about another
 * symptom, answered (nothing is recorded: the user did not say it shows). Not this problem's symptom; what to
 * check for it; what would make it this problem. `diagnosed`: the facts already show this problem (the answer for
 * "No HTTPS response" stands, the other error is apart).
 */
export function otherSymptomAsked(id: OtherSymptomId, endpoint?: EndpointVersion, diagnosed = false): LocalizedText[] {
  const name = OTHER_SYMPTOM_NAMES[id];
  // Already shown to be this problem (the versions fit): the answer for "No HTTPS response" stands; the other error is apart.
  if (diagnosed) {
    return [
      L(
        `"${name}" is not what this problem shows, and it does not change my answer: for the systems that show "No HTTPS response", it is still the TLS 1.0 problem (the endpoint resets TMS's TLS 1.0 ClientHello). A system that shows "${name}" instead has another error, apart from this one.`,
        `「${name}」はこの問題で表示されるものではなく、回答は変わりません。「No HTTPS response」が出ているシステムについては、引き続き TLS 1.0 の問題です（エンドポイントが TMS の TLS 1.0 の ClientHello をリセットしています）。代わりに「${name}」が出ているシステムがあれば、それはこの問題とは別のエラーです。`,
      ),
      checksFor(id),
    ];
  }
  return [
    L(
      `"${name}" is not what this problem shows. The TLS 1.0 problem shows as "No HTTPS response" for the system in Systems > Navigator: the endpoint resets TMS's TLS 1.0 ClientHello, so TMS gets no HTTPS answer at all${id === 'no-snmp-response' || id === 'no-http-response' ? '' : ', not a refused sign-in'}. So "${name}" on its own does not point to it, and I would not change Communication Security for it.`,
      `「${name}」は、この問題で表示されるものではありません。TLS 1.0 の問題では、[Systems] > [Navigator] でそのシステムに「No HTTPS response」が表示されます。エンドポイントが TMS の TLS 1.0 の ClientHello をリセットするので、TMS には HTTPS の応答がまったく返りません${id === 'no-snmp-response' || id === 'no-http-response' ? '' : '（サインインが拒否されるのとは違います）'}。そのため「${name}」だけではこの問題とは言えず、そのために [Communication Security] を変更することはお勧めしません。`,
    ),
    checksFor(id),
    wouldBeThisProblem(endpoint),
  ];
}

/** The card's and the answer's first line, and the card's Next, for this answer. */
export const OTHER_SYMPTOM_TEXTS = {
  heading: L('Not shown to be the TLS 1.0 problem: the symptom is another one', 'TLS 1.0 の問題とは言えません（症状が異なります）'),
  next: (id: OtherSymptomId) =>
    id === 'no-http-response'
      ? L('Check which message Systems > Navigator shows exactly. If it is "No HTTPS response", tell me; if it is "No HTTP response", check port 80 from the TMS server and the endpoint\'s HTTP Mode.', '[Systems] > [Navigator] に表示されているメッセージを正確に確認してください。「No HTTPS response」ならお知らせください。「No HTTP response」なら、TMS サーバからのポート 80 と、エンドポイントの HTTP Mode を確認してください。')
      : id === 'no-snmp-response'
      ? L('Check the Communication Security level and TMSSNMPService, then the SNMP settings. If Systems > Navigator shows "No HTTPS response" for the system, tell me.', '[Communication Security] のレベルと TMSSNMPService、次に SNMP の設定を確認してください。[Systems] > [Navigator] でそのシステムに「No HTTPS response」が表示されている場合はお知らせください。')
      : L('Check the credentials TMS has stored for the system against an account that works on the endpoint. If Systems > Navigator shows "No HTTPS response" for it, tell me.', 'TMS がそのシステム用に保存している認証情報を、エンドポイントで使えるアカウントと照らし合わせてください。[Systems] > [Navigator] で「No HTTPS response」が表示されている場合はお知らせください。'),
};

/**
 * The side line when another symptom is named while this problem is already shown ("No HTTPS response"
 * said earlier, "Also the MCU shows No SNMP response"), or right after Medium-High was set: the
 * diagnosis stands; the other symptom is answered on the side. `tradeOff`: the level is Medium-High and
 * the message is about SNMP or Telnet, which Medium-High turns off in TMS (knowledge.md §Caveats).
 */
export function otherSymptomAside(id: OtherSymptomId, tradeOff: boolean): LocalizedText {
  const name = OTHER_SYMPTOM_NAMES[id];
  if (tradeOff) {
    return L(
      `About "${name}" now: Medium-High turns Telnet and SNMP off in TMS (TMSSNMPService stops), so systems TMS manages over Telnet or SNMP, such as Polycom HDX or older Tandberg MXP, can no longer be managed that way. That is the known effect of Medium-High, not a sign that the fix failed, and it does not make the systems that showed "No HTTPS response" another problem. What I do not know yet is whether those systems (the TC/CE endpoints) answer TMS now: Force Refresh one in Systems > Navigator and tell me what it shows.`,
      `「${name}」について：Medium-High にすると TMS の Telnet と SNMP が無効になります（TMSSNMPService が停止します）。そのため、Polycom HDX や古い Tandberg MXP など、TMS が Telnet や SNMP で管理しているシステムは、その方法では管理できなくなります。これは Medium-High の既知の影響で、修正が失敗したということではありません。「No HTTPS response」が出ていたシステムが別の問題になるわけでもありません。まだ分からないのは、それらのシステム（TC/CE のエンドポイント）が今 TMS に応答しているかどうかです。[Systems] > [Navigator] で 1 台を Force Refresh して、表示をお知らせください。`,
    );
  }
  const check =
    id === 'no-http-response'
      ? L('HTTP is not HTTPS: for that system check port 80 from the TMS server and the endpoint\'s `xConfiguration NetworkServices HTTP Mode`.', 'HTTP は HTTPS ではありません。そのシステムについては、TMS サーバからのポート 80 と、エンドポイントの `xConfiguration NetworkServices HTTP Mode` を確認してください。')
      : id === 'no-snmp-response'
      ? L('SNMP is not HTTPS: check the SNMP settings on that system and in TMS. Note that Medium-High, the fix here, turns SNMP off in TMS.', 'SNMP は HTTPS ではないので、そのシステム側と TMS 側の SNMP の設定を確認してください。なお、ここでの修正の Medium-High にすると、TMS の SNMP は無効になります。')
      : L('It reads as a sign-in problem, which my sources do not cover: check the username and password TMS has stored for that system or account.', 'サインインの問題に見えますが、手元の資料の範囲外です。TMS がそのシステムやアカウント用に保存しているユーザー名とパスワードを確認してください。');
  return L(
    `"${name}" is a separate symptom, not this problem's; it does not change the answer for the systems that show "No HTTPS response", which is still the TLS 1.0 problem. ${check.en}`,
    `「${name}」は別の症状で、この問題の症状ではありません。「No HTTPS response」が出ているシステムについての回答は変わらず、TLS 1.0 の問題です。${check.ja}`,
  );
}

/**
 * "those 3 are MXP 1700" once the level is Medium-High or High (said or reported done): systems TMS manages over
 * Telnet or SNMP, named as the ones that fail. Medium-High turns both off in TMS (knowledge.md §Caveats): their
 * failing is the known trade-off of the level, not the TLS fix failing; the choices are the caveat's.
 */
export function telnetSystemsAtRaisedLevel(named: readonly string[]): LocalizedText {
  const en = named.join(', ');
  const ja = named.join('、');
  return L(
    `${en}: TMS manages such systems over Telnet or SNMP, and Medium-High turns Telnet and SNMP off in TMS (\`TMSSNMPService\` stops). So these fail now because of the level (they show "Security violation: Telnet communication is not allowed" and get a "TMS Connection Error" ticket): that is the known trade-off of Medium-High, not a sign that the TLS fix failed, and captures or Schannel checks will not bring them back. The choices are to replace them, manage them another way, or accept losing them in TMS. Going back to Medium is not one: the endpoints that refuse TLS 1.0 would fail again.`,
    `${ja} は、TMS が Telnet や SNMP で管理する種類のシステムです。Medium-High にすると TMS の Telnet と SNMP が無効になります（\`TMSSNMPService\` が停止します）。そのため、これらがいま失敗しているのはレベルによるものです（「Security violation: Telnet communication is not allowed」と表示され、「TMS Connection Error」のチケットが作成されます）。Medium-High の既知のトレードオフで、TLS の対処が失敗したということではありません。キャプチャや Schannel を確認しても戻りません。選択肢は、置き換える、別の方法で管理する、TMS での管理をあきらめる、のいずれかです。Medium に戻すのは解決になりません。TLS 1.0 を受け付けないエンドポイントが再び失敗します。`,
  );
}
