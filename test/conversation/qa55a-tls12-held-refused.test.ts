/**
 * QA55 #5: `openssl s_client -tls1_2` refused with alert 70 (fixtures sc-tls12-alert70.txt and its -tls1 twin sc-tls1-alert70.txt:
 * real OpenSSL 3 output against `openssl s_server -tls1_3` and `-no_tls1` on loopback, QA55's scratch inputs). A client offering
 * TLS 1.2 and nothing newer was refused: Medium-High will not help that endpoint; its MinimumTLSVersion and ciphers come first. Not "This is the
 * TLS 1.0 problem: here is the fix", and not "the line does not say which TLS version the client offered".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPastedText } from '../../src/evidence/text';
import { freshState, step } from '../../src/conversation/engine';
import type { TurnResult } from '../../src/conversation/types';
import { rendered } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/tools', name), 'utf8');
const TLS12 = fixture('sc-tls12-alert70.txt');
const TLS1 = fixture('sc-tls1-alert70.txt');
const FIRST = { en: 'TMS 15.13, endpoints ce9.15.3.17, SQL 2016 on the TMS server', ja: 'TMS 15.13、エンドポイントは ce9.15.3.17、SQL 2016 は TMS サーバ上です' };
const chat = (lang: 'en' | 'ja', pasted: string): TurnResult => step(step(freshState(lang), { kind: 'text', text: FIRST[lang] }).state, { kind: 'text', text: pasted });

describe('openssl s_client held to TLS 1.2 and refused (QA55 #5)', () => {
  it('read as a client offering TLS 1.2 and nothing newer refused: from the command line, or from the session block alone', () => {
    for (const text of [TLS12, TLS12.split('\n').slice(1).join('\n')]) {
      const o = readPastedText(text).observations;
      expect(o.map((x) => x.code)).toEqual(['tool-tls12-refused']);
      expect(o[0].detail.en).toContain('offering TLS 1.2 and nothing newer');
      expect(o[0].detail.ja).toContain('TLS 1.2 までを提示');
    }
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: Medium-High will not help that endpoint, MinimumTLSVersion named, not "here is the fix"`, () => {
      const text = rendered(chat(lang, TLS12));
      expect(text).toMatch(lang === 'en' ? /A client offering TLS 1\.2 was refused: Medium-High will not help this endpoint/ : /TLS 1\.2 を提示したクライアントが拒否されました/);
      expect(text).toContain('xConfiguration NetworkServices HTTPS Server MinimumTLSVersion');
      expect(text).not.toMatch(/This is the TLS 1\.0 problem: here is the fix|TLS 1\.0 の問題です（対処方法は以下のとおり）/);
      expect(text).not.toMatch(/does not say which TLS version the client offered|どの TLS バージョンを提示したかは分かりません/);
    });
  }

  it('its -tls1 twin is still the TLS 1.0 refusal', () => {
    const o = readPastedText(TLS1).observations;
    expect(o.map((x) => x.code)).toEqual(['tool-tls10-refused']);
    expect(rendered(chat('en', TLS1))).not.toMatch(/Medium-High will not help/);
  });
});
