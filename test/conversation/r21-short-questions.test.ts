/**
 * QA round 20 #8: short questions tired engineers type get the same answers as their longer twins:
 * "reboot?", 「再起動？」, 「再起動って何回必要？」 → the reboot answer; "safe?" → the risks; "impact?", 「メンテ枠必要？」
 * → what the change interrupts; during a SQL Server 2008 R2 outage "what do i re-enable exactly?" → the recovery.
 */
import { rendered, runIn } from './helpers';

const EN = 'TMS 15.9, CE 9.15, win 2012 r2, sql 2016 remote';
const JA = 'TMS 15.9、CE 9.15、Win2012R2、SQL2016リモート';

describe('short questions', () => {
  it.each<['en' | 'ja', string, RegExp]>([
    ['en', 'reboot?', /Is a reboot needed\?/],
    ['en', 'safe?', /What could go wrong/],
    ['en', 'impact?', /How long it takes, and what it interrupts/],
    ['ja', '再起動？', /サーバの再起動は必要か/],
    ['ja', '再起動って何回必要？', /1 回だけ/],
    ['ja', 'メンテ枠必要？', /作業時間と、止まるもの/],
  ])('%s: %s', (lang, msg, want) => {
    const r = runIn(lang, [lang === 'ja' ? JA : EN, msg]);
    const text = rendered(r);
    expect(text).toMatch(want);
    expect(text).not.toMatch(/I don't know that one|その質問にはお答えできません/);
  });

  it('not every message with these words: a statement is not the reboot question', () => {
    expect(rendered(runIn('en', [EN, 'we rebooted it yesterday']))).not.toMatch(/Is a reboot needed\?/);
    expect(rendered(runIn('en', [EN, 'is the impact on the MCU known?']))).not.toMatch(/How long it takes/);
  });

  it('during a SQL Server 2008 R2 outage, "what do i re-enable exactly?" gets the recovery steps', () => {
    const r = runIn('en', ["SQL Server service won't start after I ran IIS Crypto, TMS down, event 26011", 'sql 2008 r2 sp2, tms 15.9, win 2012r2', 'what do i re-enable exactly?']);
    const text = rendered(r);
    expect(text).toMatch(/Getting SQL Server running again/);
    expect(text).toMatch(/turn TLS 1\.0 back on/);
  });

  it('「何を有効に戻せばいい？」 during the outage gets the recovery steps', () => {
    const r = runIn('ja', ['SQL Serverが起動しません。IIS Cryptoを実行した後、イベント26011', 'SQL 2008 R2 SP2、TMS 15.9、Win2012R2', '何を有効に戻せばいい？']);
    expect(rendered(r)).toMatch(/SQL Server の復旧/);
  });
});
