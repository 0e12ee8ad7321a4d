/**
 * A TMS node named while the TMS release is asked ("the active node is node 2", 「あ、いまアクティブなのは2号機でした」, "TMS2"):
 * not called "not a release number", not the generic "no version or request"; the reply says a node name was read and
 * keeps asking for the release. A release said with the node is still taken (EN and JA).
 */
import { questions, rendered, runIn } from './helpers';

const EN1 = 'TMS is redundant (two nodes). MX300 G2 upgraded to ce9.15, No HTTPS response';
const JA1 = 'TMSは冗長構成（2台）です。MX300 G2をce9.15にしたらNo HTTPS response';
const FIRST = { en: EN1, ja: JA1 } as const;

describe('r50c: a node number is not a TMS release', () => {
  it.each([
    ['en', 'the active node is node 2', 'node 2'],
    ['en', 'node 2.', 'node 2'],
    ['en', 'TMS2', 'TMS2'],
    ['en', "it's the secondary node", 'secondary node'],
    ['en', 'the standby TMS', 'standby TMS'],
    ['en', 'the active one is the secondary TMS server', 'secondary TMS'],
    ['ja', 'あ、いまアクティブなのは2号機でした', '2号機'],
    ['ja', '2号機です', '2号機'],
    ['ja', 'ノード２', 'ノード2'],
  ] as const)('%s: "%s" is read as a node name and the release is asked again', (lang, msg, name) => {
    const r = runIn(lang, [FIRST[lang], msg]);
    const out = rendered(r);
    expect(out).toContain(lang === 'en' ? `"${name}" reads as the name of a TMS node` : `「${name}」は TMS のノード名と受け取りました`);
    expect(out).not.toMatch(/does not look like a TMS release|リリース番号として見当たりません|could not find a version|読み取れませんでした/);
    expect(questions(r)).toEqual(['need-tms-version']);
    expect(r.state.facts.tms).toBeUndefined();
  });

  it.each([
    ['en', 'node 2 is on 15.6'],
    ['ja', '2号機は15.6です'],
  ] as const)('%s: a release said with the node is taken ("%s")', (lang, msg) => {
    const r = runIn(lang, [FIRST[lang], msg]);
    expect(r.state.facts.tms?.semver).toBe('15.6.0');
    expect(rendered(r)).not.toMatch(/name of a TMS node|ノード名と受け取りました/);
  });

  it.each([
    ['en', 'SQL is on the secondary server'],
    ['en', 'we have 2 nodes'],
    ['en', 'not sure, the primary TMS admin knows'],
    ['en', 'ask the standby TMS team'],
    ['en', '15.2.1'],
    ['ja', '15.2.1です'],
  ] as const)('%s: "%s" is not a node name answer', (lang, msg) => {
    const out = rendered(runIn(lang, [FIRST[lang], msg]));
    expect(out).not.toMatch(/name of a TMS node|ノード名と受け取りました/);
  });

  it('with no TMS release asked, a node name is left to the other readers', () => {
    const out = rendered(runIn('en', ['TMS 15.6, MX300 G2 on ce9.15, No HTTPS response, SQL 2016 remote', 'node 2']));
    expect(out).not.toMatch(/name of a TMS node/);
  });
});

describe('"do not know" with a node word, and Japanese role words (QA34 R1)', () => {
  it.each([
    ['en', "it's the primary TMS, I don't know the version"],
    ['ja', 'プライマリサーバです、バージョンは不明です'],
  ] as const)('%s: "%s" is taken as not known (the bot goes on), not as a node name', (lang, msg) => {
    const out = rendered(runIn(lang, [FIRST[lang], msg]));
    expect(out).not.toMatch(/reads as the name of a TMS node|TMS のノード名と受け取りました/);
    expect(out).toMatch(lang === 'en' ? /I will go on without it/ : /その情報なしで/);
  });

  it.each(['セカンダリ側で見ています', 'プライマリサーバで作業しています'])('ja: "%s" names a side or a server, not a node', (msg) => {
    expect(rendered(runIn('ja', [FIRST.ja, msg]))).not.toMatch(/TMS のノード名と受け取りました/);
  });

  it('ja: 「セカンダリです」 is still a node name', () => {
    expect(rendered(runIn('ja', [FIRST.ja, 'セカンダリです']))).toContain('「セカンダリ」は TMS のノード名と受け取りました');
  });
});
