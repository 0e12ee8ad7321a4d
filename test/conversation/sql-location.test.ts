/**
 * Where SQL Server runs, once its version is known: a short statement of a place ("same server",
 * "it's on a separate box", 「別サーバです」) says where SQL runs; until somebody says, the SQL caveats
 * assume the TMS server (the case that can stop SQL) and say so, with how to tell the bot otherwise.
 */
import { step } from '../../src/conversation/engine';
import { diagnose } from '../../src/domain/diagnose';
import { findings, last, rendered, talk, text } from './helpers';

const EN = 'TMS 15.2.1, endpoints CE 9.15.3, SQL 2012 SP1, Windows 2012 R2, Medium';
const JA = 'TMS 15.2.1、エンドポイントは CE 9.15.3、SQL 2012 SP1、Windows 2012 R2、Medium です';

describe('a bare place after the SQL version', () => {
  it.each([
    [EN, 'same server', 'local'],
    [EN, 'on the TMS box', 'local'],
    [EN, "it's on a separate server", 'remote'],
    [EN, 'remote', 'remote'],
    [EN, 'the DBA team runs it on their cluster', 'remote'],
    [JA, '同じサーバです', 'local'],
    [JA, '別サーバです', 'remote'],
  ] as const)('"%s" then "%s": SQL runs %s', (first, place, where) => {
    const before = last(talk(first));
    expect(before.state.facts.sqlLocation).toBeUndefined();
    const r = step(before.state, text(place));
    expect(r.state.facts.sqlLocation).toBe(where);
    expect(r.state.facts.sql).toEqual(before.state.facts.sql);
    expect(rendered(r)).not.toMatch(/could not find|読み取れませんでした/);
    if (where === 'remote') {
      expect(findings(r)).not.toContain('caveat-sql2012-kb3052404');
      expect(findings(r)).toContain('caveat-remote-sql-untouched');
    } else {
      expect(findings(r)).toContain('caveat-sql2012-kb3052404');
    }
  });

  it.each([
    ['a question about it', 'what if SQL is remote?'],
    ['a question in Japanese', '別サーバだったらどうなりますか'],
    ['a long message', `same server ${'and some more words about the change window '.repeat(5)}`],
  ])('not from %s', (_what, msg) => {
    const r = step(last(talk(EN)).state, text(msg));
    expect(r.state.facts.sqlLocation).toBeUndefined();
  });

  it('a question about it is answered (the caveats are about SQL on the TMS server; how to say it is elsewhere), and nothing is set (EN/JA)', () => {
    const en = step(last(talk(EN)).state, text('what if SQL is remote?'));
    expect(rendered(en)).toContain('A SQL Server on another machine is not touched by the TMS server');
    expect(rendered(en)).toContain('say "SQL is on a separate server"');
    const ja = step(last(talk(JA)).state, text('SQL が別サーバだったらどうなりますか'));
    expect(rendered(ja)).toContain('別のマシンで動く SQL Server は TMS サーバの Schannel 設定の影響を受けない');
    expect(rendered(ja)).toContain('「SQL は別サーバです」とお知らせください');
    // Once said, the answer says so.
    const told = step(step(last(talk(EN)).state, text("it's on a separate server")).state, text('what if SQL is remote?'));
    expect(rendered(told)).toContain('the answer already leaves those caveats out');
    for (const r of [en, ja]) expect(r.state.facts.sqlLocation).toBeUndefined();
  });

  it('not before any SQL version is known, while another question is open (nothing to place)', () => {
    const before = last(talk('TMS 15.2.1'));
    expect(before.state.pending).toBe('need-endpoint-version');
    const r = step(before.state, text('same server'));
    expect(r.state.facts.sqlLocation).toBeUndefined();
  });
});

describe('the SQL caveats while the place is not known', () => {
  const caveat = (facts: Parameters<typeof diagnose>[0], code: string) => diagnose(facts).findings.find((f) => f.code === code)!;

  it.each([
    ['2012 SP1', 'caveat-sql2012-kb3052404'],
    ['2008 R2', 'caveat-sql2008r2-keep-tls10-ssl3'],
  ])('SQL %s: "if it runs on the TMS server" and how to say otherwise (EN/JA); said local: plainly "on the TMS server"', (sqlName, code) => {
    const facts = last(talk(`TMS 15.2.1, endpoints CE 9.15.3, SQL ${sqlName}, Windows 2012 R2, Medium`)).state.facts;
    const { sql } = facts;
    const base = { ...facts, sqlLocation: undefined };
    const unknown = caveat({ ...base, sql } as never, code);
    const en = unknown.body.map((b) => b.en).join('\n');
    const ja = unknown.body.map((b) => b.ja).join('\n');
    expect(en).toContain('(if it runs on the TMS server)');
    expect(en).toContain('If it runs on another server, say so');
    expect(ja).toContain('（TMS サーバ上で動いている場合）');
    expect(ja).toContain('別のサーバで動いている場合はお知らせください');
    const local = caveat({ ...base, sql, sqlLocation: 'local' } as never, code);
    const enLocal = local.body.map((b) => b.en).join('\n');
    expect(enLocal).toContain('on the TMS server');
    expect(enLocal).not.toContain('if it runs on the TMS server');
    expect(enLocal).not.toContain('say so');
    expect(local.body.map((b) => b.ja).join('\n')).toContain('TMS サーバ上の SQL Server');
    expect(diagnose({ ...base, sql, sqlLocation: 'remote' } as never).findings.map((f) => f.code)).not.toContain(code);
  });
});

describe('a correction of the place that opens with a filler ("hmm", 「うーん」)', () => {
  it.each([
    ['TMS 15.2.1, CE 9.15, Windows 2016, SQL 2008 R2 SP2 on a separate server', 'hmm, sorry, SQL is actually on the TMS box', /Updated: SQL on another server → SQL on the TMS server/],
    ['TMS 15.2.1, CE 9.15, Windows 2016, SQL 2008 R2 SP2 on a separate server', 'ok wait, SQL is on the TMS box', /Updated: SQL on another server → SQL on the TMS server/],
    ['TMS 15.2.1、CE 9.15、Windows 2016、SQL 2008 R2 SP2 別サーバ', 'うーん、やっぱり SQL は TMS サーバ上でした', /更新：SQL は別サーバ → SQL は TMS サーバ上/],
  ] as const)('"%s" then "%s": the place is updated, not "take your time"', (first, fix, updated) => {
    const before = last(talk(first));
    expect(before.state.facts.sqlLocation).toBe('remote');
    const r = step(before.state, text(fix));
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(rendered(r)).toMatch(updated);
    expect(rendered(r)).not.toMatch(/Take your time|ごゆっくり/);
    expect(findings(r)).not.toContain('caveat-remote-sql-untouched');
  });

  it('a filler alone still waits, and the question stays open', () => {
    const before = last(talk('TMS 15.2.1, CE 9.15, Windows 2016, SQL 2016 remote'));
    const r = step(before.state, text('hmm...'));
    expect(rendered(r)).toMatch(/Take your time/);
    expect(r.state.facts).toEqual(before.state.facts);
  });
});
