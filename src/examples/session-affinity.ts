import { busyboxPod, FROM_BUSYBOX } from './busybox-pod';
import type { Example } from './types';

/**
 * The fifth note's httpd Deployment and httpd-svc, with the "SessionAffinity" of the second note's
 * load-balancing section: sessionAffinity: ClientIP (10800 s is the API default timeout, written out).
 */
export const sessionAffinityManifests = `apiVersion: apps/v1
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
  sessionAffinity: ClientIP
  sessionAffinityConfig:
    clientIP:
      timeoutSeconds: 10800
  ports:
  - protocol: TCP
    port: 8080
    targetPort: 80
---
${busyboxPod}`;

export const sessionAffinityExample: Example = {
  id: 'session-affinity-clientip',
  title: 'sessionAffinity: ClientIP (sticky pod per client)',
  titleZh: 'sessionAffinity: ClientIP（同一客户端固定到同一 Pod）',
  description:
    'httpd-svc with sessionAffinity: ClientIP and a 10800-second timeout. kube-proxy adds the iptables "recent" module to the chains: each KUBE-SEP rule does "-m recent --set --name KUBE-SEP-…" to remember the client address, and the KUBE-SVC chain starts with one "-m recent --rcheck --seconds 10800 --reap" rule per endpoint, ahead of the usual statistic rules. Send the suggested request (busybox calling httpd-svc:8080) several times: the first connection wins a random draw and DNATs to some pod; every later one from the same pod IP matches the rcheck rule of that endpoint and lands on the same pod, until 10800 seconds pass without a connection. Another client (a different source IP) gets its own draw.',
  descriptionZh:
    'httpd-svc 设置了 sessionAffinity: ClientIP，超时 10800 秒。kube-proxy 在链中使用 iptables 的 recent 模块：每条 KUBE-SEP 规则用 “-m recent --set --name KUBE-SEP-…” 记住客户端地址，KUBE-SVC 链开头为每个端点加一条 “-m recent --rcheck --seconds 10800 --reap” 规则，位于常规的 statistic 规则之前。多次发送建议的请求（busybox 访问 httpd-svc:8080）：第一次连接通过随机抽取 DNAT 到某个 Pod；之后来自同一 Pod IP 的连接都会命中该端点的 rcheck 规则，落到同一个 Pod，直到 10800 秒内没有新连接为止。换一个客户端（不同的源 IP）则会重新抽取。',
  tags: ['clusterip', 'session-affinity', 'iptables', 'load-balancing'],
  manifests: sessionAffinityManifests,
  suggestedRequest: { source: FROM_BUSYBOX, target: 'httpd-svc:8080' },
};
