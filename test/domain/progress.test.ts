import { fixProgressIn, levelNotSavedIn } from '../../src/domain/understand/progress';

describe('fixProgressIn: a fix step reported done in words (QA round 9 #2)', () => {
  const cases: [string, ReturnType<typeof fixProgressIn>][] = [
    ['I set Medium-High', { level: true }],
    ['changed it to Medium-High in TMS Tools', { level: true }],
    ['set Medium-High, restarted services', { level: true, restarted: true }],
    ['I set it to Medium-High and restarted', { level: true, restarted: true }],
    ['TMS Tools saved', { level: true }],
    ['did the registry, rebooting now', { registry: true, rebooting: true }],
    ['done with the registry', { registry: true }],
    ['imported the .reg file', { registry: true }],
    ['Medium-High に変更して保存しました', { level: true }],
    ['TMS Tools で保存しました', { level: true }],
    ['レジストリを設定しました。再起動中です', { registry: true, rebooting: true }],
    // Not progress: a premise, a question, a plan, a failure, nothing of the fix.
    ['the level is already Medium-High, I set it last year', null],
    ['we have been on Medium-High since 2020', null],
    ['should I set Medium-High?', null],
    ["I'll set Medium-High tonight", null],
    ['I set Medium-High but it still fails', null],
    ['set Medium-High, still No HTTPS response', null],
    ['Medium-High に変更してもいいですか？', null],
    ['もともと Medium-High に設定しています', null],
    ['Medium-High に変更しましたが、まだ直りません', null],
    ['rebooted the endpoints', null],
    ['TMS 15.13 on Windows 2012 R2', null],
    // QA round 10 #2: a negation the words "not" / "n't" miss.
    ['TMS Tools saved nothing, the Save button is greyed out', null],
    ['TMS Tools never saved', null],
    ['TMS Tools saved, then it crashed', null],
    ['set Medium-High, unable to save', null],
    ['TMS Tools で保存しようとしましたが、保存ボタンがグレーアウトしています', null],
    ['Medium-High に変更しましたが保存できませんでした', null],
    // QA round 10 #14: a step said not done yet is left out; casual Japanese.
    ['did the registry, TMS Tools not done yet', { registry: true }],
    ['レジストリを設定しました。TMS Tools はまだです', { registry: true }],
    ['Medium-High にしといた。保存もした', { level: true }],
    ['did the registry, it is not done yet', null],
  ];
  it.each(cases)('%s', (text, want) => {
    expect(fixProgressIn(text)).toEqual(want);
  });
});

describe('levelNotSavedIn: the level said not saved after all (QA round 10 #2)', () => {
  it.each([
    'not saved yet actually, the TMS Tools window crashed before I clicked Save',
    "I haven't saved it yet",
    'TMS Tools saved nothing',
    'the Save button is greyed out',
    'failed to save in TMS Tools',
    'まだ保存していません',
    '保存できませんでした',
    '保存ボタンがグレーアウトして押せません',
  ])('%s → not saved', (t) => {
    expect(levelNotSavedIn(t)).toBe(true);
  });
  it.each(['I set Medium-High and saved', 'TMS Tools saved', 'do I need to save?', 'Medium-High に変更して保存しました', '保存しました'])('%s → nothing', (t) => {
    expect(levelNotSavedIn(t)).toBe(false);
  });
});
