/**
 * FIX20J (QA49 F4): "maybe SQL is on another box, not sure", 「SQL は別サーバーかもしれません」 stored SQL as remote, and then
 * "SQL is 2008 R2" lost the "keep TLS 1.0" caveat ("Remote SQL Server: not affected"). A guessed place is not stored: the
 * caveat stays, conditional ("if it runs on the TMS server"), and the reply says how to check where SQL runs.
 */
import { rendered } from './helpers';
import { threadLines } from './helpers';

/** A Slack thread: the root mention, then lines without a mention (the adapter's flags). */
const thread = threadLines;

const ROOT_EN = 'TMS 15.13, SX20s on CE 9.8.1 show No HTTPS response, Windows 2012 R2';
const ROOT_JA = 'TMS 15.13 で SX20 (CE 9.8.1) が No HTTPS response です。Windows 2012 R2';

describe('a guessed remote place is not stored', () => {
  it.each(['maybe SQL is on another box, not sure', 'SQL might be on a separate server', 'I think SQL is remote but not 100%'])('EN: %s', (guess) => {
    const a = thread('en', ROOT_EN, [guess]);
    expect(a.s.facts.sqlLocation).toBeUndefined();
    expect(rendered(a.r)).toMatch(/Not recorded: where SQL runs/);
    expect(rendered(a.r)).toMatch(/sc query MSSQLSERVER/);
    const b = thread('en', ROOT_EN, [guess, 'SQL is 2008 R2']);
    const text = rendered(b.r);
    expect(text).toMatch(/keep TLS 1\.0 enabled/);
    expect(text).toMatch(/if it runs on the TMS server/);
    expect(text).not.toMatch(/Remote SQL Server: not affected/);
  });
  it.each(['SQL は別サーバーかもしれません', 'たぶん SQL はリモートです'])('JA: %s', (guess) => {
    const a = thread('ja', ROOT_JA, [guess]);
    expect(a.s.facts.sqlLocation).toBeUndefined();
    expect(rendered(a.r)).toMatch(/SQL の場所は記録していません/);
    const b = thread('ja', ROOT_JA, [guess, 'SQL は 2008 R2 です']);
    const text = rendered(b.r);
    expect(text).toMatch(/SQL Server 2008 R2：TLS 1\.0 は有効のままにする/);
    expect(text).toMatch(/TMS サーバ上で動いている場合/);
    expect(text).not.toMatch(/リモートの SQL Server は、この変更の影響を受けません/);
  });
});

describe('near misses: a firm place, or a hedge on something else, is still read', () => {
  it.each([
    'SQL is on another box',
    'SQL is definitely on another box',
    'SQL 2016 I think, on a separate server',
    'SQL is on another box (checked in services.msc)',
  ])('EN: %s', (line) => {
    const { s, r } = thread('en', ROOT_EN, [line]);
    expect(s.facts.sqlLocation).toBe('remote');
    expect(rendered(r)).not.toMatch(/Not recorded: where SQL runs/);
  });
  it.each(['SQL は別サーバーです', 'SQL は別サーバーです。バージョンはたぶん 2016 です'])('JA: %s', (line) => {
    const { s } = thread('ja', ROOT_JA, [line]);
    expect(s.facts.sqlLocation).toBe('remote');
  });
  it('a place on record as remote stays remote after a guess', () => {
    const { s, r } = thread('en', ROOT_EN, ['SQL 2016 is on a separate server', 'maybe SQL is on another box, not sure']);
    expect(s.facts.sqlLocation).toBe('remote');
    expect(rendered(r)).not.toMatch(/Not recorded: where SQL runs/);
  });
});
