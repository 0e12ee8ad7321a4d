/**
 * QA54 #4: the words a file is shared with are its caption. Read for the facts they state, never as a (failed or bare)
 * answer to the open question: one reply (the file's), the question still open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../../src/conversation/engine';
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { rendered } from './helpers';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');

async function share(opening: string, comment: string, fixture = 'tls10-reset-http301.pcap'): Promise<{ before: ConversationState; r: TurnResult }> {
  const before = step(null, { kind: 'text', text: opening }).state;
  const read = await readEvidenceBuffer(fixture, readFileSync(join(FIX, fixture)));
  if (!read.ok) throw new Error('fixture not read');
  const r = step(before, { kind: 'evidence', source: 'capture.pcap', reading: read.reading, comment, keepLang: true });
  return { before, r };
}

const EN = 'TMS 15.2.1 No HTTPS response on our SX80s after upgrade to CE 9.8';
const JA = 'TMS 15.2.1 で No HTTPS response が出ています。エンドポイントは CE 9.15 です';

describe('QA54 #4: a file shared with a caption while a question is open', () => {
  it.each([
    ['capture from the TMS server'],
    ['here is the registry export'],
    ['capture taken on the TMS server during a poll'],
  ])('EN "%s": one reply (the file\'s), no "could not find", the SQL question still open', async (comment) => {
    const { before, r } = await share(EN, comment);
    expect(before.pending).toBe('need-sql-version');
    expect(r.replies).toHaveLength(1);
    const out = rendered(r);
    expect(out).not.toMatch(/could not find/);
    expect(out).toContain('I read capture.pcap (packet capture)');
    expect(r.state.pending).toBe('need-sql-version');
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.facts.sqlLocation).toBeUndefined();
  });

  it.each([['TMS サーバで取ったキャプチャです'], ['TMS サーバ上でキャプチャしました'], ['キャプチャを添付します']])(
    'JA 「%s」: one reply, the question not re-posted on its own, and where the capture was taken is not where SQL runs',
    async (comment) => {
      const { before, r } = await share(JA, comment);
      expect(before.pending).toBe('need-sql-version');
      expect(r.replies).toHaveLength(1);
      expect(rendered(r)).toContain('capture.pcap（パケット キャプチャ）を読みました');
      expect(r.state.facts.sqlLocation).toBeUndefined();
      expect(r.state.pending).toBe('need-sql-version');
    },
  );

  it('a caption that states facts is still read (EN and JA), its answer before the file\'s', async () => {
    const en = await share(EN, 'capture, SQL is 2016 on another server');
    expect(en.r.state.facts.sql).toMatchObject({ year: 2016 });
    expect(en.r.state.facts.sqlLocation).toBe('remote');
    expect(en.r.replies).toHaveLength(2);
    const ja = await share(JA, 'キャプチャです。SQL は TMS サーバ上の 2008 R2 です');
    expect(ja.r.state.facts.sql).toMatchObject({ year: 2008, r2: true });
    expect(ja.r.state.facts.sqlLocation).toBe('local');
  });

  it('a plain text answer "TMS サーバ上です" to the open question is still read as where SQL runs (not a caption)', () => {
    const before = step(null, { kind: 'text', text: JA }).state;
    const r = step(before, { kind: 'text', text: 'TMS サーバ上です' });
    expect(r.state.facts.sqlLocation).toBe('local');
  });
});
