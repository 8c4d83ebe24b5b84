import { describe, expect, it } from 'vitest';
import { dns1035Label, dns1123Label, dns1123Subdomain, ianaServiceName, labelKey, labelValue } from './names';

describe('name rules of the API machinery', () => {
  it('DNS-1123 labels allow a leading digit, DNS-1035 labels do not', () => {
    expect(dns1123Label('8080-tcp')).toEqual([]);
    expect(dns1035Label('8080-tcp')).toHaveLength(1);
    expect(dns1035Label('web-1')).toEqual([]);
  });

  it('labels are at most 63 characters', () => {
    expect(dns1123Label('a'.repeat(63))).toEqual([]);
    expect(dns1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect(dns1035Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });

  it('subdomains are dot-separated labels of at most 253 characters', () => {
    expect(dns1123Subdomain('db.prod.example.com')).toEqual([]);
    expect(dns1123Subdomain('db..example.com')).toHaveLength(1);
    expect(dns1123Subdomain(`${'a'.repeat(63)}.`.repeat(4).slice(0, 254))).toContain('must be no more than 253 characters');
  });

  it('IANA service names list every problem, in the API server order', () => {
    expect(ianaServiceName('--')).toEqual([
      'must contain at least one letter (a-z)',
      'must not contain consecutive hyphens',
      'must not begin or end with a hyphen',
    ]);
    expect(ianaServiceName('http')).toEqual([]);
  });

  it('label keys may have a DNS subdomain prefix', () => {
    expect(labelKey('app.kubernetes.io/name')).toEqual([]);
    expect(labelKey('app')).toEqual([]);
    expect(labelKey('Bad_Prefix/name')).toHaveLength(1);
    expect(labelKey('a/b/c')).toHaveLength(1);
    expect(labelKey('')).toHaveLength(1);
    expect(labelKey(`${'k'.repeat(64)}`)).toHaveLength(1);
  });

  it('label values may be empty, and otherwise start and end alphanumeric', () => {
    expect(labelValue('')).toEqual([]);
    expect(labelValue('v1.2_beta-3')).toEqual([]);
    expect(labelValue('-v1')).toHaveLength(1);
    expect(labelValue('a b')).toHaveLength(1);
    expect(labelValue('v'.repeat(64))).toContain('must be no more than 63 characters');
  });
});
