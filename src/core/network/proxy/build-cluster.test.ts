/**
 * From real manifests through buildCluster (API defaults, allocation, scheduling, the EndpointSlice
 * controller) to the rules each node's kube-proxy holds.
 */
import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../../examples/myapp-clusterip';
import { nginxNodePort } from '../../../examples/nginx-nodeport';
import { buildCluster } from '../../model/build-cluster';
import {
  buildIptables,
  buildIpvs,
  buildNftables,
  buildProxyView,
  findIptablesChain,
  renderIptablesSave,
  renderIpvsadm,
  renderNft,
  serviceChainName,
} from './index';

describe('the built-in examples', () => {
  it('myapp: every node spreads 38080 over the three pods on 8080, a third each', () => {
    const c = buildCluster(myappClusterIP);
    const pods = c.pods.filter((p) => p.meta.name.startsWith('myapp')).map((p) => `${p.ip}:8080`).sort();
    const svc = c.services.find((s) => s.meta.name === 'myapp');
    const chain = serviceChainName('SVC', 'default/myapp', 'tcp');
    expect(pods).toHaveLength(3);
    for (const n of c.nodes) {
      const rules = buildIptables(c, n.name);
      expect(renderIptablesSave(rules).split('\n')).toContain(
        `-A KUBE-SERVICES -d ${svc?.clusterIP}/32 -p tcp -m comment --comment "default/myapp cluster IP" -m tcp --dport 38080 -j ${chain}`,
      );
      const lottery = findIptablesChain(rules, 'nat', chain)?.rules.slice(1) ?? [];
      expect(lottery.map((r) => r.saved.match(/-> ([\d.:]+)"/)?.[1])).toEqual(pods);
      expect(lottery.map((r) => r.saved.match(/--probability (\S+)/)?.[1])).toEqual(['0.33333333349', '0.50000000000', undefined]);
    }
  });

  it('myapp: the system services have the chain names every cluster has', () => {
    const c = buildCluster(myappClusterIP);
    const nat = renderIptablesSave(buildIptables(c, c.nodes[0]!.name));
    for (const chain of ['KUBE-SVC-NPX46M4PTMTKRN6Y', 'KUBE-SVC-TCOU7JCQXEZGVUNU', 'KUBE-SVC-ERIFXISQEP7F7OF4', 'KUBE-SVC-JD5MR3NA4I4DYORP']) {
      expect(nat).toContain(`:${chain} - [0:0]`);
    }
    expect(nat).toContain('-A KUBE-SERVICES -d 10.96.0.10/32 -p udp -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp --dport 53 -j KUBE-SVC-TCOU7JCQXEZGVUNU');
  });

  it('nginx NodePort: every node opens 32143 to KUBE-EXT, which masquerades and goes to KUBE-SVC', () => {
    const c = buildCluster(nginxNodePort);
    for (const n of c.nodes) {
      const lines = renderIptablesSave(buildIptables(c, n.name)).split('\n');
      expect(lines).toContain('-A KUBE-NODEPORTS -p tcp -m comment --comment "default/my-nginx-app" -m tcp --dport 32143 -j KUBE-EXT-TRICAC74S7RQEME2');
      expect(lines).toContain('-A KUBE-EXT-TRICAC74S7RQEME2 -j KUBE-SVC-TRICAC74S7RQEME2');
    }
  });

  it('renders all three data paths for a real cluster without throwing, deterministically', () => {
    const c = buildCluster(nginxNodePort);
    const name = c.nodes[1]!.name;
    expect(renderIptablesSave(buildIptables(c, name))).toBe(renderIptablesSave(buildIptables(buildCluster(nginxNodePort), name)));
    expect(renderIpvsadm(buildIpvs(c, name))).toContain('TCP  10.96.0.1:443 rr');
    expect(renderNft(buildNftables(c, name))).toContain('goto service-');
  });
});

const LOCAL_LB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
        ports:
        - name: http
          containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  sessionAffinity: ClientIP
  loadBalancerSourceRanges: [203.0.113.0/24]
  selector: {app: web}
  ports:
  - name: http
    port: 80
    targetPort: http
---
apiVersion: v1
kind: Service
metadata:
  name: web-headless
spec:
  clusterIP: None
  selector: {app: web}
  ports:
  - port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: docs
spec:
  type: ExternalName
  externalName: docs.example.com
`;

describe('a LoadBalancer with externalTrafficPolicy Local, from YAML', () => {
  const c = buildCluster(LOCAL_LB);
  const pod = c.pods.find((p) => p.meta.name.startsWith('web-'));
  const home = c.nodes.find((n) => n.name === pod?.nodeName);
  const away = c.nodes.find((n) => n.name !== pod?.nodeName && !n.controlPlane);

  it('is scheduled, so the test has a node with the pod and one without', () => {
    expect(home).toBeDefined();
    expect(away).toBeDefined();
  });

  it('kube-proxy proxies neither the headless nor the ExternalName service', () => {
    const names = buildProxyView(c, home!.name).servicePorts.map((p) => p.spn);
    expect(names).toContain('default/web:http');
    expect(names.some((n) => n.startsWith('default/web-headless') || n.startsWith('default/docs'))).toBe(false);
  });

  it('the pod node sends external traffic to its local endpoint; the other node drops it', () => {
    const svc = c.services.find((s) => s.meta.name === 'web')!;
    const here = renderIptablesSave(buildIptables(c, home!.name));
    const there = renderIptablesSave(buildIptables(c, away!.name));
    expect(here).toContain(`-A KUBE-SVL-`);
    expect(here).toContain(`-m comment --comment "default/web:http health check node port" -m tcp --dport ${svc.healthCheckNodePort} -j ACCEPT`);
    expect(there).toContain(`-p tcp -m comment --comment "default/web:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport ${svc.ports[0]?.nodePort} -j DROP`);
    expect(there).toContain(`-m comment --comment "default/web:http health check node port" -m tcp --dport ${svc.healthCheckNodePort} -j ACCEPT`);
    expect(there).not.toContain(':KUBE-SVL-');
  });

  it('affinity and source ranges show up in every mode', () => {
    const here = renderIptablesSave(buildIptables(c, home!.name));
    expect(here).toMatch(/-m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-\w+ --mask 255\.255\.255\.255 --rsource/);
    expect(here).toContain('-s 203.0.113.0/24 -m comment --comment "default/web:http loadbalancer IP" -j KUBE-EXT-');
    expect(renderIpvsadm(buildIpvs(c, home!.name))).toMatch(/TCP {2}[\d.]+:80 rr persistent 10800/);
    expect(renderNft(buildNftables(c, home!.name))).toContain('ip saddr != 203.0.113.0/24 drop');
  });
});
