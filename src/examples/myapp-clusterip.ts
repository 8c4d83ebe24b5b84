import type { Example } from './types';

/** The bootcamp example from the first study note: 3 replicas behind a ClusterIP Service, 38080 → 8080. */
export const myappClusterIP = `# A Deployment with 3 replicas and a ClusterIP Service in front of it.
# Edit anything: the graph follows.
apiVersion: apps/v1
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
---
apiVersion: v1
kind: Service
metadata:
  labels:
    app: myapp
  name: myapp
spec:
  ports:
  - port: 38080
    targetPort: 8080
  selector:
    app: myapp
  type: ClusterIP
  # Pinned to the address the note's kubectl get svc shows, so "curl 10.96.3.215:38080" works as written.
  clusterIP: 10.96.3.215
`;

export const myappClusterIPExample: Example = {
  id: 'myapp-clusterip',
  title: 'ClusterIP: myapp, 3 replicas',
  titleZh: 'ClusterIP：myapp，3 个副本',
  description:
    'A Deployment of 3 bootcamp pods behind a ClusterIP Service: port 38080 on the Service, 8080 in the pods. The suggested request is the note\'s "curl 10.96.3.215:38080" from node1. In KUBE-SERVICES the rule for "default/myapp cluster IP" jumps to the KUBE-SVC chain, whose statistic rules (probability 0.333…, then 0.5, then the rest) give each pod a third of the connections: that is why repeated curls look like round robin although the choice is random. The KUBE-SEP rule rewrites the destination to podIP:8080 (DNAT), and because the sender is a node, not a pod, the KUBE-SVC chain first marks the packet for masquerade, so the pod sees node1\'s address as the source.',
  descriptionZh:
    '3 个 bootcamp Pod 的 Deployment，前面是一个 ClusterIP Service：Service 端口 38080，Pod 端口 8080。建议的请求就是笔记里在 node1 上执行的 “curl 10.96.3.215:38080”。KUBE-SERVICES 中 “default/myapp cluster IP” 这条规则跳到 KUBE-SVC 链，链里的 statistic 规则（概率依次为 0.333…、0.5、剩余全部）让每个 Pod 各得三分之一的连接：所以多次 curl 看起来像轮询，其实是随机选择。KUBE-SEP 规则把目的地址改写为 PodIP:8080（DNAT）；由于发起方是节点而不是 Pod，KUBE-SVC 链先给数据包打上 masquerade 标记，所以 Pod 看到的源地址是 node1 的地址。',
  tags: ['clusterip', 'iptables', 'load-balancing', 'dnat'],
  manifests: myappClusterIP,
  suggestedRequest: { source: { type: 'node', name: 'node1' }, target: '10.96.3.215:38080' },
};
