/**
 * QA49 F15: "I think we should just re-enable TLS 1.0 on the codecs, easier" gets the "not a fix" answer the question form
 * gets; a report or a negation does not.
 */
import type { TurnResult } from '../../src/conversation/types';
import { SQL2008R2_LOCAL, setupThenLine } from './helpers';

const B = SQL2008R2_LOCAL.en;
const B_JA = SQL2008R2_LOCAL.ja;

const run = setupThenLine;
const shown = (r: TurnResult): string => JSON.stringify(r.replies);

describe('QA49 F15: re-enabling TLS 1.0 on the codecs, proposed', () => {
  it.each([
    ['en', 'I think we should just re-enable TLS 1.0 on the codecs, easier'],
    ['ja', 'コーデック側で TLS 1.0 を有効に戻したほうが早いと思います'],
  ] as Array<['en' | 'ja', string]>)('%s %s: the "not a fix" answer, in a shared thread too', (lang, line) => {
    for (const shared of [false, true]) {
      const { before, r } = run(lang, lang === 'ja' ? B_JA : B, line, shared);
      expect(shown(r)).toMatch(/Making the endpoints accept TLS 1.0 again instead|代わりにエンドポイントで TLS 1.0 を受け付けるようにする/);
      expect(r.state.facts).toEqual(before.facts);
    }
  });
  it.each([
    ['en', 'we re-enabled TLS 1.0 on the codecs'],
    ['en', 'we should not re-enable TLS 1.0 on the codecs'],
    ['ja', 'コーデック側で TLS 1.0 を有効に戻しました'],
  ] as Array<['en' | 'ja', string]>)('%s %s: no proposal', (lang, line) => {
    const { r } = run(lang, lang === 'ja' ? B_JA : B, line, false);
    expect(shown(r)).not.toMatch(/Making the endpoints accept TLS 1.0 again instead|代わりにエンドポイントで TLS 1.0 を受け付けるようにする/);
  });
});
