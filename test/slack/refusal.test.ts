/** Probe refusals as Slack users read them: no flags, no environment variable names. */
import { policyFromEnv, addressRefusal, parseAddress } from '../../src/probe/policy';
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

  it('no Slack text of the app names an environment variable or a flag', () => {
    const all = JSON.stringify([TEXTS.en, TEXTS.ja], (_k, v: unknown) => (typeof v === 'function' ? String((v as (...a: string[]) => string)('x', 'y')) : v));
    expect(all).not.toMatch(/PROBE_[A-Z]+|SLACK_[A-Z]+|--[a-z]{3,}/);
  });
});
