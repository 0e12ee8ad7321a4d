/**
 * QA54 #13: with no Schannel state given, the card's comment says "paste the output of check-tls.cmd here first and I will add
 * rollback.reg", but enable-tls12.reg said "There is no rollback.reg" as if none could come: one wording, EN and JA.
 */
import { kitAfter } from '../conversation/helpers';

describe('QA54 #13: enable-tls12.reg says a rollback.reg can still come', () => {
  it.each([
    ['en', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2012 R2, level Medium', /No rollback\.reg yet: the backup above is how to undo this file\. Given the output of check-tls\.cmd from before the import, I can write one\./],
    ['ja', 'TMS 15.2.1、エンドポイントは CE 9.15、SQL 2016、Windows 2012 R2、レベルは Medium です', /rollback\.reg はまだありません。.*check-tls\.cmd の出力をいただければ、rollback\.reg を作成できます。/],
  ] as const)('%s', (lang, msg, want) => {
    const kit = kitAfter(lang, [msg]);
    expect(kit.rollback).toBe('backup');
    const reg = kit.files.find((f) => f.name === 'enable-tls12.reg')!;
    expect(reg.text).toMatch(want);
    expect(reg.text).not.toMatch(/There is no rollback\.reg|rollback\.reg はありません/);
  });
});
