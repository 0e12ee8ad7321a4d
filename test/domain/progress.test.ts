import { fixProgressIn } from '../../src/domain/understand/progress';

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
  ];
  it.each(cases)('%s', (text, want) => {
    expect(fixProgressIn(text)).toEqual(want);
  });
});
