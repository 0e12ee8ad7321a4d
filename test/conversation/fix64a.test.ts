/**
 * FIX64A: QA63 and rev63 leftovers in multi-turn answers (/work/wt/qa-report-63.md, /work/wt/rev63-report.md).
 */
import type { Block } from '../../src/conversation/document';
import type { TurnResult } from '../../src/conversation/types';
import { findings, rendered, runIn } from './helpers';

const steps = (r: TurnResult): string[] => {
  const b = r.replies.flatMap((x) => x.blocks).find((x): x is Extract<Block, { type: 'steps' }> => x.type === 'steps');
  return b ? b.items : [];
};

const REG_QUERY =
  'reg query output:\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\n    Enabled    REG_DWORD    0x0\n    DisabledByDefault    REG_DWORD    0x1';

describe('QA63 #16: a finding is not a step; one card once the hello version is known', () => {
  it.each([
    ['en', 'TMS 15.9 / Windows 2016 / SQL 2016 remote / SX80 CE9.15 No HTTPS response', 'Back up the registry first', 'The registry keeps TLS 1.2 off for TMS'],
    ['ja', 'TMS 15.9、Windows 2016、SQL 2016 は別サーバ、SX80 CE9.15 で No HTTPS response です。', 'まずレジストリをバックアップする', 'レジストリで TMS の TLS 1.2 が無効になっています'],
  ] as const)('%s: reg query with TLS 1.2 Client off: step 1 is an action, the registry finding a card before the steps', (lang, setup, first, title) => {
    const r = runIn(lang, [setup, REG_QUERY]);
    expect(steps(r)[0]).toBe(first);
    expect(steps(r)).not.toContain(title);
    expect(findings(r)).toContain('evidence-schannel-tls12-client-off');
    const text = rendered(r);
    expect(text).toContain(title);
    expect(text.indexOf(title)).toBeLessThan(text.indexOf(first));
  });

  const CAPTURE = '\n  5 0.001 10.1.1.5 → 10.1.2.20 TLSv1 Client Hello\n  6 0.002 10.1.2.20 → 10.1.1.5 TCP 443 → 52100 [RST, ACK]';
  it.each([
    ['ja', ['TMS 15.9、Windows 2019、SQL 2017 別サーバ、DX80 CE9.15 で No HTTPS response。', 'Medium-High に変更して TMS サービスも再起動しましたが直りません', `キャプチャです：${CAPTURE}`], 'Client Hello の Version は TLS 1.0 (0x0301) です'],
    ['en', ['TMS 15.9 / Windows 2019 / SQL 2017 remote / DX80 CE9.15 No HTTPS response', 'I set Medium-High and restarted the TMS services, still failing', `capture:${CAPTURE}`], 'the Client Hello version is TLS 1.0 (0x0301)'],
  ] as const)('%s: "TLSv1 Client Hello + RST" at Medium-High, then the version said: the level card alone', (lang, before, version) => {
    const rows = runIn(lang, before);
    // (Before the version is known: not settled, and where to read it.)
    expect(findings(rows)).toEqual(expect.arrayContaining(['evidence-capture-hello-reset-unsettled', 'evidence-capture-check-version']));
    const r = runIn(lang, [...before, version]);
    const f = findings(r);
    expect(f).toContain('evidence-contradicts-level');
    expect(f).not.toContain('evidence-capture-hello-reset-unsettled');
    expect(f).not.toContain('evidence-capture-check-version');
  });
});
