import { worksUnsureIn } from '../../src/conversation/works-unsure';

describe('works now, but not sure why', () => {
  it.each(['it works now, but not sure why', 'it works now, no idea what fixed it', 'fixed, dunno why', '直ったけど理由が分かりません', '直りました。何が効いたのか分かりません'])('%s: read as a close with the reason unknown', (m) => {
    expect(worksUnsureIn(m)).toBe(true);
  });
  it.each([
    'it works now', // a plain close
    'not sure why', // nothing works
    'still failing, not sure why',
    'works for the Cisco ones, not sure why', // some only: the partial-success reader's
    'Cisco の機器は直りましたが理由は分かりません',
    'まだ直っていません。理由が分かりません',
  ])('%s: not this reader', (m) => {
    expect(worksUnsureIn(m)).toBe(false);
  });
});
