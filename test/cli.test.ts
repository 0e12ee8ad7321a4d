import { main } from '../src/cli';
import { makeIO } from './cli/helpers';


describe('tms-doctor dispatcher', () => {
  it('lists every command on --help and exits 0', async () => {
    const t = makeIO();
    expect(await main(['--help'], t)).toBe(0);
    for (const c of ['diagnose', 'chat', 'probe', 'simulate', 'start']) expect(t.out()).toContain(c);
  });

  it('refuses an unknown command with exit 2 and names it', async () => {
    const t = makeIO();
    expect(await main(['frobnicate'], t)).toBe(2);
    expect(t.err()).toContain('"frobnicate"');
  });

  it('exits 2 with usage when no command is given', async () => {
    const t = makeIO();
    expect(await main([], t)).toBe(2);
    expect(t.out()).toContain('Usage: tms-doctor');
  });
});
