import fc from 'fast-check';
import semver from 'semver';
import { diagnose } from '../../src/domain/diagnose';
import { extractFacts } from '../../src/domain/extract';
import {
  endpointRefusesTls10,
  parseEndpoint,
  parseLevel,
  parseSql,
  parseSqlLocation,
  parseTms,
  parseWindows,
} from '../../src/domain/versions';
import type { ParseProblem } from '../../src/domain/types';

const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;
const RUNS = { numRuns: 300 };

function wellFormed(p: ParseProblem) {
  expect(['tms', 'endpoint', 'sql', 'windows', 'level']).toContain(p.field);
  expect(p.message.en.length).toBeGreaterThan(10);
  expect(p.message.ja).toMatch(JA);
  expect(p.input.length).toBeLessThanOrEqual(120);
}

describe('properties: endpoint versions', () => {
  it('every TC x.y.z spelling parses to x.y.z and refuses TLS 1.0 exactly from 7.3.6', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 7 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('TC%a.%b.%c', 'tc%a.%b.%c.4c7b8e7', 's52010tc%a_%b_%c.pkg', 'TC %a.%b.%c', 'they run tc%a.%b.%c now'),
        (a, b, c, tpl) => {
          const r = parseEndpoint(tpl.replace('%a', String(a)).replace('%b', String(b)).replace('%c', String(c)));
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.value.family).toBe('TC');
          expect(r.value.semver).toBe(`${a}.${b}.${c}`);
          expect(endpointRefusesTls10(r.value)).toBe(semver.gte(`${a}.${b}.${c}`, '7.3.6'));
        },
      ),
      RUNS,
    );
  });

  it('every CE x.y.z spelling parses and refuses TLS 1.0 exactly from 8.1.0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 11 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom('CE %a.%b.%c', 'ce%a.%b.%c.199465', 's52010ce%a_%b_%c', 'CE%a.%b.%c'),
        (a, b, c, tpl) => {
          const r = parseEndpoint(tpl.replace('%a', String(a)).replace('%b', String(b)).replace('%c', String(c)));
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.value.family).toBe('CE');
          expect(endpointRefusesTls10(r.value)).toBe(semver.gte(`${a}.${b}.${c}`, '8.1.0'));
        },
      ),
      RUNS,
    );
  });
});

describe('properties: arbitrary input', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ maxLength: 300 }),
    fc.stringMatching(/^[ -~]{0,200}$/),
  );

  it('parsers never throw and report well-formed problems', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const f of [parseTms, parseEndpoint, parseSql, parseWindows, parseLevel]) {
          const r = f(s);
          if (!r.ok) wellFormed(r.problem);
        }
        parseSqlLocation(s);
      }),
      RUNS,
    );
  });

  it('extractFacts + diagnose never throw on any text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const x = extractFacts(s);
        for (const p of x.problems) wellFormed(p);
        const d = diagnose({ ...x.facts });
        expect(['yes', 'no', 'unknown']).toContain(d.affected);
      }),
      RUNS,
    );
  });
});

describe('properties: extraction recovers facts from composed sentences', () => {
  const tmsV = fc.tuple(fc.integer({ min: 12, max: 15 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 9 }));
  const epV = fc.oneof(
    fc.tuple(fc.constant('TC' as const), fc.constant(7), fc.constant(3), fc.integer({ min: 0, max: 30 })),
    fc.tuple(fc.constant('CE' as const), fc.integer({ min: 8, max: 9 }), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 9 })),
  );
  const sqlV = fc.tuple(fc.constantFrom(2008, 2012, 2014, 2016, 2019), fc.integer({ min: 0, max: 4 }));
  const winV = fc.constantFrom('2008 R2', '2012', '2012 R2', '2016', '2019', '2022');

  it('EN and JA, any order', () => {
    fc.assert(
      fc.property(tmsV, epV, sqlV, winV, fc.boolean(), fc.integer({ min: 0, max: 23 }), (t, e, q, w, ja, perm) => {
        const tms = `${t[0]}.${t[1]}.${t[2]}`;
        const ep = `${e[0]}${e[1]}.${e[2]}.${e[3]}`;
        const sql = `${q[0]}${q[0] === 2008 ? ' R2' : ''} SP${q[1]}`;
        const parts = ja
          ? [`TMSは${tms}`, `エンドポイントは${ep}です`, `SQLは${sql}`, `Windowsは${w}`]
          : [`TMS is ${tms}`, `endpoints run ${ep}`, `SQL Server ${sql}`, `Windows Server ${w}`];
        // one of the 24 orders
        const order = [0, 1, 2, 3];
        let k = perm;
        const picked: string[] = [];
        while (order.length) {
          picked.push(parts[order.splice(k % order.length, 1)[0]]);
          k = Math.floor(k / 4);
        }
        const text = picked.join(ja ? '、' : ', ');
        const { facts, problems, lang } = extractFacts(text);
        expect(lang).toBe(ja ? 'ja' : 'en');
        expect(problems).toEqual([]);
        expect(facts.tms?.semver).toBe(tms);
        expect(facts.endpoint?.semver).toBe(`${e[1]}.${e[2]}.${e[3]}`);
        expect(facts.sql?.year).toBe(q[0]);
        expect(facts.sql?.sp).toBe(q[1]);
        expect(facts.windows?.year).toBe(Number(w.slice(0, 4)));
        expect(facts.windows?.r2).toBe(w.endsWith('R2'));
      }),
      RUNS,
    );
  });
});
