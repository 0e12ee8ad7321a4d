/**
 * QA51 #9: one node of a redundant TMS reported done and the other not, in more words ("we did the fix on node A … node B
 * untouched", 「1号機だけ対応済みです。2号機はまだです。」): the failover warning, not "nothing changes" or not understood.
 */
import { talk, last, rendered } from './helpers';
import { sideStatementIn } from '../../src/domain/understand/side-statement';

const SETUP = 'TMS 15.13 two nodes, Win 2016, SQL 2016 remote, CE 9.15';

describe('QA51 #9: one node done, the other not', () => {
  it.each([
    ['we did the fix on node A, endpoints are fine now. node B untouched', /failover to it brings "No HTTPS response" back/],
    ['fixed node 1, node 2 not yet', /failover to it brings "No HTTPS response" back/],
    ['1号機だけ対応済みです。2号機はまだです。', /フェイルオーバーすると「No HTTPS response」が再発/],
    ['プライマリは対応済み、セカンダリはまだです', /フェイルオーバーすると「No HTTPS response」が再発/],
  ])('%s', (msg, warn) => {
    const r = last(talk(SETUP, msg));
    expect(r.route).toBe('side-statement');
    expect(r.understoodNothing).toBeFalsy();
    expect(rendered(r)).toMatch(warn);
  });

  it.each([
    'we will do the fix on node A tomorrow, node B untouched',
    'the fix will be done on node A, node B untouched',
    '1号機は直りました、2号機はまだ No HTTPS response です',
    '会議室の1号機は対応済み、2号機はまだです',
    '1号機だけ対応済みですか？2号機はまだです',
    '1号機は完了していません、2号機はまだです',
    'did the fix on node A, node B too',
  ])('not a one-node report: %s', (msg) => {
    expect(sideStatementIn(msg)).not.toBe('one-node-done');
  });
});
