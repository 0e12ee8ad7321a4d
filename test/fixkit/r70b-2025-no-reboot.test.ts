/**
 * QA48 #10: Windows Server 2025 has TLS 1.2 on by default (knowledge.md's table) like 2012–2022, so TLS 1.2 keys said right
 * with nothing changed mean no reboot there too: the answer ("No reboot: the registry keys did not change") and the kit's
 * step 4, EN and JA (it was "Reboot only if registry keys changed" / "reboot ONLY if this file created or changed a key").
 */
import { buildFixKit } from '../../src/fixkit';
import { step, freshState } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { ok, comments, SETUP } from './kit-helpers';

describe('QA48 #10: Windows Server 2025, TLS 1.2 keys said right and unchanged: no reboot, as on 2016', () => {
  it.each(['en', 'ja'] as const)('%s: the answer and the kit say no reboot', (lang) => {
    const said =
      lang === 'en'
        ? 'I checked the registry: the TLS 1.2 Client and Server keys are already there with Enabled=1 and DisabledByDefault=0, I did not change anything.'
        : 'TLS 1.2 のキーは確認済みで、すでに正しく設定されていて、何も変更していません。';
    let s: ConversationState | null = freshState(lang);
    const r = step(s, { kind: 'text', text: `${SETUP[lang]('2025', '2016')} ${said}` });
    s = r.state;
    expect(s.facts.tlsClaims).toMatchObject({ tls12: 'on', keysChanged: false });
    // The answer's reboot step, as on 2012–2022.
    const answer = JSON.stringify(r.replies);
    expect(answer).toContain(lang === 'en' ? 'No reboot: the registry keys did not change' : '再起動は不要（レジストリのキーは変更なし）');
    expect(answer).not.toMatch(/Reboot only if registry keys changed/);
    const k = ok(buildFixKit({ facts: s.facts, lang }));
    const s4 = comments(k, 'enable-tls12.reg').find((l) => l.startsWith('4. '))!;
    expect(s4).toMatch(lang === 'en' ? /^4\. No reboot: the keys do not change/ : /^4\. キーは変わらないため、再起動は不要です/);
  });
});

