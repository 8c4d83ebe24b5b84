import { describe, expect, it } from 'vitest';
import { cidrContains, parseCidr, parseIPv4 } from '../util/ipv4';
import { buildCluster } from './build-cluster';
import type { Cluster, Service } from './types';

function serviceYaml(name: string, spec = 'ports:\n- port: 80'): string {
  const indented = spec
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector: {app: ${name}}\n${indented}\n`;
}

const many = (count: number, spec?: string): string => Array.from({ length: count }, (_, i) => serviceYaml(`svc-${i}`, spec)).join('');
const find = (cluster: Cluster, name: string, namespace = 'default'): Service | undefined =>
  cluster.services.find((s) => s.meta.name === name && s.meta.namespace === namespace);
const errorsOf = (cluster: Cluster): string[] => cluster.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
const ipNumber = (ip: string): number => parseIPv4(ip) ?? -1;

describe('clusterIP allocation', () => {
  it('gives kubernetes the first address of 10.96.0.0/12 and kube-dns the tenth', () => {
    const cluster = buildCluster('');
    expect(find(cluster, 'kubernetes')?.clusterIP).toBe('10.96.0.1');
    expect(find(cluster, 'kube-dns', 'kube-system')?.clusterIP).toBe('10.96.0.10');
    expect(cluster.dnsServiceIP).toBe('10.96.0.10');
  });

  it('draws the others from the upper band of the whole /12: unique, never network, broadcast or the static band', () => {
    const cluster = buildCluster(many(300));
    const cidr = parseCidr('10.96.0.0/12');
    if (!cidr) throw new Error('cidr');
    const ips = cluster.services.filter((s) => !s.meta.system).map((s) => s.clusterIP);
    expect(ips).toHaveLength(300);
    expect(new Set(ips).size).toBe(300);
    for (const ip of ips) {
      const n = ipNumber(ip);
      expect(cidrContains(cidr, n), ip).toBe(true);
      // 10.96.0.1–10.96.1.0 (256 addresses) is kept for addresses users write.
      expect(n, ip).toBeGreaterThan(ipNumber('10.96.1.0'));
      expect(n, ip).toBeLessThan(ipNumber('10.111.255.255'));
    }
    // An IPv4 range is not capped at 2^16 addresses: a /12 hands out addresses up to 10.111.x.x, as kubeadm clusters show.
    expect(ips.some((ip) => ipNumber(ip) >= ipNumber('10.100.0.0'))).toBe(true);
  });

  it('honours a clusterIP the user wrote, in the static band too', () => {
    const cluster = buildCluster(serviceYaml('web', 'clusterIP: 10.96.0.50\nports:\n- port: 80'));
    expect(errorsOf(cluster)).toEqual([]);
    expect(find(cluster, 'web')?.clusterIP).toBe('10.96.0.50');
  });

  it('refuses a clusterIP outside the range, and the Service is not created', () => {
    const cluster = buildCluster(serviceYaml('web', 'clusterIP: 10.0.0.5\nports:\n- port: 80'));
    expect(errorsOf(cluster)).toEqual([
      'The Service "web" is invalid: spec.clusterIPs: Invalid value: ["10.0.0.5"]: failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    ]);
    expect(cluster.diagnostics[0]).toMatchObject({
      code: 'SERVICE_ALLOCATION',
      field: 'spec.clusterIPs',
      object: { kind: 'Service', name: 'web' },
    });
    expect(find(cluster, 'web')).toBeUndefined();
  });

  it('refuses the network and broadcast addresses of the range', () => {
    for (const ip of ['10.96.0.0', '10.111.255.255']) {
      const cluster = buildCluster(serviceYaml('web', `clusterIP: ${ip}\nports:\n- port: 80`));
      expect(errorsOf(cluster)[0], ip).toContain(`the provided IP (${ip}) is not in the valid range`);
    }
  });

  it('refuses an address already allocated: the later Service in the text is told, the earlier keeps it', () => {
    const cluster = buildCluster(
      serviceYaml('first', 'clusterIP: 10.96.0.50\nports:\n- port: 80') + serviceYaml('second', 'clusterIP: 10.96.0.50\nports:\n- port: 80'),
    );
    expect(find(cluster, 'first')?.clusterIP).toBe('10.96.0.50');
    expect(find(cluster, 'second')).toBeUndefined();
    expect(errorsOf(cluster)).toEqual([
      'The Service "second" is invalid: spec.clusterIPs: Invalid value: ["10.96.0.50"]: failed to allocate IP 10.96.0.50: provided IP is already allocated',
    ]);
  });

  it("refuses kube-dns's 10.96.0.10 to a user Service", () => {
    expect(errorsOf(buildCluster(serviceYaml('web', 'clusterIP: 10.96.0.10\nports:\n- port: 80')))[0]).toContain('provided IP is already allocated');
  });

  it('lets a written clusterIP win over a dynamic draw of a Service earlier in the text', () => {
    const alone = find(buildCluster(serviceYaml('a')), 'a')?.clusterIP ?? '';
    const cluster = buildCluster(serviceYaml('a') + serviceYaml('b', `clusterIP: ${alone}\nports:\n- port: 80`));
    expect(errorsOf(cluster)).toEqual([]);
    expect(find(cluster, 'b')?.clusterIP).toBe(alone);
    expect(find(cluster, 'a')?.clusterIP).not.toBe(alone);
  });

  it('keeps headless Services at None', () => {
    expect(find(buildCluster(serviceYaml('db', 'clusterIP: None\nports:\n- port: 5432')), 'db')?.clusterIP).toBe('None');
  });

  it('in a small range (/28) uses only the 14 usable addresses and then says the range is full', () => {
    const cluster = buildCluster(many(13), { serviceCIDR: '10.0.0.0/28' });
    const ips = cluster.services.map((s) => s.clusterIP);
    expect(ips).toHaveLength(14);
    expect(new Set(ips).size).toBe(14);
    for (const ip of ips) expect(ipNumber(ip), ip).toBeGreaterThanOrEqual(ipNumber('10.0.0.1'));
    for (const ip of ips) expect(ipNumber(ip), ip).toBeLessThanOrEqual(ipNumber('10.0.0.14'));
    expect(errorsOf(cluster)).toEqual([
      'The Service "svc-12" is invalid: spec.clusterIP: Internal error occurred: failed to allocate a serviceIP: range is full',
    ]);
  });

  it('in the apiserver default 10.0.0.0/24 keeps 10.0.0.1–10.0.0.16 for written addresses', () => {
    const cluster = buildCluster(many(100), { serviceCIDR: '10.0.0.0/24' });
    expect(find(cluster, 'kubernetes')?.clusterIP).toBe('10.0.0.1');
    for (const s of cluster.services.filter((x) => !x.meta.system)) expect(ipNumber(s.clusterIP)).toBeGreaterThan(ipNumber('10.0.0.16'));
  });
});

describe('nodePort allocation', () => {
  const nodePorts = (cluster: Cluster): number[] => cluster.services.flatMap((s) => s.ports.map((p) => p.nodePort)).filter((p) => p !== 0);

  it('draws from the dynamic band 30086–32767 first, each nodePort once', () => {
    const cluster = buildCluster(many(200, 'type: NodePort\nports:\n- port: 80'));
    const ports = nodePorts(cluster);
    expect(ports).toHaveLength(200);
    expect(new Set(ports).size).toBe(200);
    for (const p of ports) {
      expect(p).toBeGreaterThanOrEqual(30086);
      expect(p).toBeLessThanOrEqual(32767);
    }
  });

  it('honours a nodePort the user wrote, in the static band too', () => {
    const cluster = buildCluster(serviceYaml('web', 'type: NodePort\nports:\n- port: 80\n  nodePort: 30010'));
    expect(errorsOf(cluster)).toEqual([]);
    expect(find(cluster, 'web')?.ports[0]?.nodePort).toBe(30010);
  });

  it('refuses a nodePort outside 30000–32767 with the allocator message', () => {
    for (const port of [29999, 32768]) {
      const cluster = buildCluster(serviceYaml('web', `type: NodePort\nports:\n- port: 80\n  nodePort: ${port}`));
      expect(errorsOf(cluster)).toEqual([
        `The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: ${port}: provided port is not in the valid range. The range of valid ports is 30000-32767`,
      ]);
      expect(cluster.diagnostics[0]).toMatchObject({ line: 11, column: 5 });
      expect(find(cluster, 'web')).toBeUndefined();
    }
  });

  it('refuses a nodePort another Service has', () => {
    const spec = 'type: NodePort\nports:\n- port: 80\n  nodePort: 30080';
    const cluster = buildCluster(serviceYaml('first', spec) + serviceYaml('second', spec));
    expect(find(cluster, 'first')?.ports[0]?.nodePort).toBe(30080);
    expect(errorsOf(cluster)).toEqual(['The Service "second" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated']);
  });

  it('follows a configured range', () => {
    const cluster = buildCluster(many(20, 'type: NodePort\nports:\n- port: 80'), { nodePortRange: { base: 31000, size: 100 } });
    for (const p of nodePorts(cluster)) {
      expect(p).toBeGreaterThanOrEqual(31016);
      expect(p).toBeLessThanOrEqual(31099);
    }
  });

  it('gives one nodePort to ports sharing a number across protocols, reusing the one the user wrote', () => {
    const drawn = find(
      buildCluster(serviceYaml('dns', 'type: NodePort\nports:\n- {name: udp, port: 53, protocol: UDP}\n- {name: tcp, port: 53, protocol: TCP}')),
      'dns',
    );
    expect(drawn?.ports[0]?.nodePort).toBe(drawn?.ports[1]?.nodePort);
    const given = find(
      buildCluster(
        serviceYaml('dns', 'type: NodePort\nports:\n- {name: tcp, port: 53, protocol: TCP}\n- {name: udp, port: 53, protocol: UDP, nodePort: 30053}'),
      ),
      'dns',
    );
    expect(given?.ports.map((p) => p.nodePort)).toEqual([30053, 30053]);
  });

  it('gives LoadBalancer Services nodePorts unless allocateLoadBalancerNodePorts is false', () => {
    const cluster = buildCluster(
      serviceYaml('lb', 'type: LoadBalancer\nports:\n- port: 80') +
        serviceYaml(
          'lb-bare',
          'type: LoadBalancer\nallocateLoadBalancerNodePorts: false\nports:\n- {name: a, port: 80}\n- {name: b, port: 81, nodePort: 30081}',
        ),
    );
    expect(find(cluster, 'lb')?.ports[0]?.nodePort).toBeGreaterThanOrEqual(30086);
    expect(find(cluster, 'lb-bare')?.ports.map((p) => p.nodePort)).toEqual([0, 30081]);
  });

  it('gives ClusterIP Services none', () => {
    expect(nodePorts(buildCluster(many(5)))).toEqual([]);
  });
});

describe('healthCheckNodePort allocation', () => {
  it('is drawn for LoadBalancer with externalTrafficPolicy Local, apart from its nodePorts', () => {
    const svc = find(buildCluster(serviceYaml('lb', 'type: LoadBalancer\nexternalTrafficPolicy: Local\nports:\n- port: 80')), 'lb');
    const hc = svc?.healthCheckNodePort ?? 0;
    expect(hc).toBeGreaterThanOrEqual(30086);
    expect(hc).toBeLessThanOrEqual(32767);
    expect(hc).not.toBe(svc?.ports[0]?.nodePort);
  });

  it('is none for LoadBalancer with Cluster, or NodePort with Local', () => {
    const cluster = buildCluster(
      serviceYaml('lb', 'type: LoadBalancer\nports:\n- port: 80') + serviceYaml('np', 'type: NodePort\nexternalTrafficPolicy: Local\nports:\n- port: 80'),
    );
    expect(find(cluster, 'lb')?.healthCheckNodePort).toBe(0);
    expect(find(cluster, 'np')?.healthCheckNodePort).toBe(0);
  });

  it('refuses one already taken by a nodePort', () => {
    const cluster = buildCluster(
      serviceYaml('np', 'type: NodePort\nports:\n- port: 80\n  nodePort: 30500') +
        serviceYaml('lb', 'type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 30500\nports:\n- port: 80'),
    );
    expect(errorsOf(cluster)[0]).toContain('The Service "lb" is invalid: spec.healthCheckNodePort: Invalid value: 30500');
  });
});

describe('LoadBalancer addresses from the simulated cloud', () => {
  it('come from the pool, one each, unless written in status or spec.loadBalancerIP', () => {
    const cluster = buildCluster(
      serviceYaml('a', 'type: LoadBalancer\nports:\n- port: 80') +
        serviceYaml('b', 'type: LoadBalancer\nports:\n- port: 80') +
        serviceYaml('c', 'type: LoadBalancer\nloadBalancerIP: 192.0.2.7\nports:\n- port: 80') +
        `${serviceYaml('d', 'type: LoadBalancer\nports:\n- port: 80')}status:\n  loadBalancer:\n    ingress:\n    - ip: 192.0.2.8\n`,
    );
    const a = find(cluster, 'a')?.loadBalancerIngressIPs ?? [];
    const b = find(cluster, 'b')?.loadBalancerIngressIPs ?? [];
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0]).not.toBe(b[0]);
    for (const ip of [...a, ...b]) expect(ip.startsWith('198.51.100.')).toBe(true);
    expect(find(cluster, 'c')?.loadBalancerIngressIPs).toEqual(['192.0.2.7']);
    expect(find(cluster, 'd')?.loadBalancerIngressIPs).toEqual(['192.0.2.8']);
  });
});

describe('allocation is reproducible', () => {
  const text = many(20, 'type: NodePort\nports:\n- port: 80');
  const addresses = (cluster: Cluster): Record<string, string> =>
    Object.fromEntries(cluster.services.map((s) => [s.meta.name, `${s.clusterIP}:${s.ports.map((p) => p.nodePort).join(',')}`]));

  it('the same text and seed give the same addresses and ports', () => {
    expect(addresses(buildCluster(text, { seed: 7 }))).toEqual(addresses(buildCluster(text, { seed: 7 })));
  });

  it('another seed gives other addresses', () => {
    const a = addresses(buildCluster(text, { seed: 7 }));
    const b = addresses(buildCluster(text, { seed: 8 }));
    expect(Object.keys(a).filter((k) => a[k] !== b[k]).length).toBeGreaterThan(15);
  });

  it('adding or removing an unrelated Service moves nobody else', () => {
    const before = addresses(buildCluster(text));
    const withNew = addresses(
      buildCluster(serviceYaml('newcomer', 'type: NodePort\nports:\n- port: 80') + text + serviceYaml('late', 'type: NodePort\nports:\n- port: 80')),
    );
    for (const [name, value] of Object.entries(before)) expect(withNew[name], name).toBe(value);
    const fewer = addresses(buildCluster(many(10, 'type: NodePort\nports:\n- port: 80')));
    for (const [name, value] of Object.entries(fewer)) expect(before[name], name).toBe(value);
  });
});
