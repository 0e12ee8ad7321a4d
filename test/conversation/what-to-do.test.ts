/**
 * "What should we do?" after (or before) an answer: the next step, the steps by title and the
 * caveats for this conversation's facts; while a version is missing, what is missing. Nothing in
 * the facts changes.
 */
import { last, rendered, talk } from './helpers';

const FULL = 'TMS 15.2.1, CE 9.15.3, SQL 2012 SP1 on the TMS server, Windows 2012 R2';
const FULL_JA = 'TMS 15.2.1、CE 9.15.3、SQL 2012 SP1 は TMS サーバ上、Windows 2012 R2';

describe('what should we do?', () => {
  it.each([
    'what do you suggest?',
    'what should we do now?',
    'next steps?',
    'so what is the fix',
    'how do we fix it?',
    'any advice?',
    'how should we proceed?',
    "what's the recommended action?",
    'what do I do now',
  ])('%s: the steps for these facts, and the SQL caveat', (q) => {
    const turns = talk(FULL, q);
    const r = last(turns);
    const out = rendered(r);
    expect(out).toMatch(/What to do/);
    expect(out).toMatch(/Set Communication Security to Medium-High in TMS Tools/);
    expect(out).toMatch(/SQL Server 2012 SP1/); // the caveat to mind before the registry step
    expect(out).not.toMatch(/I don't know that one/);
    expect(r.state.facts).toEqual(turns[0].state.facts);
  });

  it.each(['どうすればいいですか', '対処方法は？', '次は何をすればいい？', '手順を教えてください', 'どう対応すればよいでしょうか', 'どのように対処すればよいですか', '解決策はありますか', '次のアクションは？'])('%s: in Japanese', (q) => {
    const out = rendered(last(talk(FULL_JA, q)));
    expect(out).toContain('対処');
    expect(out).toContain('Medium-High');
    expect(out).not.toContain('お答えできません');
  });

  it('before the versions are known: says what is missing and asks for it', () => {
    const r = last(talk('TMS shows No HTTPS response after the codec upgrade', 'what should we do?'));
    const out = rendered(r);
    expect(out).toMatch(/still missing/);
    expect(r.state.pending).toBe('need-endpoint-version');
    expect(out).not.toMatch(/What to do\n/);
  });

  it('TMS before 15: upgrading TMS is the step, and the model decides any downgrade', () => {
    const out = rendered(last(talk('TMS 14.6, CE 9.3, SQL 2008 R2 on the TMS server', 'what should we do?')));
    expect(out).toMatch(/Upgrade TMS to 15\.x/);
    expect(out).toMatch(/check the model/);
    expect(out).not.toMatch(/Set Communication Security/);
  });

  it('not this problem (the endpoint still accepts TLS 1.0): the step says so', () => {
    const out = rendered(last(talk('TMS 15.2.1, endpoints on TC7.3.3, SQL 2016', 'what should we do?')));
    expect(out).not.toMatch(/Set Communication Security to Medium-High in TMS Tools/);
    expect(out).toMatch(/What to do/);
  });

  it('a question that names a version is read as facts, not as this request', () => {
    const r = last(talk(FULL, 'what should we do if TMS is 14.6?'));
    expect(rendered(r)).not.toMatch(/^What to do$/m);
  });
});

describe('low and high said of something else while the level question is open', () => {
  it.each(['is the risk low?', 'リスクは低いですか？', 'is the impact high?'])('%s does not set the level', (q) => {
    const r = last(talk('TMS 15.2.1, CE 9.15.3, SQL 2016 remote, Windows 2019', q));
    expect(r.state.facts.level).toBeUndefined();
  });
  it('an unsure answer is still an answer: "is it low?"', () => {
    expect(last(talk('TMS 15.2.1, CE 9.15.3, SQL 2016 remote, Windows 2019', 'is it low?')).state.facts.level).toBe('low');
  });
});
