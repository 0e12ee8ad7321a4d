/**
 * Where a probe may go. Every target is normalised and checked here BEFORE any packet leaves:
 * an allow-list of CIDRs (PROBE_ALLOW, default RFC 1918 + IPv6 ULA), special ranges (loopback,
 * link-local incl. the cloud metadata address, unspecified, multicast, broadcast) refused unless a
 * CIDR inside that range was allowed explicitly, and a port allow-list (PROBE_PORTS).
 *
 * A host name is looked up only when it matches PROBE_ALLOW_NAMES (default: none): a lookup is itself
 * a packet (to the resolver, and from there to whoever serves the name's domain), so a name the
 * administrator did not allow is refused without one, as an address outside PROBE_ALLOW is refused
 * without a connection. An allowed name is resolved once; every resolved address must pass, and the
 * caller connects to the checked address (the name only travels as SNI / Host header), so DNS
 * rebinding cannot redirect the probe.
 */
import { lookup } from 'node:dns/promises';
import { isIPv6 } from 'node:net';

export interface Cidr {
  family: 4 | 6;
  /** Network address as an integer (32 or 128 bits). */
  base: bigint;
  prefix: number;
  /** Canonical text, e.g. "10.0.0.0/8". */
  text: string;
}

/** A host name the probe may look up: one name, or every name under a domain ("*.corp.example"). */
export interface NamePattern {
  /** The name, or the domain with its leading dot (".corp.example") for a wildcard. */
  name: string;
  wildcard: boolean;
  /** As configured, e.g. "*.corp.example". */
  text: string;
}

export interface ProbePolicy {
  allow: Cidr[];
  ports: number[];
  /** Names that may be looked up (PROBE_ALLOW_NAMES); none given = no name is looked up. */
  names?: NamePattern[];
}

/** Resolves a hostname to IP address strings (all of them). Injectable for tests. */
export type Resolver = (host: string) => Promise<string[]>;

/** Why a target was refused: lets each surface explain it in the user's language. */
export type RefusalKind = 'malformed' | 'port' | 'address' | 'name' | 'resolve' | 'error';

export type CheckResult = { ok: true; host: string; address: string; port: number } | { ok: false; kind: RefusalKind; reason: string };
/** A target the policy allowed: the address to connect to (a name was resolved once), the name only for SNI. */
export type CheckedTarget = Extract<CheckResult, { ok: true }>;

export const DEFAULT_ALLOW = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'];
export const DEFAULT_PORTS = [443, 8443, 80];
export const MAX_INPUT_LENGTH = 300;
const RESOLVE_TIMEOUT_MS = 5000;

// ---------------------------------------------------------------- address parsing

export interface ParsedAddress {
  family: 4 | 6;
  value: bigint;
}

const BITS = { 4: 32, 6: 128 } as const;

/**
 * Parses an IPv4 address in any spelling inet_aton() accepts: 1 to 4 parts, each decimal, octal
 * (leading 0) or hex (0x); the last part fills the remaining bytes ("127.1", "2130706433",
 * "0x7f.1", "017700000001", "0177.0.0.1"). A single trailing dot is tolerated.
 */
export function parseIPv4Loose(input: string): bigint | null {
  let s = input;
  if (s.endsWith('.')) s = s.slice(0, -1);
  if (s.length === 0 || s.length > 64) return null;
  const parts = s.split('.');
  if (parts.length > 4) return null;
  const nums: bigint[] = [];
  for (const p of parts) {
    let m: RegExpMatchArray | null;
    let n: bigint;
    if ((m = /^0[xX]([0-9a-fA-F]*)$/.exec(p))) n = m[1] === '' ? 0n : BigInt('0x' + m[1]);
    else if (/^0[0-7]+$/.test(p)) n = BigInt('0o' + p.slice(1));
    else if (/^(0|[1-9][0-9]*)$/.test(p)) n = BigInt(p);
    else return null;
    nums.push(n);
  }
  let value = 0n;
  for (let i = 0; i < nums.length - 1; i++) {
    if (nums[i] > 255n) return null;
    value |= nums[i] << BigInt(8 * (3 - i));
  }
  const last = nums[nums.length - 1];
  const lastBits = BigInt(8 * (4 - (nums.length - 1)));
  if (last >= 1n << lastBits) return null;
  return value | last;
}

/** Parses an IPv6 literal (no brackets, no zone) into 128 bits, incl. an embedded IPv4 tail. */
export function parseIPv6(input: string): bigint | null {
  if (!isIPv6(input)) return null;
  let s = input;
  let tail: bigint[] = [];
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const parts = v4[2].split('.').map(Number);
    if (parts.some((n) => n > 255)) return null;
    tail = [BigInt((parts[0] << 8) | parts[1]), BigInt((parts[2] << 8) | parts[3])];
    s = v4[1].endsWith('::') ? v4[1] : v4[1].slice(0, -1);
  }
  const [head, rest] = s.split('::') as [string, string | undefined];
  const toGroups = (x: string): bigint[] => (x === '' ? [] : x.split(':').map((g) => BigInt('0x' + g)));
  const a = toGroups(head);
  const b = rest === undefined ? [] : toGroups(rest);
  const fill = 8 - a.length - b.length - tail.length;
  if (rest === undefined ? fill !== 0 : fill < 0) return null;
  const groups = [...a, ...Array<bigint>(Math.max(0, fill)).fill(0n), ...b, ...tail];
  if (groups.length !== 8) return null;
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

/**
 * Parses any IP literal spelling into a canonical address: brackets, zone ids and trailing dots
 * are removed, odd IPv4 spellings are read like inet_aton(), and IPv4-mapped IPv6
 * (::ffff:a.b.c.d, ::ffff:7f00:1) becomes the IPv4 address it carries.
 */
export function parseAddress(input: string): ParsedAddress | null {
  let s = input.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const pct = s.indexOf('%');
  if (pct >= 0) {
    // A zone id ("fe80::1%eth0") belongs to an IPv6 address; "10.0.0.1%x" is not an address.
    if (!s.slice(0, pct).includes(':')) return null;
    s = s.slice(0, pct);
  }
  if (s.includes(':')) {
    const v = parseIPv6(s);
    if (v === null) return null;
    if (v >> 32n === 0xffffn) return { family: 4, value: v & 0xffffffffn };
    return { family: 6, value: v };
  }
  const v4 = parseIPv4Loose(s);
  return v4 === null ? null : { family: 4, value: v4 };
}

export function formatAddress(a: ParsedAddress): string {
  if (a.family === 4) {
    const v = Number(a.value);
    return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
  }
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((a.value >> BigInt(16 * i)) & 0xffffn));
  // compress the longest run of zero groups (length >= 2)
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
}

// ---------------------------------------------------------------- CIDRs

function mask(family: 4 | 6, prefix: number): bigint {
  const bits = BigInt(BITS[family]);
  return prefix === 0 ? 0n : ((1n << bits) - 1n) ^ ((1n << (bits - BigInt(prefix))) - 1n);
}

/** Parses "a.b.c.d/n", "v6/n" or a bare address (= /32 or /128). Throws on malformed input. */
export function parseCidr(input: string): Cidr {
  const s = input.trim();
  if (s.length === 0 || s.length > 100) throw new Error(`"${clip(input)}" is not a CIDR (e.g. 10.0.0.0/8)`);
  const slash = s.indexOf('/');
  const addrText = slash >= 0 ? s.slice(0, slash) : s;
  const prefixText = slash >= 0 ? s.slice(slash + 1) : null;
  // CIDRs are written plainly: dotted quad or standard IPv6 (no octal/hex tricks in config).
  const plain4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(addrText);
  let a = plain4 || addrText.includes(':') ? parseAddress(addrText) : null;
  if (plain4 && a && a.family === 4 && addrText.split('.').some((p) => p.length > 1 && p.startsWith('0'))) a = null;
  if (!a) throw new Error(`"${clip(input)}" is not a CIDR (e.g. 10.0.0.0/8 or fc00::/7)`);
  const family = a.family;
  let prefix: number = BITS[family];
  if (prefixText !== null) {
    if (!/^\d{1,3}$/.test(prefixText)) throw new Error(`"${clip(input)}" has a bad prefix length`);
    prefix = Number(prefixText);
  }
  // "::ffff:10.0.0.0/104" style: an IPv4-mapped CIDR is read as the IPv4 CIDR it names.
  if (family === 4 && addrText.includes(':')) {
    if (prefixText !== null) {
      if (prefix < 96) throw new Error(`"${clip(input)}": an IPv4-mapped CIDR needs a prefix of at least 96`);
      prefix -= 96;
    }
  }
  if (prefix > BITS[family]) throw new Error(`"${clip(input)}" has a prefix longer than ${BITS[family]}`);
  const base = a.value & mask(family, prefix);
  return { family, base, prefix, text: `${formatAddress({ family, value: base })}/${prefix}` };
}

export function cidrContains(c: Cidr, a: ParsedAddress): boolean {
  return c.family === a.family && (a.value & mask(c.family, c.prefix)) === c.base;
}

/** Is CIDR `inner` entirely inside CIDR `outer`? */
export function cidrWithin(inner: Cidr, outer: Cidr): boolean {
  return inner.family === outer.family && inner.prefix >= outer.prefix && (inner.base & mask(outer.family, outer.prefix)) === outer.base;
}

interface SpecialRange {
  cidr: Cidr;
  label: string;
}

const SPECIAL: SpecialRange[] = [
  ['0.0.0.0/8', 'an unspecified ("this network") address'],
  ['127.0.0.0/8', 'a loopback address'],
  ['169.254.0.0/16', 'a link-local address (this range includes the cloud metadata service 169.254.169.254)'],
  ['224.0.0.0/4', 'a multicast address'],
  ['240.0.0.0/4', 'a reserved address'],
  ['255.255.255.255/32', 'the broadcast address'],
  ['::/128', 'the unspecified address'],
  ['::1/128', 'the loopback address'],
  ['fe80::/10', 'a link-local address'],
  ['ff00::/8', 'a multicast address'],
  // IPv6 ranges that carry an IPv4 address to somewhere else: refused unless named explicitly
  ['::/96', 'an IPv4-compatible IPv6 address (deprecated)'],
  ['64:ff9b::/96', 'a NAT64 address (it reaches the IPv4 address it embeds)'],
  ['64:ff9b:1::/48', 'a local NAT64 address (it reaches the IPv4 address it embeds)'],
  ['2002::/16', 'a 6to4 address (it reaches the IPv4 address it embeds)'],
  ['2001::/32', 'a Teredo address (it embeds an IPv4 address)'],
].map(([c, label]) => ({ cidr: parseCidr(c), label }));

// ---------------------------------------------------------------- policy

function splitList(v: string | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/**
 * Parses one PROBE_ALLOW_NAMES entry: a host name ("tms01.corp.example"), every name under a domain
 * ("*.corp.example", the domain itself not included), or "*" (any name: every lookup allowed, the
 * addresses still checked). Throws on anything else.
 */
export function parseNamePattern(input: string): NamePattern {
  const text = input.trim();
  let s = text.toLowerCase();
  if (s.endsWith('.') && s !== '*.') s = s.slice(0, -1);
  if (s === '*') return { name: '', wildcard: true, text };
  const wildcard = s.startsWith('*.');
  const name = wildcard ? s.slice(2) : s;
  if (!HOSTNAME_RE.test(name) || parseAddress(name) || /^[0-9.]+$/.test(name)) {
    throw new Error(`PROBE_ALLOW_NAMES: "${clip(input)}" is not a host name or *.domain`);
  }
  return { name: wildcard ? `.${name}` : name, wildcard, text };
}

/** Whether `host` (lower case, no trailing dot, as parseTarget leaves it) may be looked up under `policy`. */
export function nameAllowed(host: string, policy: ProbePolicy): boolean {
  return (policy.names ?? []).some((p) => (p.wildcard ? p.name === '' || (host.endsWith(p.name) && host.length > p.name.length) : host === p.name));
}

/** Why the name `host` is not looked up (it matches no PROBE_ALLOW_NAMES entry). */
export function nameRefusal(host: string, policy: ProbePolicy): string {
  const list = (policy.names ?? []).map((p) => p.text).join(', ');
  return `"${clip(host)}" is a host name the probe may not look up (${list ? `allowed: ${list}` : 'no names are allowed'}). Give the endpoint's IP address, or an administrator can widen PROBE_ALLOW_NAMES.`;
}

/**
 * Builds the policy from PROBE_ALLOW (comma-separated CIDRs; replaces the default RFC 1918 + ULA
 * list), PROBE_PORTS (comma-separated; default 443,8443,80) and PROBE_ALLOW_NAMES (comma-separated
 * names and *.domains; default none), plus extra CIDRs (CLI --allow).
 * Throws an Error naming the bad entry when a CIDR, port or name is malformed.
 */
export function policyFromEnv(env: NodeJS.ProcessEnv, extraAllow: string[] = []): ProbePolicy {
  const allowText = env.PROBE_ALLOW !== undefined && env.PROBE_ALLOW.trim() !== '' ? splitList(env.PROBE_ALLOW) : DEFAULT_ALLOW;
  const allow = [...allowText, ...extraAllow.flatMap((x) => splitList(x))].map(parseCidr);
  let ports = DEFAULT_PORTS;
  if (env.PROBE_PORTS !== undefined && env.PROBE_PORTS.trim() !== '') {
    ports = splitList(env.PROBE_PORTS).map((p) => {
      if (!/^\d{1,5}$/.test(p) || Number(p) < 1 || Number(p) > 65535) throw new Error(`PROBE_PORTS: "${clip(p)}" is not a port number`);
      return Number(p);
    });
  }
  const names = splitList(env.PROBE_ALLOW_NAMES).map(parseNamePattern);
  return { allow, ports: [...new Set(ports)], names };
}

/** Why `address` may not be probed under `policy`, or null when it may. */
export function addressRefusal(a: ParsedAddress, policy: ProbePolicy): string | null {
  // Most specific first: 255.255.255.255 is "the broadcast address" (and only --allow of it admits it), not "reserved".
  const specials = SPECIAL.filter((s) => cidrContains(s.cidr, a)).sort((x, y) => y.cidr.prefix - x.cidr.prefix);
  const text = formatAddress(a);
  const ok = policy.allow.some((c) => cidrContains(c, a) && specials.every((s) => cidrWithin(c, s.cidr)));
  if (ok) return null;
  if (specials.length > 0) {
    const s = specials[0];
    return `${text} is ${s.label}; probing it is refused unless it is allowed explicitly (e.g. --allow ${s.cidr.text}).`;
  }
  const list = policy.allow.map((c) => c.text).join(', ') || '(none)';
  return `${text} is outside the networks the probe may reach (${list}). An administrator can widen PROBE_ALLOW.`;
}

function clip(s: string, n = 60): string {
  const t = s.replace(/[\u0000-\u001f\u007f]/g, '?');
  return t.length > n ? t.slice(0, n) + '…' : t;
}

export interface ParsedTarget {
  host: string;
  /** Set when host is an IP literal. */
  literal: ParsedAddress | null;
  port: number;
}

const HOSTNAME_RE = /^(?=.{1,253}$)([a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9_])?)(\.[a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9_])?)*$/;

/** Splits "host[:port]", "[v6]:port", a bare IPv6 literal, or "https://host[:port][/]". */
export function parseTarget(input: unknown, defaultPort = 443): ParsedTarget | { error: string } {
  if (typeof input !== 'string') return { error: 'The target must be a host name or IP address, optionally with :port.' };
  if (input.length > MAX_INPUT_LENGTH) return { error: `The target is too long (${input.length} characters; at most ${MAX_INPUT_LENGTH}).` };
  // NFKC folds full-width forms typed with a Japanese IME ("１０．１．２．３：４４３") into ASCII; every
  // check below runs on the folded text, so this widens no policy.
  let s = input.normalize('NFKC').trim();
  if (s.length > MAX_INPUT_LENGTH) return { error: `The target is too long (at most ${MAX_INPUT_LENGTH} characters).` };
  if (s === '') return { error: 'No target given: name a host or IP address, e.g. 10.1.2.3 or codec.example.local:443.' };
  if (/[\s\u0000-\u001f\u007f]/.test(s)) return { error: `"${clip(s)}" contains spaces or control characters; give just host[:port].` };
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(s);
  if (scheme) {
    if (!/^https?$/i.test(scheme[1])) return { error: `"${clip(s)}": only a host[:port] (or an https:// address without a path) can be probed.` };
    s = s.slice(scheme[0].length);
    if (s.endsWith('/')) s = s.slice(0, -1);
  }
  if (s.includes('@')) return { error: `"${clip(s)}" contains user information (@); give just host[:port].` };
  if (/[/?#\\]/.test(s)) return { error: `"${clip(s)}" looks like a URL with a path or query; give just host[:port].` };
  let host: string;
  let portText: string | null = null;
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close < 0) return { error: `"${clip(s)}": missing "]" after the IPv6 address.` };
    host = s.slice(1, close);
    const after = s.slice(close + 1);
    if (after !== '') {
      if (!after.startsWith(':')) return { error: `"${clip(s)}": unexpected text after "]".` };
      portText = after.slice(1);
    }
  } else if ((s.match(/:/g) ?? []).length >= 2) {
    host = s; // bare IPv6 literal, no port
  } else if (s.includes(':')) {
    const i = s.indexOf(':');
    host = s.slice(0, i);
    portText = s.slice(i + 1);
  } else {
    host = s;
  }
  let port = defaultPort;
  if (portText !== null) {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      return { error: `"${clip(portText)}" is not a valid port (1-65535).` };
    }
    port = Number(portText);
  }
  if (host === '') return { error: `"${clip(s)}": the host is missing.` };
  const literal = parseAddress(host);
  if (literal) return { host: formatAddress(literal), literal, port };
  if (host.includes(':') || host.includes('%')) return { error: `"${clip(host)}" is not a valid IPv6 address.` };
  let name = host.endsWith('.') ? host.slice(0, -1) : host;
  name = name.toLowerCase();
  if (/^[0-9.]+$/.test(name)) return { error: `"${clip(host)}" is not a valid IPv4 address.` };
  if (!HOSTNAME_RE.test(name)) return { error: `"${clip(host)}" is not a valid host name.` };
  return { host: name, literal: null, port };
}

async function defaultResolve(host: string): Promise<string[]> {
  const res = await lookup(host, { all: true, verbatim: true });
  return res.map((r) => r.address);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/**
 * What the policy settles without resolving a name, synchronously: a refusal (malformed, port, a
 * literal address, a name not allowed), a literal address that passes (checked, as checkTarget gives
 * it), or an allowed name that needs a lookup. The first half of checkTarget, which continues from it;
 * the refusal texts are the same for both.
 */
export type LookupFreeCheck = CheckResult | { ok: 'needs-lookup'; host: string; port: number };

export function checkWithoutLookup(input: string, policy: ProbePolicy): LookupFreeCheck {
  const t = parseTarget(input);
  if ('error' in t) return { ok: false, kind: 'malformed', reason: t.error };
  if (!policy.ports.includes(t.port)) {
    return { ok: false, kind: 'port', reason: `Port ${t.port} is not one the probe may use (allowed: ${policy.ports.join(', ') || 'none'}). An administrator can widen PROBE_PORTS.` };
  }
  if (t.literal) {
    const why = addressRefusal(t.literal, policy);
    return why ? { ok: false, kind: 'address', reason: why } : { ok: true, host: t.host, address: formatAddress(t.literal), port: t.port };
  }
  if (!nameAllowed(t.host, policy)) return { ok: false, kind: 'name', reason: nameRefusal(t.host, policy) };
  return { ok: 'needs-lookup', host: t.host, port: t.port };
}

/**
 * Normalises and checks a target. Nothing is sent to the target; a host name is looked up only
 * when PROBE_ALLOW_NAMES allows it, once (with `resolve`, default the system resolver), and every
 * address it resolves to must pass.
 * `address` in the answer is the one to connect to. Never rejects.
 */
export async function checkTarget(
  input: string,
  policy: ProbePolicy,
  resolve: Resolver = defaultResolve,
  opts: { resolveTimeoutMs?: number } = {},
): Promise<CheckResult> {
  try {
    const t = checkWithoutLookup(input, policy);
    if (t.ok !== 'needs-lookup') return t;
    let raw: string[];
    try {
      raw = await withTimeout(resolve(t.host), opts.resolveTimeoutMs ?? RESOLVE_TIMEOUT_MS, 'timed out');
    } catch (e) {
      return { ok: false, kind: 'resolve', reason: `Could not resolve "${t.host}" (${e instanceof Error ? clip(e.message, 80) : 'error'}).` };
    }
    if (!Array.isArray(raw) || raw.length === 0) return { ok: false, kind: 'resolve', reason: `"${t.host}" does not resolve to any address.` };
    const addrs: ParsedAddress[] = [];
    for (const r of raw.slice(0, 64)) {
      const a = typeof r === 'string' ? parseAddress(r) : null;
      if (!a) return { ok: false, kind: 'resolve', reason: `"${t.host}" resolved to something that is not an IP address.` };
      const why = addressRefusal(a, policy);
      if (why) return { ok: false, kind: 'address', reason: `"${t.host}" resolves to an address the probe may not use: ${why}` };
      addrs.push(a);
    }
    if (raw.length > 64) return { ok: false, kind: 'resolve', reason: `"${t.host}" resolves to too many addresses.` };
    return { ok: true, host: t.host, address: formatAddress(addrs[0]), port: t.port };
  } catch (e) {
    return { ok: false, kind: 'error', reason: `The target could not be checked (${e instanceof Error ? clip(e.message, 80) : 'error'}).` };
  }
}
