import { busyboxPod, FROM_BUSYBOX } from './busybox-pod';
import type { Example } from './types';

/**
 * The first note's named targetPort: v1 and v2 Deployments both name their port myapp-port and the
 * Service targets that name. The note's v2 declares no port; here it listens on 8081, standing in for
 * "the new version moved its port", which is the case the note gives for naming ports.
 */
export const namedTargetPortManifests = `apiVersion: apps/v1
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
        - name: myapp-port
          containerPort: 8080
          protocol: TCP
---
apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app: myapp
    version: v2
  name: myapp2
spec:
  replicas: 1
  selector:
    matchLabels:
      app: myapp
      version: v2
  template:
    metadata:
      labels:
        app: myapp
        version: v2
    spec:
      containers:
      - image: jocatalin/kubernetes-bootcamp:v2
        name: myapp2
        ports:
        - name: myapp-port
          containerPort: 8081
          protocol: TCP
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
    targetPort: myapp-port
  selector:
    app: myapp
  type: ClusterIP
---
${busyboxPod}`;

export const namedTargetPortExample: Example = {
  id: 'named-targetport-v1-v2',
  title: 'Named targetPort across v1 and v2 pods',
  titleZh: '具名 targetPort：同时选中 v1 和 v2 的 Pod',
  description:
    "The Service selects app=myapp, which matches 3 v1 pods and 1 v2 pod, and its targetPort is the name myapp-port rather than a number. v1 declares myapp-port as containerPort 8080, v2 as 8081, and the endpoints controller resolves the name pod by pod: the Endpoints list 8080 for the v1 addresses and 8081 for the v2 one. In the rule table the KUBE-SVC chain has four statistic rules (0.25, 0.333…, 0.5, the rest) and each KUBE-SEP chain DNATs to its own pod's port. Trace the suggested request (busybox calling myapp:38080) several times: when it lands on the v2 pod the DNAT reads podIP:8081. The info finding SVC_SELECTOR_MATCHES_MULTIPLE_APPS points out the 3:1 split, which is the intent here.",
  descriptionZh:
    'Service 的选择器 app=myapp 同时选中 3 个 v1 Pod 和 1 个 v2 Pod，targetPort 写的是端口名 myapp-port 而不是数字。v1 把 myapp-port 声明为 containerPort 8080，v2 声明为 8081，Endpoints 控制器逐个 Pod 解析这个名字：Endpoints 中 v1 的地址对应 8080，v2 的地址对应 8081。规则表里 KUBE-SVC 链有四条 statistic 规则（0.25、0.333…、0.5、剩余全部），每个 KUBE-SEP 链 DNAT 到各自 Pod 的端口。多次追踪建议的请求（busybox 访问 myapp:38080）：落到 v2 Pod 时，DNAT 的目标是 PodIP:8081。提示信息 SVC_SELECTOR_MATCHES_MULTIPLE_APPS 指出流量按 3:1 分配，这正是本例的用意。',
  tags: ['clusterip', 'named-port', 'endpoints', 'canary'],
  manifests: namedTargetPortManifests,
  suggestedRequest: { source: FROM_BUSYBOX, target: 'myapp:38080' },
};
