/**
 * REV29 mends (helper mend29a): #1 a negated or someone else's Medium-High is not the missing-restart report; #5 the rollback
 * readers; #9 the rollback's "try again" carries the Telnet/SNMP caveat; #4 the SQL reboot answer.
 */
import { rendered, runIn } from './helpers';

const P = {
  en: 'TMS 15.2.1, endpoints CE 9.15, Windows 2019',
  ja: 'TMS 15.2.1、エンドポイントは CE 9.15、Windows 2019',
};

describe('REV29 #1: a negated or a customer\'s Medium-High is not "raised, no restart"', () => {
  it.each([
    ['en', "we didn't set Medium-High, still failing"],
    ['en', 'we never changed it to Medium-High, still red'],
    ['en', "the customer's admin set Medium-High, still red"],
    ['ja', 'Medium-High に変更しておらず、まだ失敗します'],
    ['ja', 'Medium-High に設定していません。まだ失敗します'],
    ['ja', 'お客様が Medium-High に変更しましたが、まだ失敗します'],
  ] as const)('%s: %s', (lang, line) => {
    const r = runIn(lang, [P[lang], line]);
    expect(r.route).not.toBe('raised-no-restart');
    expect(r.state.facts.tlsClaims?.levelRaised).toBeFalsy();
  });

  it.each([
    ['en', "I set Medium-High but it still doesn't work"],
    ['en', 'set Medium-High, still not working'],
    ['en', 'set Medium-High, no change'],
    ['ja', 'Medium-High に設定しました。まだ直っていません'],
    ['ja', 'Medium-High に変更しましたが、変わりません'],
  ] as const)('%s: %s (the still-failing words are no negation of the change) still leads with the restart', (lang, line) => {
    expect(runIn(lang, [P[lang], line]).route).toBe('raised-no-restart');
  });
});

const PR = {
  en: 'TMS 15.2.1, endpoints CE 9.15, Windows 2019, SQL 2016 on a separate server',
  ja: 'TMS 15.2.1、エンドポイントは CE 9.15、Windows 2019、SQL 2016 は別サーバ',
};

describe('REV29 #5: the rollback readers', () => {
  it.each([
    ['en', 'we rolled back nothing'],
    ['en', 'we rolled back none of it'],
    ['en', 'we reverted'],
    ['ja', '何も切り戻していません'],
  ] as const)('%s: %s is no rollback of the fix', (lang, line) => {
    const r = runIn(lang, [PR[lang], line]);
    expect(r.route).not.toBe('fix-rollback');
  });

  it.each([
    ['en', 'we reverted everything'],
    ['en', 'we reverted the change'],
    ['en', 'we rolled it back'],
    ['ja', '全部元に戻しました'],
  ] as const)('%s: %s still is', (lang, line) => {
    expect(runIn(lang, [PR[lang], line]).route).toBe('fix-rollback');
  });

  it.each([
    ['en', `${PR.en}, level Medium`, 'we rolled back everything', /level change applies/],
    ['ja', `${PR.ja}、レベルは Medium`, '全部元に戻しました', /レベルの変更/],
  ] as const)('%s: no note on a level change that is not known (Medium on record, never raised)', (lang, pre, line, note) => {
    const r = runIn(lang, [pre, line]);
    expect(r.route).toBe('fix-rollback');
    expect(rendered(r)).not.toMatch(note);
  });

  it.each([
    ['en', 'set Medium-High and restarted IIS and the TMS services, it works', 'we rolled back everything', /level change applies/],
    ['ja', 'Medium-High に変更して IIS と TMS のサービスを再起動しました。直りました', '全部元に戻しました', /レベルの変更/],
  ] as const)('%s: the note stays where the level was raised in this incident', (lang, done, line, note) => {
    const pre = lang === 'en' ? `${PR.en}, level Medium` : `${PR.ja}、レベルは Medium`;
    const r = runIn(lang, [pre, done, line]);
    expect(r.route).toBe('fix-rollback');
    expect(rendered(r)).toMatch(note);
  });

  it.each([
    ['en', 'we restored the registry backup and set Medium again', /does not remove keys/],
    ['ja', '切り戻しました。Medium に戻し、レジストリもバックアップから戻しました。', /あとから作成したキーは消えません/],
  ] as const)('%s: the restored registry is a thing to check, not a Windows fact the sources lack', (lang, line, claim) => {
    const r = runIn(lang, [PR[lang], line]);
    expect(r.route).toBe('fix-rollback');
    expect(rendered(r)).not.toMatch(claim);
    expect(rendered(r)).toMatch(/reg query/);
  });
});

describe('REV29 #9: the rollback\'s "try again" says the Telnet/SNMP caveat', () => {
  it.each([
    ['en', 'we rolled back everything'],
    ['ja', '全部元に戻しました'],
  ] as const)('%s: %s', (lang, line) => {
    const r = runIn(lang, [PR[lang], line]);
    expect(r.route).toBe('fix-rollback');
    const advising = r.replies.flatMap((x) => x.blocks).filter((b) => b.advises === 'medium-high');
    expect(advising.length).toBeGreaterThan(0);
    expect(rendered(r)).toMatch(/Telnet/);
    expect(rendered(r)).toMatch(/SNMP/);
  });
});

describe('REV29 #4: the SQL restart answer', () => {
  const out = (lang: 'en' | 'ja', pre: string, q: string) => {
    const r = runIn(lang, [pre, q]);
    expect(r.route).toBe('catalogue');
    return rendered(r);
  };

  it.each([
    ['en', P.en, 'is a reboot needed for SQL?', /2012 RTM and SP1 need a service-pack upgrade/],
    ['ja', P.ja, 'SQL の再起動は必要ですか？', /2012 RTM と SP1 は[^。]*サービス パックへのアップグレードが必要/],
  ] as const)('%s: SQL not known: 2012 RTM/SP1 need a service pack, not the TLS 1.2 update', (lang, pre, q, sp) => {
    expect(out(lang, pre, q)).toMatch(sp);
  });

  it.each([
    ['en', `${P.en}, SQL 2012 SP1`, 'is a reboot needed for SQL?', /SQL Server 2012 SP1, if it runs on the TMS server, needs a service-pack upgrade/, /SQL Server 2012 SP1 on the TMS server/],
    ['ja', `${P.ja}、SQL 2012 SP1`, 'SQL の再起動は必要ですか？', /SQL Server 2012 SP1 が TMS サーバ上で動いている場合/, /TMS サーバ上の SQL Server 2012 SP1/],
  ] as const)('%s: where SQL runs not known: "if it runs on the TMS server", not asserted', (lang, pre, q, cond, asserted) => {
    const o = out(lang, pre, q);
    expect(o).toMatch(cond);
    expect(o).not.toMatch(asserted);
  });

  it.each([
    ['en', `${P.en}, SQL 2012 SP1 on the TMS server`, 'is a reboot needed for SQL?', /SQL Server 2012 SP1 on the TMS server needs a service-pack upgrade/],
    ['ja', `${P.ja}、SQL 2012 SP1 は TMS サーバ上`, 'SQL の再起動は必要ですか？', /TMS サーバ上の SQL Server 2012 SP1 は[^。]*サービス パックへのアップグレードが必要/],
  ] as const)('%s: on the TMS server said: said so', (lang, pre, q, said) => {
    expect(out(lang, pre, q)).toMatch(said);
  });

  it.each([
    ['en', P.en, 'is a reboot needed for SQL 2012 SP1?', /SQL Server 2012 SP1, if it runs on the TMS server, needs a service-pack upgrade/],
    ['ja', P.ja, 'SQL 2012 SP1 の再起動は必要ですか？', /SQL Server 2012 SP1 が TMS サーバ上で動いている場合[^。]*サービス パックへのアップグレードが必要/],
  ] as const)('%s: the release named in the question is the one answered', (lang, pre, q, named) => {
    expect(out(lang, pre, q)).toMatch(named);
  });

  it('EN: a release asked about beside the own (SQL 2016 local): that one answered, the own said to stay, its location not carried over', () => {
    const o = out('en', `${P.en}, SQL 2016 on the TMS server`, 'is a reboot needed for SQL 2012 SP1?');
    expect(o).toMatch(/SQL Server 2012 SP1, if it runs on the TMS server, needs a service-pack upgrade/);
    expect(o).toMatch(/Your own SQL Server stays SQL Server 2016/);
  });
});
