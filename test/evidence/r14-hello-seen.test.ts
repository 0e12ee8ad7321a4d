/**
 * QA round 14 #2: a hello version expected vs seen ("we expected client_version 0x0303 but the capture shows 0x0301"): the one seen counts.
 */
import { stepTexts as run } from '../conversation/helpers';
import { readPastedText } from '../../src/evidence/text';

const P = 'TMS 15.2 on Windows Server 2016, local SQL 2016. Endpoints upgraded to CE 9.15 show No HTTPS response.';


describe('a hello version expected vs seen: the one seen counts (QA 14 #2)', () => {
  const hello = (text: string) => readPastedText(text).observations.map((o) => o.code).filter((c) => c.startsWith('capture-clienthello'));
  it.each([
    ['we expected client_version 0x0303 but the capture shows 0x0301', 'capture-clienthello-tls10-only'],
    ['client_version is 0x0301 (not 0x0303 as expected)', 'capture-clienthello-tls10-only'],
    ['client_version は 0x0303 のはずが 0x0301 でした', 'capture-clienthello-tls10-only'],
    ['the client_version was 0x0303', 'capture-clienthello-tls12'],
    ['Client Hello Version: TLS 1.2 (0x0303)', 'capture-clienthello-tls12'],
    ['in Wireshark the Client Hello version is still TLS 1.0 (0x0301)', 'capture-clienthello-tls10-only'],
  ])('%j → %s', (text, code) => {
    expect(hello(text)).toEqual([code]);
  });
  it('two versions, neither said to be expected: nothing read', () => {
    expect(hello('ClientHello shows 0x0303 then 0x0301')).toEqual([]);
  });
  it('EN: the Medium fix, not "a TLS 1.2 hello does not fit Medium"', () => {
    const { text } = run([P, 'we expected client_version 0x0303 but the capture shows 0x0301']);
    expect(text).toMatch(/TLS 1\.0 only \(client_version 0x0301\)/);
    expect(text).not.toMatch(/offered up to TLS 1\.2|does not fit Medium|ServerHello means the fix has taken effect/);
    expect(text).toMatch(/Set Communication Security to Medium-High/);
  });
});

