/**
 * FIX10A 3: a partial success said as "all back except …", "most are back, a few still fail", 「ほとんど戻りましたが、数台は
 * まだ失敗します」「MXP 2台以外は全部戻りました」 is read as one (the case stays open, what is left is pointed at). A service left
 * out ("everything is back up except the TMS agent"), SQL back, or people back ("most of the team is back") are not.
 */
import { partialSuccessIn } from '../../src/conversation/partial-success';
import { runIn } from './helpers';

const OPEN_EN = 'TMS 15.2.1 on Windows 2012 R2, No HTTPS response after CE 9.15 upgrade';
const OPEN_JA = 'TMS 15.2.1、Windows Server 2016です。TC7.3.6にアップグレードしたエンドポイントが No HTTPS response になります';
const partly = (lang: 'en' | 'ja', open: string, msg: string) => runIn(lang, [open, msg]).state.facts.tlsClaims?.partlyWorks;

describe('partial success read', () => {
  it.each(['all back except the 2 MXPs', 'all back now except 2 SX20s', 'everything back except the HDX', 'Most endpoints are back, a few still fail'])('en: %s', (msg) => {
    expect(partialSuccessIn(msg)).toBe(true);
    expect(partly('en', OPEN_EN, msg)).toBe(true);
  });

  it.each(['ほとんど戻りましたが、数台はまだ失敗します', 'MXP 2台以外は全部戻りました', '半分戻りました', '10台中7台戻りました'])('ja: %s', (msg) => {
    expect(partialSuccessIn(msg)).toBe(true);
    expect(partly('ja', OPEN_JA, msg)).toBe(true);
  });

  it('the MXPs left are answered as the Telnet/SNMP trade-off', () => {
    const r = runIn('en', [OPEN_EN, 'all back except the 2 MXPs']);
    expect(r.state.facts.tlsClaims?.partlyWorks).toBe(true);
    expect(JSON.stringify(r.replies)).toMatch(/Telnet/);
  });
});

describe('not a partial success', () => {
  it.each(['SQL is back', 'everything is back up except the TMS agent', 'most of the team is back', 'all back except SQL', 'all back'])('en: %s', (msg) => {
    expect(partialSuccessIn(msg)).toBe(false);
    expect(partly('en', OPEN_EN, msg)).not.toBe(true);
  });

  it.each(['TMS エージェント以外は全部戻りました', 'SQLは戻りましたが、エンドポイントはまだ失敗します', '大半のメンバーは戻りましたが数人はまだです', '一部の設定を戻したら直りました', '全部戻りました'])(
    'ja: %s',
    (msg) => {
      expect(partialSuccessIn(msg)).toBe(false);
    },
  );
});
