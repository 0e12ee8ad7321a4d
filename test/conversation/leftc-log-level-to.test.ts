/**
 * left-c #1: a log's level set "to High" ("set the log level to High", "we set TMS logging to High", "raised the log level
 * to high for debugging") is not the Communication Security level; the level's own forms ("we set it to High", "security
 * level High", "Communication Security is High") still are. EN and JA, first message and while the level question is open.
 */
import { runIn } from './helpers';

const P = 'TMS 15.13 cannot reach the SX80 on CE 9.8, no HTTPS response';
const PJ = 'TMS 15.13 で CE 9.8 の SX80 が No HTTPS response になります';
const ALLJ = 'TMS 15.13 で CE 9.8 の SX80 が No HTTPS response になります。SQL 2016 は別サーバ、Windows 2019 です';
const ALL = 'TMS 15.13 cannot reach the SX80 on CE 9.8, no HTTPS response, SQL 2016 on a separate server, Windows 2019';

describe('left-c #1: a log level set to High is no Communication Security level', () => {
  it.each([
    'set the log level to High',
    'we set TMS logging to High',
    'raised the log level to high for debugging',
    'we set the debug logging for TMS to Low',
    'set the log level to Medium-High',
    'the log level is Medium-High',
  ])('EN, not the level: %s', (msg) => {
    expect(runIn('en', [P, msg]).state.facts.level).toBeUndefined();
    expect(runIn('en', [`${P}. ${msg}`]).state.facts.level).toBeUndefined();
    expect(runIn('en', [ALL, msg]).state.facts.level).toBeUndefined();
  });
  it.each(['ログレベルを High にしました', 'ログの出力レベルを High に変更しました', 'TMS のロギングを High にしました'])('JA, not the level: %s', (msg) => {
    expect(runIn('ja', [PJ, msg]).state.facts.level).toBeUndefined();
    expect(runIn('ja', [ALLJ, msg]).state.facts.level).toBeUndefined();
  });
  it.each([
    ['we set it to High', 'high'],
    ['security level High', 'high'],
    ['Communication Security is High', 'high'],
    ['after debugging we set it to High', 'high'],
    ['we checked the logs and moved TMS to High', 'high'],
    ['we moved TMS to Medium-High', 'medium-high'],
  ] as const)('EN, still the level: %s', (msg, level) => {
    expect(runIn('en', [P, msg]).state.facts.level).toBe(level);
  });
  it.each([
    ['レベルを High にしました', 'high'],
    ['通信セキュリティは High です', 'high'],
  ] as const)('JA, still the level: %s', (msg, level) => {
    expect(runIn('ja', [PJ, msg]).state.facts.level).toBe(level);
  });
});

describe('left-c #1: the level question still takes the level', () => {
  it.each([
    ['en', 'we set it to High', ALL, 'high'],
    ['en', 'Medium-High', ALL, 'medium-high'],
    ['ja', 'セキュリティレベルは High です', ALLJ, 'high'],
    ['ja', 'Medium-High にしました', ALLJ, 'medium-high'],
  ] as const)('%s: %s', (lang, msg, first, level) => {
    expect(runIn(lang, [first, msg]).state.facts.level).toBe(level);
  });
});
