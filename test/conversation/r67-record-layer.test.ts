/**
 * FIX10C (QA36 #11): a pasted record-layer line ("Record Layer: Handshake Protocol: Client Hello, Version: TLS 1.0 (0x0301)")
 * is read and answered: the record-layer version is often 0x0301 even for TLS 1.2, the ClientHello's own Version /
 * supported_versions counts; 0x0301 is not presented as proof of the failure.
 */
import { rendered, runIn } from './helpers';

const LINE = 'Record Layer: Handshake Protocol: Client Hello, Version: TLS 1.0 (0x0301)';

describe('QA36 #11: a pasted record-layer version', () => {
  it.each([
    ['en', `TMS 15.8 already medium-high, win 2016, CE 9.12 codecs still no https response. Wireshark: ${LINE}`, /record[- ]layer/i, /Client Hello > Version/],
    ['ja', `TMS 15.8 で既に Medium-High、Windows 2016、SQL は別サーバ、CE 9.12 の端末がまだ No HTTPS response です。Wireshark: ${LINE}`, /レコード層/, /Client Hello > Version/],
  ] as const)('%s: the note is given', (lang, msg, record, where) => {
    const r = runIn(lang, [msg]);
    const text = rendered(r);
    expect(text).toMatch(record);
    expect(text).toMatch(where);
    expect(r.state.facts.evidence?.observations.map((o) => o.code)).toContain('capture-clienthello-record-tls10');
  });

  it('en: the generic capture sign says where 0x0301 counts', () => {
    const text = rendered(runIn('en', [`TMS 15.8 already medium-high, win 2016, CE 9.12 codecs still no https response. Wireshark: ${LINE}`, 'sql is remote']));
    expect(text).not.toMatch(/ClientHello still offers TLS 1\.0 \(0x0301\)\./);
  });

  it('en: a ClientHello version said plainly is still read as the hello\'s own', () => {
    const r = runIn('en', ['TMS 15.8, CE 9.12 no https response, sql remote, win 2016. Client Hello version is TLS 1.0 (0x0301)']);
    expect(r.state.facts.evidence?.observations.map((o) => o.code)).toContain('capture-clienthello-tls10-only');
  });
});
