/**
 * MEND64B: the rev64 review's findings #3, #5, #6 and #8 on int64.
 * #3 The rollback with a SQL Server 2012 / 2014 build without TLS 1.2 support on the TMS server (not only 2008 / 2008 R2) keeps
 *    TLS 1.0 on; with SQL unknown and TLS 1.0 seen off, a caution about the export from before; the generic rollback.reg sentence
 *    says it undoes enable-tls12.reg (not "restores exactly that state").
 * #5 "I did 3 of 5 steps" counts no systems (the iisreset-only answer stays); "iisreset, still … on 2 of 12" keeps the TMS
 *    services' restart ahead of the partial-success answer.
 * #6 "those codecs are CE 9.15" with the endpoint question open answers it, not the other server's endpoints.
 * #8 At High, "we raised it from Medium to High for this fix, can we go back to Medium?" is not told "nothing was changed".
 */
import { buildFixKit } from '../../src/fixkit';
import { extractFacts } from '../../src/domain/extract';
import { parseRegQuery } from '../../src/windows/reg';
import { rendered, runIn, stateAfter } from './helpers';

const REG =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client\n    Enabled    REG_DWORD    0x0\n    DisabledByDefault    REG_DWORD    0x1\n\n' +
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server\n    Enabled    REG_DWORD    0x0\n    DisabledByDefault    REG_DWORD    0x1\n';
const setup = (sql: string) => `TMS 15.6.1, SX10 on CE 9.3, No HTTPS response. Windows Server 2012 R2 with ${sql} on the same server, level Medium`;

describe('MEND64B #3: rollback with a SQL Server that needs TLS 1.0 on the TMS server', () => {
  it.each(['SQL Server 2012 SP1', 'SQL Server 2014 SP1 (12.0.4100.1)'])('EN, %s, TLS 1.0 seen off: TLS 1.0 is not turned off again', (sql) => {
    const out = rendered(runIn('en', [setup(sql), `reg query output:\n\n${REG}`, 'how do we roll back if it does not work?']));
    expect(out).toContain('Rolling back');
    expect(out).toContain('Do not roll back tls10-back-on.reg');
    expect(out).toContain('do not import the registry export made before the fix as it is: it holds TLS 1.0 off');
    expect(out).not.toMatch(/put (?:them|it) back as (?:they|it) were/);
  });

  it('JA 「元の状態に戻してください」, SQL Server 2012 SP1 on the TMS server, TLS 1.0 seen off', () => {
    const out = rendered(runIn('ja', ['TMS 15.6.1 で SX10 (CE 9.3) が No HTTPS response です。Windows Server 2012 R2、SQL Server 2012 SP1 が同じサーバにあります。レベルは Medium です。', `reg query の結果です\n\n${REG}`, '元の状態に戻してください']));
    expect(out).toContain('tls10-back-on.reg は戻さないでください');
    expect(out).toContain('修正前に取ったレジストリのエクスポートをそのままインポートしないでください');
  });

  it('SQL Server 2014 with no build: TLS 1.0 kept, hedged on the build', () => {
    const out = rendered(runIn('en', [setup('SQL Server 2014'), 'how do we roll back?']));
    expect(out).toContain('TLS 1.0 is not part of the rollback: SQL Server 2014 on the TMS server needs it on unless its build has TLS 1.2 support');
  });

  it('SQL Server 2012 SP4 (TLS 1.2 support) keeps the general answer', () => {
    const out = rendered(runIn('en', [setup('SQL Server 2012 SP4'), 'how do we roll back?']));
    expect(out).toContain('Undo the steps in reverse');
    expect(out).not.toContain('tls10-back-on.reg');
  });

  it.each([
    ['en', 'TMS 15.6.1, SX10 on CE 9.3, No HTTPS response. Windows Server 2008 R2, level Medium', 'how do we roll back?', 'TLS 1.0 was off on this server before the fix, so do not import the registry export made before it as it is'],
    ['ja', 'TMS 15.6.1 で SX10 (CE 9.3) が No HTTPS response です。Windows Server 2008 R2、レベルは Medium です。', '元の状態に戻して', '修正前に取ったレジストリのエクスポートをそのままインポートせず'],
  ] as const)('%s: SQL unknown, TLS 1.0 seen off: a caution before the export is restored', (lang, first, q, want) => {
    expect(rendered(runIn(lang, [first, `reg query output:\n\n${REG}`, q]))).toContain(want);
  });

  it('the generic rollback.reg sentence says what it undoes, EN and JA', () => {
    const en = rendered(runIn('en', ['TMS 15.9, CE 9.15, Windows 2019, SQL 2019 remote, level Medium, No HTTPS response', 'how do we roll back?']));
    expect(en).toContain('a rollback.reg that undoes what enable-tls12.reg set, and nothing else');
    expect(en).not.toContain('restores exactly that state');
    expect(en).not.toContain('do not import the registry export');
    const ja = rendered(runIn('ja', ['TMS 15.9、CE 9.15、Windows 2019、SQL 2019 は別サーバ、レベルは Medium で No HTTPS response です', '元の状態に戻して']));
    expect(ja).toContain('enable-tls12.reg が設定したものだけを戻す rollback.reg');
    expect(ja).not.toContain('その状態をそのまま戻す');
  });
});

describe('MEND64B #5: counts in the Medium-High-but-no-restart report', () => {
  const O = 'TMS 15.9 at Medium, SX80 CE 9.15 No HTTPS response, Windows 2019, SQL 2019 remote';
  it('"I did 3 of 5 steps" counts no systems: the iisreset-only answer', () => {
    const out = rendered(runIn('en', [O, 'I did 3 of 5 steps: set Medium-High and restarted IIS, still No HTTPS response']));
    expect(out).toContain('The restart is not complete yet');
  });

  it('"iisreset, still … on 2 of 12": the part answer, with the TMS services\' restart ahead of it', () => {
    const out = rendered(runIn('en', [O, 'set to Medium-High and ran iisreset, still No HTTPS response on 2 of 12']));
    expect(out).toContain('Some systems work, some still fail');
    expect(out).toContain('iisreset (restarting IIS) restarts IIS only. Restart the TMS services too');
  });

  it('JA: 「iisreset を実行しましたが、12台中2台がまだ」', () => {
    const out = rendered(runIn('ja', ['TMS 15.9、Windows 2019、SQL 2019 は別サーバ、SX80 (CE 9.15) が No HTTPS response です。レベルは Medium です。', 'Medium-High に変更して iisreset を実行しましたが、12台中2台がまだ No HTTPS response です']));
    expect(out).toContain('一部のシステムは正常、残りはまだ失敗しています');
    expect(out).toContain('TMS のサービス（システムをポーリングする TMSDatabaseScannerService を含む）も再起動してください');
  });

  it('IIS and the scanner restarted: no such note', () => {
    const out = rendered(runIn('en', [O, 'done, set to Medium-High and restarted IIS and the scanner, still No HTTPS response on 2 of 12']));
    expect(out).toContain('Some systems work, some still fail');
    expect(out).not.toContain('Restart the TMS services too');
  });
});

describe('MEND64B #6: the endpoint question open, "those codecs" are this case\'s', () => {
  const O = 'Our production TMS 15.9 shows No HTTPS response for SX80s since the upgrade; the old TMS 14.6.2 in the lab is not involved.';
  it.each(['those codecs are CE 9.15', "that one's codecs are CE 9.15"])('"%s" answers the endpoint question', (m) => {
    const out = rendered(runIn('en', [O, m]));
    expect(out).not.toContain('Noted for the other server');
    expect(stateAfter([O, m]).facts.endpoint?.semver).toBe('9.15.0');
  });

  it.each(["the other server's codecs are CE 9.15", 'its endpoints are on CE 9.15'])('"%s" still points at the other server', (m) => {
    expect(rendered(runIn('en', [O, m]))).toContain('Noted for the other server, TMS 14.6.2');
  });
});

describe('MEND64B #8: at High, Medium asked after a change said in the same message', () => {
  const EH = 'TMS 15.9 at High, SX80 CE 9.15 No HTTPS response, Windows 2019, SQL 2019 remote';
  it('"we raised it from Medium to High … can we go back to Medium?": not "nothing was changed"', () => {
    const out = rendered(runIn('en', [EH, 'we raised it from Medium to High last week for this fix. can we go back to Medium?']));
    expect(out).toContain('No, not Medium');
    expect(out).not.toContain('nothing was changed');
    expect(out).toContain('going back to it undoes the fix');
  });

  it('JA 「この修正のために先週 Medium から High に上げましたが、Medium に戻せますか？」', () => {
    const out = rendered(runIn('ja', ['TMS 15.9、レベルは High です。SX80 (CE 9.15) が No HTTPS response です。Windows 2019、SQL 2019 は別サーバです。', 'この修正のために先週 Medium から High に上げましたが、Medium に戻せますか？']));
    expect(out).toContain('いいえ、Medium では直りません');
    expect(out).toContain('Medium に戻すと修正が元に戻ります');
    expect(out).not.toContain('何も変更していない');
  });

  it.each([
    ['en', 'can we go to Medium to fix it quickly?', 'Medium is not Medium-High.', 'nothing was changed'],
    ['ja', 'とりあえず Medium に戻せば直りますか？', 'Medium は Medium-High とは別の設定です。', '何も変更していない'],
  ] as const)('%s: no change said: nothing said about one', (lang, q, want, not) => {
    const first = lang === 'en' ? EH : 'TMS 15.9、レベルは High です。SX80 (CE 9.15) が No HTTPS response です。Windows 2019、SQL 2019 は別サーバです。';
    const out = rendered(runIn(lang, [first, q]));
    expect(out).toContain(want);
    expect(out).not.toContain(not);
  });
});

describe('MEND64B #3: the fix kit\'s rollback.reg note says what it undoes', () => {
  const P = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
  const tree = `${P}\n\n${P}\\TLS 1.0\n\n${REG}`;
  it.each([
    ['en', 'undoes what enable-tls12.reg set', 'restores the Schannel state you pasted'],
    ['ja', 'enable-tls12.reg が設定したものだけを元に戻します', '貼り付けていただいた Schannel の状態に戻せます'],
  ] as const)('%s', (lang, want, not) => {
    const kit = buildFixKit({ facts: extractFacts('TMS 15.9, CE 9.15, SQL 2016 remote, Windows 2012 R2').facts, lang, before: parseRegQuery(tree).model });
    if (!kit.ok) throw new Error('no kit');
    expect(kit.rollback).toBe('file');
    expect(kit.notes.join('\n')).toContain(want);
    expect(kit.notes.join('\n')).not.toContain(not);
  });
});
