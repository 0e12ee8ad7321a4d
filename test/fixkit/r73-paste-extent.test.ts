/**
 * answers-misc E: a check-tls.cmd output pasted in a chat and stored (src/slack/flows.ts → meta.schannel) is read by section as
 * the CLI's --current is (a section counts only whole: fixkit schannelExtent), so the fix files made later from it decide
 * rollback.reg as `tms-doctor fix-kit --current` does.
 */
import { buildFixKit } from '../../src/fixkit';
import { pastedSchannel } from '../../src/slack/answer';
import type { RegModel } from '../../src/windows/reg';
import { state } from './kit-helpers';
import { ON, regQuery, runFixKit } from './cli-kit';

const P = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
const WHOLE = regQuery({ [P]: {}, [`${P}\\TLS 1.2\\Client`]: ON, [`${P}\\TLS 1.2\\Server`]: ON, [`${P}\\TLS 1.0\\Client`]: ON });
/** The same output cut before the section's end (no .NET header after it): only part of the tree is known. */
const CUT = WHOLE.slice(0, WHOLE.indexOf('===== .NET'));
/** check-tls.cmd's whole section that holds only the Protocols key and one empty subkey (QA48 #18). */
const THIN = ['===== Schannel protocols =====', '', P, '', `${P}\\SSL 2.0`, '', '===== .NET strong crypto, 64-bit view =====', ''].join('\r\n');
const ARGS = ['--tms', '15.2', '--endpoint', 'CE 9.15', '--windows', '2008 R2', '--sql', '2016', '--sql-remote'];

describe('a stored paste is read by section as --current is', () => {
  it.each([
    ['cut', CUT],
    ['whole', WHOLE],
    ['whole, thin', THIN],
  ])('%s', async (_name, paste) => {
    const cli = await runFixKit('en', ARGS, paste);
    expect(cli.code).toBe(0);
    // What the Slack path stores (meta.schannel and, since answers-misc E, how much of the tree it is), as the fix-files press reads it.
    const stored = pastedSchannel(paste) as unknown as Record<string, unknown> | null;
    expect(stored).not.toBeNull();
    const model = (stored && 'model' in stored ? stored.model : stored) as RegModel;
    const kit = buildFixKit({ facts: state('en', ['TMS 15.2, endpoints CE 9.15, Windows 2008 R2, SQL 2016 on a separate server']).facts, lang: 'en', before: model, beforePartial: stored?.partial === true, beforeWhole: stored?.whole === true });
    expect(kit.ok).toBe(true);
    if (!kit.ok) return;
    expect(kit.files.some((f) => f.name === 'rollback.reg')).toBe('rollback.reg' in cli.files);
  });
  it('the cut one gives no rollback.reg, the whole ones do', async () => {
    expect('rollback.reg' in (await runFixKit('en', ARGS, CUT)).files).toBe(false);
    expect('rollback.reg' in (await runFixKit('en', ARGS, THIN)).files).toBe(true);
  });
});
