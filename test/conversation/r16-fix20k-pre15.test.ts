/**
 * REV20 #3: for TMS before 15 the plan and "can we turn TLS 1.0 off?" answers said Medium-High keeps the endpoints reachable.
 * TMS before 15 has no Medium-High and speaks only TLS 1.0 (knowledge.md "TMS before 15"): TLS 1.0 must stay on there.
 */
import type { TurnResult } from '../../src/conversation/types';
import { runIn } from './helpers';
import { renderReply } from '../../src/console/render';

const talk = (lang: 'en' | 'ja', ...lines: string[]): TurnResult => runIn(lang, lines);
const shown = (r: TurnResult) => r.replies.map((x) => renderReply(x, { color: false, width: 400 })).join('\n');

describe('REV20 #3: TMS before 15 speaks only TLS 1.0', () => {
  const PRE = 'TMS 14.6, endpoints on CE 9.15 show No HTTPS response, SQL 2016 on the TMS server, Windows 2012 R2';
  const PRE_JA = 'TMS 14.6、CE 9.15 で No HTTPS response です。SQL 2016 が TMS サーバ上、Windows 2012 R2';
  it.each([
    ['en', PRE, "I'll disable TLS 1.0 tonight"],
    ['en', PRE, 'can we turn TLS 1.0 off?'],
    ['en', PRE, 'going to run IIS Crypto best practices after the fix'],
    ['en', 'TMS 14.6, CE 9.15, No HTTPS response, SQL 2008 R2 SP2 on the TMS server, Windows 2012 R2', "I'll disable TLS 1.0 tonight"],
  ])('EN %#: %s', (_l, root, line) => {
    const out = shown(talk('en', root, 'Medium', line));
    expect(out).toMatch(/TLS 1\.0 must stay on while TMS is below 15\. TMS 14\.6 speaks only TLS 1\.0/);
    expect(out).not.toMatch(/at Medium-High TMS reaches the endpoints over TLS 1\.2/);
    expect(out).not.toMatch(/do it only once TMS is at Medium-High/);
    expect(out).not.toMatch(/this fix only adds TLS 1\.2 \(and Medium-High in TMS Tools\)/);
  });
  it.each([['今夜 TLS 1.0 を無効化します'], ['TLS 1.0 も無効にしていいですか？']])('JA: %s', (line) => {
    const out = shown(talk('ja', PRE_JA, 'Medium', line));
    expect(out).toMatch(/TMS が 15 より前のバージョンである間は、TLS 1\.0 を有効のままにしておく必要があります/);
    expect(out).not.toMatch(/Medium-High なら、TLS 1\.0 が有効でも無効でも/);
  });
  it('TMS 15 keeps its answer (Medium-High first), no "below 15" line', () => {
    const out = shown(talk('en', 'TMS 15.13, endpoints on CE 9.15 show No HTTPS response, SQL 2016 on the TMS server, Windows 2012 R2', 'Medium', 'can we turn TLS 1.0 off?'));
    expect(out).toMatch(/at Medium-High TMS reaches the endpoints over TLS 1\.2/);
    expect(out).not.toMatch(/below 15/);
  });
});
