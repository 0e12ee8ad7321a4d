/**
 * FIX11 item 5: "C40s running 7.3.21" was not read as TC (the C series was missing from the TC-era models). EN and JA.
 */
import { questions, runIn } from './helpers';

describe('r69: C series codecs on a bare 7.3.x release are TC', () => {
  it.each([
    ['en', 'TMS 15.2: our C40s running 7.3.21 show No HTTPS response', 'C40'],
    ['en', 'TMS 15.2: the Codec C90 is on 7.3.6 and shows No HTTPS response', 'C90'],
    ['ja', 'TMS 15.2です。C60 on 7.3.21 がNo HTTPS responseです', 'C60'],
  ] as const)('%s: %s', (lang, msg, model) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.endpoint?.family).toBe('TC');
    expect(r.state.facts.endpointModels).toContain(model);
    expect(questions(r)).not.toContain('need-endpoint-version');
  });

  it.each(['TMS 15.2, SX20 on TC7.3.6, error code AC40', 'TMS 15.2, SX20 on TC7.3.6, part 3C40'])('not a C-series model: %s', (msg) => {
    expect(runIn('en', [msg]).state.facts.endpointModels).toEqual(['SX20']);
  });
});
