/**
 * QA55 #2: "port 443 answers in plain HTTP, not TLS" is the endpoint's HTTPS port not speaking TLS (a different reason for
 * "No HTTPS response", checked with the endpoint's HTTP Mode / TC 7 HTTPS Mode), never "TMS manages it over HTTP".
 */
import { freshState, step } from '../../src/conversation/engine';
import type { TurnResult } from '../../src/conversation/types';
import { portAnswersPlainHttp } from '../../src/domain/understand/port-plain-http';
import { rendered } from './helpers';

const FIRST = { en: 'TMS 15.13, endpoints ce9.15.3, SQL 2016 on the TMS server', ja: 'TMS 15.13、エンドポイントは ce9.15.3、SQL 2016 は TMS サーバ上です' };
const chat = (lang: 'en' | 'ja', said: string): TurnResult => step(step(freshState(lang), { kind: 'text', text: FIRST[lang] }).state, { kind: 'text', text: said });

describe('the HTTPS port answering in plain HTTP (QA55 #2)', () => {
  for (const [lang, said] of [
    ['en', 'port 443 answers in plain HTTP, not TLS'],
    ['en', 'the port answers in plain HTTP'],
    ['en', 'the HTTPS port responds with HTTP instead of TLS'],
    ['ja', '443番ポートが平文のHTTPで応答します'],
    ['ja', '443 は TLS ではなく HTTP で返ってきます'],
  ] as const) {
    it(`${lang}: "${said}": no https:false, the port not speaking TLS said with HTTP Mode to check`, () => {
      const r = chat(lang, said);
      expect(r.state.facts.https).not.toBe(false);
      const text = rendered(r);
      expect(text).not.toMatch(/HTTP only|manages this endpoint over HTTP|HTTP のみ/);
      expect(text).toMatch(lang === 'en' ? /The HTTPS port is not speaking TLS/ : /HTTPS のポートが TLS で応答していません/);
      expect(text).toMatch(/xConfiguration NetworkServices HTTP Mode/);
      expect(text).toMatch(/HTTPS Mode: On/);
    });
  }

  it('"TMS manages them over HTTP" keeps today\'s reading', () => {
    const r = chat('en', 'TMS manages them over HTTP');
    expect(r.state.facts.https).toBe(false);
    expect(rendered(r)).not.toMatch(/The HTTPS port is not speaking TLS/);
  });

  it('questions, denials, plans and port 80 are not the report', () => {
    for (const s of [
      'does port 443 answer in plain HTTP?',
      "port 443 doesn't answer in plain HTTP",
      'port 443 will answer in plain HTTP after the change',
      'port 80 answers with a 301',
      'we manage the codecs over plain http',
      '443番ポートがHTTPで応答しますか？',
      '443番ポートはHTTPで応答しません',
    ]) {
      expect([s, portAnswersPlainHttp(s)]).toEqual([s, false]);
    }
  });
});
