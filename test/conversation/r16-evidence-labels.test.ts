/**
 * Round 43 B, item 1: the lead of an evidence answer names the file's kind in words ("Windows event
 * log", 「パケット キャプチャ」), never as the reader's code ("(eventlog)", "（pcap）"), in the chat
 * answer and in what the Slack card shows; the CLI's JSON keeps the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TurnResult } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { evidenceFileJson } from '../../src/cli/evidence';
import { cardParts, foundNote } from '../../src/slack/answer';
import { blocksText, last, talk } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'evidence');
const CODES = /[(（](?:eventlog|reg|reg-query|pcap|pcapng|text|sql-errorlog)[)）]/;

async function shown(file: string, lang: 'en' | 'ja'): Promise<TurnResult> {
  const r = await readEvidenceBuffer(file, readFileSync(join(FIXTURES, file)));
  if (!r.ok) throw new Error(`${file}: ${r.reason.en}`);
  return last(talk(lang === 'ja' ? 'TMS 15.9、エンドポイントは CE 9.15' : 'TMS 15.9, endpoints CE 9.15', { kind: 'evidence', source: file, reading: r.reading }));
}

/** The Slack card's evidence lead and the note posted with it. */
function slack(r: TurnResult): string {
  const found = r.replies.map((x) => cardParts(x).found).find(Boolean);
  if (!found) return '';
  return `${found.lead}\n${JSON.stringify(foundNote(found).blocks)}`;
}

describe('the kind of an evidence file in words', () => {
  it.each([
    ['events/ja.txt', 'en', /\(Windows event log\)/],
    ['events/ja.txt', 'ja', /（Windows のイベント ログ）/],
    ['schannel-defaults-netfx.reg', 'en', /\(registry export\)/],
    ['schannel-defaults-netfx.reg', 'ja', /（レジストリのエクスポート）/],
    ['tls10-reset-http301.pcap', 'en', /\(packet capture\)/],
    ['tls10-reset-http301.pcap', 'ja', /（パケット キャプチャ）/],
    ['tls10-only-server-client-alert70.pcapng', 'en', /\(packet capture\)/],
    ['registry/gip.txt', 'en', /\(registry values\)/],
    ['registry/q-v.txt', 'ja', /（レジストリの値）/],
    ['tls10-reset-http301.tshark.txt', 'ja', /（テキスト）|（パケット キャプチャ）/],
  ] as const)('%s (%s): labelled, no code', async (file, lang, label) => {
    const r = await shown(file, lang);
    const t = blocksText(r.replies);
    expect(t).toMatch(label);
    expect(t).not.toMatch(CODES);
    const s = slack(r);
    expect(s).toMatch(label);
    expect(s).not.toMatch(CODES);
  });

  it('the CLI JSON keeps the code', async () => {
    const r = await readEvidenceBuffer('schannel-defaults-netfx.reg', readFileSync(join(FIXTURES, 'schannel-defaults-netfx.reg')));
    expect(evidenceFileJson(r).kind).toBe('reg');
  });
});
