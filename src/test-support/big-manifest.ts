/**
 * A generated cluster for the large-cluster tests: `namespaces` × `apps` Deployments of `replicas` pods, each
 * behind a ClusterIP Service. The defaults give 300 pods in 30 Deployments over 6 namespaces.
 */
export function bigManifest(namespaces = 6, apps = 5, replicas = 10): string {
  const docs: string[] = [];
  for (let n = 0; n < namespaces; n++) {
    const ns = `team-${String.fromCharCode(97 + n)}`;
    for (let a = 0; a < apps; a++) {
      const app = `${ns.slice(5)}-svc${a}`;
      const tier = a % 2 === 0 ? 'web' : 'api';
      docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${ns}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: ${app}}
  template:
    metadata:
      labels: {app: ${app}, tier: ${tier}}
    spec:
      containers:
      - name: main
        image: registry.example/${app}:1.0
        ports: [{containerPort: 8080}]
---
apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: ${ns}
spec:
  selector: {app: ${app}}
  ports: [{port: 80, targetPort: 8080}]
`);
    }
  }
  return docs.join('---\n');
}
