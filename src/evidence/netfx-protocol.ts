/**
 * PowerShell's `[Net.ServicePointManager]::SecurityProtocol` (QA60 #11): its output ("Ssl3, Tls", "SystemDefault", "Tls12")
 * under the command line, or the value said in words ("SecurityProtocol says Ssl3, Tls", 「SecurityProtocol は Ssl3, Tls でした」).
 * What it means (knowledge.md, What else: .NET strong crypto): the protocols .NET code in that one process offers by default,
 * which `SchUseStrongCrypto` / `SystemDefaultTlsVersions` decide; not what TMS offers to the endpoints (Communication Security).
 * Pure, total, bounded: the first 64 KiB, short lines, no nested quantifiers.
 */
import type { LocalizedText } from '../domain/types';
import type { Observation } from './types';

function t(en: string, ja: string): LocalizedText {
  return { en, ja };
}

const CHEAP = /securityprotocol/i;
/** The command line, reading the value (not setting it: "… = [Net.SecurityProtocolType]::Tls12"). */
const COMMAND = /\[(?:System\.)?Net\.ServicePointManager\]::SecurityProtocol\s*(?:;?\s*)$/i;
const NAME = '(?:Ssl3|Tls13|Tls12|Tls11|Tls|SystemDefault)';
/** A line of the value: "Ssl3, Tls", "Tls, Tls11, Tls12", "SystemDefault". */
const VALUE_LINE = new RegExp(`^\\s{0,8}(${NAME}(?:\\s{0,4},\\s{0,4}${NAME}){0,5})\\s*$`, 'i');
/** 「SecurityProtocol は …」「… の値は …」 (kept apart from the pattern's brackets for the Japanese style check). */
const SAYS_JA = 'は|が|の値は|の結果は';
const SEP_JA = 'と|、';
const QUOTE_JA = '「';
/** The value said in words: "SecurityProtocol says Ssl3, Tls", "SecurityProtocol is `Tls12`", 「SecurityProtocol は Ssl3, Tls」. */
const IN_WORDS = new RegExp(
  `SecurityProtocol\\]?\\s{0,4}(?:(?:output|value|setting|result)\\s{0,4})?(?:says|is|shows|showed|returns|returned|gives|gave|reports|reported|prints|printed|was|=|:|${SAYS_JA})\\s{0,4}(?:just\\s|only\\s|still\\s)?['"\`${QUOTE_JA}]?\\s{0,2}(${NAME}(?:\\s{0,4}(?:,|and|&|\\||${SEP_JA})\\s{0,4}${NAME}){0,5})(?![a-z0-9])`,
  'i',
);

const PLAN_BEFORE = /(?<![a-z])(?:if|whether|when|should|would|could|will|set|setting|change|changing|make|want|need|try|trying)(?![a-z])|もし|なら|たら|予定|設定して/i;

/** The protocols read, or null. */
function valueIn(text: string): string[] | null {
  const lines = text.slice(0, 65_536).split(/\r?\n/, 400);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].slice(0, 400);
    if (COMMAND.test(line)) {
      // The output: the next line that is not blank, within two.
      for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
        const l = lines[j].slice(0, 400);
        if (l.trim() === '') continue;
        const m = VALUE_LINE.exec(l);
        if (m) return names(m[1]);
        break;
      }
    }
    const w = IN_WORDS.exec(line);
    // Not a value set ("SecurityProtocol = [Net.SecurityProtocolType]::Tls12": the '[' follows) nor a question about a value ("should it be Tls12?").
    // Nor a condition or a plan said before it ("if SecurityProtocol is Tls12…", "we will set SecurityProtocol = Tls12").
    if (w && !/=\s{0,4}\[/.test(line) && !PLAN_BEFORE.test(line.slice(0, w.index))) return names(w[1]);
  }
  return null;
}

function names(list: string): string[] {
  const out: string[] = [];
  for (const m of list.matchAll(/Ssl3|Tls13|Tls12|Tls11|Tls|SystemDefault/gi)) {
    const n = m[0].toLowerCase();
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

const LABEL: Record<string, string> = { ssl3: 'SSL 3.0', tls: 'TLS 1.0', tls11: 'TLS 1.1', tls12: 'TLS 1.2', tls13: 'TLS 1.3' };

/** The observation for a SecurityProtocol value in the text, or null. */
export function securityProtocolObservation(text: string): Observation | null {
  if (typeof text !== 'string' || !CHEAP.test(text)) return null;
  try {
    const v = valueIn(text);
    if (!v || v.length === 0) return null;
    const shown = v.map((n) => (n === 'systemdefault' ? 'SystemDefault' : LABEL[n])).join(', ');
    const keys = '`SchUseStrongCrypto` and `SystemDefaultTlsVersions` under `HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` and its `Wow6432Node` twin';
    const keysJa = '`HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` とその `Wow6432Node` 側の `SchUseStrongCrypto` と `SystemDefaultTlsVersions`';
    const notTms = t(
      'It is not what TMS offers to the endpoints: that is set by Communication Security in TMS Tools (at Medium only TLS 1.0, at Medium-High TLS 1.2), so it does not change the fix.',
      'これは TMS がエンドポイントに提示するものではありません。そちらは TMS ツールの [Communication Security] で決まり（Medium では TLS 1.0 だけ、Medium-High では TLS 1.2）、修正の内容は変わりません。',
    );
    let what: LocalizedText;
    if (v.includes('systemdefault')) {
      what = t(
        `[Net.ServicePointManager]::SecurityProtocol is SystemDefault: .NET in this PowerShell session leaves the protocol to Windows (Schannel). It is the value of this one process, not a reading of the registry: it does not show that \`SystemDefaultTlsVersions\` is set, nor what other .NET code on the server does (the .NET release a program was built for plays a part too). For that, check ${keys} (both = 1).`,
        `[Net.ServicePointManager]::SecurityProtocol は SystemDefault です。この PowerShell セッションの .NET は、プロトコルの選択を Windows（Schannel）に任せています。これはこの 1 つのプロセスの値で、レジストリを読んだ結果ではありません。\`SystemDefaultTlsVersions\` が設定されていることも、サーバ上のほかの .NET コードの動作も、ここからは分かりません（プログラムがどの .NET のリリース向けに作られたかにもよります）。それには ${keysJa} を確認してください（どちらも 1）。`,
      );
    } else if (v.includes('tls12') || v.includes('tls13')) {
      what = t(
        `[Net.ServicePointManager]::SecurityProtocol is ${shown}: .NET in this PowerShell session can use TLS 1.2. A script or a profile can set this for its own session, so it does not show the server's .NET settings: check ${keys} (both = 1).`,
        `[Net.ServicePointManager]::SecurityProtocol は ${shown} です。この PowerShell セッションの .NET は TLS 1.2 を使えます。この値はスクリプトやプロファイルがそのセッションだけに設定することもあるため、サーバの .NET の設定を示すものではありません。${keysJa} を確認してください（どちらも 1）。`,
      );
    } else {
      what = t(
        `[Net.ServicePointManager]::SecurityProtocol is ${shown}: .NET in this PowerShell session offers only ${shown} by default, as .NET 4 code can when the strong crypto values are not set in the view it reads (64-bit code the 64-bit key, 32-bit code the Wow6432Node one). Then .NET code on this server that Communication Security does not govern may stay on TLS 1.0 too. Check ${keys}: both should be 1.`,
        `[Net.ServicePointManager]::SecurityProtocol は ${shown} です。この PowerShell セッションの .NET は既定で ${shown} しか提示しません。.NET 4 のコードは、自分が読むビュー（64 ビットのコードは 64 ビット側のキー、32 ビットのコードは Wow6432Node 側のキー）で強力な暗号化の値が設定されていないと、こうなることがあります。その場合、[Communication Security] の対象外のこのサーバ上の .NET コードも TLS 1.0 のままになることがあります。${keysJa} を確認してください。どちらも 1 にするのが正しい状態です。`,
      );
    }
    return { code: 'netfx-security-protocol', detail: t(`${what.en} ${notTms.en}`, `${what.ja}${notTms.ja}`) };
  } catch {
    return null;
  }
}
