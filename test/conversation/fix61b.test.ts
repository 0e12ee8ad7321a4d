/**
 * FIX61B: endpoint / plan / wording reader leftovers (REV37 #8–#11, note-42 "Left").
 * 1. A check under way (「…も失敗しているか確認しています」, "we're checking whether the MX300 fails too") records no failing release.
 */
import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from './helpers';

const B = 'TMS 15.9 at Medium, SX80 on CE 9.15, SQL 2016 local, Windows 2019, No HTTPS response';
const BJ = 'TMS 15.9 を Medium で使っています。SX80 は CE 9.15、SQL 2016 はローカル、Windows 2019、No HTTPS response が出ます';

describe('FIX61B #1: a check under way records no failing release', () => {
  it.each([
    'CE9.15.3 の MX300 も失敗しているか確認しています',
    'CE9.15.3 の MX300 も失敗しているか確認中です',
    'CE9.15.3 の MX300 も失敗しているかどうか確認しています',
    'CE9.15.3 の MX300 も失敗しているかを調べているところです',
    "we're checking whether the MX300 on CE 9.15.3 fails too",
    'we are checking if the CE 9.15.3 MX300 also fails',
    'still checking whether the MX300 on CE 9.15.3 fails too',
    "I'm checking to see if the MX300 (CE 9.15.3) is failing too",
  ])('nothing recorded: %s', (m) => {
    const f = extractFacts(m).facts;
    expect(f.endpoint).toBeUndefined();
    expect(f.endpointGroups).toBeUndefined();
  });
  it.each([
    ['ja', BJ, 'CE9.15.3 の MX300 も失敗しているか確認しています'],
    ['en', B, "we're checking whether the MX300 on CE 9.15.3 fails too"],
  ] as const)('%s: the case keeps one failing release, no "fails too" note', (lang, base, m) => {
    const r = runIn(lang, [base, m]);
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
    expect(r.state.facts.endpointGroups ?? []).toHaveLength(0);
    expect(rendered(r)).not.toMatch(/9\.15\.3/);
  });
  it.each([
    'CE9.15.3 の MX300 も失敗しています',
    'CE9.15.3 の MX300 も失敗することを確認しています',
    'CE9.15.3 の MX300 も失敗しているか確認しましたが、失敗していました',
    'SX80 を CE9.15.3 に上げたら No HTTPS response になったので MX300 も失敗しているか確認しています',
    'the MX300 on CE 9.15.3 fails too',
    'we checked whether the MX300 on CE 9.15.3 fails too: it does',
  ])('a report still records it: %s', (m) => {
    expect(extractFacts(m).facts.endpoint?.semver).toBe('9.15.3');
  });
});
