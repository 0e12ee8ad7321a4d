/**
 * QA60 #5: a TCP connect time-out in a TMS / .NET log. In the TLS 1.0 case the TCP handshake to 443 succeeds (knowledge.md Symptom);
 * a connect time-out says TCP itself failed: network first. The exception's "remote server" never sets where SQL runs, and the log
 * is never read as the answer to the open SQL question.
 */
import { readPastedText } from '../../src/evidence/text';
import { last, rendered, runIn, talk } from './helpers';

const FIRST = 'TMS 15.13 shows No HTTPS response for SX80s on ce9.15.3';
const BASE = 'TMS 15.13 at Medium, Windows Server 2019, SQL 2019 on a separate server. After upgrading our SX80s to ce9.15.3 TMS shows No HTTPS response';
const WEX =
  'TMS log says: System.Net.WebException: Unable to connect to the remote server ---> System.Net.Sockets.SocketException: A connection attempt failed because the connected party did not properly respond after a period of time';
const WEX_JA = 'System.Net.WebException: リモート サーバーに接続できません。 ---> System.Net.Sockets.SocketException: 接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした。';
const TMSDEBUG = ['tmsdebug:', '2024-05-06 10:12:01 ERROR SystemId 42: Connection timed out', '2024-05-06 10:12:31 ERROR SystemId 42: No HTTPS response'].join('\n');
const codes = (s: string): string[] => readPastedText(s).observations.map((o) => o.code);

describe('QA60 #5: a TCP connect time-out in a TMS log', () => {
  it('.NET WebException time-out with the SQL question open: no SQL place taken, network first', () => {
    const r = last(talk(FIRST, WEX));
    expect(r.state.facts.sqlLocation).toBeUndefined();
    const out = rendered(r);
    expect(out).toMatch(/TCP does not connect: check reachability before TLS/);
    expect(out).toMatch(/Test-NetConnection HOST -Port 443/);
  });

  it('with every fact known: not settled, not "here is the fix"', () => {
    const out = rendered(runIn('en', [BASE, WEX]));
    expect(out).toMatch(/^Not settled yet: check this first$/m);
    expect(out).not.toMatch(/This is the TLS 1\.0 problem: here is the fix/);
  });

  it('tmsdebug "Connection timed out" beside "No HTTPS response": read, and not a failed answer to the SQL question', () => {
    const r = last(talk(FIRST, TMSDEBUG));
    const out = rendered(r);
    expect(out).toMatch(/TCP does not connect/);
    expect(out).not.toMatch(/I could not find a SQL Server version/);
    expect(rendered(runIn('en', [BASE, TMSDEBUG]))).not.toMatch(/I could not find a version or a request/);
  });

  it('JA .NET text', () => {
    expect(codes(WEX_JA)).toContain('tcp-unreachable');
    expect(rendered(runIn('ja', ['TMS 15.13（Medium）、Windows Server 2019、SQL 2019 は別サーバーです。SX80 を ce9.15.3 に上げたら No HTTPS response です', WEX_JA]))).toMatch(/TCP 接続ができていません/);
  });

  it('not from a sentence, a question, or a lone time-out line (the other-symptom reading keeps those)', () => {
    expect(codes('is it a network problem? unable to connect to the remote server maybe?')).toEqual([]);
    expect(codes('we sometimes see connection timed out on the MXPs too')).toEqual([]);
    expect(codes('ERROR Connection timed out: connect 10.1.2.3:443')).toEqual([]);
  });
});
