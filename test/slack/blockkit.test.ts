import fc from 'fast-check';
import type { Block, Reply } from '../../src/conversation/document';
import { keyFromBlockId, LIMITS, renderReply, renderReplies, type SlackMessage } from '../../src/slack/blockkit';
import { escapeMrkdwn, inertMarkup, splitEscaped } from '../../src/slack/mrkdwn';

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const squash = (s: string) => s.replace(/\s+/g, '');

/** Every mrkdwn/plain text in a message, with its kind. */
function texts(m: SlackMessage): { kind: string; text: string }[] {
  const out: { kind: string; text: string }[] = [{ kind: 'fallback', text: m.text }];
  for (const b of m.blocks as any[]) {
    if (b.type === 'section') out.push({ kind: 'section', text: b.text.text });
    if (b.type === 'header') out.push({ kind: 'header', text: b.text.text });
    if (b.type === 'context') for (const e of b.elements) out.push({ kind: 'context', text: e.text });
    if (b.type === 'actions')
      for (const e of b.elements) {
        if (e.type === 'button') out.push({ kind: 'button', text: e.text.text });
        if (e.type === 'static_select') for (const o of e.options) out.push({ kind: 'option', text: o.text.text });
      }
  }
  return out;
}

function checkLimits(msgs: SlackMessage[]): void {
  for (const m of msgs) {
    expect(m.blocks.length).toBeGreaterThan(0);
    expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    expect(m.text.trim().length).toBeGreaterThan(0);
    expect(m.text.length).toBeLessThanOrEqual(4000); // Slack's recommended maximum for `text`
    const ids = m.blocks.map((b: any) => b.block_id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of m.blocks as any[]) {
      if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      if (b.type === 'header') expect(Array.from(b.text.text as string).length).toBeLessThanOrEqual(LIMITS.headerText);
      if (b.type === 'context') {
        expect(b.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
        for (const e of b.elements) expect(e.text.length).toBeLessThanOrEqual(LIMITS.contextText);
      }
      if (b.type === 'actions') {
        expect(b.elements.length).toBeLessThanOrEqual(LIMITS.actionsElements);
        const aids = b.elements.map((e: any) => e.action_id);
        expect(new Set(aids).size).toBe(aids.length);
        for (const e of b.elements) {
          if (e.type === 'button') {
            expect(Array.from(e.text.text as string).length).toBeLessThanOrEqual(LIMITS.buttonText);
            if (e.value !== undefined) expect(e.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
          }
          if (e.type === 'static_select') for (const o of e.options) expect(o.value.length).toBeLessThanOrEqual(LIMITS.optionValue);
        }
      }
    }
    // mrkdwn texts: no raw < or >, every & starts an entity
    for (const t of texts(m)) {
      if (t.kind === 'header' || t.kind === 'button' || t.kind === 'option') continue;
      const withoutOurMentions = t.text.replace(/<@U[A-Z0-9]+>/g, '');
      expect(withoutOurMentions).not.toMatch(/[<>]/);
      expect(t.text).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
  }
}

const reply = (blocks: Block[], lang: 'en' | 'ja' = 'en'): Reply => ({ lang, blocks });

describe('Block Kit rendering', () => {
  it('renders each kind of block of the reply model', () => {
    const [m] = renderReply(
      reply([
        { type: 'heading', text: 'TMS cannot reach the endpoint over HTTPS' },
        { type: 'paragraph', text: 'TMS at Medium offers only TLS 1.0.' },
        { type: 'steps', items: ['Back up the registry', 'Reboot the server'] },
        { type: 'bullets', items: ['one', 'two'] },
        { type: 'code', text: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols' },
        { type: 'warning', title: 'Telnet and SNMP stop', text: 'Medium-High disables Telnet and SNMP.' },
        { type: 'question', code: 'need-sql-version', text: 'Which SQL Server?', example: '2012 SP1', choices: [{ id: 'answer', label: '2012', value: '2012' }] },
        { type: 'context', text: 'Understood: TMS 15.2.1 · CE 9.15.3' },
        { type: 'divider' },
        { type: 'actions', actions: [{ id: 'start-over', label: 'Start over' }, { id: 'probe-endpoint', label: 'Probe an endpoint', style: 'primary' }] },
      ]),
      { key: 'C1:1.2' },
    );
    const types = m!.blocks.map((b) => b.type);
    expect(types).toEqual(['header', 'section', 'section', 'section', 'section', 'section', 'section', 'actions', 'context', 'divider', 'actions']);
    const s = m!.blocks as any[];
    expect(s[2].text.text).toBe('1. Back up the registry\n2. Reboot the server');
    expect(s[4].text.text.startsWith('```\n')).toBe(true);
    expect(s[5].text.text).toMatch(/^:warning: \*Telnet and SNMP stop\*\n/);
    expect(s[6].text.text).toContain('_e.g. 2012 SP1_');
    expect(s[7].elements[0]).toMatchObject({ type: 'button', action_id: 'answer', value: '2012' });
    expect(s[10].elements[1]).toMatchObject({ action_id: 'probe-endpoint', style: 'primary' });
    expect(keyFromBlockId(s[7].block_id)).toBe('C1:1.2');
    expect(m!.text).toContain('TMS at Medium offers only TLS 1.0.');
    checkLimits([m!]);
  });

  it('offers ≤5 choices as buttons with distinct action ids, more as a select', () => {
    const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ id: 'answer', label: `Option ${i}`, value: `v${i}` }));
    const [few] = renderReply(reply([{ type: 'question', code: 'q', text: 'Q?', choices: choices(5) }]));
    const acts = few!.blocks.find((b) => b.type === 'actions') as any;
    expect(acts.elements.map((e: any) => e.action_id)).toEqual(['answer', 'answer:1', 'answer:2', 'answer:3', 'answer:4']);
    const [many] = renderReply(reply([{ type: 'question', code: 'q', text: 'Q?', choices: choices(8) }], 'ja'));
    const sel = (many!.blocks.find((b) => b.type === 'actions') as any).elements[0];
    expect(sel).toMatchObject({ type: 'static_select', action_id: 'answer' });
    expect(sel.options).toHaveLength(8);
    expect(sel.placeholder.text).toBe('回答を選択…');
  });

  it('never loses a long button label: the full text is spelled out beside the buttons', () => {
    const label = 'Windows Server 2008 R2 with SQL Server 2008 R2 SP3 installed locally on the same machine as TMS';
    const [m] = renderReply(reply([{ type: 'question', code: 'q', text: 'Which?', choices: [{ id: 'answer', label, value: 'x' }] }]));
    checkLimits([m!]);
    expect(JSON.stringify(m!.blocks)).toContain(label);
  });

  it('splits long content into more blocks and messages, never truncating', () => {
    const para = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const steps = Array.from({ length: 200 }, (_, i) => `step number ${i} ${'x'.repeat(60)}`);
    const code = Array.from({ length: 500 }, (_, i) => `line ${i} <value> & more`).join('\n');
    const blocks: Block[] = [{ type: 'heading', text: 'H'.repeat(400) }, { type: 'paragraph', text: para }, { type: 'steps', items: steps }, { type: 'code', text: code }];
    for (let i = 0; i < 80; i++) blocks.push({ type: 'paragraph', text: `para ${i}` });
    const msgs = renderReply(reply(blocks), { key: 'C9:1.1' });
    expect(msgs.length).toBeGreaterThan(1);
    checkLimits(msgs);
    // the notification text is a shortened copy; the blocks keep everything
    expect(msgs[0]!.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    expect(msgs[0]!.text.endsWith('…')).toBe(true);
    const all = msgs.flatMap((m) => texts(m).filter((t) => t.kind !== 'fallback').map((t) => unescape(t.text))).join('\n');
    expect(squash(all)).toContain(squash(para));
    expect(squash(all)).toContain('H'.repeat(400));
    for (const s of steps) expect(all).toContain(s);
    const codeOut = msgs.flatMap((m) => (m.blocks as any[]).filter((b) => b.type === 'section' && b.text.text.startsWith('```')).map((b) => unescape(b.text.text.slice(4, -4)))).join('\n');
    expect(codeOut).toBe(code);
    for (let i = 0; i < 80; i++) expect(all).toContain(`para ${i}`);
  });

  it('escapes hostile text everywhere it appears', () => {
    const evil = '<!channel> <!here|here> <@U0ADMIN> <https://evil.example|Microsoft KB> <#C1|general> & &amp; <mailto:x@y.z>';
    const msgs = renderReply(
      reply([
        { type: 'heading', text: evil },
        { type: 'paragraph', text: evil },
        { type: 'steps', items: [evil] },
        { type: 'code', text: `${evil}\n\`\`\`break out` },
        { type: 'warning', title: evil, text: evil },
        { type: 'question', code: 'q', text: evil, example: evil, choices: [{ id: 'answer', label: evil, value: evil }] },
        { type: 'context', text: evil },
      ]),
    );
    checkLimits(msgs);
    const json = JSON.stringify(msgs);
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('&amp;amp;');
  });

  it('Share and Add details: added to ephemeral replies, removed from visible ones', () => {
    const r = reply([{ type: 'paragraph', text: 'x' }, { type: 'actions', actions: [{ id: 'share', label: 'Share' }, { id: 'add-details', label: 'Add details' }, { id: 'start-over', label: 'Start over' }] }]);
    const ids = (m: SlackMessage[]) => m.flatMap((x) => (x.blocks as any[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements.map((e: any) => e.action_id)));
    expect(ids(renderReply(r, { share: 'remove' }))).toEqual(['start-over']);
    expect(ids(renderReply(reply([{ type: 'paragraph', text: 'x' }]), { share: 'add' }))).toEqual(['share', 'add-details']);
    expect(ids(renderReplies([reply([{ type: 'paragraph', text: 'a' }]), reply([{ type: 'paragraph', text: 'b' }])], { share: 'add' }))).toEqual(['share', 'add-details']);
  });

  it('keeps within limits for arbitrary replies (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '<', '>', '&', '@', '!', 'é', '日', '😀', '`', '*'), maxLength: 4000 });
    const action = fc.record({ id: fc.constantFrom('answer', 'start-over', 'share', 'x-y'), label: text, value: fc.option(text, { nil: undefined }) });
    const block: fc.Arbitrary<Block> = fc.oneof(
      fc.record({ type: fc.constant('heading' as const), text }),
      fc.record({ type: fc.constant('paragraph' as const), text }),
      fc.record({ type: fc.constant('subheading' as const), text }),
      fc.record({ type: fc.constant('steps' as const), items: fc.array(text, { maxLength: 6 }) }),
      fc.record({ type: fc.constant('code' as const), text }),
      fc.record({ type: fc.constant('warning' as const), title: text, text }),
      fc.record({ type: fc.constant('context' as const), text }),
      fc.record({ type: fc.constant('question' as const), code: fc.constant('q'), text, choices: fc.array(action, { maxLength: 9 }) }),
      fc.record({ type: fc.constant('actions' as const), actions: fc.array(action, { maxLength: 30 }) }),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), fc.constantFrom('add', 'remove', 'keep') as fc.Arbitrary<'add' | 'remove' | 'keep'>, (blocks, share) => {
        const msgs = renderReply(reply(blocks), { key: 'C1:1.0', share });
        const nonEmpty = msgs.filter((m) => m.blocks.length > 0);
        checkLimits(nonEmpty);
        // paragraphs survive whole (modulo whitespace at split points, and the zero-width spaces that keep a user's *marks* inert)
        const all = squash(msgs.flatMap((m) => texts(m).filter((t) => t.kind === 'section').map((t) => unescape(t.text).replace(/\u200b/g, ''))).join(''));
        for (const b of blocks) if (b.type === 'paragraph') expect(all).toContain(squash(b.text));
      }),
      { numRuns: 60 },
    );
  });
});

describe('a full diagnosis in Slack', () => {
  it('shows the title of each step and finding in bold, apart from its explanation', () => {
    const { step } = require('../../src/conversation/engine') as typeof import('../../src/conversation/engine');
    const out = step(null, { kind: 'text', text: 'TMS 15.2.1, codecs on ce9.15, SQL 2012 SP1' });
    const sections = renderReplies(out.replies, {}).flatMap((m) => texts(m).filter((t) => t.kind === 'section').map((t) => t.text));
    const bold = sections.filter((t) => /^\*[^*]+\*$/.test(t));
    for (const title of ['Back up the registry first', 'Reboot only if registry keys changed', 'Steps, in order']) {
      expect(bold.some((t) => t.includes(title))).toBe(true);
    }
    // the explanation that follows a title is a plain section of its own
    const i = sections.findIndex((t) => t.includes('Back up the registry first') && t.startsWith('*Step'));
    expect(sections[i + 1].startsWith('*')).toBe(false);
  });
});

describe('marks a user typed, quoted back in a paragraph', () => {
  it('*bold*, _it_ and ~s~ are not formatted (a zero-width space before the opening mark); code spans and mid-word marks stay', () => {
    const [m] = renderReply({ lang: 'en', blocks: [{ type: 'paragraph', text: 'I could not find a version or a request in "thanks *bold* _it_ ~s~ `*x*` s52010tc7_3_5.pkg".' }] });
    const section = (m!.blocks[0] as any).text.text as string;
    expect(section).toContain('"thanks \u200b*bold* \u200b_it_ \u200b~s~ `*x*` s52010tc7_3_5.pkg"');
    expect(section).not.toMatch(/(^|\s)\*bold\*/);
    expect(section.replace(/\u200b/g, '')).toContain('thanks *bold* _it_ ~s~');
    expect(m!.text).not.toContain('\u200b');
  });
  it('leaves text without marks as it is, and never breaks an entity', () => {
    expect(inertMarkup('a &lt;b&gt; c')).toBe('a &lt;b&gt; c');
    expect(inertMarkup('*a* 2 * 3')).toBe('\u200b*a* 2 * 3');
    expect(inertMarkup('「*太字*」')).toBe('「\u200b*太字*」');
  });
});

describe('splitEscaped', () => {
  it('never cuts an entity or a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('&', '<', 'a', '😀', ' '), maxLength: 300 }), fc.integer({ min: 8, max: 40 }), (s, limit) => {
        const e = escapeMrkdwn(s);
        const parts = splitEscaped(e, limit);
        for (const p of parts) {
          expect(p.length).toBeLessThanOrEqual(limit);
          expect(p).not.toMatch(/&(?!amp;|lt;|gt;)/);
          expect(p).not.toMatch(/[\ud800-\udbff]$/);
          expect(p).not.toMatch(/^[\udc00-\udfff]/);
        }
        expect(squash(parts.join(''))).toBe(squash(e));
      }),
      { numRuns: 200 },
    );
  });
});
