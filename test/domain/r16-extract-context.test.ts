/**
 * merge.ts builds the ExtractContext with every key written, absent ones undefined (one object shape, so V8 can keep
 * extractUnsafe optimised in the app). That is only the same as leaving the keys out while extract.ts reads the
 * context as `ctx?.key`: this checks, over messages each key matters to and every mix of keys, that a context with
 * its absent keys written as undefined reads exactly as the same context without them.
 */
import { extractFacts, type ExtractContext } from '../../src/domain/extract';

const MESSAGES = [
  'those are on http',
  'we also have 2 MXPs, those are managed over http',
  '2012 R2',
  'on a 2016 server',
  'we moved it onto the TMS server',
  'actually SQL is on a separate server',
  'the vendor says SQL is remote',
  'SQL 2014 SP2 on a separate server',
  'site A runs TMS 15.2, site B runs TMS 15.12, sql 2016 remote, win 2016',
  'TMS 15.2.1, CE 9.15.3, SQL Server 2012 SP4 on the TMS server, Windows Server 2012 R2, security level is Medium',
  'それらは http です',
  'SQL は別サーバーに移しました',
  '2012 R2 です',
];

const KEYS = ['devicesBefore', 'siteText', 'sqlLocalBefore', 'sqlPlaceBefore', 'sqlAsked'] as const;
const VALUES: Record<(typeof KEYS)[number], readonly unknown[]> = {
  devicesBefore: [undefined, 'others', 'both'],
  siteText: [undefined, true],
  sqlLocalBefore: [undefined, true],
  sqlPlaceBefore: [undefined, true],
  sqlAsked: [undefined, true],
};

function contexts(): Record<string, unknown>[] {
  let out: Record<string, unknown>[] = [{}];
  for (const k of KEYS) out = out.flatMap((c) => VALUES[k].map((v) => ({ ...c, [k]: v })));
  return out;
}

describe('ExtractContext: an undefined key reads as an absent one', () => {
  it.each(MESSAGES)('%s', (text) => {
    for (const full of contexts()) {
      const sparse = Object.fromEntries(Object.entries(full).filter(([, v]) => v !== undefined));
      expect(extractFacts(text, full as ExtractContext)).toEqual(extractFacts(text, sparse as ExtractContext));
    }
  });
});
