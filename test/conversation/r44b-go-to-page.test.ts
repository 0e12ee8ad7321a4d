/**
 * Round 44 (helper R44B), item 1: "go to 15.2 in the admin guide" is a page or chapter of a document, not a TMS upgrade
 * plan: the TMS 14 answer (cannot be fixed in place, CSCuz71542, the two ways out) stays. "go/move/jump to 15.x" is an
 * upgrade only when the message speaks of TMS, an upgrade, a release or a plan, and of no document.
 */
import { rendered, runIn } from './helpers';

describe('"go to <number>" in a document is no TMS upgrade plan', () => {
  it.each<string>([
    "TMS 14.6.2, CE 9.15, No HTTPS response. I'll go to 15.2 in the admin guide to read about it.",
    'TMS 14.6.2, CE 9.15, No HTTPS response. I will go to section 15.2 of the TMS guide.',
    "TMS 14.6.2, CE 9.15, No HTTPS response. I'll jump to 15.3 in the manual.",
  ])('%s', (msg) => {
    const out = rendered(runIn('en', [msg]));
    expect(out).toContain('CSCuz71542');
    expect(out).not.toMatch(/upgrade to TMS 15\.[23]/);
    expect(runIn('en', [msg]).state.facts.tms?.raw).toBe('14.6.2');
  });

  it.each<string>([
    "We're on TMS 14.6 and we'll move to 15.9 next month",
    'We are on TMS 14.6.2 and plan to go to 15.12, CE 9.15 endpoints show No HTTPS response',
  ])('a real plan is still one: %s', (msg) => {
    expect(rendered(runIn('en', [msg]))).toMatch(/upgrade to TMS 15\.(?:9|12)/);
  });
});
