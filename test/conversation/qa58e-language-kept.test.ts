/**
 * QA58 #10: "in Japanese please" in a DM (no keepLang): the conversation stays in Japanese for the next English turns until
 * another language is asked for, and the answer already given is given again in Japanese. 「日本語で説明してもらえますか」 and
 * "can you answer in Japanese?" are language requests too.
 */
import { freshState, step } from '../../src/conversation/engine';
import { rendered, talk } from './helpers';
import { languageRequest } from '../../src/conversation/intents';

const B1 = 'TMS 15.9, SX20 upgraded to TC7.3.21 -> No HTTPS response';
const B2 = 'Windows 2016, SQL 2016 remote, level Medium';

describe('QA58 #10: the language asked for is kept', () => {
  it('EN turns after "in Japanese please" are answered in Japanese; "in English please" switches back', () => {
    const r = talk(B1, B2, 'in Japanese please', 'is a reboot needed?', 'in English please', 'is a reboot needed?');
    expect(r[2].replies[0].lang).toBe('ja');
    expect(rendered(r[2])).toMatch(/TLS 1\.0 の問題です/);
    expect(r[3].replies[0].lang).toBe('ja');
    expect(rendered(r[3])).toMatch(/再起動/);
    expect(r[5].replies[0].lang).toBe('en');
  });

  it('the pin survives the state round trip (JSON, normalizeState)', () => {
    let s = freshState('en');
    for (const m of [B1, B2, 'in Japanese please']) s = JSON.parse(JSON.stringify(step(s, { kind: 'text', text: m }).state));
    expect(step(s, { kind: 'text', text: 'is a reboot needed?' }).replies[0].lang).toBe('ja');
  });

  it('without a request, the language still follows the message', () => {
    const r = talk(B1, B2, '再起動は必要ですか？', 'is a reboot needed?');
    expect(r[2].replies[0].lang).toBe('ja');
    expect(r[3].replies[0].lang).toBe('en');
  });

  it.each([
    ['日本語で説明してもらえますか', 'ja'],
    ['can you answer in Japanese?', 'ja'],
    ['英語で回答してください', 'en'],
    ['could you explain it in English?', 'en'],
    ['is the Japanese translation wrong?', null],
  ])('languageRequest(%s) = %s', (m, want) => {
    expect(languageRequest(m)).toBe(want);
  });
});
