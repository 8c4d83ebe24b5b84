import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base32,
  endpointChainName,
  hashBase32,
  nftEndpointChainBase,
  nftServicePortChainBase,
  serviceChainName,
  servicePortNameString,
} from './hash';
import { sha256Hex, utf8Bytes } from './sha256';

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1000))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });

  it('hashes non-ASCII text as UTF-8', () => {
    expect([...utf8Bytes('é€😀')]).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
  });

  it('agrees with the crypto module of Node for any text and length (multi-block padding included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });
});

describe('base32', () => {
  it('uses the RFC 4648 alphabet like Go StdEncoding', () => {
    expect(base32(utf8Bytes('foobar'))).toBe('MZXW6YTBOI');
    expect(base32(utf8Bytes('f'))).toBe('MY');
  });
});

describe('iptables chain hashes', () => {
  // Every vector of the reference table (§1.1), plus chains read in the seed dumps.
  it.each([
    ['default/nginx:tcp', '4N57TFCL4MD7ZTDA'],
    ['default/nginxtcp', '2CMXP7HKUVJN7L6M'],
    ['default/nginxtcp10.64.2.4:80', 'YVT6EXXEKT4LDXBC'],
    ['default/kubernetes:httpstcp', 'NPX46M4PTMTKRN6Y'],
    ['kube-system/kube-dns:dnsudp', 'TCOU7JCQXEZGVUNU'],
    ['kube-system/kube-dns:dns-tcptcp', 'ERIFXISQEP7F7OF4'],
    ['kube-system/kube-dns:metricstcp', 'JD5MR3NA4I4DYORP'],
    ['default/httpd-svc:tcp', 'RL3JAE4GN7VOGDGP'],
    ['default/nginx:tcp172.17.0.4:80', 'UZXILYFQQ2IZUWN5'],
  ])('%s hashes to %s', (input, expected) => {
    expect(hashBase32(input).slice(0, 16)).toBe(expected);
  });

  it('an unnamed port hashes "ns/name" from v1.19 and "ns/name:" before', () => {
    const parts = { namespace: 'default', name: 'nginx', portName: '' };
    expect(serviceChainName('SVC', servicePortNameString(parts, false), 'TCP')).toBe('KUBE-SVC-2CMXP7HKUVJN7L6M');
    expect(serviceChainName('SVC', servicePortNameString(parts, true), 'TCP')).toBe('KUBE-SVC-4N57TFCL4MD7ZTDA');
  });

  it('a named port always hashes "ns/name:port", and SVC/SVL/EXT/FW share the hash', () => {
    const spn = servicePortNameString({ namespace: 'kube-system', name: 'kube-dns', portName: 'dns' }, true);
    expect(spn).toBe('kube-system/kube-dns:dns');
    expect(['SVC', 'SVL', 'EXT', 'FW'].map((k) => serviceChainName(k as 'SVC', spn, 'UDP'))).toEqual([
      'KUBE-SVC-TCOU7JCQXEZGVUNU',
      'KUBE-SVL-TCOU7JCQXEZGVUNU',
      'KUBE-EXT-TCOU7JCQXEZGVUNU',
      'KUBE-FW-TCOU7JCQXEZGVUNU',
    ]);
  });

  it('endpoint chains hash the port name, protocol and "ip:port"', () => {
    expect(endpointChainName('default/nginx', 'tcp', '10.64.2.4:80')).toBe('KUBE-SEP-YVT6EXXEKT4LDXBC');
    // Seed 004: an old (pre-1.19) dump of default/httpd-svc with three pods.
    expect(endpointChainName('default/httpd-svc:', 'tcp', '10.244.104.15:80')).toBe('KUBE-SEP-Y5YLOO6DS3UF7LBB');
    expect(endpointChainName('default/httpd-svc:', 'tcp', '10.244.135.51:80')).toBe('KUBE-SEP-DTMMTXPGHKXJGUTZ');
    expect(endpointChainName('default/httpd-svc:', 'tcp', '10.244.135.52:80')).toBe('KUBE-SEP-FQRCOM4I5Y4H2JWZ');
    expect(endpointChainName('default/nginx:', 'tcp', '172.17.0.5:80')).toBe('KUBE-SEP-43IWXJI557JKCKCF');
  });
});

describe('nftables chain names', () => {
  const parts = { namespace: 'ns1', name: 'svc1', portName: 'p80' };

  it('prefix the readable base with 8 base32 characters of its hash (§2.2 vectors)', () => {
    expect(nftServicePortChainBase(parts, 'TCP')).toBe('ULMVA6XW-ns1/svc1/tcp/p80');
    expect(nftEndpointChainBase(parts, 'tcp', '10.180.0.1', 80)).toBe('5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80');
  });

  it('an unnamed port leaves the base ending in "/"', () => {
    expect(nftServicePortChainBase({ ...parts, portName: '' }, 'tcp')).toMatch(/^[A-Z2-7]{8}-ns1\/svc1\/tcp\/$/);
  });

  it('IPv6 endpoint addresses have their colons turned into dots', () => {
    expect(nftEndpointChainBase(parts, 'tcp', 'fd00::1', 80)).toMatch(/-ns1\/svc1\/tcp\/p80__fd00\.\.1\/80$/);
  });

  it('names longer than 240 characters are cut and end in "..."', () => {
    const long = nftServicePortChainBase({ namespace: 'n'.repeat(63), name: 's'.repeat(63), portName: 'p'.repeat(120) }, 'tcp');
    expect(long).toHaveLength(240);
    expect(long.endsWith('...')).toBe(true);
  });
});
