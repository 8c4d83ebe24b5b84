import { describe, expect, it } from 'vitest';
import { buildCluster, createSimulationState, lintText, traceRequest, type Cluster, type Hop, type Pod, type Trace, type TraceRequest } from '../core';
import { DEFAULT_EXAMPLE_ID, EXAMPLES, exampleIdOfManifests, findExample, type Example } from '.';

const CLIENT_IP = '203.0.113.10';

const clusterOf = (example: Example): Cluster => buildCluster(example.manifests, example.settings ?? {});
const ipOf = (address: string | undefined): string => (address ?? '').split(':')[0] ?? '';
const hopsOf = (trace: Trace, kind: Hop['kind']): Hop[] => trace.hops.filter((h) => h.kind === kind && !h.reply);
const ruleTexts = (trace: Trace): string[] => trace.hops.map((h) => h.rule?.text ?? '');
const podsOf = (cluster: Cluster, namespace: string, workload: string): Pod[] =>
  cluster.pods.filter((p) => p.meta.namespace === namespace && p.workload?.name === workload);
const nodeIP = (cluster: Cluster, name: string): string => cluster.nodes.find((n) => n.name === name)?.internalIP ?? '';

/** The source address the receiving pod sees. */
function seenSource(trace: Trace): string {
  return ipOf(hopsOf(trace, 'deliver')[0]?.before.src);
}

function suggested(example: Example, cluster = clusterOf(example), seed = 1): Trace {
  return traceRequest(cluster, example.suggestedRequest, createSimulationState(seed));
}

/** Requests one simulated second apart from one client, as `trace --count N` sends them. */
function traceSeries(cluster: Cluster, request: TraceRequest, count: number, seed = 1): Trace[] {
  const state = createSimulationState(seed);
  return Array.from({ length: count }, (_, i) => {
    state.nowMs = i * 1000;
    return traceRequest(cluster, request, state);
  });
}

/** Asserts delivery to a pod of the workload and returns the outcome. */
function expectDeliveredTo(cluster: Cluster, trace: Trace, namespace: string, workload: string) {
  const outcome = trace.outcome;
  if (outcome.type !== 'delivered') throw new Error(`expected delivery to ${namespace}/${workload}, got ${JSON.stringify(outcome)}`);
  expect(podsOf(cluster, namespace, workload).map((p) => p.meta.name)).toContain(outcome.podName);
  return outcome;
}

/** Findings below error each example is about (info only: the core's own test keeps examples free of warnings). */
const EXPECTED_FINDINGS: Readonly<Record<string, readonly string[]>> = {
  // The note's bootcamp Deployment declares no containerPort.
  'myapp-clusterip': ['SVC_TARGETPORT_NOT_EXPOSED'],
  'named-targetport-v1-v2': ['SVC_SELECTOR_MATCHES_MULTIPLE_APPS'],
  'loadbalancer-local': ['SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS'],
};

/** What each example's suggested request must show: the promise its description makes. */
const PROMISES: Readonly<Record<string, (example: Example, cluster: Cluster) => void>> = {
  'myapp-clusterip': (example, cluster) => {
    const trace = suggested(example, cluster);
    const outcome = expectDeliveredTo(cluster, trace, 'default', 'myapp');
    expect(outcome.port).toBe(8080);
    expect(ruleTexts(trace)).toContain(`-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000`);
    expect(seenSource(trace)).toBe(nodeIP(cluster, 'node1'));
    // Random draws over a third each: enough seeds reach every pod.
    const reached = new Set(
      Array.from({ length: 40 }, (_, seed) => suggested(example, cluster, seed + 1).outcome).map((o) => (o.type === 'delivered' ? o.podName : o.type)),
    );
    expect([...reached].sort()).toEqual(
      podsOf(cluster, 'default', 'myapp')
        .map((p) => p.meta.name)
        .sort(),
    );
  },
  'myapp-multi-port': (example, cluster) => {
    const https = suggested(example, cluster);
    expect(expectDeliveredTo(cluster, https, 'default', 'myapp').port).toBe(8083);
    expect(ruleTexts(https).some((r) => r.includes('"default/myapp:https cluster IP"') && r.includes('--dport 38083'))).toBe(true);
    const http = traceRequest(cluster, { ...example.suggestedRequest, target: 'myapp:38080' });
    expect(expectDeliveredTo(cluster, http, 'default', 'myapp').port).toBe(8080);
  },
  'named-targetport-v1-v2': (example, cluster) => {
    const portByWorkload = new Map<string, Set<number>>();
    for (let seed = 1; seed <= 40; seed++) {
      const outcome = suggested(example, cluster, seed).outcome;
      if (outcome.type !== 'delivered') throw new Error(JSON.stringify(outcome));
      const workload = cluster.pods.find((p) => p.meta.name === outcome.podName)?.workload?.name ?? '?';
      portByWorkload.set(workload, (portByWorkload.get(workload) ?? new Set()).add(outcome.port));
    }
    expect(Object.fromEntries([...portByWorkload].map(([w, ports]) => [w, [...ports]]))).toEqual({ myapp: [8080], myapp2: [8081] });
  },
  'nginx-nodeport': (example, cluster) => {
    const trace = suggested(example, cluster);
    expect(expectDeliveredTo(cluster, trace, 'default', 'my-nginx-app').port).toBe(80);
    expect(ruleTexts(trace).some((r) => r.startsWith('-A KUBE-NODEPORTS') && r.includes('--dport 32143'))).toBe(true);
    expect(hopsOf(trace, 'masquerade')).toHaveLength(1);
    expect(seenSource(trace)).toBe('192.168.49.3');
    expect(nodeIP(cluster, 'node1')).toBe('192.168.49.3');
  },
  'httpd-cross-namespace-dns': (example, cluster) => {
    const trace = suggested(example, cluster);
    expectDeliveredTo(cluster, trace, 'kube-public', 'httpd2');
    const dns = hopsOf(trace, 'dns')[0];
    expect(dns?.rule?.text.split('\n')).toEqual([
      'httpd2-svc.kube-public.default.svc.cluster.local. A: NXDOMAIN',
      `httpd2-svc.kube-public.svc.cluster.local. A: A ${cluster.services.find((s) => s.meta.name === 'httpd2-svc')?.clusterIP}`,
    ]);
    const bare = traceRequest(cluster, { ...example.suggestedRequest, target: 'httpd2-svc:8080' });
    expect(bare.outcome.type).toBe('nxdomain');
    expectDeliveredTo(cluster, traceRequest(cluster, { ...example.suggestedRequest, target: 'httpd-svc:8080' }), 'default', 'httpd');
  },
  'selectorless-endpoints': (example, cluster) => {
    const trace = suggested(example, cluster);
    expect(trace.outcome).toMatchObject({ type: 'delivered-outside', ip: '47.93.22.98', port: 80 });
    expect(trace.service).toEqual({ namespace: 'default', name: 'svc-no-selector', port: 38081 });
    expect(ruleTexts(trace)).toContainEqual(expect.stringContaining('"default/svc-no-selector -> 47.93.22.98:80"'));
  },
  'headless-statefulset': (example, cluster) => {
    const etcd = podsOf(cluster, 'default', 'etcd');
    expect(etcd.map((p) => p.meta.name).sort()).toEqual(['etcd-0', 'etcd-1', 'etcd-2']);
    const trace = suggested(example, cluster);
    const etcd0 = etcd.find((p) => p.meta.name === 'etcd-0');
    expect(hopsOf(trace, 'dns')[0]?.after.dst).toBe(etcd0?.ip);
    expect(trace.outcome).toMatchObject({ type: 'delivered', podName: 'etcd-0', port: 2379 });
    expect(ruleTexts(trace).filter((r) => r.includes('KUBE-SVC') || r.includes('DNAT'))).toEqual([]);
    // The Service name itself answers with every member's pod IP.
    const all = traceRequest(cluster, { ...example.suggestedRequest, target: 'etcd:2379' });
    const answer = hopsOf(all, 'dns')[0]?.rule?.text ?? '';
    for (const pod of etcd) expect(answer).toContain(`A ${pod.ip}`);
    expect(etcd.map((p) => p.ip)).toContain(hopsOf(all, 'dns')[0]?.after.dst);
  },
  externalname: (example, cluster) => {
    const trace = suggested(example, cluster);
    expect(trace.outcome).toMatchObject({ type: 'cname', target: 'www.aneasystone.com' });
    expect(trace.hops.map((h) => h.kind)).toEqual(['dns']);
  },
  'loadbalancer-cluster': (example, cluster) => {
    const trace = suggested(example, cluster);
    expectDeliveredTo(cluster, trace, 'default', 'echoserver');
    expect(cluster.nodes.map((n) => n.internalIP)).toContain(seenSource(trace));
    expect(hopsOf(trace, 'masquerade')).toHaveLength(1);
    // The extra hop: a node without an echoserver pod forwards to another node, SNATed to its own address.
    const withPods = new Set(podsOf(cluster, 'default', 'echoserver').map((p) => p.nodeName));
    const bare = cluster.nodes.find((n) => n.schedulable && !withPods.has(n.name));
    if (!bare) throw new Error('every worker runs an echoserver pod: no extra hop to show');
    const via = traceRequest(cluster, { ...example.suggestedRequest, viaNode: bare.name });
    const outcome = expectDeliveredTo(cluster, via, 'default', 'echoserver');
    expect(outcome.nodeName).not.toBe(bare.name);
    expect(hopsOf(via, 'route').map((h) => h.node)).toEqual([bare.name, outcome.nodeName]);
    expect(seenSource(via)).toBe(bare.internalIP);
  },
  'loadbalancer-local': (example, cluster) => {
    for (let seed = 1; seed <= 10; seed++) {
      const trace = suggested(example, cluster, seed);
      const outcome = expectDeliveredTo(cluster, trace, 'default', 'echoserver');
      expect(seenSource(trace)).toBe(CLIENT_IP);
      expect(hopsOf(trace, 'masquerade')).toEqual([]);
      // No extra hop: the node the load balancer picked is the pod's node.
      expect(hopsOf(trace, 'route').map((h) => h.node)).toEqual([outcome.nodeName]);
    }
    const withPods = new Set(podsOf(cluster, 'default', 'echoserver').map((p) => p.nodeName));
    const bare = cluster.nodes.find((n) => n.schedulable && !withPods.has(n.name));
    const nodePort = cluster.services.find((s) => s.meta.name === 'echoserver')?.ports[0]?.nodePort;
    if (!bare || !nodePort) throw new Error('expected a worker without an echoserver pod, and a nodePort');
    expect(traceRequest(cluster, { source: example.suggestedRequest.source, target: `${bare.internalIP}:${nodePort}` }).outcome.type).toBe('dropped');
  },
  'session-affinity-clientip': (example, cluster) => {
    const traces = traceSeries(cluster, example.suggestedRequest, 6);
    const pods = new Set(traces.map((t) => expectDeliveredTo(cluster, t, 'default', 'httpd').podName));
    expect(pods.size).toBe(1);
    expect(traces.slice(1).every((t) => ruleTexts(t).some((r) => r.includes('-m recent --rcheck --seconds 10800 --reap')))).toBe(true);
  },
  'ingress-fanout': (example, cluster) => {
    const expected: Readonly<Record<string, string>> = {
      'http://shop.example.com/api/v1': 'myapp',
      'http://shop.example.com/api': 'myapp',
      'http://shop.example.com/apiv1': 'default-backend',
      'http://shop.example.com/': 'httpd',
      'http://shop.example.com/about': 'default-backend',
      'http://www.example.com/about': 'httpd',
    };
    expect(example.suggestedRequest.target).toBe('http://shop.example.com/api/v1');
    for (const [url, workload] of Object.entries(expected)) {
      const trace = traceRequest(cluster, { source: example.suggestedRequest.source, target: url });
      expectDeliveredTo(cluster, trace, 'default', workload);
      expect(hopsOf(trace, 'ingress')).toHaveLength(1);
    }
    expect(traceRequest(cluster, { source: example.suggestedRequest.source, target: 'http://nope.example.com/' }).outcome.type).toBe('http-404');
  },
  'kube-proxy-iptables': (example, cluster) => {
    expect(cluster.settings.proxyMode).toBe('iptables');
    const trace = suggested(example, cluster);
    expectDeliveredTo(cluster, trace, 'default', 'httpd');
    expect(hopsOf(trace, 'ipvs')).toEqual([]);
    expect(ruleTexts(trace)).toContainEqual(expect.stringMatching(/^-A KUBE-SEP-\w+ -p tcp .* -j DNAT --to-destination [\d.]+:80$/));
  },
  'kube-proxy-ipvs': (example, cluster) => {
    expect(cluster.settings.proxyMode).toBe('ipvs');
    const traces = traceSeries(cluster, example.suggestedRequest, 3);
    for (const t of traces) {
      expect(hopsOf(t, 'ipvs')).toHaveLength(1);
      expect(ruleTexts(t).filter((r) => r.includes('KUBE-SVC-'))).toEqual([]);
    }
    // rr: three requests, three different pods.
    const pods = traces.map((t) => expectDeliveredTo(cluster, t, 'default', 'httpd').podName);
    expect(new Set(pods).size).toBe(3);
  },
};

describe('the example library', () => {
  it('keeps the ids the app and the e2e tests use, with the default first', () => {
    expect(EXAMPLES[0]?.id).toBe(DEFAULT_EXAMPLE_ID);
    expect(findExample('myapp-clusterip')).toBeDefined();
    expect(findExample('nginx-nodeport')).toBeDefined();
    expect(findExample('no-such-example')).toBeUndefined();
  });

  it('has unique ids that survive ?example=<id> unescaped', () => {
    const ids = EXAMPLES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(encodeURIComponent(id)).toBe(id);
    }
  });

  it('has a promise under test for every example, and none for a missing one', () => {
    expect(Object.keys(PROMISES).sort()).toEqual(EXAMPLES.map((e) => e.id).sort());
    for (const id of Object.keys(EXPECTED_FINDINGS)) expect(findExample(id)).toBeDefined();
  });
});

describe.each(EXAMPLES.map((e) => [e.id, e] as const))('example %s', (_id, example) => {
  it('is written in English and in Simplified Chinese, one paragraph each', () => {
    const han = /\p{Script=Han}/u;
    for (const text of [example.title, example.description]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(han);
    }
    for (const text of [example.titleZh, example.descriptionZh]) expect(text).toMatch(han);
    for (const text of [example.title, example.titleZh, example.description, example.descriptionZh]) expect(text).not.toContain('\n');
    expect(example.tags.length).toBeGreaterThan(0);
    expect(new Set(example.tags).size).toBe(example.tags.length);
    for (const tag of example.tags) expect(tag).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('builds without an error and lints without a warning', () => {
    const cluster = clusterOf(example);
    expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { diagnostics } = lintText(example.manifests, example.settings ?? {});
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(diagnostics.map((d) => d.code).sort()).toEqual([...(EXPECTED_FINDINGS[example.id] ?? [])].sort());
  });

  it('traces its suggested request to the outcome its description promises', () => {
    const cluster = clusterOf(example);
    PROMISES[example.id]?.(example, cluster);
  });

  it('replays its suggested request identically for the same seed', () => {
    const cluster = clusterOf(example);
    expect(suggested(example, cluster, 7)).toEqual(suggested(example, cluster, 7));
  });
});

describe('which example a text still is', () => {
  const iptables = findExample('kube-proxy-iptables');
  const myapp = findExample('myapp-clusterip');

  it('tells the two kube-proxy examples apart by the mode in use, since their manifests are the same', () => {
    if (!iptables) throw new Error('kube-proxy-iptables is gone');
    expect(exampleIdOfManifests(iptables.manifests, { proxyMode: 'iptables' })).toBe('kube-proxy-iptables');
    expect(exampleIdOfManifests(iptables.manifests, { proxyMode: 'ipvs' })).toBe('kube-proxy-ipvs');
  });

  it('is no example once the mode in use is not the one the example narrates, or the text was edited', () => {
    if (!myapp) throw new Error('myapp-clusterip is gone');
    expect(exampleIdOfManifests(myapp.manifests)).toBe('myapp-clusterip');
    expect(exampleIdOfManifests(myapp.manifests, { proxyMode: 'iptables', workerCount: 3 })).toBe('myapp-clusterip');
    expect(exampleIdOfManifests(myapp.manifests, { proxyMode: 'nftables' })).toBeNull();
    expect(exampleIdOfManifests(`${myapp.manifests}# edited\n`)).toBeNull();
  });
});
