import { sameJson } from '../../src/conversation/same-json';
import { keysSet } from '../../src/conversation/retraction';
import { replacedValues } from '../../src/conversation/merge';
import type { Facts } from '../../src/domain/types';
import { talk } from './helpers';

/** What the code compared before: the two values' JSON. */
const byJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Facts of real conversations (each turn's), and JSON copies of them (new objects, as a stored state read back). */
const MESSAGES = [
  ['TMS shows No HTTPS response after we upgraded the codecs', 'TMS 15.2.1', 'endpoints are on ce9.15.3', 'SQL Server 2012 SP4 on the TMS server', 'Windows Server 2012 R2', 'security level is Medium'],
  ['TMS 14.6.2, TC 7.3.6, SQL 2008 R2 on the TMS server', 'actually SQL is on a separate server', 'we also have 2 MXPs managed over telnet', 'set Medium-High and rebooted, SX20s green, the HDX still fails'],
  ['TMS は 15.13 です', 'エンドポイントは CE9.15、SQL は別サーバー', 'レベルは Medium です', '2台も緑になりました'],
];
const FACTS: Facts[] = MESSAGES.flatMap((msgs) => talk(...msgs).map((r) => r.state.facts));

describe('sameJson (the JSON comparison of facts, without building the strings)', () => {
  it('agrees with comparing JSON.stringify over every pair of facts and fields of real conversations', () => {
    const values: unknown[] = [];
    for (const f of FACTS) {
      values.push(f, JSON.parse(JSON.stringify(f)));
      for (const v of Object.values(f)) values.push(v, JSON.parse(JSON.stringify(v ?? null)));
    }
    let equal = 0;
    for (const a of values) {
      for (const b of values) {
        expect(sameJson(a, b)).toBe(byJson(a, b));
        if (a !== b && byJson(a, b)) equal += 1;
      }
    }
    expect(equal).toBeGreaterThan(0);
  });

  it('agrees with JSON.stringify on key order, skipped keys, holes and values JSON writes alike', () => {
    const fn = () => 1;
    const holed = [1, , 3]; // eslint-disable-line no-sparse-arrays
    const pairs: [unknown, unknown][] = [
      [{ a: 1, b: 2 }, { b: 2, a: 1 }],
      [{ a: 1, b: undefined }, { a: 1 }],
      [{ a: 1, f: fn }, { a: 1 }],
      [{ a: [1, undefined] }, { a: [1, null] }],
      [holed, [1, null, 3]],
      [[fn], [null]],
      [{ n: NaN }, { n: null }],
      [{ n: Infinity }, { n: NaN }],
      [{ z: -0 }, { z: 0 }],
      [{ d: new Date(0) }, { d: '1970-01-01T00:00:00.000Z' }],
      [{ t: { toJSON: () => 'x' } }, { t: 'x' }],
      [{ 2: 'a', 1: 'b' }, { 1: 'b', 2: 'a' }],
      [[], {}],
      [{}, []],
      [null, {}],
      [undefined, fn],
      [undefined, null],
      ['1', 1],
      [true, 'true'],
      [{ a: { b: { c: [1, 2, { d: 'x' }] } } }, { a: { b: { c: [1, 2, { d: 'x' }] } } }],
      [{ a: { b: { c: [1, 2, { d: 'x' }] } } }, { a: { b: { c: [1, 2, { d: 'y' }] } } }],
      [{ a: 1 }, { a: 1, b: 2 }],
      [[1, 2], [1, 2, 3]],
    ];
    for (const [a, b] of pairs) {
      expect(sameJson(a, b)).toBe(byJson(a, b));
      expect(sameJson(b, a)).toBe(byJson(b, a));
    }
  });

  it('keysSet and replacedValues read copies of the facts (a stored state read back) as unchanged', () => {
    for (const f of FACTS) {
      const copy = JSON.parse(JSON.stringify(f)) as Facts;
      expect(keysSet(f, copy)).toEqual([]);
      expect(replacedValues(f, copy)).toBeUndefined();
    }
    const before = JSON.parse(JSON.stringify(FACTS[1])) as Facts;
    const after: Facts = { ...before, tms: { product: 'TMS', raw: '15.13', semver: '15.13.0' } };
    expect(keysSet(before, after)).toEqual(['tms']);
    expect(replacedValues(before, after)).toEqual({ tms: before.tms });
  });
});

describe('sameJson decides without JSON.stringify where the answer is plain (perf60b)', () => {
  const pairs: [unknown, unknown][] = [
    ['a', 'b'],
    ['\ud800', '\\ud800'],
    ['', ' '],
    [true, false],
    [{ a: 1 }, undefined],
    [[1], null],
    [{}, ''],
    [[], 0],
    [{ a: 'x' }, 'x'],
    [[true], true],
    ['medium', undefined],
    ['1', 1],
    ['null', null],
    [true, 1],
    [false, null],
    [true, undefined],
  ];

  it('gives the JSON comparison on those pairs, both ways', () => {
    for (const [a, b] of pairs) {
      expect(sameJson(a, b)).toBe(byJson(a, b));
      expect(sameJson(b, a)).toBe(byJson(b, a));
    }
  });

  it('writes no JSON for them, nor for keysSet of a value newly set', () => {
    const spy = jest.spyOn(JSON, 'stringify');
    try {
      for (const [a, b] of pairs) sameJson(a, b);
      const before = FACTS[0];
      const after = FACTS[FACTS.length - 1];
      keysSet({}, after);
      keysSet(before, { ...before, sqlLocation: before.sqlLocation === 'remote' ? 'local' : 'remote' });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
