/**
 * REV26 mends (mend26b): #2 JA 「正常に見えるようになりました」 said of another environment or in a shared thread, #3 new routes in
 * shared threads not addressed to the bot, #5 a .reg key block said of another machine or a plan, #6 Behind Firewall said of
 * the systems that are fine, #10 a planned or refused "High".
 */
import type { IncomingMessage } from '../../src/conversation/types';
import { talk, last, rendered } from './helpers';

const T = 'TMS 15.13 No HTTPS response after CE 9.15 upgrade, Windows 2016, SQL 2016 remote, Medium';
const TJ = 'TMS 15.13 で CE 9.15 にアップグレード後 No HTTPS response、Windows 2016、SQL 2016 リモート、Medium';
const unaddressed = (text: string): IncomingMessage => ({ kind: 'text', text, unaddressed: true, keepLang: true });

describe('REV26 #2: JA "looks normal now" closes only this environment, only when told to the bot', () => {
  it.each(['検証環境では正常に見えるようになりました。本番は明日です', 'ラボでは正常に見えるようになりました', '別サイトでは正常に見えるようになりました', '正常に見えるようになりました。本番は明日です', 'it works in the lab now'])(
    'another environment: not closed (%s)',
    (m) => {
      const r = last(talk(TJ, m));
      expect(r.route).not.toBe('closing');
      expect(r.state.facts.tlsClaims?.worksNow).not.toBe(true);
    },
  );
  it.each(['正常に見えるようになりました', '承知いたしました、本日22時より作業予定です'])('unaddressed: chatter (%s)', (m) => {
    const r = last(talk(T, unaddressed(m)));
    expect(r.route).toBe('chatter');
    expect(r.replies).toHaveLength(0);
    expect(r.state.facts.tlsClaims?.worksNow).not.toBe(true);
  });
  it('asked of the lab, the "fixed when…" answer (which closes nothing) as before', () => {
    const r = last(talk('all endpoints work in the lab, all good?'));
    expect(rendered(r)).toContain('It is fixed when each endpoint');
    expect(r.state.facts.tlsClaims?.worksNow).not.toBe(true);
  });
  it('told to the bot it still closes; unaddressed 直りました / "it works now" still close', () => {
    expect(last(talk(TJ, '正常に見えるようになりました')).route).toBe('closing');
    expect(last(talk(T, unaddressed('直りました'))).route).toBe('closing');
    expect(last(talk(T, unaddressed('it works now'))).route).toBe('closing');
  });
});

describe('REV26 #3: new answers stay out of shared threads not addressed to the bot', () => {
  it.each(['could it be the firewall?', 'the certificate expired', "what's 11.0.2100?", 'ファイアウォールが原因でしょうか？', '証明書の期限が切れています'])('%s', (m) => {
    const r = last(talk(T, unaddressed(m)));
    expect(r.route).toBe('chatter');
    expect(r.replies).toHaveLength(0);
    // addressed, the answer is given
    expect(last(talk(T, m)).route).toBe('catalogue');
  });
  it('a planned migration from SQL 2008 R2: nothing recorded, nothing posted', () => {
    const base = 'TMS 15.13 No HTTPS response after CE 9.15 upgrade, Windows 2016, Medium';
    const r = last(talk(base, unaddressed('we plan to migrate from SQL 2008 R2')));
    expect(r.replies).toHaveLength(0);
    expect(r.state.facts.sql).toBeUndefined();
    expect(last(talk(base, 'we plan to migrate from SQL 2008 R2')).state.facts.sql).toBeDefined();
  });
  it('other catalogue questions and stated updates still answered unaddressed as before', () => {
    expect(last(talk(T, unaddressed('does this affect CMS?'))).route).toBe('catalogue');
    expect(last(talk(T, unaddressed('could it be the certificate?'))).route).toBe('catalogue');
    const r = last(talk(T, unaddressed('Update: SQL Server is 2012 SP4 on the TMS server, not 2016.')));
    expect(r.route).toBe('facts');
    expect(r.state.facts.sql?.year).toBe(2012);
  });
});

describe('REV26 #10: a planned or refused High is not the level; the proposal gets the Telnet/SNMP caveat', () => {
  it.each(["let's go straight to High", "we won't go to High", "we'll go straight to High tonight", "we're not going to move it to High"])('EN: %s', (m) => {
    const r = last(talk(T, m));
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).not.toContain('level Medium → level High');
  });
  it.each(['High にしましょう', 'いきなり High にします'])('JA: %s', (m) => {
    const r = last(talk(TJ, m));
    expect(r.state.facts.level).toBe('medium');
  });
  it("a proposal to go to High is answered with the Telnet/SNMP caveat from Medium", () => {
    const t = rendered(last(talk(T, "let's go straight to High")));
    expect(t).toContain('High or Medium-High?');
    expect(t).toMatch(/from Medium straight to High turns them off/);
    expect(rendered(last(talk(TJ, 'High にしましょう')))).toMatch(/Telnet/);
  });
  it('High said as the level now is still recorded', () => {
    expect(last(talk(T, "we're at High now")).state.facts.level).toBe('high');
    expect(last(talk(T, 'TMS is set to High')).state.facts.level).toBe('high');
  });
});

describe('REV26 #6: Behind Firewall said in a clause about systems that are fine', () => {
  const FIRST = 'TMS 15.13 No HTTPS response after CE 9.15 upgrade';
  it.each([
    'the home-office DX80s on CE 9.15, added as Behind Firewall, are fine; the SX80 in the office fails',
    'the DX80s, added as Behind Firewall, work fine; the SX80 fails',
    'the DX80s on CE 9.15, registered as Behind Firewall, have no problems, only the SX80 fails',
  ])('%s', (m) => {
    const rs = talk(FIRST, m, 'Windows 2016, SQL 2016 remote, Medium');
    const r = last(rs);
    expect(r.state.facts.behindFirewall).toBeUndefined();
    expect(rendered(r)).not.toMatch(/Check the mode first|Behind Firewall mode/);
  });
  it('said of the failing system, it is still recorded', () => {
    const r = last(talk(FIRST, 'a home-office DX80 on CE 9.15, added as Behind Firewall, shows No HTTPS response'));
    expect(r.state.facts.behindFirewall).toBe(true);
  });
});

describe('REV26 #5: a .reg key block after a lead-in naming another machine or a plan', () => {
  const KEY = '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]\n"DisabledByDefault"=dword:00000001\n"Enabled"=dword:00000000';
  const codes = (r: ReturnType<typeof last<ReturnType<typeof talk>[number]>>) => (r.state.facts.evidence?.observations ?? []).map((o) => o.code);
  it.each([
    'this is from the old server, not the TMS one:',
    "we'll import this tonight:",
    'this is what we will apply later:',
    'here is our export from the lab server: Windows Registry Editor Version 5.00\n',
    '旧サーバのものです：',
    '今夜これをインポートする予定です：',
  ])('%s', (lead) => {
    const r = last(talk(T, `${lead}\n${KEY}`));
    expect(codes(r)).not.toContain('schannel-tls12-client-disabled');
    expect(rendered(r)).not.toMatch(/required, not a check/);
  });
  it.each(['Here is the key:', 'キーはこちらです。'])('a plain lead-in is still read (%s)', (lead) => {
    expect(codes(last(talk(T, `${lead}\n${KEY}`)))).toContain('schannel-tls12-client-disabled');
  });
});
