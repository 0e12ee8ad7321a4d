/**
 * Round 16 (helper B #3): a side statement (src/domain/understand/side-statement.ts) that also says a version or the
 * level in passing is acknowledged AND its fact is recorded; the release the endpoints ran before an upgrade ("it worked
 * on TC 7.3.3 before the upgrade") is not read as their current one. Hypotheticals and plans beside a side statement
 * stay unrecorded.
 */
import { rendered, runIn } from './helpers';

const OPEN = 'No HTTPS response after the upgrade';

describe('a side statement with a fact said in passing', () => {
  it.each([
    ['en', "Certificate revocation check is enabled in TMS Tools, we're at Medium", /Certificate Revocation Check/, { level: 'medium' }],
    ['en', 'we use automatic discovery on TMS 15.2', /automatic discovery/, { tms: { semver: '15.2.0' } }],
    ['en', 'no systems are managed over SNMP, level is Medium', /no systems are managed over SNMP/, { level: 'medium' }],
    ['en', 'It worked fine before the upgrade to CE 9.15', /worked before the upgrade/, { endpoint: { semver: '9.15.0' } }],
    ['ja', '失効チェックは有効です。レベルは Medium です', /Enable Certificate Revocation Check/, { level: 'medium' }],
    ['ja', '自動検出は使っています（TMS 15.2）', /自動検出を使っている/, { tms: { semver: '15.2.0' } }],
  ] as const)('%s: %s is acknowledged and recorded', (lang, msg, line, facts) => {
    const r = runIn(lang, [OPEN, msg]);
    expect(rendered(r)).toMatch(line);
    expect(r.state.facts).toMatchObject(facts);
  });

  it('the release they ran before the upgrade is not the current one; a TC one says their hardware ran TC', () => {
    for (const [lang, msg] of [
      ['en', 'it worked on TC 7.3.3 before the upgrade'],
      ['en', 'with TC 7.3.3 it worked fine before the upgrade'],
      ['ja', 'TC7.3.3 の頃は、アップグレード前は動いていました'],
    ] as const) {
      const r = runIn(lang, [OPEN, msg]);
      expect(r.state.facts.endpoint).toBeUndefined();
      expect(r.state.facts.endpointsRanTc).toBe(true);
      expect(rendered(r)).not.toMatch(/not the TLS 1\.0 problem|TLS 1\.0 の問題ではありません/);
    }
  });

  it('the upgrade target beside the old release is the current one', () => {
    const r = runIn('en', [OPEN, 'it worked on CE 9.15 before the upgrade to RoomOS 11']);
    expect(r.state.facts.endpoint).toMatchObject({ family: 'RoomOS', semver: '11.0.0' });
    expect(rendered(r)).toMatch(/worked before the upgrade/);
  });
});

describe('hypotheticals, plans and questions beside a side statement stay unrecorded', () => {
  it.each([
    ['en', 'Certificate revocation check is enabled; we might move to SQL 2019'],
    ['en', 'we use automatic discovery, we plan to upgrade to Windows 2022'],
    ['ja', '自動検出は使っています。SQL 2019 に移行するかもしれません'],
  ] as const)('%s: %s', (lang, msg) => {
    const r = runIn(lang, [OPEN, msg]);
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.facts.windows).toBeUndefined();
    expect(rendered(r)).toMatch(/Certificate Revocation Check|automatic discovery|自動検出/);
  });
});
