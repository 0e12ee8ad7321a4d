/**
 * Readings of real messages that went wrong after issue 7 (questions naming versions, "I don't
 * know" to a required question, echoes of invalid versions, product names in other senses).
 */
import { formatField } from '../../src/domain/fields';
import { step } from '../../src/conversation/engine';
import { findings, last, rendered, talk } from './helpers';

describe('an invalid version is echoed as its token only', () => {
  it.each([
    ['TMS 99.9 with CE 9.15', '"99.9"', /99\.9 with/],
    ['TMS 15.2.1, codecs on TC 8.4 now', '"TC 8.4"', /8\.4 now/],
    ['TMS 16.1 *urgent*, CE 9.15', '"16.1"', /urgent/],
    ['エンドポイントは CE 99.1 です、TMS 15.2', '「CE 99.1」', /99\.1 です」/],
  ])('%j', (msg, echoed, leaked) => {
    const out = rendered(talk(msg)[0]);
    expect(out).toContain(echoed);
    expect(out).not.toMatch(leaked);
  });
});

describe('a short product name in another sense is not another Cisco product', () => {
  it.each([
    ['the CMS team said the TLS change is fine. TMS 15.2.1, CE 9.15, SQL 2016', undefined],
    ['TPS report due; TMS 15.2.1, CE 9.15, SQL 2016', undefined],
    ['the conductor of the call says TMS 15.2.1, CE 9.15, SQL 2016', undefined],
    ['CMS の担当者いわく問題なし。TMS 15.2.1、CE 9.15、SQL 2016', undefined],
    ['TMS 15.2.1, CE 9.15, SQL 2016, and Cisco CMS 3.1 shows it too', ['meeting-server']],
    ['TMS 15.2.1、CE 9.15、SQL 2016。TPS サーバも No HTTPS response です', ['telepresence-server']],
  ])('%j', (msg, products) => {
    expect(talk(msg)[0].state.facts.otherProducts).toEqual(products);
  });
});

describe('a .reg export pasted under the versions, in one message', () => {
  it('is read as evidence: the TLS 1.2 Client keys are off, and that is step 1', () => {
    const msg = [
      'TMS 15.2.1, CE 9.15.3, SQL 2016 local, Windows 2016, Medium-High. Export below:',
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]',
      '"Enabled"=dword:00000000',
      '"DisabledByDefault"=dword:00000001',
    ].join('\n');
    const [r] = talk(msg);
    expect(r.state.facts.tms?.semver).toBe('15.2.1');
    expect(rendered(r)).toMatch(/The registry keeps TLS 1\.2 off for TMS/);
  });
});

describe('other products TMS manages stay known for the rest of the conversation', () => {
  it('named once, still in the answer after the next turn, and a product named later adds to them', () => {
    const turns = talk('TMS 15.2.1, CE 9.15.3, SQL 2016 local; TMS also manages our Expressway', 'Windows 2019', 'we also have a TelePresence Conductor', 'Medium');
    expect(turns[1].state.facts.otherProducts).toEqual(['expressway']);
    expect(findings(turns[1])).toContain('other-products-same-wall');
    expect(turns[2].state.facts.otherProducts).toEqual(['expressway', 'conductor']);
    expect(findings(turns[3])).toContain('other-products-same-wall');
  });
  it('a stored list with anything but known product ids keeps only the known ones', () => {
    const [first] = talk('TMS 15.2.1, CE 9.15.3, SQL 2016, Expressway too');
    const hacked = { ...first.state, facts: { ...first.state.facts, otherProducts: ['expressway', '<script>', 42] } };
    const r = step(hacked as never, { kind: 'text', text: 'Windows 2019' });
    expect(r.state.facts.otherProducts).toEqual(['expressway']);
  });
});

describe('a version named inside a question is not the user\'s version', () => {
  const base = 'TMS 15.2.1, codecs on CE 9.15, SQL 2016';
  it.each([
    ['is TMS 14.6.2 affected?', 'tms', /TMS 14\.6\.2 cannot be fixed in place/],
    ['does it work with TMS 15.13?', 'tms', /TMS 15\.13/],
    ['would TC 7.3.3 still need this?', 'endpoint', /still accepts TLS 1\.0/],
    ['what if we upgrade TMS to 15.13, would that fix it?', 'tms', /TMS 15\.13/],
    ['TMS 14.6.2 でも影響はありますか？', 'tms', /TMS 14\.6\.2 はこのままでは修正できません/],
    ['もし CE 8.0 に戻したら直りますか？', 'endpoint', /TLS 1\.0 を受け付けます/],
  ] as const)('%j answers that case and keeps the stated facts', (q, field, answer) => {
    const [first, r] = talk(base, q);
    expect(r.state.facts[field]).toEqual(first.state.facts[field]);
    expect(r.state.facts.tms?.semver).toBe('15.2.1');
    expect(rendered(r)).toMatch(answer);
    expect(rendered(r)).not.toMatch(/Updated:|could not find|I don't know that one|読み取れません/);
    // the open question stays open
    expect(r.state.pending).toBe(first.state.pending);
  });

  it('a question about the version the user already gave answers for it', () => {
    const [, r] = talk(base, 'would CE 9.15 still need this?');
    expect(rendered(r)).toMatch(/CE 9\.15 is what you told me/);
    expect(rendered(r)).toMatch(/no longer accepts TLS 1\.0/);
  });

  it('a version stated before the question in the same message still counts', () => {
    const [r] = talk('We have TMS 15.2.1 and CE 9.15, why does it fail?');
    expect(r.state.facts.tms?.semver).toBe('15.2.1');
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
    const [j] = talk('TMS は 15.2.1 ですが、なぜ失敗するのでしょうか？');
    expect(j.state.facts.tms?.semver).toBe('15.2.1');
  });

  it('with no value yet, a question about a version is taken as the user\'s own; a hypothetical one is not', () => {
    expect(talk('is TMS 14.6.2 affected?')[0].state.facts.tms?.semver).toBe('14.6.2');
    const [r] = talk('would CE 8.0 be affected?');
    expect(r.state.facts.endpoint).toBeUndefined();
    expect(rendered(r)).toMatch(/CE 8\.0/);
  });
});

describe('"I don\'t know" to a required question goes on with a stated, safe assumption', () => {
  it.each([
    ['dunno', 'en'],
    ["haven't a clue, that's the platform team's box", 'en'],
    ['not known yet', 'en'],
    ['ちょっと分かりません', 'ja'],
    ['確認中です', 'ja'],
  ])('%j to every required question: never the same question twice, the full fix at the end', (dunno, lang) => {
    const rs = talk(lang === 'ja' ? 'No HTTPS response が出ています' : 'No HTTPS response on the codecs', dunno, dunno, dunno);
    const asked = rs.map((r) => r.state.pending);
    expect(asked).toEqual(['need-endpoint-version', 'need-tms-version', 'need-sql-version', 'need-windows-version']);
    const end = last(rs);
    expect(end.state.skipped).toEqual(['need-endpoint-version', 'need-tms-version', 'need-sql-version']);
    expect(findings(end)).toEqual(expect.arrayContaining(['assume-endpoint-refuses-tls10', 'assume-tms-15-or-later', 'check-sql-build-first', 'tms-tools-medium-high']));
    // an assumed endpoint does not make the verdict "yes"
    expect(end.replies[0].diagnosis?.affected).toBe('unknown');
    expect(rendered(end)).toMatch(/SELECT @@VERSION/);
  });

  it('the SQL check comes before the registry step, and a version given later replaces the assumption', () => {
    const rs = talk('TMS 15.2.1, CE 9.15', 'dunno', 'actually SQL is 2008 R2 on the same box');
    const f = findings(rs[1]);
    expect(f.indexOf('check-sql-build-first')).toBeLessThan(f.indexOf('enable-tls11-12-registry'));
    expect(rs[1].replies[0].diagnosis?.affected).toBe('yes');
    expect(findings(rs[2])).toContain('caveat-sql2008r2-keep-tls10-ssl3');
    expect(findings(rs[2])).not.toContain('check-sql-build-first');
  });
});

describe('messy incident messages', () => {
  it('"X was upgraded to CE 9.8" is current, not past: a mixed fleet, answered for the upgraded one', () => {
    const [r] = talk('TMS 15.2.1 but the codecs are still on TC 7.3.3 — only one SX80 was upgraded to CE 9.8 last night and that one fails');
    expect(r.state.facts.endpoint?.semver).toBe('9.8.0');
    expect(rendered(r)).toMatch(/TC 7\.3\.3 still accept TLS 1\.0/);
    const [j] = talk('TMS 15.2.1、エンドポイントは TC 7.3.3 のままですが、SX80 が 1 台だけ CE 9.8 にアップグレードされ、それが失敗しています');
    expect(j.state.facts.endpoint?.semver).toBe('9.8.0');
  });

  it.each([
    ['TMS 15.2.1 / CE 9.15 / SQL 2016 / WS2019 / medium', { sql: 2016, windows: 2019 }],
    ['TMSは15.2.1、コーデックはRoomOS 11、SQLはTMSと同じサーバで2016、OSは2019です', { sql: 2016, windows: 2019 }],
    ['SQL on the TMS box is 2014 SP2, TMS 15.6, CE 9.15', { sql: 2014, windows: undefined }],
    ['OS on the TMS server is 2012 R2, TMS 15.6', { sql: undefined, windows: 2012 }],
  ])('%j: SQL and Windows read where TMS is only the place', (msg, want) => {
    const f = talk(msg)[0].state.facts;
    expect(f.sql?.year).toBe(want.sql);
    expect(f.windows?.year).toBe(want.windows);
    expect(f.tms).toBeDefined();
  });

  it('"TMS was 14.5 and went to 15.1" is TMS 15.1', () => {
    expect(talk('TMS was 14.5 and went to 15.1 last year, codecs CE 9.2')[0].state.facts.tms?.semver).toBe('15.1.0');
  });
});

describe('a field said to be unknown inside a message is skipped with its assumption', () => {
  it('"Codecs: unknown" goes on with the endpoint assumption, not the same question', () => {
    const [r] = talk('TMS 15.2.1. Codecs: unknown, probably CE. SQL 2016.');
    expect(r.state.pending).not.toBe('need-endpoint-version');
    expect(findings(r)).toContain('assume-endpoint-refuses-tls10');
  });
  it('「SQL のバージョンは不明です」 goes on with the SQL check first', () => {
    const [r] = talk('TMS 15.2.1、CE 9.15、SQL のバージョンは不明です');
    expect(r.state.pending).toBe('need-windows-version');
    expect(findings(r)).toContain('check-sql-build-first');
  });
  it('a version given later replaces the assumption', () => {
    const rs = talk('TMS 15.2.1. Codecs: unknown. SQL 2016.', 'found it, they are on TC 7.3.5');
    expect(last(rs).replies[0].diagnosis?.affected).toBe('no');
  });
});

describe('"still failing" after an answer narrows it down instead of "I could not find a version"', () => {
  const full = 'TMS 15.6, RoomOS 11, SQL 2016, Windows 2019';
  it.each([['still failing though, thanks'], ["didn't help"], ['no change, same error'], ['まだ直りません'], ['効果がありませんでした']])('%j', (msg) => {
    const [first, r] = talk(full, msg);
    const out = rendered(r);
    expect(out).not.toMatch(/could not find|読み取れません/);
    expect(out).toMatch(/0x0301/);
    expect(out).toMatch(/Medium-High/);
    expect(out).toMatch(/36871/);
    expect(r.state.facts).toEqual(first.state.facts);
  });

  it('"still failing at Medium-High" is a fact, not the intent', () => {
    const [, r] = talk(full, 'still failing at medium-high');
    expect(r.state.facts.level).toBe('medium-high');
    expect(findings(r)).toContain('already-medium-high');
  });

  it('before an answer, it asks what is still needed', () => {
    const [, r] = talk('TMS 15.2.1', "didn't help");
    expect(r.state.pending).toBe('need-endpoint-version');
    expect(rendered(r)).not.toMatch(/could not find/);
  });
});

describe('corrections in one breath', () => {
  it('"sorry that was the OS, SQL is 2016": the last answer moves to Windows and SQL 2016 is read too', () => {
    const rs = talk('TMS 15.2.1, CE 9.15', '2012', 'sorry that was the OS, SQL is 2016');
    const f = last(rs).state.facts;
    expect(f.windows?.year).toBe(2012);
    expect(f.sql?.year).toBe(2016);
    expect(rendered(last(rs))).toMatch(/"2012" is the Windows Server version/);
  });

  it('「OSは2008R2…いや2012R2でした」 and "2008 R2... no wait, 2012 R2" correct after an ellipsis', () => {
    expect(talk('TMS 15.2.1、CE 9.15、SQL 2016', 'OSは2008R2…いや2012R2でした')[1].state.facts.windows).toMatchObject({ year: 2012, r2: true });
    expect(talk('TMS 15.2.1, CE 9.15, SQL 2016', 'Windows 2008 R2... no wait, 2012 R2')[1].state.facts.windows).toMatchObject({ year: 2012, r2: true });
  });
});

describe('a service pack alone refines the SQL version', () => {
  it.each([
    [['TMS 15.2.1、CE 9.15', 'SQLは2012です。あ、SP1でした'], 1],
    [['TMS 15.2.1, CE 9.15, SQL 2012, oh, SP4'], 4],
    [['TMS 15.2.1, CE 9.15, SQL 2012', 'sorry, SP1'], 1],
    [['TMS 15.2.1、CE 9.15、SQL 2012', 'あ、SP4 でした'], 4],
  ])('%j → SP%d', (msgs, sp) => {
    const r = last(talk(...msgs));
    expect(r.state.facts.sql).toMatchObject({ year: 2012, sp });
    expect(rendered(r)).not.toMatch(/could not find|読み取れません/);
    // SP1 needs a service-pack upgrade; SP4 has TLS 1.2 support
    expect(findings(r).includes('caveat-sql2012-kb3052404')).toBe(sp === 1);
  });

  it('an update in Japanese uses the full-width colon', () => {
    expect(rendered(last(talk('TMS 15.2.1、CE 9.15、SQL 2012', 'あ、SP4 でした')))).toContain('更新：SQL Server 2012 → SQL Server 2012 SP4');
  });
});

describe('two versions offered as alternatives are not a value', () => {
  it.each([
    ['not sure if TMS is 14 or 15, codecs on CE 9.15', 'tms', 'need-tms-version'],
    ['TMS は 14 か 15 のどちらかです。CE 9.15', 'tms', 'need-tms-version'],
    ['TMS 15.2.1, CE 9.15, SQL 2012 or 2014', 'sql', 'need-sql-version'],
  ] as const)('%j asks instead of choosing', (msg, field, asks) => {
    const [r] = talk(msg);
    expect(r.state.facts[field]).toBeUndefined();
    expect(r.state.pending).toBe(asks);
    expect(findings(r)).not.toContain('tms-pre15-upgrade-or-downgrade');
  });

  it('alternatives that answer the same ("TMS 15.1/15.2") keep the first', () => {
    expect(talk('TMS 15.1/15.2, CE 9.15')[0].state.facts.tms?.semver).toBe('15.1.0');
  });
});

describe('a level only TMS 15 has, with a TMS before 15', () => {
  it.each([
    ['Communication Security is Medium-High but TMS is 14.6, CE 9.15', /has no such setting/],
    ['通信セキュリティは Medium-High ですが、TMS は 14.6、CE 9.15 です', /この設定がありません/],
  ])('%j says one of the two is not right', (msg, note) => {
    const [r] = talk(msg);
    expect(findings(r)).toContain('tms-pre15-upgrade-or-downgrade');
    expect(rendered(r)).toMatch(note);
  });
  it('no such note at Medium or with the level unknown', () => {
    expect(rendered(talk('TMS 14.6, CE 9.15, level Medium')[0])).not.toMatch(/has no such setting/);
    expect(rendered(talk('TMS 14.6, CE 9.15')[0])).not.toMatch(/has no such setting/);
  });
});

describe('a follow-up question about another version ("and for our RoomOS 11 boards?")', () => {
  it.each([
    ['and for our RoomOS 11 boards?', /RoomOS 11\.x/],
    ['what about TC 7.3.3?', /still accepts TLS 1\.0/],
    ['TC 7.3.3 の端末では？', /TLS 1\.0 を受け付けます/],
    ['and RoomOS?', /You asked about RoomOS: /],
    ['would RoomOS be affected?', /You asked about RoomOS: /],
    ['RoomOS の端末は？', /RoomOS の場合についてのご質問/],
  ])('%j answers that case and keeps CE 9.15', (q, answer) => {
    const [, r] = talk('TMS 15.2.1, CE 9.15, SQL 2016', q);
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
    expect(rendered(r)).toMatch(answer);
    expect(rendered(r)).not.toMatch(/Updated:|更新：/);
  });
  it('a statement that ends in a question mark still states ("we upgraded to CE 9.15 and now No HTTPS response?")', () => {
    const [r] = talk('TMS 15.2.1, we upgraded to CE 9.15 and now No HTTPS response?');
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
  });

  const all = 'TMS 15.2.1, CE 9.15, SQL 2012, Windows 2012 R2';
  it.each([
    ['and the SQL is 2014 SP2?', 'sql', 'SQL Server 2014 SP2', /SQL Server 2012 → SQL Server 2014 SP2/],
    ['also the OS is actually 2019?', 'windows', 'Windows Server 2019', /Windows Server 2012 R2 → Windows Server 2019/],
    ['for the record Windows is 2016?', 'windows', 'Windows Server 2016', /Windows Server 2012 R2 → Windows Server 2016/],
    ['and the codecs are CE 9.8?', 'endpoint', 'CE 9.8', /CE 9\.15 → CE 9\.8/],
    ['あと SQL は 2014 SP2 で Windows は？', 'sql', 'SQL Server 2014 SP2', /SQL Server 2012 → SQL Server 2014 SP2/],
  ] as const)('%j links a topic to its value: a statement with a rising tone, stored', (msg, field, shown, update) => {
    const [, r] = talk(all, msg);
    expect(formatField(field, r.state.facts)).toBe(shown);
    expect(rendered(r)).toMatch(update);
    expect(rendered(r)).not.toMatch(/You asked about|についてのご質問/);
  });
  it.each([
    ['and for our RoomOS 11 boards?', 'endpoint', /You asked about RoomOS 11/],
    ['and SQL 2014 SP2?', 'sql', /You asked about SQL Server 2014 SP2/],
    ['and is SQL 2014 SP2 ok?', 'sql', /You asked about SQL Server 2014 SP2/],
    ['and for SQL 2014 SP2?', 'sql', /You asked about SQL Server 2014 SP2/],
    ['それと SQL 2014 SP2 は？', 'sql', /SQL Server 2014 SP2 の場合についてのご質問/],
    ['OS が 2016 でも？', 'windows', /Windows Server 2016 の場合についてのご質問/],
    ['and if the SQL is 2014?', 'sql', /You asked about SQL Server 2014/],
    ['and when the OS is 2019?', 'windows', /You asked about Windows Server 2019/],
    ['and assuming SQL is 2014 SP2?', 'sql', /You asked about SQL Server 2014 SP2/],
    ['for example if TMS is 14.6?', 'tms', /You asked about TMS 14\.6/],
    ['それと SQL が 2014 だったら？', 'sql', /SQL Server 2014 の場合についてのご質問/],
  ] as const)('%j names a value without linking it, or under a condition: a question about that case, the own value stays', (msg, field, answer) => {
    const [first, r] = talk(all, msg);
    expect(r.state.facts[field]).toEqual(first.state.facts[field]);
    expect(rendered(r)).toMatch(answer);
  });
});

describe('endpoint versions offered as alternatives are not a mixed fleet', () => {
  it.each([
    ['the codecs are on TC 7.3.3 or CE 9.15, not sure which. TMS 15.2.1, SQL 2016', /TC 7\.3\.3 still accepts TLS 1\.0.*CE 9\.15 refuses TLS 1\.0/s],
    ['TMS 15.2.1, SQL 2016, codecs either TC 7.3.3 or maybe CE 9.15', /Which one do the endpoints run\?/],
    ['TMS 15.2.1, SQL 2016, codecs on CE 9.15 or 8.0', /CE 8\.0 still accepts TLS 1\.0.*CE 9\.15 refuses/s],
    ['TMS 15.2.1、SQL 2016。エンドポイントは TC 7.3.3 か CE 9.15 のどちらかです', /TC 7\.3\.3 はまだ TLS 1\.0 を受け付ける.*CE 9\.15 は TLS 1\.0 を拒否する/s],
    ['TMS 15.2.1、SQL 2016、端末は TC 7.3.3 なのか CE 9.15 なのか分かりません', /どちらで動いていますか/],
  ])('%j asks which one, saying what each would mean, and gives no verdict', (msg, said) => {
    const [r] = talk(msg);
    expect(r.state.facts.endpoint).toBeUndefined();
    expect(r.state.pending).toBe('need-endpoint-version');
    expect(findings(r)).toEqual([]);
    expect(rendered(r)).toMatch(said);
    expect(rendered(r)).not.toMatch(/several versions|複数のバージョン/);
    expect(r.state.facts.tms?.semver).toBe('15.2.1');
  });

  it('the answer to the question then decides', () => {
    const [, r] = talk('the codecs are on TC 7.3.3 or CE 9.15, not sure which. TMS 15.2.1, SQL 2016', 'CE 9.15');
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
    expect(findings(r)).toContain('endpoint-no-tls10');
  });

  it('a mixed fleet said with "or" is still a mixed fleet', () => {
    const [r] = talk('TMS 15.2.1, SQL 2016, some codecs on TC 7.3.3 or CE 9.15 depending on the room');
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
    expect(rendered(r)).toMatch(/several versions/);
  });

  it('alternatives that answer the same (both refuse TLS 1.0) keep the first', () => {
    const [r] = talk('TMS 15.2.1, SQL 2016, codecs TC 7.3.6 or CE 9.15, not sure');
    expect(r.state.facts.endpoint).toMatchObject({ family: 'TC', semver: '7.3.6' });
    expect(findings(r)).toContain('endpoint-no-tls10');
  });

  it('doubt about an endpoint version given before drops it and asks', () => {
    const [first, r] = talk('TMS 15.2.1, CE 9.15, SQL 2016', 'hmm, the codecs may be TC 7.3.3 or CE 9.15 actually');
    expect(first.state.facts.endpoint?.semver).toBe('9.15.0');
    expect(r.state.facts.endpoint).toBeUndefined();
    expect(r.state.pending).toBe('need-endpoint-version');
  });
});

describe('alternatives given as a bare answer are no answer', () => {
  it.each([
    ['CE 9.15', '14 or 15', 'need-tms-version', 'tms', /TMS 15 and later can be fixed in place/],
    ['CE 9.15', 'TMS は 14 か 15', 'need-tms-version', 'tms', /TMS 15 以降はそのまま修正できます/],
    ['TMS 15.2.1', 'TC 7.3.3 or CE 9.15', 'need-endpoint-version', 'endpoint', /TC 7\.3\.3 still accepts TLS 1\.0/],
    ['TMS 15.2.1', '7.3.3 か 9.15', 'need-endpoint-version', 'endpoint', /TC 7\.3\.3 はまだ TLS 1\.0 を受け付ける/],
  ] as const)('%j then %j asks again', (opening, answer, asks, field, said) => {
    const [first, r] = talk(opening, answer);
    expect(first.state.pending).toBe(asks);
    expect(r.state.facts[field]).toBeUndefined();
    expect(r.state.pending).toBe(asks);
    expect(findings(r)).toEqual([]);
    expect(rendered(r)).toMatch(said);
  });

  it('alternatives with the same answer ("15.1 or 15.2") answer the question', () => {
    expect(talk('CE 9.15', '15.1 or 15.2')[1].state.facts.tms?.semver).toBe('15.1.0');
  });
});

describe('a bare number after the name of another field is that field\'s, not the open question\'s', () => {
  it.each([
    ['TMS 15.2.1, CE 9.15', 'need-sql-version', 'OS: hmm, 2019 probably', 'windows', 'Windows Server 2019', 'sql'],
    ['TMS 15.2.1, CE 9.15, SQL 2016', 'need-windows-version', 'actually not sure about the SQL, could be 2012', 'sql', 'SQL Server 2012', 'windows'],
    ['TMS 15.2.1, CE 9.15, SQL 2016', 'need-windows-version', 'the database, 2014 SP2', 'sql', 'SQL Server 2014 SP2', 'windows'],
    ['TMS 15.2.1、CE 9.15', 'need-sql-version', 'OS は…たぶん 2019', 'windows', 'Windows Server 2019', 'sql'],
    ['TMS 15.2.1、CE 9.15', 'need-sql-version', '2012 R2 です（OS）', 'windows', 'Windows Server 2012 R2', 'sql'],
    ['TMS 15.2.1, CE 9.15', 'need-sql-version', '2019 (the OS)', 'windows', 'Windows Server 2019', 'sql'],
  ] as const)('%j, asked %s, then %j', (opening, asks, answer, field, shown, untouched) => {
    const [first, r] = talk(opening, answer);
    expect(first.state.pending).toBe(asks);
    expect(formatField(field, r.state.facts)).toBe(shown);
    expect(r.state.facts[untouched]).toEqual(first.state.facts[untouched]);
  });

  it('a field named only as a place, or a number after the field named, still answers the open question', () => {
    expect(talk('TMS 15.2.1, CE 9.15', 'the one bundled with TMS, I think 2012')[1].state.facts.sql?.year).toBe(2012);
    expect(talk('TMS 15.2.1, CE 9.15, SQL 2016', '2012 R2, same box as the SQL')[1].state.facts.windows).toMatchObject({ year: 2012, r2: true });
  });
});

describe('a value offered as a hedged alternative in the next clause is not asserted', () => {
  it.each([
    ['TMS 15.2.1, CE 9.15, SQL is 2012, or maybe 2014', 'need-sql-version', /SQL Server 2012 or SQL Server 2014/],
    ['TMS 15.2.1, codecs CE 9.15, SQL 2012 (could also be 2014, need to check)', 'need-sql-version', /SQL Server 2012 or SQL Server 2014/],
    ['TMS 15.2.1、CE 9.15、SQL は 2012 だったかな、2014 だったかも', 'need-sql-version', /SQL Server 2012 と SQL Server 2014 の 2 つ/],
  ])('%j asks', (msg, asks, said) => {
    const [r] = talk(msg);
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.pending).toBe(asks);
    expect(findings(r)).toEqual([]);
    expect(rendered(r)).toMatch(said);
  });

  it('an optional field (Windows) gets a note, the answer goes on without it', () => {
    const [r] = talk('TMS 15.2.1 / CE 9.15 / SQL 2016. Windows: either 2012 R2 or 2016');
    expect(r.state.facts.windows).toBeUndefined();
    expect(findings(r)).toContain('endpoint-no-tls10');
    expect(rendered(r)).toMatch(/Windows Server 2012 R2 or Windows Server 2016/);
  });

  it.each([
    ['TMS 15.2.1, CE 9.15, SQL 2016', 'Windows 2012 R2? or was it 2016... let me check', 'windows', /Windows Server 2012 R2 or Windows Server 2016/],
    ['TMS 15.2.1, CE 9.15', 'SQL 2012? or is it 2014', 'sql', /SQL Server 2012 or SQL Server 2014/],
    ['TMS 15.2.1、CE 9.15', 'SQL は 2012？ 2014 だったかも', 'sql', /SQL Server 2012 と SQL Server 2014 の 2 つ/],
  ] as const)('%j, then %j: the open question is not answered by the first', (opening, answer, field, said) => {
    const [first, r] = talk(opening, answer);
    expect(r.state.facts[field]).toBeUndefined();
    expect(r.state.pending).toBe(first.state.pending);
    expect(rendered(r)).toMatch(said);
  });

  it('alternatives with the same answer keep the first ("TMS 15.2.1, or maybe 15.3")', () => {
    expect(talk('TMS 15.2.1, or maybe 15.3, CE 9.15')[0].state.facts.tms?.semver).toBe('15.2.1');
  });
});

describe('an open range of endpoint releases that spans both sides of the line is not a value', () => {
  it.each([
    ['TMS 15.2.1, SQL 2016, endpoints are on TC 7.3.3 or later', /TC 7\.3\.3 or later covers releases on both sides/],
    ['TMS 15.2.1, SQL 2016, codecs CE 9.15 or earlier', /CE 9\.15 or earlier covers releases on both sides/],
    ['TMS 15.2.1、SQL 2016、エンドポイントは CE 8.0 以降です', /CE 8\.0 以降には、TLS 1\.0 を受け付けるリリースと拒否するリリースの両方/],
  ])('%j asks which release', (msg, said) => {
    const [r] = talk(msg);
    expect(r.state.facts.endpoint).toBeUndefined();
    expect(r.state.pending).toBe('need-endpoint-version');
    expect(findings(r)).toEqual([]);
    expect(rendered(r)).toMatch(said);
  });

  it.each([
    ['TMS 15.2.1, SQL 2016, codecs CE 9.15 or later', 'endpoint-no-tls10'],
    ['TMS 15.2.1, SQL 2016, codecs TC 7.3.5 or earlier', 'endpoint-accepts-tls10'],
    ['TMS 15.2.1、SQL 2016、TC 7.3.6 以降', 'endpoint-no-tls10'],
  ])('%j stays on one side and is answered', (msg, code) => {
    expect(findings(talk(msg)[0])).toContain(code);
  });
});

describe('a question that opens with a question word is not a bare answer', () => {
  it('"what\'s the difference between 2012 and 2012 R2 for this?" does not answer the Windows question', () => {
    const [first, r] = talk('TMS 15.2.1, CE 9.15, SQL 2016', "what's the difference between 2012 and 2012 R2 for this?");
    expect(first.state.pending).toBe('need-windows-version');
    expect(r.state.facts.windows).toBeUndefined();
    expect(r.state.pending).toBe('need-windows-version');
    // an unsure answer still answers
    expect(talk('TMS 15.2.1, CE 9.15, SQL 2016', '2012 R2?')[1].state.facts.windows).toMatchObject({ year: 2012, r2: true });
  });
});

describe('"both" after two endpoint releases offered as alternatives is a mixed fleet', () => {
  it.each([
    ['the codecs are on TC 7.3.3 or CE 9.15, not sure which. TMS 15.2.1, SQL 2016', 'both', /several versions\. Those on TC 7\.3\.3 still accept TLS 1\.0/],
    ['TMS 15.2.1、SQL 2016。エンドポイントは TC 7.3.3 か CE 9.15 のどちらかです', '両方あります', /複数のバージョンのエンドポイントが挙がっています。TC 7\.3\.3 はまだ TLS 1\.0 を受け付ける/],
  ])('%j, then %j', (msg, both, said) => {
    const [first, r] = talk(msg, both);
    expect(first.state.offered).toEqual(['TC 7.3.3', 'CE 9.15']);
    expect(r.state.facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.0' });
    expect(findings(r)).toContain('endpoint-no-tls10');
    expect(rendered(r)).toMatch(said);
    expect(r.state.offered).toBeUndefined();
  });

  it('"both" with nothing offered is not understood as versions, and a stored state with a malformed offer is cleaned', () => {
    const [, r] = talk('TMS 15.2.1, CE 9.15, SQL 2016', 'both');
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
    expect(rendered(r)).toMatch(/could not find a version/);
    const bad = { ...talk('TMS 15.2.1')[0].state, offered: ['x'.repeat(500), 3] } as never;
    expect(step(bad, { kind: 'text', text: 'both' }).state.offered).toBeUndefined();
  });
});

describe('alternatives named inside a question doubt nothing', () => {
  it('"TC 7.3.3 or CE 9.15 — which one matters?" keeps the stated CE 9.15', () => {
    const [, r] = talk('TMS 15.2.1, CE 9.15, SQL 2016', 'TC 7.3.3 or CE 9.15 — which one matters?');
    expect(r.state.facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.0' });
  });
  it('「TC 7.3.3 か CE 9.15 か、どちらが関係ありますか？」 keeps it too', () => {
    const [, r] = talk('TMS 15.2.1、CE 9.15、SQL 2016', 'TC 7.3.3 か CE 9.15 か、どちらが関係ありますか？');
    expect(r.state.facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.0' });
  });
});

describe('"why?" when the failing system is another product TMS manages', () => {
  it('names the product and its TLS minimum as the sources give it, not "your versions will confirm it" (EN/JA)', () => {
    const en = rendered(last(talk('Our Expressway shows No HTTPS response in TMS 15.13, SQL 2016, Windows 2019, Medium', 'why?')));
    expect(en).toContain('Expressway / VCS');
    expect(en).toMatch(/release notes/);
    expect(en).not.toMatch(/your versions will confirm it/);
    expect(en).not.toMatch(/The endpoint resets/);
    const ja = rendered(last(talk('Expressway も No HTTPS response です。TMS は 15.13、SQL 2016、Windows 2019、Medium', 'なぜですか？')));
    expect(ja).toContain('Expressway / VCS');
    expect(ja).toContain('リリースノート');
  });
});

describe('"are you sure?" when the failing system is another product TMS manages', () => {
  it('says what the answer rests on for that product, not that the endpoint version is still needed (EN/JA)', () => {
    const en = rendered(last(talk('Our Expressway shows No HTTPS response in TMS 15.13, SQL 2016, Windows 2019, Medium', 'are you sure?')));
    expect(en).not.toMatch(/depends on the endpoints' version/);
    expect(en).toContain('Expressway / VCS');
    expect(en).toMatch(/211279/);
    const ja = rendered(last(talk('Expressway も No HTTPS response です。TMS は 15.13、SQL 2016、Windows 2019、Medium', '根拠は？')));
    expect(ja).not.toContain('エンドポイントのバージョンが必要');
    expect(ja).toContain('Expressway / VCS');
  });
});

describe('a short English correction with a bare SQL release and service pack ("no, 2012 SP1")', () => {
  it.each([
    // the level question is open: "2012" alone would fit Windows too, the SP makes it SQL's
    [['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote', 'no, 2012 SP1'], 'Updated: SQL Server 2016 → SQL Server 2012 SP1'],
    [['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2008 R2 SP2 local', 'sorry, SQL is 2016, not 2008 R2', 'no wait, it is 2012 SP1 actually'], 'Updated: SQL Server 2016 → SQL Server 2012 SP1'],
    // no question open
    [['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2008 R2 SP2 local, Medium', 'no, 2014 SP1'], 'Updated: SQL Server 2008 R2 SP2 → SQL Server 2014 SP1'],
  ] as const)('%j', (messages, updated) => {
    const turns = talk(...messages);
    const first = turns[0];
    const r = turns[turns.length - 1];
    expect(rendered(r)).toContain(updated);
    expect(r.state.facts.windows).toEqual(first.state.facts.windows);
    expect(r.state.facts.sqlLocation).toBe(first.state.facts.sqlLocation);
  });

  it('"no, 2012" alone (SQL or Windows?) changes neither', () => {
    const [first, r] = talk('TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote, Medium', 'no, 2012');
    expect(r.state.facts.sql).toEqual(first.state.facts.sql);
    expect(r.state.facts.windows).toEqual(first.state.facts.windows);
  });
});
