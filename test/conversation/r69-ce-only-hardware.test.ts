/**
 * FIX11 item 4: a Room Kit Mini (or other CE 9 / RoomOS-only hardware) failing was asked its TC/CE release, although every
 * release it can run refuses TLS 1.0 (knowledge.md: such hardware cannot run TC). No release question then; models that can
 * run TC are still asked. EN and JA.
 */
import { findings, questions, rendered, runIn } from './helpers';

describe('r69: CE 9 / RoomOS-only hardware needs no release question', () => {
  it.each([
    ['en', 'TMS 15.2: our Room Kit Mini shows No HTTPS response. SQL is remote, Windows 2019, level Medium'],
    ['en', 'TMS 15.2: the Codec Pro and the Board Pro show No HTTPS response. SQL is remote, Windows 2019, level Medium'],
    ['ja', 'TMS 15.2でRoom Kit MiniがNo HTTPS responseです。SQLは別サーバ、Windows 2019、Medium'],
  ] as const)('%s: %s', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(questions(r)).not.toContain('need-endpoint-version');
    expect(findings(r)).toContain('endpoint-no-tls10');
    expect(findings(r)).toContain('tms-tools-medium-high');
    expect(rendered(r)).toMatch(lang === 'en' ? /cannot run TC, so whatever release it runs refuses TLS 1\.0/ : /TC は動きません。そのため、どのリリースでも/);
  });

  it('TMS before 15: the pre-15 answer without a release question', () => {
    const r = runIn('en', ['TMS 14.6.2: our Room Kit Mini shows No HTTPS response']);
    expect(questions(r)).not.toContain('need-endpoint-version');
    expect(rendered(r)).toMatch(/Room Kit Mini cannot be downgraded/);
  });

  it.each([
    'TMS 15.2: our SX80 shows No HTTPS response. SQL is remote, Windows 2019, level Medium',
    'TMS 15.2: Room Kit Mini and SX80 show No HTTPS response. SQL is remote, Windows 2019, level Medium',
  ])('a model that can run TC is still asked: %s', (msg) => {
    expect(questions(runIn('en', [msg]))).toContain('need-endpoint-version');
  });
});
