/**
 * MEND64A: rev64 #1, #2, #4 (review of int64).
 * #1 A capture captioned "after the change" is read as Medium-High only with no level said, every flow in it a TLS 1.2 hello to
 *    port 443 and nothing against it (no hello, reset, alert); and said as a reading to confirm in TMS Tools.
 * #2 Files announced do not swallow facts or claims in the same sentence; a bare "can" and files shared with the team announce nothing.
 * #4 A language request inside a longer line: only one addressed to the bot; the rest of the message is read as usual.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../../src/conversation/engine';
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { rendered } from './helpers';

async function turns(msgs: readonly string[]): Promise<TurnResult[]> {
  let s: ConversationState | null = null;
  const out: TurnResult[] = [];
  for (const m of msgs) {
    let r: TurnResult;
    if (m.startsWith('file:')) {
      const [name, comment] = m.slice(5).split('|');
      const read = await readEvidenceBuffer(name, readFileSync(join(__dirname, '..', 'fixtures', 'evidence', name)));
      if (!read.ok) throw new Error(read.reason.en);
      r = step(s, { kind: 'evidence', source: name, reading: read.reading, ...(comment ? { comment, keepLang: true } : {}) });
    } else r = step(s, { kind: 'text', text: m });
    out.push(r);
    s = r.state;
  }
  return out;
}

const OPEN = 'TMS 15.9, Windows 2016, SQL 2016 remote, SX80 CE 9.15 No HTTPS response';

describe('rev64 #1: a capture "after the change" and the level', () => {
  it('no hello on one flow and a TLS 1.2 hello on another (another host): the level Medium said stays, no Medium-High read', async () => {
    const rs = await turns(['TMS 15.9 at Medium, Windows Server 2025, SQL 2019 remote, SX80 CE 9.15 No HTTPS response', 'file:mend64a-mixed-noclienthello-tls12.pcap|after the change']);
    expect(rs[1].state.facts.level).toBe('medium');
    const t = rendered(rs[1]);
    expect(t).not.toMatch(/I take it|probably at Medium-High|At Medium-High TMS should offer/);
    // The flow that failed (no hello at Medium, TLS 1.0 off by default on 2025) leads to the real fix.
    expect(t).toContain('Medium-High, which offers TLS 1.2, is the fix');
  });

  it('the same capture with no level said: not read as Medium-High either', async () => {
    const rs = await turns([OPEN, 'file:mend64a-mixed-noclienthello-tls12.pcap|after the change']);
    expect(rs[1].state.facts.level).toBeUndefined();
    expect(rendered(rs[1])).not.toContain('probably at Medium-High');
  });

  it.each([
    ['en', 'Medium', 'after the change'],
    ['ja', 'Medium', '変更後のキャプチャです'],
  ] as const)('%s: a clean TLS 1.2 capture never overrides a level the user said (%s)', async (_lang, level, caption) => {
    const rs = await turns([`${OPEN}, level ${level}`, `file:tls12-accepted-client-goes-on.pcap|${caption}`]);
    expect(rs[1].state.facts.level).toBe('medium');
    expect(rendered(rs[1])).not.toMatch(/probably at Medium-High|おそらく現在 Medium-High/);
  });

  it.each([
    ['en', OPEN, 'after the change', 'please confirm the level in TMS Tools'],
    ['ja', 'TMS 15.9、Windows 2016、SQL 2016 は別サーバ、SX80 (CE 9.15) が No HTTPS response です。', '変更後のキャプチャです', 'でレベルを確認し、別のレベルが表示されている場合'],
  ] as const)('%s: with no level said, it is a reading to confirm, not a fact', async (_lang, open, caption, confirm) => {
    const rs = await turns([open, `file:tls12-accepted-client-goes-on.pcap|${caption}`]);
    expect(rs[1].state.facts.level).toBe('medium-high');
    expect(rendered(rs[1])).toContain(confirm);
    expect(rendered(rs[1])).not.toContain('I take it Communication Security is at Medium-High now');
  });
});
