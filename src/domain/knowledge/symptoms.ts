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

/** How TMS shows each symptom: the product's own words (the same in both languages, TMS's UI is English). */
export const OTHER_SYMPTOM_NAMES: Readonly<Record<OtherSymptomId, string>> = {
  'wrong-credentials': 'Wrong username or password',
  'authentication-failed': 'Authentication failed',
  'no-snmp-response': 'No SNMP response',
  'no-http-response': 'No HTTP response',
  'unable-to-connect': 'Unable to connect',
  'not-reachable': 'Not reachable',
  'connection-timed-out': 'Connection timed out',
  'connection-refused': 'Connection refused',
  'certificate-validation': 'Certificate validation failed',
  'booking-failed': 'Booking failed',
  'call-failed': 'Call failed',
  'tms-connection-error': 'TMS Connection Error',
};

/**
 * The name in the user's language: the errors a Japanese user reports in Japanese (「接続できません」「タイムアウト」
 * 「証明書の検証に失敗」「予約に失敗」「発信に失敗」) are named in Japanese words in a Japanese answer, the product's
 * own English words otherwise.
 */
const OTHER_SYMPTOM_NAMES_JA: Readonly<Partial<Record<OtherSymptomId, string>>> = {
  'unable-to-connect': '接続できません',
  'not-reachable': '到達できません',
  'connection-timed-out': '接続タイムアウト',
  'connection-refused': '接続拒否',
  'certificate-validation': '証明書の検証に失敗',
  'booking-failed': '予約に失敗',
  'call-failed': '発信に失敗',
};

/** The name of the symptom, in English and Japanese. */
export function otherSymptomName(id: OtherSymptomId): LocalizedText {
  const en = OTHER_SYMPTOM_NAMES[id];
  return { en, ja: OTHER_SYMPTOM_NAMES_JA[id] ?? en };
}

/** The errors that say TMS could not make (or keep) a connection at all: the network before TLS. */
const NETWORK_IDS: ReadonlySet<OtherSymptomId> = new Set(['unable-to-connect', 'not-reachable', 'connection-timed-out']);

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
  const n = otherSymptomName(id);
  if (NETWORK_IDS.has(id)) {
    return L(
      `What to check for "${n.en}": it says the connection itself could not be made. In the TLS 1.0 problem the TCP connection to port 443 does succeed; the endpoint resets it only after TMS's TLS 1.0 ClientHello, and TMS then shows "No HTTPS response". So look at the network first: from the TMS server run \`Test-NetConnection HOST -Port 443\` (HOST as TMS has it for the system in Systems > Navigator), and check what changed on the way (a firewall, routing, the endpoint's address after the upgrade).`,
      `「${n.ja}」について確認すること：これは接続そのものができなかったという意味です。TLS 1.0 の問題では、ポート 443 への TCP 接続は成立し、TMS の TLS 1.0 の ClientHello のあとでエンドポイントがリセットします。そのとき TMS の表示は「No HTTPS response」です。そのため、まずネットワークを確認してください。TMS サーバで \`Test-NetConnection HOST -Port 443\` を実行し（HOST は [Systems] > [Navigator] で TMS がそのシステムに使っているアドレス）、途中で変わったもの（ファイアウォール、ルーティング、アップグレード後のエンドポイントのアドレス）を確認してください。`,
    );
  }
  if (id === 'connection-refused') {
    return L(
      `What to check for "${n.en}": in the usual sense nothing accepted the connection on the port (closed or blocked), before any TLS was spoken. Check from the TMS server \`Test-NetConnection HOST -Port 443\`, and on the endpoint that HTTPS is on (\`xConfiguration NetworkServices HTTP Mode\`: HTTP+HTTPS or HTTPS; on TC 7 \`xConfiguration NetworkServices HTTPS Mode: On\`). Some tools also use the word for a connection reset after the hello, which is this problem's mark: if port 443 answers, a capture on the TMS server settles it (a TLS 1.0 ClientHello, then a reset from the endpoint).`,
      `「${n.ja}」について確認すること：通常の意味では、TLS のやり取りより前に、そのポートで接続が受け付けられなかった（閉じている、または遮断されている）ということです。TMS サーバで \`Test-NetConnection HOST -Port 443\` を実行し、エンドポイントで HTTPS が有効か（\`xConfiguration NetworkServices HTTP Mode\`：HTTP+HTTPS か HTTPS。TC 7 では \`xConfiguration NetworkServices HTTPS Mode: On\`）を確認してください。ただ、ClientHello のあとのリセットを同じ言葉で表すツールもあり、そちらはこの問題の特徴です。ポート 443 に接続できるなら、TMS サーバでのキャプチャで判断できます（TLS 1.0 の ClientHello のあと、エンドポイントからリセット）。`,
    );
  }
  if (id === 'certificate-validation') {
    return L(
      `What to check for "${n.en}": certificates play no part in the TLS 1.0 problem, where the endpoint resets the connection before any certificate is looked at. Two things my sources do connect to certificates, to check in TMS Tools: at the High level TMS also validates the certificates of the systems it manages, so a self-signed or expired endpoint certificate fails there even with TLS 1.2; and with "Enable Certificate Revocation Check" on, HTTPS fails when the CRL point of the certificate's issuer cannot be reached. So check which level is set and that setting, then the endpoint's certificate (issuer, expiry).`,
      `「${n.ja}」について確認すること：TLS 1.0 の問題では証明書を見る前にエンドポイントが接続をリセットするので、証明書は関係しません。手元の資料で証明書に関係するのは 2 点で、どちらも TMS ツールで確認してください。High レベルでは TMS が管理対象システムの証明書も検証するため、自己署名や期限切れの証明書のエンドポイントは、TLS 1.2 でも失敗します。また「Enable Certificate Revocation Check」が有効だと、証明書の発行元の CRL の配布ポイントに届かないときに HTTPS が失敗します。設定されているレベルとこの設定を確認し、次にエンドポイントの証明書（発行元、有効期限）を確認してください。`,
    );
  }
  if (id === 'booking-failed' || id === 'call-failed') {
    return L(
      `What to check for "${n.en}": it says what TMS could not do, not how it sees the system, and my sources do not cover it. When this problem keeps TMS from reaching an endpoint, the system's status in Systems > Navigator shows "No HTTPS response". So open the system there (Force Refresh) and read its status word for word; if it shows no error, look at the details TMS gives for the failed ${id === 'booking-failed' ? 'booking' : 'call'} instead.`,
      `「${n.ja}」について確認すること：これは TMS ができなかった操作を表すもので、TMS からシステムがどう見えているかではありません。手元の資料の範囲外です。この問題で TMS がエンドポイントに届かないときは、[Systems] > [Navigator] でそのシステムの状態が「No HTTPS response」になります。そこでシステムを開き（Force Refresh）、状態の表示を文字どおり確認してください。エラーが出ていなければ、失敗した${id === 'booking-failed' ? '予約' : '発信'}について TMS が示す詳細を確認してください。`,
    );
  }
  if (id === 'tms-connection-error') {
    return L(
      'What to check for "TMS Connection Error": it is a ticket TMS raises for a system, not the status itself. My sources name it for systems TMS manages over Telnet or SNMP (Polycom HDX, older Tandberg MXP) once Communication Security is Medium-High or above, together with "Security violation: Telnet communication is not allowed". So read the status shown for the system in Systems > Navigator: "No HTTPS response" is this problem\'s; the Telnet security violation is the trade-off of the level; anything else is another error.',
      '「TMS Connection Error」について確認すること：これは TMS がシステムについて作成するチケットで、状態そのものではありません。手元の資料では、[Communication Security] が Medium-High 以上のときに、TMS が Telnet や SNMP で管理しているシステム（Polycom HDX、古い Tandberg MXP など）に「Security violation: Telnet communication is not allowed」とともに出るものとして挙げられています。[Systems] > [Navigator] でそのシステムの状態の表示を確認してください。「No HTTPS response」ならこの問題、Telnet のセキュリティ違反ならレベルのトレードオフ、それ以外なら別のエラーです。',
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
  const nm = otherSymptomName(id);
  const name = nm.en;
  const would = wouldBeThisProblem(endpoint);
  return {
    code: OTHER_SYMPTOM_CODE,
    sources: ['cisco-technote-211279'],
    severity: 'warning',
    title: L(`"${name}" is not the symptom of the TLS 1.0 problem`, `「${nm.ja}」は TLS 1.0 の問題の症状ではありません`),
    body: [
      L(
        `The TLS 1.0 problem shows as "No HTTPS response" in Systems > Navigator. You named another error, "${name}", so this problem is not shown, whatever the versions. I am not giving its fix: the fix raises Communication Security to Medium-High, which turns Telnet and SNMP off in TMS, a cost for nothing if TLS is not the cause.`,
        `TLS 1.0 の問題は、[Systems] > [Navigator] で「No HTTPS response」として表れます。伺ったのは別のエラー（「${nm.ja}」）なので、バージョンにかかわらず、この問題だとは言えません。修正手順はご案内しません。修正では [Communication Security] を Medium-High に上げますが、これで TMS の Telnet と SNMP が無効になるため、TLS が原因でなければ失うものだけが残ります。`,
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
  const nm = otherSymptomName(id);
  const name = nm.en;
  // Already shown to be this problem (the versions fit): the answer for "No HTTPS response" stands; the other error is apart.
  if (diagnosed) {
    return [
      L(
        `"${name}" is not what this problem shows, and it does not change my answer: for the systems that show "No HTTPS response", it is still the TLS 1.0 problem (the endpoint resets TMS's TLS 1.0 ClientHello). A system that shows "${name}" instead has another error, apart from this one.`,
        `「${nm.ja}」はこの問題で表示されるものではなく、回答は変わりません。「No HTTPS response」が出ているシステムについては、引き続き TLS 1.0 の問題です（エンドポイントが TMS の TLS 1.0 の ClientHello をリセットしています）。代わりに「${nm.ja}」が出ているシステムがあれば、それはこの問題とは別のエラーです。`,
      ),
      checksFor(id),
    ];
  }
  return [
    L(
      `"${name}" is not what this problem shows. The TLS 1.0 problem shows as "No HTTPS response" for the system in Systems > Navigator: the endpoint resets TMS's TLS 1.0 ClientHello, so TMS gets no HTTPS answer at all${id === 'wrong-credentials' || id === 'authentication-failed' ? ', not a refused sign-in' : ''}. So "${name}" on its own does not point to it, and I would not change Communication Security for it.`,
      `「${nm.ja}」は、この問題で表示されるものではありません。TLS 1.0 の問題では、[Systems] > [Navigator] でそのシステムに「No HTTPS response」が表示されます。エンドポイントが TMS の TLS 1.0 の ClientHello をリセットするので、TMS には HTTPS の応答がまったく返りません${id === 'wrong-credentials' || id === 'authentication-failed' ? '（サインインが拒否されるのとは違います）' : ''}。そのため「${nm.ja}」だけではこの問題とは言えず、そのために [Communication Security] を変更することはお勧めしません。`,
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
      : NETWORK_IDS.has(id)
      ? L('Check port 443 from the TMS server (`Test-NetConnection HOST -Port 443`) and what changed on the network. If Systems > Navigator shows "No HTTPS response" for the system, tell me.', 'TMS サーバからポート 443 に届くか（`Test-NetConnection HOST -Port 443`）と、ネットワークで変わったものを確認してください。[Systems] > [Navigator] でそのシステムに「No HTTPS response」が表示されている場合はお知らせください。')
      : id === 'connection-refused'
      ? L('Check port 443 from the TMS server and that HTTPS is on on the endpoint; if the port answers, a capture on the TMS server settles whether TMS\'s TLS 1.0 hello is reset. If Systems > Navigator shows "No HTTPS response" for the system, tell me.', 'TMS サーバからポート 443 に届くかと、エンドポイントで HTTPS が有効かを確認してください。ポートに届くなら、TMS サーバでのキャプチャで TMS の TLS 1.0 の ClientHello がリセットされているか判断できます。[Systems] > [Navigator] でそのシステムに「No HTTPS response」が表示されている場合はお知らせください。')
      : id === 'certificate-validation'
      ? L('Check the Communication Security level (High validates certificates) and "Enable Certificate Revocation Check" in TMS Tools, then the endpoint\'s certificate. If Systems > Navigator shows "No HTTPS response" for the system, tell me.', 'TMS ツールで [Communication Security] のレベル（High では証明書を検証します）と「Enable Certificate Revocation Check」を確認し、次にエンドポイントの証明書を確認してください。[Systems] > [Navigator] でそのシステムに「No HTTPS response」が表示されている場合はお知らせください。')
      : id === 'booking-failed' || id === 'call-failed' || id === 'tms-connection-error'
      ? L('Read the status of the system in Systems > Navigator (Force Refresh), word for word. If it is "No HTTPS response", tell me.', '[Systems] > [Navigator] でそのシステムの状態の表示を（Force Refresh して）文字どおり確認してください。「No HTTPS response」ならお知らせください。')
      : L('Check the credentials TMS has stored for the system against an account that works on the endpoint. If Systems > Navigator shows "No HTTPS response" for it, tell me.', 'TMS がそのシステム用に保存している認証情報を、エンドポイントで使えるアカウントと照らし合わせてください。[Systems] > [Navigator] で「No HTTPS response」が表示されている場合はお知らせください。'),
};

/**
 * The side line when another symptom is named while this problem is already shown ("No HTTPS response"
 * said earlier, "Also the MCU shows No SNMP response"), or right after Medium-High was set: the
 * diagnosis stands; the other symptom is answered on the side. `tradeOff`: the level is Medium-High and
 * the message is about SNMP or Telnet, which Medium-High turns off in TMS (knowledge.md §Caveats).
 */
export function otherSymptomAside(id: OtherSymptomId, tradeOff: boolean): LocalizedText {
  const nm = otherSymptomName(id);
  const name = nm.en;
  if (tradeOff) {
    return L(
      `About "${name}" now: Medium-High turns Telnet and SNMP off in TMS (TMSSNMPService stops), so systems TMS manages over Telnet or SNMP, such as Polycom HDX or older Tandberg MXP, can no longer be managed that way. That is the known effect of Medium-High, not a sign that the fix failed, and it does not make the systems that showed "No HTTPS response" another problem. What I do not know yet is whether those systems (the TC/CE endpoints) answer TMS now: Force Refresh one in Systems > Navigator and tell me what it shows.`,
      `「${nm.ja}」について：Medium-High にすると TMS の Telnet と SNMP が無効になります（TMSSNMPService が停止します）。そのため、Polycom HDX や古い Tandberg MXP など、TMS が Telnet や SNMP で管理しているシステムは、その方法では管理できなくなります。これは Medium-High の既知の影響で、修正が失敗したということではありません。「No HTTPS response」が出ていたシステムが別の問題になるわけでもありません。まだ分からないのは、それらのシステム（TC/CE のエンドポイント）が今 TMS に応答しているかどうかです。[Systems] > [Navigator] で 1 台を Force Refresh して、表示をお知らせください。`,
    );
  }
  const check =
    id === 'no-http-response'
      ? L('HTTP is not HTTPS: for that system check port 80 from the TMS server and the endpoint\'s `xConfiguration NetworkServices HTTP Mode`.', 'HTTP は HTTPS ではありません。そのシステムについては、TMS サーバからのポート 80 と、エンドポイントの `xConfiguration NetworkServices HTTP Mode` を確認してください。')
      : id === 'no-snmp-response'
      ? L('SNMP is not HTTPS: check the SNMP settings on that system and in TMS. Note that Medium-High, the fix here, turns SNMP off in TMS.', 'SNMP は HTTPS ではないので、そのシステム側と TMS 側の SNMP の設定を確認してください。なお、ここでの修正の Medium-High にすると、TMS の SNMP は無効になります。')
      : id === 'wrong-credentials' || id === 'authentication-failed'
      ? L('It reads as a sign-in problem, which my sources do not cover: check the username and password TMS has stored for that system or account.', 'サインインの問題に見えますが、手元の資料の範囲外です。TMS がそのシステムやアカウント用に保存しているユーザー名とパスワードを確認してください。')
      : OTHER_SYMPTOM_TEXTS.next(id);
  return L(
    `"${name}" is a separate symptom, not this problem's; it does not change the answer for the systems that show "No HTTPS response", which is still the TLS 1.0 problem. ${check.en}`,
    `「${nm.ja}」は別の症状で、この問題の症状ではありません。「No HTTPS response」が出ているシステムについての回答は変わらず、TLS 1.0 の問題です。${check.ja}`,
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
