/**
 * The note on the Japanese translation's Telnet/SNMP direction (QA round 16 #14): shown once, where it
 * helps (a Japanese answer with the caveat, or any message that quotes the translation), not to an
 * English user who never mentioned the translation.
 */
import { TRANSLATION_NOTES, translationNote } from '../../src/domain/knowledge';
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

  it('is not in a Japanese full answer that never spoke of the translation, though the caveat is (qa-report-23 K5)', () => {
    const out = rendered(runIn('ja', ['TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2016、レベルは Medium です']));
    expect(out).toMatch(/Telnet と SNMP が無効/);
    expect(count(out, JA_NOTE)).toBe(0);
  });

  it('is in a Japanese full answer once when the user speaks of the translation', () => {
    const out = rendered(runIn('ja', ['TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2016、レベルは Medium です。TechNoteの日本語訳を見ながら作業しています']));
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

  it('does not come with a Japanese answer about Polycoms that never spoke of the translation (qa-report-25 L4)', () => {
    const out = rendered(runIn('ja', ['TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2016、レベルは Medium です', 'Medium-High にすると Polycom は使えなくなりますか？']));
    expect(out).toMatch(/Telnet/);
    expect(count(out, JA_NOTE)).toBe(0);
  });

  it.each([
    '翻訳ではMedium-HighからMediumに変更するとTelnetが無効とありますが？',
    '日本語訳を読むと、Medium-High にすると Polycom は使えなくなりますか？',
  ])('comes once with a Japanese answer that quotes or speaks of the translation: %s', (msg) => {
    const out = rendered(runIn('ja', ['TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2016、レベルは Medium です', msg]));
    expect(count(out, JA_NOTE)).toBe(1);
  });

  it('comes once to an English user who speaks of the Japanese translation', () => {
    const out = rendered(runIn('en', ['TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2016, level Medium', 'we follow the Japanese translation of the TechNote: does Medium-High stop our Polycoms?']));
    expect(count(out, EN_NOTE)).toBe(1);
  });
});

describe('translationNote: when the translation is quoted or spoken of', () => {
  it.each([
    ['TechNoteの日本語訳を見ています', 'telnet-direction'],
    ['翻訳ではMedium-HighからMediumに変更するとTelnetが無効', 'telnet-direction'],
    ['訳文のバグIDが違う気がします', 'bug-id'],
    ['we use the Japanese translation of the TechNote', 'telnet-direction'],
    ['the doc says from Medium-High to Medium Telnet stops', 'telnet-direction'],
  ])('%s → %s', (text, want) => expect(translationNote(text)).toBe(want));

  it.each(['TMS 15.2.1、CE 9.15、レベルは Medium です', 'there is network address translation in front of the codecs', 'Medium-High にすると Polycom は使えなくなりますか？'])(
    'none in %s',
    (text) => expect(translationNote(text)).toBeNull(),
  );
});
