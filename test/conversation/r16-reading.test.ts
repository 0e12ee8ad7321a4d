/**
 * QA round 17 #2, #3, #5–#8: regressions of this session's message readers.
 * - a request to check the diagnosis of the user's own setup states that setup;
 * - a browser that got in over plain HTTP only is not "HTTPS works from the browser";
 * - an inline e-mail answer under a quoted question reads a bare release as the answer, not as an endpoint release;
 * - "Medium priority-wise", 「Mediumのままにしたい」 and a From/Sent pair that is no mail header keep what they state.
 */
import { rendered, runIn } from './helpers';
import { extractFacts } from '../../src/domain/extract';
import { browserWorksTmsFailsIn } from '../../src/domain/understand/browser-works';

const facts = (lang: 'en' | 'ja', msgs: string[]) => runIn(lang, msgs).state.facts;

describe('r17 #2: a request to check the diagnosis states the user’s setup', () => {
  it.each([
    ['en', 'Please verify that this is the TLS 1.0 issue: TMS 15.9, Windows 2016, SQL 2016 remote, SX80 CE 9.15.3.'],
    ['en', 'Please confirm that our TMS 15.9 needs the registry change; Windows 2016, SQL remote, SX80 CE 9.15.3.'],
    ['en', 'Could you confirm the steps for our setup: TMS 15.9, Windows 2016, SQL remote, SX80 CE 9.15.3.'],
    ['ja', 'この構成で合っているか確認してください：TMS 15.9、Windows 2016、SQL別サーバ、SX80 CE 9.15.3。'],
    ['ja', '以下の構成で問題ないかご確認ください：TMS 15.9、SQL 2016（TMSサーバ上）、Windows 2016、SX80 CE 9.15.3。'],
  ] as const)('%s %j: TMS 15.9 recorded, no TMS question', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15.3');
    expect(rendered(r)).not.toMatch(/Which TMS version|TMS のバージョンを教えて/);
  });

  it('the values before 「…の構成で問題ないか確認してください」 are stated too', () => {
    expect(extractFacts('TMS 15.9、SX80 CE 9.15.3、Windows 2016 の構成で問題ないか確認してください。').facts.windows?.year).toBe(2016);
  });

  it.each([
    'Please confirm your TMS version is 15.x and SQL is 2016.',
    'Kindly verify that SQL is 2016.',
    'Please confirm that the TMS is 15.9.',
    'Could you confirm that your TMS is 15.9?',
    'TMS が 15.9 かどうか確認してください。',
    'TMS のバージョンが 15.9 であることをご確認ください。',
  ])('a confirm request about the listener’s value still states nothing: %j', (msg) => {
    expect(extractFacts(msg).facts).toEqual({});
  });

  it.each([
    ['en', 'TMS 15.9, SX80 CE 9.15.3, Win 2016, SQL remote. Please confirm whether it is safe to set Medium-High.'],
    ['en', 'TMS 15.9, SX80 CE 9.15.3, Win 2016, SQL remote. Please confirm that it is OK to go to Medium-High.'],
    ['ja', 'TMS 15.9、SX80 CE 9.15.3、Windows 2016、SQL別サーバ。Medium-Highに設定しても問題ないかご確認ください。'],
  ] as const)('a request to check a change still supposes it, no level recorded: %s %j', (lang, msg) => {
    expect(facts(lang, [msg]).level).toBeUndefined();
  });

  it('"Please verify if this works with SQL 2008 R2 on the TMS server" records no SQL', () => {
    const f = facts('en', ['TMS 15.9, SX80 CE 9.15.3, Win 2016. Please verify if this works with SQL 2008 R2 on the TMS server.']);
    expect(f.sql).toBeUndefined();
    expect(f.sqlLocation).toBeUndefined();
  });

  it('"Please confirm that our TMS is 15.9" is still a guess', () => {
    expect(facts('en', ['TMS 14.6.2, SX80 CE 9.15.3. Please confirm that our TMS is 15.9.']).tms?.semver).toBe('14.6.2');
  });
});

describe('r17 #3: a browser that opens the system over plain HTTP only is not the signature', () => {
  const setup = 'TMS 15.9, SX80 CE 9.15.3, Win 2016, SQL remote, Medium.\n';
  it.each([
    'The SX80 web UI works in the browser over http, not https. TMS shows No HTTPS response.',
    'In the browser the SX80 web page opens over HTTP only; HTTPS fails too. TMS shows No HTTPS response.',
    'The browser opens http://10.0.0.5 fine, https does not load. TMS says No HTTPS response.',
  ])('%j', (msg) => {
    expect(browserWorksTmsFailsIn(msg)).toBe(false);
    expect(rendered(runIn('en', [setup + msg]))).not.toMatch(/not a partial fix/);
  });

  it.each([
    'ブラウザではHTTPなら開けますが、HTTPSは開けません。TMSはNo HTTPS responseです。',
    'ブラウザでは HTTP のみ開けます。TMSはNo HTTPS responseのままです。',
  ])('JA %j', (msg) => {
    expect(browserWorksTmsFailsIn(msg)).toBe(false);
  });

  it.each([
    'HTTPS works from the browser, but TMS still says No HTTPS response.',
    'The SX80 opens in the browser over http and https, but TMS says No HTTPS response.',
    'The SX80 web page loads over HTTPS in the browser fine, TMS shows No HTTPS response.',
    'ブラウザからはHTTPSで開けるのに、TMSはNo HTTPS responseのまま。',
  ])('HTTPS reached from the browser is still the signature: %j', (msg) => {
    expect(browserWorksTmsFailsIn(msg)).toBe(true);
  });
});

describe('r17 #5: an inline e-mail answer under a quoted question', () => {
  it('"> Is this a TMS 14 problem?\\nNo, we are on 15.9" keeps CE 9.15 and adds no RoomOS 15.9', () => {
    const f = facts('en', ['TMS 15.9 here, endpoints CE 9.15.\n> Is this a TMS 14 problem?\nNo, we are on 15.9 and Medium.']);
    expect(f.tms?.semver).toBe('15.9.0');
    expect(f.endpoint?.family).toBe('CE');
    expect(f.endpoint?.raw).toBe('CE 9.15');
    expect(f.level).toBe('medium');
  });

  it('the quoted question is not the user’s question', () => {
    const e = extractFacts('TMS 15.9 here, endpoints CE 9.15.\n> Is this a TMS 14 problem?\nNo, we are on 15.9 and Medium.');
    expect(e.asked).toBeUndefined();
  });

  it('a quoted statement under a new one still only fills fields', () => {
    expect(extractFacts("Update: we upgraded TMS to 15.9\n> We're on TMS 14.6.2").facts.tms?.semver).toBe('15.9.0');
  });
});

describe('r17 #6–#8: stated levels and a From/Sent pair that is no mail header', () => {
  it.each([
    "TMS 15.9, SX80 CE 9.15.3. We're at Medium priority-wise this is urgent.",
    'TMS 15.9, SX80 CE 9.15.3, Win 2016, SQL remote. It is set to Medium priority-wise we can wait.',
  ])('"Medium priority-wise" keeps level Medium: %j', (msg) => {
    expect(facts('en', [msg]).level).toBe('medium');
  });

  it('"Medium priority ticket" is still the ticket’s priority, not the level', () => {
    expect(facts('en', ['TMS 15.9, SX80 CE 9.15.3, Win 2016, SQL remote. Medium priority ticket.']).level).toBeUndefined();
  });

  it('「Mediumのままにしたいです」 says the level is Medium; 「Medium-Highにしたいです」 still no level', () => {
    expect(facts('ja', ['TMS 15.9、SX80 CE 9.15.3。Mediumのままにしたいです。']).level).toBe('medium');
    expect(facts('ja', ['TMS 15.9、SX80 CE 9.15.3。Medium-Highにしたいです。']).level).toBeUndefined();
  });

  it('"From: TMS 15.9 server / Sent: ClientHello TLS 1.0" is no mail header: TMS 15.9 is read', () => {
    expect(facts('en', ['From: TMS 15.9 server\nSent: ClientHello TLS 1.0\nThe SX80 on CE 9.15 resets the connection.']).tms?.semver).toBe('15.9.0');
  });

  it('an Outlook header with a date is still a header', () => {
    const f = facts('en', ['We are now on TMS 15.9, CE 9.15.3.\n\nFrom: John Smith\nSent: Monday, December 1, 2026 10:00\nTo: Support\nSubject: RE: TMS 14.6 issue\n\nTMS 14.6.2, SQL 2016 on another server.']);
    expect(f.tms?.semver).toBe('15.9.0');
    expect(f.sql?.year).toBe(2016);
  });
});
