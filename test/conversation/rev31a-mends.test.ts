/**
 * REV31 #1 #2 #5 #10 (mend31a).
 * #1: "port 443 answers in plain HTTP" (the mask takes "port 443" out before the HTTP-management reader) is no "managed over HTTP".
 * #2: `openssl s_client -tls1_2` refused without alert 70 (alert 40, a reset) does not show that Medium-High will not help: it may not
 *     be enough (knowledge.md: a cipher-suite mismatch gives alert 40 or a RST even at TLS 1.2), to be checked.
 * #5: 「以前は High にしていましたが今は Medium です」 is at Medium; 「以前は High に設定していました」 says nothing of now.
 * #10: a TLS 1.0 cut-off claim with facts of the user's own in another sentence: those are read; the verdict compares the exact release.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { rendered } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/tools', name), 'utf8');
const say = (lang: 'en' | 'ja', ...msgs: string[]): TurnResult => {
  let s: ConversationState = freshState(lang);
  let r: TurnResult | null = null;
  for (const m of msgs) {
    r = step(s, { kind: 'text', text: m });
    s = r.state;
  }
  return r!;
};

describe('REV31 #1: "port 443 answers in plain HTTP" is not "managed over HTTP"', () => {
  const B = 'TMS 15.9, Windows 2019, SQL 2016 remote, SX80 on CE 9.8 No HTTPS response';
  for (const m of ['port 443 answers in plain HTTP', 'port 443 answers with HTTP', 'port 443 returns plain HTTP', 'On the SX80, port 443 responds with plain HTTP.', 'if port 443 answers in plain HTTP, what then?']) {
    it(m, () => {
      const r = say('en', B, m);
      expect(r.state.facts.https).toBeUndefined();
      expect(rendered(r)).not.toMatch(/This is not the TLS 1\.0 problem \(HTTP only\)|TMS manages this endpoint over HTTP/);
    });
  }
  it('a report of the port beside it still warns that the port does not speak TLS', () => {
    expect(rendered(say('en', B, 'port 443 answers with HTTP'))).toContain('The HTTPS port is not speaking TLS');
  });
  it('managing over HTTP, said beside or alone, is still read (guards)', () => {
    expect(say('en', B, 'we manage it over plain HTTP').state.facts.https).toBe(false);
    expect(say('en', B, 'port 443 answers in plain HTTP. We manage the endpoints over HTTP anyway').state.facts.https).toBe(false);
  });
});

