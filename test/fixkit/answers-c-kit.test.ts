/**
 * answers-c C (QA51 #19): with the level not given the kit assumes Medium whatever else is not known yet (the SQL Server release
 * among it): the CLI summary, the .reg's "For:" line and check-tls.cmd's header all say "level Medium (assumed)", as they do
 * when --sql is given. The .reg is parsed back (cli-kit.ts).
 */
import { runFixKit } from './cli-kit';

describe('C: "level Medium (assumed)" with or without --sql', () => {
  it.each([
    ['en', [] as string[], 'level Medium (assumed)'],
    ['en', ['--sql', '2019'], 'level Medium (assumed)'],
    ['ja', [] as string[], 'レベル Medium（仮定）'],
  ] as const)('%s %j', async (lang, extra, said) => {
    const k = await runFixKit(lang, ['--tms', '15.2', '--endpoint', 'ce9.15', '--windows', '2022', ...extra]);
    expect(k.code).toBe(0);
    expect(k.out).toContain(said);
    const forLine = k.files['enable-tls12.reg']!.find((l) => /^(For|対象)[:：]/.test(l));
    expect(forLine).toContain(said);
    const cmd = k.bytes['check-tls.cmd']!.toString('ascii');
    expect(cmd).toMatch(/rem For: .*level Medium \(assumed\)/);
  });

  it('a level given is said as given', async () => {
    const k = await runFixKit('en', ['--tms', '15.2', '--endpoint', 'ce9.15', '--windows', '2022', '--level', 'medium-high']);
    expect(k.out).toContain('level Medium-High');
    expect(k.out).not.toContain('(assumed)');
  });
});
