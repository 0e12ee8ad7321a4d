/**
 * R29B, answer-shape leftovers.
 * #1 "those are on http" / 「それらはHTTPです」 / "they're managed over http" with no device named, right after a message
 * that named OTHER devices ("we also have 2 MXPs"): about those devices, not the failing endpoints (knowledge.md
 * "Symptom": only an endpoint managed over plain HTTP escapes the error). After a message that named both, the bot asks
 * which devices and keeps the verdict. With no other devices named before, today's reading stays.
 */
import { last, rendered, runIn, talk } from './helpers';

const EN = 'No HTTPS response on our SX80s after upgrading to CE 9.15, TMS 15.9, SQL is remote, Windows 2016';
const JA = 'TMS 15.9、CE 9.15 のSX80でNo HTTPS response、SQLは別サーバー、Windows 2016';

describe('#1 an HTTP remark with no device named, after other devices were named', () => {
  it.each(['those are on http', "they're managed over http", 'those are managed over plain http'])('EN: "%s" after "we also have 2 MXPs"', (msg) => {
    const r = last(talk(EN, 'we also have 2 MXPs', msg));
    const out = rendered(r);
    expect(r.state.facts.https).toBeUndefined();
    expect(out).not.toMatch(/not the TLS 1\.0 problem/);
    expect(out).toMatch(/That is about them only/);
  });

  it('EN: with the SQL question open, the remark is not read as a failed SQL answer', () => {
    const r = last(talk('No HTTPS response on our SX80s after upgrading to CE 9.15, TMS 15.9', 'we also have 2 MXPs', 'those are on http'));
    const out = rendered(r);
    expect(r.state.facts.https).toBeUndefined();
    expect(out).toMatch(/That is about them only/);
    expect(out).not.toMatch(/could not find a SQL Server version/);
  });

  it('JA: 「それらはHTTPです」 after 「MXPも2台あります」', () => {
    const r = runIn('ja', [JA, 'MXPも2台あります', 'それらはHTTPです']);
    const out = rendered(r);
    expect(r.state.facts.https).toBeUndefined();
    expect(out).not.toMatch(/TLS 1\.0 の問題ではありません/);
    expect(out).toMatch(/これはその機器だけの話です/);
  });

  it('EN/JA: after a message naming the failing endpoints and other devices, asks which and keeps the verdict', () => {
    const en = last(talk(EN, 'the SX80s fail, we also have 2 MXPs', 'those are on http'));
    expect(en.state.facts.https).toBeUndefined();
    expect(rendered(en)).not.toMatch(/not the TLS 1\.0 problem/);
    expect(rendered(en)).toMatch(/Which devices does TMS manage over plain HTTP/);
    const ja = runIn('ja', [JA, 'SX80が失敗していて、MXPも2台あります', 'それらはHTTPです']);
    expect(ja.state.facts.https).toBeUndefined();
    expect(rendered(ja)).not.toMatch(/TLS 1\.0 の問題ではありません/);
    expect(rendered(ja)).toMatch(/どの機器でしょうか/);
  });

  it('negatives: no other devices before, or the endpoints named, keep today\'s "managed over HTTP" reading', () => {
    expect(last(talk(EN, "they're managed over http")).state.facts.https).toBe(false);
    expect(last(talk(EN, 'we also have 2 SX80s', "they're managed over http")).state.facts.https).toBe(false);
    expect(last(talk(EN, 'we also have 2 MXPs', 'the SX80s are managed over http')).state.facts.https).toBe(false);
    expect(runIn('ja', [JA, 'それらはHTTPです']).state.facts.https).toBe(false);
    // Two turns later the MXPs are no longer "those".
    expect(last(talk(EN, 'we also have 2 MXPs', 'TMS is 15.9', "they're managed over http")).state.facts.https).toBe(false);
    // "those are on http" with no other devices before stays unread as a fact, as today.
    expect(last(talk(EN, 'those are on http')).state.facts.https).toBeUndefined();
  });
});

/**
 * #2 Two questions answered inline in one message ("> Which TMS version?\n15.9\n> Which SQL Server?\n2014 SP2"): every
 * quoted question/answer pair is read, each answer for its question's field (one pair was read before).
 */
describe('#2 every quoted question answered inline is read', () => {
  const OPEN = 'No HTTPS response after CE 9.15 upgrade';
  it.each([
    ['EN TMS then SQL', '> Which TMS version?\n15.9\n> Which SQL Server?\n2014 SP2'],
    ['EN SQL then TMS', '> Which SQL Server?\n2014 SP2\n> Which TMS version?\n15.9'],
    ['JA', '> TMSのバージョンは？\n15.9\n> SQL Serverのバージョンは？\n2014 SP2'],
  ])('%s', (_, msg) => {
    const f = last(talk(OPEN, msg)).state.facts;
    expect(f.tms?.raw).toBe('15.9');
    expect(f.sql?.year).toBe(2014);
  });

  it('as the first message too (R20A recorded nothing for two pairs)', () => {
    const f = runIn('en', ['> Which TMS version?\n15.9\n> Which SQL?\n2016']).state.facts;
    expect(f.tms?.raw).toBe('15.9');
    expect(f.sql?.year).toBe(2016);
  });

  it('Windows and SQL pairs each land in their own field', () => {
    const f = last(talk(OPEN, '> Which Windows?\n2012 R2\n> Which SQL Server?\n2014 SP2')).state.facts;
    expect(f.windows?.year).toBe(2012);
    expect(f.sql?.year).toBe(2014);
  });

  it('negatives: an answer that is no value, or a question that asks no version, sets nothing for it', () => {
    const f = last(talk(OPEN, '> Which Windows?\n2012 R2\n> Which SQL Server version?\nnot sure')).state.facts;
    expect(f.sql).toBeUndefined();
    expect(f.windows?.year).toBe(2012);
    const g = last(talk(OPEN, '> How many endpoints fail?\n12\n> Which TMS version?\n15.9')).state.facts;
    expect(g.tms?.raw).toBe('15.9');
    expect(g.endpoint?.raw).toBe('CE 9.15');
  });
});

/**
 * #3 The "TLS 1.0 is off: check SQL Server now" card (SQL 2008 R2 on the TMS server, TLS 1.0 said off) on a turn that still
 * asks the endpoint version: its lead (SQL depends on TLS 1.0) and its one action (check SQL runs, re-enable TLS 1.0, with
 * the values) only; the rest (which side, .NET, what Medium does) comes whole with the full answer.
 */
describe('#3 the urgent SQL 2008 R2 card is short on a question turn, whole in the answer', () => {
  const cases: ['en' | 'ja', string, string, RegExp, RegExp, RegExp][] = [
    ['en', 'TMS 15.9, SQL Server 2008 R2 SP2 on the TMS server, TLS 1.0 is disabled', 'CE 9.15', /depends on TLS 1\.0/, /re-enable TLS 1\.0 for Client and Server/, /\.NET strong crypto/],
    ['ja', 'TMS 15.9、TMSサーバ上のSQL Server 2008 R2 SP2、TLS 1.0は無効化済みです', 'CE 9.15', /TLS 1\.0 に依存しています/, /TLS 1\.0 を Client と Server の両方で再び有効に/, /\.NET の強力な暗号化|SchUseStrongCrypto/],
  ];
  it.each(cases)('%s', (lang, first, endpoint, lead, action, rest) => {
    const asking = runIn(lang, [first]);
    const q = rendered(asking);
    expect(q).toMatch(lead);
    expect(q).toMatch(action);
    expect(q).toMatch(/"Enabled"=dword:00000001/);
    expect(q).not.toMatch(rest);
    expect(q).not.toMatch(/Which side|どちら側か/);
    const full = rendered(runIn(lang, [first, endpoint]));
    expect(full).toMatch(lead);
    expect(full).toMatch(action);
    expect(full).toMatch(rest);
    expect(full).toMatch(/Which side|どちら側か/);
    expect(full).toMatch(/"Enabled"=dword:00000001/);
  });

  it('negative: with SQL already down (outage), the card is shown as before on the question turn', () => {
    const q = rendered(runIn('en', ['TMS 15.9, SQL Server 2008 R2 SP2 on the TMS server, TLS 1.0 is disabled and now SQL does not start']));
    expect(q).not.toMatch(/comes with the full answer/);
  });
});
