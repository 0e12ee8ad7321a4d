/**
 * Evidence pasted into the chat in the forms engineers copy it (packet details, PowerShell output,
 * event texts): the answer uses what the text shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findings, last, rendered, talk } from './helpers';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');

/** Frames 4 to 6 of tshark -V output (the ClientHello, the ACK, the reset), as someone would paste them. */
function framesOf(file: string, from: number, to: number): string {
  const text = readFileSync(join(FIX, file), 'utf8');
  const start = text.indexOf(`Frame ${from}:`);
  const end = text.indexOf(`Frame ${to + 1}:`);
  return text.slice(start, end);
}

describe('pasted evidence in the chat', () => {
  it('tshark -V details of the hello and the reset: the capture confirms the cause', () => {
    const paste = framesOf('tls10-reset-http301.tshark-V.txt', 4, 6);
    expect(paste.length).toBeLessThan(40_000);
    const r = last(talk('TMS 15.2.1, endpoints on CE 9.15.3, SQL 2016 on the TMS server, Windows Server 2016', paste));
    expect(findings(r)).toContain('evidence-capture-confirms-cause');
    expect(rendered(r)).toContain('the server reset the connection (RST)');
  });

  it('Get-ItemProperty showing TLS 1.2\\Client enabled: the registry step and its reboot are dropped', () => {
    const paste = readFileSync(join(FIX, 'registry', 'gip.txt'), 'utf8');
    const r = last(talk('TMS 15.2.1 at Medium, endpoints on CE 9.15.3, SQL 2016 on the TMS server, Windows Server 2016', paste));
    expect(findings(r)).toContain('evidence-schannel-tls12-client-on');
    expect(findings(r)).not.toContain('reboot-server');
    expect(findings(r)).not.toContain('enable-tls11-12-registry');
  });

  it('[Environment]::OSVersion.Version of a 2008 R2 server: Windows is known, and its TLS 1.2 keys are required', () => {
    const paste = readFileSync(join(FIX, 'versions', 'osversion2.txt'), 'utf8');
    const r = last(talk('TMS 15.2.1 at Medium, endpoints on CE 9.15.3, SQL 2016 on the TMS server', paste));
    expect(r.state.facts.evidence?.facts.windows).toMatchObject({ year: 2008, r2: true });
    expect(rendered(r)).toContain('2008 R2');
    expect(findings(r)).toContain('enable-tls11-12-registry');
  });

  it('TMS\'s About page naming 14.6.2: the answer is the pre-15 one (no Communication Security option)', () => {
    const about = readFileSync(join(FIX, 'versions', 'tms-about.txt'), 'utf8').replace(/15\.2\.1/g, '14.6.2');
    const r = last(talk('endpoints on CE 9.15.3 show No HTTPS response', about));
    expect(r.state.facts.evidence?.facts.tms?.semver).toBe('14.6.2');
    expect(findings(r)).toContain('tms-pre15-upgrade-or-downgrade');
  });

  it('tshark rows of a connection that sends no ClientHello, at Medium: the answer explains TLS 1.0 disabled while at Medium', () => {
    const paste = readFileSync(join(FIX, 'no-clienthello.tshark.txt'), 'utf8');
    const r = last(talk('TMS 15.2.1 at Medium, endpoints on CE 9.15.3, SQL 2016 on the TMS server, Windows Server 2019', paste));
    expect(findings(r)).toContain('evidence-capture-no-clienthello');
    expect(rendered(r)).toContain('signature of TLS 1.0 disabled on the TMS server while TMS is at Medium');
  });
});

describe('"what does this mean?" about a pasted line', () => {
  it('a line and the question in one message: the line is read, not answered with "I don\'t know that one"', () => {
    const r = last(talk('TMS 15.13, CE 9.15, SQL 2016, Windows 2019, Medium', 'we see this in the log: The request was aborted: Could not create SSL/TLS secure channel. what does this mean?'));
    expect(rendered(r)).toContain('Could not create SSL/TLS secure channel');
    expect(rendered(r)).not.toContain("I don't know that one");
    expect(r.state.facts.evidence?.observations.length).toBeGreaterThan(0);
    const ja = last(talk('TMS 15.13、CE 9.15、SQL 2016、Windows 2019、Medium', 'ログに Could not create SSL/TLS secure channel と出ています。意味は？'));
    expect(rendered(ja)).not.toContain('お答えできません');
    expect(ja.state.facts.evidence?.observations.length).toBeGreaterThan(0);
  });
  it('the question right after the line: the evidence pasted is explained again, facts unchanged', () => {
    const r = last(talk('The request was aborted: Could not create SSL/TLS secure channel.', 'what does this mean?'));
    expect(rendered(r)).toContain('From the evidence you pasted');
    expect(rendered(r)).toContain('TLS 1.0');
    expect(rendered(r)).not.toContain("I don't know that one");
    expect(r.replies.some((x) => x.blocks.some((b) => b.type === 'question'))).toBe(true);
    const ja = last(talk('Security violation: Telnet communication is not allowed', 'これはどういう意味ですか'));
    expect(rendered(ja)).toContain('貼り付けていただいた内容');
    expect(rendered(ja)).toContain('Telnet');
    expect(rendered(ja)).not.toContain('お答えできません');
  });
  it('a TLS client\'s line (reset by peer, handshake failed) is read: "what does it mean?" explains what it can and cannot show', () => {
    const r = last(talk('Connection reset by peer', 'what does it mean?'));
    expect(rendered(r)).toContain('From the evidence you pasted in this conversation');
    expect(rendered(r)).toContain('does not say which TLS version the client offered');
    expect(rendered(r)).not.toMatch(/Nothing pasted in this conversation was read as evidence/);
    const ja = last(talk('TLS handshake failed', 'これはどういう意味ですか？'));
    expect(rendered(ja)).toContain('理由の示されていない TLS ハンドシェイクの失敗');
    expect(rendered(ja)).not.toContain('証拠として読み取れたものはありません');
  });
  it('a line the bot does not read: it says so, and what a reset or failed handshake means in this problem', () => {
    const r = last(talk('ERR_CONNECTION_CLOSED', 'what does it mean?'));
    expect(rendered(r)).toMatch(/Nothing pasted in this conversation was read as evidence/);
    expect(rendered(r)).toMatch(/reset/);
    expect(rendered(r)).not.toContain("I don't know that one");
    const ja = last(talk('ERR_CONNECTION_CLOSED', 'これはどういう意味ですか？'));
    expect(rendered(ja)).toContain('証拠として読み取れたものはありません');
    expect(rendered(ja)).not.toContain('お答えできません');
  });
});
