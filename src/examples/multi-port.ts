import { busyboxPod, FROM_BUSYBOX } from './busybox-pod';
import type { Example } from './types';

/**
 * The first note's multi-port Service (http 38080 → 8080, https 38083 → 8083). The note shows only the
 * ports; the Deployment is its bootcamp one with both ports declared.
 */
export const multiPortManifests = `apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app: myapp
    version: v1
  name: myapp
spec:
  replicas: 3
  selector:
    matchLabels:
      app: myapp
      version: v1
  template:
    metadata:
      labels:
        app: myapp
        version: v1
    spec:
      containers:
      - image: jocatalin/kubernetes-bootcamp:v1
        name: myapp
        ports:
        - name: http
          containerPort: 8080
        - name: https
          containerPort: 8083
---
apiVersion: v1
kind: Service
metadata:
  labels:
    app: myapp
  name: myapp
spec:
  # With more than one port, every port must have a name.
  ports:
  - name: http
    port: 38080
    targetPort: 8080
  - name: https
    port: 38083
    targetPort: 8083
  selector:
    app: myapp
  type: ClusterIP
---
${busyboxPod}`;

export const multiPortExample: Example = {
  id: 'myapp-multi-port',
  title: 'Multi-port Service: http 38080 and https 38083',
  titleZh: '多端口 Service：http 38080 与 https 38083',
  description:
    'One Service, two named ports: http 38080 → 8080 and https 38083 → 8083. The API server refuses a Service with several ports unless each has a name, and kube-proxy uses that name: each port gets its own KUBE-SVC chain, named by a hash of "default/myapp:https" and the protocol, commented "default/myapp:https cluster IP", with its own KUBE-SEP chains. The suggested request, busybox calling myapp:38083, matches the KUBE-SERVICES rule with "--dport 38083" and ends in a DNAT to podIP:8083; calling myapp:38080 takes the http chain to podIP:8080. Same ClusterIP, same pods, separate rule sets per port.',
  descriptionZh:
    '一个 Service，两个具名端口：http 38080 → 8080，https 38083 → 8083。Service 有多个端口时 API Server 要求每个端口都有名字，kube-proxy 也会用到这个名字：每个端口有自己的 KUBE-SVC 链（链名由 “default/myapp:https” 加协议哈希得到，注释为 “default/myapp:https cluster IP”），以及自己的 KUBE-SEP 链。建议的请求是 busybox 访问 myapp:38083，它命中 KUBE-SERVICES 中 “--dport 38083” 的规则，最终 DNAT 到 PodIP:8083；访问 myapp:38080 则走 http 的链，到 PodIP:8080。同一个 ClusterIP、同一组 Pod，每个端口一套独立的规则。',
  tags: ['clusterip', 'multi-port', 'named-port', 'iptables'],
  manifests: multiPortManifests,
  suggestedRequest: { source: FROM_BUSYBOX, target: 'myapp:38083' },
};
