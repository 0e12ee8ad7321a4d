/**
 * FIX61B: endpoint / plan / wording reader leftovers (REV37 #8–#11, note-42 "Left").
 * 1. A check under way (「…も失敗しているか確認しています」, "we're checking whether the MX300 fails too") records no failing release.
 * 2. A day to come (「明日 SX80 を CE9.15 に上げて、明後日 TMS を…」, "Tomorrow the SX80s go to CE 9.15, …") records no release.
 * 3. REV37 #9: "we also have a Polycom", then a bare "7.3.6" answering the endpoint question: TC 7.3.6, said so.
 * 4. REV37 #10: "so this is not a TLS issue?" leads with whether the facts held fit, then what would show otherwise.
 * 5. REV37 #11: "I think prod is 14.6" is read as 「本番は14.6だと思います」 is; a belief given up (「…だと思っていましたが」) is not.
 * 6. A label line in the middle of a paste ("-- this part is from the lab --"): the lines after it do not overwrite the case.
 */
import { extractFacts } from '../../src/domain/extract';
import { prodTmsAlone } from '../../src/domain/understand/prod-tms';
import { otherSystemFromLine } from '../../src/domain/understand/paste-label';
import { rendered, runIn } from './helpers';

const B = 'TMS 15.9 at Medium, SX80 on CE 9.15, SQL 2016 local, Windows 2019, No HTTPS response';
const BJ = 'TMS 15.9 を Medium で使っています。SX80 は CE 9.15、SQL 2016 はローカル、Windows 2019、No HTTPS response が出ます';
const P = 'TMS 15.2.1 at Medium, SX80 on TC 7.3.6, SQL 2016 local, Windows 2019';

describe('FIX61B #1: a check under way records no failing release', () => {
  it.each([
    'CE9.15.3 の MX300 も失敗しているか確認しています',
    'CE9.15.3 の MX300 も失敗しているか確認中です',
    'CE9.15.3 の MX300 も失敗しているかどうか確認しています',
    'CE9.15.3 の MX300 も失敗しているかを調べているところです',
    "we're checking whether the MX300 on CE 9.15.3 fails too",
    'we are checking if the CE 9.15.3 MX300 also fails',
    'still checking whether the MX300 on CE 9.15.3 fails too',
    "I'm checking to see if the MX300 (CE 9.15.3) is failing too",
  ])('nothing recorded: %s', (m) => {
    const f = extractFacts(m).facts;
    expect(f.endpoint).toBeUndefined();
    expect(f.endpointGroups).toBeUndefined();
  });
  it.each([
    ['ja', BJ, 'CE9.15.3 の MX300 も失敗しているか確認しています'],
    ['en', B, "we're checking whether the MX300 on CE 9.15.3 fails too"],
  ] as const)('%s: the case keeps one failing release, no "fails too" note', (lang, base, m) => {
    const r = runIn(lang, [base, m]);
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
    expect(r.state.facts.endpointGroups ?? []).toHaveLength(0);
    expect(rendered(r)).not.toMatch(/9\.15\.3/);
  });
  it.each([
    'CE9.15.3 の MX300 も失敗しています',
    'CE9.15.3 の MX300 も失敗することを確認しています',
    'CE9.15.3 の MX300 も失敗しているか確認しましたが、失敗していました',
    'SX80 を CE9.15.3 に上げたら No HTTPS response になったので MX300 も失敗しているか確認しています',
    'the MX300 on CE 9.15.3 fails too',
    'we checked whether the MX300 on CE 9.15.3 fails too: it does',
  ])('a report still records it: %s', (m) => {
    expect(extractFacts(m).facts.endpoint?.semver).toBe('9.15.3');
  });
});

describe('FIX61B #2: a day to come records no release', () => {
  it.each([
    ['ja', '明日 SX80 を CE9.15 に上げて、明後日 TMS を 15.9 に上げます'],
    ['ja', '明日 SX80 を CE9.15 に上げて明後日 TMS を 15.9 に上げる予定です'],
    ['ja', '明日 SX80 を CE9.15 に上げて、明後日 TMS を Medium-High にします'],
    ['ja', '明日 TMS を 15.9 に上げます'],
    ['ja', '明後日 TMS を 15.9 に上げます'],
    ['ja', '明日から SX80 は CE9.15 です'],
    ['en', 'Tomorrow the SX80s go to CE 9.15, the day after TMS goes to 15.9'],
    ['en', "tomorrow we'll move the SX80s to CE 9.15 and the day after TMS goes to 15.9"],
    ['en', 'tomorrow TMS goes to 15.9'],
    ['en', 'SX80s go to CE 9.15 tonight'],
  ] as const)('%s: the case keeps TMS 15.2.1, TC 7.3.6, Medium: %s', (lang, m) => {
    const r = runIn(lang, [P, m]);
    expect(r.state.facts.tms?.raw).toBe('15.2.1');
    expect(r.state.facts.endpoint?.raw).toBe('TC 7.3.6');
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).not.toMatch(/Updated:|更新：/);
  });
  it.each([
    ['ja', '明日 SX80 を CE9.15 に上げて、明後日 TMS を 15.9 に上げます', /現在の TC 7\.3\.6 のまま/],
    ['ja', '明後日 TMS を 15.9 に上げます', /現在の TMS 15\.2\.1 のまま/],
  ] as const)('%s: answered as a plan: %s', (lang, m, kept) => {
    const r = runIn(lang, [P, m]);
    expect(r.route).toMatch(/plan/);
    expect(rendered(r)).toMatch(kept);
  });
  it.each([
    ['ja', '昨日 SX80 を CE9.15 に上げて、明日 TMS を 15.9 に上げます', '15.2.1', 'CE 9.15'],
    ['ja', 'SX80 は CE9.15 です。明日 TMS を 15.9 に上げます', '15.2.1', 'CE 9.15'],
    ['ja', 'SX80 を CE9.15 に上げて明日で1週間です', '15.2.1', 'CE 9.15'],
    ['ja', '明日の予定でしたが、昨日 SX80 を CE9.15 に上げました', '15.2.1', 'CE 9.15'],
    ['ja', '昨日 SX80 を CE9.15 に上げて、No HTTPS response になりました', '15.2.1', 'CE 9.15'],
    ['en', 'the SX80s are on CE 9.15 now, TMS goes to 15.9 tomorrow', '15.2.1', 'CE 9.15'],
    ['en', 'the day after we moved the SX80s to CE 9.15 they started failing', '15.2.1', 'CE 9.15'],
    ['en', 'tonight the SX80 fails with CE 9.15', '15.2.1', 'CE 9.15'],
  ] as const)('%s: a report beside it is still read: %s', (lang, m, tms, ep) => {
    const r = runIn(lang, [P, m]);
    expect(r.state.facts.tms?.raw).toBe(tms);
    expect(r.state.facts.endpoint?.raw).toBe(ep);
  });
  // REV38 #1: a day to come without a change of release in its clause (a deadline, a meeting, work on the server) is no plan:
  // the releases in it are the ones now, as on main.
  it.each([
    ['明日までに TMS 15.9 の問題を直したい。SX80 は CE 9.15', '15.9', 'CE 9.15'],
    ['TMS 15.9 を明日までに直したいです。CE 9.15 の SX80 が失敗しています', '15.9', 'CE 9.15'],
    ['明日の会議で TMS 15.9 と CE 9.15 の SX80 を使います', '15.9', 'CE 9.15'],
    ['明日までに直す必要があります: TMS 15.9, SX80 CE 9.15', '15.9', 'CE 9.15'],
    ['今夜のメンテで TMS 15.9 の設定を変えたい。SX80 は CE 9.15', '15.9', 'CE 9.15'],
  ])('ja: a deadline or a meeting tomorrow keeps the releases: %s', (m, tms, ep) => {
    const f = extractFacts(m).facts;
    expect(f.tms?.raw).toBe(tms);
    expect(f.endpoint?.raw).toBe(ep);
  });
  it.each(['明日までに TMS を 15.9 に上げます', '今夜 SX80 を CE 9.15 にアップグレードします', '明日 TMS 15.9 を入れます', '明日 SX80 は CE9.15 になります'])(
    'ja: a change on a day to come is still a plan: %s',
    (m) => {
      const f = extractFacts(m).facts;
      expect(f.tms).toBeUndefined();
      expect(f.endpoint).toBeUndefined();
    },
  );
  it("\"we can't reboot tonight\" (no release in it) still records the restart not done", () => {
    expect(runIn('en', [P, "we can't reboot tonight"]).state.facts.tlsClaims?.restarted).toBe(false);
  });
});

describe('FIX61B #3 (REV37 #9): a bare TC 7 release after "we also have a Polycom"', () => {
  const EP = 'TMS 15.9 at Medium, SQL 2016 local, Windows 2019, No HTTPS response after the endpoint upgrade';
  const EPJ = 'TMS 15.9 を Medium で使っています。SQL 2016 はローカル、Windows 2019。エンドポイントをアップグレードしたら No HTTPS response になりました';
  const POLY = 'TMS 15.13 at Medium, Windows 2016, SQL 2016 remote. No HTTPS response for our Polycom Group 500 after a firmware upgrade';
  it.each([
    ['en', EP, 'we also have a Polycom', '7.3.6', '7.3.6', /I read that as TC 7\.3\.6, the release of the Cisco endpoints.*Polycom's own software/],
    ['en', EP, 'we also have a Polycom', "it's 7.3.6", '7.3.6', /I read that as TC 7\.3\.6/],
    ['en', EP, 'we also have a Polycom', '7.3.5', '7.3.5', /I read that as TC 7\.3\.5/],
    ['ja', EPJ, 'Polycom もあります', '7.3.6', '7.3.6', /Cisco エンドポイントのリリースとして、TC 7\.3\.6 と読みました.*Polycom 自身のソフトウェア/],
  ] as const)('%s case %#: a Polycom aside, then the bare answer is TC, with a note', (lang, base, aside, answer, semver, note) => {
    const r = runIn(lang, [base, aside, answer]);
    expect(r.state.facts.endpoint?.family).toBe('TC');
    expect(r.state.facts.endpoint?.semver).toBe(semver);
    expect(rendered(r)).toMatch(note);
    expect(rendered(r)).not.toMatch(/reads as the Polycom|Polycom 自身のソフトウェアのバージョンと思われ/);
  });
  it.each([
    [EP, 'we also have a Polycom', 'firmware 7.3.6'],
    [EP, 'we also have a Polycom', '6.2.2'],
    [POLY, null, '7.3.6'],
    [POLY, null, '6.2.2'],
  ])('case %#: the answer stays the Polycom\'s (nothing recorded)', (base, aside, answer) => {
    const r = runIn('en', aside ? [base, aside, answer] : [base, answer]);
    expect(r.state.facts.endpoint).toBeUndefined();
    expect(rendered(r)).toMatch(/reads as the Polycom's own software/);
  });
  it('TC 7.3.6 written out gets no note; nor a bare 7.3.6 with no Polycom named', () => {
    expect(rendered(runIn('en', [EP, 'we also have a Polycom', 'TC 7.3.6']))).not.toMatch(/I read that as/);
    const r = runIn('en', [EP, '7.3.6']);
    expect(r.state.facts.endpoint?.semver).toBe('7.3.6');
    expect(rendered(r)).not.toMatch(/I read that as|reads as the Polycom/);
  });
});

describe('FIX61B #4 (REV37 #10): tls-doubt leads with whether the facts fit', () => {
  const lead = (r: ReturnType<typeof runIn>) => JSON.stringify(r.replies[0]!.blocks[0]);
  it.each([
    ['en', B, 'so this is not a TLS issue?', /^(?!.*It can be).*What you told me fits this problem: CE 9\.15 refuses TLS 1\.0, and TMS at Medium offers no TLS 1\.2/],
    ['en', B, 'is it possible this is not the TLS problem?', /What you told me fits this problem/],
    ['ja', BJ, 'TLS の問題ではない可能性はありますか？', /^(?!.*その可能性はあります).*お聞きした内容はこの問題に当てはまります。CE 9\.15 は TLS 1\.0 を拒否し/],
  ] as const)('%s case %#: the fit first, then what would show otherwise', (lang, base, msg, re) => {
    const r = runIn(lang, [base, msg]);
    expect(r.route).toBe('tls-doubt');
    expect(lead(r)).toMatch(re);
    const out = rendered(r);
    const [not, is] = lang === 'en' ? ['What shows it is not', 'What shows it is this problem'] : ['この問題ではない（またはそれだけではない）と分かる材料', 'この問題だと分かる材料'];
    expect(out.indexOf(not)).toBeGreaterThan(-1);
    expect(out.indexOf(not)).toBeLessThan(out.indexOf(is));
  });
  it('an endpoint that accepts TLS 1.0 leads with "not this problem"', () => {
    const r = runIn('en', ['TMS 15.9 at Medium, SX80 on TC 7.3.5, SQL 2016 local, Windows 2019, No HTTPS response', 'so this is not a TLS issue?']);
    expect(r.route).toBe('tls-doubt');
    expect(lead(r)).toMatch(/With TC 7\.3\.5, which still accepts TLS 1\.0, it is not this problem/);
  });
  it.each([
    ['nothing held', ['so this is not a TLS issue?']],
    ['no endpoint', ['TMS 15.9 at Medium, SQL 2016 local, Windows 2019, No HTTPS response', 'so this is not a TLS issue?']],
    ['TMS at Medium-High', ['TMS 15.9 at Medium-High, SX80 on CE 9.15, SQL 2016 local, Windows 2019, No HTTPS response', 'so this is not a TLS issue?']],
  ] as const)('%s: the neutral lead, no "fits"', (_name, msgs) => {
    const r = runIn('en', msgs);
    expect(r.route).toBe('tls-doubt');
    expect(lead(r)).toMatch(/It can be/);
    expect(rendered(r)).not.toMatch(/fits this problem/);
  });
});

describe('FIX61B #5 (REV37 #11): the user\'s own belief about production is read in both languages', () => {
  it.each(['I think prod is 14.6', 'we think prod is 14.6', 'I guess production is on 14.6', '本番は14.6だと思います'])('%j is production\'s TMS', (m) => {
    expect(prodTmsAlone(m)).toBe('14.6');
  });
  // (FIX62A #2: read, but a guess no longer replaces the TMS held; with none held it is taken, said as a guess.)
  it.each([
    ['en', B, 'I think prod is 14.6'],
    ['ja', BJ, '本番は14.6だと思います'],
  ] as const)('%s case %#: mid-case it keeps TMS 15.9, said', (lang, base, m) => {
    const r = runIn(lang, [base, m]);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(rendered(r)).toMatch(lang === 'en' ? /You think it may be TMS 14\.6 but are not sure, so I keep TMS 15\.9/ : /TMS 14\.6 かもしれないものの確かではない/);
  });
  it.each([
    ['en', 'SX80 on CE 9.15, No HTTPS response', 'I think prod is 14.6'],
    ['ja', 'SX80 は CE 9.15 で No HTTPS response が出ます', '本番は14.6だと思います'],
  ] as const)('%s case %#: with no TMS held it is taken', (lang, base, m) => {
    expect(runIn(lang, [base, m]).state.facts.tms?.semver).toBe('14.6.0');
  });
  it.each([
    'do you think prod is 14.6',
    'Tom thinks prod is 14.6',
    "I don't think prod is 14.6",
    'I thought prod is 14.6 but it is 15.9',
    '本番は14.6だと思っていましたが、15.9でした',
    '本番は14.6だと思っていました',
    'I think their prod is 14.6',
    'I think prod is 14.6 at the other site',
    'maybe prod is 14.6',
  ])('%j is no statement of production now', (m) => {
    expect(prodTmsAlone(m)).toBeNull();
  });
  it('mid-case, a belief given up keeps TMS 15.9', () => {
    expect(runIn('ja', [BJ, '本番は14.6だと思っていましたが、15.9でした']).state.facts.tms?.semver).toBe('15.9.0');
    expect(runIn('en', [B, 'I thought prod is 14.6 but it is 15.9']).state.facts.tms?.semver).toBe('15.9.0');
  });
});

describe('FIX61B #6: a lab label in the middle of a paste', () => {
  const BASE6 = {
    en: 'TMS 15.13 at Medium, Windows Server 2019, SQL 2019 on a separate server. After upgrading our SX80s to ce9.15.3 TMS shows No HTTPS response',
    ja: 'TMS 15.13（Medium）、Windows Server 2019、SQL 2019 は別サーバーです。SX80 を ce9.15.3 に上げたら TMS で No HTTPS response になりました',
  };
  const XSTATUS = '*s SystemUnit Software Version: "TC7.3.3.c84180a"\n** end';
  const CAP = ['Transport Layer Security', '    TLSv1 Record Layer: Handshake Protocol: Client Hello', '        Version: TLS 1.0 (0x0301)', '        Handshake Protocol: Client Hello', '            Version: TLS 1.0 (0x0301)'].join('\n');
  it.each([
    ['en', `here is the capture from the TMS server:\n${CAP}\n-- this part is from the lab --\n${XSTATUS}`, /The lines after "this part is from the lab" come, as you say, from your lab/],
    ['en', `${CAP}\n\nthis part is from the lab codec:\n${XSTATUS}`, /from your lab or test system: I read only the part before/],
    ['en', `capture from our TMS:\n${CAP}\n=== below: another site, not ours ===\n${XSTATUS}`, /I read only the part before that line/],
    ['ja', `TMS サーバで取ったキャプチャです:\n${CAP}\n\n以下は検証環境のコーデックです:\n${XSTATUS}`, /「以下は検証環境のコーデックです」より後の行は、検証環境（テスト環境）のシステムのもの/],
  ] as const)('%s case %#: the case keeps CE 9.15.3, reads the part before, says the rest was left out', (lang, paste, note) => {
    const r = runIn(lang, [BASE6[lang], paste]);
    expect(r.state.facts.endpoint?.semver).toBe('9.15.3');
    expect((r.state.facts.evidence?.observations ?? []).map((o) => o.code)).toContain('capture-clienthello-tls10-only');
    expect((r.state.facts.evidence?.observations ?? []).map((o) => o.code)).not.toContain('fact-endpoint-version');
    expect(rendered(r)).toMatch(note);
  });
  it.each([
    `here is the capture:\n${CAP}\n${XSTATUS}`,
    'openssl s_client output:\nCONNECTED(00000003)\ndepth=0 CN = c40-lab\nverify error:num=18:self signed certificate',
    'log:\n2024-05-01 10:00:01 INFO polling lab codec 10.1.1.1\n2024-05-01 10:00:02 ERROR No HTTPS response',
    `for comparison, our lab C40:\n${XSTATUS}`,
    `here is the capture from prod:\n${CAP}\nthe lab one works fine, this one is ours`,
  ])('no mid-paste label: %j', (m) => {
    expect(otherSystemFromLine(m)).toBeNull();
  });
  it('a lab line among words with no paste after it cuts nothing', () => {
    const r = runIn('en', ['TMS 15.9 at Medium\nthe lab codec works fine\nSQL 2016 local, Windows 2019']);
    expect(r.state.facts.sql?.year).toBe(2016);
    expect(r.state.facts.windows?.year).toBe(2019);
    expect(rendered(r)).not.toMatch(/left the rest out/);
  });
});
