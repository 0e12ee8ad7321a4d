/**
 * FIX16C.
 * 1. (REV9 #4) TLS 1.0 off with a local SQL 2012 / 2014 whose build is only unknown: the kit leads with the build check
 *    (check-tls.cmd first), and tls10-back-on.reg says "only if the build lacks TLS 1.2 support", not "import FIRST".
 *    Builds known to lack it, and 2008 / 2008 R2, keep "import this FIRST".
 * 3. (QA40 shared) rollback to 7.3.5 without "TC"; "what do I need to do?" after a complete report; the SQL backup
 *    server's Windows is not the TMS server's.
 */
import { expectTls10BackOn } from '../fixkit/tls10-back-on-kit';
import { step } from '../../src/conversation/engine';
import { kitAfter, rendered, runIn, stateAfter } from './helpers';

/** The comment lines of a .reg file decoded from its bytes (UTF-16LE with a BOM), as Notepad would show them. */
function regComments(bytes: Buffer): string[] {
  return bytes
    .subarray(2)
    .toString('utf16le')
    .split('\r\n')
    .filter((l) => l.startsWith(';'))
    .map((l) => l.replace(/^;\s?/, ''));
}

const SETUP = (sql: string) => ({
  en: `TMS 15.2.1, CE 9.15.3, Windows 2012 R2, ${sql} on the TMS server, level Medium`,
  ja: `TMS 15.2.1、CE 9.15.3、Windows 2012 R2、${sql} は TMS サーバ上、レベルは Medium です`,
});
const TLS10_OFF = { en: 'TLS 1.0 is disabled on the server by our hardening GPO', ja: 'サーバでは GPO で TLS 1.0 を無効にしています' };

describe('FIX16C 1: SQL 2012 / 2014 build unknown, TLS 1.0 off: the build check leads the kit', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const sql of ['SQL Server 2014', 'SQL Server 2012 SP2']) {
      it(`${lang.toUpperCase()}, ${sql}: check-tls.cmd first; tls10-back-on.reg only if the build lacks TLS 1.2; no "import FIRST"`, () => {
        const kit = kitAfter(lang, [SETUP(sql)[lang], TLS10_OFF[lang]]);
        expect(kit.files.map((f) => f.name)).toEqual(['check-tls.cmd', 'tls10-back-on.reg', 'enable-tls12.reg']);
        const t10 = kit.files[1];
        expectTls10BackOn(t10.bytes);
        const c = regComments(t10.bytes);
        // Title: only if the build lacks TLS 1.2 support, after the check.
        expect(c[0]).toMatch(lang === 'en' ? /import this ONLY if the SQL Server build here lacks TLS 1\.2 support \(check it first/ : /ビルドを確認し.*TLS 1\.2 に対応していないビルドの場合だけ/);
        expect(c.join('\n')).not.toMatch(lang === 'en' ? /import this FIRST|import it first/ : /最初にインポートしてください/);
        // The first warning: the build check comes before "re-enable TLS 1.0", which is conditional.
        const w = kit.warnings[0];
        if (lang === 'en') {
          expect(w.indexOf('check the build')).toBeGreaterThan(-1);
          expect(w.indexOf('check the build')).toBeLessThan(w.indexOf('re-enable TLS 1.0'));
          expect(w).toMatch(/Only if that build lacks TLS 1\.2 support, re-enable TLS 1\.0/);
          expect(w).toMatch(/If the build supports TLS 1\.2, do not import it/);
        } else {
          expect(w.indexOf('ビルドを確認してください')).toBeGreaterThan(-1);
          expect(w.indexOf('ビルドを確認してください')).toBeLessThan(w.indexOf('有効に戻してください'));
          expect(w).toMatch(/対応している場合はインポートせず/);
        }
        // enable-tls12.reg's step 2 waits for the build check, not for TLS 1.0 unconditionally.
        const step2 = regComments(kit.files[2].bytes).find((l) => l.startsWith('2. '))!;
        expect(step2).toMatch(lang === 'en' ? /Only once the SQL Server build is checked/ : /SQL Server のビルドを確認したあと/);
      });
    }

    it(`${lang.toUpperCase()}: the chat's fix-files answer says to check the build first and import tls10-back-on.reg only for an old build`, () => {
      const s = stateAfter([SETUP('SQL Server 2014')[lang], TLS10_OFF[lang]]);
      const out = rendered(step(s, { kind: 'text', text: lang === 'en' ? 'can you give me the fix files?' : '修正ファイルをください' }));
      expect(out).toMatch(lang === 'en' ? /Check the SQL Server build first[^\n]*only if it lacks TLS 1\.2 support/ : /先に SQL Server のビルドを確認し[^\n]*対応していないビルドの場合だけ/);
      expect(out).not.toMatch(lang === 'en' ? /stays as it is\)\. Back up the registry and import it/ : /そのままです）。レジストリをバックアップしてから/);
    });
  }

  it.each([
    ['SQL Server 2014 12.0.4100 (SP1, before its TLS 1.2 build)', 'SQL Server 2014 12.0.4100'],
    ['SQL Server 2012 SP1 (no TLS 1.2 package)', 'SQL Server 2012 SP1'],
    ['SQL Server 2008 R2 SP2', 'SQL Server 2008 R2 SP2'],
    ['SQL Server 2008 R2, build unknown', 'SQL Server 2008 R2'],
  ])('%s: tls10-back-on.reg stays "import this FIRST", first of the files', (_name, sql) => {
    const kit = kitAfter('en', [SETUP(sql).en, TLS10_OFF.en]);
    expect(kit.files[0].name).toBe('tls10-back-on.reg');
    expect(regComments(kit.files[0].bytes)[0]).toMatch(/import this FIRST/);
    expect(kit.warnings[0]).toMatch(/import it first/);
  });

  it('not when TLS 1.0 is not said off, nor with SQL 2014 SP2 (TLS 1.2 support)', () => {
    expect(kitAfter('en', [SETUP('SQL Server 2014').en]).files.map((f) => f.name)).not.toContain('tls10-back-on.reg');
    expect(kitAfter('en', [SETUP('SQL Server 2014 SP2').en, TLS10_OFF.en]).files.map((f) => f.name)).not.toContain('tls10-back-on.reg');
  });
});

describe('FIX16C 3a: a rollback that restored service is a workaround, not the fix (QA40 7a)', () => {
  const REPORT = 'TMS 15.9 Medium, Win 2019, remote SQL. SX20 TC7.3.6 No HTTPS response.';

  it('EN first message "Rolled back to 7.3.5, works again" (no "TC"): the failing TC 7.3.6 is kept and the fix is given', () => {
    const r = runIn('en', ['TMS 15.9 Medium, Win 2019, remote SQL. SX20 upgraded to TC7.3.6 -> No HTTPS response. Rolled back to 7.3.5, works again.']);
    expect(r.state.facts.endpoint?.raw).toBe('TC 7.3.6');
    const out = rendered(r);
    expect(out).not.toMatch(/not the TLS 1\.0 problem/);
    expect(out).toMatch(/Medium-High/);
  });

  it('EN second turn "we rolled back to 7.3.5 and it works again": not closed; workaround said; TC 7.3.6 kept', () => {
    const r = runIn('en', [REPORT, 'we rolled back to 7.3.5 and it works again']);
    const out = rendered(r);
    expect(out).not.toMatch(/Good to hear it works now/);
    expect(out).toMatch(/workaround, not the fix/);
    expect(out).toMatch(/TC 7\.3\.5 still accepts TLS 1\.0/);
    expect(out).toMatch(/fix is still needed/);
    expect(r.state.facts.endpoint?.raw).toBe('TC 7.3.6');
  });

  it('JA second turn 「TC7.3.5 に戻したら直りました」: not closed; workaround said; the open question stays', () => {
    const r = runIn('ja', ['TMS 15.9（Medium）。SX20 TC7.3.6 で No HTTPS response。', 'TC7.3.5 に戻したら直りました']);
    const out = rendered(r);
    expect(out).not.toMatch(/直ってよかったです/);
    expect(out).toMatch(/回避策で、修正ではありません/);
    expect(out).toMatch(/SQL Server/);
    expect(r.state.facts.endpoint?.raw).toBe('TC 7.3.6');
  });

  it('not a rollback done: a question or a plan; nor "works now" without a rollback (closed as before)', () => {
    for (const m of ['if we roll back to 7.3.5 will it work again?', 'works now, thanks']) {
      expect(rendered(runIn('en', [REPORT, m]))).not.toMatch(/workaround, not the fix/);
    }
    expect(rendered(runIn('en', [REPORT, 'works now, thanks']))).toMatch(/Good to hear it works now/);
    expect(rendered(runIn('ja', ['TMS 15.9（Medium）。SX20 TC7.3.6 で No HTTPS response。', 'もし TC7.3.5 に戻したら直りますか？']))).not.toMatch(/回避策で、修正ではありません/);
  });

  it('something else put back is not the endpoints\' rollback: "reverted the registry change, works again", 「TLS 1.0 を戻したら直りました」', () => {
    expect(rendered(runIn('en', [REPORT, 'reverted the registry change, works again']))).not.toMatch(/workaround, not the fix/);
    expect(rendered(runIn('ja', ['TMS 15.9（Medium）。SX20 TC7.3.6 で No HTTPS response。', 'TLS 1.0 を戻したら直りました']))).not.toMatch(/回避策で、修正ではありません/);
  });

  it('a rollback then still failing is not this note; the rollback release is read as before', () => {
    const r = runIn('en', ['TMS 15.9 Medium, Win 2019, remote SQL. SX20 TC7.3.6 fails. Rolled back to 7.3.5 but still failing.']);
    expect(r.state.facts.endpoint?.raw).toBe('7.3.5');
  });
});

describe('FIX16C 3b: "what do I need to do?" after a complete report is the fix, not "I don\'t know that one"', () => {
  const REPORT = 'TMS 15.9 Medium, Win 2019, remote SQL. CE 9.15 No HTTPS response.';
  for (const q of ['what do I need to do?', 'what do we have to do?', 'what needs to be done?']) {
    it(q, () => {
      const out = rendered(runIn('en', [REPORT, q]));
      expect(out).not.toMatch(/I don't know that one/);
      expect(out).toMatch(/Medium-High/);
    });
  }
});

describe('FIX16C 3c: the Windows release of another named machine (backup, reporting) is not the TMS server\'s', () => {
  it('EN "The SQL backup server runs Windows 2008 R2" with TMS on 2016: Windows stays 2016', () => {
    const r = runIn('en', ['TMS 15.9 on Windows 2016 with SQL Server 2008 R2 on the same box. The SQL backup server runs Windows 2008 R2. SX80 TC7.3.6 No HTTPS response. Medium.']);
    expect(r.state.facts.windows?.year).toBe(2016);
    // SQL 2008 R2 on the TMS server keeps its caveat.
    expect(rendered(r)).toMatch(/SQL Server 2008 R2[^\n]*keep TLS 1\.0 enabled/);
  });

  it('JA 「SQL のバックアップサーバーは Windows 2008 R2 です」: Windows stays 2016', () => {
    const r = runIn('ja', ['TMS 15.9、Windows Server 2016、SQL は別サーバー。SQL のバックアップサーバーは Windows 2008 R2 です。SX80 TC7.3.6 で No HTTPS response、Medium。']);
    expect(r.state.facts.windows?.year).toBe(2016);
  });

  it('negatives: "the server runs 2008 R2", "the second node runs 2012 R2", "the SQL server runs 2008 R2" stay the TMS server\'s', () => {
    expect(runIn('en', ['TMS 15.9. The server runs Windows 2008 R2.']).state.facts.windows?.year).toBe(2008);
    expect(runIn('en', ['TMS 15.9. The second node runs Windows 2012 R2.']).state.facts.windows?.year).toBe(2012);
    expect(runIn('en', ['TMS 15.9, SQL 2016 on the TMS server. The SQL server runs Windows 2008 R2.']).state.facts.windows?.year).toBe(2008);
  });
});
