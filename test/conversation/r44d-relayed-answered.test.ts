/**
 * R44D #5 (QA round 29 §3): someone else's question relayed and answered by the user in the same message, "Someone asked
 * if it was High all along; no, it is Medium.", is the user's statement: the level is Medium, no "High or Medium-High?"
 * answer. A relayed question left unanswered ("The customer asked whether High is better than Medium-High.") is still
 * answered.
 */
import { rendered, runIn } from './helpers';

const F16 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const JA16 = 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQLは2016でTMSサーバ上、Windows Server 2016です';
const HIGH_TITLE = /High or Medium-High\?|High と Medium-High の違い/;

describe('R44D: a relayed question answered by the user', () => {
  it.each([
    ['en', F16, 'Someone asked if it was High all along; no, it is Medium.'],
    ['en', F16, 'Someone asked if it was High all along. No, it is Medium.'],
    ['ja', JA16, 'ずっとHighだったのかと聞かれましたが、いいえ、Mediumです'],
  ] as const)('%s %s / %s: level Medium, not answered as a question', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).not.toMatch(HIGH_TITLE);
  });

  it.each([
    ['en', F16, 'The customer asked whether High is better than Medium-High.', HIGH_TITLE],
    ['en', F16, 'They asked if TLS 1.0 can be turned off. No idea.', /Can TLS 1\.0 be turned off too\?/],
  ] as const)('%s %s / %s: a relayed question not answered is still answered', (lang, setup, msg, re) => {
    expect(rendered(runIn(lang, [setup, msg]))).toMatch(re);
  });
});
