/**
 * answers-c (QA51 leftovers): A. a status report with most systems back and the rest named ("18 of 20 codecs are fine now, 2 MX800
 * still show No HTTPS response") is a partial success, with what to check on the systems left, not "the change has not taken
 * effect"; B. SQL Server said down in an update leads the card whatever its build; D. the SQL worry with no release known says
 * what each release family needs; E. before TMS 15 the stop-gap, once given whole, is referred to; F. a model named with a CE
 * release: what to check for that model, nothing invented. EN and JA.
 */
import { rendered, runIn } from './helpers';

const FACTS = {
  en: 'TMS 15.13, Win 2019, SQL 2017 remote, endpoints on CE 9.15',
  ja: 'TMS 15.13、Windows 2019、SQL 2017 は別サーバ、エンドポイントは CE 9.15 です',
} as const;
const DONE_PART = {
  en: 'Done: Medium-High set, iisreset and services restarted. 18 of 20 codecs are fine now, 2 MX800 still show No HTTPS response',
  ja: '完了：Medium-High に設定、iisreset とサービス再起動。20台中18台は正常になりましたが、MX800 の2台はまだ No HTTPS response です',
} as const;

describe('A (QA51 #14): most systems back after the fix, the rest named', () => {
  it.each(['en', 'ja'] as const)('%s: a partial success, with the checks for the MX800s', (lang) => {
    const r = runIn(lang, [FACTS[lang], DONE_PART[lang]]);
    const out = rendered(r);
    expect(r.state.facts.tlsClaims?.partlyWorks).toBe(true);
    expect(r.state.facts.level).toBe('medium-high');
    if (lang === 'en') {
      expect(out).toMatch(/What is left, the MX800 systems/);
      expect(out).toMatch(/TMS now offers TLS 1\.2/);
      expect(out).not.toMatch(/the change has not taken effect yet; if it offers/);
    } else {
      expect(out).toMatch(/残っている MX800 について/);
      expect(out).toMatch(/TMS はいま TLS 1\.2 を提示しています/);
      expect(out).not.toMatch(/変更はまだ反映されていません。TLS 1\.2（0x0303）を提示しているのに/);
    }
    for (const w of ['Force Refresh', 'Behind Firewall', 'xStatus SystemUnit Software Version', 'HTTPS Server MinimumTLSVersion', 'NetworkServices HTTP Mode']) expect(out).toContain(w);
  });

  it.each([
    ['en', 'I set Medium-High and rebooted', 'SX80s are fine now, the MX800 still shows it', 'MX800'],
    ['en', 'I set Medium-High and rebooted', 'the Room Kits work now, the SX80s still show No HTTPS response', 'SX80'],
    ['ja', 'Medium-High にして再起動しました', 'ほとんど直りました。MX800 の2台だけまだ No HTTPS response です', 'MX800'],
  ] as const)('%s: after the change, %j names the ones left', (lang, change, msg, left) => {
    const out = rendered(runIn(lang, [FACTS[lang], change, msg]));
    expect(out).toContain(lang === 'en' ? `What is left, the ${left} systems` : `残っている ${left} について`);
    expect(out).not.toMatch(/Room Kit systems|SX80 and/);
  });

  it.each([
    // Nothing said back: the still-failing reading, as before.
    'done, rebooted. none of them are fine, all MX800 still show No HTTPS response',
    // ("MX800" is no count of 800 still failing.)
    'done, rebooted. none of them are fine, all MX800 still fail',
    'Done: keys, Medium-High, reboot. 3 still failing',
    'done, rebooted, still 3 failing',
  ])('%j is no partial success', (msg) => {
    const r = runIn('en', [FACTS.en, msg]);
    expect(r.state.facts.tlsClaims?.partlyWorks).toBeUndefined();
    expect(rendered(r)).not.toMatch(/What is left/);
  });

  it('a clause that says both working and failing names no model left', () => {
    const out = rendered(runIn('en', [FACTS.en, 'I set Medium-High and rebooted', 'the SX80s work now but the MX800s don\'t']));
    expect(out).not.toMatch(/What is left, the/);
    expect(out).toMatch(/Which systems still show/);
  });
});

describe('B (QA51 #16): SQL Server said down after the answer leads the card, whatever its build', () => {
  it.each([
    ['en', 'TMS 15.13 Win2016 SQL 2016 local CE9.15', 'after applying IIS Crypto best practices and reboot SQL does not start', /^SQL Server is down: get it running first/],
    ['en', 'TMS 15.13 Win2016 SQL 2014 SP3 local CE9.15', 'SQL Server service won\'t start since the reboot', /^SQL Server is down: get it running first/],
    ['en', 'TMS 15.13 Win2008 R2 SQL 2008 R2 local CE9.15', 'after applying IIS Crypto best practices and reboot SQL does not start', /^SQL Server is down: get it running first/],
    ['ja', 'TMS 15.13 Win2016 SQL 2016 ローカル CE9.15', 'IIS Crypto のベストプラクティスを適用して再起動したら SQL が起動しません', /^SQL Server が停止しています/],
  ] as const)('%s: %j then %j', (lang, facts, msg, head) => {
    const r = runIn(lang, [facts, msg]);
    const h = r.replies.flatMap((x) => x.blocks).find((b) => b.type === 'heading');
    expect(h && 'text' in h ? h.text : '').toMatch(head);
  });

  it('another update (the level said) keeps "Updated answer"', () => {
    const r = runIn('en', ['TMS 15.13 Win2016 SQL 2016 local CE9.15', 'the level is Medium']);
    expect(rendered(r)).not.toMatch(/SQL Server is down/);
  });
});

describe('D: the SQL worry with no SQL release known names every family', () => {
  it.each(['en', 'ja'] as const)('%s', (lang) => {
    const r = runIn(lang, [lang === 'en' ? 'TMS 15.13, Windows 2019, endpoints CE 9.15' : 'TMS 15.13、Windows 2019、エンドポイントは CE 9.15', lang === 'en' ? "I'm worried SQL stops" : 'SQL が止まるか心配']);
    expect(r.route).toBe('sql-worry');
    const out = rendered(r);
    if (lang === 'en') {
      expect(out).toMatch(/2016 and later support TLS 1\.2/);
      expect(out).toMatch(/2012 and 2014 need a build with TLS 1\.2 support/);
      expect(out).toMatch(/2008 and 2008 R2 without TLS 1\.2 support do not start/);
      expect(out).toMatch(/another server, the TMS server's Schannel settings do not touch it/);
    } else {
      expect(out).toMatch(/2016 以降は TLS 1\.2 に対応/);
      expect(out).toMatch(/2012 と 2014 は、TLS の設定を変える前に TLS 1\.2 対応のビルド/);
      expect(out).toMatch(/2008 と 2008 R2 は/);
    }
    expect(out).toContain('SELECT @@VERSION');
  });

  it('a known release keeps its own answer (SQL 2016 on the TMS server)', () => {
    const out = rendered(runIn('en', ['TMS 15.13, Windows 2019, SQL 2016 on the TMS server, endpoints CE 9.15', "I'm worried SQL stops"]));
    expect(out).toMatch(/SQL Server 2016 supports TLS 1\.2/);
    expect(out).not.toMatch(/2012 and 2014 need/);
  });
});

describe('E: before TMS 15 the stop-gap, once given whole, is referred to', () => {
  const FULL = { en: /the only stop-gap is on the endpoints/, ja: /暫定策は、エンドポイント側にしかありません/ } as const;
  const AGAIN = { en: /the stop-gap on the endpoints given above still holds/, ja: /暫定策は、上でお伝えしたとおりです/ } as const;
  it.each([
    ['en', 'TMS 14.6, endpoints on CE 9.15, No HTTPS response', 'SQL 2014 SP2 on the TMS server'],
    ['ja', 'TMS 14.6 で、エンドポイントは CE 9.15 です。No HTTPS response が出ます', 'SQL は TMS サーバ上の 2014 SP2 です'],
  ] as const)('%s', (lang, first, second) => {
    const one = runIn(lang, [first]);
    expect(rendered(one)).toMatch(FULL[lang]);
    expect(rendered(one)).not.toMatch(AGAIN[lang]);
    const two = rendered(runIn(lang, [first, second]));
    expect(two).toMatch(AGAIN[lang]);
    expect(two).not.toMatch(FULL[lang]);
  });

  it('a stop-gap that says something new (a model named since) is given whole again', () => {
    const out = rendered(runIn('en', ['TMS 14.6, endpoints on CE 9.15, No HTTPS response', 'SQL 2014 SP2 on the TMS server', 'we also have 2 Room Kit Pro']));
    expect(out).toMatch(FULL.en);
  });
});

describe('F: a model named with a CE release: what to check for it, no model facts invented', () => {
  it.each([
    ['en', 'TMS 14.6. our SX20 on CE 9.15 fails', /For your SX20 on CE 9\.15, the model decides whether it can go back/],
    ['ja', 'TMS 14.6 です。SX20 が CE 9.15 で失敗します', /CE 9\.15 の SX20 を戻せるかどうかは機種で決まります/],
  ] as const)('%s: %j', (lang, msg, re) => {
    const out = rendered(runIn(lang, [msg]));
    expect(out).toMatch(re);
    expect(out).toContain('xStatus SystemUnit Software Version');
    expect(out).not.toMatch(/an SX20, for example|たとえば SX20/);
  });

  it('TC named with the model: it can go back, said of the model', () => {
    expect(rendered(runIn('en', ['TMS 14.6. our SX20 on TC 7.3.6 fails']))).toMatch(/Your SX20 runs TC 7\.3\.6, so its hardware runs TC: it can go back/);
  });
});
