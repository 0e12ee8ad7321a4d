/**
 * R40B #4: "No HTTPS response is gone now", 「No HTTPS responseが消えた」 report the problem solved: read like the other
 * "it works now" messages, and the symptom is not recorded as seen.
 */
import { freshState, step } from '../../src/conversation/engine';
import { TEXTS } from '../../src/conversation/texts';
import { symptomIn } from '../../src/domain/understand/symptom';
import { runIn, say } from './helpers';

const paragraphs = (r: ReturnType<typeof runIn>) => r.replies.flatMap((x) => x.blocks).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));

describe('R40B: the symptom said gone', () => {
  it.each([
    ['en', 'No HTTPS response is gone now'],
    ['en', 'the error went away'],
    ['en', 'No HTTPS response has cleared, thanks'],
    ['ja', 'No HTTPS responseが消えた'],
    ['ja', 'No HTTPS responseは出なくなりました'],
  ] as const)('%s %s: closed as working, symptom not recorded', (lang, msg) => {
    const r = runIn(lang, ['TMS 15.2.1, CE 9.15', msg]);
    expect(paragraphs(r)).toContain(TEXTS[lang].worksNow);
    expect(r.state.noHttpsSeen).toBeUndefined();
    expect(r.state.pending).toBeNull();
  });

  it('the symptom reader: gone is not seen, seen still is', () => {
    expect(symptomIn('No HTTPS response is gone now').noHttps).toBe(false);
    expect(symptomIn('No HTTPS responseが消えました').noHttps).toBe(false);
    expect(symptomIn('TMS shows No HTTPS response for all codecs').noHttps).toBe(true);
    expect(symptomIn('No HTTPS response is shown again').noHttps).toBe(true);
  });

  it('not gone for all: not closed', () => {
    const { text } = say(['TMS 15.2.1, CE 9.15'], 'the error is gone for 3 of them');
    expect(text).not.toContain(TEXTS.en.worksNow);
    expect(step(freshState('en'), { kind: 'text', text: 'No HTTPS response is not gone' }).state.pending).not.toBeNull();
  });
});
