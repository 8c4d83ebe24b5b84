import { busyboxPod, FROM_BUSYBOX } from './busybox-pod';
import type { Example } from './types';

/** The first note's Service without a selector and its hand-written Endpoints to an address outside the cluster. */
export const selectorlessEndpointsManifests = `apiVersion: v1
kind: Service
metadata:
  name: svc-no-selector
spec:
  ports:
  - port: 38081
    targetPort: 80
  type: ClusterIP
---
apiVersion: v1
kind: Endpoints
metadata:
  name: svc-no-selector
subsets:
  - addresses:
      - ip: 47.93.22.98
    ports:
      - port: 80
---
${busyboxPod}`;

export const selectorlessEndpointsExample: Example = {
  id: 'selectorless-endpoints',
  title: 'Service without selector + manual Endpoints to an outside IP',
  titleZh: '不带选择器的 Service + 手动 Endpoints 指向集群外 IP',
  description:
    'svc-no-selector has no selector, so the endpoints controller leaves it alone; the Endpoints object of the same name, written by hand, gives it one backend: 47.93.22.98:80, outside the cluster (the EndpointSlice mirroring controller copies it into an EndpointSlice, which is what kube-proxy reads). The Service still gets a ClusterIP and the usual chains: in the suggested request (busybox calling svc-no-selector:38081) KUBE-SVC has a single rule, commented "default/svc-no-selector -> 47.93.22.98:80", and KUBE-SEP DNATs to 47.93.22.98:80. The port comes from the Endpoints, not from targetPort. The trace ends in delivered-outside: the packet leaves the cluster through the node, which is how a Service name can stand for an external database or another cluster.',
  descriptionZh:
    'svc-no-selector 没有选择器，Endpoints 控制器不会管它；手写的同名 Endpoints 对象给了它唯一的后端：集群外的 47.93.22.98:80（EndpointSlice 镜像控制器会把它复制成 EndpointSlice，kube-proxy 读的是后者）。这个 Service 照样分配 ClusterIP、生成常规的链：在建议的请求中（busybox 访问 svc-no-selector:38081），KUBE-SVC 只有一条规则，注释为 “default/svc-no-selector -> 47.93.22.98:80”，KUBE-SEP 把目的地址 DNAT 为 47.93.22.98:80。端口取自 Endpoints，而不是 targetPort。追踪以 delivered-outside 结束：数据包经由节点离开集群，这就是用一个 Service 名字代表外部数据库或另一个集群中服务的方式。',
  tags: ['clusterip', 'endpoints', 'selectorless', 'external'],
  manifests: selectorlessEndpointsManifests,
  suggestedRequest: { source: FROM_BUSYBOX, target: 'svc-no-selector:38081' },
};
