import { messageJson, rememberJson, stringifyKnown } from '../../src/store/known-json';
import { jsonApiCall } from '../../src/slack/webjson';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { renderReply } from '../../src/slack/blockkit';
import { renderCardJson } from '../../src/slack/card';
import { talk } from './helpers';

// The remembered JSON of a value is put into a larger JSON text as it is: the text must stay
// exactly JSON.stringify's (outbox rows, post and edit bodies are compared byte for byte).
describe('known JSON texts', () => {
  const samples: Record<string, unknown>[] = [
    {},
    { a: 1 },
    { channel: 'D1', thread_ts: undefined, text: 'x "quoted" \u2028 \ud800 日本', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'a\nb' } }], unfurl_links: false, f: () => 1, n: null, z: [undefined, () => 1] },
    { 'odd "key"': { nested: [1, 2.5, -0, 1e21] }, d: new Date(0), s: Symbol('x') as unknown },
    { text: 'only text' },
  ];

  it('gives JSON.stringify text for plain objects', () => {
    for (const o of samples) expect(stringifyKnown(o)).toBe(JSON.stringify(o));
  });

  it('puts a remembered value in as it is, and gives the same text when the memory is right', () => {
    const blocks = [{ type: 'divider' }, { type: 'section', text: { type: 'mrkdwn', text: 'é' } }];
    const args = { channel: 'C1', text: 't', blocks, unfurl_links: false, metadata: { event_type: 'e', event_payload: { outbox_id: 'o/0' } } };
    rememberJson(blocks, JSON.stringify(blocks));
    expect(stringifyKnown(args)).toBe(JSON.stringify(args));
    // It is used (the callers promise the value does not change after it is remembered).
    const other = [1];
    rememberJson(other, '["marker"]');
    expect(stringifyKnown({ blocks: other })).toBe('{"blocks":["marker"]}');
  });

  it('an outbox message is stored as JSON.stringify makes it, and its blocks are then known to the post', () => {
    const message = { text: 'hello', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }] };
    expect(messageJson(message)).toBe(JSON.stringify(message));
    expect(messageJson({ text: 'no blocks' })).toBe(JSON.stringify({ text: 'no blocks' }));
    // the post's body puts the same blocks in without serialising them again
    message.blocks[0]!.text.text = 'changed after'; // never done by the app: shows the memory is what is used
    expect(stringifyKnown({ channel: 'C', blocks: message.blocks })).toContain('"text":"hi"');
  });

  it('the JSON post body is byte for byte JSON.stringify of its arguments', async () => {
    let body = '';
    const fetchFn = (async (_url: string, init: { body: string }) => {
      body = init.body;
      return new Response('{"ok":true,"ts":"1.2"}', { status: 200 });
    }) as unknown as typeof fetch;
    const call = jsonApiCall(fetchFn, 'http://127.0.0.1:1/api/', 'xoxb-test');
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: 'Card', emoji: true }, block_id: 'tmsd|k|0' }];
    messageJson({ text: 'Card', blocks });
    const args = { channel: 'C1', thread_ts: '1.1', text: 'Card', blocks, unfurl_links: false, unfurl_media: false, metadata: { event_type: 'tms_doctor_reply', event_payload: { outbox_id: 'x/0' } } };
    await call('chat.postMessage', args);
    expect(body).toBe(JSON.stringify(args));
  });
});

describe('rendered messages carry their blocks JSON', () => {
  // Every reply of the conversations/*.yaml scripts, rendered as a thread turn renders it (block_ids
  // numbered): the JSON kept for the outbox row and the post is exactly what JSON.stringify makes.
  it('matches JSON.stringify for every reply of the conversation scripts, in both languages', () => {
    const dir = join(__dirname, '../../conversations');
    let checked = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const script = parseYaml(readFileSync(join(dir, f), 'utf8')) as { turns?: { user?: unknown }[] };
      const turns = talk(...(script.turns ?? []).map((t) => t.user).filter((u): u is string => typeof u === 'string'));
      for (const r of turns) {
        for (const reply of r.replies) {
          for (const key of ['D1:1.2', undefined]) {
            for (const m of renderReply(reply, { key, gen: 1 })) {
              expect(stringifyKnown({ blocks: m.blocks })).toBe(JSON.stringify({ blocks: m.blocks }));
              expect(messageJson(m)).toBe(JSON.stringify(m));
              checked++;
            }
          }
          if (reply.summary) {
            const { card, blocksJson } = renderCardJson(reply.summary, reply.lang, { key: 'D1:1.2' });
            expect(blocksJson).toBe(JSON.stringify(card.blocks));
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
