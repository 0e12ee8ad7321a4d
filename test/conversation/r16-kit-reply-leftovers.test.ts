/**
 * FIX14B: fix-kit and reply leftovers.
 * 1. "I checked the keys, nothing changed": the kit's reboot line follows the answer's rule (no reboot on 2012–2022;
 *    conditional on 2008 R2 / an unknown release).
 * 2. TLS 1.0 said off with a local SQL Server that needs it: the normal kit carries tls10-back-on.reg, first, read back.
 * 3. "the keys are missing" / 「キーがありません」: answered (create them where needed, the usual reboot rule), not "could not find".
 * 4. A garbage paste in Latin letters in a Japanese conversation keeps Japanese; a real English message still gets English.
 */
import { parseRegFile, schannelState } from '../../src/windows/reg';
import { expectTls10BackOn } from '../fixkit/tls10-back-on-kit';
import { step } from '../../src/conversation/engine';
import type { FixKit } from '../../src/fixkit';
import { kitAfter, rendered, runIn, stateAfter } from './helpers';

/** The numbered step line of enable-tls12.reg's comments (`; 4. …`). */
function stepLine(kit: Extract<FixKit, { ok: true }>, n: number): string {
  const reg = kit.files.find((f) => f.name === 'enable-tls12.reg')!;
  const line = reg.text.split('\r\n').find((l) => l.startsWith(`; ${n}. `));
  if (!line) throw new Error(`no step ${n}`);
  return line;
}

const SETUP = (win: string) => ({
  en: `TMS 15.2.1, CE 9.15.3, ${win ? `Windows ${win}, ` : ''}SQL 2016 on the TMS server, level Medium`,
  ja: `TMS 15.2.1、CE 9.15.3、${win ? `Windows Server ${win}、` : ''}SQL 2016 は TMS サーバ上、レベルは Medium です`,
});
const UNCHANGED = { en: 'I checked the keys, nothing changed', ja: 'TLS1.2のキーは確認済みで正しい（変更なし）' };

describe('FIX14B 1: the kit reboot line after "keys checked, nothing changed"', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang.toUpperCase()}: Windows Server 2016: no reboot in the kit, as in the answer`, () => {
      const msgs = [SETUP('2016')[lang], UNCHANGED[lang]];
      const line = stepLine(kitAfter(lang, msgs), 4);
      expect(line).toMatch(lang === 'en' ? /^; 4\. No reboot/ : /^; 4\. .*再起動は不要/);
      expect(line).not.toMatch(lang === 'en' ? /reboot the server once/i : /1 回(?:だけ)?再起動/);
      // Step 2 takes the check as done: no import needed.
      expect(stepLine(kitAfter(lang, msgs), 2)).toMatch(lang === 'en' ? /no import needed/ : /インポートは不要/);
    });

    it(`${lang.toUpperCase()}: Windows Server 2008 R2: conditional on when the keys were created (as the answer says)`, () => {
      // (「TLS1.2のキーは確認済みで正しい」 on 2008 R2 is read as keys created: a reader of its own, left as it is.)
      const said = lang === 'en' ? UNCHANGED.en : 'キーは確認済みで、何も変更していません';
      const line = stepLine(kitAfter(lang, [SETUP('2008 R2')[lang], said]), 4);
      expect(line).toMatch(lang === 'en' ? /created by someone earlier.*restarted since then.*after the last restart, or you cannot tell, reboot the server once/ : /以前に誰かが作成.*最後の起動のあとに作成された場合.*1 回再起動/);
    });

    it(`${lang.toUpperCase()}: Windows release unknown: the conditional line stays`, () => {
      const line = stepLine(kitAfter(lang, [SETUP('')[lang], UNCHANGED[lang]]), 4);
      expect(line).toMatch(lang === 'en' ? /ONLY if this file created or changed a key/ : /作成または変更した場合だけ/);
    });
  }

  it('keys not said checked (2016): the kit keeps its usual conditional line', () => {
    expect(stepLine(kitAfter('en', [SETUP('2016').en]), 4)).toMatch(/ONLY if this file created or changed a key/);
  });
});

const SQL_R2 = {
  en: 'TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL Server 2008 R2 SP2 on the TMS server, level Medium',
  ja: 'TMS 15.2.1、CE 9.15.3、Windows 2012 R2、SQL Server 2008 R2 SP2 は TMS サーバ上、レベルは Medium です',
};
const TLS10_OFF = { en: 'TLS 1.0 is disabled on the server', ja: 'サーバでは TLS 1.0 を無効にしています' };

describe('FIX14B 2: TLS 1.0 off with a SQL Server here that needs it: tls10-back-on.reg in the normal kit', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang.toUpperCase()}: SQL 2008 R2 SP2 local, TLS 1.0 said off: tls10-back-on.reg first, read back; FIRST names it`, () => {
      const kit = kitAfter(lang, [SQL_R2[lang], TLS10_OFF[lang]]);
      expect(kit.kind).toBeUndefined();
      expect(kit.files.map((f) => f.name)).toEqual(['tls10-back-on.reg', 'enable-tls12.reg', 'check-tls.cmd']);
      const t10 = kit.files[0];
      expect(t10.encoding).toBe('utf16le-bom');
      expectTls10BackOn(t10.bytes);
      // Same encoding as enable-tls12.reg, which still holds only the TLS 1.2 keys.
      const t12 = parseRegFile(kit.files[1].bytes);
      expect(t12.problems).toEqual([]);
      expect(t12.encoding).toBe('utf16le');
      expect(schannelState(t12.model)['TLS 1.0'].Client.verdict).toBe('absent');
      expect(schannelState(t12.model)['TLS 1.2'].Client.verdict).toBe('enabled');
      expect(kit.warnings[0]).toMatch(/tls10-back-on\.reg/);
      expect(stepLine(kit, 2)).toMatch(/tls10-back-on\.reg/);
    });

    it(`${lang.toUpperCase()}: the chat's fix-files answer names tls10-back-on.reg`, () => {
      const s = stateAfter([SQL_R2[lang], TLS10_OFF[lang]]);
      const out = rendered(step(s, { kind: 'text', text: lang === 'en' ? 'can you give me the fix files?' : '修正ファイルをください' }));
      expect(out).toMatch(/tls10-back-on\.reg/);
    });
  }

  it('SQL 2014 SP1 (build not known) local, TLS 1.0 said off: the same file, after the build check (FIX16C)', () => {
    const kit = kitAfter('en', ['TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL Server 2014 SP1 on the TMS server, level Medium', TLS10_OFF.en]);
    expect(kit.files.map((f) => f.name)).toEqual(['check-tls.cmd', 'tls10-back-on.reg', 'enable-tls12.reg']);
  });

  it('not when TLS 1.0 is not said off, nor with SQL 2016, nor with a remote SQL 2008 R2', () => {
    expect(kitAfter('en', [SQL_R2.en]).files.map((f) => f.name)).not.toContain('tls10-back-on.reg');
    expect(kitAfter('en', ['TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL 2016 on the TMS server, level Medium', TLS10_OFF.en]).files.map((f) => f.name)).not.toContain('tls10-back-on.reg');
    expect(kitAfter('en', ['TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL Server 2008 R2 SP2 on a separate server, level Medium', TLS10_OFF.en]).files.map((f) => f.name)).not.toContain('tls10-back-on.reg');
  });
});

describe('FIX14B 3: "the keys are missing"', () => {
  const NOT_FOUND = /could not find a version or a request|読み取れませんでした/;
  it('EN, Windows 2008 R2: create them (the keys, the DWORDs), then the one reboot', () => {
    const out = rendered(runIn('en', ['TMS 15.2.1, CE 9.15.3, Windows 2008 R2, SQL 2016 on the TMS server, level Medium', 'the keys are missing']));
    expect(out).not.toMatch(NOT_FOUND);
    expect(out).toMatch(/create them/i);
    expect(out).toMatch(/`Enabled` = 1 and `DisabledByDefault` = 0/);
    expect(out).toMatch(/enable-tls12\.reg/);
    expect(out).toMatch(/reboot the server once/);
  });

  it('JA, Windows 2008 R2: 「キーがありません」 gets the same', () => {
    const out = rendered(runIn('ja', ['TMS 15.2.1、CE 9.15.3、Windows Server 2008 R2、SQL 2016 は TMS サーバ上、レベルは Medium です', 'キーがありません']));
    expect(out).not.toMatch(NOT_FOUND);
    expect(out).toMatch(/作成してください/);
    expect(out).toMatch(/enable-tls12\.reg/);
    expect(out).toMatch(/1 回再起動/);
  });

  it('EN/JA, Windows 2016: missing keys are the default (TLS 1.2 on): nothing to create, no reboot for them', () => {
    const en = rendered(runIn('en', [SETUP('2016').en, 'the TLS 1.2 keys are missing']));
    expect(en).toMatch(/nothing to create, and no reboot for the keys/);
    const ja = rendered(runIn('ja', [SETUP('2016').ja, 'TLS1.2のキーが存在しません']));
    expect(ja).toMatch(/作成するものはなく、キーのための再起動も不要/);
  });

  it('not other keys: "the TLS 1.0 keys are missing", "the license keys are missing"', () => {
    for (const m of ['the TLS 1.0 keys are missing', 'the license keys are missing from TMS']) {
      expect(rendered(runIn('en', [SETUP('2016').en, m]))).not.toMatch(/The TLS 1\.2 keys are missing/);
    }
  });
});

describe('FIX14B 4: no language signal keeps the conversation language', () => {
  const JA_SETUP = SETUP('2016').ja;
  for (const junk of ['asdkjh qwe zzz 123 ;;;', 'xqzvbnmwplkjhgfdsaqwertyuiopzxcvbnm', 'aG7kd9Toq2Zx8vBnq', 'ERR_CONNECTION_CLOSED']) {
    it(`"${junk}" in a Japanese conversation is answered in Japanese`, () => {
      const r = runIn('ja', [JA_SETUP, junk]);
      expect(r.replies.every((x) => x.lang === 'ja')).toBe(true);
      expect(r.state.lang).toBe('ja');
    });
  }

  it('a real English message in a Japanese conversation still gets English', () => {
    for (const m of ['still failing', 'rebooted, same', 'is it ok', 'Polycom HDX lost management', 'connection closed']) {
      const r = runIn('ja', [JA_SETUP, m]);
      expect(r.replies[0].lang).toBe('en');
    }
  });
});

describe('FIX14B 5: check-tls.cmd says plainly when sqlcmd cannot log in', () => {
  const cmd = kitAfter('ja', [SETUP('2016').ja]).files.find((f) => f.name === 'check-tls.cmd')!;
  const lines = cmd.bytes.toString('ascii').split('\r\n');
  const body = lines.slice(lines.indexOf(':sqlver') + 1);

  it('runs sqlcmd with -b, then one clear line when it fails (login refused), in ASCII, with cmd.exe metacharacters escaped', () => {
    expect([...cmd.bytes].every((b) => b < 0x80)).toBe(true);
    const i = body.findIndex((l) => l.startsWith('sqlcmd '));
    expect(body[i]).toMatch(/^sqlcmd -E -b /);
    const fail = body[i + 1]!;
    expect(fail).toMatch(/^if errorlevel 1 echo check-tls: no version from SQL instance %1 with this Windows account/);
    expect(fail).toMatch(/login is refused/);
    // How to read it otherwise: another account, or a SQL login, on the instance the script tried.
    expect(fail).toMatch(/sqlcmd -S "%TMSDOC_SQL%" -U \^<sql-login\^> -Q "SELECT @@VERSION"/);
    // Only escaped < > in the echo text; no unescaped & or |.
    expect(fail.replace(/\^[<>]/g, '')).not.toMatch(/[<>&|]/);
  });

  it('no sqlcmd: one clear line, and the subroutine returns', () => {
    const where = body.find((l) => l.startsWith('where sqlcmd'))!;
    expect(where).toMatch(/^where sqlcmd >nul 2>&1 \|\| \(echo check-tls: sqlcmd is not installed on this server[^()&|<>]* & goto :eof\)$/);
  });

  it('the failure line, pasted back with the output, is not read as SQL Server down', () => {
    const fail = body.find((l) => l.startsWith('if errorlevel 1 echo '))!.slice('if errorlevel 1 echo '.length).replace(/%1/g, 'SQLTMS').replace(/%TMSDOC_SQL%/g, '.\\SQLTMS').replace(/\^/g, '');
    const out = ['===== SQL Server version of each local instance (an error here is harmless) =====', '----- instance SQLTMS -----', "Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : Login failed for user 'CORP\\bob'..", fail, '===== end of check-tls.cmd ====='].join('\r\n');
    const s = stateAfter([`TMS 15.9, CE 9.15, Windows 2016\n${out}`]);
    expect(s.facts.tlsClaims?.sqlDown).toBeUndefined();
  });
});
