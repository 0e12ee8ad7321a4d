import { runText } from './helpers';

const run = runText;

const EN_SETUP = 'TMS 15.9 with SQL 2012 SP2 11.0.5058 on the TMS server, SX20 on TC 7.3.7 shows No HTTPS response';
const JA_SETUP = 'TMS 15.9、SQL 2012 SP2 11.0.5058 がTMSサーバー上、SX20 TC 7.3.7 で No HTTPS response';

describe('R29 #1: "is KB3052404 installed?" asks; it is not an order to install', () => {
  it.each(['is KB3052404 installed?', 'do we have KB3052404?', 'KB3052404 installed?', 'how do I check whether KB3052404 is installed?'])('%s: how to check, and what 11.0.5058 means', (q) => {
    const { text, state } = run('en', [EN_SETUP, q]);
    expect(text).toContain('SELECT @@VERSION');
    expect(text).toMatch(/Going by the build you gave me, no/);
    expect(text).not.toMatch(/Yes, before any TLS change/);
    expect(state.facts.sql?.build).toBe('11.0.5058');
  });
  it.each(['KB3052404入ってる？', 'KB3052404は入っていますか？', 'KB3052404が適用済みか確認する方法は？'])('%s: 確認方法とビルドの意味', (q) => {
    const { text } = run('ja', [JA_SETUP, q]);
    expect(text).toContain('SELECT @@VERSION');
    expect(text).toContain('いただいたビルドで判断すると、適用されていません');
    expect(text).not.toContain('はい、TLS の設定を変更する前に必要です');
  });
  it('a build at the TLS 1.2 build: nothing to install', () => {
    const { text } = run('en', ['TMS 15.9 with SQL 2012 SP2 11.0.5352 on the TMS server, SX20 on TC 7.3.7 shows No HTTPS response', 'is KB3052404 installed?']);
    expect(text).toMatch(/already at or above the first TLS 1\.2 build/);
    expect(text).not.toMatch(/install the update/);
  });
  it.each([
    ['en', EN_SETUP, 'KB3052404 is installed already', /the build you gave me was read before it/],
    ['en', EN_SETUP, 'should I install KB3052404?', /Yes, that is the update: .*installed before any TLS change/],
    ['ja', JA_SETUP, 'KB3052404は入れました', /いただいたビルドが更新前のもの/],
    ['ja', JA_SETUP, 'KB3052404を入れればいいですか？', /はい、その更新プログラムです。.*TLS の設定を変更する前に適用します/],
  ] as const)('%s %s / %s: not the check question', (lang, setup, q, re) => {
    const { text } = run(lang, [setup, q]);
    expect(text).toMatch(re);
    expect(text).not.toMatch(/Going by the build you gave me|いただいたビルドで判断すると/);
  });
});

describe('R29 #2: 「Communication SecurityはすでにHighです」 states the level High', () => {
  const JA_BASE = 'TMS 15.9、SQL 2016、SX20 TC 7.3.7 で No HTTPS response';
  it.each(['Communication SecurityはすでにHighです', 'セキュリティレベルは既にHigh', 'セキュリティレベルはもうHighになっています'])('%s: level High, with the certificate check', (m) => {
    const { text, state } = run('ja', [JA_BASE, m]);
    expect(state.facts.level).toBe('high');
    expect(text).toContain('証明書');
  });
  it('asked while the SQL question is open, it is still the level', () => {
    const { state } = run('ja', ['TMS 15.9、SX20 TC 7.3.7 で No HTTPS response', 'Communication SecurityはすでにHighです']);
    expect(state.facts.level).toBe('high');
  });
  it('EN: "Communication Security is already High" is level High', () => {
    expect(run('en', ['TMS 15.9, SQL 2016, SX20 on TC 7.3.7 shows No HTTPS response', 'Communication Security is already High']).state.facts.level).toBe('high');
  });
  it.each(['ハイ', '優先度は高です', 'セキュリティレベルはHighにしたいです', 'セキュリティレベルは既にHighですか？'])('%s: no level stated', (m) => {
    expect(run('ja', [JA_BASE, m]).state.facts.level).toBeUndefined();
  });
});

describe('R29 #3: production and test/staging TMS releases', () => {
  const SETUP = 'SX20 TC 7.3.7 で No HTTPS response';
  it.each([
    ['ja', '本番はTMS 15.9、検証環境は14.6です'],
    ['ja', '本番は15.9、ステージングは14.6'],
    ['en', 'prod is 15.9, staging is 14.6'],
  ] as const)('%s %s: TMS 15.9, and 14.6 kept as the other TMS', (lang, m) => {
    const { state } = run(lang, [lang === 'ja' ? SETUP : 'SX20 on TC 7.3.7 shows No HTTPS response', m]);
    expect(state.facts.tms?.raw).toBe('15.9');
    expect(state.facts.otherTms?.map((v) => v.raw)).toEqual(['14.6']);
  });
  it.each(['本番は15.9です', '本番機のエンドポイントは CE 9.15、検証機は TC 7.3.7 です'])('%s: no other TMS', (m) => {
    const { state } = run('ja', [SETUP, m]);
    expect(state.facts.otherTms).toBeUndefined();
  });
  it('本番は15.9です alone: TMS 15.9', () => {
    expect(run('ja', [SETUP, '本番は15.9です']).state.facts.tms?.raw).toBe('15.9');
  });
});
