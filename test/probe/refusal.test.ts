import { runConsoleChat } from '../../src/console/chat';
import { checkTarget, policyFromEnv, refusalText } from '../../src/probe';
import { makeIO } from '../cli/helpers';

const policy = policyFromEnv({});
const noDns = async (): Promise<string[]> => {
  throw new Error('no DNS in tests');
};

describe('refused probes are classified and explained in the user language', () => {
  it.each([
    ['10.1.2.3/path', 'malformed'],
    ['10.1.2.3:22', 'port'],
    ['127.0.0.1', 'address'],
    ['169.254.169.254', 'address'],
    ['codec.invalid', 'name'],
    ['codec.allowed.invalid', 'resolve'],
  ] as const)('%s is refused as %s', async (target, kind) => {
    const r = await checkTarget(target, { ...policy, names: policyFromEnv({ PROBE_ALLOW_NAMES: '*.allowed.invalid' }).names }, noDns);
    expect(r).toMatchObject({ ok: false, kind });
  });

  it('keeps the policy reason as the detail, with a Japanese explanation before it', async () => {
    const r = await checkTarget('127.0.0.1', policy, noDns);
    if (r.ok) throw new Error('loopback must be refused');
    expect(refusalText(r, 'en')).toBe(r.reason);
    const ja = refusalText(r, 'ja');
    expect(ja).toContain('PROBE_ALLOW');
    expect(ja).toMatch(/接続しません/);
    expect(ja).toContain(r.reason);
  });

  it('the Japanese console chat explains a refused probe in Japanese (nothing is sent)', async () => {
    const io = makeIO('TMSは15.2.1です\nprobe 127.0.0.1\n');
    expect(await runConsoleChat(io, {})).toBe(0);
    expect(io.out()).toMatch(/プローブできませんでした：そのアドレスは、プローブが接続してよいネットワーク/);
  });
});
