/**
 * answers-misc (A, C): answer leftovers.
 * A: "No HTTPS response again", 「また No HTTPS response が出ました」 or "still failing" in a case never said to work where the TLS fix is
 *    out of play (not the TLS 1.0 problem, or TMS before 15): what applies to it, said again; not "not understood", not a reopen,
 *    no TLS-fix talk.
 * C: TMS before 15: the stop-gap until the upgrade is one text, in the first answer and in every later one that gives it.
 */
import { rendered, runIn } from './helpers';

const NOT_TLS = { en: 'TMS shows No HTTPS response, endpoints are on TC 7.3.3, TMS 15.2', ja: 'TMS で No HTTPS response が出ています。エンドポイントは TC 7.3.3、TMS 15.2 です' };
const PRE15 = { en: 'TMS 14.6.2, SX80 endpoints on CE 9.15 show No HTTPS response, SQL 2016 on another server, Windows 2016', ja: 'TMS 14.6.2、SX80 のエンドポイントは CE 9.15 で No HTTPS response です。SQL 2016 は別サーバ、Windows 2016' };

describe('A: the error again (or still) in a case where the TLS fix is out of play', () => {
  it.each([
    ['en', NOT_TLS.en, 'No HTTPS response again'],
    ['en', NOT_TLS.en, 'we get No HTTPS response again'],
    ['en', NOT_TLS.en, 'the error is back'],
    ['en', NOT_TLS.en, 'still No HTTPS response'],
    ['ja', NOT_TLS.ja, 'また No HTTPS response が出ました'],
    ['ja', NOT_TLS.ja, '再発しました'],
    ['ja', NOT_TLS.ja, 'まだ No HTTPS response です'],
  ] as const)('%s not TLS, then %s', (lang, first, again) => {
    const r = runIn(lang, [first, again]);
    const t = rendered(r);
    expect(r.understoodNothing).toBeFalsy();
    expect(r.route).not.toBe('reopen');
    expect(t).not.toMatch(/Reopened|再発：|could not find|読み取れませんでした/);
    expect(t).toMatch(lang === 'en' ? /not the TLS 1\.0 problem/ : /TLS 1\.0 の問題ではない/);
    expect(t).toMatch(/443/);
    // No TLS-fix talk: no level to raise, no keys to create, no reboot.
    expect(t).not.toMatch(/set Medium-High|Medium-High にして|reboot|再起動|back at Medium|Medium に戻/);
  });

  it.each([
    ['en', PRE15.en, 'No HTTPS response again'],
    ['en', PRE15.en, 'still failing'],
    ['ja', PRE15.ja, 'また No HTTPS response が出ました'],
    ['ja', PRE15.ja, 'まだ直りません'],
  ] as const)('%s TMS before 15, then %s', (lang, first, again) => {
    const r = runIn(lang, [first, again]);
    const t = rendered(r);
    expect(r.understoodNothing).toBeFalsy();
    expect(t).not.toMatch(/Reopened|再発：|could not find|読み取れませんでした|back at Medium|Medium に戻/);
    expect(t).toMatch(lang === 'en' ? /upgrading TMS to 15\.x is the fix/ : /TMS を 15\.x にアップグレードすること/);
    expect(t).toMatch(/TC 7\.3\.3/);
  });

  it('a release given with it is read as usual', () => {
    const r = runIn('en', [NOT_TLS.en, 'No HTTPS response again, they are on TC 7.3.6 now']);
    expect(r.state.facts.endpoint?.semver).toBe('7.3.6');
    expect(rendered(r)).toMatch(/TC 7\.3\.3 → TC 7\.3\.6/);
  });

  it('near misses: a question or a condition is not "again"; after it was said to work it is a reopen', () => {
    expect(rendered(runIn('en', [NOT_TLS.en, 'what if No HTTPS response comes back?']))).not.toMatch(/"No HTTPS response" again/);
    const re = runIn('en', [NOT_TLS.en, 'it works now, it was the firewall', 'No HTTPS response again']);
    expect(re.route).toBe('reopen');
    expect(rendered(re)).toContain('Reopened');
  });
});

/** The stop-gap paragraph or bullet of a rendered answer: the one naming TC 7.3.3 as the stop-gap. */
function stopgap(t: string): string {
  const line = t.split('\n').find((l) => /TC 7\.3\.3/.test(l) && /stop-?gap|暫定策/i.test(l));
  return (line ?? '').replace(/^\s*(?:[•*-]|\d+\.)\s*/, '').trim();
}

describe('C: TMS before 15, one stop-gap text', () => {
  it.each([
    ['en', ['is there another way?', 'any other option?', 'what can we do until then?', 'can we avoid upgrading TMS?', 'we will upgrade TMS to 15.13 next week']],
    ['ja', ['ほかに方法はありますか？', 'それまでどうすればいいですか？', 'TMS を上げずに直す方法はないですか？', '来週 TMS を 15.13 にアップグレードする予定です']],
  ] as const)('%s', (lang, laters) => {
    const first = stopgap(rendered(runIn(lang, [PRE15[lang]])));
    expect(first).toMatch(/TC 7\.3\.3/);
    for (const later of laters) {
      const t = rendered(runIn(lang, [PRE15[lang], later]));
      expect(t).not.toMatch(/I don't know that one|分かりません/);
      expect(stopgap(t)).toBe(first);
    }
  });

  it('what is known of the endpoints follows it: a Room Kit cannot go back (the model, not RoomOS, says it: QA61 #4), a TC release can', () => {
    const kit = stopgap(rendered(runIn('en', ['TMS 14.6.2, Room Kit on RoomOS 11.9', 'is there another way?'])));
    expect(kit).toMatch(/The Room Kit cannot go back/);
    expect(kit).not.toMatch(/RoomOS runs only|RoomOS 11\.9 cannot go back/);
    expect(stopgap(rendered(runIn('en', ['TMS 14.6.2, SX20 on TC 7.3.6', 'is there another way?'])))).toMatch(/SX20 runs TC 7\.3\.6, so its hardware runs TC/);
  });
});

describe('D: only some endpoints fail with TMS already at Medium-High: the card leads with the systems still failing', () => {
  const card = (lang: 'en' | 'ja', msg: string) => runIn(lang, [msg]).replies.find((x) => x.summary)?.summary;
  it.each([
    ['en', 'TMS 15.2, only some endpoints fail with No HTTPS response, TMS is already Medium-High, endpoints CE 9.15, Windows 2019, SQL 2016 remote', /^Only some systems fail/, /^Compare a failing system with one that works/],
    ['ja', 'TMS 15.2、一部のエンドポイントだけ No HTTPS response です。TMS はすでに Medium-High、エンドポイントは CE 9.15、Windows 2019、SQL 2016 は別サーバ', /^一部のシステムだけが失敗する/, /^失敗しているシステムを、正常なシステムと比べてください/],
  ] as const)('%s', (lang, msg, cause, next) => {
    const s = card(lang, msg)!;
    expect(s.cause).toMatch(cause);
    expect(s.next).toMatch(next);
    // The Windows side is still there, after the comparison, as a condition.
    expect(s.next).toMatch(/Schannel/);
    expect(s.caveats.map((c) => c.code)).not.toContain('some-systems-fail');
  });
  it('near miss: every endpoint failing at Medium-High keeps the Windows side first', () => {
    const s = card('en', 'TMS 15.2, TMS is already Medium-High, endpoints CE 9.15 fail with No HTTPS response, Windows 2019, SQL 2016 remote')!;
    expect(s.cause).toMatch(/already at Medium-High/);
  });
});

describe('F: SQL Server with TLS 1.2 support down (26011) on the TMS server: the cause first, no TLS step as the fix (as the fix kit)', () => {
  const stepCodes = (r: ReturnType<typeof runIn>) => r.replies.find((x) => x.summary)?.summary?.steps.map((s) => s.code) ?? [];
  it.each([
    ['en', 'TMS 15.2, endpoints CE 9.15, Windows 2016, SQL Server 2016 on the TMS server. SQL stopped with event 26011 after we changed TLS settings', /find the cause first/, /wait until SQL Server runs again/],
    ['ja', 'TMS 15.2、エンドポイントは CE 9.15、Windows 2016、SQL Server 2016 は TMS サーバ上です。TLS の設定を変えたら SQL がイベント 26011 で停止しました', /まず原因を突き止めてください/, /SQL Server が再び動くまで待ってください/],
  ] as const)('%s', (lang, msg, lead, waits) => {
    const r = runIn(lang, [msg]);
    const t = rendered(r);
    expect(t).toMatch(lead);
    expect(t).toMatch(waits);
    expect(stepCodes(r)).not.toContain('reboot-server');
    expect(stepCodes(r)).not.toContain('enable-tls11-12-registry');
    expect(t).not.toMatch(/Steps, in order|手順（この順に）/);
    const next = r.replies.find((x) => x.summary)!.summary!.next;
    expect(next).not.toMatch(/turn TLS 1\.0 back on|TLS 1\.0 を（Client と Server で）有効に戻し/);
  });
  it('once SQL runs again the steps come back; SQL 2008 R2 keeps its recovery', () => {
    const back = runIn('en', ['TMS 15.2, endpoints CE 9.15, Windows 2016, SQL Server 2016 on the TMS server. SQL stopped with event 26011 after we changed TLS settings', 'SQL is back up']);
    expect(rendered(back)).toMatch(/Step 1: Back up the registry first/);
    const old = rendered(runIn('en', ['TMS 15.2, endpoints CE 9.15, Windows 2012 R2, SQL Server 2008 R2 SP2 on the TMS server. SQL stopped with event 26011 after we changed TLS settings']));
    expect(old).toMatch(/get it running first/);
    expect(old).toMatch(/turn TLS 1\.0 back on/);
  });
});
