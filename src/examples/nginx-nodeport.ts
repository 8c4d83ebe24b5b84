import type { Example } from './types';

/** nginx exposed on every node's port 32143 (NodePort), from the study notes. */
export const nginxNodePort = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: my-nginx-app
spec:
  replicas: 2
  selector:
    matchLabels:
      app: my-nginx
  template:
    metadata:
      labels:
        app: my-nginx
    spec:
      containers:
      - name: nginx
        image: nginx
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: my-nginx-app
spec:
  type: NodePort
  selector:
    app: my-nginx
  ports:
  - port: 80
    targetPort: 80
    nodePort: 32143
`;

export const nginxNodePortExample: Example = {
  id: 'nginx-nodeport',
  title: 'NodePort: nginx on 32143',
  titleZh: 'NodePort：nginx 暴露在 32143 端口',
  description:
    'nginx reachable from outside the cluster on every node at port 32143. The suggested request comes from the outside client 203.0.113.10 to node1 (192.168.49.3:32143). The last rule of KUBE-SERVICES sends packets addressed to a local address to KUBE-NODEPORTS, where "--dport 32143" jumps to the KUBE-EXT chain; with the default externalTrafficPolicy: Cluster that chain marks every packet for masquerade before the usual KUBE-SVC / KUBE-SEP DNAT to podIP:80. The pod can run on another node than the one the client hit (the extra hop), so KUBE-POSTROUTING SNATs the source to node1\'s address: the pod sees 192.168.49.3, not the client, and the reply has to come back through node1, whose conntrack undoes both translations.',
  descriptionZh:
    'nginx 可以从集群外部通过每个节点的 32143 端口访问。建议的请求由集群外的客户端 203.0.113.10 发往 node1（192.168.49.3:32143）。KUBE-SERVICES 的最后一条规则把目的地址是本机地址的数据包交给 KUBE-NODEPORTS，其中 “--dport 32143” 跳到 KUBE-EXT 链；在默认的 externalTrafficPolicy: Cluster 下，这条链先给每个数据包打上 masquerade 标记，再经过常规的 KUBE-SVC / KUBE-SEP 做 DNAT 到 PodIP:80。Pod 可能运行在客户端访问的节点之外的另一个节点上（多出的一跳），所以 KUBE-POSTROUTING 把源地址 SNAT 为 node1 的地址：Pod 看到的是 192.168.49.3 而不是客户端地址，回包也必须经过 node1，由它的 conntrack 还原两次地址转换。',
  tags: ['nodeport', 'iptables', 'snat', 'external-traffic-policy'],
  manifests: nginxNodePort,
  suggestedRequest: { source: { type: 'external' }, target: '192.168.49.3:32143' },
};
