/**
 * Cheap gates in front of text readers (PERFE1): each must answer exactly what the reader answered without it.
 * Checked over every line of the replay conversations (conversations/*.yaml), tool outputs, and hand-picked cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILLER, UNKNOWN_INLINE } from '../../src/domain/understand/cues';
import { allMatches, fastGlobalRegex } from '../../src/domain/understand/fast-regex';
import { isToolLine, TOOL_LINES } from '../../src/domain/understand/tool-output';
import { cleanInput } from '../../src/domain/versions';
import { nfkc } from '../../src/domain/nfkc';
import fc from 'fast-check';
import { maskNoise, NOISE_GATES, NOISE_PATTERNS } from '../../src/domain/understand/noise';
import { ANY_EVENT_MESSAGE, EVENT_MESSAGES } from '../../src/evidence/text';

const dir = join(__dirname, '../../conversations');
const corpusLines: string[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
  .map((l) => l.replace(/^\s*-?\s*(?:[a-z_]+:\s)?/, '').replace(/^["']|["']$/g, ''));
const tricky = [
  '  TLSv1.0   256 bits  ECDHE-RSA-AES256-SHA',
  'Accepted  TLSv1.2  256 bits  ECDHE-RSA-AES256-GCM-SHA384',
  '* Trying 127.0.0.1:443...',
  '> GET / HTTP/1.1',
  '< HTTP/1.1 200 OK',
  '< content-type: text/html',
  '|_ssl-enum-ciphers: TLSv1.0 enabled',
  '| not a nmap row |',
  '0080 - e9 c9 12 34 56 78',
  '00000010: 1603 0100 2f01',
  '-----BEGIN CERTIFICATE-----',
  'MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ',
  'mIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ',
  '  100  1234  100  1234    0     0   5000      0 --:--:-- --:--:-- --:--:--  5000',
  'depth=0 CN = codec',
  'verify error:num=18:self-signed certificate',
  ' 0 s:CN = codec',
  ' s:PKEY: rsaEncryption',
  'Subject:  codec.example',
  'subject:  codec.example',
  'TMS 15.2.1 and CE 9.15.3, security level is Medium',
  'curl: (35) schannel: next InitializeSecurityContext failed',
  '443/tcp open  https',
];

describe('tool-line gate (ANY_TOOL_LINE in understand/tool-output.ts)', () => {
  const reference = (line: string) => {
    const l = line.length > 2000 ? line.slice(0, 2000) : line;
    return l.trim() !== '' && TOOL_LINES.some((re) => re.test(l));
  };
  it('the patterns it joins have no flag but i (the union under /i only widens them)', () => {
    for (const re of TOOL_LINES) expect(re.flags.replace('i', '')).toBe('');
  });
  it('gives what the patterns one by one give, on every corpus line and on tool output', () => {
    let tool = 0;
    for (const line of [...corpusLines, ...tricky, ...tricky.map((t) => t.toLowerCase()), ...tricky.map((t) => t.toUpperCase())]) {
      const want = reference(line);
      if (want) tool++;
      expect([line, isToolLine(line)]).toEqual([line, want]);
    }
    expect(tool).toBeGreaterThan(15);
  });
});

describe('cleanInput gates (comma fixes, Medium typos)', () => {
  // cleanInput before the gates: every replace always run.
  const reference = (s: string) => {
    const COMMA_VERSION = /(?<![\d,.])(\d{1,2}),(\d{1,2}),(\d{1,5})(?![\d,])/g;
    const PRODUCT_COMMA_VERSION = /((?<![a-z\d])(?:tms|ce|tc|roomos)(?:\s?(?:は|が|も|[:：]))?\s?v?\d{1,2}),(\d{1,2})(?![\d,.])/gi;
    const PRODUCT_SPACED_DOT = /((?<![a-z\d])(?:tms|ce|tc|roomos)(?:\s?(?:は|が|も|[:：]))?\s?v?\d{1,2}) \.\s?(\d{1,3})(?!\d)/gi;
    const MEDIUM_TYPO = /(?<![a-z])(?:medum|meduim|mediun|meidum|midium|mediam|meduem|medim)(?![a-z])/gi;
    let str = nfkc(s.slice(0, 50_000)).slice(0, 50_000);
    str = str.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '');
    str = str.replace(COMMA_VERSION, '$1.$2.$3').replace(PRODUCT_COMMA_VERSION, '$1.$2');
    if (str.includes(' .')) str = str.replace(PRODUCT_SPACED_DOT, '$1.$2');
    str = str.replace(MEDIUM_TYPO, 'Medium');
    if (str.includes('’')) str = str.replace(/(?<=[a-z])’(?=[a-z])/gi, "'");
    return str;
  };
  it('reads every corpus line as before', () => {
    for (const line of corpusLines) expect(cleanInput(line, 50_000)).toBe(reference(line));
  });
  it('still fixes commas and typos', () => {
    for (const t of ['TMS 15,2,1', 'CE9,15 codecs', 'TMSは15,9で', 'level is Medum-High', 'MEDUIM', 'midium high', 'ＴＭＳ　１５，２，１', 'mEdIm'])
      expect(cleanInput(t, 50_000)).toBe(reference(t));
    expect(cleanInput('TMS 15,2,1', 50_000)).toBe('TMS 15.2.1');
    expect(cleanInput('level is Medum-High', 50_000)).toBe('level is Medium-High');
  });
});

describe('fastGlobalRegex', () => {
  const sources = [FILLER, UNKNOWN_INLINE].map((l) => [...l.en, ...l.ja].map((s) => `(?:${s})`).join('|'));
  const texts = [...corpusLines, 'hmm ok wait…', 'um, well… ok', 'oſ hmm', 'hmm \u212a ok', 'ok 😀 wait', 'SQL is unknown, tms not sure', '端末のバージョンは不明です'];
  it('finds what the /giu original finds, at the same places', () => {
    for (const src of sources) {
      const re = fastGlobalRegex(src);
      const other = new RegExp(src, 'giu');
      for (const t of texts) {
        const got = allMatches(re.pick(t), t).map((m) => [m.index, ...m]);
        const want = allMatches(other, t).map((m) => [m.index, ...m]);
        expect([t, got]).toEqual([t, want]);
        expect(t.replace(re.pick(t), '')).toBe(t.replace(other, ''));
      }
    }
  });
  it('runs the /giu original on texts where the two may differ', () => {
    const re = fastGlobalRegex(sources[0]);
    expect(re.pick('hmm ok').flags).toBe('gi');
    expect(re.pick('hmm ſ ok').flags).toBe('giu');
    expect(re.pick('ok 😀').flags).toBe('giu');
  });
});

describe('noise gates (NOISE_GATES in understand/noise.ts)', () => {
  const samples = [
    '10.20.30.40', '192.168.1.25:443', 'fe80::1ff:fe23:4567:890a', '::1', 'ab::', '5/25/2016', '2016-05-25', '2016/05/25', '2016.5.25', 'May 25, 2016',
    '25 May 2016', 'Sept. 2016', 'september 3, 2019', '2016年5月25日', '5月25日', '14:32:10', '9:05 am', '10時30分', 'ticket INC0012345', 'case 688123456',
    'SR 2014', 'INC2012', 'cs12345', 'チケット 2019', '#2022', '# 12', 'port 443', 'TLS 1.0 on port 443', '443/tcp', 'tcp/443', '51234 -> 443 [SYN]',
    '443 → 51234 seq=0', 'frame 1234', 'No. 2019', 'build 4c7b8e7', 'a1b2c3d4e5f6', '00:50:56:AB:CD:EF', '00-50-56-ab-cd-ef', '0050.56ab.cdef',
    '1514 bytes', '2.5 MB', '3 KiB', '12 octets', '100バイト', 'Host Name:   TMS14', 'Computer: TMS14.corp.example.com', 'ホスト名: TMS14-PRD',
    'コンピューター: TMS15', 'TMS01', 'tms_14', 'TMS-13-NODE2',
  ];
  it('has one gate per pattern', () => {
    expect(Object.keys(NOISE_GATES).sort()).toEqual(NOISE_PATTERNS.map((p) => p.name).sort());
  });
  it('every text a pattern matches passes its gate', () => {
    const check = (t: string) => {
      for (const p of NOISE_PATTERNS) if (new RegExp(p.source, 'i').test(t)) expect([p.name, t, NOISE_GATES[p.name](t)]).toEqual([p.name, t, true]);
    };
    let hits = 0;
    for (const t of [...samples, ...samples.map((x) => `x ${x} y`), ...corpusLines]) {
      check(t);
      if (NOISE_PATTERNS.some((p) => new RegExp(p.source, 'i').test(t))) hits++;
    }
    expect(hits).toBeGreaterThan(100);
    const piece = fc.constantFrom(...'0123456789abcdefABCDEF:.-/# \t年月日時→>'.split(''), 'port', 'tcp', 'may', 'sept', 'tms', 'host', 'kb', 'bytes', 'no.', 'case', 'sr', 'frame');
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (xs) => check(xs.join(''))), { numRuns: 3000 });
  });
  it('maskNoise masks as before (the NOISE regex run on every text with a digit or a separator)', () => {
    const NOISE = new RegExp(`[ \\t\\u3000]{0,8}[([（]?(?:${NOISE_PATTERNS.map((p) => `(?:${p.source})`).join('|')})[)\\]）]?[ \\t\\u3000]{0,8}`, 'gi');
    for (const t of [...samples.map((x) => `TMS 15.2.1 ${x} CE 9.15`), ...corpusLines]) {
      if (/priorit|severit|urgen|impact|sev|pri|優先|重要度|緊急度|深刻度|影響度/i.test(t)) continue; // (the ticket-field mask before is unchanged)
      expect(maskNoise(t)).toBe(t.replace(NOISE, '\u0000').replace(/\u0000+/g, ' '));
    }
  });
});

describe('event-message gate (ANY_EVENT_MESSAGE in evidence/text.ts)', () => {
  const events = [
    'Unable to initialize encryption because of a problem with a security library. The security library may be missing.',
    'TDSSNIClient initialization failed with error 0x80092004',
    'A fatal error occurred while creating a TLS client credential. The internal error state is 10013.',
    'A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 70.',
    'a FATAL ALERT WAS GENERATED AND SENT TO THE REMOTE ENDPOINT',
    'TLS クライアントの資格情報の作成中に致命的なエラーが発生しました。',
    'リモート エンドポイントから致命的な警告を受信しました。',
    '暗号スイートのいずれも、サーバーでサポートされていません。',
    'ネットワーク ライブラリを起動できませんでした',
  ];
  it('the phrases it joins have no flag but i', () => {
    for (const [re] of EVENT_MESSAGES) expect(re.flags.replace('i', '')).toBe('');
  });
  it('lets through every line a phrase matches', () => {
    let hits = 0;
    for (const line of [...events, ...corpusLines]) {
      const any = EVENT_MESSAGES.some(([re]) => re.test(line));
      if (any) hits++;
      if (any) expect([line, ANY_EVENT_MESSAGE.test(line)]).toEqual([line, true]);
    }
    expect(hits).toBeGreaterThanOrEqual(events.length);
  });
});
