/** Probe refusals as Slack users read them: no flags, no environment variable names. */
import { policyFromEnv, addressRefusal, parseAddress, checkTarget } from '../../src/probe/policy';
import { slackRefusal, withoutSettings } from '../../src/slack/refusal';
import { TEXTS } from '../../src/slack/texts';

describe('slackRefusal', () => {
  const policy = policyFromEnv({});
  const reasons = ['127.0.0.1', '169.254.169.254', '8.8.8.8', '255.255.255.255', '::1'].map((a) => addressRefusal(parseAddress(a)!, policy)!);

  it('keeps what was refused and why, drops the settings', () => {
    for (const r of reasons) {
      expect(r).toMatch(/--allow|PROBE_ALLOW/); // the policy names them (for the CLI and the log)
      for (const lang of ['en', 'ja'] as const) {
        const s = slackRefusal({ kind: 'address', reason: r }, lang);
        expect(s).not.toMatch(/--[a-z]|PROBE_/);
        expect(s).toMatch(lang === 'ja' ? /管理者/ : /administrator of this bot/);
      }
    }
    expect(withoutSettings('127.0.0.1 is the loopback address; probing it is refused unless it is allowed explicitly (e.g. --allow 127.0.0.0/8).')).toBe(
      '127.0.0.1 is the loopback address; probing it is refused unless it is allowed explicitly.',
    );
  });

  it('says what was refused and why in one sentence of the user\'s language, never quoting the English reason', async () => {
    const policy = policyFromEnv({ PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: '443,39909' });
    const outside = await checkTarget('10.0.0.1', policy);
    const port = await checkTarget('127.0.0.1:22', policy);
    if (outside.ok || port.ok) throw new Error('expected refusals');
    expect(slackRefusal(outside, 'ja')).toBe('10.0.0.1 は、このボットがプローブできるネットワーク（127.0.0.0/8）の外です。自社のエンドポイントであれば、ボットの管理者にそのネットワークの許可を依頼してください。');
    expect(slackRefusal(port, 'ja')).toBe('ポート 22 は、このボットがプローブできるポートではありません（許可されているポート：443、39909）。エンドポイントが本当にそのポートで待ち受けているなら、ボットの管理者に許可を依頼してください。');
    // English: the address and the networks once, no nested brackets, no "(… (…).)" repeat.
    expect(slackRefusal(outside, 'en')).toBe('10.0.0.1 is outside the networks this bot may probe (127.0.0.0/8). If it is one of your endpoints, ask the administrator of this bot to allow its network.');
    expect(slackRefusal(port, 'en')).toBe('Port 22 is not a port this bot may probe (allowed: 443, 39909). If the endpoint really listens there, ask the administrator of this bot to allow the port.');
    // Special addresses, names resolving outside, names not resolving: no English words in Japanese.
    const specials = reasons.map((r) => slackRefusal({ kind: 'address', reason: r }, 'ja'));
    const named = slackRefusal({ kind: 'address', reason: `"codec-7.example.lan" resolves to an address the probe may not use: ${outside.reason}` }, 'ja');
    const unresolved = slackRefusal({ kind: 'resolve', reason: 'Could not resolve "codec-7.example.lan" (ENOTFOUND).' }, 'ja');
    expect(specials[0]).toMatch(/^127\.0\.0\.1 はループバックアドレスなので/);
    expect(named).toMatch(/^「codec-7\.example\.lan」の解決先の 10\.0\.0\.1 は/);
    for (const s of [...specials, named, unresolved]) expect(s.replace(/「[^」]*」|[0-9a-f.:/]+/gi, '')).not.toMatch(/[A-Za-z]{3,}/);
    // A reason the policy did not word: the short refusal alone, never the English inside Japanese.
    expect(slackRefusal({ kind: 'address', reason: 'Something else entirely.' }, 'ja')).not.toMatch(/Something/);
  });

  it('no Slack text of the app names an environment variable or a flag', () => {
    const all = JSON.stringify([TEXTS.en, TEXTS.ja], (_k, v: unknown) => (typeof v === 'function' ? String((v as (...a: string[]) => string)('x', 'y')) : v));
    expect(all).not.toMatch(/PROBE_[A-Z]+|SLACK_[A-Z]+|--[a-z]{3,}/);
  });
});
