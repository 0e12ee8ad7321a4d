/**
 * R44D #4 (QA round 29 §3): 36887/36888 said bare in prose with its alert code, "fatal alert 48 (36887) each poll",
 * 「36887でアラート40を受信しています」, is read as the Schannel event with that alert (like "Schannel event 36887: received
 * fatal alert 40"). Narrow: the id, an alert word and a real TLS alert code in the same sentence; not a question, a count,
 * a time, a number said absent.
 */
import { readPastedText } from '../../src/evidence/text';
import { blocksText, runIn } from './helpers';

function schannel(text: string): string {
  const o = readPastedText(text).observations.find((x) => x.code === 'event-schannel-error');
  return o ? o.detail.en : '';
}

describe('R44D: 36887/36888 in prose with the alert code', () => {
  it.each([
    ['fatal alert 48 (36887) each poll', /36887[^;]*\(alert 48, unknown_ca\)/],
    ['36887でアラート40を受信しています', /36887[^;]*\(alert 40\)/],
    ['36888 fatal alert 70 every 5 minutes', /36888[^;]*\(alert 70\)/],
    ['We get 36887 with alert 40 on every poll.', /36887[^;]*\(alert 40\)/],
  ])('%s', (msg, re) => {
    expect(schannel(msg)).toMatch(re);
  });

  it.each([
    '36887 alert 3 times',
    'is 36887 with alert 40 bad?',
    'no 36887 alert 40 seen',
    'alert 40 at 10:36:887',
    '36,887 alerts 40',
    '36887 endpoints, alert 1000',
    'Case 36887: the alert is gone.',
  ])('not read as the event: %s', (msg) => {
    expect(schannel(msg)).toBe('');
  });

  it('the conversation shows the Schannel event and its alert (JA)', () => {
    const r = runIn('ja', ['TMS 15.9、CE 9.15でNo HTTPS responseです。SQLは2016でTMSサーバ上、Windows Server 2016です', '36887でアラート40を受信しています']);
    const out = blocksText(r.replies);
    expect(out).toMatch(/36887/);
    expect(out).toMatch(/Schannel/);
    expect(out).not.toMatch(/読み取れませんでした/);
  });
});
