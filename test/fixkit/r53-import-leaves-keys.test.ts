/**
 * Importing a registry export made before a TLS change writes back the values the export holds; keys the change
 * created (IIS Crypto creates TLS 1.0 keys with Enabled=0) stay. The SQL Server recovery (answer, card line, fix kit)
 * must not say that an import "puts every key back": after an import TLS 1.0 may still be off and SQL still down.
 */
import { buildFixKit } from '../../src/fixkit';
import { step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { rendered } from '../conversation/helpers';

const LOG = [
  '2026-12-01 10:25:01.34 Server      Error: 26011, Severity: 16, State: 1.',
  '2026-12-01 10:25:01.34 Server      The server was unable to initialize encryption because of a problem with a security library. The security library may be missing. Verify that security.dll exists on the system.',
].join('\n');
const SETUP = {
  en: 'TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL Server 2008 R2 SP2 on the TMS server, level Medium',
  ja: 'TMS 15.2.1、CE 9.15.3、Windows 2012 R2、SQL Server 2008 R2 SP2 は TMS サーバ上、レベルは Medium です',
};
const STAYS = { en: /keys the change created stay/, ja: /変更で作られたキーは残ります/ };
const WRONG = { en: /puts every key back|puts the keys back as they were/, ja: /すべてのキーが元の状態に戻|キーが元に戻ります/ };

function run(lang: 'en' | 'ja', msgs: string[]): { state: ConversationState; out: string } {
  let s: ConversationState | null = null;
  let out = '';
  for (const m of [SETUP[lang], ...msgs]) {
    const r = step(s, { kind: 'text', text: m });
    s = r.state;
    out = rendered(r);
  }
  return { state: s!, out };
}

describe('an earlier registry export, imported, leaves the keys the change created (R53)', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang.toUpperCase()}: the SQL Server recovery answer says so and does not promise every key back`, () => {
      const { out } = run(lang, [LOG]);
      expect(out).toMatch(STAYS[lang]);
      expect(out).not.toMatch(WRONG[lang]);
    });

    it(`${lang.toUpperCase()}: tls10-back-on.reg's comments say so too`, () => {
      const kit = buildFixKit({ facts: run(lang, [LOG]).state.facts, lang });
      if (!kit.ok) throw new Error(kit.reason);
      const reg = kit.files.find((f) => f.name === 'tls10-back-on.reg')!;
      const comments = reg.text.split('\r\n').filter((l) => l.startsWith(';')).join('\n');
      expect(comments).toMatch(lang === 'en' ? /keys the change created stay/ : /変更で作られたキーは残ります/);
      expect(comments).not.toMatch(WRONG[lang]);
    });
  }

  it('the card\'s next line for SQL down asks to check TLS 1.0 after an import (EN and JA)', () => {
    for (const lang of ['en', 'ja'] as const) {
      const r = step(run(lang, []).state, { kind: 'text', text: lang === 'en' ? "SQL Server won't start since we disabled TLS 1.0" : 'TLS 1.0 を無効にしてから SQL Server が起動しません' });
      const summary = r.replies.map((x) => x.summary).find(Boolean);
      const text = JSON.stringify(summary ?? r.replies);
      expect(text).toMatch(lang === 'en' ? /checking it after any import of an earlier registry export \(an import leaves keys the change created\)/ : /変更で作られたキーは残るので TLS 1\.0 を確認/);
      expect(text).not.toMatch(/or import the registry export, leave|エクスポートをインポートし、SSL/);
    }
  });
});
