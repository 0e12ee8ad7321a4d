import { renderReply } from '../../src/slack/blockkit';

// Button labels and headers are counted in code points (Slack's limit); the count is now skipped
// when the UTF-16 length is already within the limit. Labels around the limit, with astral
// characters (2 UTF-16 units, 1 code point), must be cut exactly as before.
describe('label and header lengths near the limits', () => {
  const emoji = '\u{1F600}';
  const labels = ['', ' ', 'a'.repeat(75), 'a'.repeat(76), emoji.repeat(75), emoji.repeat(76), `${'a'.repeat(74)}${emoji}`, `${'a'.repeat(75)}${emoji}`, emoji.repeat(38)];

  const buttonTexts = (label: string): string[] => {
    const [m] = renderReply({ lang: 'en', blocks: [{ type: 'actions', actions: [{ id: 'x', label, value: 'v' }] }] });
    return (m?.blocks ?? []).flatMap((b) => ((b as { elements?: { text?: { text: string } }[] }).elements ?? []).map((e) => e.text?.text ?? ''));
  };

  it('keeps a label of at most 75 code points and cuts a longer one to 74 and an ellipsis', () => {
    for (const label of labels) {
      const chars = Array.from(label.trim() === '' ? '·' : label);
      const want = chars.length <= 75 ? label : `${chars.slice(0, 74).join('')}…`;
      for (const t of buttonTexts(label)) expect(t).toBe(want);
    }
    expect(buttonTexts(emoji.repeat(75))).toEqual([emoji.repeat(75)]);
  });

  it('a heading of at most 150 code points stays a header, even when longer in UTF-16 units', () => {
    const [m] = renderReply({ lang: 'en', blocks: [{ type: 'heading', text: emoji.repeat(150) }] });
    expect(m!.blocks[0]!.type).toBe('header');
    const [n] = renderReply({ lang: 'en', blocks: [{ type: 'heading', text: emoji.repeat(151) }] });
    expect(n!.blocks[0]!.type).toBe('section');
  });
});
