/**
 * R46B item 2 (QA round 30 M2): after a hardening change was said (IIS Crypto's Best Practices, TLS 1.0 off), "how do we
 * revert IIS Crypto?", "how do I undo it?", 「どうやって戻す？」 get how to undo that change (the registry export, TLS 1.0
 * Client/Server back on, reboot, SQL Server check), not "Yes … check that TLS 1.2 is ticked", the fix's rollback or
 * "I can't answer that". The fix's own rollback and other questions are left as before.
 */
import { rendered, runIn } from './helpers';

const EN = 'TMS 15.6, SX20 TC7.3.21 No HTTPS response. another team applied IIS Crypto best practices. SQL 2014 SP1 on the same server, Windows 2012 R2';
const JA = 'TMS 15.6、SX20 TC7.3.21でNo HTTPS response。IIS Crypto の Best Practices を当てた。SQL 2014 SP1が同居';

const undoesHardening = (t: string) => /TLS 1\.0\\Client\]/.test(t) && /Enabled"=dword:00000001/.test(t);

describe('undoing the hardening change', () => {
  it.each(['how do we revert IIS Crypto?', 'how do I undo it?', 'how can we roll back the Best Practices template?'])('EN %s', (q) => {
    const t = rendered(runIn('en', [EN, q]));
    expect(undoesHardening(t)).toBe(true);
    expect(t).toMatch(/export/);
    expect(t).toMatch(/Reboot/);
    expect(t).toMatch(/SQL Server 2014 SP1/);
    expect(t).not.toMatch(/check that TLS 1\.2 is ticked/);
  });
  it.each(['どうやって戻す？', '元に戻すには？', 'IIS Cryptoの変更はどうやって戻せばいい？'])('JA %s', (q) => {
    const t = rendered(runIn('ja', [JA, q]));
    expect(undoesHardening(t)).toBe(true);
    expect(t).toMatch(/エクスポート/);
    expect(t).toMatch(/再起動/);
    expect(t).not.toMatch(/お答えできません/);
  });
  it('TLS 1.0 said off (no IIS Crypto): the same way back', () => {
    const t = rendered(runIn('en', ['TMS 15.6, SX20 TC7.3.21 No HTTPS response. we disabled TLS 1.0 on the TMS server', 'how do we revert that?']));
    expect(undoesHardening(t)).toBe(true);
  });

  it.each([
    ['no hardening said', ['TMS 15.6, SX20 TC7.3.21 No HTTPS response', 'how do I undo it?']],
    ['the fix named', [EN, 'how do I roll back Medium-High?']],
    ['the fix reported done', [EN, 'set Medium-High and rebooted', 'how do I undo it?']],
    ['not a rollback question', [EN, 'can we use IIS Crypto for the TLS 1.2 keys?']],
  ])('left as before: %s', (_n, msgs) => {
    expect(undoesHardening(rendered(runIn('en', msgs)))).toBe(false);
  });
});
