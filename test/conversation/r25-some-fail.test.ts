/**
 * QA round 21 F6 (rest), F9, F10: a count still failing ("still failing on 3", "3 still fail", 「まだ3台ダメです」) after
 * Medium-High is a partial success, also behind a closing ("thanks, but 2 are still red", "closing the ticket, 3 codecs
 * still fail though", 「ありがとう、でもまだ3台ダメです」); a bare "some work, some don't" (「動くのと動かないのがある」)
 * before any change gets the "only some systems fail" answer.
 */
import { failureScope, stillFailingCountIn } from '../../src/domain/understand/scope';
import { last, rendered, runIn, talk } from './helpers';

const EN = 'TMS 15.9, CE 9.15, win 2016, sql 2016 remote';
const JA = 'TMS 15.9、CE9.15、Win2016、SQL2016リモート';

describe('a count still failing after Medium-High: a partial success (F6, F10)', () => {
  it.each(['reboot? already did, still failing on 3', 'rebooted already, still failing on 3', 'still failing on 3', '3 still fail', 'thanks, but 2 are still red', 'closing the ticket, 3 codecs still fail though'])('EN %s', (msg) => {
    const r = last(talk(EN, 'set medium-high', msg));
    expect(rendered(r)).toMatch(/part of it works/);
    expect(r.state.facts.tlsClaims?.partlyWorks).toBe(true);
    expect(rendered(r)).not.toMatch(/does not change my previous answer|could not find|Is a reboot needed/);
  });
  it.each(['ありがとう、でもまだ3台ダメです', 'まだ3台ダメです', '3台はまだ失敗しています'])('JA %s', (msg) => {
    const r = runIn('ja', [JA, 'Medium-High に変更しました', msg]);
    expect(rendered(r)).toMatch(/一部は直った/);
    expect(rendered(r)).not.toMatch(/どういたしまして/);
  });
  it('before any change, a closing that carries a failure is read as some failing, not thanks', () => {
    const r = last(talk(EN, 'closing the ticket, 3 codecs still fail though'));
    expect(r.state.facts.scope).toBe('some');
    const j = runIn('ja', [JA, 'ありがとう、でもまだ3台ダメです']);
    expect(j.state.facts.scope).toBe('some');
    expect(rendered(j)).not.toMatch(/どういたしまして/);
  });
  it.each(['all 3 still fail', 'TMS 15 still fails', 'still failing on 3 of 3', 'it still fails', 'still failing', '全3台まだダメです', 'we tried 3 times, still failing'])('not a part: %s', (msg) => {
    expect(stillFailingCountIn(msg.toLowerCase())).toBe(false);
  });
});

describe('F9: bare "some work, some don\'t" before any change', () => {
  it.each(["some work, some don't", "some work and some don't", 'some are fine, others fail'])('EN %s', (msg) => {
    const r = last(talk(EN, msg));
    expect(r.state.facts.scope).toBe('some');
    expect(rendered(r)).toMatch(/Only some systems fail: that fits this problem/);
  });
  it.each(['動くのと動かないのがある', '動くものと動かないものがあります'])('JA %s', (msg) => {
    const r = runIn('ja', [JA, msg]);
    expect(r.state.facts.scope).toBe('some');
    expect(rendered(r)).toMatch(/一部のシステムだけが失敗する：この問題と一致します/);
  });
  it.each(["some settings work, some don't", 'we did some work on it', '動くかどうか確認します'])('not a scope: %s', (msg) => {
    expect(failureScope(msg)).toBeNull();
  });
  it('after the change it stays a partial success', () => {
    expect(rendered(last(talk(EN, 'set medium-high', "after the reboot, some work, some don't")))).toMatch(/part of it works/);
  });
});
