/**
 * QA round 5b leftover: "what does 1205 mean?" after a Schannel 36888 line was read is answered by the
 * number's role in that evidence (an error state the sources do not document; the alert is what matters).
 */
import { say } from './helpers';

const SCHANNEL = 'Schannel 36888: A fatal alert was generated and sent to the remote endpoint. The TLS protocol defined fatal alert code is 40. The Windows SChannel error state is 1205.';
const EN_MH = 'TMS 15.2.1, TC7.3.6, level Medium-High, Windows 2019, SQL 2017';
const JA_MH = 'TMS15.2.1、TC7.3.6、レベルMedium-High、Windows 2019、SQL 2017';

describe('"what does <number> mean?" after evidence: the number\'s role in it', () => {
  it.each([
    [EN_MH, 'what does 1205 mean?', /1205 is the Schannel error state.*do not document these state numbers.*The part that matters is the alert number, 40.*handshake_failure.*cipher suite/s],
    [JA_MH, '1205 って何ですか', /1205 はイベントの Schannel エラー状態.*資料にはこの番号の説明がない.*アラート番号 40.*handshake_failure/s],
    [EN_MH, 'what does alert 40 mean?', /^Alert 40 is the TLS alert handshake_failure/],
    [EN_MH, 'what does 36888 mean?', /Event 36888: .*It is among the evidence you pasted/s],
    [JA_MH, 'アラート 70 って何ですか', /^アラート 70 は TLS の protocol_version/],
    [EN_MH, 'what does 1234 mean?', /1234 is not in the evidence I read in this conversation, and my sources do not document it/],
  ])('%j, the event, then %j', (setup, q, want) => {
    const { text } = say([setup, SCHANNEL], q);
    expect(text).toMatch(want);
    expect(text).not.toMatch(/I don't know that one|have not counted it as seen/);
  });
  it('36887 is told as an alert received from the other side, on a connection either way, not as Windows refusing (EN and JA)', () => {
    const en = say([EN_MH], 'what does Schannel event 36887 mean?').text;
    expect(en).toMatch(/Event 36887: .*36887 is a fatal alert this server received from the other side of a connection \(36888 is one it sent\); either can come from a connection this server made or one made to it.*Alert 70 is protocol_version/s);
    expect(en).not.toMatch(/Windows itself refused/);
    expect(say([JA_MH], 'Schannel のイベント 36887 って何ですか').text).toMatch(/36887 は、このサーバが接続相手から受信した致命的なアラート[^]*どちらも、このサーバからの接続とこのサーバへの接続の両方/);
  });
  it('with no evidence read, an event question is a definition as before', () => {
    expect(say([EN_MH], 'what does 36888 mean?').text).toMatch(/I have not counted it as seen on your server/);
  });
});
