import { displayWidth, renderReply, sanitize, wrap } from '../../src/console/render';
import type { Reply } from '../../src/conversation/document';

const reply: Reply = {
  lang: 'en',
  blocks: [
    { type: 'heading', text: 'Fix it' },
    { type: 'subheading', text: 'Step 1: Back up' },
    { type: 'paragraph', text: 'Set `Enabled` to 1.' },
    { type: 'steps', items: ['first', 'second'] },
    { type: 'bullets', items: ['a point'] },
    { type: 'code', text: 'line one\nline two' },
    { type: 'warning', title: 'Careful', text: 'Telnet stops.' },
    { type: 'question', code: 'need-tms-version', text: 'Which TMS?', example: '15.2.1', choices: [{ id: 'answer', label: 'TMS 15.x', value: '15' }] },
    { type: 'context', text: 'Understood so far: TMS 15' },
    { type: 'actions', actions: [{ id: 'start-over', label: 'Start over' }] },
    { type: 'divider' },
  ],
};

describe('terminal renderer', () => {
  it('renders every block kind as plain text without colours', () => {
    const out = renderReply(reply);
    expect(out).toContain('Fix it\n======');
    expect(out).toContain('Step 1: Back up\n---------------');
    expect(out).toContain('  1. first\n  2. second');
    expect(out).toContain('  • a point');
    expect(out).toContain('    line one\n    line two');
    expect(out).toContain('⚠ Careful\n  Telnet stops.');
    expect(out).toContain('? Which TMS?');
    expect(out).toContain('  1) TMS 15.x');
    expect(out).toContain('[Start over]');
    expect(out).toContain('Set `Enabled` to 1.');
    expect(out).not.toMatch(/\u001b/);
  });

  it('uses ANSI colours only when asked, and highlights `literals`', () => {
    const out = renderReply(reply, { color: true });
    expect(out).toMatch(/\u001b\[1mFix it\u001b\[0m/);
    expect(out).toMatch(/\u001b\[36mEnabled\u001b\[0m/);
  });

  it('strips control and bidi characters from any text, including user-supplied labels', () => {
    const evil: Reply = {
      lang: 'en',
      blocks: [
        { type: 'paragraph', text: 'a\u001b[2Jb\u0007c\u202ed\u0000e' },
        { type: 'question', code: 'x', text: 'q\u001b]0;title\u0007', choices: [{ id: 'answer', label: 'l\u009bx', value: 'v' }] },
      ],
    };
    const out = renderReply(evil, { color: false });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(sanitize('x\ty\r\nz')).toBe('x  y\nz');
  });

  it('wraps on spaces and counts wide characters double', () => {
    expect(wrap('aaaa bbbb cccc dddd eeee ffff', 20)).toBe('aaaa bbbb cccc dddd\neeee ffff');
    expect(displayWidth('TLS の問題')).toBe(10);
    expect(renderReply({ lang: 'ja', blocks: [{ type: 'heading', text: '問題です' }] })).toBe('問題です\n========\n');
  });

  it('labels examples in the reply language', () => {
    const q = { type: 'question' as const, code: 'need-tms-version', text: 'TMS?', example: '15.2.1', choices: [] };
    expect(renderReply({ lang: 'ja', blocks: [q] })).toContain('例：15.2.1');
    expect(renderReply({ lang: 'en', blocks: [q] })).toContain('e.g. 15.2.1');
  });

  it('never throws on a malformed reply', () => {
    expect(() => renderReply({ lang: 'en', blocks: [null, { type: 'nope' }, { type: 'steps' }] } as unknown as Reply)).not.toThrow();
  });
});
