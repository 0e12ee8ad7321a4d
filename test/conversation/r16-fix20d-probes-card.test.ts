/**
 * FIX20D #2: probes are kept per address (src/domain/probes-kept.ts), but the Slack card showed the verdict and, as its
 * probe line, only the latest probe: an earlier address refusing TLS 1.0 was hidden behind a later one accepting it (or
 * the reverse). When the kept probes disagree, the card carries a line naming each address and what it showed, and the
 * line said right after the probe no longer speaks for the latest alone. EN and JA.
 */
import type { IncomingMessage, TurnResult } from '../../src/conversation/types';
import type { Summary } from '../../src/conversation/summary';
import { renderCard } from '../../src/slack/card';
import { chatWith, probeAt } from './helpers';

const REFUSES = (port: number) => probeAt(port); // TLS 1.0 refused, 1.1 and 1.2 accepted
const ACCEPTS = (port: number) => probeAt(port, { protocols: { 'tls1.0': true } });
const ALL_REFUSED = (port: number) => probeAt(port, { protocols: { 'tls1.0': false, 'tls1.1': false, 'tls1.2': false } });
const SILENT = (port: number) => probeAt(port, { tls: null, error: 'the port accepts TCP connections but never answers a TLS ClientHello', protocols: { ssl3: null, 'tls1.0': null, 'tls1.1': null, 'tls1.2': null, 'tls1.3': null } });

const FIRST = {
  en: 'TMS 15.2.1 No HTTPS response on several codecs, SQL 2014 SP2, Windows 2016, Medium',
  ja: 'TMS 15.2.1 で複数のコーデックが No HTTPS response、SQL 2014 SP2、Windows 2016、レベルは Medium です',
};
const DIFFER = { en: 'The probed addresses differ', ja: 'プローブ結果はアドレスによって異なります' };

const run = (lang: 'en' | 'ja', msgs: (string | IncomingMessage)[]) => chatWith(FIRST[lang], msgs);
const summaryOf = (r: TurnResult): Summary => r.replies.find((x) => x.summary)!.summary!;
const cardText = (r: TurnResult, lang: 'en' | 'ja') => JSON.stringify(renderCard(summaryOf(r), lang).blocks);

describe('the card does not hide a probed address behind another (FIX20D #2)', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const [order, msgs] of [
      ['refusing, then accepting', [REFUSES(35535), ACCEPTS(46051)]],
      ['accepting, then refusing', [ACCEPTS(46051), REFUSES(35535)]],
    ] as const) {
      it(`${lang}: ${order}: the card names both addresses and what each showed`, () => {
        const { r, text } = run(lang, [...msgs]);
        const line = summaryOf(r).caveats.find((c) => c.code === 'probes-kept');
        expect(line?.text).toContain(DIFFER[lang]);
        expect(line!.text).toContain('127.0.0.1:35535');
        expect(line!.text).toContain('127.0.0.1:46051');
        expect(line!.text).toContain(lang === 'en' ? 'the fix applies there' : '修正が当てはまります');
        expect(line!.text).toContain(lang === 'en' ? 'look for another cause there' : '別の原因を調べてください');
        const card = cardText(r, lang);
        expect(card).toContain('127.0.0.1:35535');
        expect(card).toContain('127.0.0.1:46051');
        // The line said right after the probe speaks for both, too.
        const said = text.split('\n').slice(0, 8).join('\n');
        expect(said).toContain('127.0.0.1:35535');
        expect(said).toContain('127.0.0.1:46051');
      });
    }
    it(`${lang}: an address refusing TLS 1.0, 1.1 and 1.2 next to a refusing one is named too`, () => {
      const { r } = run(lang, [REFUSES(35535), ALL_REFUSED(35600)]);
      const line = summaryOf(r).caveats.find((c) => c.code === 'probes-kept');
      expect(line?.text).toContain('127.0.0.1:35600');
    });
    it(`${lang}: near misses: probes that agree, or an address with no TLS answer, add no such line`, () => {
      for (const msgs of [[REFUSES(35535), REFUSES(35536)], [REFUSES(35535), SILENT(35915)], [REFUSES(35535)], [ACCEPTS(46051), ACCEPTS(46052)]]) {
        const { r, text } = run(lang, msgs);
        const s = r.replies.find((x) => x.summary)?.summary;
        if (s) expect(s.caveats.map((c) => c.code)).not.toContain('probes-kept');
        expect(text).not.toContain(DIFFER[lang]);
      }
    });
  }
  it('already at Medium-High: the card does not call for the fix there', () => {
    const { r } = chatWith('TMS 15.2.1 No HTTPS response on several codecs, SQL 2014 SP2, Windows 2016, Medium-High', [REFUSES(35535), ACCEPTS(46051)]);
    const line = summaryOf(r).caveats.find((c) => c.code === 'probes-kept');
    expect(line?.text).not.toContain('the fix applies');
    expect(line?.text).toContain('TMS offering TLS 1.2 should reach it');
  });
});
