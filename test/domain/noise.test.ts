/** Noise in pasted tickets never becomes a fact (src/domain/understand/noise.ts). */
import fc from 'fast-check';
import { extractFacts } from '../../src/domain/extract';
import { maskNoise } from '../../src/domain/understand/noise';
import type { Facts } from '../../src/domain/types';

const NOISE = [
  '10.20.30.40', '192.168.1.25:443', 'fe80::1ff:fe23:4567:890a', '5/25/2016', '2016-05-25', '2016/05/25', 'May 25, 2016', '25 May 2016',
  '2016年5月25日', '14:32:10', '9:05 am', '10時30分', 'ticket INC0012345', 'case 688123456', 'case 2016', 'SR 2014', 'INC2012',
  'チケット 2019', '#2022', 'port 443', 'port 2012', '443/tcp', 'frame 1234', 'frame 2016', 'No. 2019', 'build 4c7b8e7',
  'a1b2c3d4e5f6', '00:50:56:AB:CD:EF', 'MAC 00:50:56:ab:cd:ef', '0050.56ab.cdef', '1514 bytes', '2016 bytes', '2.5 MB',
  'Host Name:                 TMS14', 'Computer: TMS14.corp.example.com', 'ホスト名: TMS14-PRD', 'コンピューター: TMS15', 'TMS01', 'tms14',
  'TMS-13-NODE2', 'TMS15',
];

const MESSAGES = [
  'TMS 15.2.1, CE 9.15.3, SQL 2016',
  'TMS 14.6.2 with TC7.3.6 endpoints, SQL Server 2012 SP1',
  'TMS は 15.6、エンドポイントは RoomOS 11.5、SQL は 2008 R2 で同居、OS は 2012 R2',
  'we moved TMS from 14.6 to 15.3, codecs on ce9.15.3.17, SQL 2014 SP2 on another server, Windows 2019',
  'TMS 15.2, level Medium-High, Windows Server 2016',
  'SQL 2012 SP4 remote; endpoints TC 7.3.21; TMS 15.13',
];

/** The facts without `raw` (which keeps what the user typed around the value). */
function shape(f: Partial<Facts>): unknown {
  return JSON.parse(JSON.stringify(f, (k, v) => (k === 'raw' ? undefined : v)));
}

describe('maskNoise', () => {
  it.each(NOISE)('%s is masked', (n) => {
    const out = maskNoise(`x ${n} y`);
    expect(out).not.toMatch(/\d/);
    expect(out.startsWith('x ') && out.endsWith(' y')).toBe(true);
  });
  it.each(['15.2.1', 'ce9.15.3.17', 'RoomOS 11.5', 'RoomOS 11.5.1.6', 'roomos v11.14.1.5', 'TC7.3.21.d1b4a7a', '10.50.6560.0', '11.0.3000.0', 'SQL 2012 SP1 KB3052404', '2008 R2', 's52010ce9_15_3', 'TMS15.2.1', 'TMS14.x', 'TMS15x', 'TMS 15.2.1', 'tms v15.13', 'TMSv15.13'])('%s is kept', (v) => {
    expect(maskNoise(v)).toBe(v);
  });
  it('no noise value alone becomes a fact', () => {
    for (const n of NOISE) expect(extractFacts(n).facts).toEqual({});
  });
});

describe('property: noise inserted anywhere between words never changes the facts read', () => {
  it('holds for every message and noise token', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MESSAGES),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE), fc.constantFrom('%', '(%)', '[%]', '（%）')), { minLength: 1, maxLength: 4 }),
        (message, inserts) => {
          const words = message.split(' ');
          for (const [at, noise, sep] of inserts) {
            let i = at % (words.length + 1);
            // Right after the word RoomOS a four-part number is read as its version (RoomOS 11.5.1.6): not noise there.
            if (i > 0 && /^roomos$/i.test(words[i - 1])) i -= 1;
            words.splice(i, 0, sep.replace('%', noise));
          }
          const noisy = words.join(' ');
          expect(shape(extractFacts(noisy).facts)).toEqual(shape(extractFacts(message).facts));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a four-part RoomOS version is a version, an address next to it is still noise', () => {
  it('reads RoomOS 11.5.1.6 and drops the address', () => {
    const f = extractFacts('endpoint 10.1.2.3 runs RoomOS 11.5.1.6, TMS 15.2.1').facts;
    expect(f.endpoint?.family).toBe('RoomOS');
    expect(f.endpoint?.semver).toBe('11.5.1');
    expect(JSON.stringify(f)).not.toContain('10.1.2');
  });
});

describe('words that begin like a month are not dates', () => {
  it.each(['maybe 2014', 'augmented 2016', 'marked 2019', 'junk 2012'])('%s keeps its number', (t) => {
    expect(maskNoise(`SQL ${t}`)).toContain(t.split(' ')[1]);
  });
  it.each(['May 2019', 'Sept. 2016', 'march 2014', 'Dec 2012'])('%s is still a date', (t) => {
    expect(maskNoise(`upgraded ${t}`)).not.toMatch(/\d/);
  });
});

describe("a capture row's ports are not a version change", () => {
  // Rows joined with ';' after "TMS": "443 → 51234" was read as TMS changing to a version ("6 does not look like a TMS release").
  it.each([
    'capture from the TMS server: 5 0.001234 10.20.1.15 10.20.8.41 TLSv1 224 Client Hello; 6 0.002101 10.20.8.41 10.20.1.15 TCP 54 443 → 51234 [RST, ACK] Seq=1 Ack=171 Win=0 Len=0',
    'TMS server: 7 0.000 10.20.1.15 10.20.8.41 TCP 66 51234 -> 443 [SYN] Seq=0 Win=8192; 8 0.001 10.20.8.41 10.20.1.15 TCP 66 443 > 51234 [SYN, ACK] Seq=0 Ack=1',
  ])('%s', (t) => {
    const e = extractFacts(t);
    expect(e.facts.tms).toBeUndefined();
    expect(e.problems).toEqual([]);
  });
  it.each([['TMS went 14.6 → 15.2', '15.2.0'], ['we moved TMS 14 -> 15 last week', '15.0.0']])('%s is still a change', (t, v) => {
    expect(extractFacts(t).facts.tms?.semver).toBe(v);
  });
});
