/**
 * REV20 #8: the Japanese "is it the TLS thing?" is the whole message, like the English one: 「Expressway も TLS の問題なんですか？」
 * asks about another system and is not answered about the endpoints.
 */
import { rendered, runIn } from './helpers';

const JA = 'TMS 15.2.1 で No HTTPS response、CE 9.15、レベルは Medium です';
const EN = 'TMS 15.2.1 No HTTPS response on a codec, CE 9.15, Medium';

describe('JA: about this endpoint', () => {
  it.each(['じゃあTLSの問題なんですか？', 'これは TLS の問題なんですか？', 'それって TLS 1.0 の件ですか', 'TLS の問題なんですか？'])('%s', (q) => {
    const r = runIn('ja', [JA, q]);
    expect(r.route).toBe('tls-or-not');
    expect(rendered(r)).toContain('CE 9.15 は TLS 1.0 を拒否し');
  });
});

describe('JA and EN: about something else', () => {
  it.each(['Expressway も TLS の問題なんですか？', 'バックアップが失敗するのも TLS の問題なんですか？', 'SQL が起動しないのは TLS の問題なんですか？'])('JA %s', (q) => {
    const r = runIn('ja', [JA, q]);
    expect(r.route).not.toBe('tls-or-not');
    expect(rendered(r)).not.toContain('そのとおりです。CE 9.15 は TLS 1.0 を拒否し');
  });
  it('EN is the Expressway a TLS thing too?', () => {
    expect(runIn('en', [EN, 'is the Expressway a TLS thing too?']).route).not.toBe('tls-or-not');
  });
});
