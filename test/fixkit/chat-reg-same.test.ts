/**
 * The .reg the chat shows in its registry step and the fix kit's enable-tls12.reg are one change:
 * the same keys, types and values on every Windows release (TLS 1.2 Client and Server), read back
 * with the registry parser. TLS 1.1 comes only from the kit's explicit --tls11 (never on 2025).
 */
import { buildFixKit } from '../../src/fixkit';
import { enableTls1112Registry } from '../../src/domain/knowledge';
import { extractFacts } from '../../src/domain/extract';
import { applyReg, parseRegFile, parseRegText, type RegModel } from '../../src/windows/reg';
import { freshState, step } from '../../src/conversation/engine';
import type { Reply } from '../../src/conversation/document';

/** keyId -> value name -> data, for a model applied to an empty registry. */
function keysOf(model: RegModel): Record<string, Record<string, unknown>> {
  const tree = applyReg(model);
  const out: Record<string, Record<string, unknown>> = {};
  for (const [id, k] of tree.keys) {
    const vals = Object.fromEntries([...k.values.entries()].map(([n, v]) => [n, v.data]));
    if (Object.keys(vals).length) out[id] = vals;
  }
  return out;
}

const CASES = [
  'TMS 15.2.1, Windows Server 2008 R2, SQL remote, endpoints CE 9.15.3',
  'TMS 15.2.1, Windows Server 2012 R2, SQL remote, endpoints CE 9.15.3',
  'TMS 15.2.1, Windows Server 2025, SQL remote, endpoints CE 9.15.3',
  'TMS 15.2.1, SQL remote, endpoints CE 9.15.3',
];

describe('the chat .reg is the fix kit .reg', () => {
  it.each(CASES)('%s: same keys, types and values', (text) => {
    const facts = extractFacts(text).facts;
    const chat = enableTls1112Registry(facts.windows).literal!;
    const kit = buildFixKit({ facts, lang: 'en' });
    if (!kit.ok) throw new Error(kit.reason);
    const kitReg = kit.files.find((f) => f.name === 'enable-tls12.reg')!;
    const chatParsed = parseRegText(chat);
    const kitParsed = parseRegFile(kitReg.bytes);
    expect(chatParsed.problems).toEqual([]);
    expect(kitParsed.problems).toEqual([]);
    const chatKeys = keysOf(chatParsed.model);
    expect(keysOf(kitParsed.model)).toEqual(chatKeys);
    const ids = Object.keys(chatKeys);
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => /\\tls 1\.2\\(client|server)$/.test(id))).toBe(true);
    for (const id of ids) {
      expect(chatKeys[id]).toEqual({ enabled: { type: 'REG_DWORD', value: 1 }, disabledbydefault: { type: 'REG_DWORD', value: 0 } });
    }
  });

  it('TLS 1.1 only when asked (--tls11), and not on Windows Server 2025', () => {
    const f2008 = extractFacts(CASES[0]).facts;
    const asked = buildFixKit({ facts: f2008, lang: 'en', tls11: true });
    if (!asked.ok) throw new Error(asked.reason);
    const ids = Object.keys(keysOf(parseRegFile(asked.files[0].bytes).model));
    expect(ids.filter((id) => id.includes('\\tls 1.1\\'))).toHaveLength(2);
    const f2025 = extractFacts(CASES[2]).facts;
    const on2025 = buildFixKit({ facts: f2025, lang: 'en', tls11: true });
    if (!on2025.ok) throw new Error(on2025.reason);
    expect(Object.keys(keysOf(parseRegFile(on2025.files[0].bytes).model)).some((id) => id.includes('tls 1.1'))).toBe(false);
  });

  it('on 2008 R2 the step says TLS 1.2 (EN and JA), and the answer never says a button writes "this .reg"', () => {
    for (const lang of ['en', 'ja'] as const) {
      let s = freshState(lang);
      const texts: string[] = [];
      for (const m of [lang === 'en' ? 'TMS 15.2.1, Windows Server 2008 R2, SQL remote, endpoints CE 9.15.3, level Medium' : 'TMS 15.2.1、Windows Server 2008 R2、SQL は別サーバ、端末は CE 9.15.3、レベルは Medium です', lang === 'en' ? 'how do I get the .reg file?' : 'レジストリファイルをください']) {
        const r = step(s, { kind: 'text', text: m });
        s = r.state;
        texts.push(r.replies.map((x: Reply) => JSON.stringify(x.blocks)).join('\n'));
      }
      const all = texts.join('\n');
      expect(all).not.toMatch(/Enable TLS 1\.1 and 1\.2|TLS 1\.1 と 1\.2 を有効にする/);
      expect(all).toContain(lang === 'en' ? 'Enable TLS 1.2 in the Schannel registry' : 'Schannel のレジストリで TLS 1.2 を有効にする');
      expect(all).not.toMatch(/TLS 1\.1\\\\\\\\(Client|Server)/);
      expect(all).not.toMatch(/Fix files button also writes|修正ファイルのボタンでも、この \.reg/);
    }
  });
});
