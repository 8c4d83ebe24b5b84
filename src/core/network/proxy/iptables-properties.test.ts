/**
 * Invariants of the iptables tables, and the old-version lines of the seed dumps (003, 004).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cluster, endpoint, port, service, slice } from './fixtures';
import { buildIptables } from './iptables-rules';
import { renderIptablesSave } from './iptables-save';
import type { IptablesRuleset } from './iptables-types';

const natChain = (rules: IptablesRuleset, name: string) => rules.tables[1]?.chains.find((c) => c.name === name);

describe('old kube-proxy versions (seed dumps)', () => {
  it('before v1.19 an unnamed port hashes and comments "ns/name:" (seed 003)', () => {
    const nginx = service('default', 'nginx', { clusterIP: '10.107.54.95', ports: [port({ port: 80 })] });
    const c = cluster({ services: [nginx], slices: [slice(nginx, [['', 80]], [endpoint('172.17.0.4'), endpoint('172.17.0.5')])], settings: { kubeVersion: '1.15' } });
    const rules = buildIptables(c, 'node-1');
    expect(renderIptablesSave(rules).split('\n')).toContain(
      '-A KUBE-SERVICES -d 10.107.54.95/32 -p tcp -m comment --comment "default/nginx: cluster IP" -m tcp --dport 80 -j KUBE-SVC-4N57TFCL4MD7ZTDA',
    );
    const svc = natChain(rules, 'KUBE-SVC-4N57TFCL4MD7ZTDA')?.rules.map((r) => r.saved) ?? [];
    expect(svc[1]).toContain('-m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-UZXILYFQQ2IZUWN5');
    expect(svc[2]).toMatch(/-j KUBE-SEP-43IWXJI557JKCKCF$/);
    expect(natChain(rules, 'KUBE-SEP-UZXILYFQQ2IZUWN5')?.rules[1]?.saved).toMatch(/-p tcp .*-m tcp -j DNAT --to-destination 172\.17\.0\.4:80$/);
  });

  it('before v1.17 a third is written 0.33333 and echoed 0.33332999982 (seed 004)', () => {
    const httpd = service('default', 'httpd-svc', { clusterIP: '10.1.82.198', ports: [port({ port: 8080 })] });
    const pods = ['10.244.135.51', '10.244.104.15', '10.244.135.52'].map((ip) => endpoint(ip));
    const c = cluster({ services: [httpd], slices: [slice(httpd, [['', 80]], pods)], settings: { kubeVersion: '1.16' } });
    const rules = buildIptables(c, 'node-1');
    expect(renderIptablesSave(rules).split('\n')).toContain(
      '-A KUBE-SERVICES -d 10.1.82.198/32 -p tcp -m comment --comment "default/httpd-svc: cluster IP" -m tcp --dport 8080 -j KUBE-SVC-RL3JAE4GN7VOGDGP',
    );
    const lb = natChain(rules, 'KUBE-SVC-RL3JAE4GN7VOGDGP')?.rules.slice(1) ?? [];
    expect(lb.map((r) => r.saved.replace(/ -m comment --comment "[^"]*"/, ''))).toEqual([
      '-A KUBE-SVC-RL3JAE4GN7VOGDGP -m statistic --mode random --probability 0.33332999982 -j KUBE-SEP-Y5YLOO6DS3UF7LBB',
      '-A KUBE-SVC-RL3JAE4GN7VOGDGP -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-DTMMTXPGHKXJGUTZ',
      '-A KUBE-SVC-RL3JAE4GN7VOGDGP -j KUBE-SEP-FQRCOM4I5Y4H2JWZ',
    ]);
    expect(lb[0]?.written).toContain('--probability 0.33333 ');
  });
});

const arbCluster = fc
  .record({
    services: fc.uniqueArray(
      fc.record({
        name: fc.constantFrom('web', 'api', 'db', 'cache', 'auth'),
        type: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer'),
        etpLocal: fc.boolean(),
        itpLocal: fc.boolean(),
        affinity: fc.boolean(),
        ranges: fc.boolean(),
        // Pod IPs are unique, as the cluster allocates them.
        pods: fc.uniqueArray(fc.record({ octet: fc.integer({ min: 1, max: 254 }), node: fc.constantFrom('node-1', 'node-2'), ready: fc.boolean() }), { selector: (p) => p.octet, maxLength: 7 }),
      }),
      { selector: (s) => s.name, maxLength: 4 },
    ),
  })
  .map(({ services }) => {
    const svcs = services.map((s, i) =>
      service('app', s.name, {
        type: s.type,
        clusterIP: `10.96.0.${20 + i}`,
        ports: [port({ name: 'http', port: 80, nodePort: s.type === 'ClusterIP' ? 0 : 30000 + i })],
        ...(s.type === 'ClusterIP' ? {} : { externalTrafficPolicy: s.etpLocal ? 'Local' : 'Cluster' }),
        ...(s.itpLocal ? { internalTrafficPolicy: 'Local' } : {}),
        sessionAffinity: s.affinity ? 'ClientIP' : 'None',
        loadBalancerIngressIPs: s.type === 'LoadBalancer' ? [`198.51.100.${i + 1}`] : [],
        loadBalancerSourceRanges: s.ranges ? ['203.0.113.0/24'] : [],
      }),
    );
    const slices = services.map((s, i) =>
      slice(svcs[i]!, [['http', 8080]], s.pods.map((p) => ({ ...endpoint(`10.244.${i}.${p.octet}`, p.node), conditions: { ready: p.ready, serving: p.ready, terminating: false } }))),
    );
    return { svcs, slices };
  });

describe('invariants', () => {
  it('the same cluster always renders the same text, whatever the order of services and endpoints', () => {
    fc.assert(
      fc.property(arbCluster, ({ svcs, slices }) => {
        const forward = renderIptablesSave(buildIptables(cluster({ services: svcs, slices }), 'node-1'));
        const reversed = slices.map((s) => ({ ...s, endpoints: [...s.endpoints].reverse() }));
        const again = renderIptablesSave(buildIptables(cluster({ services: [...svcs].reverse(), slices: reversed.reverse() }), 'node-1'));
        expect(again).toBe(forward);
      }),
      { numRuns: 60 },
    );
  });

  it('every KUBE-SVC/SVL chain gives each of its n endpoints exactly 1/n', () => {
    fc.assert(
      fc.property(arbCluster, ({ svcs, slices }) => {
        const rules = buildIptables(cluster({ services: svcs, slices }), 'node-1');
        for (const chain of rules.tables[1]?.chains ?? []) {
          if (!/^KUBE-SV[CL]-/.test(chain.name)) continue;
          const lottery = chain.rules.filter((r) => r.target?.type === 'jump' && r.target.chain.startsWith('KUBE-SEP-') && !r.matches.some((m) => m.type === 'recent'));
          let reach = 1;
          for (const rule of lottery) {
            const stat = rule.matches.find((m) => m.type === 'statistic');
            const p = stat?.type === 'statistic' ? stat.probability : 1;
            expect(Math.abs(reach * p - 1 / lottery.length)).toBeLessThan(1e-8);
            reach *= 1 - p;
          }
          expect(lottery.at(-1)?.matches.some((m) => m.type === 'statistic')).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('every jump lands on a chain that exists, and every KUBE-SEP chain ends in a DNAT to its endpoint', () => {
    fc.assert(
      fc.property(arbCluster, ({ svcs, slices }) => {
        const rules = buildIptables(cluster({ services: svcs, slices }), 'node-2');
        for (const table of rules.tables) {
          const names = new Set(table.chains.map((c) => c.name));
          for (const chain of table.chains) {
            for (const r of chain.rules) if (r.target?.type === 'jump') expect(names.has(r.target.chain)).toBe(true);
            if (chain.name.startsWith('KUBE-SEP-')) expect(chain.rules.at(-1)?.target?.type).toBe('DNAT');
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
