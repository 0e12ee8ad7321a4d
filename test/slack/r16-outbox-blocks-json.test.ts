/**
 * A reply's blocks are serialised once per turn: the outbox row's text (src/store/port.ts
 * outboxMessageJson) is what the delivery sends in its JSON body (src/slack/webjson.ts jsonBody).
 * Both must be byte for byte what JSON.stringify made before, for every rendered reply.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { renderReplies, type SlackMessage } from '../../src/slack/blockkit';
import { Delivery } from '../../src/slack/delivery';
import { jsonBody, type JsonApiCall } from '../../src/slack/webjson';
import { knownBlocksJson, outboxItemFromRow, outboxMessageJson, type OutboxMessage } from '../../src/store/port';
import { sqliteStore } from '../../src/store/sqlite';

const CONVERSATIONS = [
  [
    'TMS shows No HTTPS response after we upgraded the codecs',
    'TMS 15.2.1',
    'endpoints are on ce9.15.3',
    'SQL Server 2012 SP4 on the TMS server',
    'Windows Server 2012 R2',
    'what is "blocks":0 and \\"blocks\\":0 ? <x> & \u2028 \ud83d\ude00',
  ],
  ['アップグレード後に TMS で No HTTPS response と表示されます', 'TMS 14.6 です。エンドポイントは TC7.3.6', '「"blocks":0」とは？'],
];

function rendered(): OutboxMessage[] {
  const out: OutboxMessage[] = [];
  const langs = new Set<string>();
  for (const messages of CONVERSATIONS) {
    let s: ConversationState | null = null;
    for (const text of messages) {
      const r = step(s, { kind: 'text', text });
      s = r.state;
      langs.add(s.lang);
      for (const share of ['keep', 'add'] as const) for (const m of renderReplies(r.replies, { key: 'D1:1', share })) out.push({ text: m.text, blocks: m.blocks });
    }
  }
  expect([...langs].sort()).toEqual(['en', 'ja']);
  return out;
}

describe('a reply serialised once for its outbox row and its post', () => {
  it('stores exactly the text JSON.stringify makes, for every rendered reply (English and Japanese conversations)', () => {
    const all = rendered();
    expect(all.length).toBeGreaterThan(10);
    for (const m of all) {
      expect(outboxMessageJson(m)).toBe(JSON.stringify(m));
      expect(knownBlocksJson(m)).toBe(JSON.stringify(m.blocks));
    }
  });

  it('serialises any other shape as before and remembers nothing for it', () => {
    const odd: unknown[] = [
      { blocks: [{ type: 'divider' }], text: 'reversed' },
      { text: 'extra', blocks: [], more: 1 },
      { text: 7, blocks: [] },
      { text: 'no blocks' },
      { text: 'x', blocks: [], toJSON: () => 'y' },
    ];
    for (const m of odd) {
      expect(outboxMessageJson(m as OutboxMessage)).toBe(JSON.stringify(m));
      expect(knownBlocksJson(m as OutboxMessage)).toBeUndefined();
    }
  });

  it('forgets the text once the blocks are others, and knows nothing of a message read back from a row', () => {
    const m: OutboxMessage = { text: 'a', blocks: [{ type: 'divider' }] };
    const json = outboxMessageJson(m);
    const back = outboxItemFromRow({ id: 't/0', key: 'k', turn: 't', idx: 0, target: '{"channel":"C1"}', message: json, lang: 'en', created_at: 1 });
    expect(back.message).toEqual(m);
    expect(knownBlocksJson(back.message)).toBeUndefined();
    m.blocks = [];
    expect(knownBlocksJson(m)).toBeUndefined();
  });

  it('sends the body JSON.stringify made, with the blocks text given', () => {
    for (const m of rendered()) {
      for (const threadTs of [undefined, '1600000000.000001']) {
        const args = {
          channel: 'D1',
          ...(threadTs ? { thread_ts: threadTs } : {}),
          text: m.text,
          blocks: m.blocks,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: 'tms_doctor_reply', event_payload: { outbox_id: '"blocks":0' } },
        };
        expect(jsonBody(args, JSON.stringify(m.blocks))).toBe(JSON.stringify(args));
        expect(jsonBody(args)).toBe(JSON.stringify(args));
      }
    }
  });

  it("posts a leased turn's reply with the blocks text its outbox row was made of", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-bj-'));
    const store = sqliteStore(path.join(dir, 'a.db'));
    try {
      const [message] = rendered();
      const out = await store.conversations.turn({ key: 'D1:1', dedupe: ['ev1'], lease: { owner: 'me', ms: 30_000 } }, () => ({
        state: { v: 1, lang: 'en', facts: {}, pending: null, turns: 1 },
        replies: [],
        keepReplies: false,
        outbox: { target: { channel: 'D1', threadTs: '1.1' }, messages: [message!] },
      }));
      if (out.status !== 'ok') throw new Error(out.status);
      const bodies: { args: Record<string, unknown>; blocksJson?: string }[] = [];
      const call: JsonApiCall = async (_method, args, blocksJson) => {
        bodies.push({ args, blocksJson });
        return { ok: true, ts: '1.2' };
      };
      const logger = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => 'info', setName() {} } as never;
      const delivery = new Delivery(() => { throw new Error('no client'); }, logger, {}, undefined, undefined, call);
      const item = out.outbox[0]!;
      expect(await delivery.post({ channel: 'D1', threadTs: '1.1' }, item.message as SlackMessage, item.id)).toMatchObject({ ok: true });
      const row = store.db.prepare('SELECT message FROM outbox WHERE id = ?').get(item.id) as { message: string };
      expect(bodies[0]!.blocksJson).toBe(JSON.stringify(JSON.parse(row.message).blocks));
      expect(jsonBody(bodies[0]!.args, bodies[0]!.blocksJson)).toBe(JSON.stringify(bodies[0]!.args));
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
