/**
 * QA59 #3: every endpoint on a release that still accepts TLS 1.0 (TC 7.3.5) fails since a change on the TMS server (a security
 * GPO, a CIS benchmark, a TLS hardening GPO, a new Windows server): not "this is not the TLS 1.0 problem" but "cannot tell: check
 * TLS 1.0 for the TMS server's Schannel Client side, or a capture" (knowledge.md §Symptom, last bullet). The check is also in the
 * generic "look at these instead" list whenever TMS offers only TLS 1.0.
 */
import { runIn, runText } from './helpers';

const KEY = /SCHANNEL\\\\+Protocols\\\\+TLS 1\.0\\\\+Client/;

describe('QA59 #3: TMS-side change, all old endpoints fail → check TLS 1.0 on the TMS server', () => {
  it.each([
    ['en', 'Since the Windows updates and the new security GPO on the TMS server on Tuesday, all C40s on TC7.3.5 show No HTTPS response. TMS 15.13, Win 2016, SQL 2016 remote, level Medium'],
    ['en', 'TMS 15.13, Win 2016, SQL 2016 remote, level Medium. All C40s on TC7.3.5 show No HTTPS response since we hardened the TMS server with the CIS benchmark'],
    ['en', 'TMS 15.13, Win 2016, SQL 2016 remote, level Medium. All C40s on TC7.3.5 show No HTTPS response since the security team pushed a TLS hardening GPO to the TMS server'],
    ['en', 'We upgraded TMS from 14.6.2 to 15.13 last night on a new Windows Server 2022; now all our C60s on TC7.3.5 show No HTTPS response. SQL 2019 remote'],
    ['ja', '火曜日に TMS サーバーへセキュリティ強化の GPO を適用してから、TC7.3.5 の C40 が全台 No HTTPS response です。TMS 15.13、Windows 2016、SQL 2016 は別サーバー、レベルは Medium'],
  ] as const)('%s %j', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.hardeningAllFail).toEqual(['TC 7.3.5']);
    const { text } = runText(lang, [msg]);
    expect(text).toMatch(KEY);
    expect(text).toMatch(lang === 'en' ? /I cannot tell yet whether this is the TLS 1\.0 problem/ : /TLS 1\.0 の問題かどうかは、まだ判断できません/);
    expect(text).not.toMatch(lang === 'en' ? /This is not the TLS 1\.0 problem/ : /TLS 1\.0 の問題ではありません/);
  });

  it.each([
    // No TMS-side change, or not all failing, or a plan, or the level already Medium-High, or TLS 1.0 said on.
    'TMS 15.13, Win 2016, SQL 2016 remote, level Medium. All C40s on TC7.3.5 show No HTTPS response',
    'TMS 15.13, Win 2016, level Medium. One C40 on TC7.3.5 shows No HTTPS response since the GPO, the others are fine',
    'TMS 15.13, Win 2016, level Medium. We will apply the CIS benchmark to the TMS server tomorrow; all C40s are on TC7.3.5 and show No HTTPS response',
    'TMS 15.13 at Medium-High, Win 2016. All C40s on TC7.3.5 show No HTTPS response since the new GPO',
    'TMS 15.13 at Medium, Win 2016. All C40s on TC7.3.5 fail since the GPO; TLS 1.0 is still enabled on the TMS server',
  ])('%j keeps nothing', (msg) => {
    expect(runIn('en', [msg]).state.facts.hardeningAllFail).toBeUndefined();
  });

  it('the generic list for a release that accepts TLS 1.0 names the TMS server\'s TLS 1.0 Client check (EN/JA)', () => {
    expect(runText('en', ['TMS 15.13, Win 2016, SQL 2016 remote, level Medium. All C40s on TC7.3.5 show No HTTPS response']).text).toMatch(/TLS 1\.0 on the TMS server: if a policy or a tool/);
    expect(runText('ja', ['TMS 15.13、Windows 2016、SQL 2016 は別サーバー、レベルは Medium。TC7.3.5 の C40 が No HTTPS response です']).text).toMatch(/TMS サーバの TLS 1\.0：/);
  });

  it('not at Medium-High: TMS offers TLS 1.2 there, the TLS 1.0 check is not listed', () => {
    expect(runText('en', ['TMS 15.13 at Medium-High, Win 2016, SQL 2016 remote. C40s on TC7.3.5 show No HTTPS response']).text).not.toMatch(/TLS 1\.0 on the TMS server: if a policy or a tool/);
  });

  it('TLS 1.0 then said off on the Client side: the TLS 1.0-off answer, not the "check first" lead again', () => {
    const msgs = ['TMS 15.13, Win 2016, SQL 2016 remote, level Medium. All C40s on TC7.3.5 show No HTTPS response since we hardened the TMS server with the CIS benchmark', 'the TLS 1.0 Client key has Enabled = 0'];
    const r = runIn('en', msgs);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
    const { text } = runText('en', msgs);
    expect(text).toMatch(/TLS 1\.0 is off on the TMS server/);
    expect(text).not.toMatch(/You said those on TC 7\.3\.5 fail too/);
  });
});
