import { busyboxPod, FROM_BUSYBOX } from './busybox-pod';
import type { Example } from './types';

/**
 * The second note's headless etcd Service (clusterIP: None, k8s-app: etcd, port 2379), with a StatefulSet
 * behind it instead of hand-written Endpoints, so that every member gets its own DNS name.
 */
export const headlessStatefulSetManifests = `apiVersion: v1
kind: Service
metadata:
  name: etcd
  labels:
    k8s-app: etcd
spec:
  type: ClusterIP
  clusterIP: None
  selector:
    k8s-app: etcd
  ports:
  - name: client
    port: 2379
    protocol: TCP
  - name: peer
    port: 2380
    protocol: TCP
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: etcd
spec:
  serviceName: etcd
  replicas: 3
  selector:
    matchLabels:
      k8s-app: etcd
  template:
    metadata:
      labels:
        k8s-app: etcd
    spec:
      containers:
      - name: etcd
        image: registry.k8s.io/etcd:3.5.21-0
        ports:
        - name: client
          containerPort: 2379
        - name: peer
          containerPort: 2380
---
${busyboxPod}`;

export const headlessStatefulSetExample: Example = {
  id: 'headless-statefulset',
  title: 'Headless Service + StatefulSet: per-pod DNS names (etcd)',
  titleZh: 'Headless Service + StatefulSet：每个 Pod 的 DNS 名字（etcd）',
  description:
    "etcd is a headless Service (clusterIP: None) and the governing Service (serviceName) of a 3-replica StatefulSet, whose pods are named etcd-0, etcd-1 and etcd-2. No ClusterIP means no kube-proxy rules at all: look for a KUBE-SERVICES entry for default/etcd and you will not find one. CoreDNS does the work instead: etcd.default.svc.cluster.local answers with the A records of all three pod IPs, and each member has its own stable name, etcd-0.etcd.default.svc.cluster.local, plus SRV records _client._tcp and _peer._tcp. The suggested request, busybox calling etcd-0.etcd:2379, shows the DNS hop returning etcd-0's pod IP and the packet going straight to that pod on 2379, with no DNAT on the way. Call etcd:2379 to see the client pick one of the three addresses itself.",
  descriptionZh:
    'etcd 是一个 headless Service（clusterIP: None），同时是 3 副本 StatefulSet 的 governing Service（serviceName），Pod 名为 etcd-0、etcd-1、etcd-2。没有 ClusterIP 就没有任何 kube-proxy 规则：在 KUBE-SERVICES 里找不到 default/etcd 的条目。工作改由 CoreDNS 完成：etcd.default.svc.cluster.local 返回三个 Pod IP 的 A 记录，每个成员还有自己固定的名字 etcd-0.etcd.default.svc.cluster.local，以及 _client._tcp 和 _peer._tcp 的 SRV 记录。建议的请求是 busybox 访问 etcd-0.etcd:2379：DNS 这一跳返回 etcd-0 的 Pod IP，数据包直接发到该 Pod 的 2379 端口，途中没有任何 DNAT。访问 etcd:2379 则可以看到由客户端自己从三个地址中挑选一个。',
  tags: ['headless', 'statefulset', 'dns', 'coredns'],
  manifests: headlessStatefulSetManifests,
  suggestedRequest: { source: FROM_BUSYBOX, target: 'etcd-0.etcd:2379' },
};
