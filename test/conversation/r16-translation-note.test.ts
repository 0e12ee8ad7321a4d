/**
 * The note on the Japanese translation's Telnet/SNMP direction (QA round 16 #14): shown once, where it
 * helps (a Japanese answer with the caveat, or any message that quotes the translation), not to an
 * English user who never mentioned the translation.
 */
import { TRANSLATION_NOTES } from '../../src/domain/knowledge';
import { rendered, runIn } from './helpers';

const count = (hay: string, needle: string) => hay.split(needle).length - 1;
const EN_NOTE = TRANSLATION_NOTES.telnetDirection.en;
const JA_NOTE = TRANSLATION_NOTES.telnetDirection.ja;

describe('translation note on the Telnet/SNMP direction', () => {
  it('is not in an English full answer that never quoted the translation, though the caveat is', () => {
    const out = rendered(runIn('en', ['Hi, quick one. TMS 15.2.1 / Win2016 / SQL 2012 SP4 local / endpoints CE 9.4.1 / Medium. If we move to Medium-High will our Polycom RealPresence Group 500s still be managed?']));
    expect(out).toMatch(/disables Telnet and SNMP/);
    expect(count(out, EN_NOTE)).toBe(0);
  });

  it('is in a Japanese full answer once', () => {
    const out = rendered(runIn('ja', ['TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2016、レベルは Medium です']));
    expect(out).toMatch(/Telnet と SNMP が無効/);
    expect(count(out, JA_NOTE)).toBe(1);
  });

  it('leads, once, when a Japanese user quotes the translation and asks about their HDX', () => {
    const r = runIn('ja', ['TechNoteの日本語版に「Medium-High から Medium に変更すると Telnet と SNMP が無効になる」とあります。うちはPolycom HDXも管理してるので、Mediumに下げたらHDXが管理できなくなるってことですよね？']);
    const out = rendered(r);
    expect(count(out, JA_NOTE)).toBe(1);
    expect(r.replies[0]!.blocks[0]).toMatchObject({ type: 'warning', text: JA_NOTE });
  });

  it('is shown once to an English user who quotes the translation', () => {
    const out = rendered(runIn('en', ['TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2016, level Medium', 'the doc says "changing from Medium-High to Medium disables Telnet and SNMP" is that right?']));
    expect(count(out, EN_NOTE)).toBe(1);
  });

  it('comes with a Japanese answer about Polycoms, once', () => {
    const out = rendered(runIn('ja', ['TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2016、レベルは Medium です', 'Medium-High にすると Polycom は使えなくなりますか？']));
    expect(count(out, JA_NOTE)).toBe(1);
  });
});
