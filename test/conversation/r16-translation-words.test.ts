/**
 * The note on the Japanese translation comes when the user speaks of the TechNote's translation, not when 日本語版 /
 * 翻訳 / "Japanese version" name something else (the Windows edition, a translation tool).
 */
import { TRANSLATION_NOTES, translationNote } from '../../src/domain/knowledge';
import { rendered, runIn } from './helpers';

const count = (hay: string, needle: string) => hay.split(needle).length - 1;
const FIRST_JA = 'TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、レベルは Medium です';

describe('translation note: only for the document', () => {
  it.each([
    'Windows Server 2012 R2 日本語版です',
    '翻訳ツールで書いています、すみません。Windows 2016 です',
    'OSは日本語版のWindows Server 2016です',
  ])('is not shown for %s (JA)', (msg) => {
    expect(translationNote(msg)).toBeNull();
    const out = rendered(runIn('ja', [FIRST_JA, msg]));
    expect(count(out, TRANSLATION_NOTES.telnetDirection.ja)).toBe(0);
  });

  it('is not shown for "Japanese version" of Windows (EN)', () => {
    const msg = 'Windows Server 2012 R2 Japanese version';
    expect(translationNote(msg)).toBeNull();
    const out = rendered(runIn('en', ['TMS 15.2.1, CE 9.15, SQL 2016 remote, level Medium', msg]));
    expect(count(out, TRANSLATION_NOTES.telnetDirection.en)).toBe(0);
  });

  it.each([
    'TechNoteの日本語版を見ています',
    'テクニカルノートの翻訳を読みました',
    '翻訳された資料どおりに作業しました',
    '日本語訳を読みました',
    '訳文では逆になっています',
    'the Japanese version of the TechNote says so',
    'I read the Japanese translation',
  ])('is still shown when the document is named: %s', (msg) => {
    expect(translationNote(msg)).toBe('telnet-direction');
  });
});
