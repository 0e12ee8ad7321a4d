import { clip } from '../../src/conversation/summary';

describe('clip (the card and fallback texts within a limit of code points)', () => {
  it('keeps a text that fits, counted in code points, not UTF-16 units', () => {
    const emoji = '😀'.repeat(10); // 20 UTF-16 units, 10 code points
    expect(clip(emoji, 10)).toBe(emoji);
    expect(clip('short text', 50)).toBe('short text');
  });

  it('cuts a long text at a word boundary with an ellipsis, never splitting a surrogate pair', () => {
    const long = `${'word '.repeat(200)}end`;
    const out = clip(long, 40);
    expect(Array.from(out).length).toBeLessThanOrEqual(40);
    expect(out.endsWith('word…')).toBe(true);
    const astral = '𠮷'.repeat(500); // 1,000 units, 500 code points, no spaces
    const cut = clip(astral, 30);
    expect(Array.from(cut)).toHaveLength(30);
    expect(cut).toBe(`${'𠮷'.repeat(29)}…`);
  });

  it('cuts a text just over the limit the same way as one far over it', () => {
    const a = 'x'.repeat(45);
    expect(clip(a, 40)).toBe(`${'x'.repeat(39)}…`);
    expect(clip('x'.repeat(5000), 40)).toBe(`${'x'.repeat(39)}…`);
  });
});
