import { busyboxPod, FROM_BUSYBOX } from './busybox-pod';
import type { Example } from './types';

/**
 * The fifth note's httpd-svc, whose iptables-save dump the note walks through, twice: once with kube-proxy
 * in iptables mode, once in IPVS mode. Only settings.proxyMode differs.
 */
export const kubeProxyModesManifests = `apiVersion: apps/v1
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
${busyboxPod}`;

// The note's "wget httpd-svc.default:8080" from busybox.
const REQUEST = { source: FROM_BUSYBOX, target: 'httpd-svc.default:8080' } as const;

export const kubeProxyIptablesExample: Example = {
  id: 'kube-proxy-iptables',
  title: 'kube-proxy iptables mode: httpd-svc',
  titleZh: 'kube-proxy iptables 模式：httpd-svc',
  description:
    'httpd-svc with 3 httpd pods, kube-proxy in iptables mode, as in the note\'s iptables-save dump. The suggested request (busybox running "wget httpd-svc.default:8080") walks the nat table: KUBE-SERVICES matches "-d <ClusterIP>/32 --dport 8080" and jumps to KUBE-SVC-…, which tries "--probability 0.33333333349", then 0.5, then takes the last endpoint unconditionally, so each pod gets a third; the chosen KUBE-SEP-… DNATs to podIP:80. The rule "! -s 10.244.0.0/16 … -j KUBE-MARK-MASQ" is skipped because busybox is a pod. Each decision is a linear walk through rules, and every Service adds rules to every node. Switch to the kube-proxy-ipvs example for the same cluster in IPVS mode.',
  descriptionZh:
    'httpd-svc 后面有 3 个 httpd Pod，kube-proxy 为 iptables 模式，对应笔记中的 iptables-save 输出。建议的请求（busybox 执行 “wget httpd-svc.default:8080”）依次经过 nat 表：KUBE-SERVICES 匹配 “-d <ClusterIP>/32 --dport 8080” 并跳到 KUBE-SVC-…，该链先以 “--probability 0.33333333349” 尝试，再以 0.5 尝试，最后无条件选择最后一个端点，所以每个 Pod 各得三分之一；选中的 KUBE-SEP-… 做 DNAT 到 PodIP:80。由于 busybox 是 Pod，“! -s 10.244.0.0/16 … -j KUBE-MARK-MASQ” 这条规则不会命中。每次决策都是对规则的线性遍历，并且每个 Service 都会给每个节点增加规则。切换到 kube-proxy-ipvs 示例，可以看到同一集群在 IPVS 模式下的表现。',
  tags: ['iptables', 'kube-proxy', 'clusterip', 'load-balancing'],
  manifests: kubeProxyModesManifests,
  settings: { proxyMode: 'iptables' },
  suggestedRequest: REQUEST,
};

export const kubeProxyIpvsExample: Example = {
  id: 'kube-proxy-ipvs',
  title: 'kube-proxy IPVS mode: the same httpd-svc',
  titleZh: 'kube-proxy IPVS 模式：同一个 httpd-svc',
  description:
    'The manifests of kube-proxy-iptables with kube-proxy in IPVS mode (settings.proxyMode: ipvs). kube-proxy binds every ClusterIP to the dummy interface kube-ipvs0 and creates one IPVS virtual server per Service port: "ipvsadm -Ln" shows "TCP <ClusterIP>:8080 rr" with the three pods as real servers ("Masq", weight 1). The suggested request reaches that virtual server and IPVS does the DNAT in the kernel with a hash lookup instead of a chain of statistic rules; with the rr scheduler, repeated requests go to the pods strictly in turn (1 of 3, 2 of 3, 3 of 3), where iptables mode draws at random. iptables is still used around it, for masquerading and ipsets such as KUBE-CLUSTER-IP, but no longer holds one chain per Service and endpoint.',
  descriptionZh:
    '与 kube-proxy-iptables 相同的清单，kube-proxy 改为 IPVS 模式（settings.proxyMode: ipvs）。kube-proxy 把每个 ClusterIP 绑定到虚拟网卡 kube-ipvs0 上，并为每个 Service 端口创建一个 IPVS 虚拟服务器：“ipvsadm -Ln” 显示 “TCP <ClusterIP>:8080 rr”，三个 Pod 是它的真实服务器（“Masq”，权重 1）。建议的请求到达这个虚拟服务器，由 IPVS 在内核中通过哈希查找完成 DNAT，而不是遍历一串 statistic 规则；使用 rr 调度器时，重复的请求严格轮流发往各个 Pod（第 1/3、2/3、3/3 个），而 iptables 模式是随机抽取。iptables 仍然在周围发挥作用，用于 masquerade 和 KUBE-CLUSTER-IP 等 ipset，但不再为每个 Service 和端点各建一条链。',
  tags: ['ipvs', 'kube-proxy', 'clusterip', 'load-balancing'],
  manifests: kubeProxyModesManifests,
  settings: { proxyMode: 'ipvs' },
  suggestedRequest: REQUEST,
};
