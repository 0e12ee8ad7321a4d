/** Target lists: plain and CSV, read as a stream; nothing here touches the network. */
import { Readable } from 'node:stream';
import { readTargets, splitCsv, lines, type TargetEntry, type TargetListInfo } from '../../src/probe/targets';

async function read(text: string | string[], opts = {}, info?: TargetListInfo): Promise<TargetEntry[]> {
  const chunks = Array.isArray(text) ? text : [text];
  const out: TargetEntry[] = [];
  for await (const e of readTargets(Readable.from(chunks.map((c) => Buffer.from(c))), opts, info)) out.push(e);
  return out;
}

describe('plain target lists', () => {
  it('reads host[:port] lines, skips comments and blanks, keeps line numbers', async () => {
    const es = await read('# codecs in building A\n\n127.0.0.1:8443\n  127.0.0.2   # lobby\r\n[::1]:443\ncodec-7.example.lan\n');
    expect(es.map((e) => [e.line, e.input, e.error])).toEqual([
      [3, '127.0.0.1:8443', undefined],
      [4, '127.0.0.2', undefined],
      [5, '[::1]:443', undefined],
      [6, 'codec-7.example.lan', undefined],
    ]);
  });

  it('a duplicate (same host and port, however written) is reported once, not probed again', async () => {
    const es = await read('127.0.0.1\n127.0.0.1:443\n127.0.0.1:8443\n[::ffff:127.0.0.1]:443\nCODEC.example.lan\ncodec.example.lan.\n');
    expect(es.map((e) => e.error?.kind ?? 'ok')).toEqual(['ok', 'duplicate', 'ok', 'duplicate', 'ok', 'duplicate']);
  });

  it('duplicate memory is capped: beyond it a repeat is probed again and the cap is reported', async () => {
    const info: TargetListInfo = { format: null, columns: null, rememberedCap: null };
    const es = await read('127.0.0.1\n127.0.0.2\n127.0.0.3\n127.0.0.3\n127.0.0.1\n', { maxRemembered: 2 }, info);
    expect(es.map((e) => e.error?.kind ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'ok', 'duplicate']);
    expect(info.rememberedCap).toBe(2);
  });

  it('lines split across chunks are joined; an over-long line is one malformed entry', async () => {
    const es = await read(['127.0.', '0.1\n12', '7.0.0.2\n', 'x'.repeat(50), 'y'.repeat(50), '\n127.0.0.3'], { maxLineLength: 40 });
    expect(es.map((e) => e.error ? `bad:${e.error.reason}` : e.input)).toEqual(['127.0.0.1', '127.0.0.2', 'bad:the line is longer than 40 characters', '127.0.0.3']);
  });

  it('an empty or comment-only list yields nothing', async () => {
    expect(await read('')).toEqual([]);
    expect(await read('# nothing\n\n   \n')).toEqual([]);
  });
});

describe('CSV target lists', () => {
  it('a TMS Systems Navigator style export: BOM, quoted fields, name and version columns', async () => {
    const info: TargetListInfo = { format: null, columns: null, rememberedCap: null };
    const es = await read(
      '\ufeff"System Name","System Type","Network Address","Software Version"\r\n' +
        '"Room 4, Osaka","Cisco Webex Room Kit","127.0.0.1","ce9.15.3.17"\r\n' +
        '"Lobby ""North""",SX20,127.0.0.2:8443,TC7.3.3\r\n' +
        ',,,\r\n' +
        '"Broken",,,CE 9.1\r\n',
      {},
      info,
    );
    expect(info.format).toBe('csv');
    expect(info.columns).toEqual({ address: 'Network Address', name: 'System Name', version: 'Software Version', port: null });
    expect(es).toEqual([
      { line: 2, input: '127.0.0.1', name: 'Room 4, Osaka', stated: 'ce9.15.3.17' },
      { line: 3, input: '127.0.0.2:8443', name: 'Lobby "North"', stated: 'TC7.3.3' },
      { line: 5, input: '', name: 'Broken', stated: 'CE 9.1', error: { kind: 'malformed', reason: 'no address in the "Network Address" column' } },
    ]);
  });

  it.each([
    ['IP Address;Name;Version\n127.0.0.5;a;ce9.2\n', ';'],
    ['ip\tname\n127.0.0.5\ta\n', '\t'],
    ['HOSTNAME,port\n127.0.0.5,8443\n', ','],
    ['Address\n127.0.0.5\n', ','],
  ])('header names are matched case-insensitively, with the usual separators: %j', async (text) => {
    const es = await read(text);
    expect(es).toHaveLength(1);
    expect(es[0].input).toMatch(/^127\.0\.0\.5(:8443)?$/);
    expect(es[0].error).toBeUndefined();
  });

  it('a port column completes addresses that have none', async () => {
    const es = await read('address,port\n127.0.0.1,8443\n127.0.0.2:443,8443\n::1,8443\n');
    expect(es.map((e) => e.input)).toEqual(['127.0.0.1:8443', '127.0.0.2:443', '[::1]:8443']);
  });

  it('a quoted field spanning lines is one record, numbered by its first line', async () => {
    const es = await read('name,address\n"two\nlines",127.0.0.1\nx,127.0.0.2\n"never closed,127.0.0.3\n');
    expect(es.map((e) => [e.line, e.name, e.input, e.error?.kind])).toEqual([
      [2, 'two lines', '127.0.0.1', undefined],
      [4, 'x', '127.0.0.2', undefined],
      [5, null, expect.stringContaining('never closed'), 'malformed'],
    ]);
  });

  it('a first line without an address column is read as a plain list', async () => {
    const info: TargetListInfo = { format: null, columns: null, rememberedCap: null };
    const es = await read('host\n127.0.0.1\n', {}, info);
    expect(info.format).toBe('list');
    expect(es.map((e) => e.input)).toEqual(['host', '127.0.0.1']);
  });

  it('splitCsv follows RFC 4180 quoting', () => {
    expect(splitCsv('a,"b,c","d""e",', ',')).toEqual(['a', 'b,c', 'd"e', '']);
    expect(splitCsv('"open,x', ',')).toBeNull();
  });

  it('lines() never buffers more than the limit', async () => {
    const big = 'z'.repeat(1_000_000);
    const got = [];
    for await (const l of lines(Readable.from([big, big, '\nok\n']), 100)) got.push([l.text.length, l.tooLong]);
    expect(got).toEqual([
      [100, true],
      [2, false],
    ]);
  });
});
