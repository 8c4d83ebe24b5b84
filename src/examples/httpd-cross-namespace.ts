import { busyboxPod, FROM_BUSYBOX } from './busybox-pod';
import type { Example } from './types';

/**
 * The httpd Deployments and Services of the fifth note, in default and kube-public. The note's
 * apps/v1beta1 is long gone (removed in 1.16): written as apps/v1, which also needs spec.selector.
 */
export const httpdCrossNamespaceManifests = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: httpd
spec:
  replicas: 3
  selector:
    matchLabels:
      run: httpd
  template:
    metadata:
      labels:
        run: httpd
    spec:
      containers:
      - name: httpd
        image: httpd
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: httpd-svc
spec:
  selector:
    run: httpd
  ports:
  - protocol: TCP
    port: 8080
    targetPort: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: httpd2
  namespace: kube-public
spec:
  replicas: 3
  selector:
    matchLabels:
      run: httpd2
  template:
    metadata:
      labels:
        run: httpd2
    spec:
      containers:
      - name: httpd2
        image: httpd
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: httpd2-svc
  namespace: kube-public
spec:
  selector:
    run: httpd2
  ports:
  - protocol: TCP
    port: 8080
    targetPort: 80
---
${busyboxPod}`;

export const httpdCrossNamespaceExample: Example = {
  id: 'httpd-cross-namespace-dns',
  title: 'DNS across namespaces: httpd2-svc.kube-public',
  titleZh: '跨命名空间的 DNS：httpd2-svc.kube-public',
  description:
    'httpd-svc lives in default, httpd2-svc in kube-public, and busybox runs in default, as in the note\'s "wget httpd2-svc.kube-public:8080". Open the DNS hop of the suggested request: the pod\'s resolv.conf has "search default.svc.cluster.local svc.cluster.local cluster.local" and ndots:5, so the resolver first asks httpd2-svc.kube-public.default.svc.cluster.local (NXDOMAIN), then httpd2-svc.kube-public.svc.cluster.local, which is the A record of the ClusterIP. From there it is the usual KUBE-SERVICES → KUBE-SVC → KUBE-SEP DNAT to an httpd2 pod on port 80. Try the bare name httpd2-svc:8080 from busybox: every search domain misses and the trace ends in NXDOMAIN, because a short name only finds Services in the caller\'s own namespace.',
  descriptionZh:
    'httpd-svc 在 default 命名空间，httpd2-svc 在 kube-public，busybox 运行在 default，对应笔记中的 “wget httpd2-svc.kube-public:8080”。打开建议请求的 DNS 这一跳：Pod 的 resolv.conf 中有 “search default.svc.cluster.local svc.cluster.local cluster.local” 和 ndots:5，所以解析器先查询 httpd2-svc.kube-public.default.svc.cluster.local（NXDOMAIN），再查询 httpd2-svc.kube-public.svc.cluster.local，得到 ClusterIP 的 A 记录。之后就是常规的 KUBE-SERVICES → KUBE-SVC → KUBE-SEP，DNAT 到某个 httpd2 Pod 的 80 端口。在 busybox 里试试只写 httpd2-svc:8080：所有搜索域都查不到，追踪以 NXDOMAIN 结束，因为短名字只能找到调用方自己命名空间里的 Service。',
  tags: ['dns', 'namespace', 'clusterip', 'coredns'],
  manifests: httpdCrossNamespaceManifests,
  suggestedRequest: { source: FROM_BUSYBOX, target: 'httpd2-svc.kube-public:8080' },
};
