/**
 * FIX63C: fact-merging leftovers, and one helper for a note put ahead of the reply.
 * #1  withNoteAhead (note-ahead.ts): the note leads the first reply (after an answer given first when asked), or is the reply.
 * #2a A Windows release typed in the same message as a pasted SELECT @@VERSION stays (the paste's is the SQL host's); with SQL on
 *     the TMS server both are said, with SQL's place unknown the reply asks whether SQL runs elsewhere.
 * #2b "TMS 14.6 in the lab", "in our lab we run TMS 14.6", 「ラボでは TMS 14.6」 never replace the TMS release held.
 * #2c 「明日 TMS 15.9 で Medium-High にします」, "tomorrow on TMS 15.9 we set Medium-High", "we'll go Medium-High tomorrow (TMS 15.9)":
 *     TMS 15.9 is in use now (recorded), the level a plan; "tomorrow we upgrade to TMS 15.9 and then set Medium-High" plans 15.9.
 */
import { withNoteAhead } from '../../src/conversation/note-ahead';
import type { Block } from '../../src/conversation/document';
import type { TurnResult } from '../../src/conversation/types';
import { freshState } from '../../src/conversation/engine';
import { extractFacts } from '../../src/domain/extract';
import { planClauses } from '../../src/domain/understand/plan';
import { tmsReleaseOfPlan } from '../../src/domain/understand/planned-from';
import { findings, rendered, runIn } from './helpers';

describe('FIX63C #1: withNoteAhead', () => {
  const note: Block = { type: 'paragraph', text: 'NOTE' };
  const a: Block = { type: 'paragraph', text: 'A' };
  const b: Block = { type: 'paragraph', text: 'B' };
  const out = (blocks: Block[], answers?: number): TurnResult => ({
    state: freshState('en'),
    replies: [{ lang: 'en', blocks, ...(answers ? { answers } : {}) }, { lang: 'en', blocks: [b] }],
    route: 'facts',
  });
  const texts = (r: TurnResult) => r.replies.map((x) => x.blocks.map((bl) => ('text' in bl ? bl.text : '')).join(','));
  it('leads the first reply; the others, the state and the route stay', () => {
    const r = withNoteAhead(out([a, b]), note, 'en');
    expect(texts(r)).toEqual(['NOTE,A,B', 'B']);
    expect(r.route).toBe('facts');
  });
  it('several notes, in order', () => {
    expect(texts(withNoteAhead(out([a]), [note, b], 'en'))).toEqual(['NOTE,B,A', 'B']);
  });
  it('after the answer given first when asked (afterAnswers), never past the end', () => {
    expect(texts(withNoteAhead(out([a, b], 1), note, 'en', true))).toEqual(['A,NOTE,B', 'B']);
    expect(texts(withNoteAhead(out([a], 5), note, 'en', true))).toEqual(['A,NOTE', 'B']);
    expect(texts(withNoteAhead(out([a, b], 1), note, 'en'))).toEqual(['NOTE,A,B', 'B']);
  });
  it('no reply: the note alone, in the language given', () => {
    const r = withNoteAhead({ state: freshState('en'), replies: [] }, note, 'ja');
    expect(r.replies).toEqual([{ lang: 'ja', blocks: [note] }]);
  });
  it('in a conversation: a text past the size limit is read in part, the note first; a new case, "Starting over" first', () => {
    const long = `TMS 15.9, SX80 on CE 9.15 shows No HTTPS response. ${'x '.repeat(25_000)}`;
    expect(rendered(runIn('en', [long])).split('\n')[0]).toMatch(/first/i);
    const r = runIn('en', ['TMS 15.9, SX80 on CE 9.15 shows No HTTPS response', 'ok new case: TMS 14.6.2 with TC 7.3.6']);
    expect(rendered(r)).toMatch(/^Starting over: /);
    expect(r.state.facts.tms?.semver).toBe('14.6.2');
  });
});

const SQL_ONE_LINE = 'Microsoft SQL Server 2016 (SP2) - 13.0.5026.0 (X64) Standard Edition (64-bit) on Windows Server 2012 R2 Standard 6.3 <X64> (Build 9600: )';
const SQL_MULTI = [
  'Microsoft SQL Server 2014 (SP3) (KB4022619) - 12.0.6024.0 (X64)',
  '\tSep  7 2018 01:37:51',
  '\tCopyright (c) Microsoft Corporation',
  '\tStandard Edition (64-bit) on Windows NT 6.3 <X64> (Build 9600: ) (Hypervisor)',
].join('\n');

describe('FIX63C #2a: a Windows typed beside a pasted SELECT @@VERSION stays', () => {
  it.each([
    ['en', `TMS 15.9 on Windows Server 2016, SQL is on the TMS server, level Medium, SX80 CE 9.15 No HTTPS response. SELECT @@VERSION:\n${SQL_ONE_LINE}`],
    ['en', `TMS 15.9 on Windows Server 2016, SQL is local, level Medium, SX80 CE 9.15 No HTTPS response. SELECT @@VERSION: ${SQL_ONE_LINE}`],
    ['en', `TMS 15.9, Windows Server 2016, SQL on the same box, level Medium, SX80 CE 9.15 No HTTPS response.\n${SQL_MULTI}`],
    ['ja', `TMS 15.9、Windows Server 2016、SQL は TMS サーバ上にあります。レベルは Medium、CE 9.15 の SX80 で No HTTPS response が出ます。\n${SQL_ONE_LINE}`],
  ] as const)('%s: SQL local: the typed Windows stays, both are said', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.windows).toMatchObject({ year: 2016, r2: false });
    expect(findings(r)).toContain('evidence-disagrees-with-typed');
    expect(rendered(r)).toMatch(
      lang === 'en' ? /You said Windows Server 2016, but SQL Server's version string shows Windows Server 2012 R2/ : /Windows Server 2016 と伺いましたが、SQL Server のバージョン文字列では Windows Server 2012 R2/,
    );
  });
  it('SQL\'s place unknown: the typed Windows stays, and the reply asks whether SQL runs on another server', () => {
    const r = runIn('en', [`TMS 15.9 on Windows Server 2016, level Medium, SX80 CE 9.15 No HTTPS response. SELECT @@VERSION:\n${SQL_ONE_LINE}`]);
    expect(r.state.facts.windows).toMatchObject({ year: 2016, r2: false });
    expect(findings(r)).toContain('evidence-sql-on-other-host');
    expect(rendered(r)).not.toMatch(/Understood so far:[^\n]*2012 R2/);
  });
  it('SQL remote: the typed Windows stays, no disagreement (two machines)', () => {
    const r = runIn('en', [`TMS 15.9 on Windows Server 2016, SQL is remote, level Medium, SX80 CE 9.15 No HTTPS response.\n${SQL_ONE_LINE}`]);
    expect(r.state.facts.windows).toMatchObject({ year: 2016 });
    expect(findings(r)).not.toContain('evidence-disagrees-with-typed');
  });
  it('typed the same as the paste\'s, SQL\'s place unknown: recorded (the user said it)', () => {
    const r = runIn('en', [`TMS 15.9 on Windows Server 2012 R2, level Medium, SX80 CE 9.15 No HTTPS response.\n${SQL_ONE_LINE}`]);
    expect(r.state.facts.windows).toMatchObject({ year: 2012, r2: true });
    expect(findings(r)).not.toContain('evidence-disagrees-with-typed');
  });
  it('nothing typed, SQL\'s place unknown: the paste\'s Windows is still not the TMS server\'s (QA62 #6 kept)', () => {
    const r = runIn('en', [`TMS 15.9, level Medium, SX80 CE 9.15 No HTTPS response.\n${SQL_ONE_LINE}`]);
    expect(r.state.facts.windows).toBeUndefined();
  });
  it('nothing typed, SQL local: the paste\'s Windows is the TMS server\'s', () => {
    const r = runIn('en', [`TMS 15.9, SQL is on the TMS server, level Medium, SX80 CE 9.15 No HTTPS response.\n${SQL_ONE_LINE}`]);
    expect(r.state.facts.windows).toMatchObject({ year: 2012, r2: true });
  });
});

describe('FIX63C #2b: a TMS release said of the lab never replaces the one held', () => {
  it.each([
    ['en', 'TMS 14.6 in the lab', /Noted: TMS 14\.6 is what the lab or test system runs, so I have not recorded it/],
    ['en', 'in our lab we run TMS 14.6', /Noted: TMS 14\.6 is what the lab or test system runs/],
    ['en', 'we have TMS 14.6 on the test server', /Noted: TMS 14\.6 is what the lab or test system runs/],
    ['ja', 'ラボでは TMS 14.6', /TMS 14\.6 は検証環境（テスト用のシステム）のものなので、この件の値としては記録していません/],
    ['ja', '検証環境では TMS 14.6 です', /TMS 14\.6 は検証環境（テスト用のシステム）のものなので/],
  ] as const)('%s %j: TMS 15.9 stays, the lab\'s release said back', (lang, msg, re) => {
    const held = lang === 'en' ? 'TMS 15.9, SX80 on CE 9.15 shows No HTTPS response' : 'TMS 15.9 です。SX80 (CE 9.15) で No HTTPS response が出ます';
    const r = runIn(lang, [held, msg]);
    expect(r.route).toBe('lab-place-line');
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.otherTms).toBeUndefined();
    expect(rendered(r)).toMatch(re);
    expect(rendered(r)).not.toMatch(/Updated|更新：|別の拠点|another site/);
  });
  it('production and the lab in one sentence: production\'s is this case\'s', () => {
    const r = runIn('en', ['SX80 on CE 9.15 shows No HTTPS response', 'we run TMS 15.9 in production and TMS 14.6 in the lab']);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
  });
  it.each([
    ['TMS 14.6 in the lab', undefined, '14.6.0'],
    ['in the lab, TMS is 14.6 and SQL 2008 R2', undefined, '14.6.0'],
    ['TMS 15.9 in prod, TMS 14.6 on the test server', '15.9.0', '14.6.0'],
    ['TMS 15.9 in the data center', '15.9.0', undefined],
  ] as const)('extractFacts(%j): tms %s, the lab\'s %s', (t, tms, lab) => {
    const f = extractFacts(t).facts;
    expect(f.tms?.semver).toBe(tms);
    expect(f.otherTms?.[0]?.semver).toBe(lab);
    expect(f.sql).toBeUndefined();
  });
});

describe('FIX63C #2c: the TMS release inside a plan sentence is in use now', () => {
  it.each([
    ['ja', '明日 TMS 15.9 で Medium-High にします', /記録しました：TMS 15\.9。[\s\S]*予定として承知しました/],
    ['en', 'tomorrow on TMS 15.9 we set Medium-High', /Noted: TMS 15\.9\.[\s\S]*Noted as a plan/],
    ['en', "we'll go Medium-High tomorrow (TMS 15.9)", /Noted: TMS 15\.9\.[\s\S]*Noted as a plan/],
    ['en', 'we will set Medium-High on TMS 15.9 tonight', /Noted: TMS 15\.9\.[\s\S]*Noted as a plan/],
  ] as const)('%s %j: TMS 15.9 recorded, the level a plan', (lang, msg, re) => {
    const first = lang === 'en' ? 'SX80 on CE 9.15 shows No HTTPS response' : 'SX80 (CE 9.15) で No HTTPS response です';
    const r = runIn(lang, [first, msg]);
    expect(r.route).toBe('plan-with-facts');
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.level).toBeUndefined();
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
    expect(rendered(r)).toMatch(re);
  });
  it.each([
    ['en', 'tomorrow we upgrade to TMS 15.9 and then set Medium-High', /After the upgrade to TMS 15\.9/],
    ['ja', '明日 TMS 15.9 にアップグレードしてから Medium-High にします', /TMS 15\.9 へのアップグレード後/],
  ] as const)('%s %j: an upgrade to 15.9 is the plan, 15.9 not recorded', (lang, msg, re) => {
    const r = runIn(lang, [msg]);
    expect(r.route).toBe('plan');
    expect(r.state.facts.tms).toBeUndefined();
    expect(rendered(r)).toMatch(re);
  });
  it('a question is no plan: 「明日 TMS 15.9 で Medium-High にしますか？」 records nothing', () => {
    expect(extractFacts('明日 TMS 15.9 で Medium-High にしますか？').facts.tms).toBeUndefined();
  });
  it.each([
    ['明日 TMS 15.9 で Medium-High にします', '15.9'],
    ['tomorrow on TMS 15.9 we set Medium-High', '15.9'],
    ["we'll go Medium-High tomorrow (TMS 15.9)", '15.9'],
    ['tomorrow we upgrade to TMS 15.9 and then set Medium-High', null],
    ['tonight on TMS 15.9 we will upgrade to 15.13', null],
    ['TMS 15.9 では Medium-High にします', null],
    ['the lab on TMS 15.9 gets Medium-High tomorrow', null],
    ['we will be on TMS 15.2.1', null],
  ] as const)('tmsReleaseOfPlan(%j) = %s', (t, want) => {
    expect(tmsReleaseOfPlan(t)?.release ?? null).toBe(want);
  });
  it('planClauses: the release goes to the facts, the plan keeps the step', () => {
    const p = planClauses('明日 TMS 15.9 で Medium-High にします');
    expect(p?.plan.level).toBe(true);
    expect(p?.rest).toBe('TMS 15.9');
    expect(p?.planText).not.toMatch(/15\.9/);
  });
});
