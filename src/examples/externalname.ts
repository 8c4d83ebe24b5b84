import { busyboxPod, FROM_BUSYBOX } from './busybox-pod';
import type { Example } from './types';

/** The first note's ExternalName Service, reached from a pod as the note does. */
export const externalNameManifests = `apiVersion: v1
kind: Service
metadata:
  name: svc-external-name
spec:
  type: ExternalName
  externalName: www.aneasystone.com
---
${busyboxPod}`;

export const externalNameExample: Example = {
  id: 'externalname',
  title: 'ExternalName: a CNAME to www.aneasystone.com',
  titleZh: 'ExternalName：指向 www.aneasystone.com 的 CNAME',
  description:
    "svc-external-name has type ExternalName: no ClusterIP, no ports, no endpoints, and no kube-proxy rule anywhere (kubectl get svc shows CLUSTER-IP <none> and EXTERNAL-IP www.aneasystone.com). The suggested request is the note's curl to svc-external-name.default.svc.cluster.local on 443 from a pod. Everything happens in the DNS hop: with ndots:5 the resolver first tries the search domains (three NXDOMAIN answers), then the name itself, for which CoreDNS answers with a CNAME to www.aneasystone.com. The trace ends there with a cname outcome: the client goes on to resolve and connect to the outside name itself, with no proxying or NAT by Kubernetes. That is also why the note needs curl -k: the server behind www.aneasystone.com presents a certificate for its own name and receives the Service name in the Host header.",
  descriptionZh:
    'svc-external-name 的类型是 ExternalName：没有 ClusterIP、没有端口、没有 Endpoints，任何节点上也没有 kube-proxy 规则（kubectl get svc 显示 CLUSTER-IP 为 <none>，EXTERNAL-IP 为 www.aneasystone.com）。建议的请求就是笔记中在 Pod 里对 svc-external-name.default.svc.cluster.local 的 443 端口执行的 curl。一切都发生在 DNS 这一跳：由于 ndots:5，解析器先依次尝试搜索域（三次 NXDOMAIN），再查询名字本身，CoreDNS 返回指向 www.aneasystone.com 的 CNAME。追踪到此以 cname 结果结束：客户端随后自己解析并连接这个外部域名，Kubernetes 不做任何代理或 NAT。这也是笔记中需要 curl -k 的原因：www.aneasystone.com 背后的服务器出示的是它自己域名的证书，收到的 Host 头却是 Service 的名字。',
  tags: ['externalname', 'dns', 'coredns', 'cname'],
  manifests: externalNameManifests,
  suggestedRequest: { source: FROM_BUSYBOX, target: 'svc-external-name.default.svc.cluster.local:443' },
};
