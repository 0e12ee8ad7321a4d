/**
 * QA49 F12: several Schannel event pastes, one per message, replaced each other: after a 36874 and a 36888 (alert 40) the
 * 36887 alert 70 reading (this problem's signature) was gone from the reply and from facts.evidence. They accumulate, as
 * the openssl readings do; the same event pasted twice is kept once.
 */
import type { TurnResult } from '../../src/conversation/types';
import { renderReply } from '../../src/console/render';
import { threadLines } from './helpers';

/** A Slack thread: the root mention, then lines said without a mention (the adapter's flags). */
const thread = (lang: 'en' | 'ja', root: string, ...lines: string[]): TurnResult => threadLines(lang, root, lines).r;
const shown = (r: TurnResult) => r.replies.map((x) => renderReply(x)).join('\n');

const ROOT = 'TMS 15.2.1, SX80s on CE 9.15.3 show No HTTPS response. SQL 2016 on a separate server, Windows 2016';
const E36887 = "here's what I see in the System log on the TMS box:\nLog Name: System\nSource: Schannel\nEvent ID: 36887\nLevel: Error\nDescription: A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 70.";
const E36874 = 'and also\nEvent ID: 36874\nAn TLS 1.2 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The TLS connection request has failed.';
const E36888 = 'Event ID 36888: A fatal alert was generated and sent to the remote endpoint. The TLS protocol defined fatal alert code is 40. The internal error state is 1205.';

const schannel = (r: TurnResult) => (r.state.facts.evidence?.observations ?? []).filter((o) => o.code === 'event-schannel-error');

describe('QA49 F12: Schannel pastes accumulate', () => {
  it('36887 (alert 70), then 36874, then 36888 (alert 40): all three kept, alert 70 still explained', () => {
    const r = thread('en', ROOT, E36887, E36874, E36888);
    const obs = schannel(r);
    expect(obs).toHaveLength(3);
    expect(obs.map((o) => o.detail.en).join(' ')).toMatch(/alert 70[\s\S]*36874[\s\S]*alert 40/);
    expect(shown(r)).toMatch(/36887 with alert 70 \(protocol_version\)/);
  });
  it('the same event pasted twice is kept once', () => {
    expect(schannel(thread('en', ROOT, E36887, E36887))).toHaveLength(1);
  });
  it('JA conversation: the alert 70 reading survives a later 36888 paste', () => {
    const r = thread('ja', 'TMS 15.2.1、CE 9.15.3 の SX80 で No HTTPS response。SQL 2016 は別サーバ、Windows 2016', E36887, E36888);
    expect(schannel(r)).toHaveLength(2);
    expect(shown(r)).toMatch(/アラート 70（protocol_version）の 36887/);
  });
});
