/**
 * Evidence in the conversation: pasted text (read by the conversation with src/evidence/text.ts)
 * and files (the 'evidence' message of the console chat and Slack file shares) join Facts.evidence,
 * and the evidence rules change the answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../../src/conversation/engine';
import type { Reply } from '../../src/conversation/document';
import type { ConversationState } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { keyDeletedForWindows } from '../../src/evidence/registry';
import { normalizeState } from '../../src/conversation/guards';
import { renderReply } from '../../src/console/render';
import { renderThread } from '../../src/slack/answer';

const textOf = (replies: Reply[]) =>
  replies
    .flatMap((r) => r.blocks)
    .map((b) => JSON.stringify(b))
    .join('\n');

function run(messages: Parameters<typeof step>[1][]): { state: ConversationState; text: string } {
  let s: ConversationState | null = null;
  let text = '';
  for (const m of messages) {
    const r = step(s, m);
    s = r.state;
    text = textOf(r.replies);
  }
  return { state: s!, text };
}

describe('evidence in the conversation', () => {
  it('a pasted 26011 line with SQL 2008 R2 known: stored as evidence, and the answer says what to re-enable', () => {
    const { state, text } = run([
      { kind: 'text', text: 'TMS 15.2.1, CE 9.15.3, SQL 2008 R2 SP2 on the TMS server' },
      { kind: 'text', text: 'Error\t5/25/2016 9:31:16 PM\tMSSQL$SQLTMS\t26011\tServer' },
    ]);
    expect(state.facts.evidence?.observations.map((o) => o.code)).toEqual(['event-sql-encryption-init-failed']);
    expect(state.facts.evidence?.sources).toEqual(['pasted text']);
    expect(text).toContain('SQL Server cannot start encryption');
    expect(text).toContain('turn TLS 1.0 back on for both Client and Server');
  });

  it('a capture file as an evidence message: said back, kept, and the cause confirmed in Japanese', async () => {
    const r = await readEvidenceBuffer('tms.pcap', readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'tls10-reset-http301.pcap')));
    if (!r.ok) throw new Error(r.reason.en);
    const { state, text } = run([
      { kind: 'text', text: 'TMS 15.2.1、エンドポイントは CE 9.15.3、SQL 2016 です' },
      { kind: 'evidence', source: 'tms.pcap', reading: r.reading },
    ]);
    expect(text).toContain('tms.pcap（パケット キャプチャ）を読みました。読み取った内容は、その意味とあわせて下に引用しています。');
    expect(text).toContain('キャプチャが原因を裏付けています');
    expect(state.facts.evidence?.sources).toEqual(['tms.pcap']);
    // The stored state survives a JSON round trip and the guards.
    const back = normalizeState(JSON.parse(JSON.stringify(state)), { kind: 'text', text: '' });
    expect(back.facts.evidence?.observations).toEqual(state.facts.evidence?.observations);
  });

  it('QA round 8 #15: a capture file\'s answer to a hello is not listed again under the line that already says it', async () => {
    const r = await readEvidenceBuffer('tms.pcap', readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'tls10-reset-http301.pcap')));
    if (!r.ok) throw new Error(r.reason.en);
    const { text } = run([
      { kind: 'text', text: 'TMS 15.2.1, CE 9.15.3, SQL 2016' },
      { kind: 'evidence', source: 'tms.pcap', reading: r.reading },
    ]);
    expect(text).toContain('I read tms.pcap (packet capture): what it shows is quoted below');
    expect(text).toContain('443: the ClientHello offered TLS 1.0 only (client_version 0x0301); the server reset the connection (RST)');
    expect(text).not.toContain('443: the server reset the connection (RST)');
    expect(text).toContain('The capture confirms the cause');
  });

  it('QA round 8 #10: a .reg with TLS 1.0 Client off, then a capture of a TLS 1.0 hello: the conflict is said with what to check; a shorter step list is said to have changed', async () => {
    const fx = (p: string) => readFileSync(join(__dirname, '..', 'fixtures', 'evidence', p));
    const reg = await readEvidenceBuffer('iiscrypto-bp.reg', fx('registry/iiscrypto-best-practices.reg'));
    const cap = await readEvidenceBuffer('tms-medium-rst.pcap', fx('tms-medium-rst.pcap'));
    if (!reg.ok || !cap.ok) throw new Error('fixture not read');
    for (const [lang, first, comment, conflict, checks, changed] of [
      ['en', 'TMS 15.2.1 level Medium, CE 9.15.3, Windows Server 2019, SQL 2016 on another server', 'here is the registry export', 'The registry export and the capture disagree', 'was the server rebooted', 'The steps changed since my earlier answer'],
      ['ja', 'TMS 15.2.1 レベルは Medium、CE 9.15.3、Windows Server 2019、SQL 2016 は別サーバです', 'レジストリをエクスポートしました', 'レジストリのエクスポートとキャプチャが食い違っています', '同じ TMS ノード', '先にお伝えした回答から手順が変わったため'],
    ] as const) {
      const afterReg = run([
        { kind: 'text', text: first },
        { kind: 'evidence', source: 'iiscrypto-bp.reg', reading: reg.reading, comment },
      ]);
      expect(afterReg.text).toContain(changed);
      expect(afterReg.text).not.toMatch(/Steps 1, 2, 3 and 4 are as I gave them|手順 1、2、3、4 は/);
      // "how do I do step 1?" follows the list shown last: Medium-High is step 1 now (the TLS 1.2 keys are right and nothing else
      // changes in the registry, so no backup step leads the list: QA60 #16).
      const how = textOf(step(afterReg.state, { kind: 'text', text: lang === 'en' ? 'how do I do step 1?' : '手順1はどうやるんですか' }).replies);
      expect(how).toContain('Medium-High');
      const afterCap = textOf(step(afterReg.state, { kind: 'evidence', source: 'tms-medium-rst.pcap', reading: cap.reading }).replies);
      expect(afterCap).toContain(conflict);
      expect(afterCap).toContain(checks);
      expect(afterCap).not.toContain(lang === 'en' ? 'The capture confirms the cause' : 'キャプチャが原因を裏付けています');
    }
  });

  it('an evidence message with nothing relevant changes nothing; a malformed one is refused politely', () => {
    const first = run([{ kind: 'text', text: 'TMS 15.2.1, CE 9.15.3' }]).state;
    const empty = step(first, { kind: 'evidence', source: 'x.txt', reading: { kind: 'text', observations: [], facts: {} } });
    expect(empty.state.facts).toEqual(first.facts);
    expect(textOf(empty.replies)).toContain('found nothing that bears on this problem');
    const bad = step(first, { kind: 'evidence', source: 'x', reading: 'junk' } as never);
    expect(textOf(bad.replies)).toContain('could not read that evidence');
  });
});

describe('QA round 10: a file\'s line is shown once, in the console and in Slack', () => {
  const fx = (p: string) => readFileSync(join(__dirname, '..', 'fixtures', 'evidence', p));
  const count = (hay: string, needle: string) => hay.split(needle).length - 1;
  const slackText = (x: unknown): string => (Array.isArray(x) ? x.map(slackText).join('\n') : x && typeof x === 'object' ? Object.values(x).map(slackText).join('\n') : typeof x === 'string' ? x : '');
  const unescape = (s: string) => s.replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  // [file, what was said before it, lang, lead of the console's list: all quoted below / some / none]
  const cases: [string, string | null, 'en' | 'ja', RegExp][] = [
    ['tls10-reset-http301.pcap', null, 'en', /I read tms\.file \(packet capture\): what it shows is quoted below/],
    ['tls10-reset-http301.pcap', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2016', 'en', /I read tms\.file \(packet capture\): what it shows is quoted below/],
    ['tls10-reset-http301.pcap', 'TMS 15.2.1、エンドポイントは CE 9.15.3、SQL 2016 です', 'ja', /tms\.file（パケット キャプチャ）を読みました。読み取った内容は、その意味とあわせて下に引用しています。/],
    ['schannel-defaults-netfx.reg', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2016', 'en', /What tms\.file \(registry export\) shows besides the lines quoted below:/],
    ['registry/delete-tls12.reg', 'TMS 15.2.1 で CE 9.15、SQL 2016、Windows 2016 です', 'ja', /tms\.file（レジストリの変更スクリプト）から読み取った内容（下に引用した行のほか）：/],
    ['tls10-only-server-client-alert70.pcapng', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2016', 'en', /What tms\.file \(packet capture\) shows:/],
  ];
  it.each(cases)('%s after %p (%s)', async (file, said, lang, lead) => {
    const r = await readEvidenceBuffer('tms.file', fx(file));
    if (!r.ok) throw new Error(r.reason.en);
    let s: ConversationState | null = null;
    if (lang === 'ja' && !said) s = step(null, { kind: 'text', text: 'こんにちは' }).state;
    if (said) s = step(s, { kind: 'text', text: said }).state;
    const out = step(s, { kind: 'evidence', source: 'tms.file', reading: r.reading });
    // (A deleted key's note is shown for the Windows release known, FIX64A / rev63 #8.)
    const all = keyDeletedForWindows(out.state.facts.evidence!.observations, out.state.facts.windows).map((o) => ({ text: o.detail[lang], body: o.subject ? o.detail[lang].slice(o.subject.length + 2).replace(/[.。]$/, '') : o.detail[lang] }));
    // A line another line of the same flow says in full is not listed at all (QA round 8 #15).
    const lines = all.filter((l) => !all.some((o) => o !== l && o.text.includes(l.body))).map((l) => l.text).slice(0, 8);
    expect(lines.length).toBeGreaterThan(0);
    // The console: every line once (under its finding, or in the list when no finding quotes it).
    const consoleText = out.replies.map((x) => renderReply(x, { width: 10_000 })).join('\n');
    expect(consoleText).toMatch(lead);
    for (const l of lines) expect([l, count(consoleText, l)]).toEqual([l, 1]);
    // Slack: the same, whether a card (findings' titles only) or the whole reply is posted.
    const msgs = renderThread(out.replies, 'k', { channel: 'C1', threadTs: '1.1', user: 'U1' }, null, {}, out.state);
    const slack = unescape(msgs.map((m) => slackText(m.blocks)).join('\n'));
    for (const l of lines) expect([l, count(slack, l)]).toEqual([l, 1]);
  });
});
