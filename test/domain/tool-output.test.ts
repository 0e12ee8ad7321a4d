/**
 * Tool output pasted in a message (sslscan, nmap, curl -v, openssl s_client, hex dumps) is what an
 * endpoint did, not the user's words: no Schannel claim, no SQL version from "dh 2048", no CE version
 * from the bytes "ce 08" (src/domain/understand/tool-output.ts). Real runs: test/fixtures/tools.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts as extract } from '../../src/domain/extract';
import { mostlyToolOutput } from '../../src/domain/understand/tool-output';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/tools', name), 'utf8');

describe('tool output is not the user speaking', () => {
  it('takes no claim, SQL or CE version from the tool output', () => {
    for (const f of ['sslscan-a.txt', 'sslscan-b.txt', 'nmap.txt', 'sc-tls12-ok.txt', 'curl-tls12.txt']) {
      const ex = extract(fixture(f));
      expect([f, ex.facts]).toEqual([f, {}]);
      expect([f, ex.problems]).toEqual([f, []]);
    }
    expect(extract('    0080 - e9 c9 13 f5 f8 54 a1 df-b0 15 91 ce 08 dc 77 2f   .....T........w/').facts).toEqual({});
    expect(extract('0030  16 03 01 00 ce 08 00 00 b6 03 03 5c').facts).toEqual({});
    // A bulleted list and a quoted line are still the user's words.
    expect(extract('* TMS 15.2.1\n* CE 9.15.3').facts.tms?.raw).toBeDefined();
  });

  it('still reads the same words typed by the user', () => {
    expect(extract('TLSv1.0 disabled').facts.tlsClaims).toEqual({ tls10: 'off' });
    expect(extract('TLSv1 disabled, TLS 1.2 on').facts.tlsClaims).toEqual({ tls10: 'off', tls12: 'on' });
    expect(extract('> TMS 15.2.1 at Medium').facts.tms?.raw).toBeDefined();
    expect(extract('| TMS 15.2.1 at Medium |').facts.tms?.raw).toBeDefined();
  });

  it('tells a tool\'s output from a message', () => {
    expect(mostlyToolOutput(fixture('nmap.txt'))).toBe(true);
    expect(mostlyToolOutput(fixture('curl-tls10.txt'))).toBe(true);
    expect(mostlyToolOutput('TMS 15.2.1\nCE 9.15.3\nlevel Medium')).toBe(false);
  });
});
