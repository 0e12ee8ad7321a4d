/**
 * left-d: leftovers of the rev32 review and of mend31a, EN and JA.
 * #1 (rev32 #2): another owner's unit, or a unit said not to be there, no longer replaces the case's release.
 * #2 (rev32 #3): "we set logging to verbose and then set it to High": "it" may be the logging, no level recorded (asked).
 * #5 (mend31a): "previously Medium, now High", 「以前は Medium でしたが High にしました」: the level now is the later one; a plan or a
 *   question records nothing new.
 * #6 (mend31a): "if port 443 answers in plain HTTP, what then?", 「443 が平文の HTTP で応答したら？」 is answered (the claim's words).
 * #3 (rev32 #4): a wait ("after checking the logs", 「見ておきます」) that states the level is read for it, not "take your time".
 */
import { findings, rendered, runIn } from './helpers';

const B = { en: 'TMS 15.2 No HTTPS response, SX80 on CE 9.8, SQL 2016 remote, Windows 2016, level Medium', ja: 'TMS 15.2 で No HTTPS response。SX80 は CE 9.8、SQL 2016 は別サーバ、Windows 2016、レベルは Medium です' };
const B0 = { en: 'TMS 15.2 No HTTPS response, SX80 on CE 9.8, SQL 2016 remote, Windows 2016', ja: 'TMS 15.2 で No HTTPS response。SX80 は CE 9.8、SQL 2016 は別サーバ、Windows 2016 です' };

describe('#3: a wait that states the level is read for it', () => {
  it.each([
    ['en', 'after checking the logs, communication security is at High', 'high'],
    ['en', 'after checking, it is Medium', 'medium'],
    ['ja', 'ログは後で見ておきます。通信セキュリティは High です', 'high'],
    ['ja', 'ログを調べます。セキュリティレベルは Medium です', 'medium'],
  ] as const)('%s: %s records %s', (lang, msg, level) => {
    const r = runIn(lang, [B0[lang], msg]);
    expect(r.route).not.toBe('intent-wait');
    expect(r.state.facts.level).toBe(level);
  });

  it.each([
    ['en', 'let me check'],
    ['en', 'one sec, checking TMS Tools'],
    ['en', 'let me check whether it is Medium-High'],
    ['en', 'checking whether the level is High'],
    ['en', 'let me check the level, should be Medium'],
    ['en', "I'll check, but I believe it is Medium"],
    ['ja', '確認します'],
    ['ja', 'Medium-High かどうか確認します'],
    ['ja', 'High になっているか見ておきます'],
  ] as const)('%s: %s is still a wait, nothing recorded', (lang, msg) => {
    const r = runIn(lang, [B0[lang], msg]);
    expect(r.route).toBe('intent-wait');
    expect(r.state.facts.level).toBeUndefined();
  });
});

describe("#1: another owner's unit, or a unit said not to be there, keeps the case's release", () => {
  it.each([
    ['en', 'our partner also has an MX300 on TC 7.3.21', /What it means for them: TC 7\.3\.21 refuses TLS 1\.0[\s\S]*have not recorded the MX300 on TC 7\.3\.21: it is someone else's/],
    ['en', "our partner's MX300 is on TC 7.3.21", /it is someone else's/],
    // (fix58a #7: "the customer" alone is the case's own customer; another one is another owner.)
    ['en', 'another customer also has an MX300 on TC 7.3.21', /another site's systems/],
    ['en', 'one of our customers has an MX300 on TC 7.3.3', /What it means for them: TC 7\.3\.3 still accepts TLS 1\.0/],
    ['en', "we don't have any MX300 on TC 7.3.21 anymore", /Noted: no MX300 on TC 7\.3\.21\. I have recorded nothing/],
    ['en', 'we no longer have the MX300 on TC 7.3.21', /Noted: no MX300 on TC 7\.3\.21/],
    ['en', "we don't have anything on TC 7.3.21 anymore", /Noted: no endpoints on TC 7\.3\.21/],
    ['ja', '先方にも TC 7.3.21 の MX300 があります', /先方にとっての意味：TC 7\.3\.21 は TLS 1\.0 を受け付けず[\s\S]*TC 7\.3\.21 の MX300 は記録していません。ほかの方の機器/],
    ['ja', '取引先でも TC 7.3.21 の MX300 を使っています', /ほかの方の機器/],
    ['ja', 'TC 7.3.21 の MX300 はもうありません', /TC 7\.3\.21 の MX300 はない、とのことですね。このメッセージからは何も記録しておらず/],
    ['ja', 'TC 7.3.21 の MX300 は使っていません', /何も記録しておらず/],
  ] as const)('%s: %s', (lang, msg, said) => {
    const r = runIn(lang, [B[lang], msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
    expect(r.state.facts.endpointGroups).toBeUndefined();
    expect(rendered(r)).toMatch(said);
    expect(rendered(r)).not.toMatch(/Updated: CE 9\.8|更新：CE 9\.8/);
  });

  it.each([
    ['en', 'we also have an MX300 on TC 7.3.21', 'CE 9.8', 'other-unit-said'],
    ['ja', 'TC 7.3.21 の MX300 もあります', 'CE 9.8', 'other-unit-said'],
    // The case's own models, or a second release that corrects the case's one: read as before.
    ['en', "we don't have the SX80s on CE 9.8 anymore, they are on TC 7.3.21 now", 'TC 7.3.21', 'facts'],
    ['en', "no, the customer's SX80s are on TC 7.3.21", 'TC 7.3.21', 'facts'],
    ['en', 'sorry, the SX80s are on TC 7.3.21', 'TC 7.3.21', 'facts'],
  ] as const)('%s: %s → %s (as before)', (lang, msg, release, route) => {
    const r = runIn(lang, [B[lang], msg]);
    expect(r.state.facts.endpoint?.raw).toBe(release);
    expect(r.route).toBe(route);
  });
});

describe('#2: "set it to <level>" after a log word in the same sentence records no level', () => {
  it.each([
    ['en', 'we set logging to verbose and then set it to High'],
    ['en', 'we checked the logs and then set it to High'],
    ['ja', 'ログを詳細にしてから、それを High にしました'],
    ['ja', 'ログの出力を増やして、それを High に変更しました'],
  ] as const)('%s: %s → no level, the level asked', (lang, msg) => {
    const r = runIn(lang, [B0[lang], msg]);
    expect(r.state.facts.level).toBeUndefined();
    expect(r.state.pending).toBe('need-security-level');
    // A level held stays as it was.
    expect(runIn(lang, [B[lang], msg]).state.facts.level).toBe('medium');
  });

  it.each([
    ['en', 'after debugging we set it to High', 'high'],
    ['en', 'we set logging to verbose and then set communication security to High', 'high'],
    ['en', 'we enabled logging. Then we set it to High', 'high'],
    ['ja', 'デバッグのあと、それを High にしました', 'high'],
    ['ja', 'ログを確認してから、通信セキュリティを High にしました', 'high'],
  ] as const)('%s: %s still records %s', (lang, msg, level) => {
    expect(runIn(lang, [B0[lang], msg]).state.facts.level).toBe(level);
  });
});

describe('#5: a former level, then the level now: the later one is recorded', () => {
  it.each([
    ['en', 'previously Medium, now High'],
    ['en', 'it was Medium, now High'],
    ['en', "it used to be Medium, now it's High"],
    ['en', 'it was Medium, we changed it to High'],
    ['ja', '以前は Medium でしたが High にしました'],
    ['ja', '前は Medium でしたが High に変更しました'],
    ['ja', '以前は Medium でしたが、今は High にしました'],
  ] as const)('%s: %s → High (level missing, and over Medium held)', (lang, msg) => {
    expect(runIn(lang, [B0[lang], msg]).state.facts.level).toBe('high');
    expect(runIn(lang, [B[lang], msg]).state.facts.level).toBe('high');
  });

  it.each([
    ['en', 'we will change it from Medium to High'],
    ['en', 'should we change Medium to High?'],
    ['en', 'previously Medium, now high load on the server'],
    ['ja', '以前は Medium でしたが High に変更する予定です'],
    ['ja', '以前は Medium でしたが High にしたいです'],
    ['ja', 'Medium を High に変えるべきですか？'],
  ] as const)('%s: %s keeps Medium held', (lang, msg) => {
    expect(runIn(lang, [B[lang], msg]).state.facts.level).toBe('medium');
  });

  it.each([
    ['ja', '以前は High にしていましたが今は Medium です', 'medium'],
    ['ja', '以前は High に設定していました', undefined],
  ] as const)('%s: %s (REV31 #5, as before) → %s', (lang, msg, level) => {
    expect(runIn(lang, [B0[lang], msg]).state.facts.level).toBe(level);
  });
});

describe('#6: the HTTPS port answering in plain HTTP, asked', () => {
  const ANSWER = {
    en: /it does not speak TLS at all[\s\S]*for a different reason than the TLS 1\.0 change[\s\S]*xConfiguration NetworkServices HTTP Mode[\s\S]*probe HOST:443/,
    ja: /TLS でまったく応答していません[\s\S]*TLS 1\.0 の変更とは別の理由[\s\S]*xConfiguration NetworkServices HTTP Mode[\s\S]*probe HOST:443/,
  };
  it.each([
    ['en', 'if port 443 answers in plain HTTP, what then?'],
    ['en', 'what if the HTTPS port responds with plain HTTP?'],
    ['en', 'does port 443 answer in plain HTTP?'],
    ['en', 'port 443 answers in plain HTTP, what does that mean?'],
    ['ja', '443 が平文の HTTP で応答したら？'],
    ['ja', '443 番ポートが HTTP で返ってきた場合はどうなりますか'],
  ] as const)('%s: %s → answered, nothing recorded', (lang, msg) => {
    const before = runIn(lang, [B[lang]]).state.facts;
    const r = runIn(lang, [B[lang], msg]);
    expect(r.route).toBe('catalogue');
    expect(rendered(r)).toMatch(ANSWER[lang]);
    expect(r.state.facts).toEqual(before);
  });

  it.each([
    ['en', 'port 443 answers in plain HTTP'],
    ['ja', '443 が平文の HTTP で応答します'],
  ] as const)('%s: the claim %s keeps its reading (the not-TLS warning)', (lang, msg) => {
    const r = runIn(lang, [B[lang], msg]);
    expect(r.route).toBe('facts');
    expect(findings(r)).toContain('evidence-port-plain-http');
  });
});
