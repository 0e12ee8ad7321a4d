/**
 * QA48 #3: with the level not given (Medium assumed, "level Medium (assumed)" in the For line) step 3 of the kit said "change
 * Communication Security from Medium to Medium-High", which lowers a server at High (High adds certificate validation,
 * knowledge.md). It now says: if it shows Low or Medium, set Medium-High; if Medium-High or High, leave it. A level given
 * keeps its own step 3. enable-tls12.reg read back, EN and JA.
 */
import { buildFixKit } from '../../src/fixkit';
import { state, ok, comments, expectTls12Only, SETUP } from './kit-helpers';

describe('QA48 #3: level not given: step 3 never lowers High', () => {
  it.each(['en', 'ja'] as const)('%s: "if it shows Low or Medium set Medium-High; if Medium-High or High leave it"', (lang) => {
    const s = state(lang, [SETUP[lang]('2016', '2016', '')]);
    expect(s.facts.level).toBeUndefined();
    const k = ok(buildFixKit({ facts: s.facts, lang }));
    expectTls12Only(k);
    const c = comments(k, 'enable-tls12.reg');
    const s3 = c.find((l) => l.startsWith('3. '))!;
    if (lang === 'en') {
      expect(s3).toMatch(/if it shows Low or Medium, change it to Medium-High/);
      expect(s3).toMatch(/if it shows Medium-High or High, leave it as it is \(do not lower High/);
      expect(s3).not.toMatch(/from Medium to Medium-High/);
    } else {
      expect(s3).toMatch(/Low または Medium なら Medium-High に変更/);
      expect(s3).toMatch(/Medium-High または High ならそのままにしてください（High を Medium-High に下げないでください）/);
      expect(s3).not.toMatch(/Medium から Medium-High に変更/);
    }
  });

  it('a level given keeps its own step 3 (Medium: change from Medium; High: keep High)', () => {
    const med = comments(ok(buildFixKit({ facts: state('en', [SETUP.en('2016', '2016')]).facts, lang: 'en' })), 'enable-tls12.reg');
    expect(med.find((l) => l.startsWith('3. '))).toMatch(/change Communication Security from Medium to Medium-High/);
    const high = comments(ok(buildFixKit({ facts: state('en', [SETUP.en('2016', '2016', ', level High')]).facts, lang: 'en' })), 'enable-tls12.reg');
    expect(high.find((l) => l.startsWith('3. '))).toMatch(/^3\. Keep Communication Security at High/);
  });
});

