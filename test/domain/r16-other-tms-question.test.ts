/**
 * "another TMS works" is read by one reader (tms-servers.ts otherTmsSaidToWork, with tmsSaidToWork's works-words), and
 * never for a question asked without "?": "does another TMS work ok", 「別のTMSは正常ですか」.
 */
import { sideStatementIn } from '../../src/domain/understand/side-statement';
import { otherTmsSaidToWork } from '../../src/domain/understand/tms-servers';

describe('another TMS said to work', () => {
  it.each(['does another TMS work ok', 'does the other TMS work fine', 'is the other TMS ok', 'Is another TMS working', '別のTMSは正常ですか', 'もう一台のTMSは問題ないでしょうか'])('a question is no statement: %s', (q) => {
    expect(sideStatementIn(q)).toBeNull();
    expect(otherTmsSaidToWork(q)).toBe(false);
  });

  it.each(['the other TMS works fine', 'the other TMS 15.13 works fine', 'another TMS is working', 'the other TMS has no issues', 'もう一台のTMSは問題ない', '別のTMSは正常です'])('a statement is read: %s', (m) => {
    expect(sideStatementIn(m)).toBe('other-tms-works');
  });

  it.each(["the other TMS doesn't work", 'other TMS works?'])('negatives: %s', (m) => {
    expect(sideStatementIn(m)).toBeNull();
  });

  // (R45A: a node is no other server; it has its own line, both nodes of a redundant TMS take the change.)
  it('the other node is not another TMS server', () => {
    expect(otherTmsSaidToWork('the other TMS node works fine')).toBe(false);
    expect(sideStatementIn('the other TMS node works fine')).toBe('other-node-works');
  });
});
