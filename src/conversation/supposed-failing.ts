/**
 * "after we set Medium-High and reboot, why would it still fail?", 「Medium-High にして再起動した後でも失敗するとしたら、なぜですか？」
 * (REV21-a #4; understand/supposed-failing.ts): the change is supposed, so nothing is recorded. The answer is the one for "what if
 * it still fails?" (still-failing.ts: the capture that tells the cases apart, what is missed most often, the checks with .NET strong
 * crypto and the endpoint side), led by a note that nothing was recorded and that Medium-High needs TLS 1.2 on the Schannel Client
 * side (knowledge.md, Cause 3 and Fix step 3). Pure.
 */
import type { ConversationState, TurnResult } from './types';
import { para } from './compose';
import { withNoteAhead } from './note-ahead';
import { onStillFailing } from './still-failing';

const LEVEL_NAMES = { low: 'Low', medium: 'Medium', 'medium-high': 'Medium-High', high: 'High' } as const;

const LEAD = {
  en: (now: string) =>
    `I have not recorded a level change: you ask about after it${now ? `, so I keep ${now} as the level` : ''}. Medium-High makes TMS offer TLS 1.2 only if Windows allows it: TLS 1.2 must be enabled for the Client side in Schannel (\`Enabled\` = 1 and \`DisabledByDefault\` = 0 under \`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\`). On Windows Server 2008 R2 it is off until the keys are created; from 2012 on it is on unless a policy turned it off.`,
  ja: (now: string) =>
    `レベルの変更は記録していません。変更した後のことについてのご質問なので${now ? `、レベルは ${now} のままとしています` : ''}。Medium-High で TMS が TLS 1.2 を提示できるのは、Windows 側で TLS 1.2 が使える場合だけです。Schannel で TLS 1.2 の Client 側が有効になっている必要があります（\`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\` の \`Enabled\` = 1、\`DisabledByDefault\` = 0）。Windows Server 2008 R2 ではキーを作成するまで無効です。2012 以降は、ポリシーで無効にされていない限り有効です。`,
} as const;

/** The "if it still fails" answer, led by the note: nothing recorded; the Schannel Client side. */
export function onSupposedChangeFailing(s: ConversationState): TurnResult {
  const lang = s.lang;
  const lv = s.facts.level;
  const now = lv && lv !== 'medium-high' && lv !== 'high' ? LEVEL_NAMES[lv] : '';
  const lead = para(LEAD[lang](now));
  return withNoteAhead(onStillFailing(s, true), lead, lang);
}
