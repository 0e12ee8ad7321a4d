import { guessesIn, guessLine } from '../../src/conversation/guesses';
import { freshState, step } from '../../src/conversation/engine';
import type { Block } from '../../src/conversation/document';

const texts = (blocks: Block[]): string => JSON.stringify(blocks);

describe('guesses about the cause in a ticket', () => {
  it.each([
    ["My colleague Dave thinks it's the certificate expiry on the TMS server, we renewed it in October.", ['certificate']],
    ['maybe the certs expired?', ['certificate']],
    ['佐藤さんは「証明書の期限切れでは？」と言っていましたが…', ['certificate']],
    ['Work notes (Tom): probably a firewall issue on the new VLAN, port 443 blocked?', ['firewall']],
    ['could be the firewall', ['firewall']],
    ['ファイアウォールのせいかもしれません', ['firewall']],
    ['Tom: the firewall is open, I can telnet to 443 from the TMS server', ['port-open']],
    ['telnet to port 443 works from the TMS box', ['port-open']],
    ['TMS サーバから 443 に telnet できます', ['port-open']],
    ['備考: 鈴木さん曰く「TMS のサービスを再起動すれば直るのでは」', ['restart']],
    ['my manager says restarting the TMS services will fix it', ['restart']],
    ['Dave thinks it is the certificate; Tom says just restart the services', ['certificate', 'restart']],
  ])('%s', (m, want) => {
    expect(guessesIn(m)).toEqual(want);
  });

  it.each([
    'we renewed the certificate in October', // a report, not a guess
    'some endpoints are Behind Firewall',
    'Restart IIS and the TMS services',
    'set Medium-High, restarted services',
    'we restarted the TMS services, still No HTTPS response',
    'TMS のサービスを再起動しました',
    'TMS 15.13, CE 9.15.3, SQL remote, Windows 2012 R2, level Medium',
    'port 443 on the endpoint',
  ])('%s: no guess', (m) => {
    expect(guessesIn(m)).toEqual([]);
  });

  it('the certificate line says it matters at High, and says so for a server at High', () => {
    expect(guessLine('certificate', {}).en).toMatch(/at the level High, where TMS also validates .*admin guide: check it there.*Revocation Check/);
    expect(guessLine('certificate', { level: 'high' }).en).toMatch(/You are at High/);
    expect(guessLine('certificate', { level: 'medium' }).en).not.toMatch(/You are at High/);
  });
});

describe('guesses in the engine', () => {
  const ticket = 'TMS 15.13 on Windows Server 2012 R2, SQL Server 2014 SP2 on the same box, Room Kits on ce9.15.3.17 show No HTTPS response.';

  it('an English ticket with a colleague\'s certificate guess gets the certificate line ahead of the fix', () => {
    const out = step(freshState('en'), { kind: 'text', text: `${ticket}\nMy colleague Dave thinks it's the certificate expiry on the TMS server.` });
    const b = texts(out.replies[0].blocks);
    expect(b).toContain('About the certificate: in this problem the endpoint resets the connection');
    expect(b.indexOf('About the certificate')).toBeLessThan(b.indexOf('This is the TLS 1.0 problem'));
  });

  it('"the firewall is open, I can telnet to 443" after an answer: the line, not "I could not find a version"', () => {
    const s1 = step(freshState('en'), { kind: 'text', text: `${ticket}\nprobably a firewall issue, port 443 blocked?` });
    // (readers-d #6: the guess asked as a question gets the firewall-question answer, which replaces the guess line.)
    expect(texts(s1.replies[0].blocks)).toContain('Could it be the firewall?');
    const out = step(s1.state, { kind: 'text', text: 'Tom: the firewall is open, I can telnet to 443 from the TMS server' });
    const b = texts(out.replies[0].blocks);
    expect(b).toContain('Telnet to port 443 working fits this problem');
    expect(b).not.toContain('I could not find a version');
    expect(out.state.facts).toEqual(s1.state.facts);
  });

  it('JA: the restart guess gets its line; the certificate question keeps its full answer without a second line', () => {
    const ja = step(freshState('ja'), { kind: 'text', text: 'TMS 15.2.1 / Windows Server 2012 R2 / 端末 ce9.15.3.17\n鈴木さん曰く「TMS のサービスを再起動すれば直るのでは」' });
    expect(texts(ja.replies[0].blocks)).toContain('再起動だけでは TMS が提示する内容は変わりません');
    const cert = step(freshState('ja'), { kind: 'text', text: 'TMS 15.2.1 / 端末 ce9.15.3.17\n佐藤さんは「証明書の期限切れでは？」と言っていましたが…' });
    const b = texts(cert.replies[0].blocks);
    expect(b).toContain('証明書が原因か');
    expect(b).not.toContain('証明書について：');
  });

  it('a ticket without a guess is unchanged', () => {
    const b = texts(step(freshState('en'), { kind: 'text', text: ticket }).replies[0].blocks);
    expect(b).not.toMatch(/About the certificate|About a firewall|About restarting/);
  });
});
