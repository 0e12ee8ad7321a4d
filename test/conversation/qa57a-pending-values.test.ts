/**
 * QA57 #1, #4, #9: placeholders, pending and planned values are not settings.
 * #1 A level or a TLS change next to "not yet", "N/A", "TBD", "pending", a plan's label, 未実施/予定/承認待ち is no setting in place:
 *    the Medium-High step stays in the answer, a level stated beside it stays ("Medium (Medium-High pending CAB approval)").
 * #4 "Windows Server 2012 R2 (upgrade to 2022 planned Q1)", 「Windows Server 2012 R2（2022 へ移行予定）」: the current release is read.
 * #9 "No HTTPS resp", "NHR" beside TMS or an endpoint: the symptom; "TSL 1.2" read as TLS 1.2 where TLS 1.2 is read.
 */
import { extractFacts } from '../../src/domain/extract';
import { freshState, step } from '../../src/conversation/engine';
import type { TurnResult } from '../../src/conversation/types';
import { findings, rendered } from './helpers';

const B = 'TMS 15.13 / Win 2019 / SQL 2019 remote / SX80 ce9.15.3 No HTTPS response.';
const BJ = 'TMS 15.13／Win2019／SQL2019 別サーバ／SX80 ce9.15.3 で No HTTPS response。';
const facts = (t: string) => extractFacts(t).facts;
const say = (lang: 'en' | 'ja', t: string): TurnResult => step(freshState(lang), { kind: 'text', text: t });

describe('QA57 #1: a level next to not yet / N/A / TBD / pending / a plan is no level set', () => {
  const notSet: [string, 'medium' | undefined][] = [
    [`${B} Haven't tried Medium-High yet.`, 'medium'],
    [`${B} Medium-High not yet tried.`, 'medium'],
    [`${B} Medium-High: N/A`, undefined],
    [`${B} Medium-High - TBD`, undefined],
    [`${B} Plan: Medium-High tonight.`, undefined],
    [`${B} Action plan: 1) registry 2) Medium-High 3) iisreset`, undefined],
    [`${B} Comm security: Medium (Medium-High pending CAB approval)`, 'medium'],
    ['Summary: NHR after CE upgrade\nEnvironment: TMS 15.13 / Win 2019 / SQL 2019 remote / SX80 ce9.15.3\nSteps tried: N/A\nNext steps: set Medium-High tonight', undefined],
    [`${BJ}Medium-High：未実施`, 'medium'],
    [`${BJ}Medium-High への変更：TBD`, undefined],
    [`${BJ}Medium-High への変更は承認待ちです`, undefined],
    ['セキュリティレベル：Medium（Medium-High は申請中）', 'medium'],
    ['Medium-High はまだ試していません', 'medium'],
    ["Haven't tried Medium-High yet. Done with the registry.", 'medium'],
  ];
  it.each(notSet)('%s → level %s', (t, level) => {
    expect(facts(t).level).toBe(level);
  });

  const set: string[] = [
    'Medium-High: done',
    'Medium-High: 実施済み',
    'we set Medium-High yesterday',
    'Medium-High set as planned',
    '予定通り Medium-High に変更しました',
    'Communication security: Medium-High (set last week)',
    'Medium-High was set yesterday, reboot pending',
    'Medium-High set, pending reboot',
    "We're at Medium-High, TLS 1.0 disable pending",
    'Medium-High didn\'t help',
    'Medium-High has not changed anything',
    'Medium-High に変更済み。再起動は明日の予定です。',
    'Plan: Medium-High tonight. Done already.',
  ];
  it.each(set)('still Medium-High: %s', (t) => {
    expect(facts(t).level).toBe('medium-high');
  });

  it('a level set beside a pending one keeps it: "level is High, Medium-High not applicable", "今は Medium です。Medium-High は検討中。"', () => {
    expect(facts('Security level: High (N/A for Medium-High)').level).toBe('high');
    expect(facts('今は Medium です。Medium-High は検討中。').level).toBe('medium');
  });

  for (const lang of ['en', 'ja'] as const) {
    const inputs = lang === 'en' ? [`${B} Medium-High: N/A`, `${B} Haven't tried Medium-High yet.`, `${B} Comm security: Medium (Medium-High pending CAB approval)`] : [`${BJ}Medium-High：未実施`, `${BJ}Medium-High への変更：TBD`];
    for (const t of inputs) {
      it(`${lang}: the answer keeps the Medium-High step and its Telnet/SNMP caveat, never "already at Medium-High": ${t.slice(-40)}`, () => {
        const r = say(lang, t);
        expect(findings(r)).toEqual(expect.arrayContaining(['tms-medium-tls10-only', 'tms-tools-medium-high', 'caveat-telnet-snmp-disabled']));
        expect(findings(r)).not.toContain('already-medium-high');
        expect(rendered(r)).toMatch(lang === 'en' ? /Set Communication Security to Medium-High in TMS Tools/ : /\[Communication Security\] を Medium-High にする/);
      });
    }
  }
});

describe('QA57 #1: a TLS change next to not yet / N/A / TBD is no claim', () => {
  it.each([
    `${B} level Medium. TLS 1.2 enabled in registry: not yet`,
    `${B} Steps tried: TLS 1.2 enabled - TBD`,
    'Steps tried: TLS 1.2 registry keys - N/A; reboot TMS - not yet',
  ])('no "TLS 1.2 on": %s', (t) => {
    expect(facts(t).tlsClaims?.tls12).toBeUndefined();
  });
  it.each([
    'TMS 15.13 / Win 2019 / SQL 2008 R2 SP2 local / SX80 ce9.15.3 No HTTPS response. Steps tried: disable TLS 1.0 - not yet',
    'TMS 15.13 / Win 2019 / SQL 2008 R2 SP2 local. TLS 1.0 disabled: N/A',
    'TLS 1.0 無効化：未実施',
    'TLS 1.0 の無効化は来月予定',
  ])('no "TLS 1.0 off": %s', (t) => {
    expect(facts(t).tlsClaims?.tls10).toBeUndefined();
  });
  it('claims said done or negated in words are read as before', () => {
    expect(facts('TLS 1.2 enabled in registry: done').tlsClaims?.tls12).toBe('on');
    expect(facts('TLS 1.2 not yet enabled').tlsClaims?.tls12).toBe('off');
    expect(facts("haven't enabled TLS 1.2 yet").tlsClaims?.tls12).toBe('off');
    expect(facts('TLS 1.0 not disabled yet').tlsClaims?.tls10).toBe('on');
    expect(facts('TLS 1.0 は無効化済みです').tlsClaims?.tls10).toBe('off');
    expect(facts('TLS 1.2 enabled in the registry, Medium-High pending').tlsClaims?.tls12).toBe('on');
  });
  it('a TLS change planned in prose is left to the readers that warn about it ("Bob will disable TLS 1.0 tonight" is still answered)', () => {
    const s1 = say('en', 'TMS 15.13, CE 9.15, SQL 2008 R2 on the TMS server, Windows 2016, level Medium').state;
    const r = step(s1, { kind: 'text', text: 'Bob will disable TLS 1.0 tonight' });
    expect(r.route).not.toBe('not-understood');
    expect(rendered(r)).toMatch(/SQL Server 2008 R2/);
  });
  it('with SQL 2008 R2 on the TMS server, "disable TLS 1.0 - not yet" gets no "TLS 1.0 is off" warning', () => {
    const out = rendered(say('en', 'TMS 15.13 / Win 2019 / SQL 2008 R2 SP2 local / SX80 ce9.15.3 No HTTPS response. Steps tried: disable TLS 1.0 - not yet'));
    expect(out).not.toMatch(/TLS 1\.0 is off, you say|re-enable TLS 1\.0/);
  });
});

describe('QA57 #4: the Windows release beside a planned upgrade is the current one', () => {
  it.each([
    ['TMS 15.13, CE 9.15.3 NHR. Windows Server 2012 R2 (upgrade to 2022 planned Q1)', '2012 R2'],
    ['TMS 15.13, CE 9.15.3 NHR. OS: 2008 R2 → 2019 migration planned', '2008 R2'],
    ['TMS server OS: Windows Server 2012 R2 (upgrade to 2022 planned Q1)', '2012 R2'],
    ['Windows Server 2012 R2（2022 へ移行予定）', '2012 R2'],
    ['Windows Server 2012 R2 から 2022 へ移行予定です', '2012 R2'],
    ['we plan to migrate from Windows 2008 R2', '2008 R2'],
  ])('%s → Windows %s', (t, raw) => {
    expect(facts(t).windows?.raw).toBe(raw);
  });
  it('the rest of the clause is read too: "TMS 15.13 on Windows 2012 R2 (upgrade to 2022 planned), SQL 2016 remote"', () => {
    const f = facts('TMS 15.13 on Windows 2012 R2 (upgrade to 2022 planned), SQL 2016 remote');
    expect([f.tms?.raw, f.windows?.raw, f.sql?.raw]).toEqual(['15.13', '2012 R2', '2016']);
  });
  it.each(['We plan to upgrade to Windows 2022', 'Windows 2022 upgrade planned', 'We will move TMS to Windows 2019 next month', 'Should we migrate Windows 2012 R2 to 2022?', 'If we upgrade Windows 2012 R2 to 2019, will it work?'])(
    'no Windows from a target or a question: %s',
    (t) => {
      expect(facts(t).windows).toBeUndefined();
    },
  );
  it('a Windows release on record is not replaced by the planned one', () => {
    const s1 = step(freshState('en'), { kind: 'text', text: 'TMS 15.13, CE 9.15.3, Windows 2019, SQL 2016 remote' }).state;
    const s2 = step(s1, { kind: 'text', text: 'we plan to migrate from Windows 2012 R2 to 2022' }).state;
    expect(s2.facts.windows?.raw).toBe('2019');
  });
  it('the ticket records Windows 2012 R2 and does not ask for it again (EN and JA)', () => {
    const ticket = 'Summary: No HTTPS response on all SX80 after CE upgrade\nEnvironment:\n  TMS version: 15.13\n  TMS server OS: Windows Server 2012 R2 (upgrade to 2022 planned Q1)\n  Endpoint SW: ce9.15.3';
    const en = say('en', ticket);
    expect(en.state.facts.windows?.raw).toBe('2012 R2');
    expect(rendered(en)).not.toMatch(/Which Windows Server release/);
    const ja = say('ja', 'TMS 15.13、端末は CE 9.15.3 で No HTTPS response。TMS サーバは Windows Server 2012 R2（2022 へ移行予定）です。');
    expect(ja.state.facts.windows?.raw).toBe('2012 R2');
  });
});

describe('QA57 #9: symptom shorthand and the TSL typo', () => {
  it.each(['No HTTPS resp after fw upgr', 'nhr after fw upgr on tms', 'TMS 15.13, CE 9.15.3 NHR.', 'Still NHR on the SX80s', 'No HTTPS reponse on the codecs'])('the symptom: %s', (t) => {
    expect(extractFacts(t).noHttpsSaid).toBe(true);
  });
  it.each(['NHR', 'nhr lol', 'no NHR on the codecs anymore', 'No HTTPS resp. is gone now', 'the page is responsive'])('not the symptom seen: %s', (t) => {
    expect(extractFacts(t).noHttpsSaid).toBeUndefined();
  });
  it('"TSL 1.2" is read where "TLS 1.2" is read, and nowhere else', () => {
    expect(facts('TSL 1.2 is enabled in the registry already, level medium').tlsClaims?.tls12).toBe('on');
    expect(facts('TSL 1.0 を無効化済みです').tlsClaims?.tls10).toBe('off');
    expect(facts('TSL 15 report attached').tlsClaims).toBeUndefined();
  });
  it('the symptom alone, shorthand or not, is acknowledged before the intro (EN and JA)', () => {
    expect(rendered(say('en', 'No HTTPS resp after fw upgr'))).toContain('Noted: TMS shows "No HTTPS response".');
    expect(rendered(say('en', 'nhr after fw upgr on tms'))).toContain('Noted: TMS shows "No HTTPS response".');
    expect(rendered(say('ja', 'TMS で No HTTPS response が出ます'))).toContain('TMS に「No HTTPS response」が出ているとのこと、承知しました。');
    expect(rendered(say('en', 'hello there'))).not.toContain('Noted: TMS shows');
  });
});
