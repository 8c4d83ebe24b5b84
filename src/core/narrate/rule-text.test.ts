import { describe, expect, it } from 'vitest';
import { endpointInComment, formatProbability, ipOf, nftRandomCount, portOf, readIpvsListing, readIptablesLine } from './rule-text';

describe('reading a rule as the node shows it', () => {
  it('reads the target, comment and probability of a KUBE-SVC rule', () => {
    const line = readIptablesLine(
      '-A KUBE-SVC-X -m comment --comment "default/web:http -> 10.244.2.20:8080" -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-Y',
    );
    expect(line).toMatchObject({ target: 'KUBE-SEP-Y', comment: 'default/web:http -> 10.244.2.20:8080', probability: 0.33333333349, affinityCheck: false });
    expect(endpointInComment(line.comment)).toBe('10.244.2.20:8080');
    expect(formatProbability(line.probability ?? 0)).toBe('0.3333');
  });

  it('reads the masquerade mark kube-proxy sets and the one it XORs away', () => {
    expect(readIptablesLine('-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000').setMark).toEqual({ value: 0x4000, mask: 0x4000 });
    expect(readIptablesLine('-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0').setMark).toEqual({ value: 0x4000, mask: 0 });
    expect(readIptablesLine('-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN')).toMatchObject({ target: 'RETURN', withoutMark: true });
  });

  it('reads the ClientIP affinity check, the pod-network exception and an unquoted comment', () => {
    expect(readIptablesLine('-A KUBE-SVC-X -m recent --name KUBE-SEP-Y --rcheck --seconds 10800 --reap -j KUBE-SEP-Y').affinityCheck).toBe(true);
    expect(readIptablesLine('-A KUBE-SVC-X ! -s 10.244.0.0/16 -d 10.96.0.1/32 -j KUBE-MARK-MASQ').notFrom).toBe('10.244.0.0/16');
    expect(readIptablesLine('-A X -m comment --comment plain -j ACCEPT').comment).toBe('plain');
  });

  it('reads nft and ipvsadm listings', () => {
    expect(nftRandomCount('numgen random mod 3 vmap { 0 : goto a, 1 : goto b, 2 : goto c }')).toBe(3);
    expect(readIpvsListing('TCP  10.96.0.1:443 rr\n  -> 192.168.49.2:6443            Masq    1')).toEqual({ scheduler: 'rr', realServers: 1 });
    expect(readIpvsListing('TCP  10.96.0.9:80 wlc')).toEqual({ scheduler: 'wlc', realServers: 0 });
  });

  it('splits addresses without taking a name for a port', () => {
    expect([ipOf('10.244.1.5:8080'), portOf('10.244.1.5:8080')]).toEqual(['10.244.1.5', 8080]);
    expect([ipOf('api.example.com'), portOf('api.example.com')]).toEqual(['api.example.com', undefined]);
  });
});
