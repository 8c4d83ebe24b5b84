import type { Example } from './types';

/**
 * An Ingress fan-out (the notes describe Ingress but show no YAML): two hosts, a Prefix and an Exact path,
 * and a defaultBackend, in front of the bootcamp myapp and the httpd of the notes. ingress-nginx is what
 * svcscope installs when the text has an Ingress and no controller.
 */
export const ingressFanoutManifests = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: myapp
spec:
  replicas: 2
  selector:
    matchLabels:
      app: myapp
  template:
    metadata:
      labels:
        app: myapp
    spec:
      containers:
      - name: myapp
        image: jocatalin/kubernetes-bootcamp:v1
        ports:
        - containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: myapp
spec:
  selector:
    app: myapp
  ports:
  - port: 38080
    targetPort: 8080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: httpd
spec:
  replicas: 2
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
  - port: 8080
    targetPort: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: default-backend
spec:
  replicas: 1
  selector:
    matchLabels:
      app: default-backend
  template:
    metadata:
      labels:
        app: default-backend
    spec:
      containers:
      - name: default-backend
        image: registry.k8s.io/defaultbackend-amd64:1.5
        ports:
        - containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: default-backend
spec:
  selector:
    app: default-backend
  ports:
  - port: 80
    targetPort: 8080
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: fanout
spec:
  ingressClassName: nginx
  defaultBackend:
    service:
      name: default-backend
      port:
        number: 80
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /api
        pathType: Prefix
        backend:
          service:
            name: myapp
            port:
              number: 38080
      - path: /
        pathType: Exact
        backend:
          service:
            name: httpd-svc
            port:
              number: 8080
  - host: www.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: httpd-svc
            port:
              number: 8080
`;

export const ingressFanoutExample: Example = {
  id: 'ingress-fanout',
  title: 'Ingress fan-out by host and path, with a default backend',
  titleZh: 'Ingress 按主机名和路径分发，带默认后端',
  description:
    'One Ingress, class nginx, routes by Host header and path. shop.example.com: "/api" (Prefix) goes to myapp:38080 and "/" (Exact) to httpd-svc:8080; www.example.com: "/" (Prefix) goes to httpd-svc; any other path on shop.example.com goes to the defaultBackend, default-backend:80. The suggested request, GET http://shop.example.com/api/v1 from the outside client, resolves to the ingress controller\'s load balancer, goes through kube-proxy to the ingress-nginx pod, and there the Ingress hop shows the match: Prefix /api covers /api/v1 because Prefix compares whole path elements. nginx then opens a new connection from its own pod IP straight to a myapp endpoint (not through the ClusterIP). Try /apiv1 (no element match: default backend), / (the Exact rule: httpd), /about (default backend) and another host such as nope.example.com (no rule for the host: the controller\'s own 404).',
  descriptionZh:
    '一个 class 为 nginx 的 Ingress，按 Host 头和路径分发。shop.example.com：“/api”（Prefix）转到 myapp:38080，“/”（Exact）转到 httpd-svc:8080；www.example.com：“/”（Prefix）转到 httpd-svc；shop.example.com 上的其他路径转到 defaultBackend，即 default-backend:80。建议的请求是集群外客户端发出的 GET http://shop.example.com/api/v1：域名解析到 ingress 控制器的负载均衡器地址，经 kube-proxy 到达 ingress-nginx Pod，Ingress 这一跳显示匹配结果：Prefix /api 覆盖 /api/v1，因为 Prefix 按完整的路径段比较。随后 nginx 从自己的 Pod IP 新建连接，直接发往 myapp 的某个端点（不经过 ClusterIP）。试试 /apiv1（路径段不匹配：默认后端）、/（Exact 规则：httpd）、/about（默认后端），以及其他主机名如 nope.example.com（该主机没有规则：控制器自己返回 404）。',
  tags: ['ingress', 'ingress-nginx', 'http', 'routing'],
  manifests: ingressFanoutManifests,
  suggestedRequest: { source: { type: 'external' }, target: 'http://shop.example.com/api/v1' },
};
