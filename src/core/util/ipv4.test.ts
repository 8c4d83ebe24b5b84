import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrContains, formatCidr, formatIPv4, ipInCidr, isIPv4, isIPv6, nthAddress, parseCidr, parseIPv4 } from './ipv4';

describe('IPv4 addresses', () => {
  it('parse to unsigned 32-bit numbers and format back', () => {
    expect(parseIPv4('10.96.0.1')).toBe(0x0a600001);
    expect(parseIPv4('255.255.255.255')).toBe(0xffffffff);
    expect(formatIPv4(0x0a600001)).toBe('10.96.0.1');
    expect(formatIPv4(0xffffffff)).toBe('255.255.255.255');
  });

  it('rejects text that is not a dotted quad of octets', () => {
    for (const bad of ['10.96.0', '10.96.0.256', '10.96.0.1.2', 'a.b.c.d', '', '1234.0.0.1', '10.96.0.1/32']) expect(parseIPv4(bad), bad).toBeUndefined();
    expect(isIPv4('10.0.0.1')).toBe(true);
    expect(isIPv4('fe80::1')).toBe(false);
  });

  it('tell IPv6 text apart from IPv4 text', () => {
    expect(isIPv6('2001:db8::1')).toBe(true);
    expect(isIPv6('::1')).toBe(true);
    expect(isIPv6('10.0.0.1')).toBe(false);
    expect(isIPv6('1::2::3')).toBe(false);
  });

  it('round-trip for every 32-bit value', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => parseIPv4(formatIPv4(n)) === n));
  });
});

describe('CIDRs', () => {
  it('parse to a masked base, a prefix and a size', () => {
    expect(parseCidr('10.96.0.0/12')).toEqual({
      base: 0x0a600000,
      prefix: 12,
      size: 2 ** 20,
    });
    // Host bits are masked off, as net.ParseCIDR does.
    expect(formatCidr(parseCidr('10.244.1.77/24') ?? { base: 0, prefix: 0, size: 0 })).toBe('10.244.1.0/24');
    expect(parseCidr('0.0.0.0/0')).toEqual({
      base: 0,
      prefix: 0,
      size: 2 ** 32,
    });
  });

  it('reject malformed ranges', () => {
    for (const bad of ['10.96.0.0', '10.96.0.0/33', '10.96.0.0/x', '10.96.0/12', '10.0.0.0/8/8']) expect(parseCidr(bad), bad).toBeUndefined();
  });

  it('contain exactly the addresses between their first and last', () => {
    const cidr = parseCidr('10.96.0.0/12');
    if (!cidr) throw new Error('unparsed');
    expect(cidrContains(cidr, parseIPv4('10.96.0.0') ?? -1)).toBe(true);
    expect(cidrContains(cidr, parseIPv4('10.111.255.255') ?? -1)).toBe(true);
    expect(cidrContains(cidr, parseIPv4('10.112.0.0') ?? -1)).toBe(false);
    expect(cidrContains(cidr, parseIPv4('10.95.255.255') ?? -1)).toBe(false);
    expect(ipInCidr('10.244.3.9', '10.244.0.0/16')).toBe(true);
    expect(ipInCidr('10.245.0.1', '10.244.0.0/16')).toBe(false);
    expect(ipInCidr('nonsense', '10.244.0.0/16')).toBe(false);
  });

  it('index addresses from the base: the first usable of 10.96.0.0/12 is 10.96.0.1, the tenth 10.96.0.10', () => {
    const cidr = parseCidr('10.96.0.0/12');
    if (!cidr) throw new Error('unparsed');
    expect(nthAddress(cidr, 1)).toBe('10.96.0.1');
    expect(nthAddress(cidr, 10)).toBe('10.96.0.10');
  });
});
