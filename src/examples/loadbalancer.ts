import type { Example } from './types';

/**
 * The third note's two pictures of externalTrafficPolicy (SNAT and an extra hop with Cluster, the client
 * address kept with Local) as two examples that differ in that one field. echoserver answers with the
 * address it sees the request come from, which is the point. loadBalancerIP pins the address the simulated
 * cloud hands out, so the suggested request can name it.
 */
function loadBalancerManifests(policy: 'Cluster' | 'Local'): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: echoserver
spec:
  replicas: 2
  selector:
    matchLabels:
      app: echoserver
  template:
    metadata:
      labels:
        app: echoserver
    spec:
      containers:
      - name: echoserver
        image: registry.k8s.io/echoserver:1.10
        ports:
        - containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: echoserver
spec:
  type: LoadBalancer
  externalTrafficPolicy: ${policy}
  loadBalancerIP: 198.51.100.10
  selector:
    app: echoserver
  ports:
  - port: 80
    targetPort: 8080
`;
}

export const loadBalancerClusterManifests = loadBalancerManifests('Cluster');
export const loadBalancerLocalManifests = loadBalancerManifests('Local');

const FROM_CLIENT = { type: 'external', ip: '203.0.113.10' } as const;

export const loadBalancerClusterExample: Example = {
  id: 'loadbalancer-cluster',
  title: 'LoadBalancer, externalTrafficPolicy: Cluster (client IP lost)',
  titleZh: 'LoadBalancer，externalTrafficPolicy: Cluster（丢失客户端 IP）',
  description:
    'echoserver behind a LoadBalancer Service at 198.51.100.10 with the default externalTrafficPolicy: Cluster. The cloud load balancer passes the connection to any ready node, with or without an echoserver pod. On that node KUBE-SERVICES matches "default/echoserver loadbalancer IP" and jumps to the KUBE-EXT chain, whose first rule marks the packet for masquerade; KUBE-SVC then picks any of the two pods, on this node or another (the extra hop), and KUBE-POSTROUTING SNATs the source to the node\'s address. In the deliver hop of the suggested request the pod sees a 192.168.49.x node address instead of the client 203.0.113.10. SNAT is what makes the extra hop work: the reply must go back through the node that did the DNAT. Compare with the loadbalancer-local example.',
  descriptionZh:
    'echoserver 位于地址为 198.51.100.10 的 LoadBalancer Service 之后，externalTrafficPolicy 为默认的 Cluster。云负载均衡器把连接交给任意一个就绪节点，不管上面有没有 echoserver 的 Pod。在该节点上，KUBE-SERVICES 匹配 “default/echoserver loadbalancer IP” 并跳到 KUBE-EXT 链，链的第一条规则给数据包打上 masquerade 标记；随后 KUBE-SVC 从两个 Pod 中任选一个，可能在本节点，也可能在别的节点（多出的一跳），KUBE-POSTROUTING 再把源地址 SNAT 为节点地址。在建议请求的 deliver 这一跳中，Pod 看到的是 192.168.49.x 的节点地址，而不是客户端 203.0.113.10。正是 SNAT 让多出的一跳能够成立：回包必须回到做了 DNAT 的那个节点。可以和 loadbalancer-local 示例对比。',
  tags: ['loadbalancer', 'external-traffic-policy', 'snat', 'iptables'],
  manifests: loadBalancerClusterManifests,
  suggestedRequest: { source: FROM_CLIENT, target: '198.51.100.10:80' },
};

export const loadBalancerLocalExample: Example = {
  id: 'loadbalancer-local',
  title: 'LoadBalancer, externalTrafficPolicy: Local (client IP kept)',
  titleZh: 'LoadBalancer，externalTrafficPolicy: Local（保留客户端 IP）',
  description:
    'The same echoserver and LoadBalancer Service as loadbalancer-cluster, with externalTrafficPolicy: Local. Kubernetes allocates a healthCheckNodePort; its /healthz answers 200 only on nodes that run a ready echoserver pod, so the cloud load balancer sends connections only there. On the chosen node the KUBE-EXT chain marks for masquerade only what the node itself sends (--src-type LOCAL); a packet from outside falls through to KUBE-SVL, which lists only the local endpoints: DNAT to a pod on the same node, no SNAT, no extra hop. In the deliver hop of the suggested request the pod sees the real client, 203.0.113.10. The price: a node without a local pod drops what reaches its NodePort (try the nodePort on a node without an echoserver pod), and load is spread per node rather than per pod. The info finding SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS lists those nodes.',
  descriptionZh:
    '与 loadbalancer-cluster 相同的 echoserver 和 LoadBalancer Service，只是 externalTrafficPolicy 改为 Local。Kubernetes 会分配一个 healthCheckNodePort，它的 /healthz 只在运行着就绪 echoserver Pod 的节点上返回 200，所以云负载均衡器只把连接发往这些节点。在被选中的节点上，KUBE-EXT 链只对节点自身发出的流量（--src-type LOCAL）打 masquerade 标记；来自集群外的数据包落到只列出本地端点的 KUBE-SVL：DNAT 到同一节点上的 Pod，没有 SNAT，也没有多出的一跳。在建议请求的 deliver 这一跳中，Pod 看到的是真实的客户端地址 203.0.113.10。代价是：没有本地 Pod 的节点会丢弃到达其 NodePort 的流量（可以对没有 echoserver Pod 的节点访问 nodePort 试试），负载也是按节点而不是按 Pod 分摊。提示信息 SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS 列出了这些节点。',
  tags: ['loadbalancer', 'external-traffic-policy', 'client-ip', 'iptables'],
  manifests: loadBalancerLocalManifests,
  suggestedRequest: { source: FROM_CLIENT, target: '198.51.100.10:80' },
};
