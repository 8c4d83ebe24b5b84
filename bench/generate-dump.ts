/**
 * A synthetic `kubectl get -o yaml` cluster dump: a List of Nodes, Deployments, ReplicaSets, Pods (with
 * status, as a real dump has), Services, Endpoints and EndpointSlices, in the proportions of a real cluster.
 */
export interface DumpShape {
  readonly objects: number;
  readonly nodes?: number;
}

export function generateDump({ objects, nodes = 20 }: DumpShape): string {
  const lines: string[] = ['apiVersion: v1', 'kind: List', 'metadata:', '  resourceVersion: ""', 'items:'];
  let count = 0;
  const push = (block: string): void => {
    lines.push(block);
    count += 1;
  };
  for (let n = 0; n < nodes; n++) {
    push(`- apiVersion: v1
  kind: Node
  metadata:
    name: worker-${n}
    labels:
      kubernetes.io/hostname: worker-${n}
      topology.kubernetes.io/zone: zone-${n % 3}
  spec:
    podCIDR: 10.${100 + Math.floor(n / 200)}.${n % 200}.0/24
  status:
    addresses:
    - type: InternalIP
      address: 172.18.${Math.floor(n / 250)}.${(n % 250) + 2}
    conditions:
    - type: Ready
      status: "True"`);
  }
  // Each app: Deployment, ReplicaSet, 3 pods, Service, Endpoints, EndpointSlice = 8 objects.
  let app = 0;
  while (count + 8 <= objects) {
    const name = `app-${app}`;
    const ns = `team-${app % 25}`;
    const hash = `5d${(app * 7919).toString(36).padStart(6, 'x')}`.slice(0, 9);
    push(`- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
    namespace: ${ns}
    labels: {app: ${name}}
  spec:
    replicas: 3
    selector:
      matchLabels: {app: ${name}}
    template:
      metadata:
        labels: {app: ${name}}
      spec:
        containers:
        - name: web
          image: nginx:1.27
          ports:
          - {name: http, containerPort: 8080, protocol: TCP}`);
    push(`- apiVersion: apps/v1
  kind: ReplicaSet
  metadata:
    name: ${name}-${hash}
    namespace: ${ns}
    ownerReferences:
    - {apiVersion: apps/v1, kind: Deployment, name: ${name}, controller: true, uid: u-${app}}
  spec:
    replicas: 3
    selector:
      matchLabels: {app: ${name}, pod-template-hash: ${hash}}
    template:
      metadata:
        labels: {app: ${name}, pod-template-hash: ${hash}}
      spec:
        containers:
        - {name: web, image: "nginx:1.27"}`);
    const ips: string[] = [];
    for (let r = 0; r < 3; r++) {
      const node = (app * 3 + r) % nodes;
      const ip = `10.${100 + Math.floor(node / 200)}.${node % 200}.${2 + ((app * 3 + r) % 250)}`;
      ips.push(ip);
      push(`- apiVersion: v1
  kind: Pod
  metadata:
    name: ${name}-${hash}-p${r}x${app % 10}
    namespace: ${ns}
    labels: {app: ${name}, pod-template-hash: ${hash}}
    ownerReferences:
    - {apiVersion: apps/v1, kind: ReplicaSet, name: ${name}-${hash}, controller: true, uid: rs-${app}}
  spec:
    nodeName: worker-${node}
    containers:
    - name: web
      image: nginx:1.27
      ports:
      - {name: http, containerPort: 8080, protocol: TCP}
  status:
    phase: Running
    podIP: ${ip}
    conditions:
    - {type: Ready, status: "True"}`);
    }
    push(`- apiVersion: v1
  kind: Service
  metadata:
    name: ${name}
    namespace: ${ns}
  spec:
    type: ${app % 10 === 0 ? 'NodePort' : 'ClusterIP'}
    selector: {app: ${name}}
    ports:
    - {name: http, port: 80, targetPort: http, protocol: TCP}`);
    push(`- apiVersion: v1
  kind: Endpoints
  metadata:
    name: ${name}
    namespace: ${ns}
  subsets:
  - addresses:
${ips.map((ip) => `    - ip: ${ip}`).join('\n')}
    ports:
    - {name: http, port: 8080, protocol: TCP}`);
    push(`- apiVersion: discovery.k8s.io/v1
  kind: EndpointSlice
  metadata:
    name: ${name}-abcde
    namespace: ${ns}
    labels: {kubernetes.io/service-name: ${name}, endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io}
  addressType: IPv4
  ports:
  - {name: http, port: 8080, protocol: TCP}
  endpoints:
${ips.map((ip) => `  - addresses: [${ip}]\n    conditions: {ready: true}`).join('\n')}`);
    app += 1;
  }
  while (count < objects) push(`- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: filler-${count}\n  data: {a: b}`);
  return `${lines.join('\n')}\n`;
}
