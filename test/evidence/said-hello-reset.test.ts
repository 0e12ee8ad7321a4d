/**
 * QA round 12 #3: a ClientHello and its reset written in words with Wireshark's bare "TLSv1" ("Client Hello
 * TLSv1 then RST from the codec", 「TLSv1 の Client Hello のあとコーデックから RST が返っています」) is read as a
 * reset after the hello, not as a row with "no answer from the server".
 */
import { readPastedText } from '../../src/evidence/text';

const codes = (t: string) => readPastedText(t).observations.map((o) => o.code);

describe('a hello and its reset said in words', () => {
  it.each([
    'TMS 15.9, SQL 2016, Windows 2019, CE 9.15. Navigator error: Authentication failed. Wireshark: Client Hello TLSv1 then RST from the codec.',
    'TMS 15.9、SQL 2016、Windows 2019、CE 9.15。Navigator のエラーは Authentication failed です。キャプチャでは TLSv1 の Client Hello のあとコーデックから RST が返っています。',
  ])('%s', (t) => {
    const c = codes(t);
    expect(c).toContain('capture-reset-after-clienthello');
    expect(c).not.toContain('capture-silence-after-clienthello');
  });

  it('the row label "TLSv1 Client Hello" with a reset someone else saw stays a hello with no answer', () => {
    expect(codes("TLSv1 Client Hello; my colleague says the codec answers [RST, ACK] but I don't see it")).toContain('capture-silence-after-clienthello');
  });
});
