/**
 * FIX18C #4 (QA43 #7): a "probe …" chat message (Slack: a message never starts a probe; the console runs its own line
 * first). Several targets, space- or comma-separated, get "one probe takes one target" and the fleet probe
 * (`/tls-probe HOST HOST …`); one target gets the button and `/tls-probe`; never "I could not find a version" or "not a
 * valid IPv6 address". Nothing is recorded. EN and JA. No probe runs here (the engine is pure).
 * FIX18C #5: the Slack probe card's lines pasted back (below).
 */
import { runText, stateAfter } from './helpers';
import { probeReply } from '../../src/slack/probe-view';
import type { Block } from '../../src/conversation/document';
import { probeResult } from '../fixtures/probe';

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

  it.each(['probe it again', 'probe the codec please', 'probing 127.0.0.1 127.0.0.2'])('guard, not a probe command: %s', (line) => {
    const { text } = runText('en', [SETUP_EN, line]);
    expect(text).not.toMatch(/One probe takes one target|A chat message does not start a probe/);
  });
});

/**
 * FIX18C #5: the Slack probe card's own lines pasted back (its table, sentences, certificate line, one-line brief; EN and
 * JA), generated here by the card's own code (probeReply), are read like the console's output pasted back: the tool's
 * what-if wording, never the user's level, TLS settings or certificates.
 */

const CERT = {
  subject: 'CN=codec-7',
  issuer: 'CN=codec-7',
  subjectAltNames: [],
  validFrom: '2024-01-01T00:00:00Z',
  validTo: '2027-01-01T00:00:00Z',
  keyType: 'RSA',
  keyBits: 2048,
  signatureAlgorithm: null,
  selfSigned: true,
  expired: false,
  fingerprint256: 'AA',
};

/** The card's lines as a user copies them: code block rows, titles, paragraphs, context; and the brief. */
function cardLines(lang: 'en' | 'ja'): string[] {
  const r = probeReply(probeResult({ target: '127.0.0.1:35535', port: 35535, certificate: CERT }), lang);
  const text = (b: Block): string[] =>
    b.type === 'code' ? b.text.split('\n') : b.type === 'warning' ? [b.title ?? '', b.text] : 'text' in b && typeof b.text === 'string' ? [b.text] : [];
  return [...r.blocks.flatMap(text), r.brief!].filter((l) => l.trim() !== '');
}

describe('the Slack probe card pasted back (FIX18C #5)', () => {
  it('EN: the whole card keeps level Medium, no TLS or certificate claims, and says it is the card', () => {
    const { text, state } = runText('en', [SETUP_EN, cardLines('en').join('\n')]);
    expect(state.facts.level).toBe('medium');
    expect(state.facts.tlsClaims ?? {}).toEqual(stateAfter([SETUP_EN]).facts.tlsClaims ?? {});
    expect(JSON.stringify(state.facts)).not.toMatch(/selfSigned|self-signed/i);
    expect(text).toMatch(/my own probe card/);
  });

  it('EN: each line alone leaves the level and the TLS claims as they were', () => {
    const before = stateAfter([SETUP_EN]).facts;
    for (const line of cardLines('en')) {
      const f = stateAfter([SETUP_EN, line]).facts;
      expect([line, f.level, f.tlsClaims]).toEqual([line, before.level, before.tlsClaims]);
    }
  });

  it('JA: the whole card and each line leave the level as it was', () => {
    const { state } = runText('ja', [SETUP_JA, cardLines('ja').join('\n')]);
    expect(state.facts.level).toBe('medium');
    const before = stateAfter([SETUP_JA]).facts;
    for (const line of cardLines('ja')) {
      const f = stateAfter([SETUP_JA, line]).facts;
      expect([line, f.level, f.tlsClaims]).toEqual([line, before.level, before.tlsClaims]);
    }
  });

  it('guard: a card sentence quoted inside the user\'s own words is not the user\'s level; the user\'s own words still are', () => {
    const quoted = stateAfter([SETUP_EN, 'the bot said TMS at "Medium-High" (TLS 1.2) would connect to it. what now?']).facts;
    expect(quoted.level).toBe('medium');
    expect(stateAfter([SETUP_EN, 'we are at Medium-High now']).facts.level).toBe('medium-high');
  });
});

describe('"can you probe 127.0.0.1" asks for a probe (QA50 #20)', () => {
  it('is told how a probe is started in Slack', () => {
    const { text } = runText('en', [SETUP_EN, 'can you probe 127.0.0.1']);
    expect(text).toMatch(/A chat message does not start a probe \(127\.0\.0\.1 was not probed\)/);
  });
});
