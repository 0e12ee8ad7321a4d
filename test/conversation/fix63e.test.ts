/**
 * FIX63E (QA63 LOST 6, 7, 9, 10, 11 and MISSING 13): #6 a lab server's Windows release ("lab TMS is on Windows Server 2025") never
 * replaces production's; #7 "sorry, I meant SX20s, not Room Kit" drops the Room Kit Plus held; #9 "I don't know the level" skips
 * the level, not the pending Windows question; #10 "not sure about SQL, let me check" skips SQL, not the endpoint question; #11 the
 * Windows release a pasted @@VERSION gave is used by the follow-ups (no `winver` asked); #13 "SP1 I think" fills SQL 2012's empty
 * service pack (unconfirmed) while "SP4 I think" is not taken, "it's on a separate server" after "SQL unknown" is SQL's place
 * whichever question is open, and 「冗長構成ではありません」 is noted and the both-nodes lines left out.
 */
import { labPlaceIn } from '../../src/domain/understand/lab-release';
import { modelDenied, modelsDeniedIn } from '../../src/domain/understand/model-denied';
import { notRedundantIn } from '../../src/conversation/not-redundant';
import { skippedTopicIn } from '../../src/conversation/skip-named';
import { servicePackGuessText } from '../../src/conversation/sp-guess';
import { diagnose } from '../../src/domain/diagnose';
import type { Facts } from '../../src/domain/types';
import { rendered, runIn } from './helpers';

const PROD = 'TMS 15.13, Room Kit on RoomOS 11.14 No HTTPS response, SQL 2019 local, Windows Server 2022';

describe('QA63 #6: a lab server\'s Windows release is the lab\'s', () => {
  it.each([
    ['en', 'btw I\'m trying this in the lab first. lab TMS is on Windows Server 2025'],
    ['en', 'I\'m going to try it in the lab first, the lab TMS runs on Windows Server 2025'],
    ['en', 'the lab TMS is on Windows Server 2025'],
    ['ja', 'まず検証環境で試します。検証環境の TMS は Windows Server 2025 です'],
    // rev63 finding 5: the words come from other-machine.ts's lists ("demo", 「試験」 were missing).
    ['en', 'our demo TMS is on Windows Server 2025'],
    ['en', 'the sandbox server runs Windows Server 2025'],
    ['ja', '試験環境の TMS は Windows Server 2025 です'],
    ['ja', '開発環境の TMS は Windows Server 2025 です'],
  ] as const)('%s %j: production keeps Windows Server 2022, the lab\'s 2025 said back as the lab\'s', (lang, line) => {
    const r = runIn(lang, [PROD, line]);
    expect(r.state.facts.windows).toMatchObject({ year: 2022 });
    expect(r.route).toBe('lab-place-line');
    expect(rendered(r)).toMatch(lang === 'en' ? /Windows Server 2025 is what the lab or test system runs/ : /Windows Server 2025 は検証環境/);
    expect(rendered(r)).not.toMatch(/別の拠点/);
  });

  it('"back to prod: is a reboot needed?" answers for Windows Server 2022', () => {
    const r = runIn('en', [PROD, 'btw I\'m trying this in the lab first. lab TMS is on Windows Server 2025', 'ok back to prod: is a reboot needed?']);
    expect(rendered(r)).toMatch(/on Windows Server 2022/);
    expect(rendered(r)).not.toMatch(/on Windows Server 2025/);
  });

  it('the lab subject needs the lab word at the clause start or after a determiner, and no TMS release after it', () => {
    expect(labPlaceIn('lab TMS is on Windows Server 2025')).toBe(true);
    expect(labPlaceIn('the test server runs Windows 2019')).toBe(true);
    expect(labPlaceIn('the lab TMS is 14.6')).toBe(false);
    expect(labPlaceIn('we test server 2019 tomorrow')).toBe(false);
    expect(labPlaceIn('the prod TMS is on Windows Server 2022')).toBe(false);
    expect(labPlaceIn('in the demo environment we run Windows Server 2025')).toBe(true);
    expect(labPlaceIn('試験環境では Windows Server 2025 です')).toBe(true);
    // "in testing" is a phase, not a system.
    expect(labPlaceIn('in testing it ran on Windows Server 2025')).toBe(false);
  });
});

describe('QA63 #7: a correction of the endpoint models is applied', () => {
  const msgs = [
    'TMS 14.6.2 here, endpoints upgraded to TC7.3.6, now No HTTPS response',
    "can't I just enable TLS 1.2 in the registry?",
    "what about downgrading? they're Room Kit Plus too",
    'sorry, I meant SX20s, not Room Kit',
  ];
  it('"sorry, I meant SX20s, not Room Kit" leaves SX20 alone and says the Room Kit Plus is dropped', () => {
    const r = runIn('en', msgs);
    expect(r.state.facts.endpointModels).toEqual(['SX20']);
    expect(rendered(r)).toMatch(/the affected endpoints are SX20, not Room Kit Plus/);
    expect(rendered(r)).toMatch(/Your SX20 runs TC 7\.3\.6, so its hardware runs TC: it can go back/);
  });
  it('JA 「Room Kit ではなく SX20 です」 likewise', () => {
    const r = runIn('ja', ['TMS 14.6.2 で TC7.3.6 にしたら No HTTPS response です', 'Room Kit Plus もあります', 'すみません、Room Kit ではなく SX20 です']);
    expect(r.state.facts.endpointModels).toEqual(['SX20']);
    expect(rendered(r)).toMatch(/Room Kit Plus ではなく SX20 です/);
  });
  it('"we also have SX20s" adds, as before', () => {
    const r = runIn('en', [...msgs.slice(0, 3), 'we also have SX20s']);
    expect(r.state.facts.endpointModels).toEqual(['Room Kit Plus', 'SX20']);
  });
  it('the reader', () => {
    expect(modelsDeniedIn('sorry, I meant SX20s, not Room Kit')).toEqual(['Room Kit']);
    expect(modelDenied('Room Kit Plus', ['Room Kit'])).toBe(true);
    expect(modelDenied('Room Kit Plus', ['Room Kit Pro'])).toBe(false);
    expect(modelsDeniedIn('not sure which SX20s')).toEqual([]);
  });
});

describe('QA63 #9 #10: a "don\'t know" about another topic than the pending question', () => {
  it.each([
    ['en', ['TMS 15.13, Room Kit on RoomOS 10.19, SQL 2016 remote', "I don't know the level"]],
    ['ja', ['TMS 15.13、Room Kit（RoomOS 10.19）、SQL 2016 は別サーバです', 'レベルは分かりません']],
  ] as const)('%s: the level is skipped (Medium kept), Windows asked again', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.skipped).toContain('need-security-level');
    expect(r.state.skipped ?? []).not.toContain('need-windows-version');
    expect(r.state.pending).toBe('need-windows-version');
    expect(rendered(r)).toMatch(lang === 'en' ? /I keep Medium, the default/ : /既定の Medium と仮定/);
  });
  it('"not sure about SQL, let me check": SQL skipped, the endpoint question asked again', () => {
    const r = runIn('en', ['No HTTPS response on our MX700s after upgrade, TMS 15.6', 'not sure about SQL, let me check']);
    expect(r.state.skipped).toEqual(['need-sql-version']);
    expect(r.state.pending).toBe('need-endpoint-version');
    expect(rendered(r)).toMatch(/without the SQL Server version for now/);
    expect(rendered(r)).not.toMatch(/Assumed: the endpoints refuse TLS 1\.0/);
  });
  it('a bare "not sure" still skips the pending question', () => {
    const r = runIn('en', ['No HTTPS response on our MX700s after upgrade, TMS 15.6', 'not sure']);
    expect(r.state.skipped).toEqual(['need-endpoint-version']);
  });
  it('the topic reader', () => {
    expect(skippedTopicIn("i don't know the level")).toBe('need-security-level');
    expect(skippedTopicIn('not sure about sql, let me check')).toBe('need-sql-version');
    expect(skippedTopicIn('no idea what tms tools shows')).toBeNull();
    expect(skippedTopicIn('not sure about sql or the os')).toBeNull();
    // (The TMS only as its release: "the TMS server", "the TMS admin" name no topic; the pending question is skipped as before.)
    expect(skippedTopicIn("i don't know the tms version")).toBe('need-tms-version');
    expect(skippedTopicIn('not sure whether tmsng is on the tms server')).toBeNull();
    expect(skippedTopicIn('not sure, the primary tms admin knows')).toBeNull();
  });
});

describe('QA63 #11: the Windows release a pasted @@VERSION gave is used by the follow-ups', () => {
  const msgs = [
    'No HTTPS response on our MX700s after upgrade, TMS 15.6',
    'not sure about SQL, let me check',
    'here: Microsoft SQL Server 2012 (SP1) - 11.0.3000.0 (X64) Oct 19 2012 13:38:57 Copyright (c) Microsoft Corporation Standard Edition (64-bit) on Windows NT 6.3 <X64> (Build 9600: )',
    "it's on the TMS server",
    'endpoints are ce 9.8',
  ];
  it.each(['what do I do about SQL then?', 'how long will it take?'])('%j: no winver asked', (q) => {
    const out = rendered(runIn('en', [...msgs, q]));
    expect(out).not.toMatch(/winver/);
  });
  it('"how long will it take?" names Windows Server 2012 R2', () => {
    expect(rendered(runIn('en', [...msgs, 'how long will it take?']))).toMatch(/Windows Server 2012 R2/);
  });
});

describe('QA63 #13: hedged and off-question answers', () => {
  const SQL12 = 'TMS 15.9, SX80 CE 9.15, SQL 2012 on the TMS server, Windows 2012 R2';
  it.each([
    ['en', [SQL12, 'SP1 I think']],
    ['en', [SQL12, 'probably SP1']],
    ['ja', [SQL12, 'たぶん SP1 です']],
  ] as const)('%s %j: SQL 2012 SP1, said unconfirmed', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.sql).toMatchObject({ year: 2012, sp: 1 });
    expect(rendered(r)).toMatch(lang === 'en' ? /SQL Server 2012 SP1 as unconfirmed/ : /SQL Server 2012 SP1\s?を未確認の値/);
  });
  it('"SP4 I think" is not taken: it would lift the SQL check', () => {
    const r = runIn('en', [SQL12, 'SP4 I think']);
    expect(r.state.facts.sql).toMatchObject({ year: 2012, sp: null });
    expect(rendered(r)).toMatch(/You are not sure it is SQL Server 2012 SP4, so I do not use it/);
  });
  it('a guess never replaces a service pack held', () => {
    const r = runIn('en', ['TMS 15.9, SX80 CE 9.15, SQL 2012 SP3 on the TMS server, Windows 2012 R2', 'SP1 I think']);
    expect(r.state.facts.sql).toMatchObject({ year: 2012, sp: 3 });
  });
  it('the hedge reader', () => {
    expect(servicePackGuessText('SP1 I think')).toBe('SP1');
    expect(servicePackGuessText("it's SP1")).toBeNull();
  });
  it.each([
    ['en', ['TMS 15.13, Room Kit on RoomOS 10.19, SQL unknown, Windows 2019', 'why do you need SQL?', "it's on a separate server"]],
    ['ja', ['TMS 15.13、Room Kit（RoomOS 10.19）、SQL は不明、Windows 2019 です', 'なぜ SQL が必要なんですか？', '別サーバです']],
  ] as const)('%s: the SQL place after "SQL unknown" is read with the level question open', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(r.route).not.toBe('not-understood');
  });
  it.each([
    ['ja', ['TMS 15.6.1 / SX10 ce9.15.3.17 / Windows 2012 / SQL 2012 SP3 on the TMS server', '冗長構成ではありません']],
    ['en', ['TMS 15.6.1 / SX10 ce9.15.3.17 / Windows 2012 / SQL 2012 SP3 on the TMS server', "we're not redundant"]],
  ] as const)('%s: "not redundant" noted, the both-nodes lines left out from then on', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.route).toBe('not-redundant');
    expect(r.state.facts.singleTms).toBe(true);
    const bodies = (f: Facts) => JSON.stringify(diagnose(f).findings.map((x) => x.body));
    expect(bodies(r.state.facts)).not.toMatch(/Redundant TMS \(two nodes\)/);
    expect(bodies(runIn(lang, msgs.slice(0, 1)).state.facts)).toMatch(/Redundant TMS \(two nodes\)/);
  });
  it('the reader', () => {
    expect(notRedundantIn('冗長構成ではありません')).toBe(true);
    expect(notRedundantIn('single TMS server')).toBe(true);
    expect(notRedundantIn('not redundant? what does that mean')).toBe(false);
  });
});
