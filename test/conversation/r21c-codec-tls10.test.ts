/**
 * QA49 F15: "I think we should just re-enable TLS 1.0 on the codecs, easier" gets the "not a fix" answer the question form
 * gets; a report or a negation does not.
 */
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { freshState, step } from '../../src/conversation/engine';

const B = 'TMS 15.2, endpoints CE 9.15, SQL 2008 R2 on the TMS server, Windows 2012 R2, level Medium';
const B_JA = 'TMS 15.2、エンドポイント CE 9.15、SQL 2008 R2 は TMS サーバー上、Windows 2012 R2、レベル Medium';

/** The setup said to the bot, then `line` as the Slack thread sends it (unaddressed; othersMentioned when it opens with @). */
function run(lang: 'en' | 'ja', setup: string, line: string, shared: boolean): { before: ConversationState; r: TurnResult } {
  const before = step(freshState(lang), { kind: 'text', text: setup }).state;
  const msg: IncomingMessage = shared
    ? { kind: 'text', text: line, keepLang: true, unaddressed: true, ...(line.startsWith('@') ? { othersMentioned: true } : {}) }
    : { kind: 'text', text: line };
  return { before, r: step(before, msg) };
}
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
