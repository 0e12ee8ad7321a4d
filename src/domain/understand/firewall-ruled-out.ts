/**
 * REV24 #6: a firewall change the user rules out as this incident's cause: "we changed the firewall on the guest wifi, nothing to
 * do with TMS", "the firewall was changed last month but TMS worked fine after that", "did the firewall change? I don't think so",
 * 「ファイアウォールを変更しましたが、TMS とは関係ありません」, 「その後も TMS は問題なく動いていました」. The "Network before TLS"
 * card would contradict it. Not when a name lookup or port 8443 is said too (those parts still have their answer), nor a doubt
 * ("not sure it's related"). Pure, bounded.
 */
import { nfkc } from '../nfkc';

const FIREWALL = /firewall|ファイア|ファイヤー|(?<![a-z])(?:fw|acl)s?(?![a-z])/i;
const OTHER_NETWORK_PART = /nslookup|dns|resolv|名前解決|(?<!\d)8443(?!\d)/i;
const DOUBT = /(?<![a-z])(?:not\ssure|unsure|maybe|might|could|wonder|whether)(?![a-z])|かもしれ|かどうか|可能性/i;
const RULED_OUT_EN =
  /(?<![a-z])(?:nothing\sto\sdo\swith|(?:is|was|are|were|it['’]?s)?\s?(?:not|n['’]t)\s(?:related|relevant|connected|the\s(?:cause|problem|issue|culprit))|unrelated|irrelevant|(?<!(?:not|never|n['’]t)\s(?:\w+\s)?)(?:worked|was\sworking|were\sworking|kept\sworking|ran|was\sfine|were\sfine|was\sok|were\sok)\s(?:(?:fine|ok|okay|normally|well|without\s(?:any\s)?(?:problems?|issues?))\s)?(?:after|since)(?:wards)?(?![a-z])|no\s(?:problems?|issues?)\s(?:after|since)|(?:i\s)?don['’]?t\sthink\sso|i\sdo\snot\sthink\sso|probably\snot|not\sthat\si\sknow|(?:guest|visitor)\s(?:wi-?fi|wlan|network|lan|vlan)|(?:another|a\sdifferent|a\sseparate|the\sother)\s(?:network|site|vlan))(?![a-z])/i;
const RULED_OUT_JA =
  /関係(?:は)?(?:ない|ありません|ございません|なし|なかった)|無関係|(?:その後|変更後|あと)(?:も|は)[^。]{0,20}(?:問題なく|正常に|普通に)(?:動|稼働|使え)|(?:変わって|変更されて|変更して)(?:い)?(?:ない|ません)と思|ゲスト(?:用)?\s?(?:wi-?fi|ネットワーク|lan|wlan)|別の?(?:ネットワーク|拠点|サイト)/i;

/**
 * What keeps the firewall in question (REV25 #3): a failure since the change ("TMS has not worked since", "hasn't worked fine
 * since"), someone else's word against what was seen ("the network team says it's unrelated, but the errors started right
 * after"), 「…以降動かない」.
 */
const STILL_SUSPECT_EN =
  /(?<![a-z])(?:not|never|stopped)\s(?:\w+\s){0,2}(?:work(?:ed|ing)?|run(?:ning)?)(?:\s\w+){0,2}\s(?:since|after)(?![a-z])|n['’]t\s(?:\w+\s){0,2}(?:work(?:ed|ing)?|run(?:ning)?)(?:\s\w+){0,2}\s(?:since|after)(?![a-z])|(?<![a-z])(?:says?|said|claims?|claimed|according\sto|insists?)(?![a-z])|(?<![a-z])(?:but|however|yet|though)(?![a-z])[^.!?]{0,60}(?<![a-z])(?:started|began|since|right\safter|broke|fail\w*)(?![a-z])/i;
const STILL_SUSPECT_JA = /(?:以降|以来|から)[^。]{0,20}(?:動かない|動いていない|繋がらない|つながらない|失敗|エラー)|と言って(?:いる|います|いますが)|によると|とのことですが|けど[^。]{0,30}(?:直後|以降|から)/;

/** Does the message rule a firewall change out as this incident's cause? (See above.) */
export function firewallRuledOut(text: string): boolean {
  if (text.length > 400) return false;
  const t = nfkc(text).toLowerCase();
  if (!FIREWALL.test(t) || OTHER_NETWORK_PART.test(t) || DOUBT.test(t) || STILL_SUSPECT_EN.test(t) || STILL_SUSPECT_JA.test(t)) return false;
  return RULED_OUT_EN.test(t) || RULED_OUT_JA.test(t);
}
