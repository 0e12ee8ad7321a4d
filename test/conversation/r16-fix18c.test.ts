/**
 * FIX18C #4 (QA43 #7): a "probe …" chat message (Slack: a message never starts a probe; the console runs its own line
 * first). Several targets, space- or comma-separated, get "one probe takes one target" and the fleet probe
 * (`/tls-probe HOST HOST …`); one target gets the button and `/tls-probe`; never "I could not find a version" or "not a
 * valid IPv6 address". Nothing is recorded. EN and JA. No probe runs here (the engine is pure).
 */
import { runText, stateAfter } from './helpers';

const SETUP_EN = 'TMS 15.2.1, CE 9.15, SQL 2016, Windows Server 2016, Communication Security Medium';
const SETUP_JA = 'TMS 15.2.1、エンドポイントは CE 9.15、SQL 2016、Windows Server 2016、Communication Security は Medium です';

describe('"probe" chat messages (FIX18C #4, QA43 #7)', () => {
  it.each(['probe 127.0.0.1:46051 127.0.0.1:35535', 'probe 127.0.0.1:46051,127.0.0.1:35535', 'probe 127.0.0.1:1, 127.0.0.1:9, 127.0.0.1:443'])('EN several: %s', (line) => {
    const { text } = runText('en', [SETUP_EN, line]);
    expect(text).toMatch(/One probe takes one target/);
    expect(text).toMatch(/none was probed/);
    expect(text).toMatch(/\/tls-probe HOST HOST …/);
    expect(text).not.toMatch(/could not find|not a valid IPv6/i);
  });

  it('JA several', () => {
    const { text } = runText('ja', [SETUP_JA, 'probe 127.0.0.1:46051,127.0.0.1:35535']);
    expect(text).toMatch(/1 回のプローブで調べるのは 1 台/);
    expect(text).toMatch(/\/tls-probe HOST HOST …/);
    expect(text).not.toMatch(/見つかりません/);
  });

  it('one target: the button or /tls-probe, not "no version in \'probe\'"', () => {
    const { text } = runText('en', [SETUP_EN, 'probe 127.0.0.1:46051']);
    expect(text).toMatch(/A chat message does not start a probe/);
    expect(text).toMatch(/\/tls-probe 127\.0\.0\.1:46051/);
    expect(text).not.toMatch(/could not find/i);
    const ja = runText('ja', [SETUP_JA, 'probe 127.0.0.1:46051']).text;
    expect(ja).toMatch(/チャットのメッセージではプローブは始まりません/);
  });

  it('nothing is recorded: the facts stay as they were', () => {
    const before = stateAfter([SETUP_EN]).facts;
    const after = stateAfter([SETUP_EN, 'probe 127.0.0.1:46051 127.0.0.1:35535', 'probe 127.0.0.1:443']).facts;
    expect(after).toEqual(before);
  });

  it.each(['probe it again', 'probe the codec please', 'can you probe 127.0.0.1', 'probing 127.0.0.1 127.0.0.2'])('guard, not a probe command: %s', (line) => {
    const { text } = runText('en', [SETUP_EN, line]);
    expect(text).not.toMatch(/One probe takes one target|A chat message does not start a probe/);
  });
});
