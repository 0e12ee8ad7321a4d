import { step, intentOf, languageOf, looksBinary, echo, MAX_MESSAGE } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { probeResult } from '../fixtures/probe';
import { findings, last, questions, rendered, talk, text } from './helpers';

const probe = probeResult;

describe('starting a conversation', () => {
  it('starts from null, answers in English and asks for the endpoint first', () => {
    const [r] = talk('TMS shows No HTTPS response for our codecs');
    expect(r.state).toMatchObject({ v: 1, lang: 'en', pending: 'need-endpoint-version', turns: 1 });
    expect(questions(r)).toEqual(['need-endpoint-version']);
    expect(r.replies[0].lang).toBe('en');
  });

  it('answers in Japanese when the user writes Japanese', () => {
    const [r] = talk('TMS でエンドポイントが No HTTPS response になります');
    expect(r.state.lang).toBe('ja');
    expect(r.replies.every((x) => x.lang === 'ja')).toBe(true);
    expect(rendered(r)).toMatch(/エンドポイント/);
  });

  it('gives the full diagnosis at once when every required fact is in the first message', () => {
    const [r] = talk('TMS 15.2.1, codecs on ce9.15, SQL 2012 SP1');
    const d = r.replies[0].diagnosis!;
    expect(d.affected).toBe('yes');
    expect(findings(r)).toEqual(expect.arrayContaining(['endpoint-no-tls10', 'caveat-sql2012-kb3052404', 'tms-tools-medium-high']));
    // only an optional refinement is offered, and the assumptions are stated
    expect(questions(r)).toEqual(['need-windows-version']);
    expect(rendered(r)).toMatch(/assumed Medium/);
    expect(r.replies[0].blocks.some((b) => b.type === 'actions' && b.actions.some((a) => a.id === 'probe-endpoint'))).toBe(true);
    expect(r.replies[0].blocks.some((b) => b.type === 'code' && b.text.includes('SCHANNEL'))).toBe(true);
  });
});

describe('bare answers land in the pending field', () => {
  it.each([
    ['need-endpoint-version', 'ce 9.15', (s: ConversationState) => s.facts.endpoint?.semver, '9.15.0'],
    ['need-tms-version', '15.2.1', (s: ConversationState) => s.facts.tms?.semver, '15.2.1'],
    ['need-sql-version', '2012', (s: ConversationState) => s.facts.sql?.year, 2012],
    ['need-sql-version', '別サーバ', (s: ConversationState) => s.facts.sqlLocation, 'remote'],
    ['need-windows-version', '2012 R2', (s: ConversationState) => s.facts.windows?.r2, true],
    ['need-security-level', 'medium high', (s: ConversationState) => s.facts.level, 'medium-high'],
    ['need-security-level', '中高', (s: ConversationState) => s.facts.level, 'medium-high'],
  ])('%s ← %j', (pending, answer, get, expected) => {
    const state: ConversationState = { v: 1, lang: 'en', facts: {}, pending, turns: 3 };
    const r = step(state, text(answer));
    expect(get(r.state)).toEqual(expected);
  });

  it('asks one question at a time, required facts first, then the diagnosis', () => {
    const rs = talk('No HTTPS response', 'TC7.3.6', '15.2.1', '2008 R2');
    expect(rs.map((r) => r.state.pending)).toEqual(['need-endpoint-version', 'need-tms-version', 'need-sql-version', 'need-windows-version']);
    expect(rs.slice(0, 3).every((r) => r.replies.every((x) => !x.diagnosis))).toBe(true);
    expect(questions(rs[1])).toEqual(['need-tms-version']);
    expect(findings(last(rs))).toContain('caveat-sql2008r2-keep-tls10-ssl3');
  });

  it('answers through an action button like typed text', () => {
    const [, r] = talk('TMS 15.2.1 and CE 9.15', { kind: 'action', id: 'answer', value: 'remote' });
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(findings(r)).toContain('caveat-remote-sql-untouched');
  });

  it('offers the question choices as answer actions', () => {
    const [r] = talk('hello there, TMS 15.2.1');
    const q = r.replies[0].blocks.find((b) => b.type === 'question');
    expect(q && q.type === 'question' && q.choices.length).toBeGreaterThan(1);
    expect(q && q.type === 'question' && q.choices.every((c) => c.id === 'answer' && typeof c.value === 'string')).toBe(true);
  });
});

describe('corrections and problems', () => {
  it('a newer value overrides: "actually TMS is 14.6" turns the fix into upgrade-or-downgrade', () => {
    const rs = talk('TMS 15.2.1, CE 9.15, SQL 2016', 'actually TMS is 14.6');
    expect(findings(rs[0])).toContain('tms-tools-medium-high');
    expect(last(rs).state.facts.tms?.semver).toBe('14.6.0');
    expect(findings(last(rs))).toContain('tms-pre15-upgrade-or-downgrade');
    expect(findings(last(rs))).not.toContain('tms-tools-medium-high');
    expect(rendered(last(rs))).toMatch(/TMS 15\.2\.1 → TMS 14\.6(?![.\d])/); // as precise as the user said it
  });

  // QA round 2 #1: a server's host name is not its TMS version.
  it.each([
    ['TMS 15.2.1, CE 9.15, SQL 2016 remote', 'Host Name:                 TMS14\nOS Name:                   Microsoft Windows Server 2016 Standard\nOS Version:                10.0.14393 N/A Build 14393'],
    ['TMS 15.2.1, CE 9.15, SQL 2016 remote', 'Log Name: System\r\nSource: Schannel\r\nEvent ID: 36871\r\nComputer: TMS14.corp.example.com\r\nDescription:\r\nA fatal error occurred while creating a TLS client credential. The internal error state is 10013.'],
    ['TMS 15.2.1、CE 9.15、SQL 2016 別サーバ', 'ホスト名: TMS14-PRD\nOS 名: Microsoft Windows Server 2016 Standard'],
    ['TMS 15.2.1, CE 9.15, SQL 2016 remote', 'the box is called TMS-13-NODE2, does that matter?'],
  ])('a host name never replaces the stated TMS version: %s + %s', (first, paste) => {
    const rs = talk(first, paste);
    expect(last(rs).state.facts.tms?.semver).toBe('15.2.1');
    expect(rendered(last(rs))).not.toMatch(/TMS 1[34]\.x|cannot be fixed in place|そのままでは修正できません/);
    expect(findings(last(rs))).not.toContain('tms-pre15-upgrade-or-downgrade');
  });

  it('a host name alone is no TMS version and no complaint; glued dotted versions still are', () => {
    const [r] = talk('Host Name: TMS01\nOS Name: Microsoft Windows Server 2016 Standard');
    expect(r.state.facts.tms).toBeUndefined();
    expect(rendered(r)).not.toMatch(/does not look like a TMS release/);
    expect(talk('our server TMS15 (Windows 2019), CE 9.15')[0].state.facts.tms).toBeUndefined();
    expect(talk('TMS15.2.1, CE 9.15')[0].state.facts.tms?.semver).toBe('15.2.1');
    expect(talk('tms v15.13, CE 9.15')[0].state.facts.tms?.semver).toBe('15.13.0');
  });

  it('a vague version gets a precise question back (CE8: 8.0.x or 8.1+?)', () => {
    const [r] = talk('TMS 15.2.1 with CE8 endpoints');
    expect(r.state.pending).toBe('need-endpoint-version');
    expect(rendered(r)).toMatch(/8\.0\.x.*8\.1/s);
    expect(r.state.facts.endpoint).toBeUndefined();
    const q = r.replies[0].blocks.find((b) => b.type === 'question');
    expect(q && q.type === 'question' && q.example).toBe('CE 9.15.3');
  });

  it('a garbage answer to the pending question is reported politely with what was expected', () => {
    const rs = talk('CE 9.15', 'banana');
    expect(last(rs).state.pending).toBe('need-tms-version');
    expect(rendered(last(rs))).toMatch(/banana/);
    expect(rendered(last(rs))).toMatch(/15\.2\.1/);
  });

  it('an impossible version is refused, not guessed', () => {
    const [r] = talk('TMS 15.2.1, CE 9.15, SQL Server 2013');
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.pending).toBe('need-sql-version');
    expect(rendered(r)).toMatch(/2013/);
  });
});

describe('intents', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['ヘルプ', 'help'],
    ['使い方', 'help'],
    ['start over', 'start-over'],
    ['reset', 'start-over'],
    ['最初から', 'start-over'],
    ['やり直し', 'start-over'],
    ["let's start over", 'start-over'],
    ['can we start again?', 'start-over'],
    ['start from scratch', 'start-over'],
    ['new ticket', 'start-over'],
    ['最初からやり直したい', 'start-over'],
    ['もう一度最初から', 'start-over'],
    ['別の件です', 'start-over'],
    ['restart IIS', null],
    ['hi', 'greeting'],
    ['こんにちは', 'greeting'],
    ['thanks!', 'thanks'],
    ['ありがとうございます', 'thanks'],
    ["don't know", 'skip'],
    ['わかりません', 'skip'],
    ['TMS 15.2.1', null],
    ['help me with TMS 15 and CE 9', null],
  ])('%j → %s', (t, intent) => expect(intentOf(t)).toBe(intent));

  it('start over forgets the facts, as text and as an action', () => {
    for (const msg of [text('start over'), { kind: 'action' as const, id: 'start-over' }, text('最初から')]) {
      const rs = talk('TMS 15.2.1, CE 9.15, SQL 2016', msg);
      expect(last(rs).state.facts).toEqual({});
      expect(last(rs).state.pending).toBe('need-endpoint-version');
    }
  });

  it('"new case: …" with facts opens the new case: the earlier facts are gone, the new ones read', () => {
    const rs = talk('TMS 15.2.1, CE 9.15, SQL 2016', 'ok new case: TMS 14.6.2 with TC 7.3.6');
    expect(last(rs).state.facts.sql).toBeUndefined();
    expect(last(rs).state.facts.tms?.semver).toBe('14.6.2');
    expect(rendered(last(rs))).toMatch(/Starting over/);
    const ja = talk('TMS 15.2.1、CE 9.15、SQL 2008 R2 同居', '別の件です：TMS 15.6、CE 9.15');
    expect(last(ja).state.facts.sql).toBeUndefined();
    expect(last(ja).state.facts.sqlLocation).toBeUndefined();
    expect(last(ja).state.pending).toBe('need-sql-version');
    expect(rendered(last(ja))).toContain('最初からやり直します');
  });

  it('help keeps the facts and re-asks the open question', () => {
    const rs = talk('CE 9.15', 'help');
    expect(last(rs).state.facts.endpoint).toBeDefined();
    expect(questions(last(rs))).toEqual(['need-tms-version']);
    expect(rendered(last(rs))).toMatch(/start over/);
  });

  it('help in Japanese answers in Japanese', () => {
    const [r] = talk('ヘルプ');
    expect(r.state.lang).toBe('ja');
    expect(rendered(r)).toMatch(/使い方/);
  });

  it('help says what evidence can be shown, pasted or attached, in both languages', () => {
    const en = rendered(talk('help')[0]);
    for (const x of ['tshark or Wireshark', 'reg query', 'check-tls.cmd', 'event log lines', 'SELECT @@VERSION', '.pcapng', '.reg', 'CSV']) expect(en).toContain(x);
    const ja = rendered(talk('ヘルプ')[0]);
    for (const x of ['tshark や Wireshark', 'reg query', 'check-tls.cmd', 'イベント ログ', 'SELECT @@VERSION', '.pcapng', '.reg', 'CSV']) expect(ja).toContain(x);
  });

  it('"don\'t know" skips an optional question and does not ask it again', () => {
    const rs = talk('TMS 15.2.1, CE 9.15, SQL 2016', "don't know");
    expect(rs[0].state.pending).toBe('need-windows-version');
    expect(last(rs).state.skipped).toEqual(['need-windows-version']);
    expect(last(rs).state.pending).toBe('need-security-level');
  });

  it('"don\'t know" to a required question goes on with its stated assumption and asks what is still missing', () => {
    const rs = talk('CE 9.15', 'no idea');
    expect(last(rs).state.skipped).toEqual(['need-tms-version']);
    expect(last(rs).state.pending).toBe('need-sql-version');
    expect(questions(last(rs))).toEqual(['need-sql-version']);
    expect(rendered(last(rs))).toMatch(/Assumed: TMS 15 or later/);
  });

  it('an unknown action id is answered politely', () => {
    const rs = talk('CE 9.15', { kind: 'action', id: 'frobnicate' });
    expect(rendered(last(rs))).toContain('frobnicate');
    expect(last(rs).state).toEqual(rs[0].state);
  });
});

describe('language switching', () => {
  it('follows the user from English to Japanese and back, but not on bare numbers', () => {
    const rs = talk('CE 9.15 endpoints', 'TMSは15.2.1です', '2012', 'thanks, and what about Windows 2016?');
    expect(rs.map((r) => r.state.lang)).toEqual(['en', 'ja', 'ja', 'en']);
    expect(rs[2].replies[0].lang).toBe('ja');
  });

  it('languageOf keeps the current language for versions and product words', () => {
    expect(languageOf('ce 9.15', 'ja')).toBe('ja');
    expect(languageOf('medium high', 'ja')).toBe('ja');
    expect(languageOf('SQL Server 2012 SP1', 'ja')).toBe('ja');
    expect(languageOf('it is 2012', 'ja')).toBe('en');
  });
});

describe('hostile input keeps the state', () => {
  const base = talk('TMS 15.2.1', 'CE 9.15')[1].state;

  it('reads the first 40,000 characters of a huge message and says first that the rest was not read', () => {
    // Slack allows 40,000 characters in a message: a whole paste of that size is read.
    expect(MAX_MESSAGE).toBe(40_000);
    const head = 'SQL 2016 on the TMS server. ';
    const huge = `${head}${'x '.repeat(20_000)}Windows 2008 R2`;
    const r = step(base, text(huge));
    expect(r.state.facts.sql?.year).toBe(2016);
    expect(r.state.facts.windows).toBeUndefined();
    const first = r.replies[0].blocks[0];
    expect(first).toEqual({ type: 'paragraph', text: expect.stringContaining(`has ${huge.length.toLocaleString('en-US')} characters: I read the first 40,000 and not the rest`) });
    const longJa = `SQL は 2016 です。${'あ'.repeat(50_000)}`;
    const ja = step(talk('TMS 15.2.1、CE 9.15')[0].state, text(longJa));
    expect(ja.state.facts.sql?.year).toBe(2016);
    expect(rendered(ja)).toContain(`メッセージは ${longJa.length.toLocaleString('en-US')} 文字ありました。読み取ったのは最初の 40,000 文字だけで、残りは読んでいません`);
  });

  it('an adapter that kept only the start of a line passes its full length', () => {
    const r = step(base, { kind: 'text', text: `SQL 2016${' '.repeat(39_992)}z`, length: 2_000_000 });
    expect(r.state.facts.sql?.year).toBe(2016);
    expect(rendered(r)).toMatch(/has 2,000,000 characters: I read the first 40,000/);
    // a short text with a stray length is read as it is, without the note
    expect(rendered(step(base, { kind: 'text', text: 'SQL 2016', length: -5 }))).not.toMatch(/not the rest/);
  });

  it('never cuts a surrogate pair in half', () => {
    const r = step(base, text(`${'a'.repeat(39_999)}😀${'b'.repeat(10)}`));
    expect(rendered(r)).toMatch(/I read the first 39,999 and not the rest/);
  });

  it('refuses binary / control-heavy input', () => {
    const bin = Array.from({ length: 200 }, (_, i) => String.fromCharCode(i % 32)).join('');
    expect(looksBinary(bin)).toBe(true);
    const r = step(base, text(bin));
    expect(r.state).toEqual(base);
    expect(rendered(r)).toMatch(/binary/);
  });

  it('answers an empty message gently and keeps the state', () => {
    const r = step(base, text('   '));
    expect(r.state).toEqual(base);
    expect(r.replies.length).toBe(1);
  });

  it('caps echoed user text', () => {
    const long = `zzz ${'q'.repeat(300)}`;
    const r = step(base, text(long));
    const out = rendered(r);
    expect(out).not.toContain('q'.repeat(100));
    expect(echo('a'.repeat(200)).length).toBeLessThanOrEqual(80);
  });

  it('survives a malformed stored state', () => {
    const bad = { v: 1, lang: 'xx', facts: { tms: { semver: 'nope' } }, pending: 'weird', turns: -4 } as unknown as ConversationState;
    const r = step(bad, text('CE 9.15'));
    expect(r.state.lang).toBe('en');
    expect(r.state.pending).toBe('need-tms-version');
    expect(() => JSON.stringify(r.state)).not.toThrow();
    expect(r.state.facts.tms).toBeUndefined();
    expect(rendered(r)).not.toContain('undefined');
  });
});

describe('the card\'s next step', () => {
  it('after a TLS 1.2 hello at Medium-High with no answer in the paste, Next says what to copy, not "answer the question below" (there is none)', () => {
    const rs = talk(
      'TMS 15.2.1, CE 9.15.3, SQL 2016 remote, Windows 2019, level Medium-High',
      'tls.handshake.type == 1: Frame 412: 10.1.1.5 -> 10.2.3.44 TLSv1.2 Client Hello, Version: TLS 1.2 (0x0303)',
    );
    const r = last(rs);
    const s = r.replies.filter((x) => x.summary).pop()?.summary;
    expect(s?.cause).toBe('TMS offers TLS 1.2: its side works');
    expect(r.replies.flatMap((x) => x.blocks).some((b) => b.type === 'question')).toBe(false);
    expect(s?.next).toMatch(/^Copy the packets right after TMS's TLS 1.2 hello/);
    expect(s?.next).not.toMatch(/question below/);
  });
});

describe('probe turns', () => {
  it('a probe refusing TLS 1.0 decides the endpoint question', () => {
    const rs = talk('TMS 15.2.1, SQL 2016', { kind: 'probe', result: probe() });
    expect(last(rs).state.facts.probe?.target).toBe('127.0.0.1');
    expect(findings(last(rs))).toContain('endpoint-no-tls10');
    expect(rendered(last(rs))).toMatch(/Probe of 127\.0\.0\.1:443/);
  });

  it('the probe line names the newer versions the endpoint accepted (EN/JA), and says less when the probe does not know', () => {
    const line = (over: Parameters<typeof probe>[0], first = 'TMS 15.2.1') => rendered(last(talk(first, { kind: 'probe', result: probe(over) }))).split('\n')[0];
    expect(line({ protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': true, 'tls1.2': true, 'tls1.3': false } })).toBe('Probe of 127.0.0.1:443: TLS 1.0 refused; accepts TLS 1.1 and TLS 1.2.');
    expect(line({ protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': false, 'tls1.2': true, 'tls1.3': true } })).toContain('TLS 1.0 refused; accepts TLS 1.2 and TLS 1.3.');
    expect(line({ protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': null, 'tls1.2': true, 'tls1.3': null } })).toContain('TLS 1.0 refused; accepts TLS 1.2.');
    expect(line({ protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': true, 'tls1.2': true, 'tls1.3': true } }, 'TMS は 15.2.1 です')).toBe(
      '127.0.0.1:443 のプローブ結果：TLS 1.0 は拒否され、TLS 1.1、TLS 1.2、TLS 1.3 は受け付けました。',
    );
  });

  it('a server refusing TLS 1.0, 1.1 and 1.2 gets that one-line verdict (not "no verdict"), naming what it did answer (EN/JA)', () => {
    const line = (over: Parameters<typeof probe>[0], first = 'TMS 15.2.1') => rendered(last(talk(first, { kind: 'probe', result: probe(over) }))).split('\n')[0];
    const none = { ssl3: false, 'tls1.0': false, 'tls1.1': false, 'tls1.2': false, 'tls1.3': false };
    expect(line({ protocols: { ...none, ssl3: true } })).toBe('Probe of 127.0.0.1:443: TLS 1.0, 1.1 and 1.2 all refused; it answered only SSL 3.0.');
    expect(line({ protocols: { ...none, 'tls1.3': true } })).toBe('Probe of 127.0.0.1:443: TLS 1.0, 1.1 and 1.2 all refused; it answered only TLS 1.3.');
    expect(line({ protocols: none })).toBe('Probe of 127.0.0.1:443: TLS 1.0, 1.1 and 1.2 all refused.');
    expect(line({ protocols: { ...none, ssl3: true } }, 'TMS は 15.2.1 です')).toBe('127.0.0.1:443 のプローブ結果：TLS 1.0・1.1・1.2 はすべて拒否されました（応答したのは SSL 3.0 だけです）。');
    // the finding below it says the same
    const r = last(talk('TMS 15.2.1', { kind: 'probe', result: probe({ protocols: { ...none, ssl3: true } }) }));
    expect(rendered(r)).toContain('refused TLS 1.0, 1.1 and 1.2 and answered only with SSL 3.0');
    expect(rendered(r)).not.toContain('no verdict');
  });

  it('a probe that contradicts the stated version says to verify the target', () => {
    const rs = talk('TMS 15.2.1, TC7.3.6, SQL 2016', {
      kind: 'probe',
      result: probe({ protocols: { ssl3: false, 'tls1.0': true, 'tls1.1': true, 'tls1.2': true, 'tls1.3': null } }),
    });
    expect(findings(last(rs))).toContain('verify-probe-target');
    expect(last(rs).replies[0].diagnosis?.affected).toBe('unknown');
  });

  it('the probe-endpoint action explains how to probe', () => {
    const rs = talk('CE 9.15', { kind: 'action', id: 'probe-endpoint' });
    expect(rendered(last(rs))).toMatch(/tms-doctor probe/);
  });
});

describe('purity', () => {
  const deepFreeze = <T>(o: T): T => {
    if (o && typeof o === 'object') {
      for (const v of Object.values(o)) deepFreeze(v);
      Object.freeze(o);
    }
    return o;
  };

  it('never mutates the state or the message it is given, and is deterministic', () => {
    const msgs = ['TMS 15.2.1', 'CE 9.15', '2012 SP1', '2008 R2', "don't know", 'actually TMS is 14.6', 'start over'];
    let state: ConversationState | null = null;
    for (const m of msgs) {
      const frozenState = deepFreeze(state === null ? null : structuredClone(state));
      const msg = deepFreeze(text(m));
      const a = step(frozenState, msg);
      const b = step(frozenState, msg);
      expect(a).toEqual(b);
      state = a.state;
    }
    const probeMsg = deepFreeze({ kind: 'probe' as const, result: probe() });
    expect(() => step(deepFreeze(structuredClone(state)), probeMsg)).not.toThrow();
  });
});

describe('refinements after a full answer', () => {
  it('answering the Windows question shows only what changes, and still carries the whole diagnosis', () => {
    const rs = talk('TMS 15.2.1, CE 9.15, SQL 2012 SP1', '2012 R2');
    const r = last(rs);
    const out = rendered(r);
    expect(out).toMatch(/Updated answer/);
    // (Step 1 is the SQL Server 2012 SP1 upgrade, step 2 the backup: QA56 #4.)
    expect(out).toMatch(/Step 3: Check that TLS 1\.2 is enabled/);
    expect(out).not.toMatch(/Back up the registry first/);
    expect(out).toMatch(/Everything else in my previous answer still applies/);
    expect(findings(r)).toEqual(findings(rs[0])); // same codes: the JSON carries everything
    expect(r.state.pending).toBe('need-security-level');
  });

  it('raising the level to Medium-High changes the verdict, so the whole answer is given again', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016', 'medium-high'));
    expect(rendered(r)).not.toMatch(/Updated answer/);
    expect(findings(r)).toContain('already-medium-high');
  });

  it('a correction of a required fact gives the whole answer again', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016', 'SQL is 2008 R2'));
    expect(rendered(r)).not.toMatch(/Updated answer/);
    expect(rendered(r)).toMatch(/Back up the registry first/);
    expect(findings(r)).toContain('caveat-sql2008r2-keep-tls10-ssl3');
  });

  it('says so when a refinement changes nothing', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016, Windows 2012 R2, level medium', 'the security level is Medium'));
    expect(rendered(r)).toMatch(/does not change my previous answer/);
  });
});
