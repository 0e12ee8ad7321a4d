/**
 * tls10-back-on.reg read back as Windows would import it: UTF-16LE with a BOM, the TLS 1.0 Client and Server keys
 * only, each Enabled=1 and DisabledByDefault=0; SSL 3.0 and TLS 1.2 not touched. Shared by the tests that get the
 * file from fix-kit (26011 pasted) and from the chat (SQL said down in words).
 */
import { parseRegFile, schannelState, type RegModel } from '../../src/windows/reg';

const P = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';

export function expectTls10BackOn(bytes: Buffer): RegModel {
  expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const parsed = parseRegFile(bytes);
  expect(parsed.problems).toEqual([]);
  expect(parsed.encoding).toBe('utf16le');
  expect(parsed.model.format).toBe(5);
  expect(parsed.model.keys.map((k) => k.path)).toEqual([`${P}\\TLS 1.0\\Client`, `${P}\\TLS 1.0\\Server`]);
  for (const k of parsed.model.keys) {
    expect(k.values).toEqual([
      { name: 'Enabled', data: { type: 'REG_DWORD', value: 1 } },
      { name: 'DisabledByDefault', data: { type: 'REG_DWORD', value: 0 } },
    ]);
  }
  const st = schannelState(parsed.model);
  expect(st['TLS 1.0'].Client.verdict).toBe('enabled');
  expect(st['TLS 1.0'].Server.verdict).toBe('enabled');
  expect(st['SSL 3.0'].Client.verdict).toBe('absent');
  expect(st['SSL 3.0'].Server.verdict).toBe('absent');
  expect(st['TLS 1.2'].Client.verdict).toBe('absent');
  return parsed.model;
}
