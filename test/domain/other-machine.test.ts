import { AGE_WORDS_EN, ENV_WORDS_EN, wordsBut } from '../../src/domain/understand/other-machine';

describe('other-machine pieces: wordsBut (a narrower reader names the words it leaves out)', () => {
  it('leaves out the named words and keeps the order of the rest', () => {
    expect(wordsBut(ENV_WORDS_EN, 'testing')).toBe('lab|test|staging|dev');
    expect(wordsBut(AGE_WORDS_EN, 'older', 'newer', 'prior', 'legacy')).toBe('old|new|previous|former');
  });

  it('refuses a word the piece does not have (a typo would leave the list as it was without a word said)', () => {
    expect(() => wordsBut(ENV_WORDS_EN, 'tset')).toThrow(/tset/);
  });
});
